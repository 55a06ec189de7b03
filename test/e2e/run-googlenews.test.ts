/**
 * The real-shaped Google News capture (38 items: CBMi URL tokens, CBMi article+AMP tokens, the older
 * /__i/rss/rd/articles/ form and 22 opaque AU_yq tokens) served as a `query:` source and as a plain
 * `url:` source, through the whole daily run with the loopback Google News endpoints.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/gate/canonical.js';
import { statePaths } from '../../src/state.js';
import { FIXTURE_SEEN_IDS } from '../support/fixture-wiki.js';
import { isolateGitConfig } from '../support/git.js';
import { fixtureRoute, openWorkspace, type E2eWorkspace } from '../support/e2e.js';

let restoreGit: () => void;
let ws: E2eWorkspace;
const opaque = JSON.parse(await readFile(new URL('../../fixtures/feeds/googlenews-opaque.json', import.meta.url), 'utf8')) as Record<string, string>;

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  const rss = await fixtureRoute('googlenews-mixed.xml', 'application/rss+xml; charset=utf-8');
  ws = await openWorkspace({
    onlyExtraSources: true,
    extraRoutes: { '/rss/search': rss, '/capture/rss': rss },
    extraSources: [
      { id: 'gn-query', query: '고윤정' },
      { id: 'gn-url', url: '{{BASE}}/capture/rss?hl=ko&gl=KR&ceid=KR:ko' },
    ],
  });
}, 60_000);

afterAll(async () => {
  await ws?.close();
  restoreGit?.();
});

describe('Google News through the run', () => {
  it('every item of the capture lands once with its publisher URL, from either source kind', async () => {
    const { report } = await ws.run();
    expect(report.errors).toEqual([]);
    expect(report.itemsCollected).toBe(76);
    expect(report.itemsAdded).toBe(38);
    expect(report.lanes.duplicate).toBe(38);
    expect(report.lanes.discard).toBe(0);
    // 22 opaque tokens, each resolved once (the second source's copies come from the same resolution)
    expect(ws.googleNews.stats).toMatchObject({ pages: 22, batches: 22, tooMany: 0 });
    expect(ws.googleNews.stats.maxInFlight).toBeLessThanOrEqual(2);

    const seen = (await ws.read('data/seen.tsv')).split('\n').filter((l) => l && !l.startsWith('#') && !FIXTURE_SEEN_IDS.has(l.split('\t')[0]!));
    expect(seen).toHaveLength(38);
    expect(seen.filter((l) => l.includes('news.google.com'))).toEqual([]);
    const written = new Set(seen.map((l) => l.split('\t')[2]));
    for (const url of Object.values(opaque)) expect(written.has(canonicalUrl(new URL(url).href)), url).toBe(true);
    const pages = await Promise.all(report.changedFiles.filter((f) => f.startsWith('pages/')).map((f) => ws.read(f)));
    const all = pages.join('\n');
    expect(all).not.toContain('news.google.com');
    // links as published: chosun.com keeps its trailing slash on the page
    expect(all).toContain('<https://www.chosun.com/entertainments/broadcast/2026/11/26/KX3ZP5Q7RBHMNJ2A4W6YVE8TDC/>');
    expect(all).not.toMatch(/amparticle|\/amp\//);
    const memory = JSON.parse(await readFile(path.join(statePaths(ws.stateDir).root, 'google-news.json'), 'utf8')) as { resolved: object; pending: unknown[] };
    expect(Object.keys(memory.resolved)).toHaveLength(22);
    expect(memory.pending).toEqual([]);

    // A second run resolves nothing again and writes nothing.
    const again = await ws.run();
    expect(again.report.itemsAdded).toBe(0);
    expect(ws.googleNews.stats).toMatchObject({ pages: 22, batches: 22 });
  }, 60_000);
});

describe('Google News over the per-run cap', () => {
  it('unresolved items are never written with a Google link and never lost: they land on later runs, exactly once', async () => {
    const rss = await fixtureRoute('googlenews-mixed.xml', 'application/rss+xml; charset=utf-8');
    const capped = await openWorkspace({
      onlyExtraSources: true,
      extraRoutes: { '/rss/search': rss },
      extraSources: [{ id: 'gn-query', query: '고윤정' }],
      overrides: { googleNews: { maxPerRun: 10 } },
    });
    try {
      const seenCount = async () =>
        (await capped.read('data/seen.tsv')).split('\n').filter((l) => l && !l.startsWith('#') && !FIXTURE_SEEN_IDS.has(l.split('\t')[0]!)).length;
      const first = await capped.run();
      // 16 decoded offline + 10 resolved; 12 wait (unwritten, unseen) in the state folder
      expect(first.report.itemsAdded).toBe(26);
      expect(first.report.lanes.discard).toBe(12);
      expect(first.report.warnings).toContain('12 Google News links wait for the next run (per-run cap 10 or stopped)');
      expect(await seenCount()).toBe(26);
      expect(await capped.originShow('data/seen.tsv')).not.toContain('news.google.com');
      const memoryFile = path.join(statePaths(capped.stateDir).root, 'google-news.json');
      expect((JSON.parse(await readFile(memoryFile, 'utf8')) as { pending: unknown[] }).pending).toHaveLength(12);

      // The feed no longer lists anything: the waiting items still land, from the memory's pending list.
      capped.server.setRoute('/rss/search', { body: '<?xml version="1.0"?><rss version="2.0"><channel><title>empty</title></channel></rss>', contentType: 'application/rss+xml' });
      const second = await capped.run(['--refresh']);
      // the feed gave nothing; the 12 waiting items re-enter the run from the memory
      expect(second.report.sources.map((x) => x.items)).toEqual([0]);
      expect(second.report.itemsCollected).toBe(12);
      expect(second.report.itemsAdded).toBe(10);
      expect((await capped.run(['--refresh'])).report.itemsAdded).toBe(2);
      const last = await capped.run(['--refresh']);
      expect(last.report.itemsAdded).toBe(0);
      expect(await seenCount()).toBe(38);
      expect(capped.googleNews.stats).toMatchObject({ pages: 22, batches: 22, tooMany: 0 });
      expect(await capped.originLog('%s')).toHaveLength(4);
    } finally {
      await capped.close();
    }
  }, 60_000);
});

