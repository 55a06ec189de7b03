export const id = 483;
export const ids = [483];
export const modules = {

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ emptyLaneCounts)
/* harmony export */ });
function emptyLaneCounts() {
    return { land: 0, queue: 0, pool: 0, discard: 0, duplicate: 0, irrelevant: 0 };
}


/***/ }),

/***/ 48380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vw: () => (/* binding */ dayLogPathFor),
  P8: () => (/* binding */ entriesRegion),
  ZZ: () => (/* binding */ pageOf),
  r_: () => (/* binding */ planEdits),
  $r: () => (/* binding */ targetOf),
  T5: () => (/* binding */ yearLevelFor)
});

// UNUSED EXPORTS: shownLink

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/fsutil.ts
var fsutil = __webpack_require__(62072);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(29834);
// EXTERNAL MODULE: ./src/pages/daylog.ts
var daylog = __webpack_require__(31382);
// EXTERNAL MODULE: ./src/pages/entries.ts
var pages_entries = __webpack_require__(18472);
// EXTERNAL MODULE: ./src/pages/indexes.ts
var pages_indexes = __webpack_require__(95724);
// EXTERNAL MODULE: ./src/pages/knowledge.ts
var knowledge = __webpack_require__(816);
;// CONCATENATED MODULE: ./src/pages/splice.ts
/**
 * The two big generated listings — pages/by_year.md (renderByYear) and the page index
 * (renderPageIndex) — updated in place for the pages a run changed, instead of rendered again from
 * every page: at 100,000 pages by_year's region is ~589,000 rows (40 MB) and a run changes ~255 pages.
 *
 * Given the region body exactly as the full render wrote it for the old state, the result is byte for
 * byte the full render of the new state. Rows are found by binary search over character offsets (as
 * src/gate/seenfile.ts does for the seen file): within a list rows are in page-path order, and a row's
 * page is recovered from its link target (the inverse of relativeLink). The body is never split into
 * lines; only the rows the search lands on are read. The by-year section headings are found with one
 * indexOf scan (a few ms on 40 MB, a fraction of the output concatenation, which is unavoidable).
 *
 * Whenever the body is not what the render would have written — a row to replace or remove is not
 * where it must be or reads differently from `before`, a heading is out of order, a link cannot be
 * mapped back to exactly one page — the functions return undefined and the caller renders in full.
 * They never guess: a wrong listing would be committed, a full render only costs time.
 */



/** Thrown inside the splice when the body is not the render it must be; the exported functions turn it into undefined. */
class NotSpliceable extends Error {
}
function refuse(why) {
    throw new NotSpliceable(why);
}
function orUndefined(splice, onRefuse) {
    try {
        return splice();
    }
    catch (err) {
        if (!(err instanceof NotSpliceable))
            throw err;
        onRefuse?.(err.message);
        return undefined;
    }
}
function lineEndAt(body, lineStart, end) {
    const nl = body.indexOf('\n', lineStart);
    if (nl < 0 || nl >= end)
        refuse(`row at offset ${lineStart} runs past its list`);
    return nl;
}
/** Offset of the first row in [start, end) whose page path is ≥ `page` (rows sorted by path with `<`, as the renderers sort them). */
function lowerBound(body, page, start, end, rowPath) {
    let lo = start;
    let hi = end;
    // Invariant: every row starting before lo is for a path < page; every row starting at or after hi for a path ≥ page.
    while (lo < hi) {
        const mid = Math.max(lo, body.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1);
        const lineEnd = lineEndAt(body, mid, end);
        if (rowPath(body, mid, lineEnd) < page)
            lo = lineEnd + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * The rows [start, end) of `body` (each ending with a newline) with `ops` (sorted by path, one per
 * path) applied, as pieces to concatenate; `kept` is false when no row is left.
 */
function spliceRows(body, start, end, ops, rowPath, pieces) {
    let copied = start;
    let kept = false;
    const copy = (to) => {
        if (to > copied) {
            pieces.push(body.slice(copied, to));
            kept = true;
        }
        copied = to;
    };
    for (const op of ops) {
        const at = lowerBound(body, op.path, copied, end, rowPath);
        const lineEnd = at < end ? lineEndAt(body, at, end) : -1;
        const present = lineEnd >= 0 && rowPath(body, at, lineEnd) === op.path;
        copy(at);
        if (op.before !== undefined) {
            if (!present)
                refuse(`no row for ${op.path} where it must be`);
            if (body.slice(at, lineEnd) !== op.before)
                refuse(`the row for ${op.path} is not the one rendered from its previous state`);
            copied = lineEnd + 1;
        }
        else if (present)
            refuse(`a row for ${op.path} is listed though its previous state has none`);
        if (op.after !== undefined) {
            pieces.push(op.after, '\n');
            kept = true;
        }
    }
    copy(end);
    return { kept };
}
/** The change of one row text: skipped when the render does not change. */
function rowOp(page, before, after) {
    if (before === after)
        return undefined;
    if (before?.includes('\n') || after?.includes('\n'))
        refuse(`the row for ${page} would span lines`);
    return { path: page, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
}
function sortedChanges(changes) {
    const sorted = [...changes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (let i = 1; i < sorted.length; i++)
        if (sorted[i - 1].path === sorted[i].path)
            refuse(`two changes for ${sorted[i].path}`);
    return sorted;
}
/** What encodeURI does not encode, less the parentheses encodeLinkPath encodes too. */
const UNENCODED = /^[\w\-.!~*';/?:@&=+$,#]*$/;
/**
 * The page a link target (as relativeLink wrote it from `from`) points at: decoded, resolved against
 * `from`'s folder, and checked by encoding it again, so a target is only ever mapped to the one page
 * whose link it is. This runs for every row the searches land on (~20 per changed row), so a link to
 * a neighbour of `from` — every link of the page index, most of by_year's — skips path.join and
 * relativeLink: without a '/' it can only be relativeLink's same-folder form.
 */
function linkResolver(from) {
    const slash = from.lastIndexOf('/');
    const folder = from.slice(0, slash + 1);
    return (target) => {
        let rel = target;
        // Characters encodeLinkPath leaves as they are: such a target is its own decoding (the common case).
        if (!UNENCODED.test(target)) {
            try {
                rel = decodeURIComponent(target);
            }
            catch {
                refuse(`link target ${target} is not percent-encoded text`);
            }
            if ((0,pages_indexes/* encodeLinkPath */.Er)(rel) !== target)
                refuse(`link target ${target} is not the link to any page`);
        }
        if (!rel.includes('/')) {
            // relativeLink writes '..' (or nothing) only for a folder above `from`, never for a page.
            if (rel === '' || rel === '.' || rel === '..')
                refuse(`link target ${target} is a folder`);
            return folder + rel;
        }
        const page = external_node_path_default().posix.join(external_node_path_default().posix.dirname(from), rel);
        if ((0,pages_indexes/* relativeLink */.Nk)(from, page) !== target)
            refuse(`link target ${target} is not the link to any page`);
        return page;
    };
}
function rankOf(label) {
    if (label === knowledge/* UNKNOWN_YEAR */.Rd)
        return Infinity;
    const year = Number(label);
    if (!Number.isSafeInteger(year) || String(year) !== label)
        refuse(`by-year heading "## ${label}" is not a year`);
    return -year;
}
/** The sections of a by-year body, in order; checked for the render's shape and order, rows not read. */
function byYearSections(body) {
    if (body === knowledge/* NO_ENTRIES */.Hf)
        return [];
    if (!body.startsWith('## ') || !body.endsWith('\n'))
        refuse('by-year body does not start with a year heading');
    const sections = [];
    let headStart = 0;
    while (headStart >= 0) {
        const headEnd = body.indexOf('\n', headStart);
        const label = body.slice(headStart + 3, headEnd);
        const rank = rankOf(label);
        if (sections.length && sections[sections.length - 1].rank >= rank)
            refuse(`by-year heading "## ${label}" is out of order`);
        const rowsStart = headEnd + 2;
        if (body[headEnd + 1] !== '\n' || !body.startsWith('- ', rowsStart))
            refuse(`by-year section "## ${label}" does not start with a blank line and a row`);
        // The next heading's preceding newline is the blank line separating the sections; the rows end just before it.
        const next = body.indexOf('\n## ', rowsStart - 1);
        if (next >= 0 && body[next - 1] !== '\n')
            refuse(`by-year section "## ${label}" is not followed by a blank line`);
        sections.push({ label, rank, headStart, rowsStart, rowsEnd: next < 0 ? body.length : next });
        headStart = next < 0 ? -1 : next + 1;
    }
    return sections;
}
/**
 * The page of a by-year row `- [title](target#anchor) — N건`. The target is relativeLink's output
 * (which encodes neither '#' nor anything after it) and the anchor encodeAnchor's: a row whose target
 * has more than one '#', or an anchor with a '.', could come from a page path containing '#' (every
 * listed page ends in `.md`), so it is refused rather than read one of two ways.
 */
function byYearRowPath(file) {
    const linkedPage = linkResolver(file);
    return (body, lineStart, lineEnd) => {
        const close = body.lastIndexOf(') — ', lineEnd);
        const open = close < 0 ? -1 : body.lastIndexOf('](', close);
        if (!body.startsWith('- [', lineStart) || open < lineStart + 3 || body[lineEnd - 1] !== '건')
            refuse(`by-year row at offset ${lineStart} is not a row`);
        const target = body.slice(open + 2, close);
        const hash = target.indexOf('#');
        if (hash >= 0 && (target.indexOf('#', hash + 1) >= 0 || target.indexOf('.', hash) >= 0))
            refuse(`by-year link target ${target} is ambiguous`);
        return linkedPage(hash < 0 ? target : target.slice(0, hash));
    };
}
/** The rows one page shows, by section label; refuses what the render would not list one row per year for. */
function byYearRows(links, page, pagePath) {
    const rows = new Map();
    for (const cell of page?.years ?? []) {
        if (cell.year !== undefined && !Number.isSafeInteger(cell.year))
            refuse(`${pagePath}: year ${cell.year} is not an integer`);
        const label = (0,knowledge/* byYearHeading */.nB)(cell.year).slice(3);
        if (rows.has(label))
            refuse(`${pagePath}: two cells for ${label}`);
        rows.set(label, (0,knowledge/* byYearRow */.z0)(links, { path: pagePath, title: page.title }, cell));
    }
    return rows;
}
/**
 * The by-year region body after `changes`, given `body` === renderByYear(file, P_old) where for every
 * changed path P_old holds `before`: byte for byte renderByYear(file, P_new). Changes may come in any
 * order (they are applied in path order); a change whose rows render the same is a no-op.
 *
 * Needs of the caller: page paths are normalised repository paths ending in `.md` without '#' (the
 * knowledge pages are), `before` is exactly what the old render was given for the page (title, years
 * with their anchors; `dated` is not shown). Returns undefined when the body is not that render (the
 * caller then renders in full), and tells `onRefuse` why.
 */
function spliceByYear(file, body, changes, onRefuse) {
    return orUndefined(() => {
        const links = new knowledge/* PageLinks */.R$(file);
        const ops = new Map();
        for (const change of sortedChanges(changes)) {
            const page = change.path;
            if (page.includes('#') || !page.endsWith('.md'))
                refuse(`${page}: a by-year link to it could not be read back`);
            const before = byYearRows(links, change.before, page);
            const after = byYearRows(links, change.after, page);
            for (const label of new Set([...before.keys(), ...after.keys()])) {
                const op = rowOp(page, before.get(label), after.get(label));
                if (!op)
                    continue;
                const list = ops.get(label) ?? [];
                ops.set(label, list);
                list.push(op);
            }
        }
        if (ops.size === 0)
            return body;
        const existing = byYearSections(body);
        const byLabel = new Map(existing.map((s) => [s.label, s]));
        const fresh = [...ops.keys()].filter((label) => !byLabel.has(label)).map((label) => ({ label, rank: rankOf(label) }));
        const order = [...existing, ...fresh].sort((a, b) => a.rank - b.rank);
        const rowPath = byYearRowPath(file);
        const pieces = [];
        let sections = 0;
        for (const { label } of order) {
            const section = byLabel.get(label);
            const sectionOps = ops.get(label);
            const separator = sections ? '\n' : '';
            if (!section) {
                // A year no page had before: every change must add its row.
                if (sectionOps.some((op) => op.before !== undefined))
                    refuse(`no by-year section "## ${label}" for the rows to replace`);
                const rows = sectionOps.filter((op) => op.after !== undefined);
                if (!rows.length)
                    continue;
                pieces.push(separator, `## ${label}\n\n`);
                for (const op of rows)
                    pieces.push(op.after, '\n');
            }
            else if (!sectionOps) {
                pieces.push(separator, body.slice(section.headStart, section.rowsEnd));
            }
            else {
                const at = pieces.length;
                pieces.push(separator, body.slice(section.headStart, section.rowsStart));
                // A section whose every row goes is left out with its heading and separator.
                if (!spliceRows(body, section.rowsStart, section.rowsEnd, sectionOps, rowPath, pieces).kept) {
                    pieces.length = at;
                    continue;
                }
            }
            sections++;
        }
        return sections ? pieces.join('') : knowledge/* NO_ENTRIES */.Hf;
    }, onRefuse);
}
// ---------------------------------------------------------------------------------------------------
// The page index
/** The page of a page-index row `- [title](target)` with ` — N건`, ` — (영역 오류)` or nothing after it. */
function pageIndexRowPath(indexPath) {
    const problem = ' — (영역 오류)';
    const linkedPage = linkResolver(indexPath);
    return (body, lineStart, lineEnd) => {
        // The target is percent-encoded (no space, no parenthesis), so which suffix follows its ')' is never in doubt.
        let close;
        if (body.startsWith(problem, lineEnd - problem.length))
            close = lineEnd - problem.length - 1;
        else if (body[lineEnd - 1] === ')')
            close = lineEnd - 1;
        else if (body[lineEnd - 1] === '건')
            close = body.lastIndexOf(') — ', lineEnd);
        else
            refuse(`page index row at offset ${lineStart} does not end like a row`);
        const open = close < 0 ? -1 : body.lastIndexOf('](', close);
        if (!body.startsWith('- [', lineStart) || open < lineStart + 3 || body[close] !== ')')
            refuse(`page index row at offset ${lineStart} is not a row`);
        return linkedPage(body.slice(open + 2, close));
    };
}
/**
 * The page index region body after `changes`, given `body` === the renderPageIndex body for the old
 * state where every changed path held `before`: byte for byte the body for the new state. Pages are
 * the ones renderPageIndex lists (directly in pagesDir, not the index itself): the caller filters.
 * Returns undefined when the body is not that render.
 */
function splicePageIndex(indexPath, body, changes, onRefuse) {
    return orUndefined(() => {
        const ops = [];
        for (const change of sortedChanges(changes)) {
            if (change.path === indexPath)
                refuse('the page index does not list itself');
            const row = (r) => (r ? (0,pages_indexes/* pageIndexRow */.mr)(indexPath, change.path, r) : undefined);
            const op = rowOp(change.path, row(change.before), row(change.after));
            if (op)
                ops.push(op);
        }
        if (!ops.length)
            return body;
        if (body !== '' && (!body.startsWith('- [') || !body.endsWith('\n')))
            refuse('page index body is not a list of rows');
        const pieces = [];
        spliceRows(body, 0, body.length, ops, pageIndexRowPath(indexPath), pieces);
        return pieces.join('');
    }, onRefuse);
}

// EXTERNAL MODULE: ./src/pages/regions.ts
var regions = __webpack_require__(78345);
;// CONCATENATED MODULE: ./src/pages/listings.ts
/**
 * The two listings of every page — the by-year page and the page index — planned at the cost of what
 * changed: spliced (src/pages/splice.ts) when the wiki index vouches for what they show today
 * (src/pages/views.ts), rendered in full otherwise. Either way the text is the same; a splice that
 * meets anything unexpected falls back to the full render.
 *
 * The pages whose rows may differ from what a listing shows are the ones the plan read (it may have
 * written entries to them) and the ones the index refresh found changed, removed or untracked; every
 * other page is unchanged since the listing was written.
 */






/** The region of the index pages that the planner rewrites. */
const INDEX_REGION = 'index';
/**
 * A listing page may be spliced when the run that wrote the stored index wrote it too (listed then),
 * nobody changed it since (not rescanned), and this plan has not written to it.
 */
function spliceable(previous, page, work, touched) {
    return previous.stored.has(page) && !previous.changed.has(page) && !touched.has(page) && work.has(page);
}
/** Pages whose rows may differ from what the listings show: read by the plan, or changed since the index was written. */
function candidates(previous, read) {
    return [...new Set([...previous.changed, ...read.keys()])];
}
function withRows(page, k) {
    return k?.years.length ? { path: page, title: k.title, years: k.years, dated: k.dated } : null;
}
/** The by-year page and the timeline (src/pages/knowledge.ts), the by-year page spliced when it can be. */
function planKnowledgeListings(config, work, listing, touched) {
    const previous = listing?.previous;
    const summaries = listing?.knowledge;
    const byYearPath = external_node_path_default().posix.normalize(config.pages.byYearPage);
    if (previous && summaries && spliceable(previous, byYearPath, work, touched)) {
        const spliced = (0,knowledge/* planKnowledgePages */.gu)(config, work, summaries, {
            only: previous.problems().filter((p) => (0,knowledge/* isKnowledgePage */.cD)(config, p)),
            byYear: (body, read) => spliceByYear(byYearPath, body, byYearChanges(config, previous, summaries, read)),
        });
        if (spliced)
            return { ...spliced, spliced: true };
    }
    return (0,knowledge/* planKnowledgePages */.gu)(config, work, summaries);
}
function byYearChanges(config, previous, summaries, read) {
    return candidates(previous, read)
        .filter((p) => (0,knowledge/* isKnowledgePage */.cD)(config, p))
        .map((p) => ({
        path: p,
        before: withRows(p, previous.stored.get(p)?.knowledge),
        // A page the listing leaves out (a person's untracked one) has no rows.
        after: withRows(p, read.has(p) ? read.get(p) : summaries.pages.get(p)?.knowledge),
    }));
}
/** A page's row as the index keeps its facts (null: not listed, e.g. a person's untracked page). */
function indexRow(facts) {
    return facts ? { title: facts.title, entries: facts.entries, problem: facts.problem !== null } : null;
}
/** The page index region of its current text; undefined when it has none or it cannot be read (render in full). */
function regionBodyOrUndefined(text, file) {
    try {
        return (0,regions/* regionBody */.zv)(text, INDEX_REGION, file);
    }
    catch (err) {
        if (err instanceof src_errors/* PageError */.AX)
            return undefined;
        throw err;
    }
}
/** The page index region body, spliced when it can be. */
function planPageIndex(indexPath, pagesDir, work, listing, touched) {
    const previous = listing?.previous;
    if (previous && spliceable(previous, indexPath, work, touched)) {
        const spliced = (0,pages_indexes/* renderPageIndex */.mF)(indexPath, pagesDir, work, listing, {
            only: previous.problems(),
            body: (read) => {
                const current = work.get(indexPath);
                const body = regionBodyOrUndefined(current, indexPath);
                if (body === undefined)
                    return undefined;
                const changes = candidates(previous, read)
                    .filter((p) => (0,pages_indexes/* isIndexedPage */.Hd)(indexPath, pagesDir, p))
                    .map((p) => ({ path: p, before: indexRow(previous.stored.get(p)), after: read.get(p) ?? indexRow(listing.pages?.get(p)) }));
                return splicePageIndex(indexPath, body, changes);
            },
        });
        if (spliced)
            return { ...spliced, spliced: true };
    }
    return (0,pages_indexes/* renderPageIndex */.mF)(indexPath, pagesDir, work, listing);
}

// EXTERNAL MODULE: ./src/gate/canonical.ts
var canonical = __webpack_require__(89489);
// EXTERNAL MODULE: ./src/pages/sanitize.ts
var sanitize = __webpack_require__(24421);
// EXTERNAL MODULE: ./src/pages/scan.ts
var scan = __webpack_require__(79451);
// EXTERNAL MODULE: ./src/pages/toc.ts
var toc = __webpack_require__(14494);
;// CONCATENATED MODULE: ./src/pages/plan.ts
/**
 * The pure planner: current page texts and gated items in, page edits out. No I/O, no clock —
 * the run's local date and time are inputs — so the same input always gives the same plan.
 *
 * Idempotence rule: when no entry is added and the day log's status and source results are
 * what they already say, the plan has no edits (no history line for a no-op run). The one
 * exception is a day log the current run marked `running` (markDayLogRunning): it is put back
 * to its settled text, byte for byte what it was before the run.
 */













/** Region name of an entries section. */
function entriesRegion(section) {
    return `entries:${section}`;
}
/** A config path in the one form used as a key of `files` (`./pages//a.md` → `pages/a.md`); never outside the root. */
/** Where the day log of a local date lives (the planner, the run and health must agree exactly). */
function dayLogPathFor(config, date) {
    return (0,daylog/* dayLogPath */.oC)(wikiPath(config.pages.newsDir), date);
}
function wikiPath(p) {
    return (0,fsutil/* safeRelativePath */.lV)(p, 'page path');
}
function newPageText(page, config) {
    const title = page === wikiPath(config.pages.queuePage)
        ? '승격 대기열'
        : page === wikiPath(config.pages.poolPage)
            ? '후보 풀'
            : external_node_path_default().posix.basename(page).replace(/\.md$/i, '');
    return `# ${title}\n`;
}
/** A new index page holds just its title and the region (no `## 자동 수집` heading needed). */
function indexSkeleton(title) {
    return `# ${title}\n\n${(0,regions/* beginMarker */.Ku)(INDEX_REGION)}\n${(0,regions/* endMarker */.cL)(INDEX_REGION)}\n`;
}
/** The page and section an item lands in (undefined: not written). */
function targetOf(item, config) {
    switch (item.lane) {
        case 'land':
            return { page: item.page ?? config.routing.defaultPage, section: item.section ?? config.routing.defaultSection };
        case 'queue':
            return { page: config.pages.queuePage, section: 'main' };
        case 'pool':
            return { page: config.pages.poolPage, section: 'main' };
        default:
            return undefined;
    }
}
/** The wiki path a written item lands on (for listing the run's added entries). */
function pageOf(item, config) {
    const t = targetOf(item, config);
    return t ? wikiPath(t.page) : undefined;
}
function entryDate(published, timeZone) {
    if (!published || Number.isNaN(Date.parse(published)))
        return undefined;
    return (0,time/* localDate */.gD)(published, timeZone);
}
/**
 * The link a page shows: as published, tracking parameters removed (gate/canonical.ts publishedUrl).
 * The canonical URL stays the id and the dedupe key only.
 */
function shownLink(item) {
    try {
        const shown = (0,canonical/* publishedUrl */.Wv)(item.link);
        return (0,sanitize/* safeLink */.o3)(shown) ? shown : item.canonicalUrl;
    }
    catch {
        return item.canonicalUrl;
    }
}
function toEntry(item, timeZone) {
    const date = entryDate(item.published, timeZone);
    return {
        id: item.id,
        ...(date ? { date } : {}),
        outlet: item.outlet ?? item.host,
        kind: item.kind,
        title: item.title,
        url: shownLink(item),
        confidence: item.confidence,
        // Queue and pool entries carry the promote/reject checkboxes of the curation loop.
        ...(item.lane === 'queue' || item.lane === 'pool' ? { curation: true } : {}),
    };
}
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** One level below the last heading before the region's begin marker (at least `##`). */
function yearLevelFor(text, region) {
    const marker = text.indexOf(`<!-- wiki-daily:begin ${region} -->`);
    if (marker < 0)
        return 2;
    let level = 1;
    let fenced = false;
    for (const line of text.slice(0, marker).split('\n')) {
        if (/^\s*(```|~~~)/.test(line))
            fenced = !fenced;
        const h = fenced ? null : /^(#{1,6})[ \t]/.exec(line);
        if (h)
            level = h[1].length;
    }
    return Math.min(6, Math.max(2, level + 1));
}
function planEdits(input) {
    const { config, date, time, items, run } = input;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new src_errors/* WikiDailyError */.WA(`plan: date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
    if (!/^\d{2}:\d{2}$/.test(time))
        throw new src_errors/* WikiDailyError */.WA(`plan: time must be HH:MM, got ${JSON.stringify(time)}`);
    const tz = config.timezone;
    const work = new Map(input.files);
    const touched = new Set();
    const errors = [];
    const added = {};
    const written = [];
    // Group writable items by page and section.
    const groups = new Map();
    for (const item of items) {
        const target = targetOf(item, config);
        if (!target || !(0,sanitize/* safeLink */.o3)(item.canonicalUrl))
            continue;
        target.page = wikiPath(target.page);
        const sections = groups.get(target.page) ?? new Map();
        groups.set(target.page, sections);
        const list = sections.get(target.section) ?? [];
        sections.set(target.section, list);
        list.push(item);
    }
    const defaultYear = Number(date.slice(0, 4));
    for (const page of [...groups.keys()].sort(byString)) {
        const sections = groups.get(page);
        try {
            let text = work.get(page) ?? newPageText(page, config);
            const known = (0,scan/* scanExisting */.jT)(new Map([[page, text]]), input.canonicalize);
            const pageWritten = [];
            for (const section of [...sections.keys()].sort(byString)) {
                const name = entriesRegion(section);
                const byId = new Map();
                const entries = sections.get(section).map((item) => {
                    byId.set(item.id, item);
                    return toEntry(item, tz);
                });
                const withRegion = (0,regions/* ensureRegion */.v8)(text, name, regions/* AUTO_SECTION_HEADING */.F5, page);
                const result = (0,pages_entries/* mergeEntries */.xq)((0,regions/* regionBody */.zv)(withRegion, name, page), entries, {
                    file: page,
                    defaultYear,
                    maxTitleLength: config.pages.maxTitleLength,
                    ...(input.canonicalize ? { canonicalize: input.canonicalize } : {}),
                    knownIds: known.ids,
                    knownUrls: known.urls,
                    yearHeadingLevel: yearLevelFor(withRegion, name),
                });
                if (result.added.length === 0)
                    continue;
                text = (0,regions/* replaceRegion */.t1)(withRegion, name, result.body, page);
                for (const e of result.added) {
                    known.ids.add(e.id);
                    pageWritten.push({ item: byId.get(e.id), entry: e });
                }
            }
            if (pageWritten.length === 0)
                continue;
            work.set(page, text);
            touched.add(page);
            added[page] = pageWritten.length;
            pageWritten.sort((a, b) => (0,pages_entries/* compareEntries */.wD)(a.entry, b.entry));
            written.push(...pageWritten.map((w) => w.item));
        }
        catch (err) {
            if (!(err instanceof src_errors/* PageError */.AX))
                throw err;
            errors.push(err);
        }
    }
    const totalAdded = written.length;
    // The day log: rewritten only when something was added or its status/sources differ.
    const logPath = dayLogPathFor(config, date);
    const existingLog = work.get(logPath);
    const statusBody = (0,daylog/* renderStatusBody */.zo)(run.status, run.reason, run.sources);
    const settled = (0,daylog/* settledStatusBody */.S2)(existingLog, logPath);
    if (totalAdded === 0 && settled === statusBody && !input.contentChanged) {
        const edits = [];
        if (existingLog !== undefined && (0,regions/* regionBody */.zv)(existingLog, daylog/* DAYLOG_REGION */.CT, logPath) !== statusBody) {
            edits.push({ path: logPath, before: existingLog, after: (0,regions/* replaceRegion */.t1)(existingLog, daylog/* DAYLOG_REGION */.CT, statusBody, logPath) });
        }
        return { edits, added, written, errors: uniqueErrors(errors), views: false, spliced: [] };
    }
    const itemLines = written.map((item) => (0,daylog/* dayLogItemLine */.mM)({ outlet: item.outlet ?? item.host, title: item.title, url: shownLink(item), kind: item.kind, page: wikiPath(targetOf(item, config).page) }, config.pages.maxTitleLength));
    const ok = run.sources.filter(daylog/* isSourceOk */.i5).length;
    work.set(logPath, (0,daylog/* updateDayLog */.yM)(existingLog, logPath, {
        date,
        statusBody,
        historyLine: (0,daylog/* historyLine */.Jo)(time, run.status, totalAdded, ok, run.sources.length),
        itemLines,
        maxItems: config.pages.maxDayLogItems,
    }));
    touched.add(logPath);
    // Knowledge pages (entries per year, newest entries) follow the content; listed by the index below.
    // The listings of every page are spliced when the wiki index vouches for them (src/pages/listings.ts).
    const knowledge = planKnowledgeListings(config, work, input.listing, touched);
    const spliced = knowledge.spliced ? [external_node_path_default().posix.normalize(config.pages.byYearPage)] : [];
    errors.push(...knowledge.errors);
    for (const e of knowledge.edits) {
        work.set(e.path, e.after);
        touched.add(e.path);
    }
    // Indexes: only when their listing differs from what they say.
    const indexes = [
        [wikiPath(config.pages.indexPage), (p) => planPageIndex(p, wikiPath(config.pages.pagesDir), work, input.listing, touched), indexSkeleton('문서 목록')],
        [wikiPath(config.pages.newsIndexPage), (p) => (0,pages_indexes/* renderNewsIndex */.IU)(p, wikiPath(config.pages.newsDir), work, input.listing), indexSkeleton('수집 로그 목록')],
    ];
    for (const [indexPath, render, skeleton] of indexes) {
        try {
            const text = (0,regions/* ensureRegion */.v8)(work.get(indexPath) ?? skeleton, INDEX_REGION, regions/* AUTO_SECTION_HEADING */.F5, indexPath);
            const rendered = render(indexPath);
            errors.push(...rendered.errors);
            if (rendered.spliced)
                spliced.push(indexPath);
            if ((0,regions/* regionBody */.zv)(text, INDEX_REGION, indexPath) === rendered.body && text === work.get(indexPath))
                continue;
            work.set(indexPath, (0,regions/* replaceRegion */.t1)(text, INDEX_REGION, rendered.body, indexPath));
            touched.add(indexPath);
        }
        catch (err) {
            if (!(err instanceof src_errors/* PageError */.AX))
                throw err;
            errors.push(err);
        }
    }
    for (const p of touched) {
        try {
            work.set(p, (0,toc/* updateToc */.EG)(work.get(p), p));
        }
        catch (err) {
            if (!(err instanceof src_errors/* PageError */.AX))
                throw err;
            errors.push(err);
        }
    }
    const edits = [...touched]
        .sort(byString)
        .map((p) => ({ path: p, before: input.files.get(p), after: work.get(p) }))
        .filter((e) => e.after !== e.before);
    return { edits, added, written, errors: uniqueErrors(errors), views: true, spliced };
}
/** A broken page is met by the entries step and again by the index: report it once. */
function uniqueErrors(errors) {
    const byMessage = new Map();
    for (const e of errors)
        if (!byMessage.has(e.message))
            byMessage.set(e.message, e);
    return [...byMessage.values()];
}


/***/ })

};
