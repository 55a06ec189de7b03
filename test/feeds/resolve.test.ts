import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { googleNewsSettings } from '../../src/config/schema.js';
import { googleNewsEmulator, type GoogleNewsEmulatorOptions } from '../../src/demo/googlenews.js';
import { startFixtureServer, type FixtureRoute, type FixtureServer } from '../../src/demo/server.js';
import { batchRequestBody, GoogleNewsResolver, pageParams, parseBatchAnswer } from '../../src/feeds/resolve.js';
import { fakeClock } from '../support/clock.js';

const opaque = JSON.parse(readFileSync(new URL('../../fixtures/feeds/googlenews-opaque.json', import.meta.url), 'utf8')) as Record<string, string>;
const tokens = Object.keys(opaque);
/** The resolver hands out URLs in their WHATWG serialisation (non-ASCII paths percent-encoded). */
const expected = Object.fromEntries(Object.entries(opaque).map(([t, u]) => [t, new URL(u).href]));

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function emulate(opts: Partial<GoogleNewsEmulatorOptions> = {}, before?: (req: { method: string; path: string }) => FixtureRoute | undefined) {
  const emulator = googleNewsEmulator({ tokens: opaque, latencyMs: 5, ...opts });
  server = await startFixtureServer({ handler: async (req) => before?.(req) ?? emulator.handle(req) });
  return emulator;
}

function resolver(settings: Partial<ReturnType<typeof googleNewsSettings.parse>> = {}, clock = fakeClock()) {
  return {
    clock,
    r: new GoogleNewsResolver({
      baseUrl: server!.url,
      userAgent: 'test',
      timeoutMs: 5000,
      settings: { ...googleNewsSettings.parse({}), ...settings },
      clock,
      backoffBaseMs: 500,
      backoffMaxMs: 15_000,
      maxRetryAfterMs: 120_000,
    }),
  };
}

describe('GoogleNewsResolver against the loopback emulator', () => {
  it('resolves every opaque token with two requests, never more than 2 in flight, spacing each worker by the interval', async () => {
    const emulator = await emulate();
    const { r, clock } = resolver({ minIntervalMs: 1000 });
    const outcomes = await r.resolveAll(tokens.map((token) => ({ token, locale: 'hl=ko&gl=KR&ceid=KR:ko' })));
    expect(Object.fromEntries(outcomes.map((o) => [o.token, 'url' in o ? o.url : o.error]))).toEqual(expected);
    expect(r.stats).toEqual({ requests: 2 * tokens.length, resolved: tokens.length, failed: 0, deferred: 0 });
    expect(emulator.stats).toMatchObject({ pages: tokens.length, batches: tokens.length, tooMany: 0 });
    expect(emulator.stats.maxInFlight).toBeLessThanOrEqual(2);
    // two workers, each starting a token at most every second: on the shared (fake) clock that is at
    // least interval × (tokens / 2 − 1) of waiting, and never a wait longer than the interval
    const start = Date.parse('2026-05-01T00:00:00Z');
    expect(clock.now() - start).toBeGreaterThanOrEqual(1000 * (tokens.length / 2 - 1));
    expect(clock.sleeps.every((ms) => ms > 0 && ms <= 1000)).toBe(true);
    expect(server!.requests.filter((q) => q.method === 'GET').every((q) => q.path.startsWith('/articles/'))).toBe(true);
    expect(server!.requests.filter((q) => q.method === 'POST').every((q) => q.headers['content-type'] === 'application/x-www-form-urlencoded;charset=UTF-8')).toBe(true);
  });

  it('the emulator answers 429 when more than 2 requests are in flight', async () => {
    let release!: () => void;
    const emulator = await emulate({ latencyMs: 0, hold: new Promise<void>((r) => (release = r)) });
    const pending = [0, 1, 2].map(() => fetch(`${server!.url}/articles/${tokens[0]}`));
    // two answers are held in flight, so the first one to come back is the refused third request
    const first = await Promise.race(pending);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('1');
    release();
    const answers = await Promise.all(pending);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 429]);
    expect(emulator.stats).toMatchObject({ tooMany: 1, maxInFlight: 3 });
  });

  it('honours Retry-After on 429 and 503, pausing before the retry', async () => {
    let posts = 0;
    await emulate({}, (req) => {
      if (req.method !== 'POST') return undefined;
      posts++;
      if (posts === 1) return { status: 429, retryAfter: '7', body: 'slow down', etag: false };
      if (posts === 2) return { status: 503, retryAfter: '3', body: 'busy', etag: false };
      return undefined;
    });
    const { r, clock } = resolver({ maxInFlight: 1, minIntervalMs: 0 });
    const outcomes = await r.resolveAll([{ token: tokens[0]! }]);
    expect(outcomes).toEqual([{ token: tokens[0], url: opaque[tokens[0]!] }]);
    expect(clock.sleeps).toEqual([7000, 3000]);
    expect(r.stats.requests).toBe(4);
  });

  it('a 429 on one slot pauses the other too: it sends nothing until the Retry-After wait is over', async () => {
    // A clock whose sleeps stay pending until the test lets them go, so "paused" can be observed.
    let now = Date.parse('2026-05-01T00:00:00Z');
    let auto = false;
    const pending: { ms: number; wake: () => void }[] = [];
    let onSleep: () => void = () => {};
    const letGo = () => {
      for (const s of pending.splice(0)) {
        now += s.ms;
        s.wake();
      }
    };
    const clock = {
      now: () => now,
      sleep: (ms: number) =>
        new Promise<void>((wake) => {
          pending.push({ ms, wake });
          if (auto) letGo();
          else onSleep();
        }),
    };
    const arrivals: string[] = [];
    let onArrival: () => void = () => {};
    let posts = 0;
    await emulate({}, (req) => {
      arrivals.push(req.method);
      onArrival();
      if (req.method === 'POST' && ++posts === 1) return { status: 429, retryAfter: '5', body: 'slow down', etag: false };
      return undefined;
    });
    const { r } = resolver({ maxInFlight: 2, minIntervalMs: 0 }, clock as ReturnType<typeof fakeClock>);
    const done = r.resolveAll(tokens.slice(0, 4).map((token) => ({ token })));
    // Either both slots wait (the refused one for Retry-After, the other for the shared pause), or the
    // other slot ran through all its tokens (8 requests) without waiting: whichever comes first.
    await new Promise<void>((settle) => {
      onSleep = () => pending.length >= 2 && settle();
      onArrival = () => arrivals.length >= 8 && settle();
    });
    expect(pending.map((s) => s.ms).sort((x, y) => x - y)).toEqual([expect.any(Number), 5000]);
    expect(pending.every((s) => s.ms > 0 && s.ms <= 5000)).toBe(true);
    expect(arrivals.length).toBeLessThanOrEqual(4);
    auto = true;
    letGo();
    const outcomes = await done;
    expect(outcomes.map((o) => ('url' in o ? o.token : o.error))).toEqual(tokens.slice(0, 4));
    expect(r.stats).toEqual({ requests: 9, resolved: 4, failed: 0, deferred: 0 });
  });

  it('stops for the run when 429 persists or Retry-After is too long; the rest is deferred, not failed', async () => {
    await emulate({}, (req) => (req.method === 'POST' ? { status: 429, retryAfter: '1', body: 'no', etag: false } : undefined));
    const { r } = resolver({ maxInFlight: 1, minIntervalMs: 0, retries: 2 });
    const outcomes = await r.resolveAll(tokens.slice(0, 5).map((token) => ({ token })));
    expect(outcomes).toEqual([]);
    expect(r.stats).toMatchObject({ resolved: 0, failed: 0, deferred: 5, requests: 4 });
    expect(r.stats.stopped).toMatch(/HTTP 429 3 times in a row/);
  });

  it('resolves at most maxPerRun tokens per run', async () => {
    await emulate();
    const { r } = resolver({ maxPerRun: 5, minIntervalMs: 0 });
    const outcomes = await r.resolveAll(tokens.map((token) => ({ token })));
    expect(outcomes).toHaveLength(5);
    expect(r.stats).toMatchObject({ resolved: 5, deferred: tokens.length - 5, requests: 10 });
  });

  it('falls back to /rss/articles/ (with the feed locale) when /articles/ redirects, and remembers that', async () => {
    await emulate({ articlesRedirect: true });
    const { r } = resolver({ minIntervalMs: 0, maxInFlight: 1 });
    const outcomes = await r.resolveAll(tokens.slice(0, 4).map((token) => ({ token, locale: 'hl=ko&gl=KR&ceid=KR:ko' })));
    expect(outcomes.every((o) => 'url' in o)).toBe(true);
    expect(r.stats.requests).toBe(2 * 4 + 1);
    expect(server!.requests.filter((q) => q.path.startsWith('/rss/articles/')).every((q) => q.path.endsWith('?hl=ko&gl=KR&ceid=KR:ko'))).toBe(true);
  });

  it('an interstitial is "not resolvable now": it stops at once instead of looping', async () => {
    await emulate({ interstitial: true });
    const { r } = resolver({ minIntervalMs: 0, maxInFlight: 1 });
    const outcomes = await r.resolveAll(tokens.slice(0, 6).map((token) => ({ token })));
    expect(outcomes).toEqual([]);
    expect(r.stats).toMatchObject({ requests: 2, resolved: 0, failed: 0, deferred: 6 });
    expect(r.stats.stopped).toMatch(/not resolvable now: \/rss\/articles\/ answered a page without the signature/);
  });

  it('an unknown token fails alone; an unreachable service stops the run', async () => {
    await emulate();
    const { r } = resolver({ minIntervalMs: 0, maxInFlight: 1 });
    const outcomes = await r.resolveAll([{ token: 'CBMiUnknown' }, { token: tokens[0]! }]);
    expect(outcomes).toEqual([
      { token: 'CBMiUnknown', error: '/articles/ answered HTTP 404 (unknown token)' },
      { token: tokens[0], url: opaque[tokens[0]!] },
    ]);
    const url = server!.url;
    await server!.close();
    server = undefined;
    const dead = new GoogleNewsResolver({ ...(r as unknown as { opts: ConstructorParameters<typeof GoogleNewsResolver>[0] }).opts, baseUrl: url });
    expect(await dead.resolveAll([{ token: tokens[1]! }, { token: tokens[2]! }])).toEqual([]);
    expect(dead.stats).toMatchObject({ deferred: 2, requests: 1 });
    expect(dead.stats.stopped).toMatch(/^Google News unreachable: GET \/articles\//);
  });
});

describe('resolver pieces', () => {
  it('reads the signature from c-wiz > div[jscontroller], or by regex when the element moved', () => {
    expect(pageParams('<c-wiz><div jscontroller="x" data-n-a-sg="S1" data-n-a-ts="17"></div></c-wiz>')).toEqual({ signature: 'S1', timestamp: 17 });
    expect(pageParams('<main><span data-n-a-sg="S2" data-n-a-ts="18"></span></main>')).toEqual({ signature: 'S2', timestamp: 18 });
    expect(pageParams('<html><script>reload()</script></html>')).toBeUndefined();
  });

  it('builds f.req as documented and parses the answer by its garturlres row', () => {
    const body = batchRequestBody('TOK', 17, 'SIG');
    const freq = JSON.parse(new URLSearchParams(body).get('f.req')!) as [[[string, string]]];
    expect(freq[0][0][0]).toBe('Fbv4je');
    expect(freq[0][0][1]).toBe(
      '["garturlreq",[["X","X",["X","X"],null,null,1,1,"US:en",null,1,null,null,null,null,null,0,1],"X","X",1,[1,1,1],1,1,null,0,0,null,0],"TOK",17,"SIG"]',
    );
    expect(parseBatchAnswer(`)]}'\n\n[["wrb.fr","Fbv4je","[\\"garturlres\\",\\"https://a.example/x/\\",1]",null,null,null,"generic"],["di",9]]`)).toBe('https://a.example/x/');
    expect(() => parseBatchAnswer('[["wrb.fr"]]')).toThrow(/does not start with/);
    expect(() => parseBatchAnswer(`)]}'\n\n[["di",9]]`)).toThrow(/no garturlres row/);
    expect(() => parseBatchAnswer(`)]}'\n\n<html>`)).toThrow(/not JSON after/);
    expect(parseBatchAnswer(`)]}'\n\n[["wrb.fr","Fbv4je","[\\"garturlres\\",\\"https://b.example/\\",1]"]]\n\n25\n[["e",4]]`)).toBe('https://b.example/');
    expect(() => parseBatchAnswer(`)]}'\n\n[["wrb.fr","Fbv4je","[\\"garturlres\\",\\"javascript:x\\",1]"]]`)).toThrow(/not an http/);
  });
});
