/**
 * Report: anomalies against the history, the history line, and the Discord message. Never fails the
 * run: a problem here becomes a warning in the report.
 */
import { errorMessage } from '../../errors.js';
import { detectAnomalies } from '../../ops/anomaly.js';
import { notifyRun } from '../../ops/discord.js';
import { appendRun, readRuns, recordFromReport } from '../../ops/history.js';
import { afterRunForMaintainer } from '../../ops/maintainer.js';
import { recordSourceCosts } from '../../shard/costs.js';
export async function reportRun(ctx, report) {
    const { config, settings, logger, clock, state } = ctx;
    // The maintainer's channels: the failure issue that opens and closes itself, the JSON webhook, metrics
    // (a dry run and a skipped run write metrics only). After the history line, so the consecutive-failure
    // count includes this run. Never throws.
    const maintainer = async () => {
        const history = await readRuns(state.runsFile, 200).catch(() => []);
        await afterRunForMaintainer({ report, history, config, settings, state, deps: { logger, clock, env: ctx.env } });
    };
    if (report.dryRun)
        return maintainer();
    try {
        const history = (await readRuns(state.runsFile, 200)).filter((r) => r.command === 'run' && (r.status === 'success' || r.status === 'partial'));
        if (report.status !== 'skipped') {
            report.anomalies = detectAnomalies({ durationMs: report.durationMs, itemsCollected: report.itemsCollected, itemsAdded: report.itemsAdded }, history.slice(-30), config.health.anomalyZ);
            for (const a of report.anomalies)
                logger.warn(`anomaly: ${a.metric} = ${a.value} (median ${a.median}, robust z ${a.z.toFixed(1)})`);
        }
        await appendRun(state.runsFile, recordFromReport(report));
        // What each source cost to collect, for balancing shards (only sources really fetched).
        const measured = report.sources.filter((s) => s.attempts > 0);
        if (measured.length)
            await recordSourceCosts(settings.stateDir, measured, new Set(config.sources.map((s) => s.id)));
    }
    catch (err) {
        report.warnings.push(`run history not updated: ${errorMessage(err)}`);
    }
    await maintainer();
    if (report.status === 'skipped')
        return;
    try {
        const res = await notifyRun(report, {
            ...(settings.discordWebhook ? { webhookUrl: settings.discordWebhook } : {}),
            settings: config.discord,
            statePaths: state,
            logger,
            clock,
        });
        if (res.queued)
            report.warnings.push(`Discord unreachable: ${res.queued} message(s) queued for the next run`);
    }
    catch (err) {
        report.warnings.push(`Discord alert failed: ${errorMessage(err)}`);
    }
}
