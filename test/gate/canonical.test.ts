import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, entryId, hostOf, InvalidUrlError, publishedUrl } from '../../src/gate/canonical.js';

describe('canonicalUrl', () => {
  it.each([
    // tracking parameters
    ['https://www.elle.co.kr/article/1?utm_source=x&utm_medium=rss&UTM_Campaign=y', 'https://www.elle.co.kr/article/1'],
    ['https://a.com/p?id=3&fbclid=abc&gclid=1&igshid=2&mc_cid=3&mc_eid=4', 'https://a.com/p?id=3'],
    ['https://a.com/p?ref=home&ref_src=twsrc&spm=a.b&ncid=rss&cmpid=x&_ga=1&yclid=2&id=9', 'https://a.com/p?id=9'],
    ['https://www.yna.co.kr/view/AKR20260601?oc=5', 'https://www.yna.co.kr/view/AKR20260601'],
    ['https://a.com/p?mtm_campaign=1&hsa_acc=2&_hsenc=3&mkt_tok=4&msclkid=5', 'https://a.com/p'],
    // fragments, default ports, case
    ['HTTPS://WWW.Example.COM:443/Path/To#section-2', 'https://www.example.com/Path/To'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['https://example.com:8443/a', 'https://example.com:8443/a'],
    ['https://user:pw@example.com/a', 'https://example.com/a'],
    ['https://example.com./a', 'https://example.com/a'],
    // hash-router fragments identify the page and are kept
    ['https://spa.example.com/#!/article/12', 'https://spa.example.com/#!/article/12'],
    ['https://spa.example.com/#/view/12', 'https://spa.example.com/#/view/12'],
    // trailing slash, root path
    ['https://example.com/a/b/', 'https://example.com/a/b'],
    ['https://example.com/a//', 'https://example.com/a'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/?utm_source=x', 'https://example.com/'],
    // query order: sorted by name, repeated names keep their order, encoding kept as written
    ['https://a.com/s?b=2&a=1&c=3', 'https://a.com/s?a=1&b=2&c=3'],
    ['https://a.com/s?tag=z&id=1&tag=a', 'https://a.com/s?id=1&tag=z&tag=a'],
    ['https://a.com/s?q=%ea%b3%a0&flag', 'https://a.com/s?flag&q=%EA%B3%A0'],
    ['https://a.com/s?q=고윤정', 'https://a.com/s?q=%EA%B3%A0%EC%9C%A4%EC%A0%95'],
    ['https://a.com/s?&&a=1&', 'https://a.com/s?a=1'],
    // mobile and AMP hosts
    ['https://m.news.naver.com/article/001/0012345', 'https://news.naver.com/article/001/0012345'],
    ['https://mobile.twitter.com/x/status/1', 'https://twitter.com/x/status/1'],
    ['https://amp.theguardian.com/film/2026/x', 'https://theguardian.com/film/2026/x'],
    ['https://m.com/a', 'https://m.com/a'],
    ['https://news.m.example.com/a', 'https://news.m.example.com/a'],
    // AMP paths and switches
    ['https://www.mk.co.kr/amp/news/1234', 'https://www.mk.co.kr/news/1234'],
    ['https://www.news1.kr/articles/5678/amp', 'https://www.news1.kr/articles/5678'],
    ['https://www.news1.kr/articles/5678/amp/', 'https://www.news1.kr/articles/5678'],
    ['https://site.com/news/123.amp.html', 'https://site.com/news/123.html'],
    ['https://site.com/news/123.amp', 'https://site.com/news/123'],
    ['https://site.com/news/123?amp=1', 'https://site.com/news/123'],
    ['https://site.com/news/123?amp', 'https://site.com/news/123'],
    ['https://site.com/news/123?amp=true&id=4', 'https://site.com/news/123?id=4'],
    ['https://site.com/news/123?amp=0', 'https://site.com/news/123?amp=0'],
    ['https://site.com/view.php?idx=7&outputType=amp', 'https://site.com/view.php?idx=7'],
    ['https://site.com/ampere/1', 'https://site.com/ampere/1'],
    ['https://www.google.com/amp/s/www.osen.co.kr/article/G1?utm_source=g', 'https://www.osen.co.kr/article/G1'],
    ['https://www-osen-co-kr.cdn.ampproject.org/c/s/www.osen.co.kr/amp/article/G1', 'https://www.osen.co.kr/article/G1'],
    // percent escapes in upper case
    ['https://a.com/%ea%b3%a0', 'https://a.com/%EA%B3%A0'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42s&list=PL1&si=abc',
    'https://youtube.com/watch?v=dQw4w9WgXcQ',
    'http://m.youtube.com/watch?v=dQw4w9WgXcQ&pp=x',
    'https://music.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ?feature=share',
    'https://youtube.com/shorts/dQw4w9WgXcQ/',
    'https://www.youtube.com/embed/dQw4w9WgXcQ?autoplay=1',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    'https://www.youtube.com/live/dQw4w9WgXcQ?si=zz',
    'https://www.youtube.com/v/dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ?si=Ab12&t=3',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ#t=30',
  ])('YouTube form %s → the watch URL', (input) => {
    expect(canonicalUrl(input)).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  });

  it('keeps YouTube pages that are not videos, on www, without share parameters', () => {
    expect(canonicalUrl('https://m.youtube.com/@tvN?si=x&feature=shared')).toBe('https://www.youtube.com/@tvN');
    expect(canonicalUrl('https://www.youtube.com/playlist?list=PL123&si=x')).toBe(
      'https://www.youtube.com/playlist?list=PL123',
    );
    // an id that is not 11 characters is not a video id: the URL is only cleaned
    expect(canonicalUrl('https://www.youtube.com/watch?v=short')).toBe('https://www.youtube.com/watch?v=short');
  });

  it('keeps the scheme as given', () => {
    expect(canonicalUrl('http://news.kbs.co.kr/a')).toBe('http://news.kbs.co.kr/a');
    expect(canonicalUrl('https://news.kbs.co.kr/a')).toBe('https://news.kbs.co.kr/a');
  });

  it('is idempotent', () => {
    for (const u of [
      'https://m.news.naver.com/article/1/amp/?b=2&a=1&utm_source=x#top',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://a.com/s?q=%ea%b3%a0&flag',
    ]) {
      const once = canonicalUrl(u);
      expect(canonicalUrl(once)).toBe(once);
    }
  });

  it.each([
    ['not a url', 'not a valid absolute URL'],
    ['/relative/path', 'not a valid absolute URL'],
    ['ftp://example.com/file', 'scheme "ftp" is not http or https'],
    ['javascript:alert(1)', 'scheme "javascript" is not http or https'],
    ['', 'not a valid absolute URL'],
  ])('rejects %j with a message naming the URL', (input, why) => {
    let err: unknown;
    try {
      canonicalUrl(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidUrlError);
    expect((err as Error).message).toBe(`cannot canonicalise URL "${input}": ${why}`);
  });
});

describe('entryId', () => {
  it('is "e" + the first 12 hex digits of sha256 of the URL without scheme', () => {
    const expected = `e${createHash('sha256').update('news.kbs.co.kr/news/view.do?ncd=1').digest('hex').slice(0, 12)}`;
    expect(entryId('https://news.kbs.co.kr/news/view.do?ncd=1')).toBe(expected);
    expect(expected).toMatch(/^e[0-9a-f]{12}$/);
  });

  it('is stable across calls and ignores the scheme', () => {
    const a = entryId('https://www.elle.co.kr/article/1');
    expect(entryId('https://www.elle.co.kr/article/1')).toBe(a);
    expect(entryId('http://www.elle.co.kr/article/1')).toBe(a);
    expect(entryId('https://www.elle.co.kr/article/2')).not.toBe(a);
  });

  it('gives one id to every form of the same article', () => {
    const forms = [
      'https://m.news.naver.com/article/001/1?utm_source=x',
      'http://news.naver.com/article/001/1/',
      'https://news.naver.com/amp/article/001/1#comments',
    ];
    const ids = new Set(forms.map((f) => entryId(canonicalUrl(f))));
    expect(ids.size).toBe(1);
  });
});

describe('hostOf', () => {
  it('returns the lower-case host without port or trailing dot', () => {
    expect(hostOf('https://News.KBS.co.kr:8080/a')).toBe('news.kbs.co.kr');
    expect(hostOf('https://example.com./a')).toBe('example.com');
  });
  it('throws a clear error for an invalid URL', () => {
    expect(() => hostOf('nope')).toThrow('cannot canonicalise URL "nope": not a valid absolute URL');
  });
});

describe('publishedUrl (the link a page shows)', () => {
  it('keeps the link as published, tracking parameters removed; the id key is unchanged', () => {
    const chosun = 'https://www.chosun.com/entertainments/broadcast/2026/11/26/KX3ZP5Q7RBHMNJ2A4W6YVE8TDC/?utm_source=naver&utm_medium=referral';
    expect(publishedUrl(chosun)).toBe('https://www.chosun.com/entertainments/broadcast/2026/11/26/KX3ZP5Q7RBHMNJ2A4W6YVE8TDC/');
    // ids stay what they always were (data/seen.tsv compatibility): pinned values
    expect(canonicalUrl(chosun)).toBe('https://www.chosun.com/entertainments/broadcast/2026/11/26/KX3ZP5Q7RBHMNJ2A4W6YVE8TDC');
    expect(entryId(canonicalUrl(chosun))).toBe('e57059eafd0f2');
    expect(entryId(canonicalUrl(publishedUrl(chosun)))).toBe('e57059eafd0f2');
    expect(publishedUrl('https://m.news.naver.com/article/1?b=2&a=1&fbclid=x#top')).toBe('https://m.news.naver.com/article/1?b=2&a=1#top');
    expect(publishedUrl('https://news.example/a?oc=5')).toBe('https://news.example/a');
    expect(() => publishedUrl('ftp://x/y')).toThrow(InvalidUrlError);
  });
});
