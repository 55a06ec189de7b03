/**
 * Splitting the sources over N collect jobs (an Actions matrix).
 *
 * The unit of the split is the fetcher's politeness unit, host:port (hostKey): every source of one host
 * goes to the same shard, so the per-host concurrency limit still holds when all shards run at once
 * (Google News queries all share news.google.com, so they always travel together).
 *
 * Balance: each host weighs the sum of its sources' expected cost (last observed collect duration from
 * the state folder's source costs, 1 ms-unit fallback for a source never seen), and hosts are dealt
 * heaviest first to the lightest shard (LPT). A host can never be split, so one heavy host bounds the
 * best possible balance; the plan says so through each shard's cost.
 *
 * Deterministic: the same config and costs give the same plan on every machine (hosts sorted by cost,
 * then name; ties between shards go to the lowest index; sources keep config order inside a shard).
 */
import type { Config, SourceConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { sourceUrl } from '../feeds/urls.js';
import { hostKey } from '../http/fetcher.js';
import { compareStrings } from '../order.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

export interface PlannedShard {
  /** "I/N", the matrix value and the `collect --shard` argument. */
  shard: string;
  /** host:port keys, sorted. */
  hosts: string[];
  /** Source ids in config order. */
  sources: string[];
  /** Sum of the expected costs of its sources. */
  cost: number;
}

export interface ShardPlan {
  count: number;
  shards: PlannedShard[];
}

/** Cost of a source never measured: every source costs at least one request. */
const DEFAULT_SOURCE_COST = 1;

const MAX_SHARDS = 256;

export function formatShard(spec: ShardSpec): string {
  return `${spec.index}/${spec.count}`;
}

/** "I/N" with 1 ≤ I ≤ N ≤ MAX_SHARDS; anything else is a UsageError naming the flag. */
export function parseShardSpec(text: string, flag = '--shard'): ShardSpec {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
    throw new UsageError(`${flag} takes I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4), got "${text}"`);
  return { index, count };
}

/** host:port a source's requests go to (its feed URL; an html source's articles are on the same site). */
export function sourceHost(source: SourceConfig, http: Config['http']): string {
  return hostKey(new URL(sourceUrl(source, http)));
}

/**
 * The plan for `count` shards over the enabled sources. Fewer hosts than shards gives fewer shards
 * (an empty job is only cost), so `plan.count` may be smaller than asked.
 */
export function planShards(config: Pick<Config, 'sources' | 'http'>, count: number, costs: ReadonlyMap<string, number> = new Map()): ShardPlan {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS)
    throw new UsageError(`--count takes a whole number from 1 to ${MAX_SHARDS}, got ${count}`);
  const enabled = config.sources.filter((s) => s.enabled);
  const hosts = new Map<string, { cost: number; sources: Set<string> }>();
  for (const s of enabled) {
    const host = sourceHost(s, config.http);
    const h = hosts.get(host) ?? { cost: 0, sources: new Set<string>() };
    const c = costs.get(s.id);
    h.cost += c !== undefined && Number.isFinite(c) && c > 0 ? c : DEFAULT_SOURCE_COST;
    h.sources.add(s.id);
    hosts.set(host, h);
  }
  const n = Math.max(1, Math.min(count, hosts.size));
  const bins = Array.from({ length: n }, () => ({ cost: 0, hosts: [] as string[], ids: new Set<string>() }));
  const order = [...hosts].sort(([ha, a], [hb, b]) => b.cost - a.cost || compareStrings(ha, hb));
  for (const [host, h] of order) {
    let best = 0;
    for (let i = 1; i < n; i++) if (bins[i]!.cost < bins[best]!.cost) best = i;
    const bin = bins[best]!;
    bin.cost += h.cost;
    bin.hosts.push(host);
    for (const id of h.sources) bin.ids.add(id);
  }
  return {
    count: n,
    shards: bins.map((b, i) => ({
      shard: formatShard({ index: i + 1, count: n }),
      hosts: b.hosts.sort(compareStrings),
      sources: enabled.filter((s) => b.ids.has(s.id)).map((s) => s.id),
      cost: Math.round(b.cost * 1000) / 1000,
    })),
  };
}

/** The GitHub Actions matrix: `{"include":[{"shard":"1/4"},…]}` (used as `fromJSON(…)` in `strategy.matrix`). */
export function shardMatrix(plan: ShardPlan): { include: Array<{ shard: string }> } {
  return { include: plan.shards.map((s) => ({ shard: s.shard })) };
}
