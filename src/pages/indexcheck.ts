/**
 * The wiki index's vouch: the commit at which a run last checked the index against every wiki file,
 * kept in the state folder (index-check.json) with the git blob ids of the index files that run left.
 * The next run then compares only what can have changed since, instead of git's blob id of every file:
 *
 *   git diff-tree <checked commit> <HEAD>    (what commits changed: a tree walk that skips equal subtrees)
 *   ∪ git status                            (a person's uncommitted edits and drafts, as every run asks)
 *   ∪ the record's unvouched paths           (the tracked files that were dirty at that check)
 *
 * At 100,000 pages this replaces `git ls-files -s` (7 MB), a map of its 100,000 blob ids and a pass
 * comparing them with the index's lines.
 *
 * Why it is safe: the run that wrote the record read HEAD before listing anything. Every tracked wiki
 * file git status did not name then held the blob its index line says (the full check, or this one,
 * made sure), and every file changed after that HEAD is either in a later commit (the diff) or in the
 * work tree (git status). The record holds only for the index it was written with: the overlay on
 * disk must hash to the record's blob and be git's own, and git's base must be the record's. Whatever
 * git cannot vouch for falls back to the full check: no record (a new clone without the cached state
 * folder), a record for other wiki folders (`selection`), index files edited or not committed, a commit
 * git no longer has (a shallow clone, a pruned branch), more than MAX_UNVOUCHED dirty files.
 *
 * Kept out of the wiki on purpose: a commit id in a committed file would make two wikis given the same
 * inputs differ, and would change with every commit.
 */
import { createHash } from 'node:crypto';
import type { Config } from '../config/schema.js';
import { gitBlobId, gitOut, indexedBlobIds, isRegularMode, parseRaw, unwalkable } from '../git/blobs.js';
import { byYearLayout } from './byyear.js';
import { readIfExists, writeFileAtomic } from '../fsutil.js';
import { rm } from 'node:fs/promises';
import { overlayBaseOf, recentIndexFile, wikiFileWhere, type IndexSince } from './wikiindex.js';

export interface IndexCheck {
  /** HEAD's commit when the check began. */
  head: string;
  /** Tracked wiki files that differed from that commit (a person's uncommitted edits then). */
  unvouched: string[];
}

/** What commits changed since a check: path → its blob id now (undefined: removed, or not a regular file). */
export type ChangedSince = Map<string, string | undefined>;

const HEX40 = /^[0-9a-f]{40}$/;

/**
 * Which files the index covers, as a fingerprint: a vouch from a run that indexed other folders or
 * special pages says nothing about the files this config adds.
 */
export function selectionFingerprint(config: Config): string {
  const p = config.pages;
  const years = byYearLayout(config);
  // Every input of isWikiFile: the folders, each special and routed page (inside a folder or not), the by-year layout.
  const special = [...new Set([p.queuePage, p.poolPage, p.indexPage, p.newsIndexPage, p.dailyReportPage, config.routing.defaultPage, ...config.routing.rules.map((r) => r.page)])].sort();
  const shape = [2, p.pagesDir, p.newsDir, special, p.systemStatusPage, years.dir, p.byYearPage];
  return createHash('sha1').update(JSON.stringify(shape)).digest('hex').slice(0, 16);
}

/**
 * More unvouched paths than this (a person's mass edit left uncommitted) and no vouch is recorded: they
 * would be asked of git by name.
 */
export const MAX_UNVOUCHED = 1000;

/** A path as a literal git pathspec (no glob, whatever characters its name has). */
export const literalPathspec = (p: string) => `:(literal)${p}`;

/** What index-check.json holds. */
export interface StoredCheck extends IndexCheck {
  version: 1;
  /** selectionFingerprint of the config the check ran with. */
  selection: string;
  /** git blob ids of the base and the overlay the run left on disk. */
  base: string;
  overlay: string;
}

/**
 * The stored vouch, when it holds for this config and for the overlay on disk (its text hashes to the
 * record's blob); undefined otherwise, and for a missing or unreadable record (it is only a shortcut).
 */
export async function readIndexCheck(file: string, config: Config, overlayText: string): Promise<StoredCheck | undefined> {
  let record: Partial<StoredCheck>;
  try {
    record = JSON.parse((await readIfExists(file)) ?? 'null') as Partial<StoredCheck>;
  } catch {
    return undefined;
  }
  if (!record || record.version !== 1 || record.selection !== selectionFingerprint(config)) return undefined;
  const { head, base, overlay, unvouched } = record;
  if (!isBlob(head) || !isBlob(base) || !isBlob(overlay) || !Array.isArray(unvouched) || unvouched.length > MAX_UNVOUCHED) return undefined;
  if (!unvouched.every((p) => typeof p === 'string') || overlay !== gitBlobId(overlayText)) return undefined;
  return { version: 1, head, selection: record.selection, base, overlay, unvouched };
}

const isBlob = (x: unknown): x is string => typeof x === 'string' && HEX40.test(x);

/**
 * After a run wrote (or kept) the index: the vouch for the next run, or none (the record removed) when
 * this run could not vouch. `written`: the run's edits as applied (the index files among them).
 */
export async function recordIndexCheck(
  file: string,
  config: Config,
  view: { check: IndexCheck | undefined; indexFile: string; overlayFile: string; overlayText: string | undefined },
  written: ReadonlyArray<{ path: string; after: string | null }>,
): Promise<void> {
  const overlayEdit = written.find((e) => e.path === view.overlayFile);
  const overlay = overlayEdit ? overlayEdit.after : view.overlayText;
  // The base the overlay extends is its #base line (a compacted base is written with it).
  const base = overlay ? overlayBaseOf(overlay) : undefined;
  if (!view.check || !overlay || !base) {
    await rm(file, { force: true });
    return;
  }
  const record: StoredCheck = { version: 1, head: view.check.head, selection: selectionFingerprint(config), base, overlay: gitBlobId(overlay), unvouched: view.check.unvouched };
  await writeFileAtomic(file, `${JSON.stringify(record)}\n`);
}

/** HEAD's commit id; undefined outside git or before the first commit. */
export async function headCommit(root: string): Promise<string | undefined> {
  const out = await gitOut(root, ['rev-parse', '-q', '--verify', 'HEAD^{commit}']);
  const sha = out?.trim();
  return sha && HEX40.test(sha) ? sha : undefined;
}

/**
 * The wiki paths commits changed between `from` and `to` (git diff-tree: trees compared, subtrees with
 * equal ids skipped, no file read). Undefined when git cannot say (an unknown commit) or when a change
 * is not one of files (a submodule).
 */
export async function changedSince(root: string, config: Config, from: string, to: string): Promise<ChangedSince | undefined> {
  if (from === to) return new Map();
  const out = await gitOut(root, ['diff-tree', '-r', '-z', '--raw', '--no-renames', '--relative', from, to, '--', ...wikiFileWhere(config)]);
  const raw = out === undefined ? undefined : parseRaw(out);
  if (!raw || unwalkable(raw)) return undefined;
  const changed: ChangedSince = new Map();
  for (const [p, c] of raw) changed.set(p, c.status !== 'D' && isRegularMode(c.dstMode) ? c.dstBlob : undefined);
  return changed;
}

/**
 * What the refresh compares under a vouch: git's blob ids of the index files, the seen file and the
 * unvouched paths only, and what commits changed since the vouched check. Undefined when the vouch does
 * not hold for the index files git has (not the overlay and base the record names) or git cannot tell
 * what changed.
 */
export async function vouchedListing(root: string, config: Config, check: StoredCheck, head: string, indexFile: string): Promise<{ tracked: Map<string, string>; since: IndexSince } | undefined> {
  const overlayFile = recentIndexFile(indexFile);
  const [tracked, changed] = await Promise.all([
    indexedBlobIds(root, [indexFile, overlayFile, config.pages.seenFile, ...check.unvouched].map(literalPathspec)),
    changedSince(root, config, check.head, head),
  ]);
  // The overlay on disk (hashed by readIndexCheck) is the one git has, and so is the base.
  if (!tracked || !changed || tracked.get(overlayFile) !== check.overlay || tracked.get(indexFile) !== check.base) return undefined;
  tracked.delete(overlayFile);
  return { tracked, since: { changed, unvouched: check.unvouched } };
}
