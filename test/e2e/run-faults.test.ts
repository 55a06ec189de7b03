/**
 * Faults during a run, in-process with an injected write layer (this machine runs tests as root, so a
 * chmod would not stop a write; the injected layer fails exactly where the test says): ENOSPC at each
 * write in turn, a read-only page, an unwritable state folder, garbage lines in the seen file, a
 * missing origin and a detached HEAD. Each failure is checked for what it leaves behind.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/app.js';
import { loadConfig } from '../../src/config/load.js';
import { writeFileAtomic } from '../../src/fsutil.js';
import { MemoryLogger } from '../support/memory-logger.js';
import type { RunReport } from '../../src/model.js';
import { diskIo, type WriteIo } from '../../src/pages/apply.js';
import { runDaily } from '../../src/run/daily.js';
import { renderText } from '../../src/report/render.js';
import { systemClock } from '../../src/time.js';
import { isolateGitConfig, porcelain } from '../support/git.js';
import { changedPaths, goodFeedsOnly, openWorkspace, type E2eWorkspace } from '../support/e2e.js';
import { compareSnapshots, leftovers, resetWorkspace, snapshotWiki, type WikiSnapshot } from '../support/recovery.js';

let restoreGit: () => void;
let ws: E2eWorkspace;
let initial: string;
let reference: WikiSnapshot;
let date: string;
let firstAdded: number;

function errno(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault, write '${file}'`), { code });
}

/** Fails the n-th write (1-based) with `code`; counts every write. */
function failNthWrite(n: number, code = 'ENOSPC'): WriteIo & { writes: number } {
  const io = {
    writes: 0,
    async write(file: string, data: string) {
      io.writes++;
      if (io.writes === n) throw errno(code, file);
      await writeFileAtomic(file, data);
    },
    remove: diskIo.remove,
  };
  return io;
}

function failWritesUnder(prefix: string, code: string): WriteIo {
  return {
    async write(file, data) {
      if (file.startsWith(prefix)) throw errno(code, file);
      await writeFileAtomic(file, data);
    },
    remove: diskIo.remove,
  };
}

async function runWith(io?: WriteIo, extra: string[] = []): Promise<RunReport> {
  const settings = ws.settings(extra);
  const config = await loadConfig(settings.configFile);
  return runDaily({ settings, config, logger: new MemoryLogger(), clock: systemClock, env: {}, ...(io ? { io } : {}) });
}

/** The run failed and left branch, remote, working tree and index exactly as found. */
async function expectNoTrace(
  report: RunReport,
  before: { hashes: Map<string, string>; head: string; origin: string },
  opts: { ownJournalOnly?: boolean } = {},
): Promise<void> {
  expect(report.status).toBe('failed');
  expect(report.committed).toBe(false);
  expect(report.pushed).toBe(false);
  expect(changedPaths(before.hashes, await ws.hashes())).toEqual([]);
  expect((await ws.git('rev-parse', 'HEAD')).trim()).toBe(before.head);
  expect(await ws.originHead()).toBe(before.origin);
  expect(await porcelain(ws.root)).toEqual([]);
  if (!opts.ownJournalOnly) expect(await readdir(path.join(ws.stateDir, 'journal')).catch(() => [])).not.toContain('journal.json');
}

async function found(): Promise<{ hashes: Map<string, string>; head: string; origin: string }> {
  return { hashes: await ws.hashes(), head: (await ws.git('rev-parse', 'HEAD')).trim(), origin: await ws.originHead() };
}

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  ws = await openWorkspace(await goodFeedsOnly('atom', 'jsonfeed', 'magazine'));
  initial = (await ws.git('rev-parse', 'HEAD')).trim();
  const first = await runWith();
  expect(first.status).toBe('success');
  expect(first.itemsAdded).toBeGreaterThan(3);
  date = first.date;
  firstAdded = first.itemsAdded;
  reference = await snapshotWiki(ws.root, date);
}, 60_000);
afterAll(async () => {
  await ws?.close();
  restoreGit?.();
});

describe('faults during a run', () => {
  it('ENOSPC at each write in turn: the run fails with file and cause, leaves no trace, and the next run lands everything', async () => {
    let injected = 0;
    for (let n = 1; ; n++) {
      await resetWorkspace(ws, initial);
      const before = await found();
      const io = failNthWrite(n);
      const report = await runWith(io);
      if (io.writes < n) break; // every write of a run has had its turn
      injected++;
      await expectNoTrace(report, before);
      expect(report.reason).toMatch(/ENOSPC/);
      // The error names the place: a page, the seen file, or (probe) the folder that cannot be written.
      expect(report.reason).toMatch(/(pages|news|data)\/|\.wiki-daily/);
      const again = await runWith();
      expect(again.status, `after ENOSPC at write ${n}: ${again.reason}`).toBe('success');
      expect(compareSnapshots(reference, await snapshotWiki(ws.root, date))).toEqual([]);
      expect(await leftovers(ws, date)).toEqual([]);
    }
    console.log(`ENOSPC injected at ${injected} writes in turn, 0 invariant violations`);
    expect(injected).toBeGreaterThan(5);
  }, 180_000);

  it('a double fault (the rollback fails too) keeps the journal, and the next run undoes from it and lands everything', async () => {
    await resetWorkspace(ws, initial);
    const contentWrites: string[] = [];
    const io: WriteIo = {
      async write(file, data) {
        const rel = path.relative(ws.root, file);
        if (/^(pages|news|data)\//.test(rel) && !rel.includes('wiki-daily-probe')) {
          contentWrites.push(rel);
          // The first content write lands; every later one (the rest and the rollback) fails.
          if (contentWrites.length > 1) throw errno('EIO', file);
        }
        await writeFileAtomic(file, data);
      },
      async remove(file) {
        if (!file.includes('wiki-daily-probe')) throw errno('EIO', file);
        await diskIo.remove(file);
      },
    };
    const report = await runWith(io);
    expect(report.status).toBe('failed');
    expect(report.reason).toMatch(/EIO.*rolling back also failed/);
    expect(report.errors.join('\n')).toMatch(/could not undo every write \(the next run retries\)/);
    expect(await readdir(path.join(ws.stateDir, 'journal'))).toContain('journal.json');
    expect((await porcelain(ws.root)).length).toBeGreaterThan(0);

    const again = await runWith();
    expect(again.status).toBe('success');
    expect(again.repaired!.join('\n')).toMatch(/undid 1 uncommitted write/);
    expect(compareSnapshots(reference, await snapshotWiki(ws.root, date))).toEqual([]);
    expect(await leftovers(ws, date)).toEqual([]);
  });

  it('a read-only page: the run fails naming the page and EACCES, nothing is marked seen, and nothing stays written', async () => {
    await resetWorkspace(ws, initial);
    const before = await found();
    // A page the run edits (its text differs from the initial commit's after a clean run).
    let page = '';
    for (const [f, text] of reference.files)
      if (f.startsWith('pages/') && text !== (await ws.git('show', `${initial}:${f}`).catch(() => ''))) page ||= f;
    expect(page).not.toBe('');
    const report = await runWith(failWritesUnder(path.join(ws.root, page), 'EACCES'));
    await expectNoTrace(report, before);
    expect(report.reason).toContain(page);
    expect(report.reason).toContain('EACCES');
    expect(await readFile(path.join(ws.root, 'data/seen.tsv'), 'utf8')).toBe(await ws.git('show', 'HEAD:data/seen.tsv'));
  });

  it('an unwritable state folder or pages folder stops the run in preflight with one line that says what to do', async () => {
    await resetWorkspace(ws, initial);
    const before = await found();
    const state = await runWith(failWritesUnder(ws.stateDir, 'EACCES'));
    await expectNoTrace(state, before);
    expect(state.reason).toMatch(/^cannot write to .*\.wiki-daily.*EACCES.*make it writable/);
    expect(state.reason).not.toContain('\n');
    const pages = await runWith(failWritesUnder(path.join(ws.root, 'pages'), 'EROFS'));
    await expectNoTrace(pages, before);
    expect(pages.reason).toMatch(/^cannot write to pages\/ \(EROFS/);
  });

  it('garbage lines in the seen file are warnings with file:line, kept verbatim, and do not stop the run', async () => {
    await resetWorkspace(ws, initial);
    const seenRel = 'data/seen.tsv';
    const garbage = ['this is not a seen line', 'e0123456789ab\tnot-a-date\thttps://example.com/x', '<<<<<<< HEAD'];
    const original = await readFile(path.join(ws.root, seenRel), 'utf8');
    const lines = original.split('\n');
    lines.splice(1, 0, ...garbage);
    await writeFile(path.join(ws.root, seenRel), lines.join('\n'));
    await ws.git('-c', 'user.name=Person', '-c', 'user.email=person@example.test', 'commit', '-qam', 'a person committed garbage into the seen file');
    await ws.git('push', '-q', 'origin', 'main');
    const report = await runWith();
    expect(report.status).toBe('success');
    expect(report.itemsAdded).toBe(firstAdded);
    const warnings = report.warnings.filter((w) => w.startsWith(`${seenRel}:`));
    expect(warnings.map((w) => w.split(':').slice(0, 2).join(':'))).toEqual([`${seenRel}:2`, `${seenRel}:3`, `${seenRel}:4`]);
    const after = await readFile(path.join(ws.root, seenRel), 'utf8');
    for (const g of garbage) expect(after.split('\n')).toContain(g);
    // The ids of the run are all there, one line each.
    expect(after).toContain(reference.files.get(seenRel)!.split('\n')[1]!);
    expect(await leftovers(ws, date)).toEqual([]);
  });

  it('no origin: exit 1 with what to do; with --no-push the run commits locally', async () => {
    await resetWorkspace(ws, initial);
    await ws.git('remote', 'remove', 'origin');
    try {
      const before = { hashes: await ws.hashes(), head: initial, origin: await ws.originHead() };
      const outcome = await execute(ws.settings(), { logger: new MemoryLogger(), clock: systemClock, env: {} });
      expect(outcome.exitCode).toBe(1);
      await expectNoTrace(outcome.report!, before);
      expect(outcome.report!.reason).toMatch(/^no git remote "origin" .*git remote add origin URL.*--no-push$/);
      expect(outcome.text.split('\n')[0]).toContain('no git remote "origin"');
      const local = await runWith(undefined, ['--no-push']);
      expect(local.status).toBe('success');
      expect(local.committed).toBe(true);
    } finally {
      await ws.git('remote', 'add', 'origin', ws.origin);
      await ws.git('fetch', '-q', 'origin');
    }
  });

  it('a detached HEAD: exit 1 with what to do, nothing written or committed', async () => {
    await resetWorkspace(ws, initial);
    await ws.git('checkout', '-q', '--detach');
    // A journal left by a run that died: a run stopped in preflight must not clear it.
    const journalFile = path.join(ws.stateDir, 'journal', 'journal.json');
    const dead = { version: 1, startedAt: new Date().toISOString(), date, head: initial, phase: 'started', entries: [] };
    await writeFileAtomic(journalFile, `${JSON.stringify(dead)}\n`);
    const before = await found();
    const report = await runWith();
    await expectNoTrace(report, before, { ownJournalOnly: true });
    expect(report.reason).toMatch(/^HEAD is detached .*git switch main/);
    expect(JSON.parse(await readFile(journalFile, 'utf8'))).toEqual(dead);
    await ws.git('checkout', '-q', 'main');
    // The next run repairs: the dead run goes into the history as failed, and the journal is gone.
    const next = await runWith();
    expect(next.status).toBe('success');
    expect(await readdir(path.join(ws.stateDir, 'journal')).catch(() => [])).not.toContain('journal.json');
    const history = (await readFile(path.join(ws.stateDir, 'runs.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { status: string; reason?: string; startedAt: string });
    expect(history.find((h) => h.startedAt === dead.startedAt)).toMatchObject({ status: 'failed', reason: expect.stringMatching(/did not finish/) });
  });

  it('a root that is not a git repository: allowed, and its warning is in the text output', async () => {
    await resetWorkspace(ws, initial);
    const { rename } = await import('node:fs/promises');
    await rename(path.join(ws.root, '.git'), path.join(ws.dir, 'git-aside'));
    try {
      const report = await runWith();
      expect(report.status).toBe('success');
      expect(renderText(report)).toMatch(/warning: .* is not a git repository/);
    } finally {
      await rename(path.join(ws.dir, 'git-aside'), path.join(ws.root, '.git'));
    }
  });
});

