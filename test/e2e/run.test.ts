/**
 * `wiki-daily run` end to end on the offline demo wiki: every fixture item lands once, a repeated run is
 * a no-op, and losing the state folder never duplicates entries.
 *
 * The expected entries below are spelled out from the fixtures (fixtures/feeds/README.md) and the wiki's
 * own grades and routing (wiki-daily.yml): change either and these expectations change with them.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionBody } from '../../src/pages/regions.js';
import { commitFiles, isolateGitConfig, porcelain } from '../support/git.js';
import { FIXTURE_SEEN_IDS } from '../support/fixture-wiki.js';
import { changedPaths, countUrl, exists, openWorkspace, type E2eWorkspace, type RunResult } from '../support/e2e.js';

/** `{BASE}` is the fixture server (relative links in the feeds resolve against it). */
/**
 * `url` is the canonical URL (the seen file's key); `shown`, when different, is the link as published
 * that the pages and the day log show (tracking parameters removed, everything else as written).
 */
const EXPECTED: Array<{ url: string; page: string; shown?: string }> = [
  { page: 'pages/appearances.md', url: 'https://www.youtube.com/watch?v=q3Xk9LmT2aB' },
  // A /shorts/ link is the same video as /watch?v=.
  { page: 'pages/appearances.md', url: 'https://www.youtube.com/watch?v=Zp7rW1cN0eQ' },
  // Opaque Google News token: resolved by the loopback Google News emulator to the publisher's URL
  // (news1.kr is not graded → the queue); never written with its Google link.
  { page: 'pages/promotion_queue.md', url: 'https://www.news1.kr/entertain/celebrity/5612399' },
  // In both the ELLE feed (with utm_* params) and Google News: one entry.
  { page: 'pages/promotion_queue.md', url: 'https://www.elle.co.kr/article/1892345' },
  { page: 'pages/promotion_queue.md', url: 'https://www.elle.co.kr/article/1891870' },
  { page: 'pages/promotion_queue.md', url: '{BASE}/article/1890412' },
  { page: 'pages/promotion_queue.md', url: '{BASE}/list_view.html?idx=512001' },
  { page: 'pages/promotion_queue.md', url: '{BASE}/list_view.html?idx=512002' },
  { page: 'pages/promotion_queue.md', url: 'https://www.sportsworldi.com/newsView/20261126509876' },
  { page: 'pages/promotion_queue.md', url: 'https://www.sportsworldi.com/newsView/20261124512345' },
  {
    page: 'pages/promotion_queue.md',
    url: 'https://www.yna.co.kr/view/AKR20261126045200005?input=1195m&section=entertainment/drama&site=topnews01_related',
    // as published, the ref= tracking parameter removed
    shown: 'https://www.yna.co.kr/view/AKR20261126045200005?section=entertainment/drama&site=topnews01_related&input=1195m',
  },
  { page: 'pages/promotion_queue.md', url: 'https://sports.chosun.com/entertainment/2026-11-26/202611260100183450026541' },
  { page: 'pages/promotion_queue.md', url: 'https://www.wkorea.com/2026/11/25/goyounjung-marithe-winter', shown: 'https://www.wkorea.com/2026/11/25/goyounjung-marithe-winter/' },
  { page: 'pages/promotion_queue.md', url: '{BASE}/2026/11/19/goyounjung-interview', shown: '{BASE}/2026/11/19/goyounjung-interview/' },
  // RDF link `?no=81234&amp;menu=cover`: entity decoded; the id key sorts the query, the page shows it as published.
  {
    page: 'pages/promotion_queue.md',
    url: 'https://www.noblesse.com/home/news/magazine/detail.php?menu=cover&no=81234',
    shown: 'https://www.noblesse.com/home/news/magazine/detail.php?no=81234&menu=cover',
  },
  { page: 'pages/promotion_queue.md', url: 'https://www.noblesse.com/home/news/magazine/detail.php?no=81190' },
  { page: 'pages/promotion_queue.md', url: 'https://www.marieclairekorea.com/beauty/2026/11/goyounjung-lensme', shown: 'https://www.marieclairekorea.com/beauty/2026/11/goyounjung-lensme/' },
  { page: 'pages/promotion_queue.md', url: '{BASE}/celebrity/2026/11/goyounjung-discovery', shown: '{BASE}/celebrity/2026/11/goyounjung-discovery/' },
];
/** The NetflixKorea video that does not name her. */
const IRRELEVANT_URL = 'dR4vH8sY6uJ';

let restoreGit: () => void;
let ws: E2eWorkspace;
let first: RunResult;
let expected: Array<{ url: string; page: string; shown?: string }>;
let afterFirst: Map<string, string>;
let originAfterFirst: string[];

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  ws = await openWorkspace();
  expected = EXPECTED.map((e) => ({ ...e, url: e.url.replace('{BASE}', ws.server.url), ...(e.shown ? { shown: e.shown.replace('{BASE}', ws.server.url) } : {}) }));
  first = await ws.run();
  afterFirst = await ws.hashes();
  originAfterFirst = await ws.originLog('%H %s');
}, 30_000);

afterAll(async () => {
  await ws?.close();
  restoreGit?.();
});

async function allPages(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const rel of afterFirst.keys()) if (rel.startsWith('pages/') && rel.endsWith('.md')) out.set(rel, await ws.read(rel));
  return out;
}

describe('wiki-daily run on the demo wiki', () => {
  it('lands every fixture item exactly once, logs it, records it as seen, and pushes one bot commit', async () => {
    const r = first.report;
    // The malformed feed makes the run partial, never success, and nothing else failed.
    expect(r.status).toBe('partial');
    expect(r.reason).toBe('1 of 9 sources failed: broken');
    expect(first.outcome.exitCode).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.itemsCollected).toBe(21);
    expect(r.lanes).toEqual({ land: 2, queue: 16, pool: 0, discard: 0, duplicate: 2, irrelevant: 1 });
    expect(r.itemsAdded).toBe(expected.length);
    expect(r.pages).toEqual({ 'pages/appearances.md': 2, 'pages/promotion_queue.md': 16 });
    for (const text of (await allPages()).values()) expect(text).not.toContain('news.google.com');
    expect(ws.googleNews.stats).toMatchObject({ pages: 1, batches: 1, tooMany: 0 });

    // Each written URL: exactly once across all pages, on the page it was routed to (the timeline
    // is a view that repeats the newest entries; it is checked below).
    const pages = await allPages();
    const timeline = pages.get('pages/timeline.md') ?? '';
    pages.delete('pages/timeline.md');
    for (const { url, page, shown } of expected) {
      expect(countUrl(timeline, shown ?? url), `timeline: ${shown ?? url}`).toBe(page === 'pages/appearances.md' ? 1 : 0);
      const where = [...pages].flatMap(([rel, text]) => Array(countUrl(text, shown ?? url)).fill(rel) as string[]);
      expect(where, shown ?? url).toEqual([page]);
    }
    for (const text of pages.values()) expect(text).not.toContain(IRRELEVANT_URL);
    // Entry ids on the pages = ids in the seen file, one per written entry; the fixture wiki's own
    // entries are all still there, once each.
    const allPageIds = [...pages.values()].flatMap((t) => [...t.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]!)).sort();
    expect(allPageIds.filter((id) => FIXTURE_SEEN_IDS.has(id))).toEqual([...FIXTURE_SEEN_IDS].sort());
    const pageIds = allPageIds.filter((id) => !FIXTURE_SEEN_IDS.has(id));
    expect(pageIds).toHaveLength(expected.length);

    // The day log lists every written item once, with the page it went to.
    const dayLogPath = `news/${r.date}.md`;
    const dayLog = await ws.read(dayLogPath);
    const items = regionBody(dayLog, 'daylog:items', dayLogPath)!;
    expect(items.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(expected.length);
    for (const { url: canonical, page, shown } of expected) {
      const url = shown ?? canonical;
      expect(countUrl(items, url), url).toBe(1);
      const line = items.split('\n').find((l) => countUrl(l, url) === 1)!;
      expect(line).toContain(`→ \`${page}\``);
    }
    expect(dayLog).toContain('- 상태: 부분성공 partial');
    expect(dayLog).toMatch(/\| `broken` \| feed \| failed: malformed XML/);

    // data/seen.tsv: one line per written entry, the same ids and canonical URLs.
    const seenLines = (await ws.read('data/seen.tsv')).split('\n').filter((l) => l && !l.startsWith('#') && !FIXTURE_SEEN_IDS.has(l.split('\t')[0]!));
    expect(seenLines).toHaveLength(expected.length);
    const seen = seenLines.map((l) => l.split('\t'));
    for (const cols of seen) expect(cols).toHaveLength(3);
    expect(seen.map((c) => c[0]).sort()).toEqual(pageIds);
    expect(new Set(seen.map((c) => c[0])).size).toBe(expected.length);
    expect(seen.every((c) => c[1] === r.date)).toBe(true);
    expect(seen.map((c) => c[2]).sort()).toEqual(expected.map((e) => e.url).sort());

    // One bot commit on origin, by the configured identity, holding exactly report.changedFiles.
    const log = await ws.originLog('%s|%an|%ae|%cn|%ce');
    expect(log).toHaveLength(2);
    const bot = `${ws.config.git.authorName}|${ws.config.git.authorEmail}`;
    expect(log[0]).toBe(`daily: update ${r.date}|${bot}|${bot}`);
    expect(log[1]).toMatch(/^wiki before the demo run\|/);
    expect(r.committed).toBe(true);
    expect(r.pushed).toBe(true);
    expect(r.commitSha).toBe(await ws.originHead());
    expect((await ws.git('rev-parse', 'HEAD')).trim()).toBe(r.commitSha);
    const inCommit = (await commitFiles(ws.origin, 'main')).map((l) => l.split('\t')[1]).sort();
    expect(inCommit).toEqual([...r.changedFiles].sort());
    expect(r.changedFiles).toEqual(
      expect.arrayContaining([
        'data/seen.tsv',
        // The fixture wiki has no index: the first run builds it (its base and its overlay) and commits it with the pages.
        'data/wiki-index.tsv',
        'data/wiki-index-recent.tsv',
        dayLogPath,
        'news/index.md',
        'pages/appearances.md',
        'pages/promotion_queue.md',
        'pages/daily_report.md',
      ]),
    );
    // The committed files are the ones on disk, and nothing is left uncommitted.
    expect(await ws.originShow('pages/appearances.md')).toBe(pages.get('pages/appearances.md'));
    expect(await porcelain(ws.root)).toEqual([]);
  });

  it('requests nothing outside the loopback fixture server', () => {
    // Every fetch is logged as `[source] URL: outcome`; the demo must never reach a real host.
    const urls = first.logger.lines.flatMap((l) => {
      const m = /^debug: \[[^\]]+\] (\S+): /.exec(l);
      return m ? [m[1]!] : [];
    });
    expect(urls.length).toBeGreaterThanOrEqual(9);
    expect(urls.filter((u) => !u.startsWith(`${ws.server.url}/`))).toEqual([]);
  });

  it('a second run with the same inputs changes no file and makes no commit', async () => {
    const second = await ws.run();
    expect(second.report.errors).toEqual([]);
    expect(second.report.status).toBe('partial');
    expect(second.report.itemsAdded).toBe(0);
    expect(second.report.lanes.land + second.report.lanes.queue + second.report.lanes.pool).toBe(0);
    expect(second.report.changedFiles).toEqual([]);
    expect(second.report.committed).toBe(false);
    // Conditional requests came back 304 (the fixture server sends ETags).
    expect(second.report.cache.conditionalHits + second.report.cache.hits).toBeGreaterThan(0);
    expect(changedPaths(afterFirst, await ws.hashes())).toEqual([]);
    expect(await ws.originLog('%H %s')).toEqual(originAfterFirst);
    expect(await porcelain(ws.root)).toEqual([]);
  });

  it('re-running after the state folder (HTTP cache, run history) is deleted adds no duplicate', async () => {
    await rm(ws.stateDir, { recursive: true, force: true });
    const again = await ws.run();
    expect(again.report.errors).toEqual([]);
    // Everything was downloaded again: nothing came from a cache.
    expect(again.report.cache.hits + again.report.cache.conditionalHits).toBe(0);
    expect(again.report.itemsCollected).toBe(21);
    expect(again.report.itemsAdded).toBe(0);
    expect(again.report.lanes.duplicate).toBe(21 - 1);
    expect(again.report.changedFiles).toEqual([]);
    expect(changedPaths(afterFirst, await ws.hashes())).toEqual([]);
    expect(await ws.originLog('%H %s')).toEqual(originAfterFirst);
    // The run recreated its state (history) in the new folder.
    expect(await exists(path.join(ws.stateDir, 'runs.jsonl'))).toBe(true);
  });
});
