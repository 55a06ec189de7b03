/**
 * The HTTP cache's pack files (see cache.ts): one append-only file per run, `<time>-<seq>-<pid>-<rand>.pack`,
 * holding one record per stored response: the meta as one line of JSON, a newline, then the body
 * bytes (the layout of a single `.entry` file, repeated). A record whose meta says `bodyIn: "earlier"`
 * has no body bytes: it renews an earlier record's meta (a 304 or an unchanged body) and the body
 * stays where it was.
 *
 * Why packs: creating a file costs about 1 ms of kernel time on the bench machine, and a run that
 * stored every response in a file of its own spent 0.3–0.7 s of its ~2 s of CPU on that alone (4
 * shard processes on 2 cores were CPU-bound). Appending to one open file costs a few microseconds.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { httpCacheMetaSchema, parseState } from '../state-schemas.js';

export const PACK_SUFFIX = '.pack';

/** What the cache keeps of a response besides its body (cache.ts re-exports it). */
export interface CacheEntry {
  url: string;
  status: number;
  etag?: string;
  lastModified?: string;
  contentType?: string;
  /** When the response was stored or last revalidated (ms since epoch, from the fetcher's clock). */
  storedAt: number;
  bodyBytes: number;
  /** Where the redirects ended. */
  finalUrl: string;
}

export interface StoredMeta extends CacheEntry {
  version: 1;
  bodySha256: string;
  /** Set on a record without body bytes: the body is the one of the URL's earlier record. */
  bodyIn?: 'earlier';
}

/** One record as found in a pack. */
export interface PackRecord {
  meta: StoredMeta;
  /** Offset of the record (its meta line) and of its body; the record ends at bodyAt + body bytes held. */
  at: number;
  bodyAt: number;
  end: number;
}

export interface ScannedPack {
  file: string;
  size: number;
  records: PackRecord[];
  /** Why the scan stopped before the end (a torn last record after a crash, a damaged file). */
  problem?: string;
}

/** Longest meta line accepted: a URL, validators and a content type fit many times over. */
const MAX_META_BYTES = 64 * 1024;
const WINDOW = 1 << 20;

/**
 * Every record of a pack, read a window at a time (bodies are skipped, never held), up to the first
 * thing that does not read back; what came before it stays usable.
 */
export async function scanPack(file: string): Promise<ScannedPack> {
  const fh = await open(file, 'r');
  try {
    const size = (await fh.stat()).size;
    const records: PackRecord[] = [];
    const window = Buffer.allocUnsafe(WINDOW);
    let winAt = 0;
    let winLen = 0;
    const load = async (at: number): Promise<void> => {
      winAt = at;
      winLen = 0;
      while (winLen < WINDOW) {
        const { bytesRead } = await fh.read(window, winLen, WINDOW - winLen, at + winLen);
        if (bytesRead === 0) break;
        winLen += bytesRead;
      }
    };
    let at = 0;
    while (at < size) {
      if (at < winAt || at + Math.min(MAX_META_BYTES, size - at) > winAt + winLen) await load(at);
      const newline = window.subarray(at - winAt, winLen).indexOf(0x0a);
      if (newline < 0) return { file, size, records, problem: `record at byte ${at} has no meta line` };
      const parsed = parseState(httpCacheMetaSchema, window.toString('utf8', at - winAt, at - winAt + newline));
      if (!parsed.ok) return { file, size, records, problem: `record at byte ${at}: ${parsed.problem}` };
      const meta = parsed.value as StoredMeta;
      const bodyAt = at + newline + 1;
      const end = bodyAt + (meta.bodyIn === 'earlier' ? 0 : meta.bodyBytes);
      if (end > size) return { file, size, records, problem: `record at byte ${at} is cut short (${size - bodyAt} of ${meta.bodyBytes} body bytes)` };
      records.push({ meta, at, bodyAt, end });
      at = end;
    }
    return { file, size, records };
  } finally {
    await fh.close();
  }
}

/** `length` bytes of `file` from `at`. */
export async function readRange(file: string, at: number, length: number): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const { bytesRead } = await fh.read(buf, got, length - got, at + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return got === length ? buf : buf.subarray(0, got);
  } finally {
    await fh.close();
  }
}

let packSequence = 0;

/**
 * A new pack's name. Packs are read in name order and a later record for a URL wins, so the name
 * starts with the creation time, then a sequence number for packs made in the same millisecond by
 * this process.
 */
function newPackName(): string {
  const time = Date.now().toString(36).padStart(9, '0');
  const seq = (packSequence++).toString(36).padStart(4, '0');
  return `${time}-${seq}-${process.pid.toString(36)}-${randomBytes(3).toString('hex')}${PACK_SUFFIX}`;
}

/**
 * The pack this run appends to: created on the first record, each record written at once with one
 * synchronous write on the one descriptor. A record is a few KB for a feed: the write is a copy into the
 * page cache, cheaper than the promise round trip through the thread pool (in the shard bench's CPU
 * profile the awaited FileHandle writes cost ~0.25 ms of main-thread time each). After a failed write
 * the pack takes no more records: a half-written record would end the readable part of the pack.
 */
export class PackWriter {
  private fd: number | undefined;
  private size = 0;
  private broken: string | undefined;
  private closed = false;
  readonly file: string;

  constructor(dir: string) {
    this.file = path.join(dir, newPackName());
  }

  /** Append one record; throws when it could not be written. */
  append(meta: StoredMeta, body: Uint8Array | undefined): PackRecord {
    if (this.closed) throw new Error(`not written: the pack ${this.file} is closed (the run's cache was closed)`);
    if (this.broken) throw new Error(`not written: the pack ${this.file} failed earlier (${this.broken})`);
    const head = Buffer.from(`${JSON.stringify(meta)}\n`, 'utf8');
    const record = body?.byteLength ? Buffer.concat([head, body]) : head;
    const at = this.size;
    try {
      this.fd ??= openCreatingFolder(this.file);
      for (let off = 0; off < record.byteLength; ) off += writeSync(this.fd, record, off, record.byteLength - off, at + off);
    } catch (err) {
      this.broken = errorMessage(err);
      throw err;
    }
    this.size += record.byteLength;
    return { meta, at, bodyAt: at + head.byteLength, end: at + record.byteLength };
  }

  close(): void {
    this.closed = true;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Exclusive create (a pack is never reused); the folder is created only when that says it is missing. */
function openCreatingFolder(file: string): number {
  try {
    return openSync(file, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    mkdirSync(path.dirname(file), { recursive: true });
    return openSync(file, 'wx');
  }
}
