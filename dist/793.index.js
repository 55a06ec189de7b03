export const id = 793;
export const ids = [793];
export const modules = {

/***/ 77793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdCollectShard: () => (/* binding */ cmdCollectShard),
/* harmony export */   cmdShards: () => (/* binding */ cmdShards)
/* harmony export */ });
/* harmony import */ var _collect_collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72619);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61036);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _http_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41007);
/* harmony import */ var _http_fetcher_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31619);
/* harmony import */ var _report_collection_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(47400);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2462);
/* harmony import */ var _shard_costs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11546);
/* harmony import */ var _shard_output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(84463);
/* harmony import */ var _shard_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78597);










async function cmdShards(settings, deps) {
    if (settings.count === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('shards needs --count N');
    const { config, snapshot } = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigWithSnapshot */ .J5)(settings.configFile);
    const plan = (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .planShards */ .tF)(config, settings.count, await (0,_shard_costs_js__WEBPACK_IMPORTED_MODULE_6__/* .readSourceCosts */ .SZ)(settings.stateDir));
    if (settings.out)
        await (0,_shard_output_js__WEBPACK_IMPORTED_MODULE_7__/* .writePlanFile */ .J)(settings.out, plan, snapshot);
    if (plan.count < settings.count)
        deps.logger.warn(`only ${plan.count} host(s) to split: ${plan.count} shard(s) instead of ${settings.count}`);
    const text = plan.shards
        .map((s) => `${s.shard}: ${s.sources.length} sources on ${s.hosts.length} host(s), expected cost ${s.cost}`)
        .join('\n');
    return { exitCode: 0, json: (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .shardMatrix */ ._b)(plan), text: text + (settings.out ? `\nplan written to ${settings.out}` : ''), outputs: { matrix: JSON.stringify((0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .shardMatrix */ ._b)(plan)) } };
}
async function cmdCollectShard(settings, deps) {
    const spec = (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .parseShardSpec */ .d7)(settings.shard ?? '');
    if (!settings.out)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('collect --shard needs --out DIR (the folder the shard output is written to)');
    // The plan job's snapshot of the config spares each shard the YAML parse of the same file.
    const planned = settings.shardPlan ? await (0,_shard_output_js__WEBPACK_IMPORTED_MODULE_7__/* .readPlan */ .m3)(settings.shardPlan) : undefined;
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(settings.configFile, planned?.config);
    const plan = planned ? planned.plan : (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .planShards */ .tF)(config, spec.count, await (0,_shard_costs_js__WEBPACK_IMPORTED_MODULE_6__/* .readSourceCosts */ .SZ)(settings.stateDir));
    const mine = plan.shards.find((s) => s.shard === (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .formatShard */ ._D)(spec));
    if (plan.count !== spec.count || !mine)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--shard ${(0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .formatShard */ ._D)(spec)} is not in the plan, which has ${plan.count} shard(s)${plan.count < spec.count ? ' (fewer hosts than shards asked)' : ''}`);
    const known = new Set(config.sources.map((s) => s.id));
    const unknown = mine.sources.filter((id) => !known.has(id));
    if (unknown.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${settings.shardPlan}: sources not in the config: ${unknown.slice(0, 10).join(', ')}`);
    const ids = new Set(mine.sources);
    const shardConfig = { ...config, sources: config.sources.filter((s) => ids.has(s.id)) };
    const started = deps.clock.now();
    const fetcher = new _http_fetcher_js__WEBPACK_IMPORTED_MODULE_4__.Fetcher(config.http, new _http_cache_js__WEBPACK_IMPORTED_MODULE_3__.FileHttpCache((0,_state_js__WEBPACK_IMPORTED_MODULE_5__/* .statePaths */ .V)(settings.stateDir).httpCache, deps.logger), {
        logger: deps.logger,
        clock: deps.clock,
        refresh: settings.refresh,
    });
    let status;
    let reason;
    let result = { sources: [], items: [] };
    try {
        result = ids.size ? await (0,_collect_collect_js__WEBPACK_IMPORTED_MODULE_0__.collectSources)(shardConfig, fetcher, deps.logger) : result;
        const cs = ids.size ? (0,_report_collection_js__WEBPACK_IMPORTED_MODULE_9__/* .collectionStatus */ .h)(result.sources) : { status: 'success' };
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
    const file = await (0,_shard_output_js__WEBPACK_IMPORTED_MODULE_7__/* .writeShardOutput */ .nv)(settings.out, {
        spec,
        plan,
        status,
        ...(reason ? { reason } : {}),
        sources: result.sources,
        items: result.items,
        createdAt: new Date(deps.clock.now()).toISOString(),
    });
    const durationMs = deps.clock.now() - started;
    const cache = (0,_report_collection_js__WEBPACK_IMPORTED_MODULE_9__/* .cacheStats */ .w)(result.sources);
    const json = { shard: (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .formatShard */ ._D)(spec), status, ...(reason ? { reason } : {}), file, sources: result.sources.length, hosts: mine.hosts.length, items: result.items.length, durationMs, cache };
    return {
        exitCode: status === 'failed' ? 1 : 0,
        json,
        text: `shard ${json.shard}: ${status}${reason ? ` (${reason})` : ''}; ${json.sources} sources on ${json.hosts} host(s), ${json.items} items in ${durationMs} ms; wrote ${file}`,
        outputs: { status, file },
    };
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

/***/ 47400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ collectionStatus),
/* harmony export */   w: () => (/* binding */ cacheStats)
/* harmony export */ });
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


/***/ }),

/***/ 84463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ writePlanFile),
/* harmony export */   ML: () => (/* binding */ findShardOutputs),
/* harmony export */   m3: () => (/* binding */ readPlan),
/* harmony export */   nv: () => (/* binding */ writeShardOutput)
/* harmony export */ });
/* unused harmony export readPlanFile */
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
/** The config's parsed YAML and its text's sha256 (config/load.ts ConfigSnapshot), so shards skip the parse. */
const configSnapshot = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({ sha256: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'not a sha256'), value: zod__WEBPACK_IMPORTED_MODULE_6__/* .unknown */ .L5J() });
const planFile = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({ format: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz(SHARD_PLAN_FORMAT), version: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz(1), ...planBody, config: configSnapshot.optional() });
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
async function writePlanFile(file, plan, config) {
    const head = JSON.stringify({ format: SHARD_PLAN_FORMAT, version: 1, ...plan }, null, 1);
    // The snapshot on one line at the end: the plan above stays readable, the file stays small.
    const text = config ? `${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n "config": ${JSON.stringify(config)}\n}` : head;
    await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(file, `${text}\n`);
}
async function readPlanFile(file) {
    return (await readPlan(file)).plan;
}
/** The plan and, when the plan job wrote one, its snapshot of the config (see loadConfig). */
async function readPlan(file) {
    const p = validate(planFile, await readJson(file), file, 'shard plan');
    return { plan: { count: p.count, shards: p.shards }, ...(p.config ? { config: { sha256: p.config.sha256, value: p.config.value } } : {}) };
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
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5395);




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
    const order = [...hosts].sort(([ha, a], [hb, b]) => b.cost - a.cost || (0,_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareStrings */ .K)(ha, hb));
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
            hosts: b.hosts.sort(_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareStrings */ .K),
            sources: enabled.filter((s) => b.ids.has(s.id)).map((s) => s.id),
            cost: Math.round(b.cost * 1000) / 1000,
        })),
    };
}
/** The GitHub Actions matrix: `{"include":[{"shard":"1/4"},…]}` (used as `fromJSON(…)` in `strategy.matrix`). */
function shardMatrix(plan) {
    return { include: plan.shards.map((s) => ({ shard: s.shard })) };
}


/***/ })

};
