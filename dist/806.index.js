export const id = 806;
export const ids = [806,850,72];
export const modules = {

/***/ 62072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listFiles),
/* harmony export */   O: () => (/* binding */ readIfExists),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/** Small file helpers shared by the stages. */



/**
 * Write a file atomically: write a temp file in the same folder, fsync, rename over the target.
 * A crash leaves either the old or the new content, never half a page.
 */
async function writeFileAtomic(file, data) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'w');
    try {
        await fh.writeFile(data);
        await fh.sync();
    }
    finally {
        await fh.close();
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw err;
    }
}
/** A file's text, or undefined when it does not exist (any other error is thrown). */
async function readIfExists(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
}
/**
 * Every regular file under `root/dir` (recursive), as sorted `/`-separated paths relative to `root`.
 * A missing folder is empty, not an error.
 */
async function listFiles(root, dir) {
    const out = [];
    async function walk(rel) {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, rel), { withFileTypes: true });
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return;
            throw err;
        }
        for (const e of entries) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join(rel, e.name);
            if (e.isDirectory())
                await walk(p);
            else if (e.isFile())
                out.push(p);
        }
    }
    await walk(dir);
    return out.sort();
}


/***/ }),

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ emptyLaneCounts)
/* harmony export */ });
function emptyLaneCounts() {
    return { land: 0, queue: 0, pool: 0, discard: 0, duplicate: 0, irrelevant: 0 };
}


/***/ }),

/***/ 31382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ DAYLOG_REGION),
/* harmony export */   DG: () => (/* binding */ markDayLogRunning),
/* harmony export */   Go: () => (/* binding */ parseDayLog),
/* harmony export */   Jo: () => (/* binding */ historyLine),
/* harmony export */   S2: () => (/* binding */ settledStatusBody),
/* harmony export */   Zt: () => (/* binding */ STATUS_LABELS),
/* harmony export */   i5: () => (/* binding */ isSourceOk),
/* harmony export */   mM: () => (/* binding */ dayLogItemLine),
/* harmony export */   oC: () => (/* binding */ dayLogPath),
/* harmony export */   p4: () => (/* binding */ markDayLogFailed),
/* harmony export */   yM: () => (/* binding */ updateDayLog),
/* harmony export */   zo: () => (/* binding */ renderStatusBody)
/* harmony export */ });
/* unused harmony exports HISTORY_REGION, ITEMS_REGION, HISTORY_HEADING, ITEMS_HEADING, STATUS_HEADING, sourceResult, newDayLog */
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
/**
 * Mark the day log running at the start of a run (`time` is the local HH:MM). Only the status
 * line changes — the previous status is kept on a `직전 상태` line — so settledStatusBody can
 * tell what the log said before this run. A log already running is returned unchanged.
 */
function markDayLogRunning(existing, date, time, file = `news/${date}.md`) {
    const text = withRegions(existing, date, file);
    const lines = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, DAYLOG_REGION, file));
    const running = `${statusLine('running')} (${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(time, 5)} 시작)`;
    const statusIndex = lines.findIndex((l) => l.startsWith(`- ${STATUS_KEY}:`));
    if (statusIndex === -1)
        return (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(text, DAYLOG_REGION, [running, ...lines].join('\n'), file);
    const current = statusFromLabel(lines[statusIndex].slice(`- ${STATUS_KEY}:`.length));
    if (current === 'running')
        return text;
    const next = [...lines];
    next.splice(statusIndex, 1, running, ...(current ? [`- ${PREVIOUS_KEY}: ${STATUS_LABELS[current]}`] : []));
    return (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(text, DAYLOG_REGION, next.join('\n'), file);
}
/**
 * Record that a run failed: status `failed` with the reason, and a history line
 * `- HH:MM failed: reason`. Used for a log left `running` by a crashed or killed run (its source
 * results are unknown, so the table of an older run is replaced by saying so) and for a run that
 * failed after writing the log (its table is this run's and stays).
 */
function markDayLogFailed(text, reason, time, file = '(day log)') {
    const date = /(\d{4}-\d{2}-\d{2})\.md$/.exec(file)?.[1] ?? /^# (\d{4}-\d{2}-\d{2})/m.exec(text)?.[1];
    const base = withRegions(text.trim() === '' ? undefined : text, date ?? '(날짜 미상)', file);
    const lines = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(base, DAYLOG_REGION, file));
    const wasRunning = statusFromLabel(field(lines, STATUS_KEY) ?? '') === 'running';
    const why = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(reason, 300) || '-';
    const rest = wasRunning
        ? [`- ${SOURCES_KEY}: 알 수 없음 (실행이 중단됨)`]
        : lines.filter((l) => !l.startsWith(`- ${STATUS_KEY}:`) && !l.startsWith(`- ${PREVIOUS_KEY}:`) && !l.startsWith(`- ${REASON_KEY}:`));
    let out = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(base, DAYLOG_REGION, [statusLine('failed'), `- ${REASON_KEY}: ${why}`, ...rest].join('\n'), file);
    const history = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(out, HISTORY_REGION, file));
    out = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(out, HISTORY_REGION, [...history, `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(time, 5)} failed: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(reason, 200) || '-'}`].join('\n'), file);
    return out;
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

/***/ 47751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GB: () => (/* binding */ FenceTracker),
/* harmony export */   Vz: () => (/* binding */ withEol),
/* harmony export */   eD: () => (/* binding */ detectEol),
/* harmony export */   uz: () => (/* binding */ splitLines),
/* harmony export */   yj: () => (/* binding */ toLf)
/* harmony export */ });
/**
 * Line handling shared by the page modules. Pages are edited by character offsets so that every
 * byte outside the part being replaced (CRLF terminators, a missing final newline) survives as is.
 */
/** The terminator of the first line break; a file without any break is treated as LF. */
function detectEol(text) {
    const i = text.indexOf('\n');
    return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}
function splitLines(text) {
    const out = [];
    let start = 0;
    let number = 1;
    while (start < text.length) {
        const nl = text.indexOf('\n', start);
        if (nl === -1) {
            out.push({ text: text.slice(start), number, start, next: text.length });
            break;
        }
        const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
        out.push({ text: text.slice(start, end), number, start, next: nl + 1 });
        start = nl + 1;
        number++;
    }
    return out;
}
/** Body text produced with LF line breaks, converted to the file's terminator. */
function withEol(text, eol) {
    return eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}
function toLf(text) {
    return text.replace(/\r\n/g, '\n');
}
/** Opening or closing code fence (``` or ~~~), indentation tolerated as in list items. */
const FENCE = /^\s*(`{3,}|~{3,})/;
/**
 * Tracks fenced code blocks line by line, so headings shown as code are never taken for real ones.
 */
class FenceTracker {
    open;
    /** Feed the next line; returns true when the line is code (or a fence line). */
    push(line) {
        // Most lines hold no fence characters at all; they cannot open or close a fence.
        if (!line.includes('```') && !line.includes('~~~'))
            return this.open !== undefined;
        const m = FENCE.exec(line);
        if (this.open) {
            const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
            if (close && close[1][0] === this.open.char && close[1].length >= this.open.length)
                this.open = undefined;
            return true;
        }
        if (m) {
            // A backtick fence whose info string contains a backtick is not a fence (CommonMark).
            const rest = line.trim().slice(m[1].length);
            if (m[1][0] === '`' && rest.includes('`'))
                return false;
            this.open = { char: m[1][0], length: m[1].length };
            return true;
        }
        return false;
    }
}


/***/ }),

/***/ 78345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ AUTO_SECTION_HEADING),
/* harmony export */   Ku: () => (/* binding */ beginMarker),
/* harmony export */   cL: () => (/* binding */ endMarker),
/* harmony export */   t1: () => (/* binding */ replaceRegion),
/* harmony export */   v8: () => (/* binding */ ensureRegion),
/* harmony export */   zo: () => (/* binding */ findRegions),
/* harmony export */   zv: () => (/* binding */ regionBody)
/* harmony export */ });
/* unused harmony exports MARKER_PREFIX, getRegion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47751);
/**
 * Managed regions: the only parts of a page the bot rewrites.
 *
 *   <!-- wiki-daily:begin NAME -->
 *   …generated body…
 *   <!-- wiki-daily:end NAME -->
 *
 * Markers sit on their own lines (surrounding spaces tolerated). Any line that starts like a marker
 * counts, even inside a code fence: a page that wants to show one must quote it inline. Everything outside the regions belongs to people and is never
 * changed, byte for byte (CRLF terminators and a missing final newline included). Broken structure
 * is an error naming the file and line — the bot never guesses where a region ends.
 *
 * A page without a region gets it appended ONCE at the end of the page, under a `## 자동 수집`
 * ("automatic collection") heading; see `ensureRegion`.
 */


const MARKER_PREFIX = '<!-- wiki-daily:';
/** Heading of the section that holds regions the bot had to add to a page by itself. */
const AUTO_SECTION_HEADING = '## 자동 수집';
const MARKER = /^<!-- wiki-daily:(begin|end) ([^\s<>]+) -->$/;
const NAME = /^[^\s<>]+$/;
function checkName(name, file) {
    if (!NAME.test(name) || name.includes('-->')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`invalid region name ${JSON.stringify(name)} (no spaces, "<" or ">")`, file);
    }
}
function beginMarker(name) {
    return `<!-- wiki-daily:begin ${name} -->`;
}
function endMarker(name) {
    return `<!-- wiki-daily:end ${name} -->`;
}
/**
 * The lines that start (after whitespace) with MARKER_PREFIX, as splitLines would number them.
 * Found with indexOf rather than by splitting the whole page: regions are looked up several
 * times per page per run, and the page index reads every page of the wiki.
 */
function* markerLines(text) {
    let number = 1;
    let counted = 0;
    for (let at = text.indexOf(MARKER_PREFIX); at !== -1;) {
        const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
        const nl = text.indexOf('\n', at);
        const next = nl === -1 ? text.length : nl + 1;
        // Only whitespace before the prefix: the line starts like a marker (what trim() would leave).
        if (/^\s*$/.test(text.slice(start, at))) {
            for (let i = text.indexOf('\n', counted); i !== -1 && i < start; i = text.indexOf('\n', i + 1))
                number++;
            counted = start;
            const end = nl === -1 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
            yield { text: text.slice(start, end), number, start, next };
        }
        at = text.indexOf(MARKER_PREFIX, next);
    }
}
/**
 * All regions of a page, in order. Throws PageError(file, line) for a malformed marker line, a
 * begin without end, an end without begin, a region opened inside another, or a duplicated name.
 */
function findRegions(text, file) {
    const regions = [];
    const seen = new Map();
    let open;
    for (const line of markerLines(text)) {
        const trimmed = line.text.trim();
        const m = MARKER.exec(trimmed);
        if (!m) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`malformed wiki-daily marker ${JSON.stringify(trimmed.slice(0, 80))}; expected "${beginMarker('NAME')}" or "${endMarker('NAME')}"`, file, line.number);
        }
        const kind = m[1];
        const name = m[2];
        if (kind === 'begin') {
            if (open) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`region "${name}" begins inside region "${open.name}" (opened at line ${open.line}); regions cannot nest`, file, line.number);
            }
            const prev = seen.get(name);
            if (prev !== undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`region "${name}" appears twice (first at line ${prev})`, file, line.number);
            }
            seen.set(name, line.number);
            open = { name, line: line.number, start: line.start, bodyStart: line.next };
        }
        else {
            if (!open) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`end marker of region "${name}" without a begin marker before it`, file, line.number);
            }
            if (open.name !== name) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`end marker of region "${name}" while region "${open.name}" (opened at line ${open.line}) is open`, file, line.number);
            }
            regions.push({
                name,
                beginLine: open.line,
                endLine: line.number,
                start: open.start,
                bodyStart: open.bodyStart,
                bodyEnd: line.start,
                end: line.next,
            });
            open = undefined;
        }
    }
    if (open) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`region "${open.name}" has no end marker ("${endMarker(open.name)}")`, file, open.line);
    }
    return regions;
}
function getRegion(text, name, file) {
    return findRegions(text, file).find((r) => r.name === name);
}
/** The body of a region with LF line breaks, or undefined when the page has no such region. */
function regionBody(text, name, file) {
    const r = getRegion(text, name, file);
    return r ? (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .toLf */ .yj)(text.slice(r.bodyStart, r.bodyEnd)) : undefined;
}
/**
 * Replace the body of a region. `body` uses LF; it is written with the file's own line breaks
 * and always ends with one (an empty body leaves the markers on consecutive lines).
 * Only the characters between the markers change.
 */
function replaceRegion(text, name, body, file = '(page)') {
    checkName(name, file);
    const r = getRegion(text, name, file);
    if (!r)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`no region "${name}" to replace`, file);
    let normalised = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .toLf */ .yj)(body);
    if (normalised !== '' && !normalised.endsWith('\n'))
        normalised += '\n';
    // A body must never contain markers of its own: that would corrupt the page structure.
    for (const line of normalised.split('\n')) {
        if (line.trim().startsWith(MARKER_PREFIX)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`refusing to write a wiki-daily marker inside region "${name}"`, file, r.beginLine);
        }
    }
    return text.slice(0, r.bodyStart) + (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .withEol */ .Vz)(normalised, (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .detectEol */ .eD)(text)) + text.slice(r.bodyEnd);
}
/** The last level-2 heading outside regions and code, or undefined. */
function lastSectionHeading(text, regions) {
    const fence = new _lines_js__WEBPACK_IMPORTED_MODULE_1__/* .FenceTracker */ .GB();
    let last;
    for (const line of (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .splitLines */ .uz)(text)) {
        if (fence.push(line.text))
            continue;
        if (regions.some((r) => line.start >= r.start && line.start < r.end))
            continue;
        if (/^ {0,3}##[ \t]/.test(line.text))
            last = line.text.trim();
    }
    return last;
}
/**
 * Make sure a region exists. A page that lacks it gets the empty region appended at the end of the
 * page, under `heading` (default `## 자동 수집`) — the heading is added only when the page's last
 * section (outside regions) is not already that heading, so several regions added to one page
 * share it. The existing text is kept as a prefix; the only byte added to it is a line break when
 * the page did not end with one. A page that already has the region is returned unchanged.
 */
function ensureRegion(text, name, heading = AUTO_SECTION_HEADING, file = '(page)') {
    checkName(name, file);
    const regions = findRegions(text, file);
    if (regions.some((r) => r.name === name))
        return text;
    const eol = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .detectEol */ .eD)(text);
    let out = text;
    if (out !== '' && !out.endsWith('\n'))
        out += eol;
    const lines = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .splitLines */ .uz)(out);
    const lastLine = lines[lines.length - 1];
    if (lastLine && lastLine.text.trim() !== '')
        out += eol;
    if (heading && lastSectionHeading(text, regions) !== heading.trim())
        out += heading + eol + eol;
    return out + beginMarker(name) + eol + endMarker(name) + eol;
}


/***/ }),

/***/ 24421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   o3: () => (/* binding */ safeLink)
/* harmony export */ });
/* unused harmony exports plainLine, truncate, escapeMarkdown, MAX_URL_LENGTH */
/**
 * Feed text is untrusted: a title can try to close a comment, open a heading, smuggle a link or a
 * script. Everything a feed supplies goes through `inlineText` (text) or `safeLink` (URLs) before
 * it reaches a page, so a page always keeps exactly its own structure.
 */
/** Line and paragraph breaks of every flavour: they become spaces (the output is one line). */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/**
 * C0/C1 controls, zero-width space, bidi embeddings/overrides/isolates (they can visually reorder
 * the surrounding markdown) and the BOM. ZWJ (U+200D) stays: emoji sequences need it.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Plain one-line text: breaks → spaces, invisible controls removed, whitespace collapsed. */
function plainLine(s) {
    return s.replace(BREAKS, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
/** Cap at `max` user-perceived characters (grapheme clusters, so no emoji is cut in half), "…" included. */
function truncate(s, max) {
    if (max < 1)
        return '';
    if (s.length <= max)
        return s;
    const parts = Array.from(graphemes.segment(s), (g) => g.segment);
    if (parts.length <= max)
        return s;
    return parts.slice(0, max - 1).join('').trimEnd() + '…';
}
/**
 * Escape markdown and neutralise HTML in one line of text. Inline syntax is escaped everywhere;
 * block syntax (#, list markers) only at the start, the one place it matters.
 */
function escapeMarkdown(s) {
    let out = s.replace(/[\\`*_[\]|~<>]|&(?=#?[a-z0-9]+;)|!(?=\[)/gi, (c) => {
        switch (c) {
            case '<':
                return '&lt;';
            case '>':
                return '&gt;';
            case '&':
                return '&amp;';
            default:
                return `\\${c}`;
        }
    });
    // A URL inside a title is text, not a link: escaping the colon keeps it from being autolinked
    // and from being read back by scanExisting as a link the wiki already has.
    out = out.replace(/\b(https?|ftp):\/\//gi, '$1\\://');
    // Headings, list items, setext underlines / thematic breaks, ordered lists.
    out = out
        .replace(/^#/, '\\#')
        .replace(/^([-+])(?=\s|$)/, '\\$1')
        .replace(/^([-=])(?=[-=\s]*$)/, '\\$1')
        .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
    return out;
}
/**
 * Untrusted text → one safe markdown line of at most `max` visible characters. `<` / `>` become
 * entities, which also defuses `<!--` and `-->`; the cap counts the text before escaping.
 */
function inlineText(s, max) {
    return escapeMarkdown(truncate(plainLine(s), max));
}
/** URLs longer than this are refused: no real article needs one, and they would bloat pages. */
const MAX_URL_LENGTH = 2048;
/** Characters percent-encoded after the host so neither `[t](url)` nor `<url>` nor a table cell can be broken. */
const LINK_BREAKERS = /[()<>\s"'`|\\[\]]/g;
/**
 * Only absolute http(s) URLs survive (javascript:, data:, vbscript:, relative… → undefined).
 * Credentials are dropped so they can never be published, and characters that could end a
 * markdown link destination are percent-encoded.
 */
function safeLink(url) {
    if (typeof url !== 'string')
        return undefined;
    const raw = url.trim();
    if (!/^https?:\/\//i.test(raw))
        return undefined;
    let u;
    try {
        u = new URL(raw);
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        return undefined;
    if (!u.hostname)
        return undefined;
    u.username = '';
    u.password = '';
    const origin = `${u.protocol}//${u.host}`;
    const href = u.href;
    if (!href.startsWith(origin))
        return undefined;
    const rest = href
        .slice(origin.length)
        .replace(LINK_BREAKERS, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
    const out = origin + rest;
    return out.length > MAX_URL_LENGTH ? undefined : out;
}


/***/ }),

/***/ 88850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheStats: () => (/* binding */ cacheStats),
/* harmony export */   collectionStatus: () => (/* binding */ collectionStatus),
/* harmony export */   finishReport: () => (/* binding */ finishReport),
/* harmony export */   newReport: () => (/* binding */ newReport),
/* harmony export */   withoutItemLists: () => (/* binding */ withoutItemLists)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29834);


function newReport(command, config, now, dryRun = false) {
    return {
        command,
        status: 'running',
        startedAt: new Date(now).toISOString(),
        durationMs: 0,
        date: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(now, config.timezone),
        timezone: config.timezone,
        dryRun,
        sources: [],
        cache: { hits: 0, conditionalHits: 0, misses: 0, hitRate: 0 },
        itemsCollected: 0,
        itemsAdded: 0,
        lanes: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyLaneCounts */ .c)(),
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
/** Strip per-source item lists (kept only for `collect --json`). */
function withoutItemLists(report) {
    return { ...report, sources: report.sources.map(({ itemList: _drop, ...rest }) => rest) };
}


/***/ })

};
