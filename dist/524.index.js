export const id = 524;
export const ids = [524];
export const modules = {

/***/ 68970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ curate),
/* harmony export */   CE: () => (/* binding */ planCurationAt),
/* harmony export */   IE: () => (/* binding */ readCurationPages),
/* harmony export */   mi: () => (/* binding */ commandRequests)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _gate_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89489);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62072);
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(21191);
/* harmony import */ var _pages_knowledge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(816);
/* harmony import */ var _git_repo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14134);
/* harmony import */ var _pages_apply_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12028);
/* harmony import */ var _pages_diff_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(89073);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29834);
/* harmony import */ var _gate_seenstore_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(88468);
/* harmony import */ var _curate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(74054);
/**
 * Carrying out the curation plan (src/curate/curate.ts) in a wiki checkout: read the pages, plan,
 * write atomically (never over a page a person saved meanwhile), commit exactly those files with the
 * bot identity, push. Used by `wiki-daily promote|reject`. The daily run plans the same curation as
 * its own stage (src/run/stages/curate.ts), so there it lands in the run's one commit.
 */












/**
 * The pages curation may read or write: the queue and the pool, the routed pages, the pages named by
 * promote requests, and the existing yearly archive pages. A bounded set: curation never reads the
 * whole wiki.
 */
async function readCurationPages(root, config, requests) {
    const pages = (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFiles */ .Lf)(root, [
        config.pages.queuePage,
        config.pages.poolPage,
        config.routing.defaultPage,
        ...config.routing.rules.map((r) => r.page),
        ...requests.promote.flatMap((p) => (p.to ? [p.to] : [])),
    ]);
    // The yearly archives an aged pool entry can move to: one per year a date in the pool names (a
    // superset; a missing one is simply a new page). No listing of the pages folder, which can be huge.
    const pool = pages.get(config.pages.poolPage) ?? '';
    const years = new Set([...pool.matchAll(/\b(\d{4})-\d{2}-\d{2}\b/g)].map((m) => m[1]));
    for (const [rel, text] of (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFiles */ .Lf)(root, [...years].map((y) => config.curation.archivePage.replace(/\{year\}/g, y))))
        pages.set(rel, text);
    return pages;
}
/** The curation planned over `files` (pure planCuration), with the seen and rejected files as they are. */
async function planCurationAt(ctx, requests, files, seen) {
    const { settings, config, clock } = ctx;
    const rejectedText = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .OR)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(settings.root, config.curation.rejectedFile));
    return (0,_curate_js__WEBPACK_IMPORTED_MODULE_9__/* .planCuration */ .Fu)({
        config,
        date: (0,_time_js__WEBPACK_IMPORTED_MODULE_7__/* .localDate */ .gD)(clock.now(), config.timezone),
        files,
        seen,
        ...(rejectedText !== undefined ? { rejectedText } : {}),
        requests,
        canonicalize: (u) => (0,_gate_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .safeCanonical */ .Ui)(u) ?? u,
    });
}
/** The knowledge pages (by year, timeline) after the curation moved entries: they list every page. */
async function knowledgeAfter(root, config, edits) {
    const pages = (await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .listFiles */ .CS)(root, config.pages.pagesDir)).filter((f) => f.endsWith('.md'));
    const work = (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFiles */ .Lf)(root, pages);
    for (const e of edits)
        if (e.path.endsWith('.md'))
            work.set(e.path, e.after);
    return (0,_pages_knowledge_js__WEBPACK_IMPORTED_MODULE_4__/* .planKnowledgePages */ .gu)(config, work).edits;
}
/**
 * Plan and carry out the curation. `dirty` (files a person changed and has not committed) are never
 * written: when the plan touches one, nothing is done and a problem says why.
 */
async function curate(ctx, requests, dirty = new Set()) {
    const { settings, config, logger, clock } = ctx;
    const root = settings.root;
    const files = await readCurationPages(root, config, requests);
    // Without the wiki index at hand the base seen file is not vouched for: read whole (as before).
    const plan = await planCurationAt(ctx, requests, files, await (0,_gate_seenstore_js__WEBPACK_IMPORTED_MODULE_8__/* .openSeenStore */ .nC)(root, config.pages.seenFile));
    if (plan.edits.length)
        plan.edits.push(...(await knowledgeAfter(root, config, plan.edits)));
    const outcome = { actions: plan.actions, problems: [...plan.problems], changedFiles: [], committed: false, pushed: false, warnings: [] };
    if (!plan.edits.length)
        return outcome;
    const blocked = plan.edits.filter((e) => dirty.has(e.path)).map((e) => e.path);
    if (blocked.length) {
        outcome.problems.push(`curation not applied: uncommitted edits in ${blocked.join(', ')} (commit them first)`);
        outcome.actions = [];
        return outcome;
    }
    if (settings.dryRun) {
        outcome.diff = (0,_pages_diff_js__WEBPACK_IMPORTED_MODULE_10__/* .unifiedDiff */ .W)(plan.edits);
        outcome.changedFiles = plan.edits.map((e) => e.path);
        return outcome;
    }
    outcome.changedFiles = await (0,_pages_apply_js__WEBPACK_IMPORTED_MODULE_6__/* .applyEdits */ .ct)(root, plan.edits, { verifyBefore: true });
    const repo = (0,_git_repo_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepo */ .B)(root, logger);
    if (!(await repo.isRepo())) {
        outcome.warnings.push(`${root} is not a git repository: curation written, nothing committed`);
        return outcome;
    }
    const counts = ['promote', 'reject', 'archive'].map((a) => [a, plan.actions.filter((x) => x.action === a).length]).filter(([, n]) => n);
    const message = `curate: ${counts.map(([a, n]) => `${a} ${n}`).join(', ')}\n\n${plan.actions.map((a) => `${a.action} ${a.id}${a.to ? ` → ${a.to}` : ''}`).join('\n')}`;
    const published = await (0,_git_publish_js__WEBPACK_IMPORTED_MODULE_11__/* .commitAndPush */ .tk)(repo, outcome.changedFiles, message, config, {
        push: settings.push,
        ...(settings.token ? { token: settings.token } : {}),
        clock,
    });
    outcome.committed = published.committed;
    if (published.sha)
        outcome.commitSha = published.sha;
    if (published.push) {
        outcome.pushed = published.push.pushed;
        if (!published.push.pushed)
            outcome.warnings.push(`curation commit not pushed (it goes out with the next push): ${published.push.error ?? 'unknown reason'}`);
    }
    return outcome;
}
/** Settings → requests for `wiki-daily promote ID [--to PAGE]` and `wiki-daily reject ID`. */
function commandRequests(settings) {
    const id = settings.target ?? '';
    if (!/^e[0-9a-f]{12}$/.test(id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${settings.command} needs an entry id (e + 12 hex digits), got ${JSON.stringify(id)}`);
    if (settings.command === 'reject') {
        if (settings.promoteTo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--to only goes with promote');
        return { promote: [], reject: [id] };
    }
    return { promote: [{ id, ...(settings.promoteTo ? { to: settings.promoteTo } : {}) }], reject: [] };
}


/***/ }),

/***/ 74054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ planCuration),
/* harmony export */   _w: () => (/* binding */ parsePromoteList)
/* harmony export */ });
/* unused harmony exports REJECTED_HEADER, parseRejected, serializeRejected */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62072);
/* harmony import */ var _gate_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74671);
/* harmony import */ var _gate_canonical_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89489);
/* harmony import */ var _gate_route_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9270);
/* harmony import */ var _gate_seenstore_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88468);
/* harmony import */ var _pages_entries_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18472);
/* harmony import */ var _pages_plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69672);
/* harmony import */ var _pages_regions_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78345);
/* harmony import */ var _pages_scan_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(79451);
/* harmony import */ var _pages_byyear_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(94730);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5395);
/**
 * The curation loop of the promotion queue and the candidate pool, as a pure planner: page texts in,
 * page edits out (no I/O, no clock: the run's local date is an input).
 *
 * - Promote: an entry whose `- [x] 승격 promote` box is ticked (one small edit in GitHub's web
 *   editor), or whose id is requested (`wiki-daily promote ID [--to PAGE]`, the `promote` dispatch
 *   input), moves to the page routing gives it (or PAGE; a page may also be named on the ticked line)
 *   under the right year heading. The block moves as written — the person's text is kept — without its
 *   checkboxes and with the status 보도(1차); its id stays.
 * - Reject: `- [x] 제외 reject` or `wiki-daily reject ID` removes the entry and records it in the
 *   rejected file; its id is (already) in the seen file, so the gate never lets it back.
 * - Archive: pool entries dated more than `poolMaxAgeDays` before the run move to the yearly archive
 *   page (`archivePage` with the entry's year).
 *
 * Idempotent: a moved entry loses its checkboxes and an archived one is past the pool; planning the
 * result again gives no edits.
 */













const REJECTED_HEADER = '# wiki-daily rejected entries: id<TAB>rejected on (YYYY-MM-DD)<TAB>URL; sorted by id; never collected again';
const TICKED = /^[ \t]+[-*+][ \t]+\[[xX]\][ \t]*(.*)$/;
const CHECKBOX = /^[ \t]+[-*+][ \t]+\[[ xX]\]/;
const STATUS_LINE = /^([ \t]+[-*+][ \t]+상태[ \t]*[:：][ \t]*).*$/;
const YEAR_HEADING = /^#{2,6}[ \t]+\d{4}[ \t]*#*[ \t]*$/;
const ANY_HEADING = /^#{1,6}[ \t]/;
/** The rejected file's ids → line. Tolerant of comments and blank lines; other lines are kept as written. */
function parseRejected(text) {
    const out = new Map();
    for (const line of (text ?? '').replace(/\r\n/g, '\n').split('\n')) {
        if (!line.trim() || line.startsWith('#'))
            continue;
        const id = line.split('\t')[0].trim();
        if (id && !out.has(id))
            out.set(id, line);
    }
    return out;
}
function serializeRejected(entries) {
    const lines = [...entries].sort(([a], [b]) => (0,_order_js__WEBPACK_IMPORTED_MODULE_10__/* .compareStrings */ .K)(a, b)).map(([, l]) => l);
    return `${REJECTED_HEADER}\n${lines.map((l) => `${l}\n`).join('')}`;
}
/**
 * A page a person names to promote to: a topical markdown page under pagesDir (the one path check of
 * fsutil), never the queue, the pool or a page the run generates (indexes, reports, knowledge pages).
 */
function checkTarget(page, config) {
    const n = (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__/* .posixPath */ .HQ)(page);
    if ((0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__/* .relativePathProblem */ .BE)(n) !== undefined || !n.endsWith('.md'))
        return undefined;
    const p = config.pages;
    if (!n.startsWith(`${p.pagesDir}/`))
        return undefined;
    const generated = [p.queuePage, p.poolPage, p.indexPage, p.dailyReportPage, p.systemStatusPage, p.byYearPage, p.timelinePage, config.links.page];
    return generated.includes(n) || (0,_pages_byyear_js__WEBPACK_IMPORTED_MODULE_9__/* .isYearPage */ .BN)(config, n) ? undefined : n;
}
function tickedAction(lines) {
    let promote = false;
    let reject = false;
    let to;
    for (const line of lines) {
        const m = TICKED.exec(line);
        if (!m)
            continue;
        if (/승격|promote/i.test(m[1])) {
            promote = true;
            to ??= /(\S+\.md)\b/.exec(m[1])?.[1];
        }
        else if (/제외|reject/i.test(m[1]))
            reject = true;
    }
    if (promote && reject)
        return { conflict: true };
    return { ...(promote ? { action: 'promote' } : reject ? { action: 'reject' } : {}), ...(to ? { to } : {}), conflict: false };
}
/** The region body without the removed line ranges, and without year headings left empty. */
function removeLines(body, remove) {
    const lines = body.replace(/\n$/, '').split('\n');
    const drop = new Set();
    for (const [from, to] of remove)
        for (let i = from; i < to; i++)
            drop.add(i);
    const kept = lines.filter((_, i) => !drop.has(i));
    const out = [];
    for (let i = 0; i < kept.length; i++) {
        const line = kept[i];
        if (YEAR_HEADING.test(line)) {
            let j = i + 1;
            while (j < kept.length && kept[j].trim() === '')
                j++;
            if (j >= kept.length || ANY_HEADING.test(kept[j])) {
                i = j - 1;
                continue;
            }
        }
        // never two blank lines in a row where a block was taken out
        if (line.trim() === '' && (out.length === 0 || out[out.length - 1].trim() === ''))
            continue;
        out.push(line);
    }
    while (out.length && out[out.length - 1].trim() === '')
        out.pop();
    return out.length ? `${out.join('\n')}\n` : '';
}
function planCuration(input) {
    const { config, date } = input;
    const problems = [];
    const actions = [];
    const work = new Map(input.files);
    const touched = new Set();
    const requestedPromote = new Map((input.requests?.promote ?? []).map((p) => [p.id, p.to]));
    const requestedReject = new Set(input.requests?.reject ?? []);
    const rejected = parseRejected(input.rejectedText);
    const queue = config.pages.queuePage;
    const pool = config.pages.poolPage;
    const cutoff = new Date(Date.parse(`${date}T00:00:00Z`) - config.curation.poolMaxAgeDays * 86_400_000).toISOString().slice(0, 10);
    // 1. What happens to each queue/pool entry.
    const found = [];
    const seenIds = new Set();
    for (const page of [queue, pool]) {
        const text = work.get(page);
        if (text === undefined)
            continue;
        try {
            for (const region of (0,_pages_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .findRegions */ .zo)(text, page).filter((r) => r.name.startsWith('entries:'))) {
                const body = (0,_pages_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .regionBody */ .zv)(text, region.name, page);
                const bodyLines = body.replace(/\n$/, '').split('\n');
                for (const entry of (0,_pages_entries_js__WEBPACK_IMPORTED_MODULE_6__/* .parseEntries */ .Km)(body, page).entries) {
                    if (!entry.id)
                        continue;
                    seenIds.add(entry.id);
                    const lines = bodyLines.slice(entry.line - 1, entry.endLine);
                    const f = { page, region: region.name, entry, lines };
                    const ticked = tickedAction(lines);
                    if (ticked.conflict) {
                        problems.push(`${page}: entry ${entry.id} has both 승격 promote and 제외 reject ticked; left as it is`);
                        continue;
                    }
                    if (requestedReject.has(entry.id) || ticked.action === 'reject')
                        f.action = 'reject';
                    else if (requestedPromote.has(entry.id) || ticked.action === 'promote') {
                        f.action = 'promote';
                        const to = requestedPromote.get(entry.id) ?? ticked.to;
                        if (to !== undefined)
                            f.to = to;
                    }
                    else if (page === pool && (0,_pages_entries_js__WEBPACK_IMPORTED_MODULE_6__/* .isEntryDate */ .JZ)(entry.date) && entry.date < cutoff)
                        f.action = 'archive';
                    if (f.action)
                        found.push(f);
                }
            }
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
                throw err;
            problems.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
        }
    }
    for (const id of [...requestedPromote.keys(), ...requestedReject]) {
        if (!seenIds.has(id) && !(requestedReject.has(id) && rejected.has(id)))
            problems.push(`entry ${id} is not in ${queue} or ${pool}`);
    }
    // 2. Insert the moved blocks; a block whose target cannot take it stays where it is.
    const removals = new Map();
    // Only the moved entries' ids are looked up: a large base seen file is never read whole here.
    const store = input.seen ?? (0,_gate_seenstore_js__WEBPACK_IMPORTED_MODULE_5__/* .seenStoreFromTexts */ .NU)(config.pages.seenFile, input.seenText, undefined);
    const seen = store.among(found.flatMap((f) => (f.entry.id ? [f.entry.id] : [])));
    const seenAdded = [];
    for (const f of found) {
        const e = f.entry;
        const canonical = e.url ? safe(() => input.canonicalize(e.url)) : undefined;
        let target;
        let moved = f.lines.filter((l) => !CHECKBOX.test(l));
        if (f.action === 'promote') {
            if (f.to !== undefined) {
                const page = checkTarget(f.to, config);
                if (!page) {
                    problems.push(`entry ${e.id}: cannot promote to ${JSON.stringify(f.to)} (a topical .md page under ${config.pages.pagesDir}/, not the queue, the pool or a generated page)`);
                    continue;
                }
                target = { page, section: config.routing.rules.find((r) => r.page === page)?.section ?? config.routing.defaultSection };
            }
            else {
                const route = (0,_gate_route_js__WEBPACK_IMPORTED_MODULE_11__/* .routeItem */ .b)({ sourceId: '', sourceKind: 'feed', title: e.title ?? '', link: e.url ?? '', ...(e.kind ? { kindHint: e.kind } : {}) }, config.routing);
                target = { page: route.page, section: route.section };
            }
            moved = moved.map((l) => l.replace(STATUS_LINE, `$1${_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIDENCE */ .LL.report}`));
        }
        else if (f.action === 'archive') {
            target = { page: config.curation.archivePage.replace(/\{year\}/g, e.date.slice(0, 4)), section: 'main' };
        }
        if (target) {
            try {
                const region = (0,_pages_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .entriesRegion */ .P8)(target.section);
                const heading = f.action === 'archive' ? `# 후보 풀 보관 ${e.date.slice(0, 4)}\n` : `# ${node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(target.page, '.md')}\n`;
                const before = work.get(target.page) ?? heading;
                const text = (0,_pages_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .ensureRegion */ .v8)(before, region, _pages_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .AUTO_SECTION_HEADING */ .F5, target.page);
                const known = (0,_pages_scan_js__WEBPACK_IMPORTED_MODULE_12__/* .scanExisting */ .jT)(new Map([[target.page, text]]), input.canonicalize);
                const r = (0,_pages_entries_js__WEBPACK_IMPORTED_MODULE_6__/* .insertEntryLines */ .fi)((0,_pages_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .regionBody */ .zv)(text, region, target.page), { id: e.id, ...(e.date ? { date: e.date } : {}), ...(e.url ? { url: e.url } : {}) }, moved, {
                    file: target.page,
                    defaultYear: Number(date.slice(0, 4)),
                    canonicalize: input.canonicalize,
                    knownIds: known.ids,
                    knownUrls: known.urls,
                    yearHeadingLevel: (0,_pages_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .yearLevelFor */ .T5)(text, region),
                });
                // Already there (a repeated command, or a person copied it by hand): only the removal is left to do.
                if (r.added) {
                    work.set(target.page, (0,_pages_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .replaceRegion */ .t1)(text, region, r.body, target.page));
                    touched.add(target.page);
                }
            }
            catch (err) {
                if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
                    throw err;
                problems.push(`entry ${e.id}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}; left in ${f.page}`);
                continue;
            }
        }
        else if (f.action === 'reject' && !rejected.has(e.id)) {
            rejected.set(e.id, `${e.id}\t${date}\t${e.url ?? ''}`);
        }
        // The gate knows written entries by the seen file; a hand-added entry gets its line now.
        if (canonical && (0,_gate_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .entryId */ .ub)(canonical) === e.id && !seen.has(e.id)) {
            seen.add(e.id, date, canonical);
            seenAdded.push({ id: e.id, date, url: canonical });
        }
        const byRegion = removals.get(f.page) ?? new Map();
        removals.set(f.page, byRegion);
        const list = byRegion.get(f.region) ?? [];
        byRegion.set(f.region, list);
        list.push([e.line - 1, e.endLine]);
        actions.push({ id: e.id, action: f.action, from: f.page, ...(target ? { to: target.page } : {}), ...(e.title ? { title: e.title } : {}) });
    }
    // 3. Take the moved and rejected blocks out of the queue and the pool.
    for (const [page, byRegion] of removals) {
        let text = work.get(page);
        for (const [region, ranges] of byRegion)
            text = (0,_pages_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .replaceRegion */ .t1)(text, region, removeLines((0,_pages_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .regionBody */ .zv)(text, region, page), ranges), page);
        work.set(page, text);
        touched.add(page);
    }
    const edits = [...touched]
        .sort()
        .map((p) => ({ path: p, before: input.files.get(p), after: work.get(p) }))
        .filter((e) => e.after !== e.before);
    if (edits.length) {
        edits.push(...store.write(seenAdded).edits);
        const rejectedAfter = serializeRejected(rejected);
        if (actions.some((a) => a.action === 'reject') && rejectedAfter !== input.rejectedText)
            edits.push({ path: config.curation.rejectedFile, before: input.rejectedText, after: rejectedAfter });
        edits.sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_10__/* .compareStrings */ .K)(a.path, b.path));
    }
    return { edits, actions, problems, seenAdded };
}
function safe(fn) {
    try {
        return fn();
    }
    catch {
        return undefined;
    }
}
/**
 * `ID[=PAGE]` items separated by spaces, commas or new lines (the `promote` dispatch input and the
 * WIKI_DAILY_PROMOTE variable). Throws naming the item that is not an entry id.
 */
function parsePromoteList(text) {
    const out = [];
    for (const item of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
        const [id, to] = item.split('=', 2);
        if (!/^e[0-9a-f]{12}$/.test(id))
            throw new Error(`promote: "${item}" is not an entry id (e + 12 hex digits, optionally =PAGE)`);
        out.push({ id, ...(to ? { to } : {}) });
    }
    return out;
}


/***/ }),

/***/ 74671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LL: () => (/* binding */ CONFIDENCE),
  WF: () => (/* binding */ gateItems)
});

// UNUSED EXPORTS: titleKey

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/gate/canonical.ts
var gate_canonical = __webpack_require__(89489);
// EXTERNAL MODULE: ./src/gate/text.ts
var gate_text = __webpack_require__(77660);
;// CONCATENATED MODULE: ./src/gate/grades.ts

/** Most cautious first: on a tie of suffix length the earlier lane wins. */
const LANES_BY_CAUTION = ['discard', 'pool', 'queue', 'land'];
function gradeHost(host, g) {
    const h = host.trim().toLowerCase().replace(/\.$/, '');
    let best;
    for (const lane of LANES_BY_CAUTION) {
        for (const raw of g[lane]) {
            const suffix = (0,gate_text/* normalizeHostSuffix */.Hi)(raw);
            if (!suffix || !(0,gate_text/* hostMatchesSuffix */.fJ)(h, suffix))
                continue;
            if (!best?.suffix || suffix.length > best.suffix.length)
                best = { lane, suffix };
        }
    }
    return best ?? { lane: g.default };
}

;// CONCATENATED MODULE: ./src/gate/relevance.ts


function prepareTerms(terms) {
    return terms
        .map((t) => (typeof t === 'string' ? { key: (0,gate_text/* matchKey */.LJ)(t), weight: 1 } : { key: (0,gate_text/* matchKey */.LJ)(t.term), weight: t.weight }))
        .filter((t) => t.key !== '');
}
function keysOf(words) {
    return words.map(gate_text/* matchKey */.LJ).filter((k) => k !== '');
}
/** Weight of the best term found in `fieldKey`, 0 when none. */
function bestWeight(fieldKey, terms) {
    let best = 0;
    for (const t of terms)
        if (t.weight > best && fieldKey.includes(t.key))
            best = t.weight;
    return best;
}
function safeHost(url) {
    try {
        return (0,gate_canonical/* hostOf */.w4)(url);
    }
    catch {
        return undefined;
    }
}
function isTrustedOutlet(item, trustedOutlets) {
    if (!trustedOutlets.length)
        return false;
    const outletKey = item.outlet ? (0,gate_text/* matchKey */.LJ)(item.outlet) : '';
    const host = safeHost(item.link);
    return trustedOutlets.some((entry) => {
        if (outletKey && (0,gate_text/* matchKey */.LJ)(entry) === outletKey)
            return true;
        const suffix = (0,gate_text/* normalizeHostSuffix */.Hi)(entry);
        return host !== undefined && suffix.includes('.') && (0,gate_text/* hostMatchesSuffix */.fJ)(host, suffix);
    });
}
function scoreRelevance(item, s, trusted) {
    const titleKey = (0,gate_text/* matchKey */.LJ)(item.title);
    const summaryKey = (0,gate_text/* matchKey */.LJ)(item.summary ?? '');
    const urlKey = (0,gate_text/* matchKey */.LJ)((0,gate_text/* safeDecode */.ex)(item.link));
    const terms = prepareTerms(s.terms);
    const parts = [
        ['title', s.weights.title * bestWeight(titleKey, terms)],
        ['summary', s.weights.summary * bestWeight(summaryKey, terms)],
        ['url', s.weights.url * bestWeight(urlKey, terms)],
        ['context', keysOf(s.contextTerms).some((k) => titleKey.includes(k)) ? s.weights.context : 0],
        ['outlet', isTrustedOutlet(item, s.trustedOutlets) ? s.weights.trustedOutlet : 0],
    ];
    const score = parts.reduce((sum, [, v]) => sum + v, 0);
    const detail = parts
        .filter(([, v]) => v !== 0)
        .map(([name, v]) => `${name} ${(0,gate_text/* formatNumber */.ZV)(v)}`)
        .join(', ');
    const why = detail ? `(${detail})` : '(nothing matched)';
    if (trusted)
        return { score, accepted: true, reason: `trusted source, score ${(0,gate_text/* formatNumber */.ZV)(score)} ${why}` };
    const textKeys = [titleKey, summaryKey];
    let allowNote = '';
    const excludedBy = s.exclude.find((w) => {
        const k = (0,gate_text/* matchKey */.LJ)(w);
        return k !== '' && textKeys.some((t) => t.includes(k));
    });
    if (excludedBy !== undefined) {
        const allowedBy = s.allowContext.find((w) => {
            const k = (0,gate_text/* matchKey */.LJ)(w);
            return k !== '' && textKeys.some((t) => t.includes(k));
        });
        if (allowedBy === undefined)
            return { score, accepted: false, reason: `excluded by '${excludedBy}'` };
        allowNote = `; '${excludedBy}' allowed by '${allowedBy}'`;
    }
    const accepted = score >= s.threshold;
    const comparison = accepted ? '≥' : '<';
    return {
        score,
        accepted,
        reason: `score ${(0,gate_text/* formatNumber */.ZV)(score)} ${comparison} ${(0,gate_text/* formatNumber */.ZV)(s.threshold)} ${why}${allowNote}`,
    };
}

// EXTERNAL MODULE: ./src/gate/route.ts
var gate_route = __webpack_require__(9270);
;// CONCATENATED MODULE: ./src/gate/gate.ts







/** Hosts whose own announcements are confirmations, not reports (label-boundary suffixes). */
const OFFICIAL_HOSTS = [
    'maa.co.kr',
    'netflix.com',
    'disneyplus.com',
    'tving.com',
    'about.netflix.com',
    'tvn.cjenm.com',
];
const CONFIDENCE = {
    official: '공식확정',
    report: '보도(1차)',
    queued: '검토 대기',
    candidate: '후보',
};
const ALREADY_IN_WIKI = 'already in the wiki';
const UNDECODED_GOOGLE_NEWS = 'Google News link not resolved yet (waits for the next run)';
function isOfficialHost(host) {
    return OFFICIAL_HOSTS.some((suffix) => (0,gate_text/* hostMatchesSuffix */.fJ)(host, suffix));
}
/**
 * Key for near-duplicates: the title with case, width, spacing and punctuation removed. Used only
 * within a run and only between items of the same outlet.
 */
function titleKey(title) {
    return title
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, '');
}
const LANE_RANK = { land: 0, queue: 1, pool: 2 };
function isCandidate(w) {
    return w.lane === 'land' || w.lane === 'queue' || w.lane === 'pool';
}
/** Sort order of a group of duplicates: the first one is kept. */
function preference(a, b) {
    // items already marked duplicate sort last (only reachable when grouping by title)
    const la = isCandidate(a) ? LANE_RANK[a.lane] : 3;
    const lb = isCandidate(b) ? LANE_RANK[b.lane] : 3;
    if (la !== lb)
        return la - lb;
    const da = a.publishedMs !== undefined ? 0 : 1;
    const db = b.publishedMs !== undefined ? 0 : 1;
    if (da !== db)
        return da - db;
    return a.sourceRank - b.sourceRank || a.index - b.index;
}
function parsePublished(published) {
    if (published === undefined)
        return undefined;
    const ms = Date.parse(published);
    return Number.isNaN(ms) ? undefined : ms;
}
function evaluate(item, index, config, sourceRanks) {
    const base = {
        index,
        sourceRank: sourceRanks.get(item.sourceId) ?? Number.MAX_SAFE_INTEGER,
        item,
        score: 0,
        gradedLand: false,
        publishedMs: parsePublished(item.published),
        ...(item.outlet !== undefined ? { outlet: item.outlet } : {}),
    };
    let canonical;
    let host;
    try {
        canonical = (0,gate_canonical/* canonicalUrl */.W3)(item.link);
        host = (0,gate_canonical/* hostOf */.w4)(canonical);
    }
    catch (err) {
        // the raw link still gets a stable id so the report can name the item consistently
        return {
            ...base,
            canonicalUrl: item.link,
            id: (0,gate_canonical/* entryId */.ub)(item.link),
            host: '',
            lane: 'discard',
            reason: `unusable link from source ${item.sourceId}: ${(0,errors/* errorMessage */.gJ)(err)}`,
        };
    }
    const id = (0,gate_canonical/* entryId */.ub)(canonical);
    const trusted = config.sources.find((s) => s.id === item.sourceId)?.trusted ?? false;
    const relevance = scoreRelevance(item, config.relevance, trusted);
    const common = { ...base, canonicalUrl: canonical, id, host, score: relevance.score };
    if (!relevance.accepted)
        return { ...common, lane: 'irrelevant', reason: relevance.reason };
    const grade = gradeHost(host, config.grades);
    const gradeReason = grade.suffix
        ? `host ${host} → ${grade.lane} (listed as '${grade.suffix}')`
        : `host ${host} → ${grade.lane} (not listed: default)`;
    if (item.undecoded)
        return { ...common, lane: 'discard', reason: `${UNDECODED_GOOGLE_NEWS}; ${gradeReason}` };
    return {
        ...common,
        lane: grade.lane,
        gradedLand: grade.lane === 'land',
        reason: `${relevance.reason}; ${gradeReason}`,
    };
}
function isKnown(w, seen, existing) {
    const alt = (0,gate_canonical/* otherSchemeVariant */.LE)(w.canonicalUrl);
    return (seen.has(w.id) ||
        seen.hasUrl(w.canonicalUrl) ||
        existing.ids.has(w.id) ||
        existing.urls.has(w.canonicalUrl) ||
        (alt !== undefined && existing.urls.has(alt)));
}
function groupBy(works, key) {
    const groups = new Map();
    for (const w of works) {
        const k = key(w);
        if (k === undefined)
            continue;
        const g = groups.get(k);
        if (g)
            g.push(w);
        else
            groups.set(k, [w]);
    }
    for (const g of groups.values())
        g.sort(preference);
    return groups;
}
function markDuplicate(w, reason) {
    w.lane = 'duplicate';
    w.reason = reason;
}
function dedupe(works, seen, existing) {
    const candidates = works.filter(isCandidate);
    // 1. the same id in this run: keep the best, fill its outlet from the others
    const winners = [];
    for (const [, group] of groupBy(candidates, (w) => w.id)) {
        const [best, ...rest] = group;
        if (best.outlet === undefined) {
            const withOutlet = rest.find((w) => w.outlet !== undefined);
            if (withOutlet?.outlet !== undefined)
                best.outlet = withOutlet.outlet;
        }
        if (group.some((w) => isKnown(w, seen, existing))) {
            for (const w of group)
                markDuplicate(w, ALREADY_IN_WIKI);
            continue;
        }
        for (const w of rest) {
            markDuplicate(w, `duplicate of ${best.id}: the same URL from source ${best.item.sourceId} is kept (${best.lane})`);
        }
        winners.push(best);
    }
    // 2. the same title from the same outlet in this run (e.g. one article under two URLs)
    const titleGroups = groupBy(candidates, (w) => {
        const outlet = w.outlet ? (0,gate_text/* matchKey */.LJ)(w.outlet) : '';
        const title = titleKey(w.item.title);
        return outlet && title ? `${outlet}\u0000${title}` : undefined;
    });
    const winnerSet = new Set(winners);
    for (const [, group] of titleGroups) {
        const known = group.find((w) => w.lane === 'duplicate' && w.reason === ALREADY_IN_WIKI);
        const alive = group.filter((w) => winnerSet.has(w) && w.lane !== 'duplicate');
        if (known) {
            for (const w of alive)
                markDuplicate(w, `${ALREADY_IN_WIKI} (same title from the same outlet as ${known.id})`);
            continue;
        }
        const [best, ...rest] = alive;
        if (!best)
            continue;
        for (const w of rest)
            markDuplicate(w, `duplicate of ${best.id}: the same title from the same outlet is kept`);
    }
}
function finish(w, config) {
    const kindHint = w.item.kindHint ?? 'news';
    const out = {
        ...w.item,
        canonicalUrl: w.canonicalUrl,
        id: w.id,
        host: w.host,
        score: w.score,
        lane: w.lane,
        reason: w.reason,
        kind: kindHint,
        confidence: '',
    };
    if (w.outlet !== undefined)
        out.outlet = w.outlet;
    switch (w.lane) {
        case 'land': {
            const route = (0,gate_route/* routeItem */.b)(w.item, config.routing);
            out.page = route.page;
            out.section = route.section;
            out.kind = route.kind ?? kindHint;
            out.confidence = w.gradedLand && isOfficialHost(w.host) ? CONFIDENCE.official : CONFIDENCE.report;
            break;
        }
        case 'queue':
            out.page = config.pages.queuePage;
            out.section = 'main';
            out.confidence = CONFIDENCE.queued;
            break;
        case 'pool':
            out.page = config.pages.poolPage;
            out.section = 'main';
            out.confidence = CONFIDENCE.candidate;
            break;
        default:
            break;
    }
    return out;
}
/** Newest first, undated last, then by id, then input order: the same input always gives the same order. */
function outputOrder(a, b) {
    const pa = a.publishedMs ?? Number.NEGATIVE_INFINITY;
    const pb = b.publishedMs ?? Number.NEGATIVE_INFINITY;
    if (pa !== pb)
        return pb > pa ? 1 : -1;
    if (a.id !== b.id)
        return a.id < b.id ? -1 : 1;
    return a.index - b.index;
}
function gateItems(input) {
    const { config } = input;
    const sourceRanks = new Map(config.sources.map((s, i) => [s.id, i]));
    const works = input.items.map((item, i) => evaluate(item, i, config, sourceRanks));
    dedupe(works, input.seen, input.existing);
    const counts = (0,model/* emptyLaneCounts */.c)();
    for (const w of works)
        counts[w.lane] += 1;
    const items = [...works].sort(outputOrder).map((w) => finish(w, config));
    return { items, counts };
}


/***/ }),

/***/ 9270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ routeItem)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77660);

function routeItem(item, r) {
    const textKeys = [(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .matchKey */ .LJ)(item.title), (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .matchKey */ .LJ)(item.summary ?? '')];
    for (const [index, rule] of r.rules.entries()) {
        const hasCriteria = rule.keywords.length > 0 || rule.sources.length > 0 || rule.kinds.length > 0;
        const matches = !hasCriteria ||
            rule.keywords.some((w) => {
                const k = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .matchKey */ .LJ)(w);
                return k !== '' && textKeys.some((t) => t.includes(k));
            }) ||
            rule.sources.includes(item.sourceId) ||
            (item.kindHint !== undefined && rule.kinds.includes(item.kindHint));
        if (matches) {
            const result = { page: rule.page, section: rule.section, rule: index };
            if (rule.kind !== undefined)
                result.kind = rule.kind;
            return result;
        }
    }
    return { page: r.defaultPage, section: r.defaultSection };
}


/***/ }),

/***/ 88468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nC: () => (/* binding */ openSeenStore),
  NU: () => (/* binding */ seenStoreFromTexts)
});

// UNUSED EXPORTS: SEEN_COMPACT_RATIO, SEEN_LOG_THRESHOLD, SeenStore, SortedSeenFile, recentSeenFile, seenFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/fsutil.ts
var fsutil = __webpack_require__(62072);
// EXTERNAL MODULE: ./src/pages/wikiindex.ts
var wikiindex = __webpack_require__(47180);
// EXTERNAL MODULE: ./src/gate/seen.ts
var gate_seen = __webpack_require__(85908);
;// CONCATENATED MODULE: ./src/gate/seenfile.ts
/**
 * The seen file without parsing it: lookups by binary search over its sorted lines, and new entries
 * spliced in at their sorted places. For a file the bot wrote itself (its blob id is the one the wiki
 * index recorded), this gives byte for byte what parseSeen + add + serializeSeen give, at the cost of
 * one read and one write instead of validating and hashing every line (1,000,000 entries: ~1 s and
 * ~300 MB the other way). A file a person edited goes the careful way (parseSeen), once.
 * For a large wiki the base is not even read: see ./seenstore.ts (positioned lookups, a recent file).
 */

/** Offset of the first entry line (after the header), or -1 when the text does not start with it. */
function bodyStart(text) {
    return text.startsWith(`${gate_seen/* SEEN_HEADER */.CP}\n`) ? gate_seen/* SEEN_HEADER */.CP.length + 1 : -1;
}
/** Offset of the start of the line that contains `offset`. */
function lineStartAt(text, offset, floor) {
    const nl = text.lastIndexOf('\n', offset - 1);
    return Math.max(floor, nl + 1);
}
function idAt(text, lineStart) {
    const tab = text.indexOf('\t', lineStart);
    return text.slice(lineStart, tab < 0 ? text.indexOf('\n', lineStart) : tab);
}
/** Offset where a line for `id` is or would be inserted (first line whose id ≥ id). */
function lowerBound(text, id, start) {
    let lo = start;
    let hi = text.length;
    // Invariant: every line starting before lo has an id < id; every line starting at or after hi has id ≥ id.
    while (lo < hi) {
        const mid = lineStartAt(text, (lo + hi) >>> 1, lo);
        const end = text.indexOf('\n', mid);
        const next = end < 0 ? text.length : end + 1;
        if (idAt(text, mid) < id)
            lo = next;
        else
            hi = mid;
    }
    return lo;
}
function isFastSeenText(text) {
    return bodyStart(text) >= 0 && (text.length === bodyStart(text) || text.endsWith('\n'));
}
/** The entries of the (sorted, bot-written) seen file whose id is one of `ids`. */
function seenEntriesAmong(text, ids) {
    const start = bodyStart(text);
    if (start < 0)
        throw new Error('seen file without its header: use parseSeen');
    const found = [];
    for (const id of ids) {
        const at = lowerBound(text, id, start);
        if (at >= text.length || idAt(text, at) !== id)
            continue;
        const end = text.indexOf('\n', at);
        const [, date, url] = text.slice(at, end < 0 ? text.length : end).split('\t');
        found.push({ id, date: date ?? '', url: url ?? '' });
    }
    return found;
}
/** The seen file with `entries` added at their sorted places; ids already present keep their line. */
function insertSeen(text, entries) {
    const start = bodyStart(text);
    if (start < 0)
        throw new Error('seen file without its header: use parseSeen');
    const fresh = [...new Map(entries.map((e) => [e.id, e])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const parts = [];
    let copied = 0;
    let from = start;
    for (const e of fresh) {
        const at = lowerBound(text, e.id, from);
        if (at < text.length && idAt(text, at) === e.id)
            continue;
        parts.push(text.slice(copied, at), `${e.id}\t${e.date}\t${e.url}\n`);
        copied = at;
        from = at;
    }
    parts.push(text.slice(copied));
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/gate/seenstore.ts
/**
 * The seen set as a small log-structured store, so a run reads and writes seen data in proportion to
 * what changed, not to the size of the wiki (issue 13; 1,000,000 entries are an 86 MB file).
 *
 * Layout (both files in the seen-file format of ./seen.ts: header, `id<TAB>date<TAB>url` sorted by id):
 *
 *   data/seen.tsv         the base (config pages.seenFile): every entry up to the last compaction
 *   data/seen-recent.tsv  the recent file (recentSeenFile()): entries added since; never an id of the base
 *
 * The seen set is the union. Small wikis never get a recent file: while the base holds fewer than
 * SEEN_LOG_THRESHOLD entries and no recent file exists, new entries are spliced into the base as
 * before (the base is read whole, as it always was, which also counts its entries; a wiki that is
 * already large pays that once, when its first write starts the recent file). From then on new
 * entries go to the recent file, and the base is looked up without reading it:
 * a binary search by positioned reads (SortedSeenFile, O(k log N) small reads for k candidate ids).
 * That is only sound for the base the bot last wrote: the caller passes the blob id the wiki index
 * recorded and the one git knows for the file (`git ls-files -s`, no read); when they differ the base is
 * read and parsed whole, and the next write rewrites it (compaction), which makes it trusted again.
 * The recent file is small and always read and validated in full; its unusable lines are warnings
 * with file:line and are kept in it verbatim (also through a compaction).
 *
 * Compaction: when, with this run's entries, the recent file holds at least threshold/8 entries AND
 * at least 1/8 of the base's bytes, the run merges it into the base in the same edits: the base is
 * rewritten, the recent file is emptied to its header (not removed: its presence says the store is
 * log-structured, so no run has to read the base to count its entries, and apply, the journal and the
 * commit only ever write files). The base is measured in bytes because counting its entries would mean
 * reading it; its lines are of similar length, so this is about "recent ≥ base/8 entries", which
 * bounds the recent file a run parses to ~1/8 of the base and makes the rewrite cost at most ~8 bytes
 * of base per byte added. Everything is a function of the two files and the entries: the same inputs
 * give the same bytes (a merged shard run equals a single one).
 */







/** Entries in the base from which new entries go to the recent file instead of the base. */
const SEEN_LOG_THRESHOLD = 50_000;
/** Compaction when the recent file reaches 1/SEEN_COMPACT_RATIO of the base (and of the threshold). */
const SEEN_COMPACT_RATIO = 8;
const BLOCK = 512;
/** Windows kept while looking up one batch of ids: the top of every search is shared (8 MB at most). */
const MAX_BLOCKS = 16_384;
const NEWLINE = 10;
/**
 * A sorted, bot-written seen file searched by positioned reads (small windows, a line found by
 * scanning to '\n'); nothing else of it is read.
 */
class SortedSeenFile {
    size;
    /** Bytes read so far (the benchmark and the tests show it stays far below the size). */
    bytesRead = 0;
    #fd;
    #blocks = new Map();
    constructor(fd) {
        this.#fd = fd;
        this.size = (0,external_node_fs_.fstatSync)(fd).size;
    }
    /** Opens the file; undefined when it is missing or lacks the header or the trailing newline (then parse it). */
    static open(file) {
        const fd = (0,fsutil/* openIfExistsSync */.v9)(file);
        if (fd === undefined)
            return undefined;
        const f = new SortedSeenFile(fd);
        const head = `${gate_seen/* SEEN_HEADER */.CP}\n`;
        const ok = f.size >= head.length && f.#text(0, head.length) === head && f.#byte(f.size - 1) === NEWLINE;
        if (ok)
            return f;
        f.close();
        return undefined;
    }
    close() {
        (0,external_node_fs_.closeSync)(this.#fd);
    }
    #block(n) {
        let b = this.#blocks.get(n);
        if (!b) {
            if (this.#blocks.size >= MAX_BLOCKS)
                this.#blocks.clear();
            const buf = Buffer.allocUnsafe(BLOCK);
            b = buf.subarray(0, (0,external_node_fs_.readSync)(this.#fd, buf, 0, BLOCK, n * BLOCK));
            this.bytesRead += b.length;
            this.#blocks.set(n, b);
        }
        return b;
    }
    #byte(pos) {
        return this.#block(Math.floor(pos / BLOCK))[pos % BLOCK];
    }
    /** Position of the first '\n' at or after `pos`, or -1. */
    #newlineFrom(pos) {
        for (let p = pos; p < this.size; p = (Math.floor(p / BLOCK) + 1) * BLOCK) {
            const i = this.#block(Math.floor(p / BLOCK)).indexOf(NEWLINE, p % BLOCK);
            if (i >= 0)
                return Math.floor(p / BLOCK) * BLOCK + i;
        }
        return -1;
    }
    #text(from, to) {
        const n = Math.floor(from / BLOCK);
        // Usually within one window: no copy.
        if (to <= (n + 1) * BLOCK)
            return this.#block(n).toString('utf8', from - n * BLOCK, to - n * BLOCK);
        const parts = [];
        for (let p = from; p < to; p = (Math.floor(p / BLOCK) + 1) * BLOCK) {
            const start = Math.floor(p / BLOCK) * BLOCK;
            parts.push(this.#block(Math.floor(p / BLOCK)).subarray(p - start, Math.min(BLOCK, to - start)));
        }
        return Buffer.concat(parts).toString('utf8');
    }
    /** End of the line starting at `start` (its '\n'). */
    #lineEnd(start) {
        const nl = this.#newlineFrom(start);
        return nl < 0 ? this.size : nl;
    }
    #idAt(start) {
        // An id is "e" + 12 hex digits: 13 bytes, then a tab.
        return this.#text(start, Math.min(start + 13, this.#lineEnd(start)));
    }
    /** Offset of the first line whose id is ≥ id (the file's size when none). */
    #lowerBound(id) {
        let lo = gate_seen/* SEEN_HEADER */.CP.length + 1;
        let hi = this.size;
        // Invariant: lo and hi are line starts; lines before lo have smaller ids, lines from hi on do not.
        while (lo < hi) {
            const mid = lo + ((hi - lo) >>> 1);
            let at = mid === lo ? lo : this.#lineEnd(mid - 1) + 1;
            if (at >= hi)
                at = lo; // no line starts in [mid, hi): probe the one at lo
            if (this.#idAt(at) < id)
                lo = this.#lineEnd(at) + 1;
            else
                hi = at;
        }
        return lo;
    }
    /** The entries whose id is one of `ids` (sorted by id). */
    lookup(ids) {
        const found = [];
        // Sorted, so neighbouring searches share their cached blocks.
        for (const id of [...new Set(ids)].sort()) {
            const at = this.#lowerBound(id);
            if (at >= this.size || this.#idAt(at) !== id)
                continue;
            const [, date, url] = this.#text(at, this.#lineEnd(at)).split('\t');
            found.push({ id, date: date ?? '', url: url ?? '' });
        }
        this.#blocks.clear();
        return found;
    }
}
class SeenStore {
    file;
    recentFile;
    threshold;
    recentText;
    #base;
    #recent;
    #baseBytesRead = 0;
    constructor(file, base, recentText, threshold = SEEN_LOG_THRESHOLD) {
        this.file = file;
        this.recentFile = (0,gate_seen/* recentSeenFile */.x7)(file);
        this.threshold = threshold;
        this.#base = base;
        this.recentText = recentText;
        this.#recent = parseRecent(recentText, this.recentFile);
    }
    /** The base is the one the bot last wrote (lookups and inserts need not parse it). */
    get baseTrusted() {
        return this.#base.kind === 'file' || (this.#base.kind === 'text' && this.#base.trusted);
    }
    /** Bytes of the base read by positioned lookups (a base read whole is not counted: see baseText). */
    get baseBytesRead() {
        return this.#baseBytesRead;
    }
    /** The base's text when it was read (small store or untrusted); undefined when absent or not read. */
    get baseText() {
        return this.#base.kind === 'text' ? this.#base.text : undefined;
    }
    /** New entries go to the recent file: it exists, or the base has reached the threshold. */
    get logged() {
        if (this.recentText !== undefined || this.#base.kind === 'file')
            return true;
        if (this.#base.kind !== 'text')
            return false;
        return baseEntries(this.#base) >= this.threshold;
    }
    /** Unusable lines of both files (kept as they are, not used as ids), as `file:line: problem`. */
    warnings() {
        const out = [];
        const note = (file, idx) => {
            for (const b of idx.badLines())
                out.push(`${file}:${b.line}: ${b.problem} (line kept as it is, not used as an id)`);
        };
        if (this.#base.kind === 'text' && this.#base.parsed)
            note(this.file, this.#base.parsed);
        note(this.recentFile, this.#recent);
        return out;
    }
    /** The seen entries among `ids`, from both files. */
    among(ids) {
        const wanted = new Set(ids);
        const out = new gate_seen/* SeenIndex */._H();
        for (const e of this.#baseAmong(wanted))
            out.add(e.id, e.date, e.url);
        for (const id of wanted) {
            const e = this.#recent.get(id);
            if (e && !out.has(id))
                out.add(e.id, e.date, e.url);
        }
        return out;
    }
    #baseAmong(ids) {
        const b = this.#base;
        if (b.kind === 'absent' || !ids.size)
            return [];
        if (b.kind === 'file') {
            const f = SortedSeenFile.open(b.abs);
            if (!f)
                throw new Error(`${this.file} changed while the run read it (no longer the file the bot wrote)`);
            try {
                return f.lookup(ids);
            }
            finally {
                this.#baseBytesRead += f.bytesRead;
                f.close();
            }
        }
        if (b.parsed)
            return [...ids].flatMap((id) => b.parsed.get(id) ?? []);
        return seenEntriesAmong(b.text, ids);
    }
    /**
     * The edits that add `entries` to the seen set (ids already seen keep their line). A base that is not
     * the bot's is rewritten even with no entries (normalised, as the run always did): the writing run
     * makes it trusted again.
     */
    write(entries) {
        const b = this.#base;
        if (!this.logged) {
            // A small wiki: into the base, exactly as before the recent file existed.
            const before = b.kind === 'text' ? b.text : undefined;
            if (b.kind === 'text' && b.trusted)
                return this.#result({ before, after: insertSeen(b.text, entries) }, undefined, true);
            const seen = before === undefined ? new gate_seen/* SeenIndex */._H() : (0,gate_seen/* parseSeen */.dD)(before, this.file, { keepBadLines: true });
            for (const e of entries)
                seen.add(e.id, e.date, e.url);
            return this.#result({ before, after: (0,gate_seen/* serializeSeen */.ur)(seen) }, undefined, seen.badLines().length === 0);
        }
        const recent = parseRecent(this.recentText, this.recentFile);
        if (!this.baseTrusted) {
            // Read and parsed anyway: rewrite it with everything, which makes it the bot's (trusted) again.
            const before = this.baseText;
            const seen = before === undefined ? new gate_seen/* SeenIndex */._H() : (0,gate_seen/* parseSeen */.dD)(before, this.file, { keepBadLines: true });
            for (const e of recent.entries())
                seen.add(e.id, e.date, e.url);
            for (const e of entries)
                seen.add(e.id, e.date, e.url);
            return this.#result({ before, after: (0,gate_seen/* serializeSeen */.ur)(seen) }, emptied(recent), seen.badLines().length === 0);
        }
        const inBase = new Set(this.#baseAmong(new Set(entries.map((e) => e.id))).map((e) => e.id));
        let added = 0;
        for (const e of entries) {
            if (inBase.has(e.id))
                continue;
            if (recent.add(e.id, e.date, e.url))
                added++;
        }
        if (!added)
            return { edits: [], baseTrustable: this.#baseClean() };
        const recentAfter = (0,gate_seen/* serializeSeen */.ur)(recent);
        const baseBytes = b.kind === 'file' ? b.size : b.kind === 'text' ? Buffer.byteLength(b.text) : 0;
        const compact = recent.size * SEEN_COMPACT_RATIO >= this.threshold && Buffer.byteLength(recentAfter) * SEEN_COMPACT_RATIO >= baseBytes;
        if (!compact)
            return this.#result(undefined, recentAfter, true);
        // Both sorted and the base the bot's: splice the recent entries in; unusable lines stay in recent.
        const before = b.kind === 'file' ? (0,external_node_fs_.readFileSync)(b.abs, 'utf8') : this.baseText;
        return this.#result({ before, after: insertSeen(before ?? `${gate_seen/* SEEN_HEADER */.CP}\n`, recent.entries()) }, emptied(recent), true);
    }
    #result(base, recentAfter, baseTrustable) {
        const edits = [];
        if (base && base.after !== base.before)
            edits.push({ path: this.file, ...base });
        if (recentAfter !== undefined && recentAfter !== this.recentText)
            edits.push({ path: this.recentFile, before: this.recentText, after: recentAfter });
        return { edits, baseTrustable: base && base.after !== base.before ? baseTrustable : this.#baseClean() };
    }
    /** The base as it is holds no unusable line (an index may vouch for it once the bot rewrites it). */
    #baseClean() {
        return !(this.#base.kind === 'text' && this.#base.parsed?.badLines().length);
    }
    /** The same store with some files replaced by other texts (HEAD's, for a commit without a person's edits). */
    withTexts(texts, opts = {}) {
        const base = 'base' in texts ? textBase(this.file, texts.base, opts) : this.#base;
        return new SeenStore(this.file, base, 'recent' in texts ? texts.recent : this.recentText, this.threshold);
    }
}
function parseRecent(text, file) {
    return text === undefined ? new gate_seen/* SeenIndex */._H() : (0,gate_seen/* parseSeen */.dD)(text, file, { keepBadLines: true });
}
/** A recent file after compaction: its header and the unusable lines it kept. */
function emptied(recent) {
    const rest = new gate_seen/* SeenIndex */._H();
    for (const bad of recent.badLines())
        rest.keepBadLine(bad);
    return (0,gate_seen/* serializeSeen */.ur)(rest);
}
function baseEntries(b) {
    if (b.parsed)
        return b.parsed.size;
    // Trusted: the header, then one line per entry.
    let n = -1;
    for (let i = b.text.indexOf('\n'); i >= 0; i = b.text.indexOf('\n', i + 1))
        n++;
    return n;
}
function textBase(file, text, opts) {
    if (text === undefined)
        return { kind: 'absent' };
    const trusted = !!opts.recordedBlob && isFastSeenText(text) && (opts.gitBlob ?? (0,wikiindex/* gitBlobId */.tK)(text)) === opts.recordedBlob;
    return trusted ? { kind: 'text', text, trusted } : { kind: 'text', text, trusted, parsed: (0,gate_seen/* parseSeen */.dD)(text, file, { keepBadLines: true }) };
}
/** A store over texts in hand (no files): tests, HEAD's versions, a curation planned on given texts. */
function seenStoreFromTexts(file, baseText, recentText, opts = {}) {
    return new SeenStore(file, textBase(file, baseText, opts), recentText, opts.threshold);
}
/**
 * Open the store under `root`. The base is not read when it is trusted (opts.gitBlob equals
 * opts.recordedBlob) and a recent file exists; otherwise it is read whole (small, or to be parsed).
 */
async function openSeenStore(root, file, opts = {}) {
    const recentText = await (0,fsutil/* readIfExists */.OR)(external_node_path_default().join(root, (0,gate_seen/* recentSeenFile */.x7)(file)));
    const abs = external_node_path_default().join(root, file);
    if (recentText !== undefined && opts.recordedBlob && opts.gitBlob === opts.recordedBlob) {
        const f = SortedSeenFile.open(abs);
        if (f) {
            const size = f.size;
            f.close();
            return new SeenStore(file, { kind: 'file', abs, size }, recentText, opts.threshold);
        }
    }
    return seenStoreFromTexts(file, await (0,fsutil/* readIfExists */.OR)(abs), recentText, opts);
}


/***/ }),

/***/ 21191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ botIdentity),
/* harmony export */   tk: () => (/* binding */ commitAndPush),
/* harmony export */   y: () => (/* binding */ pushOptionsFor)
/* harmony export */ });
function botIdentity(config) {
    return { name: config.git.authorName, email: config.git.authorEmail };
}
function pushOptionsFor(config, token, clock) {
    return {
        remote: config.git.remote,
        ...(config.git.branch ? { branch: config.git.branch } : {}),
        attempts: config.git.pushAttempts,
        ...(token ? { token } : {}),
        clock,
    };
}
/** Commit exactly `files` as the bot and, when `push` is set, push the commit. Never pushes a no-op. */
async function commitAndPush(repo, files, message, config, opts) {
    const commit = await repo.commitFiles([...files], message, botIdentity(config));
    const out = { committed: commit.committed, ...(commit.sha ? { sha: commit.sha } : {}) };
    if (!commit.committed || !opts.push)
        return out;
    out.push = await repo.push(pushOptionsFor(config, opts.token, opts.clock));
    if (out.push.sha)
        out.sha = out.push.sha;
    return out;
}


/***/ }),

/***/ 11233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ cleanupLocks),
/* harmony export */   oj: () => (/* binding */ lockStatus),
/* harmony export */   oz: () => (/* binding */ releaseHeldLocksSync),
/* harmony export */   x: () => (/* binding */ acquireLocks),
/* harmony export */   xl: () => (/* binding */ selfTest)
/* harmony export */ });
/* unused harmony export handleTerminationSignal */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _state_schemas_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27271);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29834);
/**
 * The CLI's own lock, so two local runs never edit and commit the wiki at the same time. (On Actions the
 * workflow's concurrency group is the lock.)
 *
 * A lock is the file `<dir>/<name>.lock` holding the owner record as JSON. It is created complete in one
 * atomic step: the record is written to a private temp file which is then hard-linked to the lock name
 * (link fails with EEXIST if the lock exists), so nobody ever sees a half-written lock. Each record carries a
 * random id: release and takeover only remove the file if it still holds the record they looked at (inode
 * numbers are no proof: a freshly deleted lock's inode is often reused at once).
 *
 * The old system's lock was a bare `mkdir` with a 45-minute age rule and nothing said who held it; here the
 * refusal names the holder, a lock whose process died on this host is taken over at once (with a warning),
 * and exit, SIGINT and SIGTERM release it.
 */








const LOCK_SUFFIX = '.lock';
const NAME = /^[a-z0-9][a-z0-9._-]*$/i;
function lockFile(dir, name) {
    if (!NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`invalid lock name "${name}": use letters, digits, ".", "_" or "-", starting with a letter or digit`);
    }
    return node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, `${name}${LOCK_SUFFIX}`);
}
/** `process.kill(pid, 0)`: ESRCH means no such process; EPERM means it exists under another user. */
function pidIsAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code !== 'ESRCH';
    }
}
function describeAge(ms) {
    const s = Math.round(ms / 1000);
    if (s < 120)
        return `${s} s`;
    const m = Math.round(s / 60);
    return m < 120 ? `${m} min` : `${(m / 60).toFixed(1)} h`;
}
function describeOwner(name, state) {
    if (!state.owner)
        return `lock '${name}' exists (${state.reason ?? 'owner unknown'}), ${describeAge(state.ageMs)} old`;
    const o = state.owner;
    return `lock '${name}' is held by pid ${o.pid} on host ${o.host} (${o.command}) since ${o.startedAt} (${describeAge(state.ageMs)} ago)`;
}
function describeTakeover(name, state) {
    const o = state.owner;
    const from = o
        ? `pid ${o.pid} on host ${o.host} (${o.command}, started ${o.startedAt}, ${describeAge(state.ageMs)} ago)`
        : `an unknown owner (${describeAge(state.ageMs)} old)`;
    return `took over lock '${name}' from ${from}: ${state.reason ?? 'stale'}`;
}
/** Read a lock file and judge it; undefined when it does not exist (any more). */
async function inspect(file, name, opts) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
    const host = opts.hostname ?? node_os__WEBPACK_IMPORTED_MODULE_3___default().hostname();
    const isAlive = opts.isAlive ?? pidIsAlive;
    let text;
    let mtimeMs;
    try {
        mtimeMs = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file)).mtimeMs;
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot read lock ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .lockRecordSchema */ .oh, text);
    const now = clock.now();
    if (!parsed.ok) {
        // Without an owner the file's age is all there is to judge by.
        const ageMs = Math.max(0, now - mtimeMs);
        const stale = ageMs > opts.staleMs;
        return {
            name,
            file,
            text,
            ageMs,
            stale,
            reason: `${(0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .corruptStateMessage */ .gs)(file, 'owner record', parsed.problem, stale ? `stale: older than ${describeAge(opts.staleMs)}` : 'judged by its age')}`,
        };
    }
    const owner = parsed.value;
    const ageMs = Math.max(0, now - Date.parse(owner.startedAt));
    if (ageMs > opts.staleMs) {
        return { name, file, text, owner, ageMs, stale: true, reason: `older than the stale limit of ${describeAge(opts.staleMs)}` };
    }
    // A pid can only be checked on its own host; our own pid is alive by definition.
    if (owner.host === host && owner.pid !== process.pid && !isAlive(owner.pid)) {
        return { name, file, text, owner, ageMs, stale: true, reason: `pid ${owner.pid} is no longer running on ${host}` };
    }
    return { name, file, text, owner, ageMs, stale: false };
}
/**
 * Remove the lock only if it still holds the record we judged. Renaming first makes the removal atomic;
 * if someone replaced the lock in between, their fresh lock is put back.
 */
async function removeIfSame(file, judgedText, logger) {
    const tomb = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.removed`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(file, tomb);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot remove lock ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    try {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(tomb, 'utf8')) === judgedText)
            return true;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(tomb, file);
        }
        catch (err) {
            logger?.warn(`lock ${file} changed while it was being removed and could not be restored: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
        }
        return false;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tomb, { force: true });
    }
}
/** Create the lock file complete with its owner record; false if it already exists. */
async function tryCreate(file, owner) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'wx');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot create lock ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    try {
        try {
            await fh.writeFile(`${JSON.stringify(owner, null, 2)}\n`);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(tmp, file);
        }
        catch (err) {
            if (err.code === 'EEXIST')
                return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot create lock ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
        }
        return true;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(tmp).catch(() => undefined);
    }
}
function recordId(text) {
    const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .lockRecordSchema */ .oh, text);
    return parsed.ok ? parsed.value.id : undefined;
}
const held = new Set();
let handlersInstalled = false;
const onExit = () => {
    releaseHeldLocksSync();
};
const onSigint = () => {
    handleTerminationSignal('SIGINT');
};
const onSigterm = () => {
    handleTerminationSignal('SIGTERM');
};
function installHandlers() {
    if (handlersInstalled)
        return;
    process.on('exit', onExit);
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigterm);
    handlersInstalled = true;
}
function uninstallHandlers() {
    if (!handlersInstalled)
        return;
    process.off('exit', onExit);
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    handlersInstalled = false;
}
/** Synchronously release every lock this process holds (for exit and signal handlers). */
function releaseHeldLocksSync() {
    const released = [];
    for (const entry of [...held]) {
        held.delete(entry);
        try {
            if (recordId((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(entry.file, 'utf8')) === entry.id) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(entry.file);
                released.push(entry.name);
            }
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                entry.logger.warn(`could not release lock ${entry.file} on exit: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
            }
        }
    }
    uninstallHandlers();
    return released;
}
/**
 * What happens on SIGINT/SIGTERM while locks are held: release them, then exit with 130/143 as a shell
 * would report the signal, unless other listeners for that signal exist (then they decide).
 * Returns the exit code it used or would use.
 */
function handleTerminationSignal(signal, deps = {}) {
    releaseHeldLocksSync();
    const code = signal === 'SIGINT' ? 130 : 143;
    const others = deps.hasOtherListeners ? deps.hasOtherListeners() : process.listenerCount(signal) > 0;
    if (!others)
        (deps.exit ?? ((c) => process.exit(c)))(code);
    return code;
}
// ---- public API ----
async function acquireLocks(dir, names, opts) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
    const pollMs = Math.max(1, opts.pollMs ?? 1000);
    const sorted = [...new Set(names)].sort();
    if (!sorted.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku('no lock name given');
    const files = sorted.map((n) => lockFile(dir, n));
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot create the lock folder ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    const takenOver = [];
    const mine = [];
    let released = false;
    const release = async () => {
        if (released)
            return;
        released = true;
        for (const entry of [...mine].reverse()) {
            held.delete(entry);
            const current = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(entry.file, 'utf8').catch(() => undefined);
            if (current === undefined) {
                opts.logger.warn(`lock '${entry.name}' was already gone at release (${entry.file})`);
                continue;
            }
            if (recordId(current) !== entry.id) {
                opts.logger.warn(`lock '${entry.name}' was taken over by another process; leaving its lock in place`);
                continue;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(entry.file).catch((err) => {
                if (err.code !== 'ENOENT') {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot release lock ${entry.file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
                }
            });
        }
        if (!held.size)
            uninstallHandlers();
    };
    // Sorted order: two processes wanting the same set can never each hold a part and wait for the other.
    try {
        for (let i = 0; i < sorted.length; i++) {
            const name = sorted[i];
            const file = files[i];
            const id = await acquireOne(name, file, opts, clock, pollMs, takenOver);
            const entry = { name, file, id, logger: opts.logger };
            mine.push(entry);
            held.add(entry);
            installHandlers();
        }
    }
    catch (err) {
        await release();
        throw err;
    }
    opts.logger.debug(`holding lock(s) ${sorted.join(', ')} in ${dir}`);
    return { names: sorted, takenOver, release };
}
/** Returns the id written into the record. */
async function acquireOne(name, file, opts, clock, pollMs, takenOver) {
    const owner = {
        pid: process.pid,
        host: opts.hostname ?? node_os__WEBPACK_IMPORTED_MODULE_3___default().hostname(),
        command: opts.command,
        startedAt: new Date(clock.now()).toISOString(),
        id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex'),
    };
    const start = clock.now();
    let announcedWait = false;
    for (;;) {
        owner.startedAt = new Date(clock.now()).toISOString();
        if (await tryCreate(file, owner))
            return owner.id;
        const state = await inspect(file, name, opts);
        if (!state)
            continue; // released between our attempt and the look: try again at once
        if (state.stale) {
            if (await removeIfSame(file, state.text, opts.logger)) {
                const warning = describeTakeover(name, state);
                takenOver.push(warning);
                opts.logger.warn(warning);
            }
            continue;
        }
        const waited = clock.now() - start;
        if (waited >= opts.waitMs) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`${describeOwner(name, state)}; gave up after waiting ${describeAge(waited)}. ` +
                `If that process no longer runs, delete ${file}`);
        }
        if (!announcedWait) {
            opts.logger.info(`waiting up to ${describeAge(opts.waitMs - waited)} for ${describeOwner(name, state)}`);
            announcedWait = true;
        }
        await clock.sleep(Math.min(pollMs, opts.waitMs - waited));
    }
}
/** Every lock in `dir` with its owner, age and whether it is stale. */
async function lockStatus(dir, opts) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot list locks in ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    const out = [];
    for (const entry of entries.sort()) {
        if (entry.startsWith('.') || !entry.endsWith(LOCK_SUFFIX))
            continue;
        const name = entry.slice(0, -LOCK_SUFFIX.length);
        const state = await inspect(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, entry), name, opts);
        if (state) {
            const { text: _text, ...visible } = state;
            out.push(visible);
        }
    }
    return out;
}
/** Remove stale locks only; returns the names removed. */
async function cleanupLocks(dir, opts) {
    const removed = [];
    for (const state of await lockStatus(dir, opts)) {
        if (!state.stale)
            continue;
        // Judge again and remove only that exact record, so a lock renewed in the meantime is left alone.
        const fresh = await inspect(state.file, state.name, opts);
        if (!fresh?.stale)
            continue;
        if (await removeIfSame(fresh.file, fresh.text, opts.logger)) {
            removed.push(fresh.name);
            opts.logger?.warn(`removed stale ${describeTakeover(fresh.name, fresh).replace(/^took over /, '')}`);
        }
    }
    return removed;
}
/** Check that locking works in `dir`: take a lock, see a second taker refused, release it. */
async function selfTest(dir, opts = {}) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
    const logger = opts.logger ?? { debug() { }, info() { }, warn() { }, error() { } };
    const name = `selftest-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`;
    const file = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, `${name}${LOCK_SUFFIX}`);
    const common = { waitMs: 0, staleMs: 60_000, clock, logger };
    const steps = [];
    const started = Date.now();
    let lock;
    try {
        lock = await acquireLocks(dir, [name], { ...common, command: 'lock self-test' });
        const owner = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8'));
        if (owner.pid !== process.pid)
            throw new Error(`owner record names pid ${owner.pid}, expected ${process.pid}`);
        steps.push('created');
        const second = await acquireLocks(dir, [name], { ...common, command: 'lock self-test (second taker)' }).then(async (l) => {
            await l.release();
            return 'granted';
        }, (err) => (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku ? 'refused' : `failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`));
        if (second !== 'refused')
            throw new Error(`a second taker was not refused (${second})`);
        steps.push('refused a second taker');
        await lock.release();
        lock = undefined;
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file).then(() => true, () => false))
            throw new Error(`${file} still exists after release`);
        steps.push('released');
        return { ok: true, message: `lock self-test passed in ${dir}: ${steps.join(', ')} (${Date.now() - started} ms)` };
    }
    catch (err) {
        return {
            ok: false,
            message: `lock self-test failed in ${dir}${steps.length ? ` after: ${steps.join(', ')}` : ''}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`,
        };
    }
    finally {
        await lock?.release().catch(() => undefined);
    }
}


/***/ }),

/***/ 12028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ describeIoError),
/* harmony export */   c5: () => (/* binding */ diskIo),
/* harmony export */   ct: () => (/* binding */ applyEdits)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70370);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62072);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37230);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5395);
/**
 * Write planned edits to disk, atomically per file, all or nothing: when one write fails, every file
 * this call already wrote is put back as it was, and the error names the file and the cause (ENOSPC,
 * EACCES …). Files listed in `last` (the seen file) are written only after every other write is on
 * disk, so nothing is marked seen unless the page that carries it was written.
 */







function resolveInside(root, rel) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root), (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__/* .safeRelativePath */ .lV)(rel, 'edit path', (message) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX(message, rel)));
}
const diskIo = {
    write: (file, data) => (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__.writeFileAtomic)(file, data),
    remove: (file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_4__.rm)(file, { force: true }),
};
/** `ENOSPC (no space left on device)` from a Node error, or its message. */
function describeIoError(err) {
    const e = err;
    if (e && typeof e.code === 'string') {
        const detail = /^[A-Z]+: ([^,]+)/.exec(e.message ?? '')?.[1];
        return detail ? `${e.code} (${detail})` : e.code;
    }
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err);
}
/**
 * Apply edits under `root`; returns the relative paths whose content actually changed (differs
 * from the disk at write time), sorted. All checks run before the first write.
 */
async function applyEdits(root, edits, options = {}) {
    const io = options.io ?? diskIo;
    const files = edits.map((edit) => resolveInside(root, edit.path));
    // Compared against the planned texts on disk, not read into memory: the seen file and the wiki index
    // are tens of MB at 100,000 pages, and a second copy of each was most of a large run's peak memory.
    const states = await mapLimited(edits.map((edit, i) => ({ edit, file: files[i] })), async ({ edit, file }) => {
        if (edit.before !== undefined) {
            const holdsBefore = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__/* .fileHolds */ .rC)(file, edit.before);
            if (holdsBefore === undefined)
                return 'missing';
            if (holdsBefore)
                return 'before';
        }
        const holdsAfter = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__/* .fileHolds */ .rC)(file, edit.after);
        if (holdsAfter === undefined)
            return 'missing';
        return holdsAfter ? 'after' : 'other';
    });
    const pending = [];
    for (const [i, edit] of edits.entries()) {
        const file = files[i];
        const state = states[i];
        if (state === 'after')
            continue;
        const matchesBefore = state === 'before' || (state === 'missing' && edit.before === undefined);
        if (options.verifyBefore && !matchesBefore) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX(state === 'missing' ? 'was deleted since the edit was planned' : 'changed on disk since the edit was planned; run again', edit.path);
        }
        // Without verifyBefore a file that changed anyway is put back as it is now if a later write fails.
        const current = matchesBefore ? (state === 'missing' ? undefined : edit.before) : await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__/* .readIfExists */ .OR)(file);
        pending.push({ rel: edit.path, file, before: current, after: edit.after });
    }
    const lastOrder = options.last ?? [];
    const first = pending.filter((p) => !lastOrder.includes(p.rel));
    const lastOnes = lastOrder.flatMap((rel) => pending.filter((p) => p.rel === rel));
    const written = [];
    const writeOne = async (p) => {
        try {
            await io.write(p.file, p.after);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX(`cannot write: ${describeIoError(err)}`, p.rel);
        }
        written.push(p);
        (0,_faults_js__WEBPACK_IMPORTED_MODULE_3__/* .crashPoint */ .u)('apply-write');
    };
    try {
        await mapLimited(first, writeOne);
        if (lastOnes.length)
            (0,_faults_js__WEBPACK_IMPORTED_MODULE_3__/* .crashPoint */ .u)('before-seen');
        for (const p of lastOnes)
            await writeOne(p);
    }
    catch (err) {
        const problems = await rollback(written, io);
        if (problems.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}; rolling back also failed: ${problems.join('; ')}`, pending[0].rel);
        }
        throw err;
    }
    return pending.map((p) => p.rel).sort(_order_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .K);
}
/** Put every written file back as it was; returns what could not be restored (file: cause). */
async function rollback(written, io) {
    const problems = [];
    for (const p of [...written].reverse()) {
        try {
            if (p.before === undefined)
                await io.remove(p.file);
            else
                await io.write(p.file, p.before);
        }
        catch (err) {
            problems.push(`${p.rel}: ${describeIoError(err)}`);
        }
    }
    return problems;
}
/**
 * Files read or written at once. Every write ends with an fsync: one at a time, a run that touches
 * a few hundred pages spends seconds waiting on the disk; a few in parallel share its flushes.
 */
const IO_CONCURRENCY = 16;
/**
 * `fn` over `items`, IO_CONCURRENCY at a time (p-limit), results in input order. After a failure no
 * new item is started (the queue is cleared); the ones under way finish, then the failure of the
 * earliest item is thrown (the same one a loop in order would have met first).
 */
async function mapLimited(items, fn) {
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_6__/* ["default"] */ .A)({ concurrency: IO_CONCURRENCY, rejectOnClear: true });
    const started = new Set();
    const settled = await Promise.allSettled(items.map((item, index) => limit(async () => {
        started.add(index);
        try {
            return await fn(item);
        }
        catch (err) {
            limit.clearQueue();
            throw err;
        }
    })));
    // Items that never started were rejected by clearQueue(): not failures of their own.
    const failed = settled.findIndex((r, index) => r.status === 'rejected' && started.has(index));
    if (failed >= 0)
        throw settled[failed].reason;
    return settled.map((r) => r.value);
}


/***/ }),

/***/ 89073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37291);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5395);
/** Planned edits as one unified diff (dry runs, job summary). */


/** Git-style `a/`/`b/` names; a new file is diffed against /dev/null. Empty string when nothing changes. */
function unifiedDiff(edits) {
    return [...edits]
        .filter((e) => e.before !== e.after)
        .sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a.path, b.path))
        .map((e) => (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .createTwoFilesPatch */ .ss)(e.before === undefined ? '/dev/null' : `a/${e.path}`, `b/${e.path}`, e.before ?? '', e.after, undefined, undefined, {
        context: 3,
    })
        // The "=====" separator line is diff's own Index header; git-style consumers do not expect it.
        .replace(/^=+\n/, ''))
        .join('');
}


/***/ })

};
