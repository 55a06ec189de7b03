/**
 * Cross-run dedupe state, committed with the wiki (pages.seenFile, default data/seen.tsv), so a new
 * machine or runner never forgets what was already written (the old system kept it in a local
 * SQLite and lost it).
 *
 * Format: the header comment line, then one line per entry, sorted by id, LF endings, trailing newline:
 *
 *   # wiki-daily seen entries: id<TAB>first seen (YYYY-MM-DD)<TAB>canonical URL; sorted by id, additive
 *   e0123456789ab<TAB>2026-06-01<TAB>https://news.kbs.co.kr/news/view.do?ncd=1
 *
 * The index only grows. Adding an id twice keeps the earliest date (on equal dates the smaller URL),
 * so the result does not depend on the order entries arrive in and the same set is always the same
 * bytes. Parsing accepts comment and blank lines, CRLF endings, unsorted lines and repeated ids
 * (what a hand-resolved merge conflict leaves), and rejects everything else with file and line.
 */
import { PageError, WikiDailyError, errorMessage } from '../errors.js';
import { recentSibling } from '../fsutil.js';
import { entryId } from './canonical.js';

export const SEEN_HEADER =
  '# wiki-daily seen entries: id<TAB>first seen (YYYY-MM-DD)<TAB>canonical URL; sorted by id, additive';

/**
 * The recent file that goes with a base seen file (src/gate/seenstore.ts): `data/seen.tsv` →
 * `data/seen-recent.tsv` (fsutil.recentSibling, as the wiki index's overlay).
 */
export function recentSeenFile(seenFile: string): string {
  return recentSibling(seenFile);
}

/** Both seen files, base first (for listings, diffs, lint and the apply order). */
export function seenFiles(seenFile: string): [string, string] {
  return [seenFile, recentSeenFile(seenFile)];
}

export interface SeenEntry {
  id: string;
  /** Local date the entry was first written, YYYY-MM-DD. */
  date: string;
  url: string;
}

const ID_PATTERN = /^e[0-9a-f]{12}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isValidDate(date: string): boolean {
  const m = DATE_PATTERN.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function withoutScheme(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}

/** Why an entry is unusable, or undefined when it is fine. */
function entryProblem(id: string, date: string, url: string): string | undefined {
  if (!ID_PATTERN.test(id)) return `id "${id}" is not "e" followed by 12 lower-case hex digits`;
  if (!isValidDate(date)) return `date "${date}" is not a calendar date YYYY-MM-DD`;
  if (!/^https?:\/\/\S+$/.test(url)) return `URL "${url}" is not an absolute http(s) URL without spaces`;
  const expected = entryId(url);
  if (expected !== id) return `id "${id}" does not belong to URL "${url}" (its id is ${expected})`;
  return undefined;
}

/** Records an entry that was already checked with entryProblem (see parseSeen). */
let addChecked: (index: SeenIndex, id: string, date: string, url: string) => boolean;

/** A line of the seen file that is not a usable entry, kept byte for byte (see parseSeen's keepBadLines). */
interface BadSeenLine {
  line: number;
  text: string;
  problem: string;
}

export class SeenIndex {
  readonly #byId = new Map<string, SeenEntry>();
  readonly #idByUrl = new Map<string, string>();
  /** Unusable lines read from the file: written back after the entries so no one's text is dropped. */
  readonly #badLines: BadSeenLine[] = [];

  static {
    // parseSeen validates every line itself (to name the line); validating again in add() would
    // hash every URL twice, which dominated reading a seen file of 100,000 entries.
    addChecked = (index, id, date, url) => index.#record(id, date, url);
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /** Scheme-insensitive, like entry ids: http://x and https://x are the same article. */
  hasUrl(canonical: string): boolean {
    return this.#idByUrl.has(withoutScheme(canonical));
  }

  get(id: string): SeenEntry | undefined {
    const e = this.#byId.get(id);
    return e && { ...e };
  }

  /**
   * Record an entry; returns true when the id is new. A known id keeps its earliest date. Throws
   * when the entry is malformed or the id is already recorded for a different URL.
   */
  add(id: string, date: string, url: string): boolean {
    const problem = entryProblem(id, date, url);
    if (problem) throw new WikiDailyError(`invalid seen entry: ${problem}`);
    return this.#record(id, date, url);
  }

  #record(id: string, date: string, url: string): boolean {
    const known = this.#byId.get(id);
    if (!known) {
      this.#byId.set(id, { id, date, url });
      this.#idByUrl.set(withoutScheme(url), id);
      return true;
    }
    if (withoutScheme(known.url) !== withoutScheme(url)) {
      throw new WikiDailyError(`invalid seen entry: id ${id} is recorded for "${known.url}", not "${url}"`);
    }
    if (date < known.date || (date === known.date && url < known.url)) {
      this.#byId.set(id, { id, date, url });
    }
    return false;
  }

  /** Lines that were kept verbatim but not used as ids, in file order. */
  badLines(): BadSeenLine[] {
    return this.#badLines.map((b) => ({ ...b }));
  }

  keepBadLine(bad: BadSeenLine): void {
    this.#badLines.push({ ...bad });
  }

  /** Add every entry of another index (additive merge). */
  merge(other: SeenIndex): void {
    for (const e of other.entries()) this.add(e.id, e.date, e.url);
  }

  get size(): number {
    return this.#byId.size;
  }

  /** Entries sorted by id. */
  entries(): SeenEntry[] {
    return this.sorted().map((e) => ({ ...e }));
  }

  /** The stored entries themselves, sorted by id (no copies: serialising 100,000 entries stays lean). */
  private sorted(): readonly Readonly<SeenEntry>[] {
    return [...this.#byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The seen file's text: header, entries sorted by id, LF endings, trailing newline. */
  serialize(): string {
    let out = `${SEEN_HEADER}\n`;
    for (const e of this.sorted()) out += `${e.id}\t${e.date}\t${e.url}\n`;
    for (const b of this.#badLines) out += `${b.text}\n`;
    return out;
  }
}

interface ParseSeenOptions {
  /**
   * Keep malformed lines instead of throwing: each is recorded (index.badLines(), with its line
   * number) and written back verbatim after the entries, but never used as an id. The run uses this,
   * so one garbage line committed by hand does not stop every later run; the lint stays strict.
   */
  keepBadLines?: boolean;
}

/** Parse a seen file; any malformed line is a PageError naming the file and line (unless keepBadLines). */
export function parseSeen(text: string, file: string, options: ParseSeenOptions = {}): SeenIndex {
  const index = new SeenIndex();
  const bad = (problem: string, lineNo: number, line: string, err: PageError): void => {
    if (!options.keepBadLines) throw err;
    index.keepBadLine({ line: lineNo, text: line, problem });
  };
  const lines = text.split('\n');
  // the trailing newline leaves one empty string after the last line
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  for (const [i, rawLine] of lines.entries()) {
    const lineNo = i + 1;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const fields = line.split('\t');
    if (fields.length !== 3) {
      const problem = `expected 3 tab-separated fields (id, date, URL), found ${fields.length}: "${line.slice(0, 120)}"`;
      bad(problem, lineNo, line, new PageError(problem, file, lineNo));
      continue;
    }
    const [id, date, url] = fields as [string, string, string];
    const problem = entryProblem(id, date, url);
    if (problem) {
      bad(problem, lineNo, line, new PageError(problem, file, lineNo));
      continue;
    }
    try {
      addChecked(index, id, date, url);
    } catch (err) {
      bad(errorMessage(err), lineNo, line, new PageError(errorMessage(err), file, lineNo));
    }
  }
  return index;
}

/** The file content for an index: header, entries sorted by id, LF endings, trailing newline. */
export function serializeSeen(index: SeenIndex): string {
  return index.serialize();
}
