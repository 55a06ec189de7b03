import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WikiDailyError } from '../../src/errors.js';
import { extractArticleLinks, extractArticleMeta } from '../../src/feeds/html.js';

const TZ = 'Asia/Seoul';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const PERSON_URL = 'https://kstar.kbs.co.kr/person_view.html?idx=220921';
const PATTERN = String.raw`list_view\.html\?idx=\d+`;

describe('extractArticleLinks', () => {
  it('returns absolute, de-duplicated article links in page order (KBS person page fixture)', () => {
    expect(extractArticleLinks(fixture('person.html'), PERSON_URL, PATTERN, 20)).toEqual([
      'https://kstar.kbs.co.kr/list_view.html?idx=512001',
      'https://kstar.kbs.co.kr/list_view.html?idx=512002',
      'https://kstar.kbs.co.kr/list_view.html?idx=511987&page=1',
    ]);
  });

  it('stops at max', () => {
    expect(extractArticleLinks(fixture('person.html'), PERSON_URL, PATTERN, 2)).toEqual([
      'https://kstar.kbs.co.kr/list_view.html?idx=512001',
      'https://kstar.kbs.co.kr/list_view.html?idx=512002',
    ]);
    expect(extractArticleLinks(fixture('person.html'), PERSON_URL, PATTERN, 0)).toEqual([]);
  });

  it('matches the pattern against the href as written too, honours <base>, skips non-http links', () => {
    const html = `<html><head><base href="https://www.vogue.co.kr/celebrity/"></head><body>
      <a href="2026/11/25/goyounjung-cover/">cover</a>
      <a href="javascript:location='2026/11/26/x/'">js</a>
      <a href="mailto:2026/11/27@x">mail</a>
      <a href="https://www.vogue.co.kr/2026/11/24/goyounjung-chanel/#top">chanel</a>
      <a href="/about/">about</a></body></html>`;
    expect(extractArticleLinks(html, 'https://www.vogue.co.kr/?s=x', String.raw`/2026/\d{2}/\d{2}/`, 10)).toEqual([
      'https://www.vogue.co.kr/celebrity/2026/11/25/goyounjung-cover/',
      'https://www.vogue.co.kr/2026/11/24/goyounjung-chanel/',
    ]);
    expect(extractArticleLinks(html, 'https://www.vogue.co.kr/?s=x', '^2026/', 10)).toEqual([
      'https://www.vogue.co.kr/celebrity/2026/11/25/goyounjung-cover/',
    ]);
  });

  it('an invalid linkPattern is a clear error', () => {
    expect(() => extractArticleLinks('<a href="/x">x</a>', PERSON_URL, 'list_view(', 5)).toThrow(WikiDailyError);
    expect(() => extractArticleLinks('<a href="/x">x</a>', PERSON_URL, 'list_view(', 5)).toThrow(/invalid linkPattern "list_view\(":/);
  });
});

describe('extractArticleMeta', () => {
  it('og:title and the first date in the visible text (not the one in a script)', () => {
    expect(extractArticleMeta(fixture('article-1.html'), 'https://kstar.kbs.co.kr/list_view.html?idx=512001', TZ)).toEqual({
      title: "고윤정, '모두가 자신의 무가치함과 싸우고 있다' 제작발표회 참석",
      published: '2026-11-26T00:30:00.000Z',
    });
  });

  it('article:published_time wins over text dates; double-encoded og:title is decoded', () => {
    expect(extractArticleMeta(fixture('article-2.html'), 'https://kstar.kbs.co.kr/list_view.html?idx=512002', TZ)).toEqual({
      title: '[포토] 고윤정, 겨울 공항 패션 "시크하게"',
      published: '2026-11-25T09:40:00.000Z',
    });
  });

  it('falls back to <title>, reads Korean date text, and leaves out what it cannot find', () => {
    const korean = '<html><head><title>고윤정 &amp; 보다나 | 뉴스</title></head><body><p>기사입력 2026년 11월 26일 오후 3시 20분</p></body></html>';
    expect(extractArticleMeta(korean, 'https://x.example/a', TZ)).toEqual({ title: '고윤정 & 보다나 | 뉴스', published: '2026-11-26T06:20:00.000Z' });
    const skipsInvalid = '<body><p>전화 1588.13.45</p><p>2026-11-25 오후 6:41</p></body>';
    expect(extractArticleMeta(skipsInvalid, 'https://x.example/b', TZ)).toEqual({ published: '2026-11-25T09:41:00.000Z' });
    expect(extractArticleMeta('<html><body><p>no date here</p></body></html>', 'https://x.example/c', TZ)).toEqual({});
  });

  it('a broken article:published_time falls back to the page text', () => {
    const html = '<head><meta property="article:published_time" content="soon"><meta property="og:title" content="t"></head><body>입력 2026.11.26 09:30</body>';
    expect(extractArticleMeta(html, 'https://x.example/d', TZ)).toEqual({ title: 't', published: '2026-11-26T00:30:00.000Z' });
  });
});
