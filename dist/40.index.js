export const id = 40;
export const ids = [40];
export const modules = {

/***/ 89489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ otherSchemeVariant),
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
    return canonicalize(url, 0);
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

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ emptyLaneCounts)
/* harmony export */ });
function emptyLaneCounts() {
    return { land: 0, queue: 0, pool: 0, discard: 0, duplicate: 0, irrelevant: 0 };
}


/***/ }),

/***/ 816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gu: () => (/* binding */ planKnowledgePages)
/* harmony export */ });
/* unused harmony exports BY_YEAR_REGION, TIMELINE_REGION, renderByYear, renderTimeline */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18472);
/* harmony import */ var _indexes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95724);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47751);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78345);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24421);
/* harmony import */ var _toc_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14494);
/**
 * The knowledge pages: views across the wiki that no single page gives.
 *
 * - pages/by_year.md: per year (newest first), each page with entries that year, linked to the page's
 *   year heading (GitHub's own anchors, from listHeadings: one slugger per page, so a second `## 2026`
 *   on a page links to `#2026-1`), with the number of entries;
 * - pages/timeline.md: the newest `pages.timelineSize` dated entries across the wiki, newest first,
 *   one list item each: date, outlet, linked title and the page (linked to its year heading).
 *
 * Pure (texts in, edits out) and idempotent: each page is a managed region inside a page people may
 * add text to; an edit is returned only when the text would change. Entry text is read back from the
 * pages as markdown, turned into plain text (headingText) and written again through the sanitiser,
 * so a title is escaped exactly once. The promotion queue and the candidate pool are candidates, not
 * the wiki's content, and are left out.
 */








const BY_YEAR_REGION = 'by-year';
const TIMELINE_REGION = 'timeline';
const norm = (p) => node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(p.replace(/\\/g, '/'));
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Entries of every entries region of a page, with the anchors of their year headings. */
function readPage(file, text) {
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
        for (const e of (0,_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEntries */ .Km)((0,_lines_js__WEBPACK_IMPORTED_MODULE_7__/* .toLf */ .yj)(text.slice(region.bodyStart, region.bodyEnd)), file).entries) {
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
    return { path: file, title: (0,_indexes_js__WEBPACK_IMPORTED_MODULE_3__/* .pageTitle */ .W)(text) ?? node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(file, '.md'), entries };
}
function pageLink(from, page, anchor) {
    return `[${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .inlineText */ .ln)(page.title, 100)}](${(0,_indexes_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeLink */ .Nk)(from, page.path)}${anchor ? `#${(0,_toc_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeAnchor */ .uH)(anchor)}` : ''})`;
}
function renderByYear(file, pages) {
    const years = new Map();
    for (const page of pages) {
        for (const e of page.entries) {
            const row = years.get(e.year) ?? new Map();
            years.set(e.year, row);
            const cell = row.get(page.path) ?? { page, count: 0 };
            cell.count++;
            cell.anchor ??= e.anchor;
            row.set(page.path, cell);
        }
    }
    if (years.size === 0)
        return '아직 항목이 없습니다.\n';
    const order = [...years.keys()].sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : b - a));
    const out = [];
    for (const year of order) {
        out.push(`## ${year ?? '연도 미상'}`, '');
        const row = years.get(year);
        for (const key of [...row.keys()].sort(byString)) {
            const cell = row.get(key);
            out.push(`- ${pageLink(file, cell.page, cell.anchor)} — ${cell.count}건`);
        }
        out.push('');
    }
    out.pop();
    return `${out.join('\n')}\n`;
}
function renderTimeline(file, pages, size, maxTitleLength) {
    const byPath = new Map(pages.map((p) => [p.path, p]));
    const dated = pages
        .flatMap((p) => p.entries)
        .filter((e) => e.date !== undefined)
        .sort((a, b) => byString(b.date, a.date) || byString(a.page, b.page) || a.line - b.line)
        .slice(0, size);
    if (dated.length === 0)
        return '아직 항목이 없습니다.\n';
    // A list rather than a table: every line is one item, as in the day log, so no escaping slip in a
    // title can ever turn into a row or cell of its own.
    const rows = dated.map((e) => {
        const title = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .inlineText */ .ln)(e.title, maxTitleLength) || _entries_js__WEBPACK_IMPORTED_MODULE_2__/* .UNTITLED */ .q8;
        const link = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .safeLink */ .o3)(e.url);
        return `- ${e.date} · ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .inlineText */ .ln)(e.outlet, 80) || '-'} · ${link ? `[${title}](${link})` : title} — ${pageLink(file, byPath.get(e.page), e.anchor)}`;
    });
    return `${rows.join('\n')}\n`;
}
function skeleton(title, intro, region) {
    return `# ${title}\n\n${intro}\n\n${(0,_regions_js__WEBPACK_IMPORTED_MODULE_4__/* .beginMarker */ .Ku)(region)}\n${(0,_regions_js__WEBPACK_IMPORTED_MODULE_4__/* .endMarker */ .cL)(region)}\n`;
}
/** The knowledge pages for the wiki as `files` holds it (root-relative path → text). */
function planKnowledgePages(config, files) {
    const p = config.pages;
    const byYearPath = norm(p.byYearPage);
    const timelinePath = norm(p.timelinePage);
    const dir = `${norm(p.pagesDir)}/`;
    const skip = new Set([byYearPath, timelinePath, norm(p.queuePage), norm(p.poolPage), norm(p.indexPage)]);
    const errors = [];
    const pages = [];
    for (const file of [...files.keys()].sort(byString)) {
        if (!file.startsWith(dir) || !file.endsWith('.md') || skip.has(file))
            continue;
        try {
            const info = readPage(file, files.get(file));
            if (info.entries.length)
                pages.push(info);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
                throw err;
            errors.push(err);
        }
    }
    const targets = [
        [byYearPath, BY_YEAR_REGION, skeleton('연도별 항목', '연도마다 각 문서에 실린 항목 수입니다. 아래 영역은 자동으로 다시 씁니다.', BY_YEAR_REGION)],
        [timelinePath, TIMELINE_REGION, skeleton('최근 항목', `위키 전체에서 가장 최근 항목 ${p.timelineSize}개입니다. 아래 영역은 자동으로 다시 씁니다.`, TIMELINE_REGION)],
    ];
    const edits = [];
    for (const [target, region, empty] of targets) {
        const before = files.get(target);
        try {
            const body = region === BY_YEAR_REGION ? renderByYear(target, pages) : renderTimeline(target, pages, p.timelineSize, p.maxTitleLength);
            const after = (0,_regions_js__WEBPACK_IMPORTED_MODULE_4__/* .replaceRegion */ .t1)((0,_regions_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureRegion */ .v8)(before ?? empty, region, undefined, target), region, body, target);
            if (after !== before)
                edits.push({ path: target, before, after });
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
                throw err;
            errors.push(err);
        }
    }
    return { edits, errors };
}


/***/ }),

/***/ 60381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ targetOf),
/* harmony export */   P8: () => (/* binding */ entriesRegion),
/* harmony export */   T5: () => (/* binding */ yearLevelFor),
/* harmony export */   Vw: () => (/* binding */ dayLogPathFor),
/* harmony export */   ZZ: () => (/* binding */ pageOf),
/* harmony export */   r_: () => (/* binding */ planEdits)
/* harmony export */ });
/* unused harmony export shownLink */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62072);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29834);
/* harmony import */ var _daylog_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31382);
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18472);
/* harmony import */ var _indexes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95724);
/* harmony import */ var _knowledge_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(816);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78345);
/* harmony import */ var _gate_canonical_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(89489);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(24421);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(79451);
/* harmony import */ var _toc_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(14494);
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
    return (0,_daylog_js__WEBPACK_IMPORTED_MODULE_4__/* .dayLogPath */ .oC)(wikiPath(config.pages.newsDir), date);
}
function wikiPath(p) {
    return (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__/* .safeRelativePath */ .lV)(p, 'page path');
}
function newPageText(page, config) {
    const title = page === wikiPath(config.pages.queuePage)
        ? '승격 대기열'
        : page === wikiPath(config.pages.poolPage)
            ? '후보 풀'
            : node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(page).replace(/\.md$/i, '');
    return `# ${title}\n`;
}
/** A new index page holds just its title and the region (no `## 자동 수집` heading needed). */
function indexSkeleton(title) {
    return `# ${title}\n\n${(0,_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .beginMarker */ .Ku)('index')}\n${(0,_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .endMarker */ .cL)('index')}\n`;
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
    return (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .localDate */ .gD)(published, timeZone);
}
/**
 * The link a page shows: as published, tracking parameters removed (gate/canonical.ts publishedUrl).
 * The canonical URL stays the id and the dedupe key only.
 */
function shownLink(item) {
    try {
        const shown = (0,_gate_canonical_js__WEBPACK_IMPORTED_MODULE_9__/* .publishedUrl */ .Wv)(item.link);
        return (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_10__/* .safeLink */ .o3)(shown) ? shown : item.canonicalUrl;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WikiDailyError */ .WA(`plan: date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
    if (!/^\d{2}:\d{2}$/.test(time))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WikiDailyError */ .WA(`plan: time must be HH:MM, got ${JSON.stringify(time)}`);
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
        if (!target || !(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_10__/* .safeLink */ .o3)(item.canonicalUrl))
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
            const known = (0,_scan_js__WEBPACK_IMPORTED_MODULE_12__/* .scanExisting */ .jT)(new Map([[page, text]]), input.canonicalize);
            const pageWritten = [];
            for (const section of [...sections.keys()].sort(byString)) {
                const name = entriesRegion(section);
                const byId = new Map();
                const entries = sections.get(section).map((item) => {
                    byId.set(item.id, item);
                    return toEntry(item, tz);
                });
                const withRegion = (0,_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .ensureRegion */ .v8)(text, name, _regions_js__WEBPACK_IMPORTED_MODULE_8__/* .AUTO_SECTION_HEADING */ .F5, page);
                const result = (0,_entries_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeEntries */ .xq)((0,_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .regionBody */ .zv)(withRegion, name, page), entries, {
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
                text = (0,_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .replaceRegion */ .t1)(withRegion, name, result.body, page);
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
            pageWritten.sort((a, b) => (0,_entries_js__WEBPACK_IMPORTED_MODULE_5__/* .compareEntries */ .wD)(a.entry, b.entry));
            written.push(...pageWritten.map((w) => w.item));
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
                throw err;
            errors.push(err);
        }
    }
    const totalAdded = written.length;
    // The day log: rewritten only when something was added or its status/sources differ.
    const logPath = dayLogPathFor(config, date);
    const existingLog = work.get(logPath);
    const statusBody = (0,_daylog_js__WEBPACK_IMPORTED_MODULE_4__/* .renderStatusBody */ .zo)(run.status, run.reason, run.sources);
    const settled = (0,_daylog_js__WEBPACK_IMPORTED_MODULE_4__/* .settledStatusBody */ .S2)(existingLog, logPath);
    if (totalAdded === 0 && settled === statusBody && !input.contentChanged) {
        const edits = [];
        if (existingLog !== undefined && (0,_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .regionBody */ .zv)(existingLog, _daylog_js__WEBPACK_IMPORTED_MODULE_4__/* .DAYLOG_REGION */ .CT, logPath) !== statusBody) {
            edits.push({ path: logPath, before: existingLog, after: (0,_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .replaceRegion */ .t1)(existingLog, _daylog_js__WEBPACK_IMPORTED_MODULE_4__/* .DAYLOG_REGION */ .CT, statusBody, logPath) });
        }
        return { edits, added, written, errors: uniqueErrors(errors) };
    }
    const itemLines = written.map((item) => (0,_daylog_js__WEBPACK_IMPORTED_MODULE_4__/* .dayLogItemLine */ .mM)({ outlet: item.outlet ?? item.host, title: item.title, url: shownLink(item), kind: item.kind, page: wikiPath(targetOf(item, config).page) }, config.pages.maxTitleLength));
    const ok = run.sources.filter(_daylog_js__WEBPACK_IMPORTED_MODULE_4__/* .isSourceOk */ .i5).length;
    work.set(logPath, (0,_daylog_js__WEBPACK_IMPORTED_MODULE_4__/* .updateDayLog */ .yM)(existingLog, logPath, {
        date,
        statusBody,
        historyLine: (0,_daylog_js__WEBPACK_IMPORTED_MODULE_4__/* .historyLine */ .Jo)(time, run.status, totalAdded, ok, run.sources.length),
        itemLines,
        maxItems: config.pages.maxDayLogItems,
    }));
    touched.add(logPath);
    // Knowledge pages (entries per year, newest entries) follow the content; listed by the index below.
    const knowledge = (0,_knowledge_js__WEBPACK_IMPORTED_MODULE_7__/* .planKnowledgePages */ .gu)(config, work);
    errors.push(...knowledge.errors);
    for (const e of knowledge.edits) {
        work.set(e.path, e.after);
        touched.add(e.path);
    }
    // Indexes: only when their listing differs from what they say.
    const indexes = [
        [wikiPath(config.pages.indexPage), (p) => (0,_indexes_js__WEBPACK_IMPORTED_MODULE_6__/* .renderPageIndex */ .mF)(p, wikiPath(config.pages.pagesDir), work, input.listing), indexSkeleton('문서 목록')],
        [wikiPath(config.pages.newsIndexPage), (p) => (0,_indexes_js__WEBPACK_IMPORTED_MODULE_6__/* .renderNewsIndex */ .IU)(p, wikiPath(config.pages.newsDir), work, input.listing), indexSkeleton('수집 로그 목록')],
    ];
    for (const [indexPath, render, skeleton] of indexes) {
        try {
            const text = (0,_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .ensureRegion */ .v8)(work.get(indexPath) ?? skeleton, 'index', _regions_js__WEBPACK_IMPORTED_MODULE_8__/* .AUTO_SECTION_HEADING */ .F5, indexPath);
            const rendered = render(indexPath);
            errors.push(...rendered.errors);
            if ((0,_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .regionBody */ .zv)(text, 'index', indexPath) === rendered.body && text === work.get(indexPath))
                continue;
            work.set(indexPath, (0,_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .replaceRegion */ .t1)(text, 'index', rendered.body, indexPath));
            touched.add(indexPath);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
                throw err;
            errors.push(err);
        }
    }
    for (const p of touched) {
        try {
            work.set(p, (0,_toc_js__WEBPACK_IMPORTED_MODULE_11__/* .updateToc */ .EG)(work.get(p), p));
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PageError */ .AX))
                throw err;
            errors.push(err);
        }
    }
    const edits = [...touched]
        .sort(byString)
        .map((p) => ({ path: p, before: input.files.get(p), after: work.get(p) }))
        .filter((e) => e.after !== e.before);
    return { edits, added, written, errors: uniqueErrors(errors) };
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
