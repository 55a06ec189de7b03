import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { canonicalUrl, entryId } from '../../src/gate/canonical.js';
import { gateItems, titleKey, type GateInput } from '../../src/gate/gate.js';
import { SeenIndex } from '../../src/gate/seen.js';
import type { GatedItem, NormalizedItem } from '../../src/model.js';

const config = parseConfig({
  sources: [
    { id: 'kbs', url: 'https://kstar.kbs.co.kr/feed', name: 'KBS연예' },
    { id: 'elle', url: 'https://www.elle.co.kr/?s=x&feed=rss2', kindHint: 'pictorial' },
    { id: 'gn', query: '고윤정 when:1d' },
    { id: 'maa', url: 'https://maa.co.kr/feed', trusted: true },
    { id: 'yt', channelId: 'UCtx-7YigHLZx7icq0KqHhow', trusted: true },
  ],
  relevance: {
    terms: ['고윤정'],
    contextTerms: ['화보'],
    threshold: 3,
    exclude: ['부동산'],
    allowContext: ['드라마'],
  },
  grades: {
    default: 'discard',
    land: ['kbs.co.kr', 'maa.co.kr', 'netflix.com'],
    queue: ['elle.co.kr', 'naver.com'],
    pool: ['youtube.com'],
    discard: ['spam.example.com'],
  },
  routing: {
    rules: [{ page: 'pages/pictorials.md', keywords: ['화보'], kind: 'pictorial' }],
    defaultPage: 'pages/press.md',
  },
});

let n = 0;
function item(over: Partial<NormalizedItem>): NormalizedItem {
  n += 1;
  return {
    sourceId: 'kbs',
    sourceKind: 'feed',
    title: `고윤정 소식 ${n}`,
    link: `https://news.kbs.co.kr/news/view.do?ncd=${n}`,
    ...over,
  };
}

function run(items: NormalizedItem[], extra: Partial<GateInput> = {}) {
  return gateItems({ items, config, seen: new SeenIndex(), existing: { urls: new Set(), ids: new Set() }, ...extra });
}

function byLink(items: GatedItem[], link: string): GatedItem[] {
  return items.filter((i) => i.link === link);
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

describe('gateItems', () => {
  it('lands a relevant item from a land host with canonical URL, id, route and confidence', () => {
    const link = 'https://m.news.kbs.co.kr/news/view.do?ncd=77&utm_source=rss';
    const { items, counts } = run([item({ link, title: '고윤정 화보 공개', published: '2026-06-01T01:00:00.000Z' })]);
    expect(items).toHaveLength(1);
    const it0 = items[0]!;
    expect(it0).toMatchObject({
      canonicalUrl: 'https://news.kbs.co.kr/news/view.do?ncd=77',
      id: entryId('https://news.kbs.co.kr/news/view.do?ncd=77'),
      host: 'news.kbs.co.kr',
      lane: 'land',
      score: 4,
      page: 'pages/pictorials.md',
      section: 'main',
      kind: 'pictorial',
      confidence: '보도(1차)',
      link,
      title: '고윤정 화보 공개',
    });
    expect(it0.reason).toBe("score 4 ≥ 3 (title 3, context 1); host news.kbs.co.kr → land (listed as 'kbs.co.kr')");
    expect(counts).toEqual({ land: 1, queue: 0, pool: 0, discard: 0, duplicate: 0, irrelevant: 0 });
  });

  it('routes unmatched landed items to the default page with the item kind or "news"', () => {
    const { items } = run([item({}), item({ kindHint: 'interview' })]);
    expect(items.map((i) => [i.page, i.section, i.kind])).toEqual(
      expect.arrayContaining([
        ['pages/press.md', 'main', 'news'],
        ['pages/press.md', 'main', 'interview'],
      ]),
    );
  });

  it('marks official land hosts 공식확정 and sends queue/pool hosts to their pages', () => {
    const { items } = run([
      item({ sourceId: 'maa', link: 'https://maa.co.kr/notice/1', title: '공지' }),
      item({ sourceId: 'elle', link: 'https://www.elle.co.kr/article/5', kindHint: 'pictorial' }),
      item({ sourceId: 'yt', link: 'https://youtu.be/dQw4w9WgXcQ', title: '비하인드', kindHint: 'video' }),
    ]);
    const official = byLink(items, 'https://maa.co.kr/notice/1')[0]!;
    expect(official).toMatchObject({ lane: 'land', confidence: '공식확정', page: 'pages/press.md' });
    expect(official.reason).toMatch(/^trusted source/);
    const queued = byLink(items, 'https://www.elle.co.kr/article/5')[0]!;
    expect(queued).toMatchObject({
      lane: 'queue',
      page: 'pages/promotion_queue.md',
      section: 'main',
      confidence: '검토 대기',
      kind: 'pictorial',
    });
    const pooled = byLink(items, 'https://youtu.be/dQw4w9WgXcQ')[0]!;
    expect(pooled).toMatchObject({
      lane: 'pool',
      canonicalUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      page: 'pages/candidate_pool.md',
      confidence: '후보',
      kind: 'video',
    });
  });

  it('marks irrelevant, excluded and discarded items and never gives them a page', () => {
    const { items, counts } = run([
      item({ title: '다른 배우 소식' }),
      item({ title: '고윤정 부동산 투자' }),
      item({ title: '고윤정', link: 'https://www.spam.example.com/a' }),
      item({ title: '고윤정', link: 'https://unknown.example.org/a' }),
      item({ title: '고윤정', link: 'not a link' }),
    ]);
    expect(counts).toEqual({ land: 0, queue: 0, pool: 0, discard: 3, duplicate: 0, irrelevant: 2 });
    for (const i of items) {
      expect(i.page).toBeUndefined();
      expect(i.confidence).toBe('');
    }
    expect(items.find((i) => i.title === '고윤정 부동산 투자')?.reason).toBe("excluded by '부동산'");
    expect(items.find((i) => i.title === '다른 배우 소식')?.reason).toBe('score 0 < 3 (nothing matched)');
    const bad = items.find((i) => i.link === 'not a link')!;
    expect(bad.lane).toBe('discard');
    expect(bad.reason).toBe(
      'unusable link from source kbs: cannot canonicalise URL "not a link": not a valid absolute URL',
    );
    expect(bad.id).toMatch(/^e[0-9a-f]{12}$/);
    expect(items.find((i) => i.link === 'https://unknown.example.org/a')?.reason).toMatch(
      /host unknown\.example\.org → discard \(not listed: default\)$/,
    );
  });

  it('never writes an unresolved Google News link (it waits, unseen, for the next run)', () => {
    const gn = (link: string) =>
      item({ sourceId: 'gn', sourceKind: 'google-news', title: '고윤정 근황', link, undecoded: true });
    const landHost = gn('https://news.kbs.co.kr/news/view.do?ncd=999');
    const googleHost = gn('https://news.google.com/rss/articles/AU_yqLabc?oc=5');
    const { items, counts } = run([landHost, googleHost]);
    expect(counts).toMatchObject({ land: 0, queue: 0, pool: 0, discard: 2 });
    for (const link of [landHost.link, googleHost.link]) {
      expect(byLink(items, link)[0]).toMatchObject({ lane: 'discard' });
      expect(byLink(items, link)[0]!.page).toBeUndefined();
      expect(byLink(items, link)[0]!.reason).toMatch(/^Google News link not resolved yet \(waits for the next run\); /);
    }
  });

  it('keeps the best of within-run duplicates: land over queue, dated over undated, earlier source', () => {
    const url = 'https://news.kbs.co.kr/news/view.do?ncd=500';
    const fromGnUndated = item({ sourceId: 'gn', sourceKind: 'google-news', link: `${url}&utm_source=gn`, outlet: 'KBS' });
    const fromKbsDated = item({ sourceId: 'kbs', link: url, published: '2026-06-01T00:00:00.000Z' });
    const fromKbsUndated = item({ sourceId: 'kbs', link: `${url}#x` });
    const { items, counts } = run([fromGnUndated, fromKbsUndated, fromKbsDated]);
    expect(counts).toMatchObject({ land: 1, duplicate: 2 });
    const kept = items.filter((i) => i.lane === 'land');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.link).toBe(url);
    // outlet merged from a duplicate that had one
    expect(kept[0]!.outlet).toBe('KBS');
    const dups = items.filter((i) => i.lane === 'duplicate');
    expect(dups.every((d) => d.id === kept[0]!.id && d.page === undefined)).toBe(true);
    expect(dups[0]!.reason).toBe(`duplicate of ${kept[0]!.id}: the same URL from source kbs is kept (land)`);

    // with equal lanes and no dates the source listed first in the config wins over input order
    const sameLane = run([
      item({ sourceId: 'gn', link: 'https://news.kbs.co.kr/x' }),
      item({ sourceId: 'kbs', link: 'https://news.kbs.co.kr/x/' }),
    ]);
    expect(sameLane.items.find((i) => i.lane === 'land')?.sourceId).toBe('kbs');
  });

  it('treats http and https forms as one entry', () => {
    const { counts } = run([
      item({ link: 'http://news.kbs.co.kr/a' }),
      item({ link: 'https://news.kbs.co.kr/a' }),
    ]);
    expect(counts).toMatchObject({ land: 1, duplicate: 1 });
  });

  it('marks items already in the seen index or in a page as duplicates', () => {
    const seenUrl = 'https://news.kbs.co.kr/news/view.do?ncd=1001';
    const pageUrl = 'https://news.kbs.co.kr/news/view.do?ncd=1002';
    const pageIdUrl = 'https://news.kbs.co.kr/news/view.do?ncd=1003';
    const seen = new SeenIndex();
    seen.add(entryId(seenUrl), '2026-05-01', seenUrl);
    const existing = { urls: new Set([pageUrl.replace('https:', 'http:')]), ids: new Set([entryId(pageIdUrl)]) };
    const fresh = item({});
    const { items, counts } = run(
      [
        item({ link: `${seenUrl}&utm_medium=x` }),
        item({ link: pageUrl }),
        item({ link: `https://m.news.kbs.co.kr/news/view.do?ncd=1003` }),
        item({ link: seenUrl, sourceId: 'gn' }),
        fresh,
      ],
      { seen, existing },
    );
    expect(counts).toEqual({ land: 1, queue: 0, pool: 0, discard: 0, duplicate: 4, irrelevant: 0 });
    expect(items.find((i) => i.lane === 'land')?.link).toBe(fresh.link);
    for (const d of items.filter((i) => i.lane === 'duplicate')) expect(d.reason).toBe('already in the wiki');
    // the gate never marks anything seen
    expect(seen.size).toBe(1);
  });

  it('drops same-title items from the same outlet within a run, not across outlets', () => {
    const { items, counts } = run([
      item({ title: '[화보] 고윤정, 봄의 얼굴', outlet: 'KBS연예', link: 'https://news.kbs.co.kr/a1' }),
      item({ title: '[화보] 고윤정 봄의 얼굴!', outlet: 'KBS 연예', link: 'https://news.kbs.co.kr/a2' }),
      item({ title: '[화보] 고윤정, 봄의 얼굴', outlet: 'SBS', link: 'https://news.kbs.co.kr/a3' }),
    ]);
    expect(counts).toMatchObject({ land: 2, duplicate: 1 });
    const dup = items.find((i) => i.lane === 'duplicate')!;
    expect(dup.link).toBe('https://news.kbs.co.kr/a2');
    expect(dup.reason).toBe(
      `duplicate of ${entryId('https://news.kbs.co.kr/a1')}: the same title from the same outlet is kept`,
    );
    expect(titleKey('[화보] 고윤정, 봄의 얼굴')).toBe(titleKey('화보 고윤정 봄의얼굴'));
  });

  it('drops a same-title sibling of an item already in the wiki', () => {
    const known = 'https://news.kbs.co.kr/k1';
    const seen = new SeenIndex();
    seen.add(entryId(known), '2026-05-01', known);
    const { counts, items } = run(
      [
        item({ title: '고윤정 단독 인터뷰', outlet: 'KBS', link: known }),
        item({ title: '고윤정 단독 인터뷰', outlet: 'KBS', link: 'https://news.kbs.co.kr/k2' }),
      ],
      { seen },
    );
    expect(counts).toMatchObject({ land: 0, duplicate: 2 });
    expect(items.find((i) => i.link.endsWith('/k2'))?.reason).toBe(
      `already in the wiki (same title from the same outlet as ${entryId(known)})`,
    );
  });

  it('does not turn discarded or irrelevant items into duplicates', () => {
    const url = 'https://unknown.example.org/a';
    const seen = new SeenIndex();
    seen.add(entryId(canonicalUrl(url)), '2026-05-01', canonicalUrl(url));
    const { counts } = run([item({ link: url }), item({ link: url, title: 'x' })], { seen });
    expect(counts).toMatchObject({ discard: 1, irrelevant: 1, duplicate: 0 });
  });

  it('orders output by published desc, then id, deterministically', () => {
    const a = item({ published: '2026-06-01T00:00:00.000Z' });
    const b = item({ published: '2026-06-03T00:00:00.000Z' });
    const c = item({});
    const d = item({});
    const e = item({ published: '2026-06-02T00:00:00+09:00' });
    const first = run([a, b, c, d, e]).items;
    const second = run([d, c, e, b, a]).items;
    expect(first.map((i) => i.link)).toEqual(second.map((i) => i.link));
    // e is 2026-06-01T15:00Z: after a, before b
    expect(first.slice(0, 3).map((i) => i.link)).toEqual([b.link, e.link, a.link]);
    const undated = first.slice(3).map((i) => i.id);
    expect(undated).toEqual([...undated].sort());
  });

  it('accounts for every input item exactly once', () => {
    const url = 'https://news.kbs.co.kr/dup';
    const items: NormalizedItem[] = [
      item({}),
      item({ link: url }),
      item({ link: `${url}?utm_source=x` }),
      item({ title: 'nope' }),
      item({ link: 'mailto:a@b.c' }),
      item({ sourceId: 'elle', link: 'https://www.elle.co.kr/q' }),
      item({ sourceId: 'yt', link: 'https://www.youtube.com/shorts/dQw4w9WgXcQ', title: 'x' }),
      item({ undecoded: true, link: 'https://news.google.com/rss/articles/CBMi' }),
    ];
    const { items: out, counts } = run(items);
    expect(out).toHaveLength(items.length);
    expect(total({ ...counts })).toBe(items.length);
    expect(counts).toEqual({ land: 2, queue: 1, pool: 1, discard: 2, duplicate: 1, irrelevant: 1 });
    for (const lane of ['land', 'queue', 'pool', 'discard', 'duplicate', 'irrelevant'] as const) {
      expect(out.filter((i) => i.lane === lane)).toHaveLength(counts[lane]);
    }
    // the input items are not modified
    expect(items[1]).not.toHaveProperty('lane');
  });
});
