import { WikiDailyError } from '../errors.js';
import { sourceUrl } from '../feeds/urls.js';
import { findShardOutputs } from './output.js';
function listIds(ids, max = 10) {
    return ids.slice(0, max).join(', ') + (ids.length > max ? `, … (${ids.length} in all)` : '');
}
function failedReport(source, config, error) {
    return { id: source.id, kind: source.kind, url: sourceUrl(source, config.http), outcome: 'failed', items: 0, error, durationMs: 0, bytesDownloaded: 0, attempts: 0 };
}
function shardIndex(shard) {
    return Number(shard.split('/')[0]);
}
export async function loadShardOutputs(dirs, config) {
    if (!dirs.length)
        throw new WikiDailyError('run --from needs at least one folder');
    const { found, notes } = await findShardOutputs(dirs);
    // One output per shard: the same artifact given twice is harmless, two different ones are not.
    const byShard = new Map();
    for (const f of found) {
        const seen = byShard.get(f.shard);
        if (!seen)
            byShard.set(f.shard, f);
        else if (f.output && (!seen.output || JSON.stringify(seen.output) !== JSON.stringify(f.output)))
            throw new WikiDailyError(`two different outputs for shard ${f.shard}: ${seen.file} and ${f.file}`);
    }
    const good = [...byShard.values()].filter((f) => !!f.output);
    // Every output must come from the same plan, or hosts could be in two shards and sources nowhere.
    let plan;
    let planFrom = '';
    for (const f of good) {
        const p = f.output.plan.shards;
        if (!plan) {
            plan = p;
            planFrom = f.file;
        }
        else if (JSON.stringify(plan) !== JSON.stringify(p))
            throw new WikiDailyError(`shard outputs come from different plans: ${planFrom} and ${f.file} (collect every shard of one \`shards\` plan)`);
    }
    const planCount = plan?.length;
    for (const f of byShard.values())
        if (planCount !== undefined && Number(f.shard.split('/')[1]) !== planCount)
            throw new WikiDailyError(`${f.file}: shard ${f.shard} is not part of the ${planCount}-shard plan in ${planFrom}`);
    const owner = new Map();
    for (const s of plan ?? [])
        for (const id of s.sources)
            owner.set(id, s.shard);
    const missingShards = [];
    const shardProblem = new Map();
    for (const s of plan ?? []) {
        const f = byShard.get(s.shard);
        let problem;
        if (!f)
            problem = `shard ${s.shard} left no output`;
        else if (f.error)
            problem = `shard ${s.shard} output unusable: ${f.error}`;
        else if (f.output.status === 'failed' && f.output.sources.length === 0)
            problem = `shard ${s.shard} failed: ${f.output.reason ?? 'no reason given'}`;
        if (problem) {
            missingShards.push(s.shard);
            shardProblem.set(s.shard, problem);
            notes.push(`${problem}; its ${s.sources.length} source(s) count as failed: ${listIds(s.sources)}`);
        }
    }
    // Without any plan (no usable output at all) the unreadable files still name their shards.
    if (!plan)
        for (const f of byShard.values())
            if (f.error)
                notes.push(`shard ${f.shard} output unusable: ${f.error}`);
    const reports = new Map();
    const items = new Map();
    for (const f of good) {
        for (const r of f.output.sources)
            if (owner.get(r.id) === f.shard)
                reports.set(r.id, r);
        for (const it of f.output.items) {
            if (owner.get(it.sourceId) !== f.shard)
                continue;
            const list = items.get(it.sourceId) ?? [];
            list.push(it);
            items.set(it.sourceId, list);
        }
    }
    const sources = [];
    const merged = [];
    const unplanned = [];
    for (const s of config.sources) {
        if (!s.enabled)
            continue;
        const shard = owner.get(s.id);
        const report = reports.get(s.id);
        if (report) {
            sources.push(report);
            merged.push(...(items.get(s.id) ?? []));
        }
        else if (!plan) {
            sources.push(failedReport(s, config, 'no shard output to merge'));
        }
        else if (!shard) {
            unplanned.push(s.id);
            sources.push(failedReport(s, config, 'in no shard of the plan (the config changed after planning)'));
        }
        else {
            sources.push(failedReport(s, config, shardProblem.get(shard) ?? `shard ${shard} has no report for this source`));
        }
    }
    if (!plan)
        notes.push(`no usable shard output in ${dirs.join(', ')}: nothing was collected`);
    if (unplanned.length)
        notes.push(`${unplanned.length} enabled source(s) in no shard of the plan: ${listIds(unplanned)}`);
    missingShards.sort((a, b) => shardIndex(a) - shardIndex(b));
    return { sources, items: merged, notes, missingShards, files: good.map((f) => f.file).sort() };
}
