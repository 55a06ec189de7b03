import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../support/memory-logger.js';
import { emptyLaneCounts, type RunReport } from '../../src/model.js';
import { appendRun, MAX_RUN_RECORDS, readRuns, recordFromReport, type RunRecord } from '../../src/ops/history.js';
import { statePaths } from '../../src/state.js';

function rec(i: number, over: Partial<RunRecord> = {}): RunRecord {
  return {
    command: 'run',
    status: 'success',
    startedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    finishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000 + 1000).toISOString(),
    durationMs: 1000,
    date: '2026-01-01',
    itemsCollected: i,
    itemsAdded: 0,
    sourcesOk: 1,
    sourcesFailed: 0,
    cacheHitRate: 0,
    committed: false,
    ...over,
  };
}

describe('run history', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'wd-history-'));
    file = statePaths(path.join(dir, 'state')).runsFile;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('derives a record from a report', () => {
    const report: RunReport = {
      command: 'run',
      status: 'partial',
      reason: '1 of 3 sources failed',
      startedAt: '2026-11-27T00:00:00.000Z',
      durationMs: 90_500,
      date: '2026-11-27',
      timezone: 'Asia/Seoul',
      dryRun: false,
      sources: [
        { id: 'a', kind: 'feed', url: 'https://a/', outcome: 'fetched', items: 2, durationMs: 1, bytesDownloaded: 1, attempts: 1 },
        { id: 'b', kind: 'feed', url: 'https://b/', outcome: 'not-modified', items: 0, durationMs: 1, bytesDownloaded: 0, attempts: 1 },
        { id: 'c', kind: 'feed', url: 'https://c/', outcome: 'failed', items: 0, error: 'HTTP 500', durationMs: 1, bytesDownloaded: 0, attempts: 3 },
      ],
      cache: { hits: 1, conditionalHits: 1, misses: 2, hitRate: 0.5 },
      itemsCollected: 7,
      itemsAdded: 3,
      lanes: emptyLaneCounts(),
      pages: {},
      changedFiles: [],
      committed: true,
      commitSha: 'abc123',
      pushed: true,
      stages: [],
      errors: [],
      warnings: [],
      anomalies: [],
    };
    expect(recordFromReport(report)).toEqual({
      command: 'run',
      status: 'partial',
      reason: '1 of 3 sources failed',
      startedAt: '2026-11-27T00:00:00.000Z',
      finishedAt: '2026-11-27T00:01:30.500Z',
      durationMs: 90_500,
      date: '2026-11-27',
      itemsCollected: 7,
      itemsAdded: 3,
      sourcesOk: 2,
      sourcesFailed: 1,
      cacheHitRate: 0.5,
      committed: true,
      commitSha: 'abc123',
    });
  });

  it('appends one line per run and reads them back oldest first, with a limit', async () => {
    expect(await readRuns(file)).toEqual([]);
    for (let i = 0; i < 5; i++) await appendRun(file, rec(i));
    const text = await readFile(file, 'utf8');
    expect(text.split('\n')).toHaveLength(6); // 5 lines + trailing newline
    expect((await readRuns(file)).map((r) => r.itemsCollected)).toEqual([0, 1, 2, 3, 4]);
    expect((await readRuns(file, 2)).map((r) => r.itemsCollected)).toEqual([3, 4]);
    expect(await readRuns(file, 0)).toEqual([]);
  });

  it('keeps only the last 1000 runs', async () => {
    const lines = Array.from({ length: MAX_RUN_RECORDS }, (_, i) => JSON.stringify(rec(i))).join('\n') + '\n';
    await appendRun(file, rec(0)); // creates the folder
    await writeFile(file, lines);
    await appendRun(file, rec(MAX_RUN_RECORDS));
    const runs = await readRuns(file);
    expect(runs).toHaveLength(MAX_RUN_RECORDS);
    expect(runs[0]!.itemsCollected).toBe(1);
    expect(runs.at(-1)!.itemsCollected).toBe(MAX_RUN_RECORDS);
  });

  it('skips corrupt lines with a warning naming file and line, and never glues onto a torn last line', async () => {
    await appendRun(file, rec(1));
    await appendFile(file, '{"command":"run","status":"succ\n');
    await appendFile(file, '{"command":"run"}\n');
    await appendFile(file, '{"torn":'); // a crash mid-write: no newline
    await appendRun(file, rec(2));
    const logger = new MemoryLogger();
    const runs = await readRuns(file, undefined, logger);
    expect(runs.map((r) => r.itemsCollected)).toEqual([1, 2]);
    expect(logger.lines).toEqual([
      expect.stringMatching(new RegExp(`^warning: .*runs\\.jsonl:2: unreadable run history line \\(not valid JSON: .+\\); line skipped$`)),
      `warning: ${file}:3: unreadable run history line (status: Invalid option: expected one of "success"|"partial"|"failed"|"skipped"|"running" (and 10 more problems)); line skipped`,
      expect.stringContaining(`${file}:4: unreadable run history line (not valid JSON`),
    ]);
  });
});
