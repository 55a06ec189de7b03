/**
 * What the knowledge pages (src/pages/knowledge.ts) need of a page, as the wiki index keeps it: in a
 * module of its own so the listings (indexes.ts) can name it without importing the renderer.
 */
/** A dated entry as the timeline lists it (also what the wiki index keeps of the newest entries). */
export interface TimelineEntry {
  page: string;
  line: number;
  date: string;
  outlet: string;
  title: string;
  url?: string;
  anchor?: string;
}

/** One page's row of the by-year view: entries per year (undefined: year unknown), with the anchor of the year heading. */
export interface YearCell {
  year?: number;
  count: number;
  anchor?: string;
}

/** What the knowledge pages need of one page (the wiki index keeps this for pages a run does not read). */
export interface PageKnowledge {
  /** The title as the links show it (inlineText, 100). */
  title: string;
  years: YearCell[];
  /** How many dated entries it holds. */
  dated: number;
}

/**
 * What the knowledge pages need of the pages the caller did not read (from the wiki index): a page
 * present in `files` is always judged by its text instead.
 */
export interface KnowledgeSummaries {
  /** Every knowledge page known to the index: its row, or the problem that kept it out. */
  pages: ReadonlyMap<string, { knowledge: PageKnowledge | null; kproblem: string | null }>;
  /** The newest dated entries across those pages (at least the newest `timelineSize` of them). */
  newest: readonly TimelineEntry[];
}

/** The edit of one knowledge page (the by-year page, a year page, the timeline): the shape of a plan's PageEdit. */
export interface KnowledgeEdit {
  path: string;
  before: string | undefined;
  after: string;
}
