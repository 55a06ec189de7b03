export const id = 940;
export const ids = [940];
export const modules = {

/***/ 91940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/app.ts
var app = __webpack_require__(168);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(19827);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
        const key = routes.has(target.full) ? target.full : routes.has(target.path) ? target.path : undefined;
        const route = key !== undefined ? routes.get(key) : undefined;
        await wait(route?.latencyMs ?? opts.latencyMs ?? 0);
        if (closing || res.destroyed)
            return;
        if (!route || key === undefined) {
            res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no fixture route for ${req.url ?? ''}`);
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
    const server = await startFixtureServer({ host: '127.0.0.1', ...(opts.latencyMs ? { latencyMs: opts.latencyMs } : {}) });
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
        for (const sub of ['pages', 'news', 'data']) {
            const from = external_node_path_default().join(opts.projectRoot, sub);
            if (await exists(from))
                await (0,promises_.cp)(from, external_node_path_default().join(root, sub), { recursive: true });
        }
        const base = await (0,promises_.readFile)(external_node_path_default().join(opts.projectRoot, load/* DEFAULT_CONFIG_FILE */.Cu), 'utf8')
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

;// CONCATENATED MODULE: ./src/demo/demo.ts
/**
 * `wiki-daily demo`: the whole daily update with no internet. Bundled fixture feeds (every kind the
 * product reads, plus one broken feed) are served on 127.0.0.1; the wiki is copied into a temporary
 * git clone with a bare `origin`; then `run` happens twice — the second time to show that an unchanged
 * world changes nothing. Prints what a maintainer would read.
 */



async function runDemo(settings, deps) {
    const projectRoot = await findProjectRoot(settings.root);
    const ws = await prepareDemoWorkspace({ projectRoot });
    deps.logger.info(`demo: fixture feeds on ${ws.server.url}, wiki copied to ${ws.root}, origin ${ws.origin}`);
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
        const first = await (0,app/* execute */.g7)(runSettings, demoDeps);
        const second = await (0,app/* execute */.g7)(runSettings, demoDeps);
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
            '── Run 2 (same feeds, served from the HTTP cache / 304) ──',
            `${r2.status}: ${r2.itemsAdded} entries added, ${r2.changedFiles.length} files changed, commit: ${r2.commitSha && r2.committed ? r2.commitSha.slice(0, 8) : 'none'}, cache hit rate ${Math.round(r2.cache.hitRate * 100)} %`,
            '',
            '── origin/main after the demo ──',
            log,
            '',
            stat ? `── files in the bot commit ──\n${stat}\n` : '',
            `The demo wiki is left at ${ws.root} (git-ignored temp folder; delete it when done).`,
        ].join('\n');
        return {
            exitCode: first.exitCode,
            json: { workspace: ws.dir, root: ws.root, first: first.report, second: r2, originLog: log.split('\n') },
            text,
            ...(first.summary ? { summary: first.summary } : {}),
            outputs: first.outputs,
            ...(first.report ? { report: first.report } : {}),
        };
    }
    finally {
        await ws.close({ keepFiles: true });
        deps.logger.debug(`demo workspace ${external_node_path_default().basename(ws.dir)} kept`);
    }
}


/***/ })

};
