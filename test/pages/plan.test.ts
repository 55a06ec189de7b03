import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { GatedItem, SourceReport } from '../../src/model.js';
import { parseDayLog } from '../../src/pages/daylog.js';
import { parseEntries } from '../../src/pages/entries.js';
import { canonicalUrl, entryId } from '../../src/gate/canonical.js';
import { planEdits, shownLink, type Plan, type PlanInput } from '../../src/pages/plan.js';
import { findRegions, regionBody } from '../../src/pages/regions.js';
import { scanExisting } from '../../src/pages/scan.js';

const config = parseConfig({
  timezone: 'Asia/Seoul',
  sources: [
    { id: 'elle', url: 'https://elle.example/feed' },
    { id: 'yt', channelId: 'UC' + 'a'.repeat(22) },
  ],
});

let seq = 0;
function item(over: Partial<GatedItem> & { id: string }): GatedItem {
  seq++;
  return {
    sourceId: 'elle',
    sourceKind: 'feed',
    title: `기사 ${over.id}`,
    link: `https://www.elle.co.kr/a/${over.id}`,
    canonicalUrl: `https://www.elle.co.kr/a/${over.id}`,
    host: 'www.elle.co.kr',
    outlet: 'ELLE Korea',
    score: 5,
    lane: 'land',
    reason: 'grade land',
    page: 'pages/pictorials.md',
    section: 'main',
    kind: 'pictorial',
    confidence: '보도(1차)',
    ...over,
    // the link as published is the canonical one unless a test says otherwise
    ...(over.canonicalUrl && !over.link ? { link: over.canonicalUrl } : {}),
  };
}

const okSources: SourceReport[] = [
  { id: 'elle', kind: 'feed', url: 'https://elle.example/feed', outcome: 'fetched', items: 3, durationMs: 10, bytesDownloaded: 10, attempts: 1 },
  { id: 'yt', kind: 'youtube', url: 'https://yt.example', outcome: 'failed', items: 0, error: 'HTTP 500', durationMs: 10, bytesDownloaded: 0, attempts: 3 },
];

const EXISTING = [
  '# 화보',
  '',
  '<!-- TOC:START -->',
  '<!-- TOC:END -->',
  '',
  '## 🎬 필모그래피',
  '',
  '사람이 쓴 소개.',
  '',
  '<!-- wiki-daily:begin entries:main -->',
  '## 2026',
  '',
  '- 날짜: 2026-05-01',
  '  - 매체: 손으로 고친 매체',
  '  - 제목: **사람이 다듬은** 제목',
  '  - 링크(원문): [원문](https://www.elle.co.kr/a/e00000000000a)',
  '  - id: e00000000000a',
  '  - 메모: 지우지 마세요',
  '<!-- wiki-daily:end entries:main -->',
  '',
  '끝 문단',
  '',
].join('\n');

function input(over: Partial<PlanInput> = {}): PlanInput {
  return {
    config,
    date: '2026-11-27',
    time: '09:05',
    files: new Map([['pages/pictorials.md', EXISTING]]),
    items: [
      item({ id: 'e00000000000b', published: '2026-11-26T16:30:00Z' }), // 2026-11-27 in Seoul
      item({ id: 'e00000000000c', published: '2025-12-31T15:00:00Z' }), // 2026-01-01 in Seoul
      item({ id: 'e00000000000d', published: '2024-06-01T00:00:00Z' }),
      item({ id: 'e00000000000a', published: '2026-05-01T00:00:00Z', title: '이미 있음' }),
      item({ id: 'e00000000000e', lane: 'queue', page: undefined, host: 'queue.example', canonicalUrl: 'https://queue.example/q' }),
      item({ id: 'e00000000000f', lane: 'pool', page: undefined, canonicalUrl: 'https://pool.example/p' }),
      item({ id: 'e000000000010', lane: 'discard' }),
      item({ id: 'e000000000011', lane: 'duplicate' }),
    ],
    run: { status: 'partial', reason: 'yt failed', sources: okSources },
    ...over,
  };
}

function files(plan: Plan, base: Map<string, string>): Map<string, string> {
  const out = new Map(base);
  for (const e of plan.edits) out.set(e.path, e.after);
  return out;
}

describe('planEdits: links as published', () => {
  it('shows the link as published (trailing slash, parameter order kept; tracking removed) while the id stays canonical', () => {
    const published = 'https://www.chosun.com/entertainments/broadcast/2026/11/26/KX3ZP5Q7RBHMNJ2A4W6YVE8TDC/?utm_source=google&outputType=amp&b=2&a=1';
    const canonical = canonicalUrl(published);
    expect(canonical).toBe('https://www.chosun.com/entertainments/broadcast/2026/11/26/KX3ZP5Q7RBHMNJ2A4W6YVE8TDC?a=1&b=2');
    const it1 = item({ id: entryId(canonical), link: published, canonicalUrl: canonical, published: '2026-11-26T01:00:00Z' });
    const plan = planEdits({ config, date: '2026-11-26', time: '09:05', files: new Map(), items: [it1], run: { status: 'success', sources: okSources }, canonicalize: canonicalUrl });
    const page = plan.edits.find((e) => e.path === 'pages/pictorials.md')!.after;
    const shown = 'https://www.chosun.com/entertainments/broadcast/2026/11/26/KX3ZP5Q7RBHMNJ2A4W6YVE8TDC/?outputType=amp&b=2&a=1';
    expect(page).toContain(`  - 링크(원문): <${shown}>`);
    expect(page).toContain(`  - id: ${entryId(canonical)}`);
    const log = plan.edits.find((e) => e.path.startsWith('news/2026'))!.after;
    expect(log).toContain(`(${shown})`);
    // planned again with the page as written: the shown link is recognised as the same entry
    const again = planEdits({ config, date: '2026-11-26', time: '09:06', files: new Map(plan.edits.map((e) => [e.path, e.after])), items: [it1], run: { status: 'success', sources: okSources }, canonicalize: canonicalUrl });
    expect(again.written).toEqual([]);
  });

  it('keeps the canonical form where it is the better working link (YouTube videos, AMP viewers)', () => {
    expect(shownLink({ link: 'https://youtube.com/shorts/Zp7rW1cN0eQ?si=abc', canonicalUrl: 'x' })).toBe('https://www.youtube.com/watch?v=Zp7rW1cN0eQ');
    expect(shownLink({ link: 'https://www.google.com/amp/s/www.hani.co.kr/arti/1.html', canonicalUrl: 'x' })).toBe('https://www.hani.co.kr/arti/1.html');
    expect(shownLink({ link: 'https://news.example/a?fbclid=1&gclid=2', canonicalUrl: 'x' })).toBe('https://news.example/a');
    expect(shownLink({ link: 'javascript:alert(1)', canonicalUrl: 'https://news.example/a' })).toBe('https://news.example/a');
  });
});

describe('planEdits', () => {
  const first = planEdits(input());
  const after = files(first, input().files);
  const page = after.get('pages/pictorials.md')!;

  it('edits exactly the touched files, sorted, none unchanged', () => {
    expect(first.edits.map((e) => e.path)).toEqual([
      'news/2026-11-27.md',
      'news/index.md',
      'pages/by_year.md',
      'pages/candidate_pool.md',
      'pages/index.md',
      'pages/pictorials.md',
      'pages/promotion_queue.md',
      'pages/timeline.md',
    ]);
    for (const e of first.edits) expect(e.after).not.toBe(e.before);
    expect(first.edits.find((e) => e.path === 'pages/pictorials.md')!.before).toBe(EXISTING);
    expect(first.edits.find((e) => e.path === 'news/index.md')!.before).toBeUndefined();
    expect(first.added).toEqual({ 'pages/pictorials.md': 3, 'pages/promotion_queue.md': 1, 'pages/candidate_pool.md': 1 });
    expect(first.written.map((i) => i.id)).toEqual(['e00000000000f', 'e00000000000b', 'e00000000000c', 'e00000000000d', 'e00000000000e']);
    expect(first.errors).toEqual([]);
  });

  it('adds new entries newest first under years and keeps the hand-edited one exactly', () => {
    const body = regionBody(page, 'entries:main', 'p')!;
    const parsed = parseEntries(body, 'p');
    expect(parsed.entries.map((e) => [e.id, e.date, e.year])).toEqual([
      ['e00000000000b', '2026-11-27', 2026],
      ['e00000000000a', '2026-05-01', 2026],
      ['e00000000000c', '2026-01-01', 2026],
      ['e00000000000d', '2024-06-01', 2024],
    ]);
    const handEdited = EXISTING.split('\n').slice(12, 18).join('\n');
    expect(body).toContain(handEdited);
    expect(page.match(/id: e00000000000a/g)).toHaveLength(1);
    // Outside the region and the TOC, nothing changed.
    const outside = (t: string) => {
      const r = findRegions(t, 'p')[0]!;
      return t.slice(t.indexOf('<!-- TOC:END -->'), r.bodyStart) + t.slice(r.bodyEnd);
    };
    expect(outside(page)).toBe(outside(EXISTING));
    expect(page.slice(0, page.indexOf('<!-- TOC:START -->'))).toBe(EXISTING.slice(0, EXISTING.indexOf('<!-- TOC:START -->')));
  });

  it('updates the TOC of a touched page with GitHub anchors', () => {
    expect(page).toContain('<!-- TOC:START -->\n- [🎬 필모그래피](#-필모그래피)\n- [2026](#2026)\n- [2024](#2024)\n<!-- TOC:END -->');
  });

  it('writes an honest day log, the indexes, and the queue/pool pages', () => {
    const log = after.get('news/2026-11-27.md')!;
    const p = parseDayLog(log, 'news/2026-11-27.md');
    expect(p.status).toBe('partial');
    expect(p.reason).toBe('yt failed');
    expect(p.sources).toEqual([
      { id: 'elle', kind: 'feed', result: 'ok (3 items)' },
      { id: 'yt', kind: 'youtube', result: 'failed: HTTP 500' },
    ]);
    expect(p.history.map((h) => h.line)).toEqual(['- 09:05 partial, +5 items, sources 1/2']);
    expect(p.items).toHaveLength(5);
    expect(p.items[0]).toBe('- \\[ELLE Korea\\] [기사 e00000000000f](https://pool.example/p) (pictorial → `pages/candidate_pool.md`)');
    expect(regionBody(after.get('pages/index.md')!, 'index', 'x')).toBe(
      '- [연도별 항목](by_year.md)\n- [후보 풀](candidate_pool.md) — 1건\n- [화보](pictorials.md) — 4건\n- [승격 대기열](promotion_queue.md) — 1건\n- [최근 항목](timeline.md)\n',
    );
    expect(regionBody(after.get('news/index.md')!, 'index', 'x')).toBe('- [2026-11-27](2026-11-27.md) — 부분성공 partial\n');
    expect(after.get('pages/promotion_queue.md')!.startsWith('# 승격 대기열\n\n## 자동 수집\n\n<!-- wiki-daily:begin entries:main -->\n### 2026\n')).toBe(true);
  });

  it('returns no edits when the same input is planned again', () => {
    const again = planEdits(input({ files: after }));
    expect(again.edits).toEqual([]);
    expect(again.written).toEqual([]);
    expect(again.added).toEqual({});
  });

  it('is deterministic whatever the item order', () => {
    const shuffled = planEdits(input({ items: [...input().items].reverse() }));
    expect(shuffled.edits).toEqual(first.edits);
  });

  it('on a no-op run only restores a day log this run marked running', () => {
    const log = after.get('news/2026-11-27.md')!;
    // A log an earlier version marked running at the start of a run (status line + the one before it).
    const running = log.replace(/^- 상태: (.+)$/m, '- 상태: 진행중 running (10:00 시작)\n- 직전 상태: $1');
    expect(running).not.toBe(log);
    const marked = new Map(after).set('news/2026-11-27.md', running);
    const plan = planEdits(input({ files: marked, time: '10:00' }));
    expect(plan.edits).toHaveLength(1);
    expect(plan.edits[0]!.path).toBe('news/2026-11-27.md');
    expect(plan.edits[0]!.after).toBe(log);
  });

  it('records a run whose sources changed even when nothing was added', () => {
    const plan = planEdits(input({ files: after, time: '11:00', run: { status: 'success', sources: [okSources[0]!, { ...okSources[1]!, outcome: 'fetched', items: 2 }] } }));
    expect(plan.edits.map((e) => e.path)).toEqual(['news/2026-11-27.md', 'news/index.md']);
    const p = parseDayLog(plan.edits[0]!.after, 'x');
    expect(p.status).toBe('success');
    expect(p.history.map((h) => h.line)).toEqual(['- 09:05 partial, +5 items, sources 1/2', '- 11:00 success, +0 items, sources 2/2']);
    expect(plan.added).toEqual({});
  });

  it('keeps pages with hostile titles structurally intact and links safe', () => {
    const hostile = [
      '<!-- x -->',
      '-->',
      '<script>alert(1)</script>',
      '](javascript:alert(1))',
      '[x](data:text/html,<script>alert(1)</script>)',
      '## heading',
      'a | b | c',
      '<!-- wiki-daily:end entries:main -->',
      'x'.repeat(5000),
    ];
    const items = hostile.map((title, i) => item({ id: `e1000000000${i}`, title, published: '2026-11-01T00:00:00Z' }));
    items.push(item({ id: 'e200000000001', canonicalUrl: 'javascript:alert(1)' }), item({ id: 'e200000000002', canonicalUrl: 'data:text/html,x' }));
    const plan = planEdits(input({ items, files: new Map() }));
    const text = plan.edits.find((e) => e.path === 'pages/pictorials.md')!.after;
    expect(findRegions(text, 'p').map((r) => r.name)).toEqual(['entries:main']);
    expect(text.match(/<!--/g)).toHaveLength(2);
    expect(text).not.toMatch(/<script|(?<!\\)\]\((javascript|data):|^## heading/im);
    expect(text).toContain('  - 제목: \\](javascript:alert(1))\n');
    expect(text.split('\n').filter((l) => /^#{2,3} /.test(l))).toEqual(['## 자동 수집', '### 2026']);
    const parsed = parseEntries(regionBody(text, 'entries:main', 'p')!, 'p');
    expect(parsed.entries).toHaveLength(hostile.length);
    expect(parsed.problems).toEqual([]);
    for (const e of parsed.entries) expect(e.url).toMatch(/^https:\/\/www\.elle\.co\.kr\/a\/e1/);
    const longest = Math.max(...text.split('\n').map((l) => l.length));
    expect(longest).toBeLessThan(300);
    expect(plan.written.map((i) => i.id)).not.toContain('e200000000001');
    expect(plan.written).toHaveLength(hostile.length);
    const log = plan.edits.find((e) => e.path === 'news/2026-11-27.md')!.after;
    expect(findRegions(log, 'l').map((r) => r.name)).toEqual(['daylog', 'daylog:history', 'daylog:items']);
    // Every link the scanner reads back is one of the items' own URLs.
    const urls = [...scanExisting(new Map([['p', text], ['l', log]])).urls];
    expect(urls.every((u) => u.startsWith('https://www.elle.co.kr/a/e1'))).toBe(true);
  });

  it('keeps every byte of a CRLF page outside its region', () => {
    const crlf = '# 인터뷰\r\n\r\n사람 글\r\n\r\n<!-- wiki-daily:begin entries:main -->\r\n<!-- wiki-daily:end entries:main -->\r\n\r\n꼬리말';
    const plan = planEdits(input({ files: new Map([['pages/interviews.md', crlf]]), items: [item({ id: 'e300000000001', page: 'pages/interviews.md', published: '2026-02-02T00:00:00Z' })] }));
    const out = plan.edits.find((e) => e.path === 'pages/interviews.md')!.after;
    const r = findRegions(out, 'p')[0]!;
    const rOld = findRegions(crlf, 'p')[0]!;
    expect(out.slice(0, r.bodyStart)).toBe(crlf.slice(0, rOld.bodyStart));
    expect(out.slice(r.bodyEnd)).toBe(crlf.slice(rOld.bodyEnd));
    expect(out.endsWith('꼬리말')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('skips a page with broken markers, reports it, and still writes the rest', () => {
    const broken = '# 깨짐\n<!-- wiki-daily:begin entries:main -->\n내용\n';
    const plan = planEdits(
      input({
        files: new Map([['pages/broken.md', broken], ['pages/pictorials.md', EXISTING]]),
        items: [item({ id: 'e400000000001', page: 'pages/broken.md' }), item({ id: 'e400000000002' })],
      }),
    );
    expect(plan.written.map((i) => i.id)).toEqual(['e400000000002']);
    expect(plan.edits.some((e) => e.path === 'pages/broken.md')).toBe(false);
    expect(plan.errors.map((e) => [e.file, e.line])).toContainEqual(['pages/broken.md', 2]);
    expect(regionBody(plan.edits.find((e) => e.path === 'pages/index.md')!.after, 'index', 'x')).toContain('- [깨짐](broken.md) — (영역 오류)');
  });

  it('adds the region once to a page without markers, at the end under ## 자동 수집', () => {
    const plain = '# 인터뷰\n\n사람이 쓴 글';
    const base = input({ files: new Map([['pages/interviews.md', plain]]), items: [item({ id: 'e500000000001', page: 'pages/interviews.md' })] });
    const one = planEdits(base);
    const text = one.edits.find((e) => e.path === 'pages/interviews.md')!.after;
    expect(text.startsWith(plain + '\n\n## 자동 수집\n\n<!-- wiki-daily:begin entries:main -->\n### 2026\n')).toBe(true);
    const two = planEdits({ ...base, files: files(one, base.files), items: [item({ id: 'e500000000002', page: 'pages/interviews.md' })], time: '12:00' });
    const text2 = two.edits.find((e) => e.path === 'pages/interviews.md')!.after;
    expect(text2.match(/자동 수집/g)).toHaveLength(1);
    expect(text2.match(/wiki-daily:begin/g)).toHaveLength(1);
    expect(parseEntries(regionBody(text2, 'entries:main', 'p')!, 'p').entries.map((e) => e.id)).toEqual(['e500000000001', 'e500000000002']);
  });

  it('normalises config-style paths to the keys of files', () => {
    const plan = planEdits(input({ items: [item({ id: 'e700000000001', page: './pages//pictorials.md' })] }));
    expect(plan.added).toEqual({ 'pages/pictorials.md': 1 });
    expect(plan.edits.find((e) => e.path === 'pages/pictorials.md')!.before).toBe(EXISTING);
  });

  it('rejects malformed dates and paths outside the wiki', () => {
    expect(() => planEdits(input({ date: '2026-11-27T00:00' }))).toThrow(/YYYY-MM-DD/);
    expect(() => planEdits(input({ items: [item({ id: 'e600000000001', page: '../outside.md' })] }))).toThrow(/inside the wiki root/);
  });
});

describe('year heading level follows the page outline', () => {
  it('is one below the heading the region sits under', async () => {
    const { yearLevelFor } = await import('../../src/pages/plan.js');
    const works = '# 작품별\n\n## 드라마\n\n### 무빙\n\n<!-- wiki-daily:begin entries:moving -->\n<!-- wiki-daily:end entries:moving -->\n';
    expect(yearLevelFor(works, 'entries:moving')).toBe(4);
    expect(yearLevelFor('# 화보\n\n<!-- wiki-daily:begin entries:main -->\n<!-- wiki-daily:end entries:main -->\n', 'entries:main')).toBe(2);
    expect(yearLevelFor('# t\n```\n### not a heading\n```\n<!-- wiki-daily:begin entries:main -->\n', 'entries:main')).toBe(2);
  });

  it('writes #### years under a ### work heading, and keeps an existing level', async () => {
    const { mergeEntries } = await import('../../src/pages/entries.js');
    const e = { date: '2026-11-26', outlet: 'tvN', kind: 'video', title: '무빙 비하인드', url: 'https://www.youtube.com/watch?v=abcdefghijk', confidence: '보도(1차)', id: 'e000000000001' };
    const fresh = mergeEntries('', [e], { file: 'pages/works.md', defaultYear: 2026, yearHeadingLevel: 4 });
    expect(fresh.body.split('\n')[0]).toBe('#### 2026');
    const old = mergeEntries('## 2025\n\n', [e], { file: 'pages/works.md', defaultYear: 2026, yearHeadingLevel: 4 });
    expect(old.body.split('\n').filter((l) => l.startsWith('#'))).toEqual(['## 2026', '## 2025']);
  });
});
