/**
 * The command dispatcher shared by the CLI and the Action. Each command returns one CommandOutcome;
 * the callers only decide how to show it (stdout text/JSON, or job summary + step outputs).
 *
 * Modules that only one command needs are imported lazily so `node dist/index.js` starts fast.
 */
import type { CollectProgressCallback } from './collect/collect.js';
import { loadConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { exitCodeFor, errorMessage, UsageError } from './errors.js';
import type { Logger } from './log.js';
import type { RunReport } from './model.js';
import type { Settings } from './settings.js';
import { statePaths } from './state.js';
import type { Clock } from './time.js';

export interface Deps {
  logger: Logger;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  /** Progress of long work (the CLI shows it; the Action logs through the logger instead). */
  onProgress?: CollectProgressCallback;
}

export interface CommandOutcome {
  exitCode: number;
  /** What `--json` prints (one JSON value). */
  json: unknown;
  /** What a person reads in a terminal. */
  text: string;
  /** Markdown for the GitHub job summary. */
  summary?: string;
  /** Step outputs (Action). */
  outputs: Record<string, string>;
  /** Why the command failed, for the Action's failure message (defaults to the report's reason). */
  failureReason?: string;
  report?: RunReport;
}

export function reportOutputs(r: RunReport): Record<string, string> {
  return {
    status: r.status,
    'items-added': String(r.itemsAdded),
    'changed-files': r.changedFiles.join('\n'),
    'commit-sha': r.commitSha ?? '',
    'backup-id': r.backupId ?? '',
  };
}

export function exitCodeForStatus(status: string): number {
  return status === 'failed' ? 1 : 0;
}

async function outcomeFromReport(r: RunReport, settings: Settings, deps: Deps): Promise<CommandOutcome> {
  const { renderSummary, renderText } = await import('./report/render.js');
  const repoUrl =
    deps.env.GITHUB_SERVER_URL && deps.env.GITHUB_REPOSITORY ? `${deps.env.GITHUB_SERVER_URL}/${deps.env.GITHUB_REPOSITORY}` : undefined;
  const text = renderText(r) + (r.diff && !settings.json ? `\n\n${r.diff}` : '');
  return {
    exitCode: exitCodeForStatus(r.status),
    json: r,
    text,
    summary: renderSummary(r, { ...(repoUrl ? { repoUrl } : {}), ...(r.commitSha ? { ref: r.commitSha } : {}) }),
    outputs: reportOutputs(r),
    report: r,
  };
}

/** After `run`: anomalies against history, the history line, and the Discord message. Never fails the run. */
async function afterRun(report: RunReport, config: Config, settings: Settings, deps: Deps): Promise<void> {
  if (report.dryRun) return;
  const state = statePaths(settings.stateDir);
  try {
    const { readRuns, appendRun, recordFromReport } = await import('./ops/history.js');
    const { detectAnomalies } = await import('./ops/anomaly.js');
    const history = (await readRuns(state.runsFile, 200)).filter((r) => r.command === 'run' && (r.status === 'success' || r.status === 'partial'));
    if (report.status !== 'skipped') {
      report.anomalies = detectAnomalies(
        { durationMs: report.durationMs, itemsCollected: report.itemsCollected, itemsAdded: report.itemsAdded },
        history.slice(-30),
        config.health.anomalyZ,
      );
      for (const a of report.anomalies) deps.logger.warn(`anomaly: ${a.metric} = ${a.value} (median ${a.median}, robust z ${a.z.toFixed(1)})`);
    }
    await appendRun(state.runsFile, recordFromReport(report));
  } catch (err) {
    report.warnings.push(`run history not updated: ${errorMessage(err)}`);
  }
  if (report.status === 'skipped') return;
  try {
    const { notifyRun } = await import('./ops/discord.js');
    const res = await notifyRun(report, {
      ...(settings.discordWebhook ? { webhookUrl: settings.discordWebhook } : {}),
      settings: config.discord,
      statePaths: state,
      logger: deps.logger,
      clock: deps.clock,
    });
    if (res.queued) report.warnings.push(`Discord unreachable: ${res.queued} message(s) queued for the next run`);
  } catch (err) {
    report.warnings.push(`Discord alert failed: ${errorMessage(err)}`);
  }
}

async function cmdRun(settings: Settings, deps: Deps): Promise<CommandOutcome> {
  const config = await loadConfig(settings.configFile);
  const { runDaily } = await import('./run/daily.js');
  const report = await runDaily({ settings, config, logger: deps.logger, clock: deps.clock, env: deps.env, ...(deps.onProgress ? { onProgress: deps.onProgress } : {}) });
  await afterRun(report, config, settings, deps);
  return outcomeFromReport(report, settings, deps);
}

async function cmdCollect(settings: Settings, deps: Deps): Promise<CommandOutcome> {
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
    const res = await collectSources(config, fetcher, deps.logger, deps.onProgress);
    report.stages.push({ stage: 'collect', durationMs: deps.clock.now() - started, ok: true });
    const byId = new Map<string, RunReport['sources'][number]['itemList']>();
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
    if (cs.reason) report.reason = cs.reason;
  } finally {
    await fetcher.close();
  }
  rep.finishReport(report, deps.clock.now());
  const outcome = await outcomeFromReport(report, settings, deps);
  const { collectListing } = await import('./report/collect-text.js');
  return { ...outcome, text: `${outcome.text}\n\n${collectListing(report, settings.verbose)}` };
}

async function cmdSchema(settings: Settings): Promise<CommandOutcome> {
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

export async function execute(settings: Settings, deps: Deps): Promise<CommandOutcome> {
  switch (settings.command) {
    case 'run':
      return cmdRun(settings, deps);
    case 'collect':
      return cmdCollect(settings, deps);
    case 'schema':
      return cmdSchema(settings);
    case 'demo':
      return (await import('./demo/demo.js')).runDemo(settings, deps);
    case 'backup':
      return (await import('./commands/backup.js')).cmdBackup(settings, deps);
    case 'health':
    case 'status':
    case 'monitor':
      return (await import('./commands/health.js')).cmdHealth(settings, deps);
    case 'lock':
      return (await import('./commands/lock.js')).cmdLock(settings, deps);
    default:
      throw new UsageError(`unknown command ${String(settings.command)}`);
  }
}

/** For the callers' catch: a failure as an outcome (exit 2 for usage/config, 1 otherwise). */
export function failureOutcome(err: unknown): CommandOutcome {
  const message = errorMessage(err);
  return {
    exitCode: exitCodeFor(err),
    json: { status: 'failed', error: message },
    text: `error: ${message}`,
    outputs: { status: 'failed' },
  };
}
