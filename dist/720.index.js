export const id = 720;
export const ids = [720];
export const modules = {

/***/ 41723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ sourceUrl)
/* harmony export */ });
function withoutTrailingSlash(base) {
    return base.replace(/\/+$/, '');
}
function sourceUrl(source, http) {
    switch (source.kind) {
        case 'google-news': {
            // ceid's ":" is kept literal because that is how Google itself writes the parameter.
            const ceid = encodeURIComponent(source.ceid).replace(/%3A/gi, ':');
            return (`${withoutTrailingSlash(http.googleNewsBaseUrl)}/rss/search?q=${encodeURIComponent(source.query)}` +
                `&hl=${encodeURIComponent(source.hl)}&gl=${encodeURIComponent(source.gl)}&ceid=${ceid}`);
        }
        case 'youtube':
            return `${withoutTrailingSlash(http.youtubeBaseUrl)}/feeds/videos.xml?channel_id=${encodeURIComponent(source.channelId)}`;
        case 'feed':
        case 'html':
            return source.url;
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

/***/ 28720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadShardOutputs: () => (/* binding */ loadShardOutputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _feeds_urls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41723);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84463);



function listIds(ids, max = 10) {
    return ids.slice(0, max).join(', ') + (ids.length > max ? `, … (${ids.length} in all)` : '');
}
function failedReport(source, config, error) {
    return { id: source.id, kind: source.kind, url: (0,_feeds_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceUrl */ .H)(source, config.http), outcome: 'failed', items: 0, error, durationMs: 0, bytesDownloaded: 0, attempts: 0 };
}
function shardIndex(shard) {
    return Number(shard.split('/')[0]);
}
async function loadShardOutputs(dirs, config) {
    if (!dirs.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WikiDailyError */ .WA('run --from needs at least one folder');
    const { found, notes } = await (0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .findShardOutputs */ .ML)(dirs);
    // One output per shard: the same artifact given twice is harmless, two different ones are not.
    const byShard = new Map();
    for (const f of found) {
        const seen = byShard.get(f.shard);
        if (!seen)
            byShard.set(f.shard, f);
        else if (f.output && (!seen.output || JSON.stringify(seen.output) !== JSON.stringify(f.output)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WikiDailyError */ .WA(`two different outputs for shard ${f.shard}: ${seen.file} and ${f.file}`);
    }
    const good = [...byShard.values()].filter((f) => !!f.output);
    // Every output must come from the same plan, or hosts could be in two shards and sources nowhere.
    let plan;
    let planFrom = '';
    for (const f of good) {
        const p = f.output.plan.shards;
        if (!plan) {
            plan = p;
            planFrom = f.file;
        }
        else if (JSON.stringify(plan) !== JSON.stringify(p))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WikiDailyError */ .WA(`shard outputs come from different plans: ${planFrom} and ${f.file} (collect every shard of one \`shards\` plan)`);
    }
    const planCount = plan?.length;
    for (const f of byShard.values())
        if (planCount !== undefined && Number(f.shard.split('/')[1]) !== planCount)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WikiDailyError */ .WA(`${f.file}: shard ${f.shard} is not part of the ${planCount}-shard plan in ${planFrom}`);
    const owner = new Map();
    for (const s of plan ?? [])
        for (const id of s.sources)
            owner.set(id, s.shard);
    const missingShards = [];
    const shardProblem = new Map();
    for (const s of plan ?? []) {
        const f = byShard.get(s.shard);
        let problem;
        if (!f)
            problem = `shard ${s.shard} left no output`;
        else if (f.error)
            problem = `shard ${s.shard} output unusable: ${f.error}`;
        else if (f.output.status === 'failed' && f.output.sources.length === 0)
            problem = `shard ${s.shard} failed: ${f.output.reason ?? 'no reason given'}`;
        if (problem) {
            missingShards.push(s.shard);
            shardProblem.set(s.shard, problem);
            notes.push(`${problem}; its ${s.sources.length} source(s) count as failed: ${listIds(s.sources)}`);
        }
    }
    // Without any plan (no usable output at all) the unreadable files still name their shards.
    if (!plan)
        for (const f of byShard.values())
            if (f.error)
                notes.push(`shard ${f.shard} output unusable: ${f.error}`);
    const reports = new Map();
    const items = new Map();
    for (const f of good) {
        for (const r of f.output.sources)
            if (owner.get(r.id) === f.shard)
                reports.set(r.id, r);
        for (const it of f.output.items) {
            if (owner.get(it.sourceId) !== f.shard)
                continue;
            const list = items.get(it.sourceId) ?? [];
            list.push(it);
            items.set(it.sourceId, list);
        }
    }
    const sources = [];
    const merged = [];
    const unplanned = [];
    for (const s of config.sources) {
        if (!s.enabled)
            continue;
        const shard = owner.get(s.id);
        const report = reports.get(s.id);
        if (report) {
            sources.push(report);
            merged.push(...(items.get(s.id) ?? []));
        }
        else if (!plan) {
            sources.push(failedReport(s, config, 'no shard output to merge'));
        }
        else if (!shard) {
            unplanned.push(s.id);
            sources.push(failedReport(s, config, 'in no shard of the plan (the config changed after planning)'));
        }
        else {
            sources.push(failedReport(s, config, shardProblem.get(shard) ?? `shard ${shard} has no report for this source`));
        }
    }
    if (!plan)
        notes.push(`no usable shard output in ${dirs.join(', ')}: nothing was collected`);
    if (unplanned.length)
        notes.push(`${unplanned.length} enabled source(s) in no shard of the plan: ${listIds(unplanned)}`);
    missingShards.sort((a, b) => shardIndex(a) - shardIndex(b));
    return { sources, items: merged, notes, missingShards, files: good.map((f) => f.file).sort() };
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
