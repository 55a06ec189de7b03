/**
 * Text keys for matching names and words. Korean names are written with and without spaces
 * (고윤정 / 고 윤정), English ones with spaces, hyphens or neither (Go Youn-jung / Go Younjung), and
 * feeds mix NFC with NFD Hangul; comparing keys instead of raw text makes all of those equal.
 */
/** Separators that writers use interchangeably inside a name; removed together with whitespace. */
const SEPARATORS = /[\s\-_.·・‧'’‘"“”+]/gu;
/** Case-, width-, composition- and separator-insensitive key of a text. */
export function matchKey(text) {
    return text.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
}
/**
 * Percent-decode what can be decoded and leave the rest: one malformed escape in a URL must not
 * hide a name that is spelled out elsewhere in it.
 */
export function safeDecode(text) {
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
export function hostMatchesSuffix(host, suffix) {
    return host === suffix || host.endsWith(`.${suffix}`);
}
/** A host suffix as written in the config, tolerant of `*.x`, `.x`, upper case and a trailing dot. */
export function normalizeHostSuffix(suffix) {
    return suffix
        .trim()
        .toLowerCase()
        .replace(/^\*?\./, '')
        .replace(/\.$/, '');
}
/** Numbers in reasons: integers as is, fractions with at most two decimals. */
export function formatNumber(n) {
    return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
