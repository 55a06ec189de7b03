/**
 * Turning feed/page strings into plain text and absolute links.
 *
 * Only real HTML tag names are stripped: Korean headlines often put work or magazine titles in ASCII
 * angle brackets (`고윤정, <Vogue> 12월호`), and a generic `<[^>]+>` would eat them.
 * Making text safe for markdown is the page writer's job, not this module's.
 */
import { decode } from 'html-entities';
/** No page shows more than pages.maxTitleLength (at most 1000), so nothing longer needs to travel. */
export const MAX_TITLE_CHARS = 1000;
export const MAX_SUMMARY_CHARS = 500;
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
export function capText(s, max) {
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
export function plainText(raw, max) {
    if (!raw)
        return '';
    let out = raw;
    for (let round = 0; round < 3; round++) {
        const next = decode(stripMarkup(out), { level: 'html5' });
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
export function absoluteHttpUrl(raw, base) {
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
