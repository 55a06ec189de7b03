/**
 * The two big generated listings — pages/by_year.md (renderByYear) and the page index
 * (renderPageIndex) — updated in place for the pages a run changed, instead of rendered again from
 * every page: at 100,000 pages by_year's region is ~589,000 rows (40 MB) and a run changes ~255 pages.
 *
 * Given the region body exactly as the full render wrote it for the old state, the result is byte for
 * byte the full render of the new state. Rows are found by binary search over character offsets (as
 * src/gate/seenfile.ts does for the seen file): within a list rows are in page-path order, and a row's
 * page is recovered from its link target (the inverse of relativeLink). The body is never split into
 * lines; only the rows the search lands on are read. The by-year section headings are found with one
 * indexOf scan (a few ms on 40 MB, a fraction of the output concatenation, which is unavoidable).
 *
 * Whenever the body is not what the render would have written — a row to replace or remove is not
 * where it must be or reads differently from `before`, a heading is out of order, a link cannot be
 * mapped back to exactly one page — the functions return undefined and the caller renders in full.
 * They never guess: a wrong listing would be committed, a full render only costs time.
 */
import path from 'node:path';
import { encodeLinkPath, pageIndexRow, relativeLink, type PageIndexRow } from './indexes.js';
import { byYearHeading, byYearRow, NO_ENTRIES, PageLinks, UNKNOWN_YEAR, type ByYearPage } from './byyearrows.js';
import { compareStrings } from '../order.js';

export type { PageIndexRow } from './indexes.js';
export type { ByYearPage } from './byyearrows.js';

/** A page's row(s) before and after a run; null = the page is not listed (before: it was absent; after: it is removed). */
export interface RowChange<T> {
  path: string;
  before: T | null;
  after: T | null;
}

/** Thrown inside the splice when the body is not the render it must be; the exported functions turn it into undefined. */
class NotSpliceable extends Error {}

function refuse(why: string): never {
  throw new NotSpliceable(why);
}

/** Why a splice was refused (for the caller's log line: the full render that follows is slower, not wrong). */
export type OnRefuse = (why: string) => void;

function orUndefined(splice: () => string, onRefuse: OnRefuse | undefined): string | undefined {
  try {
    return splice();
  } catch (err) {
    if (!(err instanceof NotSpliceable)) throw err;
    onRefuse?.(err.message);
    return undefined;
  }
}

/** One row to change in a sorted list of rows: `before` must be there (undefined: no row for the page), `after` replaces it (undefined: removed). */
interface RowOp {
  path: string;
  before?: string;
  after?: string;
}

/** Reads the page path of the row starting at `lineStart` (ending at `lineEnd`, its newline); refuses a row it cannot map back. */
type RowPath = (body: string, lineStart: number, lineEnd: number) => string;

function lineEndAt(body: string, lineStart: number, end: number): number {
  const nl = body.indexOf('\n', lineStart);
  if (nl < 0 || nl >= end) refuse(`row at offset ${lineStart} runs past its list`);
  return nl;
}

/** Offset of the first row in [start, end) whose page path is ≥ `page` (rows sorted by path with `<`, as the renderers sort them). */
function lowerBound(body: string, page: string, start: number, end: number, rowPath: RowPath): number {
  let lo = start;
  let hi = end;
  // Invariant: every row starting before lo is for a path < page; every row starting at or after hi for a path ≥ page.
  while (lo < hi) {
    const mid = Math.max(lo, body.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1);
    const lineEnd = lineEndAt(body, mid, end);
    if (rowPath(body, mid, lineEnd) < page) lo = lineEnd + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The rows [start, end) of `body` (each ending with a newline) with `ops` (sorted by path, one per
 * path) applied, as pieces to concatenate; `kept` is false when no row is left.
 */
function spliceRows(body: string, start: number, end: number, ops: readonly RowOp[], rowPath: RowPath, pieces: string[]): { kept: boolean } {
  let copied = start;
  let kept = false;
  const copy = (to: number) => {
    if (to > copied) {
      pieces.push(body.slice(copied, to));
      kept = true;
    }
    copied = to;
  };
  for (const op of ops) {
    const at = lowerBound(body, op.path, copied, end, rowPath);
    const lineEnd = at < end ? lineEndAt(body, at, end) : -1;
    const present = lineEnd >= 0 && rowPath(body, at, lineEnd) === op.path;
    copy(at);
    if (op.before !== undefined) {
      if (!present) refuse(`no row for ${op.path} where it must be`);
      if (body.slice(at, lineEnd) !== op.before) refuse(`the row for ${op.path} is not the one rendered from its previous state`);
      copied = lineEnd + 1;
    } else if (present) refuse(`a row for ${op.path} is listed though its previous state has none`);
    if (op.after !== undefined) {
      pieces.push(op.after, '\n');
      kept = true;
    }
  }
  copy(end);
  return { kept };
}

/** The change of one row text: skipped when the render does not change. */
function rowOp(page: string, before: string | undefined, after: string | undefined): RowOp | undefined {
  if (before === after) return undefined;
  if (before?.includes('\n') || after?.includes('\n')) refuse(`the row for ${page} would span lines`);
  return { path: page, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
}

function sortedChanges<T>(changes: readonly RowChange<T>[]): RowChange<T>[] {
  const sorted = [...changes].sort((a, b) => compareStrings(a.path, b.path));
  for (let i = 1; i < sorted.length; i++) if (sorted[i - 1]!.path === sorted[i]!.path) refuse(`two changes for ${sorted[i]!.path}`);
  return sorted;
}

/** What encodeURI does not encode, less the parentheses encodeLinkPath encodes too. */
const UNENCODED = /^[\w\-.!~*';/?:@&=+$,#]*$/;

/**
 * The page a link target (as relativeLink wrote it from `from`) points at: decoded, resolved against
 * `from`'s folder, and checked by encoding it again, so a target is only ever mapped to the one page
 * whose link it is. This runs for every row the searches land on (~20 per changed row), so a link to
 * a neighbour of `from` — every link of the page index, most of by_year's — skips path.join and
 * relativeLink: without a '/' it can only be relativeLink's same-folder form.
 */
function linkResolver(from: string): (target: string) => string {
  const slash = from.lastIndexOf('/');
  const folder = from.slice(0, slash + 1);
  return (target) => {
    let rel = target;
    // Characters encodeLinkPath leaves as they are: such a target is its own decoding (the common case).
    if (!UNENCODED.test(target)) {
      try {
        rel = decodeURIComponent(target);
      } catch {
        refuse(`link target ${target} is not percent-encoded text`);
      }
      if (encodeLinkPath(rel) !== target) refuse(`link target ${target} is not the link to any page`);
    }
    if (!rel.includes('/')) {
      // relativeLink writes '..' (or nothing) only for a folder above `from`, never for a page.
      if (rel === '' || rel === '.' || rel === '..') refuse(`link target ${target} is a folder`);
      return folder + rel;
    }
    const page = path.posix.join(path.posix.dirname(from), rel);
    if (relativeLink(from, page) !== target) refuse(`link target ${target} is not the link to any page`);
    return page;
  };
}

// ---------------------------------------------------------------------------------------------------
// by_year.md

interface Section {
  /** `2026` or `연도 미상`, as the heading shows it. */
  label: string;
  /** Sort rank: newest year first, unknown year last (the render's order). */
  rank: number;
  headStart: number;
  rowsStart: number;
  /** Offset just past the last row's newline. */
  rowsEnd: number;
}

function rankOf(label: string): number {
  if (label === UNKNOWN_YEAR) return Infinity;
  const year = Number(label);
  if (!Number.isSafeInteger(year) || String(year) !== label) refuse(`by-year heading "## ${label}" is not a year`);
  return -year;
}

/** The sections of a by-year body, in order; checked for the render's shape and order, rows not read. */
function byYearSections(body: string): Section[] {
  if (body === NO_ENTRIES) return [];
  if (!body.startsWith('## ') || !body.endsWith('\n')) refuse('by-year body does not start with a year heading');
  const sections: Section[] = [];
  let headStart = 0;
  while (headStart >= 0) {
    const headEnd = body.indexOf('\n', headStart);
    const label = body.slice(headStart + 3, headEnd);
    const rank = rankOf(label);
    if (sections.length && sections[sections.length - 1]!.rank >= rank) refuse(`by-year heading "## ${label}" is out of order`);
    const rowsStart = headEnd + 2;
    if (body[headEnd + 1] !== '\n' || !body.startsWith('- ', rowsStart)) refuse(`by-year section "## ${label}" does not start with a blank line and a row`);
    // The next heading's preceding newline is the blank line separating the sections; the rows end just before it.
    const next = body.indexOf('\n## ', rowsStart - 1);
    if (next >= 0 && body[next - 1] !== '\n') refuse(`by-year section "## ${label}" is not followed by a blank line`);
    sections.push({ label, rank, headStart, rowsStart, rowsEnd: next < 0 ? body.length : next });
    headStart = next < 0 ? -1 : next + 1;
  }
  return sections;
}

/**
 * The page of a by-year row `- [title](target#anchor) — N건`. The target is relativeLink's output
 * (which encodes neither '#' nor anything after it) and the anchor encodeAnchor's: a row whose target
 * has more than one '#', or an anchor with a '.', could come from a page path containing '#' (every
 * listed page ends in `.md`), so it is refused rather than read one of two ways.
 */
function byYearRowPath(file: string): RowPath {
  const linkedPage = linkResolver(file);
  return (body, lineStart, lineEnd) => {
    const close = body.lastIndexOf(') — ', lineEnd);
    const open = close < 0 ? -1 : body.lastIndexOf('](', close);
    if (!body.startsWith('- [', lineStart) || open < lineStart + 3 || body[lineEnd - 1] !== '건') refuse(`by-year row at offset ${lineStart} is not a row`);
    const target = body.slice(open + 2, close);
    const hash = target.indexOf('#');
    if (hash >= 0 && (target.indexOf('#', hash + 1) >= 0 || target.indexOf('.', hash) >= 0)) refuse(`by-year link target ${target} is ambiguous`);
    return linkedPage(hash < 0 ? target : target.slice(0, hash));
  };
}

/** The rows one page shows, by section label; refuses what the render would not list one row per year for. */
function byYearRows(links: PageLinks, page: ByYearPage | null, pagePath: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const cell of page?.years ?? []) {
    if (cell.year !== undefined && !Number.isSafeInteger(cell.year)) refuse(`${pagePath}: year ${cell.year} is not an integer`);
    const label = byYearHeading(cell.year).slice(3);
    if (rows.has(label)) refuse(`${pagePath}: two cells for ${label}`);
    rows.set(label, byYearRow(links, { path: pagePath, title: page!.title }, cell));
  }
  return rows;
}

/**
 * The by-year region body after `changes`, given `body` === renderByYear(file, P_old) where for every
 * changed path P_old holds `before`: byte for byte renderByYear(file, P_new). Changes may come in any
 * order (they are applied in path order); a change whose rows render the same is a no-op.
 *
 * Needs of the caller: page paths are normalised repository paths ending in `.md` without '#' (the
 * knowledge pages are), `before` is exactly what the old render was given for the page (title, years
 * with their anchors; `dated` is not shown). Returns undefined when the body is not that render (the
 * caller then renders in full), and tells `onRefuse` why.
 */
export function spliceByYear(file: string, body: string, changes: readonly RowChange<ByYearPage>[], onRefuse?: OnRefuse): string | undefined {
  return orUndefined(() => {
    const links = new PageLinks(file);
    const ops = new Map<string, RowOp[]>();
    for (const change of sortedChanges(changes)) {
      const page = change.path;
      if (page.includes('#') || !page.endsWith('.md')) refuse(`${page}: a by-year link to it could not be read back`);
      const before = byYearRows(links, change.before, page);
      const after = byYearRows(links, change.after, page);
      for (const label of new Set([...before.keys(), ...after.keys()])) {
        const op = rowOp(page, before.get(label), after.get(label));
        if (!op) continue;
        const list = ops.get(label) ?? [];
        ops.set(label, list);
        list.push(op);
      }
    }
    if (ops.size === 0) return body;

    const existing = byYearSections(body);
    const byLabel = new Map(existing.map((s) => [s.label, s]));
    const fresh = [...ops.keys()].filter((label) => !byLabel.has(label)).map((label) => ({ label, rank: rankOf(label) }));
    const order = [...existing, ...fresh].sort((a, b) => a.rank - b.rank);
    const rowPath = byYearRowPath(file);
    const pieces: string[] = [];
    let sections = 0;
    for (const { label } of order) {
      const section = byLabel.get(label);
      const sectionOps = ops.get(label);
      const separator = sections ? '\n' : '';
      if (!section) {
        // A year no page had before: every change must add its row.
        if (sectionOps!.some((op) => op.before !== undefined)) refuse(`no by-year section "## ${label}" for the rows to replace`);
        const rows = sectionOps!.filter((op) => op.after !== undefined);
        if (!rows.length) continue;
        pieces.push(separator, `## ${label}\n\n`);
        for (const op of rows) pieces.push(op.after!, '\n');
      } else if (!sectionOps) {
        pieces.push(separator, body.slice(section.headStart, section.rowsEnd));
      } else {
        const at = pieces.length;
        pieces.push(separator, body.slice(section.headStart, section.rowsStart));
        // A section whose every row goes is left out with its heading and separator.
        if (!spliceRows(body, section.rowsStart, section.rowsEnd, sectionOps, rowPath, pieces).kept) {
          pieces.length = at;
          continue;
        }
      }
      sections++;
    }
    return sections ? pieces.join('') : NO_ENTRIES;
  }, onRefuse);
}

// ---------------------------------------------------------------------------------------------------
// The page index

/** The page of a page-index row `- [title](target)` with ` — N건`, ` — (영역 오류)` or nothing after it. */
function pageIndexRowPath(indexPath: string): RowPath {
  const problem = ' — (영역 오류)';
  const linkedPage = linkResolver(indexPath);
  return (body, lineStart, lineEnd) => {
    // The target is percent-encoded (no space, no parenthesis), so which suffix follows its ')' is never in doubt.
    let close: number;
    if (body.startsWith(problem, lineEnd - problem.length)) close = lineEnd - problem.length - 1;
    else if (body[lineEnd - 1] === ')') close = lineEnd - 1;
    else if (body[lineEnd - 1] === '건') close = body.lastIndexOf(') — ', lineEnd);
    else refuse(`page index row at offset ${lineStart} does not end like a row`);
    const open = close < 0 ? -1 : body.lastIndexOf('](', close);
    if (!body.startsWith('- [', lineStart) || open < lineStart + 3 || body[close] !== ')') refuse(`page index row at offset ${lineStart} is not a row`);
    return linkedPage(body.slice(open + 2, close));
  };
}

/**
 * The page index region body after `changes`, given `body` === the renderPageIndex body for the old
 * state where every changed path held `before`: byte for byte the body for the new state. Pages are
 * the ones renderPageIndex lists (directly in pagesDir, not the index itself): the caller filters.
 * Returns undefined when the body is not that render.
 */
export function splicePageIndex(indexPath: string, body: string, changes: readonly RowChange<PageIndexRow>[], onRefuse?: OnRefuse): string | undefined {
  return orUndefined(() => {
    const ops: RowOp[] = [];
    for (const change of sortedChanges(changes)) {
      if (change.path === indexPath) refuse('the page index does not list itself');
      const row = (r: PageIndexRow | null) => (r ? pageIndexRow(indexPath, change.path, r) : undefined);
      const op = rowOp(change.path, row(change.before), row(change.after));
      if (op) ops.push(op);
    }
    if (!ops.length) return body;
    if (body !== '' && (!body.startsWith('- [') || !body.endsWith('\n'))) refuse('page index body is not a list of rows');
    const pieces: string[] = [];
    spliceRows(body, 0, body.length, ops, pageIndexRowPath(indexPath), pieces);
    return pieces.join('');
  }, onRefuse);
}
