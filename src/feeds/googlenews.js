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
export function isGoogleNewsLink(link) {
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
export function decodeGoogleNewsUrl(link) {
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
