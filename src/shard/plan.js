import { UsageError } from '../errors.js';
import { sourceUrl } from '../feeds/urls.js';
import { hostKey } from '../http/fetcher.js';
/** Cost of a source never measured: every source costs at least one request. */
const DEFAULT_SOURCE_COST = 1;
const MAX_SHARDS = 256;
export function formatShard(spec) {
    return `${spec.index}/${spec.count}`;
}
/** "I/N" with 1 ≤ I ≤ N ≤ MAX_SHARDS; anything else is a UsageError naming the flag. */
export function parseShardSpec(text, flag = '--shard') {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
        throw new UsageError(`${flag} takes I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4), got "${text}"`);
    return { index, count };
}
/** host:port a source's requests go to (its feed URL; an html source's articles are on the same site). */
export function sourceHost(source, http) {
    return hostKey(new URL(sourceUrl(source, http)));
}
function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The plan for `count` shards over the enabled sources. Fewer hosts than shards gives fewer shards
 * (an empty job is only cost), so `plan.count` may be smaller than asked.
 */
export function planShards(config, count, costs = new Map()) {
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS)
        throw new UsageError(`--count takes a whole number from 1 to ${MAX_SHARDS}, got ${count}`);
    const enabled = config.sources.filter((s) => s.enabled);
    const hosts = new Map();
    for (const s of enabled) {
        const host = sourceHost(s, config.http);
        const h = hosts.get(host) ?? { cost: 0, sources: new Set() };
        const c = costs.get(s.id);
        h.cost += c !== undefined && Number.isFinite(c) && c > 0 ? c : DEFAULT_SOURCE_COST;
        h.sources.add(s.id);
        hosts.set(host, h);
    }
    const n = Math.max(1, Math.min(count, hosts.size));
    const bins = Array.from({ length: n }, () => ({ cost: 0, hosts: [], ids: new Set() }));
    const order = [...hosts].sort(([ha, a], [hb, b]) => b.cost - a.cost || byText(ha, hb));
    for (const [host, h] of order) {
        let best = 0;
        for (let i = 1; i < n; i++)
            if (bins[i].cost < bins[best].cost)
                best = i;
        const bin = bins[best];
        bin.cost += h.cost;
        bin.hosts.push(host);
        for (const id of h.sources)
            bin.ids.add(id);
    }
    return {
        count: n,
        shards: bins.map((b, i) => ({
            shard: formatShard({ index: i + 1, count: n }),
            hosts: b.hosts.sort(byText),
            sources: enabled.filter((s) => b.ids.has(s.id)).map((s) => s.id),
            cost: Math.round(b.cost * 1000) / 1000,
        })),
    };
}
/** The GitHub Actions matrix: `{"include":[{"shard":"1/4"},…]}` (used as `fromJSON(…)` in `strategy.matrix`). */
export function shardMatrix(plan) {
    return { include: plan.shards.map((s) => ({ shard: s.shard })) };
}
