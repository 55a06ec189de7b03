import { describe, expect, it } from 'vitest';
import { decodeGoogleNewsUrl, isGoogleNewsLink } from '../../src/feeds/googlenews.js';

function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}

/** An old-style article token: 08 13 22 <varint len> <payload> [d2 01 00], base64url. */
function token(payload: string, { prefix = [0x08, 0x13, 0x22], suffix = [0xd2, 0x01, 0x00] } = {}): string {
  const bytes = Buffer.from(payload, 'utf8');
  return Buffer.from([...prefix, ...varint(bytes.length), ...bytes, ...suffix]).toString('base64url');
}

const SHORT = 'https://sports.chosun.com/entertainment/2026-11-26/202611260100183450026541';
const LONG =
  'https://www.yna.co.kr/view/AKR20261126045200005?section=entertainment/drama&site=topnews01_related&input=1195m&ref=google-news-rss-feed-entertainment';

describe('decodeGoogleNewsUrl', () => {
  it('decodes an old-style CBMi token offline', () => {
    const t = token(SHORT);
    expect(t.startsWith('CBMi')).toBe(true);
    expect(decodeGoogleNewsUrl(`https://news.google.com/rss/articles/${t}?oc=5`)).toEqual({ url: SHORT, decoded: true });
  });

  it('decodes a URL longer than 127 bytes (two-byte varint length)', () => {
    expect(LONG.length).toBeGreaterThan(127);
    const t = token(LONG);
    const bytes = Buffer.from(t, 'base64url');
    expect([bytes[3], bytes[4]]).toEqual([(LONG.length & 0x7f) | 0x80, LONG.length >> 7]);
    expect(decodeGoogleNewsUrl(`https://news.google.com/rss/articles/${t}?oc=5`)).toEqual({ url: LONG, decoded: true });
  });

  it('handles /articles/, /rss/articles/, /read/ and /__i/rss/rd/articles/ paths, with or without query', () => {
    const t = token(SHORT);
    for (const path of ['/articles/', '/rss/articles/', '/read/', '/__i/rss/rd/articles/']) {
      expect(decodeGoogleNewsUrl(`https://news.google.com${path}${t}`)).toEqual({ url: SHORT, decoded: true });
      expect(decodeGoogleNewsUrl(`https://news.google.com${path}${t}?hl=ko&gl=KR&ceid=KR:ko`).url).toBe(SHORT);
    }
  });

  it('reports new opaque AU_yq tokens as undecoded, keeps the Google link and hands out the token', () => {
    const t = token('AU_yqLNm8cR1pX0v3bq2Kf7hZtWqYk5JdM4eS9gA1uTnVxC6oPzL', { suffix: [] });
    const link = `https://news.google.com/rss/articles/${t}?oc=5`;
    expect(decodeGoogleNewsUrl(link)).toEqual({ url: link, decoded: false, token: t });
    const old = `https://news.google.com/__i/rss/rd/articles/${t}?oc=5`;
    expect(decodeGoogleNewsUrl(old)).toEqual({ url: old, decoded: false, token: t });
  });

  it('prefers the article URL when the token also carries its AMP URL', () => {
    const amp = 'https://sports.chosun.com/amp/entertainment/2026-11-26/202611260100183450026541';
    const both = token(SHORT, { suffix: [0xd2, 0x01, ...varint(amp.length), ...Buffer.from(amp), 0xd2, 0x01, 0x00] });
    expect(both.startsWith('CBMi')).toBe(true);
    for (const path of ['/rss/articles/', '/__i/rss/rd/articles/', '/read/']) {
      expect(decodeGoogleNewsUrl(`https://news.google.com${path}${both}?oc=5`)).toEqual({ url: SHORT, decoded: true });
    }
  });

  it('recognises Google News links by host', () => {
    expect(isGoogleNewsLink('https://news.google.com/rss/articles/x')).toBe(true);
    expect(isGoogleNewsLink('https://NEWS.google.com/read/x')).toBe(true);
    expect(isGoogleNewsLink('https://www.google.com/search?q=x')).toBe(false);
    expect(isGoogleNewsLink('not a url')).toBe(false);
  });

  it('finds the URL in a later field or, failing structure, in the first http run', () => {
    const later = Buffer.from([0x08, 0x02, 0x12, 0x02, 0x6b, 0x6f, 0x22, ...varint(SHORT.length), ...Buffer.from(SHORT)]).toString('base64url');
    expect(decodeGoogleNewsUrl(`https://news.google.com/articles/${later}`).url).toBe(SHORT);
    const odd = Buffer.concat([Buffer.from([0x0f, 0xff, 0x00]), Buffer.from(SHORT), Buffer.from([0x00, 0x01])]).toString('base64url');
    expect(decodeGoogleNewsUrl(`https://news.google.com/articles/${odd}`)).toEqual({ url: SHORT, decoded: true });
  });

  it('never decodes to a non-http or Google URL', () => {
    const js = token('javascript:alert(1)');
    expect(decodeGoogleNewsUrl(`https://news.google.com/articles/${js}`).decoded).toBe(false);
    const loop = token('https://news.google.com/rss/articles/xyz');
    expect(decodeGoogleNewsUrl(`https://news.google.com/articles/${loop}`).decoded).toBe(false);
  });

  it('passes non-Google links through and marks unknown Google links undecoded', () => {
    expect(decodeGoogleNewsUrl('https://www.elle.co.kr/article/1892345')).toEqual({
      url: 'https://www.elle.co.kr/article/1892345',
      decoded: true,
    });
    expect(decodeGoogleNewsUrl('https://news.google.com/stories/CAAqNggKIjBDQklTSGpvSmMzUnZjbmt0TXpZ')).toEqual({
      url: 'https://news.google.com/stories/CAAqNggKIjBDQklTSGpvSmMzUnZjbmt0TXpZ',
      decoded: false,
    });
    expect(decodeGoogleNewsUrl('https://news.google.com/rss/articles/!!!').decoded).toBe(false);
    expect(decodeGoogleNewsUrl('https://news.google.com/rss/articles/AAAA').decoded).toBe(false);
    expect(decodeGoogleNewsUrl('not a url')).toEqual({ url: 'not a url', decoded: false });
  });

  it('is synchronous (no network request can hide behind it)', () => {
    const result: unknown = decodeGoogleNewsUrl(`https://news.google.com/rss/articles/${token(SHORT)}`);
    expect(result).not.toBeInstanceOf(Promise);
  });
});
