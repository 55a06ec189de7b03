/**
 * git blob ids of files as git's own index knows them, without reading the files: what lets a run
 * skip reading and hashing 100,000 unchanged pages (the wiki index's check, the backup snapshot).
 */
import { spawn } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync, unlinkSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { updateWithText } from '../fsutil.js';

/** git's blob id of a text, so a tracked, unmodified file is checked against `git ls-files -s` without reading it. */
export function gitBlobId(content: string | Uint8Array): string {
  if (typeof content !== 'string') return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
  // The byte count from Buffer.byteLength and the text hashed a window at a time: no copy of it as bytes.
  return updateWithText(createHash('sha1').update(`blob ${Buffer.byteLength(content, 'utf8')}\0`), content).digest('hex');
}

/**
 * Each record of `git ls-files -s -z` output, `[<tag> ]<mode> <blob> <stage>\t<path>\0` (the tag with
 * -v), read with indexOf (no 100,000-element split): `visit` gets the path and where the mode starts
 * (the blob is 7 characters further, the stage one before the tab); returning false stops the walk.
 * Returns false when stopped.
 */
function eachIndexRecord(out: string, visit: (rel: string, modeAt: number, tab: number) => boolean | void, tagged = false): boolean {
  for (let at = 0; at < out.length; ) {
    let end = out.indexOf('\0', at);
    if (end < 0) end = out.length;
    const tab = out.indexOf('\t', at);
    if (tab > at && tab < end && visit(out.slice(tab + 1, end), tagged ? at + 2 : at, tab) === false) return false;
    at = end + 1;
  }
  return true;
}

/**
 * Root-relative path → blob id for the files `git ls-files -s` lists under `where` that `keep` accepts. Undefined when `root` is not in a git work tree.
 */
export async function indexedBlobIds(root: string, where: readonly string[], keep: (rel: string) => boolean = () => true): Promise<Map<string, string> | undefined> {
  const out = await gitOut(root, ['ls-files', '-s', '-z', '--', ...where]);
  if (out === undefined) return undefined;
  const map = new Map<string, string>();
  eachIndexRecord(out, (rel, modeAt) => {
    if (keep(rel)) map.set(rel, out.slice(modeAt + 7, modeAt + 47));
  });
  return map;
}

/** One record of `git diff-* --raw -z`: what the path was (src) and is (dst) by mode and blob id. */
export interface RawChange {
  srcMode: string;
  dstMode: string;
  srcBlob: string;
  dstBlob: string;
  status: string;
}

/** `:<srcmode> <dstmode> <src> <dst> <status>\0<path>\0` records (no renames: one path each); undefined when unexpected. */
export function parseRaw(out: string): Map<string, RawChange> | undefined {
  const changes = new Map<string, RawChange>();
  for (let at = 0; at < out.length; ) {
    const headEnd = out.indexOf('\0', at);
    const pathEnd = out.indexOf('\0', headEnd + 1);
    if (out[at] !== ':' || headEnd < 0 || pathEnd < 0) return undefined;
    const [srcMode, dstMode, srcBlob, dstBlob, status] = out.slice(at + 1, headEnd).split(' ');
    if (!srcMode || !dstMode || !srcBlob || !dstBlob || !status) return undefined;
    changes.set(out.slice(headEnd + 1, pathEnd), { srcMode, dstMode, srcBlob, dstBlob, status });
    at = pathEnd + 1;
  }
  return changes;
}

export const isRegularMode = (mode: string) => mode === '100644' || mode === '100755';

/** A change git cannot describe as files: a submodule on either side, or a conflict. */
export function unwalkable(changes: ReadonlyMap<string, RawChange>): boolean {
  for (const c of changes.values()) if (c.srcMode === '160000' || c.dstMode === '160000' || c.status === 'U') return true;
  return false;
}

/** The files under some folders as git sees the work tree (gitWorkTree). */
export interface GitWorkTree {
  /**
   * Root-relative path → blob id of the tracked regular files whose working-tree content is the one
   * git's index records (`git diff-files` finds no change: git compares stat data, and the content when
   * the stat is racy).
   */
  clean: Map<string, string>;
  /**
   * Every regular file under the folders, sorted (JavaScript string order), as a walk of the folders
   * finds them that skips symlinks: the clean files, plus the changed and the untracked or ignored
   * ones that are regular files on disk.
   */
  files: string[];
  /** The paths git does not vouch for (changed, deleted, untracked or ignored, flagged entries), files or not. */
  unvouched: string[];
}

/**
 * What a walk of `where` would find, and which of it git vouches for, from git's own index and one
 * walk in git (`ls-files -s`, `diff-files`, `ls-files -o` at once): at 100,000 pages a walk of the
 * folders in JavaScript (readdir of every folder, a Dirent per file) cost more than all three. Only
 * the few changed and untracked paths are looked at with lstat. Undefined outside git, and wherever
 * the two could differ: a submodule or a nested repository (a walk would go into it), a conflicted
 * index (one path several times).
 */
export async function gitWorkTree(root: string, where: readonly string[]): Promise<GitWorkTree | undefined> {
  const [indexed, changed, others] = await Promise.all([
    // -v tags each entry: H is a plain one; h (assume-unchanged) and S (skip-worktree) are entries
    // diff-files does not look at, so their files are looked at here.
    gitOut(root, ['ls-files', '-s', '-v', '-z', '--', ...where]),
    gitOut(root, ['diff-files', '--name-only', '--relative', '-z', '--', ...where]),
    // No --exclude-standard: ignored files are files of the folders too.
    gitOut(root, ['ls-files', '-o', '-z', '--', ...where]),
  ]);
  if (indexed === undefined || changed === undefined || others === undefined) return undefined;
  const changedSet = new Set(changed.split('\0').filter(Boolean));
  const clean = new Map<string, string>();
  const files: string[] = [];
  const look: string[] = [];
  const walkable = eachIndexRecord(
    indexed,
    (rel, modeAt, tab) => {
      const plain = indexed.charCodeAt(modeAt - 2) === 72; /* tag H */
      const mode = indexed.slice(modeAt, modeAt + 6);
      if (mode === '160000' || indexed.charCodeAt(tab - 1) !== 48 /* stage 0 */) return false;
      if (!plain || changedSet.has(rel)) look.push(rel);
      else if (isRegularMode(mode)) {
        files.push(rel);
        clean.set(rel, indexed.slice(modeAt + 7, modeAt + 47));
      }
      // A clean symlink (120000) is skipped, as the walk skips it.
      return true;
    },
    true,
  );
  if (!walkable) return undefined;
  for (const rel of others.split('\0')) {
    if (!rel) continue;
    if (rel.endsWith('/')) return undefined;
    look.push(rel);
  }
  const kinds = await Promise.all(look.map((rel) => lstat(path.join(root, rel)).then((st) => st.isFile(), () => false)));
  for (const [i, rel] of look.entries()) if (kinds[i]) files.push(rel);
  return { clean, files: files.sort(), unvouched: look };
}

/**
 * git's output as text; undefined when git fails (not a repository, an unknown commit, no git).
 *
 * git writes it into an unlinked temporary file, not a pipe: a pipe holds 64 KiB, and git waits for
 * each 64 KiB to be drained by the event loop, which at 100,000 pages is busy parsing the wiki index
 * in slices. `git ls-files -s` (7 MB there) took ~290 ms that way against ~20 ms on its own, and the
 * index check waited for it.
 */
export async function gitOut(root: string, args: string[]): Promise<string | undefined> {
  const file = path.join(tmpdir(), `wiki-daily-git-${process.pid}-${randomBytes(6).toString('hex')}.out`);
  const fd = openSync(file, 'wx+', 0o600);
  let unlinked = false;
  try {
    // Unlinked at once where the system allows it (not Windows, while the file is open): nothing is left behind if the process dies.
    unlinked = tryUnlink(file);
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn('git', ['-c', 'core.quotePath=false', ...args], { cwd: root, stdio: ['ignore', fd, 'ignore'] });
      child.once('error', () => resolve(null));
      child.once('close', (exitCode) => resolve(exitCode));
    });
    if (code !== 0) return undefined;
    // As bytes, decoded once: a string concatenated from chunks made cutting 100,000 records out of it four times slower.
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafe(size);
    let length = 0;
    while (length < size) {
      const n = readSync(fd, bytes, length, size - length, length);
      if (n === 0) break;
      length += n;
    }
    return bytes.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
    if (!unlinked) tryUnlink(file);
  }
}

function tryUnlink(file: string): boolean {
  try {
    unlinkSync(file);
    return true;
  } catch {
    return false;
  }
}
