/**
 * A loopback HTTP server with scripted routes and faults, used by the tests, the benchmark and the
 * offline demo (hence it lives in src/). It speaks just enough HTTP to exercise the fetcher: ETag and
 * Last-Modified revalidation, latency, redirects, and the failures real feed hosts produce (hangs,
 * resets, huge bodies, redirect loops, 429 with Retry-After, broken HTTP).
 *
 * Any address in 127.0.0.0/8 can be bound on Linux, which lets the benchmark pretend to be several
 * hosts (127.0.0.1 … 127.0.0.6) without touching the network.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureRoute {
  body?: string | Uint8Array;
  /** Status of a normal answer (default 200; 3xx with redirectTo). */
  status?: number;
  headers?: Record<string, string>;
  /** Default: `text/plain; charset=utf-8` for string bodies, `application/octet-stream` for bytes. */
  contentType?: string;
  /** Default: a hash of the body. `false` sends none. */
  etag?: string | false;
  /** Default: none. */
  lastModified?: string | false;
  /** Overrides the server-wide latency for this route. */
  latencyMs?: number;
  /**
   * timeout: never answer (until close) · reset: destroy the socket · oversize: stream a 256 MiB body
   * (chunked, no Content-Length) · redirect-loop: A → B → A · retry-after: 429 with Retry-After
   * (default "1"), then the normal answer · malformed: bytes that are not HTTP.
   */
  fault?: 'timeout' | 'reset' | 'oversize' | 'redirect-loop' | 'retry-after' | 'malformed';
  /** Sent with fault retry-after, and with status 429/503. */
  retryAfter?: string;
  /**
   * Misbehave for the first N requests, then answer normally. With a fault the default is every
   * request (one request for retry-after); without a fault the failing answer is `status` when it
   * is ≥ 400, else 500. The count restarts when the route is set again.
   */
  failTimes?: number;
  /** Answer with a redirect (status 302 unless `status` is another 3xx). */
  redirectTo?: string;
  /** Answer HEAD requests with this status and no body (405, 403, 501: sites that refuse HEAD); GET is unaffected. */
  headStatus?: number;
}

interface FixtureRequest {
  /** Path and query as received. */
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
  at: number;
}

export interface FixtureServer {
  /** `http://127.0.0.1:port` */
  url: string;
  host: string;
  port: number;
  setRoute(path: string, route: FixtureRoute): void;
  requests: FixtureRequest[];
  inFlight(): number;
  readonly maxInFlight: number;
  /** Clears `requests` and restarts `maxInFlight` from the current in-flight count. */
  resetStats(): void;
  close(): Promise<void>;
}

interface FixtureServerOptions {
  host?: string;
  port?: number;
  /** Keys are a path with query (matched exactly) or a path alone (matches any query). */
  routes?: Record<string, FixtureRoute>;
  /** Delay before every answer, in ms. */
  latencyMs?: number;
  /**
   * Answers computed per request (e.g. the Google News emulator, src/demo/googlenews.ts), consulted
   * before the routes; undefined falls through to them. The request body is read first.
   */
  handler?: (req: { method: string; path: string; body: string }) => Promise<FixtureRoute | undefined>;
}

const LOOP_PARAM = '__fixture_loop';
const OVERSIZE_BYTES = 256 * 1024 * 1024;

/** Path + query in the form the WHATWG URL parser produces, so `?q=고윤정` matches its encoded form. */
function normalizeTarget(target: string): { full: string; path: string } {
  const u = new URL(target, 'http://fixture.invalid');
  u.searchParams.delete(LOOP_PARAM);
  return { full: u.pathname + u.search, path: u.pathname };
}

function autoEtag(body: Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
}

function stripWeak(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

function notModified(req: IncomingMessage, etag: string | undefined, lastModified: string | undefined): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    if (!etag) return false;
    return inm.split(',').some((t) => t.trim() === '*' || stripWeak(t) === stripWeak(etag));
  }
  const ims = req.headers['if-modified-since'];
  if (ims !== undefined && lastModified) {
    const since = Date.parse(ims);
    const modified = Date.parse(lastModified);
    return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
  }
  return false;
}

export async function startFixtureServer(opts: FixtureServerOptions = {}): Promise<FixtureServer> {
  const host = opts.host ?? '127.0.0.1';
  const routes = new Map<string, FixtureRoute>();
  const served = new Map<string, number>();
  const setRoute = (key: string, route: FixtureRoute): void => {
    const k = key.includes('?') ? normalizeTarget(key).full : normalizeTarget(key).path;
    routes.set(k, route);
    served.set(k, 0);
  };
  for (const [key, route] of Object.entries(opts.routes ?? {})) setRoute(key, route);

  const requests: FixtureRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const timers = new Set<NodeJS.Timeout>();
  let closing = false;

  const wait = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (ms <= 0) return resolve();
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = normalizeTarget(req.url ?? '/');
    let key = routes.has(target.full) ? target.full : routes.has(target.path) ? target.path : undefined;
    let route = key !== undefined ? routes.get(key) : undefined;
    if (opts.handler) {
      const chunks: Buffer[] = [];
      for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
      const dynamic = await opts.handler({ method: req.method ?? 'GET', path: target.full, body: Buffer.concat(chunks).toString('utf8') });
      if (dynamic) {
        route = dynamic;
        key = `handler:${target.full}`;
      }
    }
    await wait(route?.latencyMs ?? opts.latencyMs ?? 0);
    if (closing || res.destroyed) return;
    if (!route || key === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no fixture route for ${req.url ?? ''}`);
      return;
    }

    if (req.method === 'HEAD' && route.headStatus !== undefined) {
      res.writeHead(route.headStatus, { 'content-type': 'text/plain' }).end();
      return;
    }
    const count = served.get(key) ?? 0;
    served.set(key, count + 1);
    const failTimes = route.failTimes ?? (route.fault ? (route.fault === 'retry-after' ? 1 : Infinity) : 0);
    if (count < failTimes) {
      switch (route.fault) {
        case 'timeout':
          return; // the socket is destroyed by the client's timeout or by close()
        case 'reset':
          req.socket.destroy();
          return;
        case 'malformed':
          req.socket.end('THIS IS NOT HTTP\r\n\r\n');
          return;
        case 'retry-after':
          res.writeHead(429, { 'retry-after': route.retryAfter ?? '1', 'content-type': 'text/plain' }).end('slow down');
          return;
        case 'redirect-loop': {
          const u = new URL(req.url ?? '/', 'http://fixture.invalid');
          if (u.searchParams.has(LOOP_PARAM)) u.searchParams.delete(LOOP_PARAM);
          else u.searchParams.set(LOOP_PARAM, 'b');
          res.writeHead(302, { location: u.pathname + u.search }).end();
          return;
        }
        case 'oversize': {
          res.writeHead(200, { 'content-type': 'application/octet-stream' });
          const chunk = Buffer.alloc(64 * 1024, 0x78);
          for (let sent = 0; sent < OVERSIZE_BYTES && !res.destroyed && !closing; sent += chunk.byteLength) {
            if (!res.write(chunk)) {
              await new Promise<void>((resolve) => {
                const resume = (): void => {
                  res.off('drain', resume);
                  res.off('close', resume);
                  resolve();
                };
                res.on('drain', resume);
                res.on('close', resume);
              });
            }
          }
          if (!res.destroyed) res.end();
          return;
        }
        case undefined: {
          const status = route.status !== undefined && route.status >= 400 ? route.status : 500;
          const headers: Record<string, string> = { 'content-type': 'text/plain' };
          if ((status === 429 || status === 503) && route.retryAfter) headers['retry-after'] = route.retryAfter;
          res.writeHead(status, headers).end(`fixture failure ${count + 1} of ${failTimes}`);
          return;
        }
      }
    }

    if (route.redirectTo !== undefined) {
      const status = route.status !== undefined && route.status >= 300 && route.status < 400 ? route.status : 302;
      res.writeHead(status, { location: route.redirectTo, ...route.headers }).end();
      return;
    }

    const body = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : Buffer.from(route.body ?? new Uint8Array(0));
    // With failTimes and no fault, `status` is the failing answer; afterwards the route succeeds.
    const status = route.failTimes !== undefined && !route.fault && (route.status ?? 0) >= 400 ? 200 : (route.status ?? 200);
    const etag = route.etag === false ? undefined : (route.etag ?? autoEtag(body));
    const lastModified = route.lastModified || undefined;
    const headers: Record<string, string> = {
      'content-type': route.contentType ?? (typeof route.body === 'string' ? 'text/plain; charset=utf-8' : 'application/octet-stream'),
    };
    if (etag) headers.etag = etag;
    if (lastModified) headers['last-modified'] = lastModified;
    if ((status === 429 || status === 503) && route.retryAfter) headers['retry-after'] = route.retryAfter;
    Object.assign(headers, route.headers);

    if (status >= 200 && status < 300 && notModified(req, etag, lastModified)) {
      const h: Record<string, string> = {};
      if (etag) h.etag = etag;
      if (lastModified) h['last-modified'] = lastModified;
      res.writeHead(304, h).end();
      return;
    }
    headers['content-length'] = String(body.byteLength);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let finished = false;
    const done = (): void => {
      if (finished) return;
      finished = true;
      inFlight--;
    };
    // 'close' also fires when the socket is destroyed (reset, timeout at close()).
    res.once('close', done);
    requests.push({ path: req.url ?? '/', method: req.method ?? 'GET', headers: { ...req.headers }, at: Date.now() });
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`fixture server error: ${String(err)}`);
      } else {
        res.destroy();
      }
    });
  });
  // Keep-alive sockets must not outlive close().
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    host,
    port,
    setRoute,
    requests,
    inFlight: () => inFlight,
    get maxInFlight() {
      return maxInFlight;
    },
    resetStats() {
      requests.length = 0;
      maxInFlight = inFlight;
    },
    close() {
      closing = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      return new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
