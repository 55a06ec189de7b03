/**
 * The wiki index's two files in a real run (src/pages/wikiindex.ts, src/run/stages/apply.ts): the run
 * writes the base before the overlay, commits both, and a fault between the two writes (the run's
 * injected write layer fails the overlay after the base is on disk) leaves no trace; the next run lands
 * the same wiki as a run that never failed.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { writeFileAtomic } from '../../src/fsutil.js';
import type { RunReport } from '../../src/model.js';
import { diskIo, type WriteIo } from '../../src/pages/apply.js';
import { recentIndexFile, WIKI_INDEX_FILE } from '../../src/pages/wikiindex.js';
import { runDaily } from '../../src/run/daily.js';
import { systemClock } from '../../src/time.js';
import { changedPaths, goodFeedsOnly, openWorkspace, type E2eWorkspace } from '../support/e2e.js';
import { commitFiles, isolateGitConfig, porcelain } from '../support/git.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { compareSnapshots, leftovers, resetWorkspace, snapshotWiki, type WikiSnapshot } from '../support/recovery.js';

let restoreGit: () => void;
let ws: E2eWorkspace;
let initial: string;
let reference: WikiSnapshot;
let referenceReport: RunReport;

const OVERLAY = recentIndexFile();

async function runWith(io?: WriteIo, logger = new MemoryLogger()): Promise<RunReport> {
  const settings = ws.settings();
  const config = await loadConfig(settings.configFile);
  return runDaily({ settings, config, logger, clock: systemClock, env: {}, ...(io ? { io } : {}) });
}

/** Writes through to disk, recording the root-relative paths in order; fails the write of `failing`. */
function recordingIo(failing?: string): WriteIo & { written: string[]; beforeFault: string[] } {
  const io = {
    written: [] as string[],
    /** What was written when the fault was injected (the rollback's writes come after). */
    beforeFault: [] as string[],
    async write(file: string, data: string) {
      const rel = path.relative(ws.root, file).split(path.sep).join('/');
      if (rel === failing) io.beforeFault = [...io.written];
      if (rel === failing) throw Object.assign(new Error(`ENOSPC: injected fault, write '${file}'`), { code: 'ENOSPC' });
      // The wiki's files only (the run writes its journal through the same layer).
      if (!rel.startsWith('.')) io.written.push(rel);
      await writeFileAtomic(file, data);
    },
    remove: diskIo.remove,
  };
  return io;
}

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  ws = await openWorkspace(await goodFeedsOnly('atom', 'jsonfeed'));
  initial = (await ws.git('rev-parse', 'HEAD')).trim();
  const io = recordingIo();
  referenceReport = await runWith(io);
  expect(referenceReport.status).toBe('success');
  expect(referenceReport.itemsAdded).toBeGreaterThan(0);
  // The fixture has no index: the first run writes the whole index as the base, then the overlay that
  // names it, after every other file.
  expect(io.written.slice(-2)).toEqual([WIKI_INDEX_FILE, OVERLAY]);
  reference = await snapshotWiki(ws.root, referenceReport.date);
}, 60_000);

afterAll(async () => {
  await ws?.close();
  restoreGit?.();
});

describe('the wiki index base and overlay in a run', () => {
  it('commits both files, the overlay naming the base', async () => {
    expect(referenceReport.changedFiles).toEqual(expect.arrayContaining([WIKI_INDEX_FILE, OVERLAY]));
    const inCommit = (await commitFiles(ws.root, 'HEAD')).map((l) => l.split('\t')[1]);
    expect(inCommit).toEqual(expect.arrayContaining([WIKI_INDEX_FILE, OVERLAY]));
    const baseBlob = (await ws.git('rev-parse', `HEAD:${WIKI_INDEX_FILE}`)).trim();
    expect(await ws.originShow(OVERLAY)).toContain(`\n#base\t${baseBlob}\n`);
  });

  it('a fault writing the overlay after the base leaves no trace, and the next run lands the same wiki', async () => {
    await resetWorkspace(ws, initial);
    const hashes = await ws.hashes();
    const head = (await ws.git('rev-parse', 'HEAD')).trim();
    const origin = await ws.originHead();
    const io = recordingIo(OVERLAY);
    const failed = await runWith(io);
    // The base was on disk when the overlay failed.
    expect(io.beforeFault.at(-1)).toBe(WIKI_INDEX_FILE);
    expect(failed.status).toBe('failed');
    expect(failed.reason).toMatch(/data\/wiki-index-recent\.tsv: cannot write: ENOSPC/);
    // Rolled back: the tree, HEAD, origin and git's index as found, no journal left.
    expect(changedPaths(hashes, await ws.hashes())).toEqual([]);
    expect((await ws.git('rev-parse', 'HEAD')).trim()).toBe(head);
    expect(await ws.originHead()).toBe(origin);
    expect(await porcelain(ws.root)).toEqual([]);
    expect(await readdir(path.join(ws.stateDir, 'journal')).catch(() => [] as string[])).not.toContain('journal.json');

    const again = await runWith();
    expect(again.status, again.reason).toBe('success');
    expect(again.itemsAdded).toBe(referenceReport.itemsAdded);
    expect(compareSnapshots(reference, await snapshotWiki(ws.root, again.date))).toEqual([]);
    expect(await leftovers(ws, again.date)).toEqual([]);
  }, 60_000);

  it("records the index check for the next run, which compares only what changed since (state folder, not the wiki)", async () => {
    const checkFile = path.join(ws.stateDir, 'index-check.json');
    const before = (await ws.git('rev-parse', 'HEAD')).trim();
    const first = await runWith();
    expect(first.status, first.reason).toBe('success');
    const record = JSON.parse(await readFile(checkFile, 'utf8')) as { head: string; overlay: string; base: string; unvouched: string[] };
    // HEAD as the run found it (read before anything was compared), the index files as committed.
    expect(record.head).toBe(before);
    expect(record.overlay).toBe((await ws.git('rev-parse', `HEAD:${OVERLAY}`)).trim());
    expect(record.base).toBe((await ws.git('rev-parse', `HEAD:${WIKI_INDEX_FILE}`)).trim());
    expect(record.unvouched).toEqual([]);
    expect(await porcelain(ws.root)).toEqual([]);
    const logger = new MemoryLogger();
    const second = await runWith(undefined, logger);
    expect(second.status, second.reason).toBe('success');
    expect(logger.lines).toContain(`debug: wiki index: checked what changed since ${before.slice(0, 12)} (its vouch)`);
    // Without the record (a new clone, a lost cache), every page is compared with git, and nothing else changes.
    await rm(checkFile);
    const beforeThird = (await ws.git('rev-parse', 'HEAD')).trim();
    const third = new MemoryLogger();
    const report = await runWith(undefined, third);
    expect(report.status, report.reason).toBe('success');
    expect(report.itemsAdded).toBe(second.itemsAdded);
    expect(third.lines).toContain('debug: wiki index: every tracked file checked against git');
    // And it records its own check again.
    expect((JSON.parse(await readFile(checkFile, 'utf8')) as { head: string }).head).toBe(beforeThird);
  }, 60_000);
});
