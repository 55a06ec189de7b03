/** Small file helpers shared by the stages. */
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { lstat, mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { closeSync, fstatSync, openSync, readFileSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { WikiDailyError } from './errors.js';

/**
 * Write a file atomically: write a temp file in the same folder, fsync, rename over the target.
 * A crash leaves either the old or the new content, never half a page.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fh = await openCreatingFolder(tmp);
    try {
      if (typeof data === 'string' && data.length > TEXT_WINDOW) await writeTextInWindows(fh, data);
      else await fh.writeFile(data);
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

/**
 * Open `file` for writing, creating its folder only when it is missing: the folder nearly always
 * exists (the HTTP cache writes one file per response), and a mkdir before every write was one more
 * file-system call each time.
 */
async function openCreatingFolder(file: string): Promise<Awaited<ReturnType<typeof open>>> {
  try {
    return await open(file, 'w');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await mkdir(path.dirname(file), { recursive: true });
    return await open(file, 'w');
  }
}

/**
 * UTF-16 units of a long text encoded at a time, for writing, hashing or comparing it (textWindows):
 * texts longer than this are never encoded whole.
 */
const TEXT_WINDOW = 1 << 20;

/**
 * A long text written without encoding all of it at once: writeFile would make one Buffer as large as
 * the file (86 MB for the seen file at 1,000,000 entries) on top of the string.
 */
async function writeTextInWindows(fh: Awaited<ReturnType<typeof open>>, text: string): Promise<void> {
  const buf = Buffer.allocUnsafe(TEXT_WINDOW * 3);
  const encoder = new TextEncoder();
  for (const window of textWindows(text)) {
    const { written } = encoder.encodeInto(window, buf);
    for (let off = 0; off < written; ) off += (await fh.write(buf, off, written - off)).bytesWritten;
  }
}

/**
 * Feed `text` (as UTF-8) to a hash a window at a time: one update with the whole text first encodes
 * all of it (the 38 MB by-year page and the 37 MB wiki index at 100,000 pages: a run's largest
 * allocations were such copies).
 */
export function updateWithText<H extends Hash>(hash: H, text: string): H {
  for (const window of textWindows(text)) hash.update(window, 'utf8');
  return hash;
}

/** The sha256 (hex) of bytes, or of a text as UTF-8 (hashed a window at a time). */
export function sha256Hex(data: string | Uint8Array): string {
  const hash = createHash('sha256');
  return (typeof data === 'string' ? updateWithText(hash, data) : hash.update(data)).digest('hex');
}

/**
 * `text` in consecutive pieces of at most `size` UTF-16 units, never splitting a surrogate pair (each
 * half alone would encode as a replacement character): for encoding, writing or hashing a long text
 * a window at a time, without a copy of all of it as bytes.
 */
function* textWindows(text: string, size = TEXT_WINDOW): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + size);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
    yield text.slice(at, end);
    at = end;
  }
}

/**
 * Whether a file holds exactly `text` (UTF-8), compared a window at a time: a run checks an 86 MB seen
 * file against what it planned without a second copy of it in memory. Undefined when the file is missing.
 */
export async function fileHolds(file: string, text: string): Promise<boolean | undefined> {
  if (await unchangedSinceRead(file, text)) return true;
  const fh = await openIfExists(file);
  if (!fh) return undefined;
  try {
    const size = (await fh.stat()).size;
    // A UTF-8 file of this text has between 1 and 3 bytes per UTF-16 unit: anything else differs for sure.
    if (size < text.length / 2 || size > text.length * 3) return false;
    // Buffers as large as this text needs, not as the window allows: apply checks a few hundred pages
    // of a few KB each per run, and two 3 MB buffers per call were 1.5 GB of allocation and GC.
    // A window of n UTF-16 units encodes to at most 3n bytes, and no read is longer than the file.
    const wantBytes = Math.min(TEXT_WINDOW, text.length) * 3;
    const want = Buffer.allocUnsafe(wantBytes);
    const got = Buffer.allocUnsafe(Math.min(wantBytes, size));
    const encoder = new TextEncoder();
    let pos = 0;
    for (const window of textWindows(text)) {
      const { written } = encoder.encodeInto(window, want);
      if (pos + written > size) return false;
      const { bytesRead } = await fh.read(got, 0, written, pos);
      if (bytesRead !== written || !got.subarray(0, written).equals(want.subarray(0, written))) return false;
      pos += written;
    }
    return pos === size;
  } finally {
    await fh.close();
  }
}

/** The file opened for reading, or undefined when it does not exist (any other error is thrown). */
export async function openIfExists(file: string): Promise<Awaited<ReturnType<typeof open>> | undefined> {
  try {
    return await open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** openIfExists without the thread pool: a file descriptor, or undefined when the file does not exist. */
export function openIfExistsSync(file: string): number | undefined {
  try {
    return openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * The file's bytes in as few reads as its size allows: one trip to the thread pool for a file that did
 * not grow since its stat. FileHandle.readFile reads 512 KiB at a time, each read queued behind
 * whatever the main thread is doing: the 37 MB wiki index at 100,000 pages took 75 trips and ~170 ms
 * while git's listings were being parsed, against ~15 ms in one read.
 */
async function readWhole(fh: FileHandle, size: number): Promise<Buffer> {
  // One byte more than the stat said, so a file that grew meanwhile is seen to go on.
  let buf = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    const { bytesRead } = await fh.read(buf, length, buf.length - length, length);
    if (bytesRead === 0) return buf.subarray(0, length);
    length += bytesRead;
    if (length === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, length);
      buf = bigger;
    }
  }
}

/** A file's text, or undefined when it does not exist (any other error is thrown). */
export async function readIfExists(file: string): Promise<string | undefined> {
  const fh = await openIfExists(file);
  if (!fh) return undefined;
  try {
    const readAt = nowNs();
    const st = await fh.stat({ bigint: true });
    // Read as bytes and decoded once: with an encoding, readFile decodes chunk by chunk into a string
    // of pieces that the first search flattens into a second copy (37 MB for the wiki index at 100,000 pages).
    const text = (await readWhole(fh, Number(st.size))).toString('utf8');
    stampRead(file, text, st, readAt);
    return text;
  } finally {
    await fh.close();
  }
}

/**
 * readIfExists without the thread pool: for reading a few hundred pages in a row (the plan's pages),
 * four round trips to the pool per file cost more than the reads.
 */
export function readIfExistsSync(file: string): string | undefined {
  const fd = openIfExistsSync(file);
  if (fd === undefined) return undefined;
  try {
    const readAt = nowNs();
    const st = fstatSync(fd, { bigint: true });
    const text = readFileSync(fd, 'utf8');
    stampRead(file, text, st, readAt);
    return text;
  } finally {
    closeSync(fd);
  }
}

const nowNs = () => BigInt(Date.now()) * 1_000_000n;

/** The part of a file's stat that says it has not changed since it was read. */
type ReadStat = Pick<BigIntStats, 'size' | 'mtimeNs' | 'ctimeNs' | 'ino'>;

/**
 * What a file held when it was last read through readIfExists, with its stat: fileHolds answers "does
 * it still hold this text" from a stat alone when nothing about the file changed since (as git trusts
 * its index), instead of reading 100 MB of seen file, wiki index and listings again before writing.
 */
const readStamps = new Map<string, ReadStat & { text: string }>();
const RACY_NS = 2_000_000_000n;
const READ_STAMPS = 5_000;

/**
 * Racily clean (as git calls it): a file changed just before the read could change again within the
 * same timestamp tick unseen, so only files older than two seconds are vouched for by their stat.
 */
function stampRead(file: string, text: string, st: ReadStat, readAt: bigint): void {
  const key = path.resolve(file);
  if (st.mtimeNs >= readAt - RACY_NS || st.ctimeNs >= readAt - RACY_NS) {
    readStamps.delete(key);
    return;
  }
  if (readStamps.size >= READ_STAMPS) readStamps.clear();
  readStamps.set(key, { text, size: st.size, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs, ino: st.ino });
}

/** The stat still matches the one taken when `text` was read from the file (same inode, size, mtime and ctime). */
export async function unchangedSinceRead(file: string, text: string): Promise<boolean> {
  const stamp = readStamps.get(path.resolve(file));
  // `===` on the same string object is a pointer comparison; another equal string is compared once.
  if (!stamp || stamp.text !== text) return false;
  try {
    const st = await lstat(file, { bigint: true });
    return st.ino === stamp.ino && st.size === stamp.size && st.mtimeNs === stamp.mtimeNs && st.ctimeNs === stamp.ctimeNs;
  } catch {
    return false;
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
  // The usual path — no backslash, no "..", not starting with "/" or "X:", not only dots, slashes and
  // spaces — has none of the problems below: decided without normalising it (a backup manifest checks
  // 100,000 paths per snapshot). Anything else takes the full check.
  if (p.indexOf('\\') < 0 && p.indexOf('..') < 0 && p.charCodeAt(0) !== 47 && p.charCodeAt(1) !== 58 && PLAIN_PATH_CHAR.test(p)) return undefined;
  const posix = p.replace(/\\/g, '/');
  if (posix.trim() === '') return 'it is empty';
  if (posix.startsWith('/') || /^[a-zA-Z]:/.test(posix)) return 'it is absolute';
  if (posix.split('/').includes('..')) return 'it contains ".."';
  if (normalizeRelative(posix) === '.') return 'it is the root itself';
  return undefined;
}

/** A character other than ".", "/" and white space: a path with one is not the root itself. */
const PLAIN_PATH_CHAR = /[^./\s]/;

function normalizeRelative(posix: string): string {
  return path.posix.normalize(posix).replace(/\/+$/, '') || '.';
}

/**
 * The recent companion of a log-structured file (a base rewritten rarely plus a small file a run
 * rewrites): `data/seen.tsv` → `data/seen-recent.tsv`, `data/wiki-index.tsv` → `data/wiki-index-recent.tsv`.
 * The one place the name is derived (src/gate/seenstore.ts, src/pages/wikiindex.ts).
 */
export function recentSibling(file: string): string {
  const ext = path.posix.extname(file);
  return `${file.slice(0, file.length - ext.length)}-recent${ext}`;
}

/** A configured or typed path in the one form paths are compared in: forward slashes, normalised (`pages\\a.md`, `./pages/a.md` → `pages/a.md`). */
export function posixPath(p: string): string {
  return path.posix.normalize(p.replace(/\\/g, '/'));
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
