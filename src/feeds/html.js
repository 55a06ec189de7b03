/**
 * HTML sources: a listing page (e.g. a broadcaster's person page) gives article links; each article
 * page gives its title and publication date. Link-only collection: no article text is kept.
 */
import { parse } from 'node-html-parser';
import { WikiDailyError, errorMessage } from '../errors.js';
import { DATE_IN_TEXT, parseDate } from './dates.js';
import { MAX_TITLE_CHARS, absoluteHttpUrl, plainText } from './text.js';
/** Pages are untrusted input; parse them once with the same options everywhere. */
function parseHtml(html) {
    return parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
}
function compilePattern(linkPattern) {
    try {
        return new RegExp(linkPattern);
    }
    catch (err) {
        throw new WikiDailyError(`invalid linkPattern ${JSON.stringify(linkPattern)}: ${errorMessage(err)}`, { cause: err });
    }
}
/**
 * Article links on a page: absolute http(s), fragment removed, de-duplicated, in page order, matching
 * `linkPattern` (tested against both the absolute URL and the href as written), at most `max`.
 */
export function extractArticleLinks(html, pageUrl, linkPattern, max) {
    const pattern = compilePattern(linkPattern);
    if (max <= 0)
        return [];
    const root = parseHtml(html);
    const baseHref = root.querySelector('base[href]')?.getAttribute('href');
    const base = absoluteHttpUrl(baseHref, pageUrl) ?? pageUrl;
    const seen = new Set();
    const links = [];
    for (const a of root.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')?.trim();
        if (!href || href.startsWith('#'))
            continue;
        const absolute = absoluteHttpUrl(href, base);
        if (!absolute)
            continue;
        const url = new URL(absolute);
        url.hash = '';
        const link = url.href;
        if (seen.has(link) || !(pattern.test(link) || pattern.test(href)))
            continue;
        seen.add(link);
        links.push(link);
        if (links.length >= max)
            break;
    }
    return links;
}
function metaContent(root, ...keys) {
    for (const key of keys) {
        for (const attr of ['property', 'name', 'itemprop']) {
            const value = root.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content')?.trim();
            if (value)
                return value;
        }
    }
    return undefined;
}
/** The first date-looking text on the page that parses (the article's "입력" date comes first on Korean pages). */
function firstDateInText(root, timezone) {
    for (const el of root.querySelectorAll('script, style, noscript, template, head'))
        el.remove();
    const text = (root.querySelector('body') ?? root).structuredText;
    for (const m of text.matchAll(DATE_IN_TEXT)) {
        const iso = parseDate(m[0], timezone);
        if (iso)
            return iso;
    }
    return undefined;
}
/**
 * Title (og:title, else <title>) and publication instant (article:published_time, else the first
 * date-looking text on the page) of an article page. `url` only names the page (it is never fetched).
 */
export function extractArticleMeta(html, url, timezone) {
    const root = parseHtml(html);
    const out = {};
    const title = plainText(metaContent(root, 'og:title') ?? root.querySelector('title')?.text, MAX_TITLE_CHARS);
    if (title)
        out.title = title;
    const published = parseDate(metaContent(root, 'article:published_time', 'datePublished'), timezone) ?? firstDateInText(root, timezone);
    if (published)
        out.published = published;
    return out;
}
