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
import { createServer } from 'node:http';
const LOOP_PARAM = '__fixture_loop';
const OVERSIZE_BYTES = 256 * 1024 * 1024;
/** Path + query in the form the WHATWG URL parser produces, so `?q=고윤정` matches its encoded form. */
function normalizeTarget(target) {
    const u = new URL(target, 'http://fixture.invalid');
    u.searchParams.delete(LOOP_PARAM);
    return { full: u.pathname + u.search, path: u.pathname };
}
function autoEtag(body) {
    return `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
}
function stripWeak(tag) {
    return tag.trim().replace(/^W\//, '');
}
function notModified(req, etag, lastModified) {
    const inm = req.headers['if-none-match'];
    if (inm !== undefined) {
        if (!etag)
            return false;
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
export async function startFixtureServer(opts = {}) {
    const host = opts.host ?? '127.0.0.1';
    const routes = new Map();
    const served = new Map();
    const setRoute = (key, route) => {
        const k = key.includes('?') ? normalizeTarget(key).full : normalizeTarget(key).path;
        routes.set(k, route);
        served.set(k, 0);
    };
    for (const [key, route] of Object.entries(opts.routes ?? {}))
        setRoute(key, route);
    const requests = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const timers = new Set();
    let closing = false;
    const wait = (ms) => new Promise((resolve) => {
        if (ms <= 0)
            return resolve();
        const t = setTimeout(() => {
            timers.delete(t);
            resolve();
        }, ms);
        timers.add(t);
    });
    async function handle(req, res) {
        const target = normalizeTarget(req.url ?? '/');
        let key = routes.has(target.full) ? target.full : routes.has(target.path) ? target.path : undefined;
        let route = key !== undefined ? routes.get(key) : undefined;
        if (opts.handler) {
            const chunks = [];
            for await (const chunk of req)
                chunks.push(chunk);
            const dynamic = await opts.handler({ method: req.method ?? 'GET', path: target.full, body: Buffer.concat(chunks).toString('utf8') });
            if (dynamic) {
                route = dynamic;
                key = `handler:${target.full}`;
            }
        }
        await wait(route?.latencyMs ?? opts.latencyMs ?? 0);
        if (closing || res.destroyed)
            return;
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
                    if (u.searchParams.has(LOOP_PARAM))
                        u.searchParams.delete(LOOP_PARAM);
                    else
                        u.searchParams.set(LOOP_PARAM, 'b');
                    res.writeHead(302, { location: u.pathname + u.search }).end();
                    return;
                }
                case 'oversize': {
                    res.writeHead(200, { 'content-type': 'application/octet-stream' });
                    const chunk = Buffer.alloc(64 * 1024, 0x78);
                    for (let sent = 0; sent < OVERSIZE_BYTES && !res.destroyed && !closing; sent += chunk.byteLength) {
                        if (!res.write(chunk)) {
                            await new Promise((resolve) => {
                                const resume = () => {
                                    res.off('drain', resume);
                                    res.off('close', resume);
                                    resolve();
                                };
                                res.on('drain', resume);
                                res.on('close', resume);
                            });
                        }
                    }
                    if (!res.destroyed)
                        res.end();
                    return;
                }
                case undefined: {
                    const status = route.status !== undefined && route.status >= 400 ? route.status : 500;
                    const headers = { 'content-type': 'text/plain' };
                    if ((status === 429 || status === 503) && route.retryAfter)
                        headers['retry-after'] = route.retryAfter;
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
        const headers = {
            'content-type': route.contentType ?? (typeof route.body === 'string' ? 'text/plain; charset=utf-8' : 'application/octet-stream'),
        };
        if (etag)
            headers.etag = etag;
        if (lastModified)
            headers['last-modified'] = lastModified;
        if ((status === 429 || status === 503) && route.retryAfter)
            headers['retry-after'] = route.retryAfter;
        Object.assign(headers, route.headers);
        if (status >= 200 && status < 300 && notModified(req, etag, lastModified)) {
            const h = {};
            if (etag)
                h.etag = etag;
            if (lastModified)
                h['last-modified'] = lastModified;
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
        const done = () => {
            if (finished)
                return;
            finished = true;
            inFlight--;
        };
        // 'close' also fires when the socket is destroyed (reset, timeout at close()).
        res.once('close', done);
        requests.push({ path: req.url ?? '/', method: req.method ?? 'GET', headers: { ...req.headers }, at: Date.now() });
        handle(req, res).catch((err) => {
            if (!res.headersSent && !res.destroyed) {
                res.writeHead(500, { 'content-type': 'text/plain' }).end(`fixture server error: ${String(err)}`);
            }
            else {
                res.destroy();
            }
        });
    });
    // Keep-alive sockets must not outlive close().
    server.keepAliveTimeout = 5_000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const port = server.address().port;
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
            for (const t of timers)
                clearTimeout(t);
            timers.clear();
            return new Promise((resolve, reject) => {
                server.close((err) => (err ? reject(err) : resolve()));
                server.closeAllConnections();
            });
        },
    };
}
