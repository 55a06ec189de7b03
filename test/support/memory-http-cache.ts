import type { CachedResponse, CacheEntry, HttpCache } from '../../src/http/cache.js';

/** In-memory HttpCache for tests: what was stored, without files. */
export class MemoryHttpCache implements HttpCache {
  readonly entries = new Map<string, CachedResponse>();

  async get(url: string): Promise<CachedResponse | undefined> {
    const e = this.entries.get(url);
    return e ? { ...e, body: e.body.slice() } : undefined;
  }

  async set(url: string, entry: CacheEntry, body: Uint8Array): Promise<void> {
    this.entries.set(url, { ...entry, url, bodyBytes: body.byteLength, body: body.slice() });
  }
}
