/**
 * What a run needs of the wiki, at the cost of what changed (issue 13). Replaces, in the run,
 *
 *   readWiki() + existingEntryIds()  →  openWikiView() + knownAmong() + readForPlan()
 *   parseSeen() … serializeSeen()     →  knownAmong().seen … seenEdit()
 *   (nothing)                         →  indexEdits(): the updated wiki index (its overlay, and on
 *                                          compaction its base), committed with the pages
 *
 * and passes `view.listing` to planEdits (PlanInput.listing), so the page index and the news index
 * are rendered from the index's counts, titles and statuses for every page the run did not read.
 */
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { readIfExists, readIfExistsSync } from '../fsutil.js';
import { canonicalUrl, entryId } from '../gate/canonical.js';
import type { SeenIndex } from '../gate/seen.js';
import { openSeenStore, type SeenStore } from '../gate/seenstore.js';
import type { GatedItem, NormalizedItem } from '../model.js';
import type { PageEdit } from './plan.js';
import { viewsFingerprint, type PreviousListings } from './views.js';
import { targetOf } from './plan.js';
import { compareStrings } from '../order.js';
import { indexedBlobIds } from '../git/blobs.js';
import { headCommit, literalPathspec, MAX_UNVOUCHED, readIndexCheck, vouchedListing, type IndexCheck } from './indexcheck.js';
import {
  existingIdsAmong,
  isWikiFile,
  problemPaths,
  withIndexEdits,
  rebuildTimeline,
  recentIndexFile,
  refreshWikiIndex,
  timelineComplete,
  serializeIndexPair,
  trackedBlobIds,
  type CompactionPolicy,
  WIKI_INDEX_FILE,
  wikiListing,
  type RefreshOptions,
  type RefreshResult,
  type Timeline,
  type WikiIndex,
  type WikiListing,
} from './wikiindex.js';

export interface WikiView {
  root: string;
  indexFile: string;
  /** The index's base text as read (undefined: none yet). */
  indexText: string | undefined;
  /** The index's overlay (recentIndexFile(indexFile)) and its text as read (undefined: none). */
  overlayFile: string;
  overlayText: string | undefined;
  /**
   * The base differs from what git has committed (a person's uncommitted edit, or a run killed after
   * writing it with its journal lost): the run then writes the whole index as a new base, so the
   * committed overlay never names a base that was not committed with it.
   */
  baseDirty: boolean;
  refresh: RefreshResult;
  index: WikiIndex;
  /**
   * The index without a person's untracked files (with a timeline without their entries): what the run
   * writes back, so their drafts' names never reach the bot's commit.
   */
  committable: WikiIndex;
  /**
   * What the index pages list: every indexed file except a person's untracked ones (theirs until
   * committed, as in the run today); their links still count as existing entries.
   */
  listing: WikiListing;
  /** Wiki files on disk that git does not track (empty outside git). */
  untracked: Set<string>;
  /** Texts read so far (changed files found by the refresh, then the pages the plan needs); never untracked ones. */
  files: Map<string, string>;
  /**
   * The seen set: the base seen file and its recent file (src/gate/seenstore.ts). A base the bot last
   * wrote (`baseTrusted`) is looked up by positioned reads for today's candidate ids only; one a person
   * edited is parsed whole.
   */
  seen: SeenStore;
  /**
   * The vouch this run leaves for the next (src/pages/indexcheck.ts recordIndexCheck): HEAD as read
   * before anything was compared, and the tracked files git status named. Undefined outside git,
   * without the dirty files (git status not asked), or with too many of them.
   */
  check: IndexCheck | undefined;
  /** The commit whose vouch this view's check relied on (only what changed since was compared); undefined: every tracked file was. */
  checkedSince: string | undefined;
}

export interface WikiViewOptions {
  /**
   * Root-relative paths with uncommitted changes (GitRepo.dirtyFiles); they are read and hashed. A
   * promise is awaited only once the index is read and every tracked file compared with git's blob id
   * (refreshWikiIndex): `git status` runs meanwhile, and at 100,000 pages it takes longer than both.
   */
  dirty?: ReadonlySet<string> | Promise<ReadonlySet<string>>;
  /** Where the index lives (default data/wiki-index.tsv). */
  indexFile?: string;
  /**
   * The index's vouch from the last run (state folder, index-check.json: src/pages/indexcheck.ts): with
   * it, and `dirty`, only what changed since that run's check is compared. Without it, every tracked file.
   */
  checkFile?: string;
  /** Base seen entries from which new ones go to the recent file (default SEEN_LOG_THRESHOLD; tests lower it). */
  seenThreshold?: number;
}

export async function openWikiView(root: string, config: Config, opts: WikiViewOptions = {}): Promise<WikiView> {
  const indexFile = opts.indexFile ?? WIKI_INDEX_FILE;
  const overlayFile = recentIndexFile(indexFile);
  // HEAD before anything is listed or compared: whatever is committed after it is in the next run's
  // diff from it (the vouch this run writes, src/pages/indexcheck.ts).
  const [indexText, overlayText, head] = await Promise.all([readIfExists(path.join(root, indexFile)), readIfExists(path.join(root, overlayFile)), headCommit(root)]);
  // Only with git status's answer: without it, a dirty file would pass for the commit's.
  const vouch = head && opts.dirty && opts.checkFile && indexText !== undefined && overlayText !== undefined ? await readIndexCheck(opts.checkFile, config, overlayText) : undefined;
  // The base's blob from git (the overlay names the base it extends), before git status says whether
  // the base is committed as it is: the tracked files are compared while git status runs. With a
  // vouch, only what changed since it is listed (falling back to every tracked file where git cannot say).
  let indexedBase: string | undefined;
  /** git's blob ids as the refresh takes them: the base's kept apart (indexedBase). */
  const withoutBase = (tracked: Map<string, string> | undefined) => {
    indexedBase = tracked?.get(indexFile);
    tracked?.delete(indexFile);
    return tracked;
  };
  const listAll = async () => withoutBase(await trackedBlobIds(root, config, [indexFile]));
  const vouchedList = vouch ? vouchedListing(root, config, vouch, head!, indexFile) : Promise.resolve(undefined);
  const listing = vouchedList.then(async (vouched) => ({ tracked: vouched ? withoutBase(vouched.tracked) : await listAll(), since: vouched?.since }));
  const gitListing = listing.then((l) => l.tracked);
  // git's listing is awaited inside the refresh, once the base is parsed.
  const refreshWith = (tracked: RefreshOptions['tracked'], baseBlob: RefreshOptions['baseBlob'], dirty: RefreshOptions['dirty'], since?: RefreshOptions['since']) =>
    refreshWikiIndex(root, config, indexText, {
      ...(tracked ? { tracked } : {}),
      ...(dirty ? { dirty } : {}),
      ...(overlayText !== undefined ? { overlayText } : {}),
      ...(baseBlob ? { baseBlob } : {}),
      ...(since ? { since } : {}),
      indexFile,
    });
  // The refresh waits for the vouch (to read the base without parsing it) only when there is one to wait for.
  let refresh = await refreshWith(gitListing, gitListing.then(() => indexedBase), opts.dirty, vouch ? vouchedList.then((v) => v?.since) : undefined);
  let tracked = await gitListing;
  const dirty = await opts.dirty;
  let vouched = (await listing).since !== undefined;
  // The vouch holds only for the index files git has as they are, and the overlay laid over its base.
  if (vouched && (dirty?.has(indexFile) || dirty?.has(overlayFile) || refresh.overlayIgnored || refresh.rebuilt)) {
    vouched = false;
    tracked = await listAll();
    refresh = await refreshWith(tracked, indexedBase, dirty);
  } else if (vouched && dirty?.size) {
    // Which dirty files git tracks (the rest are a person's drafts): asked for them only.
    const wikiDirty = [...dirty].filter((p) => isWikiFile(p, config) && !tracked!.has(p));
    const known = wikiDirty.length > MAX_UNVOUCHED ? await trackedBlobIds(root, config) : wikiDirty.length ? await indexedBlobIds(root, wikiDirty.map(literalPathspec)) : undefined;
    for (const p of wikiDirty) {
      const blob = known?.get(p);
      if (blob !== undefined) tracked!.set(p, blob);
    }
  }
  // A base a person changed and did not commit (rare): checked again, its own text hashed.
  const baseBlob = indexedBase !== undefined && !dirty?.has(indexFile) ? indexedBase : undefined;
  if (indexedBase !== undefined && baseBlob === undefined) refresh = await refreshWith(tracked, undefined, dirty);
  const baseDirty = indexText !== undefined && tracked !== undefined && baseBlob === undefined;
  // Tracked and unmodified: git already knows the base's blob id (no read); otherwise the store hashes it.
  const seenFile = config.pages.seenFile;
  const gitBlob = tracked?.has(seenFile) && !dirty?.has(seenFile) ? tracked.get(seenFile) : undefined;
  const seen = await openSeenStore(root, seenFile, {
    ...(refresh.index.seenBlob ? { recordedBlob: refresh.index.seenBlob } : {}),
    ...(gitBlob ? { gitBlob } : {}),
    ...(opts.seenThreshold !== undefined ? { threshold: opts.seenThreshold } : {}),
  });
  // Only a dirty file can be in the index without being tracked (no pass over 100,000 paths).
  const untracked = new Set(tracked ? [...(dirty ?? [])].filter((p) => refresh.index.has(p) && !tracked.has(p)) : []);
  // What git cannot vouch for in the index this run writes: the tracked (or committed) files a person has changed.
  const unvouched = dirty && tracked ? [...dirty].filter((p) => isWikiFile(p, config) && (tracked.has(p) || refresh.stored.has(p))).sort(compareStrings) : [];
  const check = head && dirty && tracked && unvouched.length <= MAX_UNVOUCHED ? { head, unvouched } : undefined;
  // Usually nothing is untracked: no copy of a 100,000-entry map then.
  const listed: WikiIndex = untracked.size ? new Map([...refresh.index].filter(([p]) => !untracked.has(p))) : refresh.index;
  // The timeline without a person's untracked pages: their entries may stand in the index's list.
  let timeline = refresh.index.timeline!;
  let draftDated = 0;
  for (const p of untracked) draftDated += refresh.index.get(p)!.knowledge?.dated ?? 0;
  if (draftDated) {
    const kept: Timeline = { size: timeline.size, total: timeline.total - draftDated, entries: timeline.entries.filter((e) => !untracked.has(e.page)) };
    // Rebuilt from the pages only when the drafts' entries were part of the newest (a rare, full read).
    timeline = timelineComplete(kept) ? kept : rebuildTimeline(root, listed, config, refresh.texts);
  }
  return {
    root,
    indexFile,
    indexText,
    overlayFile,
    overlayText,
    baseDirty,
    refresh,
    index: refresh.index,
    listing: wikiListing(listed, timeline, previousListings(config, refresh, untracked, listed)),
    committable: listed === refresh.index ? refresh.index : Object.assign(listed, { timeline, ...(refresh.index.seenBlob ? { seenBlob: refresh.index.seenBlob } : {}), ...(refresh.index.base ? { base: refresh.index.base } : {}) }),
    untracked,
    files: new Map([...refresh.texts].filter(([p]) => !untracked.has(p))),
    seen,
    check,
    checkedSince: vouched ? vouch!.head : undefined,
  };
}

/**
 * What the listings showed when the stored index was written, when the next plan may splice them:
 * only if that index says its run rendered them, the same way as today (src/pages/views.ts).
 */
function previousListings(config: Config, refresh: RefreshResult, untracked: ReadonlySet<string>, listed: WikiIndex): PreviousListings | undefined {
  if (refresh.rebuilt || refresh.stored.views !== viewsFingerprint(config)) return undefined;
  let problems: string[] | undefined;
  return {
    stored: refresh.stored,
    changed: new Set([...refresh.rescanned, ...refresh.removed, ...untracked]),
    // Both listings ask; one pass over the index's lines serves them.
    problems: () => (problems ??= problemPaths(listed)),
  };
}

/** Entry id of an item's canonical link, as the gate will compute it (undefined: no usable link). */
export function candidateId(item: Pick<NormalizedItem, 'link'>): string | undefined {
  try {
    return entryId(canonicalUrl(item.link));
  } catch {
    return undefined;
  }
}

/**
 * For the gate: which of the candidate ids the pages already hold, and the seen entries among them
 * (a SeenIndex holding just those, from the base and the recent seen file).
 */
export function knownAmong(view: WikiView, candidates: ReadonlySet<string>): { existingIds: Set<string>; seen: SeenIndex } {
  return { existingIds: existingIdsAmong(view.index, candidates), seen: view.seen.among(candidates) };
}

/** Pages the plan may read or write for these gated items (targets, day log, the generated pages). */
export function pagesForPlan(config: Config, items: readonly GatedItem[], dayLogPath: string): string[] {
  const p = config.pages;
  const pages = new Set<string>([dayLogPath, p.indexPage, p.newsIndexPage, p.dailyReportPage, p.systemStatusPage, p.byYearPage, p.timelinePage]);
  for (const item of items) {
    const t = targetOf(item, config);
    if (t) pages.add(path.posix.normalize(t.page));
  }
  return [...pages].sort();
}

/** Read these pages into view.files (missing files stay absent: the planner creates them). */
export async function readForPlan(view: WikiView, rels: readonly string[]): Promise<Map<string, string>> {
  for (const rel of rels) {
    // A person's untracked file stays out of the plan, as in the run today (the plan treats it as absent).
    if (view.files.has(rel) || view.untracked.has(rel)) continue;
    const text = readIfExistsSync(path.join(view.root, rel));
    if (text !== undefined) view.files.set(rel, text);
  }
  return view.files;
}

/**
 * PlanInput.readPage for this view: a page the plan finds it must write besides the ones read for it
 * (the split by-year listing's year pages, read only when their rows change). A person's untracked
 * file stays out, as in readForPlan.
 */
export function planPageReader(view: WikiView): (rel: string) => string | undefined {
  return (rel) => {
    if (view.untracked.has(rel)) return undefined;
    let text = view.files.get(rel);
    if (text === undefined) {
      text = readIfExistsSync(path.join(view.root, rel));
      if (text !== undefined) view.files.set(rel, text);
    }
    return text;
  };
}

/**
 * The seen files after the items written today: 0, 1 or 2 edits (the base and/or the recent file; a
 * small wiki's base gets the same bytes as parseSeen + add + serializeSeen).
 */
export function seenEdit(view: WikiView, written: readonly GatedItem[], date: string): PageEdit[] {
  if (!written.length) return [];
  return view.seen.write(written.map((i) => ({ id: i.id, date, url: i.canonicalUrl }))).edits;
}

/**
 * The index after these edits (pages and seen file), as edits of the index files: the overlay, and the
 * base before it when this run compacts (src/pages/wikiindex.ts); none when both are unchanged.
 */
export function indexEdits(view: WikiView, config: Config, edits: readonly PageEdit[], opts: { trustSeen?: boolean; views?: boolean; compaction?: CompactionPolicy } = {}): PageEdit[] {
  const files = withIndexEdits(view.committable, edits, config, (next) => {
    // Vouch for the listings only when this plan rendered them from exactly these lines.
    if (opts.views) next.views = viewsFingerprint(config);
    else delete next.views;
    // A seen file with unusable lines kept after its entries is not sorted: the next run parses it again.
    if (opts.trustSeen === false) delete next.seenBlob;
    return serializeIndexPair(next, opts.compaction, view.baseDirty);
  });
  const out: PageEdit[] = [];
  if (files.base !== undefined && files.base !== view.indexText) out.push({ path: view.indexFile, before: view.indexText, after: files.base });
  if (files.overlay !== view.overlayText) out.push({ path: view.overlayFile, before: view.overlayText, after: files.overlay });
  return out;
}
