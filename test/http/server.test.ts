import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../src/demo/server.js';

const servers: FixtureServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await request(url, { headers });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

describe('startFixtureServer', () => {
  it('matches path+query exactly, falls back to a path-only key, else 404', async () => {
    const s = await startFixtureServer({
      routes: {
        '/rss/search?q=고윤정&hl=ko': { body: 'exact' },
        '/rss/search': { body: 'any query' },
      },
    });
    servers.push(s);
    const exactUrl = new URL('/rss/search?q=고윤정&hl=ko', s.url).href;
    expect((await get(exactUrl)).text).toBe('exact');
    expect((await get(`${s.url}/rss/search?q=other`)).text).toBe('any query');
    const missing = await get(`${s.url}/nothing`);
    expect(missing.status).toBe(404);
    expect(missing.text).toBe('no fixture route for /nothing');
    expect(s.requests.map((r) => r.path)).toEqual([
      '/rss/search?q=%EA%B3%A0%EC%9C%A4%EC%A0%95&hl=ko',
      '/rss/search?q=other',
      '/nothing',
    ]);
  });

  it('answers 304 to a matching If-None-Match and counts failTimes per route', async () => {
    const s = await startFixtureServer({ routes: { '/f': { body: 'body', failTimes: 2, status: 503, retryAfter: '3' } } });
    servers.push(s);
    const first = await get(`${s.url}/f`);
    expect(first.status).toBe(503);
    expect(first.headers['retry-after']).toBe('3');
    expect((await get(`${s.url}/f`)).status).toBe(503);
    const ok = await get(`${s.url}/f`);
    expect(ok.status).toBe(200);
    const etag = String(ok.headers.etag);
    const again = await get(`${s.url}/f`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('binds other loopback addresses and tracks in-flight requests back to zero', async () => {
    const s = await startFixtureServer({ host: '127.0.0.3', latencyMs: 30, routes: { '/slow': { body: 's' }, '/reset': { fault: 'reset' } } });
    servers.push(s);
    expect(s.url).toBe(`http://127.0.0.3:${s.port}`);
    await Promise.all([get(`${s.url}/slow`), get(`${s.url}/slow`), get(`${s.url}/reset`).catch(() => 'reset')]);
    expect(s.maxInFlight).toBe(3);
    // The server sees the reset socket close a tick after the client does.
    for (let i = 0; i < 100 && s.inFlight() > 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(s.inFlight()).toBe(0);
    s.resetStats();
    expect(s.requests).toEqual([]);
    expect(s.maxInFlight).toBe(0);
  });

  it('close() ends requests that never get an answer', async () => {
    const s = await startFixtureServer({ routes: { '/hang': { fault: 'timeout' } } });
    const pending = get(`${s.url}/hang`).then(
      () => 'answered',
      () => 'closed',
    );
    while (s.inFlight() === 0) await new Promise((r) => setTimeout(r, 5));
    await s.close();
    expect(await pending).toBe('closed');
  });
});
