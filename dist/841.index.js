export const id = 841;
export const ids = [841];
export const modules = {

/***/ 85908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ SEEN_HEADER),
/* harmony export */   _H: () => (/* binding */ SeenIndex),
/* harmony export */   dD: () => (/* binding */ parseSeen),
/* harmony export */   pK: () => (/* binding */ seenFiles),
/* harmony export */   ur: () => (/* binding */ serializeSeen),
/* harmony export */   x7: () => (/* binding */ recentSeenFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62072);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89489);
/**
 * Cross-run dedupe state, committed with the wiki (pages.seenFile, default data/seen.tsv), so a new
 * machine or runner never forgets what was already written (the old system kept it in a local
 * SQLite and lost it).
 *
 * Format: the header comment line, then one line per entry, sorted by id, LF endings, trailing newline:
 *
 *   # wiki-daily seen entries: id<TAB>first seen (YYYY-MM-DD)<TAB>canonical URL; sorted by id, additive
 *   e0123456789ab<TAB>2026-06-01<TAB>https://news.kbs.co.kr/news/view.do?ncd=1
 *
 * The index only grows. Adding an id twice keeps the earliest date (on equal dates the smaller URL),
 * so the result does not depend on the order entries arrive in and the same set is always the same
 * bytes. Parsing accepts comment and blank lines, CRLF endings, unsorted lines and repeated ids
 * (what a hand-resolved merge conflict leaves), and rejects everything else with file and line.
 */



const SEEN_HEADER = '# wiki-daily seen entries: id<TAB>first seen (YYYY-MM-DD)<TAB>canonical URL; sorted by id, additive';
/**
 * The recent file that goes with a base seen file (src/gate/seenstore.ts): `data/seen.tsv` →
 * `data/seen-recent.tsv` (fsutil.recentSibling, as the wiki index's overlay).
 */
function recentSeenFile(seenFile) {
    return (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_1__/* .recentSibling */ ._G)(seenFile);
}
/** Both seen files, base first (for listings, diffs, lint and the apply order). */
function seenFiles(seenFile) {
    return [seenFile, recentSeenFile(seenFile)];
}
const ID_PATTERN = /^e[0-9a-f]{12}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
function isValidDate(date) {
    const m = DATE_PATTERN.exec(date);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
function withoutScheme(url) {
    return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}
/** Why an entry is unusable, or undefined when it is fine. */
function entryProblem(id, date, url) {
    if (!ID_PATTERN.test(id))
        return `id "${id}" is not "e" followed by 12 lower-case hex digits`;
    if (!isValidDate(date))
        return `date "${date}" is not a calendar date YYYY-MM-DD`;
    if (!/^https?:\/\/\S+$/.test(url))
        return `URL "${url}" is not an absolute http(s) URL without spaces`;
    const expected = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .entryId */ .ub)(url);
    if (expected !== id)
        return `id "${id}" does not belong to URL "${url}" (its id is ${expected})`;
    return undefined;
}
/** Records an entry that was already checked with entryProblem (see parseSeen). */
let addChecked;
class SeenIndex {
    #byId = new Map();
    #idByUrl = new Map();
    /** Unusable lines read from the file: written back after the entries so no one's text is dropped. */
    #badLines = [];
    static {
        // parseSeen validates every line itself (to name the line); validating again in add() would
        // hash every URL twice, which dominated reading a seen file of 100,000 entries.
        addChecked = (index, id, date, url) => index.#record(id, date, url);
    }
    has(id) {
        return this.#byId.has(id);
    }
    /** Scheme-insensitive, like entry ids: http://x and https://x are the same article. */
    hasUrl(canonical) {
        return this.#idByUrl.has(withoutScheme(canonical));
    }
    get(id) {
        const e = this.#byId.get(id);
        return e && { ...e };
    }
    /**
     * Record an entry; returns true when the id is new. A known id keeps its earliest date. Throws
     * when the entry is malformed or the id is already recorded for a different URL.
     */
    add(id, date, url) {
        const problem = entryProblem(id, date, url);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WikiDailyError */ .WA(`invalid seen entry: ${problem}`);
        return this.#record(id, date, url);
    }
    #record(id, date, url) {
        const known = this.#byId.get(id);
        if (!known) {
            this.#byId.set(id, { id, date, url });
            this.#idByUrl.set(withoutScheme(url), id);
            return true;
        }
        if (withoutScheme(known.url) !== withoutScheme(url)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WikiDailyError */ .WA(`invalid seen entry: id ${id} is recorded for "${known.url}", not "${url}"`);
        }
        if (date < known.date || (date === known.date && url < known.url)) {
            this.#byId.set(id, { id, date, url });
        }
        return false;
    }
    /** Lines that were kept verbatim but not used as ids, in file order. */
    badLines() {
        return this.#badLines.map((b) => ({ ...b }));
    }
    keepBadLine(bad) {
        this.#badLines.push({ ...bad });
    }
    /** Add every entry of another index (additive merge). */
    merge(other) {
        for (const e of other.entries())
            this.add(e.id, e.date, e.url);
    }
    get size() {
        return this.#byId.size;
    }
    /** Entries sorted by id. */
    entries() {
        return this.sorted().map((e) => ({ ...e }));
    }
    /** The stored entries themselves, sorted by id (no copies: serialising 100,000 entries stays lean). */
    sorted() {
        return [...this.#byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    /** The seen file's text: header, entries sorted by id, LF endings, trailing newline. */
    serialize() {
        let out = `${SEEN_HEADER}\n`;
        for (const e of this.sorted())
            out += `${e.id}\t${e.date}\t${e.url}\n`;
        for (const b of this.#badLines)
            out += `${b.text}\n`;
        return out;
    }
}
/** Parse a seen file; any malformed line is a PageError naming the file and line (unless keepBadLines). */
function parseSeen(text, file, options = {}) {
    const index = new SeenIndex();
    const bad = (problem, lineNo, line, err) => {
        if (!options.keepBadLines)
            throw err;
        index.keepBadLine({ line: lineNo, text: line, problem });
    };
    const lines = text.split('\n');
    // the trailing newline leaves one empty string after the last line
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    for (const [i, rawLine] of lines.entries()) {
        const lineNo = i + 1;
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        const fields = line.split('\t');
        if (fields.length !== 3) {
            const problem = `expected 3 tab-separated fields (id, date, URL), found ${fields.length}: "${line.slice(0, 120)}"`;
            bad(problem, lineNo, line, new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(problem, file, lineNo));
            continue;
        }
        const [id, date, url] = fields;
        const problem = entryProblem(id, date, url);
        if (problem) {
            bad(problem, lineNo, line, new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(problem, file, lineNo));
            continue;
        }
        try {
            addChecked(index, id, date, url);
        }
        catch (err) {
            bad((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err), lineNo, line, new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err), file, lineNo));
        }
    }
    return index;
}
/** The file content for an index: header, entries sorted by id, LF endings, trailing newline. */
function serializeSeen(index) {
    return index.serialize();
}


/***/ }),

/***/ 47180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ serializeIndexPair),
/* harmony export */   Lo: () => (/* binding */ rebuildTimeline),
/* harmony export */   NT: () => (/* binding */ isWikiFile),
/* harmony export */   QN: () => (/* binding */ parseWikiIndex),
/* harmony export */   UV: () => (/* binding */ problemPaths),
/* harmony export */   WV: () => (/* binding */ wikiIndexFiles),
/* harmony export */   WY: () => (/* binding */ trackedBlobIds),
/* harmony export */   Zx: () => (/* binding */ overlayBaseOf),
/* harmony export */   eb: () => (/* binding */ wikiFileWhere),
/* harmony export */   hB: () => (/* binding */ wikiListing),
/* harmony export */   iD: () => (/* binding */ existingIdsAmong),
/* harmony export */   iM: () => (/* binding */ refreshWikiIndex),
/* harmony export */   m4: () => (/* binding */ recentIndexFile),
/* harmony export */   mg: () => (/* binding */ withIndexEdits),
/* harmony export */   nN: () => (/* binding */ timelineComplete),
/* harmony export */   rz: () => (/* binding */ WIKI_INDEX_FILE),
/* harmony export */   tK: () => (/* reexport safe */ _git_blobs_js__WEBPACK_IMPORTED_MODULE_2__.tK)
/* harmony export */ });
/* unused harmony exports WIKI_INDEX_HEADER, WIKI_INDEX_OVERLAY_HEADER, INDEX_COMPACTION, summarizeFile, serializeWikiIndex, parseWikiIndexInSlices, lazyWikiIndex, indexAfterEdits */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _git_blobs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86176);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62072);
/* harmony import */ var _gate_canonical_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89489);
/* harmony import */ var _byyear_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94730);
/* harmony import */ var _daylog_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31382);
/* harmony import */ var _knowledge_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(816);
/* harmony import */ var _indexes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89561);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(24421);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(79451);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5395);
/**
 * The wiki index (pages.indexFile, default data/wiki-index.tsv, committed with the wiki): one line per
 * wiki file the run reads — its git blob id, entry count, day-log status, index title, region problem
 * and the entry ids it holds (written ids plus the ids of the canonical URLs it links to). With it a
 * run reads and rewrites only the pages it touches, instead of reading and scanning every page:
 *
 *   refreshWikiIndex   which files changed since the index was written (git ls-files -s blob ids for
 *                      tracked files, a hash of the content for dirty/untracked files or outside git),
 *                      and re-summarise exactly those: a page a person edited by hand is picked up;
 *   existingIdsAmong   which of today's candidate ids are already in the wiki (no 1,000,000-id set);
 *   wikiListing        entry counts, titles and day-log statuses for the two generated index pages;
 *   indexAfterEdits    the index text after the run's own edits (their blob ids are computed here,
 *                      so the next run does not rescan what this run wrote).
 *
 * Format (LF, the header first, then `#seen<TAB>blob`, `#views<TAB>fingerprint` and
 * `#timeline<TAB>size<TAB>total<TAB>json`, then
 * one line per file sorted by path):
 *   path<TAB>blob<TAB>entries<TAB>status<TAB>title<TAB>problem<TAB>ids (space separated)<TAB>knowledge
 * entries: a count, or "-" for a page without entries regions; status: a day log's run status or "-";
 * problem: why the page's regions cannot be read ("-" when they can); knowledge: what pages/by_year.md
 * needs of a page (JSON: dated-entry count and per-year counts with the year heading's anchor, or the
 * problem that keeps it out), "-" for files the knowledge pages do not cover. The #timeline line holds
 * the newest `timelineSize` dated entries of the whole wiki (what pages/timeline.md lists) and how many
 * dated entries there are, so a run that reads a few pages still renders both views byte for byte. A line that cannot be read makes
 * the whole index untrusted: it is rebuilt (every page read once), never half-believed.
 *
 * Base + overlay (the seen store's precedent, src/gate/seenstore.ts): at 100,000 pages the index is
 * 37 MB and a run changes a few hundred of its lines, so a run does not write it again. It is two files:
 *
 *   data/wiki-index.tsv          the base (the format above): every line as of the last compaction;
 *   data/wiki-index-recent.tsv   the overlay (recentIndexFile()): its own header, `#base<TAB>blob` (the
 *                                git blob id of the base it extends), the #seen, #views and #timeline
 *                                lines of the run that wrote it, then, sorted by path, the lines of the
 *                                files changed since the base was written and `path<TAB>-` for each file
 *                                removed since (a tombstone).
 *
 * The index is the base with each overlay line replacing the base's line of its path and each tombstone
 * removing it; the overlay's # lines replace the base's. A run rewrites only the overlay, until its
 * file lines reach 1/INDEX_COMPACTION.ratio of the base's bytes (and INDEX_COMPACTION.minBytes), or the
 * base on disk is not the committed one (wikiview.ts baseDirty): then the run writes the whole index as
 * the new base (compaction) and an overlay with no file lines. Written in that
 * order (src/run/stages/apply.ts), a run killed between the two leaves the new base with the old overlay,
 * whose `#base` no longer names the base on disk: such an overlay (or one after a hand edit of the base)
 * is not used, and the base alone is exactly the index the killed run meant. A base without an overlay
 * (an index written before overlays existed) is read as it always was, and its next run adds an overlay.
 *
 * Why a hand edit of either file is safe: each line is only a cache of what summarizeFile makes of the
 * text with the blob id on that line, and every line's blob is checked against git (or the file's hash)
 * by refreshWikiIndex. A line whose blob is not the file's is summarised again; a file without a line is
 * summarised as new; a line without a file is dropped. So an edited, stale, missing or deleted line (or a
 * whole deleted overlay: the base's lines of the files changed since are stale) costs a re-read of those
 * pages, never a wrong count or a lost or duplicate entry. An edited base also changes its blob, so the
 * overlay (which names the base it extends) is set aside, not laid over the wrong lines.
 */












const WIKI_INDEX_FILE = 'data/wiki-index.tsv';
const WIKI_INDEX_HEADER = '# wiki-daily index v2: path<TAB>blob<TAB>entries<TAB>status<TAB>title<TAB>problem<TAB>ids<TAB>knowledge';
const WIKI_INDEX_OVERLAY_HEADER = '# wiki-daily index overlay v2: the lines of the files changed since the base was written (path<TAB>- for one removed)';
/** The overlay that goes with a base index file: `data/wiki-index.tsv` → `data/wiki-index-recent.tsv`. */
function recentIndexFile(indexFile = WIKI_INDEX_FILE) {
    return (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .recentSibling */ ._G)(indexFile);
}
/** Both index files, base first (the order they are written in, for apply, lint and listings). */
function wikiIndexFiles(indexFile = WIKI_INDEX_FILE) {
    return [indexFile, recentIndexFile(indexFile)];
}
const INDEX_COMPACTION = { ratio: 8, minBytes: 64 * 1024 };
const SEEN_LINE = '#seen\t';
const VIEWS_LINE = '#views\t';
const TIMELINE_LINE = '#timeline\t';
const BASE_LINE = '#base\t';

/**
 * The index text stays ASCII (other characters as \uXXXX, a backslash doubled in the plain fields; JSON
 * fields use JSON's own escapes): read back it is a one-byte string in V8, half the memory of the
 * two-byte string one Korean title would otherwise make of all 30 MB at 100,000 pages.
 */
const NOT_ASCII = /[\u0080-\uffff]/g;
const hex4 = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
function toAscii(s) {
    return /[\\\u0080-\uffff]/.test(s) ? s.replace(/[\\\u0080-\uffff]/g, (c) => (c === '\\' ? '\\\\' : hex4(c))) : s;
}
function fromAscii(s) {
    return s.includes('\\') ? s.replace(/\\(\\|u[0-9a-f]{4})/g, (_, e) => (e === '\\' ? '\\' : String.fromCharCode(parseInt(e.slice(1), 16)))) : s;
}
function jsonAscii(json) {
    return json.replace(NOT_ASCII, hex4);
}
function oneLine(s) {
    return s.replace(/[\t\r\n]+/g, ' ');
}
const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.md$/;
function dirOf(p) {
    return p.replace(/\/+$/, '') + '/';
}
/** Everything the run needs to know about one file, from its text. */
function summarizeFile(rel, text, config, blob = (0,_git_blobs_js__WEBPACK_IMPORTED_MODULE_2__/* .gitBlobId */ .tK)(text)) {
    const ids = new Set((0,_scan_js__WEBPACK_IMPORTED_MODULE_10__/* .extractIds */ ._s)(text));
    for (const u of (0,_scan_js__WEBPACK_IMPORTED_MODULE_10__/* .extractUrls */ .q6)(text)) {
        try {
            ids.add((0,_gate_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .entryId */ .ub)((0,_gate_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalUrl */ .W3)(u)));
        }
        catch {
            // A link the canonicaliser refuses cannot match an item's id; the page keeps it as written.
        }
    }
    const facts = (0,_indexes_js__WEBPACK_IMPORTED_MODULE_8__/* .listingFacts */ .Ay)(text, rel);
    const entries = facts.entries;
    let problem = facts.error ? oneLine(facts.error.message) : null;
    let status = null;
    const newsDir = dirOf(config.pages.newsDir);
    if (rel.startsWith(newsDir) && DAY_FILE.test(rel.slice(newsDir.length))) {
        try {
            status = (0,_daylog_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDayLog */ .Go)(text, rel).status ?? null;
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
                throw err;
            problem ??= oneLine(err.message);
        }
    }
    const title = oneLine((0,_sanitize_js__WEBPACK_IMPORTED_MODULE_9__/* .inlineText */ .ln)((0,_indexes_js__WEBPACK_IMPORTED_MODULE_8__/* .pageTitle */ .W)(text) ?? node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(rel, '.md'), 100));
    let knowledge = null;
    let kproblem = null;
    let newest;
    if ((0,_knowledge_js__WEBPACK_IMPORTED_MODULE_7__/* .isKnowledgePage */ .cD)(config, rel)) {
        try {
            const k = (0,_knowledge_js__WEBPACK_IMPORTED_MODULE_7__/* .pageKnowledge */ .ul)(rel, text, config.pages.timelineSize);
            knowledge = k.page;
            newest = k.newest;
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
                throw err;
            kproblem = oneLine(err.message);
        }
    }
    return { path: rel, blob, entries, status, title, problem, ids: [...ids].sort().join(' '), knowledge, kproblem, ...(newest ? { newest } : {}) };
}
function serializeKnowledge(f) {
    if (f.kproblem)
        return jsonAscii(JSON.stringify({ e: f.kproblem }));
    if (!f.knowledge)
        return '-';
    return jsonAscii(JSON.stringify({ n: f.knowledge.dated, y: f.knowledge.years.map((c) => [c.year ?? null, c.count, c.anchor ?? null]) }));
}
const PROBLEM_PREFIX = '{"e":';
/** The knowledge field of an index line (one JSON.parse, no object spreads: it runs once per page per run). */
function parseKnowledge(field, title) {
    if (field === '-' || field.startsWith(PROBLEM_PREFIX))
        return null;
    const k = JSON.parse(field);
    const years = [];
    for (const [year, count, anchor] of k.y ?? []) {
        const cell = { count };
        if (year !== null)
            cell.year = year;
        if (anchor !== null)
            cell.anchor = anchor;
        years.push(cell);
    }
    return { title, years, dated: k.n ?? 0 };
}
function parseKnowledgeProblem(field) {
    return field.startsWith(PROBLEM_PREFIX) ? JSON.parse(field).e : null;
}
/**
 * An ASCII text in V8's one-byte representation. The index is ASCII by construction, but a line built
 * from a page's text (ids, paths, titles cut out of Korean markdown) is two-byte in memory even where
 * its characters are ASCII, and V8 makes a joined string two-byte when any piece is: the 37 MB index
 * of 100,000 pages then became a 75 MB string. Copying the few new lines through latin1 keeps it at 37.
 */
function oneByte(ascii) {
    return Buffer.from(ascii, 'latin1').toString('latin1');
}
function serializeLine(f) {
    return oneByte([toAscii(f.path), f.blob, f.entries === null ? '-' : String(f.entries), f.status ?? '-', toAscii(f.title), f.problem === null ? '-' : toAscii(f.problem), f.ids, serializeKnowledge(f)].join('\t'));
}
function serializeTimeline(t) {
    const rows = t.entries.map((e) => [e.date, e.page, e.line, e.outlet, e.title, e.url ?? null, e.anchor ?? null]);
    return oneByte(`${TIMELINE_LINE}${t.size}\t${t.total}\t${jsonAscii(JSON.stringify(rows))}`);
}
function parseTimeline(line, file, lineNo) {
    const [size, total, json] = line.slice(TIMELINE_LINE.length).split('\t');
    try {
        const rows = JSON.parse(json ?? '');
        const entries = rows.map(([date, page, ln, outlet, title, url, anchor]) => ({ page, line: ln, date, outlet, title, ...(url !== null ? { url } : {}), ...(anchor !== null ? { anchor } : {}) }));
        if (!/^\d+$/.test(size ?? '') || !/^\d+$/.test(total ?? ''))
            throw new Error('size or total not a number');
        return { size: Number(size), total: Number(total), entries };
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX(`not a timeline line (size, total, entries): ${err.message}`, file, lineNo);
    }
}
/** The # lines that change with every run (#seen, #views, #timeline): in the base, and in the overlay after #base. */
function runLines(index) {
    let out = '';
    if (index.seenBlob)
        out += `${SEEN_LINE}${index.seenBlob}\n`;
    if (index.views)
        out += `${VIEWS_LINE}${index.views}\n`;
    if (index.timeline)
        out += `${serializeTimeline(index.timeline)}\n`;
    return out;
}
/** The whole index as one file (the base, or an index without an overlay). */
function serializeWikiIndex(index) {
    const head = `${WIKI_INDEX_HEADER}\n${runLines(index)}`;
    const base = index.base;
    if (base?.sorted)
        return head + spliceLines(index, base);
    const paths = [...index.keys()].sort(_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareStrings */ .K);
    let out = head;
    for (const p of paths) {
        const f = index.get(p);
        out += `${f.raw ?? serializeLine(f)}\n`;
    }
    return out;
}
/**
 * The file lines of `index`, written as runs of the stored text wherever its lines are unchanged: at
 * 100,000 pages a run changes a few hundred lines, and copying the rest as a few hundred slices costs
 * a fraction of sorting and joining 100,000 lines again. Same bytes as the full serialisation.
 */
function spliceLines(index, base) {
    const changed = base.contiguous ? changedOnly(index, base) : undefined;
    if (changed)
        return spliceChanged(changed, base);
    const added = [];
    for (const [p, f] of index)
        if (!(f instanceof StoredLine && f.base === base) && !storedLineOf(base, p))
            added.push(p);
    added.sort(_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareStrings */ .K);
    const parts = [];
    let runStart = -1;
    let runEnd = -1;
    const flush = () => {
        // The stored text may end without a newline after its last line.
        if (runStart >= 0)
            parts.push(runEnd > base.text.length ? `${base.text.slice(runStart)}\n` : base.text.slice(runStart, runEnd));
        runStart = -1;
    };
    const emit = (f) => {
        flush();
        parts.push(`${f.raw ?? serializeLine(f)}\n`);
    };
    let next = 0;
    for (const line of base.lines) {
        while (next < added.length && added[next] < line.path)
            emit(index.get(added[next++]));
        const now = index.get(line.path);
        if (now === line) {
            const end = line.end + 1;
            // Consecutive in the stored text (no blank line between): one run.
            if (runStart >= 0 && runEnd === line.start)
                runEnd = end;
            else {
                flush();
                runStart = line.start;
                runEnd = end;
            }
        }
        else if (now)
            emit(now);
        else
            flush();
    }
    while (next < added.length)
        emit(index.get(added[next++]));
    flush();
    return parts.join('');
}
/**
 * The entries of `index` that are not stored lines of `base`, sorted by path, when every stored line
 * is either still in it or replaced by one of them (no line deleted); otherwise undefined. One pass
 * over the entries with no lookup: a run keeps all but a few hundred of 100,000 lines, and looking
 * each stored line up in the index cost most of writing it.
 */
function changedOnly(index, base) {
    let kept = 0;
    const changed = [];
    for (const [p, f] of index) {
        if (f instanceof StoredLine && f.base === base && f.path === p)
            kept++;
        else
            changed.push(f);
    }
    let replaced = 0;
    for (const f of changed)
        if (storedLineOf(base, f.path))
            replaced++;
    if (kept + replaced !== base.lines.length)
        return undefined;
    return changed.sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareStrings */ .K)(a.path, b.path));
}
/** The file lines: the stored text between the changed lines copied as it is, each changed line written anew. */
function spliceChanged(changed, base) {
    const { text, lines } = base;
    const parts = [];
    const last = lines[lines.length - 1];
    // The end of the last stored line, which may lack its newline at the end of the text.
    const end = last ? last.end + 1 : 0;
    let from = lines[0]?.start ?? 0;
    let at = 0;
    const copyTo = (to) => {
        if (to > from)
            parts.push(to > text.length ? `${text.slice(from)}\n` : text.slice(from, to));
    };
    for (const f of changed) {
        // The first stored line not before f (binary search: the stored lines are sorted by path).
        let lo = at;
        let hi = lines.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (lines[mid].path < f.path)
                lo = mid + 1;
            else
                hi = mid;
        }
        at = lo;
        copyTo(at < lines.length ? lines[at].start : end);
        parts.push(`${f.raw ?? serializeLine(f)}\n`);
        if (at < lines.length && lines[at].path === f.path)
            at++;
        from = at < lines.length ? lines[at].start : end;
    }
    copyTo(end);
    return parts.join('');
}
/**
 * The stored line of `rel` in `base`, if it has one: a binary search over its sorted lines. Not a map
 * of them: the parsed index is the map, and laying an overlay over it changes it in place, where a
 * copy of 100,000 entries cost 12 to 36 ms.
 */
function storedLineOf(base, rel) {
    if (base.find)
        return base.find(rel);
    const lines = base.lines;
    if (!base.sorted)
        return (base.compareStrings ??= new Map(lines.map((l) => [l.path, l]))).get(rel);
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (lines[mid].path < rel)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < lines.length && lines[lo].path === rel ? lines[lo] : undefined;
}
/** The blob id of a stored text: from git when it told it, else hashed (once). */
function baseBlob(base) {
    return (base.blob ??= (0,_git_blobs_js__WEBPACK_IMPORTED_MODULE_2__/* .gitBlobId */ .tK)(base.text));
}
/**
 * One line of a stored index, parsed on demand: the run touches a few fields of 100,000 lines once,
 * and keeping each line as offsets into the stored text (instead of seven strings, or even one)
 * saves ~80 MB and most of the allocations of reading it at that size.
 */
class StoredLine {
    path;
    start;
    pathEnd;
    end;
    base;
    constructor(path, 
    /** Offset of the line in `base.text`. */
    start, 
    /** Offset of the tab after the path. */
    pathEnd, 
    /** Offset of the end of the line (its newline, or the end of the text). */
    end, base) {
        this.path = path;
        this.start = start;
        this.pathEnd = pathEnd;
        this.end = end;
        this.base = base;
    }
    get raw() {
        return this.base.text.slice(this.start, this.end);
    }
    get blob() {
        return this.base.text.slice(this.pathEnd + 1, this.pathEnd + 41);
    }
    /** Whether its blob id is `blob`, compared in place. */
    hasBlob(blob) {
        return blob.length === 40 && this.base.text.startsWith(blob, this.pathEnd + 1);
    }
    /** Offsets [start, end) of field n in `base.text`. */
    fieldRange(n) {
        return fieldRangeIn(this.base.text, this.start, this.end, n);
    }
    field(n) {
        const [from, to] = this.fieldRange(n);
        return this.base.text.slice(from, to);
    }
    get entries() {
        const f = this.field(2);
        return f === '-' ? null : Number(f);
    }
    get status() {
        const f = this.field(3);
        return f === '-' ? null : f;
    }
    get title() {
        return fromAscii(this.field(4));
    }
    get problem() {
        const f = this.field(5);
        return f === '-' ? null : fromAscii(f);
    }
    get ids() {
        return this.field(6);
    }
    get knowledge() {
        return parseKnowledge(this.field(7), this.title);
    }
    get kproblem() {
        return parseKnowledgeProblem(this.field(7));
    }
    /** problem or kproblem set, read from the stored text without parsing either. */
    hasProblem() {
        return lineHasProblem(this.base.text, this.start, this.end);
    }
}
/** Offsets [start, end) of field n of the stored line text[lineStart, lineEnd). */
function fieldRangeIn(text, lineStart, lineEnd, n) {
    let at = lineStart;
    for (let i = 0; i < n; i++)
        at = text.indexOf('\t', at) + 1;
    const end = text.indexOf('\t', at);
    return [at, end < 0 || end > lineEnd ? lineEnd : end];
}
/** Whether the stored line text[start, end) has a problem or a kproblem (its last field), without parsing either. */
function lineHasProblem(text, start, end) {
    const [from, to] = fieldRangeIn(text, start, end, 5);
    return problemAt(text, from, to, end);
}
/** lineHasProblem where the problem field, text[from, to), is known: not "-", or a line ending in a kproblem. */
function problemAt(text, from, to, end) {
    return !(to === from + 1 && text.charCodeAt(from) === DASH) || text.startsWith(PROBLEM_PREFIX, text.lastIndexOf('\t', end - 1) + 1);
}
/**
 * Where the path of text[start, end) ends (its first tab), or -1 when the line is not the shape of an index line, as /^[^\t]+\t[0-9a-f]{40}\t(?:-|\d+)(?:\t[^\t]*){4}
 * \t(?:-|\{[^\t]*\})$/ would say, with indexOf over the stored text: at 100,000 lines a regular
 * expression over each line (cut out first) was a fifth of reading the index.
 */
function indexLinePathEnd(text, start, end) {
    const pathEnd = text.indexOf('\t', start);
    if (pathEnd <= start || pathEnd + 42 > end || text.charCodeAt(pathEnd + 41) !== TAB)
        return -1;
    for (let i = pathEnd + 1; i <= pathEnd + 40; i++)
        if (!isLowerHex(text.charCodeAt(i)))
            return -1;
    const entriesEnd = text.indexOf('\t', pathEnd + 42);
    if (entriesEnd < 0 || entriesEnd >= end || !isCount(text, pathEnd + 42, entriesEnd))
        return -1;
    let at = entriesEnd;
    for (let field = 0; field < 4; field++) {
        at = text.indexOf('\t', at + 1);
        if (at < 0 || at >= end)
            return -1;
    }
    const next = text.indexOf('\t', at + 1);
    if (next >= 0 && next < end)
        return -1;
    const first = text.charCodeAt(at + 1);
    const knowledge = end === at + 2 ? first === DASH : first === OPEN_BRACE && end > at + 2 && text.charCodeAt(end - 1) === CLOSE_BRACE;
    return knowledge ? pathEnd : -1;
}
const TAB = 9;
const HASH = 35;
const DASH = 45;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
function isLowerHex(c) {
    return (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
}
/** "-" or one or more digits. */
function isCount(text, from, to) {
    if (to === from + 1 && text.charCodeAt(from) === DASH)
        return true;
    if (to === from)
        return false;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return true;
}
/**
 * Parse the index (or, with `overlay`, an overlay: its own header, #base and tombstone lines); throws
 * PageError naming the line for anything it does not understand.
 */
function parseWikiIndex(text, file = WIKI_INDEX_FILE, opts = {}) {
    const steps = parseSteps(text, file, opts);
    for (;;) {
        const step = steps.next();
        if (step.done)
            return step.value;
    }
}
/**
 * parseWikiIndex in slices, giving the event loop a turn between them: at 100,000 pages the parse takes
 * ~80 ms, and git's listing of its blob ids (7 MB through a pipe, which git cannot fill further until it
 * is read) and git status run meanwhile instead of after it.
 */
async function parseWikiIndexInSlices(text, file = WIKI_INDEX_FILE) {
    const steps = parseSteps(text, file, {});
    for (;;) {
        const step = steps.next();
        if (step.done)
            return step.value;
        await new Promise((resolve) => setImmediate(resolve));
    }
}
/** Lines parsed between two turns of the event loop (about 2 ms of parsing). */
const PARSE_SLICE_LINES = 2048;
/** The parse behind both: yields after every PARSE_SLICE_LINES lines. */
function* parseSteps(text, file, opts) {
    const index = new Map();
    const lines = [];
    const base = { text, lines, sorted: true, contiguous: true };
    let inFileLines = false;
    let start = 0;
    let lineNo = 0;
    let previous;
    const overlay = opts.overlay === true;
    const removed = new Set();
    if (overlay)
        index.removed = removed;
    if (!text.startsWith(overlay ? WIKI_INDEX_OVERLAY_HEADER : WIKI_INDEX_HEADER))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX(`not a wiki index${overlay ? ' overlay' : ''} (header missing or another version)`, file, 1);
    while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const lineStart = start;
        start = end + 1;
        lineNo++;
        if (lineNo === 1)
            continue;
        if (lineNo % PARSE_SLICE_LINES === 0)
            yield;
        // Anything but a file line after the first file line: the lines are not one run of text.
        if (inFileLines && (end === lineStart || text.charCodeAt(lineStart) === HASH))
            base.contiguous = false;
        if (end === lineStart)
            continue;
        if (text.startsWith(SEEN_LINE, lineStart)) {
            index.seenBlob = text.slice(lineStart + SEEN_LINE.length, end);
            continue;
        }
        if (text.startsWith(VIEWS_LINE, lineStart)) {
            index.views = text.slice(lineStart + VIEWS_LINE.length, end);
            continue;
        }
        if (text.startsWith(TIMELINE_LINE, lineStart)) {
            index.timeline = parseTimeline(text.slice(lineStart, end), file, lineNo);
            continue;
        }
        if (overlay && text.startsWith(BASE_LINE, lineStart)) {
            const blob = text.slice(lineStart + BASE_LINE.length, end);
            if (!/^[0-9a-f]{40}$/.test(blob))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX(`not a #base line (the base's git blob id): "${text.slice(lineStart, Math.min(end, lineStart + 120))}"`, file, lineNo);
            index.overlayOf = blob;
            continue;
        }
        if (overlay && end - lineStart > 2 && text.charCodeAt(end - 1) === DASH && text.indexOf('\t', lineStart) === end - 2) {
            // A tombstone: `path<TAB>-`, the file was removed since the base was written.
            const rel = fromAscii(text.slice(lineStart, end - 2));
            if (previous !== undefined && !(previous < rel))
                base.sorted = false;
            previous = rel;
            if (index.has(rel) || removed.size === removed.add(rel).size)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX(`"${rel}" is listed twice`, file, lineNo);
            base.contiguous = false;
            continue;
        }
        const pathEnd = indexLinePathEnd(text, lineStart, end);
        if (pathEnd < 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX(`not an index line (path, blob, entries, status, title, problem, ids, knowledge): "${text.slice(lineStart, Math.min(end, lineStart + 120))}"`, file, lineNo);
        }
        const rel = fromAscii(text.slice(lineStart, pathEnd));
        if (previous !== undefined && !(previous < rel))
            base.sorted = false;
        previous = rel;
        const line = new StoredLine(rel, lineStart, pathEnd, end, base);
        inFileLines = true;
        lines.push(line);
        const size = index.size;
        if (removed.has(rel) || index.set(rel, line).size === size)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX(`"${rel}" is listed twice`, file, lineNo);
    }
    index.base = base;
    return index;
}
/**
 * A base the bot wrote, read without parsing it: at 100,000 pages, parsing its 37 MB into 100,000 entries
 * cost ~100 ms and most of the run's garbage, and a run looks up a few hundred of them. Taken only for a
 * base git vouches for as the one the last run left (src/pages/indexcheck.ts), which serializeWikiIndex
 * wrote: valid, sorted by path, its file lines after its # lines. A path's line is found by a binary
 * search over the text, and kept once found; what is set or removed is kept beside it (the Map holds
 * found and set entries, `gone` the base paths removed, `added` the paths the base lacks).
 *
 * It is a Map to every reader: iterating it, or its size, walks the whole base (as a parse would); the
 * run's own passes over every line (existingIdsAmong, problemPaths, overlayLines) read the text in place.
 */
class LazyIndex extends Map {
    from;
    gone = new Set();
    added = new Set();
    lineCount;
    store;
    /** `from`: where the file lines begin in `text` (after the header and # lines). */
    constructor(text, from) {
        super();
        this.from = from;
        const lazy = this;
        this.store = {
            text,
            sorted: true,
            contiguous: true,
            // Only a compaction (or a test) asks for every line as an object.
            get lines() {
                const lines = [];
                lazy.eachLine((start, end, pathEnd) => void lines.push(new StoredLine(fromAscii(text.slice(start, pathEnd)), start, pathEnd, end, lazy.store)));
                Object.defineProperty(this, 'lines', { value: lines });
                return lines;
            },
            find: (rel) => this.baseLine(rel),
        };
    }
    /** Where the first base line whose path is not before `key` starts (the text's length: none); a binary search over the text (lines sorted by path as decoded). */
    lowerBound(key) {
        const text = this.store.text;
        let lo = this.from;
        let hi = text.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            const start = text.lastIndexOf('\n', mid - 1) + 1;
            if (this.pathAt(start) < key) {
                const end = text.indexOf('\n', start);
                lo = end < 0 ? text.length : end + 1;
            }
            else
                hi = start;
        }
        return lo;
    }
    /** The path of the base line starting at `start`. */
    pathAt(start) {
        const text = this.store.text;
        return fromAscii(text.slice(start, text.indexOf('\t', start)));
    }
    /** The base's line of `rel`. */
    baseLine(rel) {
        const text = this.store.text;
        const start = this.lowerBound(rel);
        if (start >= text.length || this.pathAt(start) !== rel)
            return undefined;
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        return new StoredLine(rel, start, text.indexOf('\t', start), end, this.store);
    }
    /** Every line of the base in order: [start, end) and where its path ends. */
    eachLine(visit) {
        const text = this.store.text;
        for (let start = this.from; start < text.length;) {
            let end = text.indexOf('\n', start);
            if (end < 0)
                end = text.length;
            if (end > start)
                visit(start, end, text.indexOf('\t', start));
            start = end + 1;
        }
    }
    /**
     * Field n (not the last) of every base line still in the index as the base has it (none removed or
     * replaced), in order: [from, to) of the field, and where its line starts and ends. One pass over the
     * text, field by field (a valid base: every line has all its fields).
     */
    eachBaseField(n, visit) {
        const text = this.store.text;
        const skip = new Set();
        for (const p of this.gone)
            skip.add(this.baseLine(p).start);
        super.forEach((f, p) => {
            if (!(f instanceof StoredLine && f.base === this.store) && !this.added.has(p))
                skip.add(this.baseLine(p).start);
        });
        for (let start = this.from; start < text.length;) {
            let from = start;
            for (let i = 0; i < n; i++)
                from = text.indexOf('\t', from) + 1;
            const to = text.indexOf('\t', from);
            let end = text.indexOf('\n', to);
            if (end < 0)
                end = text.length;
            if (!skip.has(start))
                visit(from, to, start, end);
            start = end + 1;
        }
    }
    /** What was set since the base was read (a path the base lacks, or another entry for one it has). */
    eachChanged(visit) {
        super.forEach((f, p) => {
            if (!(f instanceof StoredLine && f.base === this.store))
                visit(p, f);
        });
    }
    /** The base's paths removed since it was read. */
    removedFromBase() {
        return [...this.gone];
    }
    /** Paths under `prefix` (PrefixKeys): the base's, found by a binary search and read in order, then the ones added. */
    keysUnder(prefix) {
        const text = this.store.text;
        const out = [];
        for (let start = this.lowerBound(prefix); start < text.length;) {
            let end = text.indexOf('\n', start);
            if (end < 0)
                end = text.length;
            const p = this.pathAt(start);
            if (!p.startsWith(prefix))
                break;
            if (!this.gone.has(p))
                out.push(p);
            start = end + 1;
        }
        for (const p of this.added)
            if (p.startsWith(prefix))
                out.push(p);
        return out;
    }
    get(p) {
        const f = super.get(p);
        if (f !== undefined || this.gone.has(p) || this.added.has(p))
            return f;
        const line = this.baseLine(p);
        if (line)
            super.set(p, line);
        return line;
    }
    has(p) {
        return this.get(p) !== undefined;
    }
    set(p, f) {
        if (!super.has(p) && !this.gone.delete(p) && !this.added.has(p) && !this.baseLine(p))
            this.added.add(p);
        super.set(p, f);
        return this;
    }
    delete(p) {
        if (this.gone.has(p))
            return false;
        if (this.added.delete(p))
            return super.delete(p);
        if (!super.has(p) && !this.baseLine(p))
            return false;
        super.delete(p);
        this.gone.add(p);
        return true;
    }
    clear() {
        this.eachLine((start, _end, pathEnd) => void this.gone.add(fromAscii(this.store.text.slice(start, pathEnd))));
        this.added.clear();
        super.clear();
    }
    get size() {
        if (this.lineCount === undefined) {
            let n = 0;
            this.eachLine(() => void n++);
            this.lineCount = n;
        }
        return this.lineCount - this.gone.size + this.added.size;
    }
    forEach(visit, thisArg) {
        for (const [p, f] of this.entries())
            visit.call(thisArg, f, p, this);
    }
    /** The base's paths in order (with what is set for them now), then the paths it lacks, as added. */
    entries() {
        const text = this.store.text;
        const out = [];
        this.eachLine((start, end, pathEnd) => {
            const p = fromAscii(text.slice(start, pathEnd));
            if (this.gone.has(p))
                return;
            out.push([p, super.get(p) ?? new StoredLine(p, start, pathEnd, end, this.store)]);
        });
        for (const p of this.added)
            out.push([p, super.get(p)]);
        return out[Symbol.iterator]();
    }
    keys() {
        return [...this.entries()].map(([p]) => p)[Symbol.iterator]();
    }
    values() {
        return [...this.entries()].map(([, f]) => f)[Symbol.iterator]();
    }
    [Symbol.iterator]() {
        return this.entries();
    }
}
/**
 * A base the bot wrote and git vouches for, read without parsing its file lines (LazyIndex): only its
 * header and # lines are read. Throws PageError for a header it does not know. Exported for its tests:
 * the run reaches it through refreshWikiIndex's `since`.
 */
function lazyWikiIndex(text, file = WIKI_INDEX_FILE) {
    if (!text.startsWith(WIKI_INDEX_HEADER))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX('not a wiki index (header missing or another version)', file, 1);
    let start = text.indexOf('\n') + 1;
    const head = new Map();
    let lineNo = 1;
    while (start > 0 && start < text.length && (text.charCodeAt(start) === HASH || text.charCodeAt(start) === 10)) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        lineNo++;
        if (text.startsWith(SEEN_LINE, start))
            head.seenBlob = text.slice(start + SEEN_LINE.length, end);
        else if (text.startsWith(VIEWS_LINE, start))
            head.views = text.slice(start + VIEWS_LINE.length, end);
        else if (text.startsWith(TIMELINE_LINE, start))
            head.timeline = parseTimeline(text.slice(start, end), file, lineNo);
        start = end + 1;
    }
    const index = new LazyIndex(text, Math.min(start, text.length));
    if (head.seenBlob)
        index.seenBlob = head.seenBlob;
    if (head.views)
        index.views = head.views;
    if (head.timeline)
        index.timeline = head.timeline;
    index.base = index.store;
    return index;
}
/** The git blob id of the base an overlay text extends (its #base line, the second), without parsing the rest. */
function overlayBaseOf(overlayText) {
    const start = overlayText.indexOf('\n') + 1;
    const end = overlayText.indexOf('\n', start);
    const line = overlayText.slice(start, end < 0 ? overlayText.length : end);
    const blob = line.startsWith(BASE_LINE) ? line.slice(BASE_LINE.length) : undefined;
    return blob && /^[0-9a-f]{40}$/.test(blob) ? blob : undefined;
}
/**
 * The index a parsed base and its overlay stand for (the overlay is laid over `base` in place). Throws
 * PageError (file:line) when the overlay cannot be read: the caller then rebuilds the whole index, as
 * for a broken single file. `baseBlob`: the base's git blob id when git told it (tracked and
 * unmodified), so the 37 MB base is not hashed to check the overlay's #base.
 */
function readStoredIndex(base, overlayText, opts = {}) {
    const indexFile = opts.indexFile ?? WIKI_INDEX_FILE;
    if (opts.baseBlob)
        base.base.blob = opts.baseBlob;
    if (overlayText === undefined)
        return { index: base };
    const overlay = parseWikiIndex(overlayText, recentIndexFile(indexFile), { overlay: true });
    const blob = baseBlob(base.base);
    if (overlay.overlayOf !== blob) {
        return { index: base, overlayIgnored: `${recentIndexFile(indexFile)} extends ${overlay.overlayOf ? `base ${overlay.overlayOf.slice(0, 12)}` : 'no named base'}, not ${indexFile} (${blob.slice(0, 12)}): the base alone is read` };
    }
    return { index: mergeOverlay(base, overlay) };
}
/**
 * The base with the overlay's lines, tombstones and # lines, laid over the parsed base in place (which
 * lines the base text holds, its IndexBase keeps: storedLineOf).
 */
function mergeOverlay(base, overlay) {
    const merged = base;
    for (const [p, f] of overlay)
        merged.set(p, f);
    for (const p of overlay.removed ?? [])
        merged.delete(p);
    // The overlay's run lines replace the base's, absent ones too: they describe the overlay's lines.
    delete merged.seenBlob;
    delete merged.views;
    delete merged.timeline;
    if (overlay.seenBlob)
        merged.seenBlob = overlay.seenBlob;
    if (overlay.views)
        merged.views = overlay.views;
    if (overlay.timeline)
        merged.timeline = overlay.timeline;
    return merged;
}
/**
 * The index files after a run: the overlay, and the base only when this run compacts (undefined: the
 * base on disk stays). Without a base (a first or rebuilt index), or with `compact`, the whole index is
 * the new base.
 */
function serializeIndexPair(next, policy = INDEX_COMPACTION, compact = false) {
    const base = next.base;
    if (base && !compact) {
        // Measured by its file lines: the # lines are the same size in every overlay (and in the base), and
        // in a small wiki the #timeline line alone would otherwise make every run compact.
        const lines = overlayLines(next, base);
        if (!(lines.length * policy.ratio >= base.text.length && lines.length >= policy.minBytes))
            return { base: undefined, overlay: serializeOverlay(next, baseBlob(base), lines) };
    }
    const whole = serializeWikiIndex(next);
    return { base: whole, overlay: serializeOverlay(next, (0,_git_blobs_js__WEBPACK_IMPORTED_MODULE_2__/* .gitBlobId */ .tK)(whole), '') };
}
function serializeOverlay(index, baseBlobId, lines) {
    return oneByte(`${WIKI_INDEX_OVERLAY_HEADER}\n${BASE_LINE}${baseBlobId}\n${runLines(index)}`) + lines;
}
/**
 * The overlay's file lines: every line of `next` that is not the base's line of its path, and a
 * tombstone for every base path `next` lacks, sorted by path. One pass over the entries, with a lookup
 * only for the few that are not the base's own lines; the base's lines are walked only when some are gone.
 */
function overlayLines(next, base) {
    let present = 0;
    const changed = [];
    if (next instanceof LazyIndex && next.store === base) {
        // Only what was set or removed since the base was read: the base's own lines are not looked at.
        next.eachChanged((p, f) => {
            const line = f.raw ?? serializeLine(f);
            if (base.find(p)?.raw !== line)
                changed.push({ path: p, line });
        });
        for (const p of next.removedFromBase())
            changed.push({ path: p, line: oneByte(`${toAscii(p)}\t-`) });
        changed.sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareStrings */ .K)(a.path, b.path));
        let lazyOut = '';
        for (const c of changed)
            lazyOut += `${c.line}\n`;
        return lazyOut;
    }
    // forEach, not for-of: no [path, file] pair allocated per entry of a 100,000-entry map.
    next.forEach((f, p) => {
        if (f instanceof StoredLine && f.base === base) {
            present++;
            return;
        }
        const line = f.raw ?? serializeLine(f);
        const stored = storedLineOf(base, p);
        if (stored) {
            present++;
            // A file put back as the base has it (same blob, same summary): nothing to overlay.
            if (stored.raw === line)
                return;
        }
        changed.push({ path: p, line });
    });
    if (present < base.lines.length)
        for (const l of base.lines)
            if (!next.has(l.path))
                changed.push({ path: l.path, line: oneByte(`${toAscii(l.path)}\t-`) });
    changed.sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareStrings */ .K)(a.path, b.path));
    let out = '';
    for (const c of changed)
        out += `${c.line}\n`;
    return out;
}
/** The files the index covers: markdown under pagesDir and newsDir, and the configured special pages. */
function isWikiFile(rel, config) {
    return wikiFileTest(config)(rel);
}
/**
 * The test behind isWikiFile, built once per config: it is asked for every file of the wiki on every
 * run (100,000 times), and building the special-page list (with every routing rule) per call cost more
 * than the rest of the refresh.
 */
function wikiFileTest(config) {
    let test = wikiFileTests.get(config);
    if (!test) {
        const p = config.pages;
        const pagesDir = dirOf(p.pagesDir);
        const newsDir = dirOf(p.newsDir);
        const special = new Set([p.queuePage, p.poolPage, p.indexPage, p.newsIndexPage, p.dailyReportPage, config.routing.defaultPage, ...config.routing.rules.map((r) => r.page)]);
        // The system status page carries the time of every run: keeping its blob would make the index differ
        // between two runs that write the same content. Every run reads it anyway (wikiview.pagesForPlan).
        special.delete(p.systemStatusPage);
        const status = p.systemStatusPage;
        // The split by-year listing's year pages, wherever byYearPage puts them (usually under pagesDir already).
        const years = (0,_byyear_js__WEBPACK_IMPORTED_MODULE_5__/* .byYearLayout */ .Ti)(config);
        test = (rel) => rel !== status && ((rel.endsWith('.md') && (rel.startsWith(pagesDir) || rel.startsWith(newsDir))) || special.has(rel) || (rel.startsWith(years.dir) && (0,_byyear_js__WEBPACK_IMPORTED_MODULE_5__/* .yearOfPage */ .O7)(years, rel) !== undefined));
        wikiFileTests.set(config, test);
    }
    return test;
}
const wikiFileTests = new WeakMap();
/**
 * Blob ids of the tracked wiki files, from git's own index (`git ls-files -s`): no file is read.
 * Paths are root-relative. Undefined when the root is not in a git work tree.
 */
async function trackedBlobIds(root, config, also = []) {
    const p = config.pages;
    // The seen file too: its blob tells whether it is the one the bot last wrote (not an indexed file);
    // and `also` (the index's base: its blob tells whether the overlay extends it, without hashing 37 MB).
    const where = [...new Set([...wikiFileWhere(config), p.seenFile, ...also])];
    const isWiki = wikiFileTest(config);
    return (0,_git_blobs_js__WEBPACK_IMPORTED_MODULE_2__/* .indexedBlobIds */ .Dd)(root, where, (rel) => rel === p.seenFile || isWiki(rel) || also.includes(rel));
}
/**
 * git pathspecs under which every wiki file lies (isWikiFile picks them out): the folders, and the
 * special and routed pages outside them. Not a page inside a folder: git matches every path of a
 * tree against every pathspec, and a config routing to 260 pages made `git diff-tree` at 100,000
 * pages ten times slower (0.36 s of CPU).
 */
function wikiFileWhere(config) {
    const p = config.pages;
    const folders = [...new Set([p.pagesDir, p.newsDir, (0,_byyear_js__WEBPACK_IMPORTED_MODULE_5__/* .byYearLayout */ .Ti)(config).dir].map(dirOf))];
    const pages = [p.queuePage, p.poolPage, p.indexPage, p.newsIndexPage, p.dailyReportPage, config.routing.defaultPage, ...config.routing.rules.map((r) => r.page)];
    const outside = pages.map((page) => node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(page)).filter((page) => !folders.some((f) => page.startsWith(f)));
    return [...new Set([...folders.filter((f) => !folders.some((g) => g !== f && f.startsWith(g))).map((f) => f.slice(0, -1)), ...outside])];
}
function readText(root, rel) {
    return (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExistsSync */ .Vu)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, rel));
}
/**
 * The index brought up to date with the files on disk. Tracked, unmodified files cost one string
 * comparison each (their blob id from git); only dirty, untracked or changed files are read.
 */
async function refreshWikiIndex(root, config, indexText, opts = {}) {
    let stored = new Map();
    let rebuilt;
    let overlayIgnored;
    if (indexText !== undefined) {
        try {
            const indexFile = opts.indexFile ?? WIKI_INDEX_FILE;
            // A base git vouches for as the one the last run left (src/pages/indexcheck.ts) is not parsed: its
            // lines are found as the run asks for them (LazyIndex).
            const vouched = opts.since ? await opts.since : undefined;
            const parsedBase = vouched ? lazyWikiIndex(indexText, indexFile) : await parseWikiIndexInSlices(indexText, indexFile);
            const baseBlob = await opts.baseBlob;
            const read = readStoredIndex(parsedBase, opts.overlayText, { indexFile, ...(baseBlob ? { baseBlob } : {}) });
            stored = read.index;
            overlayIgnored = read.overlayIgnored;
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
                throw err;
            rebuilt = err.message;
        }
    }
    else
        rebuilt = 'no index yet';
    const tracked = await opts.tracked;
    const texts = new Map();
    // The stored index becomes the refreshed one in place: at 100,000 pages a second map of every
    // unchanged file cost ~25 ms. What it held at each path this refresh changes is kept in `was`
    // (undefined: nothing), so `storedView` still answers for the index as stored.
    const index = stored;
    /** Stored files: counted only where the refresh looks for removed ones (a lazy base would be walked for it). */
    let storedSize = -1;
    const storedTimeline = stored.timeline;
    const was = new Map();
    const storedGet = (p) => (was.has(p) ? was.get(p) : index.get(p));
    /** Replace (or, with undefined, remove) a path's entry, keeping what was stored there. */
    const change = (p, f) => {
        if (!was.has(p))
            was.set(p, index.get(p));
        if (f)
            index.set(p, f);
        else
            index.delete(p);
    };
    const rescanned = [];
    /** Stored files kept in the index: when that is all of them, none was removed (no pass over 100,000 paths). */
    let storedVisited = 0;
    /** One file: `knownBlob` from git (tracked and clean), or undefined (read it and hash it). */
    const visit = (rel, knownBlob) => {
        let blob = knownBlob;
        let text;
        const old = storedGet(rel);
        if (blob === undefined) {
            text = readText(root, rel);
            // Deleted (dirty), or a special page that does not exist yet.
            if (text === undefined)
                return void (old && change(rel, undefined));
            texts.set(rel, text);
            blob = (0,_git_blobs_js__WEBPACK_IMPORTED_MODULE_2__/* .gitBlobId */ .tK)(text);
        }
        if (old && (old instanceof StoredLine ? old.hasBlob(blob) : old.blob === blob)) {
            if (index.get(rel) !== old)
                change(rel, old);
            storedVisited++;
            return;
        }
        text ??= readText(root, rel);
        if (text === undefined)
            return void (old && change(rel, undefined));
        texts.set(rel, text);
        change(rel, summarizeFile(rel, text, config, blob));
        if (old)
            storedVisited++;
        rescanned.push(rel);
    };
    /** Takes back what visit decided for a file (it was compared before git status said it is dirty). */
    const unvisit = (rel, old) => {
        texts.delete(rel);
        const at = rescanned.indexOf(rel);
        if (at >= 0)
            rescanned.splice(at, 1);
        if (old && index.get(rel) !== undefined)
            storedVisited--;
        if (index.get(rel) !== old)
            change(rel, old);
    };
    const visitedPaths = [];
    const since = tracked ? await opts.since : undefined;
    if (tracked) {
        if (since) {
            // Only what can have changed since the vouched check; a removed file is among them (read: missing).
            // Every stored file the diff does not name is vouched for: none of them was removed (storedSize stays -1).
            since.changed.forEach((blob, rel) => {
                if (isWikiFile(rel, config))
                    visit(rel, blob);
            });
            for (const rel of since.unvouched)
                if (!since.changed.has(rel) && isWikiFile(rel, config))
                    visit(rel, tracked.get(rel));
        }
        else {
            storedSize = stored.size;
            // Straight from git's list (100,000 files at that size: no intermediate map of them), before the
            // dirty files are known.
            const seenFile = config.pages.seenFile;
            tracked.forEach((blob, rel) => {
                if (rel !== seenFile)
                    visit(rel, blob);
            });
        }
        // The few dirty ones, compared before git status named them, are taken back and read.
        const dirty = [...((await opts.dirty) ?? [])].filter((rel) => isWikiFile(rel, config));
        for (const rel of dirty) {
            unvisit(rel, storedGet(rel));
            visit(rel, undefined);
        }
        visitedPaths.push(tracked.keys(), dirty);
    }
    else {
        storedSize = stored.size;
        await opts.dirty;
        const p = config.pages;
        const yearDir = (0,_byyear_js__WEBPACK_IMPORTED_MODULE_5__/* .byYearLayout */ .Ti)(config).dir;
        const listed = [...(await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .listFiles */ .CS)(root, p.pagesDir)), ...(await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .listFiles */ .CS)(root, p.newsDir)), ...(await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .listFiles */ .CS)(root, yearDir.slice(0, -1)))].filter((f) => isWikiFile(f, config));
        const paths = new Set([...listed, p.queuePage, p.poolPage, p.indexPage, p.newsIndexPage, p.dailyReportPage, config.routing.defaultPage, ...config.routing.rules.map((r) => r.page)]);
        paths.delete(p.systemStatusPage);
        for (const rel of paths)
            visit(rel, undefined);
        visitedPaths.push(paths);
    }
    // Stored files no source named are gone (looked for only when some stored file was not visited).
    if (storedSize >= 0 && storedVisited !== storedSize) {
        const named = new Set();
        for (const paths of visitedPaths)
            for (const p of paths)
                named.add(p);
        for (const p of [...index.keys()])
            if (!named.has(p) && !was.has(p))
                change(p, undefined);
    }
    const removed = [...was].filter(([p, old]) => old !== undefined && !index.has(p)).map(([p]) => p).sort();
    const fresh = rescanned.map((p) => index.get(p));
    const size = config.pages.timelineSize;
    let timeline;
    if (storedTimeline?.size === size) {
        const olds = [...rescanned, ...removed].flatMap((p) => storedGet(p) ?? []);
        timeline = advanceTimeline(storedTimeline, olds, fresh);
    }
    else if (fresh.length === index.size)
        timeline = advanceTimeline({ size, total: 0, entries: [] }, [], fresh);
    // Short when a person removed recent entries (or no timeline of this size was kept): read what it takes.
    if (!timeline || !timelineComplete(timeline))
        timeline = rebuildTimeline(root, index, config, texts);
    const storedView = { has: (p) => storedGet(p) !== undefined, get: storedGet, ...(stored.views ? { views: stored.views } : {}) };
    index.timeline = timeline;
    for (const f of fresh)
        delete f.newest;
    return { index, stored: storedView, rescanned: rescanned.sort(), removed, texts, ...(rebuilt ? { rebuilt } : {}), ...(overlayIgnored ? { overlayIgnored } : {}) };
}
/** The timeline after files changed: the entries of `olds` out, the newest of `news` in. */
function advanceTimeline(prev, olds, news) {
    const changed = new Set();
    let total = prev.total;
    for (const o of olds) {
        changed.add(o.path);
        total -= o.knowledge?.dated ?? 0;
    }
    const added = [];
    for (const n of news) {
        changed.add(n.path);
        total += n.knowledge?.dated ?? 0;
        if (n.newest)
            pushNewest(added, n.newest, prev.size);
    }
    const entries = prev.entries.filter((e) => !changed.has(e.page));
    // When `prev` does not list every dated entry, the ones after its last are unknown (their pages were
    // not read): an entry of a changed page ranked below that last one may have unknown entries before it,
    // so it is not taken. A list left short is then rebuilt from the pages (timelineComplete). Taking them
    // filled the timeline with a changed page's older entries once a person removed a page or an entry.
    const last = prev.entries.length < prev.total ? prev.entries[prev.entries.length - 1] : undefined;
    for (const e of added)
        if (prev.entries.length >= prev.total || (last && (0,_knowledge_js__WEBPACK_IMPORTED_MODULE_7__/* .compareTimeline */ .hD)(e, last) <= 0))
            entries.push(e);
    return { size: prev.size, total, entries: entries.sort(_knowledge_js__WEBPACK_IMPORTED_MODULE_7__/* .compareTimeline */ .hD).slice(0, prev.size) };
}
/** Add to a pool of candidates, trimming now and then so a full scan never holds every entry of the wiki. */
function pushNewest(pool, more, size) {
    pool.push(...more);
    if (pool.length > 4 * size) {
        pool.sort(_knowledge_js__WEBPACK_IMPORTED_MODULE_7__/* .compareTimeline */ .hD);
        pool.length = size;
    }
}
/** Whether a timeline lists all it should (the newest `size`, or every dated entry when there are fewer). */
function timelineComplete(t) {
    return t.entries.length >= Math.min(t.size, t.total);
}
/** The timeline from the pages themselves: every file of `index` with dated entries is read (or taken from `texts`). */
function rebuildTimeline(root, index, config, texts) {
    const size = config.pages.timelineSize;
    let total = 0;
    const pool = [];
    for (const f of index.values()) {
        const k = f.knowledge;
        if (!k?.dated)
            continue;
        total += k.dated;
        let newest = f.newest;
        if (!newest) {
            const text = texts.get(f.path) ?? readText(root, f.path);
            if (text === undefined)
                continue;
            try {
                newest = (0,_knowledge_js__WEBPACK_IMPORTED_MODULE_7__/* .pageKnowledge */ .ul)(f.path, text, size).newest;
            }
            catch (err) {
                if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
                    throw err;
                continue;
            }
        }
        pushNewest(pool, newest, size);
    }
    return { size, total, entries: pool.sort(_knowledge_js__WEBPACK_IMPORTED_MODULE_7__/* .compareTimeline */ .hD).slice(0, size) };
}
/** Which of `candidates` (entry ids) any wiki file already holds. Cost: one pass over the id columns. */
function existingIdsAmong(index, candidates) {
    const found = new Set();
    if (!candidates.size)
        return found;
    // A million ids at 100,000 pages: each is first checked against a 64 K bitmap of the candidates'
    // short keys where it stands, and only a hit is cut out and looked up (72 → 19 ms in a micro-bench
    // against slicing every id).
    const bitmap = new Uint8Array(1 << 16);
    for (const c of candidates)
        bitmap[shortKey(c, 0, c.length)] = 1;
    const scan = (text, from, to) => {
        for (let at = from; at < to;) {
            let end = text.indexOf(' ', at);
            if (end < 0 || end > to)
                end = to;
            if (end > at && bitmap[shortKey(text, at, end)]) {
                const id = text.slice(at, end);
                if (candidates.has(id))
                    found.add(id);
            }
            at = end + 1;
        }
    };
    if (index instanceof LazyIndex) {
        // The base's lines where they stand in its text (none cut out as an entry), then what was set since.
        const text = index.store.text;
        index.eachBaseField(6, (from, to) => {
            // The field cut out (a slice, no copy): the scan's indexOf for a space must stop at its end.
            if (to > from)
                scan(text.slice(from, to), 0, to - from);
        });
        index.eachChanged((_p, f) => scan(f.ids, 0, f.ids.length));
        return found;
    }
    for (const f of index.values()) {
        if (f instanceof StoredLine) {
            // In the line cut out (a slice, no copy): the scan's indexOf for a space must stop at the line.
            const [from, to] = f.fieldRange(6);
            scan(f.raw, from - f.start, to - f.start);
        }
        else
            scan(f.ids, 0, f.ids.length);
    }
    return found;
}
/** 16 bits from the length and the first six characters of text[from, to). */
function shortKey(text, from, to) {
    let h = to - from;
    const stop = Math.min(to, from + 6);
    for (let i = from; i < stop; i++)
        h = (h * 31 + text.charCodeAt(i)) | 0;
    return h & 0xffff;
}
/** The listing facts straight from the index (no copies: the index entries carry them). */
function wikiListing(index, timeline, previous) {
    return { pages: index, dayLogs: index, knowledge: { pages: index, newest: timeline.entries }, ...(previous ? { previous } : {}) };
}
/** Files of the index with a region or knowledge problem (one pass over the lines, no field parsed for the others). */
function problemPaths(index) {
    const out = [];
    if (index instanceof LazyIndex) {
        const text = index.store.text;
        index.eachBaseField(5, (from, to, start, end) => {
            if (problemAt(text, from, to, end))
                out.push(fromAscii(text.slice(start, text.indexOf('\t', start))));
        });
        index.eachChanged((p, f) => {
            if (f.problem !== null || f.kproblem !== null)
                out.push(p);
        });
        return out.sort(_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareStrings */ .K);
    }
    // forEach, not for-of: no [path, file] pair allocated per entry of a 100,000-entry map.
    index.forEach((f, p) => {
        if (f instanceof StoredLine ? f.hasProblem() : f.problem !== null || f.kproblem !== null)
            out.push(p);
    });
    return out.sort(_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareStrings */ .K);
}
/** The index after the run's edits (each edited wiki file summarised from its new text). */
function indexAfterEdits(index, edits, config) {
    const next = new Map(index);
    if (index.seenBlob)
        next.seenBlob = index.seenBlob;
    if (index.base)
        next.base = index.base;
    if (index.timeline)
        next.timeline = index.timeline;
    applyIndexEdits(next, edits, config);
    return next;
}
/**
 * `use` the index as it is after the edits, changed in place for the call and put back after it: at
 * 100,000 pages a copy of the index for a few hundred edits cost ~20 ms and 17 MB.
 */
function withIndexEdits(index, edits, config, use) {
    const props = { seenBlob: index.seenBlob, views: index.views, timeline: index.timeline };
    const before = new Map();
    for (const e of edits)
        if (!before.has(e.path))
            before.set(e.path, index.get(e.path));
    try {
        applyIndexEdits(index, edits, config);
        return use(index);
    }
    finally {
        before.forEach((f, p) => {
            if (f)
                index.set(p, f);
            else
                index.delete(p);
        });
        for (const [k, v] of Object.entries(props)) {
            if (v === undefined)
                delete index[k];
            else
                index[k] = v;
        }
    }
}
/** The run's edits laid over `next` in place: each edited wiki file summarised from its new text. */
function applyIndexEdits(next, edits, config) {
    const olds = [];
    const news = [];
    for (const e of edits) {
        if (e.path === config.pages.seenFile) {
            if (e.after === null)
                delete next.seenBlob;
            else
                next.seenBlob = (0,_git_blobs_js__WEBPACK_IMPORTED_MODULE_2__/* .gitBlobId */ .tK)(e.after);
            continue;
        }
        if (!isWikiFile(e.path, config))
            continue;
        const old = next.get(e.path);
        if (old)
            olds.push(old);
        if (e.after === null)
            next.delete(e.path);
        else {
            const f = summarizeFile(e.path, e.after, config);
            news.push(f);
            next.set(e.path, f);
        }
    }
    // A timeline left short (a page deleted) is rebuilt by the next refresh.
    if (next.timeline)
        next.timeline = advanceTimeline(next.timeline, olds, news);
    for (const f of news)
        delete f.newest;
}


/***/ })

};
