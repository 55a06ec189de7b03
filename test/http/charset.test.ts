import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, declaredCharset, decodeBody } from '../../src/http/charset.js';

const KOREAN = '고윤정 화보 인터뷰 · 똠방각하 「무빙」';
const xml = (encoding: string, text: string) => `<?xml version="1.0" encoding="${encoding}"?>\n<rss><channel><title>${text}</title></channel></rss>`;

describe('decodeBody', () => {
  it('uses the Content-Type charset (EUC-KR aliases all decode as windows-949)', () => {
    for (const label of ['euc-kr', 'EUC-KR', 'ks_c_5601-1987', 'cp949', 'windows-949', '"euc-kr"']) {
      const bytes = iconv.encode(`<p>${KOREAN}</p>`, 'cp949');
      const out = decodeBody(bytes, `text/html; charset=${label}`);
      expect(out.text, label).toBe(`<p>${KOREAN}</p>`);
      expect(out.charset).toBe('euc-kr');
      expect(out.warning).toBeUndefined();
    }
  });

  it('falls back to the XML prolog, then to an HTML meta tag', () => {
    const fromProlog = decodeBody(iconv.encode(xml('euc-kr', KOREAN), 'cp949'), 'application/rss+xml');
    expect(fromProlog.charset).toBe('euc-kr');
    expect(fromProlog.text).toContain(`<title>${KOREAN}</title>`);

    const html = `<html><head><meta charset="ks_c_5601-1987"><title>${KOREAN}</title>`;
    expect(decodeBody(iconv.encode(html, 'cp949')).text).toBe(html);
    const httpEquiv = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><title>${KOREAN}</title>`;
    expect(decodeBody(iconv.encode(httpEquiv, 'cp949'), 'text/html').text).toBe(httpEquiv);
  });

  it('prefers the prolog when a header claiming utf-8 yields U+FFFD', () => {
    const bytes = iconv.encode(xml('euc-kr', KOREAN), 'cp949');
    const out = decodeBody(bytes, 'application/xml; charset=utf-8');
    expect(out.charset).toBe('euc-kr');
    expect(out.text).toContain(KOREAN);
    expect(out.text).not.toContain('\uFFFD');
    expect(out.warning).toMatch(/header says utf-8 .* decoded as euc-kr/);
  });

  it('keeps a header that decodes cleanly even when the prolog disagrees', () => {
    const out = decodeBody(Buffer.from(xml('euc-kr', KOREAN), 'utf8'), 'application/xml; charset=utf-8');
    expect(out.charset).toBe('utf-8');
    expect(out.text).toContain(KOREAN);
    expect(out.warning).toBeUndefined();
  });

  it('lets a BOM beat a stale label and strips it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(KOREAN, 'utf8')]);
    const out = decodeBody(bytes, 'text/plain; charset=euc-kr');
    expect(out).toEqual({ text: KOREAN, charset: 'utf-8' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(KOREAN, 'utf16le')]);
    expect(decodeBody(utf16)).toEqual({ text: KOREAN, charset: 'utf-16le' });
  });

  it('defaults to utf-8 and reports unknown labels instead of failing', () => {
    expect(decodeBody(Buffer.from(KOREAN, 'utf8'))).toEqual({ text: KOREAN, charset: 'utf-8' });
    const out = decodeBody(Buffer.from(KOREAN, 'utf8'), 'text/xml; charset=x-klingon');
    expect(out.text).toBe(KOREAN);
    expect(out.charset).toBe('utf-8');
    expect(out.warning).toBe('unknown charset "x-klingon" in the Content-Type header; decoded as utf-8');
  });

  it('decodes latin1 labels as windows-1252 (curly quotes survive)', () => {
    const out = decodeBody(Buffer.from([0x93, 0x41, 0x94]), 'text/plain; charset=iso-8859-1');
    expect(out).toEqual({ text: '\u201cA\u201d', charset: 'windows-1252' });
  });
});

describe('label helpers', () => {
  it('reads charset parameters and in-document declarations', () => {
    expect(charsetFromContentType('text/xml; charset="EUC-KR"; foo=bar')).toBe('EUC-KR');
    expect(charsetFromContentType('text/xml')).toBeUndefined();
    expect(charsetFromContentType(undefined)).toBeUndefined();
    expect(declaredCharset(Buffer.from(`<?xml version='1.0' encoding='cp949'?><a/>`))).toBe('cp949');
    expect(declaredCharset(Buffer.from('<?xml version="1.0" encoding="UTF-16"?><a/>'))).toBe('utf-8');
    expect(declaredCharset(Buffer.from('<a>no declaration</a>'))).toBeUndefined();
  });
});
