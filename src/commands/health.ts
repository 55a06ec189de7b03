/**
 * `wiki-daily health | status | monitor`: gather real readings (machine, git, locks, backups, run
 * history, today's day log), evaluate them, and show or write the result.
 *
 * The run history in the state folder can be lost (a new machine, an evicted cache), so the day logs
 * committed in the repository are read too: "last success" is judged on the repository state.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CommandOutcome, Deps } from './types.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { errorMessage, UsageError } from '../errors.js';
import { listFiles, writeFileAtomic } from '../fsutil.js';
import { openRepo } from '../git/repo.js';
import { detectAnomalies } from '../ops/anomaly.js';
import { listSnapshots, storeSize } from '../ops/backup/store.js';
import { notifyRun } from '../ops/discord.js';
import { evaluateHealth, readSystem, worstLevel, type HealthResult } from '../ops/health.js';
import { readRuns, type RunRecord } from '../ops/history.js';
import { lockStatus } from '../ops/lock.js';
import { buildStatus, statusTargets } from '../ops/status.js';
import { finishReport, newReport } from '../report/report.js';
import { parseDayLog } from '../pages/daylog.js';
import { dayLogPathFor } from '../pages/plan.js';
import type { Settings } from '../settings.js';
import { statePaths } from '../state.js';
import { localDate, zonedToUtc } from '../time.js';

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const f of await listFiles(dir, '')) total += (await stat(path.join(dir, f))).size;
  return total;
}

/** Day logs of the last few days as run records (status and the time of their last history line). */
export async function runsFromDayLogs(root: string, config: Config, now: number, days = 14): Promise<RunRecord[]> {
  const out: RunRecord[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = localDate(now - i * 86_400_000, config.timezone);
    const rel = dayLogPathFor(config, date);
    let text: string;
    try {
      text = await readFile(path.join(root, rel), 'utf8');
    } catch {
      continue;
    }
    const log = parseDayLog(text, rel, config.timezone);
    if (!log.status) continue;
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const finishedAt = log.lastRunAt ?? zonedToUtc(y, m, d, 23, 59, 0, config.timezone).toISOString();
    out.push({
      command: 'run',
      status: log.status,
      ...(log.reason ? { reason: log.reason } : {}),
      startedAt: finishedAt,
      finishedAt,
      durationMs: 0,
      date,
      itemsCollected: 0,
      itemsAdded: 0,
      sourcesOk: 0,
      sourcesFailed: 0,
      cacheHitRate: 0,
      committed: true,
    });
  }
  return out;
}

const MACHINE_CHECKS = new Set(['cpu', 'memory', 'disk', 'processes']);

/**
 * On Actions the machine is a fresh runner, not where the wiki lives: its CPU, memory and disk say
 * nothing about the daily update, so they are shown but can at most warn (the watchdog must fail for
 * the wiki's reasons — no success for 36 h, a failed day log — never for a busy runner).
 */
export function runnerView(h: HealthResult): HealthResult {
  const checks = h.checks.map((c) =>
    MACHINE_CHECKS.has(c.name) && c.level === 'critical' ? { ...c, level: 'warn' as const, reason: `${c.reason} (runner machine: informational)` } : c,
  );
  return { level: worstLevel(checks.map((c) => c.level)), checks };
}

export interface Gathered {
  health: HealthResult;
  /** Real run records from the state folder (for statistics). */
  runs: RunRecord[];
  today: string;
}

export async function gatherHealth(settings: Settings, config: Config, deps: Deps): Promise<Gathered> {
  const state = statePaths(settings.stateDir);
  const now = deps.clock.now();
  const today = localDate(now, config.timezone);
  const readings = await readSystem(settings.root);
  const stateRuns = (await readRuns(state.runsFile, 1000, deps.logger)).filter((r) => r.command === 'run');
  const logRuns = await runsFromDayLogs(settings.root, config, now);
  const runs = [...stateRuns, ...logRuns.filter((l) => !stateRuns.some((r) => r.date === l.date && r.status === l.status))].sort(
    (a, b) => a.finishedAt.localeCompare(b.finishedAt),
  );
  const todayRel = dayLogPathFor(config, today);
  let todayLog: { date: string; status: string } | undefined;
  try {
    const parsed = parseDayLog(await readFile(path.join(settings.root, todayRel), 'utf8'), todayRel, config.timezone);
    if (parsed.status) todayLog = { date: today, status: parsed.status };
  } catch {
    todayLog = undefined;
  }

  let git: { dirtyOther: string[]; ahead?: number; behind?: number } | undefined;
  try {
    const repo = openRepo(settings.root, deps.logger);
    if (await repo.isRepo()) {
      const own = [config.pages.newsDir + '/', config.pages.seenFile, config.pages.dailyReportPage, config.pages.systemStatusPage, config.pages.indexPage];
      const stateRel = path.relative(settings.root, state.root);
      const dirty = (await repo.dirtyFiles()).filter(
        (f) => !own.some((o) => f === o || (o.endsWith('/') && f.startsWith(o))) && !(stateRel && f.startsWith(stateRel)),
      );
      const ab = await repo.aheadBehind(config.git.remote, config.git.branch || undefined).catch(() => undefined);
      git = { dirtyOther: dirty, ...(ab ? { ahead: ab.ahead, behind: ab.behind } : {}) };
    }
  } catch (err) {
    deps.logger.warn(`git check skipped: ${errorMessage(err)}`);
  }

  const locks = (await lockStatus(state.locks, { staleMs: config.lock.staleMinutes * 60_000, clock: deps.clock })).map((l) => ({
    name: l.name,
    stale: l.stale,
    ageMs: l.ageMs,
  }));
  const snapshots = await listSnapshots(state.backups);
  const storeBytes = await storeSize(state.backups);
  const history = stateRuns.filter((r) => r.status === 'success' || r.status === 'partial');
  const last = history.at(-1);
  const anomalies = last
    ? detectAnomalies(
        { durationMs: last.durationMs, itemsCollected: last.itemsCollected, itemsAdded: last.itemsAdded },
        history.slice(-31, -1),
        config.health.anomalyZ,
      )
    : [];
  const health = evaluateHealth({
    settings: config.health,
    readings,
    now,
    ...(git ? { git } : {}),
    locks,
    backups: {
      ...(snapshots[0] ? { newestAt: snapshots[0].createdAt } : {}),
      totalBytes: storeBytes,
      budgetBytes: config.backup.maxSizeMb * 1024 * 1024,
    },
    runs,
    ...(todayLog ? { todayLog } : {}),
    today,
    stateBytes: await dirBytes(state.root),
    anomalies,
  });
  return { health: settings.onActions ? runnerView(health) : health, runs: stateRuns, today };
}

function healthText(h: HealthResult): string {
  const icon = { ok: '✓', warn: '!', critical: '✗' } as const;
  return [`health: ${h.level.toUpperCase()}`, ...h.checks.map((c) => `  ${icon[c.level]} ${c.name}: ${c.reason}`)].join('\n');
}

/** The watchdog's alert: a critical health result goes to Discord like a failed run (throttled the same way); the next healthy one is its "recovered". */
async function alertCritical(h: HealthResult, settings: Settings, config: Config, deps: Deps, today: string): Promise<void> {
  const critical = h.checks.filter((c) => c.level === 'critical');
  const report = finishReport(newReport('health', config, deps.clock.now()), deps.clock.now());
  report.date = today;
  report.status = critical.length ? 'failed' : 'success';
  report.reason = critical.length ? `health critical: ${critical.map((c) => `${c.name} — ${c.reason}`).join('; ')}` : 'health ok';
  report.errors = critical.map((c) => `${c.name}: ${c.reason}`);

  const env = deps.env;
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
    report.runUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  await notifyRun(report, {
    // Throttle on which checks are critical, not on their live numbers (CPU 93 % vs 94 % is one problem).
    throttleKey: `health:${critical.map((c) => c.name).sort().join(',')}`,
    ...(settings.discordWebhook ? { webhookUrl: settings.discordWebhook } : {}),
    settings: { ...config.discord, notifySuccess: false },
    statePaths: statePaths(settings.stateDir),
    logger: deps.logger,
    clock: deps.clock,
  });
}

export async function cmdHealth(settings: Settings, deps: Deps): Promise<CommandOutcome> {
  const config = await loadConfig(settings.configFile);
  if (settings.command === 'monitor') {
    // The parser requires --interval; the Action has no monitor input, so a missing one is a bug here.
    if (settings.intervalSeconds === undefined) throw new UsageError('monitor needs --interval S');
    const interval = settings.intervalSeconds * 1000;
    const count = settings.count ?? Infinity;
    const samples: unknown[] = [];
    let worst = 0;
    for (let i = 0; i < count; i++) {
      const g = await gatherHealth(settings, config, deps);
      const line = `${new Date(deps.clock.now()).toISOString()} ${g.health.level}: ${g.health.checks
        .filter((c) => c.level !== 'ok')
        .map((c) => `${c.name} (${c.reason})`)
        .join('; ') || 'all checks ok'}`;
      if (settings.json) samples.push({ at: new Date(deps.clock.now()).toISOString(), ...g.health });
      else deps.logger.info(line);
      worst = Math.max(worst, g.health.level === 'critical' ? 1 : 0);
      if (i + 1 < count) await deps.clock.sleep(interval);
    }
    return { exitCode: worst, json: samples, text: `monitor: ${samples.length || count} sample(s)`, outputs: {} };
  }
  const g = await gatherHealth(settings, config, deps);
  if (settings.command === 'status') {
    const state = statePaths(settings.stateDir);
    const pageRel = config.pages.systemStatusPage;
    const pageFile = path.join(settings.root, pageRel);
    let existing: string | undefined;
    try {
      existing = await readFile(pageFile, 'utf8');
    } catch {
      existing = undefined;
    }
    const snaps = await listSnapshots(state.backups);
    const status = buildStatus({
      runs: g.runs,
      health: g.health,
      backups: snaps.map((s) => ({ id: s.id, createdAt: s.createdAt, bytes: s.size })),
      backupStoreBytes: await storeSize(state.backups),
      now: deps.clock.now(),
      timezone: config.timezone,
      ...(existing !== undefined ? { existingPage: existing } : {}),
      pageFile: pageRel,
      // issue 12: availability over 90 days from the committed day logs, and the guide's targets.
      dayLogRuns: await runsFromDayLogs(settings.root, config, deps.clock.now(), 90),
      targets: statusTargets(config),
    });
    const changed = status.markdown !== existing;
    if (changed && !settings.dryRun) await writeFileAtomic(pageFile, status.markdown);
    const what = !changed ? `${pageRel} is up to date` : settings.dryRun ? `would write ${pageRel} (dry run: nothing written)` : `wrote ${pageRel}`;
    return {
      exitCode: 0,
      json: settings.dryRun ? { ...status.json, dryRun: true, wouldWrite: changed ? pageRel : null } : status.json,
      text: `${what}\n${healthText(g.health)}`,
      outputs: { status: g.health.level, 'changed-files': changed && !settings.dryRun ? pageRel : '' },
    };
  }
  // Every result goes through the alert logic, not only critical ones: a healthy check after a critical
  // one is what sends "recovered" (notifySuccess stays off, so a healthy result is otherwise silent).
  try {
    await alertCritical(g.health, settings, config, deps, g.today);
  } catch (err) {
    deps.logger.warn(`health alert not sent: ${errorMessage(err)}`);
  }
  // issue 12 (maintainer view): the watchdog applies the failure-issue rule too.
  if (settings.command === 'health') {
    const { afterHealthForMaintainer } = await import('../ops/maintainer.js');
    await afterHealthForMaintainer({ health: g.health, history: g.runs, config, settings, deps });
  }
  const critical = g.health.checks.filter((c) => c.level === 'critical');
  return {
    exitCode: g.health.level === 'critical' ? 1 : 0,
    ...(critical.length ? { failureReason: `health critical: ${critical.map((c) => `${c.name} — ${c.reason}`).join('; ')}` } : {}),
    json: g.health,
    text: healthText(g.health),
    summary: `## wiki-daily health: ${g.health.level}\n\n| check | level | reason |\n|---|---|---|\n${g.health.checks
      .map((c) => `| ${c.name} | ${c.level} | ${c.reason.replace(/\|/g, '\\|')} |`)
      .join('\n')}\n`,
    outputs: { status: g.health.level },
  };
}
