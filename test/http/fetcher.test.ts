import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { httpSettings, type HttpSettings } from '../../src/config/schema.js';
import { startFixtureServer, type FixtureRoute, type FixtureServer } from '../../src/demo/server.js';
import { FileHttpCache, type HttpCache } from '../../src/http/cache.js';
import { MemoryHttpCache } from '../support/memory-http-cache.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { Fetcher, type FetcherOptions } from '../../src/http/fetcher.js';
import { silentLogger } from '../../src/log.js';
import type { Clock } from '../../src/time.js';

/** Sleeps return at once and move time forward; every requested sleep is recorded. */
class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(public t = Date.UTC(2026, 10, 27, 0, 0, 0)) {}
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.t += ms;
  }
}

const KOREAN = '고윤정, 「무빙」 이후 첫 화보 인터뷰';
const rss = (encoding: string, title: string) =>
  `<?xml version="1.0" encoding="${encoding}"?>\n<rss version="2.0"><channel><title>${title}</title></channel></rss>`;

const servers: FixtureServer[] = [];
const fetchers: Fetcher[] = [];
const tempDirs: string[] = [];

afterEach(async () => {
  await Promise.all(fetchers.splice(0).map((f) => f.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function server(routes: Record<string, FixtureRoute>, opts: { host?: string; latencyMs?: number } = {}) {
  const s = await startFixtureServer({ routes, ...opts });
  servers.push(s);
  return s;
}

function settings(overrides: Partial<HttpSettings> = {}): HttpSettings {
  return httpSettings.parse({ timeoutMs: 2000, backoffBaseMs: 100, backoffMaxMs: 1000, freshnessSeconds: 0, ...overrides });
}

function fetcher(s: HttpSettings, cache: HttpCache = new MemoryHttpCache(), opts: Partial<FetcherOptions> = {}) {
  const f = new Fetcher(s, cache, { logger: silentLogger, clock: new FakeClock(), random: () => 0.5, ...opts });
  fetchers.push(f);
  return f;
}

/** Close a fetcher inside a test (the end of a run: its HTTP cache is finished), not again afterwards. */
async function closeNow(f: Fetcher): Promise<void> {
  fetchers.splice(fetchers.indexOf(f), 1);
  await f.close();
}

function requestsTo(s: FixtureServer, pathPrefix: string) {
  return s.requests.filter((r) => r.path.startsWith(pathPrefix));
}

describe('concurrency limits', () => {
  it('never has more than perHostConcurrency requests in flight to one host', async () => {
    const s = await server({ '/feed': { body: 'ok' } }, { latencyMs: 50 });
    const f = fetcher(settings({ perHostConcurrency: 3, globalConcurrency: 24 }));
    const urls = Array.from({ length: 20 }, (_, i) => `${s.url}/feed?n=${i}`);
    const results = await Promise.all(urls.map((u) => f.fetch(u)));

    expect(results.map((r) => r.outcome)).toEqual(Array(20).fill('fetched'));
    expect(s.requests).toHaveLength(20);
    expect(s.maxInFlight).toBe(3);
    const stats = f.stats();
    expect(stats.maxInFlightByHost).toEqual({ [`127.0.0.1:${s.port}`]: 3 });
    expect(stats.maxInFlightGlobal).toBe(3);
    expect(stats.requests).toBe(20);
    expect(stats.misses).toBe(20);
  });

  it('respects the global cap across two hosts', async () => {
    const a = await server({ '/feed': { body: 'a' } }, { latencyMs: 40 });
    const b = await server({ '/feed': { body: 'b' } }, { host: '127.0.0.2', latencyMs: 40 });
    const f = fetcher(settings({ perHostConcurrency: 3, globalConcurrency: 4 }));
    let observedTogether = 0;
    const sampler = setInterval(() => {
      observedTogether = Math.max(observedTogether, a.inFlight() + b.inFlight());
    }, 1);
    const urls = Array.from({ length: 12 }, (_, i) => `${(i % 2 ? b : a).url}/feed?n=${i}`);
    const results = await Promise.all(urls.map((u) => f.fetch(u)));
    clearInterval(sampler);

    expect(results.map((r) => r.text)).toEqual(urls.map((_, i) => (i % 2 ? 'b' : 'a')));
    expect(a.maxInFlight).toBeLessThanOrEqual(3);
    expect(b.maxInFlight).toBeLessThanOrEqual(3);
    expect(observedTogether).toBeLessThanOrEqual(4);
    const stats = f.stats();
    expect(stats.maxInFlightGlobal).toBe(4);
    expect(Object.keys(stats.maxInFlightByHost).sort()).toEqual([`127.0.0.1:${a.port}`, `127.0.0.2:${b.port}`]);
    expect(Math.max(...Object.values(stats.maxInFlightByHost))).toBeLessThanOrEqual(3);
  });

  it('releases the host slot while sleeping before a retry', async () => {
    const s = await server({
      '/busy': { fault: 'retry-after', retryAfter: '5', body: 'busy done' },
      '/other': { body: 'other done' },
    });
    let wake!: () => void;
    let markAsleep!: () => void;
    const asleep = new Promise<void>((resolve) => (markAsleep = resolve));
    const clock: Clock = {
      now: () => Date.now(),
      sleep: () =>
        new Promise<void>((resolve) => {
          wake = resolve;
          markAsleep();
        }),
    };
    const f = fetcher(settings({ perHostConcurrency: 1, globalConcurrency: 1 }), new MemoryHttpCache(), { clock });
    const busy = f.fetch(`${s.url}/busy`);
    await asleep;
    // /busy is asleep before its retry; with one slot, /other can only finish if the slot was released.
    const otherResult = await Promise.race([f.fetch(`${s.url}/other`), delay(3000).then(() => undefined)]);
    expect(otherResult, '/other was blocked by a sleeping retry').toBeDefined();
    expect(otherResult!.text).toBe('other done');
    wake!();
    const busyResult = await busy;
    expect(busyResult.outcome).toBe('fetched');
    expect(busyResult.attempts).toBe(2);
    expect(s.requests.map((r) => r.path)).toEqual(['/busy', '/other', '/busy']);
  });
});

describe('HTTP cache and conditional requests', () => {
  it('revalidates with If-None-Match on a re-run and reuses the stored body on 304', async () => {
    const body = rss('utf-8', KOREAN);
    const s = await server({ '/feed.xml': { body, contentType: 'application/rss+xml; charset=utf-8' } });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fetcher-cache-'));
    tempDirs.push(dir);
    const cache = new FileHttpCache(dir, silentLogger);

    const first = await fetcher(settings(), cache).fetch(`${s.url}/feed.xml`);
    expect(first).toMatchObject({ outcome: 'fetched', status: 200, text: body, fromCache: false, attempts: 1 });
    expect(first.bytesDownloaded).toBe(Buffer.byteLength(body));
    expect(s.requests[0]?.headers['if-none-match']).toBeUndefined();

    const secondFetcher = fetcher(settings(), cache);
    const second = await secondFetcher.fetch(`${s.url}/feed.xml`);
    expect(s.requests).toHaveLength(2);
    expect(s.requests[1]?.headers['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/);
    expect(second).toMatchObject({ outcome: 'not-modified', status: 304, text: body, bytesDownloaded: 0, fromCache: true });
    expect(secondFetcher.stats()).toMatchObject({ conditionalHits: 1, hits: 0, misses: 0, requests: 1, bytesDownloaded: 0 });

    // A changed body is downloaded again and replaces the stored one.
    s.setRoute('/feed.xml', { body: rss('utf-8', '새 글'), contentType: 'application/rss+xml' });
    const third = await fetcher(settings(), cache).fetch(`${s.url}/feed.xml`);
    expect(third.outcome).toBe('fetched');
    expect(third.text).toContain('새 글');
    const fourth = await fetcher(settings(), cache).fetch(`${s.url}/feed.xml`);
    expect(fourth).toMatchObject({ outcome: 'not-modified', text: third.text });
  });

  it('a 304 keeps the cached body without writing it again, across runs (one cache folder, a pack per run)', async () => {
    const body = rss('utf-8', KOREAN);
    const s = await server({ '/feed.xml': { body, contentType: 'application/rss+xml; charset=utf-8' } });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fetcher-cache-'));
    tempDirs.push(dir);
    const run = async () => {
      const f = fetcher(settings(), new FileHttpCache(dir, silentLogger));
      const r = await f.fetch(`${s.url}/feed.xml`);
      await closeNow(f);
      return r;
    };
    expect((await run()).outcome).toBe('fetched');
    const afterFirst = (await readdir(dir)).sort();
    expect(afterFirst).toHaveLength(1);
    const second = await run();
    expect(second).toMatchObject({ outcome: 'not-modified', status: 304, text: body });
    const third = await run();
    expect(third).toMatchObject({ outcome: 'not-modified', text: body });
    expect(s.requests.map((r) => r.headers['if-none-match'] !== undefined)).toEqual([false, true, true]);
    // The body is on disk once: the first run's pack; the renewals are meta lines, and the second run's
    // renewal pack was removed once the third superseded it.
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toBe(afterFirst[0]);
    const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
    expect(texts[0]!.split(KOREAN).length - 1).toBe(1);
    expect(texts[1]).not.toContain(KOREAN);
    expect(texts[1]).toContain('"bodyIn":"earlier"');
  });

  it('revalidates with If-Modified-Since when there is no ETag', async () => {
    const lastModified = 'Wed, 25 Nov 2026 09:00:00 GMT';
    const s = await server({ '/feed': { body: 'dated', etag: false, lastModified } });
    const cache = new MemoryHttpCache();
    expect((await fetcher(settings(), cache).fetch(`${s.url}/feed`)).outcome).toBe('fetched');
    const second = await fetcher(settings(), cache).fetch(`${s.url}/feed`);
    expect(s.requests[1]?.headers['if-modified-since']).toBe(lastModified);
    expect(s.requests[1]?.headers['if-none-match']).toBeUndefined();
    expect(second).toMatchObject({ outcome: 'not-modified', text: 'dated', bytesDownloaded: 0 });
  });

  it('answers from the cache without any request inside the freshness window', async () => {
    const s = await server({ '/feed': { body: 'cached body' } });
    const cache = new MemoryHttpCache();
    const clock = new FakeClock();
    const s3600 = settings({ freshnessSeconds: 3600 });
    await fetcher(s3600, cache, { clock }).fetch(`${s.url}/feed`);
    expect(s.requests).toHaveLength(1);

    clock.t += 10_000;
    const f = fetcher(s3600, cache, { clock });
    const fresh = await f.fetch(`${s.url}/feed`);
    expect(fresh).toMatchObject({ outcome: 'fresh', text: 'cached body', attempts: 0, bytesDownloaded: 0, fromCache: true, status: 200 });
    expect(s.requests).toHaveLength(1);
    expect(f.stats()).toMatchObject({ hits: 1, requests: 0 });

    // refresh=true ignores the window but still asks conditionally.
    const refreshed = await fetcher(s3600, cache, { clock, refresh: true }).fetch(`${s.url}/feed`);
    expect(refreshed.outcome).toBe('not-modified');
    expect(s.requests).toHaveLength(2);
    expect(s.requests[1]?.headers['if-none-match']).toBeDefined();

    // The 304 refreshed storedAt: still fresh 59 minutes later, stale after that.
    clock.t += 59 * 60_000;
    expect((await fetcher(s3600, cache, { clock }).fetch(`${s.url}/feed`)).outcome).toBe('fresh');
    clock.t += 2 * 60_000;
    expect((await fetcher(s3600, cache, { clock }).fetch(`${s.url}/feed`)).outcome).toBe('not-modified');
    expect(s.requests).toHaveLength(3);
  });

  it('does not cache error responses', async () => {
    const s = await server({ '/gone': { status: 404, body: 'nope' } });
    const cache = new MemoryHttpCache();
    const r = await fetcher(settings(), cache).fetch(`${s.url}/gone`);
    expect(r).toMatchObject({ outcome: 'failed', status: 404, error: 'HTTP 404 Not Found', attempts: 1 });
    expect(cache.entries.size).toBe(0);
  });

  it('a corrupt cache entry means a plain (unconditional) request, not a crash', async () => {
    const s = await server({ '/feed': { body: 'fine' } });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fetcher-cache-'));
    tempDirs.push(dir);
    const logger = new MemoryLogger();
    const cache = new FileHttpCache(dir, logger);
    const first = fetcher(settings(), cache);
    await first.fetch(`${s.url}/feed`);
    await closeNow(first);
    // The stored body damaged on disk (same length): the next run's cache cannot use it.
    for (const file of await readdir(dir)) {
      const bytes = await readFile(path.join(dir, file), 'latin1');
      await writeFile(path.join(dir, file), bytes.replace(/fine$/, 'FINE'), 'latin1');
    }
    const r = await fetcher(settings(), new FileHttpCache(dir, logger)).fetch(`${s.url}/feed`);
    expect(r).toMatchObject({ outcome: 'fetched', text: 'fine' });
    expect(s.requests[1]?.headers['if-none-match']).toBeUndefined();
    expect(logger.lines.some((l) => l.startsWith('warning: http cache: ') && l.includes('unreadable cache entry'))).toBe(true);
  });
});

describe('faults', () => {
  it('each fault gives its own clear error while the rest of the batch succeeds', async () => {
    const dead = await startFixtureServer();
    const deadUrl = dead.url;
    await dead.close();
    const s = await server({
      '/ok1': { body: 'first' },
      '/ok2': { body: 'second' },
      '/hang': { fault: 'timeout' },
      '/broken': { status: 500, body: 'boom' },
      '/busy': { fault: 'retry-after', retryAfter: '7', body: 'after the wait' },
      '/huge-stream': { fault: 'oversize' },
      '/huge-declared': { body: 'x'.repeat(100_000) },
      '/loop': { fault: 'redirect-loop' },
      '/garbage': { fault: 'malformed' },
      '/flaky': { fault: 'reset', failTimes: 1, body: 'recovered' },
    });
    const clock = new FakeClock();
    const logger = new MemoryLogger();
    const f = fetcher(settings({ timeoutMs: 500, retries: 2, maxBodyBytes: 64 * 1024 }), new MemoryHttpCache(), { clock, logger });
    // Open the connections first: a cold start (llhttp compile, connects) on a busy machine must not
    // eat into the short timeout that /hang is about.
    await Promise.all(Array.from({ length: 6 }, (_, i) => f.fetch(`${s.url}/ok1?warm=${i}`)));
    s.resetStats();
    const targets = {
      ok1: `${s.url}/ok1`,
      hang: `${s.url}/hang`,
      broken: `${s.url}/broken`,
      busy: `${s.url}/busy`,
      hugeStream: `${s.url}/huge-stream`,
      hugeDeclared: `${s.url}/huge-declared`,
      loop: `${s.url}/loop`,
      garbage: `${s.url}/garbage`,
      flaky: `${s.url}/flaky`,
      refused: `${deadUrl}/feed`,
      ftp: 'ftp://127.0.0.1/feed.xml',
      ok2: `${s.url}/ok2`,
    };
    const entries = await Promise.all(Object.entries(targets).map(async ([k, u]) => [k, await f.fetch(u)] as const));
    const r = Object.fromEntries(entries);

    expect(r.ok1).toMatchObject({ outcome: 'fetched', text: 'first' });
    expect(r.ok2).toMatchObject({ outcome: 'fetched', text: 'second' });

    expect(r.hang).toMatchObject({ outcome: 'failed', attempts: 3, error: 'timed out after 500 ms after 3 attempts' });
    expect(requestsTo(s, '/hang')).toHaveLength(3);

    expect(r.broken).toMatchObject({ outcome: 'failed', status: 500, attempts: 3, error: 'HTTP 500 Internal Server Error after 3 attempts' });
    expect(requestsTo(s, '/broken')).toHaveLength(3);

    expect(r.busy).toMatchObject({ outcome: 'fetched', attempts: 2, text: 'after the wait' });
    expect(clock.sleeps).toContain(7000);
    expect(logger.lines).toContain(`${s.url}/busy: HTTP 429 Too Many Requests; retrying in 7 s (attempt 2 of 3)`);

    expect(r.hugeStream).toMatchObject({ outcome: 'failed', attempts: 1, error: 'response larger than 65536 bytes' });
    expect(r.hugeStream!.bytesDownloaded).toBeGreaterThan(65536);
    expect(r.hugeDeclared).toMatchObject({ outcome: 'failed', attempts: 1, error: 'response larger than 65536 bytes (Content-Length: 100000)' });

    expect(r.loop).toMatchObject({ outcome: 'failed', attempts: 1, error: `redirect loop at ${s.url}/loop` });
    expect(requestsTo(s, '/loop').map((q) => q.path)).toEqual(['/loop', '/loop?__fixture_loop=b']);

    expect(r.garbage).toMatchObject({ outcome: 'failed', attempts: 1 });
    expect(r.garbage!.error).toBe('malformed HTTP response: Response does not match the HTTP/1.1 protocol (Expected HTTP/, RTSP/ or ICE/)');

    expect(r.flaky).toMatchObject({ outcome: 'fetched', attempts: 2, text: 'recovered' });

    expect(r.refused).toMatchObject({ outcome: 'failed', attempts: 3, error: 'connection refused (ECONNREFUSED) after 3 attempts' });

    expect(r.ftp).toMatchObject({ outcome: 'failed', attempts: 0, error: 'unsupported URL scheme "ftp:" (only http: and https: are fetched)' });

    // Backoff: full jitter with random()=0.5 → half of base·2^n for the retries that had no Retry-After.
    expect(clock.sleeps.filter((ms) => ms !== 7000).every((ms) => ms === 50 || ms === 100)).toBe(true);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const clock = new FakeClock();
    const s = await server({ '/busy': { status: 503, failTimes: 1, retryAfter: new Date(clock.t + 30_000).toUTCString(), body: 'ok now' } });
    const r = await fetcher(settings(), new MemoryHttpCache(), { clock }).fetch(`${s.url}/busy`);
    expect(r).toMatchObject({ outcome: 'fetched', attempts: 2, text: 'ok now' });
    expect(clock.sleeps).toEqual([30_000]);
  });

  it('fails at once when Retry-After asks for more than maxRetryAfterMs', async () => {
    const clock = new FakeClock();
    const s = await server({ '/busy': { fault: 'retry-after', retryAfter: '600' } });
    const r = await fetcher(settings({ maxRetryAfterMs: 120_000 }), new MemoryHttpCache(), { clock }).fetch(`${s.url}/busy`);
    expect(r).toMatchObject({
      outcome: 'failed',
      status: 429,
      attempts: 1,
      error: 'HTTP 429 Too Many Requests: Retry-After asks to wait 600 s, more than http.maxRetryAfterMs (120 s)',
    });
    expect(clock.sleeps).toEqual([]);
    expect(s.requests).toHaveLength(1);
  });

  it('does not retry a plain 4xx', async () => {
    const s = await server({ '/private': { status: 403, body: 'no' } });
    const r = await fetcher(settings({ retries: 3 })).fetch(`${s.url}/private`);
    expect(r).toMatchObject({ outcome: 'failed', attempts: 1, error: 'HTTP 403 Forbidden' });
  });
});

describe('redirects', () => {
  it('follows a chain (relative and absolute Locations) and reports finalUrl', async () => {
    const other = await server({ '/final': { body: '<rss/>', contentType: 'application/rss+xml' } }, { host: '127.0.0.2' });
    const s = await server({
      '/start': { redirectTo: '/moved', status: 301 },
      '/moved': { redirectTo: `${other.url}/final`, status: 308 },
    });
    const f = fetcher(settings());
    const r = await f.fetch(`${s.url}/start`);
    expect(r).toMatchObject({ outcome: 'fetched', status: 200, text: '<rss/>', finalUrl: `${other.url}/final`, attempts: 1 });
    expect(s.requests.map((q) => q.path)).toEqual(['/start', '/moved']);
    expect(other.requests.map((q) => q.path)).toEqual(['/final']);
    expect(f.stats().requests).toBe(3);
  });

  it('stops after maxRedirects and refuses non-http targets', async () => {
    const s = await server({
      '/a': { redirectTo: '/b' },
      '/b': { redirectTo: '/c' },
      '/c': { body: 'c' },
      '/to-ftp': { redirectTo: 'ftp://127.0.0.1/file' },
    });
    const f = fetcher(settings({ maxRedirects: 1 }));
    expect((await f.fetch(`${s.url}/a`)).error).toBe(`too many redirects (more than 1); the last pointed to ${s.url}/c`);
    expect((await f.fetch(`${s.url}/b`)).text).toBe('c');
    expect((await f.fetch(`${s.url}/to-ftp`)).error).toBe('redirect to unsupported URL ftp://127.0.0.1/file refused');
  });
});

describe('bodies and charsets', () => {
  const euckr = (s: string) => iconv.encode(s, 'euc-kr');

  it('decodes EUC-KR from the header, from the prolog, and despite a lying header', async () => {
    const s = await server({
      '/header': { body: euckr(`<p>${KOREAN}</p>`), contentType: 'text/html; charset=EUC-KR' },
      '/prolog': { body: euckr(rss('euc-kr', KOREAN)), contentType: 'application/rss+xml' },
      '/lying': { body: euckr(rss('ks_c_5601-1987', KOREAN)), contentType: 'application/rss+xml; charset=UTF-8' },
    });
    const f = fetcher(settings());
    const [header, prolog, lying] = await Promise.all(['/header', '/prolog', '/lying'].map((p) => f.fetch(`${s.url}${p}`)));
    expect(header).toMatchObject({ charset: 'euc-kr', text: `<p>${KOREAN}</p>` });
    expect(prolog).toMatchObject({ charset: 'euc-kr', text: rss('euc-kr', KOREAN) });
    expect(lying).toMatchObject({ charset: 'euc-kr', text: rss('ks_c_5601-1987', KOREAN) });
    expect(lying!.warnings?.[0]).toMatch(/header says utf-8/);
    expect(header!.warnings).toBeUndefined();
  });

  it('decompresses gzip and counts the compressed bytes', async () => {
    const text = rss('utf-8', KOREAN.repeat(50));
    const gz = gzipSync(Buffer.from(text));
    const s = await server({ '/gz': { body: gz, contentType: 'application/xml', headers: { 'content-encoding': 'gzip' } } });
    const r = await fetcher(settings()).fetch(`${s.url}/gz`);
    expect(r).toMatchObject({ outcome: 'fetched', text, bytesDownloaded: gz.byteLength });
    expect(s.requests[0]?.headers['accept-encoding']).toContain('gzip');
  });

  it('sends the configured User-Agent and Accept', async () => {
    const s = await server({ '/feed': { body: 'x' } });
    await fetcher(settings({ userAgent: 'wiki-daily-test/1.0' })).fetch(`${s.url}/feed`, { accept: 'application/rss+xml', sourceId: 'test' });
    expect(s.requests[0]?.headers['user-agent']).toBe('wiki-daily-test/1.0');
    expect(s.requests[0]?.headers.accept).toBe('application/rss+xml');
  });
});

describe('probes (link checking)', () => {
  it('HEAD: no body, no cache read or write, redirects followed, the user agent overridable', async () => {
    const s = await server({
      '/a': { redirectTo: '/b', status: 301 },
      '/b': { body: 'x'.repeat(50_000) },
    });
    const cache = new MemoryHttpCache();
    const f = fetcher(settings({ freshnessSeconds: 3600 }), cache);
    const r = await f.fetch(`${s.url}/a`, { probe: { method: 'HEAD', userAgent: 'Mozilla/5.0 test' } });
    expect(r).toMatchObject({ outcome: 'fetched', status: 200, finalUrl: `${s.url}/b`, text: '', bytesDownloaded: 0, attempts: 1 });
    expect(s.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['HEAD /a', 'HEAD /b']);
    expect(s.requests[0]?.headers['user-agent']).toBe('Mozilla/5.0 test');
    expect(await cache.get(`${s.url}/a`)).toBeUndefined();
    // A second probe asks again: a probe never answers from the cache.
    await f.fetch(`${s.url}/a`, { probe: { method: 'HEAD' } });
    expect(s.requests).toHaveLength(4);
  });

  it('reuses connections across HEAD probes to a host (undici would close one after each HEAD)', async () => {
    const plain = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5' }).end(req.method === 'HEAD' ? undefined : 'hello');
    });
    let connections = 0;
    plain.on('connection', () => connections++);
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
      const f = fetcher(settings({ perHostConcurrency: 1 }));
      for (let i = 0; i < 10; i++) expect((await f.fetch(`${base}/p${i}`, { probe: { method: 'HEAD' } })).status).toBe(200);
      // undici replaces the very first connection once (seen with plain undici too), then keeps one.
      expect(connections).toBeLessThanOrEqual(2);
    } finally {
      plain.closeAllConnections();
      await new Promise<void>((resolve) => plain.close(() => resolve()));
    }
  });

  it('GET reads only the first bytes of a big body, and never fails for its size', async () => {
    const s = await server({ '/big': { body: new Uint8Array(3 * 1024 * 1024) } });
    const f = fetcher(settings({ maxBodyBytes: 1024 * 1024 }));
    const r = await f.fetch(`${s.url}/big`, { probe: { method: 'GET', readBytes: 2048 } });
    expect(r.outcome).toBe('fetched');
    expect(r.status).toBe(200);
    expect(r.bytesDownloaded).toBeGreaterThanOrEqual(2048);
    expect(r.bytesDownloaded).toBeLessThan(1024 * 1024);
  });

  it('reports 405 on HEAD as a failure with the status, and retries 5xx like a fetch', async () => {
    const s = await server({ '/nohead': { headStatus: 405, body: 'ok' }, '/flaky': { status: 503, failTimes: 1, body: 'ok' } });
    const f = fetcher(settings());
    const head = await f.fetch(`${s.url}/nohead`, { probe: { method: 'HEAD' } });
    expect(head).toMatchObject({ outcome: 'failed', status: 405, attempts: 1 });
    expect((await f.fetch(`${s.url}/nohead`, { probe: { method: 'GET' } })).status).toBe(200);
    const flaky = await f.fetch(`${s.url}/flaky`, { probe: { method: 'HEAD' } });
    expect(flaky).toMatchObject({ outcome: 'fetched', status: 200, attempts: 2 });
  });
});
