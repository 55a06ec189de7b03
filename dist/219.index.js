export const id = 219;
export const ids = [219];
export const modules = {

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

/***/ 95724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ listingFacts),
/* harmony export */   Er: () => (/* binding */ encodeLinkPath),
/* harmony export */   Hd: () => (/* binding */ isIndexedPage),
/* harmony export */   IU: () => (/* binding */ renderNewsIndex),
/* harmony export */   Nk: () => (/* binding */ relativeLink),
/* harmony export */   W: () => (/* binding */ pageTitle),
/* harmony export */   mF: () => (/* binding */ renderPageIndex),
/* harmony export */   mr: () => (/* binding */ pageIndexRow)
/* harmony export */ });
/* unused harmony export pageIndexFacts */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _daylog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31382);
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18472);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78345);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24421);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47751);
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
    const rel = sameDir ? to.slice(slash + 1) : node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.relative(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(from), to) || node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(to);
    return encodeLinkPath(rel);
}
/** A relative path as a link target: percent-encoded (decodeURIComponent gives it back exactly), parentheses and brackets included. */
function encodeLinkPath(rel) {
    return encodeURI(rel).replace(/[()[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** The text of the first `# ` line, or undefined. */
function pageTitle(text) {
    const m = /^# +(.+?)[ \t]*#*[ \t]*$/m.exec((0,_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .toLf */ .yj)(text));
    return m?.[1]?.trim() || undefined;
}
function countInRegions(text, regions) {
    let n = 0;
    for (const r of regions) {
        if (r.name.startsWith('entries:'))
            n += (0,_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .countEntries */ .EX)((0,_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .toLf */ .yj)(text.slice(r.bodyStart, r.bodyEnd)));
    }
    return n;
}
/** A page's count for the page index: null without entries regions; `error` when its regions are broken. */
function listingFacts(text, file) {
    try {
        const regions = (0,_regions_js__WEBPACK_IMPORTED_MODULE_4__/* .findRegions */ .zo)(text, file);
        return { entries: regions.some((r) => r.name.startsWith('entries:')) ? countInRegions(text, regions) : null };
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
            throw err;
        return { entries: null, error: err };
    }
}
/** A PageError as stored in the wiki index (its full message, file and line included). */
function storedError(file, message) {
    const e = new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX(message, file);
    e.message = message;
    return e;
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** One row of the page index: the one format for the full render and the splice (splice.ts). */
function pageIndexRow(indexPath, page, row) {
    const count = row.problem ? ' — (영역 오류)' : row.entries !== null ? ` — ${row.entries}건` : '';
    return `- [${row.title}](${relativeLink(indexPath, page)})${count}`;
}
function listed(files, extra) {
    return extra ? [...new Set([...files.keys(), ...extra.keys()])] : [...files.keys()];
}
/** Whether the page index lists this file: markdown directly inside `pagesDir`, not the index itself. */
function isIndexedPage(indexPath, pagesDir, file) {
    const dir = pagesDir.replace(/\/+$/, '') + '/';
    return file.startsWith(dir) && file.endsWith('.md') && !file.slice(dir.length).includes('/') && file !== indexPath;
}
/** A page's row of the page index from its text, and the problem that keeps its count out. */
function pageIndexFacts(file, text) {
    const title = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .inlineText */ .ln)(pageTitle(text) ?? node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(file, '.md'), 100);
    const facts = listingFacts(text, file);
    return { row: { title, entries: facts.entries, problem: facts.error !== undefined }, ...(facts.error ? { error: facts.error } : {}) };
}
function renderPageIndex(indexPath, pagesDir, files, summaries, splice) {
    const errors = [];
    const lines = [];
    const read = new Map();
    const pages = (splice ? [...new Set([...files.keys(), ...splice.only])] : listed(files, summaries?.pages)).filter((p) => isIndexedPage(indexPath, pagesDir, p)).sort(compareStrings);
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
    const logs = listed(files, summaries?.dayLogs)
        .filter((p) => p.startsWith(dir) && DAY_FILE.test(p.slice(dir.length)))
        .sort((a, b) => compareStrings(b, a));
    const lines = logs.map((p) => {
        const date = DAY_FILE.exec(p.slice(dir.length))[1];
        let status = '';
        const text = files.get(p);
        if (text === undefined) {
            const s = summaries.dayLogs.get(p);
            if (s.problem)
                errors.push(storedError(p, s.problem));
            status = s.problem ? ' — (영역 오류)' : s.status ? ` — ${_daylog_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_LABELS */ .Zt[s.status]}` : '';
            return `- [${date}](${relativeLink(indexPath, p)})${status}`;
        }
        try {
            const s = (0,_daylog_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDayLog */ .Go)(text, p).status;
            if (s)
                status = ` — ${_daylog_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_LABELS */ .Zt[s]}`;
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
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
    for (const [path, text] of [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
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
