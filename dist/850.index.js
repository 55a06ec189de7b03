export const id = 850;
export const ids = [850];
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

/***/ 69672:
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
// EXTERNAL MODULE: ./src/pages/indexes.ts + 1 modules
var pages_indexes = __webpack_require__(89561);
// EXTERNAL MODULE: ./src/pages/byyear.ts
var byyear = __webpack_require__(94730);
// EXTERNAL MODULE: ./src/pages/knowledge.ts
var knowledge = __webpack_require__(816);
// EXTERNAL MODULE: ./src/pages/splice.ts
var splice = __webpack_require__(27970);
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
/**
 * The by-year page(s) and the timeline (src/pages/knowledge.ts), the by-year pages spliced when they
 * can be. `readPage` reads a generated year page the plan does not hold (src/pages/byyear.ts).
 */
function planKnowledgeListings(config, work, listing, touched, readPage) {
    const previous = listing?.previous;
    const summaries = listing?.knowledge;
    const byYearPath = external_node_path_default().posix.normalize(config.pages.byYearPage);
    // A year page a person changed (or removed) is rendered again even when its rows do not change, as the full render would.
    if (previous && summaries && spliceable(previous, byYearPath, work, touched) && ![...previous.changed].some((p) => (0,byyear/* isYearPage */.BN)(config, p))) {
        const spliced = (0,knowledge/* planKnowledgePages */.gu)(config, work, summaries, {
            only: previous.problems().filter((p) => (0,knowledge/* isKnowledgePage */.cD)(config, p)),
            byYearChanges: (read) => byYearChanges(config, previous, summaries, read),
            // A year page is read only when its rows change: it need not be in `work`.
            spliceable: (p) => previous.stored.has(p) && !previous.changed.has(p) && !touched.has(p),
            // Not in the stored index, not on disk as the index sees it, and no person's untracked file.
            unknown: (p) => !previous.stored.has(p) && !previous.changed.has(p) && !summaries.pages.has(p),
        }, readPage);
        if (spliced)
            return { ...spliced, spliced: true };
    }
    return (0,knowledge/* planKnowledgePages */.gu)(config, work, summaries, undefined, readPage);
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
/** The page index region body, spliced when it can be. */
function planPageIndex(indexPath, pagesDir, work, listing, touched) {
    const previous = listing?.previous;
    if (previous && spliceable(previous, indexPath, work, touched)) {
        const spliced = (0,pages_indexes/* renderPageIndex */.mF)(indexPath, pagesDir, work, listing, {
            only: previous.problems(),
            body: (read) => {
                const current = work.get(indexPath);
                const body = (0,regions/* readableRegionBody */.Ny)(current, INDEX_REGION, indexPath);
                if (body === undefined)
                    return undefined;
                const changes = candidates(previous, read)
                    .filter((p) => (0,pages_indexes/* isIndexedPage */.Hd)(indexPath, pagesDir, p))
                    .map((p) => ({ path: p, before: indexRow(previous.stored.get(p)), after: read.get(p) ?? indexRow(listing.pages?.get(p)) }));
                return (0,splice/* splicePageIndex */.A)(indexPath, body, changes);
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
// EXTERNAL MODULE: ./src/order.ts
var order = __webpack_require__(5395);
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
    for (const page of [...groups.keys()].sort(order/* compareStrings */.K)) {
        const sections = groups.get(page);
        try {
            let text = work.get(page) ?? newPageText(page, config);
            const known = (0,scan/* scanExisting */.jT)(new Map([[page, text]]), input.canonicalize);
            const pageWritten = [];
            for (const section of [...sections.keys()].sort(order/* compareStrings */.K)) {
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
    const readBefore = new Map();
    const knowledge = planKnowledgeListings(config, work, input.listing, touched, input.readPage);
    const spliced = knowledge.spliced ? [external_node_path_default().posix.normalize(config.pages.byYearPage)] : [];
    errors.push(...knowledge.errors);
    for (const e of knowledge.edits) {
        // A year page read through readPage: its text as read is the edit's `before`.
        if (e.before !== undefined && !input.files.has(e.path))
            readBefore.set(e.path, e.before);
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
        .sort(order/* compareStrings */.K)
        .map((p) => ({ path: p, before: input.files.get(p) ?? readBefore.get(p), after: work.get(p) }))
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


/***/ }),

/***/ 47400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ collectionStatus),
/* harmony export */   w: () => (/* binding */ cacheStats)
/* harmony export */ });
/**
 * Honest collection status: a source that failed makes the run partial; every source failing fails it.
 * (The old system reported "success" when every collector had silently failed.)
 */
function collectionStatus(sources) {
    const failed = sources.filter((s) => s.outcome === 'failed');
    if (sources.length === 0)
        return { status: 'failed', reason: 'no enabled sources' };
    if (failed.length === sources.length)
        return { status: 'failed', reason: `all ${sources.length} sources failed` };
    if (failed.length > 0)
        return {
            status: 'partial',
            reason: `${failed.length} of ${sources.length} sources failed: ${failed
                .slice(0, 5)
                .map((s) => s.id)
                .join(', ')}${failed.length > 5 ? ', …' : ''}`,
        };
    return { status: 'success' };
}
function cacheStats(sources) {
    let hits = 0;
    let conditionalHits = 0;
    let misses = 0;
    for (const s of sources) {
        if (s.outcome === 'fresh')
            hits++;
        else if (s.outcome === 'not-modified')
            conditionalHits++;
        else
            misses++;
    }
    const total = hits + conditionalHits + misses;
    return { hits, conditionalHits, misses, hitRate: total ? (hits + conditionalHits) / total : 0 };
}


/***/ }),

/***/ 88850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addedEntries: () => (/* binding */ addedEntries),
/* harmony export */   cacheStats: () => (/* reexport safe */ _collection_js__WEBPACK_IMPORTED_MODULE_2__.w),
/* harmony export */   collectionStatus: () => (/* reexport safe */ _collection_js__WEBPACK_IMPORTED_MODULE_2__.h),
/* harmony export */   finishReport: () => (/* binding */ finishReport),
/* harmony export */   newReport: () => (/* binding */ newReport)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10182);
/* harmony import */ var _pages_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69672);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29834);
/* harmony import */ var _collection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47400);



// The collection figures live apart so that a shard's collect does not load the page planner (pageOf).

function newReport(command, config, now, dryRun = false) {
    return {
        command,
        status: 'running',
        startedAt: new Date(now).toISOString(),
        durationMs: 0,
        date: (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .localDate */ .gD)(now, config.timezone),
        timezone: config.timezone,
        dryRun,
        sources: [],
        cache: { hits: 0, conditionalHits: 0, misses: 0, hitRate: 0 },
        itemsCollected: 0,
        itemsAdded: 0,
        lanes: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLaneCounts */ .c)(),
        pages: {},
        changedFiles: [],
        committed: false,
        pushed: false,
        stages: [],
        errors: [],
        warnings: [],
        anomalies: [],
    };
}
function finishReport(report, now) {
    report.finishedAt = new Date(now).toISOString();
    report.durationMs = now - Date.parse(report.startedAt);
    return report;
}
/**
 * The entries a plan wrote, for RunReport.entries, with the same outlet, URL and page the entry block
 * got (so the summary links exactly what the wiki now holds).
 */
function addedEntries(written, config) {
    const out = [];
    for (const it of written) {
        const page = (0,_pages_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .pageOf */ .ZZ)(it, config);
        if (page)
            out.push({ title: it.title, url: it.canonicalUrl, outlet: it.outlet ?? it.host, page });
    }
    return out;
}


/***/ })

};
