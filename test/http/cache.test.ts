import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
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
  const opened: FileHttpCache[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'http-cache-'));
    logger = new MemoryLogger();
    cache = open();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
    await rm(dir, { recursive: true, force: true });
  });

  const cacheDir = () => path.join(dir, 'http-cache');
  /** A run's cache: a new instance reads what earlier ones left. */
  function open(): FileHttpCache {
    const c = new FileHttpCache(cacheDir(), logger);
    opened.push(c);
    return c;
  }
  const packs = async () => (await readdir(cacheDir())).filter((f) => f.endsWith('.pack')).sort();
  const packFile = async (i = 0) => path.join(cacheDir(), (await packs())[i]!);
  /** The records of a pack: meta line, then as many body bytes as the meta says (none for a renewal). */
  async function records(file: string): Promise<Array<{ meta: Record<string, unknown>; body: string }>> {
    const bytes = await readFile(file);
    const out: Array<{ meta: Record<string, unknown>; body: string }> = [];
    for (let at = 0; at < bytes.length; ) {
      const nl = bytes.indexOf(0x0a, at);
      const meta = JSON.parse(bytes.toString('utf8', at, nl)) as Record<string, unknown>;
      const n = meta['bodyIn'] === 'earlier' ? 0 : (meta['bodyBytes'] as number);
      out.push({ meta, body: bytes.toString('utf8', nl + 1, nl + 1 + n) });
      at = nl + 1 + n;
    }
    return out;
  }

  it('appends every response of a run to one pack file (meta line + body) and reads them back', async () => {
    const body = Buffer.from('<rss>고윤정</rss>', 'utf8');
    await cache.set(URL_A, entry(), body);
    for (let i = 0; i < 20; i++) await cache.set(`https://example.org/feed/${i}`, entry({ url: `https://example.org/feed/${i}` }), Buffer.from(`body ${i}`));
    const names = await packs();
    expect(names).toHaveLength(1);
    expect(await readdir(cacheDir())).toEqual(names);
    const recs = await records(await packFile());
    expect(recs).toHaveLength(21);
    expect(recs[0]!.meta).toMatchObject({ version: 1, url: URL_A, bodyBytes: body.byteLength });
    expect(recs[0]!.body).toBe('<rss>고윤정</rss>');
    expect(recs[20]!.body).toBe('body 19');

    for (const c of [cache, open()]) {
      const got = await c.get(URL_A);
      expect(Buffer.from(got!.body).toString('utf8')).toBe('<rss>고윤정</rss>');
      const { body: _body, ...meta } = got!;
      expect(meta).toEqual(entry({ bodyBytes: body.byteLength }));
      expect(Buffer.from((await c.get('https://example.org/feed/7'))!.body).toString()).toBe('body 7');
    }
    expect(logger.lines).toEqual([]);
  });

  it('keeps a body holding newlines and any bytes, and an empty body', async () => {
    const body = Buffer.from([0x0a, 0x00, 0xff, 0x0a, 0x7b, 0x0a]);
    await cache.set(URL_A, entry(), body);
    await cache.set('https://example.org/empty', entry({ url: 'https://example.org/empty' }), new Uint8Array(0));
    await cache.set('https://example.org/after', entry({ url: 'https://example.org/after' }), Buffer.from('after'));
    const next = open();
    expect(Array.from((await next.get(URL_A))!.body)).toEqual(Array.from(body));
    expect((await next.get('https://example.org/empty'))!.body.byteLength).toBe(0);
    expect(Buffer.from((await next.get('https://example.org/after'))!.body).toString()).toBe('after');
    expect(logger.lines).toEqual([]);
  });

  it('a missing entry is a silent miss, also without a cache folder', async () => {
    expect(await cache.get('https://example.org/other')).toBeUndefined();
    await cache.set(URL_A, entry(), Buffer.from('x'));
    expect(await open().get('https://example.org/other')).toBeUndefined();
    expect(logger.lines).toEqual([]);
  });

  it('a 304 renewal appends only a meta line: the body is not written again, the new meta wins', async () => {
    const body = Buffer.from('<rss>the same body</rss>');
    await cache.set(URL_A, entry(), body);
    await cache.close();
    const run2 = open();
    const cached = await run2.get(URL_A);
    await run2.set(URL_A, entry({ storedAt: 5_000, etag: '"def"' }), cached!.body);
    await run2.close();
    // The first run's pack still holds the body; the second only the renewed meta.
    const [first, second] = await packs();
    expect((await records(path.join(cacheDir(), first!))).map((r) => r.body)).toEqual(['<rss>the same body</rss>']);
    const renewal = await records(path.join(cacheDir(), second!));
    expect(renewal).toEqual([{ meta: expect.objectContaining({ bodyIn: 'earlier', storedAt: 5_000, etag: '"def"', bodyBytes: body.byteLength }), body: '' }]);
    const got = await open().get(URL_A);
    expect(got).toMatchObject({ storedAt: 5_000, etag: '"def"', bodyBytes: body.byteLength });
    expect(Buffer.from(got!.body).toString()).toBe('<rss>the same body</rss>');
    expect(logger.lines).toEqual([]);
  });

  it('a changed body is a new record; the newest record of a URL wins, also across packs', async () => {
    await cache.set(URL_A, entry(), Buffer.from('v1'));
    await cache.set(URL_A, entry({ storedAt: 2_000 }), Buffer.from('v2'));
    expect(Buffer.from((await cache.get(URL_A))!.body).toString()).toBe('v2');
    await cache.close();
    const run2 = open();
    await run2.set(URL_A, entry({ storedAt: 3_000 }), Buffer.from('v3!'));
    const got = await open().get(URL_A);
    expect(got?.storedAt).toBe(3_000);
    expect(Buffer.from(got!.body).toString()).toBe('v3!');
  });

  it('a body that does not match its meta is a miss with a warning naming the pack and URL', async () => {
    await cache.set(URL_A, entry(), Buffer.from('original body'));
    await cache.close();
    const file = await packFile();
    const bytes = await readFile(file);
    await writeFile(file, Buffer.from(bytes.toString('latin1').replace('original body', 'tampered body'), 'latin1'));
    expect(await open().get(URL_A)).toBeUndefined();
    expect(logger.lines).toEqual([
      `warning: http cache: ${file}: unreadable cache entry for ${URL_A} (its body does not match its meta (13 bytes, expected 13)); treated as a miss`,
    ]);
  });

  it('a torn last record (a crash mid-write) is dropped with a warning; the records before it stay', async () => {
    await cache.set('https://example.org/kept', entry({ url: 'https://example.org/kept' }), Buffer.from('kept body'));
    await cache.set(URL_A, entry(), Buffer.from('the last body'));
    await cache.close();
    const file = await packFile();
    await truncate(file, (await stat(file)).size - 4);
    const next = open();
    expect(Buffer.from((await next.get('https://example.org/kept'))!.body).toString()).toBe('kept body');
    expect(await next.get(URL_A)).toBeUndefined();
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(new RegExp(`^warning: http cache: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: unreadable HTTP cache pack \\(record at byte \\d+ is cut short \\(9 of 13 body bytes\\)\\); the records before it are used$`));
  });

  it('a meta line of the wrong shape stops the scan there, with a warning', async () => {
    await cache.set(URL_A, entry(), Buffer.from('x'));
    await cache.close();
    const file = await packFile();
    const bad = { version: 1, ...entry({ url: 'https://example.org/b', bodyBytes: 1 }), bodySha256: '0'.repeat(64), storedAt: 'yesterday' };
    await writeFile(file, `${await readFile(file, 'utf8')}${JSON.stringify(bad)}\nx`);
    const next = open();
    expect(Buffer.from((await next.get(URL_A))!.body).toString()).toBe('x');
    expect(await next.get('https://example.org/b')).toBeUndefined();
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toContain(`${file}: unreadable HTTP cache pack (record at byte `);
    expect(logger.lines[0]).toContain('storedAt: Invalid input: expected number, received string');
  });

  it('closing removes packs that hold nothing current and copies forward the current records of a mostly superseded one', async () => {
    const B = 'https://example.org/b';
    const big = (tag: string) => Buffer.from(`${tag} ${'x'.repeat(2000)}`);
    // Run 1: A and B. Run 2: both changed, so run 1's pack holds nothing current and goes.
    await cache.set(URL_A, entry(), big('a1'));
    await cache.set(B, entry({ url: B }), Buffer.from('b1'));
    await cache.close();
    const [run1Pack] = await packs();
    const run2 = open();
    await run2.get(URL_A);
    await run2.set(URL_A, entry({ storedAt: 2_000 }), big('a2'));
    await run2.set(B, entry({ url: B, storedAt: 2_000 }), Buffer.from('b2'));
    await run2.close();
    const [run2Pack, ...more] = await packs();
    expect(more).toEqual([]);
    expect(run2Pack).not.toBe(run1Pack);
    // Run 3: only A changed. Run 2's pack is mostly superseded (B is small): B moves into run 3's pack.
    const run3 = open();
    await run3.set(URL_A, entry({ storedAt: 3_000 }), big('a3'));
    await run3.close();
    const left = await packs();
    expect(left).toHaveLength(1);
    expect([run1Pack, run2Pack]).not.toContain(left[0]);
    expect((await records(path.join(cacheDir(), left[0]!))).map((r) => r.body.slice(0, 2))).toEqual(['a3', 'b2']);
    const after = open();
    expect(Buffer.from((await after.get(B))!.body).toString()).toBe('b2');
    expect(await after.get(B)).toMatchObject({ storedAt: 2_000 });
    expect(Buffer.from((await after.get(URL_A))!.body).toString().slice(0, 2)).toBe('a3');
    expect(logger.lines).toEqual([]);
  });

  it('a pack whose body a later renewal still uses is kept', async () => {
    await cache.set(URL_A, entry(), Buffer.from('body'));
    await cache.close();
    const run2 = open();
    await run2.set(URL_A, entry({ storedAt: 9_000 }), Buffer.from('body'));
    await run2.close();
    expect(await packs()).toHaveLength(2);
    expect(await open().get(URL_A)).toMatchObject({ storedAt: 9_000, bodyBytes: 4 });
  });

  it('stores nothing after close (a late response of an aborted run)', async () => {
    await cache.close();
    await expect(cache.set(URL_A, entry(), Buffer.from('late'))).rejects.toThrow(/is closed: .* not stored/);
    expect(await open().get(URL_A)).toBeUndefined();
  });

  describe('entries of the one-file-per-response layout (<key>.entry)', () => {
    const entryFile = (url = URL_A) => path.join(cacheDir(), `${cacheKey(url)}.entry`);
    async function writeEntry(body: string, metaOverrides: Record<string, unknown> = {}): Promise<void> {
      await mkdir(cacheDir(), { recursive: true });
      const bytes = Buffer.from(body);
      const meta = { version: 1, ...entry({ bodyBytes: bytes.byteLength }), bodySha256: createHash('sha256').update(bytes).digest('hex'), ...metaOverrides };
      await writeFile(entryFile(), Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`), bytes]));
    }

    it('are read, so conditional requests keep working after an upgrade; storing anew moves the URL into the pack', async () => {
      await writeEntry('<rss>one file</rss>');
      const got = await cache.get(URL_A);
      expect(Buffer.from(got!.body).toString()).toBe('<rss>one file</rss>');
      expect(got?.etag).toBe('"abc"');
      await cache.set(URL_A, entry({ storedAt: 7_000 }), got!.body);
      const names = await readdir(cacheDir());
      expect(names).toEqual(await packs());
      expect(names).toHaveLength(1);
      // Not a renewal: the old file is gone, so the pack holds the body itself.
      expect((await records(await packFile())).map((r) => r.body)).toEqual(['<rss>one file</rss>']);
      expect((await open().get(URL_A))?.storedAt).toBe(7_000);
      expect(logger.lines).toEqual([]);
    });

    it('a corrupt one is a miss with a warning naming the file and URL', async () => {
      await writeEntry('x');
      await writeFile(entryFile(), '{"version":1,"url":\nx');
      expect(await cache.get(URL_A)).toBeUndefined();
      expect(logger.lines).toHaveLength(1);
      expect(logger.lines[0]).toContain(entryFile());
      expect(logger.lines[0]).toContain(URL_A);
      expect(logger.lines[0]).toMatch(/: unreadable cache entry for .* \(not valid JSON: .+\); treated as a miss$/);
    });

    it('one without a meta line, or whose body does not match, or of another URL, is a miss with a warning', async () => {
      await mkdir(cacheDir(), { recursive: true });
      await writeFile(entryFile(), '{"version":1}');
      expect(await cache.get(URL_A)).toBeUndefined();
      await writeEntry('original body');
      const bytes = await readFile(entryFile());
      await writeFile(entryFile(), Buffer.from(bytes.toString('latin1').replace('original body', 'tampered body'), 'latin1'));
      expect(await cache.get(URL_A)).toBeUndefined();
      await writeEntry('x', { url: 'https://example.org/b' });
      expect(await cache.get(URL_A)).toBeUndefined();
      expect(logger.lines).toEqual([
        `warning: http cache: ${entryFile()}: unreadable cache entry for ${URL_A} (no meta line); treated as a miss`,
        `warning: http cache: ${entryFile()}: unreadable cache entry for ${URL_A} (its body does not match its meta (13 bytes, expected 13)); treated as a miss`,
        `warning: http cache: ${entryFile()}: unreadable cache entry for ${URL_A} (it belongs to https://example.org/b); treated as a miss`,
      ]);
    });

    it('a pack record wins over an .entry file still on disk', async () => {
      await writeEntry('old');
      await open().set(URL_A, entry(), Buffer.from('new'));
      expect(Buffer.from((await cache.get(URL_A))!.body).toString()).toBe('new');
    });
  });

  describe('entries of the first layout (<key>.json beside <key>.body)', () => {
    const legacy = (url = URL_A) => ({ meta: path.join(cacheDir(), `${cacheKey(url)}.json`), body: path.join(cacheDir(), `${cacheKey(url)}.body`) });
    async function writeLegacy(body: string, overrides: Record<string, unknown> = {}): Promise<void> {
      await mkdir(cacheDir(), { recursive: true });
      const bytes = Buffer.from(body);
      const meta = { version: 1, ...entry({ bodyBytes: bytes.byteLength }), bodySha256: createHash('sha256').update(bytes).digest('hex'), ...overrides };
      await writeFile(legacy().body, bytes);
      await writeFile(legacy().meta, `${JSON.stringify(meta, null, 1)}\n`);
    }

    it('are read, so conditional requests keep working after an upgrade; storing anew removes the pair', async () => {
      await writeLegacy('<rss>old layout</rss>');
      const got = await cache.get(URL_A);
      expect(Buffer.from(got!.body).toString()).toBe('<rss>old layout</rss>');
      expect(got?.etag).toBe('"abc"');
      await cache.set(URL_A, entry({ storedAt: 7_000 }), got!.body);
      expect(await readdir(cacheDir())).toEqual(await packs());
      expect((await open().get(URL_A))?.storedAt).toBe(7_000);
      expect(logger.lines).toEqual([]);
    });

    it('a body that does not match or is gone is a miss with a warning naming the body file', async () => {
      await writeLegacy('original body');
      await writeFile(legacy().body, 'tampered body');
      expect(await cache.get(URL_A)).toBeUndefined();
      expect(logger.lines.join('\n')).toContain(`body file ${legacy().body} does not match its meta`);
      await rm(legacy().body);
      expect(await cache.get(URL_A)).toBeUndefined();
      expect(logger.lines.join('\n')).toMatch(/body file .* unreadable/);
      // Nothing was read from it: storing does not touch the old file.
      await cache.set(URL_A, entry(), Buffer.from('x'));
      expect((await readdir(cacheDir())).sort()).toEqual([...(await packs()), `${cacheKey(URL_A)}.json`].sort());
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
