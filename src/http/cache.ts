/**
 * HTTP cache of successful (2xx) responses, so a re-run within the freshness window costs no request
 * and a later run can ask "has it changed?" (ETag / Last-Modified → 304) instead of downloading again.
 *
 * On disk (statePaths(stateDir).httpCache): pack files (cache-pack.ts), one per run that stored
 * something, each a sequence of records `<meta JSON line>\n<body bytes>`; the newest record of a URL
 * wins. The meta records the body's length and sha256, so a body that does not belong to it (disk
 * trouble, hand edits) is detected. Anything unreadable is a miss with a warning: losing the cache
 * only costs speed, which is also why nothing is fsynced (a torn record after a crash reads as one).
 *
 * A 304, or a body equal to the stored one, appends only a meta record (new validators, new storedAt):
 * the body is not written again. When the run's cache is closed, an older pack whose records were
 * all superseded is removed, and one less than half of which is still current has its current
 * records copied into the run's pack first, so the folder stays within about twice what it holds.
 *
 * Earlier layouts are still read, so conditional requests keep working after an upgrade: one file per
 * response `<sha256(URL)>.entry` (meta line + body), and before that `<key>.json` beside `<key>.body`.
 * Storing such a URL again moves it into the pack and removes its old files.
 *
 * Entries are keyed by URL, never by shard: a shard can start from any shard's cache folder. One
 * process writes a cache folder at a time (the run lock; each shard has its own state folder); an
 * instance reads the packs once, on first use.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { sha256Hex } from '../fsutil.js';
import type { Logger } from '../log.js';
import { corruptStateMessage, httpCacheMetaSchema, parseState } from '../state-schemas.js';
import { PACK_SUFFIX, PackWriter, readRange, scanPack, type CacheEntry, type ScannedPack, type StoredMeta } from './cache-pack.js';

export type { CacheEntry } from './cache-pack.js';

/** A cache hit: the meta and the stored body. */
export interface CachedResponse extends CacheEntry {
  body: Uint8Array;
}

export interface HttpCache {
  get(url: string): Promise<CachedResponse | undefined>;
  set(url: string, entry: CacheEntry, body: Uint8Array): Promise<void>;
  /** Finish the run's writes (the Fetcher's close and abort call it); nothing is stored after it. */
  close?(): Promise<void>;
}

export function cacheKey(url: string): string {
  return createHash('sha256').update(url).digest('hex');
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

/** Where a URL's current record is: its meta (the newest record) and its body (maybe an earlier one). */
interface Located {
  meta: StoredMeta;
  metaFile: string;
  bodyFile: string;
  bodyAt: number;
  /** Sizes of the two records (the same record when the meta came with the body). */
  metaRecordBytes: number;
  bodyRecordBytes: number;
}

/** A URL's record with its body in one pack record (`rec` of `file`). */
function locatedIn(file: string, rec: { meta: StoredMeta; at: number; bodyAt: number; end: number }): Located {
  return { meta: rec.meta, metaFile: file, bodyFile: file, bodyAt: rec.bodyAt, metaRecordBytes: rec.end - rec.at, bodyRecordBytes: rec.end - rec.at };
}

/** Whether `body` is the one `meta` describes (length and sha256). */
function bodyMatches(meta: StoredMeta, body: Uint8Array): boolean {
  return body.byteLength === meta.bodyBytes && sha256Hex(body) === meta.bodySha256;
}

/** A cache hit of `meta` with the stored `body`. */
function hit(meta: StoredMeta, body: Buffer): CachedResponse {
  return { ...publicEntry(meta), body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
}

/** A pack whose current records take less than this share of it is copied forward and removed. */
const KEEP_PACK_SHARE = 0.5;

export class FileHttpCache implements HttpCache {
  /** Files of the earlier layouts read for a key: removed once that URL is stored in a pack. */
  private readonly legacyFiles = new Map<string, string[]>();
  private index: Promise<Map<string, Located>> | undefined;
  /** The packs found when the index was read (not the run's own). */
  private packs: ScannedPack[] = [];
  /** `<key>.entry` and `<key>.json` files found when the index was read (earlier layouts). */
  private legacyNames = new Set<string>();
  private writer: PackWriter | undefined;
  private closed = false;

  constructor(
    readonly dir: string,
    private readonly logger: Logger,
  ) {}

  private entryFile(key: string): string {
    return path.join(this.dir, `${key}.entry`);
  }

  private pairFiles(key: string): { meta: string; body: string } {
    return { meta: path.join(this.dir, `${key}.json`), body: path.join(this.dir, `${key}.body`) };
  }

  private loadIndex(): Promise<Map<string, Located>> {
    this.index ??= this.readPacks();
    return this.index;
  }

  /** Every pack in name (= creation) order; a later record of a URL replaces an earlier one. */
  private async readPacks(): Promise<Map<string, Located>> {
    const index = new Map<string, Located>();
    let names: string[];
    try {
      names = (await readdir(this.dir)).sort();
    } catch (err) {
      if (!isMissing(err)) this.logger.warn(`http cache: cannot list ${this.dir}: ${errorMessage(err)}; starting without it`);
      return index;
    }
    // A URL missing from the packs is looked for in the earlier layouts only if such files exist: a
    // failed open per URL and layout (an exception each) was a visible cost of every miss.
    this.legacyNames = new Set(names.filter((n) => n.endsWith('.entry') || n.endsWith('.json')));
    for (const name of names.filter((n) => n.endsWith(PACK_SUFFIX))) {
      const file = path.join(this.dir, name);
      let pack: ScannedPack;
      try {
        pack = await scanPack(file);
      } catch (err) {
        if (!isMissing(err)) this.logger.warn(`http cache: cannot read ${file}: ${errorMessage(err)}; its entries are misses`);
        continue;
      }
      if (pack.problem) this.logger.warn(`http cache: ${corruptStateMessage(file, 'HTTP cache pack', pack.problem, 'the records before it are used')}`);
      this.packs.push(pack);
      for (const r of pack.records) {
        const url = r.meta.url;
        if (r.meta.bodyIn !== 'earlier') {
          index.set(url, locatedIn(file, r));
          continue;
        }
        const earlier = index.get(url);
        // A renewal only stands on the body it renews; without it the URL is simply not cached.
        if (earlier && earlier.meta.bodySha256 === r.meta.bodySha256 && earlier.meta.bodyBytes === r.meta.bodyBytes) index.set(url, { ...earlier, meta: r.meta, metaFile: file, metaRecordBytes: r.end - r.at });
        else index.delete(url);
      }
    }
    return index;
  }

  async get(url: string): Promise<CachedResponse | undefined> {
    const found = (await this.loadIndex()).get(url);
    if (found) return this.readPacked(url, found);
    const key = cacheKey(url);
    if (this.legacyNames.has(`${key}.entry`)) return this.getEntryFile(url, key);
    if (this.legacyNames.has(`${key}.json`)) return this.getPair(url, key);
    return undefined;
  }

  private async readPacked(url: string, at: Located): Promise<CachedResponse | undefined> {
    let body: Buffer;
    try {
      body = await readRange(at.bodyFile, at.bodyAt, at.meta.bodyBytes);
    } catch (err) {
      this.logger.warn(`http cache: cannot read ${at.bodyFile} (for ${url}): ${errorMessage(err)}; treated as a miss`);
      return undefined;
    }
    if (!bodyMatches(at.meta, body)) {
      this.logger.warn(
        `http cache: ${corruptStateMessage(at.bodyFile, `cache entry for ${url}`, `its body does not match its meta (${body.byteLength} bytes, expected ${at.meta.bodyBytes})`, 'treated as a miss')}`,
      );
      return undefined;
    }
    return hit(at.meta, body);
  }

  /** An entry of the one-file-per-response layout. */
  private async getEntryFile(url: string, key: string): Promise<CachedResponse | undefined> {
    const file = this.entryFile(key);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      if (isMissing(err) && this.legacyNames.has(`${key}.json`)) return this.getPair(url, key);
      if (isMissing(err)) return undefined;
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
    if (!bodyMatches(meta, body)) {
      return corrupt(`its body does not match its meta (${body.byteLength} bytes, expected ${meta.bodyBytes})`);
    }
    this.legacyFiles.set(key, [file]);
    return hit(meta, body);
  }

  /** The meta line parsed and checked, or undefined after `corrupt` was told why. */
  private checkMeta(url: string, text: string, corrupt: (why: string) => undefined): StoredMeta | undefined {
    const parsed = parseState(httpCacheMetaSchema, text);
    if (!parsed.ok) return corrupt(parsed.problem);
    // Two URLs with the same sha256 will not happen; a copied or hand-edited file might.
    if (parsed.value.url !== url) return corrupt(`it belongs to ${parsed.value.url}`);
    return parsed.value as StoredMeta;
  }

  /** An entry of the first layout: `<key>.json` (the meta, its commit point) beside `<key>.body`. */
  private async getPair(url: string, key: string): Promise<CachedResponse | undefined> {
    const files = this.pairFiles(key);
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
    if (!bodyMatches(meta, body)) {
      return corrupt(`body file ${files.body} does not match its meta (${body.byteLength} bytes, expected ${meta.bodyBytes})`);
    }
    // The meta goes first when they are removed, so a failure half-way never leaves a meta whose body is gone.
    this.legacyFiles.set(key, [files.meta, files.body]);
    return hit(meta, body);
  }

  async set(url: string, entry: CacheEntry, body: Uint8Array): Promise<void> {
    if (this.closed) throw new Error(`the HTTP cache ${this.dir} is closed: ${url} not stored`);
    const index = await this.loadIndex();
    const meta: StoredMeta = { version: 1, ...publicEntry(entry), url, bodyBytes: body.byteLength, bodySha256: sha256Hex(body) };
    const earlier = index.get(url);
    // A 304 (or the same body again) renews the meta; the body already in a pack stays where it is.
    const sameBody = earlier !== undefined && earlier.meta.bodySha256 === meta.bodySha256 && earlier.meta.bodyBytes === meta.bodyBytes;
    this.writer ??= new PackWriter(this.dir);
    const writer = this.writer;
    if (sameBody) {
      const renewal: StoredMeta = { ...meta, bodyIn: 'earlier' };
      const rec = writer.append(renewal, undefined);
      index.set(url, { ...earlier, meta: renewal, metaFile: writer.file, metaRecordBytes: rec.end - rec.at });
    } else {
      index.set(url, locatedIn(writer.file, writer.append(meta, body)));
    }
    await this.dropLegacy(url, cacheKey(url));
  }

  /** The URL is in the pack now, read first: its files of an earlier layout are only dead weight. */
  private async dropLegacy(url: string, key: string): Promise<void> {
    const files = this.legacyFiles.get(key);
    if (!files) return;
    this.legacyFiles.delete(key);
    try {
      for (const f of files) await rm(f, { force: true });
    } catch (err) {
      this.logger.warn(`http cache: stored ${url} but could not remove its old files ${files.join(' / ')}: ${errorMessage(err)}`);
    }
  }

  /**
   * End of the run: older packs that hold nothing current are removed; one mostly superseded has its
   * current records copied into this run's pack first. Then the pack is closed.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (this.index) await this.compact(await this.index);
    } catch (err) {
      this.logger.warn(`http cache: could not tidy ${this.dir}: ${errorMessage(err)}; the old packs stay (they only cost space)`);
    } finally {
      this.writer?.close();
    }
  }

  private async compact(index: Map<string, Located>): Promise<void> {
    const liveBytes = new Map<string, number>();
    const add = (file: string, n: number) => liveBytes.set(file, (liveBytes.get(file) ?? 0) + n);
    for (const at of index.values()) {
      add(at.bodyFile, at.bodyRecordBytes);
      // A renewal's meta sits in a later pack: its own record counts there.
      if (at.metaFile !== at.bodyFile) add(at.metaFile, at.metaRecordBytes);
    }
    const sparse = new Set(this.packs.filter((p) => (liveBytes.get(p.file) ?? 0) > 0 && (liveBytes.get(p.file) ?? 0) < p.size * KEEP_PACK_SHARE).map((p) => p.file));
    if (sparse.size) {
      this.writer ??= new PackWriter(this.dir);
      const writer = this.writer;
      for (const [url, at] of index) {
        if (!sparse.has(at.bodyFile) && !sparse.has(at.metaFile)) continue;
        const got = await this.readPacked(url, at);
        if (!got) {
          index.delete(url);
          continue;
        }
        const { bodyIn: _renewal, ...full } = at.meta;
        index.set(url, locatedIn(writer.file, writer.append(full, got.body)));
      }
    }
    const inUse = new Set<string>();
    for (const at of index.values()) inUse.add(at.bodyFile).add(at.metaFile);
    for (const p of this.packs) if (!inUse.has(p.file)) await rm(p.file, { force: true });
    this.packs = this.packs.filter((p) => inUse.has(p.file));
  }
}

/** No cache at all: for link checks, whose probes never read or write one (FetchOptions.probe). */
export class NoHttpCache implements HttpCache {
  async get(): Promise<CachedResponse | undefined> {
    return undefined;
  }
  async set(): Promise<void> {}
}
