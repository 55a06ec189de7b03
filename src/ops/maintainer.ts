/**
 * What the maintainer sees outside the wiki once a run (or a watchdog check) is over: the failure
 * issue, the generic JSON webhook, the Prometheus metrics file and Pushgateway push.
 *
 * Two entry points with explicit inputs, so the run's report stage and the health command can call
 * them wherever they end up: `afterRunForMaintainer` (end of `run`) and `afterHealthForMaintainer`
 * (end of `health`). Neither throws: every problem becomes a warning on the report / in the log.
 */
import type { Config } from '../config/schema.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { RunReport } from '../model.js';
import type { StatePaths } from '../state.js';
import type { Clock } from '../time.js';
import type { HealthResult } from './health.js';
import type { RunRecord } from './history.js';
import { runUrlFrom } from '../github-env.js';

interface MaintainerDeps {
  logger: Logger;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  fetchImpl?: typeof fetch;
}

interface MaintainerSettings {
  /** The job token (input `token`), used for the issues API; falls back to env GITHUB_TOKEN. */
  token?: string;
  webhookUrl?: string;
  metricsFile?: string;
}

/**
 * After `run`. `history` is the run history WITH this run appended (the streak of failures counts it);
 * a dry run writes its metrics (flagged dry) but opens no issue and posts nothing.
 */
export async function afterRunForMaintainer(args: {
  report: RunReport;
  history: RunRecord[];
  config: Config;
  settings: MaintainerSettings;
  state: StatePaths;
  deps: MaintainerDeps;
}): Promise<void> {
  const { report, config, settings, deps } = args;
  const warn = (w: string): void => {
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
    if (res.warning) warn(res.warning);
    if (settings.webhookUrl) {
      const { postRunSummary } = await import('./webhook.js');
      const w = await postRunSummary(settings.webhookUrl, report, { clock: deps.clock, ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}) });
      if (w) warn(w);
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
      if (settings.metricsFile) await writeMetricsFile(settings.metricsFile, text);
      if (config.monitoring.pushgatewayUrl)
        await pushMetrics(config.monitoring.pushgatewayUrl, config.monitoring.pushgatewayJob, text, deps.fetchImpl).catch((err: unknown) =>
          warn(`metrics not pushed: ${errorMessage(err)}`),
        );
    } catch (err) {
      warn(`metrics not written: ${errorMessage(err)}`);
    }
  }
}

/** After `health` (the watchdog): a critical result opens the failure issue (or adds today's comment). */
export async function afterHealthForMaintainer(args: {
  health: HealthResult;
  history: RunRecord[];
  config: Config;
  settings: MaintainerSettings;
  deps: MaintainerDeps;
}): Promise<string | undefined> {
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
  if (res.warning) args.deps.logger.warn(res.warning);
  return res.warning;
}

