/**
 * Snapshots that cost what changed: git says which paths may differ from the last snapshot, and only
 * those are read (store.ts createDeltaSnapshot); the snapshot is written as a delta on the last one.
 *
 * `git-base.json` in the store records, for the last snapshot, the commit it was taken at and the
 * paths git could not vouch for then (changed, staged, untracked or ignored, and what the snapshot
 * holds there). Everywhere else the snapshot holds exactly the regular files of that commit's tree.
 * So the paths that can differ now are
 *   `git diff-tree <commit> HEAD` (the commits since; 40 ms at 100,000 pages)
 *   ∪ `git diff-index HEAD` (the work tree and index against HEAD; 93 ms — never against another
 *     commit: diffing the work tree against an older commit took 4.8 s)
 *   ∪ `git ls-files -o` (untracked and ignored files, which a walk would back up too)
 *   ∪ the recorded not-clean paths,
 * and what the last snapshot holds at each is known without reading its (15 MB) manifest: git's blob
 * id from the diff's old side, or the record. Anything git cannot vouch for this way (no commit yet,
 * the recorded commit gone, a submodule, a conflict, a nested repository, entries flagged
 * assume-unchanged or skip-worktree, whose changes git does not report) takes a full snapshot, as
 * before. Like git-blobs.tsv, the file is believed only while the manifests it names (the snapshot's
 * chain) exist; the flags are read from git's index file (src/git/index-flags.ts).
 */
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BackupError, errorMessage } from '../../errors.js';
import { safeRelativePath, writeFileAtomic } from '../../fsutil.js';
import { gitOut, gitWorkTree, isRegularMode, parseRaw, unwalkable, type RawChange } from '../../git/blobs.js';
import { indexFlags } from '../../git/index-flags.js';
import { backupGitBaseSchema, parseState } from '../../state-schemas.js';
import type { Clock } from '../../time.js';
import { createDeltaSnapshot, gitBaseFile, manifestPath, storeAhead, takeFullSnapshot, type BaseFile, type DeltaCandidate, type DeltaSnapshotResult, type SnapshotFile } from './store.js';
import type { z } from 'zod';

/** Deltas between full snapshots: the next one past it is written full (from the chain, not the wiki). */
export const DELTA_CHAIN_CAP = 30;
export { gitBaseFile };
/** More not-clean paths than this are re-read every run: a full snapshot records them afresh. */
const NOT_CLEAN_CAP = 10_000;

type GitBase = z.infer<typeof backupGitBaseSchema>;

/** The recorded base, when it can be believed: readable, for these include paths, every manifest of its chain present. */
async function readGitBase(storeDir: string, include: readonly string[]): Promise<GitBase | undefined> {
  let text: string;
  try {
    text = await readFile(gitBaseFile(storeDir), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = parseState(backupGitBaseSchema, text);
  if (!parsed.ok) return undefined;
  const base = parsed.value;
  if (base.include.join('\0') !== include.join('\0') || base.chain[0] !== base.snapshot) return undefined;
  const present = await Promise.all(base.chain.map((id) => stat(manifestPath(storeDir, id)).then((st) => st.isFile(), () => false)));
  return present.every(Boolean) ? base : undefined;
}

async function writeGitBase(storeDir: string, base: GitBase): Promise<void> {
  try {
    await writeFileAtomic(gitBaseFile(storeDir), `${JSON.stringify(base)}\n`);
  } catch (err) {
    throw new BackupError(`cannot write ${gitBaseFile(storeDir)}: ${errorMessage(err)}`, { cause: err });
  }
}

const NO_BLOB = /^0+$/;


/** Every `git ls-files -v` entry is a plain one (tag H): none assume-unchanged, skip-worktree or conflicted. */
function allPlain(out: string): boolean {
  for (let at = 0; at < out.length; ) {
    if (out.charCodeAt(at) !== 72 /* H */) return false;
    const end = out.indexOf('\0', at);
    at = end < 0 ? out.length : end + 1;
  }
  return true;
}

const nulList = (out: string) => out.split('\0').filter(Boolean);

/** No entry under the include paths is flagged (indexFlags), from the index file, or from git when the file cannot say. */
async function indexPlain(root: string, indexFile: string, prefix: string, commit: string, includes: readonly string[]): Promise<boolean> {
  const flags = await indexFlags(path.resolve(root, indexFile), commit.length === 64 ? 32 : 20, includes.map((inc) => `${prefix}${inc}`));
  if (flags !== 'unknown') return flags === 'plain';
  const tags = await gitOut(root, ['ls-files', '-v', '-z', '--', ...includes]);
  return tags !== undefined && allPlain(tags);
}

export interface GitSnapshotResult {
  id: string;
  created: boolean;
  files: number;
  bytesAdded: number;
  blobsAdded: number;
  /** How it was taken: a delta on the last snapshot, a full one from the chain (compact), or full from the wiki. */
  kind: 'delta' | 'compact' | 'full';
}

/**
 * The snapshot a run takes before its first write: a delta when git can say what changed since the
 * last one, otherwise a full snapshot (listed by git where it can, walked where it cannot).
 */
export async function snapshotWithGit(
  root: string,
  include: readonly string[],
  storeDir: string,
  opts: { label?: string; clock?: Clock } = {},
): Promise<GitSnapshotResult> {
  const includes = include.map((inc) => safeRelativePath(inc, 'include path', (m) => new BackupError(m)));
  const base = await readGitBase(storeDir, includes);
  // What commits changed since the base, parsed once (undefined: git could not say).
  const changedSince = base
    ? gitOut(root, ['diff-tree', '-r', '-z', '--raw', '--no-renames', '--relative', base.commit, 'HEAD', '--', ...includes]).then((out) => (out === undefined ? undefined : parseRaw(out)))
    : undefined;
  // What commits changed since the base (yesterday's run: the pages it wrote, the index, tens of MB at
  // 100,000 pages) is read and stored while git still compares the work tree with HEAD.
  const ahead = changedSince?.then((since) => {
    if (!since || unwalkable(since)) return undefined;
    return storeAhead(root, storeDir, [...since].filter(([, c]) => isRegularMode(c.dstMode)).map(([p]) => p));
  });
  const [revs, diffIndex, others, since, stored] = await Promise.all([
    // The index file and the root's place in the work tree (for indexFlags), then HEAD's commit.
    gitOut(root, ['rev-parse', '--git-path', 'index', '--show-prefix', 'HEAD^{commit}']),
    gitOut(root, ['diff-index', '--raw', '-z', '--no-renames', '--relative', 'HEAD', '--', ...includes]),
    // No --exclude-standard: ignored files are backed up as a walk finds them.
    gitOut(root, ['ls-files', '-o', '-z', '--', ...includes]),
    changedSince,
    // Settled here either way: a full snapshot below does not need it, and nothing is left running.
    ahead?.then(
      (value) => ({ value }),
      (err: unknown) => ({ err }),
    ),
  ]);
  const [indexFile, prefix, commit] = revs?.split('\n') ?? [];
  const worktree = diffIndex === undefined ? undefined : parseRaw(diffIndex);
  const untracked = others === undefined ? undefined : nulList(others);
  // What git can vouch for at all: a commit, the work tree against it, and nothing it does not describe as files.
  const gitUsable = !!commit && !!worktree && !!untracked && !unwalkable(worktree) && !untracked.some((p) => p.endsWith('/'));
  if (base && gitUsable && since && !unwalkable(since) && (await indexPlain(root, indexFile!, prefix!, commit!, includes))) {
    const unversioned = new Set(untracked);
    const candidates = deltaCandidates(base, since, worktree!, unversioned);
    // The chain's length counts its full snapshot: a delta on it makes `chain.length` deltas.
    const compact = base.chain.length >= DELTA_CHAIN_CAP;
    if (stored && 'err' in stored) throw stored.err;
    const snap = await createDeltaSnapshot(root, storeDir, { id: base.snapshot, files: base.files }, candidates, { ...opts, compact, ...(stored?.value ? { ahead: stored.value } : {}) }).catch((err: unknown) => {
      // Compacting reads the chain: a damaged manifest in it means a full snapshot from the wiki instead.
      if (compact && err instanceof BackupError) return undefined;
      throw err;
    });
    if (snap) return recordDelta(storeDir, snap, base, includes, commit!, candidates, since, worktree!, unversioned);
  }
  return fullSnapshot(root, includes, storeDir, opts, gitUsable ? { commit: commit!, worktree: worktree!, untracked: untracked! } : undefined);
}

/** Record what the next delta starts from after a delta (or compacted) snapshot. */
async function recordDelta(
  storeDir: string,
  snap: DeltaSnapshotResult,
  base: GitBase,
  includes: string[],
  commit: string,
  candidates: readonly DeltaCandidate[],
  since: ReadonlyMap<string, RawChange>,
  worktree: ReadonlyMap<string, RawChange>,
  unversioned: ReadonlySet<string>,
): Promise<GitSnapshotResult> {
  const dirty: SnapshotFile[] = [];
  const absent: string[] = [];
  for (const [k, c] of candidates.entries()) {
    const now = snap.found[k];
    if (isClean(c.path, now?.gitBlob, now !== undefined, since, worktree, unversioned)) continue;
    if (now) dirty.push(now.file);
    else absent.push(c.path);
  }
  // Past the cap no base is recorded: the next run takes a full snapshot, which records them afresh.
  if (dirty.length + absent.length <= NOT_CLEAN_CAP) {
    const chain = !snap.created ? base.chain : snap.full ? [snap.id] : [snap.id, ...base.chain];
    await writeGitBase(storeDir, { version: 1, snapshot: snap.id, chain, files: snap.files, include: includes, commit, dirty, absent });
  } else await rm(gitBaseFile(storeDir), { force: true });
  const { found: _found, full, ...result } = snap;
  return { ...result, kind: full ? 'compact' : 'delta' };
}

/**
 * A full snapshot: files git vouches for and the store already holds are still not read (git-blobs.tsv).
 * With `git` (what git said of the work tree against HEAD), it is recorded as the next delta's base.
 */
async function fullSnapshot(
  root: string,
  includes: string[],
  storeDir: string,
  opts: { label?: string; clock?: Clock },
  git: { commit: string; worktree: ReadonlyMap<string, RawChange>; untracked: readonly string[] } | undefined,
): Promise<GitSnapshotResult> {
  const tree = await gitWorkTree(root, includes);
  const full = await takeFullSnapshot(root, includes, storeDir, { ...opts, ...(tree ? { gitBlobs: tree.clean, files: tree.files } : {}) });
  if (tree && git) {
    const { commit } = git;
    // Not clean: what git reports against HEAD, what it did not vouch for in the index, and any file
    // whose bytes read were not the index's blob (changed while it was read).
    const notClean = new Set<string>([...git.worktree.keys(), ...git.untracked, ...tree.unvouched]);
    full.listed.forEach((f, i) => {
      if (full.listedBlobs[i] !== tree.clean.get(f.path)) notClean.add(f.path);
    });
    if (notClean.size <= NOT_CLEAN_CAP) {
      const dirty: SnapshotFile[] = full.listed.filter((f) => notClean.has(f.path));
      for (const f of dirty) notClean.delete(f.path);
      await writeGitBase(storeDir, { version: 1, snapshot: full.id, chain: [full.id], files: full.files, include: includes, commit, dirty, absent: [...notClean].sort() });
    } else await rm(gitBaseFile(storeDir), { force: true });
  }
  const { listed: _listed, listedBlobs: _blobs, ...result } = full;
  return { ...result, kind: 'full' };
}

/** The paths that may differ from the base, each with what the base holds there. */
function deltaCandidates(base: GitBase, since: ReadonlyMap<string, RawChange>, worktree: ReadonlyMap<string, RawChange>, untracked: ReadonlySet<string>): DeltaCandidate[] {
  const recorded = new Map<string, BaseFile>(base.dirty.map((f) => [f.path, f]));
  for (const p of base.absent) recorded.set(p, undefined);
  const paths = new Set<string>([...since.keys(), ...worktree.keys(), ...untracked, ...recorded.keys()]);
  return [...paths].sort().map((p) => {
    const candidate: DeltaCandidate = { path: p, base: recorded.has(p) ? recorded.get(p) : baseFromGit(p, since, worktree) };
    // Changed by commits but not since in the work tree: git vouches that the file is HEAD's blob, as
    // it does for every path not listed at all (the sha1 of large pages is not computed again).
    const c = since.get(p);
    if (c && !worktree.has(p) && !untracked.has(p) && isRegularMode(c.dstMode)) candidate.gitBlob = c.dstBlob;
    return candidate;
  });
}

/**
 * What the base holds at a path it recorded as clean: the blob of its commit's tree. Changed since:
 * the diff's old side; unchanged since but changed in the work tree: diff-index's HEAD side (the same
 * blob); otherwise (untracked now) nothing, as the path was in neither tree.
 */
function baseFromGit(p: string, since: ReadonlyMap<string, RawChange>, worktree: ReadonlyMap<string, RawChange>): BaseFile {
  const c = since.get(p) ?? worktree.get(p);
  return c && isRegularMode(c.srcMode) && !NO_BLOB.test(c.srcBlob) ? { gitBlob: c.srcBlob } : undefined;
}

/**
 * Whether the snapshot holds at `p` exactly the regular file of HEAD's tree (or nothing where HEAD has
 * no regular file): git reports no difference there, and the file's blob is HEAD's (as git vouches, or
 * as computed from the bytes read).
 */
function isClean(p: string, readBlob: string | undefined, present: boolean, since: ReadonlyMap<string, RawChange>, worktree: ReadonlyMap<string, RawChange>, untracked: ReadonlySet<string>): boolean {
  if (worktree.has(p) || untracked.has(p)) return false;
  // Not in the work tree's diff: HEAD's tree has a regular file here exactly when one is found.
  if (!present) return true;
  const c = since.get(p);
  return !!c && isRegularMode(c.dstMode) && readBlob === c.dstBlob;
}
