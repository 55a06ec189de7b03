/**
 * The rows of the by-year view (pages/by_year.md, or its year pages when it is split: byyear.ts): the
 * one format for the full render and the splice (splice.ts). In a module of its own so the splice and
 * the split layout use it without importing the knowledge planner.
 */
import { relativeLink } from './indexes.js';
import type { PageKnowledge, YearCell } from './knowledgetypes.js';
import { encodeAnchor } from './toc.js';
import { compareStrings } from '../order.js';

export const BY_YEAR_REGION = 'by-year';

/** One page's by-year facts: what its row(s) show. */
export interface ByYearPage extends PageKnowledge {
  path: string;
}


/** The body of a knowledge view with nothing to list. */
export const NO_ENTRIES = '아직 항목이 없습니다.\n';

/** The label of the by-year section of entries without a year. */
export const UNKNOWN_YEAR = '연도 미상';

/**
 * Links to pages and year headings, computed once per page and per anchor: by_year.md of 10,000 pages
 * has ~80,000 rows, and path.relative + encodeURI for each was most of a run's planning time.
 */
export class PageLinks {
  private readonly targets = new Map<string, string>();
  private readonly anchors = new Map<string, string>();
  constructor(private readonly from: string) {}
  link(page: string, title: string, anchor: string | undefined): string {
    let target = this.targets.get(page);
    if (target === undefined) this.targets.set(page, (target = relativeLink(this.from, page)));
    let hash = '';
    if (anchor) {
      hash = this.anchors.get(anchor) ?? '';
      if (!hash) this.anchors.set(anchor, (hash = `#${encodeAnchor(anchor)}`));
    }
    return `[${title}](${target}${hash})`;
  }
}

/** The heading line of a by-year section (`## 2026`, `## 연도 미상`); the splice (splice.ts) writes and reads the same. */
export function byYearHeading(year: number | undefined): string {
  return `## ${year ?? UNKNOWN_YEAR}`;
}

/** One row of the by-year view: the one format for the full render and the splice (splice.ts). */
export function byYearRow(links: PageLinks, page: { path: string; title: string }, cell: YearCell): string {
  return `- ${links.link(page.path, page.title, cell.anchor)} — ${cell.count}건`;
}

/** One year's rows: the pages with entries that year, in path order. */
export interface YearRows {
  year: number | undefined;
  rows: { page: ByYearPage; cell: YearCell }[];
}

/** The rows of every year with any, newest year first, the unknown year last (the render's order). */
export function byYearGroups(pages: readonly ByYearPage[]): YearRows[] {
  if (pages.some((p, i) => i > 0 && compareStrings(pages[i - 1]!.path, p.path) > 0)) pages = [...pages].sort((a, b) => compareStrings(a.path, b.path));
  const years = new Map<number | undefined, YearRows>();
  for (const page of pages) {
    for (const cell of page.years) {
      let group = years.get(cell.year);
      if (!group) years.set(cell.year, (group = { year: cell.year, rows: [] }));
      group.rows.push({ page, cell });
    }
  }
  return [...years.values()].sort((a, b) => compareYears(a.year, b.year));
}

/** Newest year first, the unknown year last. */
export function compareYears(a: number | undefined, b: number | undefined): number {
  return a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : b - a;
}

/** The rows of one year as lines (no heading), linked from `file`. */
export function renderYearRows(links: PageLinks, group: YearRows): string {
  // Pages come in path order (byYearGroups sorts them), so each year's rows already are.
  return `${group.rows.map(({ page, cell }) => byYearRow(links, page, cell)).join('\n')}\n`;
}

export function renderByYear(file: string, pages: readonly ByYearPage[]): string {
  const groups = byYearGroups(pages);
  if (groups.length === 0) return NO_ENTRIES;
  const links = new PageLinks(file);
  return groups.map((g) => `${byYearHeading(g.year)}\n\n${renderYearRows(links, g)}`).join('\n');
}
