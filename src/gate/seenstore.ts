/**
 * The seen set as a small log-structured store, so a run reads and writes seen data in proportion to
 * what changed, not to the size of the wiki (issue 13; 1,000,000 entries are an 86 MB file).
 *
 * Layout (both files in the seen-file format of ./seen.ts: header, `id<TAB>date<TAB>url` sorted by id):
 *
 *   data/seen.tsv         the base (config pages.seenFile): every entry up to the last compaction
 *   data/seen-recent.tsv  the recent file (recentSeenFile()): entries added since; never an id of the base
 *
 * The seen set is the union. Small wikis never get a recent file: while the base holds fewer than
 * SEEN_LOG_THRESHOLD entries and no recent file exists, new entries are spliced into the base as
 * before (the base is read whole, as it always was, which also counts its entries; a wiki that is
 * already large pays that once, when its first write starts the recent file). From then on new
 * entries go to the recent file, and the base is looked up without reading it:
 * a binary search by positioned reads (SortedSeenFile, O(k log N) small reads for k candidate ids).
 * That is only sound for the base the bot last wrote: the caller passes the blob id the wiki index
 * recorded and the one git knows for the file (`git ls-files -s`, no read); when they differ the base is
 * read and parsed whole, and the next write rewrites it (compaction), which makes it trusted again.
 * The recent file is small and always read and validated in full; its unusable lines are warnings
 * with file:line and are kept in it verbatim (also through a compaction).
 *
 * Compaction: when, with this run's entries, the recent file holds at least threshold/8 entries AND
 * at least 1/8 of the base's bytes, the run merges it into the base in the same edits: the base is
 * rewritten, the recent file is emptied to its header (not removed: its presence says the store is
 * log-structured, so no run has to read the base to count its entries, and apply, the journal and the
 * commit only ever write files). The base is measured in bytes because counting its entries would mean
 * reading it; its lines are of similar length, so this is about "recent ≥ base/8 entries", which
 * bounds the recent file a run parses to ~1/8 of the base and makes the rewrite cost at most ~8 bytes
 * of base per byte added. Everything is a function of the two files and the entries: the same inputs
 * give the same bytes (a merged shard run equals a single one).
 */
import { closeSync, fstatSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { openIfExistsSync, readIfExists } from '../fsutil.js';
import { gitBlobId } from '../pages/wikiindex.js';
import { parseSeen, recentSeenFile, SEEN_HEADER, SeenIndex, serializeSeen, type SeenEntry } from './seen.js';

export { recentSeenFile, seenFiles } from './seen.js';
import { insertSeen, isFastSeenText, seenEntriesAmong } from './seenfile.js';

/** Entries in the base from which new entries go to the recent file instead of the base. */
export const SEEN_LOG_THRESHOLD = 50_000;
/** Compaction when the recent file reaches 1/SEEN_COMPACT_RATIO of the base (and of the threshold). */
export const SEEN_COMPACT_RATIO = 8;


const BLOCK = 512;
/** Windows kept while looking up one batch of ids: the top of every search is shared (8 MB at most). */
const MAX_BLOCKS = 16_384;
const NEWLINE = 10;

/**
 * A sorted, bot-written seen file searched by positioned reads (small windows, a line found by
 * scanning to '\n'); nothing else of it is read.
 */
export class SortedSeenFile {
  readonly size: number;
  /** Bytes read so far (the benchmark and the tests show it stays far below the size). */
  bytesRead = 0;
  readonly #fd: number;
  readonly #blocks = new Map<number, Buffer>();

  private constructor(fd: number) {
    this.#fd = fd;
    this.size = fstatSync(fd).size;
  }

  /** Opens the file; undefined when it is missing or lacks the header or the trailing newline (then parse it). */
  static open(file: string): SortedSeenFile | undefined {
    const fd = openIfExistsSync(file);
    if (fd === undefined) return undefined;
    const f = new SortedSeenFile(fd);
    const head = `${SEEN_HEADER}\n`;
    const ok = f.size >= head.length && f.#text(0, head.length) === head && f.#byte(f.size - 1) === NEWLINE;
    if (ok) return f;
    f.close();
    return undefined;
  }

  close(): void {
    closeSync(this.#fd);
  }

  #block(n: number): Buffer {
    let b = this.#blocks.get(n);
    if (!b) {
      if (this.#blocks.size >= MAX_BLOCKS) this.#blocks.clear();
      const buf = Buffer.allocUnsafe(BLOCK);
      b = buf.subarray(0, readSync(this.#fd, buf, 0, BLOCK, n * BLOCK));
      this.bytesRead += b.length;
      this.#blocks.set(n, b);
    }
    return b;
  }

  #byte(pos: number): number {
    return this.#block(Math.floor(pos / BLOCK))[pos % BLOCK]!;
  }

  /** Position of the first '\n' at or after `pos`, or -1. */
  #newlineFrom(pos: number): number {
    for (let p = pos; p < this.size; p = (Math.floor(p / BLOCK) + 1) * BLOCK) {
      const i = this.#block(Math.floor(p / BLOCK)).indexOf(NEWLINE, p % BLOCK);
      if (i >= 0) return Math.floor(p / BLOCK) * BLOCK + i;
    }
    return -1;
  }

  #text(from: number, to: number): string {
    const n = Math.floor(from / BLOCK);
    // Usually within one window: no copy.
    if (to <= (n + 1) * BLOCK) return this.#block(n).toString('utf8', from - n * BLOCK, to - n * BLOCK);
    const parts: Buffer[] = [];
    for (let p = from; p < to; p = (Math.floor(p / BLOCK) + 1) * BLOCK) {
      const start = Math.floor(p / BLOCK) * BLOCK;
      parts.push(this.#block(Math.floor(p / BLOCK)).subarray(p - start, Math.min(BLOCK, to - start)));
    }
    return Buffer.concat(parts).toString('utf8');
  }

  /** End of the line starting at `start` (its '\n'). */
  #lineEnd(start: number): number {
    const nl = this.#newlineFrom(start);
    return nl < 0 ? this.size : nl;
  }

  #idAt(start: number): string {
    // An id is "e" + 12 hex digits: 13 bytes, then a tab.
    return this.#text(start, Math.min(start + 13, this.#lineEnd(start)));
  }

  /** Offset of the first line whose id is ≥ id (the file's size when none). */
  #lowerBound(id: string): number {
    let lo = SEEN_HEADER.length + 1;
    let hi = this.size;
    // Invariant: lo and hi are line starts; lines before lo have smaller ids, lines from hi on do not.
    while (lo < hi) {
      const mid = lo + ((hi - lo) >>> 1);
      let at = mid === lo ? lo : this.#lineEnd(mid - 1) + 1;
      if (at >= hi) at = lo; // no line starts in [mid, hi): probe the one at lo
      if (this.#idAt(at) < id) lo = this.#lineEnd(at) + 1;
      else hi = at;
    }
    return lo;
  }

  /** The entries whose id is one of `ids` (sorted by id). */
  lookup(ids: Iterable<string>): SeenEntry[] {
    const found: SeenEntry[] = [];
    // Sorted, so neighbouring searches share their cached blocks.
    for (const id of [...new Set(ids)].sort()) {
      const at = this.#lowerBound(id);
      if (at >= this.size || this.#idAt(at) !== id) continue;
      const [, date, url] = this.#text(at, this.#lineEnd(at)).split('\t');
      found.push({ id, date: date ?? '', url: url ?? '' });
    }
    this.#blocks.clear();
    return found;
  }
}

/** The base as this store knows it. */
type Base =
  | { kind: 'absent' }
  /** Read whole: small, or not trusted (then also parsed). */
  | { kind: 'text'; text: string; trusted: boolean; parsed?: SeenIndex }
  /** Trusted and not read: looked up by positioned reads, read whole only to compact. */
  | { kind: 'file'; abs: string; size: number };

export interface SeenStoreOptions {
  /** Blob id of the base the bot last wrote (the wiki index's seenBlob). */
  recordedBlob?: string;
  /** The base's blob id as git knows it (tracked and unmodified), so a trusted base is never read. */
  gitBlob?: string;
  /** Base entries from which new entries go to the recent file (tests lower it). */
  threshold?: number;
}

export interface SeenWrite {
  /** 0, 1 or 2 edits: the recent file and/or the base, base first. */
  edits: Array<{ path: string; before: string | undefined; after: string }>;
  /** The base after these edits is sorted and clean: the wiki index may record its blob. */
  baseTrustable: boolean;
}

export class SeenStore {
  readonly file: string;
  readonly recentFile: string;
  readonly threshold: number;
  readonly recentText: string | undefined;
  readonly #base: Base;
  readonly #recent: SeenIndex;
  #baseBytesRead = 0;

  constructor(file: string, base: Base, recentText: string | undefined, threshold = SEEN_LOG_THRESHOLD) {
    this.file = file;
    this.recentFile = recentSeenFile(file);
    this.threshold = threshold;
    this.#base = base;
    this.recentText = recentText;
    this.#recent = parseRecent(recentText, this.recentFile);
  }

  /** The base is the one the bot last wrote (lookups and inserts need not parse it). */
  get baseTrusted(): boolean {
    return this.#base.kind === 'file' || (this.#base.kind === 'text' && this.#base.trusted);
  }

  /** Bytes of the base read by positioned lookups (a base read whole is not counted: see baseText). */
  get baseBytesRead(): number {
    return this.#baseBytesRead;
  }

  /** The base's text when it was read (small store or untrusted); undefined when absent or not read. */
  get baseText(): string | undefined {
    return this.#base.kind === 'text' ? this.#base.text : undefined;
  }

  /** New entries go to the recent file: it exists, or the base has reached the threshold. */
  get logged(): boolean {
    if (this.recentText !== undefined || this.#base.kind === 'file') return true;
    if (this.#base.kind !== 'text') return false;
    return baseEntries(this.#base) >= this.threshold;
  }

  /** Unusable lines of both files (kept as they are, not used as ids), as `file:line: problem`. */
  warnings(): string[] {
    const out: string[] = [];
    const note = (file: string, idx: SeenIndex) => {
      for (const b of idx.badLines()) out.push(`${file}:${b.line}: ${b.problem} (line kept as it is, not used as an id)`);
    };
    if (this.#base.kind === 'text' && this.#base.parsed) note(this.file, this.#base.parsed);
    note(this.recentFile, this.#recent);
    return out;
  }

  /** The seen entries among `ids`, from both files. */
  among(ids: Iterable<string>): SeenIndex {
    const wanted = new Set(ids);
    const out = new SeenIndex();
    for (const e of this.#baseAmong(wanted)) out.add(e.id, e.date, e.url);
    for (const id of wanted) {
      const e = this.#recent.get(id);
      if (e && !out.has(id)) out.add(e.id, e.date, e.url);
    }
    return out;
  }

  #baseAmong(ids: ReadonlySet<string>): SeenEntry[] {
    const b = this.#base;
    if (b.kind === 'absent' || !ids.size) return [];
    if (b.kind === 'file') {
      const f = SortedSeenFile.open(b.abs);
      if (!f) throw new Error(`${this.file} changed while the run read it (no longer the file the bot wrote)`);
      try {
        return f.lookup(ids);
      } finally {
        this.#baseBytesRead += f.bytesRead;
        f.close();
      }
    }
    if (b.parsed) return [...ids].flatMap((id) => b.parsed!.get(id) ?? []);
    return seenEntriesAmong(b.text, ids);
  }

  /**
   * The edits that add `entries` to the seen set (ids already seen keep their line). A base that is not
   * the bot's is rewritten even with no entries (normalised, as the run always did): the writing run
   * makes it trusted again.
   */
  write(entries: readonly SeenEntry[]): SeenWrite {
    const b = this.#base;
    if (!this.logged) {
      // A small wiki: into the base, exactly as before the recent file existed.
      const before = b.kind === 'text' ? b.text : undefined;
      if (b.kind === 'text' && b.trusted) return this.#result({ before, after: insertSeen(b.text, entries) }, undefined, true);
      const seen = before === undefined ? new SeenIndex() : parseSeen(before, this.file, { keepBadLines: true });
      for (const e of entries) seen.add(e.id, e.date, e.url);
      return this.#result({ before, after: serializeSeen(seen) }, undefined, seen.badLines().length === 0);
    }
    const recent = parseRecent(this.recentText, this.recentFile);
    if (!this.baseTrusted) {
      // Read and parsed anyway: rewrite it with everything, which makes it the bot's (trusted) again.
      const before = this.baseText;
      const seen = before === undefined ? new SeenIndex() : parseSeen(before, this.file, { keepBadLines: true });
      for (const e of recent.entries()) seen.add(e.id, e.date, e.url);
      for (const e of entries) seen.add(e.id, e.date, e.url);
      return this.#result({ before, after: serializeSeen(seen) }, emptied(recent), seen.badLines().length === 0);
    }
    const inBase = new Set(this.#baseAmong(new Set(entries.map((e) => e.id))).map((e) => e.id));
    let added = 0;
    for (const e of entries) {
      if (inBase.has(e.id)) continue;
      if (recent.add(e.id, e.date, e.url)) added++;
    }
    if (!added) return { edits: [], baseTrustable: this.#baseClean() };
    const recentAfter = serializeSeen(recent);
    const baseBytes = b.kind === 'file' ? b.size : b.kind === 'text' ? Buffer.byteLength(b.text) : 0;
    const compact = recent.size * SEEN_COMPACT_RATIO >= this.threshold && Buffer.byteLength(recentAfter) * SEEN_COMPACT_RATIO >= baseBytes;
    if (!compact) return this.#result(undefined, recentAfter, true);
    // Both sorted and the base the bot's: splice the recent entries in; unusable lines stay in recent.
    const before = b.kind === 'file' ? readFileSync(b.abs, 'utf8') : this.baseText;
    return this.#result({ before, after: insertSeen(before ?? `${SEEN_HEADER}\n`, recent.entries()) }, emptied(recent), true);
  }

  #result(base: { before: string | undefined; after: string } | undefined, recentAfter: string | undefined, baseTrustable: boolean): SeenWrite {
    const edits: SeenWrite['edits'] = [];
    if (base && base.after !== base.before) edits.push({ path: this.file, ...base });
    if (recentAfter !== undefined && recentAfter !== this.recentText) edits.push({ path: this.recentFile, before: this.recentText, after: recentAfter });
    return { edits, baseTrustable: base && base.after !== base.before ? baseTrustable : this.#baseClean() };
  }

  /** The base as it is holds no unusable line (an index may vouch for it once the bot rewrites it). */
  #baseClean(): boolean {
    return !(this.#base.kind === 'text' && this.#base.parsed?.badLines().length);
  }

  /** The same store with some files replaced by other texts (HEAD's, for a commit without a person's edits). */
  withTexts(texts: { base?: string | undefined; recent?: string | undefined }, opts: SeenStoreOptions = {}): SeenStore {
    const base = 'base' in texts ? textBase(this.file, texts.base, opts) : this.#base;
    return new SeenStore(this.file, base, 'recent' in texts ? texts.recent : this.recentText, this.threshold);
  }
}

function parseRecent(text: string | undefined, file: string): SeenIndex {
  return text === undefined ? new SeenIndex() : parseSeen(text, file, { keepBadLines: true });
}

/** A recent file after compaction: its header and the unusable lines it kept. */
function emptied(recent: SeenIndex): string {
  const rest = new SeenIndex();
  for (const bad of recent.badLines()) rest.keepBadLine(bad);
  return serializeSeen(rest);
}

function baseEntries(b: Extract<Base, { kind: 'text' }>): number {
  if (b.parsed) return b.parsed.size;
  // Trusted: the header, then one line per entry.
  let n = -1;
  for (let i = b.text.indexOf('\n'); i >= 0; i = b.text.indexOf('\n', i + 1)) n++;
  return n;
}

function textBase(file: string, text: string | undefined, opts: SeenStoreOptions): Base {
  if (text === undefined) return { kind: 'absent' };
  const trusted = !!opts.recordedBlob && isFastSeenText(text) && (opts.gitBlob ?? gitBlobId(text)) === opts.recordedBlob;
  return trusted ? { kind: 'text', text, trusted } : { kind: 'text', text, trusted, parsed: parseSeen(text, file, { keepBadLines: true }) };
}

/** A store over texts in hand (no files): tests, HEAD's versions, a curation planned on given texts. */
export function seenStoreFromTexts(file: string, baseText: string | undefined, recentText: string | undefined, opts: SeenStoreOptions = {}): SeenStore {
  return new SeenStore(file, textBase(file, baseText, opts), recentText, opts.threshold);
}

/**
 * Open the store under `root`. The base is not read when it is trusted (opts.gitBlob equals
 * opts.recordedBlob) and a recent file exists; otherwise it is read whole (small, or to be parsed).
 */
export async function openSeenStore(root: string, file: string, opts: SeenStoreOptions = {}): Promise<SeenStore> {
  const recentText = await readIfExists(path.join(root, recentSeenFile(file)));
  const abs = path.join(root, file);
  if (recentText !== undefined && opts.recordedBlob && opts.gitBlob === opts.recordedBlob) {
    const f = SortedSeenFile.open(abs);
    if (f) {
      const size = f.size;
      f.close();
      return new SeenStore(file, { kind: 'file', abs, size }, recentText, opts.threshold);
    }
  }
  return seenStoreFromTexts(file, await readIfExists(abs), recentText, opts);
}
