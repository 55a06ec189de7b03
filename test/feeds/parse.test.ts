import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { SourceConfig } from '../../src/config/schema.js';
import { WikiDailyError } from '../../src/errors.js';
import { FeedParseError, parseFeedText } from '../../src/feeds/parse.js';

const TZ = 'Asia/Seoul';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const fixtureBytes = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

/** A source exactly as the config loader produces it (defaults filled in). */
function source(raw: Record<string, unknown>): SourceConfig {
  const s = parseConfig({ sources: [raw] }).sources[0];
  if (!s) throw new Error('no source');
  return s;
}

const ELLE_URL = 'https://www.elle.co.kr/?s=%EA%B3%A0%EC%9C%A4%EC%A0%95&feed=rss2';
const elle = source({ id: 'elle-korea', name: 'ELLE Korea', url: ELLE_URL, kindHint: 'pictorial' });

function parse(text: string, src: SourceConfig, url = 'https://feeds.example.com/feed') {
  return parseFeedText(text, { source: src, url, timezone: TZ });
}

function parseError(text: string, src: SourceConfig = elle): FeedParseError {
  try {
    parse(text, src, ELLE_URL);
  } catch (err) {
    expect(err).toBeInstanceOf(FeedParseError);
    expect(err).toBeInstanceOf(WikiDailyError);
    return err as FeedParseError;
  }
  throw new Error('expected a FeedParseError');
}

describe('parseFeedText: fixtures', () => {
  it('WordPress RSS 2.0 (magazine search feed)', () => {
    const { items, warnings, format } = parse(fixture('rss2-magazine.xml'), elle, ELLE_URL);
    expect(format).toBe('rss');
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      {
        sourceId: 'elle-korea',
        sourceKind: 'feed',
        title: '고윤정의 겨울 ‘샤넬’ 화보',
        link: 'https://www.elle.co.kr/article/1892345?utm_source=rss&utm_medium=rss&utm_campaign=goyounjung-chanel-winter',
        published: '2026-11-25T23:30:00.000Z',
        summary: '배우 고윤정이 샤넬 코코 크러쉬와 함께한 겨울 화보를 공개했다.',
        guid: 'https://www.elle.co.kr/?p=1892345',
        outlet: 'ELLE Korea',
        kindHint: 'pictorial',
      },
      {
        sourceId: 'elle-korea',
        sourceKind: 'feed',
        title: '고윤정 & 부쉐론, 겨울 빛의 순간',
        link: 'https://www.elle.co.kr/article/1891870',
        published: '2026-11-23T00:00:00.000Z',
        summary: '부쉐론 하이 주얼리를 입은 고윤정의 12월호 커버 비하인드 […]',
        guid: 'https://www.elle.co.kr/?p=1891870',
        outlet: 'ELLE Korea',
        kindHint: 'pictorial',
      },
      {
        sourceId: 'elle-korea',
        sourceKind: 'feed',
        title: '[인터뷰] 고윤정, “연기는 결국 사람을 이해하는 일”',
        link: 'https://www.elle.co.kr/article/1890412',
        published: '2026-11-20T01:15:00.000Z',
        summary: '<모두가 자신의 무가치함과 싸우고 있다>를 마친 고윤정과 나눈 이야기.',
        guid: 'https://www.elle.co.kr/?p=1890412',
        outlet: 'ELLE Korea',
        kindHint: 'pictorial',
      },
    ]);
  });

  it('falls back to the feed title as outlet when the source has no name', () => {
    const unnamed = source({ id: 'elle', url: ELLE_URL });
    const { items } = parse(fixture('rss2-magazine.xml'), unnamed, ELLE_URL);
    expect(items.map((i) => i.outlet)).toEqual(Array(3).fill('고윤정 검색 결과 – ELLE Korea'));
    expect(items.every((i) => i.kindHint === undefined)).toBe(true);
  });

  it('RSS 1.0 / RDF, including an item whose URL holds &amp; and a date without offset', () => {
    const src = source({ id: 'noblesse', url: 'https://www.noblesse.com/home/rss/search.xml?query=x' });
    const { items, format, warnings } = parse(fixture('rdf.xml'), src);
    expect(format).toBe('rdf');
    expect(warnings).toEqual([]);
    expect(items.map((i) => [i.title, i.link, i.published, i.outlet])).toEqual([
      [
        '고윤정, 노블레스 12월호 커버 장식',
        'https://www.noblesse.com/home/news/magazine/detail.php?no=81234&menu=cover',
        '2026-11-24T01:00:00.000Z',
        'Noblesse - 고윤정',
      ],
      [
        '고윤정이 말하는 ‘조용한 자신감’',
        'https://www.noblesse.com/home/news/magazine/detail.php?no=81190',
        '2026-11-18T09:30:00.000Z',
        'Noblesse - 고윤정',
      ],
    ]);
    expect(items[1]?.summary).toBe('화보 촬영 현장에서 만난 고윤정.');
  });

  it('Atom: rel=alternate preferred, relative href resolved, updated when published is missing', () => {
    const url = 'https://www.wkorea.com/feed/atom/?s=%EA%B3%A0%EC%9C%A4%EC%A0%95';
    const src = source({ id: 'w-korea', name: 'W Korea', url });
    const { items, format } = parse(fixture('atom.xml'), src, url);
    expect(format).toBe('atom');
    expect(items).toEqual([
      {
        sourceId: 'w-korea',
        sourceKind: 'feed',
        title: '고윤정, 마리떼 프랑소와 저버와 함께한 겨울 – W 화보',
        link: 'https://www.wkorea.com/2026/11/25/goyounjung-marithe-winter/',
        published: '2026-11-25T06:00:00.000Z',
        summary: '마리떼 프랑소와 저버의 겨울 컬렉션을 입은 고윤정.',
        guid: 'https://www.wkorea.com/?p=301122',
        outlet: 'W Korea',
      },
      {
        sourceId: 'w-korea',
        sourceKind: 'feed',
        title: '고윤정 인터뷰: 다음 장면을 기다리는 법',
        link: 'https://www.wkorea.com/2026/11/19/goyounjung-interview/',
        published: '2026-11-19T06:00:00.000Z',
        summary: '배우 고윤정이 말하는 기다림과 준비.',
        guid: 'https://www.wkorea.com/?p=300871',
        outlet: 'W Korea',
      },
    ]);
  });

  it('JSON Feed 1.1', () => {
    const url = 'https://www.marieclairekorea.com/feed/json/?s=%EA%B3%A0%EC%9C%A4%EC%A0%95';
    const src = source({ id: 'marie-claire', url });
    const { items, format } = parse(fixture('feed.json'), src, url);
    expect(format).toBe('json');
    expect(items.map((i) => [i.title, i.link, i.published, i.guid, i.outlet])).toEqual([
      [
        '고윤정의 눈빛, 렌즈미 겨울 캠페인',
        'https://www.marieclairekorea.com/beauty/2026/11/goyounjung-lensme/',
        '2026-11-21T23:00:00.000Z',
        'https://www.marieclairekorea.com/?p=220915',
        'Marie Claire Korea — 고윤정',
      ],
      [
        '고윤정 & 디스커버리 익스페디션, 한겨울의 산책',
        'https://www.marieclairekorea.com/celebrity/2026/11/goyounjung-discovery/',
        '2026-11-21T12:30:00.000Z',
        'https://www.marieclairekorea.com/?p=220870',
        'Marie Claire Korea — 고윤정',
      ],
    ]);
    expect(items[1]?.summary).toBe('디스커버리 익스페디션 윈터 컬렉션 화보 속 고윤정.');
  });

  it('Google News: title/outlet split, offline decode, undecoded flag', () => {
    const src = source({ id: 'gn-main', query: '고윤정 when:1d' });
    const url = 'https://news.google.com/rss/search?q=%EA%B3%A0%EC%9C%A4%EC%A0%95%20when%3A1d&hl=ko&gl=KR&ceid=KR:ko';
    const { items, warnings, format } = parse(fixture('googlenews.xml'), src, url);
    expect(format).toBe('rss');
    expect(items.map((i) => ({ title: i.title, outlet: i.outlet, link: i.link, undecoded: i.undecoded ?? false, published: i.published }))).toEqual([
      {
        title: "고윤정, '모두가 자신의 무가치함과 싸우고 있다' 촬영장 비하인드 공개",
        outlet: '스포츠조선',
        link: 'https://sports.chosun.com/entertainment/2026-11-26/202611260100183450026541',
        undecoded: false,
        published: '2026-11-25T23:12:00.000Z',
      },
      {
        title: "고윤정, 넷플릭스 '이 사랑 통역 되나요?' 글로벌 흥행 소감 \"감사할 따름\"",
        outlet: '연합뉴스',
        link: 'https://www.yna.co.kr/view/AKR20261126045200005?section=entertainment/drama&site=topnews01_related&input=1195m&ref=google-news-rss-feed-entertainment',
        undecoded: false,
        published: '2026-11-25T21:05:00.000Z',
      },
      {
        title: '고윤정, 디스커버리 익스페디션 겨울 캠페인 공개',
        outlet: '뉴스1',
        link: 'https://news.google.com/rss/articles/CBMiP0FVX3lxTE5tOGNSMXBYMHYzYnEyS2Y3aFp0V3FZazVKZE00ZVM5Z0ExdVRuVnhDNm9QekxyRThpSGpCMndReQ?oc=5',
        undecoded: true,
        published: '2026-11-25T09:48:00.000Z',
      },
      {
        title: "고윤정의 겨울 '샤넬' 화보",
        outlet: 'ELLE Korea',
        link: 'https://www.elle.co.kr/article/1892345',
        undecoded: false,
        published: '2026-11-25T23:40:00.000Z',
      },
    ]);
    // The description only repeats headline + outlet, so it is not kept as a summary.
    expect(items.every((i) => i.summary === undefined && i.sourceKind === 'google-news')).toBe(true);
    expect(items[0]?.guid).toMatch(/^CBMi/);
    expect(warnings).toEqual(['1 Google News link could not be decoded offline (opaque token); left for online resolution']);
    expect(items[2]?.googleNewsToken).toBe('CBMiP0FVX3lxTE5tOGNSMXBYMHYzYnEyS2Y3aFp0V3FZazVKZE00ZVM5Z0ExdVRuVnhDNm9QekxyRThpSGpCMndReQ');
  });

  it('real-shaped Google News capture: every CBMi form decodes offline, AU_yq tokens wait; the same as query: and as url:', () => {
    const opaque = JSON.parse(fixture('googlenews-opaque.json')) as Record<string, string>;
    const feedUrl = 'https://news.google.com/rss/search?q=%EA%B3%A0%EC%9C%A4%EC%A0%95&hl=ko&gl=KR&ceid=KR:ko';
    const asQuery = parse(fixture('googlenews-mixed.xml'), source({ id: 'gn-q', query: '고윤정' }), feedUrl);
    const asUrl = parse(fixture('googlenews-mixed.xml'), source({ id: 'gn-u', url: feedUrl }), feedUrl);
    for (const { items } of [asQuery, asUrl]) {
      expect(items).toHaveLength(38);
      const decoded = items.filter((i) => !i.undecoded);
      expect(decoded).toHaveLength(16);
      expect(decoded.every((i) => !i.link.includes('news.google.com'))).toBe(true);
      // the article URL, never its AMP twin
      expect(decoded.filter((i) => /amp/i.test(i.link))).toEqual([]);
      expect(decoded.map((i) => i.link)).toContain('https://www.chosun.com/entertainments/broadcast/2026/11/26/KX3ZP5Q7RBHMNJ2A4W6YVE8TDC/');
      expect(decoded.map((i) => i.link)).toContain('https://biz.heraldcorp.com/article/10612345');
      const waiting = items.filter((i) => i.undecoded);
      expect(waiting.map((i) => i.googleNewsToken).sort()).toEqual(Object.keys(opaque).sort());
      // the outlet is split off the title whatever the source kind
      expect(items.filter((i) => i.title.includes(' - '))).toEqual([]);
      expect(items.find((i) => i.outlet === '헤럴드경제')?.title).toBe('고윤정, 차기작 출연 확정 (13)');
      expect(items.every((i) => i.summary === undefined)).toBe(true);
    }
    expect(asUrl.items.map((i) => [i.title, i.outlet, i.link])).toEqual(asQuery.items.map((i) => [i.title, i.outlet, i.link]));
    expect(asUrl.items[0]?.sourceKind).toBe('feed');
  });

  it('Google News item without <source>: outlet taken from the title suffix', () => {
    const src = source({ id: 'gn', query: '고윤정' });
    const xml = `<rss version="2.0"><channel><title>"고윤정" - Google 뉴스</title>
      <item><title>고윤정, 청룡 레드카펫 - 스포츠서울</title><link>https://www.sportsseoul.com/news/read/1500001</link></item>
      </channel></rss>`;
    const { items } = parse(xml, src);
    expect(items[0]).toMatchObject({ title: '고윤정, 청룡 레드카펫', outlet: '스포츠서울', link: 'https://www.sportsseoul.com/news/read/1500001' });
    expect(items[0]?.undecoded).toBeUndefined();
  });

  it('YouTube channel Atom: channel as outlet, watch and shorts links, kindHint video', () => {
    const src = source({ id: 'yt-netflix', name: 'NetflixKorea', channelId: 'UCpiCK8c6PBktcxq7Az_t4RQ' });
    const { items, format } = parse(fixture('youtube.xml'), src, 'https://www.youtube.com/feeds/videos.xml?channel_id=UCpiCK8c6PBktcxq7Az_t4RQ');
    expect(format).toBe('atom');
    expect(items.map((i) => [i.title, i.link, i.published, i.guid])).toEqual([
      [
        '[이 사랑 통역 되나요?] 스페셜 코멘터리 | 김선호, 고윤정 | 넷플릭스',
        'https://www.youtube.com/watch?v=q3Xk9LmT2aB',
        '2026-11-25T09:00:05.000Z',
        'yt:video:q3Xk9LmT2aB',
      ],
      ['고윤정의 통역 비하인드 💬 #shorts', 'https://www.youtube.com/shorts/Zp7rW1cN0eQ', '2026-11-24T11:30:00.000Z', 'yt:video:Zp7rW1cN0eQ'],
      ['[흑백요리사 2] 파이널 미션 비하인드 | 넷플릭스', 'https://www.youtube.com/watch?v=dR4vH8sY6uJ', '2026-11-23T10:00:00.000Z', 'yt:video:dR4vH8sY6uJ'],
    ]);
    expect(items.every((i) => i.outlet === 'Netflix Korea 넷플릭스 코리아' && i.kindHint === 'video' && i.sourceKind === 'youtube')).toBe(true);
    expect(items[0]?.summary).toBe('김선호와 고윤정이 직접 전하는 비하인드 코멘터리. 지금 넷플릭스에서 시청하세요.');
    expect(items[1]?.summary).toBeUndefined();
  });

  it('YouTube entry without a link gets the watch URL from yt:videoId', () => {
    const src = source({ id: 'yt', channelId: 'UCtx-7YigHLZx7icq0KqHhow' });
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:yt="http://www.youtube.com/xml/schemas/2015"><title>tvN</title>
      <entry><id>yt:video:AbCdEfGhIjK</id><yt:videoId>AbCdEfGhIjK</yt:videoId><title>고윤정 티저</title>
      <published>2026-11-20T00:00:00+00:00</published><updated>2026-11-20T00:00:00+00:00</updated></entry></feed>`;
    expect(parse(xml, src).items[0]).toMatchObject({ link: 'https://www.youtube.com/watch?v=AbCdEfGhIjK', outlet: 'tvN', kindHint: 'video' });
  });

  it('EUC-KR feed, once decoded with iconv-lite, gives the exact Korean titles and dates', () => {
    const bytes = fixtureBytes('euc-kr.xml');
    // The fixture really is EUC-KR, not UTF-8 with a label.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = iconv.decode(bytes, 'euc-kr');
    expect(text).toContain('encoding="euc-kr"');
    const src = source({ id: 'sportsworld', url: 'https://www.sportsworldi.com/rss/entertainment.xml' });
    const { items } = parse(text, src);
    expect(items.map((i) => [i.title, i.link, i.published, i.outlet, i.summary])).toEqual([
      [
        '고윤정, 소속사 MAA와 재계약 체결',
        'https://www.sportsworldi.com/newsView/20261126509876',
        '2026-11-26T00:30:00.000Z',
        '스포츠월드 연예',
        '배우 고윤정이 소속사 MAA와 재계약을 맺었다.',
      ],
      [
        "고윤정 주연 '모두가 자신의 무가치함과 싸우고 있다' 첫 방송 시청률 공개",
        'https://www.sportsworldi.com/newsView/20261124512345',
        '2026-11-24T14:05:00.000Z',
        '스포츠월드 연예',
        'JTBC 새 드라마가 첫 방송부터 화제를 모았다.',
      ],
    ]);
  });

  it('hostile titles come back as plain text; non-http links are skipped and counted', () => {
    const src = source({ id: 'hostile', url: 'https://news.example.com/rss' });
    const { items, warnings } = parse(fixture('hostile.xml'), src, 'https://news.example.com/rss');
    expect(warnings).toEqual(['2 items without a usable http(s) link skipped']);
    expect(items).toHaveLength(7);
    expect(items.map((i) => i.link)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `https://news.example.com/a/${n}`).concat('https://news.example.com/a/7?x=1&y=2'));
    const titles = items.map((i) => i.title);
    expect(titles[0]).toBe('고윤정 화보');
    expect(titles[1]).toBe('고윤정 --> 인터뷰');
    expect(titles[2]).toBe('고윤정 단독');
    expect(titles[3]).toBe('[고윤정 공식](javascript:alert(1)) 링크 [x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)');
    expect(titles[4]).toBe('## 고윤정 | 화보 | 인터뷰 |');
    expect(Array.from(titles[5] ?? '')).toHaveLength(1000);
    expect(titles[5]?.startsWith('고윤정 고윤정 ')).toBe(true);
    expect(titles[5]?.endsWith('…')).toBe(true);
    expect(titles[6]).toBe('고윤정 굵게 & 끝');
    expect(items.every((i) => i.outlet === 'Hostile Feed')).toBe(true);
  });
});

describe('parseFeedText: edge cases', () => {
  const rss = (items: string, channel = '<title>Feed</title>') =>
    `<?xml version="1.0"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;

  it('an empty but valid feed gives zero items and no error, in every format', () => {
    expect(parse(rss(''), elle)).toEqual({ items: [], warnings: [], format: 'rss' });
    expect(parse('<rss version="2.0"><channel></channel></rss>', elle).items).toEqual([]);
    expect(parse('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', elle)).toMatchObject({ items: [], format: 'atom' });
    expect(parse('{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}', elle)).toMatchObject({ items: [], format: 'json' });
  });

  it('uses a permalink guid when <link> is missing, and the description when the title is', () => {
    const { items, warnings } = parse(
      rss(`<item><guid>https://www.elle.co.kr/article/1</guid><title>제목</title></item>
           <item><link>https://www.elle.co.kr/article/2</link><description>&lt;p&gt;제목 없는 고윤정 소식&lt;/p&gt;</description></item>
           <item><link>https://www.elle.co.kr/article/3</link></item>`),
      elle,
    );
    expect(items.map((i) => [i.title, i.link])).toEqual([
      ['제목', 'https://www.elle.co.kr/article/1'],
      ['제목 없는 고윤정 소식', 'https://www.elle.co.kr/article/2'],
    ]);
    expect(warnings).toEqual(['1 item without a title skipped']);
  });

  it('caps summaries at 500 characters and reports unrecognised dates', () => {
    const long = '고윤정 '.repeat(300);
    const { items, warnings } = parse(
      rss(`<item><title>a</title><link>https://x.example/1</link><description>${long}</description><pubDate>sometime soon</pubDate></item>`),
      elle,
    );
    expect(Array.from(items[0]?.summary ?? '')).toHaveLength(500);
    expect(items[0]?.summary?.endsWith('…')).toBe(true);
    expect(items[0]?.published).toBeUndefined();
    expect(warnings).toEqual(['1 item with an unrecognised date (first: "sometime soon")']);
  });

  it('keeps ASCII angle brackets that are not HTML tags', () => {
    const { items } = parse(rss('<item><title>고윤정, &lt;Vogue&gt; 12월호 &lt;b&gt;커버&lt;/b&gt;</title><link>https://x.example/1</link></item>'), elle);
    expect(items[0]?.title).toBe('고윤정, <Vogue> 12월호 커버');
  });
});

describe('parseFeedText: size and pathological input', () => {
  it('parses a large feed with long whitespace runs quickly and fails fast on junk after whitespace', () => {
    const pad = ' '.repeat(300);
    const many = Array.from({ length: 2000 }, (_, n) => `<item>${pad}<title>${pad}고윤정 ${n}${pad}</title>${pad}<link>https://x.example/${n}</link>${pad}</item>`).join('\n');
    let t = performance.now();
    const { items } = parse(`<rss version="2.0"><channel><title>x</title>${many}</channel></rss>\n<!-- cache -->${pad}`, elle);
    expect(items).toHaveLength(2000);
    expect(items[1999]?.title).toBe('고윤정 1999');
    expect(performance.now() - t).toBeLessThan(3000);
    t = performance.now();
    expect(parseError(`<rss version="2.0"><channel><title>x</title></channel>${' '.repeat(100_000)}x`).message).toMatch(/truncated/);
    expect(parseError(`${' '.repeat(100_000)}x`).message).toMatch(/no XML root element/);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe('parseFeedText: not a feed', () => {
  it('truncated XML (fixture) → malformed XML naming the source', () => {
    const err = parseError(fixture('malformed.xml'));
    expect(err.message).toBe("source 'elle-korea': malformed XML: the document ends before </rss> (truncated?)");
    expect(err.sourceId).toBe('elle-korea');
    expect(err.url).toBe(ELLE_URL);
  });

  it('a document cut exactly between two items is still caught', () => {
    const text = fixture('rss2-magazine.xml');
    const cut = text.slice(0, text.indexOf('</item>') + '</item>'.length);
    expect(parseError(cut).message).toMatch(/^source 'elle-korea': malformed XML: .*truncated/);
  });

  it('broken nesting → malformed XML with the parser message', () => {
    const err = parseError('<rss version="2.0"><channel><title>x</title><item><title>a</link></item></channel></rss>');
    expect(err.message).toMatch(/^source 'elle-korea': malformed XML: \S/);
    expect(err.message).not.toMatch(/truncated/);
  });

  it('HTML error page (fixture) → not a feed (looks like HTML)', () => {
    expect(parseError(fixture('not-a-feed.html')).message).toBe(
      `source 'elle-korea': not a feed (looks like HTML: "503 Service Temporarily Unavailable")`,
    );
    expect(parseError('<html><body>Just a moment...</body></html>').message).toBe("source 'elle-korea': not a feed (looks like HTML)");
  });

  it('other bodies: empty, plain text, unknown XML root, JSON that is not a JSON Feed, broken JSON', () => {
    expect(parseError('').message).toBe("source 'elle-korea': empty body (no feed)");
    expect(parseError('Service Unavailable').message).toBe(
      `source 'elle-korea': not a feed (no XML root element; body starts with "Service Unavailable")`,
    );
    expect(parseError('<?xml version="1.0"?><urlset><url><loc>https://x</loc></url></urlset>').message).toBe(
      "source 'elle-korea': not a feed (root element <urlset> is not RSS, Atom, RDF or JSON Feed)",
    );
    expect(parseError('{"error":"rate limited"}').message).toBe(`source 'elle-korea': not a feed (JSON without a JSON Feed "version")`);
    expect(parseError('{"version": "https://jsonfeed.org/version/1.1", "items": [').message).toMatch(
      /^source 'elle-korea': malformed JSON: /,
    );
  });
});
