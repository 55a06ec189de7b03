/**
 * The command dispatcher shared by the CLI and the Action. Each command returns one CommandOutcome;
 * the callers only decide how to show it (stdout text/JSON, or job summary + step outputs).
 *
 * Modules that only one command needs are imported lazily so `node dist/index.js` starts fast.
 */
import { loadConfig } from './config/load.js';
import { ConfigError, exitCodeFor, errorMessage, UsageError } from './errors.js';
import { logStage } from './log.js';
import { statePaths } from './state.js';
import { exitCodeForStatus, reportOutputs } from './commands/types.js';
import { repoUrlFrom } from './github-env.js';
async function outcomeFromReport(r, settings, deps, config) {
    const { renderSummary, renderText } = await import('./report/render.js');
    const repoUrl = repoUrlFrom(deps.env);
    const text = renderText(r) + (r.diff && !settings.json ? `\n\n${r.diff}` : '');
    return {
        exitCode: exitCodeForStatus(r.status),
        json: r,
        text,
        summary: renderSummary(r, {
            ...(repoUrl ? { repoUrl } : {}),
            // Page links point at the pushed commit; an unpushed one does not exist on GitHub.
            ...(r.commitSha && r.pushed ? { ref: r.commitSha } : {}),
            ...(config ? { seenFile: config.pages.seenFile } : {}),
        }),
        outputs: reportOutputs(r),
        report: r,
    };
}
async function cmdRun(settings, deps) {
    let config;
    try {
        config = await loadConfig(settings.configFile);
    }
    catch (err) {
        // Still a failed run: recorded in the history, alerted, counted for the failure issue (exit 2).
        if (err instanceof ConfigError)
            await (await import('./run/unrunnable.js')).recordUnrunnable(settings, deps, err);
        throw err;
    }
    const { runDaily } = await import('./run/daily.js');
    // History, anomalies and the alert are the run's own report stage.
    // `run --from DIR…`: the merged shard outputs stand in for the collect stage (src/shard/merge.ts).
    const merged = settings.from?.length ? await (await import('./shard/merge.js')).loadShardOutputs(settings.from, config) : undefined;
    const report = await runDaily({
        settings,
        config,
        logger: deps.logger,
        clock: deps.clock,
        env: deps.env,
        ...(merged ? { collect: async () => merged } : {}),
        ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    });
    return outcomeFromReport(report, settings, deps, config);
}
async function cmdCollect(settings, deps) {
    const config = await loadConfig(settings.configFile);
    const [{ collectSources }, { Fetcher }, { FileHttpCache }, rep] = await Promise.all([
        import('./collect/collect.js'),
        import('./http/fetcher.js'),
        import('./http/cache.js'),
        import('./report/report.js'),
    ]);
    const report = rep.newReport('collect', config, deps.clock.now());
    const fetcher = new Fetcher(config.http, new FileHttpCache(statePaths(settings.stateDir).httpCache, deps.logger), {
        logger: deps.logger,
        clock: deps.clock,
        refresh: settings.refresh,
    });
    try {
        const started = deps.clock.now();
        const res = await logStage(deps.logger, 'collect', () => collectSources(config, fetcher, deps.logger, deps.onProgress));
        report.stages.push({ stage: 'collect', durationMs: deps.clock.now() - started, ok: true });
        const byId = new Map();
        for (const it of res.items) {
            const list = byId.get(it.sourceId) ?? [];
            list.push(it);
            byId.set(it.sourceId, list);
        }
        report.sources = res.sources.map((s) => ({ ...s, itemList: byId.get(s.id) ?? [] }));
        report.itemsCollected = res.items.length;
        report.cache = rep.cacheStats(res.sources);
        const cs = rep.collectionStatus(res.sources);
        report.status = cs.status;
        if (cs.reason)
            report.reason = cs.reason;
    }
    finally {
        await fetcher.close();
    }
    rep.finishReport(report, deps.clock.now());
    const outcome = await outcomeFromReport(report, settings, deps);
    const { collectListing } = await import('./report/collect-text.js');
    return { ...outcome, text: `${outcome.text}\n\n${collectListing(report, settings.verbose)}` };
}
async function cmdSchema(settings) {
    const { configJsonSchema } = await import('./config/load.js');
    const schema = configJsonSchema();
    const text = JSON.stringify(schema, null, 2);
    if (settings.out) {
        const { writeFileAtomic } = await import('./fsutil.js');
        await writeFileAtomic(settings.out, `${text}\n`);
        return { exitCode: 0, json: { written: settings.out }, text: `wrote ${settings.out}`, outputs: {} };
    }
    return { exitCode: 0, json: schema, text, outputs: {} };
}
export async function execute(settings, deps) {
    switch (settings.command) {
        case 'run':
            return cmdRun(settings, deps);
        case 'collect':
            if (settings.shard !== undefined)
                return (await import('./commands/shards.js')).cmdCollectShard(settings, deps);
            return cmdCollect(settings, deps);
        case 'shards':
            return (await import('./commands/shards.js')).cmdShards(settings, deps);
        case 'schema':
            return cmdSchema(settings);
        case 'demo':
            return (await import('./demo/demo.js')).runDemo(settings, deps, execute);
        case 'backup':
            return (await import('./commands/backup.js')).cmdBackup(settings, deps);
        case 'health':
        case 'status':
        case 'monitor':
            return (await import('./commands/health.js')).cmdHealth(settings, deps);
        case 'lock':
            return (await import('./commands/lock.js')).cmdLock(settings, deps);
        case 'lint':
            return (await import('./commands/lint.js')).cmdLint(settings, deps);
        case 'links':
            return (await import('./commands/links.js')).cmdLinks(settings, deps);
        case 'promote':
        case 'reject':
            return (await import('./commands/curate.js')).cmdCurate(settings, deps);
        default:
            throw new UsageError(`unknown command ${String(settings.command)}`);
    }
}
/** For the callers' catch: a failure as an outcome (exit 2 for usage/config, 1 otherwise). */
export function failureOutcome(err) {
    const message = errorMessage(err);
    return {
        exitCode: exitCodeFor(err),
        json: { status: 'failed', error: message },
        text: `error: ${message}`,
        outputs: { status: 'failed' },
    };
}
