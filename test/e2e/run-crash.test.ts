/**
 * SIGKILL at many points of a real `node dist/cli.js run` (the process kills itself at a named point,
 * WIKI_DAILY_CRASH_AT, chosen by a seeded schedule), then one plain run (`--force`, as the skip guard
 * would stop it): every item exactly once, the same pages as a never-killed run, a clean tree, HEAD ==
 * origin, no stale lock, no journal, no temp file, no day log left running.
 *
 * One workspace is reset between rounds (clone, origin and state except the HTTP cache), so each
 * round starts from the same wiki without paying for a new workspace. Needs `npm run build`.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH_POINTS } from '../../src/faults.js';
import { entryId } from '../../src/gate/canonical.js';
import { git, isolateGitConfig } from '../support/git.js';
import { goodFeedsOnly, openWorkspace, type E2eWorkspace } from '../support/e2e.js';
import { runCliProcess } from '../support/proc.js';
import { seededRandom, testSeed } from '../support/rand.js';
import { compareSnapshots, leftovers, snapshotWiki, type WikiSnapshot } from '../support/recovery.js';

let restoreGit: () => void;
let ws: E2eWorkspace;
let initial: string;
let reference: WikiSnapshot;
let date: string;
let pageWrites: number;

async function resetRound(to = initial): Promise<void> {
  await git(ws.root, ['reset', '-q', '--hard', to]);
  await git(ws.root, ['clean', '-fdq']);
  await git(ws.root, ['push', '-q', '-f', 'origin', `${to}:refs/heads/main`]);
  for (const keep of ['journal', 'locks', 'backups', 'runs.jsonl', 'discord-queue.json', 'discord-state.json'])
    await rm(path.join(ws.stateDir, keep), { recursive: true, force: true });
}

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  // A few good feeds: enough entries for several page writes, small enough for many rounds.
  ws = await openWorkspace(await goodFeedsOnly('atom', 'jsonfeed', 'magazine', 'youtube-feed'));
  initial = (await ws.git('rev-parse', 'HEAD')).trim();
  const first = await ws.run();
  expect(first.report.status).not.toBe('failed');
  expect(first.report.itemsAdded).toBeGreaterThan(3);
  date = first.report.date;
  // Every changed file but the seen file (written last, after the page-write crash point).
  pageWrites = first.report.changedFiles.length - 1;
  reference = await snapshotWiki(ws.root, date);
}, 60_000);
afterAll(async () => {
  await ws?.close();
  restoreGit?.();
});

/**
 * The points where git or the files are half-way (always), plus a seeded draw of the others and of
 * the n-th page write; WIKI_CRASH_ALL=1 tries every named point.
 */
const ALWAYS = ['after-journal', 'before-seen', 'commit-before-ref', 'commit-after-ref', 'after-commit', 'before-push', 'after-push'];
function schedule(seed: number, pageWrites: number): string[] {
  const rnd = seededRandom(seed);
  const others = CRASH_POINTS.filter((p) => !ALWAYS.includes(p));
  const drawn = process.env.WIKI_CRASH_ALL ? others : others.filter(() => rnd() < 0.4);
  const writes = Array.from({ length: 2 }, () => `apply-write:${1 + Math.floor(rnd() * pageWrites)}`);
  const points: string[] = [...ALWAYS, ...drawn, ...writes];
  // Shuffle so a dependency on the order of rounds shows up under another seed.
  for (let i = points.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [points[i], points[j]] = [points[j]!, points[i]!];
  }
  return points;
}

describe('a run killed with SIGKILL at any point is repaired by the next plain run', () => {
  it('leaves every item exactly once, a clean tree, HEAD == origin and nothing running, after each kill', async () => {
    const seed = testSeed(20261129);
    const points = schedule(seed, pageWrites);
    const violations: string[] = [];
    let killed = 0;
    for (const point of points) {
      await resetRound();
      const res = await runCliProcess(['run', '--root', ws.root, '--state', ws.stateDir, '--config', ws.configFile, '--force'], {
        env: { WIKI_DAILY_CRASH_AT: point },
        timeoutMs: 30_000,
      });
      if (res.signal === 'SIGKILL' && !res.timedOut) killed++;
      else violations.push(`${point}: the process was not killed there (exit ${res.code}, ${res.stderr.slice(-300)})`);
      const again = await ws.run();
      if (again.report.status === 'failed') violations.push(`${point}: recovery run failed: ${again.report.reason}`);
      // Every point is past the lock: the report must at least say it took over the dead run's lock.
      if (!again.report.repaired?.some((r) => r.includes('took over'))) violations.push(`${point}: the report does not say what was repaired`);
      for (const v of await leftovers(ws, date)) violations.push(`${point}: ${v}`);
      for (const v of compareSnapshots(reference, await snapshotWiki(ws.root, date))) violations.push(`${point}: ${v}`);
    }
    // The figures for the closing note.
    console.log(`crash test (seed ${seed}): ${points.length} kill points tried, ${killed} killed, ${violations.length} invariant violations`);
    expect(violations).toEqual([]);
    expect(killed).toBe(points.length);
  }, 180_000);

  it("keeps a person's uncommitted edits, made before the run and after it died, and still lands every entry", async () => {
    await resetRound();
    const abs = (rel: string) => path.join(ws.root, rel);
    // Before the run: a note on a page the run does not write.
    const untouched = 'pages/profile.md';
    const untouchedText = `${await readFile(abs(untouched), 'utf8')}\n사람이 쓰는 메모 (커밋 전)\n`;
    await writeFile(abs(untouched), untouchedText);
    const res = await runCliProcess(['run', '--root', ws.root, '--state', ws.stateDir, '--config', ws.configFile, '--force'], {
      env: { WIKI_DAILY_CRASH_AT: 'after-apply' },
      timeoutMs: 30_000,
    });
    expect(res.signal).toBe('SIGKILL');
    // After it died: a person edits a page the dead run wrote (outside its regions): a page already in
    // the wiki (a page the dead run created is not in git yet, so it is not the person's to edit).
    let written = '';
    for (const [f, text] of reference.files) {
      if (written || !f.startsWith('pages/') || f === 'pages/index.md') continue;
      const atStart = await ws.git('show', `${initial}:${f}`).catch(() => undefined);
      if (atStart !== undefined && text !== atStart) written = f;
    }
    expect(written).not.toBe('');
    const personText = `${await readFile(abs(written), 'utf8')}\n사람이 나중에 고친 줄\n`;
    await writeFile(abs(written), personText);

    const again = await ws.run();
    expect(again.report.status, again.report.reason).not.toBe('failed');
    expect(again.report.warnings.join('\n')).toContain(`left as they are (changed since the run that died): ${written}`);
    expect(await readFile(abs(untouched), 'utf8')).toBe(untouchedText);
    expect(await readFile(abs(written), 'utf8')).toBe(personText);
    const status = (await git(ws.root, ['status', '--porcelain=v1'])).split('\n').filter(Boolean).sort();
    expect(status).toEqual([` M ${untouched}`, ` M ${written}`].sort());
    // Origin has what a never-killed run committed for every other file, and no person's line.
    expect(await ws.originHead()).toBe((await ws.git('rev-parse', 'HEAD')).trim());
    expect(await ws.originShow(written)).not.toContain('사람이 나중에 고친 줄');
    // Nothing lost: each entry of a never-killed run is on origin, or (not yet seen) on the page the
    // person is editing, which carries the dead run's entries and is theirs to commit.
    const originSeen = await ws.originShow('data/seen.tsv');
    const personPage = await readFile(abs(written), 'utf8');
    const lost = reference.files
      .get('data/seen.tsv')!
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .filter((l) => !originSeen.includes(l) && !personPage.includes(l.split('\t')[2]!.replace(/^https?:\/\//, '')));
    expect(lost).toEqual([]);
  }, 60_000);

  it('with two seen files (a large wiki: base + recent file), a kill before, between or after their writes is repaired', async () => {
    await resetRound();
    // A recent seen file makes the store log-structured (src/gate/seenstore.ts); with no wiki index
    // yet the base is not vouched for, so the run folds the recent file in: both seen files written.
    const seenText = await readFile(path.join(ws.root, 'data/seen.tsv'), 'utf8');
    const url = 'https://www.example.com/an-older-article';
    const recent = `${seenText.split('\n')[0]}\n${entryId(url)}\t2026-11-01\t${url}\n`;
    await writeFile(path.join(ws.root, 'data/seen-recent.tsv'), recent);
    await ws.git('add', 'data/seen-recent.tsv');
    await ws.git('-c', 'user.name=Person', '-c', 'user.email=person@example.test', 'commit', '-q', '-m', 'a recent seen file');
    const start = (await ws.git('rev-parse', 'HEAD')).trim();
    await resetRound(start);
    const never = await ws.run();
    expect(never.report.changedFiles).toEqual(expect.arrayContaining(['data/seen.tsv', 'data/seen-recent.tsv', 'data/wiki-index.tsv']));
    const ref = await snapshotWiki(ws.root, date);
    expect(ref.files.get('data/seen-recent.tsv')).toBe(`${seenText.split('\n')[0]}\n`);
    expect(ref.files.get('data/seen.tsv')).toContain(`${entryId(url)}\t2026-11-01\t${url}\n`);
    // Written last, in this order: base, recent file, wiki index.
    const before = never.report.changedFiles.length - 3;
    const violations: string[] = [];
    for (const point of ['before-seen', `apply-write:${before + 1}`, `apply-write:${before + 2}`]) {
      await resetRound(start);
      const res = await runCliProcess(['run', '--root', ws.root, '--state', ws.stateDir, '--config', ws.configFile, '--force'], {
        env: { WIKI_DAILY_CRASH_AT: point },
        timeoutMs: 30_000,
      });
      if (res.signal !== 'SIGKILL' || res.timedOut) violations.push(`${point}: the process was not killed there (exit ${res.code}, ${res.stderr.slice(-300)})`);
      const again = await ws.run();
      if (again.report.status === 'failed') violations.push(`${point}: recovery run failed: ${again.report.reason}`);
      for (const v of await leftovers(ws, date)) violations.push(`${point}: ${v}`);
      for (const v of compareSnapshots(ref, await snapshotWiki(ws.root, date))) violations.push(`${point}: ${v}`);
    }
    expect(violations).toEqual([]);
  }, 120_000);
});
