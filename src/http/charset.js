/**
 * Turning response bytes into text.
 *
 * Order of evidence:
 *   1. a byte-order mark — it cannot be wrong about the bytes that follow it, so it beats any label
 *      (this is also what browsers do); a header saying euc-kr in front of a UTF-8 BOM is a stale label;
 *   2. the charset parameter of the Content-Type header;
 *   3. the in-document declaration: the XML prolog (`<?xml … encoding="euc-kr"?>`) or an HTML
 *      `<meta charset>` / `<meta http-equiv="Content-Type" content="…; charset=…">`;
 *   4. UTF-8.
 *
 * Lying headers: Korean portals and magazine CMSs often send `charset=utf-8` (a server-wide default)
 * in front of an EUC-KR document whose prolog says euc-kr. When decoding with the header's charset
 * produces U+FFFD and the document declares a different charset that decodes cleanly, the
 * declaration wins and a warning says so. When the header's charset decodes cleanly it is kept, even
 * if the document disagrees (then it is the declaration that is stale).
 *
 * Labels follow the WHATWG Encoding Standard where it matters here: every EUC-KR alias
 * (ks_c_5601-1987, cp949, windows-949, korean, …) is decoded as windows-949 (the superset that real
 * "EUC-KR" pages use, with the UHC extension), and latin1 / us-ascii labels as windows-1252.
 */
import iconv from 'iconv-lite';
const KOREAN_LABELS = new Set([
    'euc-kr',
    'euckr',
    'cseuckr',
    'ks_c_5601-1987',
    'ks_c_5601-1989',
    'ks_c_5601',
    'ksc5601',
    'ksc_5601',
    'csksc56011987',
    'iso-ir-149',
    'korean',
    'cp949',
    'windows-949',
    'x-windows-949',
    'ms949',
    'uhc',
    'x-uhc',
]);
const WINDOWS_1252_LABELS = new Set([
    'iso-8859-1',
    'iso8859-1',
    'iso_8859-1',
    'latin1',
    'l1',
    'ascii',
    'us-ascii',
    'cp1252',
    'windows-1252',
    'x-cp1252',
    'cp819',
    'ibm819',
]);
/** Map a charset label to a codec, or undefined when iconv-lite does not know it. */
function resolveCharsetLabel(label) {
    const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
    if (!l)
        return undefined;
    if (l === 'utf-8' || l === 'utf8' || l === 'unicode-1-1-utf-8')
        return { name: 'utf-8', codec: 'utf-8' };
    if (KOREAN_LABELS.has(l))
        return { name: 'euc-kr', codec: 'cp949' };
    if (WINDOWS_1252_LABELS.has(l))
        return { name: 'windows-1252', codec: 'windows-1252' };
    if (l === 'utf-16' || l === 'unicode')
        return { name: 'utf-16le', codec: 'utf-16le' };
    return iconv.encodingExists(l) ? { name: l, codec: l } : undefined;
}
/** The charset parameter of a Content-Type value, if any. */
export function charsetFromContentType(contentType) {
    if (!contentType)
        return undefined;
    const m = /;\s*charset\s*=\s*("([^"]*)"|[^;\s]+)/i.exec(contentType);
    if (!m)
        return undefined;
    const value = (m[2] ?? m[1] ?? '').trim();
    return value || undefined;
}
function bomCharset(bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return { name: 'utf-8', codec: 'utf-8' };
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return { name: 'utf-16le', codec: 'utf-16le' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return { name: 'utf-16be', codec: 'utf-16be' };
    return undefined;
}
/**
 * The charset named inside the document (XML prolog, else HTML meta), read from the first bytes as
 * ASCII. Only ASCII-compatible documents can be read this way, which is why a declared utf-16 is
 * reported as utf-8 (the same rule browsers apply).
 */
export function declaredCharset(bytes) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
    const prolog = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)\s*["']/i.exec(head.replace(/^\u00ef\u00bb\u00bf/, ''));
    const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(head) ??
        /<meta\b[^>]*?\bcontent\s*=\s*["'][^"']*?charset\s*=\s*([^"'\s;]+)/i.exec(head);
    const label = prolog?.[1] ?? meta?.[1];
    if (!label)
        return undefined;
    return /^utf-?16/i.test(label) ? 'utf-8' : label;
}
function decodeWith(bytes, codec) {
    // iconv-lite strips a leading BOM for the unicode codecs.
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), codec);
}
/** Decode a response body; see the module comment for the rules. Never throws. */
export function decodeBody(bytes, contentType) {
    const bom = bomCharset(bytes);
    if (bom)
        return { text: decodeWith(bytes, bom.codec), charset: bom.name };
    const warnings = [];
    const headerLabel = charsetFromContentType(contentType);
    const documentLabel = declaredCharset(bytes);
    const header = headerLabel ? resolveCharsetLabel(headerLabel) : undefined;
    if (headerLabel && !header)
        warnings.push(`unknown charset "${headerLabel}" in the Content-Type header`);
    const declared = documentLabel ? resolveCharsetLabel(documentLabel) : undefined;
    if (documentLabel && !declared)
        warnings.push(`unknown charset "${documentLabel}" declared in the document`);
    const finish = (text, charset) => warnings.length ? { text, charset, warning: warnings.join('; ') } : { text, charset };
    if (header) {
        const text = decodeWith(bytes, header.codec);
        if (text.includes('\uFFFD') && declared && declared.codec !== header.codec) {
            const alternative = decodeWith(bytes, declared.codec);
            if (!alternative.includes('\uFFFD')) {
                warnings.push(`the Content-Type header says ${header.name} but the body is not valid ${header.name}; ` +
                    `decoded as ${declared.name}, as the document declares`);
                return finish(alternative, declared.name);
            }
        }
        return finish(text, header.name);
    }
    if (declared)
        return finish(decodeWith(bytes, declared.codec), declared.name);
    if (warnings.length)
        warnings.push('decoded as utf-8');
    return finish(decodeWith(bytes, 'utf-8'), 'utf-8');
}
