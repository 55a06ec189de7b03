/**
 * The six feed "hosts" of the collect benchmark, in their own process (forked by bench/collect.ts
 * with an IPC channel), so that serving 300 feeds never competes with the client for its event loop
 * — as on a real runner, where the feed hosts are other machines.
 *
 * Each host is one fixture server on its own loopback address (127.0.0.1 … 127.0.0.N, port 0) with a
 * fixed latency, serving small RSS feeds with an ETag (the server's default: a hash of the body).
 *
 * Messages (parent → child): {id, type: 'reset' | 'stats' | 'close'}; every one is answered with
 * {id, ...}. On start the child sends {type: 'ready', feeds: string[][]} (feed URLs per host).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startFixtureServer, type FixtureServer } from '../src/demo/server.js';

export interface HostStats {
  /** Highest number of requests each server had in flight at once (its own count). */
  maxInFlight: number[];
  requests: number[];
  /** Requests that carried If-None-Match or If-Modified-Since. */
  conditional: number[];
  /** CPU time (user + system) this process has used since it started: is the farm itself starved? */
  cpuMs: number;
  /** Event-loop delay since the last reset, 99th percentile and max (ms): how late a 200 ms answer can leave. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

export type HostRequest = { id: number; type: 'reset' | 'stats' | 'close' };
export type HostMessage = { type: 'ready'; feeds: string[][] } | ({ id: number; type: 'stats' } & HostStats) | { id: number; type: 'done' };

function rssFeed(host: number, n: number): string {
  const items = [0, 1, 2]
    .map(
      (k) => `    <item>
      <title>고윤정 소식 ${host}-${n}-${k}</title>
      <link>https://outlet${host}.example.co.kr/news/${n}/${k}</link>
      <guid>https://outlet${host}.example.co.kr/news/${n}/${k}</guid>
      <pubDate>Thu, 26 Nov 2026 0${k}:00:00 +0900</pubDate>
      <description>배우 고윤정의 새 소식 ${k}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Outlet ${host}</title>
    <link>https://outlet${host}.example.co.kr/</link>
    <description>feed ${n}</description>
${items}
  </channel>
</rss>
`;
}

async function main(): Promise<void> {
  const hosts = Number(process.argv[2] ?? 6);
  const feedsPerHost = Number(process.argv[3] ?? 50);
  const latencyMs = Number(process.argv[4] ?? 200);
  const send = (m: HostMessage): void => {
    process.send?.(m);
  };
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const servers: FixtureServer[] = [];
  for (let h = 1; h <= hosts; h++) servers.push(await startFixtureServer({ host: `127.0.0.${h}`, latencyMs }));
  const feeds = servers.map((server, i) =>
    Array.from({ length: feedsPerHost }, (_, n) => {
      const route = `/feeds/${n}.xml`;
      server.setRoute(route, { body: rssFeed(i + 1, n), contentType: 'application/rss+xml; charset=utf-8' });
      return server.url + route;
    }),
  );
  process.on('message', (raw: unknown) => {
    const m = raw as HostRequest;
    switch (m.type) {
      case 'reset':
        for (const s of servers) s.resetStats();
        lag.reset();
        send({ id: m.id, type: 'done' });
        break;
      case 'stats':
        send({
          id: m.id,
          type: 'stats',
          maxInFlight: servers.map((s) => s.maxInFlight),
          requests: servers.map((s) => s.requests.length),
          conditional: servers.map(
            (s) => s.requests.filter((r) => r.headers['if-none-match'] !== undefined || r.headers['if-modified-since'] !== undefined).length,
          ),
          cpuMs: ((u) => (u.user + u.system) / 1000)(process.cpuUsage()),
          loopDelayP99Ms: lag.percentile(99) / 1e6,
          loopDelayMaxMs: lag.max / 1e6,
        });
        break;
      case 'close':
        void Promise.all(servers.map((s) => s.close())).then(() => {
          send({ id: m.id, type: 'done' });
          process.disconnect?.();
        });
        break;
    }
  });
  // The parent going away (crash, Ctrl-C) must not leave the servers running.
  process.on('disconnect', () => {
    void Promise.all(servers.map((s) => s.close())).finally(() => process.exit(0));
  });
  send({ type: 'ready', feeds });
}

main().catch((err: unknown) => {
  process.stderr.write(`bench/fixture-hosts: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
