/**
 * The command dispatcher shared by the CLI and the Action. Each command returns one CommandOutcome;
 * the callers only decide how to show it (stdout text/JSON, or job summary + step outputs).
 *
 * Modules that only one command needs are imported lazily so `node dist/index.js` starts fast.
 */
import { loadConfig } from './config/load.js';
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

async function cmdRun(settings: Settings, deps: Deps): Promise<CommandOutcome> {
  const config = await loadConfig(settings.configFile);
  const { runDaily } = await import('./run/daily.js');
  // History, anomalies and the alert are the run's own report stage.
  const report = await runDaily({ settings, config, logger: deps.logger, clock: deps.clock, env: deps.env });
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
    const res = await collectSources(config, fetcher, deps.logger);
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
  return outcomeFromReport(report, settings, deps);
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
