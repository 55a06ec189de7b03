export const id = 30;
export const ids = [30];
export const modules = {

/***/ 94030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/pages/entries.ts
var entries = __webpack_require__(18472);
// EXTERNAL MODULE: ./src/pages/regions.ts
var regions = __webpack_require__(78345);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/feeds/resolve.ts
var resolve = __webpack_require__(24297);
;// CONCATENATED MODULE: ./src/demo/googlenews.ts
/**
 * A loopback emulator of the two Google News endpoints the resolver uses (see src/feeds/resolve.ts),
 * in the shapes the public decoders document, for the tests, the benchmark and the offline demo:
 *
 * - GET `/articles/<token>` and `/rss/articles/<token>`: a page whose `c-wiz > div[jscontroller]`
 *   carries `data-n-a-sg` / `data-n-a-ts` (404 for an unknown token; optionally a redirect to a
 *   "sorry" page for `/articles/`, or an interstitial without the attributes, as Google does);
 * - POST `/_/DotsSplashUi/data/batchexecute`: `)]}'`, a blank line, JSON rows with
 *   `["wrb.fr","Fbv4je","[\"garturlres\",\"<url>\",1]",…]` when the signature matches the token.
 *
 * Like Google it answers 429 (Retry-After: 1) when more than `maxInFlight` of these requests are in
 * flight at once, and counts everything so a test can assert politeness.
 */


const TIMESTAMP = 1_764_115_200;
const ARTICLE_PATH = /^\/(?:rss\/)?articles\/([A-Za-z0-9_-]+)$/;
function signatureOf(token) {
    return `AV${(0,external_node_crypto_.createHash)('sha256').update(token).digest('base64url').slice(0, 30)}`;
}
function page(token) {
    return `<!doctype html><html><head><title>Google News</title></head><body><c-wiz jsrenderer="x"><div jscontroller="aLI87" jsaction="rcuQ6b:npT2md" data-n-a-id="${token}" data-n-a-sg="${signatureOf(token)}" data-n-a-ts="${TIMESTAMP}"></div></c-wiz></body></html>`;
}
function batchAnswer(url) {
    const rows = [
        ['wrb.fr', 'Fbv4je', JSON.stringify(['garturlres', url, 1]), null, null, null, 'generic'],
        ['di', 42],
        ['af.httprm', 41, '-1234567890123456789', 7],
    ];
    return `)]}'\n\n${JSON.stringify(rows)}`;
}
/** The token, timestamp and signature of a garturlreq form body; undefined when it is not one. */
function readBatchRequest(body) {
    try {
        const freq = new URLSearchParams(body).get('f.req');
        const envelope = JSON.parse(freq ?? '')[0]?.[0];
        if (!Array.isArray(envelope) || envelope[0] !== 'Fbv4je' || typeof envelope[1] !== 'string')
            return undefined;
        const inner = JSON.parse(envelope[1]);
        if (inner[0] !== 'garturlreq' || typeof inner[2] !== 'string' || typeof inner[3] !== 'number' || typeof inner[4] !== 'string')
            return undefined;
        return { token: inner[2], ts: inner[3], sig: inner[4] };
    }
    catch {
        return undefined;
    }
}
function googleNewsEmulator(opts) {
    const max = opts.maxInFlight ?? 2;
    const stats = { pages: 0, batches: 0, tooMany: 0, maxInFlight: 0 };
    let inFlight = 0;
    const answer = (req) => {
        const path = req.path.replace(/\?.*$/, '');
        const article = ARTICLE_PATH.exec(path);
        if (req.method === 'GET' && article) {
            stats.pages++;
            if (opts.articlesRedirect && !path.startsWith('/rss/'))
                return { redirectTo: '/sorry/index', status: 302 };
            const token = article[1];
            if (!(token in opts.tokens))
                return { status: 404, body: 'not found' };
            if (opts.interstitial)
                return { body: '<html><body><script>window.location.reload()</script></body></html>', contentType: 'text/html; charset=utf-8', etag: false };
            return { body: page(token), contentType: 'text/html; charset=utf-8', etag: false };
        }
        if (req.method === 'POST' && path === resolve/* BATCHEXECUTE_PATH */.Al) {
            stats.batches++;
            const r = readBatchRequest(req.body);
            const url = r ? opts.tokens[r.token] : undefined;
            if (!r || url === undefined || r.sig !== signatureOf(r.token) || r.ts !== TIMESTAMP)
                return { status: 400, body: `)]}'\n\n[["er",null,null,null,null,400]]` };
            return { body: batchAnswer(url), contentType: 'application/json; charset=utf-8', etag: false };
        }
        return undefined;
    };
    return {
        stats,
        async handle(req) {
            const path = req.path.replace(/\?.*$/, '');
            if (!ARTICLE_PATH.test(path) && path !== resolve/* BATCHEXECUTE_PATH */.Al)
                return undefined;
            inFlight++;
            stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
            try {
                if (inFlight > max) {
                    stats.tooMany++;
                    return { status: 429, retryAfter: '1', body: 'Too Many Requests', etag: false };
                }
                if (opts.latencyMs)
                    await new Promise((r) => setTimeout(r, opts.latencyMs));
                if (opts.hold)
                    await opts.hold;
                return answer(req);
            }
            finally {
                inFlight--;
            }
        },
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/demo/server.ts
/**
 * A loopback HTTP server with scripted routes and faults, used by the tests, the benchmark and the
 * offline demo (hence it lives in src/). It speaks just enough HTTP to exercise the fetcher: ETag and
 * Last-Modified revalidation, latency, redirects, and the failures real feed hosts produce (hangs,
 * resets, huge bodies, redirect loops, 429 with Retry-After, broken HTTP).
 *
 * Any address in 127.0.0.0/8 can be bound on Linux, which lets the benchmark pretend to be several
 * hosts (127.0.0.1 … 127.0.0.6) without touching the network.
 */


const LOOP_PARAM = '__fixture_loop';
const OVERSIZE_BYTES = 256 * 1024 * 1024;
/** Path + query in the form the WHATWG URL parser produces, so `?q=고윤정` matches its encoded form. */
function normalizeTarget(target) {
    const u = new URL(target, 'http://fixture.invalid');
    u.searchParams.delete(LOOP_PARAM);
    return { full: u.pathname + u.search, path: u.pathname };
}
function autoEtag(body) {
    return `"${(0,external_node_crypto_.createHash)('sha1').update(body).digest('hex').slice(0, 16)}"`;
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
async function startFixtureServer(opts = {}) {
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
    const server = (0,external_node_http_.createServer)((req, res) => {
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

;// CONCATENATED MODULE: ./src/demo/workspace.ts
/**
 * A throw-away, fully offline copy of the wiki wired like production: a bare git repository as
 * `origin`, a clone holding the wiki's pages, and a loopback server (127.0.0.1) serving the bundled
 * fixture feeds in place of the real sources. Used by `wiki-daily demo`, the end-to-end tests and the
 * benchmark, so all three exercise the same real parts.
 */










/**
 * What the demo's Google News emulator knows: the opaque token of googlenews.xml (a 뉴스1 article)
 * and the 22 opaque tokens of the real-shaped capture (googlenews-opaque.json).
 */
async function demoGoogleNewsTokens(fixtures) {
    const capture = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(fixtures, 'googlenews-opaque.json'), 'utf8'));
    return {
        ...capture,
        CBMiP0FVX3lxTE5tOGNSMXBYMHYzYnEyS2Y3aFp0V3FZazVKZE00ZVM5Z0ExdVRuVnhDNm9QekxyRThpSGpCMndReQ: 'https://www.news1.kr/entertain/celebrity/5612399',
    };
}
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Environment for git in the demo: no global config, a fixed identity, never a prompt. */
function isolatedGitEnv(base = process.env) {
    return {
        ...base,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_AUTHOR_NAME: base.GIT_AUTHOR_NAME ?? 'Demo Maintainer',
        GIT_AUTHOR_EMAIL: base.GIT_AUTHOR_EMAIL ?? 'maintainer@example.invalid',
        GIT_COMMITTER_NAME: base.GIT_COMMITTER_NAME ?? 'Demo Maintainer',
        GIT_COMMITTER_EMAIL: base.GIT_COMMITTER_EMAIL ?? 'maintainer@example.invalid',
    };
}
async function git(cwd, ...args) {
    const { stdout } = await run('git', args, { cwd, env: isolatedGitEnv(), maxBuffer: 64 * 1024 * 1024 });
    return stdout.trim();
}
async function exists(p) {
    try {
        await (0,promises_.stat)(p);
        return true;
    }
    catch {
        return false;
    }
}
/** The project folder that holds `fixtures/feeds` (walking up from this module, then from cwd). */
async function findProjectRoot(start) {
    const starts = [start, external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), process.cwd()].filter((s) => !!s);
    for (const s of starts) {
        let dir = external_node_path_default().resolve(s);
        for (;;) {
            if (await exists(external_node_path_default().join(dir, 'fixtures', 'feeds')))
                return dir;
            const up = external_node_path_default().dirname(dir);
            if (up === dir)
                break;
            dir = up;
        }
    }
    throw new Error('cannot find the bundled fixtures (fixtures/feeds); run the demo from a clone of the repository');
}
/** The fixture sources of the demo, one per kind the product handles, plus one broken feed. */
function demoSources(base) {
    return [
        { id: 'elle', route: '/elle/feed', file: 'rss2-magazine.xml', contentType: 'application/rss+xml; charset=utf-8', config: { id: 'elle', name: 'ELLE Korea', url: `${base}/elle/feed?s=%EA%B3%A0%EC%9C%A4%EC%A0%95&feed=rss2`, kindHint: 'pictorial' } },
        { id: 'rdf', route: '/rdf.xml', file: 'rdf.xml', contentType: 'application/rdf+xml', config: { id: 'rdf', url: `${base}/rdf.xml` } },
        { id: 'atom', route: '/atom.xml', file: 'atom.xml', contentType: 'application/atom+xml', config: { id: 'atom', url: `${base}/atom.xml` } },
        { id: 'jsonfeed', route: '/feed.json', file: 'feed.json', contentType: 'application/feed+json', config: { id: 'jsonfeed', url: `${base}/feed.json` } },
        { id: 'euckr', route: '/euc-kr.xml', file: 'euc-kr.xml', contentType: 'application/rss+xml', config: { id: 'euckr', url: `${base}/euc-kr.xml` } },
        { id: 'gn-main', route: '/rss/search', file: 'googlenews.xml', contentType: 'application/rss+xml; charset=utf-8', config: { id: 'gn-main', query: '고윤정 when:1d' } },
        { id: 'yt-tvn', route: '/feeds/videos.xml', file: 'youtube.xml', contentType: 'application/atom+xml; charset=utf-8', config: { id: 'yt-tvn', name: 'tvN', channelId: 'UCtx-7YigHLZx7icq0KqHhow' } },
        { id: 'kbs-person', route: '/person_view.html', file: 'person.html', contentType: 'text/html; charset=utf-8', config: { id: 'kbs-person', kind: 'html', name: 'KBS연예', url: `${base}/person_view.html?idx=220921`, linkPattern: 'list_view\\.html\\?idx=\\d+', maxLinks: 5 } },
        { id: 'broken', route: '/broken.xml', file: 'malformed.xml', contentType: 'application/rss+xml', config: { id: 'broken', name: 'A broken feed', url: `${base}/broken.xml` } },
    ];
}
/**
 * The wiki's routing rules name its real source ids; the demo has fewer sources. Drop the missing ids,
 * and drop a rule whose only criterion was sources that are all missing (an emptied rule would
 * otherwise match everything).
 */
function pruneRoutingSources(raw) {
    const routing = raw.routing;
    if (!routing?.rules)
        return;
    const ids = new Set(raw.sources.map((s) => s.id));
    routing.rules = routing.rules.flatMap((rule) => {
        const sources = rule.sources;
        if (!sources)
            return [rule];
        const kept = sources.filter((id) => ids.has(id));
        const otherCriteria = (rule.keywords ?? []).length + (rule.kinds ?? []).length;
        if (!kept.length && !otherCriteria)
            return [];
        return [{ ...rule, sources: kept }];
    });
}
/** Article pages the KBS-like person page links to (`list_view.html?idx=N`). */
async function articleRoutes(fixtures, personHtml) {
    const routes = {};
    const ids = [...personHtml.matchAll(/list_view\.html\?idx=(\d+)/g)].map((m) => m[1]);
    const pages = ['article-1.html', 'article-2.html'];
    let i = 0;
    for (const idx of [...new Set(ids)]) {
        const file = pages[i++ % pages.length];
        routes[`/list_view.html?idx=${idx}`] = {
            body: await (0,promises_.readFile)(external_node_path_default().join(fixtures, file)),
            contentType: 'text/html; charset=utf-8',
        };
    }
    return routes;
}
async function prepareDemoWorkspace(opts) {
    const fixtures = external_node_path_default().join(opts.projectRoot, 'fixtures', 'feeds');
    const googleNews = googleNewsEmulator({ tokens: await demoGoogleNewsTokens(fixtures) });
    const server = await startFixtureServer({
        host: '127.0.0.1',
        ...(opts.latencyMs ? { latencyMs: opts.latencyMs } : {}),
        handler: (req) => googleNews.handle(req),
    });
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'wiki-daily-demo-'));
    try {
        const sources = opts.onlyExtraSources ? [] : demoSources(server.url);
        for (const s of sources) {
            server.setRoute(s.route, { body: await (0,promises_.readFile)(external_node_path_default().join(fixtures, s.file)), contentType: s.contentType });
        }
        if (!opts.onlyExtraSources) {
            // The fixture page links to articles by absolute URL too, as the real one does; serve those on
            // loopback as well, so the demo and the tests never reach for the real host.
            const person = (await (0,promises_.readFile)(external_node_path_default().join(fixtures, 'person.html'), 'utf8')).replace(/https?:\/\/kstar\.kbs\.co\.kr/g, server.url);
            server.setRoute('/person_view.html', { body: person, contentType: 'text/html; charset=utf-8' });
            for (const [k, v] of Object.entries(await articleRoutes(fixtures, person)))
                server.setRoute(k, v);
            // Any other article id the page links to (e.g. with &page=1) gets an article too.
            server.setRoute('/list_view.html', { body: await (0,promises_.readFile)(external_node_path_default().join(fixtures, 'article-1.html')), contentType: 'text/html; charset=utf-8' });
        }
        for (const [k, v] of Object.entries(opts.extraRoutes ?? {}))
            server.setRoute(k, v);
        // The wiki: a bare origin and a clone with the project's pages.
        const origin = external_node_path_default().join(dir, 'origin.git');
        const root = external_node_path_default().join(dir, 'wiki');
        await run('git', ['init', '-q', '--bare', '-b', 'main', origin], { env: isolatedGitEnv() });
        await (0,promises_.mkdir)(root, { recursive: true });
        const wikiRoot = opts.wikiRoot ?? opts.projectRoot;
        for (const sub of ['pages', 'news', 'data']) {
            const from = external_node_path_default().join(wikiRoot, sub);
            if (await exists(from))
                await (0,promises_.cp)(from, external_node_path_default().join(root, sub), { recursive: true });
        }
        const base = await (0,promises_.readFile)(external_node_path_default().join(wikiRoot, load/* DEFAULT_CONFIG_FILE */.Cu), 'utf8')
            .then((t) => ((0,dist/* parse */.qg)(t) ?? {}))
            .catch(() => ({}));
        const raw = {
            ...base,
            sources: [
                ...sources.map((s) => s.config),
                ...(opts.extraSources ?? []).map((s) => JSON.parse(JSON.stringify(s).replaceAll('{{BASE}}', server.url))),
            ],
            http: {
                ...(base.http ?? {}),
                googleNewsBaseUrl: server.url,
                youtubeBaseUrl: server.url,
                timeoutMs: 5000,
                retries: 1,
                backoffBaseMs: 50,
                backoffMaxMs: 200,
            },
            // Polite to the emulator too, but quick: the demo resolves a handful of tokens.
            googleNews: { ...(base.googleNews ?? {}), minIntervalMs: 20 },
        };
        pruneRoutingSources(raw);
        for (const [k, v] of Object.entries(opts.overrides ?? {})) {
            raw[k] = v && typeof v === 'object' && !Array.isArray(v) ? { ...(raw[k] ?? {}), ...v } : v;
        }
        const configFile = external_node_path_default().join(root, load/* DEFAULT_CONFIG_FILE */.Cu);
        const config = (0,load/* parseConfig */.o4)(raw, configFile);
        await (0,promises_.writeFile)(configFile, `# Demo config: the wiki's own rules, sources served on loopback.\n${(0,dist/* stringify */.As)(raw)}`);
        await (0,promises_.writeFile)(external_node_path_default().join(root, '.gitignore'), '.wiki-daily/\n');
        await git(root, 'init', '-q', '-b', 'main');
        await git(root, 'add', '-A');
        await git(root, 'commit', '-q', '-m', 'wiki before the demo run');
        await git(root, 'remote', 'add', 'origin', origin);
        await git(root, 'push', '-q', '-u', 'origin', 'main');
        const stateDir = external_node_path_default().join(root, '.wiki-daily');
        return {
            dir,
            root,
            origin,
            stateDir,
            configFile,
            config,
            server,
            googleNews,
            async close(o) {
                await server.close();
                if (!o?.keepFiles)
                    await (0,promises_.rm)(dir, { recursive: true, force: true });
            },
        };
    }
    catch (err) {
        await server.close();
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw err;
    }
}

// EXTERNAL MODULE: ./src/interrupt.ts
var interrupt = __webpack_require__(48476);
// EXTERNAL MODULE: ./src/fsutil.ts
var fsutil = __webpack_require__(62072);
;// CONCATENATED MODULE: ./src/demo/demo.ts
/**
 * `wiki-daily demo`: the whole daily update with no internet. Bundled fixture feeds (every kind the
 * product reads, plus one broken feed) are served on 127.0.0.1; the wiki is copied into a temporary
 * git clone with a bare `origin`; then `run` happens twice — the second time to show that an unchanged
 * world changes nothing. Prints what a maintainer would read.
 */







/**
 * What a maintainer does in GitHub's web editor between two runs: tick `승격 promote` on the queue entry
 * that came from an opaque Google News link, and commit. Returns the entry's id and link, or undefined.
 */
async function tickPromoteOnGoogleNewsEntry(ws, projectRoot) {
    const queuePath = ws.config.pages.queuePage;
    const file = external_node_path_default().join(ws.root, queuePath);
    const text = await (0,promises_.readFile)(file, 'utf8');
    const resolved = new Set(Object.values(await demoGoogleNewsTokens(external_node_path_default().join(projectRoot, 'fixtures', 'feeds'))));
    const entry = (0,entries/* parseEntries */.Km)((0,regions/* regionBody */.zv)(text, 'entries:main', queuePath) ?? '', queuePath).entries.find((e) => e.url && resolved.has(e.url));
    if (!entry?.id || !entry.url)
        return undefined;
    const ticked = text.replace(`  - id: ${entry.id}\n  - [ ] 승격 promote`, `  - id: ${entry.id}\n  - [x] 승격 promote`);
    if (ticked === text)
        return undefined;
    await (0,promises_.writeFile)(file, ticked);
    await git(ws.root, 'commit', '-q', '-m', `Promote ${entry.id} (ticked in the web editor)`, '--', queuePath);
    return { id: entry.id, url: entry.url };
}
/** `execute` runs the `run` command (passed in by app.ts, which imports this module: no cycle). */
async function runDemo(settings, deps, execute) {
    const projectRoot = await findProjectRoot(settings.root);
    // A maintainer's demo shows their own (live) wiki; `--serve` is what the tool's CI runs the action
    // against, and CI must never depend on the live wiki's content (issue 7): it starts from the frozen
    // fixture wiki.
    const wikiRoot = settings.demoWiki ? external_node_path_default().resolve(settings.demoWiki) : settings.serve ? external_node_path_default().join(projectRoot, 'fixtures', 'wiki') : projectRoot;
    const ws = await prepareDemoWorkspace({ projectRoot, wikiRoot });
    deps.logger.info(`demo: fixture feeds on ${ws.server.url}, wiki copied from ${wikiRoot} to ${ws.root}, origin ${ws.origin}`);
    const keep = settings.keepWorkspace === true;
    const release = (0,interrupt/* holding */.n)(`the demo's temporary folder ${ws.dir} (delete it, or keep it: it is outside the wiki)`);
    if (settings.serve)
        return serveUntilStopped(ws, wikiRoot, settings, deps, keep, release);
    try {
        const runSettings = {
            ...settings,
            command: 'run',
            root: ws.root,
            configFile: ws.configFile,
            stateDir: ws.stateDir,
            force: true,
            dryRun: false,
            push: true,
            json: false,
            // A demo never alerts the real Discord channel or uses a real token.
            onActions: false,
        };
        delete runSettings.discordWebhook;
        delete runSettings.token;
        const demoDeps = { ...deps, env: {} };
        const first = await execute(runSettings, demoDeps);
        const gn = { ...ws.googleNews.stats };
        const promoted = await tickPromoteOnGoogleNewsEntry(ws, projectRoot);
        const second = await execute(runSettings, demoDeps);
        const log = await git(ws.origin, 'log', '--format=%h %s (%an)', 'main');
        const stat = first.report?.commitSha ? await git(ws.root, 'show', '--stat', '--format=', first.report.commitSha) : '';
        const r2 = second.report;
        const text = [
            '══ wiki-daily demo (offline: fixture feeds on loopback, a temporary copy of the wiki) ══',
            '',
            '── Run 1: what the terminal shows ──',
            first.text,
            '',
            '── Run 1: the GitHub job summary a maintainer reads ──',
            first.summary ?? '',
            '── Google News: opaque AU_yq links resolved by the loopback Google News endpoints ──',
            `${gn.batches} resolved with ${gn.pages + gn.batches} requests (${gn.pages} article pages + ${gn.batches} batchexecute), ${gn.tooMany} answered 429; never written with a Google link`,
            '',
            '── Curation: the maintainer ticks "승격 promote" on that entry in the web editor and commits ──',
            promoted ? `${promoted.id} <${promoted.url}>: run 2 moves it from the queue to its routed page` : '(no Google News entry in the queue to promote)',
            '',
            '── Run 2 (same feeds, served from the HTTP cache / 304; the ticked entry is promoted) ──',
            `${r2.status}: ${r2.itemsAdded} entries added, ${r2.changedFiles.length} files changed, commit: ${r2.commitSha && r2.committed ? r2.commitSha.slice(0, 8) : 'none'}, cache hit rate ${Math.round(r2.cache.hitRate * 100)} %`,
            '',
            '── origin/main after the demo ──',
            log,
            '',
            stat ? `── files in the bot commit ──\n${stat}\n` : '',
            keep
                ? `The demo wiki is kept at ${ws.root} (--keep; delete ${ws.dir} when done).`
                : `The temporary demo wiki was removed (use --keep to look at it afterwards).`,
        ].join('\n');
        return {
            exitCode: first.exitCode,
            json: { workspace: ws.dir, kept: keep, root: ws.root, first: first.report, second: r2, originLog: log.split('\n') },
            text,
            ...(first.summary ? { summary: first.summary } : {}),
            outputs: first.outputs,
            ...(first.report ? { report: first.report } : {}),
        };
    }
    finally {
        await ws.close({ keepFiles: keep });
        release();
        deps.logger.debug(`demo workspace ${external_node_path_default().basename(ws.dir)} ${keep ? 'kept' : 'removed'}`);
    }
}
/**
 * `demo --serve [--out FILE]`: prepare the demo wiki and keep the fixture feeds served until SIGTERM or
 * SIGINT, so CI can run the action itself (`uses: ./`) against them. The wiki is the frozen fixture
 * wiki (fixtures/wiki). FILE gets {root, configFile, stateDir, url, origin, wikiSource} once everything
 * is ready (written last, so its presence means ready).
 */
async function serveUntilStopped(ws, wikiSource, settings, deps, keep, release) {
    const ready = { root: ws.root, configFile: ws.configFile, stateDir: ws.stateDir, url: ws.server.url, origin: ws.origin, wikiSource };
    if (settings.out)
        await (0,fsutil.writeFileAtomic)(settings.out, `${JSON.stringify(ready, null, 2)}\n`);
    deps.logger.info(`demo: serving until stopped (SIGTERM/SIGINT); wiki at ${ws.root}, config ${ws.configFile}`);
    const signal = await new Promise((resolve) => {
        const stop = (sig) => {
            process.off('SIGTERM', onTerm);
            process.off('SIGINT', onInt);
            resolve(sig);
        };
        const onTerm = () => stop('SIGTERM');
        const onInt = () => stop('SIGINT');
        process.on('SIGTERM', onTerm);
        process.on('SIGINT', onInt);
    });
    await ws.close({ keepFiles: keep });
    release();
    return { exitCode: 0, json: { ...ready, stoppedBy: signal, kept: keep }, text: `demo server stopped (${signal})${keep ? `; wiki kept at ${ws.root}` : ''}`, outputs: {} };
}


/***/ }),

/***/ 24297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ BATCHEXECUTE_PATH),
/* harmony export */   bQ: () => (/* binding */ GoogleNewsResolver)
/* harmony export */ });
/* unused harmony exports pageParams, batchRequestBody, parseBatchAnswer */
/* harmony import */ var node_html_parser__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26369);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70370);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24371);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49809);
/**
 * Online resolution of opaque Google News tokens (`CBMi…` carrying `AU_yq…`), the way the public
 * decoders (googlenewsdecoder and its ports) do it, with two requests per token:
 *
 *   1. GET `/articles/<token>` (falling back to `/rss/articles/<token>?hl&gl&ceid`): the element
 *      `c-wiz > div[jscontroller]` carries `data-n-a-sg` (signature) and `data-n-a-ts` (timestamp);
 *   2. POST `/_/DotsSplashUi/data/batchexecute` with `f.req` = a `garturlreq` envelope; the answer is
 *      `)]}'`, a blank line, then JSON whose result row holds `["garturlres","<publisher URL>",1]`.
 *
 * Politeness comes first, because Google answers 429 quickly:
 * - at most `maxInFlight` (≤ 2) requests in flight: p-limit runs that many tokens at once, each doing
 *   its two requests one after the other;
 * - each slot starts a token no sooner than `minIntervalMs` after its previous one;
 * - 429/503 pause every slot for Retry-After (or a full-jitter backoff), up to `retries` times per
 *   request (src/retry.ts); a Retry-After longer than `maxRetryAfterMs` stops resolution for this run;
 * - at most `maxPerRun` tokens per run; the rest wait for the next run;
 * - an interstitial page (no signature) means "not resolvable now": resolution stops for this run
 *   instead of looping on it.
 *
 * Plain undici requests, not the Fetcher: the second request is a POST, neither answer may be cached,
 * and the politeness rules here are per service, not per host.
 */





const BATCHEXECUTE_PATH = '/_/DotsSplashUi/data/batchexecute';
const MAX_ANSWER_BYTES = 2 * 1024 * 1024;
/** A failure that ends resolution for this run (the remaining tokens wait for the next one). */
class StopResolving extends Error {
}
/** Signature and timestamp from the article page; undefined for an interstitial or an unknown page. */
function pageParams(html) {
    const el = (0,node_html_parser__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(html).querySelector('c-wiz > div[jscontroller]');
    let signature = el?.getAttribute('data-n-a-sg');
    let ts = el?.getAttribute('data-n-a-ts');
    // The decoders' fallback when the element moved: the attributes anywhere in the page.
    signature ??= /data-n-a-sg="([^"]+)"/.exec(html)?.[1];
    ts ??= /data-n-a-ts="([^"]+)"/.exec(html)?.[1];
    const timestamp = Number(ts);
    return signature && ts && Number.isFinite(timestamp) ? { signature, timestamp } : undefined;
}
/** The `f.req` form value for one token (see the module comment). */
function batchRequestBody(token, timestamp, signature) {
    const inner = JSON.stringify([
        'garturlreq',
        [['X', 'X', ['X', 'X'], null, null, 1, 1, 'US:en', null, 1, null, null, null, null, null, 0, 1], 'X', 'X', 1, [1, 1, 1], 1, 1, null, 0, 0, null, 0],
        token,
        timestamp,
        signature,
    ]);
    return `f.req=${encodeURIComponent(JSON.stringify([[['Fbv4je', inner, null, 'generic']]]))}`;
}
/** The publisher URL in a batchexecute answer; throws naming what was wrong. */
function parseBatchAnswer(text) {
    if (!text.startsWith(")]}'"))
        throw new Error('batchexecute answer does not start with )]}\'');
    // `)]}'`, a blank line, the JSON rows; anything after a further blank line is not ours.
    const json = text.slice(4).trimStart().split('\n\n')[0];
    let rows;
    try {
        rows = JSON.parse(json);
    }
    catch {
        throw new Error(`batchexecute answer is not JSON after )]}': ${JSON.stringify(json.slice(0, 60))}`);
    }
    if (!Array.isArray(rows))
        throw new Error('batchexecute answer is not a JSON array');
    for (const row of rows) {
        if (!Array.isArray(row) || row[0] !== 'wrb.fr' || typeof row[2] !== 'string')
            continue;
        const inner = JSON.parse(row[2]);
        if (Array.isArray(inner) && inner[0] === 'garturlres' && typeof inner[1] === 'string') {
            const url = new URL(inner[1]);
            if (url.protocol !== 'http:' && url.protocol !== 'https:')
                throw new Error(`not an http(s) URL: ${inner[1].slice(0, 100)}`);
            return url.href;
        }
    }
    throw new Error('batchexecute answer holds no garturlres row');
}
class GoogleNewsResolver {
    opts;
    stats = { requests: 0, resolved: 0, failed: 0, deferred: 0 };
    base;
    /** Every slot waits until then (a 429/503 pauses the service, not one request). */
    pausedUntil = 0;
    /** The article path that answered last time: once `/articles/` has redirected, go straight to the RSS form. */
    articlePathFirst = 'articles';
    stopReason;
    constructor(opts) {
        this.opts = opts;
        this.base = opts.baseUrl.replace(/\/+$/, '');
    }
    /** Resolve up to `maxPerRun` tokens; the outcome list has one entry per token tried, in request order. */
    async resolveAll(requests) {
        const { settings } = this.opts;
        const todo = requests.slice(0, settings.maxPerRun);
        this.stats.deferred += requests.length - todo.length;
        // p-limit keeps at most maxInFlight tokens going (each does its two requests one after the other).
        // `slotFree` holds maxInFlight start times: a token takes the earliest, waits for it and leaves
        // its own start + minIntervalMs, so no window of minIntervalMs sees more than maxInFlight starts.
        const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_4__/* ["default"] */ .A)(Math.max(1, settings.maxInFlight));
        const slotFree = Array.from({ length: Math.max(1, settings.maxInFlight) }, () => -Infinity);
        const takeSlot = () => {
            let i = 0;
            for (let j = 1; j < slotFree.length; j++)
                if (slotFree[j] < slotFree[i])
                    i = j;
            return i;
        };
        const one = async (req) => {
            if (this.stopReason !== undefined) {
                this.stats.deferred++;
                return undefined;
            }
            const slot = takeSlot();
            const notBefore = slotFree[slot];
            // Claimed before the wait, so a token starting meanwhile takes another slot.
            slotFree[slot] = Infinity;
            if (notBefore > -Infinity)
                await this.sleepUntil(notBefore);
            slotFree[slot] = this.opts.clock.now() + settings.minIntervalMs;
            if (this.stopReason !== undefined) {
                this.stats.deferred++;
                return undefined;
            }
            try {
                const url = await this.resolveOne(req);
                this.stats.resolved++;
                return { token: req.token, url };
            }
            catch (err) {
                if (err instanceof StopResolving) {
                    this.stopReason ??= err.message;
                    this.stats.deferred++;
                    return undefined;
                }
                this.stats.failed++;
                return { token: req.token, error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err) };
            }
        };
        const outcomes = await Promise.all(todo.map((req) => limit(() => one(req))));
        if (this.stopReason !== undefined)
            this.stats.stopped = this.stopReason;
        return outcomes.filter((o) => o !== undefined);
    }
    async sleepUntil(at) {
        const wait = at - this.opts.clock.now();
        if (wait > 0)
            await this.opts.clock.sleep(wait);
    }
    async resolveOne(req) {
        const params = await this.articleParams(req);
        const answer = await this.send('POST', `${this.base}${BATCHEXECUTE_PATH}`, batchRequestBody(req.token, params.timestamp, params.signature));
        if (answer.status !== 200)
            throw new Error(`batchexecute answered HTTP ${answer.status}`);
        return parseBatchAnswer(answer.text);
    }
    async articleParams(req) {
        const locale = req.locale ? `?${req.locale}` : '';
        const paths = this.articlePathFirst === 'articles' ? ['articles', 'rss/articles'] : ['rss/articles'];
        let last = '';
        for (const p of paths) {
            const answer = await this.send('GET', `${this.base}/${p}/${req.token}${p === 'rss/articles' ? locale : ''}`);
            if (answer.status === 200) {
                const params = pageParams(answer.text);
                if (params) {
                    this.articlePathFirst = p;
                    return params;
                }
                last = `/${p}/ answered a page without the signature (an interstitial?)`;
            }
            else if (answer.status === 404) {
                throw new Error(`/${p}/ answered HTTP 404 (unknown token)`);
            }
            else {
                last = `/${p}/ answered HTTP ${answer.status}`;
            }
        }
        // Neither form gave the signature: Google serves us something else now. Never loop on it.
        throw new StopResolving(`Google News is not resolvable now: ${last}`);
    }
    /**
     * One request through the one retry helper: 429/503 are retried up to `retries` times, waiting for
     * Retry-After (or a full-jitter backoff); the wait pauses every slot (`pausedUntil`), since Google
     * limits the service, not one request. Too many in a row, or a Retry-After above maxRetryAfterMs,
     * stops resolution for this run.
     */
    async send(method, url, body) {
        const { settings, clock } = this.opts;
        const outcome = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L5)(async () => {
            await this.sleepUntil(this.pausedUntil);
            if (this.stopReason !== undefined)
                throw new StopResolving(this.stopReason);
            const answer = await this.once(method, url, body);
            if (answer.status !== 429 && answer.status !== 503)
                return { ok: true, value: answer };
            return { ok: false, failure: answer, retryable: true, ...(answer.retryAfterMs !== undefined ? { retryAfterMs: answer.retryAfterMs } : {}) };
        }, {
            attempts: settings.retries + 1,
            baseDelayMs: this.opts.backoffBaseMs,
            maxDelayMs: this.opts.backoffMaxMs,
            maxRetryAfterMs: this.opts.maxRetryAfterMs,
            clock,
            onRetry: ({ delayMs }) => {
                this.pausedUntil = Math.max(this.pausedUntil, clock.now() + delayMs);
            },
        });
        if (outcome.ok)
            return outcome.value;
        if (outcome.gaveUp === 'retry-after-too-long')
            throw new StopResolving(`Google News asked to wait ${Math.round((outcome.retryAfterMs ?? 0) / 1000)} s (Retry-After)`);
        throw new StopResolving(`Google News answered HTTP ${outcome.failure.status} ${outcome.attempts} times in a row`);
    }
    async once(method, url, body) {
        this.stats.requests++;
        const headers = { 'user-agent': this.opts.userAgent, accept: '*/*' };
        if (body !== undefined)
            headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
        try {
            const res = await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(url, { method, headers, ...(body !== undefined ? { body } : {}), signal: AbortSignal.timeout(this.opts.timeoutMs) });
            const chunks = [];
            let size = 0;
            for await (const chunk of res.body) {
                size += chunk.byteLength;
                if (size > MAX_ANSWER_BYTES) {
                    res.body.destroy();
                    throw new Error(`answer larger than ${MAX_ANSWER_BYTES} bytes`);
                }
                chunks.push(chunk);
            }
            const retryAfter = res.headers['retry-after'];
            const retryAfterMs = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .mu)(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, this.opts.clock.now());
            return { status: res.statusCode, text: Buffer.concat(chunks).toString('utf8'), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
        }
        catch (err) {
            // Unreachable or hanging: every other token would fail the same way, so stop for this run.
            throw new StopResolving(`Google News unreachable: ${method} ${new URL(url).pathname.slice(0, 60)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
        }
    }
}


/***/ }),

/***/ 48476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ heldNow),
/* harmony export */   n: () => (/* binding */ holding)
/* harmony export */ });
/**
 * What a command is holding right now (a temporary folder, a lock, a half-written file), so an
 * interrupted CLI (Ctrl-C) can say what it left behind instead of dying silently.
 */
const held = new Map();
let next = 0;
/** Record something left behind if the process stops now; call the returned function once it is gone. */
function holding(description) {
    const id = next++;
    held.set(id, description);
    return () => {
        held.delete(id);
    };
}
function heldNow() {
    return [...held.values()];
}


/***/ }),

/***/ 49809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29834);
/**
 * The one retry loop: a fixed number of attempts, exponential backoff with full jitter, Retry-After
 * obeyed up to a limit, and every wait taken on an injectable clock (tests never sleep) that an
 * AbortSignal can cut short. Used by the HTTP fetcher, the Discord sender and the git push.
 *
 * The caller's attempt function never throws for an expected failure: it reports what happened and
 * whether another attempt could help, so each caller keeps its own wording for the final error.
 */

/** Full-jitter backoff (AWS architecture blog): a uniform wait in [0, ceiling) before retry number `retry` (1-based). */
function backoffDelay(retry, opts) {
    const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.floor((opts.random ?? Math.random)() * ceiling);
}
/**
 * Retry-After as milliseconds from `nowMs`: delta-seconds (fractions allowed, as Discord sends them)
 * or an HTTP date (a past date is 0). Undefined when absent or unreadable.
 */
function parseRetryAfter(value, nowMs) {
    if (value === undefined || value === null)
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.ceil(Number(v) * 1000);
    // An HTTP date names its month; without this, Date.parse reads "-3" as the year -3.
    const date = /[a-z]/i.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
function abortableSleep(clock, ms, signal) {
    if (!signal)
        return clock.sleep(ms);
    signal.throwIfAborted();
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        clock.sleep(ms).then(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, (err) => {
            signal.removeEventListener('abort', onAbort);
            reject(err);
        });
    });
}
async function retry(attempt, opts) {
    const attempts = Math.max(1, Math.floor(opts.attempts));
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml;
    for (let n = 1;; n++) {
        opts.signal?.throwIfAborted();
        const result = await attempt(n);
        if (result.ok)
            return { ok: true, value: result.value, attempts: n };
        const { failure, retryAfterMs } = result;
        const ra = retryAfterMs !== undefined ? { retryAfterMs } : {};
        if (!result.retryable)
            return { ok: false, failure, attempts: n, gaveUp: 'permanent', ...ra };
        if (n >= attempts)
            return { ok: false, failure, attempts: n, gaveUp: 'exhausted', ...ra };
        if (retryAfterMs !== undefined && retryAfterMs > (opts.maxRetryAfterMs ?? Infinity)) {
            return { ok: false, failure, attempts: n, gaveUp: 'retry-after-too-long', retryAfterMs };
        }
        const delayMs = retryAfterMs ?? backoffDelay(n, opts);
        opts.onRetry?.({ attempt: n, delayMs, failure, fromRetryAfter: retryAfterMs !== undefined });
        await abortableSleep(clock, delayMs, opts.signal);
    }
}


/***/ })

};
