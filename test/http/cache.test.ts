import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

  const cacheDir = () => path.join(dir, 'http-cache');
  const entryFile = (url = URL_A) => path.join(cacheDir(), `${cacheKey(url)}.entry`);

  it('stores meta and body in one file under sha256(url) and reads them back', async () => {
    const body = Buffer.from('<rss>고윤정</rss>', 'utf8');
    await cache.set(URL_A, entry(), body);
    const key = cacheKey(URL_A);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await readdir(cacheDir())).toEqual([`${key}.entry`]);
    // One line of JSON meta, then the body bytes as they came.
    const bytes = await readFile(entryFile());
    const newline = bytes.indexOf(0x0a);
    expect(JSON.parse(bytes.toString('utf8', 0, newline))).toMatchObject({ version: 1, url: URL_A, bodyBytes: body.byteLength });
    expect(bytes.subarray(newline + 1).equals(body)).toBe(true);

    const got = await cache.get(URL_A);
    expect(got).toBeDefined();
    expect(Buffer.from(got!.body).toString('utf8')).toBe('<rss>고윤정</rss>');
    const { body: _body, ...meta } = got!;
    expect(meta).toEqual(entry({ bodyBytes: body.byteLength }));
    expect(logger.lines).toEqual([]);
  });

  it('keeps a body holding newlines and any bytes, and an empty body', async () => {
    const body = Buffer.from([0x0a, 0x00, 0xff, 0x0a, 0x7b, 0x0a]);
    await cache.set(URL_A, entry(), body);
    expect(Array.from((await cache.get(URL_A))!.body)).toEqual(Array.from(body));
    await cache.set(URL_A, entry(), new Uint8Array(0));
    expect((await cache.get(URL_A))!.body.byteLength).toBe(0);
    expect(logger.lines).toEqual([]);
  });

  it('a missing entry is a silent miss', async () => {
    expect(await cache.get('https://example.org/other')).toBeUndefined();
    expect(logger.lines).toEqual([]);
  });

  it('a corrupt meta line is a miss with a warning naming the file and URL', async () => {
    await cache.set(URL_A, entry(), Buffer.from('x'));
    await writeFile(entryFile(), '{"version":1,"url":\nx');
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toContain(entryFile());
    expect(logger.lines[0]).toContain(URL_A);
    expect(logger.lines[0]).toMatch(/: unreadable cache entry for .* \(not valid JSON: .+\); treated as a miss$/);
  });

  it('a file without a meta line is a miss with a warning', async () => {
    await mkdir(cacheDir(), { recursive: true });
    await writeFile(entryFile(), '{"version":1}');
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(logger.lines).toEqual([`warning: http cache: ${entryFile()}: unreadable cache entry for ${URL_A} (no meta line); treated as a miss`]);
  });

  it('a body that does not match its meta is a miss with a warning', async () => {
    await cache.set(URL_A, entry(), Buffer.from('original body'));
    const bytes = await readFile(entryFile());
    const newline = bytes.indexOf(0x0a);
    // Same length, other bytes; then a body cut short.
    await writeFile(entryFile(), Buffer.concat([bytes.subarray(0, newline + 1), Buffer.from('tampered body')]));
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(logger.lines.join('\n')).toMatch(/its body does not match its meta \(13 bytes, expected 13\)/);
    await writeFile(entryFile(), bytes.subarray(0, bytes.length - 3));
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(logger.lines.join('\n')).toMatch(/its body does not match its meta \(10 bytes, expected 13\)/);
  });

  it('meta of the wrong shape, or of another URL, is a miss', async () => {
    await cache.set(URL_A, entry(), Buffer.from('x'));
    const bytes = await readFile(entryFile());
    const newline = bytes.indexOf(0x0a);
    const meta = JSON.parse(bytes.toString('utf8', 0, newline));
    await writeFile(entryFile(), `${JSON.stringify({ ...meta, storedAt: 'yesterday' })}\nx`);
    expect(await cache.get(URL_A)).toBeUndefined();
    await writeFile(entryFile(), `${JSON.stringify({ ...meta, url: 'https://example.org/b' })}\nx`);
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(logger.lines).toEqual([
      `warning: http cache: ${entryFile()}: unreadable cache entry for ${URL_A} (storedAt: Invalid input: expected number, received string); treated as a miss`,
      `warning: http cache: ${entryFile()}: unreadable cache entry for ${URL_A} (it belongs to https://example.org/b); treated as a miss`,
    ]);
  });

  it('overwrites an entry (a 304 refresh) without leaving temp files', async () => {
    await cache.set(URL_A, entry(), Buffer.from('v1'));
    await cache.set(URL_A, entry({ storedAt: 5_000, etag: '"def"' }), Buffer.from('v2!'));
    const got = await cache.get(URL_A);
    expect(got?.storedAt).toBe(5_000);
    expect(got?.etag).toBe('"def"');
    expect(Buffer.from(got!.body).toString()).toBe('v2!');
    expect(await readdir(cacheDir())).toHaveLength(1);
  });

  describe('entries of the earlier layout (<key>.json beside <key>.body)', () => {
    const legacy = (url = URL_A) => ({ meta: path.join(cacheDir(), `${cacheKey(url)}.json`), body: path.join(cacheDir(), `${cacheKey(url)}.body`) });
    async function writeLegacy(body: string, overrides: Record<string, unknown> = {}): Promise<void> {
      await mkdir(cacheDir(), { recursive: true });
      const bytes = Buffer.from(body);
      const meta = { version: 1, ...entry({ bodyBytes: bytes.byteLength }), bodySha256: createHash('sha256').update(bytes).digest('hex'), ...overrides };
      await writeFile(legacy().body, bytes);
      await writeFile(legacy().meta, `${JSON.stringify(meta, null, 1)}\n`);
    }

    it('are read, so conditional requests keep working after an upgrade; storing anew leaves one file', async () => {
      await writeLegacy('<rss>old layout</rss>');
      const got = await cache.get(URL_A);
      expect(Buffer.from(got!.body).toString()).toBe('<rss>old layout</rss>');
      expect(got?.etag).toBe('"abc"');
      await cache.set(URL_A, entry({ storedAt: 7_000 }), got!.body);
      expect(await readdir(cacheDir())).toEqual([`${cacheKey(URL_A)}.entry`]);
      expect((await cache.get(URL_A))?.storedAt).toBe(7_000);
      expect(logger.lines).toEqual([]);
    });

    it('a new entry wins over an old pair still on disk', async () => {
      await writeLegacy('old');
      await new FileHttpCache(cacheDir(), logger).set(URL_A, entry(), Buffer.from('new'));
      expect(Buffer.from((await cache.get(URL_A))!.body).toString()).toBe('new');
    });

    it('a body that does not match or is gone is a miss with a warning naming the body file', async () => {
      await writeLegacy('original body');
      await writeFile(legacy().body, 'tampered body');
      expect(await cache.get(URL_A)).toBeUndefined();
      expect(logger.lines.join('\n')).toContain(`body file ${legacy().body} does not match its meta`);
      await rm(legacy().body);
      expect(await cache.get(URL_A)).toBeUndefined();
      expect(logger.lines.join('\n')).toMatch(/body file .* unreadable/);
      // Nothing was read from it: storing does not touch the old files.
      await cache.set(URL_A, entry(), Buffer.from('x'));
      expect((await readdir(cacheDir())).sort()).toEqual([`${cacheKey(URL_A)}.entry`, `${cacheKey(URL_A)}.json`]);
    });
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
