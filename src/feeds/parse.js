/**
 * Feed text (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed) → NormalizedItem[] for one source.
 *
 * Detection and structure come from feedsmith; this module decides what is "not a feed" (an HTML error
 * page, a truncated download), and normalises every item the same way whatever the format. Problems
 * with single items are warnings (counted); a body that is not a usable feed is a FeedParseError.
 */
import { parseFeed, DetectError, MalformedError, ParseError } from 'feedsmith';
import { WikiDailyError } from '../errors.js';
import { parseDate } from './dates.js';
import { decodeGoogleNewsUrl, isGoogleNewsLink } from './googlenews.js';
import { MAX_SUMMARY_CHARS, MAX_TITLE_CHARS, absoluteHttpUrl, capText, plainText } from './text.js';
export class FeedParseError extends WikiDailyError {
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
    const title = m ? plainText(m[1], 80) : '';
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
export function parseFeedText(text, ctx) {
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
        parsed = parseFeed(input);
    }
    catch (err) {
        if (err instanceof MalformedError) {
            const detail = err.cause instanceof Error ? err.cause.message : err.message;
            return fail(`malformed XML: ${detail}`, err);
        }
        const format = isJson ? 'json' : formatOfRoot(rootElement(body));
        // feedsmith refuses a feed with nothing in it at all; for us that is simply no items today.
        if (err instanceof ParseError && format)
            return { items: [], warnings: ['the feed is empty (no title, no items)'], format };
        if (err instanceof DetectError || err instanceof ParseError) {
            return fail(`not a feed (${isJson ? 'JSON' : `root element <${rootElement(body)}>`} is not RSS, Atom, RDF or JSON Feed)`, err);
        }
        throw err;
    }
    const raw = toRawFeed(parsed);
    const feedTitle = plainText(raw.title) || undefined;
    const feedAuthor = plainText(raw.author) || undefined;
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
        const feedLink = absoluteHttpUrl(r.link, url);
        if (!feedLink) {
            withoutLink++;
            continue;
        }
        let title = plainText(r.title);
        let outlet = plainText(r.sourceTitle) || undefined;
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
        const summary = isGoogleNews ? '' : capText(withoutWordPressFooter(plainText(r.summary)), MAX_SUMMARY_CHARS);
        // Feeds may leave the title out (RSS allows a description alone): the summary's start stands in.
        if (!title)
            title = plainText(summary, 120);
        if (!title) {
            withoutTitle++;
            continue;
        }
        const published = parseDate(r.date?.trim(), timezone);
        if (r.date?.trim() && !published)
            badDates.push(r.date.trim());
        const item = {
            sourceId: source.id,
            sourceKind: source.kind,
            title: plainText(title, MAX_TITLE_CHARS),
            link,
        };
        if (published)
            item.published = published;
        if (summary)
            item.summary = summary;
        const guid = r.guid?.trim();
        if (guid)
            item.guid = guid;
        const itemOutlet = isYoutube ? (plainText(r.author) || feedOutlet) : (outlet ?? feedOutlet);
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
