export const id = 992;
export const ids = [992,544];
export const modules = {

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

/***/ 94990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ normalizedItemSchema),
/* harmony export */   x: () => (/* binding */ sourceKindSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12311);
/**
 * The one zod schema of a NormalizedItem (src/model.ts) as it is persisted: in shard outputs
 * (src/shard/output.ts) and in the Google News waiting list (src/collect/googlenews.ts). Strict, so a
 * file written by a different version is named as such instead of being half-read.
 */

const sourceKindSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['feed', 'google-news', 'youtube', 'html']);
const normalizedItemSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    sourceId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    sourceKind: sourceKindSchema,
    title: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    link: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    published: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    guid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    outlet: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    undecoded: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    googleNewsToken: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    kindHint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const _sameShape = [true, true];
void _sameShape;


/***/ }),

/***/ 76544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ afterRunForMaintainer),
/* harmony export */   afterHealthForMaintainer: () => (/* binding */ afterHealthForMaintainer)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _github_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54626);


/**
 * After `run`. `history` is the run history WITH this run appended (the streak of failures counts it);
 * a dry run writes its metrics (flagged dry) but opens no issue and posts nothing.
 */
async function afterRunForMaintainer(args) {
    const { report, config, settings, deps } = args;
    const warn = (w) => {
        report.warnings.push(w);
        deps.logger.warn(w);
    };
    if (!report.dryRun && report.status !== 'skipped') {
        const { subjectFromRun, syncFailureIssueFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(79)]).then(__webpack_require__.bind(__webpack_require__, 26079));
        const subject = subjectFromRun(report, args.history, config.monitoring.failureIssue.afterFailures);
        const res = await syncFailureIssueFromEnv(subject, {
            settings: config.monitoring.failureIssue,
            env: deps.env,
            ...(settings.token ? { token: settings.token } : {}),
            timezone: config.timezone,
            now: deps.clock.now(),
            logger: deps.logger,
            ...(deps.fetchImpl ? { fetch: deps.fetchImpl } : {}),
        });
        if (res.warning)
            warn(res.warning);
        if (settings.webhookUrl) {
            const { postRunSummary } = await __webpack_require__.e(/* import() */ 137).then(__webpack_require__.bind(__webpack_require__, 69137));
            const w = await postRunSummary(settings.webhookUrl, report, { clock: deps.clock, ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}) });
            if (w)
                warn(w);
        }
    }
    if (settings.metricsFile || config.monitoring.pushgatewayUrl) {
        try {
            const [{ renderMetrics, writeMetricsFile, pushMetrics, lastSuccessAt }, { storeSize }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(222), __webpack_require__.e(969)]).then(__webpack_require__.bind(__webpack_require__, 92969)),
                Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 40334)),
            ]);
            const lastSuccess = lastSuccessAt(report, args.history);
            const text = await renderMetrics({
                report,
                ...(lastSuccess ? { lastSuccessAt: lastSuccess } : {}),
                backupStoreBytes: await storeSize(args.state.backups),
            });
            if (settings.metricsFile)
                await writeMetricsFile(settings.metricsFile, text);
            if (config.monitoring.pushgatewayUrl)
                await pushMetrics(config.monitoring.pushgatewayUrl, config.monitoring.pushgatewayJob, text, deps.fetchImpl).catch((err) => warn(`metrics not pushed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`));
        }
        catch (err) {
            warn(`metrics not written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        }
    }
}
/** After `health` (the watchdog): a critical result opens the failure issue (or adds today's comment). */
async function afterHealthForMaintainer(args) {
    const { subjectFromHealth, syncFailureIssueFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(79)]).then(__webpack_require__.bind(__webpack_require__, 26079));
    const env = args.deps.env;
    const runUrl = (0,_github_env_js__WEBPACK_IMPORTED_MODULE_1__/* .runUrlFrom */ .R)(env);
    const res = await syncFailureIssueFromEnv(subjectFromHealth(args.health, args.history, runUrl), {
        settings: args.config.monitoring.failureIssue,
        env,
        ...(args.settings.token ? { token: args.settings.token } : {}),
        timezone: args.config.timezone,
        now: args.deps.clock.now(),
        logger: args.deps.logger,
        ...(args.deps.fetchImpl ? { fetch: args.deps.fetchImpl } : {}),
    });
    if (res.warning)
        args.deps.logger.warn(res.warning);
    return res.warning;
}


/***/ }),

/***/ 13992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDaily: () => (/* binding */ runDaily)
});

// UNUSED EXPORTS: backupIncludes, existingEntryIds, readWiki

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/item-schema.ts
var item_schema = __webpack_require__(94990);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/feeds/resolve.ts
var resolve = __webpack_require__(24297);
// EXTERNAL MODULE: ./src/fsutil.ts
var fsutil = __webpack_require__(62072);
// EXTERNAL MODULE: ./src/order.ts
var order = __webpack_require__(5395);
;// CONCATENATED MODULE: ./src/collect/googlenews.ts
/**
 * The Google News step between collect and gate: every item whose link is an opaque Google News token
 * gets its publisher URL, from the resolution memory or online (src/feeds/resolve.ts).
 *
 * Exactly-once rules:
 * - a resolution never changes, so it is remembered for good (token → URL, in the state folder) and no
 *   token is resolved twice;
 * - an item that cannot be resolved now (cap reached, Google refusing) stays `undecoded` — the gate
 *   never writes it — and is remembered as pending, so it is tried again next run even when the feed
 *   no longer lists it (until `pendingMaxAgeDays`);
 * - items already written carry the publisher URL in the pages and the seen file, so losing this file
 *   costs requests, never a duplicate.
 */







const pendingItem = schemas/* object */.Ikc({
    since: schemas/* string */.YjP().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 instant'),
    item: item_schema/* normalizedItemSchema */.o.extend({ googleNewsToken: schemas/* string */.YjP() }),
});
const memorySchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1),
    /** token → publisher URL. */
    resolved: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
    pending: schemas/* array */.YOg(pendingItem),
});
function emptyMemory() {
    return { version: 1, resolved: {}, pending: [] };
}
/** The memory file, validated; a missing file is empty, a damaged one too (with a warning: it is only a cache). */
async function readMemory(file, warnings) {
    const text = await (0,fsutil/* readIfExists */.OR)(file);
    if (text === undefined)
        return emptyMemory();
    try {
        return memorySchema.parse(JSON.parse(text));
    }
    catch (err) {
        warnings.push(`${external_node_path_default().basename(file)} unreadable, starting with an empty Google News memory: ${(0,errors/* errorMessage */.gJ)(err).slice(0, 200)}`);
        return emptyMemory();
    }
}
async function writeMemory(file, memory) {
    await (0,fsutil.writeFileAtomic)(file, JSON.stringify(memory) + '\n');
}
/** `hl=…&gl=…&ceid=…` of the feed an item came from, for the `/rss/articles/` page. */
function localeOf(source) {
    if (!source)
        return undefined;
    if (source.kind === 'google-news')
        return `hl=${encodeURIComponent(source.hl)}&gl=${encodeURIComponent(source.gl)}&ceid=${source.ceid}`;
    if (source.kind !== 'feed')
        return undefined;
    const q = new URL(source.url).searchParams;
    const parts = ['hl', 'gl', 'ceid'].flatMap((k) => (q.get(k) ? [`${k}=${k === 'ceid' ? q.get(k) : encodeURIComponent(q.get(k))}`] : []));
    return parts.length ? parts.join('&') : undefined;
}
function withLink(item, url) {
    const { undecoded: _u, googleNewsToken: _t, ...rest } = item;
    return { ...rest, link: url };
}
/**
 * Resolve the opaque Google News links among `items` (plus the items still pending from earlier runs)
 * and persist what was learnt. Never throws for network trouble: unresolved items simply wait.
 */
async function resolveGoogleNewsItems(items, opts) {
    const { config, clock, logger } = opts;
    const warnings = [];
    const memory = await readMemory(opts.memoryFile, warnings);
    const resolved = new Map(Object.entries(memory.resolved));
    const sinceByToken = new Map(memory.pending.map((p) => [p.item.googleNewsToken, p.since]));
    // This run's items first, then the pending ones the feeds no longer list.
    const all = [...items];
    const present = new Set(items.flatMap((i) => (i.googleNewsToken ? [i.googleNewsToken] : [])));
    const maxAgeMs = config.googleNews.pendingMaxAgeDays * 86_400_000;
    for (const p of memory.pending) {
        if (present.has(p.item.googleNewsToken))
            continue;
        if (clock.now() - Date.parse(p.since) > maxAgeMs) {
            warnings.push(`Google News item dropped after ${config.googleNews.pendingMaxAgeDays} days unresolved: ${p.item.title.slice(0, 80)}`);
            continue;
        }
        present.add(p.item.googleNewsToken);
        all.push({ ...p.item, undecoded: true });
    }
    const sources = new Map(config.sources.map((s) => [s.id, s]));
    const queue = new Map();
    let fromMemory = 0;
    for (const item of all) {
        const token = item.googleNewsToken;
        if (!token)
            continue;
        if (resolved.has(token))
            fromMemory++;
        else if (!queue.has(token)) {
            const locale = localeOf(sources.get(item.sourceId));
            queue.set(token, { token, ...(locale ? { locale } : {}) });
        }
    }
    const resolver = new resolve/* GoogleNewsResolver */.bQ({
        baseUrl: config.http.googleNewsBaseUrl,
        userAgent: config.googleNews.userAgent ?? config.http.userAgent,
        timeoutMs: config.http.timeoutMs,
        settings: config.googleNews,
        clock,
        backoffBaseMs: config.http.backoffBaseMs,
        backoffMaxMs: config.http.backoffMaxMs,
        maxRetryAfterMs: config.http.maxRetryAfterMs,
    });
    let resolvedNow = 0;
    if (queue.size && config.googleNews.resolve) {
        const outcomes = await resolver.resolveAll([...queue.values()]);
        const failures = [];
        for (const o of outcomes) {
            if ('url' in o) {
                resolved.set(o.token, o.url);
                resolvedNow++;
            }
            else
                failures.push(o.error);
        }
        if (failures.length)
            warnings.push(`${failures.length} Google News links not resolved (first: ${failures[0]})`);
        if (resolver.stats.stopped)
            warnings.push(`Google News resolution stopped for this run: ${resolver.stats.stopped}`);
        if (resolver.stats.deferred)
            warnings.push(`${resolver.stats.deferred} Google News links wait for the next run (per-run cap ${config.googleNews.maxPerRun} or stopped)`);
    }
    else if (queue.size) {
        warnings.push(`${queue.size} Google News links wait: googleNews.resolve is off`);
    }
    const out = [];
    const pending = [];
    const nowIso = new Date(clock.now()).toISOString();
    for (const item of all) {
        const token = item.googleNewsToken;
        const url = token ? resolved.get(token) : undefined;
        if (token && url)
            out.push(withLink(item, url));
        else {
            out.push(item);
            if (token && !pending.some((p) => p.item.googleNewsToken === token)) {
                const { undecoded: _u, ...stored } = item;
                pending.push({ since: sinceByToken.get(token) ?? nowIso, item: { ...stored, googleNewsToken: token } });
            }
        }
    }
    const waiting = pending.length;
    try {
        await writeMemory(opts.memoryFile, { version: 1, resolved: Object.fromEntries([...resolved].sort(([a], [b]) => (0,order/* compareStrings */.K)(a, b))), pending });
    }
    catch (err) {
        warnings.push(`Google News memory not saved (the same tokens will be resolved again): ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    if (resolvedNow || waiting)
        logger.info(`google news: ${resolvedNow} resolved, ${fromMemory} from memory, ${waiting} waiting (${resolver.stats.requests} requests)`);
    return { items: out, fromMemory, resolvedNow, waiting, stats: resolver.stats, warnings };
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/faults.ts
var faults = __webpack_require__(37230);
;// CONCATENATED MODULE: ./src/ops/backlog.ts
/**
 * The backlog: collected items a run did not write because of the limits (pages/caps.ts). The next
 * run adds them to what it collects, so they land even when the feed has moved on; the gate drops any
 * that meanwhile landed (they are in the seen file). Lives in the state folder: losing it only means
 * the excess is found again in the feeds, as long as they still carry it.
 */




/** The backlog file is data we wrote, but may be damaged or from another version: read it through this. */
const backlogFile = schemas/* object */.Ikc({ version: schemas/* literal */.euz(1), items: schemas/* array */.YOg(item_schema/* normalizedItemSchema */.o) });
/** Items waiting from earlier runs; a damaged file gives none and a warning naming it. */
async function readBacklog(file) {
    const text = await (0,fsutil/* readIfExists */.OR)(file);
    if (text === undefined)
        return { items: [] };
    try {
        const parsed = backlogFile.parse(JSON.parse(text));
        return { items: parsed.items };
    }
    catch (err) {
        return { items: [], warning: `backlog ${file} unreadable, ignored (its items come back from the feeds): ${(0,errors/* errorMessage */.gJ)(err).slice(0, 300)}` };
    }
}
/** Replace the backlog with what this run deferred (an empty list empties it). */
async function writeBacklog(file, items) {
    const keep = (i) => {
        const { sourceId, sourceKind, title, link, published, summary, guid, outlet, undecoded, kindHint } = i;
        return Object.fromEntries(Object.entries({ sourceId, sourceKind, title, link, published, summary, guid, outlet, undecoded, kindHint }).filter(([, v]) => v !== undefined));
    };
    await (0,fsutil.writeFileAtomic)(file, `${JSON.stringify({ version: 1, items: items.map(keep) })}\n`);
}

// EXTERNAL MODULE: ./src/ops/lock.ts
var ops_lock = __webpack_require__(11233);
// EXTERNAL MODULE: ./src/pages/plan.ts + 1 modules
var pages_plan = __webpack_require__(69672);
;// CONCATENATED MODULE: ./src/pages/caps.ts


const LANE_ORDER = { land: 0, queue: 1, pool: 2 };
function priority(a, b) {
    return ((LANE_ORDER[a.lane] ?? 9) - (LANE_ORDER[b.lane] ?? 9) ||
        (b.published ?? '').localeCompare(a.published ?? '') ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function capNewEntries(items, config, limits) {
    const written = items.filter((i) => (0,pages_plan/* targetOf */.$r)(i, config) !== undefined).sort(priority);
    const others = items.filter((i) => (0,pages_plan/* targetOf */.$r)(i, config) === undefined);
    const perPage = new Map();
    const keptWritten = [];
    const deferred = [];
    const deferredByPage = {};
    for (const item of written) {
        const page = (0,pages_plan/* targetOf */.$r)(item, config).page;
        const onPage = perPage.get(page) ?? 0;
        if (onPage >= limits.maxNewPerPage || keptWritten.length >= limits.maxNewPerRun) {
            deferred.push(item);
            deferredByPage[page] = (deferredByPage[page] ?? 0) + 1;
            continue;
        }
        perPage.set(page, onPage + 1);
        keptWritten.push(item);
    }
    // Keep the caller's order for what is written (the planner sorts entries itself).
    const keptSet = new Set([...keptWritten, ...others]);
    const kept = items.filter((i) => keptSet.has(i));
    const result = { kept, deferred, deferredByPage };
    if (deferred.length) {
        const pages = Object.entries(deferredByPage)
            .sort(([a], [b]) => (0,order/* compareStrings */.K)(a, b))
            .map(([p, n]) => `${p} ${n}`)
            .join(', ');
        result.warning = `${deferred.length} new entr${deferred.length === 1 ? 'y waits' : 'ies wait'} for the next run (limits.maxNewPerPage ${limits.maxNewPerPage}, limits.maxNewPerRun ${limits.maxNewPerRun}): ${pages}`;
    }
    return result;
}

// EXTERNAL MODULE: ./src/pages/apply.ts
var apply = __webpack_require__(12028);
// EXTERNAL MODULE: ./src/pages/diff.ts
var diff = __webpack_require__(89073);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/state.ts
var src_state = __webpack_require__(2462);
;// CONCATENATED MODULE: ./src/run/budget.ts
/**
 * Time budgets: the whole run (default 2 h) and each stage. Past a budget the stage is abandoned,
 * recorded as failed in the report, and the run stops cleanly with status failed.
 *
 * The stage function receives the budget's AbortSignal: it hands it to the fetcher and to git, so a
 * stage past its budget stops where it is instead of running on behind the run's back.
 */


class Budget {
    clock;
    stageMs;
    report;
    logger;
    deadline;
    /**
     * Set once a stage was stopped by the run budget. Timers may fire a millisecond before the clock
     * reaches the deadline, so "time left" alone would hand the next stage a 1 ms budget that a fast
     * stage beats; once the run budget has fired, it has fired for every later stage.
     */
    runBudgetSpent = false;
    constructor(clock, totalMs, stageMs, report, 
    /** Each stage becomes one log group (a `::group::` on Actions) when given. */
    logger) {
        this.clock = clock;
        this.stageMs = stageMs;
        this.report = report;
        this.logger = logger;
        this.deadline = clock.now() + totalMs;
    }
    remainingMs() {
        return this.runBudgetSpent ? 0 : Math.max(0, this.deadline - this.clock.now());
    }
    /** Run one stage under min(stage budget, what is left of the run budget); time it into the report. */
    stage(name, fn) {
        return this.logger ? (0,log/* logStage */.jl)(this.logger, name, () => this.timed(name, fn)) : this.timed(name, fn);
    }
    async timed(name, fn) {
        const started = this.clock.now();
        const stageBudget = this.stageMs[name];
        const remaining = this.remainingMs();
        const limit = Math.min(stageBudget ?? Infinity, remaining);
        if (remaining <= 0) {
            this.runBudgetSpent = true;
            const err = new errors/* BudgetError */.Wp(`${name} (run budget)`, 0);
            this.report.stages.push({ stage: name, durationMs: 0, ok: false, error: err.message });
            throw err;
        }
        const byStageBudget = stageBudget !== undefined && stageBudget <= remaining;
        const controller = new AbortController();
        let timer;
        const overrun = new Promise((_, reject) => {
            if (!Number.isFinite(limit))
                return;
            timer = setTimeout(() => {
                if (!byStageBudget)
                    this.runBudgetSpent = true;
                const err = new errors/* BudgetError */.Wp(byStageBudget ? name : `${name} (run budget)`, limit);
                controller.abort(err);
                reject(err);
            }, limit);
            timer.unref?.();
        });
        try {
            const value = await Promise.race([fn(controller.signal), overrun]);
            this.report.stages.push({ stage: name, durationMs: this.clock.now() - started, ok: true });
            return value;
        }
        catch (err) {
            this.report.stages.push({ stage: name, durationMs: this.clock.now() - started, ok: false, error: (0,errors/* errorMessage */.gJ)(err) });
            throw err;
        }
        finally {
            if (timer)
                clearTimeout(timer);
        }
    }
}
function minutes(n) {
    return Math.round(n * 60_000);
}

// EXTERNAL MODULE: ./src/run/journal.ts
var run_journal = __webpack_require__(63066);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/pages/wikiindex.ts
var wikiindex = __webpack_require__(47180);
// EXTERNAL MODULE: ./src/gate/seen.ts
var seen = __webpack_require__(85908);
;// CONCATENATED MODULE: ./src/run/stages/apply.ts
/**
 * Apply: journal first (file, hash before, hash planned, and the text before), then the page writes,
 * the seen file last. A failure rolls back every file this run wrote; the journal lets the next run
 * do the same if this process dies half-way.
 */








/** Edits the journal looks at at once. */
const JOURNAL_CONCURRENCY = 16;
/**
 * Record what the run is about to write (file, hash before with the old text kept, hash planned)
 * before the first write; returns the journal as written.
 */
async function journalWrites(ctx, journal, base, edits) {
    return journalEdits(ctx.settings.root, journal, base, edits);
}
/** journalWrites for the wiki under `root` (the bench times it as the run does it). */
async function journalEdits(root, journal, base, edits) {
    // A few at a time, in the edits' order: each is two or three file-system calls (a stat, the blob's
    // stat in the backup store), and one after another they were most of the stage for a few hundred pages.
    const found = await (0,p_limit/* default */.A)(JOURNAL_CONCURRENCY).map(edits, async (e) => {
        const file = external_node_path_default().join(root, e.path);
        // The text the plan read, when the file's stat says it has not changed since (src/fsutil.ts): at
        // 100,000 pages the wiki index and the listings are tens of MB each, read once is enough.
        const current = e.before !== undefined && (await (0,fsutil/* unchangedSinceRead */.G_)(file, e.before)) ? e.before : await (0,fsutil/* readIfExists */.OR)(file);
        if (current === e.after)
            return undefined;
        return { path: e.path, before: current === undefined ? null : await journal.saveBlob(current), planned: (0,fsutil/* sha256Hex */.fg)(e.after) };
    });
    const entries = found.filter((x) => x !== undefined);
    const data = { ...base, phase: 'writing', entries };
    await journal.write(data);
    (0,faults/* crashPoint */.u)('after-journal');
    return data;
}
/**
 * The page writes, then the seen files (the base before the recent file: a compaction killed in between
 * leaves entries in both, never in neither), the wiki index last (its base before its overlay: a
 * compaction killed in between leaves an overlay that names the old base, which is then not used, and
 * the new base alone is the index the run meant); returns the root-relative paths that changed, sorted.
 */
async function applyRun(ctx, edits) {
    return (0,apply/* applyEdits */.ct)(ctx.settings.root, edits, { verifyBefore: true, last: [...(0,seen/* seenFiles */.pK)(ctx.config.pages.seenFile), ...(0,wikiindex/* wikiIndexFiles */.WV)()], io: ctx.io });
}
/**
 * Put back every journaled file that still holds what the run planned to write. Files already back
 * to their old text are fine; anything else is someone's edit and stays as it is.
 */
async function undoWrites(root, journal, data, io) {
    const out = { restored: [], leftAlone: [], problems: [] };
    for (const e of [...data.entries].reverse()) {
        const file = external_node_path_default().join(root, e.path);
        try {
            const current = await (0,fsutil/* readIfExists */.OR)(file);
            const hash = current === undefined ? null : (0,fsutil/* sha256Hex */.fg)(current);
            if (hash === e.before)
                continue;
            if (hash !== e.planned) {
                out.leftAlone.push(e.path);
                continue;
            }
            if (e.before === null)
                await io.remove(file);
            else
                await io.write(file, await journal.readBlob(e.before));
            out.restored.push(e.path);
        }
        catch (err) {
            out.problems.push(`${e.path}: ${(0,apply/* describeIoError */.QY)(err) || (0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/ops/backup/actions.ts
var actions = __webpack_require__(46356);
// EXTERNAL MODULE: ./src/ops/backup/delta.ts + 1 modules
var delta = __webpack_require__(89183);
// EXTERNAL MODULE: ./src/ops/backup/includes.ts
var includes = __webpack_require__(91510);
// EXTERNAL MODULE: ./src/ops/backup/store.ts
var store = __webpack_require__(40334);
// EXTERNAL MODULE: ./src/ops/health.ts
var health = __webpack_require__(32584);
;// CONCATENATED MODULE: ./src/run/stages/backup.ts






/** The snapshot of everything a run may write (the bench times it as the run does it). */
async function snapshotBeforeRun(root, config, storeDir, date, clock) {
    // A delta on the last snapshot that reads only what git says changed since it; a full snapshot
    // where git cannot say (outside git: the folders walked and every file read).
    return (0,delta/* snapshotWithGit */.ny)(root, (0,includes/* backupIncludes */.q)(config), storeDir, { label: `before run ${date}`, ...(clock ? { clock } : {}) });
}
async function backupRun(ctx, date) {
    const { settings, config, state, clock } = ctx;
    const warnings = [];
    // Unreadable free space is no reason to fail the run: it only means no pruning.
    const free = await (0,health/* diskFreePct */.Vs)(settings.root).catch(() => undefined);
    if (free !== undefined && free < config.backup.pruneWhenDiskFreeBelowPct) {
        const pruned = await (0,store.pruneSnapshots)(state.backups, { keep: Math.min(5, config.backup.keep), maxSizeMb: config.backup.maxSizeMb / 4 });
        warnings.push(`recovered: disk ${free.toFixed(1)} % free, pruned ${pruned.removed.length} backups`);
    }
    const snap = await snapshotBeforeRun(settings.root, config, state.backups, date, clock);
    let artifact;
    if (snap.created && settings.onActions) {
        try {
            artifact = (await (0,actions/* uploadSnapshotArtifact */.eh)(state.backups, snap.id, { retentionDays: config.backup.artifactRetentionDays })).name;
        }
        catch (err) {
            warnings.push(`backup artifact upload failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    return { id: snap.id, created: snap.created, ...(artifact ? { artifact } : {}), warnings };
}

// EXTERNAL MODULE: ./src/collect/collect.ts + 2 modules
var collect = __webpack_require__(72619);
// EXTERNAL MODULE: ./src/http/cache.ts + 1 modules
var cache = __webpack_require__(41007);
// EXTERNAL MODULE: ./src/http/fetcher.ts + 1 modules
var http_fetcher = __webpack_require__(31619);
;// CONCATENATED MODULE: ./src/run/stages/collect.ts
/** Collect: fetch every enabled source (or take what an injected collector supplies). */



/** The default collector: the configured sources over HTTP, through the HTTP cache in the state folder. */
const fetchSources = async (ctx, signal) => {
    const fetcher = new http_fetcher.Fetcher(ctx.config.http, new cache.FileHttpCache(ctx.state.httpCache, ctx.logger), {
        logger: ctx.logger,
        clock: ctx.clock,
        refresh: ctx.settings.refresh,
    });
    // Past the budget, connections are torn down so no request outlives the stage.
    const onAbort = () => void fetcher.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
        return await (0,collect.collectSources)(ctx.config, fetcher, ctx.logger, ctx.onProgress);
    }
    finally {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted)
            await fetcher.abort();
        else
            await fetcher.close();
    }
};

// EXTERNAL MODULE: ./src/git/publish.ts
var publish = __webpack_require__(21191);
;// CONCATENATED MODULE: ./src/run/stages/commit.ts
/** Commit exactly the run's files, through a temporary index (see GitRepo.commitFiles). */


async function commitRun(ctx, repo, date, files, contents) {
    const { config } = ctx;
    const parent = await repo.headSha();
    const message = config.git.commitMessage.replace(/\{date\}/g, date);
    const res = await repo.commitFiles(files, message, (0,publish/* botIdentity */.CC)(config), contents);
    (0,faults/* crashPoint */.u)('after-commit');
    return { committed: res.committed, ...(res.sha ? { sha: res.sha } : {}), ...(parent ? { parent } : {}), files: res.files };
}

// EXTERNAL MODULE: ./src/curate/apply.ts
var curate_apply = __webpack_require__(68970);
// EXTERNAL MODULE: ./src/curate/curate.ts
var curate = __webpack_require__(74054);
;// CONCATENATED MODULE: ./src/run/stages/curate.ts
/**
 * Curation inside the daily run: the ticked 승격 promote / 제외 reject boxes in the queue and the pool,
 * the `promote` input, and pool entries past their age. Planned (pure) on the pages as read, before
 * today's entries are planned on top of it (src/run/stages/plan.ts), so both reach the disk through the journal and the apply
 * stage and land in the run's one commit, pushed only when the run succeeds. A failed run therefore
 * leaves the boxes ticked and the entries where they were: the next run curates them again.
 */




async function curateStage(ctx, state) {
    const none = (warnings = []) => ({ edits: [], actions: [], seenAdded: [], warnings });
    const { config } = ctx;
    let plan;
    try {
        const requests = { promote: (0,curate/* parsePromoteList */._w)(ctx.settings.promote), reject: [] };
        // A bounded set of pages (queue, pool, routed pages, archives): the run reads only what it touches.
        const files = await (0,curate_apply/* readCurationPages */.IE)(ctx.settings.root, config, requests);
        plan = await (0,curate_apply/* planCurationAt */.CE)(ctx, requests, files, state.view.seen);
    }
    catch (err) {
        return none([`curation skipped: ${(0,errors/* errorMessage */.gJ)(err)}`]);
    }
    const warnings = plan.problems.map((p) => `curation: ${p}`);
    if (!plan.edits.length)
        return none(warnings);
    // A person's uncommitted edit is theirs: curation that would touch it waits until it is committed.
    const blocked = plan.edits.filter((e) => state.dirty.has(e.path)).map((e) => e.path);
    if (blocked.length)
        return none([...warnings, `curation not applied: uncommitted edits in ${blocked.join(', ')} (commit them first)`]);
    for (const a of plan.actions)
        ctx.logger.info(`curation: ${a.action} ${a.id}${a.to ? ` → ${a.to}` : ''}`);
    return { edits: plan.edits, actions: plan.actions, seenAdded: plan.seenAdded, warnings };
}
/**
 * The run's edits on top of the curation's: a file both touch is one edit from the disk text to the
 * run's final text; a file only the curation touches keeps the curation's edit.
 */
function withCuration(curation, edits) {
    const diskBefore = new Map(curation.map((e) => [e.path, e.before]));
    const out = edits.map((e) => (diskBefore.has(e.path) ? { ...e, before: diskBefore.get(e.path) } : e));
    const planned = new Set(edits.map((e) => e.path));
    for (const c of curation)
        if (!planned.has(c.path))
            out.push(c);
    return out.sort((a, b) => (0,order/* compareStrings */.K)(a.path, b.path));
}

;// CONCATENATED MODULE: ./src/run/stages/push.ts
/** Push with fetch/rebase/retry; a git failure is a result (pushed: false), not a throw. */


async function pushRun(ctx, repo) {
    const { settings, config, clock } = ctx;
    try {
        return await repo.push((0,publish/* pushOptionsFor */.y)(config, settings.token, clock));
    }
    catch (err) {
        if (err instanceof errors/* GitError */.XS)
            return { pushed: false, attempts: 1, rebased: false, error: (0,errors/* errorMessage */.gJ)(err) };
        throw err;
    }
}

// EXTERNAL MODULE: ./src/gate/canonical.ts
var canonical = __webpack_require__(89489);
// EXTERNAL MODULE: ./src/gate/gate.ts + 2 modules
var gate = __webpack_require__(74671);
// EXTERNAL MODULE: ./src/gate/seenstore.ts + 1 modules
var seenstore = __webpack_require__(88468);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/pages/views.ts
/**
 * When the generated listings may be spliced instead of rendered in full (issue 13).
 *
 * The page index (pages/index.md) and the by-year page (pages/by_year.md) list every page of the wiki:
 * 100,000 and ~600,000 rows at 100,000 pages. A run changes a few hundred pages, so it rewrites only
 * their rows (src/pages/splice.ts) — which is right only if the listing on disk is exactly what the
 * stored index's lines render to. That holds when
 *
 *   - the index was written by a run that rendered both listings from those very lines (it then
 *     records this fingerprint in its `#views` line; a run that wrote the index without rendering
 *     them leaves the line out),
 *   - the rows are rendered the same way today: same settings that shape them and same row formats
 *     (VIEWS_VERSION; test/pages/views.test.ts fails when a row format changes without a new version),
 *   - and the listing page itself is the one that run wrote (its blob is the stored one: not rescanned).
 *
 * Anything else renders the listing in full, once; the next run splices again.
 */

/** Bump when the rows of the page index or the by-year page are rendered differently. */
const VIEWS_VERSION = 1;
function viewsFingerprint(config) {
    const p = config.pages;
    const shape = [VIEWS_VERSION, p.pagesDir, p.newsDir, p.indexPage, p.byYearPage, p.timelinePage, p.queuePage, p.poolPage, p.systemStatusPage, p.byYearSplitRows];
    return (0,external_node_crypto_.createHash)('sha1').update(JSON.stringify(shape)).digest('hex').slice(0, 16);
}

// EXTERNAL MODULE: ./src/git/blobs.ts
var blobs = __webpack_require__(86176);
// EXTERNAL MODULE: ./src/pages/byyear.ts
var byyear = __webpack_require__(94730);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/pages/indexcheck.ts
/**
 * The wiki index's vouch: the commit at which a run last checked the index against every wiki file,
 * kept in the state folder (index-check.json) with the git blob ids of the index files that run left.
 * The next run then compares only what can have changed since, instead of git's blob id of every file:
 *
 *   git diff-tree <checked commit> <HEAD>    (what commits changed: a tree walk that skips equal subtrees)
 *   ∪ git status                            (a person's uncommitted edits and drafts, as every run asks)
 *   ∪ the record's unvouched paths           (the tracked files that were dirty at that check)
 *
 * At 100,000 pages this replaces `git ls-files -s` (7 MB), a map of its 100,000 blob ids and a pass
 * comparing them with the index's lines.
 *
 * Why it is safe: the run that wrote the record read HEAD before listing anything. Every tracked wiki
 * file git status did not name then held the blob its index line says (the full check, or this one,
 * made sure), and every file changed after that HEAD is either in a later commit (the diff) or in the
 * work tree (git status). The record holds only for the index it was written with: the overlay on
 * disk must hash to the record's blob and be git's own, and git's base must be the record's. Whatever
 * git cannot vouch for falls back to the full check: no record (a new clone without the cached state
 * folder), a record for other wiki folders (`selection`), index files edited or not committed, a commit
 * git no longer has (a shallow clone, a pruned branch), more than MAX_UNVOUCHED dirty files.
 *
 * Kept out of the wiki on purpose: a commit id in a committed file would make two wikis given the same
 * inputs differ, and would change with every commit.
 */






const HEX40 = /^[0-9a-f]{40}$/;
/**
 * Which files the index covers, as a fingerprint: a vouch from a run that indexed other folders or
 * special pages says nothing about the files this config adds.
 */
function selectionFingerprint(config) {
    const p = config.pages;
    const years = (0,byyear/* byYearLayout */.Ti)(config);
    // Every input of isWikiFile: the folders, each special and routed page (inside a folder or not), the by-year layout.
    const special = [...new Set([p.queuePage, p.poolPage, p.indexPage, p.newsIndexPage, p.dailyReportPage, config.routing.defaultPage, ...config.routing.rules.map((r) => r.page)])].sort();
    const shape = [2, p.pagesDir, p.newsDir, special, p.systemStatusPage, years.dir, p.byYearPage];
    return (0,external_node_crypto_.createHash)('sha1').update(JSON.stringify(shape)).digest('hex').slice(0, 16);
}
/**
 * More unvouched paths than this (a person's mass edit left uncommitted) and no vouch is recorded: they
 * would be asked of git by name.
 */
const MAX_UNVOUCHED = 1000;
/** A path as a literal git pathspec (no glob, whatever characters its name has). */
const literalPathspec = (p) => `:(literal)${p}`;
/**
 * The stored vouch, when it holds for this config and for the overlay on disk (its text hashes to the
 * record's blob); undefined otherwise, and for a missing or unreadable record (it is only a shortcut).
 */
async function readIndexCheck(file, config, overlayText) {
    let record;
    try {
        record = JSON.parse((await (0,fsutil/* readIfExists */.OR)(file)) ?? 'null');
    }
    catch {
        return undefined;
    }
    if (!record || record.version !== 1 || record.selection !== selectionFingerprint(config))
        return undefined;
    const { head, base, overlay, unvouched } = record;
    if (!isBlob(head) || !isBlob(base) || !isBlob(overlay) || !Array.isArray(unvouched) || unvouched.length > MAX_UNVOUCHED)
        return undefined;
    if (!unvouched.every((p) => typeof p === 'string') || overlay !== (0,blobs/* gitBlobId */.tK)(overlayText))
        return undefined;
    return { version: 1, head, selection: record.selection, base, overlay, unvouched };
}
const isBlob = (x) => typeof x === 'string' && HEX40.test(x);
/**
 * After a run wrote (or kept) the index: the vouch for the next run, or none (the record removed) when
 * this run could not vouch. `written`: the run's edits as applied (the index files among them).
 */
async function recordIndexCheck(file, config, view, written) {
    const overlayEdit = written.find((e) => e.path === view.overlayFile);
    const overlay = overlayEdit ? overlayEdit.after : view.overlayText;
    // The base the overlay extends is its #base line (a compacted base is written with it).
    const base = overlay ? (0,wikiindex/* overlayBaseOf */.Zx)(overlay) : undefined;
    if (!view.check || !overlay || !base) {
        await (0,promises_.rm)(file, { force: true });
        return;
    }
    const record = { version: 1, head: view.check.head, selection: selectionFingerprint(config), base, overlay: (0,blobs/* gitBlobId */.tK)(overlay), unvouched: view.check.unvouched };
    await (0,fsutil.writeFileAtomic)(file, `${JSON.stringify(record)}\n`);
}
/** HEAD's commit id; undefined outside git or before the first commit. */
async function headCommit(root) {
    const out = await (0,blobs/* gitOut */.BQ)(root, ['rev-parse', '-q', '--verify', 'HEAD^{commit}']);
    const sha = out?.trim();
    return sha && HEX40.test(sha) ? sha : undefined;
}
/**
 * The wiki paths commits changed between `from` and `to` (git diff-tree: trees compared, subtrees with
 * equal ids skipped, no file read). Undefined when git cannot say (an unknown commit) or when a change
 * is not one of files (a submodule).
 */
async function changedSince(root, config, from, to) {
    if (from === to)
        return new Map();
    const out = await (0,blobs/* gitOut */.BQ)(root, ['diff-tree', '-r', '-z', '--raw', '--no-renames', '--relative', from, to, '--', ...(0,wikiindex/* wikiFileWhere */.eb)(config)]);
    const raw = out === undefined ? undefined : (0,blobs/* parseRaw */.kY)(out);
    if (!raw || (0,blobs/* unwalkable */.Ff)(raw))
        return undefined;
    const changed = new Map();
    for (const [p, c] of raw)
        changed.set(p, c.status !== 'D' && (0,blobs/* isRegularMode */.sn)(c.dstMode) ? c.dstBlob : undefined);
    return changed;
}
/**
 * What the refresh compares under a vouch: git's blob ids of the index files, the seen file and the
 * unvouched paths only, and what commits changed since the vouched check. Undefined when the vouch does
 * not hold for the index files git has (not the overlay and base the record names) or git cannot tell
 * what changed.
 */
async function vouchedListing(root, config, check, head, indexFile) {
    const overlayFile = (0,wikiindex/* recentIndexFile */.m4)(indexFile);
    const [tracked, changed] = await Promise.all([
        (0,blobs/* indexedBlobIds */.Dd)(root, [indexFile, overlayFile, config.pages.seenFile, ...check.unvouched].map(literalPathspec)),
        changedSince(root, config, check.head, head),
    ]);
    // The overlay on disk (hashed by readIndexCheck) is the one git has, and so is the base.
    if (!tracked || !changed || tracked.get(overlayFile) !== check.overlay || tracked.get(indexFile) !== check.base)
        return undefined;
    tracked.delete(overlayFile);
    return { tracked, since: { changed, unvouched: check.unvouched } };
}

;// CONCATENATED MODULE: ./src/pages/wikiview.ts
/**
 * What a run needs of the wiki, at the cost of what changed (issue 13). Replaces, in the run,
 *
 *   readWiki() + existingEntryIds()  →  openWikiView() + knownAmong() + readForPlan()
 *   parseSeen() … serializeSeen()     →  knownAmong().seen … seenEdit()
 *   (nothing)                         →  indexEdits(): the updated wiki index (its overlay, and on
 *                                          compaction its base), committed with the pages
 *
 * and passes `view.listing` to planEdits (PlanInput.listing), so the page index and the news index
 * are rendered from the index's counts, titles and statuses for every page the run did not read.
 */










async function openWikiView(root, config, opts = {}) {
    const indexFile = opts.indexFile ?? wikiindex/* WIKI_INDEX_FILE */.rz;
    const overlayFile = (0,wikiindex/* recentIndexFile */.m4)(indexFile);
    // HEAD before anything is listed or compared: whatever is committed after it is in the next run's
    // diff from it (the vouch this run writes, src/pages/indexcheck.ts).
    const [indexText, overlayText, head] = await Promise.all([(0,fsutil/* readIfExists */.OR)(external_node_path_default().join(root, indexFile)), (0,fsutil/* readIfExists */.OR)(external_node_path_default().join(root, overlayFile)), headCommit(root)]);
    // Only with git status's answer: without it, a dirty file would pass for the commit's.
    const vouch = head && opts.dirty && opts.checkFile && indexText !== undefined && overlayText !== undefined ? await readIndexCheck(opts.checkFile, config, overlayText) : undefined;
    // The base's blob from git (the overlay names the base it extends), before git status says whether
    // the base is committed as it is: the tracked files are compared while git status runs. With a
    // vouch, only what changed since it is listed (falling back to every tracked file where git cannot say).
    let indexedBase;
    /** git's blob ids as the refresh takes them: the base's kept apart (indexedBase). */
    const withoutBase = (tracked) => {
        indexedBase = tracked?.get(indexFile);
        tracked?.delete(indexFile);
        return tracked;
    };
    const listAll = async () => withoutBase(await (0,wikiindex/* trackedBlobIds */.WY)(root, config, [indexFile]));
    const vouchedList = vouch ? vouchedListing(root, config, vouch, head, indexFile) : Promise.resolve(undefined);
    const listing = vouchedList.then(async (vouched) => ({ tracked: vouched ? withoutBase(vouched.tracked) : await listAll(), since: vouched?.since }));
    const gitListing = listing.then((l) => l.tracked);
    // git's listing is awaited inside the refresh, once the base is parsed.
    const refreshWith = (tracked, baseBlob, dirty, since) => (0,wikiindex/* refreshWikiIndex */.iM)(root, config, indexText, {
        ...(tracked ? { tracked } : {}),
        ...(dirty ? { dirty } : {}),
        ...(overlayText !== undefined ? { overlayText } : {}),
        ...(baseBlob ? { baseBlob } : {}),
        ...(since ? { since } : {}),
        indexFile,
    });
    // The refresh waits for the vouch (to read the base without parsing it) only when there is one to wait for.
    let refresh = await refreshWith(gitListing, gitListing.then(() => indexedBase), opts.dirty, vouch ? vouchedList.then((v) => v?.since) : undefined);
    let tracked = await gitListing;
    const dirty = await opts.dirty;
    let vouched = (await listing).since !== undefined;
    // The vouch holds only for the index files git has as they are, and the overlay laid over its base.
    if (vouched && (dirty?.has(indexFile) || dirty?.has(overlayFile) || refresh.overlayIgnored || refresh.rebuilt)) {
        vouched = false;
        tracked = await listAll();
        refresh = await refreshWith(tracked, indexedBase, dirty);
    }
    else if (vouched && dirty?.size) {
        // Which dirty files git tracks (the rest are a person's drafts): asked for them only.
        const wikiDirty = [...dirty].filter((p) => (0,wikiindex/* isWikiFile */.NT)(p, config) && !tracked.has(p));
        const known = wikiDirty.length > MAX_UNVOUCHED ? await (0,wikiindex/* trackedBlobIds */.WY)(root, config) : wikiDirty.length ? await (0,blobs/* indexedBlobIds */.Dd)(root, wikiDirty.map(literalPathspec)) : undefined;
        for (const p of wikiDirty) {
            const blob = known?.get(p);
            if (blob !== undefined)
                tracked.set(p, blob);
        }
    }
    // A base a person changed and did not commit (rare): checked again, its own text hashed.
    const baseBlob = indexedBase !== undefined && !dirty?.has(indexFile) ? indexedBase : undefined;
    if (indexedBase !== undefined && baseBlob === undefined)
        refresh = await refreshWith(tracked, undefined, dirty);
    const baseDirty = indexText !== undefined && tracked !== undefined && baseBlob === undefined;
    // Tracked and unmodified: git already knows the base's blob id (no read); otherwise the store hashes it.
    const seenFile = config.pages.seenFile;
    const gitBlob = tracked?.has(seenFile) && !dirty?.has(seenFile) ? tracked.get(seenFile) : undefined;
    const seen = await (0,seenstore/* openSeenStore */.nC)(root, seenFile, {
        ...(refresh.index.seenBlob ? { recordedBlob: refresh.index.seenBlob } : {}),
        ...(gitBlob ? { gitBlob } : {}),
        ...(opts.seenThreshold !== undefined ? { threshold: opts.seenThreshold } : {}),
    });
    // Only a dirty file can be in the index without being tracked (no pass over 100,000 paths).
    const untracked = new Set(tracked ? [...(dirty ?? [])].filter((p) => refresh.index.has(p) && !tracked.has(p)) : []);
    // What git cannot vouch for in the index this run writes: the tracked (or committed) files a person has changed.
    const unvouched = dirty && tracked ? [...dirty].filter((p) => (0,wikiindex/* isWikiFile */.NT)(p, config) && (tracked.has(p) || refresh.stored.has(p))).sort(order/* compareStrings */.K) : [];
    const check = head && dirty && tracked && unvouched.length <= MAX_UNVOUCHED ? { head, unvouched } : undefined;
    // Usually nothing is untracked: no copy of a 100,000-entry map then.
    const listed = untracked.size ? new Map([...refresh.index].filter(([p]) => !untracked.has(p))) : refresh.index;
    // The timeline without a person's untracked pages: their entries may stand in the index's list.
    let timeline = refresh.index.timeline;
    let draftDated = 0;
    for (const p of untracked)
        draftDated += refresh.index.get(p).knowledge?.dated ?? 0;
    if (draftDated) {
        const kept = { size: timeline.size, total: timeline.total - draftDated, entries: timeline.entries.filter((e) => !untracked.has(e.page)) };
        // Rebuilt from the pages only when the drafts' entries were part of the newest (a rare, full read).
        timeline = (0,wikiindex/* timelineComplete */.nN)(kept) ? kept : (0,wikiindex/* rebuildTimeline */.Lo)(root, listed, config, refresh.texts);
    }
    return {
        root,
        indexFile,
        indexText,
        overlayFile,
        overlayText,
        baseDirty,
        refresh,
        index: refresh.index,
        listing: (0,wikiindex/* wikiListing */.hB)(listed, timeline, previousListings(config, refresh, untracked, listed)),
        committable: listed === refresh.index ? refresh.index : Object.assign(listed, { timeline, ...(refresh.index.seenBlob ? { seenBlob: refresh.index.seenBlob } : {}), ...(refresh.index.base ? { base: refresh.index.base } : {}) }),
        untracked,
        files: new Map([...refresh.texts].filter(([p]) => !untracked.has(p))),
        seen,
        check,
        checkedSince: vouched ? vouch.head : undefined,
    };
}
/**
 * What the listings showed when the stored index was written, when the next plan may splice them:
 * only if that index says its run rendered them, the same way as today (src/pages/views.ts).
 */
function previousListings(config, refresh, untracked, listed) {
    if (refresh.rebuilt || refresh.stored.views !== viewsFingerprint(config))
        return undefined;
    let problems;
    return {
        stored: refresh.stored,
        changed: new Set([...refresh.rescanned, ...refresh.removed, ...untracked]),
        // Both listings ask; one pass over the index's lines serves them.
        problems: () => (problems ??= (0,wikiindex/* problemPaths */.UV)(listed)),
    };
}
/** Entry id of an item's canonical link, as the gate will compute it (undefined: no usable link). */
function candidateId(item) {
    try {
        return (0,canonical/* entryId */.ub)((0,canonical/* canonicalUrl */.W3)(item.link));
    }
    catch {
        return undefined;
    }
}
/**
 * For the gate: which of the candidate ids the pages already hold, and the seen entries among them
 * (a SeenIndex holding just those, from the base and the recent seen file).
 */
function knownAmong(view, candidates) {
    return { existingIds: (0,wikiindex/* existingIdsAmong */.iD)(view.index, candidates), seen: view.seen.among(candidates) };
}
/** Pages the plan may read or write for these gated items (targets, day log, the generated pages). */
function pagesForPlan(config, items, dayLogPath) {
    const p = config.pages;
    const pages = new Set([dayLogPath, p.indexPage, p.newsIndexPage, p.dailyReportPage, p.systemStatusPage, p.byYearPage, p.timelinePage]);
    for (const item of items) {
        const t = (0,pages_plan/* targetOf */.$r)(item, config);
        if (t)
            pages.add(external_node_path_default().posix.normalize(t.page));
    }
    return [...pages].sort();
}
/** Read these pages into view.files (missing files stay absent: the planner creates them). */
async function readForPlan(view, rels) {
    for (const rel of rels) {
        // A person's untracked file stays out of the plan, as in the run today (the plan treats it as absent).
        if (view.files.has(rel) || view.untracked.has(rel))
            continue;
        const text = (0,fsutil/* readIfExistsSync */.Vu)(external_node_path_default().join(view.root, rel));
        if (text !== undefined)
            view.files.set(rel, text);
    }
    return view.files;
}
/**
 * PlanInput.readPage for this view: a page the plan finds it must write besides the ones read for it
 * (the split by-year listing's year pages, read only when their rows change). A person's untracked
 * file stays out, as in readForPlan.
 */
function planPageReader(view) {
    return (rel) => {
        if (view.untracked.has(rel))
            return undefined;
        let text = view.files.get(rel);
        if (text === undefined) {
            text = (0,fsutil/* readIfExistsSync */.Vu)(external_node_path_default().join(view.root, rel));
            if (text !== undefined)
                view.files.set(rel, text);
        }
        return text;
    };
}
/**
 * The seen files after the items written today: 0, 1 or 2 edits (the base and/or the recent file; a
 * small wiki's base gets the same bytes as parseSeen + add + serializeSeen).
 */
function seenEdit(view, written, date) {
    if (!written.length)
        return [];
    return view.seen.write(written.map((i) => ({ id: i.id, date, url: i.canonicalUrl }))).edits;
}
/**
 * The index after these edits (pages and seen file), as edits of the index files: the overlay, and the
 * base before it when this run compacts (src/pages/wikiindex.ts); none when both are unchanged.
 */
function indexEdits(view, config, edits, opts = {}) {
    const files = (0,wikiindex/* withIndexEdits */.mg)(view.committable, edits, config, (next) => {
        // Vouch for the listings only when this plan rendered them from exactly these lines.
        if (opts.views)
            next.views = viewsFingerprint(config);
        else
            delete next.views;
        // A seen file with unusable lines kept after its entries is not sorted: the next run parses it again.
        if (opts.trustSeen === false)
            delete next.seenBlob;
        return (0,wikiindex/* serializeIndexPair */.Dm)(next, opts.compaction, view.baseDirty);
    });
    const out = [];
    if (files.base !== undefined && files.base !== view.indexText)
        out.push({ path: view.indexFile, before: view.indexText, after: files.base });
    if (files.overlay !== view.overlayText)
        out.push({ path: view.overlayFile, before: view.overlayText, after: files.overlay });
    return out;
}

;// CONCATENATED MODULE: ./src/run/stages/gate.ts







async function listMarkdown(root, dir) {
    return (await listFiles(root, dir)).filter((f) => f.endsWith('.md'));
}
/** Every page the planner may read or touch, by root-relative path. */
async function readWiki(root, config) {
    const p = config.pages;
    const paths = new Set([
        ...(await listMarkdown(root, p.pagesDir)),
        ...(await listMarkdown(root, p.newsDir)),
        p.queuePage,
        p.poolPage,
        p.indexPage,
        p.newsIndexPage,
        p.dailyReportPage,
        p.systemStatusPage,
        config.routing.defaultPage,
        ...config.routing.rules.map((r) => r.page),
    ]);
    return readTextFiles(root, paths);
}
/**
 * Every link already in a page, as the entry id its canonical URL would get, plus the ids written in
 * entry blocks. Ids are short and scheme-insensitive, and entry blocks already carry them, so the set
 * stays small (bench: about 50 MB less at 100,000 entries than a set of canonical URLs).
 */
function existingEntryIds(wiki) {
    const raw = scanExisting(wiki);
    const ids = new Set(raw.ids);
    for (const u of raw.urls) {
        const c = safeCanonical(u);
        if (c)
            ids.add(entryId(c));
    }
    return ids;
}
/** Open the wiki through its index; `dirty`: root-relative paths a person changed (read and hashed, not trusted to git). */
async function readWikiState(ctx, dirtyFiles) {
    const { settings, config } = ctx;
    // git status runs while the index is read (openWikiView awaits it only when it needs it). Should the
    // view fail first, the status's own failure must not go unhandled: it is awaited below or dropped.
    if (dirtyFiles instanceof Promise)
        dirtyFiles.catch(() => undefined);
    const view = await openWikiView(settings.root, config, {
        ...(dirtyFiles ? { dirty: dirtyFiles } : {}),
        checkFile: ctx.state.indexCheck,
        ...(ctx.seenThreshold !== undefined ? { seenThreshold: ctx.seenThreshold } : {}),
    });
    const dirty = await dirtyFiles;
    if (view.refresh.overlayIgnored)
        ctx.logger.debug(`wiki index: ${view.refresh.overlayIgnored}`);
    if (view.refresh.rebuilt)
        ctx.logger.debug(`wiki index: ${view.refresh.rebuilt}; every page read once`);
    else if (view.refresh.rescanned.length)
        ctx.logger.debug(`wiki index: ${view.refresh.rescanned.length} changed file(s) read again`);
    ctx.logger.debug(view.checkedSince ? `wiki index: checked what changed since ${view.checkedSince.slice(0, 12)} (its vouch)` : 'wiki index: every tracked file checked against git');
    return { view, warnings: view.seen.warnings(), dirty: dirty ?? new Set() };
}
/**
 * The wiki index's vouch for the next run (src/pages/indexcheck.ts), once this run's index is on disk
 * (`written`: the edits as applied, none when the run wrote nothing). Only a shortcut: when it cannot be
 * written, the next run compares every file, and this returns a warning saying so.
 */
async function keepIndexCheck(ctx, state, written) {
    try {
        await recordIndexCheck(ctx.state.indexCheck, ctx.config, state.view, written);
        return undefined;
    }
    catch (err) {
        return `could not record the wiki index check (the next run compares every page with git): ${(0,errors/* errorMessage */.gJ)(err)}`;
    }
}
function gate_gate(collected, state, config) {
    const candidates = new Set();
    for (const item of collected.items) {
        const id = candidateId(item);
        if (id)
            candidates.add(id);
    }
    const known = knownAmong(state.view, candidates);
    return (0,gate/* gateItems */.WF)({ items: collected.items, config, seen: known.seen, existing: { urls: new Set(), ids: known.existingIds } });
}

// EXTERNAL MODULE: ./src/ops/history.ts
var ops_history = __webpack_require__(30016);
// EXTERNAL MODULE: ./src/pages/daylog.ts
var daylog = __webpack_require__(31382);
// EXTERNAL MODULE: ./src/time.ts
var src_time = __webpack_require__(29834);
;// CONCATENATED MODULE: ./src/run/stages/guard.ts
/** Skip guard: a successful run less than N hours ago, the same local day, is enough (unless --force). */






/** Why this run is skipped, or undefined to go on. */
async function skipReason(ctx, date) {
    const { settings, config, clock } = ctx;
    if (settings.force)
        return undefined;
    const rel = (0,pages_plan/* dayLogPathFor */.Vw)(config, date);
    const text = await (0,fsutil/* readIfExists */.OR)(external_node_path_default().join(settings.root, rel));
    if (text === undefined)
        return undefined;
    const parsed = (0,daylog/* parseDayLog */.Go)(text, rel, config.timezone);
    if (parsed.status !== 'success')
        return undefined;
    const history = await (0,ops_history/* readRuns */.xx)(ctx.state.runsFile, 200);
    const lastOk = [...history].reverse().find((r) => r.status === 'success' && r.command === 'run' && r.date === date);
    const windowMs = config.schedule.skipIfSucceededWithinHours * 3_600_000;
    const lastOkAt = lastOk ? Date.parse(lastOk.finishedAt) : parsed.lastRunAt ? Date.parse(parsed.lastRunAt) : undefined;
    if (lastOkAt === undefined || clock.now() - lastOkAt >= windowMs)
        return undefined;
    return `a successful run finished at ${(0,src_time/* localDateTime */.dE)(lastOkAt, config.timezone)} (less than ${config.schedule.skipIfSucceededWithinHours} h ago); use --force to run anyway`;
}

// EXTERNAL MODULE: ./src/ops/gather.ts
var gather = __webpack_require__(99117);
// EXTERNAL MODULE: ./src/ops/status.ts + 1 modules
var ops_status = __webpack_require__(11617);
// EXTERNAL MODULE: ./src/pages/regions.ts
var regions = __webpack_require__(78345);
// EXTERNAL MODULE: ./src/pages/sanitize.ts
var sanitize = __webpack_require__(24421);
;// CONCATENATED MODULE: ./src/report/page.ts



const REPORT_REGION = 'report';
const REPORT_BEGIN = `<!-- wiki-daily:begin ${REPORT_REGION} -->`;
const REPORT_END = `<!-- wiki-daily:end ${REPORT_REGION} -->`;
/** The wiki's one sanitiser for feed-derived text (reasons quote feeds and servers). */
function esc(s) {
    return (0,sanitize/* inlineText */.ln)(s, 300);
}
function renderReportRegion(r, newsDir) {
    const failed = r.sources.filter((s) => s.outcome === 'failed');
    const empty = r.sources.filter((s) => s.outcome !== 'failed' && s.items === 0);
    const lines = [
        `## ${r.date}`,
        '',
        `- 상태: ${daylog/* STATUS_LABELS */.Zt[r.status]}${r.reason ? ` — ${esc(r.reason)}` : ''}`,
        `- 수집 로그: [${r.date}](../${newsDir}/${r.date}.md)`,
        `- 출처: ${r.sources.length - failed.length}/${r.sources.length} 정상, 항목 ${r.itemsCollected}건`,
        `- 추가된 항목: ${r.itemsAdded}건 (land ${r.lanes.land}, queue ${r.lanes.queue}, pool ${r.lanes.pool}; 중복 ${r.lanes.duplicate}, 무관 ${r.lanes.irrelevant}, 제외 ${r.lanes.discard})`,
    ];
    const pages = Object.entries(r.pages).filter(([, n]) => n > 0).sort();
    if (pages.length) {
        lines.push('', '| 페이지 | 추가 |', '|---|---|');
        for (const [p, n] of pages)
            lines.push(`| [${esc(p)}](../${p}) | ${n} |`);
    }
    if (failed.length) {
        lines.push('', '### 실패한 출처', '');
        for (const s of failed)
            lines.push(`- \`${esc(s.id)}\`: ${esc(s.error ?? 'failed')}`);
    }
    if (empty.length) {
        lines.push('', `빈 응답 출처 ${empty.length}곳: ${empty.map((s) => `\`${esc(s.id)}\``).join(', ')}`);
    }
    return lines.join('\n');
}
/** Replace the report region of the page (or add one once, at the end); text outside is kept. */
function mergeReportPage(before, region, file = 'pages/daily_report.md') {
    const text = before ?? `# 일일 리포트\n\n자동 생성되는 최신 실행 결과입니다.\n\n${REPORT_BEGIN}\n${REPORT_END}\n`;
    return (0,regions/* replaceRegion */.t1)((0,regions/* ensureRegion */.v8)(text, REPORT_REGION, undefined, file), REPORT_REGION, `${region}\n`, file);
}

;// CONCATENATED MODULE: ./src/run/stages/plan.ts
/**
 * Plan: the pure planner over the wiki as read, plus the seen file, the daily report page and the
 * system status page, which change only together with content.
 *
 * Normally one plan: the working tree is what gets committed. When a person has uncommitted changes
 * in files the run may write, a second plan is made on HEAD's version of those files: the disk gets
 * the entries merged into the person's text, while the commit gets only the bot's own change (the
 * person's edit stays theirs, uncommitted).
 */













async function planRun(ctx, report, items, state, repo, 
/** This run's curation (src/run/stages/curate.ts): today's entries are planned on top of it. */
curationEdits = [], 
/** The seen entries the curation adds (its seen-file edits are planned again with today's entries). */
curationSeen = []) {
    const { config } = ctx;
    const warnings = [];
    const time = (0,src_time/* localDateTime */.dE)(ctx.clock.now(), config.timezone).slice(11);
    const seenPaths = new Set([config.pages.seenFile, (0,seen/* recentSeenFile */.x7)(config.pages.seenFile)]);
    // The seen files are written once, from the seen set as read, with the curation's entries and today's.
    const curation = curationEdits.filter((e) => !seenPaths.has(e.path));
    const makePlan = (files, seen) => planView(ctx, report, items, files, seen, curationSeen, time, state, curationEdits.length > 0);
    const view = state.view;
    const dirty = state.dirty;
    // HEAD's version of every dirty file the run might touch (undefined = untracked: a person's new file).
    const dirtyHere = repo ? [...dirty].filter((f) => seenPaths.has(f) || view.index.has(f)) : [];
    const headText = new Map();
    for (const f of dirtyHere)
        headText.set(f, await repo.readHead(f));
    // Only the pages this run may touch are read; the index lists the others. A person's untracked page
    // is theirs until committed: not read, not listed in the indexes, on disk or in git (the view leaves it out).
    const planFiles = new Map(await readForPlan(view, pagesForPlan(config, items, (0,pages_plan/* dayLogPathFor */.Vw)(config, report.date))));
    // The curated pages as curation leaves them: what today's entries land on.
    for (const e of curation)
        if (e.path.endsWith('.md'))
            planFiles.set(e.path, e.after);
    const disk = makePlan(planFiles, view.seen);
    let commit = disk;
    const overlapping = dirtyHere.filter((f) => headText.get(f) !== undefined && disk.edits.some((e) => e.path === f));
    if (overlapping.length) {
        const headWiki = new Map(planFiles);
        for (const f of overlapping)
            headWiki.set(f, headText.get(f));
        // HEAD's seen files where a person changed them (a base of theirs is parsed, not trusted).
        const headSeen = {};
        if (headText.has(config.pages.seenFile))
            headSeen.base = headText.get(config.pages.seenFile);
        if (headText.has((0,seen/* recentSeenFile */.x7)(config.pages.seenFile)))
            headSeen.recent = headText.get((0,seen/* recentSeenFile */.x7)(config.pages.seenFile));
        const recordedBlob = view.index.seenBlob;
        commit = makePlan(headWiki, Object.keys(headSeen).length ? view.seen.withTexts(headSeen, recordedBlob ? { recordedBlob } : {}) : view.seen);
        warnings.push(`kept out of the bot commit: uncommitted edits in ${overlapping.slice(0, 10).join(', ')}${overlapping.length > 10 ? ', …' : ''} (the new entries are merged on disk and committed without them)`);
    }
    // One edit per file from the disk text to the final one; curation never touches a person's dirty file,
    // so both views carry it the same way.
    if (curation.length) {
        disk.edits = withCuration(curation, disk.edits);
        if (commit !== disk)
            commit.edits = withCuration(curation, commit.edits);
    }
    if (disk.edits.length) {
        const statusEdit = await systemStatusEdit(ctx, report, planFiles, commit.plan.written.length, warnings);
        if (statusEdit) {
            disk.edits.push(statusEdit);
            if (commit !== disk && !dirty.has(statusEdit.path))
                commit.edits.push(statusEdit);
        }
        // The wiki index follows the files it describes, in the same write and the same commit. With a
        // person's uncommitted edits, disk and commit get the index of the commit: it vouches only for
        // committed text, so the next run reads their (dirty) files again instead of trusting them.
        for (const edit of indexEdits(view, config, commit.edits, { trustSeen: commit.seenTrustable && disk.seenTrustable, views: commit.plan.views })) {
            disk.edits.push(edit);
            if (commit !== disk)
                commit.edits.push(edit);
        }
    }
    return { disk, commit, warnings };
}
function planView(ctx, report, items, files, seen, curationSeen, time, state, curated) {
    const { config } = ctx;
    const plan = (0,pages_plan/* planEdits */.r_)({
        // Curation moved entries: the day log, knowledge pages and indexes follow even with no new item.
        ...(curated ? { contentChanged: true } : {}),
        config,
        date: report.date,
        time,
        files,
        items,
        canonicalize: (u) => (0,canonical/* safeCanonical */.Ui)(u) ?? u,
        run: { status: report.status, ...(report.reason ? { reason: report.reason } : {}), sources: report.sources },
        listing: state.view.listing,
        readPage: planPageReader(state.view),
    });
    const edits = [...plan.edits];
    let seenTrustable = true;
    if (edits.length) {
        // The recent seen file and/or the base (a small wiki's base, or a compaction): src/gate/seenstore.ts.
        const written = seen.write([...curationSeen, ...plan.written.map((item) => ({ id: item.id, date: report.date, url: item.canonicalUrl }))]);
        seenTrustable = written.baseTrustable;
        edits.push(...written.edits);
        const reportBefore = files.get(config.pages.dailyReportPage);
        const reportAfter = mergeReportPage(reportBefore, renderReportRegion({ ...report, itemsAdded: plan.written.length, pages: plan.added }, config.pages.newsDir), config.pages.dailyReportPage);
        if (reportAfter !== reportBefore)
            edits.push({ path: config.pages.dailyReportPage, before: reportBefore, after: reportAfter });
    }
    return { plan, edits, seenTrustable };
}
/** The system status page, refreshed together with a run's content changes (never on its own). */
async function systemStatusEdit(ctx, report, wiki, itemsAdded, warnings) {
    const { config } = ctx;
    try {
        const gathered = await (0,gather/* gatherHealth */.cv)(ctx.settings, config, { logger: ctx.logger, clock: ctx.clock });
        const snaps = await (0,store.listSnapshots)(ctx.state.backups);
        const current = (0,ops_history/* recordFromReport */.Au)((0,report_report.finishReport)({ ...report, itemsAdded, stages: [...report.stages] }, ctx.clock.now()));
        const before = wiki.get(config.pages.systemStatusPage);
        const status = (0,ops_status/* buildStatus */.Bg)({
            runs: [...gathered.runs, current],
            health: gathered.health,
            backups: snaps.map((sn) => ({ id: sn.id, createdAt: sn.createdAt, bytes: sn.size })),
            backupStoreBytes: await (0,store.storeSize)(ctx.state.backups),
            now: ctx.clock.now(),
            timezone: config.timezone,
            ...(before !== undefined ? { existingPage: before } : {}),
            pageFile: config.pages.systemStatusPage,
            // Availability over 90 days from the committed day logs, against the operations guide's targets.
            dayLogRuns: await (0,gather/* runsFromDayLogs */.If)(ctx.settings.root, config, ctx.clock.now(), 90),
            targets: (0,ops_status/* statusTargets */.lv)(config),
        });
        return status.markdown === before ? undefined : { path: config.pages.systemStatusPage, before, after: status.markdown };
    }
    catch (err) {
        warnings.push(`system status page not refreshed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/git/repo.ts
var git_repo = __webpack_require__(14134);
;// CONCATENATED MODULE: ./src/run/stages/preflight.ts
/**
 * Preflight: checks that need no write, so a run that cannot finish stops before its first write.
 * Each failure is one line that says what to do.
 */





class PreflightError extends errors/* WikiDailyError */.WA {
}
async function preflight(ctx) {
    const { settings, config } = ctx;
    const warnings = [];
    const candidate = (0,git_repo/* openRepo */.B)(settings.root, ctx.logger);
    const repo = (await candidate.isRepo()) ? candidate : undefined;
    if (!repo)
        warnings.push(`${settings.root} is not a git repository: changes are written, nothing is committed or pushed`);
    if (settings.dryRun)
        return { repo, warnings };
    if (repo) {
        if (!config.git.branch && (await repo.isDetached()))
            throw new PreflightError(`HEAD is detached in ${settings.root}: check out the branch to update (git switch main) or set git.branch`);
        if (settings.push && !(await repo.hasRemote(config.git.remote)))
            throw new PreflightError(`no git remote "${config.git.remote}" in ${settings.root}: add it (git remote add ${config.git.remote} URL) or run with --no-push`);
    }
    await probeWritable(ctx, ctx.state.root);
    return { repo, warnings };
}
/**
 * The folders the run writes, probed once the lock is held: a probe file in pages/ while another
 * run takes its backup of pages/ would be a file that vanishes under its feet.
 */
async function probeContentFolders(ctx) {
    const p = ctx.config.pages;
    const dirs = [...new Set([p.pagesDir, p.newsDir, external_node_path_default().dirname(p.seenFile)])].map((d) => external_node_path_default().join(ctx.settings.root, d));
    for (const dir of dirs)
        await probeWritable(ctx, dir);
}
/** Write and remove a probe file: the only check that also holds for root, ACLs and read-only mounts. */
async function probeWritable(ctx, dir) {
    const probe = external_node_path_default().join(dir, `.wiki-daily-probe-${process.pid}`);
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        await ctx.io.write(probe, '');
        await ctx.io.remove(probe);
    }
    catch (err) {
        const where = external_node_path_default().relative(ctx.settings.root, dir) || dir;
        throw new PreflightError(`cannot write to ${where.startsWith('..') ? dir : where}/ (${(0,apply/* describeIoError */.QY)(err)}): make it writable for this user, or use --state elsewhere`);
    }
}

;// CONCATENATED MODULE: ./src/run/stages/reconcile.ts
/**
 * Reconcile: before anything new, repair what an earlier run left behind, and say what was repaired.
 *
 * 1. Temporary files of atomic writes left by a killed process are removed.
 * 2. A journal means the last run died: its writes are completed when its commit exists (HEAD is a bot
 *    commit on the journal's HEAD), otherwise undone (files still holding the planned text get their
 *    old text back; a person's edits match neither hash and stay). The crashed run goes into the history.
 * 3. Index entries under the managed folders that were left as staged reversals by a commit killed
 *    between moving HEAD and refreshing the index are reset to HEAD.
 * 4. Bot commits that never reached the remote are pushed (fetch and rebase like any push).
 *
 * Undone entries are re-derived by this run: the HTTP cache still holds the bodies.
 */







/** writeFileAtomic's temp names: `.<name>.<12 hex>.tmp`. */
const TEMP_FILE = /(^|\/)\.[^/]+\.[0-9a-f]{12}\.tmp$/;
const PROBE_FILE = /(^|\/)\.wiki-daily-probe-\d+$/;
async function reconcile(ctx, repo, journal) {
    const { settings, config } = ctx;
    const out = { repaired: [], warnings: [] };
    const managed = (0,includes/* backupIncludes */.q)(config);
    const leftovers = [];
    for (const dir of managed)
        for (const f of await (0,fsutil/* listFiles */.CS)(settings.root, dir))
            if (TEMP_FILE.test(f) || PROBE_FILE.test(f))
                leftovers.push(f);
    for (const f of leftovers)
        await (0,promises_.rm)(external_node_path_default().join(settings.root, f), { force: true });
    if (leftovers.length)
        out.repaired.push(`removed ${leftovers.length} leftover temporary file(s): ${leftovers.slice(0, 5).join(', ')}`);
    const dead = await journal.read();
    if (dead)
        await repairDeadRun(ctx, repo, journal, dead, out);
    if (repo && (await repo.headSha())) {
        const reset = await repo.resetStaleIndex(managed);
        if (reset.length)
            out.repaired.push(`reset git's index to HEAD for ${reset.length} file(s) a killed commit left staged: ${reset.slice(0, 5).join(', ')}`);
    }
    if (repo && settings.push) {
        const unpushed = await repo.unpushedCommits(config.git.remote, config.git.branch || undefined).catch(() => undefined);
        if (unpushed?.length) {
            const foreign = unpushed.filter((c) => c.authorEmail !== config.git.authorEmail);
            if (foreign.length) {
                out.warnings.push(`${unpushed.length} local commit(s) not on ${config.git.remote}, ${foreign.length} not by the bot: left for a person to push`);
            }
            else {
                const pushed = await pushRun(ctx, repo);
                if (pushed.pushed) {
                    out.repaired.push(`pushed ${unpushed.length} bot commit(s) an earlier run left unpushed`);
                    if (pushed.sha)
                        out.pushedSha = pushed.sha;
                }
                else
                    out.warnings.push(`could not push ${unpushed.length} stranded bot commit(s): ${pushed.error ?? 'unknown reason'}`);
            }
        }
    }
    return out;
}
async function repairDeadRun(ctx, repo, journal, dead, out) {
    const { config } = ctx;
    let committed = dead.phase === 'committed';
    if (!committed && dead.phase === 'writing' && repo && dead.head) {
        // The dead run's commit is the first one after the HEAD it started from (a person may have
        // committed on top since).
        const next = await repo.firstCommitAfter(dead.head).catch(() => undefined);
        if (next) {
            const info = await repo.commitInfo(next);
            committed = info.parent === dead.head && info.authorEmail === config.git.authorEmail;
        }
    }
    if (committed) {
        out.repaired.push(`completed the run of ${dead.date} that was killed after its commit`);
    }
    else if (dead.entries.length) {
        const undone = await undoWrites(ctx.settings.root, journal, dead, ctx.io);
        if (undone.problems.length) {
            // Keep the journal: the next run tries again; writing over a half-undone tree would lose its record.
            throw new Error(`cannot undo the writes of the run that died: ${undone.problems.join('; ')}`);
        }
        if (undone.restored.length)
            out.repaired.push(`undid ${undone.restored.length} uncommitted write(s) of the run of ${dead.date} that died (re-derived now): ${undone.restored.slice(0, 5).join(', ')}`);
        if (undone.leftAlone.length)
            out.warnings.push(`left as they are (changed since the run that died): ${undone.leftAlone.join(', ')}`);
    }
    const record = {
        command: 'run',
        // A run whose commit exists did its work: the history says what its committed day log says.
        status: committed ? (dead.runStatus ?? 'success') : 'failed',
        reason: committed
            ? 'killed after its commit; completed by the next run'
            : 'the run did not finish (killed or crashed); its writes were undone by the next run',
        startedAt: dead.startedAt,
        finishedAt: new Date(ctx.clock.now()).toISOString(),
        durationMs: Math.max(0, ctx.clock.now() - Date.parse(dead.startedAt)),
        date: dead.date,
        itemsCollected: 0,
        itemsAdded: 0,
        sourcesOk: 0,
        sourcesFailed: 0,
        cacheHitRate: 0,
        committed,
    };
    try {
        await (0,ops_history/* appendRun */.ah)(ctx.state.runsFile, record);
    }
    catch (err) {
        out.warnings.push(`run history not updated for the run that died: ${err.message}`);
    }
    await journal.clear();
}

// EXTERNAL MODULE: ./src/run/stages/report.ts
var stages_report = __webpack_require__(89743);
// EXTERNAL MODULE: ./src/github-env.ts
var github_env = __webpack_require__(54626);
;// CONCATENATED MODULE: ./src/run/daily.ts
/**
 * `wiki-daily run`: the daily update, as stages that read straight down.
 *
 *   preflight → lock → reconcile → skip guard → journal (started) → backup → collect → gate → plan
 *   → apply (journal, pages, seen file last) → commit → push → clear journal → report
 *
 * Each stage is a function of typed data in and out (./stages/*); this orchestrator records outcomes in
 * the one RunReport and decides whether to go on. A run that fails leaves branch, remote and working
 * tree as it found them: failures before apply write nothing, and a failure from apply on undoes what
 * this run wrote (and a commit it could not push). A run killed anywhere is repaired by the next
 * run's reconcile stage from the journal in the state folder.
 */




























async function runDaily(rc) {
    const { settings, config, logger, clock } = rc;
    const state = (0,src_state/* statePaths */.V)(settings.stateDir);
    const ctx = { settings, config, logger, clock, env: rc.env, state, io: rc.io ?? apply/* diskIo */.c5, ...(rc.onProgress ? { onProgress: rc.onProgress } : {}), ...(rc.seenThreshold !== undefined ? { seenThreshold: rc.seenThreshold } : {}) };
    const report = (0,report_report.newReport)('run', config, clock.now(), settings.dryRun);
    report.repaired = [];
    const runUrl = (0,github_env/* runUrlFrom */.R)(rc.env);
    if (runUrl)
        report.runUrl = runUrl;
    const budget = new Budget(clock, minutes(config.schedule.runBudgetMinutes), Object.fromEntries(Object.entries(config.schedule.stageBudgetMinutes).map(([k, v]) => [k, minutes(v)])), report, logger);
    const journal = new run_journal/* Journal */.C(state.root, state.backups, (file, data) => ctx.io.write(file, data));
    const effects = {};
    let lock;
    let repo;
    try {
        const pre = await preflight(ctx);
        repo = pre.repo;
        report.warnings.push(...pre.warnings);
        if (!settings.dryRun) {
            lock = await (0,ops_lock/* acquireLocks */.x)(state.locks, ['run'], {
                command: 'wiki-daily run',
                waitMs: minutes(config.lock.waitMinutes),
                staleMs: minutes(config.lock.staleMinutes),
                clock,
                logger,
            });
            for (const w of lock.takenOver)
                report.repaired.push(`took over a stale lock: ${w}`);
            (0,faults/* crashPoint */.u)('after-lock');
            await probeContentFolders(ctx);
            const rec = await budget.stage('reconcile', (signal) => reconcile(ctx, repo?.withSignal(signal), journal));
            report.repaired.push(...rec.repaired);
            report.warnings.push(...rec.warnings);
            if (rec.pushedSha)
                report.commitSha = rec.pushedSha;
            for (const r of rec.repaired)
                logger.warn(`repaired: ${r}`);
            (0,faults/* crashPoint */.u)('after-reconcile');
        }
        const skip = await skipReason(ctx, report.date);
        if (skip) {
            report.status = 'skipped';
            report.reason = skip;
            return await finish();
        }
        const head = repo ? await repo.headSha() : undefined;
        const base = { version: 1, startedAt: report.startedAt, date: report.date, ...(head ? { head } : {}), phase: 'started', entries: [] };
        if (!settings.dryRun) {
            // Before the first write: a journal found by the next run means this one died.
            await journal.write(base);
            effects.journaled = true;
            const backup = await budget.stage('backup', () => backupRun(ctx, report.date));
            report.backupId = backup.id;
            report.backupCreated = backup.created;
            if (backup.artifact)
                report.backupArtifact = backup.artifact;
            report.warnings.push(...backup.warnings);
            (0,faults/* crashPoint */.u)('after-backup');
        }
        const collected = await budget.stage('collect', (signal) => (rc.collect ?? fetchSources)(ctx, signal));
        (0,faults/* crashPoint */.u)('after-collect');
        // Google News opaque tokens → publisher URLs before the gate; unresolved items wait for the next run.
        const googleNews = await budget.stage('resolve', () => resolveGoogleNewsItems(collected.items, { config, memoryFile: state.googleNews, clock, logger }));
        collected.items = googleNews.items;
        report.warnings.push(...googleNews.warnings);
        report.sources = collected.sources;
        report.itemsCollected = collected.items.length;
        report.cache = (0,report_report.cacheStats)(collected.sources);
        const cs = (0,report_report.collectionStatus)(collected.sources);
        report.status = cs.status;
        if (cs.reason)
            report.reason = cs.reason;
        // A missing or failed shard (run --from) is named in the reason and the warnings.
        if (collected.notes?.length) {
            report.warnings.push(...collected.notes);
            if (cs.status !== 'success')
                report.reason = `${collected.notes[0]} (${cs.reason})`;
        }
        if (cs.status === 'success' && collected.items.length === 0 && collected.sources.length > 0)
            report.warnings.push('no items in any source (feeds answered but were empty)');
        // Every source failed: a failed run writes nothing (its record goes to the history and the alert).
        if (report.status === 'failed')
            return await finish();
        // git status once: which files are a person's uncommitted edits (curation and planning respect them).
        const wikiState = await readWikiState(ctx, repo ? repo.dirtyFiles().then((files) => new Set(files)) : undefined);
        report.warnings.push(...wikiState.warnings);
        // Curation (ticked boxes, the promote input, pool archiving) first; today's entries on top of it.
        const curation = await budget.stage('curate', () => curateStage(ctx, wikiState));
        report.warnings.push(...curation.warnings);
        if (curation.actions.length)
            report.curated = curation.actions.map((a) => `${a.action} ${a.id}${a.to ? ` → ${a.to}` : ''}`);
        // Guard rails (config `limits`): items deferred by an earlier run come back; this run's excess waits.
        const backlog = await readBacklog(state.backlog);
        if (backlog.warning)
            report.warnings.push(backlog.warning);
        const gated = await budget.stage('gate', async () => gate_gate({ ...collected, items: [...collected.items, ...backlog.items] }, wikiState, config));
        report.lanes = gated.counts;
        const capped = capNewEntries(gated.items, config, config.limits);
        if (capped.warning)
            report.warnings.push(capped.warning);
        if (!settings.dryRun && (capped.deferred.length || backlog.items.length))
            await writeBacklog(state.backlog, capped.deferred);
        let planned = await budget.stage('plan', () => planRun(ctx, report, capped.kept, wikiState, repo, curation.edits, curation.seenAdded));
        const planErrors = planned.commit.plan.errors.map((e) => `page not updated: ${(0,errors/* errorMessage */.gJ)(e)}`);
        if (planErrors.length && report.status === 'success') {
            // A page that cannot be edited safely keeps its items unwritten (and unseen): they land next run.
            // The day log must say "partial" too, so plan again with that status.
            report.status = 'partial';
            report.reason = planErrors[0];
            planned = await budget.stage('plan-partial', () => planRun(ctx, report, capped.kept, wikiState, repo, curation.edits, curation.seenAdded));
        }
        report.warnings.push(...planErrors, ...planned.warnings);
        report.itemsAdded = planned.commit.plan.written.length;
        report.pages = planned.commit.plan.added;
        report.entries = (0,report_report.addedEntries)(planned.commit.plan.written, config);
        if (settings.dryRun) {
            report.diff = (0,diff/* unifiedDiff */.W)(planned.disk.edits);
            report.changedFiles = planned.disk.edits.map((e) => e.path).sort();
            return await finish();
        }
        if (!planned.disk.edits.length) {
            const kept = await keepIndexCheck(ctx, wikiState, []);
            if (kept)
                report.warnings.push(kept);
            return await finish();
        }
        const runStatus = report.status === 'partial' ? 'partial' : 'success';
        effects.written = await journalWrites(ctx, journal, { ...base, runStatus }, planned.disk.edits);
        const changed = await budget.stage('apply', () => applyRun(ctx, planned.disk.edits));
        report.changedFiles = changed;
        const kept = await keepIndexCheck(ctx, wikiState, planned.disk.edits);
        if (kept)
            report.warnings.push(kept);
        (0,faults/* crashPoint */.u)('after-apply');
        if (!repo) {
            report.warnings.push(`${settings.root} is not a git repository: changes written, nothing committed`);
        }
        else {
            await commitAndPush(ctx, repo, budget, report, planned, changed, journal, effects);
        }
        return await finish();
    }
    catch (err) {
        report.status = 'failed';
        report.reason = (0,errors/* errorMessage */.gJ)(err);
        report.errors.push((0,errors/* errorMessage */.gJ)(err));
        logger.error(report.reason);
        await takeBack(ctx, repo, journal, effects, report);
        return await finish();
    }
    async function finish() {
        (0,faults/* crashPoint */.u)('before-report');
        (0,report_report.finishReport)(report, clock.now());
        await (0,log/* logStage */.jl)(logger, 'report', () => (0,stages_report/* reportRun */.G)(ctx, report));
        // The journal goes only once the history has this run: a run killed before that is completed
        // (and recorded) by the next one. A journal this run could not undo stays for the next run.
        if (effects.journaled && !effects.keepJournal)
            await journal.clear().catch((err) => report.warnings.push(`could not clear the run journal: ${(0,errors/* errorMessage */.gJ)(err)}`));
        await lock?.release();
        lock = undefined;
        return report;
    }
}
async function commitAndPush(ctx, repo, budget, report, planned, changed, journal, effects) {
    const sameView = planned.commit === planned.disk;
    const contents = sameView ? undefined : new Map(planned.commit.edits.map((e) => [e.path, e.after]));
    const files = sameView ? changed : [...contents.keys()].sort();
    if (!files.length)
        return;
    const commit = await budget.stage('commit', (signal) => commitRun(ctx, repo.withSignal(signal), report.date, files, contents));
    report.committed = commit.committed;
    if (!commit.committed || !commit.sha)
        return;
    report.commitSha = commit.sha;
    if (commit.parent)
        effects.commit = { sha: commit.sha, parent: commit.parent, files: commit.files };
    await journal.write({ ...effects.written, phase: 'committed', commitSha: commit.sha });
    if (!ctx.settings.push)
        return;
    (0,faults/* crashPoint */.u)('before-push');
    const pushed = await budget.stage('push', (signal) => pushRun(ctx, repo.withSignal(signal)));
    (0,faults/* crashPoint */.u)('after-push');
    report.pushed = pushed.pushed;
    if (pushed.sha)
        report.commitSha = pushed.sha;
    if (pushed.pushed)
        return;
    if (pushed.rebased) {
        // HEAD now sits on the remote's newer commits: keep it, the next run's reconcile pushes it.
        delete effects.commit;
        effects.written = undefined;
        throw new Error(`push failed: ${pushed.error ?? 'unknown reason'} (the rebased commit stays local and goes out with the next run)`);
    }
    throw new Error(`push failed: ${pushed.error ?? 'unknown reason'}`);
}
/** Undo this run's commit (if still HEAD) and its writes, so a failed run leaves no trace. */
async function takeBack(ctx, repo, journal, effects, report) {
    try {
        if (effects.commit && repo) {
            if ((await repo.headSha()) === effects.commit.sha) {
                await repo.undoCommit(effects.commit.sha, effects.commit.parent, effects.commit.files);
                report.committed = false;
                delete report.commitSha;
            }
        }
        if (effects.written) {
            const undone = await undoWrites(ctx.settings.root, journal, effects.written, ctx.io);
            if (undone.problems.length) {
                effects.keepJournal = true;
                report.errors.push(`could not undo every write (the next run retries): ${undone.problems.join('; ')}`);
                return;
            }
            report.changedFiles = [];
        }
    }
    catch (err) {
        effects.keepJournal = true;
        report.errors.push(`could not take back this run's changes (the next run retries): ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}


/***/ }),

/***/ 63066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ Journal)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62072);
/* harmony import */ var _ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40334);
/**
 * The run journal, in the state folder: what a run is about to write, so that the next run can tell a
 * dead run's writes from a person's uncommitted edits and undo or complete them.
 *
 *   journal/journal.json   { phase, head, entries: [{ path, before, planned }] }  (hashes: sha256 hex)
 *   journal/blobs/<sha256> the text each file had before the run (for undo)
 *
 * Written atomically (fsync + rename) before the first page write; cleared when the run is done.
 * A journal found at start means the run that wrote it died (or was killed).
 */






const entrySchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    /** null: the file did not exist before the run. */
    before: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    planned: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
});
const journalSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(1),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    date: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    /** HEAD when the run started writing (undefined: no git or no commit yet). */
    head: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** started: nothing written yet; writing: page writes may be on disk; committed: the commit exists. */
    phase: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['started', 'writing', 'committed']),
    commitSha: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** The status the run's day log records (what the history gets if the commit is completed). */
    runStatus: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['success', 'partial']).optional(),
    entries: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(entrySchema),
});
class Journal {
    backupStore;
    writeText;
    dir;
    file;
    /**
     * @param backupStore the content-addressed backup store (same sha256 of the same bytes): a text the
     *   run's own backup already holds is not copied again (the seen file can be megabytes).
     */
    constructor(stateRoot, backupStore, 
    /** How files are written (the run's write layer, so fault tests reach the journal too). */
    writeText = _fsutil_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic) {
        this.backupStore = backupStore;
        this.writeText = writeText;
        this.dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(stateRoot, 'journal');
        this.file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, 'journal.json');
    }
    async fromBackup(hash) {
        if (!this.backupStore)
            return undefined;
        const text = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .OR)((0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__.blobPath)(this.backupStore, hash)).catch(() => undefined);
        return text !== undefined && (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(text) === hash ? text : undefined;
    }
    /** The journal a dead run left, or undefined. An unreadable journal is an error naming the file. */
    async read() {
        const text = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .OR)(this.file);
        if (text === undefined)
            return undefined;
        try {
            return journalSchema.parse(JSON.parse(text));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .WikiDailyError */ .WA(`${this.file}: unreadable run journal (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}); delete it after checking \`git status\``);
        }
    }
    async write(data) {
        await this.writeText(this.file, `${JSON.stringify(data)}\n`);
    }
    /** Keep the text a file had before the run, so an undo can put it back. */
    async saveBlob(text) {
        const hash = (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(text);
        if (this.backupStore && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__.blobPath)(this.backupStore, hash)).then((st) => st.isFile(), () => false)))
            return hash;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, 'blobs'), { recursive: true });
        const blob = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, 'blobs', hash);
        if ((await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .OR)(blob)) !== text)
            await this.writeText(blob, text);
        return hash;
    }
    async readBlob(hash) {
        const own = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .OR)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, 'blobs', hash));
        const text = own ?? (await this.fromBackup(hash)) ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, 'blobs', hash), 'utf8'));
        if ((0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(text) !== hash)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .WikiDailyError */ .WA(`${this.dir}/blobs/${hash}: journal blob does not match its hash`);
        return text;
    }
    async clear() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.file, { force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, 'blobs'), { recursive: true, force: true });
    }
}


/***/ }),

/***/ 89743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ reportRun)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _ops_anomaly_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91457);
/* harmony import */ var _ops_discord_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16796);
/* harmony import */ var _ops_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30016);
/* harmony import */ var _ops_maintainer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76544);
/* harmony import */ var _shard_costs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11546);
/**
 * Report: anomalies against the history, the history line, and the Discord message. Never fails the
 * run: a problem here becomes a warning in the report.
 */






async function reportRun(ctx, report) {
    const { config, settings, logger, clock, state } = ctx;
    // The maintainer's channels: the failure issue that opens and closes itself, the JSON webhook, metrics
    // (a dry run and a skipped run write metrics only). After the history line, so the consecutive-failure
    // count includes this run. Never throws.
    const maintainer = async () => {
        const history = await (0,_ops_history_js__WEBPACK_IMPORTED_MODULE_2__/* .readRuns */ .xx)(state.runsFile, 200).catch(() => []);
        await (0,_ops_maintainer_js__WEBPACK_IMPORTED_MODULE_3__/* .afterRunForMaintainer */ .Z)({ report, history, config, settings, state, deps: { logger, clock, env: ctx.env } });
    };
    if (report.dryRun)
        return maintainer();
    try {
        const history = (await (0,_ops_history_js__WEBPACK_IMPORTED_MODULE_2__/* .readRuns */ .xx)(state.runsFile, 200)).filter((r) => r.command === 'run' && (r.status === 'success' || r.status === 'partial'));
        if (report.status !== 'skipped') {
            report.anomalies = (0,_ops_anomaly_js__WEBPACK_IMPORTED_MODULE_5__/* .detectAnomalies */ .P6)({ durationMs: report.durationMs, itemsCollected: report.itemsCollected, itemsAdded: report.itemsAdded }, history.slice(-30), config.health.anomalyZ);
            for (const a of report.anomalies)
                logger.warn(`anomaly: ${a.metric} = ${a.value} (median ${a.median}, robust z ${a.z.toFixed(1)})`);
        }
        await (0,_ops_history_js__WEBPACK_IMPORTED_MODULE_2__/* .appendRun */ .ah)(state.runsFile, (0,_ops_history_js__WEBPACK_IMPORTED_MODULE_2__/* .recordFromReport */ .Au)(report));
        // What each source cost to collect, for balancing shards (only sources really fetched).
        const measured = report.sources.filter((s) => s.attempts > 0);
        if (measured.length)
            await (0,_shard_costs_js__WEBPACK_IMPORTED_MODULE_4__/* .recordSourceCosts */ .LR)(settings.stateDir, measured, new Set(config.sources.map((s) => s.id)));
    }
    catch (err) {
        report.warnings.push(`run history not updated: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
    }
    await maintainer();
    if (report.status === 'skipped')
        return;
    try {
        const res = await (0,_ops_discord_js__WEBPACK_IMPORTED_MODULE_1__/* .notifyRun */ .Vk)(report, {
            ...(settings.discordWebhook ? { webhookUrl: settings.discordWebhook } : {}),
            settings: config.discord,
            statePaths: state,
            logger,
            clock,
        });
        if (res.queued)
            report.warnings.push(`Discord unreachable: ${res.queued} message(s) queued for the next run`);
    }
    catch (err) {
        report.warnings.push(`Discord alert failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
    }
}


/***/ }),

/***/ 11546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* binding */ recordSourceCosts),
/* harmony export */   SZ: () => (/* binding */ readSourceCosts)
/* harmony export */ });
/* unused harmony export foldCosts */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62072);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5395);
/**
 * Expected collect cost per source, for balancing shards: `source-costs.json` in the state folder,
 * updated after every run that collected (single machine or merged shards) from the source reports.
 *
 * Kept apart from runs.jsonl on purpose: a per-source map on every history line would grow the history
 * by ~100 KB per run at 3,000 sources, and only the latest estimate matters for planning.
 * Losing the file loses only balance (every source then weighs DEFAULT_SOURCE_COST).
 */





const SOURCE_COSTS_FILE = 'source-costs.json';
const costsFile = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1),
    /** Source id → expected collect duration, ms (smoothed). */
    sources: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative()),
});
function sourceCostsPath(stateDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(stateDir), SOURCE_COSTS_FILE);
}
/** Missing file → no costs. An unreadable or invalid file is an error naming the file. */
async function readSourceCosts(stateDir) {
    const file = sourceCostsPath(stateDir);
    const text = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__/* .readIfExists */ .OR)(file);
    if (text === undefined)
        return new Map();
    let parsed;
    try {
        parsed = costsFile.parse(JSON.parse(text));
    }
    catch (err) {
        throw new Error(`${file}: not a source cost file (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}); delete it to start over`, { cause: err });
    }
    return new Map(Object.entries(parsed.sources));
}
/**
 * Fold one run's measurements in: an exponential average (half old, half new) so one slow day does
 * not swing the plan; sources no longer configured drop out with `keep`.
 */
function foldCosts(before, reports, keep) {
    const out = new Map();
    for (const [id, v] of before)
        if (!keep || keep.has(id))
            out.set(id, v);
    for (const r of reports) {
        if (!Number.isFinite(r.durationMs) || r.durationMs < 0)
            continue;
        const old = out.get(r.id);
        out.set(r.id, Math.round(old === undefined ? r.durationMs : (old + r.durationMs) / 2));
    }
    return out;
}
async function recordSourceCosts(stateDir, reports, keep) {
    if (!reports.length)
        return;
    const before = await readSourceCosts(stateDir).catch(() => new Map());
    const after = foldCosts(before, reports, keep);
    const sorted = Object.fromEntries([...after].sort(([a], [b]) => (0,_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareStrings */ .K)(a, b)));
    await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__.writeFileAtomic)(sourceCostsPath(stateDir), `${JSON.stringify({ version: 1, sources: sorted })}\n`);
}


/***/ })

};
