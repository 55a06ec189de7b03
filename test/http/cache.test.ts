import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKey, FileHttpCache, type CacheEntry } from '../../src/http/cache.js';
import { MemoryHttpCache } from '../support/memory-http-cache.js';
import { MemoryLogger } from '../support/memory-logger.js';

const URL_A = 'https://example.org/feed?q=%EA%B3%A0%EC%9C%A4%EC%A0%95';

function entry(overrides: Partial<CacheEntry> = {}): CacheEntry {
  return {
    url: URL_A,
    status: 200,
    etag: '"abc"',
    lastModified: 'Thu, 26 Nov 2026 10:00:00 GMT',
    contentType: 'application/rss+xml; charset=utf-8',
    storedAt: 1_000,
    bodyBytes: 0,
    finalUrl: 'https://example.org/feed/',
    ...overrides,
  };
}

describe('FileHttpCache', () => {
  let dir: string;
  let logger: MemoryLogger;
  let cache: FileHttpCache;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'http-cache-'));
    logger = new MemoryLogger();
    cache = new FileHttpCache(path.join(dir, 'http-cache'), logger);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stores meta and body under sha256(url) and reads them back', async () => {
    const body = Buffer.from('<rss>고윤정</rss>', 'utf8');
    await cache.set(URL_A, entry(), body);
    const key = cacheKey(URL_A);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect((await readdir(path.join(dir, 'http-cache'))).sort()).toEqual([`${key}.body`, `${key}.json`]);

    const got = await cache.get(URL_A);
    expect(got).toBeDefined();
    expect(Buffer.from(got!.body).toString('utf8')).toBe('<rss>고윤정</rss>');
    const { body: _body, ...meta } = got!;
    expect(meta).toEqual(entry({ bodyBytes: body.byteLength }));
    expect(logger.lines).toEqual([]);
  });

  it('a missing entry is a silent miss', async () => {
    expect(await cache.get('https://example.org/other')).toBeUndefined();
    expect(logger.lines).toEqual([]);
  });

  it('corrupt meta JSON is a miss with a warning naming the file and URL', async () => {
    await cache.set(URL_A, entry(), Buffer.from('x'));
    const metaFile = path.join(dir, 'http-cache', `${cacheKey(URL_A)}.json`);
    await writeFile(metaFile, '{"version":1,"url":');
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toContain(metaFile);
    expect(logger.lines[0]).toContain(URL_A);
    expect(logger.lines[0]).toMatch(/: unreadable cache entry for .* \(not valid JSON: .+\); treated as a miss$/);
  });

  it('a body that does not match its meta is a miss with a warning', async () => {
    await cache.set(URL_A, entry(), Buffer.from('original body'));
    await writeFile(path.join(dir, 'http-cache', `${cacheKey(URL_A)}.body`), 'tampered body');
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(logger.lines.join('\n')).toMatch(/does not match its meta/);

    await rm(path.join(dir, 'http-cache', `${cacheKey(URL_A)}.body`));
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(logger.lines.join('\n')).toMatch(/body file .* unreadable/);
  });

  it('meta of the wrong shape is a miss', async () => {
    await cache.set(URL_A, entry(), Buffer.from('x'));
    const metaFile = path.join(dir, 'http-cache', `${cacheKey(URL_A)}.json`);
    const meta = JSON.parse(await readFile(metaFile, 'utf8'));
    await writeFile(metaFile, JSON.stringify({ ...meta, storedAt: 'yesterday' }));
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(logger.lines).toEqual([
      `warning: http cache: ${metaFile}: unreadable cache entry for ${URL_A} (storedAt: Invalid input: expected number, received string); treated as a miss`,
    ]);
  });

  it('overwrites an entry (a 304 refresh) without leaving temp files', async () => {
    await cache.set(URL_A, entry(), Buffer.from('v1'));
    await cache.set(URL_A, entry({ storedAt: 5_000, etag: '"def"' }), Buffer.from('v2!'));
    const got = await cache.get(URL_A);
    expect(got?.storedAt).toBe(5_000);
    expect(got?.etag).toBe('"def"');
    expect(Buffer.from(got!.body).toString()).toBe('v2!');
    expect(await readdir(path.join(dir, 'http-cache'))).toHaveLength(2);
  });
});

describe('MemoryHttpCache', () => {
  it('round-trips and hands out copies', async () => {
    const cache = new MemoryHttpCache();
    const body = new Uint8Array([1, 2, 3]);
    await cache.set(URL_A, entry(), body);
    body[0] = 9;
    const got = await cache.get(URL_A);
    expect(Array.from(got!.body)).toEqual([1, 2, 3]);
    expect(got!.bodyBytes).toBe(3);
    expect(await cache.get('https://example.org/none')).toBeUndefined();
  });
});
