/**
 * Invariants a run must leave behind however the previous one ended: what the crash and fault tests
 * assert after each recovery run. Everything is read with plain git and the files on disk.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../../src/fsutil.js';
import { regionBody } from '../../src/pages/regions.js';
import { git } from './git.js';

export interface WikiSnapshot {
  /** Content files whose text does not depend on the clock (pages, seen file), by path. */
  files: Map<string, string>;
  /** The day log's items region (what was written today). */
  dayLogItems: string;
}

/** Files whose text depends on the time of the run or the machine: compared by region, not bytes. */
export function isTimeDependent(rel: string, date: string): boolean {
  return rel === `news/${date}.md` || rel === 'pages/daily_report.md' || rel === 'pages/system_status.md';
}

export async function snapshotWiki(root: string, date: string): Promise<WikiSnapshot> {
  const files = new Map<string, string>();
  for (const dir of ['pages', 'news', 'data'])
    for (const rel of await listFiles(root, dir)) if (!isTimeDependent(rel, date)) files.set(rel, await readFile(path.join(root, rel), 'utf8'));
  // The wiki index (base and overlay) records the blob id of every file, the time-dependent ones too:
  // compared without those, and without the overlay's #base (the blob of a base that holds them).
  for (const rel of ['data/wiki-index.tsv', 'data/wiki-index-recent.tsv']) {
    const index = files.get(rel);
    if (index !== undefined)
      files.set(
        rel,
        index
          .replace(/^([^\t\n]+)\t[0-9a-f]{40}\t/gm, (line, p: string) => (isTimeDependent(p, date) ? `${p}\t(time-dependent)\t` : line))
          .replace(/^#base\t[0-9a-f]{40}$/m, '#base\t(blob of the base)'),
      );
  }
  const logRel = `news/${date}.md`;
  const log = await readFile(path.join(root, logRel), 'utf8').catch(() => '');
  return { files, dayLogItems: log ? (regionBody(log, 'daylog:items', logRel) ?? '') : '' };
}

/** Every way `actual` differs from what a never-killed run left (`expected`); [] when equal. */
export function compareSnapshots(expected: WikiSnapshot, actual: WikiSnapshot): string[] {
  const out: string[] = [];
  for (const [rel, text] of expected.files) {
    const got = actual.files.get(rel);
    if (got === undefined) out.push(`${rel}: missing`);
    else if (got !== text) out.push(`${rel}: differs from a never-killed run`);
  }
  for (const rel of actual.files.keys()) if (!expected.files.has(rel)) out.push(`${rel}: not written by a never-killed run`);
  if (expected.dayLogItems !== actual.dayLogItems) out.push('day log items differ from a never-killed run');
  return out;
}

/** Clean tree and index, HEAD == origin, no lock, no journal, no temp file, no day log left running. */
export async function leftovers(ws: { root: string; origin: string; stateDir: string }, date: string): Promise<string[]> {
  const out: string[] = [];
  const status = (await git(ws.root, ['status', '--porcelain=v1', '--untracked-files=all'])).trim();
  if (status) out.push(`working tree not clean:\n${status}`);
  const head = (await git(ws.root, ['rev-parse', 'HEAD'])).trim();
  const origin = (await git(ws.origin, ['rev-parse', 'main'])).trim();
  if (head !== origin) out.push(`HEAD ${head.slice(0, 7)} != origin ${origin.slice(0, 7)}`);
  const locks = await readdir(path.join(ws.stateDir, 'locks')).catch(() => []);
  if (locks.length) out.push(`lock files left: ${locks.join(', ')}`);
  const journal = await readdir(path.join(ws.stateDir, 'journal')).catch(() => [] as string[]);
  if (journal.includes('journal.json')) out.push('run journal left');
  for (const dir of ['pages', 'news', 'data'])
    for (const rel of await listFiles(ws.root, dir)) if (/\.tmp$/.test(rel)) out.push(`temp file left: ${rel}`);
  const log = await readFile(path.join(ws.root, `news/${date}.md`), 'utf8').catch(() => '');
  if (/running|진행중/.test(log)) out.push('day log says running');
  return out;
}

/**
 * Put a workspace back to `initial` between rounds: clone and origin at that commit, untracked files
 * gone, run state gone except the HTTP cache (which a real next run would have too).
 */
export async function resetWorkspace(ws: { root: string; stateDir: string }, initial: string): Promise<void> {
  const { rm } = await import('node:fs/promises');
  await git(ws.root, ['checkout', '-q', '-B', 'main', initial]);
  await git(ws.root, ['reset', '-q', '--hard', initial]);
  await git(ws.root, ['clean', '-fdq']);
  await git(ws.root, ['push', '-q', '-f', 'origin', `${initial}:refs/heads/main`]);
  for (const name of ['journal', 'locks', 'backups', 'runs.jsonl', 'discord-queue.json', 'discord-state.json'])
    await rm(path.join(ws.stateDir, name), { recursive: true, force: true });
}
