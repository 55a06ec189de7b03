export const id = 446;
export const ids = [446,914,929];
export const modules = {

/***/ 77793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdCollectShard: () => (/* binding */ cmdCollectShard),
/* harmony export */   cmdShards: () => (/* binding */ cmdShards)
/* harmony export */ });
/* harmony import */ var _collect_collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91602);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61036);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _http_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25914);
/* harmony import */ var _http_fetcher_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31619);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88850);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2462);
/* harmony import */ var _shard_costs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11546);
/* harmony import */ var _shard_output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84463);
/* harmony import */ var _shard_plan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(78597);










async function cmdShards(settings, deps) {
    if (settings.count === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('shards needs --count N');
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(settings.configFile);
    const plan = (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .planShards */ .tF)(config, settings.count, await (0,_shard_costs_js__WEBPACK_IMPORTED_MODULE_7__/* .readSourceCosts */ .SZ)(settings.stateDir));
    if (settings.out)
        await (0,_shard_output_js__WEBPACK_IMPORTED_MODULE_8__/* .writePlanFile */ .J)(settings.out, plan);
    if (plan.count < settings.count)
        deps.logger.warn(`only ${plan.count} host(s) to split: ${plan.count} shard(s) instead of ${settings.count}`);
    const text = plan.shards
        .map((s) => `${s.shard}: ${s.sources.length} sources on ${s.hosts.length} host(s), expected cost ${s.cost}`)
        .join('\n');
    return { exitCode: 0, json: (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .shardMatrix */ ._b)(plan), text: text + (settings.out ? `\nplan written to ${settings.out}` : ''), outputs: { matrix: JSON.stringify((0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .shardMatrix */ ._b)(plan)) } };
}
async function cmdCollectShard(settings, deps) {
    const spec = (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .parseShardSpec */ .d7)(settings.shard ?? '');
    if (!settings.out)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('collect --shard needs --out DIR (the folder the shard output is written to)');
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(settings.configFile);
    const plan = settings.shardPlan
        ? await (0,_shard_output_js__WEBPACK_IMPORTED_MODULE_8__/* .readPlanFile */ .wr)(settings.shardPlan)
        : (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .planShards */ .tF)(config, spec.count, await (0,_shard_costs_js__WEBPACK_IMPORTED_MODULE_7__/* .readSourceCosts */ .SZ)(settings.stateDir));
    const mine = plan.shards.find((s) => s.shard === (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .formatShard */ ._D)(spec));
    if (plan.count !== spec.count || !mine)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--shard ${(0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .formatShard */ ._D)(spec)} is not in the plan, which has ${plan.count} shard(s)${plan.count < spec.count ? ' (fewer hosts than shards asked)' : ''}`);
    const known = new Set(config.sources.map((s) => s.id));
    const unknown = mine.sources.filter((id) => !known.has(id));
    if (unknown.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${settings.shardPlan}: sources not in the config: ${unknown.slice(0, 10).join(', ')}`);
    const ids = new Set(mine.sources);
    const shardConfig = { ...config, sources: config.sources.filter((s) => ids.has(s.id)) };
    const started = deps.clock.now();
    const fetcher = new _http_fetcher_js__WEBPACK_IMPORTED_MODULE_4__.Fetcher(config.http, new _http_cache_js__WEBPACK_IMPORTED_MODULE_3__.FileHttpCache((0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .statePaths */ .V)(settings.stateDir).httpCache, deps.logger), {
        logger: deps.logger,
        clock: deps.clock,
        refresh: settings.refresh,
    });
    let status;
    let reason;
    let result = { sources: [], items: [] };
    try {
        result = ids.size ? await (0,_collect_collect_js__WEBPACK_IMPORTED_MODULE_0__.collectSources)(shardConfig, fetcher, deps.logger) : result;
        const cs = ids.size ? (0,_report_report_js__WEBPACK_IMPORTED_MODULE_5__.collectionStatus)(result.sources) : { status: 'success' };
        status = cs.status === 'failed' ? 'failed' : cs.status === 'partial' ? 'partial' : 'success';
        reason = cs.reason;
        await fetcher.close();
    }
    catch (err) {
        // The shard as a whole failed: still leave an output, so the merge names this shard and its sources.
        status = 'failed';
        reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err);
        await fetcher.abort();
    }
    const file = await (0,_shard_output_js__WEBPACK_IMPORTED_MODULE_8__/* .writeShardOutput */ .nv)(settings.out, {
        spec,
        plan,
        status,
        ...(reason ? { reason } : {}),
        sources: result.sources,
        items: result.items,
        createdAt: new Date(deps.clock.now()).toISOString(),
    });
    const durationMs = deps.clock.now() - started;
    const cache = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_5__.cacheStats)(result.sources);
    const json = { shard: (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .formatShard */ ._D)(spec), status, ...(reason ? { reason } : {}), file, sources: result.sources.length, hosts: mine.hosts.length, items: result.items.length, durationMs, cache };
    return {
        exitCode: status === 'failed' ? 1 : 0,
        json,
        text: `shard ${json.shard}: ${status}${reason ? ` (${reason})` : ''}; ${json.sources} sources on ${json.hosts} host(s), ${json.items} items in ${durationMs} ms; wrote ${file}`,
        outputs: { status, file },
    };
}


/***/ }),

/***/ 25914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FileHttpCache: () => (/* binding */ FileHttpCache),
/* harmony export */   NoHttpCache: () => (/* binding */ NoHttpCache),
/* harmony export */   cacheKey: () => (/* binding */ cacheKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62072);
/* harmony import */ var _state_schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27271);
/**
 * HTTP cache of successful (2xx) responses, so a re-run within the freshness window costs no request
 * and a later run can ask "has it changed?" (ETag / Last-Modified → 304) instead of downloading again.
 *
 * On disk (statePaths(stateDir).httpCache): per URL, one file `<sha256(URL)>.entry`: the meta as one
 * line of JSON, a newline, then the raw body bytes, written atomically. The meta records the body's
 * length and sha256, so a body that does not belong to it (disk trouble, hand edits) is detected.
 * Anything unreadable is a miss with a warning: losing the cache only costs speed.
 *
 * One file per response, not a meta file beside a body file: every atomic write creates a file, and
 * creating files is the most expensive part of storing a small feed (about 0.8 ms of kernel time
 * each on the 2-core bench machine, where 4 shard processes collecting at once were CPU-bound).
 * Entries of the earlier layout (`<key>.json` beside `<key>.body`) are still read, so conditional
 * requests keep working after an upgrade; storing such a URL again replaces them with one file.
 */






function cacheKey(url) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(url).digest('hex');
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
function isMissing(err) {
    return err?.code === 'ENOENT';
}
function publicEntry(meta) {
    const entry = {
        url: meta.url,
        status: meta.status,
        storedAt: meta.storedAt,
        bodyBytes: meta.bodyBytes,
        finalUrl: meta.finalUrl,
    };
    if (meta.etag !== undefined)
        entry.etag = meta.etag;
    if (meta.lastModified !== undefined)
        entry.lastModified = meta.lastModified;
    if (meta.contentType !== undefined)
        entry.contentType = meta.contentType;
    return entry;
}
class FileHttpCache {
    dir;
    logger;
    /** Keys read from the earlier two-file layout: their files are removed once stored anew. */
    legacyKeys = new Set();
    constructor(dir, logger) {
        this.dir = dir;
        this.logger = logger;
    }
    entryFile(key) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `${key}.entry`);
    }
    legacyFiles(key) {
        return { meta: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `${key}.json`), body: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `${key}.body`) };
    }
    async get(url) {
        const key = cacheKey(url);
        const file = this.entryFile(key);
        let bytes;
        try {
            bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
        }
        catch (err) {
            if (isMissing(err))
                return this.getLegacy(url, key);
            this.logger.warn(`http cache: cannot read ${file} (for ${url}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}; treated as a miss`);
            return undefined;
        }
        const corrupt = (why) => {
            this.logger.warn(`http cache: ${(0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .corruptStateMessage */ .gs)(file, `cache entry for ${url}`, why, 'treated as a miss')}`);
            return undefined;
        };
        // JSON.stringify never writes a raw newline, and 0x0A is never part of a multi-byte UTF-8 character.
        const newline = bytes.indexOf(0x0a);
        if (newline < 0)
            return corrupt('no meta line');
        const meta = this.checkMeta(url, bytes.toString('utf8', 0, newline), corrupt);
        if (!meta)
            return undefined;
        const body = bytes.subarray(newline + 1);
        if (body.byteLength !== meta.bodyBytes || sha256(body) !== meta.bodySha256) {
            return corrupt(`its body does not match its meta (${body.byteLength} bytes, expected ${meta.bodyBytes})`);
        }
        return { ...publicEntry(meta), body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
    }
    /** The meta line parsed and checked, or undefined after `corrupt` was told why. */
    checkMeta(url, text, corrupt) {
        const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .httpCacheMetaSchema */ .tz, text);
        if (!parsed.ok)
            return corrupt(parsed.problem);
        // Two URLs with the same sha256 will not happen; a copied or hand-edited file might.
        if (parsed.value.url !== url)
            return corrupt(`it belongs to ${parsed.value.url}`);
        return parsed.value;
    }
    /** An entry of the earlier layout: `<key>.json` (the meta, its commit point) beside `<key>.body`. */
    async getLegacy(url, key) {
        const files = this.legacyFiles(key);
        let metaText;
        try {
            metaText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(files.meta, 'utf8');
        }
        catch (err) {
            if (!isMissing(err))
                this.logger.warn(`http cache: cannot read ${files.meta} (for ${url}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}; treated as a miss`);
            return undefined;
        }
        const corrupt = (why) => {
            this.logger.warn(`http cache: ${(0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .corruptStateMessage */ .gs)(files.meta, `cache entry for ${url}`, why, 'treated as a miss')}`);
            return undefined;
        };
        const meta = this.checkMeta(url, metaText, corrupt);
        if (!meta)
            return undefined;
        let body;
        try {
            body = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(files.body);
        }
        catch (err) {
            return corrupt(`body file ${files.body} unreadable (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)})`);
        }
        if (body.byteLength !== meta.bodyBytes || sha256(body) !== meta.bodySha256) {
            return corrupt(`body file ${files.body} does not match its meta (${body.byteLength} bytes, expected ${meta.bodyBytes})`);
        }
        this.legacyKeys.add(key);
        return { ...publicEntry(meta), body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
    }
    async set(url, entry, body) {
        const key = cacheKey(url);
        const meta = { version: 1, ...publicEntry(entry), url, bodyBytes: body.byteLength, bodySha256: sha256(body) };
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(this.entryFile(key), Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`, 'utf8'), body]));
        if (this.legacyKeys.delete(key)) {
            // The new entry is on disk and read first: the old pair is only dead weight now. The meta goes
            // first, so a failure half-way never leaves a meta whose body is gone.
            const old = this.legacyFiles(key);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old.meta, { force: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old.body, { force: true });
            }
            catch (err) {
                this.logger.warn(`http cache: stored ${url} but could not remove its old files ${old.meta} / ${old.body}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
            }
        }
    }
}
/** No cache at all: for link checks, whose probes never read or write one (FetchOptions.probe). */
class NoHttpCache {
    async get() {
        return undefined;
    }
    async set() { }
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

/***/ 88850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addedEntries: () => (/* binding */ addedEntries),
/* harmony export */   cacheStats: () => (/* binding */ cacheStats),
/* harmony export */   collectionStatus: () => (/* binding */ collectionStatus),
/* harmony export */   finishReport: () => (/* binding */ finishReport),
/* harmony export */   newReport: () => (/* binding */ newReport)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10182);
/* harmony import */ var _pages_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48380);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29834);



function newReport(command, config, now, dryRun = false) {
    return {
        command,
        status: 'running',
        startedAt: new Date(now).toISOString(),
        durationMs: 0,
        date: (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .localDate */ .gD)(now, config.timezone),
        timezone: config.timezone,
        dryRun,
        sources: [],
        cache: { hits: 0, conditionalHits: 0, misses: 0, hitRate: 0 },
        itemsCollected: 0,
        itemsAdded: 0,
        lanes: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyLaneCounts */ .c)(),
        pages: {},
        changedFiles: [],
        committed: false,
        pushed: false,
        stages: [],
        errors: [],
        warnings: [],
        anomalies: [],
    };
}
function finishReport(report, now) {
    report.finishedAt = new Date(now).toISOString();
    report.durationMs = now - Date.parse(report.startedAt);
    return report;
}
/**
 * Honest collection status: a source that failed makes the run partial; every source failing fails it.
 * (The old system reported "success" when every collector had silently failed.)
 */
function collectionStatus(sources) {
    const failed = sources.filter((s) => s.outcome === 'failed');
    if (sources.length === 0)
        return { status: 'failed', reason: 'no enabled sources' };
    if (failed.length === sources.length)
        return { status: 'failed', reason: `all ${sources.length} sources failed` };
    if (failed.length > 0)
        return {
            status: 'partial',
            reason: `${failed.length} of ${sources.length} sources failed: ${failed
                .slice(0, 5)
                .map((s) => s.id)
                .join(', ')}${failed.length > 5 ? ', …' : ''}`,
        };
    return { status: 'success' };
}
function cacheStats(sources) {
    let hits = 0;
    let conditionalHits = 0;
    let misses = 0;
    for (const s of sources) {
        if (s.outcome === 'fresh')
            hits++;
        else if (s.outcome === 'not-modified')
            conditionalHits++;
        else
            misses++;
    }
    const total = hits + conditionalHits + misses;
    return { hits, conditionalHits, misses, hitRate: total ? (hits + conditionalHits) / total : 0 };
}
/**
 * The entries a plan wrote, for RunReport.entries, with the same outlet, URL and page the entry block
 * got (so the summary links exactly what the wiki now holds).
 */
function addedEntries(written, config) {
    const out = [];
    for (const it of written) {
        const page = (0,_pages_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .pageOf */ .ZZ)(it, config);
        if (page)
            out.push({ title: it.title, url: it.canonicalUrl, outlet: it.outlet ?? it.host, page });
    }
    return out;
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
    const sorted = Object.fromEntries([...after].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__.writeFileAtomic)(sourceCostsPath(stateDir), `${JSON.stringify({ version: 1, sources: sorted })}\n`);
}


/***/ }),

/***/ 84463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ writePlanFile),
/* harmony export */   ML: () => (/* binding */ findShardOutputs),
/* harmony export */   nv: () => (/* binding */ writeShardOutput),
/* harmony export */   wr: () => (/* binding */ readPlanFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62072);
/* harmony import */ var _item_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94990);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78597);
/**
 * What a shard hands to the merge job (an Actions artifact), and the plan file the plan job hands to
 * the shards. Both are versioned JSON, validated with zod on read; a bad file is an error naming it.
 *
 *   <out>/shard-002-of-004.json   { format, version, shard, plan, status, reason?, sources, items }
 *
 * The file name carries the shard, so the outputs of all shards can be downloaded into one folder
 * (download-artifact `merge-multiple`) or into one folder each; `run --from` accepts both.
 */







const SHARD_OUTPUT_FORMAT = 'wiki-daily-shard';
const SHARD_PLAN_FORMAT = 'wiki-daily-shard-plan';
const sourceKind = _item_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceKindSchema */ .x;
const normalizedItem = _item_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizedItemSchema */ .o;
const sourceReport = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    id: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1),
    kind: sourceKind,
    url: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    outcome: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['fetched', 'not-modified', 'fresh', 'failed']),
    httpStatus: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().optional(),
    items: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().nonnegative(),
    error: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    warnings: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()).optional(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nonnegative(),
    bytesDownloaded: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nonnegative(),
    attempts: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().nonnegative(),
});
const shardName = zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^\d+\/\d+$/, 'I/N');
const plannedShard = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    shard: shardName,
    hosts: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()),
    sources: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()),
    cost: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nonnegative(),
});
const planBody = {
    count: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(1),
    shards: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(plannedShard).min(1),
};
const planFile = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({ format: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz(SHARD_PLAN_FORMAT), version: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz(1), ...planBody });
const shardOutput = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    format: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz(SHARD_OUTPUT_FORMAT),
    version: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz(1),
    shard: shardName,
    createdAt: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    plan: zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej(planBody),
    status: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['success', 'partial', 'failed']),
    reason: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    sources: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(sourceReport),
    items: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(normalizedItem),
});
function shardFileName(spec) {
    const w = (n) => String(n).padStart(3, '0');
    return `shard-${w(spec.index)}-of-${w(spec.count)}.json`;
}
const SHARD_FILE = /^shard-(\d+)-of-(\d+)\.json$/;
function validate(schema, value, file, what) {
    const r = schema.safeParse(value);
    if (r.success)
        return r.data;
    const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .WikiDailyError */ .WA(`${file}: not a ${what} (${issues.join('; ')})`);
}
async function readJson(file) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .WikiDailyError */ .WA(`${file}: not JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`, { cause: err });
    }
}
async function writePlanFile(file, plan) {
    await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(file, `${JSON.stringify({ format: SHARD_PLAN_FORMAT, version: 1, ...plan }, null, 1)}\n`);
}
async function readPlanFile(file) {
    const p = validate(planFile, await readJson(file), file, 'shard plan');
    return { count: p.count, shards: p.shards };
}
/** Write one shard's output into `dir`; returns the file written. */
async function writeShardOutput(dir, out) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir), shardFileName(out.spec));
    const value = {
        format: SHARD_OUTPUT_FORMAT,
        version: 1,
        shard: (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .formatShard */ ._D)(out.spec),
        createdAt: out.createdAt,
        plan: out.plan,
        status: out.status,
        ...(out.reason ? { reason: out.reason } : {}),
        // itemList is the `collect --json` view; the items travel once, in `items`.
        sources: out.sources.map(({ itemList: _omit, ...s }) => s),
        items: out.items,
    };
    await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(file, `${JSON.stringify(value)}\n`);
    return file;
}
/**
 * Every shard output file in the given folders (sorted by path). A folder that does not exist or holds
 * none is reported in `notes`, not thrown: a missing artifact is a missing shard, the run goes on partial.
 */
async function findShardOutputs(dirs) {
    const found = [];
    const notes = [];
    for (const dir of [...new Set(dirs.map((d) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(d)))]) {
        const isDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).then((s) => s.isDirectory(), () => false);
        if (!isDir) {
            notes.push(`shard output folder ${dir} does not exist`);
            continue;
        }
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).filter((n) => SHARD_FILE.test(n)).sort();
        if (!names.length)
            notes.push(`no shard output (shard-I-of-N.json) in ${dir}`);
        for (const name of names) {
            const m = SHARD_FILE.exec(name);
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
            const shard = `${Number(m[1])}/${Number(m[2])}`;
            try {
                const output = validate(shardOutput, await readJson(file), file, 'shard output');
                if (output.shard !== shard)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .WikiDailyError */ .WA(`${file}: says shard ${output.shard} but is named for ${shard}`);
                found.push({ file, shard, output });
            }
            catch (err) {
                found.push({ file, shard, error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err) });
            }
        }
    }
    return { found, notes };
}


/***/ }),

/***/ 78597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _D: () => (/* binding */ formatShard),
/* harmony export */   _b: () => (/* binding */ shardMatrix),
/* harmony export */   d7: () => (/* binding */ parseShardSpec),
/* harmony export */   tF: () => (/* binding */ planShards)
/* harmony export */ });
/* unused harmony export sourceHost */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _feeds_urls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41723);
/* harmony import */ var _http_fetcher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31619);



/** Cost of a source never measured: every source costs at least one request. */
const DEFAULT_SOURCE_COST = 1;
const MAX_SHARDS = 256;
function formatShard(spec) {
    return `${spec.index}/${spec.count}`;
}
/** "I/N" with 1 ≤ I ≤ N ≤ MAX_SHARDS; anything else is a UsageError naming the flag. */
function parseShardSpec(text, flag = '--shard') {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} takes I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4), got "${text}"`);
    return { index, count };
}
/** host:port a source's requests go to (its feed URL; an html source's articles are on the same site). */
function sourceHost(source, http) {
    return (0,_http_fetcher_js__WEBPACK_IMPORTED_MODULE_1__.hostKey)(new URL((0,_feeds_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceUrl */ .H)(source, http)));
}
function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The plan for `count` shards over the enabled sources. Fewer hosts than shards gives fewer shards
 * (an empty job is only cost), so `plan.count` may be smaller than asked.
 */
function planShards(config, count, costs = new Map()) {
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--count takes a whole number from 1 to ${MAX_SHARDS}, got ${count}`);
    const enabled = config.sources.filter((s) => s.enabled);
    const hosts = new Map();
    for (const s of enabled) {
        const host = sourceHost(s, config.http);
        const h = hosts.get(host) ?? { cost: 0, sources: new Set() };
        const c = costs.get(s.id);
        h.cost += c !== undefined && Number.isFinite(c) && c > 0 ? c : DEFAULT_SOURCE_COST;
        h.sources.add(s.id);
        hosts.set(host, h);
    }
    const n = Math.max(1, Math.min(count, hosts.size));
    const bins = Array.from({ length: n }, () => ({ cost: 0, hosts: [], ids: new Set() }));
    const order = [...hosts].sort(([ha, a], [hb, b]) => b.cost - a.cost || byText(ha, hb));
    for (const [host, h] of order) {
        let best = 0;
        for (let i = 1; i < n; i++)
            if (bins[i].cost < bins[best].cost)
                best = i;
        const bin = bins[best];
        bin.cost += h.cost;
        bin.hosts.push(host);
        for (const id of h.sources)
            bin.ids.add(id);
    }
    return {
        count: n,
        shards: bins.map((b, i) => ({
            shard: formatShard({ index: i + 1, count: n }),
            hosts: b.hosts.sort(byText),
            sources: enabled.filter((s) => b.ids.has(s.id)).map((s) => s.id),
            cost: Math.round(b.cost * 1000) / 1000,
        })),
    };
}
/** The GitHub Actions matrix: `{"include":[{"shard":"1/4"},…]}` (used as `fromJSON(…)` in `strategy.matrix`). */
function shardMatrix(plan) {
    return { include: plan.shards.map((s) => ({ shard: s.shard })) };
}


/***/ }),

/***/ 42710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ BananaSlug)
});

// UNUSED EXPORTS: slug

;// CONCATENATED MODULE: ./node_modules/github-slugger/regex.js
// This module is generated by `script/`.
/* eslint-disable no-control-regex, no-misleading-character-class, no-useless-escape */
const regex = /[\0-\x1F!-,\.\/:-@\[-\^`\{-\xA9\xAB-\xB4\xB6-\xB9\xBB-\xBF\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0378\u0379\u037E\u0380-\u0385\u0387\u038B\u038D\u03A2\u03F6\u0482\u0530\u0557\u0558\u055A-\u055F\u0589-\u0590\u05BE\u05C0\u05C3\u05C6\u05C8-\u05CF\u05EB-\u05EE\u05F3-\u060F\u061B-\u061F\u066A-\u066D\u06D4\u06DD\u06DE\u06E9\u06FD\u06FE\u0700-\u070F\u074B\u074C\u07B2-\u07BF\u07F6-\u07F9\u07FB\u07FC\u07FE\u07FF\u082E-\u083F\u085C-\u085F\u086B-\u089F\u08B5\u08C8-\u08D2\u08E2\u0964\u0965\u0970\u0984\u098D\u098E\u0991\u0992\u09A9\u09B1\u09B3-\u09B5\u09BA\u09BB\u09C5\u09C6\u09C9\u09CA\u09CF-\u09D6\u09D8-\u09DB\u09DE\u09E4\u09E5\u09F2-\u09FB\u09FD\u09FF\u0A00\u0A04\u0A0B-\u0A0E\u0A11\u0A12\u0A29\u0A31\u0A34\u0A37\u0A3A\u0A3B\u0A3D\u0A43-\u0A46\u0A49\u0A4A\u0A4E-\u0A50\u0A52-\u0A58\u0A5D\u0A5F-\u0A65\u0A76-\u0A80\u0A84\u0A8E\u0A92\u0AA9\u0AB1\u0AB4\u0ABA\u0ABB\u0AC6\u0ACA\u0ACE\u0ACF\u0AD1-\u0ADF\u0AE4\u0AE5\u0AF0-\u0AF8\u0B00\u0B04\u0B0D\u0B0E\u0B11\u0B12\u0B29\u0B31\u0B34\u0B3A\u0B3B\u0B45\u0B46\u0B49\u0B4A\u0B4E-\u0B54\u0B58-\u0B5B\u0B5E\u0B64\u0B65\u0B70\u0B72-\u0B81\u0B84\u0B8B-\u0B8D\u0B91\u0B96-\u0B98\u0B9B\u0B9D\u0BA0-\u0BA2\u0BA5-\u0BA7\u0BAB-\u0BAD\u0BBA-\u0BBD\u0BC3-\u0BC5\u0BC9\u0BCE\u0BCF\u0BD1-\u0BD6\u0BD8-\u0BE5\u0BF0-\u0BFF\u0C0D\u0C11\u0C29\u0C3A-\u0C3C\u0C45\u0C49\u0C4E-\u0C54\u0C57\u0C5B-\u0C5F\u0C64\u0C65\u0C70-\u0C7F\u0C84\u0C8D\u0C91\u0CA9\u0CB4\u0CBA\u0CBB\u0CC5\u0CC9\u0CCE-\u0CD4\u0CD7-\u0CDD\u0CDF\u0CE4\u0CE5\u0CF0\u0CF3-\u0CFF\u0D0D\u0D11\u0D45\u0D49\u0D4F-\u0D53\u0D58-\u0D5E\u0D64\u0D65\u0D70-\u0D79\u0D80\u0D84\u0D97-\u0D99\u0DB2\u0DBC\u0DBE\u0DBF\u0DC7-\u0DC9\u0DCB-\u0DCE\u0DD5\u0DD7\u0DE0-\u0DE5\u0DF0\u0DF1\u0DF4-\u0E00\u0E3B-\u0E3F\u0E4F\u0E5A-\u0E80\u0E83\u0E85\u0E8B\u0EA4\u0EA6\u0EBE\u0EBF\u0EC5\u0EC7\u0ECE\u0ECF\u0EDA\u0EDB\u0EE0-\u0EFF\u0F01-\u0F17\u0F1A-\u0F1F\u0F2A-\u0F34\u0F36\u0F38\u0F3A-\u0F3D\u0F48\u0F6D-\u0F70\u0F85\u0F98\u0FBD-\u0FC5\u0FC7-\u0FFF\u104A-\u104F\u109E\u109F\u10C6\u10C8-\u10CC\u10CE\u10CF\u10FB\u1249\u124E\u124F\u1257\u1259\u125E\u125F\u1289\u128E\u128F\u12B1\u12B6\u12B7\u12BF\u12C1\u12C6\u12C7\u12D7\u1311\u1316\u1317\u135B\u135C\u1360-\u137F\u1390-\u139F\u13F6\u13F7\u13FE-\u1400\u166D\u166E\u1680\u169B-\u169F\u16EB-\u16ED\u16F9-\u16FF\u170D\u1715-\u171F\u1735-\u173F\u1754-\u175F\u176D\u1771\u1774-\u177F\u17D4-\u17D6\u17D8-\u17DB\u17DE\u17DF\u17EA-\u180A\u180E\u180F\u181A-\u181F\u1879-\u187F\u18AB-\u18AF\u18F6-\u18FF\u191F\u192C-\u192F\u193C-\u1945\u196E\u196F\u1975-\u197F\u19AC-\u19AF\u19CA-\u19CF\u19DA-\u19FF\u1A1C-\u1A1F\u1A5F\u1A7D\u1A7E\u1A8A-\u1A8F\u1A9A-\u1AA6\u1AA8-\u1AAF\u1AC1-\u1AFF\u1B4C-\u1B4F\u1B5A-\u1B6A\u1B74-\u1B7F\u1BF4-\u1BFF\u1C38-\u1C3F\u1C4A-\u1C4C\u1C7E\u1C7F\u1C89-\u1C8F\u1CBB\u1CBC\u1CC0-\u1CCF\u1CD3\u1CFB-\u1CFF\u1DFA\u1F16\u1F17\u1F1E\u1F1F\u1F46\u1F47\u1F4E\u1F4F\u1F58\u1F5A\u1F5C\u1F5E\u1F7E\u1F7F\u1FB5\u1FBD\u1FBF-\u1FC1\u1FC5\u1FCD-\u1FCF\u1FD4\u1FD5\u1FDC-\u1FDF\u1FED-\u1FF1\u1FF5\u1FFD-\u203E\u2041-\u2053\u2055-\u2070\u2072-\u207E\u2080-\u208F\u209D-\u20CF\u20F1-\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F-\u215F\u2189-\u24B5\u24EA-\u2BFF\u2C2F\u2C5F\u2CE5-\u2CEA\u2CF4-\u2CFF\u2D26\u2D28-\u2D2C\u2D2E\u2D2F\u2D68-\u2D6E\u2D70-\u2D7E\u2D97-\u2D9F\u2DA7\u2DAF\u2DB7\u2DBF\u2DC7\u2DCF\u2DD7\u2DDF\u2E00-\u2E2E\u2E30-\u3004\u3008-\u3020\u3030\u3036\u3037\u303D-\u3040\u3097\u3098\u309B\u309C\u30A0\u30FB\u3100-\u3104\u3130\u318F-\u319F\u31C0-\u31EF\u3200-\u33FF\u4DC0-\u4DFF\u9FFD-\u9FFF\uA48D-\uA4CF\uA4FE\uA4FF\uA60D-\uA60F\uA62C-\uA63F\uA673\uA67E\uA6F2-\uA716\uA720\uA721\uA789\uA78A\uA7C0\uA7C1\uA7CB-\uA7F4\uA828-\uA82B\uA82D-\uA83F\uA874-\uA87F\uA8C6-\uA8CF\uA8DA-\uA8DF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA954-\uA95F\uA97D-\uA97F\uA9C1-\uA9CE\uA9DA-\uA9DF\uA9FF\uAA37-\uAA3F\uAA4E\uAA4F\uAA5A-\uAA5F\uAA77-\uAA79\uAAC3-\uAADA\uAADE\uAADF\uAAF0\uAAF1\uAAF7-\uAB00\uAB07\uAB08\uAB0F\uAB10\uAB17-\uAB1F\uAB27\uAB2F\uAB5B\uAB6A-\uAB6F\uABEB\uABEE\uABEF\uABFA-\uABFF\uD7A4-\uD7AF\uD7C7-\uD7CA\uD7FC-\uD7FF\uE000-\uF8FF\uFA6E\uFA6F\uFADA-\uFAFF\uFB07-\uFB12\uFB18-\uFB1C\uFB29\uFB37\uFB3D\uFB3F\uFB42\uFB45\uFBB2-\uFBD2\uFD3E-\uFD4F\uFD90\uFD91\uFDC8-\uFDEF\uFDFC-\uFDFF\uFE10-\uFE1F\uFE30-\uFE32\uFE35-\uFE4C\uFE50-\uFE6F\uFE75\uFEFD-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF3E\uFF40\uFF5B-\uFF65\uFFBF-\uFFC1\uFFC8\uFFC9\uFFD0\uFFD1\uFFD8\uFFD9\uFFDD-\uFFFF]|\uD800[\uDC0C\uDC27\uDC3B\uDC3E\uDC4E\uDC4F\uDC5E-\uDC7F\uDCFB-\uDD3F\uDD75-\uDDFC\uDDFE-\uDE7F\uDE9D-\uDE9F\uDED1-\uDEDF\uDEE1-\uDEFF\uDF20-\uDF2C\uDF4B-\uDF4F\uDF7B-\uDF7F\uDF9E\uDF9F\uDFC4-\uDFC7\uDFD0\uDFD6-\uDFFF]|\uD801[\uDC9E\uDC9F\uDCAA-\uDCAF\uDCD4-\uDCD7\uDCFC-\uDCFF\uDD28-\uDD2F\uDD64-\uDDFF\uDF37-\uDF3F\uDF56-\uDF5F\uDF68-\uDFFF]|\uD802[\uDC06\uDC07\uDC09\uDC36\uDC39-\uDC3B\uDC3D\uDC3E\uDC56-\uDC5F\uDC77-\uDC7F\uDC9F-\uDCDF\uDCF3\uDCF6-\uDCFF\uDD16-\uDD1F\uDD3A-\uDD7F\uDDB8-\uDDBD\uDDC0-\uDDFF\uDE04\uDE07-\uDE0B\uDE14\uDE18\uDE36\uDE37\uDE3B-\uDE3E\uDE40-\uDE5F\uDE7D-\uDE7F\uDE9D-\uDEBF\uDEC8\uDEE7-\uDEFF\uDF36-\uDF3F\uDF56-\uDF5F\uDF73-\uDF7F\uDF92-\uDFFF]|\uD803[\uDC49-\uDC7F\uDCB3-\uDCBF\uDCF3-\uDCFF\uDD28-\uDD2F\uDD3A-\uDE7F\uDEAA\uDEAD-\uDEAF\uDEB2-\uDEFF\uDF1D-\uDF26\uDF28-\uDF2F\uDF51-\uDFAF\uDFC5-\uDFDF\uDFF7-\uDFFF]|\uD804[\uDC47-\uDC65\uDC70-\uDC7E\uDCBB-\uDCCF\uDCE9-\uDCEF\uDCFA-\uDCFF\uDD35\uDD40-\uDD43\uDD48-\uDD4F\uDD74\uDD75\uDD77-\uDD7F\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDFF\uDE12\uDE38-\uDE3D\uDE3F-\uDE7F\uDE87\uDE89\uDE8E\uDE9E\uDEA9-\uDEAF\uDEEB-\uDEEF\uDEFA-\uDEFF\uDF04\uDF0D\uDF0E\uDF11\uDF12\uDF29\uDF31\uDF34\uDF3A\uDF45\uDF46\uDF49\uDF4A\uDF4E\uDF4F\uDF51-\uDF56\uDF58-\uDF5C\uDF64\uDF65\uDF6D-\uDF6F\uDF75-\uDFFF]|\uD805[\uDC4B-\uDC4F\uDC5A-\uDC5D\uDC62-\uDC7F\uDCC6\uDCC8-\uDCCF\uDCDA-\uDD7F\uDDB6\uDDB7\uDDC1-\uDDD7\uDDDE-\uDDFF\uDE41-\uDE43\uDE45-\uDE4F\uDE5A-\uDE7F\uDEB9-\uDEBF\uDECA-\uDEFF\uDF1B\uDF1C\uDF2C-\uDF2F\uDF3A-\uDFFF]|\uD806[\uDC3B-\uDC9F\uDCEA-\uDCFE\uDD07\uDD08\uDD0A\uDD0B\uDD14\uDD17\uDD36\uDD39\uDD3A\uDD44-\uDD4F\uDD5A-\uDD9F\uDDA8\uDDA9\uDDD8\uDDD9\uDDE2\uDDE5-\uDDFF\uDE3F-\uDE46\uDE48-\uDE4F\uDE9A-\uDE9C\uDE9E-\uDEBF\uDEF9-\uDFFF]|\uD807[\uDC09\uDC37\uDC41-\uDC4F\uDC5A-\uDC71\uDC90\uDC91\uDCA8\uDCB7-\uDCFF\uDD07\uDD0A\uDD37-\uDD39\uDD3B\uDD3E\uDD48-\uDD4F\uDD5A-\uDD5F\uDD66\uDD69\uDD8F\uDD92\uDD99-\uDD9F\uDDAA-\uDEDF\uDEF7-\uDFAF\uDFB1-\uDFFF]|\uD808[\uDF9A-\uDFFF]|\uD809[\uDC6F-\uDC7F\uDD44-\uDFFF]|[\uD80A\uD80B\uD80E-\uD810\uD812-\uD819\uD824-\uD82B\uD82D\uD82E\uD830-\uD833\uD837\uD839\uD83D\uD83F\uD87B-\uD87D\uD87F\uD885-\uDB3F\uDB41-\uDBFF][\uDC00-\uDFFF]|\uD80D[\uDC2F-\uDFFF]|\uD811[\uDE47-\uDFFF]|\uD81A[\uDE39-\uDE3F\uDE5F\uDE6A-\uDECF\uDEEE\uDEEF\uDEF5-\uDEFF\uDF37-\uDF3F\uDF44-\uDF4F\uDF5A-\uDF62\uDF78-\uDF7C\uDF90-\uDFFF]|\uD81B[\uDC00-\uDE3F\uDE80-\uDEFF\uDF4B-\uDF4E\uDF88-\uDF8E\uDFA0-\uDFDF\uDFE2\uDFE5-\uDFEF\uDFF2-\uDFFF]|\uD821[\uDFF8-\uDFFF]|\uD823[\uDCD6-\uDCFF\uDD09-\uDFFF]|\uD82C[\uDD1F-\uDD4F\uDD53-\uDD63\uDD68-\uDD6F\uDEFC-\uDFFF]|\uD82F[\uDC6B-\uDC6F\uDC7D-\uDC7F\uDC89-\uDC8F\uDC9A-\uDC9C\uDC9F-\uDFFF]|\uD834[\uDC00-\uDD64\uDD6A-\uDD6C\uDD73-\uDD7A\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDE41\uDE45-\uDFFF]|\uD835[\uDC55\uDC9D\uDCA0\uDCA1\uDCA3\uDCA4\uDCA7\uDCA8\uDCAD\uDCBA\uDCBC\uDCC4\uDD06\uDD0B\uDD0C\uDD15\uDD1D\uDD3A\uDD3F\uDD45\uDD47-\uDD49\uDD51\uDEA6\uDEA7\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3\uDFCC\uDFCD]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85-\uDE9A\uDEA0\uDEB0-\uDFFF]|\uD838[\uDC07\uDC19\uDC1A\uDC22\uDC25\uDC2B-\uDCFF\uDD2D-\uDD2F\uDD3E\uDD3F\uDD4A-\uDD4D\uDD4F-\uDEBF\uDEFA-\uDFFF]|\uD83A[\uDCC5-\uDCCF\uDCD7-\uDCFF\uDD4C-\uDD4F\uDD5A-\uDFFF]|\uD83B[\uDC00-\uDDFF\uDE04\uDE20\uDE23\uDE25\uDE26\uDE28\uDE33\uDE38\uDE3A\uDE3C-\uDE41\uDE43-\uDE46\uDE48\uDE4A\uDE4C\uDE50\uDE53\uDE55\uDE56\uDE58\uDE5A\uDE5C\uDE5E\uDE60\uDE63\uDE65\uDE66\uDE6B\uDE73\uDE78\uDE7D\uDE7F\uDE8A\uDE9C-\uDEA0\uDEA4\uDEAA\uDEBC-\uDFFF]|\uD83C[\uDC00-\uDD2F\uDD4A-\uDD4F\uDD6A-\uDD6F\uDD8A-\uDFFF]|\uD83E[\uDC00-\uDFEF\uDFFA-\uDFFF]|\uD869[\uDEDE-\uDEFF]|\uD86D[\uDF35-\uDF3F]|\uD86E[\uDC1E\uDC1F]|\uD873[\uDEA2-\uDEAF]|\uD87A[\uDFE1-\uDFFF]|\uD87E[\uDE1E-\uDFFF]|\uD884[\uDF4B-\uDFFF]|\uDB40[\uDC00-\uDCFF\uDDF0-\uDFFF]/g

;// CONCATENATED MODULE: ./node_modules/github-slugger/index.js


const own = Object.hasOwnProperty

/**
 * Slugger.
 */
class BananaSlug {
  /**
   * Create a new slug class.
   */
  constructor () {
    /** @type {Record<string, number>} */
    // eslint-disable-next-line no-unused-expressions
    this.occurrences

    this.reset()
  }

  /**
   * Generate a unique slug.
  *
  * Tracks previously generated slugs: repeated calls with the same value
  * will result in different slugs.
  * Use the `slug` function to get same slugs.
   *
   * @param  {string} value
   *   String of text to slugify
   * @param  {boolean} [maintainCase=false]
   *   Keep the current case, otherwise make all lowercase
   * @return {string}
   *   A unique slug string
   */
  slug (value, maintainCase) {
    const self = this
    let result = slug(value, maintainCase === true)
    const originalSlug = result

    while (own.call(self.occurrences, result)) {
      self.occurrences[originalSlug]++
      result = originalSlug + '-' + self.occurrences[originalSlug]
    }

    self.occurrences[result] = 0

    return result
  }

  /**
   * Reset - Forget all previous slugs
   *
   * @return void
   */
  reset () {
    this.occurrences = Object.create(null)
  }
}

/**
 * Generate a slug.
 *
 * Does not track previously generated slugs: repeated calls with the same value
 * will result in the exact same slug.
 * Use the `GithubSlugger` class to get unique slugs.
 *
 * @param  {string} value
 *   String of text to slugify
 * @param  {boolean} [maintainCase=false]
 *   Keep the current case, otherwise make all lowercase
 * @return {string}
 *   A unique slug string
 */
function slug (value, maintainCase) {
  if (typeof value !== 'string') return ''
  if (!maintainCase) value = value.toLowerCase()
  return value.replace(regex, '').replace(/ /g, '-')
}


/***/ })

};
