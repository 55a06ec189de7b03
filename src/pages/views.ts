/**
 * When the generated listings may be spliced instead of rendered in full (issue 13).
 *
 * The page index (pages/index.md) and the by-year page (pages/by_year.md) list every page of the wiki:
 * 100,000 and ~600,000 rows at 100,000 pages. A run changes a few hundred pages, so it rewrites only
 * their rows (src/pages/splice.ts) — which is right only if the listing on disk is exactly what the
 * stored index's lines render to. That holds when
 *
 *   - the index was written by a run that rendered both listings from those very lines (it then
 *     records this fingerprint in its `#views` line; a run that wrote the index without rendering
 *     them leaves the line out),
 *   - the rows are rendered the same way today: same settings that shape them and same row formats
 *     (VIEWS_VERSION; test/pages/views.test.ts fails when a row format changes without a new version),
 *   - and the listing page itself is the one that run wrote (its blob is the stored one: not rescanned).
 *
 * Anything else renders the listing in full, once; the next run splices again.
 */
import { createHash } from 'node:crypto';
import type { Config } from '../config/schema.js';
import type { PageKnowledge } from './knowledgetypes.js';

/** Bump when the rows of the page index or the by-year page are rendered differently. */
export const VIEWS_VERSION = 1;

export function viewsFingerprint(config: Config): string {
  const p = config.pages;
  const shape = [VIEWS_VERSION, p.pagesDir, p.newsDir, p.indexPage, p.byYearPage, p.timelinePage, p.queuePage, p.poolPage, p.systemStatusPage, p.byYearSplitRows];
  return createHash('sha1').update(JSON.stringify(shape)).digest('hex').slice(0, 16);
}

/** What the listings show of one page (the wiki index keeps it: src/pages/wikiindex.ts IndexedFile). */
export interface ListedFacts {
  title: string;
  entries: number | null;
  problem: string | null;
  knowledge: PageKnowledge | null;
  kproblem: string | null;
}

/** What a run needs to splice the listings (given only when the stored index's fingerprint is today's). */
export interface PreviousListings {
  /** Every page as the listings showed it when the index was written (absent: not listed then). */
  stored: Pick<ReadonlyMap<string, ListedFacts>, 'has' | 'get'>;
  /** Pages whose facts may differ from `stored` besides the ones the plan reads: rescanned, removed, a person's untracked ones. */
  changed: ReadonlySet<string>;
  /** Listed pages (not read by the plan or read: the caller filters) with a problem today: every render reports them. */
  problems(): string[];
}
