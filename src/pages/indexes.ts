/**
 * The two generated listings: the page index (pages/*.md with entry counts) and the day-log
 * index (newest first). Both are region bodies; the planner writes them only when they differ.
 */
import path from 'node:path';
import { PageError } from '../errors.js';
import { STATUS_LABELS, parseDayLog } from './daylog.js';
import { countEntries } from './entries.js';
import { findRegions, type Region } from './regions.js';
import { inlineText } from './sanitize.js';
import { toLf } from './lines.js';
import type { KnowledgeSummaries } from './knowledgetypes.js';
import type { PreviousListings } from './views.js';
import { compareStrings } from '../order.js';
import { keysUnder } from './prefixed.js';

/** Link from one wiki file to another, relative and percent-encoded so the link cannot break. */
export function relativeLink(from: string, to: string): string {
  // Same folder (the page index and the knowledge pages list their neighbours): no path.relative,
  // which cost a third of a second per 100,000 links.
  const slash = to.lastIndexOf('/');
  const sameDir = slash === from.lastIndexOf('/') && (slash < 0 || from.startsWith(to.slice(0, slash + 1)));
  // One folder below `to`'s (a year page of the split by-year listing links every page it lists: up to 589,000).
  const fromSub = !sameDir && from.startsWith(to.slice(0, slash + 1)) ? from.slice(slash + 1) : '';
  const below = fromSub.indexOf('/');
  const oneBelow = below > 0 && below === fromSub.lastIndexOf('/') && fromSub.slice(0, below) !== '..' && fromSub.slice(0, below) !== '.';
  const rel = sameDir ? to.slice(slash + 1) : oneBelow ? `../${to.slice(slash + 1)}` : path.posix.relative(path.posix.dirname(from), to) || path.posix.basename(to);
  return encodeLinkPath(rel);
}

/** A relative path as a link target: percent-encoded (decodeURIComponent gives it back exactly), parentheses and brackets included. */
export function encodeLinkPath(rel: string): string {
  return encodeURI(rel).replace(/[()[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** The text of the first `# ` line, or undefined. */
export function pageTitle(text: string): string | undefined {
  const m = /^# +(.+?)[ \t]*#*[ \t]*$/m.exec(toLf(text));
  return m?.[1]?.trim() || undefined;
}

function countInRegions(text: string, regions: readonly Region[]): number {
  let n = 0;
  for (const r of regions) {
    if (r.name.startsWith('entries:')) n += countEntries(toLf(text.slice(r.bodyStart, r.bodyEnd)));
  }
  return n;
}

/** A page's count for the page index: null without entries regions; `error` when its regions are broken. */
export function listingFacts(text: string, file: string): { entries: number | null; error?: PageError } {
  try {
    const regions = findRegions(text, file);
    return { entries: regions.some((r) => r.name.startsWith('entries:')) ? countInRegions(text, regions) : null };
  } catch (err) {
    if (!(err instanceof PageError)) throw err;
    return { entries: null, error: err };
  }
}

/** A PageError as stored in the wiki index (its full message, file and line included). */
function storedError(file: string, message: string): PageError {
  const e = new PageError(message, file);
  e.message = message;
  return e;
}

/** What the page index shows of one page. */
export interface PageIndexRow {
  title: string;
  /** null: the page has no entries region (listed without a count). */
  entries: number | null;
  /** Its regions are broken: listed with `(영역 오류)` instead of a count. */
  problem: boolean;
}

/** One row of the page index: the one format for the full render and the splice (splice.ts). */
export function pageIndexRow(indexPath: string, page: string, row: PageIndexRow): string {
  const count = row.problem ? ' — (영역 오류)' : row.entries !== null ? ` — ${row.entries}건` : '';
  return `- [${row.title}](${relativeLink(indexPath, page)})${count}`;
}

export interface IndexResult {
  body: string;
  errors: PageError[];
}

/**
 * What the listings need of a file the caller did not read (from the wiki index, src/pages/wikiindex.ts):
 * a file present in `files` is always judged by its text instead.
 */
export interface ListingSummaries {
  pages?: ReadonlyMap<string, { title: string; entries: number | null; problem: string | null }>;
  dayLogs?: ReadonlyMap<string, { status: string | null; problem: string | null }>;
  /** For the knowledge pages (pages/by_year.md, pages/timeline.md). */
  knowledge?: KnowledgeSummaries;
  /** What the listings showed when the index was written, when they may be spliced (src/pages/listings.ts). */
  previous?: PreviousListings;
}

/** The files read and the ones the index knows, under `dir`. */
function listed(files: ReadonlyMap<string, string>, extra: ReadonlyMap<string, unknown> | undefined, dir: string): string[] {
  const read = keysUnder(files, dir);
  return extra ? [...new Set([...read, ...keysUnder(extra, dir)])] : read;
}

/** Whether the page index lists this file: markdown directly inside `pagesDir`, not the index itself. */
export function isIndexedPage(indexPath: string, pagesDir: string, file: string): boolean {
  const dir = pagesDir.replace(/\/+$/, '') + '/';
  return file.startsWith(dir) && file.endsWith('.md') && !file.slice(dir.length).includes('/') && file !== indexPath;
}

/** A page's row of the page index from its text, and the problem that keeps its count out. */
export function pageIndexFacts(file: string, text: string): { row: PageIndexRow; error?: PageError } {
  const title = inlineText(pageTitle(text) ?? path.posix.basename(file, '.md'), 100);
  const facts = listingFacts(text, file);
  return { row: { title, entries: facts.entries, problem: facts.error !== undefined }, ...(facts.error ? { error: facts.error } : {}) };
}

/**
 * Splicing the page index instead of rendering it (src/pages/listings.ts decides when): only the
 * pages in `files` and `only` are looked at, and the body comes from `body`.
 */
export interface PageIndexSplice {
  /** Pages not in `files` to look at too: the listed ones with a problem (every plan reports them). */
  only: readonly string[];
  /** The body of the new state; undefined when it cannot be spliced. */
  body(read: ReadonlyMap<string, PageIndexRow>): string | undefined;
}

/**
 * `- [Title](page.md) — N건` per page directly inside `pagesDir` (sorted by path, the index
 * itself left out). A page whose regions are broken is listed without a count and reported.
 * With `splice`: undefined when the page index cannot be spliced (render it in full then).
 */
export function renderPageIndex(indexPath: string, pagesDir: string, files: ReadonlyMap<string, string>, summaries?: ListingSummaries): IndexResult;
export function renderPageIndex(indexPath: string, pagesDir: string, files: ReadonlyMap<string, string>, summaries: ListingSummaries | undefined, splice: PageIndexSplice): IndexResult | undefined;
export function renderPageIndex(indexPath: string, pagesDir: string, files: ReadonlyMap<string, string>, summaries?: ListingSummaries, splice?: PageIndexSplice): IndexResult | undefined {
  const errors: PageError[] = [];
  const lines: string[] = [];
  const read = new Map<string, PageIndexRow>();
  const pages = (splice ? [...new Set([...files.keys(), ...splice.only])] : listed(files, summaries?.pages, pagesDir.replace(/\/+$/, '') + '/')).filter((p) => isIndexedPage(indexPath, pagesDir, p)).sort(compareStrings);
  for (const p of pages) {
    const text = files.get(p);
    if (text === undefined) {
      const s = summaries?.pages?.get(p);
      if (!s) continue;
      if (s.problem) errors.push(storedError(p, s.problem));
      if (!splice) lines.push(pageIndexRow(indexPath, p, { title: s.title, entries: s.entries, problem: Boolean(s.problem) }));
      continue;
    }
    const facts = pageIndexFacts(p, text);
    if (facts.error) errors.push(facts.error);
    read.set(p, facts.row);
    if (!splice) lines.push(pageIndexRow(indexPath, p, facts.row));
  }
  if (splice) {
    const body = splice.body(read);
    return body === undefined ? undefined : { body, errors };
  }
  return { body: lines.length ? lines.join('\n') + '\n' : '', errors };
}

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.md$/;

/** `- [YYYY-MM-DD](YYYY-MM-DD.md) — 성공 success` per day log in `newsDir`, newest first. */
export function renderNewsIndex(indexPath: string, newsDir: string, files: ReadonlyMap<string, string>, summaries?: ListingSummaries): IndexResult {
  const dir = newsDir.replace(/\/+$/, '') + '/';
  const errors: PageError[] = [];
  const logs = listed(files, summaries?.dayLogs, dir)
    .filter((p) => DAY_FILE.test(p.slice(dir.length)))
    .sort((a, b) => compareStrings(b, a));
  const lines = logs.map((p) => {
    const date = DAY_FILE.exec(p.slice(dir.length))![1]!;
    let status = '';
    const text = files.get(p);
    if (text === undefined) {
      const s = summaries!.dayLogs!.get(p)!;
      if (s.problem) errors.push(storedError(p, s.problem));
      status = s.problem ? ' — (영역 오류)' : s.status ? ` — ${STATUS_LABELS[s.status as keyof typeof STATUS_LABELS]}` : '';
      return `- [${date}](${relativeLink(indexPath, p)})${status}`;
    }
    try {
      const s = parseDayLog(text, p).status;
      if (s) status = ` — ${STATUS_LABELS[s]}`;
    } catch (err) {
      if (!(err instanceof PageError)) throw err;
      errors.push(err);
      status = ' — (영역 오류)';
    }
    return `- [${date}](${relativeLink(indexPath, p)})${status}`;
  });
  return { body: lines.length ? lines.join('\n') + '\n' : '', errors };
}
