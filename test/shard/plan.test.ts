import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/schema.js';
import { parseConfig } from '../../src/config/load.js';
import { foldCosts } from '../../src/shard/costs.js';
import { parseShardSpec, planShards, shardMatrix, sourceHost } from '../../src/shard/plan.js';
import { seededRandom as rng } from '../support/rand.js';

function randomConfig(rand: () => number, n: number): Config {
  const hosts = Math.max(1, Math.floor(rand() * 30));
  const sources = Array.from({ length: n }, (_, i) => {
    const r = rand();
    if (r < 0.15) return { id: `gn-${i}`, query: `q${i}` };
    if (r < 0.25) return { id: `yt-${i}`, channelId: `UC${String(i).padStart(22, 'x')}` };
    const h = Math.floor(rand() * hosts);
    // Same host name on another port is another politeness unit (host:port), as in the fetcher.
    const port = rand() < 0.2 ? ':8080' : '';
    return { id: `s-${i}`, url: `https://h${h}.example${port}/feed/${i}`, ...(rand() < 0.05 ? { enabled: false } : {}) };
  });
  return parseConfig({ sources }, 'random.yml');
}

describe('planShards', () => {
  it('never splits a host, covers every enabled source once, and balances within one host of the ideal (200 random lists)', () => {
    const rand = rng(13);
    for (let round = 0; round < 200; round++) {
      const config = randomConfig(rand, 1 + Math.floor(rand() * 120));
      const costs = new Map(config.sources.filter(() => rand() < 0.7).map((s) => [s.id, Math.floor(rand() * 5000)] as const));
      const count = 1 + Math.floor(rand() * 8);
      const plan = planShards(config, count, costs);
      const shardOfHost = new Map<string, string>();
      const seen = new Set<string>();
      const byId = new Map(config.sources.map((s) => [s.id, s]));
      for (const sh of plan.shards) {
        for (const id of sh.sources) {
          expect(seen.has(id), id).toBe(false);
          seen.add(id);
          const host = sourceHost(byId.get(id)!, config.http);
          expect(shardOfHost.get(host) ?? sh.shard, `${host} in two shards`).toBe(sh.shard);
          shardOfHost.set(host, sh.shard);
          expect(sh.hosts).toContain(host);
        }
      }
      expect([...seen].sort()).toEqual(config.sources.filter((s) => s.enabled).map((s) => s.id).sort());
      expect(plan.count).toBe(Math.min(count, shardOfHost.size || 1));
      // LPT: the heaviest shard exceeds the average by at most the heaviest single host.
      const hostCost = new Map<string, number>();
      for (const s of config.sources.filter((x) => x.enabled)) {
        const h = sourceHost(s, config.http);
        const c = costs.get(s.id);
        hostCost.set(h, (hostCost.get(h) ?? 0) + (c && c > 0 ? c : 1));
      }
      const total = [...hostCost.values()].reduce((a, b) => a + b, 0);
      const biggest = Math.max(0, ...hostCost.values());
      const worst = Math.max(...plan.shards.map((s) => s.cost));
      expect(worst).toBeLessThanOrEqual(total / plan.count + biggest + 0.01);
      // Deterministic, and independent of the order sources are listed in.
      expect(planShards(config, count, costs)).toEqual(plan);
      const reversed = { ...config, sources: [...config.sources].reverse() };
      expect(planShards(reversed, count, costs).shards.map((s) => [s.shard, [...s.sources].sort()])).toEqual(
        plan.shards.map((s) => [s.shard, [...s.sources].sort()]),
      );
    }
  });

  it('keeps every Google News query in one shard (one host: news.google.com)', () => {
    const config = parseConfig(
      { sources: [{ id: 'a', query: 'x' }, { id: 'f', url: 'https://f.example/rss' }, { id: 'b', query: 'y' }, { id: 'c', query: 'z' }] },
      'gn.yml',
    );
    const plan = planShards(config, 2);
    expect(plan.shards.map((s) => s.sources)).toEqual([['a', 'b', 'c'], ['f']]);
    expect(plan.shards[0]!.hosts).toEqual(['news.google.com:443']);
    expect(shardMatrix(plan)).toEqual({ include: [{ shard: '1/2' }, { shard: '2/2' }] });
  });

  it('balances by measured cost, falling back to 1 for an unmeasured source', () => {
    const config = parseConfig(
      { sources: ['a', 'b', 'c', 'd'].map((h) => ({ id: h, url: `https://${h}.example/rss` })) },
      'c.yml',
    );
    const plan = planShards(config, 2, new Map([['a', 900], ['b', 500], ['c', 400]]));
    expect(plan.shards.map((s) => [s.sources, s.cost])).toEqual([
      [['a', 'd'], 901],
      [['b', 'c'], 900],
    ]);
  });

  it('rejects a bad --shard or --count with a message naming it', () => {
    expect(parseShardSpec('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '1/999']) expect(() => parseShardSpec(bad)).toThrow(/--shard takes I\/N/);
    const config = parseConfig({ sources: [{ id: 'a', url: 'https://a.example/' }] }, 'x.yml');
    expect(() => planShards(config, 0)).toThrow(/--count/);
  });

  it('smooths costs and forgets sources no longer configured', () => {
    const after = foldCosts(new Map([['a', 100], ['gone', 5]]), [{ id: 'a', durationMs: 300 }, { id: 'b', durationMs: 40 }], new Set(['a', 'b']));
    expect([...after]).toEqual([['a', 200], ['b', 40]]);
  });
});

describe('shard flags', () => {
  it('parses shards --count, collect --shard/--plan/--out and a repeated run --from', async () => {
    const { parseCliArgs } = await import('../../src/settings.js');
    const run = parseCliArgs(['run', '--from', 'a', '--from=b'], {});
    expect(!('help' in run) && run.from).toEqual(['a', 'b']);
    const col = parseCliArgs(['collect', '--shard', '2/4', '--plan', 'p.json', '--out', 'o'], {});
    expect(!('help' in col) && [col.shard, col.shardPlan, col.out]).toEqual(['2/4', 'p.json', 'o']);
    const sh = parseCliArgs(['shards', '--count', '4', '--json'], {});
    expect(!('help' in sh) && [sh.command, sh.count, sh.json]).toEqual(['shards', 4, true]);
  });
});
