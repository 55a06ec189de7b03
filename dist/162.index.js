export const id = 162;
export const ids = [162];
export const modules = {

/***/ 94730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ renderByYearPages),
/* harmony export */   BN: () => (/* binding */ isYearPage),
/* harmony export */   O7: () => (/* binding */ yearOfPage),
/* harmony export */   Ti: () => (/* binding */ byYearLayout),
/* harmony export */   hP: () => (/* binding */ spliceByYearPages)
/* harmony export */ });
/* unused harmony exports yearPagePath, splitMode, renderHub, parseHub, hubSkeleton, pointerBody */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(567);
/* harmony import */ var _indexes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89561);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78345);
/* harmony import */ var _splice_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27970);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62072);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5395);







function byYearLayout(config) {
    const hub = (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_5__/* .posixPath */ .HQ)(config.pages.byYearPage);
    return { hub, dir: `${hub.replace(/\.md$/i, '')}/`, splitRows: config.pages.byYearSplitRows };
}
/** The page of one year's rows (`unknown.md` for entries without a year). */
function yearPagePath(layout, year) {
    return `${layout.dir}${year ?? 'unknown'}.md`;
}
const YEAR_FILE = /^(?:0|[1-9]\d{0,8})\.md$/;
/** The year a year page holds (`{ year: undefined }` for unknown.md), or undefined when `rel` is no year page. */
function yearOfPage(layout, rel) {
    if (!rel.startsWith(layout.dir))
        return undefined;
    const name = rel.slice(layout.dir.length);
    if (name === 'unknown.md')
        return { year: undefined };
    return YEAR_FILE.test(name) ? { year: Number(name.slice(0, -3)) } : undefined;
}
/** Whether a file is one of the generated year pages of the split by-year listing. */
function isYearPage(config, rel) {
    return yearOfPage(byYearLayout(config), rel) !== undefined;
}
/** Whether the listing is split for this many rows (`split`: the hub is split today). */
function splitMode(layout, rows, split) {
    const t = layout.splitRows;
    return t > 0 && (rows > t || (split && rows * 2 > t));
}
function yearLabel(year) {
    return year === undefined ? _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_YEAR */ .Rd : String(year);
}
function hubLine(layout, t) {
    return `- [${yearLabel(t.year)}](${(0,_indexes_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeLink */ .Nk)(layout.hub, yearPagePath(layout, t.year))}) — 문서 ${t.rows}개 · ${t.entries}건`;
}
function compareTallies(a, b) {
    return a.year === b.year ? 0 : a.year === undefined ? 1 : b.year === undefined ? -1 : b.year - a.year;
}
/** The hub's region body: one line per year with rows, newest first, the unknown year last. */
function renderHub(layout, tallies) {
    const lines = [...tallies].filter((t) => t.rows > 0).sort(compareTallies).map((t) => hubLine(layout, t));
    return lines.length ? `${lines.join('\n')}\n` : _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_ENTRIES */ .Hf;
}
const HUB_LINE = /^- \[([^\]]+)\]\(([^)]*)\) — 문서 (\d+)개 · (\d+)건$/;
/**
 * The years of a hub body exactly as renderHub writes it (label → tally), or undefined when the body
 * is not a hub (the single page, or anything a person wrote).
 */
function parseHub(layout, body) {
    if (!body.startsWith('- [') || !body.endsWith('\n'))
        return undefined;
    const tallies = new Map();
    let previous;
    for (const line of body.slice(0, -1).split('\n')) {
        const m = HUB_LINE.exec(line);
        if (!m)
            return undefined;
        const label = m[1];
        const year = label === _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_YEAR */ .Rd ? undefined : Number(label);
        if (year !== undefined && (!/^(?:0|[1-9]\d{0,8})$/.test(label) || !Number.isSafeInteger(year)))
            return undefined;
        const tally = { year, rows: Number(m[3]), entries: Number(m[4]) };
        if (tally.rows < 1 || hubLine(layout, tally) !== line)
            return undefined;
        if (previous && compareTallies(previous, tally) >= 0)
            return undefined;
        tallies.set(label, tally);
        previous = tally;
    }
    return tallies;
}
function tallyOf(group) {
    let entries = 0;
    for (const { cell } of group.rows)
        entries += cell.count;
    return { year: group.year, rows: group.rows.length, entries };
}
/** A new hub (or single by-year page). */
function hubSkeleton() {
    return `# 연도별 항목\n\n연도마다 각 문서에 실린 항목 수입니다. 아래 영역은 자동으로 다시 씁니다.\n\n${(0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .beginMarker */ .Ku)(_byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT)}\n${(0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .endMarker */ .cL)(_byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT)}\n`;
}
function yearSkeleton(layout, year) {
    const page = yearPagePath(layout, year);
    const name = year === undefined ? _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_YEAR */ .Rd : `${year}년`;
    return `# ${name} 항목\n\n[연도별 항목](${(0,_indexes_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeLink */ .Nk)(page, layout.hub)})의 ${name} 부분: 그해 각 문서에 실린 항목 수입니다. 아래 영역은 자동으로 다시 씁니다.\n\n${(0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .beginMarker */ .Ku)(_byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT)}\n${(0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .endMarker */ .cL)(_byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT)}\n`;
}
/** A year page's region once the listing is one page again. */
function pointerBody(layout, page) {
    return `이 연도의 항목은 이제 [연도별 항목](${(0,_indexes_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeLink */ .Nk)(page, layout.hub)}) 한 쪽에 모두 있습니다. 이 문서는 지워도 됩니다.\n`;
}
/** The edit of a generated page whose region gets `body` (none when the text stays the same). */
function regionEdit(page, before, skeleton, body, edits) {
    const current = (0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureRegion */ .v8)(before ?? skeleton(), _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT, undefined, page);
    const after = (0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .replaceRegion */ .t1)(current, _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT, body, page);
    if (after !== before)
        edits.push({ path: page, before, after });
}
/**
 * The by-year listing rendered from every page with rows (`pages`, any order): the single page, or
 * the hub and every year page. `yearPages` are the year pages that exist (their texts come from
 * `text`): in split mode one without rows gets the "no entries" body, in single mode each points to
 * the hub. A broken hub is reported and nothing is written; a broken year page is reported alone.
 */
function renderByYearPages(layout, pages, text, yearPages) {
    const edits = [];
    const errors = [];
    const hub = layout.hub;
    const before = text(hub);
    let split;
    let groups = [];
    try {
        const current = (0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureRegion */ .v8)(before ?? hubSkeleton(), _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT, undefined, hub);
        groups = (0,_byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .byYearGroups */ .x4)(pages);
        let rows = 0;
        for (const g of groups)
            rows += g.rows.length;
        split = splitMode(layout, rows, layout.splitRows > 0 && parseHub(layout, (0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .regionBody */ .zv)(current, _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT, hub) ?? '') !== undefined);
        const body = split ? renderHub(layout, groups.map(tallyOf)) : (0,_byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .renderByYear */ .XH)(hub, pages);
        const after = (0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .replaceRegion */ .t1)(current, _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT, body, hub);
        if (after !== before)
            edits.push({ path: hub, before, after });
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX))
            throw err;
        errors.push(err);
        return { edits, errors };
    }
    const bodies = new Map();
    if (split) {
        for (const g of groups) {
            const page = yearPagePath(layout, g.year);
            bodies.set(page, { year: g.year, body: (0,_byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .renderYearRows */ .Pd)(new _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .PageLinks */ .R$(page), g) });
        }
    }
    for (const page of yearPages) {
        const of = yearOfPage(layout, page);
        if (!of || bodies.has(page))
            continue;
        bodies.set(page, { year: of.year, body: split ? _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_ENTRIES */ .Hf : pointerBody(layout, page) });
    }
    for (const [page, { year, body }] of [...bodies].sort(([a], [b]) => (0,_order_js__WEBPACK_IMPORTED_MODULE_6__/* .compareStrings */ .K)(a, b))) {
        const pageBefore = text(page);
        // Going back to one page: a year page that is gone needs no pointer.
        if (pageBefore === undefined && !split)
            continue;
        try {
            regionEdit(page, pageBefore, () => yearSkeleton(layout, year), body, edits);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX))
                throw err;
            errors.push(err);
        }
    }
    return { edits, errors };
}
function countRows(body) {
    let rows = 0;
    for (let at = body.indexOf('\n- '); at >= 0; at = body.indexOf('\n- ', at + 3))
        rows++;
    return rows;
}
/** The change restricted to one year's cells. */
function inYear(page, year) {
    return page && { ...page, years: page.years.filter((c) => c.year === year) };
}
/** One year's rows (a year page's region body) after `changes`, by the by-year splice on the one-section body. */
function spliceYearBody(page, year, body, changes, onRefuse) {
    const head = `${(0,_byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .byYearHeading */ .nB)(year)}\n\n`;
    const yearChanges = changes.map((c) => ({ path: c.path, before: inYear(c.before, year), after: inYear(c.after, year) }));
    const spliced = (0,_splice_js__WEBPACK_IMPORTED_MODULE_4__/* .spliceByYear */ .l)(page, body === _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_ENTRIES */ .Hf ? _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_ENTRIES */ .Hf : head + body, yearChanges, onRefuse);
    if (spliced === undefined || spliced === _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_ENTRIES */ .Hf)
        return spliced;
    if (!spliced.startsWith(head)) {
        onRefuse?.(`${page}: the splice left rows of another year`);
        return undefined;
    }
    return spliced.slice(head.length);
}
/**
 * The by-year pages after `changes`, at the cost of what changed: the same edits as renderByYearPages
 * over the new state, given that the hub and every year page `spliceable` says so of are that render
 * of the old state. Undefined when it cannot be done that way (the caller renders in full).
 */
function spliceByYearPages(layout, text, input, onRefuse) {
    const refuse = (why) => {
        onRefuse?.(why);
        return undefined;
    };
    const hub = layout.hub;
    const hubText = text(hub);
    if (hubText === undefined || !input.spliceable(hub))
        return refuse(`${hub} is not the one the index vouches for`);
    const hubBody = (0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .readableRegionBody */ .Ny)(hubText, _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT, hub);
    if (hubBody === undefined)
        return refuse(`${hub} has no readable by-year region`);
    const edits = [];
    const tallies = layout.splitRows > 0 ? parseHub(layout, hubBody) : undefined;
    if (!tallies) {
        // One page: spliced as it always was; a listing grown past the threshold is rendered split in full.
        const body = (0,_splice_js__WEBPACK_IMPORTED_MODULE_4__/* .spliceByYear */ .l)(hub, hubBody, input.changes, onRefuse);
        if (body === undefined)
            return undefined;
        if (splitMode(layout, countRows(body), false))
            return refuse(`${hub}: more than ${layout.splitRows} rows, split now`);
        const after = (0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .replaceRegion */ .t1)(hubText, _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT, body, hub);
        if (after !== hubText)
            edits.push({ path: hub, before: hubText, after });
        return { edits };
    }
    // Split: the hub's counts adjusted by the changes, and the years whose rows read differently.
    const years = new Map();
    const tally = (year) => {
        const label = yearLabel(year);
        let t = tallies.get(label);
        if (!t)
            tallies.set(label, (t = { year, rows: 0, entries: 0 }));
        return t;
    };
    const rowKey = (page, cell) => `${page.title}\0${cell.count}\0${cell.anchor ?? ''}`;
    for (const change of input.changes) {
        // The rows the page showed, by year: a year whose row reads differently after the change is spliced.
        const shown = new Map();
        for (const cell of change.before?.years ?? []) {
            const t = tally(cell.year);
            t.rows--;
            t.entries -= cell.count;
            shown.set(yearLabel(cell.year), { year: cell.year, row: rowKey(change.before, cell) });
        }
        for (const cell of change.after?.years ?? []) {
            const t = tally(cell.year);
            t.rows++;
            t.entries += cell.count;
            const label = yearLabel(cell.year);
            if (shown.get(label)?.row !== rowKey(change.after, cell))
                years.set(label, cell.year);
            shown.delete(label);
        }
        for (const [label, { year }] of shown)
            years.set(label, year);
    }
    let rows = 0;
    for (const t of tallies.values()) {
        if (t.rows < 0 || t.entries < 0 || (t.rows === 0) !== (t.entries === 0))
            return refuse(`${hub}: the counts of ${yearLabel(t.year)} do not add up`);
        rows += t.rows;
    }
    if (!splitMode(layout, rows, true))
        return refuse(`${hub}: ${rows} rows, back to one page`);
    for (const [label, year] of [...years].sort(([a], [b]) => (0,_order_js__WEBPACK_IMPORTED_MODULE_6__/* .compareStrings */ .K)(a, b))) {
        const page = yearPagePath(layout, year);
        const before = text(page);
        let current;
        let body;
        if (before === undefined) {
            if (!input.unknown(page))
                return refuse(`${page} is gone or not ours`);
            current = yearSkeleton(layout, year);
            body = _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_ENTRIES */ .Hf;
        }
        else {
            if (!input.spliceable(page))
                return refuse(`${page} is not the one the index vouches for`);
            current = before;
            body = (0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .readableRegionBody */ .Ny)(before, _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT, page);
            if (body === undefined)
                return refuse(`${page} has no readable by-year region`);
        }
        const after = spliceYearBody(page, year, body, input.changes, onRefuse);
        if (after === undefined)
            return undefined;
        if ((after === _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_ENTRIES */ .Hf) !== (tallies.get(label).rows === 0))
            return refuse(`${page}: its rows and the hub's count disagree`);
        regionEdit(page, before, () => current, after, edits);
    }
    const hubAfter = (0,_regions_js__WEBPACK_IMPORTED_MODULE_3__/* .replaceRegion */ .t1)(hubText, _byyearrows_js__WEBPACK_IMPORTED_MODULE_1__/* .BY_YEAR_REGION */ .bT, renderHub(layout, tallies.values()), hub);
    if (hubAfter !== hubText)
        edits.push({ path: hub, before: hubText, after: hubAfter });
    return { edits: edits.sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_6__/* .compareStrings */ .K)(a.path, b.path)) };
}


/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ NO_ENTRIES),
/* harmony export */   Pd: () => (/* binding */ renderYearRows),
/* harmony export */   R$: () => (/* binding */ PageLinks),
/* harmony export */   Rd: () => (/* binding */ UNKNOWN_YEAR),
/* harmony export */   XH: () => (/* binding */ renderByYear),
/* harmony export */   bT: () => (/* binding */ BY_YEAR_REGION),
/* harmony export */   nB: () => (/* binding */ byYearHeading),
/* harmony export */   x4: () => (/* binding */ byYearGroups),
/* harmony export */   z0: () => (/* binding */ byYearRow)
/* harmony export */ });
/* unused harmony export compareYears */
/* harmony import */ var _indexes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89561);
/* harmony import */ var _toc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14494);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5395);
/**
 * The rows of the by-year view (pages/by_year.md, or its year pages when it is split: byyear.ts): the
 * one format for the full render and the splice (splice.ts). In a module of its own so the splice and
 * the split layout use it without importing the knowledge planner.
 */



const BY_YEAR_REGION = 'by-year';
/** The body of a knowledge view with nothing to list. */
const NO_ENTRIES = '아직 항목이 없습니다.\n';
/** The label of the by-year section of entries without a year. */
const UNKNOWN_YEAR = '연도 미상';
/**
 * Links to pages and year headings, computed once per page and per anchor: by_year.md of 10,000 pages
 * has ~80,000 rows, and path.relative + encodeURI for each was most of a run's planning time.
 */
class PageLinks {
    from;
    targets = new Map();
    anchors = new Map();
    constructor(from) {
        this.from = from;
    }
    link(page, title, anchor) {
        let target = this.targets.get(page);
        if (target === undefined)
            this.targets.set(page, (target = (0,_indexes_js__WEBPACK_IMPORTED_MODULE_0__/* .relativeLink */ .Nk)(this.from, page)));
        let hash = '';
        if (anchor) {
            hash = this.anchors.get(anchor) ?? '';
            if (!hash)
                this.anchors.set(anchor, (hash = `#${(0,_toc_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeAnchor */ .uH)(anchor)}`));
        }
        return `[${title}](${target}${hash})`;
    }
}
/** The heading line of a by-year section (`## 2026`, `## 연도 미상`); the splice (splice.ts) writes and reads the same. */
function byYearHeading(year) {
    return `## ${year ?? UNKNOWN_YEAR}`;
}
/** One row of the by-year view: the one format for the full render and the splice (splice.ts). */
function byYearRow(links, page, cell) {
    return `- ${links.link(page.path, page.title, cell.anchor)} — ${cell.count}건`;
}
/** The rows of every year with any, newest year first, the unknown year last (the render's order). */
function byYearGroups(pages) {
    if (pages.some((p, i) => i > 0 && (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K)(pages[i - 1].path, p.path) > 0))
        pages = [...pages].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K)(a.path, b.path));
    const years = new Map();
    for (const page of pages) {
        for (const cell of page.years) {
            let group = years.get(cell.year);
            if (!group)
                years.set(cell.year, (group = { year: cell.year, rows: [] }));
            group.rows.push({ page, cell });
        }
    }
    return [...years.values()].sort((a, b) => compareYears(a.year, b.year));
}
/** Newest year first, the unknown year last. */
function compareYears(a, b) {
    return a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : b - a;
}
/** The rows of one year as lines (no heading), linked from `file`. */
function renderYearRows(links, group) {
    // Pages come in path order (byYearGroups sorts them), so each year's rows already are.
    return `${group.rows.map(({ page, cell }) => byYearRow(links, page, cell)).join('\n')}\n`;
}
function renderByYear(file, pages) {
    const groups = byYearGroups(pages);
    if (groups.length === 0)
        return NO_ENTRIES;
    const links = new PageLinks(file);
    return groups.map((g) => `${byYearHeading(g.year)}\n\n${renderYearRows(links, g)}`).join('\n');
}


/***/ }),

/***/ 31382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ DAYLOG_REGION),
/* harmony export */   Go: () => (/* binding */ parseDayLog),
/* harmony export */   Jo: () => (/* binding */ historyLine),
/* harmony export */   S2: () => (/* binding */ settledStatusBody),
/* harmony export */   Zt: () => (/* binding */ STATUS_LABELS),
/* harmony export */   i5: () => (/* binding */ isSourceOk),
/* harmony export */   mM: () => (/* binding */ dayLogItemLine),
/* harmony export */   oC: () => (/* binding */ dayLogPath),
/* harmony export */   yM: () => (/* binding */ updateDayLog),
/* harmony export */   zo: () => (/* binding */ renderStatusBody)
/* harmony export */ });
/* unused harmony exports sourceResult, newDayLog */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29834);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78345);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24421);




const DAYLOG_REGION = 'daylog';
const HISTORY_REGION = 'daylog:history';
const ITEMS_REGION = 'daylog:items';
const HISTORY_HEADING = '## 실행 기록';
const ITEMS_HEADING = '## 수집 항목';
/** Heading used only when an existing file (e.g. written by hand) lacks the status region. */
const STATUS_HEADING = '## 상태';
const STATUS_LABELS = {
    running: '진행중 running',
    success: '성공 success',
    partial: '부분성공 partial',
    failed: '실패 failed',
    skipped: '건너뜀 skipped',
};
const STATUS_KEY = '상태';
const PREVIOUS_KEY = '직전 상태';
const REASON_KEY = '사유';
const SOURCES_KEY = '소스';
function dayLogPath(newsDir, date) {
    return `${newsDir.replace(/\/+$/, '')}/${date}.md`;
}
/** `ok (N items)`, `failed: reason` or `empty: no parseable items`: a failed or empty source is never "ok". */
function sourceResult(s) {
    if (s.outcome === 'failed')
        return `failed: ${s.error?.trim() || 'unknown error'}`;
    if (s.items <= 0)
        return 'empty: no parseable items';
    return `ok (${s.items} items)`;
}
function isSourceOk(s) {
    return sourceResult(s).startsWith('ok ');
}
function statusLine(status) {
    return `- ${STATUS_KEY}: ${STATUS_LABELS[status]}`;
}
/** The status region body (LF): status, reason, source summary and the per-source table. */
function renderStatusBody(status, reason, sources) {
    const lines = [statusLine(status)];
    const why = reason === undefined ? '' : (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(reason, 300);
    if (why)
        lines.push(`- ${REASON_KEY}: ${why}`);
    if (sources.length === 0) {
        lines.push(`- ${SOURCES_KEY}: 없음`);
        return lines.join('\n') + '\n';
    }
    const ok = sources.filter(isSourceOk).length;
    lines.push(`- ${SOURCES_KEY}: 정상 ${ok} / 전체 ${sources.length}`, '', '| 소스 | 종류 | 결과 |', '| --- | --- | --- |');
    for (const s of sources) {
        lines.push(`| ${codeOrText(s.id)} | ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(s.kind, 40)} | ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(sourceResult(s), 300)} |`);
    }
    return lines.join('\n') + '\n';
}
function codeOrText(s) {
    const plain = s.replace(/[\r\n|]/g, ' ');
    return /^[\w.:/@-]+$/.test(plain) && plain.length <= 100 ? `\`${plain}\`` : (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(s, 100);
}
function historyLine(time, status, added, ok, total) {
    return `- ${time} ${status}, +${added} items, sources ${ok}/${total}`;
}
/** `- [outlet] [title](url) (kind → page)`; the outlet brackets are escaped so they never form a link. */
function dayLogItemLine(item, maxTitleLength) {
    const url = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .safeLink */ .o3)(item.url);
    const title = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(item.title, maxTitleLength) || '(제목 없음)';
    const link = url ? `[${title}](${url})` : title;
    return `- \\[${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(item.outlet, 80) || '-'}\\] ${link} (${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(item.kind, 40) || '-'} → ${codeOrText(item.page)})`;
}
function newDayLog(date) {
    return [
        `# ${date} 수집 로그`,
        '',
        `<!-- wiki-daily:begin ${DAYLOG_REGION} -->`,
        `<!-- wiki-daily:end ${DAYLOG_REGION} -->`,
        '',
        HISTORY_HEADING,
        '',
        `<!-- wiki-daily:begin ${HISTORY_REGION} -->`,
        `<!-- wiki-daily:end ${HISTORY_REGION} -->`,
        '',
        ITEMS_HEADING,
        '',
        `<!-- wiki-daily:begin ${ITEMS_REGION} -->`,
        `<!-- wiki-daily:end ${ITEMS_REGION} -->`,
        '',
    ].join('\n');
}
const STATUSES = ['running', 'success', 'partial', 'failed', 'skipped'];
function statusFromLabel(value) {
    const english = /\b(running|success|partial|failed|skipped)\b/i.exec(value);
    if (english)
        return english[1].toLowerCase();
    // Korean labels alone; 부분성공 is checked before 성공, which it contains.
    const korean = [['진행중', 'running'], ['부분성공', 'partial'], ['성공', 'success'], ['실패', 'failed'], ['건너뜀', 'skipped']];
    return korean.find(([k]) => value.includes(k))?.[1];
}
function field(lines, key) {
    const re = new RegExp(`^- ${key}:\\s*(.*)$`);
    for (const l of lines) {
        const m = re.exec(l);
        if (m)
            return m[1].trim();
    }
    return undefined;
}
function linesOf(body) {
    if (!body)
        return [];
    return body.replace(/\n$/, '').split('\n');
}
const HISTORY = /^- (\d{2}):(\d{2}) ([a-z]+)\b/;
const HISTORY_COUNTS = /, \+(\d+) items?, sources (\d+)\/(\d+)/;
/**
 * Read a day log back: status, reason, source rows, history and item lines (skip guard and crash
 * recovery use these). History times are local; with `timeZone`, `lastRunAt` gives the instant.
 */
function parseDayLog(text, file, timeZone) {
    const status = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, DAYLOG_REGION, file));
    const statusValue = field(status, STATUS_KEY);
    const previousValue = field(status, PREVIOUS_KEY);
    const reason = field(status, REASON_KEY);
    const sources = [];
    for (const l of status) {
        const m = /^\|\s*(.+?)\s*\|\s*(.+?)\s*\|\s*(.+?)\s*\|$/.exec(l);
        if (!m || m[1] === '소스' || /^-+$/.test(m[1]))
            continue;
        sources.push({ id: m[1].replace(/^`(.*)`$/, '$1'), kind: m[2], result: m[3] });
    }
    const history = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, HISTORY_REGION, file))
        .filter((l) => l.startsWith('- '))
        .map((line) => {
        const m = HISTORY.exec(line);
        if (!m)
            return { line };
        const st = STATUSES.find((s) => s === m[3]);
        const c = HISTORY_COUNTS.exec(line);
        return {
            line,
            time: `${m[1]}:${m[2]}`,
            ...(st ? { status: st } : {}),
            ...(c ? { added: Number(c[1]), ok: Number(c[2]), total: Number(c[3]) } : {}),
        };
    });
    const items = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, ITEMS_REGION, file)).filter((l) => l.startsWith('- '));
    const out = { sources, history, items };
    const st = statusValue === undefined ? undefined : statusFromLabel(statusValue);
    if (st)
        out.status = st;
    const prev = previousValue === undefined ? undefined : statusFromLabel(previousValue);
    if (prev)
        out.previousStatus = prev;
    if (reason !== undefined)
        out.reason = reason;
    const last = [...history].reverse().find((h) => h.time !== undefined);
    if (last?.time) {
        out.lastRunTime = last.time;
        const date = /^# (\d{4})-(\d{2})-(\d{2})/m.exec(text) ?? /(\d{4})-(\d{2})-(\d{2})\.md$/.exec(file);
        if (date && timeZone) {
            const [h, mi] = last.time.split(':').map(Number);
            out.lastRunAt = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .zonedToUtc */ .Cv)(Number(date[1]), Number(date[2]), Number(date[3]), h, mi, 0, timeZone).toISOString();
        }
    }
    return out;
}
/** Add the three regions to a day log that lacks them (a new file gets the standard layout). */
function withRegions(existing, date, file) {
    let text = existing ?? newDayLog(date);
    text = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureRegion */ .v8)(text, DAYLOG_REGION, STATUS_HEADING, file);
    text = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureRegion */ .v8)(text, HISTORY_REGION, HISTORY_HEADING, file);
    return (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureRegion */ .v8)(text, ITEMS_REGION, ITEMS_HEADING, file);
}
/**
 * The status region as it was before the current run marked it running (undefined when there is
 * no settled state to compare with: no file, no region, or running without a previous status).
 */
function settledStatusBody(text, file) {
    if (text === undefined)
        return undefined;
    const body = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, DAYLOG_REGION, file);
    if (body === undefined)
        return undefined;
    const lines = linesOf(body);
    const current = field(lines, STATUS_KEY);
    if (current === undefined || statusFromLabel(current) !== 'running')
        return body;
    const prevIndex = lines.findIndex((l) => l.startsWith(`- ${PREVIOUS_KEY}:`));
    if (prevIndex === -1)
        return undefined;
    const prev = statusFromLabel(lines[prevIndex].slice(`- ${PREVIOUS_KEY}:`.length));
    if (!prev)
        return undefined;
    const statusIndex = lines.findIndex((l) => l.startsWith(`- ${STATUS_KEY}:`));
    const restored = lines.filter((_, i) => i !== prevIndex);
    restored[statusIndex < prevIndex ? statusIndex : statusIndex - 1] = statusLine(prev);
    return restored.join('\n') + '\n';
}
/** Marks a cut-off item list; the number counts items written but not listed. */
const OVERFLOW = /^- … 외 (\d+)건/;
/** Write the status region and append history/item lines; text outside the regions is untouched. */
function updateDayLog(existing, file, update) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(update.date))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`invalid day log date ${JSON.stringify(update.date)}`, file);
    let text = withRegions(existing, update.date, file);
    text = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(text, DAYLOG_REGION, update.statusBody, file);
    if (update.historyLine) {
        const lines = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, HISTORY_REGION, file));
        text = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(text, HISTORY_REGION, [...lines, update.historyLine].join('\n'), file);
    }
    if (update.itemLines && update.itemLines.length > 0) {
        const lines = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, ITEMS_REGION, file));
        let overflow = 0;
        const kept = [];
        for (const l of lines) {
            const m = OVERFLOW.exec(l);
            if (m)
                overflow += Number(m[1]);
            else
                kept.push(l);
        }
        const listed = kept.filter((l) => l.startsWith('- ')).length;
        const room = Math.max(0, update.maxItems - listed);
        const fits = update.itemLines.slice(0, room);
        overflow += update.itemLines.length - fits.length;
        const out = [...kept, ...fits];
        if (overflow > 0)
            out.push(`- … 외 ${overflow}건 (목록 생략)`);
        text = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(text, ITEMS_REGION, out.join('\n'), file);
    }
    return text;
}


/***/ }),

/***/ 89561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Er: () => (/* binding */ encodeLinkPath),
  Hd: () => (/* binding */ isIndexedPage),
  Ay: () => (/* binding */ listingFacts),
  mr: () => (/* binding */ pageIndexRow),
  W: () => (/* binding */ pageTitle),
  Nk: () => (/* binding */ relativeLink),
  IU: () => (/* binding */ renderNewsIndex),
  mF: () => (/* binding */ renderPageIndex)
});

// UNUSED EXPORTS: pageIndexFacts

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/pages/daylog.ts
var daylog = __webpack_require__(31382);
// EXTERNAL MODULE: ./src/pages/entries.ts
var entries = __webpack_require__(18472);
// EXTERNAL MODULE: ./src/pages/regions.ts
var pages_regions = __webpack_require__(78345);
// EXTERNAL MODULE: ./src/pages/sanitize.ts
var sanitize = __webpack_require__(24421);
// EXTERNAL MODULE: ./src/pages/lines.ts
var lines = __webpack_require__(47751);
// EXTERNAL MODULE: ./src/order.ts
var order = __webpack_require__(5395);
;// CONCATENATED MODULE: ./src/pages/prefixed.ts
/** The keys of `map` that start with `prefix` (in the map's order, or the index's sorted order). */
function keysUnder(map, prefix) {
    const own = map.keysUnder;
    if (typeof own === 'function')
        return own.call(map, prefix);
    const out = [];
    for (const k of map.keys())
        if (k.startsWith(prefix))
            out.push(k);
    return out;
}

;// CONCATENATED MODULE: ./src/pages/indexes.ts
/**
 * The two generated listings: the page index (pages/*.md with entry counts) and the day-log
 * index (newest first). Both are region bodies; the planner writes them only when they differ.
 */









/** Link from one wiki file to another, relative and percent-encoded so the link cannot break. */
function relativeLink(from, to) {
    // Same folder (the page index and the knowledge pages list their neighbours): no path.relative,
    // which cost a third of a second per 100,000 links.
    const slash = to.lastIndexOf('/');
    const sameDir = slash === from.lastIndexOf('/') && (slash < 0 || from.startsWith(to.slice(0, slash + 1)));
    // One folder below `to`'s (a year page of the split by-year listing links every page it lists: up to 589,000).
    const fromSub = !sameDir && from.startsWith(to.slice(0, slash + 1)) ? from.slice(slash + 1) : '';
    const below = fromSub.indexOf('/');
    const oneBelow = below > 0 && below === fromSub.lastIndexOf('/') && fromSub.slice(0, below) !== '..' && fromSub.slice(0, below) !== '.';
    const rel = sameDir ? to.slice(slash + 1) : oneBelow ? `../${to.slice(slash + 1)}` : external_node_path_default().posix.relative(external_node_path_default().posix.dirname(from), to) || external_node_path_default().posix.basename(to);
    return encodeLinkPath(rel);
}
/** A relative path as a link target: percent-encoded (decodeURIComponent gives it back exactly), parentheses and brackets included. */
function encodeLinkPath(rel) {
    return encodeURI(rel).replace(/[()[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** The text of the first `# ` line, or undefined. */
function pageTitle(text) {
    const m = /^# +(.+?)[ \t]*#*[ \t]*$/m.exec((0,lines/* toLf */.yj)(text));
    return m?.[1]?.trim() || undefined;
}
function countInRegions(text, regions) {
    let n = 0;
    for (const r of regions) {
        if (r.name.startsWith('entries:'))
            n += (0,entries/* countEntries */.EX)((0,lines/* toLf */.yj)(text.slice(r.bodyStart, r.bodyEnd)));
    }
    return n;
}
/** A page's count for the page index: null without entries regions; `error` when its regions are broken. */
function listingFacts(text, file) {
    try {
        const regions = (0,pages_regions/* findRegions */.zo)(text, file);
        return { entries: regions.some((r) => r.name.startsWith('entries:')) ? countInRegions(text, regions) : null };
    }
    catch (err) {
        if (!(err instanceof src_errors/* PageError */.AX))
            throw err;
        return { entries: null, error: err };
    }
}
/** A PageError as stored in the wiki index (its full message, file and line included). */
function storedError(file, message) {
    const e = new src_errors/* PageError */.AX(message, file);
    e.message = message;
    return e;
}
/** One row of the page index: the one format for the full render and the splice (splice.ts). */
function pageIndexRow(indexPath, page, row) {
    const count = row.problem ? ' — (영역 오류)' : row.entries !== null ? ` — ${row.entries}건` : '';
    return `- [${row.title}](${relativeLink(indexPath, page)})${count}`;
}
/** The files read and the ones the index knows, under `dir`. */
function listed(files, extra, dir) {
    const read = keysUnder(files, dir);
    return extra ? [...new Set([...read, ...keysUnder(extra, dir)])] : read;
}
/** Whether the page index lists this file: markdown directly inside `pagesDir`, not the index itself. */
function isIndexedPage(indexPath, pagesDir, file) {
    const dir = pagesDir.replace(/\/+$/, '') + '/';
    return file.startsWith(dir) && file.endsWith('.md') && !file.slice(dir.length).includes('/') && file !== indexPath;
}
/** A page's row of the page index from its text, and the problem that keeps its count out. */
function pageIndexFacts(file, text) {
    const title = (0,sanitize/* inlineText */.ln)(pageTitle(text) ?? external_node_path_default().posix.basename(file, '.md'), 100);
    const facts = listingFacts(text, file);
    return { row: { title, entries: facts.entries, problem: facts.error !== undefined }, ...(facts.error ? { error: facts.error } : {}) };
}
function renderPageIndex(indexPath, pagesDir, files, summaries, splice) {
    const errors = [];
    const lines = [];
    const read = new Map();
    const pages = (splice ? [...new Set([...files.keys(), ...splice.only])] : listed(files, summaries?.pages, pagesDir.replace(/\/+$/, '') + '/')).filter((p) => isIndexedPage(indexPath, pagesDir, p)).sort(order/* compareStrings */.K);
    for (const p of pages) {
        const text = files.get(p);
        if (text === undefined) {
            const s = summaries?.pages?.get(p);
            if (!s)
                continue;
            if (s.problem)
                errors.push(storedError(p, s.problem));
            if (!splice)
                lines.push(pageIndexRow(indexPath, p, { title: s.title, entries: s.entries, problem: Boolean(s.problem) }));
            continue;
        }
        const facts = pageIndexFacts(p, text);
        if (facts.error)
            errors.push(facts.error);
        read.set(p, facts.row);
        if (!splice)
            lines.push(pageIndexRow(indexPath, p, facts.row));
    }
    if (splice) {
        const body = splice.body(read);
        return body === undefined ? undefined : { body, errors };
    }
    return { body: lines.length ? lines.join('\n') + '\n' : '', errors };
}
const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.md$/;
/** `- [YYYY-MM-DD](YYYY-MM-DD.md) — 성공 success` per day log in `newsDir`, newest first. */
function renderNewsIndex(indexPath, newsDir, files, summaries) {
    const dir = newsDir.replace(/\/+$/, '') + '/';
    const errors = [];
    const logs = listed(files, summaries?.dayLogs, dir)
        .filter((p) => DAY_FILE.test(p.slice(dir.length)))
        .sort((a, b) => (0,order/* compareStrings */.K)(b, a));
    const lines = logs.map((p) => {
        const date = DAY_FILE.exec(p.slice(dir.length))[1];
        let status = '';
        const text = files.get(p);
        if (text === undefined) {
            const s = summaries.dayLogs.get(p);
            if (s.problem)
                errors.push(storedError(p, s.problem));
            status = s.problem ? ' — (영역 오류)' : s.status ? ` — ${daylog/* STATUS_LABELS */.Zt[s.status]}` : '';
            return `- [${date}](${relativeLink(indexPath, p)})${status}`;
        }
        try {
            const s = (0,daylog/* parseDayLog */.Go)(text, p).status;
            if (s)
                status = ` — ${daylog/* STATUS_LABELS */.Zt[s]}`;
        }
        catch (err) {
            if (!(err instanceof src_errors/* PageError */.AX))
                throw err;
            errors.push(err);
            status = ' — (영역 오류)';
        }
        return `- [${date}](${relativeLink(indexPath, p)})${status}`;
    });
    return { body: lines.length ? lines.join('\n') + '\n' : '', errors };
}


/***/ }),

/***/ 79451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _s: () => (/* binding */ extractIds),
/* harmony export */   jT: () => (/* binding */ scanExisting),
/* harmony export */   q6: () => (/* binding */ extractUrls)
/* harmony export */ });
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5395);
/**
 * What the wiki already holds: every link and every entry id in the given pages and day logs, so
 * an item that a person (or an earlier run) already put anywhere is not added again. Pure: the
 * caller passes the text and, if it wants canonical URLs, the canonicaliser.
 */

const AUTOLINK = /<(https?:\/\/[^<>\s]+)>/gi;
/** `](url)` or `](<url>)`, with one level of balanced parentheses inside the URL (Wikipedia style). */
const MD_LINK = /\]\(\s*<?(https?:\/\/(?:[^\s()<>]|\([^\s()<>]*\))+)>?/gi;
const BARE = /https?:\/\/[^\s<>()[\]"'`|]+/gi;
const TRAILING_PUNCT = /[.,;:!?*_~'"]+$/;
/** An `id:` field on its own list line (never one quoted inside a title). */
const ID = /^[ \t>]*(?:[-*+][ \t]+)?id[ \t]*[:：][ \t]*`?(e[0-9a-z]{6,64})`?[ \t]*$/gim;
/** Every http(s) URL in a text: markdown links, autolinks, then bare URLs (each span read once). */
function extractUrls(text) {
    const out = [];
    let rest = text.replace(AUTOLINK, (_m, url) => {
        out.push(url);
        return ' ';
    });
    rest = rest.replace(MD_LINK, (_m, url) => {
        out.push(url);
        return '] ';
    });
    for (const m of rest.matchAll(BARE)) {
        const url = m[0].replace(TRAILING_PUNCT, '');
        if (/^https?:\/\/[^/?#]+/i.test(url))
            out.push(url);
    }
    return out;
}
function extractIds(text) {
    return Array.from(text.matchAll(ID), (m) => m[1]);
}
/**
 * Collect links and ids of all pages. Without `canonicalize` the URLs are returned as written;
 * with it, canonical — a URL it throws on is listed in `invalid` instead (a broken link in a
 * page must not stop the run, but is not silently lost either).
 */
function scanExisting(pages, canonicalize) {
    const urls = new Set();
    const ids = new Set();
    const invalid = [];
    for (const [path, text] of [...pages].sort(([a], [b]) => (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a, b))) {
        for (const url of extractUrls(text)) {
            if (!canonicalize) {
                urls.add(url);
                continue;
            }
            try {
                urls.add(canonicalize(url));
            }
            catch {
                invalid.push(`${path}: ${url}`);
            }
        }
        for (const id of extractIds(text))
            ids.add(id);
    }
    return { urls, ids, invalid };
}


/***/ }),

/***/ 27970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ splicePageIndex),
/* harmony export */   l: () => (/* binding */ spliceByYear)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _indexes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89561);
/* harmony import */ var _byyearrows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(567);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5395);
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
    const sorted = [...changes].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareStrings */ .K)(a.path, b.path));
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
            if ((0,_indexes_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeLinkPath */ .Er)(rel) !== target)
                refuse(`link target ${target} is not the link to any page`);
        }
        if (!rel.includes('/')) {
            // relativeLink writes '..' (or nothing) only for a folder above `from`, never for a page.
            if (rel === '' || rel === '.' || rel === '..')
                refuse(`link target ${target} is a folder`);
            return folder + rel;
        }
        const page = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(from), rel);
        if ((0,_indexes_js__WEBPACK_IMPORTED_MODULE_1__/* .relativeLink */ .Nk)(from, page) !== target)
            refuse(`link target ${target} is not the link to any page`);
        return page;
    };
}
function rankOf(label) {
    if (label === _byyearrows_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN_YEAR */ .Rd)
        return Infinity;
    const year = Number(label);
    if (!Number.isSafeInteger(year) || String(year) !== label)
        refuse(`by-year heading "## ${label}" is not a year`);
    return -year;
}
/** The sections of a by-year body, in order; checked for the render's shape and order, rows not read. */
function byYearSections(body) {
    if (body === _byyearrows_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_ENTRIES */ .Hf)
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
        const label = (0,_byyearrows_js__WEBPACK_IMPORTED_MODULE_2__/* .byYearHeading */ .nB)(cell.year).slice(3);
        if (rows.has(label))
            refuse(`${pagePath}: two cells for ${label}`);
        rows.set(label, (0,_byyearrows_js__WEBPACK_IMPORTED_MODULE_2__/* .byYearRow */ .z0)(links, { path: pagePath, title: page.title }, cell));
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
        const links = new _byyearrows_js__WEBPACK_IMPORTED_MODULE_2__/* .PageLinks */ .R$(file);
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
        return sections ? pieces.join('') : _byyearrows_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_ENTRIES */ .Hf;
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
            const row = (r) => (r ? (0,_indexes_js__WEBPACK_IMPORTED_MODULE_1__/* .pageIndexRow */ .mr)(indexPath, change.path, r) : undefined);
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


/***/ }),

/***/ 14494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ listHeadings),
/* harmony export */   EG: () => (/* binding */ updateToc),
/* harmony export */   ky: () => (/* binding */ headingText),
/* harmony export */   uH: () => (/* binding */ encodeAnchor)
/* harmony export */ });
/* harmony import */ var github_slugger__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42710);
/* harmony import */ var html_entities__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49104);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47751);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24421);
/**
 * Table of contents between `<!-- TOC:START -->` and `<!-- TOC:END -->`: a nested list of the
 * page's `##` and `###` headings, linked with the anchors GitHub generates.
 *
 * GitHub slugs the rendered text of each heading with one counter per page (github-slugger), so
 * every heading — `#` titles and `####`+ included — is fed to the slugger in page order even though
 * only `##`/`###` are listed; otherwise the `-1`, `-2` suffixes of duplicates would drift.
 * Headings inside code fences are not headings; headings inside managed regions are. Only ATX
 * (`## …`) headings are read: setext (underlined) headings are not listed.
 */





const TOC_START = '<!-- TOC:START -->';
const TOC_END = '<!-- TOC:END -->';
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
/** Approximate GitHub's rendered text of inline markdown: what the slugger is given. */
function headingText(markdown) {
    let s = markdown;
    // Code spans keep their content literally; protect it from the other rules.
    const code = [];
    s = s.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks, content) => {
        code.push(content.trim() === '' ? content : content.replace(/^ (.*) $/, '$1'));
        return `\u0000${code.length - 1}\u0000`;
    });
    s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
    s = s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    s = s.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1');
    s = s.replace(/<(https?:\/\/[^>\s]+)>/gi, '$1');
    s = s.replace(/<\/?[a-z][^>]*>/gi, '');
    // Emphasis delimiters: unescaped * runs always are; _ only when it opens or closes emphasis
    // (the one in snake_case is text, and the slugger keeps it).
    s = s.replace(/(?<!\\)\*+/g, '');
    s = s.replace(/(^|[^\p{L}\p{N}\\])_+(?=\S)/gu, '$1').replace(/(?<=[^\s\\])_+(?=[^\p{L}\p{N}]|$)/gu, '');
    s = s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    s = (0,html_entities__WEBPACK_IMPORTED_MODULE_1__/* .decode */ .D4)(s);
    s = s.replace(/\u0000(\d+)\u0000/g, (_m, i) => code[Number(i)] ?? '');
    return s.trim();
}
/** Every ATX heading outside code fences, with its GitHub anchor (one slugger for the page). */
function listHeadings(text) {
    const slugger = new github_slugger__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A();
    const fence = new _lines_js__WEBPACK_IMPORTED_MODULE_4__/* .FenceTracker */ .GB();
    const out = [];
    for (const line of (0,_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .splitLines */ .uz)(text)) {
        if (fence.push(line.text))
            continue;
        const m = ATX.exec(line.text);
        if (!m)
            continue;
        const textOf = headingText(m[2] ?? '');
        out.push({ level: m[1].length, text: textOf, anchor: slugger.slug(textOf), line: line.number });
    }
    return out;
}
/** The TOC list (LF, no trailing newline) for the page's ## and ### headings. */
function renderToc(headings) {
    const lines = [];
    let sawLevel2 = false;
    for (const h of headings) {
        if (h.level !== 2 && h.level !== 3)
            continue;
        if (h.level === 2)
            sawLevel2 = true;
        const indent = h.level === 3 && sawLevel2 ? '  ' : '';
        lines.push(`${indent}- [${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(h.text, 200) || '(제목 없음)'}](#${encodeAnchor(h.anchor)})`);
    }
    return lines.join('\n');
}
/** Anchors keep Korean as is (GitHub links them that way); only characters that would end the link are encoded. */
function encodeAnchor(anchor) {
    return anchor.replace(/[()<>\s\\[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
/**
 * Rewrite the TOC of a page that has the markers; a page without them is returned unchanged.
 * A start without end (or the reverse, or more than one TOC) is a PageError naming the line.
 * Headings between the markers themselves are ignored.
 */
function updateToc(text, file) {
    // No marker anywhere (by_year.md and the page index at 100,000 pages: 600,000 lines): nothing to split.
    if (!text.includes(TOC_START) && !text.includes(TOC_END))
        return text;
    const lines = (0,_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .splitLines */ .uz)(text);
    const starts = lines.filter((l) => l.text.trim() === TOC_START);
    const ends = lines.filter((l) => l.text.trim() === TOC_END);
    if (starts.length === 0 && ends.length === 0)
        return text;
    if (starts.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PageError */ .AX(`more than one "${TOC_START}" (again at line ${starts[1].number})`, file, starts[1].number);
    if (ends.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PageError */ .AX(`more than one "${TOC_END}" (again at line ${ends[1].number})`, file, ends[1].number);
    const start = starts[0];
    const end = ends[0];
    if (!start)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PageError */ .AX(`"${TOC_END}" without "${TOC_START}"`, file, end.number);
    if (!end)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PageError */ .AX(`"${TOC_START}" without "${TOC_END}"`, file, start.number);
    if (end.number < start.number)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PageError */ .AX(`"${TOC_END}" comes before "${TOC_START}" (line ${start.number})`, file, end.number);
    const headings = listHeadings(text).filter((h) => h.line < start.number || h.line > end.number);
    const toc = renderToc(headings);
    const body = toc === '' ? '' : (0,_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .withEol */ .Vz)(toc + '\n', (0,_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .detectEol */ .eD)(text));
    return text.slice(0, start.next) + body + text.slice(end.start);
}


/***/ })

};
