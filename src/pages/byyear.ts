/**
 * The by-year listing, one page or split by year (issue 13).
 *
 * At 100,000 pages the by-year listing is ~589,000 rows (38 MB): more than GitHub renders, and every
 * run read, spliced, hashed and rewrote all of it. Above `pages.byYearSplitRows` rows the by-year
 * page (`pages.byYearPage`, the HUB) lists only the years — a link to each year's page, its number of
 * pages (rows) and of entries — and the rows live in one page per year beside it:
 * `pages/by_year/2026.md`, `pages/by_year/unknown.md` for entries without a year. A year page's
 * managed region (the same `by-year` markers) holds exactly the rows the single page lists under that
 * year's heading, linked from the year page (`../topic.md#2026`).
 *
 * Mode: split when there are more rows than the threshold, or when the hub is already split and there
 * are more than half as many (so a wiki at the edge does not flip every day); 0 never splits. Below it
 * the single page is byte for byte what it always was.
 *
 * A run splices only the year pages whose rows change (splice.ts on a one-section body) and rewrites
 * the hub from its own counts adjusted by the changes; it never reads an unchanged year page. Anything
 * unexpected (a hand-edited hub or year page, a mode change, counts that do not add up) renders
 * everything in full, which gives the same bytes. Pages are never deleted (a plan has no delete):
 * a year that loses its rows keeps its page with the "no entries" body and leaves the hub, and going
 * back to one page rewrites each year page's region to a line pointing to the hub (a person may then
 * delete them).
 */
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { PageError } from '../errors.js';
import { BY_YEAR_REGION, byYearGroups, byYearHeading, NO_ENTRIES, PageLinks, renderByYear, renderYearRows, UNKNOWN_YEAR, type ByYearPage, type YearRows } from './byyearrows.js';
import { relativeLink } from './indexes.js';
import { beginMarker, endMarker, ensureRegion, readableRegionBody, regionBody, replaceRegion } from './regions.js';
import { spliceByYear, type OnRefuse, type RowChange } from './splice.js';
import { posixPath } from '../fsutil.js';
import type { KnowledgeEdit } from './knowledgetypes.js';
import { compareStrings } from '../order.js';

/** Where the by-year pages live and when the listing splits. */
export interface ByYearLayout {
  /** The by-year page (the hub when split), normalised. */
  hub: string;
  /** The folder of the year pages, with a trailing slash: `pages/by_year/`. */
  dir: string;
  /** Rows above which the listing splits (0: never). */
  splitRows: number;
}

export function byYearLayout(config: Config): ByYearLayout {
  const hub = posixPath(config.pages.byYearPage);
  return { hub, dir: `${hub.replace(/\.md$/i, '')}/`, splitRows: config.pages.byYearSplitRows };
}

/** The page of one year's rows (`unknown.md` for entries without a year). */
export function yearPagePath(layout: ByYearLayout, year: number | undefined): string {
  return `${layout.dir}${year ?? 'unknown'}.md`;
}

const YEAR_FILE = /^(?:0|[1-9]\d{0,8})\.md$/;

/** The year a year page holds (`{ year: undefined }` for unknown.md), or undefined when `rel` is no year page. */
export function yearOfPage(layout: ByYearLayout, rel: string): { year: number | undefined } | undefined {
  if (!rel.startsWith(layout.dir)) return undefined;
  const name = rel.slice(layout.dir.length);
  if (name === 'unknown.md') return { year: undefined };
  return YEAR_FILE.test(name) ? { year: Number(name.slice(0, -3)) } : undefined;
}

/** Whether a file is one of the generated year pages of the split by-year listing. */
export function isYearPage(config: Config, rel: string): boolean {
  return yearOfPage(byYearLayout(config), rel) !== undefined;
}

// ---------------------------------------------------------------------------------------------------
// The hub

/** One year of the hub: its rows (pages with entries that year) and entries. */
export interface YearTally {
  year: number | undefined;
  rows: number;
  entries: number;
}

/** Whether the listing is split for this many rows (`split`: the hub is split today). */
export function splitMode(layout: ByYearLayout, rows: number, split: boolean): boolean {
  const t = layout.splitRows;
  return t > 0 && (rows > t || (split && rows * 2 > t));
}

function yearLabel(year: number | undefined): string {
  return year === undefined ? UNKNOWN_YEAR : String(year);
}

function hubLine(layout: ByYearLayout, t: YearTally): string {
  return `- [${yearLabel(t.year)}](${relativeLink(layout.hub, yearPagePath(layout, t.year))}) — 문서 ${t.rows}개 · ${t.entries}건`;
}

function compareTallies(a: YearTally, b: YearTally): number {
  return a.year === b.year ? 0 : a.year === undefined ? 1 : b.year === undefined ? -1 : b.year - a.year;
}

/** The hub's region body: one line per year with rows, newest first, the unknown year last. */
export function renderHub(layout: ByYearLayout, tallies: Iterable<YearTally>): string {
  const lines = [...tallies].filter((t) => t.rows > 0).sort(compareTallies).map((t) => hubLine(layout, t));
  return lines.length ? `${lines.join('\n')}\n` : NO_ENTRIES;
}

const HUB_LINE = /^- \[([^\]]+)\]\(([^)]*)\) — 문서 (\d+)개 · (\d+)건$/;

/**
 * The years of a hub body exactly as renderHub writes it (label → tally), or undefined when the body
 * is not a hub (the single page, or anything a person wrote).
 */
export function parseHub(layout: ByYearLayout, body: string): Map<string, YearTally> | undefined {
  if (!body.startsWith('- [') || !body.endsWith('\n')) return undefined;
  const tallies = new Map<string, YearTally>();
  let previous: YearTally | undefined;
  for (const line of body.slice(0, -1).split('\n')) {
    const m = HUB_LINE.exec(line);
    if (!m) return undefined;
    const label = m[1]!;
    const year = label === UNKNOWN_YEAR ? undefined : Number(label);
    if (year !== undefined && (!/^(?:0|[1-9]\d{0,8})$/.test(label) || !Number.isSafeInteger(year))) return undefined;
    const tally: YearTally = { year, rows: Number(m[3]), entries: Number(m[4]) };
    if (tally.rows < 1 || hubLine(layout, tally) !== line) return undefined;
    if (previous && compareTallies(previous, tally) >= 0) return undefined;
    tallies.set(label, tally);
    previous = tally;
  }
  return tallies;
}

function tallyOf(group: YearRows): YearTally {
  let entries = 0;
  for (const { cell } of group.rows) entries += cell.count;
  return { year: group.year, rows: group.rows.length, entries };
}

// ---------------------------------------------------------------------------------------------------
// Pages

/** Texts of pages: from the plan's files first, then read (undefined: no such page). */
export type PageText = (rel: string) => string | undefined;

/** A new hub (or single by-year page). */
export function hubSkeleton(): string {
  return `# 연도별 항목\n\n연도마다 각 문서에 실린 항목 수입니다. 아래 영역은 자동으로 다시 씁니다.\n\n${beginMarker(BY_YEAR_REGION)}\n${endMarker(BY_YEAR_REGION)}\n`;
}

function yearSkeleton(layout: ByYearLayout, year: number | undefined): string {
  const page = yearPagePath(layout, year);
  const name = year === undefined ? UNKNOWN_YEAR : `${year}년`;
  return `# ${name} 항목\n\n[연도별 항목](${relativeLink(page, layout.hub)})의 ${name} 부분: 그해 각 문서에 실린 항목 수입니다. 아래 영역은 자동으로 다시 씁니다.\n\n${beginMarker(BY_YEAR_REGION)}\n${endMarker(BY_YEAR_REGION)}\n`;
}

/** A year page's region once the listing is one page again. */
export function pointerBody(layout: ByYearLayout, page: string): string {
  return `이 연도의 항목은 이제 [연도별 항목](${relativeLink(page, layout.hub)}) 한 쪽에 모두 있습니다. 이 문서는 지워도 됩니다.\n`;
}

/** The edit of a generated page whose region gets `body` (none when the text stays the same). */
function regionEdit(page: string, before: string | undefined, skeleton: () => string, body: string, edits: KnowledgeEdit[]): void {
  const current = ensureRegion(before ?? skeleton(), BY_YEAR_REGION, undefined, page);
  const after = replaceRegion(current, BY_YEAR_REGION, body, page);
  if (after !== before) edits.push({ path: page, before, after });
}

/**
 * The by-year listing rendered from every page with rows (`pages`, any order): the single page, or
 * the hub and every year page. `yearPages` are the year pages that exist (their texts come from
 * `text`): in split mode one without rows gets the "no entries" body, in single mode each points to
 * the hub. A broken hub is reported and nothing is written; a broken year page is reported alone.
 */
export function renderByYearPages(layout: ByYearLayout, pages: readonly ByYearPage[], text: PageText, yearPages: Iterable<string>): { edits: KnowledgeEdit[]; errors: PageError[] } {
  const edits: KnowledgeEdit[] = [];
  const errors: PageError[] = [];
  const hub = layout.hub;
  const before = text(hub);
  let split: boolean;
  let groups: YearRows[] = [];
  try {
    const current = ensureRegion(before ?? hubSkeleton(), BY_YEAR_REGION, undefined, hub);
    groups = byYearGroups(pages);
    let rows = 0;
    for (const g of groups) rows += g.rows.length;
    split = splitMode(layout, rows, layout.splitRows > 0 && parseHub(layout, regionBody(current, BY_YEAR_REGION, hub) ?? '') !== undefined);
    const body = split ? renderHub(layout, groups.map(tallyOf)) : renderByYear(hub, pages);
    const after = replaceRegion(current, BY_YEAR_REGION, body, hub);
    if (after !== before) edits.push({ path: hub, before, after });
  } catch (err) {
    if (!(err instanceof PageError)) throw err;
    errors.push(err);
    return { edits, errors };
  }
  const bodies = new Map<string, { year: number | undefined; body: string }>();
  if (split) {
    for (const g of groups) {
      const page = yearPagePath(layout, g.year);
      bodies.set(page, { year: g.year, body: renderYearRows(new PageLinks(page), g) });
    }
  }
  for (const page of yearPages) {
    const of = yearOfPage(layout, page);
    if (!of || bodies.has(page)) continue;
    bodies.set(page, { year: of.year, body: split ? NO_ENTRIES : pointerBody(layout, page) });
  }
  for (const [page, { year, body }] of [...bodies].sort(([a], [b]) => compareStrings(a, b))) {
    const pageBefore = text(page);
    // Going back to one page: a year page that is gone needs no pointer.
    if (pageBefore === undefined && !split) continue;
    try {
      regionEdit(page, pageBefore, () => yearSkeleton(layout, year), body, edits);
    } catch (err) {
      if (!(err instanceof PageError)) throw err;
      errors.push(err);
    }
  }
  return { edits, errors };
}

/** What the splice of the by-year pages needs besides the rows that change. */
export interface ByYearSpliceInput {
  /** The rows that change: every page whose rows may differ from what the listing shows. */
  changes: readonly RowChange<ByYearPage>[];
  /** A generated page (hub or year page) is exactly what the run that wrote the stored index wrote. */
  spliceable(rel: string): boolean;
  /** A page the stored index and the wiki do not have (a year page to create when `text` gives none). */
  unknown(rel: string): boolean;
}

function countRows(body: string): number {
  let rows = 0;
  for (let at = body.indexOf('\n- '); at >= 0; at = body.indexOf('\n- ', at + 3)) rows++;
  return rows;
}

/** The change restricted to one year's cells. */
function inYear(page: ByYearPage | null, year: number | undefined): ByYearPage | null {
  return page && { ...page, years: page.years.filter((c) => c.year === year) };
}

/** One year's rows (a year page's region body) after `changes`, by the by-year splice on the one-section body. */
function spliceYearBody(page: string, year: number | undefined, body: string, changes: readonly RowChange<ByYearPage>[], onRefuse?: OnRefuse): string | undefined {
  const head = `${byYearHeading(year)}\n\n`;
  const yearChanges = changes.map((c) => ({ path: c.path, before: inYear(c.before, year), after: inYear(c.after, year) }));
  const spliced = spliceByYear(page, body === NO_ENTRIES ? NO_ENTRIES : head + body, yearChanges, onRefuse);
  if (spliced === undefined || spliced === NO_ENTRIES) return spliced;
  if (!spliced.startsWith(head)) {
    onRefuse?.(`${page}: the splice left rows of another year`);
    return undefined;
  }
  return spliced.slice(head.length);
}

/**
 * The by-year pages after `changes`, at the cost of what changed: the same edits as renderByYearPages
 * over the new state, given that the hub and every year page `spliceable` says so of are that render
 * of the old state. Undefined when it cannot be done that way (the caller renders in full).
 */
export function spliceByYearPages(layout: ByYearLayout, text: PageText, input: ByYearSpliceInput, onRefuse?: OnRefuse): { edits: KnowledgeEdit[] } | undefined {
  const refuse = (why: string): undefined => {
    onRefuse?.(why);
    return undefined;
  };
  const hub = layout.hub;
  const hubText = text(hub);
  if (hubText === undefined || !input.spliceable(hub)) return refuse(`${hub} is not the one the index vouches for`);
  const hubBody = readableRegionBody(hubText, BY_YEAR_REGION, hub);
  if (hubBody === undefined) return refuse(`${hub} has no readable by-year region`);
  const edits: KnowledgeEdit[] = [];
  const tallies = layout.splitRows > 0 ? parseHub(layout, hubBody) : undefined;
  if (!tallies) {
    // One page: spliced as it always was; a listing grown past the threshold is rendered split in full.
    const body = spliceByYear(hub, hubBody, input.changes, onRefuse);
    if (body === undefined) return undefined;
    if (splitMode(layout, countRows(body), false)) return refuse(`${hub}: more than ${layout.splitRows} rows, split now`);
    const after = replaceRegion(hubText, BY_YEAR_REGION, body, hub);
    if (after !== hubText) edits.push({ path: hub, before: hubText, after });
    return { edits };
  }

  // Split: the hub's counts adjusted by the changes, and the years whose rows read differently.
  const years = new Map<string, number | undefined>();
  const tally = (year: number | undefined): YearTally => {
    const label = yearLabel(year);
    let t = tallies.get(label);
    if (!t) tallies.set(label, (t = { year, rows: 0, entries: 0 }));
    return t;
  };
  const rowKey = (page: ByYearPage, cell: ByYearPage['years'][number]) => `${page.title}\0${cell.count}\0${cell.anchor ?? ''}`;
  for (const change of input.changes) {
    // The rows the page showed, by year: a year whose row reads differently after the change is spliced.
    const shown = new Map<string, { year: number | undefined; row: string }>();
    for (const cell of change.before?.years ?? []) {
      const t = tally(cell.year);
      t.rows--;
      t.entries -= cell.count;
      shown.set(yearLabel(cell.year), { year: cell.year, row: rowKey(change.before!, cell) });
    }
    for (const cell of change.after?.years ?? []) {
      const t = tally(cell.year);
      t.rows++;
      t.entries += cell.count;
      const label = yearLabel(cell.year);
      if (shown.get(label)?.row !== rowKey(change.after!, cell)) years.set(label, cell.year);
      shown.delete(label);
    }
    for (const [label, { year }] of shown) years.set(label, year);
  }
  let rows = 0;
  for (const t of tallies.values()) {
    if (t.rows < 0 || t.entries < 0 || (t.rows === 0) !== (t.entries === 0)) return refuse(`${hub}: the counts of ${yearLabel(t.year)} do not add up`);
    rows += t.rows;
  }
  if (!splitMode(layout, rows, true)) return refuse(`${hub}: ${rows} rows, back to one page`);

  for (const [label, year] of [...years].sort(([a], [b]) => compareStrings(a, b))) {
    const page = yearPagePath(layout, year);
    const before = text(page);
    let current: string;
    let body: string | undefined;
    if (before === undefined) {
      if (!input.unknown(page)) return refuse(`${page} is gone or not ours`);
      current = yearSkeleton(layout, year);
      body = NO_ENTRIES;
    } else {
      if (!input.spliceable(page)) return refuse(`${page} is not the one the index vouches for`);
      current = before;
      body = readableRegionBody(before, BY_YEAR_REGION, page);
      if (body === undefined) return refuse(`${page} has no readable by-year region`);
    }
    const after = spliceYearBody(page, year, body, input.changes, onRefuse);
    if (after === undefined) return undefined;
    if ((after === NO_ENTRIES) !== (tallies.get(label)!.rows === 0)) return refuse(`${page}: its rows and the hub's count disagree`);
    regionEdit(page, before, () => current, after, edits);
  }
  const hubAfter = replaceRegion(hubText, BY_YEAR_REGION, renderHub(layout, tallies.values()), hub);
  if (hubAfter !== hubText) edits.push({ path: hub, before: hubText, after: hubAfter });
  return { edits: edits.sort((a, b) => compareStrings(a.path, b.path)) };
}
