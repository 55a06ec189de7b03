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
import { mkdir, open, type FileHandle } from 'node:fs/promises';
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
 * The pack this run appends to: created on the first record, every write on the one open handle, one
 * after another (a record's offset is known before it is written). After a failed write the pack takes
 * no more records: the offsets of later ones would be wrong.
 */
export class PackWriter {
  private handle: Promise<FileHandle> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private size = 0;
  private broken: string | undefined;
  private closed = false;
  readonly file: string;

  constructor(dir: string) {
    this.file = path.join(dir, newPackName());
  }

  get bytes(): number {
    return this.size;
  }

  /** Append one record; resolves with where it landed once it is written. */
  append(meta: StoredMeta, body: Uint8Array | undefined): Promise<PackRecord> {
    if (this.closed) return Promise.reject(new Error(`not written: the pack ${this.file} is closed (the run's cache was closed)`));
    const head = Buffer.from(`${JSON.stringify(meta)}\n`, 'utf8');
    const record = body?.byteLength ? Buffer.concat([head, body]) : head;
    const at = this.size;
    this.size += record.byteLength;
    const write = this.queue.then(async () => {
      if (this.broken) throw new Error(`not written: the pack ${this.file} failed earlier (${this.broken})`);
      try {
        this.handle ??= openCreatingFolder(this.file);
        const fh = await this.handle;
        for (let off = 0; off < record.byteLength; ) off += (await fh.write(record, off, record.byteLength - off, at + off)).bytesWritten;
      } catch (err) {
        this.broken = errorMessage(err);
        throw err;
      }
      return { meta, at, bodyAt: at + head.byteLength, end: at + record.byteLength };
    });
    this.queue = write.catch(() => undefined);
    return write;
  }

  /** Wait for every write, then close the file. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    const handle = this.handle;
    this.handle = undefined;
    if (handle) await (await handle.catch(() => undefined))?.close();
  }
}

/** The cache folder exists but on a first run: created only when the exclusive create says it is missing. */
async function openCreatingFolder(file: string): Promise<FileHandle> {
  try {
    return await open(file, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await mkdir(path.dirname(file), { recursive: true });
    return await open(file, 'wx');
  }
}
