/**
 * HTTP cache of successful (2xx) responses, so a re-run within the freshness window costs no request
 * and a later run can ask "has it changed?" (ETag / Last-Modified → 304) instead of downloading again.
 *
 * On disk (statePaths(stateDir).httpCache): per URL, one file `<sha256(URL)>.entry`: the meta as one
 * line of JSON, a newline, then the raw body bytes, written atomically. The meta records the body's
 * length and sha256, so a body that does not belong to it (disk trouble, hand edits) is detected.
 * Anything unreadable is a miss with a warning: losing the cache only costs speed.
 *
 * One file per response, not a meta file beside a body file: every atomic write creates a file, and
 * creating files is the most expensive part of storing a small feed (about 0.8 ms of kernel time
 * each on the 2-core bench machine, where 4 shard processes collecting at once were CPU-bound).
 * Entries of the earlier layout (`<key>.json` beside `<key>.body`) are still read, so conditional
 * requests keep working after an upgrade; storing such a URL again replaces them with one file.
 */
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { writeFileAtomic } from '../fsutil.js';
import type { Logger } from '../log.js';
import { corruptStateMessage, httpCacheMetaSchema, parseState } from '../state-schemas.js';

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

/** A cache hit: the meta and the stored body. */
export interface CachedResponse extends CacheEntry {
  body: Uint8Array;
}

export interface HttpCache {
  get(url: string): Promise<CachedResponse | undefined>;
  set(url: string, entry: CacheEntry, body: Uint8Array): Promise<void>;
}

export function cacheKey(url: string): string {
  return createHash('sha256').update(url).digest('hex');
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

interface StoredMeta extends CacheEntry {
  version: 1;
  bodySha256: string;
}

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

function publicEntry(meta: CacheEntry): CacheEntry {
  const entry: CacheEntry = {
    url: meta.url,
    status: meta.status,
    storedAt: meta.storedAt,
    bodyBytes: meta.bodyBytes,
    finalUrl: meta.finalUrl,
  };
  if (meta.etag !== undefined) entry.etag = meta.etag;
  if (meta.lastModified !== undefined) entry.lastModified = meta.lastModified;
  if (meta.contentType !== undefined) entry.contentType = meta.contentType;
  return entry;
}

export class FileHttpCache implements HttpCache {
  /** Keys read from the earlier two-file layout: their files are removed once stored anew. */
  private readonly legacyKeys = new Set<string>();

  constructor(
    readonly dir: string,
    private readonly logger: Logger,
  ) {}

  private entryFile(key: string): string {
    return path.join(this.dir, `${key}.entry`);
  }

  private legacyFiles(key: string): { meta: string; body: string } {
    return { meta: path.join(this.dir, `${key}.json`), body: path.join(this.dir, `${key}.body`) };
  }

  async get(url: string): Promise<CachedResponse | undefined> {
    const key = cacheKey(url);
    const file = this.entryFile(key);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      if (isMissing(err)) return this.getLegacy(url, key);
      this.logger.warn(`http cache: cannot read ${file} (for ${url}): ${errorMessage(err)}; treated as a miss`);
      return undefined;
    }
    const corrupt = (why: string): undefined => {
      this.logger.warn(`http cache: ${corruptStateMessage(file, `cache entry for ${url}`, why, 'treated as a miss')}`);
      return undefined;
    };
    // JSON.stringify never writes a raw newline, and 0x0A is never part of a multi-byte UTF-8 character.
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) return corrupt('no meta line');
    const meta = this.checkMeta(url, bytes.toString('utf8', 0, newline), corrupt);
    if (!meta) return undefined;
    const body = bytes.subarray(newline + 1);
    if (body.byteLength !== meta.bodyBytes || sha256(body) !== meta.bodySha256) {
      return corrupt(`its body does not match its meta (${body.byteLength} bytes, expected ${meta.bodyBytes})`);
    }
    return { ...publicEntry(meta), body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  }

  /** The meta line parsed and checked, or undefined after `corrupt` was told why. */
  private checkMeta(url: string, text: string, corrupt: (why: string) => undefined): StoredMeta | undefined {
    const parsed = parseState(httpCacheMetaSchema, text);
    if (!parsed.ok) return corrupt(parsed.problem);
    // Two URLs with the same sha256 will not happen; a copied or hand-edited file might.
    if (parsed.value.url !== url) return corrupt(`it belongs to ${parsed.value.url}`);
    return parsed.value;
  }

  /** An entry of the earlier layout: `<key>.json` (the meta, its commit point) beside `<key>.body`. */
  private async getLegacy(url: string, key: string): Promise<CachedResponse | undefined> {
    const files = this.legacyFiles(key);
    let metaText: string;
    try {
      metaText = await readFile(files.meta, 'utf8');
    } catch (err) {
      if (!isMissing(err)) this.logger.warn(`http cache: cannot read ${files.meta} (for ${url}): ${errorMessage(err)}; treated as a miss`);
      return undefined;
    }
    const corrupt = (why: string): undefined => {
      this.logger.warn(`http cache: ${corruptStateMessage(files.meta, `cache entry for ${url}`, why, 'treated as a miss')}`);
      return undefined;
    };
    const meta = this.checkMeta(url, metaText, corrupt);
    if (!meta) return undefined;
    let body: Buffer;
    try {
      body = await readFile(files.body);
    } catch (err) {
      return corrupt(`body file ${files.body} unreadable (${errorMessage(err)})`);
    }
    if (body.byteLength !== meta.bodyBytes || sha256(body) !== meta.bodySha256) {
      return corrupt(`body file ${files.body} does not match its meta (${body.byteLength} bytes, expected ${meta.bodyBytes})`);
    }
    this.legacyKeys.add(key);
    return { ...publicEntry(meta), body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  }

  async set(url: string, entry: CacheEntry, body: Uint8Array): Promise<void> {
    const key = cacheKey(url);
    const meta: StoredMeta = { version: 1, ...publicEntry(entry), url, bodyBytes: body.byteLength, bodySha256: sha256(body) };
    await writeFileAtomic(this.entryFile(key), Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`, 'utf8'), body]));
    if (this.legacyKeys.delete(key)) {
      // The new entry is on disk and read first: the old pair is only dead weight now. The meta goes
      // first, so a failure half-way never leaves a meta whose body is gone.
      const old = this.legacyFiles(key);
      try {
        await rm(old.meta, { force: true });
        await rm(old.body, { force: true });
      } catch (err) {
        this.logger.warn(`http cache: stored ${url} but could not remove its old files ${old.meta} / ${old.body}: ${errorMessage(err)}`);
      }
    }
  }
}

/** No cache at all: for link checks, whose probes never read or write one (FetchOptions.probe). */
export class NoHttpCache implements HttpCache {
  async get(): Promise<CachedResponse | undefined> {
    return undefined;
  }
  async set(): Promise<void> {}
}
