/**
 * Report: anomalies against the history, the history line, and the Discord message. Never fails the
 * run: a problem here becomes a warning in the report.
 */
import { errorMessage } from '../../errors.js';
import { detectAnomalies } from '../../ops/anomaly.js';
import { notifyRun } from '../../ops/discord.js';
import { appendRun, readRuns, recordFromReport } from '../../ops/history.js';
import type { RunReport } from '../../model.js';
import type { StageContext } from '../context.js';

export async function reportRun(ctx: StageContext, report: RunReport): Promise<void> {
  if (report.dryRun) return;
  const { config, settings, logger, clock, state } = ctx;
  try {
    const history = (await readRuns(state.runsFile, 200)).filter((r) => r.command === 'run' && (r.status === 'success' || r.status === 'partial'));
    if (report.status !== 'skipped') {
      report.anomalies = detectAnomalies(
        { durationMs: report.durationMs, itemsCollected: report.itemsCollected, itemsAdded: report.itemsAdded },
        history.slice(-30),
        config.health.anomalyZ,
      );
      for (const a of report.anomalies) logger.warn(`anomaly: ${a.metric} = ${a.value} (median ${a.median}, robust z ${a.z.toFixed(1)})`);
    }
    await appendRun(state.runsFile, recordFromReport(report));
  } catch (err) {
    report.warnings.push(`run history not updated: ${errorMessage(err)}`);
  }
  if (report.status === 'skipped') return;
  try {
    const res = await notifyRun(report, {
      ...(settings.discordWebhook ? { webhookUrl: settings.discordWebhook } : {}),
      settings: config.discord,
      statePaths: state,
      logger,
      clock,
    });
    if (res.queued) report.warnings.push(`Discord unreachable: ${res.queued} message(s) queued for the next run`);
  } catch (err) {
    report.warnings.push(`Discord alert failed: ${errorMessage(err)}`);
  }
}
