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
export function truncate(s, max) {
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
export function inlineText(s, max) {
    return escapeMarkdown(truncate(plainLine(s), max));
}
/** URLs longer than this are refused: no real article needs one, and they would bloat pages. */
export const MAX_URL_LENGTH = 2048;
/** Characters percent-encoded after the host so neither `[t](url)` nor `<url>` nor a table cell can be broken. */
const LINK_BREAKERS = /[()<>\s"'`|\\[\]]/g;
/**
 * Only absolute http(s) URLs survive (javascript:, data:, vbscript:, relative… → undefined).
 * Credentials are dropped so they can never be published, and characters that could end a
 * markdown link destination are percent-encoded.
 */
export function safeLink(url) {
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
