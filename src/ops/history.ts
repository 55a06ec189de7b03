/**
 * Run history: one JSON line per finished run in the state folder (statePaths(state).runsFile).
 * Health, the status page and anomaly detection read it; losing it loses only history.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { readIfExists, writeFileAtomic } from '../fsutil.js';
import { silentLogger, type Logger } from '../log.js';
import type { RunReport, RunStatus } from '../model.js';

export interface RunRecord {
  command: string;
  status: RunStatus;
  reason?: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Local date of the run (configured timezone), YYYY-MM-DD. */
  date: string;
  itemsCollected: number;
  itemsAdded: number;
  sourcesOk: number;
  sourcesFailed: number;
  /** Share of HTTP requests answered from the cache, 0..1 (copied from RunReport.cache.hitRate). */
  cacheHitRate: number;
  committed: boolean;
  commitSha?: string;
  /** The workflow run's page, when the run was on Actions (the failure issue links it). */
  runUrl?: string;
}

/** The history never grows past this many lines; older runs carry no signal for 30-run statistics. */
export const MAX_RUN_RECORDS = 1000;

const RUN_STATUSES: ReadonlySet<string> = new Set<RunStatus>(['success', 'partial', 'failed', 'skipped', 'running']);

export function recordFromReport(r: RunReport): RunRecord {
  const finishedAt = r.finishedAt ?? new Date(Date.parse(r.startedAt) + r.durationMs).toISOString();
  const sourcesFailed = r.sources.filter((s) => s.outcome === 'failed').length;
  const rec: RunRecord = {
    command: r.command,
    status: r.status,
    startedAt: r.startedAt,
    finishedAt,
    durationMs: r.durationMs,
    date: r.date,
    itemsCollected: r.itemsCollected,
    itemsAdded: r.itemsAdded,
    sourcesOk: r.sources.length - sourcesFailed,
    sourcesFailed,
    cacheHitRate: r.cache.hitRate,
    committed: r.committed,
  };
  if (r.reason !== undefined) rec.reason = r.reason;
  if (r.commitSha !== undefined) rec.commitSha = r.commitSha;
  if (r.runUrl !== undefined) rec.runUrl = r.runUrl;
  return rec;
}

/**
 * Append one record. When the file would pass MAX_RUN_RECORDS lines it is rewritten atomically with
 * the newest ones, so a crash mid-trim never loses the whole history.
 */
export async function appendRun(file: string, rec: RunRecord): Promise<void> {
  const line = JSON.stringify(rec);
  let existing: string;
  try {
    existing = (await readIfExists(file)) ?? '';
  } catch (err) {
    throw new Error(`cannot read run history ${file}: ${errorMessage(err)}`, { cause: err });
  }
  const lines = existing.split('\n').filter((l) => l.trim() !== '');
  try {
    if (lines.length + 1 > MAX_RUN_RECORDS) {
      const kept = lines.slice(lines.length + 1 - MAX_RUN_RECORDS);
      await writeFileAtomic(file, `${[...kept, line].join('\n')}\n`);
      return;
    }
    await mkdir(path.dirname(file), { recursive: true });
    // A crash can leave a last line without its newline; never glue the new record onto it.
    const separator = existing !== '' && !existing.endsWith('\n') ? '\n' : '';
    await appendFile(file, `${separator}${line}\n`, 'utf8');
  } catch (err) {
    throw new Error(`cannot write run history ${file}: ${errorMessage(err)}`, { cause: err });
  }
}

function isRunRecord(v: unknown): v is RunRecord {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.command === 'string' &&
    typeof r.status === 'string' &&
    RUN_STATUSES.has(r.status) &&
    typeof r.startedAt === 'string' &&
    typeof r.finishedAt === 'string' &&
    typeof r.date === 'string' &&
    typeof r.durationMs === 'number' &&
    typeof r.itemsCollected === 'number' &&
    typeof r.itemsAdded === 'number' &&
    typeof r.sourcesOk === 'number' &&
    typeof r.sourcesFailed === 'number' &&
    typeof r.cacheHitRate === 'number' &&
    typeof r.committed === 'boolean'
  );
}

/**
 * Records oldest → newest (the last `limit` when given). A missing file is an empty history; a line
 * that is not a valid record is skipped with a warning naming the file and line.
 */
export async function readRuns(file: string, limit?: number, logger: Logger = silentLogger): Promise<RunRecord[]> {
  let text: string | undefined;
  try {
    text = await readIfExists(file);
  } catch (err) {
    throw new Error(`cannot read run history ${file}: ${errorMessage(err)}`, { cause: err });
  }
  if (text === undefined) return [];
  const out: RunRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      logger.warn(`${file}:${i + 1}: skipped a run history line that is not JSON (${errorMessage(err)})`);
      continue;
    }
    if (!isRunRecord(value)) {
      logger.warn(`${file}:${i + 1}: skipped a run history line that is not a run record`);
      continue;
    }
    out.push(value);
  }
  return limit !== undefined && limit >= 0 ? out.slice(Math.max(0, out.length - limit)) : out;
}
