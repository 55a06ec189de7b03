/**
 * Managed regions: the only parts of a page the bot rewrites.
 *
 *   <!-- wiki-daily:begin NAME -->
 *   …generated body…
 *   <!-- wiki-daily:end NAME -->
 *
 * Markers sit on their own lines (surrounding spaces tolerated). Any line that starts like a marker
 * counts, even inside a code fence: a page that wants to show one must quote it inline. Everything outside the regions belongs to people and is never
 * changed, byte for byte (CRLF terminators and a missing final newline included). Broken structure
 * is an error naming the file and line — the bot never guesses where a region ends.
 *
 * A page without a region gets it appended ONCE at the end of the page, under a `## 자동 수집`
 * ("automatic collection") heading; see `ensureRegion`.
 */
import { PageError } from '../errors.js';
import { detectEol, FenceTracker, splitLines, toLf, withEol, type Line } from './lines.js';

const MARKER_PREFIX = '<!-- wiki-daily:';
/** Heading of the section that holds regions the bot had to add to a page by itself. */
export const AUTO_SECTION_HEADING = '## 자동 수집';

const MARKER = /^<!-- wiki-daily:(begin|end) ([^\s<>]+) -->$/;
const NAME = /^[^\s<>]+$/;

export interface Region {
  name: string;
  /** 1-based line numbers of the marker lines. */
  beginLine: number;
  endLine: number;
  /** Offset of the begin marker line. */
  start: number;
  /** Body: from just after the begin marker's line break to the start of the end marker line. */
  bodyStart: number;
  bodyEnd: number;
  /** Offset just after the end marker line (and its line break, when it has one). */
  end: number;
}

function checkName(name: string, file: string): void {
  if (!NAME.test(name) || name.includes('-->')) {
    throw new PageError(`invalid region name ${JSON.stringify(name)} (no spaces, "<" or ">")`, file);
  }
}

export function beginMarker(name: string): string {
  return `<!-- wiki-daily:begin ${name} -->`;
}

export function endMarker(name: string): string {
  return `<!-- wiki-daily:end ${name} -->`;
}

/**
 * The lines that start (after whitespace) with MARKER_PREFIX, as splitLines would number them.
 * Found with indexOf rather than by splitting the whole page: regions are looked up several
 * times per page per run, and the page index reads every page of the wiki.
 */
function* markerLines(text: string): Generator<Line> {
  let number = 1;
  let counted = 0;
  for (let at = text.indexOf(MARKER_PREFIX); at !== -1; ) {
    const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
    const nl = text.indexOf('\n', at);
    const next = nl === -1 ? text.length : nl + 1;
    // Only whitespace before the prefix: the line starts like a marker (what trim() would leave).
    if (/^\s*$/.test(text.slice(start, at))) {
      for (let i = text.indexOf('\n', counted); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) number++;
      counted = start;
      const end = nl === -1 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
      yield { text: text.slice(start, end), number, start, next };
    }
    at = text.indexOf(MARKER_PREFIX, next);
  }
}

/**
 * All regions of a page, in order. Throws PageError(file, line) for a malformed marker line, a
 * begin without end, an end without begin, a region opened inside another, or a duplicated name.
 */
export function findRegions(text: string, file: string): Region[] {
  const regions: Region[] = [];
  const seen = new Map<string, number>();
  let open: { name: string; line: number; start: number; bodyStart: number } | undefined;
  for (const line of markerLines(text)) {
    const trimmed = line.text.trim();
    const m = MARKER.exec(trimmed);
    if (!m) {
      throw new PageError(
        `malformed wiki-daily marker ${JSON.stringify(trimmed.slice(0, 80))}; expected "${beginMarker('NAME')}" or "${endMarker('NAME')}"`,
        file,
        line.number,
      );
    }
    const kind = m[1]!;
    const name = m[2]!;
    if (kind === 'begin') {
      if (open) {
        throw new PageError(
          `region "${name}" begins inside region "${open.name}" (opened at line ${open.line}); regions cannot nest`,
          file,
          line.number,
        );
      }
      const prev = seen.get(name);
      if (prev !== undefined) {
        throw new PageError(`region "${name}" appears twice (first at line ${prev})`, file, line.number);
      }
      seen.set(name, line.number);
      open = { name, line: line.number, start: line.start, bodyStart: line.next };
    } else {
      if (!open) {
        throw new PageError(`end marker of region "${name}" without a begin marker before it`, file, line.number);
      }
      if (open.name !== name) {
        throw new PageError(
          `end marker of region "${name}" while region "${open.name}" (opened at line ${open.line}) is open`,
          file,
          line.number,
        );
      }
      regions.push({
        name,
        beginLine: open.line,
        endLine: line.number,
        start: open.start,
        bodyStart: open.bodyStart,
        bodyEnd: line.start,
        end: line.next,
      });
      open = undefined;
    }
  }
  if (open) {
    throw new PageError(`region "${open.name}" has no end marker ("${endMarker(open.name)}")`, file, open.line);
  }
  return regions;
}

function getRegion(text: string, name: string, file: string): Region | undefined {
  return findRegions(text, file).find((r) => r.name === name);
}

/** The body of a region with LF line breaks, or undefined when the page has no such region. */
export function regionBody(text: string, name: string, file: string): string | undefined {
  const r = getRegion(text, name, file);
  return r ? toLf(text.slice(r.bodyStart, r.bodyEnd)) : undefined;
}

/** regionBody, or undefined also when the markers cannot be read (a PageError): for a caller that then renders in full. */
export function readableRegionBody(text: string, name: string, file: string): string | undefined {
  try {
    return regionBody(text, name, file);
  } catch (err) {
    if (err instanceof PageError) return undefined;
    throw err;
  }
}

/**
 * Replace the body of a region. `body` uses LF; it is written with the file's own line breaks
 * and always ends with one (an empty body leaves the markers on consecutive lines).
 * Only the characters between the markers change.
 */
export function replaceRegion(text: string, name: string, body: string, file = '(page)'): string {
  checkName(name, file);
  const r = getRegion(text, name, file);
  if (!r) throw new PageError(`no region "${name}" to replace`, file);
  let normalised = toLf(body);
  if (normalised !== '' && !normalised.endsWith('\n')) normalised += '\n';
  // A body must never contain markers of its own: that would corrupt the page structure. Looked for
  // with indexOf (markerLines), not by splitting a body of 600,000 lines (by_year.md, 100,000 pages).
  for (const _line of markerLines(normalised)) {
    throw new PageError(`refusing to write a wiki-daily marker inside region "${name}"`, file, r.beginLine);
  }
  return text.slice(0, r.bodyStart) + withEol(normalised, detectEol(text)) + text.slice(r.bodyEnd);
}

/** The last level-2 heading outside regions and code, or undefined. */
function lastSectionHeading(text: string, regions: Region[]): string | undefined {
  const fence = new FenceTracker();
  let last: string | undefined;
  for (const line of splitLines(text)) {
    if (fence.push(line.text)) continue;
    if (regions.some((r) => line.start >= r.start && line.start < r.end)) continue;
    if (/^ {0,3}##[ \t]/.test(line.text)) last = line.text.trim();
  }
  return last;
}

/**
 * Make sure a region exists. A page that lacks it gets the empty region appended at the end of the
 * page, under `heading` (default `## 자동 수집`) — the heading is added only when the page's last
 * section (outside regions) is not already that heading, so several regions added to one page
 * share it. The existing text is kept as a prefix; the only byte added to it is a line break when
 * the page did not end with one. A page that already has the region is returned unchanged.
 */
export function ensureRegion(text: string, name: string, heading: string = AUTO_SECTION_HEADING, file = '(page)'): string {
  checkName(name, file);
  const regions = findRegions(text, file);
  if (regions.some((r) => r.name === name)) return text;
  const eol = detectEol(text);
  let out = text;
  if (out !== '' && !out.endsWith('\n')) out += eol;
  const lines = splitLines(out);
  const lastLine = lines[lines.length - 1];
  if (lastLine && lastLine.text.trim() !== '') out += eol;
  if (heading && lastSectionHeading(text, regions) !== heading.trim()) out += heading + eol + eol;
  return out + beginMarker(name) + eol + endMarker(name) + eol;
}
