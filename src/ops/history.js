/**
 * Run history: one JSON line per finished run in the state folder (statePaths(state).runsFile).
 * Health, the status page and anomaly detection read it; losing it loses only history.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { readIfExists, writeFileAtomic } from '../fsutil.js';
import { silentLogger } from '../log.js';
import { corruptStateMessage, parseState, runRecordSchema } from '../state-schemas.js';
/** The history never grows past this many lines; older runs carry no signal for 30-run statistics. */
export const MAX_RUN_RECORDS = 1000;
export function recordFromReport(r) {
    const finishedAt = r.finishedAt ?? new Date(Date.parse(r.startedAt) + r.durationMs).toISOString();
    const sourcesFailed = r.sources.filter((s) => s.outcome === 'failed').length;
    const rec = {
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
    if (r.reason !== undefined)
        rec.reason = r.reason;
    if (r.commitSha !== undefined)
        rec.commitSha = r.commitSha;
    if (r.runUrl !== undefined)
        rec.runUrl = r.runUrl;
    return rec;
}
/**
 * Append one record. When the file would pass MAX_RUN_RECORDS lines it is rewritten atomically with
 * the newest ones, so a crash mid-trim never loses the whole history.
 */
export async function appendRun(file, rec) {
    const line = JSON.stringify(rec);
    let existing;
    try {
        existing = (await readIfExists(file)) ?? '';
    }
    catch (err) {
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
    }
    catch (err) {
        throw new Error(`cannot write run history ${file}: ${errorMessage(err)}`, { cause: err });
    }
}
/**
 * Records oldest → newest (the last `limit` when given). A missing file is an empty history; a line
 * that is not a valid record is skipped with a warning naming the file and line.
 */
export async function readRuns(file, limit, logger = silentLogger) {
    let text;
    try {
        text = await readIfExists(file);
    }
    catch (err) {
        throw new Error(`cannot read run history ${file}: ${errorMessage(err)}`, { cause: err });
    }
    if (text === undefined)
        return [];
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].trim();
        if (raw === '')
            continue;
        const parsed = parseState(runRecordSchema, raw);
        if (!parsed.ok) {
            logger.warn(corruptStateMessage(`${file}:${i + 1}`, 'run history line', parsed.problem, 'line skipped'));
            continue;
        }
        const value = parsed.value;
        out.push(value);
    }
    return limit !== undefined && limit >= 0 ? out.slice(Math.max(0, out.length - limit)) : out;
}
