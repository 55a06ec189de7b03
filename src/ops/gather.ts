/**
 * Health readings gathered from the machine, git, locks, backups, the run history and the committed day
 * logs. Shared by `wiki-daily health | status | monitor` and by the run (the system status page).
 *
 * The run history in the state folder can be lost (a new machine, an evicted cache), so the day logs
 * committed in the repository are read too: "last success" is judged on the repository state.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { errorMessage } from '../errors.js';
import { listFiles } from '../fsutil.js';
import { seenFiles } from '../gate/seen.js';
import { openRepo } from '../git/repo.js';
import type { Logger } from '../log.js';
import { detectAnomalies } from './anomaly.js';
import { listSnapshots, storeSize } from './backup/store.js';
import { evaluateHealth, readSystem, worstLevel, type HealthResult } from './health.js';
import { readRuns, type RunRecord } from './history.js';
import { lockStatus } from './lock.js';
import { parseDayLog } from '../pages/daylog.js';
import { dayLogPathFor } from '../pages/plan.js';
import type { Settings } from '../settings.js';
import { statePaths } from '../state.js';
import { localDate, zonedToUtc, type Clock } from '../time.js';

interface GatherDeps {
  logger: Logger;
  clock: Clock;
}

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

interface Gathered {
  health: HealthResult;
  /** Real run records from the state folder (for statistics). */
  runs: RunRecord[];
  today: string;
}

export async function gatherHealth(settings: Settings, config: Config, deps: GatherDeps): Promise<Gathered> {
  const state = statePaths(settings.stateDir);
  const now = deps.clock.now();
  const today = localDate(now, config.timezone);
  const readings = await readSystem(settings.root);
  const stateRuns = (await readRuns(state.runsFile, 1000, deps.logger)).filter((r) => r.command === 'run');
  const logRuns = await runsFromDayLogs(settings.root, config, now);
  const runs = [...stateRuns, ...logRuns.filter((l) => !stateRuns.some((r) => r.date === l.date && r.status === l.status))].sort(
    (a, b) => (a.finishedAt < b.finishedAt ? -1 : a.finishedAt > b.finishedAt ? 1 : 0),
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
      const own = [config.pages.newsDir + '/', ...seenFiles(config.pages.seenFile), config.pages.dailyReportPage, config.pages.systemStatusPage, config.pages.indexPage];
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
