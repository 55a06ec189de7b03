/** Gate: read the wiki and the seen file, then sort the collected items into lanes. */
import path from 'node:path';
import type { Config } from '../../config/schema.js';
import { entryId, safeCanonical } from '../../gate/canonical.js';
import { gateItems } from '../../gate/gate.js';
import { listFiles, readTextFiles } from '../../fsutil.js';
import { candidateId, knownAmong, openWikiView, type WikiView } from '../../pages/wikiview.js';
import type { GatedItem, LaneCounts } from '../../model.js';
import { scanExisting } from '../../pages/scan.js';
import type { Collected, StageContext } from '../context.js';
import { recordIndexCheck } from '../../pages/indexcheck.js';
import { errorMessage } from '../../errors.js';

async function listMarkdown(root: string, dir: string): Promise<string[]> {
  return (await listFiles(root, dir)).filter((f) => f.endsWith('.md'));
}

/** Every page the planner may read or touch, by root-relative path. */
export async function readWiki(root: string, config: Config): Promise<Map<string, string>> {
  const p = config.pages;
  const paths = new Set<string>([
    ...(await listMarkdown(root, p.pagesDir)),
    ...(await listMarkdown(root, p.newsDir)),
    p.queuePage,
    p.poolPage,
    p.indexPage,
    p.newsIndexPage,
    p.dailyReportPage,
    p.systemStatusPage,
    config.routing.defaultPage,
    ...config.routing.rules.map((r) => r.page),
  ]);
  return readTextFiles(root, paths);
}

/**
 * Every link already in a page, as the entry id its canonical URL would get, plus the ids written in
 * entry blocks. Ids are short and scheme-insensitive, and entry blocks already carry them, so the set
 * stays small (bench: about 50 MB less at 100,000 entries than a set of canonical URLs).
 */
export function existingEntryIds(wiki: Map<string, string>): Set<string> {
  const raw = scanExisting(wiki);
  const ids = new Set(raw.ids);
  for (const u of raw.urls) {
    const c = safeCanonical(u);
    if (c) ids.add(entryId(c));
  }
  return ids;
}

export interface WikiState {
  /**
   * The wiki through its index (data/wiki-index.tsv): what changed since the index was written is
   * re-read, everything else is known from the index; the plan reads only the pages it touches.
   */
  view: WikiView;
  /** Unusable seen-file lines, as `file:line: problem` (kept in the file, not used as ids). */
  warnings: string[];
  /** Files a person changed and has not committed, as git status showed them when the wiki was read. */
  dirty: ReadonlySet<string>;
}

/** Open the wiki through its index; `dirty`: root-relative paths a person changed (read and hashed, not trusted to git). */
export async function readWikiState(ctx: StageContext, dirtyFiles?: ReadonlySet<string> | Promise<ReadonlySet<string>>): Promise<WikiState> {
  const { settings, config } = ctx;
  // git status runs while the index is read (openWikiView awaits it only when it needs it). Should the
  // view fail first, the status's own failure must not go unhandled: it is awaited below or dropped.
  if (dirtyFiles instanceof Promise) dirtyFiles.catch(() => undefined);
  const view = await openWikiView(settings.root, config, {
    ...(dirtyFiles ? { dirty: dirtyFiles } : {}),
    checkFile: ctx.state.indexCheck,
    ...(ctx.seenThreshold !== undefined ? { seenThreshold: ctx.seenThreshold } : {}),
  });
  const dirty = await dirtyFiles;
  if (view.refresh.overlayIgnored) ctx.logger.debug(`wiki index: ${view.refresh.overlayIgnored}`);
  if (view.refresh.rebuilt) ctx.logger.debug(`wiki index: ${view.refresh.rebuilt}; every page read once`);
  else if (view.refresh.rescanned.length) ctx.logger.debug(`wiki index: ${view.refresh.rescanned.length} changed file(s) read again`);
  ctx.logger.debug(view.checkedSince ? `wiki index: checked what changed since ${view.checkedSince.slice(0, 12)} (its vouch)` : 'wiki index: every tracked file checked against git');
  return { view, warnings: view.seen.warnings(), dirty: dirty ?? new Set<string>() };
}

/**
 * The wiki index's vouch for the next run (src/pages/indexcheck.ts), once this run's index is on disk
 * (`written`: the edits as applied, none when the run wrote nothing). Only a shortcut: when it cannot be
 * written, the next run compares every file, and this returns a warning saying so.
 */
export async function keepIndexCheck(ctx: StageContext, state: WikiState, written: ReadonlyArray<{ path: string; after: string | null }>): Promise<string | undefined> {
  try {
    await recordIndexCheck(ctx.state.indexCheck, ctx.config, state.view, written);
    return undefined;
  } catch (err) {
    return `could not record the wiki index check (the next run compares every page with git): ${errorMessage(err)}`;
  }
}

export interface Gated {
  items: GatedItem[];
  counts: LaneCounts;
}

export function gate(collected: Collected, state: WikiState, config: Config): Gated {
  const candidates = new Set<string>();
  for (const item of collected.items) {
    const id = candidateId(item);
    if (id) candidates.add(id);
  }
  const known = knownAmong(state.view, candidates);
  return gateItems({ items: collected.items, config, seen: known.seen, existing: { urls: new Set<string>(), ids: known.existingIds } });
}
