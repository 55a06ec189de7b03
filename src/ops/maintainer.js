import { errorMessage } from '../errors.js';
import { runUrlFrom } from '../github-env.js';
/**
 * After `run`. `history` is the run history WITH this run appended (the streak of failures counts it);
 * a dry run writes its metrics (flagged dry) but opens no issue and posts nothing.
 */
export async function afterRunForMaintainer(args) {
    const { report, config, settings, deps } = args;
    const warn = (w) => {
        report.warnings.push(w);
        deps.logger.warn(w);
    };
    if (!report.dryRun && report.status !== 'skipped') {
        const { subjectFromRun, syncFailureIssueFromEnv } = await import('./issue.js');
        const subject = subjectFromRun(report, args.history, config.monitoring.failureIssue.afterFailures);
        const res = await syncFailureIssueFromEnv(subject, {
            settings: config.monitoring.failureIssue,
            env: deps.env,
            ...(settings.token ? { token: settings.token } : {}),
            timezone: config.timezone,
            now: deps.clock.now(),
            logger: deps.logger,
            ...(deps.fetchImpl ? { fetch: deps.fetchImpl } : {}),
        });
        if (res.warning)
            warn(res.warning);
        if (settings.webhookUrl) {
            const { postRunSummary } = await import('./webhook.js');
            const w = await postRunSummary(settings.webhookUrl, report, { clock: deps.clock, ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}) });
            if (w)
                warn(w);
        }
    }
    if (settings.metricsFile || config.monitoring.pushgatewayUrl) {
        try {
            const [{ renderMetrics, writeMetricsFile, pushMetrics, lastSuccessAt }, { storeSize }] = await Promise.all([
                import('./metrics.js'),
                import('./backup/store.js'),
            ]);
            const lastSuccess = lastSuccessAt(report, args.history);
            const text = await renderMetrics({
                report,
                ...(lastSuccess ? { lastSuccessAt: lastSuccess } : {}),
                backupStoreBytes: await storeSize(args.state.backups),
            });
            if (settings.metricsFile)
                await writeMetricsFile(settings.metricsFile, text);
            if (config.monitoring.pushgatewayUrl)
                await pushMetrics(config.monitoring.pushgatewayUrl, config.monitoring.pushgatewayJob, text, deps.fetchImpl).catch((err) => warn(`metrics not pushed: ${errorMessage(err)}`));
        }
        catch (err) {
            warn(`metrics not written: ${errorMessage(err)}`);
        }
    }
}
/** After `health` (the watchdog): a critical result opens the failure issue (or adds today's comment). */
export async function afterHealthForMaintainer(args) {
    const { subjectFromHealth, syncFailureIssueFromEnv } = await import('./issue.js');
    const env = args.deps.env;
    const runUrl = runUrlFrom(env);
    const res = await syncFailureIssueFromEnv(subjectFromHealth(args.health, args.history, runUrl), {
        settings: args.config.monitoring.failureIssue,
        env,
        ...(args.settings.token ? { token: args.settings.token } : {}),
        timezone: args.config.timezone,
        now: args.deps.clock.now(),
        logger: args.deps.logger,
        ...(args.deps.fetchImpl ? { fetch: args.deps.fetchImpl } : {}),
    });
    if (res.warning)
        args.deps.logger.warn(res.warning);
    return res.warning;
}
