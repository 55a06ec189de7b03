/**
 * git blob ids of files as git's own index knows them, without reading the files: what lets a run
 * skip reading and hashing 100,000 unchanged pages (the wiki index's check, the backup snapshot).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { updateWithText } from '../fsutil.js';

const git = promisify(execFile);

/** git's blob id of a text, so a tracked, unmodified file is checked against `git ls-files -s` without reading it. */
export function gitBlobId(content: string | Uint8Array): string {
  if (typeof content !== 'string') return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
  // The byte count from Buffer.byteLength and the text hashed a window at a time: no copy of it as bytes.
  return updateWithText(createHash('sha1').update(`blob ${Buffer.byteLength(content, 'utf8')}\0`), content).digest('hex');
}

/**
 * Root-relative path → blob id for the files `git ls-files -s` lists under `where` that `keep` accepts. Undefined when `root` is not in a git work tree.
 */
export async function indexedBlobIds(root: string, where: readonly string[], keep: (rel: string) => boolean = () => true): Promise<Map<string, string> | undefined> {
  const out = await gitOut(root, ['ls-files', '-s', '-z', '--', ...where]);
  if (out === undefined) return undefined;
  const map = new Map<string, string>();
  // Records "<mode> <blob> <stage>\t<path>\0", read with indexOf (no 100,000-element split).
  for (let at = 0; at < out.length; ) {
    let end = out.indexOf('\0', at);
    if (end < 0) end = out.length;
    const tab = out.indexOf('\t', at);
    if (tab > at && tab < end) {
      const rel = out.slice(tab + 1, end);
      if (keep(rel)) map.set(rel, out.slice(at + 7, at + 47));
    }
    at = end + 1;
  }
  return map;
}

/**
 * The blob ids of the files under `where` whose working-tree content is the one git's index records
 * (`git diff-files` finds no change: git compares stat data, and the content when the stat is racy).
 * Undefined outside git.
 */
export async function cleanBlobIds(root: string, where: readonly string[]): Promise<Map<string, string> | undefined> {
  const [indexed, changed] = await Promise.all([indexedBlobIds(root, where), gitOut(root, ['diff-files', '--name-only', '--relative', '-z', '--', ...where])]);
  if (!indexed || changed === undefined) return undefined;
  for (const rel of changed.split('\0')) if (rel) indexed.delete(rel);
  return indexed;
}

async function gitOut(root: string, args: string[]): Promise<string | undefined> {
  try {
    // As bytes, decoded once: with encoding 'utf8' the output is a string concatenated from every
    // chunk, and cutting 100,000 records out of that was four times slower (measured at 100,000 pages).
    return (await git('git', ['-c', 'core.quotePath=false', ...args], { cwd: root, maxBuffer: 1 << 30, encoding: 'buffer' })).stdout.toString('utf8');
  } catch {
    return undefined;
  }
}
