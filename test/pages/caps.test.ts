import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { parseConfig } from '../../src/config/load.js';
import type { GatedItem } from '../../src/model.js';
import { readBacklog, writeBacklog } from '../../src/ops/backlog.js';
import { capNewEntries } from '../../src/pages/caps.js';

const config = parseConfig({ timezone: 'Asia/Seoul', sources: [{ id: 'elle', url: 'https://elle.example/feed' }] });

function item(id: string, over: Partial<GatedItem> = {}): GatedItem {
  return {
    sourceId: 'elle',
    sourceKind: 'feed',
    title: `기사 ${id}`,
    link: `https://www.elle.co.kr/a/${id}`,
    canonicalUrl: `https://www.elle.co.kr/a/${id}`,
    host: 'www.elle.co.kr',
    score: 5,
    lane: 'land',
    reason: 'grade land',
    page: 'pages/pictorials.md',
    section: 'main',
    kind: 'pictorial',
    confidence: '보도(1차)',
    id,
    ...over,
  };
}

describe('limits on new entries per page and per run', () => {
  it('defaults to 200 per page and 1000 per run, and rejects a zero limit naming the key', () => {
    expect(config.limits).toEqual({ maxNewPerPage: 200, maxNewPerRun: 1000 });
    expect(() => parseConfig({ sources: [{ id: 'a', url: 'https://a.example/f' }], limits: { maxNewPerPage: 0 } })).toThrow(ConfigError);
    expect(() => parseConfig({ sources: [{ id: 'a', url: 'https://a.example/f' }], limits: { maxNewPerPage: 0 } })).toThrow(/limits\.maxNewPerPage/);
  });

  it('under the limits keeps everything and says nothing', () => {
    const items = [item('a'), item('b'), item('c', { lane: 'duplicate' })];
    const r = capNewEntries(items, config, { maxNewPerPage: 2, maxNewPerRun: 5 });
    expect(r.kept).toEqual(items);
    expect(r.deferred).toEqual([]);
    expect(r.warning).toBeUndefined();
  });

  it('keeps the newest per page up to the page cap; the rest is deferred with a warning per page', () => {
    const items = [
      item('old', { published: '2026-11-01T00:00:00Z' }),
      item('new', { published: '2026-11-20T00:00:00Z' }),
      item('mid', { published: '2026-11-10T00:00:00Z' }),
      item('v1', { page: 'pages/appearances.md' }),
      item('dup', { lane: 'duplicate' }),
    ];
    const r = capNewEntries(items, config, { maxNewPerPage: 2, maxNewPerRun: 100 });
    expect(r.kept.map((i) => i.id)).toEqual(['new', 'mid', 'v1', 'dup']);
    expect(r.deferred.map((i) => i.id)).toEqual(['old']);
    expect(r.deferredByPage).toEqual({ 'pages/pictorials.md': 1 });
    expect(r.warning).toBe('1 new entry waits for the next run (limits.maxNewPerPage 2, limits.maxNewPerRun 100): pages/pictorials.md 1');
  });

  it('the run cap prefers landed entries over the queue and the pool, and is deterministic', () => {
    const items = [item('p1', { lane: 'pool' }), item('q1', { lane: 'queue' }), item('l2'), item('l1'), item('x', { lane: 'irrelevant' })];
    const r = capNewEntries(items, config, { maxNewPerPage: 100, maxNewPerRun: 3 });
    expect(r.kept.map((i) => i.id)).toEqual(['q1', 'l2', 'l1', 'x']);
    expect(r.deferred.map((i) => i.id)).toEqual(['p1']);
    expect(r.deferredByPage).toEqual({ [config.pages.poolPage]: 1 });
    expect(capNewEntries([...items].reverse(), config, { maxNewPerPage: 100, maxNewPerRun: 3 }).deferred.map((i) => i.id)).toEqual(['p1']);
  });

  it('a flood of 20,000 is cut to the run cap, nothing is lost: kept + deferred = every written-lane item', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => item(`n${i}`, { page: `pages/p${i % 7}.md`, published: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }));
    const r = capNewEntries(items, config, { maxNewPerPage: 200, maxNewPerRun: 1000 });
    expect(r.kept).toHaveLength(1000);
    expect(r.deferred).toHaveLength(19_000);
    expect(new Set([...r.kept, ...r.deferred].map((i) => i.id)).size).toBe(20_000);
    for (let p = 0; p < 7; p++) expect(r.kept.filter((i) => i.page === `pages/p${p}.md`).length).toBeLessThanOrEqual(200);
  });
});

describe('the backlog file', () => {
  it('round-trips deferred items and empties when given none', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wiki-backlog-'));
    try {
      const file = path.join(dir, 'backlog.json');
      expect(await readBacklog(file)).toEqual({ items: [] });
      await writeBacklog(file, [item('a', { published: '2026-11-20T00:00:00Z', outlet: 'ELLE' })]);
      const back = await readBacklog(file);
      expect(back.items).toEqual([
        { sourceId: 'elle', sourceKind: 'feed', title: '기사 a', link: 'https://www.elle.co.kr/a/a', published: '2026-11-20T00:00:00Z', outlet: 'ELLE' },
      ]);
      await writeBacklog(file, []);
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, items: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a damaged backlog gives no items and a warning naming the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wiki-backlog-'));
    try {
      const file = path.join(dir, 'backlog.json');
      await writeFile(file, '{"version":1,"items":[{"title":3}]}');
      const r = await readBacklog(file);
      expect(r.items).toEqual([]);
      expect(r.warning).toContain(`backlog ${file} unreadable, ignored`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
