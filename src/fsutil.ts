/** Small file helpers shared by the stages. */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WikiDailyError } from './errors.js';

/**
 * Write a file atomically: write a temp file in the same folder, fsync, rename over the target.
 * A crash leaves either the old or the new content, never half a page.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (err) {
    // A full disk fails the write or the fsync, not only the rename: never leave the temp file behind.
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** A file's text, or undefined when it does not exist (any other error is thrown). */
export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * The one folder walker: every regular file under `root/dir` (recursive), as sorted `/`-separated
 * paths relative to `root`. Symlinks are not followed (a walk must not leave the tree through a link).
 * A missing folder is empty, not an error; `dir` may also name a single file. `prune` skips a
 * folder (root-relative) and everything in it without reading it.
 */
export async function listFiles(root: string, dir: string, opts: { prune?: (rel: string) => boolean } = {}): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    if (opts.prune?.(rel)) return;
    let entries;
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const e of entries) {
      const p = path.posix.join(rel, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out.push(p);
    }
  }
  // The starting point is looked at without following it, like every entry below it.
  let start;
  try {
    start = await lstat(path.join(root, dir));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  if (start.isFile()) return [path.posix.normalize(dir)];
  if (start.isDirectory()) await walk(dir);
  return out.sort();
}

/**
 * Why `p` cannot name a file inside a root (the wiki checkout, a backup include, a manifest entry),
 * or undefined when it can. Refused: empty, the root itself (restore deletes unknown files under an
 * include, so `.` would wipe the checkout), absolute paths (`/x`, `C:x`) and any `..` segment, even
 * one that would normalise away (`a/../b`): such a path was written by mistake or by an attacker.
 */
export function relativePathProblem(p: string): string | undefined {
  const posix = p.replace(/\\/g, '/');
  if (posix.trim() === '') return 'it is empty';
  if (posix.startsWith('/') || /^[a-zA-Z]:/.test(posix)) return 'it is absolute';
  if (posix.split('/').includes('..')) return 'it contains ".."';
  if (normalizeRelative(posix) === '.') return 'it is the root itself';
  return undefined;
}

function normalizeRelative(posix: string): string {
  return path.posix.normalize(posix).replace(/\/+$/, '') || '.';
}

/**
 * The one check for root-relative paths: `p` in the one form used as a key (`.\pages//a.md/` →
 * `pages/a.md`), or the error built by `makeError` naming `what` and the reason.
 */
export function safeRelativePath(p: string, what: string, makeError: (message: string) => Error = (m) => new WikiDailyError(m)): string {
  const problem = relativePathProblem(p);
  if (problem) throw makeError(`${what} ${JSON.stringify(p)} must be a path inside the wiki root, but ${problem}`);
  return normalizeRelative(p.replace(/\\/g, '/'));
}

/**
 * Root-relative text files by path, read one after another in sorted order; a missing file is left
 * out. Synchronous on purpose: 10,000 concurrent reads cost twice the time and memory (measured by
 * `npm run bench`), and nothing else runs while the wiki is being read.
 */
export function readTextFiles(root: string, rels: Iterable<string>): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of [...new Set(rels)].sort()) {
    try {
      files.set(rel, readFileSync(path.join(root, rel), 'utf8'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  return files;
}
