export const id = 0;
export const ids = [0];
export const modules = {

/***/ 72619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectSources: () => (/* binding */ collectSources)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/feedsmith/dist/common/parse.mjs + 105 modules
var parse = __webpack_require__(67359);
// EXTERNAL MODULE: ./node_modules/feedsmith/dist/common/errors.mjs
var common_errors = __webpack_require__(50189);
// EXTERNAL MODULE: ./src/feeds/dates.ts
var dates = __webpack_require__(87672);
;// CONCATENATED MODULE: ./src/feeds/googlenews.ts
/**
 * Offline decoding of Google News article links.
 *
 * Article links come as `/rss/articles/<token>`, `/articles/<token>`, `/read/<token>` and (older RSS)
 * `/__i/rss/rd/articles/<token>`. Tokens are base64url-encoded protobuf messages. Old tokens
 * (`CBMi…` = bytes 08 13 22 …) carry the article URL as a length-delimited field, sometimes followed
 * by its AMP URL (`d2 01 …`): the first URL, the article, wins. Newer ones carry an opaque id
 * starting `AU_yq` that only Google can resolve (see resolve.ts); those are reported as undecoded
 * with their token instead of being guessed at. Never touches the network.
 */
const GOOGLE_NEWS_HOST = /(^|\.)news\.google\.com$/i;
const TOKEN_PATH = /^\/(?:__i\/rss\/rd\/articles|rss\/articles|articles|read)\/([A-Za-z0-9_-]+)\/?$/;
const OPAQUE_PREFIX = 'AU_yq';
/** Protobuf varint at `pos`; undefined past the end or when longer than a sane length. */
function readVarint(bytes, pos) {
    let value = 0;
    let shift = 0;
    for (let i = pos; i < bytes.length && shift <= 28; i++) {
        const b = bytes[i];
        value += (b & 0x7f) * 2 ** shift;
        if ((b & 0x80) === 0)
            return { value, next: i + 1 };
        shift += 7;
    }
    return undefined;
}
/** The length-delimited fields of a protobuf message, in order, until the structure stops making sense. */
function lengthDelimitedFields(bytes) {
    const fields = [];
    let pos = 0;
    while (pos < bytes.length) {
        const key = readVarint(bytes, pos);
        if (!key)
            break;
        pos = key.next;
        const wireType = key.value & 7;
        if (wireType === 0) {
            const v = readVarint(bytes, pos);
            if (!v)
                break;
            pos = v.next;
        }
        else if (wireType === 2) {
            const len = readVarint(bytes, pos);
            if (!len || len.next + len.value > bytes.length)
                break;
            fields.push(bytes.subarray(len.next, len.next + len.value));
            pos = len.next + len.value;
        }
        else if (wireType === 1) {
            pos += 8;
        }
        else if (wireType === 5) {
            pos += 4;
        }
        else {
            break;
        }
    }
    return fields;
}
function startsWithAscii(bytes, prefix) {
    if (bytes.length < prefix.length)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (bytes[i] !== prefix.charCodeAt(i))
            return false;
    return true;
}
function asArticleUrl(candidate) {
    try {
        const url = new URL(candidate);
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return undefined;
        if (GOOGLE_NEWS_HOST.test(url.hostname))
            return undefined;
        return url.href;
    }
    catch {
        return undefined;
    }
}
/** Last resort for payloads whose structure we do not know: the first run of URL characters after "http". */
function firstHttpRun(bytes) {
    const text = Buffer.from(bytes).toString('latin1');
    const m = /https?:\/\/[\x21-\x7e]+/.exec(text);
    return m ? m[0].replace(/["'<>\\^`{|}]+.*$/, '') : undefined;
}
function decodeToken(token) {
    const bytes = new Uint8Array(Buffer.from(token, 'base64url'));
    if (bytes.length === 0)
        return { kind: 'unknown' };
    for (const field of lengthDelimitedFields(bytes)) {
        if (startsWithAscii(field, OPAQUE_PREFIX))
            return { kind: 'opaque' };
        if (startsWithAscii(field, 'http')) {
            const url = asArticleUrl(Buffer.from(field).toString('utf8'));
            if (url)
                return { kind: 'url', url };
        }
    }
    const run = firstHttpRun(bytes);
    const url = run ? asArticleUrl(run) : undefined;
    return url ? { kind: 'url', url } : { kind: 'unknown' };
}
/** Whether a link points at news.google.com (any path): such a link is never an article of its own. */
function isGoogleNewsLink(link) {
    try {
        return GOOGLE_NEWS_HOST.test(new URL(link).hostname);
    }
    catch {
        return false;
    }
}
/**
 * The article URL behind a Google News link when it can be read from the link itself.
 * Links that are not Google News article links pass through unchanged with `decoded: true`.
 */
function decodeGoogleNewsUrl(link) {
    let parsed;
    try {
        parsed = new URL(link);
    }
    catch {
        return { url: link, decoded: false };
    }
    if (!GOOGLE_NEWS_HOST.test(parsed.hostname))
        return { url: link, decoded: true };
    const token = TOKEN_PATH.exec(parsed.pathname)?.[1];
    if (!token)
        return { url: link, decoded: false };
    const result = decodeToken(token);
    if (result.kind === 'url')
        return { url: result.url, decoded: true };
    // Only opaque ids are worth asking Google about; a token that decodes to garbage stays undecoded.
    return result.kind === 'opaque' ? { url: link, decoded: false, token } : { url: link, decoded: false };
}

// EXTERNAL MODULE: ./src/feeds/text.ts
var feeds_text = __webpack_require__(85874);
;// CONCATENATED MODULE: ./src/feeds/parse.ts
/**
 * Feed text (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed) → NormalizedItem[] for one source.
 *
 * Detection and structure come from feedsmith; this module decides what is "not a feed" (an HTML error
 * page, a truncated download), and normalises every item the same way whatever the format. Problems
 * with single items are warnings (counted); a body that is not a usable feed is a FeedParseError.
 */





class FeedParseError extends errors/* WikiDailyError */.WA {
    sourceId;
    url;
    constructor(sourceId, url, problem, options) {
        super(`source '${sourceId}': ${problem}`, options);
        this.sourceId = sourceId;
        this.url = url;
    }
}
// ---------------------------------------------------------------------------------------------------
// Recognising the body
/** Prolog, comments, doctype and processing instructions that may precede the root element. */
const XML_PREAMBLE = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>)*/i;
/**
 * The document without comments and processing instructions after the root element (WordPress cache
 * plugins append `<!-- generated in … -->`). A loop, not an end-anchored regex: the regex form
 * backtracks exponentially on long whitespace runs.
 */
function withoutTrailer(text) {
    let end = text.trimEnd();
    for (;;) {
        const opener = end.endsWith('-->') ? '<!--' : end.endsWith('?>') ? '<?' : undefined;
        const start = opener ? end.lastIndexOf(opener) : -1;
        if (start < 0)
            return end;
        end = end.slice(0, start).trimEnd();
    }
}
function htmlTitle(text) {
    const m = /<title[^>]*>([\s\S]{0,300}?)<\/title>/i.exec(text);
    const title = m ? (0,feeds_text/* plainText */.wh)(m[1], 80) : '';
    return title || undefined;
}
function snippet(text) {
    const s = text.replace(/\s+/g, ' ').trim().slice(0, 40);
    return JSON.stringify(s);
}
/** Root elements that mean an HTML page (error page, captcha, login wall) came back instead of a feed. */
const HTML_ROOTS = new Set(['html', 'head', 'body', 'div', 'p', 'table', 'center', 'h1', 'script', 'meta', 'title', 'a']);
function rootElement(text) {
    return /^<([A-Za-z_][\w.:-]*)/.exec(text.replace(XML_PREAMBLE, ''))?.[1];
}
function formatOfRoot(root) {
    const local = root?.replace(/^[\w.-]+:/, '').toLowerCase();
    return local === 'rss' ? 'rss' : local === 'feed' ? 'atom' : local === 'rdf' ? 'rdf' : undefined;
}
/** Throws unless the body plausibly is a complete XML feed document; returns the root element name. */
function checkXmlDocument(text, fail) {
    const afterPreamble = text.replace(XML_PREAMBLE, '');
    const root = rootElement(text);
    if (/^<!DOCTYPE\s+html/i.test(text) || (root && HTML_ROOTS.has(root.toLowerCase()))) {
        const title = htmlTitle(text);
        fail(`not a feed (looks like HTML${title ? `: "${title}"` : ''})`);
    }
    if (!root)
        return fail(`not a feed (no XML root element; body starts with ${snippet(text)})`);
    // fast-xml-parser accepts a document cut off between two elements, so a truncated download would
    // silently lose its tail: the root element must be closed at the end.
    const body = withoutTrailer(text);
    const closing = new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>$`);
    if (!closing.test(body) && !/^<[^>]*\/>$/.test(withoutTrailer(afterPreamble))) {
        fail(`malformed XML: the document ends before </${root}> (truncated?)`);
    }
    return root;
}
/**
 * RSS 1.0 lists its items twice: a table of contents (`<items><rdf:Seq><rdf:li rdf:resource=…>`) and
 * the `<item rdf:about=…>` elements. feedsmith matches the two by raw attribute text, so an item
 * whose URL contains `&amp;` silently disappears. Without the table it takes every <item> in order.
 */
function withoutRdfTableOfContents(xml) {
    return xml.replace(/<((?:[\w.-]+:)?items)\b[^>]*>[\s\S]*?<\/\1\s*>/i, '');
}
/** "The post X appeared first on Y." is WordPress/Yoast boilerplate, not a summary. */
function withoutWordPressFooter(summary) {
    return summary.replace(/\s*The post .{1,400}? appeared first on .{1,200}?\.?$/, '').trim();
}
function parseJsonFeedText(text, fail) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        fail(`malformed JSON: ${err instanceof Error ? err.message : String(err)}`, err);
    }
    const version = value && typeof value === 'object' ? value.version : undefined;
    if (typeof version !== 'string' || !/jsonfeed\.org\/version\//i.test(version)) {
        fail('not a feed (JSON without a JSON Feed "version")');
    }
    return value;
}
/** Atom: rel="alternate" (the default when rel is missing) preferred, HTML before other types. */
function atomLink(links) {
    if (!links?.length)
        return undefined;
    const alternates = links.filter((l) => !l.rel || l.rel.toLowerCase() === 'alternate');
    const html = alternates.find((l) => !l.type || /html/i.test(l.type));
    return (html ?? alternates[0] ?? links.find((l) => l.rel?.toLowerCase() !== 'self' && l.rel?.toLowerCase() !== 'enclosure'))
        ?.href;
}
function mediaDescription(media) {
    const m = media;
    return m?.groups?.find((g) => g.description?.value)?.description?.value ?? m?.description?.value;
}
function toRawFeed(parsed) {
    switch (parsed.format) {
        case 'rss': {
            const f = parsed.feed;
            return {
                format: 'rss',
                title: f.title,
                items: (f.items ?? []).map((i) => ({
                    title: i.title,
                    // A permalink guid is the item's URL when the feed gives no <link>.
                    link: i.link ?? (i.guid && i.guid.isPermaLink !== false && /^https?:/i.test(i.guid.value ?? '') ? i.guid.value : undefined),
                    date: i.pubDate ?? i.dc?.dates?.[0] ?? i.dcterms?.created?.[0] ?? i.dcterms?.issued?.[0],
                    summary: i.description ?? i.content?.encoded,
                    guid: i.guid?.value,
                    sourceTitle: i.source?.title,
                })),
            };
        }
        case 'atom': {
            const f = parsed.feed;
            return {
                format: 'atom',
                title: f.title?.value,
                author: f.authors?.[0]?.name,
                items: (f.entries ?? []).map((e) => ({
                    title: e.title?.value,
                    link: atomLink(e.links) ?? (e.yt?.videoId ? `https://www.youtube.com/watch?v=${e.yt.videoId}` : undefined),
                    date: e.published ?? e.updated,
                    summary: e.summary?.value ?? e.content?.value ?? mediaDescription(e.media),
                    guid: e.id,
                    author: e.authors?.[0]?.name,
                })),
            };
        }
        case 'rdf': {
            const f = parsed.feed;
            return {
                format: 'rdf',
                title: f.title,
                items: (f.items ?? []).map((i) => ({
                    title: i.title,
                    link: i.link ?? i.rdf?.about,
                    date: i.dc?.dates?.[0] ?? i.dcterms?.created?.[0] ?? i.dcterms?.issued?.[0],
                    summary: i.description ?? i.content?.encoded,
                    guid: i.rdf?.about,
                })),
            };
        }
        case 'json': {
            const f = parsed.feed;
            return {
                format: 'json',
                title: f.title,
                author: f.authors?.[0]?.name,
                items: (f.items ?? []).map((i) => ({
                    title: i.title,
                    link: i.url ?? i.external_url,
                    date: i.date_published ?? i.date_modified,
                    summary: i.summary ?? i.content_html ?? i.content_text,
                    guid: i.id,
                    author: i.authors?.[0]?.name,
                })),
            };
        }
    }
}
// ---------------------------------------------------------------------------------------------------
// Normalisation
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** "제목 - 스포츠조선" → "제목" when the suffix is the outlet. */
function withoutOutletSuffix(title, outlet) {
    const suffix = ` - ${outlet}`;
    return title.endsWith(suffix) && title.length > suffix.length ? title.slice(0, -suffix.length).trim() : title;
}
/** Google News titles always end " - Outlet"; used when an item lacks <source>. */
function splitTrailingOutlet(title) {
    const at = title.lastIndexOf(' - ');
    if (at <= 0)
        return { title };
    const outlet = title.slice(at + 3).trim();
    return outlet && outlet.length <= 40 ? { title: title.slice(0, at).trim(), outlet } : { title };
}
function parseFeedText(text, ctx) {
    const { source, url, timezone } = ctx;
    const fail = (problem, cause) => {
        throw new FeedParseError(source.id, url, problem, cause === undefined ? undefined : { cause });
    };
    const body = text.replace(/^\uFEFF/, '').trim();
    if (!body)
        fail('empty body (no feed)');
    let parsed;
    const isJson = body.startsWith('{') || body.startsWith('[');
    let input = body;
    if (isJson)
        input = parseJsonFeedText(body, fail);
    else {
        const root = checkXmlDocument(body, fail);
        if (/^(?:[\w.-]+:)?RDF$/i.test(root))
            input = withoutRdfTableOfContents(body);
    }
    try {
        parsed = (0,parse/* parse */.q)(input);
    }
    catch (err) {
        if (err instanceof common_errors/* MalformedError */.G4) {
            const detail = err.cause instanceof Error ? err.cause.message : err.message;
            return fail(`malformed XML: ${detail}`, err);
        }
        const format = isJson ? 'json' : formatOfRoot(rootElement(body));
        // feedsmith refuses a feed with nothing in it at all; for us that is simply no items today.
        if (err instanceof common_errors/* ParseError */.mB && format)
            return { items: [], warnings: ['the feed is empty (no title, no items)'], format };
        if (err instanceof common_errors/* DetectError */.I$ || err instanceof common_errors/* ParseError */.mB) {
            return fail(`not a feed (${isJson ? 'JSON' : `root element <${rootElement(body)}>`} is not RSS, Atom, RDF or JSON Feed)`, err);
        }
        throw err;
    }
    const raw = toRawFeed(parsed);
    const feedTitle = (0,feeds_text/* plainText */.wh)(raw.title) || undefined;
    const feedAuthor = (0,feeds_text/* plainText */.wh)(raw.author) || undefined;
    const isGoogleNewsSource = source.kind === 'google-news';
    const isYoutube = source.kind === 'youtube';
    const kindHint = source.kindHint ?? (isYoutube ? 'video' : undefined);
    // A YouTube feed's own name is the channel; other feeds are named by their config first.
    const feedOutlet = isYoutube ? (feedAuthor ?? feedTitle ?? source.name) : (source.name ?? feedTitle);
    const items = [];
    const warnings = [];
    let withoutLink = 0;
    let withoutTitle = 0;
    let undecoded = 0;
    const badDates = [];
    for (const r of raw.items) {
        const feedLink = (0,feeds_text/* absoluteHttpUrl */.Lh)(r.link, url);
        if (!feedLink) {
            withoutLink++;
            continue;
        }
        let title = (0,feeds_text/* plainText */.wh)(r.title);
        let outlet = (0,feeds_text/* plainText */.wh)(r.sourceTitle) || undefined;
        let link = feedLink;
        let isUndecoded = false;
        let token;
        // Google News is recognised by what it is: a plain `url:` source of a Google News feed gets the
        // same treatment as a `query:` source (outlet split off the title, the link decoded or resolved).
        const isGoogleNews = isGoogleNewsSource || isGoogleNewsLink(feedLink);
        if (isGoogleNews) {
            if (outlet)
                title = withoutOutletSuffix(title, outlet);
            else
                ({ title, outlet } = splitTrailingOutlet(title));
            const decoded = decodeGoogleNewsUrl(feedLink);
            if (decoded.decoded)
                link = decoded.url;
            else {
                isUndecoded = true;
                token = decoded.token;
                undecoded++;
            }
        }
        // A Google News description only repeats the headline and outlet; as a summary it would count twice.
        const summary = isGoogleNews ? '' : (0,feeds_text/* capText */.yA)(withoutWordPressFooter((0,feeds_text/* plainText */.wh)(r.summary)), feeds_text/* MAX_SUMMARY_CHARS */.Wm);
        // Feeds may leave the title out (RSS allows a description alone): the summary's start stands in.
        if (!title)
            title = (0,feeds_text/* plainText */.wh)(summary, 120);
        if (!title) {
            withoutTitle++;
            continue;
        }
        const published = (0,dates/* parseDate */._)(r.date?.trim(), timezone);
        if (r.date?.trim() && !published)
            badDates.push(r.date.trim());
        const item = {
            sourceId: source.id,
            sourceKind: source.kind,
            title: (0,feeds_text/* plainText */.wh)(title, feeds_text/* MAX_TITLE_CHARS */.m1),
            link,
        };
        if (published)
            item.published = published;
        if (summary)
            item.summary = summary;
        const guid = r.guid?.trim();
        if (guid)
            item.guid = guid;
        const itemOutlet = isYoutube ? ((0,feeds_text/* plainText */.wh)(r.author) || feedOutlet) : (outlet ?? feedOutlet);
        if (itemOutlet)
            item.outlet = itemOutlet;
        if (isUndecoded)
            item.undecoded = true;
        if (token)
            item.googleNewsToken = token;
        if (kindHint)
            item.kindHint = kindHint;
        items.push(item);
    }
    if (withoutLink)
        warnings.push(`${plural(withoutLink, 'item')} without a usable http(s) link skipped`);
    if (withoutTitle)
        warnings.push(`${plural(withoutTitle, 'item')} without a title skipped`);
    if (undecoded) {
        warnings.push(`${plural(undecoded, 'Google News link')} could not be decoded offline (opaque token); left for online resolution`);
    }
    if (badDates.length) {
        warnings.push(`${plural(badDates.length, 'item')} with an unrecognised date (first: ${JSON.stringify(badDates[0])})`);
    }
    return { items, warnings, format: raw.format };
}

// EXTERNAL MODULE: ./src/feeds/urls.ts
var urls = __webpack_require__(41723);
;// CONCATENATED MODULE: ./src/collect/collect.ts
/**
 * The collect stage: every enabled source in parallel (the Fetcher enforces per-host and global limits),
 * each one's failure contained in its own SourceReport so it never stops the others.
 */




function baseReport(source, url, res) {
    const report = {
        id: source.id,
        kind: source.kind,
        url: res.url ?? url,
        outcome: res.outcome,
        items: 0,
        durationMs: res.durationMs,
        bytesDownloaded: res.bytesDownloaded,
        attempts: res.attempts,
    };
    if (res.status !== undefined)
        report.httpStatus = res.status;
    if (res.error)
        report.error = res.error;
    return report;
}
async function collectHtml(source, text, pageUrl, fetcher, timezone) {
    // Only html sources need the HTML parser: loaded on the first one, not by every collect.
    const { extractArticleLinks, extractArticleMeta } = await Promise.all(/* import() */[__webpack_require__.e(369), __webpack_require__.e(656)]).then(__webpack_require__.bind(__webpack_require__, 64656));
    const links = extractArticleLinks(text, pageUrl, source.linkPattern, source.maxLinks);
    const warnings = [];
    let bytes = 0;
    const items = await Promise.all(links.map(async (link) => {
        if (!source.follow)
            return { sourceId: source.id, sourceKind: 'html', title: link, link, ...(source.name ? { outlet: source.name } : {}), ...(source.kindHint ? { kindHint: source.kindHint } : {}) };
        const res = await fetcher.fetch(link, { sourceId: source.id });
        bytes += res.bytesDownloaded;
        if (res.outcome === 'failed' || res.text === undefined) {
            warnings.push(`${link}: ${res.error ?? 'no body'}`);
            return undefined;
        }
        const meta = extractArticleMeta(res.text, link, timezone);
        if (!meta.title) {
            warnings.push(`${link}: no title found`);
            return undefined;
        }
        const item = { sourceId: source.id, sourceKind: 'html', title: meta.title, link };
        if (meta.published)
            item.published = meta.published;
        if (source.name)
            item.outlet = source.name;
        if (source.kindHint)
            item.kindHint = source.kindHint;
        return item;
    }));
    return { items: items.filter((i) => i !== undefined), warnings, bytes };
}
async function collectOne(source, config, fetcher, logger) {
    const url = (0,urls/* sourceUrl */.H)(source, config.http);
    const res = await fetcher.fetch(url, { sourceId: source.id });
    const report = baseReport(source, url, res);
    if (res.outcome === 'failed' || res.text === undefined) {
        report.outcome = 'failed';
        report.error ??= 'no response body';
        logger.warn(`source ${source.id}: ${report.error}`);
        return { report, items: [] };
    }
    // Parse in the event loop's check phase, after the I/O already waiting: responses that arrived together
    // (a wave of requests sent together) each free their slot and send the next request first, rather
    // than waiting behind every earlier response's parse (on a busy machine that wait lengthened every
    // request of the wave, and with it the whole collect).
    await (0,promises_.setImmediate)();
    try {
        let items;
        let warnings;
        if (source.kind === 'html') {
            const r = await collectHtml(source, res.text, res.finalUrl || url, fetcher, config.timezone);
            items = r.items;
            warnings = r.warnings;
            report.bytesDownloaded += r.bytes;
        }
        else {
            const r = parseFeedText(res.text, { source, url: res.finalUrl || url, timezone: config.timezone });
            items = r.items;
            warnings = r.warnings;
        }
        report.items = items.length;
        if (warnings.length)
            report.warnings = warnings;
        return { report, items };
    }
    catch (err) {
        // A body that is not a usable feed is a failed source, never "ok with 0 items".
        report.outcome = 'failed';
        // Parse errors name the source for logs; the report already says which source it is.
        const prefix = `source '${source.id}': `;
        const message = (0,errors/* errorMessage */.gJ)(err);
        report.error = message.startsWith(prefix) ? message.slice(prefix.length) : message;
        logger.warn(`source ${source.id}: ${report.error}`);
        return { report, items: [] };
    }
}
async function collectSources(config, fetcher, logger, onProgress) {
    const enabled = config.sources.filter((s) => s.enabled);
    const progress = { sourcesDone: 0, sourcesTotal: enabled.length, items: 0, failures: 0 };
    const counted = async (s) => {
        const r = await collectOne(s, config, fetcher, logger);
        progress.sourcesDone++;
        progress.items += r.items.length;
        if (r.report.outcome === 'failed')
            progress.failures++;
        onProgress?.({ ...progress });
        return r;
    };
    const results = await Promise.all(enabled.map(counted));
    return {
        sources: results.map((r) => r.report),
        items: results.flatMap((r) => r.items),
    };
}


/***/ }),

/***/ 87672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parseDate),
/* harmony export */   b: () => (/* binding */ DATE_IN_TEXT)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29834);
/**
 * Dates as feeds and Korean pages actually write them, turned into UTC ISO instants.
 *
 * Deliberately no fallback to `Date.parse`: it reads offset-less strings in the machine's zone and
 * accepts nonsense, which would put items on the wrong day depending on where the run happens.
 * Anything not recognised here is `undefined`, and the caller reports it.
 */

const MONTHS = {
    jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
    january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
    november: 11, december: 12,
};
/** Zone abbreviations in minutes east of UTC. CST/EST… keep their RFC 822 (North American) meaning. */
const ZONES = {
    z: 0, ut: 0, utc: 0, gmt: 0,
    est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
    kst: 540, jst: 540, bst: 60, cet: 60, cest: 120,
};
const ZONE = String.raw `(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5})`;
const MERIDIEM = String.raw `(오전|오후|AM|PM|A\.M\.|P\.M\.)`;
/** 09:30, 09:30:15, 09:30:15.250 */
const CLOCK = String.raw `(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?`;
/** 9시, 9시 30분, 9시 30분 15초 */
const KOREAN_CLOCK = String.raw `(\d{1,2})\s*시(?:\s*(\d{1,2})\s*분)?(?:\s*(\d{1,2})\s*초)?`;
/** (목), (Thu) after a date */
const WEEKDAY_SUFFIX = String.raw `(?:\s*\(\s*[^()\d\s]{1,9}\s*\))?`;
/** 2026-11-26 / 2026.11.26. / 2026/11/26 / 2026년 11월 26일, then an optional time, meridiem and zone. */
const NUMERIC_DATE = new RegExp('^' +
    String.raw `(\d{4})\s*(?:[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?|년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일)` +
    WEEKDAY_SUFFIX +
    String.raw `(?:(?:T|\s+|(?=[오AaPp]))` +
    `(?:${MERIDIEM}\\s*)?` +
    `(?:${CLOCK}|${KOREAN_CLOCK})` +
    `(?:\\s*${MERIDIEM})?` +
    `(?:\\s*${ZONE})?` +
    ')?$', 'i');
/** Tue, 10 Jun 2025 04:00:00 GMT (RFC 822/1123; weekday, seconds and zone optional). */
const RFC822 = new RegExp('^' +
    String.raw `(?:[A-Za-z]{2,9}\.?,?\s+)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2}|\d{4})` +
    String.raw `(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?` +
    `(?:\\s*${ZONE})?` +
    '$', 'i');
/** November 26, 2026 9:30 AM (month-name first, as some English pages write it). */
const MONTH_FIRST = new RegExp('^' +
    String.raw `(?:[A-Za-z]{2,9}\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})` +
    String.raw `(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(AM|PM))?)?` +
    `(?:\\s*${ZONE})?` +
    '$', 'i');
function num(s, fallback = 0) {
    return s === undefined || s === '' ? fallback : Number(s);
}
function millis(fraction) {
    return fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
}
/** Minutes east of UTC, `null` for an unknown zone name (the string is then not trusted at all). */
function zoneOffset(zone) {
    if (!zone)
        return undefined;
    const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (m) {
        const minutes = num(m[2]) * 60 + num(m[3]);
        if (num(m[2]) > 14 || num(m[3]) > 59)
            return null;
        return m[1] === '-' ? -minutes : minutes;
    }
    const named = ZONES[zone.toLowerCase()];
    return named === undefined ? null : named;
}
function meridiemOf(s) {
    if (!s)
        return undefined;
    const t = s.toLowerCase().replace(/\./g, '');
    return t === '오전' || t === 'am' ? 'am' : 'pm';
}
/** 12-hour clock: 12 오전 is midnight, 12 오후 is noon; a 24-hour value with 오후 is taken as written. */
function applyMeridiem(hour, meridiem) {
    if (!meridiem)
        return hour;
    if (hour > 12)
        return meridiem === 'pm' ? hour : undefined;
    if (meridiem === 'am')
        return hour === 12 ? 0 : hour;
    return hour === 12 ? 12 : hour + 12;
}
function fullYear(y) {
    if (y.length === 4)
        return Number(y);
    const two = Number(y);
    return two < 50 ? 2000 + two : 1900 + two;
}
function valid(w) {
    if (w.y < 1970 || w.y > 2100 || w.mo < 1 || w.mo > 12 || w.d < 1)
        return false;
    if (w.h > 23 || w.mi > 59 || w.s > 59)
        return false;
    return new Date(Date.UTC(w.y, w.mo - 1, w.d)).getUTCDate() === w.d;
}
function toIso(w, timezone) {
    if (!valid(w))
        return undefined;
    if (w.offset !== undefined) {
        return new Date(Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s, w.ms) - w.offset * 60_000).toISOString();
    }
    const instant = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .zonedToUtc */ .Cv)(w.y, w.mo, w.d, w.h, w.mi, w.s, timezone);
    return new Date(instant.getTime() + w.ms).toISOString();
}
function fromNumeric(m) {
    const [, y, mo1, d1, mo2, d2, mer1, h1, mi1, s1, frac, kh, kmi, ks, mer2, zone] = m;
    if (mer1 && mer2)
        return undefined;
    const hasClock = h1 !== undefined || kh !== undefined;
    const rawHour = num(h1 ?? kh);
    const h = hasClock ? applyMeridiem(rawHour, meridiemOf(mer1 ?? mer2)) : 0;
    const offset = zoneOffset(zone);
    if (h === undefined || offset === null)
        return undefined;
    return {
        y: num(y),
        mo: num(mo1 ?? mo2),
        d: num(d1 ?? d2),
        h,
        mi: num(mi1 ?? kmi),
        s: num(s1 ?? ks),
        ms: millis(frac),
        offset,
    };
}
function fromRfc822(m) {
    const [, d, monthName, y, h, mi, s, frac, zone] = m;
    const mo = MONTHS[(monthName ?? '').toLowerCase()];
    const offset = zoneOffset(zone);
    if (mo === undefined || offset === null)
        return undefined;
    return { y: fullYear(y ?? ''), mo, d: num(d), h: num(h), mi: num(mi), s: num(s), ms: millis(frac), offset };
}
function fromMonthFirst(m) {
    const [, monthName, d, y, h, mi, s, mer, zone] = m;
    const mo = MONTHS[(monthName ?? '').toLowerCase()];
    const offset = zoneOffset(zone);
    const hour = h === undefined ? 0 : applyMeridiem(num(h), meridiemOf(mer));
    if (mo === undefined || offset === null || hour === undefined)
        return undefined;
    return { y: num(y), mo, d: num(d), h: hour, mi: num(mi), s: num(s), ms: 0, offset };
}
/**
 * Parse a date as written by a feed or page into a UTC ISO instant. Wall times without an offset
 * (and date-only values, taken as midnight) are read in `timezone`. Unrecognised text → undefined.
 */
function parseDate(s, timezone) {
    if (s === undefined)
        return undefined;
    const text = s.replace(/[\s\u00a0]+/g, ' ').trim();
    if (!text || text.length > 80)
        return undefined;
    let wall;
    let m;
    if ((m = NUMERIC_DATE.exec(text)))
        wall = fromNumeric(m);
    else if ((m = RFC822.exec(text)))
        wall = fromRfc822(m);
    else if ((m = MONTH_FIRST.exec(text)))
        wall = fromMonthFirst(m);
    return wall ? toIso(wall, timezone) : undefined;
}
/**
 * Date-looking runs inside free text (a page's visible text), in order; each still has to pass
 * parseDate. Matches 2026.11.26, 2026-11-26 09:30, 2026년 11월 26일 오후 3:20 and the like.
 */
const DATE_IN_TEXT = /(?<!\d)\d{4}\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?|년\s*\d{1,2}\s*월\s*\d{1,2}\s*일)(?:\s*\(\s*[^()\d\s]{1,9}\s*\))?(?:\s*(?:오전|오후|AM|PM)?\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?)(?:\s*(?:AM|PM))?)?(?!\d)/gi;


/***/ }),

/***/ 85874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lh: () => (/* binding */ absoluteHttpUrl),
/* harmony export */   Wm: () => (/* binding */ MAX_SUMMARY_CHARS),
/* harmony export */   m1: () => (/* binding */ MAX_TITLE_CHARS),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   yA: () => (/* binding */ capText)
/* harmony export */ });
/* harmony import */ var html_entities__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49104);
/**
 * Turning feed/page strings into plain text and absolute links.
 *
 * Only real HTML tag names are stripped: Korean headlines often put work or magazine titles in ASCII
 * angle brackets (`고윤정, <Vogue> 12월호`), and a generic `<[^>]+>` would eat them.
 * Making text safe for markdown is the page writer's job, not this module's.
 */

/** No page shows more than pages.maxTitleLength (at most 1000), so nothing longer needs to travel. */
const MAX_TITLE_CHARS = 1000;
const MAX_SUMMARY_CHARS = 500;
/** Phrasing elements vanish without a trace: `<strong>고윤정</strong>이` must stay one word. */
const INLINE_TAGS = [
    'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
    'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
];
/** Everything else separates words. */
const BLOCK_TAGS = [
    'address', 'article', 'aside', 'audio', 'blockquote', 'body', 'br', 'button', 'caption', 'center', 'col',
    'dd', 'details', 'div', 'dl', 'dt', 'embed', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
    'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'img', 'input', 'li', 'link', 'main', 'meta', 'nav',
    'object', 'ol', 'p', 'picture', 'pre', 'section', 'source', 'summary', 'svg', 'table', 'tbody', 'td', 'tfoot',
    'th', 'thead', 'tr', 'ul', 'video', 'wbr',
];
const tagPattern = (names) => new RegExp(String.raw `</?(?:${names.join('|')})(?:\s[^<>]*)?/?>`, 'gi');
const INLINE_TAG = tagPattern(INLINE_TAGS);
const BLOCK_TAG = tagPattern(BLOCK_TAGS);
/** Elements whose content is never visible text. */
const INVISIBLE = /<(script|style|noscript|template|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
// C0/C1 controls (tab/newline are whitespace and collapse anyway), zero-width space and BOM.
const INVISIBLE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\ufeff]/g;
function stripMarkup(s) {
    return s.replace(CDATA, '$1').replace(COMMENT, ' ').replace(INVISIBLE, ' ').replace(BLOCK_TAG, ' ').replace(INLINE_TAG, '');
}
/** Cut to at most `max` characters (code points), ending in "…" when cut. */
function capText(s, max) {
    const chars = Array.from(s);
    if (chars.length <= max)
        return s;
    return `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
/**
 * HTML or entity-laden text → plain text: markup and comments removed, entities decoded (again, for
 * feeds that double-encode `&amp;amp;`), whitespace collapsed. A few rounds at most so a hostile
 * string cannot make it loop.
 */
function plainText(raw, max) {
    if (!raw)
        return '';
    let out = raw;
    for (let round = 0; round < 3; round++) {
        const next = (0,html_entities__WEBPACK_IMPORTED_MODULE_0__/* .decode */ .D4)(stripMarkup(out), { level: 'html5' });
        if (next === out)
            break;
        out = next;
    }
    out = out.replace(INVISIBLE_CHARS, '').replace(/\s+/g, ' ').trim();
    return max === undefined ? out : capText(out, max);
}
/**
 * An absolute http(s) URL for a link as written in a feed, resolved against `base`; undefined for
 * anything else (javascript:, data:, mailto:, unparseable). A literal `&amp;` left in a URL is always a
 * double-encoding mistake, so it is undone.
 */
function absoluteHttpUrl(raw, base) {
    if (!raw)
        return undefined;
    const cleaned = raw.replace(INVISIBLE_CHARS, '').trim().replace(/&amp;/gi, '&');
    if (!cleaned)
        return undefined;
    let url;
    try {
        url = new URL(cleaned, base);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return undefined;
    if (!url.hostname)
        return undefined;
    return url.href;
}


/***/ }),

/***/ 41723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ sourceUrl)
/* harmony export */ });
function withoutTrailingSlash(base) {
    return base.replace(/\/+$/, '');
}
function sourceUrl(source, http) {
    switch (source.kind) {
        case 'google-news': {
            // ceid's ":" is kept literal because that is how Google itself writes the parameter.
            const ceid = encodeURIComponent(source.ceid).replace(/%3A/gi, ':');
            return (`${withoutTrailingSlash(http.googleNewsBaseUrl)}/rss/search?q=${encodeURIComponent(source.query)}` +
                `&hl=${encodeURIComponent(source.hl)}&gl=${encodeURIComponent(source.gl)}&ceid=${ceid}`);
        }
        case 'youtube':
            return `${withoutTrailingSlash(http.youtubeBaseUrl)}/feeds/videos.xml?channel_id=${encodeURIComponent(source.channelId)}`;
        case 'feed':
        case 'html':
            return source.url;
    }
}


/***/ })

};
