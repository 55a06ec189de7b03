export const id = 194;
export const ids = [194];
export const modules = {

/***/ 168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g7: () => (/* binding */ execute),
/* harmony export */   vi: () => (/* binding */ failureOutcome)
/* harmony export */ });
/* unused harmony exports reportOutputs, exitCodeForStatus */
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19827);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2462);
/**
 * The command dispatcher shared by the CLI and the Action. Each command returns one CommandOutcome;
 * the callers only decide how to show it (stdout text/JSON, or job summary + step outputs).
 *
 * Modules that only one command needs are imported lazily so `node dist/index.js` starts fast.
 */



function reportOutputs(r) {
    return {
        status: r.status,
        'items-added': String(r.itemsAdded),
        'changed-files': r.changedFiles.join('\n'),
        'commit-sha': r.commitSha ?? '',
        'backup-id': r.backupId ?? '',
    };
}
function exitCodeForStatus(status) {
    return status === 'failed' ? 1 : 0;
}
async function outcomeFromReport(r, settings, deps) {
    const { renderSummary, renderText } = await __webpack_require__.e(/* import() */ 340).then(__webpack_require__.bind(__webpack_require__, 46340));
    const repoUrl = deps.env.GITHUB_SERVER_URL && deps.env.GITHUB_REPOSITORY ? `${deps.env.GITHUB_SERVER_URL}/${deps.env.GITHUB_REPOSITORY}` : undefined;
    const text = renderText(r) + (r.diff && !settings.json ? `\n\n${r.diff}` : '');
    return {
        exitCode: exitCodeForStatus(r.status),
        json: r,
        text,
        summary: renderSummary(r, { ...(repoUrl ? { repoUrl } : {}), ...(r.commitSha ? { ref: r.commitSha } : {}) }),
        outputs: reportOutputs(r),
        report: r,
    };
}
/** After `run`: anomalies against history, the history line, and the Discord message. Never fails the run. */
async function afterRun(report, config, settings, deps) {
    if (report.dryRun)
        return;
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .statePaths */ .V)(settings.stateDir);
    try {
        const { readRuns, appendRun, recordFromReport } = await __webpack_require__.e(/* import() */ 16).then(__webpack_require__.bind(__webpack_require__, 30016));
        const { detectAnomalies } = await __webpack_require__.e(/* import() */ 457).then(__webpack_require__.bind(__webpack_require__, 91457));
        const history = (await readRuns(state.runsFile, 200)).filter((r) => r.command === 'run' && (r.status === 'success' || r.status === 'partial'));
        if (report.status !== 'skipped') {
            report.anomalies = detectAnomalies({ durationMs: report.durationMs, itemsCollected: report.itemsCollected, itemsAdded: report.itemsAdded }, history.slice(-30), config.health.anomalyZ);
            for (const a of report.anomalies)
                deps.logger.warn(`anomaly: ${a.metric} = ${a.value} (median ${a.median}, robust z ${a.z.toFixed(1)})`);
        }
        await appendRun(state.runsFile, recordFromReport(report));
    }
    catch (err) {
        report.warnings.push(`run history not updated: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
    }
    if (report.status === 'skipped')
        return;
    try {
        const { notifyRun } = await __webpack_require__.e(/* import() */ 796).then(__webpack_require__.bind(__webpack_require__, 16796));
        const res = await notifyRun(report, {
            ...(settings.discordWebhook ? { webhookUrl: settings.discordWebhook } : {}),
            settings: config.discord,
            statePaths: state,
            logger: deps.logger,
            clock: deps.clock,
        });
        if (res.queued)
            report.warnings.push(`Discord unreachable: ${res.queued} message(s) queued for the next run`);
    }
    catch (err) {
        report.warnings.push(`Discord alert failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
    }
}
async function cmdRun(settings, deps) {
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(settings.configFile);
    const { runDaily } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(502), __webpack_require__.e(343), __webpack_require__.e(401), __webpack_require__.e(291), __webpack_require__.e(796), __webpack_require__.e(406), __webpack_require__.e(553), __webpack_require__.e(619), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 96567));
    const report = await runDaily({ settings, config, logger: deps.logger, clock: deps.clock, env: deps.env });
    await afterRun(report, config, settings, deps);
    return outcomeFromReport(report, settings, deps);
}
async function cmdCollect(settings, deps) {
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(settings.configFile);
    const [{ collectSources }, { Fetcher }, { FileHttpCache }, rep] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(343), __webpack_require__.e(553)]).then(__webpack_require__.bind(__webpack_require__, 9553)),
        Promise.all(/* import() */[__webpack_require__.e(502), __webpack_require__.e(619)]).then(__webpack_require__.bind(__webpack_require__, 31619)),
        __webpack_require__.e(/* import() */ 914).then(__webpack_require__.bind(__webpack_require__, 25914)),
        __webpack_require__.e(/* import() */ 850).then(__webpack_require__.bind(__webpack_require__, 88850)),
    ]);
    const report = rep.newReport('collect', config, deps.clock.now());
    const fetcher = new Fetcher(config.http, new FileHttpCache((0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .statePaths */ .V)(settings.stateDir).httpCache, deps.logger), {
        logger: deps.logger,
        clock: deps.clock,
        refresh: settings.refresh,
    });
    try {
        const started = deps.clock.now();
        const res = await collectSources(config, fetcher, deps.logger);
        report.stages.push({ stage: 'collect', durationMs: deps.clock.now() - started, ok: true });
        const byId = new Map();
        for (const it of res.items) {
            const list = byId.get(it.sourceId) ?? [];
            list.push(it);
            byId.set(it.sourceId, list);
        }
        report.sources = res.sources.map((s) => ({ ...s, itemList: byId.get(s.id) ?? [] }));
        report.itemsCollected = res.items.length;
        report.cache = rep.cacheStats(res.sources);
        const cs = rep.collectionStatus(res.sources);
        report.status = cs.status;
        if (cs.reason)
            report.reason = cs.reason;
    }
    finally {
        await fetcher.close();
    }
    rep.finishReport(report, deps.clock.now());
    return outcomeFromReport(report, settings, deps);
}
async function cmdSchema(settings) {
    const { configJsonSchema } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 19827));
    const schema = configJsonSchema();
    const text = JSON.stringify(schema, null, 2);
    if (settings.out) {
        const { writeFileAtomic } = await __webpack_require__.e(/* import() */ 72).then(__webpack_require__.bind(__webpack_require__, 62072));
        await writeFileAtomic(settings.out, `${text}\n`);
        return { exitCode: 0, json: { written: settings.out }, text: `wrote ${settings.out}`, outputs: {} };
    }
    return { exitCode: 0, json: schema, text, outputs: {} };
}
async function execute(settings, deps) {
    switch (settings.command) {
        case 'run':
            return cmdRun(settings, deps);
        case 'collect':
            return cmdCollect(settings, deps);
        case 'schema':
            return cmdSchema(settings);
        case 'demo':
            return (await __webpack_require__.e(/* import() */ 940).then(__webpack_require__.bind(__webpack_require__, 91940))).runDemo(settings, deps);
        case 'backup':
            return (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(502), __webpack_require__.e(343), __webpack_require__.e(401), __webpack_require__.e(291), __webpack_require__.e(796), __webpack_require__.e(406), __webpack_require__.e(553), __webpack_require__.e(619), __webpack_require__.e(567), __webpack_require__.e(454)]).then(__webpack_require__.bind(__webpack_require__, 33454))).cmdBackup(settings, deps);
        case 'health':
        case 'status':
        case 'monitor':
            return (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(401), __webpack_require__.e(796), __webpack_require__.e(406)]).then(__webpack_require__.bind(__webpack_require__, 9406))).cmdHealth(settings, deps);
        case 'lock':
            return (await __webpack_require__.e(/* import() */ 587).then(__webpack_require__.bind(__webpack_require__, 97587))).cmdLock(settings, deps);
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown command ${String(settings.command)}`);
    }
}
/** For the callers' catch: a failure as an outcome (exit 2 for usage/config, 1 otherwise). */
function failureOutcome(err) {
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err);
    return {
        exitCode: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodeFor */ .Rr)(err),
        json: { status: 'failed', error: message },
        text: `error: ${message}`,
        outputs: { status: 'failed' },
    };
}


/***/ }),

/***/ 19827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
  configJsonSchema: () => (/* binding */ configJsonSchema),
  Z9: () => (/* binding */ loadConfig),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: formatPath, parseConfigText

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The one configuration schema (YAML file, default `wiki-daily.yml` in the wiki root).
 *
 * Every object is strict (unknown keys are errors, so a typo never silently does nothing) and every
 * key but `sources[].id` and the source locator has a default, so a file holding only
 * `sources: [{id, url}]` is a complete configuration. The JSON Schema for editors is generated from
 * this file (`wiki-daily schema`, committed as `wiki-daily.schema.json`).
 *
 * Secrets (the Discord webhook, the push token) are deliberately not representable here: they come
 * from inputs/env only, so they can never be committed with the config.
 */

const id = schemas/* string */.YjP()
    .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'letters, digits, ".", "_" or "-", starting with a letter or digit');
const httpUrl = schemas/* string */.YjP()
    .refine((s) => {
    try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:';
    }
    catch {
        return false;
    }
}, 'an absolute http: or https: URL');
const relPath = schemas/* string */.YjP()
    .min(1)
    .refine((s) => !s.startsWith('/') && !s.split(/[\\/]/).includes('..'), 'a path inside the wiki root (relative, no "..")');
/** What an entry is, written as the "kind" field of an entry block and used by routing. */
const entryKind = schemas/* string */.YjP().min(1).max(40);
const sourceCommon = {
    id,
    /** Human name, used as the outlet when a feed gives none. */
    name: schemas/* string */.YjP().min(1).optional(),
    enabled: schemas/* boolean */.zMY().default(true),
    /** Kind of entry this source usually yields (pictorial, interview, video, news…); a routing hint. */
    kindHint: entryKind.optional(),
    /** Skip the relevance score for this source (e.g. an official channel that only ever talks about her). */
    trusted: schemas/* boolean */.zMY().default(false),
};
const feedSource = schemas/* strictObject */.rej({
    ...sourceCommon,
    kind: schemas/* literal */.euz('feed').default('feed'),
    /** RSS 2.0, RSS 1.0/RDF, Atom or JSON Feed; the format is detected from the content. */
    url: httpUrl,
});
const googleNewsSource = schemas/* strictObject */.rej({
    ...sourceCommon,
    kind: schemas/* literal */.euz('google-news').default('google-news'),
    query: schemas/* string */.YjP().min(1),
    hl: schemas/* string */.YjP().default('ko'),
    gl: schemas/* string */.YjP().default('KR'),
    ceid: schemas/* string */.YjP().default('KR:ko'),
});
const youtubeSource = schemas/* strictObject */.rej({
    ...sourceCommon,
    kind: schemas/* literal */.euz('youtube').default('youtube'),
    channelId: schemas/* string */.YjP().regex(/^UC[\w-]{22}$/, 'a YouTube channel id: "UC" and 22 more characters'),
});
const htmlSource = schemas/* strictObject */.rej({
    ...sourceCommon,
    kind: schemas/* literal */.euz('html'),
    url: httpUrl,
    /** Regular expression (JavaScript syntax) that article links on the page must match. */
    linkPattern: schemas/* string */.YjP().min(1),
    /** Fetch each linked article for its og:title and first date (politely, through the same limits). */
    follow: schemas/* boolean */.zMY().default(true),
    maxLinks: schemas/* number */.aig().int().min(1).max(200).default(20),
});
/**
 * A source entry. The kind is inferred when not written: `query` → google-news, `channelId` →
 * youtube, otherwise `url` → feed. HTML sources must say `kind: html` (they need a linkPattern).
 */
const source = schemas/* preprocess */.vkY((raw) => {
    if (raw && typeof raw === 'object' && !Array.isArray(raw) && !('kind' in raw)) {
        const r = raw;
        if ('query' in r)
            return { ...r, kind: 'google-news' };
        if ('channelId' in r)
            return { ...r, kind: 'youtube' };
        return { ...r, kind: 'feed' };
    }
    return raw;
}, schemas/* discriminatedUnion */.gMt('kind', [feedSource, googleNewsSource, youtubeSource, htmlSource]));
const httpSettings = schemas/* strictObject */.rej({
    perHostConcurrency: schemas/* number */.aig().int().min(1).max(64).default(6),
    /** Overall cap; by default high enough (6 hosts × 6) that the per-host limit is what binds. */
    globalConcurrency: schemas/* number */.aig().int().min(1).max(256).default(36),
    timeoutMs: schemas/* number */.aig().int().min(100).max(300_000).default(20_000),
    /** Extra attempts after the first, for network errors, 408, 429 and 5xx. */
    retries: schemas/* number */.aig().int().min(0).max(10).default(2),
    backoffBaseMs: schemas/* number */.aig().int().min(0).max(60_000).default(500),
    backoffMaxMs: schemas/* number */.aig().int().min(0).max(600_000).default(15_000),
    /** A Retry-After longer than this fails the source instead of stalling the whole run. */
    maxRetryAfterMs: schemas/* number */.aig().int().min(0).max(3_600_000).default(120_000),
    maxRedirects: schemas/* number */.aig().int().min(0).max(20).default(5),
    maxBodyBytes: schemas/* number */.aig().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
    /** Within this window a cached response is served without any request. */
    freshnessSeconds: schemas/* number */.aig().int().min(0).max(7 * 86_400).default(3600),
    userAgent: schemas/* string */.YjP().min(1).default('goyoonjung-wiki-daily/0.1 (+https://github.com/goyoonjung-wiki)'),
    /** Base URLs of the well-known services; overridable so tests and the demo can serve them on loopback. */
    googleNewsBaseUrl: httpUrl.default('https://news.google.com'),
    youtubeBaseUrl: httpUrl.default('https://www.youtube.com'),
});
const weightedTerm = schemas/* union */.KCZ([
    schemas/* string */.YjP().min(1),
    schemas/* strictObject */.rej({ term: schemas/* string */.YjP().min(1), weight: schemas/* number */.aig().min(0).max(100).default(1) }),
]);
const relevanceSettings = schemas/* strictObject */.rej({
    /**
     * Terms naming the subject. Score: title hit → weights.title, summary hit → weights.summary,
     * URL hit → weights.url (each counted once per item, multiplied by the term's weight; best term wins).
     */
    terms: schemas/* array */.YOg(weightedTerm).default([]),
    /** Context words (drama, pictorial…): each field once, +weights.context when in the title. */
    contextTerms: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    /** Outlet names or host suffixes that add weights.trustedOutlet. */
    trustedOutlets: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    weights: schemas/* strictObject */.rej({
        title: schemas/* number */.aig().default(3),
        summary: schemas/* number */.aig().default(2),
        url: schemas/* number */.aig().default(1),
        context: schemas/* number */.aig().default(1),
        trustedOutlet: schemas/* number */.aig().default(1),
    })
        .default({ title: 3, summary: 2, url: 1, context: 1, trustedOutlet: 1 }),
    /** Items scoring below this are dropped. 0 (the default) with no terms accepts everything. */
    threshold: schemas/* number */.aig().min(0).default(0),
    /** Words that reject an item (finance, real estate…) … */
    exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    /** … unless one of these context words is present too. */
    allowContext: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
});
const lane = schemas/* enum */.k5n(['land', 'queue', 'pool', 'discard']);
const gradeSettings = schemas/* strictObject */.rej({
    /** Lane of a host that no list names. */
    default: lane.default('land'),
    /** Host suffixes per lane; the longest matching suffix wins. */
    land: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    queue: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    pool: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    discard: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
});
const routeRule = schemas/* strictObject */.rej({
    /** Target page, relative to the wiki root, e.g. pages/pictorials.md. */
    page: relPath,
    /** Managed region (section) inside the page; one page can hold several. */
    section: id.default('main'),
    /** Any of these words in the title or summary … */
    keywords: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    /** … or the item comes from one of these source ids … */
    sources: schemas/* array */.YOg(id).default([]),
    /** … or its kind (source kindHint or detected kind: video, article…) is one of these. */
    kinds: schemas/* array */.YOg(entryKind).default([]),
    /** Entry kind to write for items routed here (defaults to the item's own kind). */
    kind: entryKind.optional(),
});
const routingSettings = schemas/* strictObject */.rej({
    /** First matching rule wins. */
    rules: schemas/* array */.YOg(routeRule).default([]),
    /** Where a landed item that no rule matches goes. */
    defaultPage: relPath.default('pages/press.md'),
    defaultSection: id.default('main'),
});
const pageSettings = schemas/* strictObject */.rej({
    pagesDir: relPath.default('pages'),
    /** Day logs: <newsDir>/YYYY-MM-DD.md. */
    newsDir: relPath.default('news'),
    queuePage: relPath.default('pages/promotion_queue.md'),
    poolPage: relPath.default('pages/candidate_pool.md'),
    dailyReportPage: relPath.default('pages/daily_report.md'),
    systemStatusPage: relPath.default('pages/system_status.md'),
    /** Index of pages (managed region inside it) and of day logs. */
    indexPage: relPath.default('pages/index.md'),
    newsIndexPage: relPath.default('news/index.md'),
    /** Cross-run dedupe state, committed with the wiki: sorted, one entry per line. */
    seenFile: relPath.default('data/seen.tsv'),
    maxTitleLength: schemas/* number */.aig().int().min(20).max(1000).default(200),
    /** Entries listed in a day log at most (the rest are counted). */
    maxDayLogItems: schemas/* number */.aig().int().min(10).max(10_000).default(500),
});
const gitSettings = schemas/* strictObject */.rej({
    remote: schemas/* string */.YjP().min(1).default('origin'),
    /** Branch to push; empty = the current branch. */
    branch: schemas/* string */.YjP().default(''),
    authorName: schemas/* string */.YjP().min(1).default('wiki-daily[bot]'),
    authorEmail: schemas/* string */.YjP().min(3).default('wiki-daily-bot@users.noreply.github.com'),
    pushAttempts: schemas/* number */.aig().int().min(1).max(10).default(3),
    /** `{date}` is replaced by the run's local date. */
    commitMessage: schemas/* string */.YjP().min(1).default('daily: update {date}'),
});
const backupSettings = schemas/* strictObject */.rej({
    keep: schemas/* number */.aig().int().min(1).max(10_000).default(30),
    maxSizeMb: schemas/* number */.aig().min(1).max(100_000).default(500),
    artifactRetentionDays: schemas/* number */.aig().int().min(1).max(90).default(14),
    /** Free-disk percentage under which `run` prunes backups before writing. */
    pruneWhenDiskFreeBelowPct: schemas/* number */.aig().min(0).max(100).default(10),
});
const lockSettings = schemas/* strictObject */.rej({
    waitMinutes: schemas/* number */.aig().min(0).max(24 * 60).default(30),
    staleMinutes: schemas/* number */.aig().min(1).max(24 * 60).default(45),
});
const scheduleSettings = schemas/* strictObject */.rej({
    /** A run after a successful run less than this many hours earlier the same day is skipped (unless --force). */
    skipIfSucceededWithinHours: schemas/* number */.aig().min(0).max(24).default(6),
    runBudgetMinutes: schemas/* number */.aig().min(1).max(24 * 60).default(120),
    /** Per-stage budgets in minutes (collect, gate, plan, apply, commit, push, report). */
    stageBudgetMinutes: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().min(0.01).max(24 * 60)).default({ collect: 45, push: 10 }),
});
const healthSettings = schemas/* strictObject */.rej({
    cpuWarnPct: schemas/* number */.aig().default(70),
    cpuCriticalPct: schemas/* number */.aig().default(90),
    memWarnPct: schemas/* number */.aig().default(80),
    memCriticalPct: schemas/* number */.aig().default(90),
    diskFreeWarnPct: schemas/* number */.aig().default(20),
    diskFreeCriticalPct: schemas/* number */.aig().default(10),
    processesWarn: schemas/* number */.aig().int().default(5),
    processesCritical: schemas/* number */.aig().int().default(10),
    backupMaxAgeHours: schemas/* number */.aig().default(48),
    lastSuccessMaxAgeHours: schemas/* number */.aig().default(36),
    stateMaxMb: schemas/* number */.aig().default(1024),
    /** Robust z-score (median/MAD over the last 30 runs) above which a run is an anomaly. */
    anomalyZ: schemas/* number */.aig().min(1).default(3.5),
});
const discordSettings = schemas/* strictObject */.rej({
    /** The same failure is sent at most once per this many minutes. */
    throttleMinutes: schemas/* number */.aig().min(0).default(30),
    retries: schemas/* number */.aig().int().min(0).max(10).default(3),
    username: schemas/* string */.YjP().min(1).default('goyoonjung-wiki'),
    /** Send a message for successful runs too (failures and recoveries are always sent). */
    notifySuccess: schemas/* boolean */.zMY().default(true),
});
const configSchema = schemas/* strictObject */.rej({
    /** IANA timezone for every date the product writes. */
    timezone: schemas/* string */.YjP()
        .default('Asia/Seoul')
        .refine((tz) => {
        try {
            new Intl.DateTimeFormat('en-US', { timeZone: tz });
            return true;
        }
        catch {
            return false;
        }
    }, 'an IANA timezone name such as Asia/Seoul'),
    sources: schemas/* array */.YOg(source).min(1, 'at least one source'),
    http: httpSettings.default(httpSettings.parse({})),
    relevance: relevanceSettings.default(relevanceSettings.parse({})),
    grades: gradeSettings.default(gradeSettings.parse({})),
    routing: routingSettings.default(routingSettings.parse({})),
    pages: pageSettings.default(pageSettings.parse({})),
    git: gitSettings.default(gitSettings.parse({})),
    backup: backupSettings.default(backupSettings.parse({})),
    lock: lockSettings.default(lockSettings.parse({})),
    schedule: scheduleSettings.default(scheduleSettings.parse({})),
    health: healthSettings.default(healthSettings.parse({})),
    discord: discordSettings.default(discordSettings.parse({})),
});

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Read, parse and validate the YAML config. Every problem is reported with the file, the key path
 * (`sources[2].url`) and what was expected; nothing is half-applied.
 */





const DEFAULT_CONFIG_FILE = 'wiki-daily.yml';
function formatPath(path) {
    let out = '';
    for (const p of path) {
        if (typeof p === 'number')
            out += `[${p}]`;
        else
            out += out ? `.${String(p)}` : String(p);
    }
    return out || '(top level)';
}
function describeIssue(issue) {
    const where = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
        return `${where}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    }
    if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
        return `${where}: "kind" must be one of feed, google-news, youtube, html`;
    }
    return `${where}: ${issue.message}`;
}
/** Validate an already-parsed value (from YAML or an object in tests). */
function parseConfig(value, file = '(inline)') {
    const result = configSchema.safeParse(value ?? {});
    if (!result.success) {
        throw new errors/* ConfigError */.xL(`invalid config ${file}`, file, result.error.issues.map(describeIssue));
    }
    const seen = new Set();
    const dupes = [];
    result.data.sources.forEach((s, i) => {
        if (seen.has(s.id))
            dupes.push(`sources[${i}].id: duplicate id "${s.id}"`);
        seen.add(s.id);
    });
    result.data.routing.rules.forEach((r, i) => {
        for (const [j, sid] of r.sources.entries())
            if (!seen.has(sid))
                dupes.push(`routing.rules[${i}].sources[${j}]: no source has id "${sid}"`);
    });
    if (dupes.length)
        throw new errors/* ConfigError */.xL(`invalid config ${file}`, file, dupes);
    return result.data;
}
/** Parse YAML text; syntax errors name the line and column. */
function parseConfigText(text, file = '(inline)') {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
        throw new errors/* ConfigError */.xL(`config ${file} is not valid YAML`, file, doc.errors.map((e) => {
            const pos = e.linePos?.[0];
            return `${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${e.message.split('\n')[0]}`;
        }));
    }
    return parseConfig(doc.toJS(), file);
}
async function loadConfig(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* ConfigError */.xL(code === 'ENOENT' ? `config file not found: ${file}` : `cannot read config ${file}: ${err.message}`, file);
    }
    return parseConfigText(text, file);
}
/** JSON Schema of the config (input side: defaults shown, nothing required that has one). */
function configJsonSchema() {
    const schema = json_schema_processors/* toJSONSchema */.bl(configSchema, { io: 'input', unrepresentable: 'any' });
    return { ...schema, title: 'wiki-daily configuration', $id: 'https://goyoonjung-wiki/wiki-daily.schema.json' };
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ PageError),
/* harmony export */   Ku: () => (/* binding */ LockError),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   WA: () => (/* binding */ WikiDailyError),
/* harmony export */   Wp: () => (/* binding */ BudgetError),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hj: () => (/* binding */ BackupError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * Typed errors and the one place that maps them to exit codes.
 *
 * Exit codes: 0 success/partial/skipped, 1 the run failed (or every source failed), 2 usage or config.
 * Anything that is not one of ours (including non-Error throws) is a failed run, never swallowed.
 */
class WikiDailyError extends Error {
    exitCode = 1;
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** Bad command line or action inputs. */
class UsageError extends WikiDailyError {
    exitCode = 2;
}
/** The config file is missing, unreadable or invalid; `issues` name each key path. */
class ConfigError extends WikiDailyError {
    file;
    issues;
    exitCode = 2;
    constructor(message, file, issues = []) {
        super(issues.length ? `${message}\n${issues.map((i) => `  - ${i}`).join('\n')}` : message);
        this.file = file;
        this.issues = issues;
    }
}
/** A wiki page cannot be safely edited (e.g. broken managed-region markers); names the file and line. */
class PageError extends WikiDailyError {
    file;
    line;
    constructor(message, file, line) {
        super(`${file}${line ? `:${line}` : ''}: ${message}`);
        this.file = file;
        this.line = line;
    }
}
/** git refused (conflict, push rejected after all attempts, dirty state we must not touch). */
class GitError extends WikiDailyError {
}
/** Another run holds the lock and did not release it within the wait. */
class LockError extends WikiDailyError {
}
/** A run or stage exceeded its time budget. */
class BudgetError extends WikiDailyError {
    stage;
    budgetMs;
    constructor(stage, budgetMs) {
        super(`stage "${stage}" exceeded its time budget of ${budgetMs < 10_000 ? `${Math.round(budgetMs)} ms` : `${Math.round(budgetMs / 1000)} s`}`);
        this.stage = stage;
        this.budgetMs = budgetMs;
    }
}
/** Backup store problems (corrupt blob, unknown snapshot id). */
class BackupError extends WikiDailyError {
}
/** Turn anything thrown into a message, including non-Error values. */
function errorMessage(err) {
    if (err instanceof Error)
        return err.message || err.name;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err) ?? String(err);
    }
    catch {
        return String(err);
    }
}
function exitCodeFor(err) {
    return err instanceof WikiDailyError ? err.exitCode : 1;
}


/***/ }),

/***/ 25625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   jj: () => (/* binding */ StderrLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export MemoryLogger */
const secrets = new Set();
/** Register a value that must never appear in any log, report or page. */
function registerSecret(value) {
    if (value && value.length >= 4)
        secrets.add(value);
}
/** Replace every registered secret (and credentials in URLs) with ***. */
function redact(text) {
    let out = text;
    for (const s of secrets)
        out = out.split(s).join('***');
    // user:password@ or token@ in URLs
    return out.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, '$1***@');
}
class StderrLogger {
    verbose;
    constructor(verbose = false) {
        this.verbose = verbose;
    }
    debug(msg) {
        if (this.verbose)
            process.stderr.write(`debug: ${redact(msg)}\n`);
    }
    info(msg) {
        process.stderr.write(`${redact(msg)}\n`);
    }
    warn(msg) {
        process.stderr.write(`warning: ${redact(msg)}\n`);
    }
    error(msg) {
        process.stderr.write(`error: ${redact(msg)}\n`);
    }
}
/** Collects lines; for tests. */
class MemoryLogger {
    lines = [];
    debug(msg) {
        this.lines.push(`debug: ${msg}`);
    }
    info(msg) {
        this.lines.push(msg);
    }
    warn(msg) {
        this.lines.push(`warning: ${msg}`);
    }
    error(msg) {
        this.lines.push(`error: ${msg}`);
    }
}
const silentLogger = { debug() { }, info() { }, warn() { }, error() { } };


/***/ }),

/***/ 58750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ parseActionInputs),
/* harmony export */   hT: () => (/* binding */ parseCliArgs),
/* harmony export */   u_: () => (/* binding */ USAGE)
/* harmony export */ });
/* unused harmony exports COMMANDS, SUBCOMMANDS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19827);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2462);
/**
 * One typed Settings object, built either from the command line or from the action's inputs, so every
 * command behaves the same in both places. Parsing is strict: an unknown flag is a UsageError (exit 2).
 */




const COMMANDS = ['run', 'collect', 'demo', 'backup', 'health', 'status', 'monitor', 'lock', 'schema'];
const SUBCOMMANDS = {
    backup: ['create', 'list', 'verify', 'restore', 'prune'],
    lock: ['status', 'cleanup', 'test'],
};
const FLAGS = {
    '--config': { kind: 'value', key: 'configFile' },
    '--root': { kind: 'value', key: 'root' },
    '--state': { kind: 'value', key: 'stateDir' },
    '--json': { kind: 'bool', key: 'json' },
    '--dry-run': { kind: 'bool', key: 'dryRun' },
    '--force': { kind: 'bool', key: 'force' },
    '--refresh': { kind: 'bool', key: 'refresh' },
    '--no-push': { kind: 'bool', key: 'push' },
    '--verbose': { kind: 'bool', key: 'verbose' },
    '--keep': { kind: 'value', key: 'keep', number: true },
    '--max-size': { kind: 'value', key: 'maxSizeMb', number: true },
    '--interval': { kind: 'value', key: 'intervalSeconds', number: true },
    '--count': { kind: 'value', key: 'count', number: true },
    '--run-id': { kind: 'value', key: 'backupRunId' },
    '--out': { kind: 'value', key: 'out' },
};
const USAGE = `Usage: wiki-daily <command> [options]

Commands:
  run                      the daily update: collect → gate → write pages → commit → push → report
  collect                  fetch and parse every source; print what was collected (no writes but the HTTP cache)
  demo                     the whole daily update offline, against bundled fixture feeds served on loopback,
                           in a temporary copy of the wiki; prints the maintainer's summary
  backup create|list|verify [ID]|restore ID|prune [--keep N] [--max-size MB]
  health                   system, git, lock, backup and run checks (exit 1 when critical)
  status                   write pages/system_status.md from run history and health
  monitor --interval S [--count N]   print health every S seconds
  lock status|cleanup|test
  schema [--out FILE]      print the JSON Schema of the config file

Options (every command):
  --config FILE   config file (default ${_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG_FILE */ .Cu} in the root)
  --root DIR      wiki root (default: current directory)
  --state DIR     state folder (default ${_state_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_STATE_DIR */ .m} in the root; git-ignored)
  --json          print one JSON value on stdout (logs go to stderr)
  --verbose       debug logging
Options (run):
  --dry-run       write nothing; print the planned edits as a unified diff
  --no-push       commit but do not push
  --force         run even if a successful run happened less than 6 h ago today
  --refresh       ignore the HTTP cache freshness window (conditional requests still sent)
Environment: DISCORD_WEBHOOK_URL (alerts), WIKI_DAILY_TOKEN (push auth, optional; otherwise git's own credentials).
Exit codes: 0 success/partial/skipped, 1 failed, 2 usage or config error.`;
function defaults(env) {
    return {
        command: 'run',
        root: '.',
        configFile: '',
        stateDir: '',
        json: false,
        dryRun: false,
        force: false,
        refresh: false,
        push: true,
        verbose: false,
        onActions: env.GITHUB_ACTIONS === 'true',
    };
}
/** Resolve root, config and state paths (config and state relative to the root unless absolute). */
function finish(s) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(s.root);
    const configFile = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root, s.configFile || _config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG_FILE */ .Cu);
    const stateDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root, s.stateDir || _state_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_STATE_DIR */ .m);
    return { ...s, root, configFile, stateDir };
}
function parseNumber(flag, value) {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${flag} takes a non-negative number, got "${value}"`);
    return n;
}
function checkCommand(s, positionals) {
    const [cmd, sub, target, ...extra] = positionals;
    if (!cmd)
        return s;
    if (!COMMANDS.includes(cmd))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unknown command "${cmd}"\n\n${USAGE}`);
    const command = cmd;
    const subs = SUBCOMMANDS[command];
    if (subs) {
        if (!sub || !subs.includes(sub))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`"${command}" needs one of: ${subs.join(', ')}${sub ? ` (got "${sub}")` : ''}`);
        if (command === 'backup' && sub === 'restore' && !target)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('backup restore needs a snapshot ID');
        const allowsTarget = command === 'backup' && (sub === 'restore' || sub === 'verify');
        if ((target && !allowsTarget) || extra.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unexpected argument "${allowsTarget ? extra[0] : target}"`);
        return { ...s, command, subcommand: sub, ...(target ? { target } : {}) };
    }
    if (sub)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unexpected argument "${sub}" after "${command}"`);
    return { ...s, command };
}
/** `wiki-daily <command> [sub] [target] [--flags]` */
function parseCliArgs(argv, env = process.env) {
    let s = defaults(env);
    const positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h' || arg === 'help')
            return 'help';
        if (!arg.startsWith('--')) {
            positionals.push(arg);
            continue;
        }
        const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        const spec = FLAGS[name];
        if (!spec)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unknown option "${name}"\n\n${USAGE}`);
        if (spec.kind === 'bool') {
            if (inline !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} takes no value`);
            s = { ...s, [spec.key]: spec.key === 'push' ? false : true };
            continue;
        }
        const value = inline ?? argv[++i];
        if (value === undefined || value === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} needs a value`);
        s = { ...s, [spec.key]: spec.number ? parseNumber(name, value) : value };
    }
    s = checkCommand(s, positionals);
    s.token = env.WIKI_DAILY_TOKEN || undefined;
    s.discordWebhook = env.DISCORD_WEBHOOK_URL || undefined;
    return finish(s);
}
/** The action's inputs, read through a getter (core.getInput in production, a map in tests). */
function parseActionInputs(getInput, env = process.env) {
    const bool = (name, dflt) => {
        const v = getInput(name).trim().toLowerCase();
        if (v === '')
            return dflt;
        if (['true', 'yes', '1', 'on'].includes(v))
            return true;
        if (['false', 'no', '0', 'off'].includes(v))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`input "${name}" must be true or false, got "${v}"`);
    };
    const num = (name) => {
        const v = getInput(name).trim();
        return v === '' ? undefined : parseNumber(`input "${name}"`, v);
    };
    const commandLine = (getInput('command').trim() || 'run').split(/\s+/);
    const target = getInput('backup-id').trim();
    const positionals = [...commandLine];
    if (commandLine[0] === 'backup' && (commandLine[1] === 'restore' || commandLine[1] === 'verify') && target && !commandLine[2])
        positionals.push(target);
    let s = {
        ...defaults(env),
        root: getInput('root').trim() || env.GITHUB_WORKSPACE || '.',
        configFile: getInput('config').trim(),
        stateDir: getInput('state').trim(),
        json: false,
        dryRun: bool('dry-run', false),
        force: bool('force', false),
        refresh: bool('refresh', false),
        push: bool('push', true),
        verbose: env.RUNNER_DEBUG === '1',
    };
    const keep = num('keep');
    const maxSizeMb = num('max-size-mb');
    if (keep !== undefined)
        s.keep = keep;
    if (maxSizeMb !== undefined)
        s.maxSizeMb = maxSizeMb;
    const runId = getInput('backup-run-id').trim();
    if (runId)
        s.backupRunId = runId;
    s = checkCommand(s, positionals);
    const token = getInput('token').trim();
    const webhook = getInput('discord-webhook').trim() || env.DISCORD_WEBHOOK_URL || '';
    if (token)
        s.token = token;
    if (webhook)
        s.discordWebhook = webhook;
    return finish(s);
}


/***/ }),

/***/ 2462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ statePaths),
/* harmony export */   m: () => (/* binding */ DEFAULT_STATE_DIR)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Layout of the state folder (local default `.wiki-daily/` in the wiki root, git-ignored; on Actions
 * persisted with actions/cache). Losing it loses only speed and history, never entries: the dedupe
 * state that matters lives in the repository (pages.seenFile).
 */

const DEFAULT_STATE_DIR = '.wiki-daily';
function statePaths(stateDir) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(stateDir);
    return {
        root,
        httpCache: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'http-cache'),
        backups: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'backups'),
        locks: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'locks'),
        runsFile: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'runs.jsonl'),
        discordQueue: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'discord-queue.json'),
        discordState: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'discord-state.json'),
    };
}


/***/ }),

/***/ 29834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ zonedToUtc),
/* harmony export */   dE: () => (/* binding */ localDateTime),
/* harmony export */   gD: () => (/* binding */ localDate),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export zoneOffsetMinutes */
/**
 * Dates the product writes are in the configured timezone (default Asia/Seoul); instants are UTC ISO.
 * Intl does the zone math so there is no hand-written DST logic.
 */
// Building a DateTimeFormat costs ~0.1 ms; a run formats thousands of dates in a handful of zones.
const formats = new Map();
function formatFor(timeZone) {
    let fmt = formats.get(timeZone);
    if (!fmt) {
        fmt = new Intl.DateTimeFormat('en-CA', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
            hourCycle: 'h23',
        });
        formats.set(timeZone, fmt);
    }
    return fmt;
}
function parts(instant, timeZone) {
    const out = {};
    for (const p of formatFor(timeZone).formatToParts(instant))
        out[p.type] = p.value;
    return out;
}
/** YYYY-MM-DD of the instant in the zone. */
function localDate(instant, timeZone) {
    const p = parts(new Date(instant), timeZone);
    return `${p.year}-${p.month}-${p.day}`;
}
/** YYYY-MM-DD HH:MM of the instant in the zone. */
function localDateTime(instant, timeZone) {
    const p = parts(new Date(instant), timeZone);
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
/** Offset of the zone at that instant, in minutes east of UTC (Asia/Seoul → 540). */
function zoneOffsetMinutes(instant, timeZone) {
    const p = parts(instant, timeZone);
    const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
    return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}
/** The UTC instant of a wall-clock time in the zone (for dates written without an offset). */
function zonedToUtc(y, mo, d, h, mi, s, timeZone) {
    const guess = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    const off = zoneOffsetMinutes(guess, timeZone);
    const first = new Date(guess.getTime() - off * 60_000);
    const off2 = zoneOffsetMinutes(first, timeZone);
    return off2 === off ? first : new Date(guess.getTime() - off2 * 60_000);
}
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ })

};
