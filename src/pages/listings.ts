/**
 * The two listings of every page — the by-year page and the page index — planned at the cost of what
 * changed: spliced (src/pages/splice.ts) when the wiki index vouches for what they show today
 * (src/pages/views.ts), rendered in full otherwise. Either way the text is the same; a splice that
 * meets anything unexpected falls back to the full render.
 *
 * The pages whose rows may differ from what a listing shows are the ones the plan read (it may have
 * written entries to them) and the ones the index refresh found changed, removed or untracked; every
 * other page is unchanged since the listing was written.
 */
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { isIndexedPage, renderPageIndex, type IndexResult, type ListingSummaries, type PageIndexRow } from './indexes.js';
import { isYearPage } from './byyear.js';
import { isKnowledgePage, planKnowledgePages, type KnowledgeResult, type KnowledgeSummaries } from './knowledge.js';
import type { PageKnowledge } from './knowledgetypes.js';
import { spliceByYear, splicePageIndex, type ByYearPage, type RowChange } from './splice.js';
import type { PreviousListings } from './views.js';
import { readableRegionBody } from './regions.js';

/** The region of the index pages that the planner rewrites. */
export const INDEX_REGION = 'index';

/**
 * A listing page may be spliced when the run that wrote the stored index wrote it too (listed then),
 * nobody changed it since (not rescanned), and this plan has not written to it.
 */
function spliceable(previous: PreviousListings, page: string, work: ReadonlyMap<string, string>, touched: ReadonlySet<string>): boolean {
  return previous.stored.has(page) && !previous.changed.has(page) && !touched.has(page) && work.has(page);
}

/** Pages whose rows may differ from what the listings show: read by the plan, or changed since the index was written. */
function candidates(previous: PreviousListings, read: ReadonlyMap<string, unknown>): string[] {
  return [...new Set([...previous.changed, ...read.keys()])];
}

function withRows(page: string, k: PageKnowledge | null | undefined): ByYearPage | null {
  return k?.years.length ? { path: page, title: k.title, years: k.years, dated: k.dated } : null;
}

/**
 * The by-year page(s) and the timeline (src/pages/knowledge.ts), the by-year pages spliced when they
 * can be. `readPage` reads a generated year page the plan does not hold (src/pages/byyear.ts).
 */
export function planKnowledgeListings(
  config: Config,
  work: ReadonlyMap<string, string>,
  listing: ListingSummaries | undefined,
  touched: ReadonlySet<string>,
  readPage?: (rel: string) => string | undefined,
): KnowledgeResult & { spliced?: true } {
  const previous = listing?.previous;
  const summaries = listing?.knowledge;
  const byYearPath = path.posix.normalize(config.pages.byYearPage);
  // A year page a person changed (or removed) is rendered again even when its rows do not change, as the full render would.
  if (previous && summaries && spliceable(previous, byYearPath, work, touched) && ![...previous.changed].some((p) => isYearPage(config, p))) {
    const spliced = planKnowledgePages(
      config,
      work,
      summaries,
      {
        only: previous.problems().filter((p) => isKnowledgePage(config, p)),
        byYearChanges: (read) => byYearChanges(config, previous, summaries, read),
        // A year page is read only when its rows change: it need not be in `work`.
        spliceable: (p) => previous.stored.has(p) && !previous.changed.has(p) && !touched.has(p),
        // Not in the stored index, not on disk as the index sees it, and no person's untracked file.
        unknown: (p) => !previous.stored.has(p) && !previous.changed.has(p) && !summaries.pages.has(p),
      },
      readPage,
    );
    if (spliced) return { ...spliced, spliced: true };
  }
  return planKnowledgePages(config, work, summaries, undefined, readPage);
}

function byYearChanges(config: Config, previous: PreviousListings, summaries: KnowledgeSummaries, read: ReadonlyMap<string, PageKnowledge | null>): RowChange<ByYearPage>[] {
  return candidates(previous, read)
    .filter((p) => isKnowledgePage(config, p))
    .map((p) => ({
      path: p,
      before: withRows(p, previous.stored.get(p)?.knowledge),
      // A page the listing leaves out (a person's untracked one) has no rows.
      after: withRows(p, read.has(p) ? read.get(p) : summaries.pages.get(p)?.knowledge),
    }));
}

/** A page's row as the index keeps its facts (null: not listed, e.g. a person's untracked page). */
function indexRow(facts: { title: string; entries: number | null; problem: string | null } | undefined): PageIndexRow | null {
  return facts ? { title: facts.title, entries: facts.entries, problem: facts.problem !== null } : null;
}

/** The page index region body, spliced when it can be. */
export function planPageIndex(
  indexPath: string,
  pagesDir: string,
  work: ReadonlyMap<string, string>,
  listing: ListingSummaries | undefined,
  touched: ReadonlySet<string>,
): IndexResult & { spliced?: true } {
  const previous = listing?.previous;
  if (previous && spliceable(previous, indexPath, work, touched)) {
    const spliced = renderPageIndex(indexPath, pagesDir, work, listing, {
      only: previous.problems(),
      body: (read) => {
        const current = work.get(indexPath)!;
        const body = readableRegionBody(current, INDEX_REGION, indexPath);
        if (body === undefined) return undefined;
        const changes = candidates(previous, read)
          .filter((p) => isIndexedPage(indexPath, pagesDir, p))
          .map((p): RowChange<PageIndexRow> => ({ path: p, before: indexRow(previous.stored.get(p)), after: read.get(p) ?? indexRow(listing.pages?.get(p)) }));
        return splicePageIndex(indexPath, body, changes);
      },
    });
    if (spliced) return { ...spliced, spliced: true };
  }
  return renderPageIndex(indexPath, pagesDir, work, listing);
}
