export const id = 568;
export const ids = [568];
export const modules = {

/***/ 18472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ countEntries),
/* harmony export */   JZ: () => (/* binding */ isEntryDate),
/* harmony export */   Km: () => (/* binding */ parseEntries),
/* harmony export */   VF: () => (/* binding */ entryProblems),
/* harmony export */   fi: () => (/* binding */ insertEntryLines),
/* harmony export */   q8: () => (/* binding */ UNTITLED),
/* harmony export */   wD: () => (/* binding */ compareEntries),
/* harmony export */   xq: () => (/* binding */ mergeEntries)
/* harmony export */ });
/* unused harmony export formatEntry */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47751);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24421);
/**
 * Entry blocks inside an `entries:SECTION` region, grouped under `## YYYY` headings (years
 * descending, entries newest first within a year):
 *
 *   - 날짜: 2026-11-26
 *     - 매체: ELLE Korea
 *     - 구분: pictorial
 *     - 제목: <sanitised title>
 *     - 링크(원문): <https://…>
 *     - 상태: 보도(1차)
 *     - id: e0123456789ab
 *
 * People edit these blocks. Merging therefore never rewrites what is there: existing lines are
 * kept exactly (in their order, even when unsorted or unknown), and new blocks are inserted at
 * the first place where the sort order (date desc, undated last, then id) puts them.
 */



const ENTRY_LABELS = {
    date: '날짜',
    outlet: '매체',
    kind: '구분',
    title: '제목',
    link: '링크(원문)',
    confidence: '상태',
    id: 'id',
};
/** Written as the date of an entry whose source gave none. */
const UNKNOWN_DATE = '미상';
const UNTITLED = '(제목 없음)';
/**
 * The checkbox lines of a queue/pool entry: ticking one (`[x]`) in GitHub's web editor promotes or
 * rejects the entry on the next run (src/curate/curate.ts).
 */
const CURATION_LINES = ['  - [ ] 승격 promote', '  - [ ] 제외 reject'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isEntryDate(s) {
    return typeof s === 'string' && DATE.test(s);
}
/** The block of one entry, LF line breaks, no trailing newline. Throws when the URL is not a safe http(s) link. */
function formatEntry(e, options = {}) {
    const link = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLink */ .o3)(e.url);
    if (!link)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WikiDailyError */ .WA(`entry ${e.id}: no safe http(s) link (${JSON.stringify(e.url.slice(0, 100))})`);
    // The id is written verbatim and read back by scanExisting; anything else could break the block.
    if (!/^e[0-9a-z]+$/i.test(e.id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WikiDailyError */ .WA(`entry id ${JSON.stringify(e.id)} is not "e" followed by letters/digits`);
    const title = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(e.title, options.maxTitleLength ?? 200) || UNTITLED;
    return [
        `- ${ENTRY_LABELS.date}: ${isEntryDate(e.date) ? e.date : UNKNOWN_DATE}`,
        `  - ${ENTRY_LABELS.outlet}: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(e.outlet, 80) || '-'}`,
        `  - ${ENTRY_LABELS.kind}: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(e.kind, 40) || '-'}`,
        `  - ${ENTRY_LABELS.title}: ${title}`,
        `  - ${ENTRY_LABELS.link}: <${link}>`,
        `  - ${ENTRY_LABELS.confidence}: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(e.confidence, 40) || '-'}`,
        `  - ${ENTRY_LABELS.id}: ${e.id}`,
        ...(e.curation ? CURATION_LINES : []),
    ].join('\n');
}
const FIELD = /^([ \t]*)[-*+][ \t]+([^:：\n]{1,20}?)[ \t]*[:：][ \t]*(.*)$/;
const KNOWN_LABELS = new Map([
    ['날짜', 'date'],
    ['매체', 'outlet'],
    ['구분', 'kind'],
    ['제목', 'title'],
    ['링크(원문)', 'link'],
    ['링크', 'link'],
    ['원문', 'link'],
    ['상태', 'confidence'],
    ['id', 'id'],
    ['ID', 'id'],
]);
// Year headings are `## YYYY` in a page's own region, one level deeper inside a region that sits
// under a `###` heading (works.md: `### 무빙` → `#### 2026`), so the page outline stays well-formed.
const YEAR_HEADING = /^#{2,6}[ \t]+(\d{4})[ \t]*#*[ \t]*$/;
const SECTION_HEADING = /^#{2,6}[ \t]/;
/** The URL of a link field written as `<url>`, `[text](url)` or a bare URL. */
function linkFieldUrl(value) {
    const angle = /<(https?:\/\/[^>\s]+)>/i.exec(value);
    if (angle)
        return angle[1];
    const md = /\]\(\s*<?(https?:\/\/[^\s)>]+)/i.exec(value);
    if (md)
        return md[1];
    const bare = /https?:\/\/[^\s<>()]+/i.exec(value);
    return bare?.[0];
}
function bodyLines(body) {
    if (body === '')
        return [];
    const lf = body.replace(/\r\n/g, '\n');
    return (lf.endsWith('\n') ? lf.slice(0, -1) : lf).split('\n');
}
/** `year`: the year heading above the first line (when analysing part of a region). */
function analyse(lines, initialYear) {
    const blocks = [];
    const headings = [];
    const fence = new _lines_js__WEBPACK_IMPORTED_MODULE_2__/* .FenceTracker */ .GB();
    let year = initialYear;
    let current;
    const close = () => {
        if (current)
            blocks.push(current);
        current = undefined;
    };
    lines.forEach((text, i) => {
        if (fence.push(text)) {
            close();
            return;
        }
        if (SECTION_HEADING.test(text)) {
            close();
            const y = YEAR_HEADING.exec(text);
            year = y ? Number(y[1]) : undefined;
            const level = /^#+/.exec(text)[0].length;
            headings.push(year === undefined ? { index: i, level } : { index: i, level, year });
            return;
        }
        const f = FIELD.exec(text);
        const label = f?.[2]?.trim();
        const key = label === undefined ? undefined : KNOWN_LABELS.get(label);
        if (f && f[1] === '' && key) {
            close();
            current = {
                start: i,
                end: i + 1,
                entry: { line: i + 1, endLine: i + 1, ...(year === undefined ? {} : { year }), fields: {} },
            };
        }
        else if (!current || text.trim() === '' || !/^[ \t]/.test(text)) {
            close();
            return;
        }
        current.end = i + 1;
        current.entry.endLine = i + 1;
        if (f && label !== undefined) {
            const value = f[3].trim();
            current.entry.fields[label] ??= value;
            const e = current.entry;
            switch (key) {
                case 'date': {
                    const d = /^(\d{4}-\d{2}-\d{2})/.exec(value);
                    if (d && e.date === undefined)
                        e.date = d[1];
                    break;
                }
                case 'link': {
                    const url = linkFieldUrl(value);
                    if (url && e.url === undefined)
                        e.url = url;
                    break;
                }
                case 'id': {
                    const id = /^`?(e[0-9a-z]+)`?$/i.exec(value);
                    if (id && e.id === undefined)
                        e.id = id[1];
                    break;
                }
                case 'outlet':
                case 'kind':
                case 'title':
                case 'confidence':
                    e[key] ??= value;
                    break;
                default:
                    break;
            }
        }
    });
    close();
    return { lines, blocks, headings };
}
/**
 * Read the entry blocks of a region body. Tolerant: any top-level list item whose label is a known
 * field starts a block, indented lines continue it, bullets may be -, * or +, the colon may be
 * full-width. Nothing is ever dropped; damaged blocks are listed in `problems`.
 */
function parseEntries(regionBody, file) {
    const s = analyse(bodyLines(regionBody));
    const problems = s.blocks.flatMap((b) => entryProblems(b.entry).map((p) => `${file}: entry at region line ${b.entry.line} ${p}`));
    return {
        entries: s.blocks.map((b) => b.entry),
        years: s.headings.flatMap((h) => (h.year === undefined ? [] : [h.year])),
        problems,
    };
}
/** What is damaged in one parsed block (no id, no link, a date that is neither YYYY-MM-DD nor 미상). */
function entryProblems(e) {
    const problems = [];
    if (!e.id)
        problems.push('has no "id: e…" line');
    if (!e.url)
        problems.push('has no http(s) link');
    const d = e.fields[ENTRY_LABELS.date];
    if (d !== undefined && !e.date && d !== UNKNOWN_DATE)
        problems.push(`has an unreadable date ${JSON.stringify(d)}`);
    return problems;
}
/** Date descending (undated last), then id ascending: the one order of a year section. */
function compareEntries(a, b) {
    const ad = isEntryDate(a.date) ? a.date : undefined;
    const bd = isEntryDate(b.date) ? b.date : undefined;
    if (ad !== bd) {
        if (ad === undefined)
            return 1;
        if (bd === undefined)
            return -1;
        return ad < bd ? 1 : -1;
    }
    const ai = a.id ?? '';
    const bi = b.id ?? '';
    return ai < bi ? -1 : ai > bi ? 1 : 0;
}
function yearOf(e, defaultYear) {
    return isEntryDate(e.date) ? Number(e.date.slice(0, 4)) : defaultYear;
}
function canon(url, canonicalize) {
    if (!canonicalize)
        return url;
    try {
        return canonicalize(url);
    }
    catch {
        // A hand-written link that is not a valid URL cannot equal a new canonical one; compare as written.
        return url;
    }
}
/** Insert lines at `pos`; a chunk starting with a heading is separated from its neighbours by blank lines. */
function insertAt(lines, pos, chunk, isSection) {
    const out = [...chunk];
    if (isSection) {
        if (pos > 0 && lines[pos - 1].trim() !== '')
            out.unshift('');
        if (pos < lines.length && lines[pos].trim() !== '')
            out.push('');
    }
    lines.splice(pos, 0, ...out);
    return { at: pos, count: out.length };
}
/**
 * Bring `s` up to date after `insertAt` put `count` lines at `at`, without reading the region
 * again. Only valid for a region without code fences: then blocks and headings depend on their
 * own lines and the year heading above them, and insertions land between blocks (never inside
 * one), so the result is exactly what analyse(s.lines) would give.
 */
function updateStructure(s, { at, count }) {
    for (const b of s.blocks) {
        if (b.start < at)
            continue;
        b.start += count;
        b.end += count;
        b.entry.line += count;
        b.entry.endLine += count;
    }
    let enclosing;
    for (const h of s.headings) {
        if (h.index >= at)
            h.index += count;
        else
            enclosing = h;
    }
    const chunk = analyse(s.lines.slice(at, at + count), enclosing?.year);
    for (const b of chunk.blocks) {
        b.start += at;
        b.end += at;
        b.entry.line += at;
        b.entry.endLine += at;
    }
    for (const h of chunk.headings)
        h.index += at;
    const blockPos = s.blocks.findIndex((b) => b.start >= at);
    s.blocks.splice(blockPos === -1 ? s.blocks.length : blockPos, 0, ...chunk.blocks);
    const headingPos = s.headings.findIndex((h) => h.index >= at);
    s.headings.splice(headingPos === -1 ? s.headings.length : headingPos, 0, ...chunk.headings);
}
function sectionEnd(s, headingIndex) {
    const next = s.headings.find((h) => h.index > headingIndex);
    return next ? next.index : s.lines.length;
}
function insertEntry(s, entry, year, text, level) {
    const lines = s.lines;
    const heading = s.headings.find((h) => h.year === year);
    if (heading) {
        const end = sectionEnd(s, heading.index);
        const blocks = s.blocks.filter((b) => b.start > heading.index && b.start < end);
        const before = blocks.find((b) => compareEntries(entry, b.entry) < 0);
        if (before)
            return insertAt(lines, before.start, text, false);
        const last = blocks[blocks.length - 1];
        if (last)
            return insertAt(lines, last.end, text, false);
        let pos = heading.index + 1;
        const chunk = [...text];
        if (pos < end && lines[pos].trim() === '')
            pos++;
        else
            chunk.unshift('');
        if (pos < lines.length && lines[pos].trim() !== '')
            chunk.push('');
        return insertAt(lines, pos, chunk, false);
    }
    // A region that already has year headings keeps their level (hand-made or older pages).
    const existingLevel = s.headings.find((h) => h.year !== undefined)?.level;
    const section = [`${'#'.repeat(existingLevel ?? level)} ${year}`, '', ...text];
    const older = s.headings.find((h) => h.year !== undefined && h.year < year);
    if (older)
        return insertAt(lines, older.index, section, true);
    const newer = s.headings.filter((h) => h.year !== undefined && h.year > year).pop();
    if (newer) {
        let pos = sectionEnd(s, newer.index);
        while (pos > newer.index + 1 && lines[pos - 1].trim() === '')
            pos--;
        return insertAt(lines, pos, section, true);
    }
    let pos = lines.length;
    while (pos > 0 && lines[pos - 1].trim() === '')
        pos--;
    return insertAt(lines, pos, section, true);
}
/** Every id and canonical URL a new entry must not repeat: the known ones and those in the region. */
function knownInRegion(existingBody, options) {
    const parsed = parseEntries(existingBody, options.file);
    const ids = new Set(options.knownIds ?? []);
    const urls = new Set(options.knownUrls ?? []);
    for (const e of parsed.entries) {
        if (e.id)
            ids.add(e.id);
        if (e.url)
            urls.add(canon(e.url, options.canonicalize));
    }
    return { ids, urls };
}
/**
 * Merge new entries into a region body. Existing lines are kept exactly; an entry whose id or
 * (canonical) link is already present — in the region, in `knownIds`/`knownUrls`, or earlier in
 * `entries` — is skipped. New entries are inserted in sort order; the result is deterministic.
 */
function mergeEntries(existingBody, entries, options) {
    const lines = bodyLines(existingBody);
    const { ids, urls } = knownInRegion(existingBody, options);
    const added = [];
    const duplicates = [];
    const sorted = [...entries].sort((a, b) => {
        const ya = yearOf(a, options.defaultYear);
        const yb = yearOf(b, options.defaultYear);
        return ya !== yb ? yb - ya : compareEntries(a, b);
    });
    // Reading the whole region again after every insert made adding n entries to a long region
    // O(n²); without code fences the structure is updated in place instead (see updateStructure).
    const incremental = !lines.some((l) => l.includes('```') || l.includes('~~~'));
    let structure;
    for (const e of sorted) {
        const url = canon(e.url, options.canonicalize);
        if (ids.has(e.id) || urls.has(url)) {
            duplicates.push(e);
            continue;
        }
        ids.add(e.id);
        urls.add(url);
        if (!structure || !incremental)
            structure = analyse(lines);
        const inserted = insertEntry(structure, e, yearOf(e, options.defaultYear), formatEntry(e, { maxTitleLength: options.maxTitleLength ?? 200 }).split('\n'), Math.min(6, Math.max(2, options.yearHeadingLevel ?? 2)));
        if (incremental)
            updateStructure(structure, inserted);
        added.push(e);
    }
    return { body: lines.length ? lines.join('\n') + '\n' : '', added, duplicates };
}
/**
 * Insert one entry block exactly as written (its lines, e.g. moved from the queue by a promotion) at
 * its sorted place under its year heading. Skipped, like mergeEntries, when its id or (canonical)
 * link is already there or in `knownIds`/`knownUrls`.
 */
function insertEntryLines(existingBody, entry, blockLines, options) {
    const lines = bodyLines(existingBody);
    const { ids, urls } = knownInRegion(existingBody, options);
    if (ids.has(entry.id) || (entry.url !== undefined && urls.has(canon(entry.url, options.canonicalize)))) {
        return { body: existingBody, added: false };
    }
    const year = isEntryDate(entry.date) ? Number(entry.date.slice(0, 4)) : options.defaultYear;
    insertEntry(analyse(lines), entry, year, [...blockLines], Math.min(6, Math.max(2, options.yearHeadingLevel ?? 2)));
    return { body: lines.join('\n') + '\n', added: true };
}
/**
 * Number of entry blocks in a region body: the lines where `analyse` would start a block, counted
 * without building the blocks (the page index counts every page of the wiki on every run).
 */
function countEntries(regionBody) {
    const fence = new _lines_js__WEBPACK_IMPORTED_MODULE_2__/* .FenceTracker */ .GB();
    let n = 0;
    for (const text of bodyLines(regionBody)) {
        if (fence.push(text))
            continue;
        // Only a top-level bullet (-, *, +) can start a block; headings and indented lines never do.
        const c = text.charCodeAt(0);
        if (c !== 0x2d && c !== 0x2a && c !== 0x2b)
            continue;
        const f = FIELD.exec(text);
        if (f && f[1] === '' && KNOWN_LABELS.has(f[2].trim()))
            n++;
    }
    return n;
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
/* harmony export */   Ny: () => (/* binding */ readableRegionBody),
/* harmony export */   cL: () => (/* binding */ endMarker),
/* harmony export */   t1: () => (/* binding */ replaceRegion),
/* harmony export */   v8: () => (/* binding */ ensureRegion),
/* harmony export */   zo: () => (/* binding */ findRegions),
/* harmony export */   zv: () => (/* binding */ regionBody)
/* harmony export */ });
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
/** regionBody, or undefined also when the markers cannot be read (a PageError): for a caller that then renders in full. */
function readableRegionBody(text, name, file) {
    try {
        return regionBody(text, name, file);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX)
            return undefined;
        throw err;
    }
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
    // A body must never contain markers of its own: that would corrupt the page structure. Looked for
    // with indexOf (markerLines), not by splitting a body of 600,000 lines (by_year.md, 100,000 pages).
    for (const _line of markerLines(normalised)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`refusing to write a wiki-daily marker inside region "${name}"`, file, r.beginLine);
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
/* unused harmony exports truncate, MAX_URL_LENGTH */
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
// A fixed locale, not the machine's (LANG): the same title must be cut at the same place everywhere.
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
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


/***/ })

};
