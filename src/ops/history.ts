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
import { corruptStateMessage, parseState, runRecordSchema } from '../state-schemas.js';

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
    const parsed = parseState(runRecordSchema, raw);
    if (!parsed.ok) {
      logger.warn(corruptStateMessage(`${file}:${i + 1}`, 'run history line', parsed.problem, 'line skipped'));
      continue;
    }
    const value: RunRecord = parsed.value;
    out.push(value);
  }
  return limit !== undefined && limit >= 0 ? out.slice(Math.max(0, out.length - limit)) : out;
}
