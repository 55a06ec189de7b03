export const id = 340;
export const ids = [340];
export const modules = {

/***/ 89489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ otherSchemeVariant),
/* harmony export */   Ui: () => (/* binding */ safeCanonical),
/* harmony export */   W3: () => (/* binding */ canonicalUrl),
/* harmony export */   Wv: () => (/* binding */ publishedUrl),
/* harmony export */   ub: () => (/* binding */ entryId),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
/* unused harmony export InvalidUrlError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77660);
/**
 * One canonical form per article URL, so the same article reached through a mobile host, an AMP
 * page, a tracking link or a YouTube share link gets one entry id, in this run and in every later one.
 *
 * Rules (in order):
 * - only absolute http(s) URLs; anything else throws InvalidUrlError naming the URL;
 * - Google AMP viewer / AMP cache wrappers (Google search `/amp/s/…` links, `cdn.ampproject.org` `/c/s/…` links) are unwrapped;
 * - YouTube videos (watch?v=, /shorts/, /embed/, /live/, /v/, youtu.be/, m./music./nocookie hosts)
 *   become `https://www.youtube.com/watch?v=ID`, every other parameter dropped;
 * - scheme and host lower case (the URL parser), default ports dropped, credentials dropped,
 *   trailing dot of the host dropped;
 * - `m.`, `mobile.`, `amp.` host prefixes stripped (m.news.naver.com → news.naver.com);
 * - AMP paths: `amp` path segments (`/amp/…`, `…/amp`), `.amp` before an extension or at the end;
 *   AMP switches in the query (`amp=1|true|yes|`, `outputType=amp`, `output=amp`);
 * - tracking parameters (TRACKING_PARAMS, TRACKING_PARAM_PREFIXES; names compared case-insensitively);
 * - fragments, except hash-router fragments (`#!/…`, `#/…`) which identify the page on some sites;
 * - trailing slashes (not the root path `/`); percent escapes in upper case;
 * - remaining query parameters sorted by name (stable: repeated names keep their order), each kept
 *   exactly as written, so no server ever sees a differently encoded value.
 *
 * The scheme is kept as given; entryId ignores it, so http:// and https:// forms are one entry.
 */



/** Query parameters that only track the click, never select content (lower case). */
const TRACKING_PARAMS = new Set([
    // ad click ids
    'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
    'li_fat_id', 'igshid', 'igsh', 'epik',
    // analytics / campaign ids
    '_ga', '_gl', 'cmpid', 'ncid', 'spm', 'scm', 'ito', 's_cid', 'wt.mc_id', 'vero_id', 'vero_conv',
    'pk_campaign', 'pk_kwd', 'pk_source', 'pk_medium', 'pk_content',
    // newsletters (Mailchimp, HubSpot, Marketo)
    'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok',
    // referrers
    'ref', 'ref_src', 'ref_url',
    // Google News appends oc=5 to the article links it hands out; YouTube/Spotify share ids
    'oc', 'si',
]);
/** Parameter name prefixes that are tracking by convention (lower case). */
const TRACKING_PARAM_PREFIXES = ['utm_', 'mtm_', 'hsa_'];
/** Host prefixes of mobile / AMP variants of a site. */
const MOBILE_HOST_PREFIXES = ['m.', 'mobile.', 'amp.'];
const YOUTUBE_HOSTS = new Set([
    'youtube.com',
    'www.youtube.com',
    'm.youtube.com',
    'music.youtube.com',
    'youtube-nocookie.com',
    'www.youtube-nocookie.com',
]);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_PATH_FORMS = new Set(['shorts', 'embed', 'live', 'v', 'e']);
/** Only on YouTube: parameters of a channel/playlist page that do not select content. */
const YOUTUBE_EXTRA_TRACKING = new Set(['feature', 'pp', 'ab_channel']);
const MAX_URL_IN_MESSAGE = 300;
/** A link that cannot be turned into a canonical URL; the message names the URL. */
class InvalidUrlError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WikiDailyError */ .WA {
    url;
    constructor(url, why) {
        const shown = url.length > MAX_URL_IN_MESSAGE ? `${url.slice(0, MAX_URL_IN_MESSAGE)}…` : url;
        super(`cannot canonicalise URL "${shown}": ${why}`);
        this.url = url;
    }
}
function parseHttpUrl(url) {
    let u;
    try {
        u = new URL(url.trim());
    }
    catch {
        throw new InvalidUrlError(url, 'not a valid absolute URL');
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        throw new InvalidUrlError(url, `scheme "${u.protocol.replace(/:$/, '')}" is not http or https`);
    }
    if (!u.hostname)
        throw new InvalidUrlError(url, 'no host');
    return u;
}
/** The article URL inside a Google AMP viewer or AMP cache link, if this is one. */
function unwrapAmpViewer(u) {
    const host = u.hostname.replace(/\.$/, '');
    if (/^(?:www\.)?google\.[a-z.]+$/.test(host)) {
        const m = /^\/amp\/(s\/)?(.+)$/.exec(u.pathname);
        if (m?.[2])
            return `${m[1] ? 'https' : 'http'}://${m[2]}${u.search}`;
    }
    if (host.endsWith('.cdn.ampproject.org')) {
        const m = /^\/[a-z]\/(s\/)?(.+)$/.exec(u.pathname);
        if (m?.[2])
            return `${m[1] ? 'https' : 'http'}://${m[2]}${u.search}`;
    }
    return undefined;
}
function youtubeVideoId(u, host) {
    if (host !== 'youtu.be' && !YOUTUBE_HOSTS.has(host))
        return undefined;
    const segments = u.pathname.split('/').filter(Boolean);
    if (host === 'youtu.be') {
        const id = segments[0];
        return id && YOUTUBE_ID.test(id) ? id : undefined;
    }
    if (segments[0] === 'watch') {
        const id = u.searchParams.get('v') ?? segments[1];
        return id && YOUTUBE_ID.test(id) ? id : undefined;
    }
    if (segments[0] && YOUTUBE_PATH_FORMS.has(segments[0])) {
        const id = segments[1];
        return id && YOUTUBE_ID.test(id) ? id : undefined;
    }
    return undefined;
}
function stripMobilePrefix(host) {
    let h = host;
    for (let changed = true; changed;) {
        changed = false;
        for (const prefix of MOBILE_HOST_PREFIXES) {
            const rest = h.slice(prefix.length);
            // keep at least "name.tld": m.com is a site, not a mobile variant of "com"
            if (h.startsWith(prefix) && rest.includes('.')) {
                h = rest;
                changed = true;
            }
        }
    }
    return h;
}
function canonicalPath(pathname) {
    // Every link in the wiki is canonicalised on every run: skip the segment work when no "amp" is there.
    let path = /amp/i.test(pathname)
        ? pathname
            .split('/')
            .filter((s) => s.toLowerCase() !== 'amp')
            .map((s) => s.replace(/\.amp(?=\.[A-Za-z0-9]+$|$)/i, ''))
            .join('/')
        : pathname;
    path = path.replace(/\/+$/, '');
    if (!path.startsWith('/'))
        path = `/${path}`;
    return upperCaseEscapes(path);
}
function upperCaseEscapes(s) {
    return s.includes('%') ? s.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase()) : s;
}
function isDroppedParam(name, value, youtube) {
    if (TRACKING_PARAMS.has(name))
        return true;
    if (TRACKING_PARAM_PREFIXES.some((p) => name.startsWith(p)))
        return true;
    if (youtube && YOUTUBE_EXTRA_TRACKING.has(name))
        return true;
    const v = value.toLowerCase();
    if (name === 'amp')
        return v === '' || v === '1' || v === 'true' || v === 'yes';
    if (name === 'outputtype' || name === 'output')
        return v === 'amp';
    return false;
}
function canonicalQuery(search, youtube) {
    const kept = [];
    for (const raw of search.replace(/^\?/, '').split('&')) {
        if (!raw)
            continue;
        const eq = raw.indexOf('=');
        const name = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .safeDecode */ .ex)(eq < 0 ? raw : raw.slice(0, eq)).toLowerCase();
        const value = eq < 0 ? '' : (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .safeDecode */ .ex)(raw.slice(eq + 1));
        if (isDroppedParam(name, value, youtube))
            continue;
        kept.push({ name, raw: upperCaseEscapes(raw) });
    }
    // Array.prototype.sort is stable: repeated names keep their relative order
    kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return kept.length ? `?${kept.map((k) => k.raw).join('&')}` : '';
}
function canonicalFragment(hash) {
    // hash routers (#!/article/1, #/view/2) put the page itself in the fragment: dropping it would
    // merge different articles into one entry and lose all but the first
    return /^#!?\//.test(hash) ? hash : '';
}
function canonicalize(url, depth) {
    const u = parseHttpUrl(url);
    if (depth === 0) {
        const inner = unwrapAmpViewer(u);
        if (inner)
            return canonicalize(inner, 1);
    }
    const host = u.hostname.replace(/\.$/, '');
    const videoId = youtubeVideoId(u, host);
    if (videoId)
        return `https://www.youtube.com/watch?v=${videoId}`;
    const youtube = YOUTUBE_HOSTS.has(host);
    const cleanHost = youtube ? 'www.youtube.com' : stripMobilePrefix(host);
    const port = u.port ? `:${u.port}` : '';
    return (`${u.protocol}//${cleanHost}${port}` +
        canonicalPath(u.pathname) +
        canonicalQuery(u.search, youtube) +
        canonicalFragment(u.hash));
}
/**
 * The link as the publisher published it, for showing on a page: only the tracking parameters are
 * removed (each kept parameter exactly as written, in its order), and the trailing slash, host and
 * fragment stay — some servers answer a canonicalised chosun.com link without its final `/` with a
 * redirect or a 404. Links whose canonical form is itself the better working link keep that form:
 * YouTube videos (`/shorts/…`, youtu.be → watch?v=) and Google AMP viewer / AMP cache wrappers.
 * Throws InvalidUrlError like canonicalUrl.
 */
function publishedUrl(url) {
    const u = parseHttpUrl(url);
    const host = u.hostname.replace(/\.$/, '');
    if (unwrapAmpViewer(u) !== undefined || youtubeVideoId(u, host) !== undefined)
        return canonicalize(url, 0);
    const youtube = YOUTUBE_HOSTS.has(host);
    const kept = u.search
        .replace(/^\?/, '')
        .split('&')
        .filter((raw) => {
        if (!raw)
            return false;
        const eq = raw.indexOf('=');
        const name = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .safeDecode */ .ex)(eq < 0 ? raw : raw.slice(0, eq)).toLowerCase();
        return !(TRACKING_PARAMS.has(name) || TRACKING_PARAM_PREFIXES.some((p) => name.startsWith(p)) || (youtube && YOUTUBE_EXTRA_TRACKING.has(name)));
    });
    u.search = kept.length ? `?${kept.join('&')}` : '';
    return u.href;
}
/** The canonical form of an article URL (see the module comment); throws InvalidUrlError. */
function canonicalUrl(url) {
    let canonical = canonicalCache.get(url);
    if (canonical === undefined) {
        canonical = canonicalize(url, 0);
        // Bounded: cleared when full rather than evicted one by one (a run asks for a few thousand URLs).
        if (canonicalCache.size >= CANONICAL_CACHE_SIZE)
            canonicalCache.clear();
        canonicalCache.set(url, canonical);
    }
    return canonical;
}
/**
 * The same URL is canonicalised several times in a run — by the gate, by the planner for the links
 * already on a page, and again when the wiki index summarises the written page — and it is pure.
 */
const canonicalCache = new Map();
const CANONICAL_CACHE_SIZE = 20_000;
/** The canonical form, or undefined for a link that is no valid URL (a person may write anything). */
function safeCanonical(url) {
    try {
        return canonicalUrl(url);
    }
    catch {
        return undefined;
    }
}
/**
 * sha256 of a string's UTF-8 bytes, in hex. Ids are computed for every link in the wiki and every
 * line of the seen file, so the one-shot crypto.hash (Node ≥ 20.12, several times faster than a
 * Hash object per call) is used when present.
 */
const sha256Hex = typeof (node_crypto__WEBPACK_IMPORTED_MODULE_0___default().hash) === 'function'
    ? (text) => node_crypto__WEBPACK_IMPORTED_MODULE_0___default().hash('sha256', text, 'hex')
    : (text) => node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('sha256').update(text, 'utf8').digest('hex');
/** Lower-case host name of a URL (no port, no trailing dot); throws InvalidUrlError. */
function hostOf(url) {
    return parseHttpUrl(url).hostname.replace(/\.$/, '');
}
/** The same canonical URL with the other of http/https, for scheme-insensitive lookups. */
function otherSchemeVariant(canonical) {
    if (canonical.startsWith('https://'))
        return `http://${canonical.slice('https://'.length)}`;
    if (canonical.startsWith('http://'))
        return `https://${canonical.slice('http://'.length)}`;
    return undefined;
}
/** Stable entry id: 'e' + the first 12 hex digits of sha256 of the canonical URL without its scheme. */
function entryId(canonical) {
    const withoutScheme = canonical.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    return `e${sha256Hex(withoutScheme).slice(0, 12)}`;
}


/***/ }),

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

/***/ 77660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ normalizeHostSuffix),
/* harmony export */   LJ: () => (/* binding */ matchKey),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   ex: () => (/* binding */ safeDecode),
/* harmony export */   fJ: () => (/* binding */ hostMatchesSuffix)
/* harmony export */ });
/**
 * Text keys for matching names and words. Korean names are written with and without spaces
 * (고윤정 / 고 윤정), English ones with spaces, hyphens or neither (Go Youn-jung / Go Younjung), and
 * feeds mix NFC with NFD Hangul; comparing keys instead of raw text makes all of those equal.
 */
/** Separators that writers use interchangeably inside a name; removed together with whitespace. */
const SEPARATORS = /[\s\-_.·・‧'’‘"“”+]/gu;
/** Case-, width-, composition- and separator-insensitive key of a text. */
function matchKey(text) {
    return text.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
}
/**
 * Percent-decode what can be decoded and leave the rest: one malformed escape in a URL must not
 * hide a name that is spelled out elsewhere in it.
 */
function safeDecode(text) {
    if (!text.includes('%') && !text.includes('+'))
        return text;
    const spaced = text.replace(/\+/g, ' ');
    try {
        return decodeURIComponent(spaced);
    }
    catch {
        return spaced.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
            try {
                return decodeURIComponent(run);
            }
            catch {
                return run;
            }
        });
    }
}
/**
 * Does `host` equal `suffix` or end with `.suffix`? Matching on label boundaries keeps `kbs.co.kr`
 * from matching `xkbs.co.kr`.
 */
function hostMatchesSuffix(host, suffix) {
    return host === suffix || host.endsWith(`.${suffix}`);
}
/** A host suffix as written in the config, tolerant of `*.x`, `.x`, upper case and a trailing dot. */
function normalizeHostSuffix(suffix) {
    return suffix
        .trim()
        .toLowerCase()
        .replace(/^\*?\./, '')
        .replace(/\.$/, '');
}
/** Numbers in reasons: integers as is, fractions with at most two decimals. */
function formatNumber(n) {
    return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}


/***/ }),

/***/ 46340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderConfigErrorSummary: () => (/* binding */ renderConfigErrorSummary),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary),
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, SUMMARY_ENTRY_LIMIT, splitDiff, backupLine, capBytes */
/* harmony import */ var _gate_seen_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85908);
/**
 * The RunReport rendered for people: the GitHub job summary (markdown) and the CLI's plain text.
 * (The third rendering, --json, is the value itself; the daily report page is in page.ts.)
 */

/** GitHub refuses step summaries over 1 MiB; stay well under it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
const STATUS_ICON = {
    success: '🟢',
    partial: '🟡',
    failed: '🔴',
    skipped: '⏭️',
    running: '⏳',
};
function cell(s) {
    return String(s ?? '')
        .replace(/\|/g, '\\|')
        .replace(/[\r\n]+/g, ' ')
        .slice(0, 300);
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
function sourceResult(s) {
    if (s.outcome === 'failed')
        return `❌ ${s.error ?? 'failed'}`;
    const how = s.outcome === 'fresh' ? 'cached' : s.outcome === 'not-modified' ? '304' : 'fetched';
    return s.items === 0 ? `⚠️ ${how}, no items` : `✅ ${how}`;
}
function headline(r) {
    const icon = STATUS_ICON[r.status] ?? '';
    const what = r.command === 'collect'
        ? `${r.itemsCollected} items from ${r.sources.length} sources`
        : `${r.itemsAdded} entries added, ${r.itemsCollected} items collected from ${r.sources.length} sources`;
    return `${icon} **${r.status}** — ${what}${r.dryRun ? ' (dry run)' : ''}${r.reason ? ` — ${r.reason}` : ''}`;
}
/** Entries listed one by one in the job summary; the rest are counted. */
const SUMMARY_ENTRY_LIMIT = 50;
/** Markdown link text: brackets and line breaks would break the link. */
function linkText(s) {
    return cell(s).replace(/([[\]])/g, '\\$1');
}
/** A URL in a markdown link target: only http(s), and no characters that end the target. */
function linkTarget(url) {
    return /^https?:\/\//i.test(url) ? url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c)) : undefined;
}
function commitCell(r, repoUrl) {
    if (!r.commitSha)
        return r.committed ? 'yes' : 'no';
    const short = `\`${r.commitSha.slice(0, 8)}\``;
    // A commit that was not pushed does not exist on GitHub: a link would be a 404.
    if (r.pushed && repoUrl)
        return `[${short}](${repoUrl}/commit/${r.commitSha})`;
    return r.pushed ? short : `${short} (not pushed)`;
}
/** Split a multi-file unified diff into one chunk per file (by its `+++ b/<path>` header). */
function splitDiff(diff) {
    const chunks = [];
    const lines = diff.split('\n');
    let start = -1;
    const flush = (end) => {
        if (start < 0)
            return;
        const text = lines.slice(start, end).join('\n').replace(/\n+$/, '');
        const plus = /^\+\+\+ b\/(.*?)(\t.*)?$/m.exec(text);
        chunks.push({ path: plus?.[1] ?? '', text });
    };
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
            // `Index:` (diff's own header) belongs to the chunk that follows it.
            const head = i > 0 && lines[i - 1].startsWith('Index: ') ? i - 1 : i;
            flush(head);
            start = head;
            i++;
        }
    }
    flush(lines.length);
    return chunks;
}
function renderEntries(r, out) {
    const entries = r.entries ?? [];
    if (!entries.length)
        return;
    const shown = entries.slice(0, SUMMARY_ENTRY_LIMIT);
    out.push(`### ${r.dryRun ? 'Entries to add' : 'Entries added'} (${entries.length})`, '', '| entry | outlet | page |', '|---|---|---|');
    for (const e of shown) {
        const target = linkTarget(e.url);
        out.push(`| ${target ? `[${linkText(e.title)}](${target})` : linkText(e.title)} | ${cell(e.outlet ?? '')} | \`${cell(e.page)}\` |`);
    }
    if (entries.length > shown.length)
        out.push('', `… and ${entries.length - shown.length} more (${entries.length} in all).`);
    out.push('');
}
function renderDryRunDiff(diff, seenFile, out) {
    const chunks = splitDiff(diff);
    // Both seen files (the base and its recent file, src/gate/seenstore.ts) go last, collapsed.
    const seenPaths = (0,_gate_seen_js__WEBPACK_IMPORTED_MODULE_0__/* .seenFiles */ .pK)(seenFile);
    const pages = chunks.filter((c) => !seenPaths.includes(c.path));
    const seen = chunks.filter((c) => seenPaths.includes(c.path));
    if (pages.length) {
        out.push('### Planned page edits', '');
        for (const c of pages)
            out.push(`#### \`${cell(c.path)}\``, '', '```diff', c.text, '```', '');
    }
    for (const c of seen)
        out.push(`<details><summary>Seen file <code>${cell(c.path)}</code></summary>`, '', '```diff', c.text, '```', '', '</details>', '');
}
function renderSummary(r, opts = {}) {
    const out = [];
    out.push(`## ${r.dryRun ? 'Planned — ' : ''}goyoonjung-wiki daily — ${r.command} ${r.date}`, '', headline(r), '');
    const failed = r.sources.filter((s) => s.outcome === 'failed');
    const okCount = r.sources.length - failed.length;
    out.push(`| sources ok | failed | cache hit rate | items added | committed | pushed | duration |`, `|---|---|---|---|---|---|---|`, `| ${okCount} | ${failed.length} | ${Math.round(r.cache.hitRate * 100)} % | ${r.itemsAdded} | ${commitCell(r, opts.repoUrl)} | ${r.pushed ? 'yes' : 'no'} | ${seconds(r.durationMs)} |`, '');
    // A dry run shows what it would write before anything else: that is what the maintainer asked for.
    if (r.dryRun && r.diff)
        renderDryRunDiff(r.diff, opts.seenFile ?? 'data/seen.tsv', out);
    if (r.errors.length || failed.length) {
        out.push('### Failures', '');
        for (const e of r.errors)
            out.push(`- ${cell(e)}`);
        for (const s of failed)
            out.push(`- source \`${s.id}\`: ${cell(s.error)}`);
        out.push('');
    }
    renderEntries(r, out);
    const pages = Object.entries(r.pages).filter(([, n]) => n > 0);
    if (pages.length) {
        out.push('### Entries added per page', '', '| page | entries |', '|---|---|');
        for (const [p, n] of pages.sort()) {
            const link = opts.repoUrl ? `[${p}](${opts.repoUrl}/blob/${opts.ref ?? 'HEAD'}/${p})` : `\`${p}\``;
            out.push(`| ${link} | ${n} |`);
        }
        out.push('');
    }
    if (r.command !== 'collect') {
        const l = r.lanes;
        out.push(`Lanes: land ${l.land} · queue ${l.queue} · pool ${l.pool} · discard ${l.discard} · duplicate ${l.duplicate} · irrelevant ${l.irrelevant}`, '');
    }
    if (r.curated?.length) {
        out.push(`### Curated (${r.curated.length})`, '');
        for (const x of r.curated.slice(0, 50))
            out.push(`- ${cell(x)}`);
        out.push('');
    }
    if (r.repaired?.length) {
        out.push('### Repaired (left behind by an earlier run)', '');
        for (const x of r.repaired.slice(0, 50))
            out.push(`- ${cell(x)}`);
        out.push('');
    }
    if (r.warnings.length) {
        out.push('<details><summary>Warnings (' + r.warnings.length + ')</summary>', '');
        for (const w of r.warnings.slice(0, 200))
            out.push(`- ${cell(w)}`);
        out.push('', '</details>', '');
    }
    if (r.anomalies.length) {
        out.push('### Anomalies', '');
        for (const a of r.anomalies)
            out.push(`- ${a.metric}: ${a.value} (median ${a.median}, robust z ${a.z.toFixed(1)})`);
        out.push('');
    }
    out.push(`<details><summary>Sources (${r.sources.length})</summary>`, '');
    out.push('| source | kind | result | HTTP | items | time |', '|---|---|---|---|---|---|');
    for (const s of r.sources)
        out.push(`| \`${cell(s.id)}\` | ${s.kind} | ${cell(sourceResult(s))} | ${s.httpStatus ?? ''} | ${s.items} | ${seconds(s.durationMs)} |`);
    out.push('', '</details>', '');
    if (r.stages.length) {
        out.push('<details><summary>Stages</summary>', '', '| stage | time | result |', '|---|---|---|');
        for (const st of r.stages)
            out.push(`| ${st.stage} | ${seconds(st.durationMs)} | ${st.ok ? 'ok' : cell(st.error ?? 'failed')} |`);
        out.push('', '</details>', '');
    }
    if (r.changedFiles.length) {
        out.push(`<details><summary>Changed files (${r.changedFiles.length})</summary>`, '');
        for (const f of r.changedFiles.slice(0, 500))
            out.push(`- \`${f}\``);
        out.push('', '</details>', '');
    }
    if (r.diff && !r.dryRun)
        out.push('<details><summary>Planned edits</summary>', '', '```diff', r.diff, '```', '', '</details>', '');
    if (r.backupId)
        out.push(backupLine(r), '');
    if (r.runUrl)
        out.push(`[Workflow run](${r.runUrl})`, '');
    return capBytes(out.join('\n'), SUMMARY_LIMIT_BYTES);
}
/**
 * Which run holds the backup: only a snapshot this run created (and uploaded) is in this run's
 * artifacts; an unchanged tree reuses an earlier snapshot whose artifact lives in the run that made it.
 */
function backupLine(r) {
    const id = `\`${r.backupId}\``;
    if (r.backupCreated === false)
        return `Backup: unchanged since ${id} (an earlier run took it; restore.yml finds it in the state cache)`;
    const runId = r.runUrl?.match(/\/actions\/runs\/(\d+)/)?.[1];
    if (r.backupArtifact)
        return `Backup snapshot: ${id}, artifact \`${r.backupArtifact}\` in this run${runId ? ` (run id ${runId}: restore.yml backup-run-id)` : ''}`;
    return `Backup snapshot: ${id} (state folder only; no artifact uploaded by this run)`;
}
/** Cut text to a byte budget on a line boundary, saying so. */
function capBytes(text, limit) {
    if (Buffer.byteLength(text) <= limit)
        return text;
    const note = '\n\n… (truncated to stay under the job summary limit)\n';
    let cut = text.slice(0, limit - note.length);
    while (Buffer.byteLength(cut) > limit - note.length)
        cut = cut.slice(0, Math.floor(cut.length * 0.95));
    return cut.slice(0, cut.lastIndexOf('\n')) + note;
}
/** Plain text for a terminal. */
function renderText(r) {
    const lines = [];
    lines.push(`wiki-daily ${r.command} ${r.date}: ${r.status.toUpperCase()}${r.dryRun ? ' (dry run)' : ''}${r.reason ? ` — ${r.reason}` : ''}`);
    const failed = r.sources.filter((s) => s.outcome === 'failed').length;
    lines.push(`  sources: ${r.sources.length - failed} ok, ${failed} failed · cache hit rate ${Math.round(r.cache.hitRate * 100)} % · ${r.itemsCollected} items collected`);
    if (r.command !== 'collect') {
        const l = r.lanes;
        lines.push(`  entries added: ${r.itemsAdded} (land ${l.land}, queue ${l.queue}, pool ${l.pool}; ${l.duplicate} duplicate, ${l.irrelevant} irrelevant, ${l.discard} discarded)`);
        for (const [p, n] of Object.entries(r.pages).sort())
            if (n)
                lines.push(`    ${p}: +${n}`);
        lines.push(`  changed files: ${r.changedFiles.length} · commit: ${r.commitSha ? r.commitSha.slice(0, 8) : 'none'} · pushed: ${r.pushed ? 'yes' : 'no'}`);
    }
    for (const s of r.sources.filter((x) => x.outcome === 'failed'))
        lines.push(`  ✗ ${s.id}: ${s.error}`);
    for (const e of r.errors)
        lines.push(`  error: ${e}`);
    for (const x of r.curated ?? [])
        lines.push(`  curated: ${x}`);
    for (const x of r.repaired ?? [])
        lines.push(`  repaired: ${x}`);
    // Warnings belong in what a person reads, not only in the logs (issue 10).
    for (const w of r.warnings)
        lines.push(`  warning: ${w}`);
    for (const a of r.anomalies)
        lines.push(`  anomaly: ${a.metric} = ${a.value} (median ${a.median}, z ${a.z.toFixed(1)})`);
    if (r.backupId)
        lines.push(`  backup: ${r.backupCreated === false ? `unchanged since ${r.backupId}` : r.backupId}`);
    lines.push(`  took ${seconds(r.durationMs)}`);
    return lines.join('\n');
}
/**
 * The job summary of a run that never started because the config is invalid: every problem with its
 * `file:line`, so the maintainer can fix them all in one edit.
 */
function renderConfigErrorSummary(err, file, command = 'run') {
    const out = [`## goyoonjung-wiki daily — ${command}`, '', `${STATUS_ICON.failed} **failed** — invalid config \`${cell(file)}\``, ''];
    const list = err.locations.length ? err.locations : [{ message: err.message.split('\n')[0] ?? err.message }];
    out.push(`### Config errors (${list.length})`, '', '| where | problem |', '|---|---|');
    for (const l of list)
        out.push(`| \`${cell(file)}${l.line ? `:${l.line}` : ''}\` | ${cell(l.message)} |`);
    out.push('', 'Nothing was collected, written or committed.', '');
    return capBytes(out.join('\n'), SUMMARY_LIMIT_BYTES);
}


/***/ })

};
