/**
 * `wiki-daily shards --count N [--json] [--out PLAN]` and `wiki-daily collect --shard I/N --out DIR [--plan PLAN]`.
 *
 * The plan job runs `shards` once and hands the plan file to every shard, so all shards split by the
 * same costs even though each restores a different state (its own HTTP cache). Without `--plan` a shard
 * plans for itself from its own state's costs; that is fine on one machine, not across jobs.
 */
import type { CommandOutcome, Deps } from './types.js';
import { collectSources } from '../collect/collect.js';
import { loadConfig, loadConfigWithSnapshot } from '../config/load.js';
import { errorMessage, UsageError } from '../errors.js';
import { FileHttpCache } from '../http/cache.js';
import { Fetcher } from '../http/fetcher.js';
import type { RunStatus } from '../model.js';
import { cacheStats, collectionStatus } from '../report/collection.js';
import type { Settings } from '../settings.js';
import { statePaths } from '../state.js';
import { readSourceCosts } from '../shard/costs.js';
import { readPlan, writePlanFile, writeShardOutput } from '../shard/output.js';
import { formatShard, parseShardSpec, planShards, shardMatrix, type ShardPlan } from '../shard/plan.js';

export async function cmdShards(settings: Settings, deps: Deps): Promise<CommandOutcome> {
  if (settings.count === undefined) throw new UsageError('shards needs --count N');
  const { config, snapshot } = await loadConfigWithSnapshot(settings.configFile);
  const plan = planShards(config, settings.count, await readSourceCosts(settings.stateDir));
  if (settings.out) await writePlanFile(settings.out, plan, snapshot);
  if (plan.count < settings.count) deps.logger.warn(`only ${plan.count} host(s) to split: ${plan.count} shard(s) instead of ${settings.count}`);
  const text = plan.shards
    .map((s) => `${s.shard}: ${s.sources.length} sources on ${s.hosts.length} host(s), expected cost ${s.cost}`)
    .join('\n');
  return { exitCode: 0, json: shardMatrix(plan), text: text + (settings.out ? `\nplan written to ${settings.out}` : ''), outputs: { matrix: JSON.stringify(shardMatrix(plan)) } };
}

export async function cmdCollectShard(settings: Settings, deps: Deps): Promise<CommandOutcome> {
  const spec = parseShardSpec(settings.shard ?? '');
  if (!settings.out) throw new UsageError('collect --shard needs --out DIR (the folder the shard output is written to)');
  // The plan job's snapshot of the config spares each shard the YAML parse of the same file.
  const planned = settings.shardPlan ? await readPlan(settings.shardPlan) : undefined;
  const config = await loadConfig(settings.configFile, planned?.config);
  const plan: ShardPlan = planned ? planned.plan : planShards(config, spec.count, await readSourceCosts(settings.stateDir));
  const mine = plan.shards.find((s) => s.shard === formatShard(spec));
  if (plan.count !== spec.count || !mine)
    throw new UsageError(`--shard ${formatShard(spec)} is not in the plan, which has ${plan.count} shard(s)${plan.count < spec.count ? ' (fewer hosts than shards asked)' : ''}`);
  const known = new Set(config.sources.map((s) => s.id));
  const unknown = mine.sources.filter((id) => !known.has(id));
  if (unknown.length) throw new UsageError(`${settings.shardPlan}: sources not in the config: ${unknown.slice(0, 10).join(', ')}`);

  const ids = new Set(mine.sources);
  const shardConfig = { ...config, sources: config.sources.filter((s) => ids.has(s.id)) };
  const started = deps.clock.now();
  const fetcher = new Fetcher(config.http, new FileHttpCache(statePaths(settings.stateDir).httpCache, deps.logger), {
    logger: deps.logger,
    clock: deps.clock,
    refresh: settings.refresh,
  });
  let status: Exclude<RunStatus, 'skipped' | 'running'>;
  let reason: string | undefined;
  let result: Awaited<ReturnType<typeof collectSources>> = { sources: [], items: [] };
  try {
    result = ids.size ? await collectSources(shardConfig, fetcher, deps.logger) : result;
    const cs = ids.size ? collectionStatus(result.sources) : { status: 'success' as const };
    status = cs.status === 'failed' ? 'failed' : cs.status === 'partial' ? 'partial' : 'success';
    reason = cs.reason;
    await fetcher.close();
  } catch (err) {
    // The shard as a whole failed: still leave an output, so the merge names this shard and its sources.
    status = 'failed';
    reason = errorMessage(err);
    await fetcher.abort();
  }
  const file = await writeShardOutput(settings.out, {
    spec,
    plan,
    status,
    ...(reason ? { reason } : {}),
    sources: result.sources,
    items: result.items,
    createdAt: new Date(deps.clock.now()).toISOString(),
  });
  const durationMs = deps.clock.now() - started;
  const cache = cacheStats(result.sources);
  const json = { shard: formatShard(spec), status, ...(reason ? { reason } : {}), file, sources: result.sources.length, hosts: mine.hosts.length, items: result.items.length, durationMs, cache };
  return {
    exitCode: status === 'failed' ? 1 : 0,
    json,
    text: `shard ${json.shard}: ${status}${reason ? ` (${reason})` : ''}; ${json.sources} sources on ${json.hosts} host(s), ${json.items} items in ${durationMs} ms; wrote ${file}`,
    outputs: { status, file },
  };
}
