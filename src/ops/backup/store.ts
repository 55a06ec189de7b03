/**
 * Local content-addressed backup store.
 *
 * Layout under the store dir: `blobs/<aa>/<sha256>` holds each distinct file content once;
 * `snapshots/<id>.json` is a manifest listing root-relative paths with their hash and size.
 * Blobs are written before the manifest that references them, both atomically, so a crash never
 * leaves a manifest pointing at a missing blob. Anything read back from the store is re-hashed
 * before it is trusted: the store lives on a runner disk or in an Actions cache we do not control.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readFile, readdir, rename, rm, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { BackupError, errorMessage } from '../../errors.js';
import { listFiles, relativePathProblem, safeRelativePath, sha256Hex, writeFileAtomic } from '../../fsutil.js';
import { gitBlobId } from '../../git/blobs.js';
import type { z } from 'zod';
import { SHA256_RE, SNAPSHOT_ID_RE, backupGitBaseSchema, checkState, corruptStateMessage, parseState, snapshotManifestSchema, type StateCheck } from '../../state-schemas.js';
import { systemClock, type Clock } from '../../time.js';
import { compareStrings } from '../../order.js';

export interface SnapshotFile {
  /** Root-relative, `/`-separated. */
  path: string;
  sha256: string;
  size: number;
}

/**
 * One manifest as stored. A full snapshot lists every file. A delta names its `base` and lists only
 * the files added or changed since it (`files`) and the paths gone (`removed`): what a snapshot holds
 * is its chain applied from the full one (resolveSnapshot), which every reader uses.
 */
export interface SnapshotManifest {
  id: string;
  createdAt: string;
  label?: string;
  base?: string;
  files: SnapshotFile[];
  removed?: string[];
  /** Of the files listed here (a delta's: only its own). */
  totalSize: number;
}

export interface SnapshotInfo {
  id: string;
  createdAt: string;
  files: number;
  size: number;
  label?: string;
}

interface CreateSnapshotResult {
  id: string;
  created: boolean;
  files: number;
  bytesAdded: number;
  blobsAdded: number;
}

type SnapshotProblemKind = 'missing' | 'corrupt' | 'size';

interface SnapshotProblem {
  snapshot: string;
  /** The root-relative file whose blob is bad, or the manifest's store-relative path when the manifest itself is unreadable. */
  path: string;
  problem: SnapshotProblemKind;
}

interface VerifyResult {
  ok: boolean;
  /** File entries checked across all verified snapshots. */
  checked: number;
  problems: SnapshotProblem[];
}

interface RestoreResult {
  written: string[];
  removed: string[];
}

interface PruneResult {
  removed: string[];
  freedBytes: number;
}

const HASH_CONCURRENCY = 16;
/** Temp files younger than this may belong to a writer that is still running. */
const STALE_TEMP_MS = 60 * 60 * 1000;

function blobsDir(storeDir: string): string {
  return path.join(storeDir, 'blobs');
}

export function snapshotsDir(storeDir: string): string {
  return path.join(storeDir, 'snapshots');
}

export function blobPath(storeDir: string, sha256: string): string {
  return path.join(blobsDir(storeDir), sha256.slice(0, 2), sha256);
}

/** What the next delta snapshot starts from (src/ops/backup/delta.ts); prune keeps its chain current. */
export function gitBaseFile(storeDir: string): string {
  return path.join(storeDir, 'git-base.json');
}

export function manifestPath(storeDir: string, id: string): string {
  return path.join(snapshotsDir(storeDir), `${id}.json`);
}

export function isSnapshotId(id: string): boolean {
  return SNAPSHOT_ID_RE.test(id);
}

function isNotFound(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** A root-relative include or manifest path, in its one form; BackupError when unsafe. */
function normalizeRelative(p: string, what: string): string {
  return safeRelativePath(p, what, (message) => new BackupError(message));
}

function isUnder(file: string, include: string): boolean {
  return file === include || file.startsWith(`${include}/`);
}

/**
 * Every regular file under the include paths, root-relative and sorted. Symlinks are skipped (a
 * backup should not follow a link out of the wiki); anything inside `skipDir` (the store itself,
 * when it sits under the root) is skipped so the store never backs itself up.
 */
async function listIncludedFiles(root: string, include: readonly string[], skipDir?: string): Promise<string[]> {
  const skip = skipDir ? path.resolve(skipDir) : undefined;
  const prune = (rel: string): boolean => {
    const abs = path.join(root, ...rel.split('/'));
    return skip !== undefined && (abs === skip || abs.startsWith(skip + path.sep));
  };
  const found = new Set<string>();
  for (const inc of include) {
    const rel = normalizeRelative(inc, 'include path');
    try {
      for (const f of await listFiles(root, rel, { prune })) found.add(f);
    } catch (err) {
      throw new BackupError(`cannot list ${path.join(root, rel)}: ${errorMessage(err)}`, { cause: err });
    }
  }
  return [...found].sort();
}

/** `files` without those inside the store (when it sits under the root), as listIncludedFiles leaves them out. */
function outsideStore(root: string, files: readonly string[], storeDir: string): string[] {
  const store = path.relative(root, path.resolve(storeDir)).split(path.sep).join('/');
  if (store === '' || store.startsWith('..') || path.isAbsolute(store)) return [...files];
  return files.filter((f) => !isUnder(f, store));
}

function manifestDigest(files: readonly SnapshotFile[]): string {
  const h = createHash('sha256');
  // Fed in chunks: one update call per file was a tenth of an unchanged wiki's snapshot at 100,000 files.
  let chunk = '';
  for (const f of files) {
    chunk += `${f.path}\0${f.sha256}\0${f.size}\n`;
    if (chunk.length > 1 << 16) {
      h.update(chunk);
      chunk = '';
    }
  }
  return h.update(chunk).digest('hex');
}

function snapshotIdFor(instant: number, digest: string): string {
  const stamp = new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `${stamp}-${digest.slice(0, 8)}`;
}

function sameFiles(a: readonly SnapshotFile[], b: readonly SnapshotFile[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((f, i) => {
    const g = b[i];
    return g !== undefined && f.path === g.path && f.sha256 === g.sha256 && f.size === g.size;
  });
}

function parseManifest(text: string, file: string): SnapshotManifest {
  return parseManifestLines(text, file) ?? checkedManifest(parseState(snapshotManifestSchema, text), file);
}

/** Where putManifest's layout starts listing files, one JSON object a line (`,` ending all but the last). */
const FILES_OPEN = '\n  "files": [';
const FILES_CLOSE = '\n  ]\n}';
const FILE_LINE = '\n    {';

/**
 * A manifest in putManifest's own layout, read a line at a time with the same checks as the schema's:
 * the schema over 100,000 files (a full snapshot's) cost most of a second and 200 MB when a run
 * compacts a chain. Undefined when the text is laid out otherwise, or anything in it would be refused:
 * then the schema reads it (and names the problem).
 */
function parseManifestLines(text: string, file: string): SnapshotManifest | undefined {
  const open = text.indexOf(FILES_OPEN);
  const close = text.lastIndexOf(FILES_CLOSE);
  if (open < 0 || close < open) return undefined;
  let head: unknown;
  try {
    head = JSON.parse(`${text.slice(0, open)}\n  "files": []${text.slice(close + 4)}`);
  } catch {
    return undefined;
  }
  const parsed = checkState(snapshotManifestSchema, head);
  if (!parsed.ok) return undefined;
  const files: SnapshotFile[] = [];
  for (let at = open + FILES_OPEN.length; at < close; ) {
    if (!text.startsWith(FILE_LINE, at)) return undefined;
    let end = text.indexOf('\n', at + 1);
    if (end < 0 || end > close) end = close;
    const line = text.slice(at + FILE_LINE.length - 1, text.charCodeAt(end - 1) === 44 /* , */ && end < close ? end - 1 : end);
    let f: { path?: unknown; sha256?: unknown; size?: unknown };
    try {
      f = JSON.parse(line) as typeof f;
    } catch {
      return undefined;
    }
    if (typeof f.path !== 'string' || relativePathProblem(f.path) !== undefined) return undefined;
    if (typeof f.sha256 !== 'string' || !SHA256_RE.test(f.sha256)) return undefined;
    if (typeof f.size !== 'number' || !Number.isSafeInteger(f.size) || f.size < 0 || Object.keys(f).length !== 3) return undefined;
    files.push(f as SnapshotFile);
    at = end;
  }
  return checkedManifest({ ok: true, value: { ...parsed.value, files } }, file);
}

/** A manifest as the schema found it, with the checks beyond it: a BackupError naming the file when refused. */
function checkedManifest(parsed: StateCheck<z.infer<typeof snapshotManifestSchema>>, file: string): SnapshotManifest {
  const fail = (problem: string): never => {
    throw new BackupError(corruptStateMessage(file, 'snapshot manifest', problem, 'this snapshot cannot be listed or restored (`wiki-daily backup verify` lists every damaged one)'));
  };
  if (!parsed.ok) return fail(parsed.problem);
  const m = parsed.value;
  if (path.basename(file) !== `${m.id}.json`) fail(`id: ${m.id} does not match the file name`);
  // An entry whose path is already in its one form is kept as parsed (no copy of 100,000 objects).
  const files: SnapshotFile[] = m.files.map((f, i) => {
    const normal = normalizeRelative(f.path, `files[${i}].path`);
    return normal === f.path ? f : { ...f, path: normal };
  });
  const manifest: SnapshotManifest = { id: m.id, createdAt: m.createdAt, files, totalSize: files.reduce((n, f) => n + f.size, 0) };
  if (m.label !== undefined) manifest.label = m.label;
  if (m.base !== undefined) {
    if (m.base === m.id) fail(`base: ${m.base} is the snapshot itself`);
    manifest.base = m.base;
    const removed = (m.removed ?? []).map((r, i) => normalizeRelative(r, `removed[${i}]`));
    const gone = new Set(removed);
    const both = files.find((f) => gone.has(f.path));
    if (both) fail(`${both.path} is both in files and in removed`);
    manifest.removed = removed;
  } else if (m.removed !== undefined) fail('removed: only a delta snapshot (with a base) removes paths');
  return manifest;
}

/** One manifest as stored (a delta as its own list: see resolveSnapshot for what it holds). */
export async function readManifest(storeDir: string, id: string): Promise<SnapshotManifest> {
  const file = manifestPath(storeDir, id);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new BackupError(`cannot read snapshot manifest ${file}: ${errorMessage(err)}`, { cause: err });
  }
  return parseManifest(text, file);
}

/** Longer chains are refused as damage: a run writes a full snapshot long before (delta.ts DELTA_CHAIN_CAP). */
const MAX_CHAIN = 256;

const byPathOrder = (a: SnapshotFile, b: SnapshotFile): number => compareStrings(a.path, b.path);

function isSortedByPath(files: readonly SnapshotFile[]): boolean {
  for (let i = 1; i < files.length; i++) if (files[i - 1]!.path >= files[i]!.path) return false;
  return true;
}

/** `base` (sorted by path) with a delta applied, sorted by path: one merge, no map of 100,000 paths. */
function applyDelta(base: readonly SnapshotFile[], delta: SnapshotManifest): SnapshotFile[] {
  const changed = [...delta.files].sort(byPathOrder);
  const removed = new Set(delta.removed ?? []);
  const out: SnapshotFile[] = [];
  let j = 0;
  for (const f of base) {
    while (j < changed.length && changed[j]!.path < f.path) out.push(changed[j++]!);
    if (j < changed.length && changed[j]!.path === f.path) out.push(changed[j++]!);
    else if (!removed.has(f.path)) out.push(f);
  }
  while (j < changed.length) out.push(changed[j++]!);
  return out;
}

/** A snapshot as it holds the wiki: every file, sorted by path, its chain applied. */
export interface ResolvedSnapshot extends SnapshotManifest {
  /** Its own id first, then each base down to the full snapshot. */
  chain: string[];
}

/** A delta whose chain cannot be followed; `base` is the snapshot where it breaks. */
class BrokenChainError extends BackupError {
  constructor(
    message: string,
    readonly base: string,
  ) {
    super(message);
  }
}

function brokenChainError(storeDir: string, child: string, base: string, why: string): BrokenChainError {
  return new BrokenChainError(
    corruptStateMessage(manifestPath(storeDir, child), 'snapshot manifest', `its base snapshot ${base} (${manifestPath(storeDir, base)}) ${why}`, 'this snapshot cannot be listed or restored (`wiki-daily backup verify` lists every damaged one)'),
    base,
  );
}

/**
 * The manifests from `id` down to its full snapshot, through `read` (a store's files, or manifests
 * already loaded). A missing or unreadable base, a loop or an endless chain: a BackupError naming the file.
 */
async function readChain(storeDir: string, id: string, read: (id: string) => Promise<SnapshotManifest>): Promise<SnapshotManifest[]> {
  const chain = [await read(id)];
  for (let m = chain[0]!; m.base !== undefined; ) {
    const base = m.base;
    if (chain.some((c) => c.id === base)) throw brokenChainError(storeDir, m.id, base, 'is part of a loop of bases');
    if (chain.length >= MAX_CHAIN) throw brokenChainError(storeDir, m.id, base, `is more than ${MAX_CHAIN} deltas from a full snapshot`);
    let next: SnapshotManifest;
    try {
      next = await read(base);
    } catch (err) {
      const cause = err instanceof BackupError ? err.message : errorMessage(err);
      const broken = brokenChainError(storeDir, m.id, base, `cannot be read: ${cause}`);
      broken.cause = err;
      throw broken;
    }
    chain.push(next);
    m = next;
  }
  return chain;
}

/** Apply a chain (newest first, as readChain returns it). */
function applyChain(chain: readonly SnapshotManifest[], from?: { depth: number; files: readonly SnapshotFile[] }): ResolvedSnapshot {
  const start = from?.depth ?? chain.length - 1;
  let files: readonly SnapshotFile[] = from?.files ?? chain[start]!.files;
  if (!from && !isSortedByPath(files)) files = [...files].sort(byPathOrder);
  for (let i = start - 1; i >= 0; i--) files = applyDelta(files, chain[i]!);
  const head = chain[0]!;
  const out: ResolvedSnapshot = { id: head.id, createdAt: head.createdAt, files: files as SnapshotFile[], totalSize: files.reduce((n, f) => n + f.size, 0), chain: chain.map((m) => m.id) };
  if (head.label !== undefined) out.label = head.label;
  return out;
}

/** What snapshot `id` holds: its chain read and applied. */
export async function resolveSnapshot(storeDir: string, id: string): Promise<ResolvedSnapshot> {
  return applyChain(await readChain(storeDir, id, (sid) => readManifest(storeDir, sid)));
}

/**
 * Many manifests resolved at once (list, verify, prune): a chain shared by 30 snapshots is applied
 * once along it, each snapshot starting from its nearest already resolved base. A snapshot whose
 * chain is broken gets its error instead.
 */
async function resolveLoaded(storeDir: string, loaded: ReadonlyMap<string, SnapshotManifest>): Promise<Map<string, ResolvedSnapshot | BackupError>> {
  const out = new Map<string, ResolvedSnapshot | BackupError>();
  const read = async (sid: string): Promise<SnapshotManifest> => {
    const m = loaded.get(sid);
    if (!m) throw new BackupError(`${manifestPath(storeDir, sid)} is missing or unreadable`);
    return m;
  };
  // Oldest first: a base is older than the deltas on it, so it is resolved before them.
  for (const m of [...loaded.values()].sort((a, b) => newestFirst(b, a))) {
    let chain: SnapshotManifest[];
    try {
      chain = await readChain(storeDir, m.id, read);
    } catch (err) {
      if (!(err instanceof BackupError)) throw err;
      out.set(m.id, err);
      continue;
    }
    const depth = chain.findIndex((c, i) => i > 0 && out.get(c.id) !== undefined && !(out.get(c.id) instanceof BackupError));
    const from = depth > 0 ? { depth, files: (out.get(chain[depth]!.id) as ResolvedSnapshot).files } : undefined;
    out.set(m.id, applyChain(chain, from));
  }
  return out;
}

async function snapshotIds(storeDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(snapshotsDir(storeDir));
  } catch (err) {
    if (isNotFound(err)) return [];
    throw new BackupError(`cannot list ${snapshotsDir(storeDir)}: ${errorMessage(err)}`, { cause: err });
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -'.json'.length))
    .filter(isSnapshotId);
}

function newestFirst(a: SnapshotManifest, b: SnapshotManifest): number {
  const t = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  return t !== 0 ? t : b.id.localeCompare(a.id);
}

/** All manifests, newest first. An unreadable manifest is an error naming its file (see verifySnapshots to find them all). */
async function loadManifests(storeDir: string): Promise<SnapshotManifest[]> {
  const ids = await snapshotIds(storeDir);
  const manifests = await pLimit(HASH_CONCURRENCY).map(ids, (id) => readManifest(storeDir, id));
  return manifests.sort(newestFirst);
}

function info(m: SnapshotManifest): SnapshotInfo {
  const out: SnapshotInfo = { id: m.id, createdAt: m.createdAt, files: m.files.length, size: m.totalSize };
  if (m.label !== undefined) out.label = m.label;
  return out;
}

/** Every snapshot resolved, newest first; a broken chain is an error naming the file. */
async function loadResolved(storeDir: string): Promise<ResolvedSnapshot[]> {
  const raw = await loadManifests(storeDir);
  const resolved = await resolveLoaded(storeDir, new Map(raw.map((m) => [m.id, m])));
  return raw.map((m) => {
    const r = resolved.get(m.id)!;
    if (r instanceof BackupError) throw r;
    return r;
  });
}

/** Snapshots newest first, each with the files it holds (a delta's chain applied). */
export async function listSnapshots(storeDir: string): Promise<SnapshotInfo[]> {
  return (await loadResolved(storeDir)).map(info);
}

async function blobExists(storeDir: string, sha256: string): Promise<boolean> {
  try {
    return (await stat(blobPath(storeDir, sha256))).isFile();
  } catch (err) {
    if (isNotFound(err)) return false;
    throw new BackupError(`cannot stat blob ${blobPath(storeDir, sha256)}: ${errorMessage(err)}`, { cause: err });
  }
}

/**
 * Store a blob unless present. The content is hashed here, so a caller cannot file bytes under the
 * wrong name. Returns whether it was written.
 */
export async function putBlob(
  storeDir: string,
  data: Uint8Array,
  expectedSha256?: string,
  opts: { replaceCorrupt?: boolean } = {},
): Promise<{ sha256: string; written: boolean }> {
  const sha256 = sha256Hex(data);
  if (expectedSha256 !== undefined && sha256 !== expectedSha256) {
    throw new BackupError(`blob content hashes to ${sha256}, expected ${expectedSha256}`);
  }
  return fileBlob(storeDir, data, sha256, opts);
}

/** Store bytes under their sha256, which the caller has just computed from them, unless present. */
async function fileBlob(storeDir: string, data: Uint8Array, sha256: string, opts: { replaceCorrupt?: boolean } = {}): Promise<{ sha256: string; written: boolean }> {
  if (await blobExists(storeDir, sha256)) {
    if (!opts.replaceCorrupt || (await checkBlob(storeDir, sha256, data.length)) === undefined) return { sha256, written: false };
  }
  const file = blobPath(storeDir, sha256);
  try {
    await writeFileAtomic(file, data);
  } catch (err) {
    throw new BackupError(`cannot write blob ${file}: ${errorMessage(err)}`, { cause: err });
  }
  return { sha256, written: true };
}

/**
 * Write a manifest; callers store its blobs first so a manifest never points at a missing blob.
 * `ownFiles`: createSnapshot's own file list (only the paths need checking, see below).
 */
export async function putManifest(storeDir: string, manifest: SnapshotManifest, opts: { ownFiles?: boolean } = {}): Promise<void> {
  const file = manifestPath(storeDir, manifest.id);
  // Checked as it will be read back (the same schema and checks; not through JSON text, which cost
  // 60 MB and a third of a second at 100,000 files), so nothing we write could be refused when read.
  if (opts.ownFiles) {
    checkedManifest(checkState(snapshotManifestSchema, { ...manifest, files: [] }), file);
    // The snapshot's own files: hashes it computed (or the table's, of the same pattern) and counted
    // sizes; only a path could be refused (a file name with a backslash reads as a separator).
    for (const [i, f] of manifest.files.entries()) {
      const problem = relativePathProblem(f.path);
      if (problem) throw new BackupError(corruptStateMessage(file, 'snapshot manifest', `files[${i}].path: not a path inside the wiki root: ${problem}`, 'it was not written'));
    }
  } else checkedManifest(checkState(snapshotManifestSchema, manifest), file);
  // One line per file: half the size of JSON indented throughout, and still one diffable line each.
  const { files, ...head } = manifest;
  const parts = [`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "files": [`];
  for (const [i, f] of files.entries()) parts.push(`${i ? ',' : ''}\n    ${JSON.stringify(f)}`);
  parts.push('\n  ]\n}\n');
  const body = parts.join('');
  try {
    await writeFileAtomic(file, body);
  } catch (err) {
    throw new BackupError(`cannot write snapshot manifest ${file}: ${errorMessage(err)}`, { cause: err });
  }
}

export interface SnapshotOptions {
  label?: string;
  clock?: Clock;
  /**
   * Root-relative path → git blob id, for files whose content git vouches for (tracked and unchanged:
   * src/git/blobs.ts gitWorkTree). A file whose blob the store already holds is not read: at 100,000
   * pages reading and hashing the whole wiki before every run cost seconds, and on Actions every run
   * starts from a fresh checkout (new inodes and times), so only content ids can tell it is unchanged.
   */
  gitBlobs?: ReadonlyMap<string, string>;
  /**
   * Every regular file under the include paths, sorted, as git sees the work tree (src/git/blobs.ts
   * gitWorkTree), instead of walking the folders; files inside the store are still left out.
   */
  files?: readonly string[];
}

/** A file read for a snapshot, as stored. */
interface StoredFile {
  file: SnapshotFile;
  /** git's blob id of the same bytes (when asked for and known). */
  gitBlob?: string;
}

/**
 * Read, hash and store files in one pass, so the hash always describes exactly the bytes stored.
 * `ifRegular`: a path that is not a regular file (gone, a folder, a symlink) comes back undefined
 * instead of failing, as a walk of the folders would not find it.
 */
async function storeFiles(
  absRoot: string,
  storeDir: string,
  rels: readonly string[],
  opts: { withGitBlob: boolean | ((rel: string) => boolean); added: { bytes: number; blobs: number }; ifRegular?: false },
): Promise<StoredFile[]>;
async function storeFiles(
  absRoot: string,
  storeDir: string,
  rels: readonly string[],
  opts: { withGitBlob: boolean | ((rel: string) => boolean); added: { bytes: number; blobs: number }; ifRegular: true },
): Promise<(StoredFile | undefined)[]>;
async function storeFiles(
  absRoot: string,
  storeDir: string,
  rels: readonly string[],
  opts: { withGitBlob: boolean | ((rel: string) => boolean); added: { bytes: number; blobs: number }; ifRegular?: boolean },
): Promise<(StoredFile | undefined)[]> {
  // Identical files share one write, so counts stay right when they are hashed in parallel.
  const pending = new Map<string, Promise<void>>();
  const chunks: Buffer[] = [];
  return pLimit(HASH_CONCURRENCY).map(rels, async (rel): Promise<StoredFile | undefined> => {
    const abs = path.join(absRoot, ...rel.split('/'));
    if (opts.ifRegular) {
      const st = await lstat(abs).catch((err: unknown) => {
        if (isNotFound(err)) return undefined;
        throw new BackupError(`cannot look at ${abs} for the backup: ${errorMessage(err)}`, { cause: err });
      });
      if (!st?.isFile()) return undefined;
    }
    const chunk = chunks.pop() ?? Buffer.allocUnsafe(COPY_CHUNK);
    let read: ReadBlob;
    try {
      read = await readIntoStore(storeDir, abs, chunk, typeof opts.withGitBlob === 'function' ? opts.withGitBlob(rel) : opts.withGitBlob);
    } catch (err) {
      // Gone between the lstat and the read: as if the lstat had not found it.
      if (opts.ifRegular && isNotFound(err)) return undefined;
      throw new BackupError(`cannot read ${abs} for the backup: ${errorMessage(err)}`, { cause: err });
    } finally {
      chunks.push(chunk);
    }
    const { sha256, size } = read;
    let write = pending.get(sha256);
    if (!write) {
      // Hashed just above from these very bytes: not hashed again (putBlob's check is for callers with bytes from elsewhere).
      write = (read.data ? fileBlob(storeDir, read.data, sha256) : read.place!()).then(({ written }) => {
        if (written) {
          opts.added.bytes += size;
          opts.added.blobs += 1;
        }
      });
      pending.set(sha256, write);
    } else await read.discard?.();
    await write;
    return { file: { path: rel, sha256, size }, ...(read.gitBlob ? { gitBlob: read.gitBlob } : {}) };
  });
}

export async function createSnapshot(root: string, include: string[], storeDir: string, opts: SnapshotOptions = {}): Promise<CreateSnapshotResult> {
  const { listed: _listed, listedBlobs: _blobs, ...result } = await takeFullSnapshot(root, include, storeDir, opts);
  return result;
}

/** A full snapshot, with what it listed: every file, and git's blob id of each where known. */
export async function takeFullSnapshot(
  root: string,
  include: string[],
  storeDir: string,
  opts: SnapshotOptions = {},
): Promise<CreateSnapshotResult & { listed: readonly SnapshotFile[]; listedBlobs: readonly (string | undefined)[] }> {
  const clock = opts.clock ?? systemClock;
  const absRoot = path.resolve(root);
  const rels = opts.files ? outsideStore(absRoot, opts.files, storeDir) : await listIncludedFiles(absRoot, include, storeDir);
  const known = opts.gitBlobs ? await readGitBlobs(storeDir) : undefined;
  /** Per file of the snapshot, git's blob id of its bytes when known (the table written after it). */
  const fileBlobs: (string | undefined)[] = new Array(rels.length);
  let fromTable = 0;
  let newPairs = 0;

  const files: SnapshotFile[] = new Array(rels.length);
  // The files the table vouches for, in one plain loop: a promise per file (100,000 of them) cost
  // more than everything else the snapshot does for an unchanged wiki.
  const toRead: number[] = [];
  for (let i = 0; i < rels.length; i++) {
    const rel = rels[i]!;
    const gitBlob = opts.gitBlobs?.get(rel);
    const stored = gitBlob === undefined ? undefined : known?.blobs.get(gitBlob);
    if (stored) {
      fileBlobs[i] = gitBlob;
      fromTable++;
      files[i] = { path: rel, sha256: stored.sha256, size: stored.size };
    } else toRead.push(i);
  }
  const added = { bytes: 0, blobs: 0 };
  const stored = await storeFiles(absRoot, storeDir, toRead.map((i) => rels[i]!), { withGitBlob: !!opts.gitBlobs, added });
  for (const [k, i] of toRead.entries()) {
    const read = stored[k]!;
    files[i] = read.file;
    // Computed from the bytes stored (not taken from git), so the table can never pair wrong contents.
    if (read.gitBlob) {
      fileBlobs[i] = read.gitBlob;
      newPairs++;
    }
  }
  const { bytes: bytesAdded, blobs: blobsAdded } = added;

  // A snapshot id ends with the first 8 hex digits of its files' digest: when they differ from the
  // newest's, the files differ, and its manifest (15 MB at 100,000 files) need not be read to know it.
  const digest = manifestDigest(files);
  const newest = await newestManifest(storeDir, digest);
  let id: string;
  let created = false;
  if (newest && sameFiles(newest.files, files)) id = newest.id;
  else {
    const now = clock.now();
    const manifest: SnapshotManifest = {
      id: snapshotIdFor(now, digest),
      createdAt: new Date(now).toISOString(),
      files,
      totalSize: files.reduce((n, f) => n + f.size, 0),
    };
    if (opts.label !== undefined) manifest.label = opts.label;
    await putManifest(storeDir, manifest, { ownFiles: true });
    id = manifest.id;
    created = true;
  }
  // Rewritten unless it would say the same: same snapshot, nothing new, nothing gone.
  if (opts.gitBlobs && (known?.snapshot !== id || newPairs > 0 || fromTable !== known.blobs.size)) await writeGitBlobs(storeDir, id, files, fileBlobs);
  return { id, created, files: files.length, bytesAdded, blobsAdded, listed: files, listedBlobs: fileBlobs };
}

/** What a delta's base holds at a path: its file, git's blob id of the file's bytes, or nothing (undefined). */
export type BaseFile = SnapshotFile | { gitBlob: string } | undefined;

export interface DeltaCandidate {
  /** Root-relative path that may differ from the base. */
  path: string;
  base: BaseFile;
  /** git's blob id of the file there now, when git vouches for it (then it is not computed from the bytes). */
  gitBlob?: string;
}

export interface DeltaSnapshotResult extends CreateSnapshotResult {
  /** Each candidate as the snapshot found it (undefined: no regular file there), in the candidates' order. */
  found: (StoredFile | undefined)[];
  /** Whether a full snapshot was written (compact), not a delta. */
  full: boolean;
}

function deltaDigest(base: string, files: readonly SnapshotFile[], removed: readonly string[]): string {
  return createHash('sha256').update(`${base}\n${manifestDigest(files)}\n${removed.join('\0')}`).digest('hex');
}

/**
 * A snapshot that reads only the candidates: every other path under the include paths holds what it
 * holds in `base` (the caller knows it from git: src/ops/backup/delta.ts). Written as a delta on
 * `base`, or with `compact` as a full snapshot (base resolved, the delta applied). When no candidate
 * differs from the base, nothing is written and the base is the snapshot (created: false).
 */
/** Files stored ahead of a delta snapshot (storeAhead), by path; undefined: no regular file there. */
export interface StoredAhead {
  found: Map<string, StoredFile | undefined>;
  added: { bytes: number; blobs: number };
}

/**
 * Read and store files before the snapshot that will list them is decided (while git still works out
 * the rest of what changed): the blobs go into the store, the manifest later names the ones it needs.
 * No git blob id is computed; a delta uses these only where git vouches for the file's blob.
 */
export async function storeAhead(root: string, storeDir: string, paths: readonly string[]): Promise<StoredAhead> {
  const absRoot = path.resolve(root);
  const readable = outsideStore(absRoot, paths, storeDir);
  const added = { bytes: 0, blobs: 0 };
  const stored = await storeFiles(absRoot, storeDir, readable, { withGitBlob: false, added, ifRegular: true });
  return { found: new Map(readable.map((p, k) => [p, stored[k]])), added };
}

export async function createDeltaSnapshot(
  root: string,
  storeDir: string,
  base: { id: string; files: number },
  candidates: readonly DeltaCandidate[],
  opts: { label?: string; clock?: Clock; compact?: boolean; ahead?: StoredAhead } = {},
): Promise<DeltaSnapshotResult> {
  const clock = opts.clock ?? systemClock;
  const absRoot = path.resolve(root);
  // The store's own files (when it sits under the root) are never backed up: found as nothing.
  const backedUp = new Set(outsideStore(absRoot, candidates.map((c) => c.path), storeDir));
  const vouched = new Map(candidates.flatMap((c) => (c.gitBlob && backedUp.has(c.path) ? [[c.path, c.gitBlob] as const] : [])));
  // Stored ahead and vouched for by git: as read then. Otherwise (the work tree changed it, or git's
  // blob id is not known) read now.
  const ahead = opts.ahead;
  const readable = candidates.filter((c) => backedUp.has(c.path) && !(vouched.has(c.path) && ahead?.found.has(c.path)));
  const added = { bytes: ahead?.added.bytes ?? 0, blobs: ahead?.added.blobs ?? 0 };
  const stored = await storeFiles(absRoot, storeDir, readable.map((c) => c.path), { withGitBlob: (rel) => !vouched.has(rel), added, ifRegular: true });
  const byPath = new Map(readable.map((c, k) => [c.path, stored[k]]));
  const found = candidates.map((c) => {
    const now = byPath.has(c.path) ? byPath.get(c.path) : ahead?.found.get(c.path);
    const gitBlob = vouched.get(c.path);
    return now && gitBlob ? { ...now, gitBlob } : now;
  });

  const files: SnapshotFile[] = [];
  const removed: string[] = [];
  let count = base.files;
  for (const [k, c] of candidates.entries()) {
    const now = found[k];
    if (!now) {
      if (c.base) {
        removed.push(c.path);
        count--;
      }
      continue;
    }
    if (!c.base) count++;
    const same = c.base && ('gitBlob' in c.base ? now.gitBlob === c.base.gitBlob : now.file.sha256 === c.base.sha256 && now.file.size === c.base.size);
    if (!same) files.push(now.file);
  }
  if (!files.length && !removed.length) return { id: base.id, created: false, files: base.files, bytesAdded: 0, blobsAdded: 0, found, full: false };
  files.sort(byPathOrder);
  removed.sort();
  const now = clock.now();
  const delta: SnapshotManifest = { id: '', createdAt: new Date(now).toISOString(), base: base.id, files, removed, totalSize: files.reduce((n, f) => n + f.size, 0) };
  if (opts.label !== undefined) delta.label = opts.label;
  let manifest: SnapshotManifest;
  if (opts.compact) {
    const all = applyDelta((await resolveSnapshot(storeDir, base.id)).files, delta);
    manifest = { id: snapshotIdFor(now, manifestDigest(all)), createdAt: delta.createdAt, files: all, totalSize: all.reduce((n, f) => n + f.size, 0) };
    if (opts.label !== undefined) manifest.label = opts.label;
    count = all.length;
  } else manifest = { ...delta, id: snapshotIdFor(now, deltaDigest(base.id, files, removed)) };
  await putManifest(storeDir, manifest, { ownFiles: true });
  return { id: manifest.id, created: true, files: count, bytesAdded: added.bytes, blobsAdded: added.blobs, found, full: !!opts.compact };
}

/**
 * The newest manifest, reading only those of the newest second (ids start with their creation time);
 * undefined when none of them can hold files with this digest (their ids end with another).
 */
async function newestManifest(storeDir: string, digest: string): Promise<SnapshotManifest | undefined> {
  const ids = (await snapshotIds(storeDir)).sort().reverse();
  const stamp = ids[0]?.slice(0, ids[0].indexOf('-'));
  const newest = ids.filter((id) => id.startsWith(`${stamp}-`));
  if (!newest.some((id) => id.endsWith(`-${digest.slice(0, 8)}`))) return undefined;
  const manifests = await Promise.all(newest.map((id) => readManifest(storeDir, id)));
  return manifests.sort(newestFirst)[0];
}

interface KnownBlob {
  sha256: string;
  size: number;
}

/**
 * The store's table of git blob ids (git-blobs.tsv): which sha256 and size the bytes of a git blob have
 * in this store. Written after the snapshot it names (whose manifest lists every blob in it), and
 * believed only while that manifest exists: then every blob it names is in the store (blobs go before
 * manifests, and pruning deletes only blobs no manifest names). Anything unexpected in it: not used.
 */
const GIT_BLOBS_HEADER = '# wiki-daily backup: git blob id, sha256, size; for snapshot';
const GIT_BLOB_LINE = /[0-9a-f]{40}\t[0-9a-f]{64}\t\d+\n/y;

function gitBlobsFile(storeDir: string): string {
  return path.join(storeDir, 'git-blobs.tsv');
}

async function readGitBlobs(storeDir: string): Promise<{ snapshot: string; blobs: Map<string, KnownBlob> } | undefined> {
  let text: string;
  try {
    text = await readFile(gitBlobsFile(storeDir), 'latin1');
  } catch {
    return undefined;
  }
  const headEnd = text.indexOf('\n');
  const head = text.slice(0, headEnd < 0 ? text.length : headEnd).split('\t');
  const snapshot = head[1] ?? '';
  if (head[0] !== GIT_BLOBS_HEADER || !isSnapshotId(snapshot) || headEnd < 0) return undefined;
  if (!(await stat(manifestPath(storeDir, snapshot)).then((st) => st.isFile(), () => false))) return undefined;
  const blobs = new Map<string, KnownBlob>();
  // Matched where it stands (sticky), line after line: no 100,000 lines cut out to be tested.
  GIT_BLOB_LINE.lastIndex = headEnd + 1;
  for (let at = headEnd + 1; at < text.length; at = GIT_BLOB_LINE.lastIndex) {
    if (!GIT_BLOB_LINE.test(text)) return undefined;
    blobs.set(text.slice(at, at + 40), { sha256: text.slice(at + 41, at + 105), size: Number(text.slice(at + 106, GIT_BLOB_LINE.lastIndex - 1)) });
  }
  return { snapshot, blobs };
}

/** The table for a snapshot: one line per file whose git blob id is known (two equal files: the same line twice). */
async function writeGitBlobs(storeDir: string, snapshot: string, files: readonly SnapshotFile[], gitBlobs: readonly (string | undefined)[]): Promise<void> {
  const lines = [`${GIT_BLOBS_HEADER}\t${snapshot}\n`];
  for (const [i, f] of files.entries()) if (gitBlobs[i]) lines.push(`${gitBlobs[i]}\t${f.sha256}\t${f.size}\n`);
  try {
    await writeFileAtomic(gitBlobsFile(storeDir), lines.join(''));
  } catch (err) {
    throw new BackupError(`cannot write ${gitBlobsFile(storeDir)}: ${errorMessage(err)}`, { cause: err });
  }
}

/** Files up to this size are read whole; larger ones a chunk at a time, straight into the store. */
const COPY_CHUNK = 1 << 20;

interface ReadBlob {
  sha256: string;
  size: number;
  /** git's blob id of the same bytes (when asked for). */
  gitBlob?: string;
  /** A small file's bytes (store them with putBlob). */
  data?: Buffer;
  /** A large file already copied into the store under a temporary name: file it under its hash, or drop it. */
  place?: () => Promise<{ written: boolean }>;
  discard?: () => Promise<void>;
}

/**
 * Read a file for the snapshot. A large one (the wiki index and the by-year page are tens of MB at
 * 100,000 pages) is hashed and copied into the store a chunk at a time through `chunk`: as one Buffer
 * each they stayed in memory until a full garbage collection, at the run's peak.
 */
async function readIntoStore(storeDir: string, abs: string, chunk: Buffer, withGitBlob: boolean): Promise<ReadBlob> {
  const fh = await open(abs, 'r');
  let tmp: string | undefined;
  try {
    const expected = (await fh.stat()).size;
    if (expected <= chunk.length) {
      const data = await fh.readFile();
      return { sha256: sha256Hex(data), size: data.length, data, ...(withGitBlob ? { gitBlob: gitBlobId(data) } : {}) };
    }
    await mkdir(blobsDir(storeDir), { recursive: true });
    tmp = path.join(blobsDir(storeDir), `.incoming-${randomBytes(6).toString('hex')}.tmp`);
    const out = await open(tmp, 'w');
    const sha = createHash('sha256');
    // git's id needs the size first: a file that grows or shrinks while it is read gets none.
    const sha1 = withGitBlob ? createHash('sha1').update(`blob ${expected}\0`) : undefined;
    let size = 0;
    try {
      for (;;) {
        const { bytesRead } = await fh.read(chunk, 0, chunk.length, size);
        if (!bytesRead) break;
        const bytes = chunk.subarray(0, bytesRead);
        sha.update(bytes);
        sha1?.update(bytes);
        for (let off = 0; off < bytesRead; ) off += (await out.write(bytes, off, bytesRead - off)).bytesWritten;
        size += bytesRead;
      }
      await out.sync();
    } finally {
      await out.close();
    }
    const sha256 = sha.digest('hex');
    const incoming = tmp;
    tmp = undefined;
    const discard = () => rm(incoming, { force: true });
    const place = async (): Promise<{ written: boolean }> => {
      if (await blobExists(storeDir, sha256)) {
        await discard();
        return { written: false };
      }
      const file = blobPath(storeDir, sha256);
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await rename(incoming, file);
      } catch (err) {
        await discard();
        throw new BackupError(`cannot write blob ${file}: ${errorMessage(err)}`, { cause: err });
      }
      return { written: true };
    };
    return { sha256, size, ...(sha1 && size === expected ? { gitBlob: sha1.digest('hex') } : {}), place, discard };
  } finally {
    await fh.close();
    if (tmp) await rm(tmp, { force: true });
  }
}

/** Check one blob against the hash and size a manifest claims for it. */
async function checkBlob(storeDir: string, sha256: string, size: number): Promise<SnapshotProblemKind | undefined> {
  let data: Buffer;
  try {
    data = await readFile(blobPath(storeDir, sha256));
  } catch (err) {
    if (isNotFound(err)) return 'missing';
    throw new BackupError(`cannot read blob ${blobPath(storeDir, sha256)}: ${errorMessage(err)}`, { cause: err });
  }
  if (sha256Hex(data) !== sha256) return 'corrupt';
  if (data.length !== size) return 'size';
  return undefined;
}

/** Verify the given manifests' blobs, hashing each distinct blob once. */
async function verifyManifests(storeDir: string, manifests: readonly SnapshotManifest[]): Promise<VerifyResult> {
  const verdicts = new Map<string, Promise<SnapshotProblemKind | undefined>>();
  const verdictFor = (f: SnapshotFile): Promise<SnapshotProblemKind | undefined> => {
    const key = `${f.sha256}:${f.size}`;
    let v = verdicts.get(key);
    if (!v) {
      v = checkBlob(storeDir, f.sha256, f.size);
      verdicts.set(key, v);
    }
    return v;
  };
  const entries = manifests.flatMap((m) => m.files.map((f) => ({ snapshot: m.id, file: f })));
  const results = await pLimit(HASH_CONCURRENCY).map(entries, async (e) => ({ ...e, problem: await verdictFor(e.file) }));
  const problems: SnapshotProblem[] = [];
  for (const r of results) {
    if (r.problem) problems.push({ snapshot: r.snapshot, path: r.file.path, problem: r.problem });
  }
  return { ok: problems.length === 0, checked: entries.length, problems };
}

async function unknownIdError(storeDir: string, id: string): Promise<BackupError> {
  const ids = (await snapshotIds(storeDir)).sort().reverse().slice(0, 5);
  return new BackupError(
    ids.length
      ? `unknown snapshot "${id}" in ${storeDir}; newest: ${ids.join(', ')}`
      : `unknown snapshot "${id}": the store ${storeDir} has no snapshots`,
  );
}

async function requireSnapshot(storeDir: string, id: string): Promise<ResolvedSnapshot> {
  if (!isSnapshotId(id) || !(await snapshotIds(storeDir)).includes(id)) throw await unknownIdError(storeDir, id);
  return resolveSnapshot(storeDir, id);
}

/** A broken chain as verify reports it: the base's manifest, missing or unreadable. */
function chainProblem(storeDir: string, id: string, err: BackupError, readable: (id: string) => boolean): SnapshotProblem {
  // The base where its chain breaks is the file to name.
  const base = err instanceof BrokenChainError ? err.base : id;
  return { snapshot: id, path: `snapshots/${base}.json`, problem: base !== id && !readable(base) ? 'missing' : 'corrupt' };
}

/**
 * Re-hash every blob of one snapshot (or all). Unreadable manifests are reported as a `corrupt`
 * problem on the manifest's own store-relative path rather than aborting the whole check.
 */
export async function verifySnapshots(storeDir: string, id?: string): Promise<VerifyResult> {
  const ids = await snapshotIds(storeDir);
  if (id !== undefined && (!isSnapshotId(id) || !ids.includes(id))) throw await unknownIdError(storeDir, id);
  const loaded = new Map<string, SnapshotManifest>();
  const broken: SnapshotProblem[] = [];
  for (const sid of ids) {
    try {
      loaded.set(sid, await readManifest(storeDir, sid));
    } catch (err) {
      if (!(err instanceof BackupError)) throw err;
      broken.push({ snapshot: sid, path: `snapshots/${sid}.json`, problem: 'corrupt' });
    }
  }
  // One snapshot: only its chain is read (and reported: a damaged base is its damage too).
  if (id !== undefined) {
    if (!loaded.has(id)) return { ok: false, checked: 0, problems: broken.filter((p) => p.snapshot === id) };
    try {
      return await verifyManifests(storeDir, [await resolveSnapshot(storeDir, id)]);
    } catch (err) {
      if (!(err instanceof BackupError)) throw err;
      return { ok: false, checked: 0, problems: [chainProblem(storeDir, id, err, (sid) => ids.includes(sid))] };
    }
  }
  const resolved: ResolvedSnapshot[] = [];
  for (const [sid, r] of await resolveLoaded(storeDir, loaded)) {
    if (r instanceof BackupError) broken.push(chainProblem(storeDir, sid, r, (b) => ids.includes(b)));
    else resolved.push(r);
  }
  const result = await verifyManifests(storeDir, resolved.sort(newestFirst));
  const problems = [...broken, ...result.problems];
  return { ok: problems.length === 0, checked: result.checked, problems };
}

function describeProblems(problems: readonly SnapshotProblem[]): string {
  const shown = problems.slice(0, 20).map((p) => `  - ${p.path}: blob ${p.problem} (snapshot ${p.snapshot})`);
  if (problems.length > shown.length) shown.push(`  - … and ${problems.length - shown.length} more`);
  return shown.join('\n');
}

async function hashFileIfPresent(abs: string): Promise<string | undefined> {
  try {
    return sha256Hex(await readFile(abs));
  } catch (err) {
    if (isNotFound(err)) return undefined;
    const code = (err as NodeJS.ErrnoException).code;
    // A directory where the snapshot has a file: it must be replaced, which the caller handles.
    if (code === 'EISDIR') return undefined;
    throw new BackupError(`cannot read ${abs}: ${errorMessage(err)}`, { cause: err });
  }
}

/** Remove now-empty directories from `dir` up to (not including) the include root's parent. */
async function removeEmptyParents(absRoot: string, rel: string, include: string): Promise<void> {
  let dir = path.posix.dirname(rel);
  const stopAt = path.posix.dirname(include);
  while (dir !== stopAt && dir !== '.' && isUnder(dir, include)) {
    try {
      await rmdir(path.join(absRoot, ...dir.split('/')));
    } catch {
      // Not empty (or already gone): nothing further up can be empty either.
      return;
    }
    dir = path.posix.dirname(dir);
  }
}

/**
 * A symlinked folder under an include would make a restore write outside the wiki; the snapshot
 * holds a real folder there, so the link is removed (it was never backed up: symlinks are skipped).
 */
async function replaceLinkedAncestors(absRoot: string, rel: string, include: string): Promise<void> {
  const segments = rel.split('/');
  const includeDepth = include.split('/').length;
  for (let depth = includeDepth; depth < segments.length; depth++) {
    const abs = path.join(absRoot, ...segments.slice(0, depth));
    const st = await lstat(abs).catch(() => undefined);
    if (!st) return;
    if (st.isSymbolicLink()) await unlink(abs);
  }
}

/**
 * Make every file under the include paths byte-identical to the snapshot. All needed blobs are
 * verified before the first write so a damaged store never leaves the wiki half-restored.
 * Stray files are removed first, so a path that changed between file and folder can be rewritten.
 */
export async function restoreSnapshot(storeDir: string, id: string, root: string, include: string[]): Promise<RestoreResult> {
  const absRoot = path.resolve(root);
  const includes = include.map((i) => normalizeRelative(i, 'include path'));
  const manifest = await requireSnapshot(storeDir, id);
  const wanted = manifest.files.filter((f) => includes.some((inc) => isUnder(f.path, inc)));

  const check = await verifyManifests(storeDir, [{ ...manifest, files: wanted }]);
  if (!check.ok) {
    throw new BackupError(
      `snapshot ${id} cannot be restored: ${check.problems.length} damaged blob(s) in ${storeDir}; nothing was changed\n${describeProblems(check.problems)}`,
    );
  }

  const wantedPaths = new Set(wanted.map((f) => f.path));
  const present = await listIncludedFiles(absRoot, includes, storeDir);
  const removed: string[] = [];
  for (const rel of present) {
    if (wantedPaths.has(rel)) continue;
    const abs = path.join(absRoot, ...rel.split('/'));
    try {
      await unlink(abs);
    } catch (err) {
      throw new BackupError(`cannot remove ${abs} during restore of ${id}: ${errorMessage(err)}`, { cause: err });
    }
    removed.push(rel);
    const inc = includes.find((i) => isUnder(rel, i));
    if (inc) await removeEmptyParents(absRoot, rel, inc);
  }

  const written: string[] = [];
  for (const f of wanted) {
    const abs = path.join(absRoot, ...f.path.split('/'));
    if ((await hashFileIfPresent(abs)) === f.sha256) continue;
    const data = await readFile(blobPath(storeDir, f.sha256));
    // Checked above, but re-checked here: this is the byte stream that lands in the wiki.
    if (sha256Hex(data) !== f.sha256) {
      throw new BackupError(`blob for ${f.path} changed during restore of ${id}; ${written.length} file(s) already written`);
    }
    try {
      const inc = includes.find((i) => isUnder(f.path, i)) as string;
      await replaceLinkedAncestors(absRoot, f.path, inc);
      const st = await lstat(abs).catch(() => undefined);
      if (st?.isDirectory()) await rm(abs, { recursive: true });
      await mkdir(path.dirname(abs), { recursive: true });
      await writeFileAtomic(abs, data);
    } catch (err) {
      throw new BackupError(`cannot write ${abs} during restore of ${id}: ${errorMessage(err)}`, { cause: err });
    }
    written.push(f.path);
  }
  return { written, removed };
}

interface StoreFile {
  abs: string;
  size: number;
  mtimeMs: number;
}

async function listStoreFiles(dir: string): Promise<StoreFile[]> {
  try {
    const out: StoreFile[] = [];
    for (const rel of await listFiles(dir, '')) {
      const abs = path.join(dir, rel);
      const st = await stat(abs);
      out.push({ abs, size: st.size, mtimeMs: st.mtimeMs });
    }
    return out;
  } catch (err) {
    throw new BackupError(`cannot list ${dir}: ${errorMessage(err)}`, { cause: err });
  }
}

/** Bytes on disk under the store (blobs, manifests, leftover temp files). */
export async function storeSize(storeDir: string): Promise<number> {
  return (await listStoreFiles(storeDir)).reduce((n, f) => n + f.size, 0);
}

/**
 * After a prune's folds: the recorded base of the next delta (git-base.json) names its snapshot's
 * new chain, or is removed with its snapshot. Before the deletions, so a crash leaves it naming only
 * manifests that exist (a stale one only costs the next run a full snapshot).
 */
async function rechainGitBase(storeDir: string, keptIds: ReadonlySet<string>, baseOf: ReadonlyMap<string, string | undefined>): Promise<void> {
  const file = gitBaseFile(storeDir);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return;
  const parsed = parseState(backupGitBaseSchema, text);
  if (!parsed.ok || !keptIds.has(parsed.value.snapshot)) {
    await rm(file, { force: true });
    return;
  }
  const chain = [parsed.value.snapshot];
  for (let b = baseOf.get(chain[0]!); b !== undefined && chain.length <= MAX_CHAIN; b = baseOf.get(b)) chain.push(b);
  if (chain.join() === parsed.value.chain.join()) return;
  try {
    await writeFileAtomic(file, `${JSON.stringify({ ...parsed.value, chain })}\n`);
  } catch (err) {
    throw new BackupError(`cannot write ${file}: ${errorMessage(err)}`, { cause: err });
  }
}

/** A resolved snapshot as a full manifest (its id, time and label kept). */
export function fullManifestOf(r: ResolvedSnapshot): SnapshotManifest {
  const m: SnapshotManifest = { id: r.id, createdAt: r.createdAt, files: r.files, totalSize: r.totalSize };
  if (r.label !== undefined) m.label = r.label;
  return m;
}

/** Snapshot `to` as a delta on `from` (both resolved, sorted by path): one merge of the two lists. */
function deltaBetween(from: ResolvedSnapshot, to: ResolvedSnapshot): SnapshotManifest {
  const files: SnapshotFile[] = [];
  const removed: string[] = [];
  let i = 0;
  for (const f of to.files) {
    while (i < from.files.length && from.files[i]!.path < f.path) removed.push(from.files[i++]!.path);
    const old = i < from.files.length && from.files[i]!.path === f.path ? from.files[i++] : undefined;
    if (!old || old.sha256 !== f.sha256 || old.size !== f.size) files.push(f);
  }
  while (i < from.files.length) removed.push(from.files[i++]!.path);
  const m: SnapshotManifest = { id: to.id, createdAt: to.createdAt, base: from.id, files, removed, totalSize: files.reduce((n, f) => n + f.size, 0) };
  if (to.label !== undefined) m.label = to.label;
  return m;
}

function uniqueBlobBytes(manifests: readonly SnapshotManifest[]): number {
  const sizes = new Map<string, number>();
  for (const m of manifests) for (const f of m.files) sizes.set(f.sha256, f.size);
  let total = 0;
  for (const s of sizes.values()) total += s;
  return total;
}

/**
 * Keep the newest `keep` snapshots, then drop the oldest survivors until the blobs they reference fit
 * in `maxSizeMb`. The newest snapshot that passes verification is never dropped, even if it is older
 * than the `keep` window or alone exceeds the size cap: it is the one a restore would fall back to.
 * Then blobs no remaining manifest references are deleted.
 */
export async function pruneSnapshots(
  storeDir: string,
  opts: {
    keep: number;
    maxSizeMb: number;
    clock?: Clock;
    /** Called after each kept delta is rewritten off a base that goes (tests inject a crash here). */
    afterFold?: (id: string) => void | Promise<void>;
  },
): Promise<PruneResult> {
  const clock = opts.clock ?? systemClock;
  const keep = Math.max(0, Math.floor(opts.keep));
  const maxBytes = opts.maxSizeMb * 1024 * 1024;
  const raw = new Map((await loadManifests(storeDir)).map((m) => [m.id, m]));
  const all = await loadResolved(storeDir);

  let protectedId: string | undefined;
  for (const m of all) {
    if ((await verifyManifests(storeDir, [m])).ok) {
      protectedId = m.id;
      break;
    }
  }

  const kept = all.filter((m, i) => i < keep || m.id === protectedId);
  while (uniqueBlobBytes(kept) > maxBytes) {
    let dropAt = -1;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i]?.id !== protectedId) {
        dropAt = i;
        break;
      }
    }
    if (dropAt < 0) break;
    kept.splice(dropAt, 1);
  }

  const keptIds = new Set(kept.map((m) => m.id));
  // A kept delta whose base goes is rewritten first, on its nearest kept base or as a full snapshot,
  // each atomically: a crash before the deletions below leaves every manifest resolving as before.
  const byId = new Map(all.map((m) => [m.id, m]));
  const baseOf = new Map([...raw.values()].map((m) => [m.id, m.base]));
  for (const k of kept) {
    const base = raw.get(k.id)?.base;
    if (base === undefined || keptIds.has(base)) continue;
    const ancestor = k.chain.slice(1).find((id) => keptIds.has(id));
    await putManifest(storeDir, ancestor ? deltaBetween(byId.get(ancestor)!, k) : fullManifestOf(k), { ownFiles: true });
    baseOf.set(k.id, ancestor);
    await opts.afterFold?.(k.id);
  }
  await rechainGitBase(storeDir, keptIds, baseOf);
  const removed: string[] = [];
  let freedBytes = 0;
  for (const m of all) {
    if (keptIds.has(m.id)) continue;
    const file = manifestPath(storeDir, m.id);
    try {
      const size = (await stat(file)).size;
      await unlink(file);
      freedBytes += size;
    } catch (err) {
      throw new BackupError(`cannot delete snapshot manifest ${file}: ${errorMessage(err)}`, { cause: err });
    }
    removed.push(m.id);
  }

  const referenced = new Set(kept.flatMap((m) => m.files.map((f) => f.sha256)));
  const now = clock.now();
  for (const f of await listStoreFiles(blobsDir(storeDir))) {
    const name = path.basename(f.abs);
    if (referenced.has(name)) continue;
    if (!SHA256_RE.test(name) && now - f.mtimeMs < STALE_TEMP_MS) continue;
    try {
      await unlink(f.abs);
    } catch (err) {
      if (isNotFound(err)) continue;
      throw new BackupError(`cannot delete unreferenced blob ${f.abs}: ${errorMessage(err)}`, { cause: err });
    }
    freedBytes += f.size;
  }
  return { removed, freedBytes };
}
