/**
 * The knowledge pages: views across the wiki that no single page gives.
 *
 * - pages/by_year.md: per year (newest first), each page with entries that year, linked to the page's
 *   year heading (GitHub's own anchors, from listHeadings: one slugger per page, so a second `## 2026`
 *   on a page links to `#2026-1`), with the number of entries; above pages.byYearSplitRows rows a hub
 *   of years with one page of rows per year (src/pages/byyear.ts);
 * - pages/timeline.md: the newest `pages.timelineSize` dated entries across the wiki, newest first,
 *   one list item each: date, outlet, linked title and the page (linked to its year heading).
 *
 * Pure (texts in, edits out) and idempotent: each page is a managed region inside a page people may
 * add text to; an edit is returned only when the text would change. Entry text is read back from the
 * pages as markdown, turned into plain text (headingText) and written again through the sanitiser,
 * so a title is escaped exactly once. The promotion queue and the candidate pool are candidates, not
 * the wiki's content, and are left out.
 */
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { PageError } from '../errors.js';
import { isEntryDate, parseEntries, UNTITLED } from './entries.js';
import { pageTitle } from './indexes.js';
import { toLf } from './lines.js';
import { beginMarker, endMarker, ensureRegion, findRegions, replaceRegion } from './regions.js';
import { inlineText, safeLink } from './sanitize.js';
import { headingText, listHeadings } from './toc.js';
import type { KnowledgeEdit, KnowledgeSummaries, PageKnowledge, TimelineEntry, YearCell } from './knowledgetypes.js';
import { NO_ENTRIES, PageLinks, type ByYearPage } from './byyearrows.js';
import { byYearLayout, renderByYearPages, spliceByYearPages, yearOfPage, type PageText } from './byyear.js';
import type { RowChange } from './splice.js';
import { posixPath } from '../fsutil.js';
import { compareStrings } from '../order.js';

export type { KnowledgeSummaries, PageKnowledge, TimelineEntry, YearCell } from './knowledgetypes.js';
export { BY_YEAR_REGION, byYearHeading, byYearRow, NO_ENTRIES, PageLinks, renderByYear, UNKNOWN_YEAR } from './byyearrows.js';

export const TIMELINE_REGION = 'timeline';

export type { KnowledgeEdit } from './knowledgetypes.js';

export interface KnowledgeResult {
  /** Only pages whose text changes. */
  edits: KnowledgeEdit[];
  /** Pages whose regions are broken (left out of both views). */
  errors: PageError[];
}

interface KnownEntry {
  page: string;
  /** 1-based line of the block in its page. */
  line: number;
  year?: number;
  date?: string;
  outlet: string;
  title: string;
  url?: string;
  /** Anchor of the year heading the entry sits under, when there is one. */
  anchor?: string;
}

interface PageInfo extends PageKnowledge {
  path: string;
}


/** Entries of every entries region of a page, with the anchors of their year headings. */
function readEntries(file: string, text: string): KnownEntry[] {
  const regions = findRegions(text, file);
  const headings = listHeadings(text);
  const entries: KnownEntry[] = [];
  for (const region of regions) {
    if (!region.name.startsWith('entries:')) continue;
    const yearAnchors = new Map<number, string>();
    for (const h of headings) {
      if (h.line <= region.beginLine || h.line >= region.endLine || !/^\d{4}$/.test(h.text)) continue;
      if (!yearAnchors.has(Number(h.text))) yearAnchors.set(Number(h.text), h.anchor);
    }
    for (const e of parseEntries(toLf(text.slice(region.bodyStart, region.bodyEnd)), file).entries) {
      const year = e.year ?? (isEntryDate(e.date) ? Number(e.date.slice(0, 4)) : undefined);
      const anchor = year === undefined ? undefined : yearAnchors.get(year);
      entries.push({
        page: file,
        line: region.beginLine + e.line,
        ...(year !== undefined ? { year } : {}),
        ...(isEntryDate(e.date) ? { date: e.date } : {}),
        outlet: e.outlet === undefined ? '' : headingText(e.outlet),
        title: e.title === undefined ? '' : headingText(e.title),
        ...(e.url ? { url: e.url } : {}),
        ...(anchor ? { anchor } : {}),
      });
    }
  }
  return entries;
}

/** Newest first; ties by page, then by line (the timeline's order). */
export function compareTimeline(a: TimelineEntry, b: TimelineEntry): number {
  return compareStrings(b.date, a.date) || compareStrings(a.page, b.page) || a.line - b.line;
}

/**
 * What the knowledge pages take from one page: its by-year row and its dated entries (newest first,
 * at most `keep`). Throws PageError when its regions or entries cannot be read.
 */
export function pageKnowledge(file: string, text: string, keep = Infinity): { page: PageKnowledge; newest: TimelineEntry[] } {
  // The planner reads a written page's knowledge, then the wiki index summarises the same text again.
  const cached = knowledgeCache.get(file);
  if (cached && cached.keep === keep && cached.text === text) return cached.result;
  const result = readPageKnowledge(file, text, keep);
  if (knowledgeCache.size >= KNOWLEDGE_CACHE_SIZE) knowledgeCache.clear();
  knowledgeCache.set(file, { text, keep, result });
  return result;
}

/** The last result per page (the text kept to check it is the same): callers treat results as read-only. */
const knowledgeCache = new Map<string, { text: string; keep: number; result: { page: PageKnowledge; newest: TimelineEntry[] } }>();
const KNOWLEDGE_CACHE_SIZE = 2_000;

function readPageKnowledge(file: string, text: string, keep: number): { page: PageKnowledge; newest: TimelineEntry[] } {
  const entries = readEntries(file, text);
  const years = new Map<number | undefined, YearCell>();
  const dated: TimelineEntry[] = [];
  for (const e of entries) {
    const cell = years.get(e.year) ?? { ...(e.year !== undefined ? { year: e.year } : {}), count: 0 };
    years.set(e.year, cell);
    cell.count++;
    if (cell.anchor === undefined && e.anchor !== undefined) cell.anchor = e.anchor;
    if (e.date !== undefined) {
      const { year: _year, ...rest } = e;
      dated.push({ ...rest, date: e.date });
    }
  }
  dated.sort(compareTimeline);
  const title = inlineText(pageTitle(text) ?? path.posix.basename(file, '.md'), 100);
  return { page: { title, years: [...years.values()], dated: dated.length }, newest: dated.slice(0, keep) };
}

export function renderTimeline(file: string, titles: ReadonlyMap<string, string>, newest: readonly TimelineEntry[], size: number, maxTitleLength: number): string {
  const dated = [...newest].sort(compareTimeline).slice(0, size);
  if (dated.length === 0) return NO_ENTRIES;
  const links = new PageLinks(file);
  // A list rather than a table: every line is one item, as in the day log, so no escaping slip in a
  // title can ever turn into a row or cell of its own.
  const rows = dated.map((e) => {
    const title = inlineText(e.title, maxTitleLength) || UNTITLED;
    const link = safeLink(e.url);
    return `- ${e.date} · ${inlineText(e.outlet, 80) || '-'} · ${link ? `[${title}](${link})` : title} — ${links.link(e.page, titles.get(e.page)!, e.anchor)}`;
  });
  return `${rows.join('\n')}\n`;
}

/** Pages the knowledge views cover: markdown under pagesDir, without the generated pages and the candidate lists. */
export function isKnowledgePage(config: Config, file: string): boolean {
  const p = config.pages;
  const key = `${p.pagesDir}\0${p.byYearPage}\0${p.timelinePage}\0${p.queuePage}\0${p.poolPage}\0${p.indexPage}`;
  let cached = knowledgeTests.get(p);
  if (cached?.key !== key) {
    // Normalised once per settings (it is asked for every page of the wiki: 100,000 × 6 normalisations otherwise).
    const dir = `${posixPath(p.pagesDir)}/`;
    const skip = new Set([p.byYearPage, p.timelinePage, p.queuePage, p.poolPage, p.indexPage].map(posixPath));
    // The split by-year listing's year pages (pages/by_year/2026.md) are generated, not content.
    const layout = byYearLayout(config);
    cached = { key, test: (f: string) => f.startsWith(dir) && f.endsWith('.md') && !skip.has(f) && (!f.startsWith(layout.dir) || !yearOfPage(layout, f)) };
    knowledgeTests.set(p, cached);
  }
  return cached.test(file);
}

const knowledgeTests = new WeakMap<object, { key: string; test: (file: string) => boolean }>();

/** A PageError as the index stored it (its full message). */
function storedError(file: string, message: string): PageError {
  const e = new PageError(message, file);
  e.message = message;
  return e;
}

function skeleton(title: string, intro: string, region: string): string {
  return `# ${title}\n\n${intro}\n\n${beginMarker(region)}\n${endMarker(region)}\n`;
}

/**
 * Splicing the by-year page(s) instead of rendering them (src/pages/listings.ts decides when): only
 * the pages in `files` and `only` are looked at (the others are known not to have changed), and the
 * by-year pages are spliced from the rows that change (src/pages/byyear.ts).
 */
export interface KnowledgeSplice {
  /** Pages not in `files` to look at too: the listed ones with a problem (every plan reports them). */
  only: readonly string[];
  /** The by-year rows that change, given what the plan read of the pages in `files`. */
  byYearChanges(read: ReadonlyMap<string, PageKnowledge | null>): RowChange<ByYearPage>[];
  /** A generated by-year page (the hub, a year page) is the one the stored index vouches for. */
  spliceable(rel: string): boolean;
  /** A year page neither the stored index nor the wiki has (may be created). */
  unknown(rel: string): boolean;
}

/**
 * The knowledge pages for the wiki as `files` holds it (root-relative path → text), plus `summaries`
 * for pages not in `files`. With `splice`: undefined when the by-year pages cannot be spliced (the
 * caller then plans again without it). `readPage` reads a generated year page not in `files` (the
 * split by-year listing's pages are read only when written); without it such a page counts as absent.
 */
export function planKnowledgePages(config: Config, files: ReadonlyMap<string, string>, summaries?: KnowledgeSummaries, splice?: undefined, readPage?: PageText): KnowledgeResult;
export function planKnowledgePages(config: Config, files: ReadonlyMap<string, string>, summaries: KnowledgeSummaries, splice: KnowledgeSplice, readPage?: PageText): KnowledgeResult | undefined;
export function planKnowledgePages(config: Config, files: ReadonlyMap<string, string>, summaries?: KnowledgeSummaries, splice?: KnowledgeSplice, readPage?: PageText): KnowledgeResult | undefined {
  const p = config.pages;
  const layout = byYearLayout(config);
  const timelinePath = posixPath(p.timelinePage);
  const errors: PageError[] = [];
  const pages: PageInfo[] = [];
  const newest: TimelineEntry[] = [];
  const yearPages: string[] = [];
  /** What the plan read of each knowledge page in `files` (null: no rows, or its entries cannot be read). */
  const read = new Map<string, PageKnowledge | null>();
  const all = splice ? new Set([...files.keys(), ...splice.only]) : summaries ? new Set([...files.keys(), ...summaries.pages.keys()]) : files.keys();
  for (const file of [...all].sort(compareStrings)) {
    if (!isKnowledgePage(config, file)) {
      if (yearOfPage(layout, file)) yearPages.push(file);
      continue;
    }
    const text = files.get(file);
    if (text === undefined) {
      const s = summaries!.pages.get(file);
      if (!s) continue;
      const k = s.knowledge;
      if (k) {
        if (k.years.length) pages.push({ path: file, title: k.title, years: k.years, dated: k.dated });
      } else if (s.kproblem) errors.push(storedError(file, s.kproblem));
      continue;
    }
    try {
      const info = pageKnowledge(file, text, p.timelineSize);
      read.set(file, info.page);
      if (info.page.years.length) pages.push({ path: file, ...info.page });
      newest.push(...info.newest);
    } catch (err) {
      if (!(err instanceof PageError)) throw err;
      read.set(file, null);
      errors.push(err);
    }
  }
  const titles = new Map(pages.map((pg) => [pg.path, pg.title]));
  // A page read here replaces what the index says of it; a page the listing leaves out (a person's untracked one) stays out.
  if (summaries) {
    for (const e of summaries.newest) {
      if (files.has(e.page)) continue;
      if (splice && !titles.has(e.page)) {
        // Splicing looked only at the pages read: the title of a page the timeline names comes from the index.
        const k = summaries.pages.get(e.page)?.knowledge;
        if (k?.years.length) titles.set(e.page, k.title);
      }
      if (titles.has(e.page)) newest.push(e);
    }
  }
  const text: PageText = (rel) => (files.has(rel) ? files.get(rel) : readPage?.(rel));
  const edits: KnowledgeEdit[] = [];
  if (splice) {
    const spliced = spliceByYearPages(layout, text, { changes: splice.byYearChanges(read), spliceable: (rel) => splice.spliceable(rel), unknown: (rel) => splice.unknown(rel) });
    if (!spliced) return undefined;
    edits.push(...spliced.edits);
  } else {
    const rendered = renderByYearPages(layout, pages, text, yearPages);
    edits.push(...rendered.edits);
    errors.push(...rendered.errors);
  }
  const empty = skeleton('최근 항목', `위키 전체에서 가장 최근 항목 ${p.timelineSize}개입니다. 아래 영역은 자동으로 다시 씁니다.`, TIMELINE_REGION);
  const before = files.get(timelinePath);
  try {
    const current = ensureRegion(before ?? empty, TIMELINE_REGION, undefined, timelinePath);
    const after = replaceRegion(current, TIMELINE_REGION, renderTimeline(timelinePath, titles, newest, p.timelineSize, p.maxTitleLength), timelinePath);
    if (after !== before) edits.push({ path: timelinePath, before, after });
  } catch (err) {
    if (!(err instanceof PageError)) throw err;
    errors.push(err);
  }
  return { edits, errors };
}
