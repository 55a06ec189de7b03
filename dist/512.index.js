export const id = 512;
export const ids = [512];
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

/***/ 816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cD: () => (/* binding */ isKnowledgePage),
/* harmony export */   gu: () => (/* binding */ planKnowledgePages),
/* harmony export */   hD: () => (/* binding */ compareTimeline),
/* harmony export */   ul: () => (/* binding */ pageKnowledge)
/* harmony export */ });
/* unused harmony exports TIMELINE_REGION, renderTimeline */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18472);
/* harmony import */ var _indexes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89561);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(47751);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78345);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24421);
/* harmony import */ var _toc_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14494);
/* harmony import */ var _byyearrows_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(567);
/* harmony import */ var _byyear_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(94730);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(62072);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5395);
/**
 * The knowledge pages: views across the wiki that no single page gives.
 *
 * - pages/by_year.md: per year (newest first), each page with entries that year, linked to the page's
 *   year heading (GitHub's own anchors, from listHeadings: one slugger per page, so a second `## 2026`
 *   on a page links to `#2026-1`), with the number of entries; above pages.byYearSplitRows rows a hub
 *   of years with one page of rows per year (src/pages/byyear.ts);
 * - pages/timeline.md: the newest `pages.timelineSize` dated entries across the wiki, newest first,
 *   one list item each: date, outlet, linked title and the page (linked to its year heading).
 *
 * Pure (texts in, edits out) and idempotent: each page is a managed region inside a page people may
 * add text to; an edit is returned only when the text would change. Entry text is read back from the
 * pages as markdown, turned into plain text (headingText) and written again through the sanitiser,
 * so a title is escaped exactly once. The promotion queue and the candidate pool are candidates, not
 * the wiki's content, and are left out.
 */













const TIMELINE_REGION = 'timeline';
/** Entries of every entries region of a page, with the anchors of their year headings. */
function readEntries(file, text) {
    const regions = (0,_regions_js__WEBPACK_IMPORTED_MODULE_4__/* .findRegions */ .zo)(text, file);
    const headings = (0,_toc_js__WEBPACK_IMPORTED_MODULE_6__/* .listHeadings */ .AW)(text);
    const entries = [];
    for (const region of regions) {
        if (!region.name.startsWith('entries:'))
            continue;
        const yearAnchors = new Map();
        for (const h of headings) {
            if (h.line <= region.beginLine || h.line >= region.endLine || !/^\d{4}$/.test(h.text))
                continue;
            if (!yearAnchors.has(Number(h.text)))
                yearAnchors.set(Number(h.text), h.anchor);
        }
        for (const e of (0,_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEntries */ .Km)((0,_lines_js__WEBPACK_IMPORTED_MODULE_10__/* .toLf */ .yj)(text.slice(region.bodyStart, region.bodyEnd)), file).entries) {
            const year = e.year ?? ((0,_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .isEntryDate */ .JZ)(e.date) ? Number(e.date.slice(0, 4)) : undefined);
            const anchor = year === undefined ? undefined : yearAnchors.get(year);
            entries.push({
                page: file,
                line: region.beginLine + e.line,
                ...(year !== undefined ? { year } : {}),
                ...((0,_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .isEntryDate */ .JZ)(e.date) ? { date: e.date } : {}),
                outlet: e.outlet === undefined ? '' : (0,_toc_js__WEBPACK_IMPORTED_MODULE_6__/* .headingText */ .ky)(e.outlet),
                title: e.title === undefined ? '' : (0,_toc_js__WEBPACK_IMPORTED_MODULE_6__/* .headingText */ .ky)(e.title),
                ...(e.url ? { url: e.url } : {}),
                ...(anchor ? { anchor } : {}),
            });
        }
    }
    return entries;
}
/** Newest first; ties by page, then by line (the timeline's order). */
function compareTimeline(a, b) {
    return (0,_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareStrings */ .K)(b.date, a.date) || (0,_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareStrings */ .K)(a.page, b.page) || a.line - b.line;
}
/**
 * What the knowledge pages take from one page: its by-year row and its dated entries (newest first,
 * at most `keep`). Throws PageError when its regions or entries cannot be read.
 */
function pageKnowledge(file, text, keep = Infinity) {
    // The planner reads a written page's knowledge, then the wiki index summarises the same text again.
    const cached = knowledgeCache.get(file);
    if (cached && cached.keep === keep && cached.text === text)
        return cached.result;
    const result = readPageKnowledge(file, text, keep);
    if (knowledgeCache.size >= KNOWLEDGE_CACHE_SIZE)
        knowledgeCache.clear();
    knowledgeCache.set(file, { text, keep, result });
    return result;
}
/** The last result per page (the text kept to check it is the same): callers treat results as read-only. */
const knowledgeCache = new Map();
const KNOWLEDGE_CACHE_SIZE = 2_000;
function readPageKnowledge(file, text, keep) {
    const entries = readEntries(file, text);
    const years = new Map();
    const dated = [];
    for (const e of entries) {
        const cell = years.get(e.year) ?? { ...(e.year !== undefined ? { year: e.year } : {}), count: 0 };
        years.set(e.year, cell);
        cell.count++;
        if (cell.anchor === undefined && e.anchor !== undefined)
            cell.anchor = e.anchor;
        if (e.date !== undefined) {
            const { year: _year, ...rest } = e;
            dated.push({ ...rest, date: e.date });
        }
    }
    dated.sort(compareTimeline);
    const title = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .inlineText */ .ln)((0,_indexes_js__WEBPACK_IMPORTED_MODULE_3__/* .pageTitle */ .W)(text) ?? node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(file, '.md'), 100);
    return { page: { title, years: [...years.values()], dated: dated.length }, newest: dated.slice(0, keep) };
}
function renderTimeline(file, titles, newest, size, maxTitleLength) {
    const dated = [...newest].sort(compareTimeline).slice(0, size);
    if (dated.length === 0)
        return _byyearrows_js__WEBPACK_IMPORTED_MODULE_7__/* .NO_ENTRIES */ .Hf;
    const links = new _byyearrows_js__WEBPACK_IMPORTED_MODULE_7__/* .PageLinks */ .R$(file);
    // A list rather than a table: every line is one item, as in the day log, so no escaping slip in a
    // title can ever turn into a row or cell of its own.
    const rows = dated.map((e) => {
        const title = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .inlineText */ .ln)(e.title, maxTitleLength) || _entries_js__WEBPACK_IMPORTED_MODULE_2__/* .UNTITLED */ .q8;
        const link = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .safeLink */ .o3)(e.url);
        return `- ${e.date} · ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .inlineText */ .ln)(e.outlet, 80) || '-'} · ${link ? `[${title}](${link})` : title} — ${links.link(e.page, titles.get(e.page), e.anchor)}`;
    });
    return `${rows.join('\n')}\n`;
}
/** Pages the knowledge views cover: markdown under pagesDir, without the generated pages and the candidate lists. */
function isKnowledgePage(config, file) {
    const p = config.pages;
    const key = `${p.pagesDir}\0${p.byYearPage}\0${p.timelinePage}\0${p.queuePage}\0${p.poolPage}\0${p.indexPage}`;
    let cached = knowledgeTests.get(p);
    if (cached?.key !== key) {
        // Normalised once per settings (it is asked for every page of the wiki: 100,000 × 6 normalisations otherwise).
        const dir = `${(0,_fsutil_js__WEBPACK_IMPORTED_MODULE_9__/* .posixPath */ .HQ)(p.pagesDir)}/`;
        const skip = new Set([p.byYearPage, p.timelinePage, p.queuePage, p.poolPage, p.indexPage].map(_fsutil_js__WEBPACK_IMPORTED_MODULE_9__/* .posixPath */ .HQ));
        // The split by-year listing's year pages (pages/by_year/2026.md) are generated, not content.
        const layout = (0,_byyear_js__WEBPACK_IMPORTED_MODULE_8__/* .byYearLayout */ .Ti)(config);
        cached = { key, test: (f) => f.startsWith(dir) && f.endsWith('.md') && !skip.has(f) && (!f.startsWith(layout.dir) || !(0,_byyear_js__WEBPACK_IMPORTED_MODULE_8__/* .yearOfPage */ .O7)(layout, f)) };
        knowledgeTests.set(p, cached);
    }
    return cached.test(file);
}
const knowledgeTests = new WeakMap();
/** A PageError as the index stored it (its full message). */
function storedError(file, message) {
    const e = new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX(message, file);
    e.message = message;
    return e;
}
function skeleton(title, intro, region) {
    return `# ${title}\n\n${intro}\n\n${(0,_regions_js__WEBPACK_IMPORTED_MODULE_4__/* .beginMarker */ .Ku)(region)}\n${(0,_regions_js__WEBPACK_IMPORTED_MODULE_4__/* .endMarker */ .cL)(region)}\n`;
}
function planKnowledgePages(config, files, summaries, splice, readPage) {
    const p = config.pages;
    const layout = (0,_byyear_js__WEBPACK_IMPORTED_MODULE_8__/* .byYearLayout */ .Ti)(config);
    const timelinePath = (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_9__/* .posixPath */ .HQ)(p.timelinePage);
    const errors = [];
    const pages = [];
    const newest = [];
    const yearPages = [];
    /** What the plan read of each knowledge page in `files` (null: no rows, or its entries cannot be read). */
    const read = new Map();
    const all = splice ? new Set([...files.keys(), ...splice.only]) : summaries ? new Set([...files.keys(), ...summaries.pages.keys()]) : files.keys();
    for (const file of [...all].sort(_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareStrings */ .K)) {
        if (!isKnowledgePage(config, file)) {
            if ((0,_byyear_js__WEBPACK_IMPORTED_MODULE_8__/* .yearOfPage */ .O7)(layout, file))
                yearPages.push(file);
            continue;
        }
        const text = files.get(file);
        if (text === undefined) {
            const s = summaries.pages.get(file);
            if (!s)
                continue;
            const k = s.knowledge;
            if (k) {
                if (k.years.length)
                    pages.push({ path: file, title: k.title, years: k.years, dated: k.dated });
            }
            else if (s.kproblem)
                errors.push(storedError(file, s.kproblem));
            continue;
        }
        try {
            const info = pageKnowledge(file, text, p.timelineSize);
            read.set(file, info.page);
            if (info.page.years.length)
                pages.push({ path: file, ...info.page });
            newest.push(...info.newest);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
                throw err;
            read.set(file, null);
            errors.push(err);
        }
    }
    const titles = new Map(pages.map((pg) => [pg.path, pg.title]));
    // A page read here replaces what the index says of it; a page the listing leaves out (a person's untracked one) stays out.
    if (summaries) {
        for (const e of summaries.newest) {
            if (files.has(e.page))
                continue;
            if (splice && !titles.has(e.page)) {
                // Splicing looked only at the pages read: the title of a page the timeline names comes from the index.
                const k = summaries.pages.get(e.page)?.knowledge;
                if (k?.years.length)
                    titles.set(e.page, k.title);
            }
            if (titles.has(e.page))
                newest.push(e);
        }
    }
    const text = (rel) => (files.has(rel) ? files.get(rel) : readPage?.(rel));
    const edits = [];
    if (splice) {
        const spliced = (0,_byyear_js__WEBPACK_IMPORTED_MODULE_8__/* .spliceByYearPages */ .hP)(layout, text, { changes: splice.byYearChanges(read), spliceable: (rel) => splice.spliceable(rel), unknown: (rel) => splice.unknown(rel) });
        if (!spliced)
            return undefined;
        edits.push(...spliced.edits);
    }
    else {
        const rendered = (0,_byyear_js__WEBPACK_IMPORTED_MODULE_8__/* .renderByYearPages */ .$4)(layout, pages, text, yearPages);
        edits.push(...rendered.edits);
        errors.push(...rendered.errors);
    }
    const empty = skeleton('최근 항목', `위키 전체에서 가장 최근 항목 ${p.timelineSize}개입니다. 아래 영역은 자동으로 다시 씁니다.`, TIMELINE_REGION);
    const before = files.get(timelinePath);
    try {
        const current = (0,_regions_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureRegion */ .v8)(before ?? empty, TIMELINE_REGION, undefined, timelinePath);
        const after = (0,_regions_js__WEBPACK_IMPORTED_MODULE_4__/* .replaceRegion */ .t1)(current, TIMELINE_REGION, renderTimeline(timelinePath, titles, newest, p.timelineSize, p.maxTitleLength), timelinePath);
        if (after !== before)
            edits.push({ path: timelinePath, before, after });
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
            throw err;
        errors.push(err);
    }
    return { edits, errors };
}


/***/ })

};
