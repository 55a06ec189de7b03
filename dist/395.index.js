export const id = 395;
export const ids = [395];
export const modules = {

/***/ 32291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ execute),
  v: () => (/* binding */ failureOutcome)
});

// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
;// CONCATENATED MODULE: ./src/commands/types.ts
/** The Action's step outputs for a run report. */
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

// EXTERNAL MODULE: ./src/github-env.ts
var github_env = __webpack_require__(54626);
;// CONCATENATED MODULE: ./src/app.ts
/**
 * The command dispatcher shared by the CLI and the Action. Each command returns one CommandOutcome;
 * the callers only decide how to show it (stdout text/JSON, or job summary + step outputs).
 *
 * Modules that only one command needs are imported lazily so `node dist/index.js` starts fast.
 */






async function outcomeFromReport(r, settings, deps, config) {
    const { renderSummary, renderText } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(568), __webpack_require__.e(162), __webpack_require__.e(512), __webpack_require__.e(841), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 46340));
    const repoUrl = (0,github_env/* repoUrlFrom */.s)(deps.env);
    const text = renderText(r) + (r.diff && !settings.json ? `\n\n${r.diff}` : '');
    return {
        exitCode: exitCodeForStatus(r.status),
        json: r,
        text,
        summary: renderSummary(r, {
            ...(repoUrl ? { repoUrl } : {}),
            // Page links point at the pushed commit; an unpushed one does not exist on GitHub.
            ...(r.commitSha && r.pushed ? { ref: r.commitSha } : {}),
            ...(config ? { seenFile: config.pages.seenFile } : {}),
        }),
        outputs: reportOutputs(r),
        report: r,
    };
}
async function cmdRun(settings, deps) {
    let config;
    try {
        config = await (0,load/* loadConfig */.Z9)(settings.configFile);
    }
    catch (err) {
        // Still a failed run: recorded in the history, alerted, counted for the failure issue (exit 2).
        if (err instanceof errors/* ConfigError */.xL)
            await (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(568), __webpack_require__.e(162), __webpack_require__.e(512), __webpack_require__.e(850), __webpack_require__.e(773), __webpack_require__.e(144)]).then(__webpack_require__.bind(__webpack_require__, 37959))).recordUnrunnable(settings, deps, err);
        throw err;
    }
    const { runDaily } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(752), __webpack_require__.e(748), __webpack_require__.e(332), __webpack_require__.e(963), __webpack_require__.e(359), __webpack_require__.e(369), __webpack_require__.e(292), __webpack_require__.e(568), __webpack_require__.e(162), __webpack_require__.e(512), __webpack_require__.e(619), __webpack_require__.e(134), __webpack_require__.e(841), __webpack_require__.e(7), __webpack_require__.e(850), __webpack_require__.e(0), __webpack_require__.e(773), __webpack_require__.e(524), __webpack_require__.e(861), __webpack_require__.e(537), __webpack_require__.e(992)]).then(__webpack_require__.bind(__webpack_require__, 13992));
    // History, anomalies and the alert are the run's own report stage.
    // `run --from DIR…`: the merged shard outputs stand in for the collect stage (src/shard/merge.ts).
    const merged = settings.from?.length ? await (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(748), __webpack_require__.e(619), __webpack_require__.e(720)]).then(__webpack_require__.bind(__webpack_require__, 28720))).loadShardOutputs(settings.from, config) : undefined;
    const report = await runDaily({
        settings,
        config,
        logger: deps.logger,
        clock: deps.clock,
        env: deps.env,
        ...(merged ? { collect: async () => merged } : {}),
        ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    });
    return outcomeFromReport(report, settings, deps, config);
}
async function cmdCollect(settings, deps) {
    const config = await (0,load/* loadConfig */.Z9)(settings.configFile);
    const [{ collectSources }, { Fetcher }, { FileHttpCache }, rep] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(963), __webpack_require__.e(359), __webpack_require__.e(0)]).then(__webpack_require__.bind(__webpack_require__, 72619)),
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(748), __webpack_require__.e(619)]).then(__webpack_require__.bind(__webpack_require__, 31619)),
        __webpack_require__.e(/* import() */ 7).then(__webpack_require__.bind(__webpack_require__, 41007)),
        Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(568), __webpack_require__.e(162), __webpack_require__.e(512), __webpack_require__.e(850), __webpack_require__.e(710)]).then(__webpack_require__.bind(__webpack_require__, 88850)),
    ]);
    const report = rep.newReport('collect', config, deps.clock.now());
    const fetcher = new Fetcher(config.http, new FileHttpCache((0,state/* statePaths */.V)(settings.stateDir).httpCache, deps.logger), {
        logger: deps.logger,
        clock: deps.clock,
        refresh: settings.refresh,
    });
    try {
        const started = deps.clock.now();
        const res = await (0,log/* logStage */.jl)(deps.logger, 'collect', () => collectSources(config, fetcher, deps.logger, deps.onProgress));
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
    const outcome = await outcomeFromReport(report, settings, deps);
    const { collectListing } = await __webpack_require__.e(/* import() */ 962).then(__webpack_require__.bind(__webpack_require__, 95962));
    return { ...outcome, text: `${outcome.text}\n\n${collectListing(report, settings.verbose)}` };
}
async function cmdSchema(settings) {
    const { configJsonSchema } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 61036));
    const schema = configJsonSchema();
    const text = JSON.stringify(schema, null, 2);
    if (settings.out) {
        const { writeFileAtomic } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 62072));
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
            if (settings.shard !== undefined)
                return (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(752), __webpack_require__.e(748), __webpack_require__.e(963), __webpack_require__.e(359), __webpack_require__.e(619), __webpack_require__.e(7), __webpack_require__.e(0), __webpack_require__.e(793)]).then(__webpack_require__.bind(__webpack_require__, 77793))).cmdCollectShard(settings, deps);
            return cmdCollect(settings, deps);
        case 'shards':
            return (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(752), __webpack_require__.e(748), __webpack_require__.e(963), __webpack_require__.e(359), __webpack_require__.e(619), __webpack_require__.e(7), __webpack_require__.e(0), __webpack_require__.e(793)]).then(__webpack_require__.bind(__webpack_require__, 77793))).cmdShards(settings, deps);
        case 'schema':
            return cmdSchema(settings);
        case 'demo':
            return (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(369), __webpack_require__.e(568), __webpack_require__.e(30)]).then(__webpack_require__.bind(__webpack_require__, 94030))).runDemo(settings, deps, execute);
        case 'backup':
            return (await Promise.all(/* import() */[__webpack_require__.e(332), __webpack_require__.e(134), __webpack_require__.e(537), __webpack_require__.e(666)]).then(__webpack_require__.bind(__webpack_require__, 33454))).cmdBackup(settings, deps);
        case 'health':
        case 'status':
        case 'monitor':
            return (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(332), __webpack_require__.e(568), __webpack_require__.e(162), __webpack_require__.e(512), __webpack_require__.e(134), __webpack_require__.e(850), __webpack_require__.e(773), __webpack_require__.e(861), __webpack_require__.e(164)]).then(__webpack_require__.bind(__webpack_require__, 9406))).cmdHealth(settings, deps);
        case 'lock':
            return (await __webpack_require__.e(/* import() */ 587).then(__webpack_require__.bind(__webpack_require__, 97587))).cmdLock(settings, deps);
        case 'lint':
            return (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(568), __webpack_require__.e(162), __webpack_require__.e(512), __webpack_require__.e(841), __webpack_require__.e(617)]).then(__webpack_require__.bind(__webpack_require__, 72674))).cmdLint(settings, deps);
        case 'links':
            return (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(752), __webpack_require__.e(748), __webpack_require__.e(332), __webpack_require__.e(568), __webpack_require__.e(162), __webpack_require__.e(619), __webpack_require__.e(134), __webpack_require__.e(7), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 92446))).cmdLinks(settings, deps);
        case 'promote':
        case 'reject':
            return (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(332), __webpack_require__.e(292), __webpack_require__.e(568), __webpack_require__.e(162), __webpack_require__.e(512), __webpack_require__.e(134), __webpack_require__.e(841), __webpack_require__.e(524), __webpack_require__.e(908)]).then(__webpack_require__.bind(__webpack_require__, 84662))).cmdCurate(settings, deps);
        default:
            throw new errors/* UsageError */.eb(`unknown command ${String(settings.command)}`);
    }
}
/** For the callers' catch: a failure as an outcome (exit 2 for usage/config, 1 otherwise). */
function failureOutcome(err) {
    const message = (0,errors/* errorMessage */.gJ)(err);
    return {
        exitCode: (0,errors/* exitCodeFor */.Rr)(err),
        json: { status: 'failed', error: message },
        text: `error: ${message}`,
        outputs: { status: 'failed' },
    };
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xZ: () => (/* binding */ progressReporter),
/* harmony export */   yo: () => (/* binding */ besideProgress)
/* harmony export */ });
/* unused harmony export progressLine */
function progressLine(p, elapsedMs) {
    return `collect: ${p.sourcesDone}/${p.sourcesTotal} sources · ${p.items} items · ${p.failures} failed · ${Math.round(elapsedMs / 1000)} s`;
}
function progressReporter(stream, clock, opts = {}) {
    const tty = stream.isTTY === true;
    const every = tty ? (opts.ttyEveryMs ?? 100) : (opts.everyMs ?? 10_000);
    const started = clock.now();
    let lastAt = started;
    let shown = false;
    let last;
    let lastShown;
    let cleared = false;
    return {
        update(p) {
            last = p;
            const now = clock.now();
            const finished = p.sourcesDone === p.sourcesTotal;
            // Non-TTY: nothing for short work; then one line per interval. TTY: redraw at most every 100 ms
            // (and at once after a log line cleared it).
            if (now - lastAt < every && !(tty && shown && (finished || cleared)))
                return;
            cleared = false;
            lastAt = now;
            shown = true;
            lastShown = p;
            stream.write(tty ? `\r\x1b[2K${progressLine(p, now - started)}` : `${progressLine(p, now - started)}\n`);
        },
        interrupt() {
            if (tty && shown && !cleared) {
                stream.write('\r\x1b[2K');
                cleared = true;
            }
        },
        done() {
            if (tty && shown && !cleared)
                stream.write('\r\x1b[2K');
            else if (!tty && shown && last && last !== lastShown)
                stream.write(`${progressLine(last, clock.now() - started)}\n`);
        },
    };
}
/** A logger that clears the live progress line before each of its lines (they share stderr). */
function besideProgress(logger, progress, opts) {
    return {
        // A debug line that is not shown must not clear the live line.
        debug: (m) => (opts.debugShown && progress.interrupt(), logger.debug(m)),
        info: (m) => (progress.interrupt(), logger.info(m)),
        warn: (m) => (progress.interrupt(), logger.warn(m)),
        error: (m) => (progress.interrupt(), logger.error(m)),
    };
}


/***/ }),

/***/ 61036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   J5: () => (/* binding */ loadConfigWithSnapshot),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   configJsonSchema: () => (/* binding */ configJsonSchema),
/* harmony export */   o4: () => (/* binding */ parseConfig)
/* harmony export */ });
/* unused harmony export parseConfigText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98439);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62072);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90131);
/* harmony import */ var _state_schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27271);
/**
 * Read, parse and validate the YAML config. Every problem is reported with the file, the key path
 * (`sources[2].url`) and what was expected; nothing is half-applied.
 */







const DEFAULT_CONFIG_FILE = 'wiki-daily.yml';
function describeIssue(issue) {
    const where = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPath */ .jV)(issue.path);
    if (issue.code === 'unrecognized_keys') {
        return `${where}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    }
    if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
        return `${where}: "kind" must be one of feed, google-news, youtube, html`;
    }
    return `${where}: ${issue.message}`;
}
/**
 * A Locate over a parsed document: walk the key path through maps and sequences; the position is that
 * of the last map KEY on the way (`url:` rather than its value), or of the sequence item, so the
 * annotation lands on the line a person edits. A path that leaves the document stops at the deepest
 * node found (a missing required key points at its parent).
 */
function yamlLocator(doc, lines) {
    return (keyPath) => {
        let node = doc.contents;
        let at = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isNode */ .Ll)(node) ? node.range ?? undefined : undefined;
        for (const k of keyPath) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(p.key) ? p.key.value : p.key) === k);
                if (!pair)
                    break;
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isNode */ .Ll)(pair.key) && pair.key.range)
                    at = pair.key.range;
                node = pair.value;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && typeof k === 'number') {
                const item = node.items[k];
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isNode */ .Ll)(item))
                    break;
                if (item.range)
                    at = item.range;
                node = item;
            }
            else
                break;
        }
        if (!at)
            return undefined;
        const pos = lines.linePos(at[0]);
        return { line: pos.line, column: pos.col };
    };
}
/** Validate an already-parsed value (from YAML or an object in tests). */
function parseConfig(value, file = '(inline)', locate) {
    const located = (msgPath, message) => {
        const at = locate?.(msgPath);
        return { message, ...(at ? { line: at.line, column: at.column } : {}) };
    };
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .configSchema */ .Qn.safeParse(value ?? {});
    if (!result.success) {
        const issues = result.error.issues;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid config ${file}`, file, issues.map(describeIssue), 
        // An unknown key is reported on its parent object; point at the key itself.
        issues.map((i) => located(i.code === 'unrecognized_keys' ? [...i.path, i.keys[0]] : i.path, describeIssue(i))));
    }
    const seen = new Set();
    const dupes = [];
    result.data.sources.forEach((s, i) => {
        if (seen.has(s.id))
            dupes.push({ path: ['sources', i, 'id'], message: `sources[${i}].id: duplicate id "${s.id}"` });
        seen.add(s.id);
    });
    result.data.routing.rules.forEach((r, i) => {
        for (const [j, sid] of r.sources.entries())
            if (!seen.has(sid))
                dupes.push({ path: ['routing', 'rules', i, 'sources', j], message: `routing.rules[${i}].sources[${j}]: no source has id "${sid}"` });
    });
    if (dupes.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid config ${file}`, file, dupes.map((d) => d.message), dupes.map((d) => located(d.path, d.message)));
    return result.data;
}
/** The YAML document of a config text as plain data (not validated yet); syntax errors name the line and column. */
function parseYaml(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines });
    if (doc.errors.length) {
        const locations = doc.errors.map((e) => {
            const pos = e.linePos?.[0];
            const message = `${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${e.message.split('\n')[0]}`;
            return { message, ...(pos ? { line: pos.line, column: pos.col } : {}) };
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`config ${file} is not valid YAML`, file, locations.map((l) => l.message), locations);
    }
    return { value: doc.toJS(), locate: yamlLocator(doc, lines) };
}
/** Parse YAML text; syntax errors name the line and column. */
function parseConfigText(text, file = '(inline)') {
    const { value, locate } = parseYaml(text, file);
    return parseConfig(value, file, locate);
}
async function readConfigText(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(code === 'ENOENT' ? `config file not found: ${file}` : `cannot read config ${file}: ${err.message}`, file);
    }
}
/**
 * Read and validate the config. With a snapshot of the same text (same sha256) its parsed YAML is
 * validated instead of parsing the text again: the same text gives the same value, so the result is
 * the same Config. A different text is parsed as usual; so is one whose snapshot does not validate,
 * so that the errors name their lines.
 */
async function loadConfig(file, snapshot) {
    const text = await readConfigText(file);
    if (snapshot && snapshot.sha256 === (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(text)) {
        try {
            return parseConfig(snapshot.value, file);
        }
        catch (err) {
            // Located errors come from the text itself, below.
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL))
                throw err;
        }
    }
    return parseConfigText(text, file);
}
/** The config and a snapshot of its parsed YAML (for the shard plan). */
async function loadConfigWithSnapshot(file) {
    const text = await readConfigText(file);
    const { value, locate } = parseYaml(text, file);
    return { config: parseConfig(value, file, locate), snapshot: { sha256: (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(text), value } };
}
/** JSON Schema of the config (input side: defaults shown, nothing required that has one). */
function configJsonSchema() {
    const schema = zod__WEBPACK_IMPORTED_MODULE_6__/* .toJSONSchema */ .bl(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .configSchema */ .Qn, { io: 'input', unrepresentable: 'any' });
    return { ...schema, title: 'wiki-daily configuration', $id: 'https://goyoonjung-wiki/wiki-daily.schema.json' };
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ lintSettings),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   fM: () => (/* binding */ pageSettings)
/* harmony export */ });
/* unused harmony exports httpSettings, relevanceSettings, gradeSettings, routingSettings, googleNewsSettings, healthSettings, discordSettings, linkSettings */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62072);
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


const id = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'letters, digits, ".", "_" or "-", starting with a letter or digit');
const httpUrl = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .refine((s) => {
    try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:';
    }
    catch {
        return false;
    }
}, 'an absolute http: or https: URL');
const relPath = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1)
    .superRefine((s, ctx) => {
    const problem = (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_0__/* .relativePathProblem */ .BE)(s);
    if (problem)
        ctx.addIssue({ code: 'custom', message: `a path inside the wiki root (relative, no "..", not the root itself), but ${problem}` });
});
/** What an entry is, written as the "kind" field of an entry block and used by routing. */
const entryKind = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(40);
const sourceCommon = {
    id,
    /** Human name, used as the outlet when a feed gives none. */
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
    /** Kind of entry this source usually yields (pictorial, interview, video, news…); a routing hint. */
    kindHint: entryKind.optional(),
    /** Skip the relevance score for this source (e.g. an official channel that only ever talks about her). */
    trusted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false),
};
const feedSource = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...sourceCommon,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('feed').default('feed'),
    /** RSS 2.0, RSS 1.0/RDF, Atom or JSON Feed; the format is detected from the content. */
    url: httpUrl,
});
const googleNewsSource = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...sourceCommon,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('google-news').default('google-news'),
    query: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    hl: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('ko'),
    gl: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('KR'),
    ceid: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('KR:ko'),
});
const youtubeSource = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...sourceCommon,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('youtube').default('youtube'),
    channelId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^UC[\w-]{22}$/, 'a YouTube channel id: "UC" and 22 more characters'),
});
const htmlSource = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...sourceCommon,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('html'),
    url: httpUrl,
    /** Regular expression (JavaScript syntax) that article links on the page must match. */
    linkPattern: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** Fetch each linked article for its og:title and first date (politely, through the same limits). */
    follow: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
    maxLinks: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(200).default(20),
});
/**
 * A source entry. The kind is inferred when not written: `query` → google-news, `channelId` →
 * youtube, otherwise `url` → feed. HTML sources must say `kind: html` (they need a linkPattern).
 */
const source = zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((raw) => {
    if (raw && typeof raw === 'object' && !Array.isArray(raw) && !('kind' in raw)) {
        const r = raw;
        if ('query' in r)
            return { ...r, kind: 'google-news' };
        if ('channelId' in r)
            return { ...r, kind: 'youtube' };
        return { ...r, kind: 'feed' };
    }
    return raw;
}, zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('kind', [feedSource, googleNewsSource, youtubeSource, htmlSource]));
const httpSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    perHostConcurrency: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(64).default(6),
    /** Overall cap; by default high enough (6 hosts × 6) that the per-host limit is what binds. */
    globalConcurrency: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(256).default(36),
    timeoutMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(100).max(300_000).default(20_000),
    /** Extra attempts after the first, for network errors, 408, 429 and 5xx. */
    retries: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(10).default(2),
    backoffBaseMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(60_000).default(500),
    backoffMaxMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(600_000).default(15_000),
    /** A Retry-After longer than this fails the source instead of stalling the whole run. */
    maxRetryAfterMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(3_600_000).default(120_000),
    maxRedirects: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(20).default(5),
    maxBodyBytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
    /** Within this window a cached response is served without any request. */
    freshnessSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(7 * 86_400).default(3600),
    userAgent: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('goyoonjung-wiki-daily/0.1 (+https://github.com/goyoonjung-wiki)'),
    /** Base URLs of the well-known services; overridable so tests and the demo can serve them on loopback. */
    googleNewsBaseUrl: httpUrl.default('https://news.google.com'),
    youtubeBaseUrl: httpUrl.default('https://www.youtube.com'),
});
const weightedTerm = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ term: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), weight: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100).default(1) }),
]);
const relevanceSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /**
     * Terms naming the subject. Score: title hit → weights.title, summary hit → weights.summary,
     * URL hit → weights.url (each counted once per item, multiplied by the term's weight; best term wins).
     */
    terms: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(weightedTerm).default([]),
    /** Context words (drama, pictorial…): each field once, +weights.context when in the title. */
    contextTerms: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
    /** Outlet names or host suffixes that add weights.trustedOutlet. */
    trustedOutlets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
    weights: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        title: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(3),
        summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(2),
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(1),
        context: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(1),
        trustedOutlet: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(1),
    })
        .default({ title: 3, summary: 2, url: 1, context: 1, trustedOutlet: 1 }),
    /** Items scoring below this are dropped. 0 (the default) with no terms accepts everything. */
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).default(0),
    /** Words that reject an item (finance, real estate…) … */
    exclude: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
    /** … unless one of these context words is present too. */
    allowContext: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
});
const lane = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['land', 'queue', 'pool', 'discard']);
const gradeSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** Lane of a host that no list names. */
    default: lane.default('land'),
    /** Host suffixes per lane; the longest matching suffix wins. */
    land: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
    queue: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
    pool: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
    discard: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
});
const routeRule = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** Target page, relative to the wiki root, e.g. pages/pictorials.md. */
    page: relPath,
    /** Managed region (section) inside the page; one page can hold several. */
    section: id.default('main'),
    /** Any of these words in the title or summary … */
    keywords: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]),
    /** … or the item comes from one of these source ids … */
    sources: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(id).default([]),
    /** … or its kind (source kindHint or detected kind: video, article…) is one of these. */
    kinds: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(entryKind).default([]),
    /** Entry kind to write for items routed here (defaults to the item's own kind). */
    kind: entryKind.optional(),
});
const routingSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** First matching rule wins. */
    rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(routeRule).default([]),
    /** Where a landed item that no rule matches goes. */
    defaultPage: relPath.default('pages/press.md'),
    defaultSection: id.default('main'),
});
const pageSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
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
    maxTitleLength: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(20).max(1000).default(200),
    /** Entries listed in a day log at most (the rest are counted). */
    maxDayLogItems: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(10).max(10_000).default(500),
    /** Knowledge pages, regenerated with content changes: entries per year and page, and the newest entries. */
    byYearPage: relPath.default('pages/by_year.md'),
    /**
     * Above this many rows the by-year page becomes a hub linking one page per year
     * (`pages/by_year/2026.md`); back to one page at half of it. 0 = never split.
     */
    byYearSplitRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(10_000_000).default(20_000),
    timelinePage: relPath.default('pages/timeline.md'),
    timelineSize: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(10_000).default(100),
});
/** Online resolution of opaque Google News links (src/feeds/resolve.ts); Google rate-limits quickly. */
const googleNewsSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** Resolve opaque tokens online; when off they wait (unwritten) until it is on. */
    resolve: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
    /** Requests in flight to Google News at most. */
    maxInFlight: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(2).default(2),
    /** Each worker starts a token no sooner than this after its previous one. */
    minIntervalMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(60_000).default(1000),
    /** Tokens resolved per run at most; the rest wait for the next run. */
    maxPerRun: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(10_000).default(200),
    /** Extra attempts of one request after a 429/503. */
    retries: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(10).default(2),
    /** An unresolved item waits this long (days) for a later run before it is dropped with a warning. */
    pendingMaxAgeDays: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(365).default(30),
    /**
     * User-Agent for Google News only (default: http.userAgent). Google is reported to serve an
     * interstitial without the signature to some agents; the resolver then stops for the run.
     */
    userAgent: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
});
/** The curation loop of the queue and the pool (src/curate/). */
const curationSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** Pool entries dated more than this many days before the run move to the yearly archive page. */
    poolMaxAgeDays: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(3650).default(90),
    /** Archive page of pool entries; `{year}` is the entry's year. */
    archivePage: relPath.refine((s) => s.includes('{year}'), 'must contain {year}').default('pages/candidate_pool_archive_{year}.md'),
    /** Rejected entries (id, date, URL), committed: a rejected entry never comes back. */
    rejectedFile: relPath.default('data/rejected.tsv'),
});
const gitSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    remote: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('origin'),
    /** Branch to push; empty = the current branch. */
    branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default(''),
    authorName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('wiki-daily[bot]'),
    authorEmail: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(3).default('wiki-daily-bot@users.noreply.github.com'),
    pushAttempts: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(10).default(3),
    /** `{date}` is replaced by the run's local date. */
    commitMessage: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('daily: update {date}'),
});
const backupSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    keep: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(10_000).default(30),
    maxSizeMb: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(1).max(100_000).default(500),
    artifactRetentionDays: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(90).default(14),
    /** Free-disk percentage under which `run` prunes backups before writing. */
    pruneWhenDiskFreeBelowPct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100).default(10),
});
const lockSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    waitMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(24 * 60).default(30),
    staleMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(1).max(24 * 60).default(45),
});
const scheduleSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** A run after a successful run less than this many hours earlier the same day is skipped (unless --force). */
    skipIfSucceededWithinHours: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(24).default(6),
    runBudgetMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(1).max(24 * 60).default(120),
    /** Per-stage budgets in minutes (collect, gate, plan, apply, commit, push, report). */
    stageBudgetMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0.01).max(24 * 60)).default({ collect: 45, push: 10 }),
});
const healthSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    cpuWarnPct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(70),
    cpuCriticalPct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(90),
    memWarnPct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(80),
    memCriticalPct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(90),
    diskFreeWarnPct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(20),
    diskFreeCriticalPct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(10),
    processesWarn: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().default(5),
    processesCritical: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().default(10),
    backupMaxAgeHours: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(48),
    lastSuccessMaxAgeHours: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(36),
    stateMaxMb: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().default(1024),
    /** Robust z-score (median/MAD over the last 30 runs) above which a run is an anomaly. */
    anomalyZ: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(1).default(3.5),
});
const discordSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** The same failure is sent at most once per this many minutes. */
    throttleMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).default(30),
    retries: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(10).default(3),
    username: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('goyoonjung-wiki'),
    /** Send a message for successful runs too (failures and recoveries are always sent). */
    notifySuccess: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
});
/** issue 12: what the maintainer sees outside the wiki (failure issue, metrics push). */
const monitoringSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    failureIssue: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        /** Open (and later close) one GitHub issue on sustained failure. Needs `issues: write`. */
        enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
        /** The issue is found by this label: the open issue is the de-duplication state. */
        label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(50).default('wiki-daily'),
        /** Consecutive failed runs that open the issue (a critical health result opens it at once). */
        afterFailures: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(100).default(2),
    })
        .default({ enabled: true, label: 'wiki-daily', afterFailures: 2 }),
    /** Prometheus Pushgateway base URL; the run's metrics are PUT to /metrics/job/<pushgatewayJob>. */
    pushgatewayUrl: httpUrl.optional(),
    pushgatewayJob: id.default('wiki-daily'),
    /** Targets of the status page (the operations guide's). */
    sloSuccessRatePct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100).default(99.9),
    cacheHitRateTargetPct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100).default(80),
});
/** What `wiki-daily lint` checks beyond structure: facts a page must keep stating. */
const lintSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** Each `text` must appear (verbatim) somewhere in `page`; a person editing it away fails `lint`. */
    facts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ page: relPath, text: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1) })).default([]),
});
/** A link exclusion: a host (matches it and its subdomains) or `/regex/` tested against the whole URL. */
const linkExclusion = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1)
    .refine((s) => {
    if (!(s.startsWith('/') && s.endsWith('/') && s.length > 2))
        return /^[a-z0-9.-]+(:\d+)?$/i.test(s);
    try {
        new RegExp(s.slice(1, -1));
        return true;
    }
    catch {
        return false;
    }
}, 'a host such as "instagram.com" or a regular expression between slashes such as "/^https:\\/\\/x\\.com\\//"');
const linkHostOverride = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** `get` for sites that refuse or mis-answer HEAD (the first `readBytes` of the body are read). */
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['head', 'get']).default('head'),
    /** User-Agent for sites that refuse bots. */
    userAgent: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
});
const linkSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** Results are kept in the state folder this long; a check within the window sends no request (`--refresh` ignores them). */
    keepDays: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(365).default(7),
    /** Links not checked (outcome `skipped`). */
    exclude: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(linkExclusion).default([]),
    /** Per-host overrides; a key matches the host and its subdomains (the longest key wins). */
    hosts: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z0-9.-]+(:\d+)?$/i, 'a host name'), linkHostOverride).default({}),
    /** Exit 1 when more links than this are broken; unset = never fail. */
    failAbove: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(),
    /** At most this many warning annotations on Actions (GitHub shows 10 per step). */
    maxAnnotations: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(1000).default(10),
    /** Body bytes a GET check reads at most. */
    readBytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(1024 * 1024).default(4096),
    /** Timeout of one check request (the http section's limits and retries apply otherwise). */
    timeoutMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(100).max(300_000).default(15_000),
    /** The report page. */
    page: relPath.default('pages/link_health.md'),
    /** Commit message of the report page on Actions; `{date}` is the local date. */
    commitMessage: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('links: update link health {date}'),
});
/** Guard rails: how many new entries one run may write (the excess waits for the next run). */
const limitSettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    maxNewPerPage: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(1_000_000).default(200),
    maxNewPerRun: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(1_000_000).default(1000),
});
const configSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** IANA timezone for every date the product writes. */
    timezone: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
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
    sources: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(source).min(1, 'at least one source'),
    http: httpSettings.default(httpSettings.parse({})),
    relevance: relevanceSettings.default(relevanceSettings.parse({})),
    grades: gradeSettings.default(gradeSettings.parse({})),
    routing: routingSettings.default(routingSettings.parse({})),
    pages: pageSettings.default(pageSettings.parse({})),
    googleNews: googleNewsSettings.default(googleNewsSettings.parse({})),
    curation: curationSettings.default(curationSettings.parse({})),
    git: gitSettings.default(gitSettings.parse({})),
    backup: backupSettings.default(backupSettings.parse({})),
    lock: lockSettings.default(lockSettings.parse({})),
    schedule: scheduleSettings.default(scheduleSettings.parse({})),
    health: healthSettings.default(healthSettings.parse({})),
    discord: discordSettings.default(discordSettings.parse({})),
    monitoring: monitoringSettings.default(monitoringSettings.parse({})),
    lint: lintSettings.default(lintSettings.parse({})),
    links: linkSettings.default(linkSettings.parse({})),
    limits: limitSettings.default(limitSettings.parse({})),
});


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
    locations;
    exitCode = 2;
    constructor(message, file, issues = [], 
    /** The same issues with their line in the file (for annotations and the job summary). */
    locations = issues.map((m) => ({ message: m }))) {
        super(issues.length ? `${message}\n${issues.map((i) => `  - ${i}`).join('\n')}` : message);
        this.file = file;
        this.issues = issues;
        this.locations = locations;
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

/***/ 62072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ relativePathProblem),
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   G_: () => (/* binding */ unchangedSinceRead),
/* harmony export */   HQ: () => (/* binding */ posixPath),
/* harmony export */   Lf: () => (/* binding */ readTextFiles),
/* harmony export */   OR: () => (/* binding */ readIfExists),
/* harmony export */   Vu: () => (/* binding */ readIfExistsSync),
/* harmony export */   Xy: () => (/* binding */ updateWithText),
/* harmony export */   _G: () => (/* binding */ recentSibling),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   lV: () => (/* binding */ safeRelativePath),
/* harmony export */   rC: () => (/* binding */ fileHolds),
/* harmony export */   v9: () => (/* binding */ openIfExistsSync),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export openIfExists */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/** Small file helpers shared by the stages. */





/**
 * Write a file atomically: write a temp file in the same folder, fsync, rename over the target.
 * A crash leaves either the old or the new content, never half a page.
 */
async function writeFileAtomic(file, data) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        const fh = await openCreatingFolder(tmp);
        try {
            if (typeof data === 'string' && data.length > TEXT_WINDOW)
                await writeTextInWindows(fh, data);
            else
                await fh.writeFile(data);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    catch (err) {
        // A full disk fails the write or the fsync, not only the rename: never leave the temp file behind.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true }).catch(() => undefined);
        throw err;
    }
}
/**
 * Open `file` for writing, creating its folder only when it is missing: the folder nearly always
 * exists (the HTTP cache writes one file per response), and a mkdir before every write was one more
 * file-system call each time.
 */
async function openCreatingFolder(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'w');
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'w');
    }
}
/**
 * UTF-16 units of a long text encoded at a time, for writing, hashing or comparing it (textWindows):
 * texts longer than this are never encoded whole.
 */
const TEXT_WINDOW = 1 << 20;
/**
 * A long text written without encoding all of it at once: writeFile would make one Buffer as large as
 * the file (86 MB for the seen file at 1,000,000 entries) on top of the string.
 */
async function writeTextInWindows(fh, text) {
    const buf = Buffer.allocUnsafe(TEXT_WINDOW * 3);
    const encoder = new TextEncoder();
    for (const window of textWindows(text)) {
        const { written } = encoder.encodeInto(window, buf);
        for (let off = 0; off < written;)
            off += (await fh.write(buf, off, written - off)).bytesWritten;
    }
}
/**
 * Feed `text` (as UTF-8) to a hash a window at a time: one update with the whole text first encodes
 * all of it (the 38 MB by-year page and the 37 MB wiki index at 100,000 pages: a run's largest
 * allocations were such copies).
 */
function updateWithText(hash, text) {
    for (const window of textWindows(text))
        hash.update(window, 'utf8');
    return hash;
}
/** The sha256 (hex) of bytes, or of a text as UTF-8 (hashed a window at a time). */
function sha256Hex(data) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    return (typeof data === 'string' ? updateWithText(hash, data) : hash.update(data)).digest('hex');
}
/**
 * `text` in consecutive pieces of at most `size` UTF-16 units, never splitting a surrogate pair (each
 * half alone would encode as a replacement character): for encoding, writing or hashing a long text
 * a window at a time, without a copy of all of it as bytes.
 */
function* textWindows(text, size = TEXT_WINDOW) {
    for (let at = 0; at < text.length;) {
        let end = Math.min(text.length, at + size);
        if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]))
            end--;
        yield text.slice(at, end);
        at = end;
    }
}
/**
 * Whether a file holds exactly `text` (UTF-8), compared a window at a time: a run checks an 86 MB seen
 * file against what it planned without a second copy of it in memory. Undefined when the file is missing.
 */
async function fileHolds(file, text) {
    if (await unchangedSinceRead(file, text))
        return true;
    const fh = await openIfExists(file);
    if (!fh)
        return undefined;
    try {
        const size = (await fh.stat()).size;
        // A UTF-8 file of this text has between 1 and 3 bytes per UTF-16 unit: anything else differs for sure.
        if (size < text.length / 2 || size > text.length * 3)
            return false;
        // Buffers as large as this text needs, not as the window allows: apply checks a few hundred pages
        // of a few KB each per run, and two 3 MB buffers per call were 1.5 GB of allocation and GC.
        // A window of n UTF-16 units encodes to at most 3n bytes, and no read is longer than the file.
        const wantBytes = Math.min(TEXT_WINDOW, text.length) * 3;
        const want = Buffer.allocUnsafe(wantBytes);
        const got = Buffer.allocUnsafe(Math.min(wantBytes, size));
        const encoder = new TextEncoder();
        let pos = 0;
        for (const window of textWindows(text)) {
            const { written } = encoder.encodeInto(window, want);
            if (pos + written > size)
                return false;
            const { bytesRead } = await fh.read(got, 0, written, pos);
            if (bytesRead !== written || !got.subarray(0, written).equals(want.subarray(0, written)))
                return false;
            pos += written;
        }
        return pos === size;
    }
    finally {
        await fh.close();
    }
}
/** The file opened for reading, or undefined when it does not exist (any other error is thrown). */
async function openIfExists(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
}
/** openIfExists without the thread pool: a file descriptor, or undefined when the file does not exist. */
function openIfExistsSync(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(file, 'r');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
}
/**
 * The file's bytes in as few reads as its size allows: one trip to the thread pool for a file that did
 * not grow since its stat. FileHandle.readFile reads 512 KiB at a time, each read queued behind
 * whatever the main thread is doing: the 37 MB wiki index at 100,000 pages took 75 trips and ~170 ms
 * while git's listings were being parsed, against ~15 ms in one read.
 */
async function readWhole(fh, size) {
    // One byte more than the stat said, so a file that grew meanwhile is seen to go on.
    let buf = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
        const { bytesRead } = await fh.read(buf, length, buf.length - length, length);
        if (bytesRead === 0)
            return buf.subarray(0, length);
        length += bytesRead;
        if (length === buf.length) {
            const bigger = Buffer.allocUnsafe(buf.length * 2);
            buf.copy(bigger, 0, 0, length);
            buf = bigger;
        }
    }
}
/** A file's text, or undefined when it does not exist (any other error is thrown). */
async function readIfExists(file) {
    const fh = await openIfExists(file);
    if (!fh)
        return undefined;
    try {
        const readAt = nowNs();
        const st = await fh.stat({ bigint: true });
        // Read as bytes and decoded once: with an encoding, readFile decodes chunk by chunk into a string
        // of pieces that the first search flattens into a second copy (37 MB for the wiki index at 100,000 pages).
        const text = (await readWhole(fh, Number(st.size))).toString('utf8');
        stampRead(file, text, st, readAt);
        return text;
    }
    finally {
        await fh.close();
    }
}
/**
 * readIfExists without the thread pool: for reading a few hundred pages in a row (the plan's pages),
 * four round trips to the pool per file cost more than the reads.
 */
function readIfExistsSync(file) {
    const fd = openIfExistsSync(file);
    if (fd === undefined)
        return undefined;
    try {
        const readAt = nowNs();
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.fstatSync)(fd, { bigint: true });
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(fd, 'utf8');
        stampRead(file, text, st, readAt);
        return text;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(fd);
    }
}
const nowNs = () => BigInt(Date.now()) * 1000000n;
/**
 * What a file held when it was last read through readIfExists, with its stat: fileHolds answers "does
 * it still hold this text" from a stat alone when nothing about the file changed since (as git trusts
 * its index), instead of reading 100 MB of seen file, wiki index and listings again before writing.
 */
const readStamps = new Map();
const RACY_NS = 2000000000n;
const READ_STAMPS = 5_000;
/**
 * Racily clean (as git calls it): a file changed just before the read could change again within the
 * same timestamp tick unseen, so only files older than two seconds are vouched for by their stat.
 */
function stampRead(file, text, st, readAt) {
    const key = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file);
    if (st.mtimeNs >= readAt - RACY_NS || st.ctimeNs >= readAt - RACY_NS) {
        readStamps.delete(key);
        return;
    }
    if (readStamps.size >= READ_STAMPS)
        readStamps.clear();
    readStamps.set(key, { text, size: st.size, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs, ino: st.ino });
}
/** The stat still matches the one taken when `text` was read from the file (same inode, size, mtime and ctime). */
async function unchangedSinceRead(file, text) {
    const stamp = readStamps.get(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file));
    // `===` on the same string object is a pointer comparison; another equal string is compared once.
    if (!stamp || stamp.text !== text)
        return false;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file, { bigint: true });
        return st.ino === stamp.ino && st.size === stamp.size && st.mtimeNs === stamp.mtimeNs && st.ctimeNs === stamp.ctimeNs;
    }
    catch {
        return false;
    }
}
/**
 * The one folder walker: every regular file under `root/dir` (recursive), as sorted `/`-separated
 * paths relative to `root`. Symlinks are not followed (a walk must not leave the tree through a link).
 * A missing folder is empty, not an error; `dir` may also name a single file. `prune` skips a
 * folder (root-relative) and everything in it without reading it.
 */
async function listFiles(root, dir, opts = {}) {
    const out = [];
    async function walk(rel) {
        if (opts.prune?.(rel))
            return;
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, rel), { withFileTypes: true });
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return;
            throw err;
        }
        for (const e of entries) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(rel, e.name);
            if (e.isDirectory())
                await walk(p);
            else if (e.isFile())
                out.push(p);
        }
    }
    // The starting point is looked at without following it, like every entry below it.
    let start;
    try {
        start = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, dir));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    }
    if (start.isFile())
        return [node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.normalize(dir)];
    if (start.isDirectory())
        await walk(dir);
    return out.sort();
}
/**
 * Why `p` cannot name a file inside a root (the wiki checkout, a backup include, a manifest entry),
 * or undefined when it can. Refused: empty, the root itself (restore deletes unknown files under an
 * include, so `.` would wipe the checkout), absolute paths (`/x`, `C:x`) and any `..` segment, even
 * one that would normalise away (`a/../b`): such a path was written by mistake or by an attacker.
 */
function relativePathProblem(p) {
    // The usual path — no backslash, no "..", not starting with "/" or "X:", not only dots, slashes and
    // spaces — has none of the problems below: decided without normalising it (a backup manifest checks
    // 100,000 paths per snapshot). Anything else takes the full check.
    if (p.indexOf('\\') < 0 && p.indexOf('..') < 0 && p.charCodeAt(0) !== 47 && p.charCodeAt(1) !== 58 && PLAIN_PATH_CHAR.test(p))
        return undefined;
    const posix = p.replace(/\\/g, '/');
    if (posix.trim() === '')
        return 'it is empty';
    if (posix.startsWith('/') || /^[a-zA-Z]:/.test(posix))
        return 'it is absolute';
    if (posix.split('/').includes('..'))
        return 'it contains ".."';
    if (normalizeRelative(posix) === '.')
        return 'it is the root itself';
    return undefined;
}
/** A character other than ".", "/" and white space: a path with one is not the root itself. */
const PLAIN_PATH_CHAR = /[^./\s]/;
function normalizeRelative(posix) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.normalize(posix).replace(/\/+$/, '') || '.';
}
/**
 * The recent companion of a log-structured file (a base rewritten rarely plus a small file a run
 * rewrites): `data/seen.tsv` → `data/seen-recent.tsv`, `data/wiki-index.tsv` → `data/wiki-index-recent.tsv`.
 * The one place the name is derived (src/gate/seenstore.ts, src/pages/wikiindex.ts).
 */
function recentSibling(file) {
    const ext = node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.extname(file);
    return `${file.slice(0, file.length - ext.length)}-recent${ext}`;
}
/** A configured or typed path in the one form paths are compared in: forward slashes, normalised (`pages\\a.md`, `./pages/a.md` → `pages/a.md`). */
function posixPath(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.normalize(p.replace(/\\/g, '/'));
}
/**
 * The one check for root-relative paths: `p` in the one form used as a key (`.\pages//a.md/` →
 * `pages/a.md`), or the error built by `makeError` naming `what` and the reason.
 */
function safeRelativePath(p, what, makeError = (m) => new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .WikiDailyError */ .WA(m)) {
    const problem = relativePathProblem(p);
    if (problem)
        throw makeError(`${what} ${JSON.stringify(p)} must be a path inside the wiki root, but ${problem}`);
    return normalizeRelative(p.replace(/\\/g, '/'));
}
/**
 * Root-relative text files by path, read one after another in sorted order; a missing file is left
 * out. Synchronous on purpose: 10,000 concurrent reads cost twice the time and memory (measured by
 * `npm run bench`), and nothing else runs while the wiki is being read.
 */
function readTextFiles(root, rels) {
    const files = new Map();
    for (const rel of [...new Set(rels)].sort()) {
        try {
            files.set(rel, (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, rel), 'utf8'));
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw err;
        }
    }
    return files;
}


/***/ }),

/***/ 86176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ gitOut),
/* harmony export */   Dd: () => (/* binding */ indexedBlobIds),
/* harmony export */   Ff: () => (/* binding */ unwalkable),
/* harmony export */   M8: () => (/* binding */ gitWorkTree),
/* harmony export */   kY: () => (/* binding */ parseRaw),
/* harmony export */   sn: () => (/* binding */ isRegularMode),
/* harmony export */   tK: () => (/* binding */ gitBlobId)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62072);
/**
 * git blob ids of files as git's own index knows them, without reading the files: what lets a run
 * skip reading and hashing 100,000 unchanged pages (the wiki index's check, the backup snapshot).
 */







/** git's blob id of a text, so a tracked, unmodified file is checked against `git ls-files -s` without reading it. */
function gitBlobId(content) {
    if (typeof content !== 'string')
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_5__.createHash)('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
    // The byte count from Buffer.byteLength and the text hashed a window at a time: no copy of it as bytes.
    return (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_6__/* .updateWithText */ .Xy)((0,node_crypto__WEBPACK_IMPORTED_MODULE_5__.createHash)('sha1').update(`blob ${Buffer.byteLength(content, 'utf8')}\0`), content).digest('hex');
}
/**
 * Each record of `git ls-files -s -z` output, `[<tag> ]<mode> <blob> <stage>\t<path>\0` (the tag with
 * -v), read with indexOf (no 100,000-element split): `visit` gets the path and where the mode starts
 * (the blob is 7 characters further, the stage one before the tab); returning false stops the walk.
 * Returns false when stopped.
 */
function eachIndexRecord(out, visit, tagged = false) {
    for (let at = 0; at < out.length;) {
        let end = out.indexOf('\0', at);
        if (end < 0)
            end = out.length;
        const tab = out.indexOf('\t', at);
        if (tab > at && tab < end && visit(out.slice(tab + 1, end), tagged ? at + 2 : at, tab) === false)
            return false;
        at = end + 1;
    }
    return true;
}
/**
 * Root-relative path → blob id for the files `git ls-files -s` lists under `where` that `keep` accepts. Undefined when `root` is not in a git work tree.
 */
async function indexedBlobIds(root, where, keep = () => true) {
    const out = await gitOut(root, ['ls-files', '-s', '-z', '--', ...where]);
    if (out === undefined)
        return undefined;
    const map = new Map();
    eachIndexRecord(out, (rel, modeAt) => {
        if (keep(rel))
            map.set(rel, out.slice(modeAt + 7, modeAt + 47));
    });
    return map;
}
/** `:<srcmode> <dstmode> <src> <dst> <status>\0<path>\0` records (no renames: one path each); undefined when unexpected. */
function parseRaw(out) {
    const changes = new Map();
    for (let at = 0; at < out.length;) {
        const headEnd = out.indexOf('\0', at);
        const pathEnd = out.indexOf('\0', headEnd + 1);
        if (out[at] !== ':' || headEnd < 0 || pathEnd < 0)
            return undefined;
        const [srcMode, dstMode, srcBlob, dstBlob, status] = out.slice(at + 1, headEnd).split(' ');
        if (!srcMode || !dstMode || !srcBlob || !dstBlob || !status)
            return undefined;
        changes.set(out.slice(headEnd + 1, pathEnd), { srcMode, dstMode, srcBlob, dstBlob, status });
        at = pathEnd + 1;
    }
    return changes;
}
const isRegularMode = (mode) => mode === '100644' || mode === '100755';
/** A change git cannot describe as files: a submodule on either side, or a conflict. */
function unwalkable(changes) {
    for (const c of changes.values())
        if (c.srcMode === '160000' || c.dstMode === '160000' || c.status === 'U')
            return true;
    return false;
}
/**
 * What a walk of `where` would find, and which of it git vouches for, from git's own index and one
 * walk in git (`ls-files -s`, `diff-files`, `ls-files -o` at once): at 100,000 pages a walk of the
 * folders in JavaScript (readdir of every folder, a Dirent per file) cost more than all three. Only
 * the few changed and untracked paths are looked at with lstat. Undefined outside git, and wherever
 * the two could differ: a submodule or a nested repository (a walk would go into it), a conflicted
 * index (one path several times).
 */
async function gitWorkTree(root, where) {
    const [indexed, changed, others] = await Promise.all([
        // -v tags each entry: H is a plain one; h (assume-unchanged) and S (skip-worktree) are entries
        // diff-files does not look at, so their files are looked at here.
        gitOut(root, ['ls-files', '-s', '-v', '-z', '--', ...where]),
        gitOut(root, ['diff-files', '--name-only', '--relative', '-z', '--', ...where]),
        // No --exclude-standard: ignored files are files of the folders too.
        gitOut(root, ['ls-files', '-o', '-z', '--', ...where]),
    ]);
    if (indexed === undefined || changed === undefined || others === undefined)
        return undefined;
    const changedSet = new Set(changed.split('\0').filter(Boolean));
    const clean = new Map();
    const files = [];
    const look = [];
    const walkable = eachIndexRecord(indexed, (rel, modeAt, tab) => {
        const plain = indexed.charCodeAt(modeAt - 2) === 72; /* tag H */
        const mode = indexed.slice(modeAt, modeAt + 6);
        if (mode === '160000' || indexed.charCodeAt(tab - 1) !== 48 /* stage 0 */)
            return false;
        if (!plain || changedSet.has(rel))
            look.push(rel);
        else if (isRegularMode(mode)) {
            files.push(rel);
            clean.set(rel, indexed.slice(modeAt + 7, modeAt + 47));
        }
        // A clean symlink (120000) is skipped, as the walk skips it.
        return true;
    }, true);
    if (!walkable)
        return undefined;
    for (const rel of others.split('\0')) {
        if (!rel)
            continue;
        if (rel.endsWith('/'))
            return undefined;
        look.push(rel);
    }
    const kinds = await Promise.all(look.map((rel) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(root, rel)).then((st) => st.isFile(), () => false)));
    for (const [i, rel] of look.entries())
        if (kinds[i])
            files.push(rel);
    return { clean, files: files.sort(), unvouched: look };
}
/**
 * git's output as text; undefined when git fails (not a repository, an unknown commit, no git).
 *
 * git writes it into an unlinked temporary file, not a pipe: a pipe holds 64 KiB, and git waits for
 * each 64 KiB to be drained by the event loop, which at 100,000 pages is busy parsing the wiki index
 * in slices. `git ls-files -s` (7 MB there) took ~290 ms that way against ~20 ms on its own, and the
 * index check waited for it.
 */
async function gitOut(root, args) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_4___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), `wiki-daily-git-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_5__.randomBytes)(6).toString('hex')}.out`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'wx+', 0o600);
    let unlinked = false;
    try {
        // Unlinked at once where the system allows it (not Windows, while the file is open): nothing is left behind if the process dies.
        unlinked = tryUnlink(file);
        const code = await new Promise((resolve) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-c', 'core.quotePath=false', ...args], { cwd: root, stdio: ['ignore', fd, 'ignore'] });
            child.once('error', () => resolve(null));
            child.once('close', (exitCode) => resolve(exitCode));
        });
        if (code !== 0)
            return undefined;
        // As bytes, decoded once: a string concatenated from chunks made cutting 100,000 records out of it four times slower.
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).size;
        const bytes = Buffer.allocUnsafe(size);
        let length = 0;
        while (length < size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, bytes, length, size - length, length);
            if (n === 0)
                break;
            length += n;
        }
        return bytes.subarray(0, length).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        if (!unlinked)
            tryUnlink(file);
    }
}
function tryUnlink(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(file);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 54626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runUrlFrom),
/* harmony export */   s: () => (/* binding */ repoUrlFrom)
/* harmony export */ });
/** Addresses on GitHub of this repository and of this workflow run, from the runner's environment. */
/** `https://github.com/owner/repo` on Actions; undefined elsewhere. */
function repoUrlFrom(env) {
    return env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
}
/** `…/actions/runs/<id>` of the current workflow run; undefined outside Actions. */
function runUrlFrom(env) {
    const repo = repoUrlFrom(env);
    return repo && env.GITHUB_RUN_ID ? `${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
}


/***/ }),

/***/ 25625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   jj: () => (/* binding */ StderrLogger),
/* harmony export */   jl: () => (/* binding */ logStage),
/* harmony export */   lz: () => (/* binding */ JsonLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/** One stage of a run as one log group (the run orchestrator wraps each stage in this). */
function logStage(logger, stage, fn) {
    return logger.group ? logger.group(stage, fn) : fn();
}
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
/** A source id when the message is about one (`source elle: HTTP 500` — the collector's form). */
function sourceOf(msg) {
    return /^source ([A-Za-z0-9][\w.-]*):/.exec(msg)?.[1];
}
/**
 * `--log-format json`: one JSON object per line on stderr — time, level, stage, source, message — for
 * ELK or Loki. Groups nest; `stage` is the innermost one.
 */
class JsonLogger {
    verbose;
    write;
    now;
    stages = [];
    constructor(verbose = false, write = (l) => void process.stderr.write(l), now = Date.now) {
        this.verbose = verbose;
        this.write = write;
        this.now = now;
    }
    emit(level, msg) {
        const message = redact(msg);
        const source = sourceOf(message);
        const stage = this.stages.at(-1);
        const line = { time: new Date(this.now()).toISOString(), level, ...(stage ? { stage } : {}), ...(source ? { source } : {}), message };
        this.write(`${JSON.stringify(line)}\n`);
    }
    debug(msg) {
        if (this.verbose)
            this.emit('debug', msg);
    }
    info(msg) {
        this.emit('info', msg);
    }
    warn(msg) {
        this.emit('warn', msg);
    }
    error(msg) {
        this.emit('error', msg);
    }
    async group(stage, fn) {
        this.stages.push(stage);
        try {
            return await fn();
        }
        finally {
            this.stages.pop();
        }
    }
}
const silentLogger = { debug() { }, info() { }, warn() { }, error() { } };


/***/ }),

/***/ 40334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   blobPath: () => (/* binding */ blobPath),
/* harmony export */   createDeltaSnapshot: () => (/* binding */ createDeltaSnapshot),
/* harmony export */   createSnapshot: () => (/* binding */ createSnapshot),
/* harmony export */   fullManifestOf: () => (/* binding */ fullManifestOf),
/* harmony export */   gitBaseFile: () => (/* binding */ gitBaseFile),
/* harmony export */   isSnapshotId: () => (/* binding */ isSnapshotId),
/* harmony export */   listSnapshots: () => (/* binding */ listSnapshots),
/* harmony export */   manifestPath: () => (/* binding */ manifestPath),
/* harmony export */   pruneSnapshots: () => (/* binding */ pruneSnapshots),
/* harmony export */   putBlob: () => (/* binding */ putBlob),
/* harmony export */   putManifest: () => (/* binding */ putManifest),
/* harmony export */   readManifest: () => (/* binding */ readManifest),
/* harmony export */   resolveSnapshot: () => (/* binding */ resolveSnapshot),
/* harmony export */   restoreSnapshot: () => (/* binding */ restoreSnapshot),
/* harmony export */   snapshotsDir: () => (/* binding */ snapshotsDir),
/* harmony export */   storeAhead: () => (/* binding */ storeAhead),
/* harmony export */   storeSize: () => (/* binding */ storeSize),
/* harmony export */   takeFullSnapshot: () => (/* binding */ takeFullSnapshot),
/* harmony export */   verifySnapshots: () => (/* binding */ verifySnapshots)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(70370);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62072);
/* harmony import */ var _git_blobs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86176);
/* harmony import */ var _state_schemas_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27271);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29834);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5395);
/**
 * Local content-addressed backup store.
 *
 * Layout under the store dir: `blobs/<aa>/<sha256>` holds each distinct file content once;
 * `snapshots/<id>.json` is a manifest listing root-relative paths with their hash and size.
 * Blobs are written before the manifest that references them, both atomically, so a crash never
 * leaves a manifest pointing at a missing blob. Anything read back from the store is re-hashed
 * before it is trusted: the store lives on a runner disk or in an Actions cache we do not control.
 */










const HASH_CONCURRENCY = 16;
/** Temp files younger than this may belong to a writer that is still running. */
const STALE_TEMP_MS = 60 * 60 * 1000;
function blobsDir(storeDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(storeDir, 'blobs');
}
function snapshotsDir(storeDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(storeDir, 'snapshots');
}
function blobPath(storeDir, sha256) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(blobsDir(storeDir), sha256.slice(0, 2), sha256);
}
/** What the next delta snapshot starts from (src/ops/backup/delta.ts); prune keeps its chain current. */
function gitBaseFile(storeDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(storeDir, 'git-base.json');
}
function manifestPath(storeDir, id) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(snapshotsDir(storeDir), `${id}.json`);
}
function isSnapshotId(id) {
    return _state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .SNAPSHOT_ID_RE */ .L7.test(id);
}
function isNotFound(err) {
    const code = err?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** A root-relative include or manifest path, in its one form; BackupError when unsafe. */
function normalizeRelative(p, what) {
    return (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__/* .safeRelativePath */ .lV)(p, what, (message) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(message));
}
function isUnder(file, include) {
    return file === include || file.startsWith(`${include}/`);
}
/**
 * Every regular file under the include paths, root-relative and sorted. Symlinks are skipped (a
 * backup should not follow a link out of the wiki); anything inside `skipDir` (the store itself,
 * when it sits under the root) is skipped so the store never backs itself up.
 */
async function listIncludedFiles(root, include, skipDir) {
    const skip = skipDir ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(skipDir) : undefined;
    const prune = (rel) => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, ...rel.split('/'));
        return skip !== undefined && (abs === skip || abs.startsWith(skip + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)));
    };
    const found = new Set();
    for (const inc of include) {
        const rel = normalizeRelative(inc, 'include path');
        try {
            for (const f of await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__/* .listFiles */ .CS)(root, rel, { prune }))
                found.add(f);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot list ${node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, rel)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
    }
    return [...found].sort();
}
/** `files` without those inside the store (when it sits under the root), as listIncludedFiles leaves them out. */
function outsideStore(root, files, storeDir) {
    const store = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(storeDir)).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
    if (store === '' || store.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(store))
        return [...files];
    return files.filter((f) => !isUnder(f, store));
}
function manifestDigest(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    // Fed in chunks: one update call per file was a tenth of an unchanged wiki's snapshot at 100,000 files.
    let chunk = '';
    for (const f of files) {
        chunk += `${f.path}\0${f.sha256}\0${f.size}\n`;
        if (chunk.length > 1 << 16) {
            h.update(chunk);
            chunk = '';
        }
    }
    return h.update(chunk).digest('hex');
}
function snapshotIdFor(instant, digest) {
    const stamp = new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
    return `${stamp}-${digest.slice(0, 8)}`;
}
function sameFiles(a, b) {
    if (a.length !== b.length)
        return false;
    return a.every((f, i) => {
        const g = b[i];
        return g !== undefined && f.path === g.path && f.sha256 === g.sha256 && f.size === g.size;
    });
}
function parseManifest(text, file) {
    return parseManifestLines(text, file) ?? checkedManifest((0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .snapshotManifestSchema */ .tR, text), file);
}
/** Where putManifest's layout starts listing files, one JSON object a line (`,` ending all but the last). */
const FILES_OPEN = '\n  "files": [';
const FILES_CLOSE = '\n  ]\n}';
const FILE_LINE = '\n    {';
/**
 * A manifest in putManifest's own layout, read a line at a time with the same checks as the schema's:
 * the schema over 100,000 files (a full snapshot's) cost most of a second and 200 MB when a run
 * compacts a chain. Undefined when the text is laid out otherwise, or anything in it would be refused:
 * then the schema reads it (and names the problem).
 */
function parseManifestLines(text, file) {
    const open = text.indexOf(FILES_OPEN);
    const close = text.lastIndexOf(FILES_CLOSE);
    if (open < 0 || close < open)
        return undefined;
    let head;
    try {
        head = JSON.parse(`${text.slice(0, open)}\n  "files": []${text.slice(close + 4)}`);
    }
    catch {
        return undefined;
    }
    const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .checkState */ .We)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .snapshotManifestSchema */ .tR, head);
    if (!parsed.ok)
        return undefined;
    const files = [];
    for (let at = open + FILES_OPEN.length; at < close;) {
        if (!text.startsWith(FILE_LINE, at))
            return undefined;
        let end = text.indexOf('\n', at + 1);
        if (end < 0 || end > close)
            end = close;
        const line = text.slice(at + FILE_LINE.length - 1, text.charCodeAt(end - 1) === 44 /* , */ && end < close ? end - 1 : end);
        let f;
        try {
            f = JSON.parse(line);
        }
        catch {
            return undefined;
        }
        if (typeof f.path !== 'string' || (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__/* .relativePathProblem */ .BE)(f.path) !== undefined)
            return undefined;
        if (typeof f.sha256 !== 'string' || !_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .SHA256_RE */ .sW.test(f.sha256))
            return undefined;
        if (typeof f.size !== 'number' || !Number.isSafeInteger(f.size) || f.size < 0 || Object.keys(f).length !== 3)
            return undefined;
        files.push(f);
        at = end;
    }
    return checkedManifest({ ok: true, value: { ...parsed.value, files } }, file);
}
/** A manifest as the schema found it, with the checks beyond it: a BackupError naming the file when refused. */
function checkedManifest(parsed, file) {
    const fail = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj((0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .corruptStateMessage */ .gs)(file, 'snapshot manifest', problem, 'this snapshot cannot be listed or restored (`wiki-daily backup verify` lists every damaged one)'));
    };
    if (!parsed.ok)
        return fail(parsed.problem);
    const m = parsed.value;
    if (node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file) !== `${m.id}.json`)
        fail(`id: ${m.id} does not match the file name`);
    // An entry whose path is already in its one form is kept as parsed (no copy of 100,000 objects).
    const files = m.files.map((f, i) => {
        const normal = normalizeRelative(f.path, `files[${i}].path`);
        return normal === f.path ? f : { ...f, path: normal };
    });
    const manifest = { id: m.id, createdAt: m.createdAt, files, totalSize: files.reduce((n, f) => n + f.size, 0) };
    if (m.label !== undefined)
        manifest.label = m.label;
    if (m.base !== undefined) {
        if (m.base === m.id)
            fail(`base: ${m.base} is the snapshot itself`);
        manifest.base = m.base;
        const removed = (m.removed ?? []).map((r, i) => normalizeRelative(r, `removed[${i}]`));
        const gone = new Set(removed);
        const both = files.find((f) => gone.has(f.path));
        if (both)
            fail(`${both.path} is both in files and in removed`);
        manifest.removed = removed;
    }
    else if (m.removed !== undefined)
        fail('removed: only a delta snapshot (with a base) removes paths');
    return manifest;
}
/** One manifest as stored (a delta as its own list: see resolveSnapshot for what it holds). */
async function readManifest(storeDir, id) {
    const file = manifestPath(storeDir, id);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot read snapshot manifest ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    return parseManifest(text, file);
}
/** Longer chains are refused as damage: a run writes a full snapshot long before (delta.ts DELTA_CHAIN_CAP). */
const MAX_CHAIN = 256;
const byPathOrder = (a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_8__/* .compareStrings */ .K)(a.path, b.path);
function isSortedByPath(files) {
    for (let i = 1; i < files.length; i++)
        if (files[i - 1].path >= files[i].path)
            return false;
    return true;
}
/** `base` (sorted by path) with a delta applied, sorted by path: one merge, no map of 100,000 paths. */
function applyDelta(base, delta) {
    const changed = [...delta.files].sort(byPathOrder);
    const removed = new Set(delta.removed ?? []);
    const out = [];
    let j = 0;
    for (const f of base) {
        while (j < changed.length && changed[j].path < f.path)
            out.push(changed[j++]);
        if (j < changed.length && changed[j].path === f.path)
            out.push(changed[j++]);
        else if (!removed.has(f.path))
            out.push(f);
    }
    while (j < changed.length)
        out.push(changed[j++]);
    return out;
}
/** A delta whose chain cannot be followed; `base` is the snapshot where it breaks. */
class BrokenChainError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj {
    base;
    constructor(message, base) {
        super(message);
        this.base = base;
    }
}
function brokenChainError(storeDir, child, base, why) {
    return new BrokenChainError((0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .corruptStateMessage */ .gs)(manifestPath(storeDir, child), 'snapshot manifest', `its base snapshot ${base} (${manifestPath(storeDir, base)}) ${why}`, 'this snapshot cannot be listed or restored (`wiki-daily backup verify` lists every damaged one)'), base);
}
/**
 * The manifests from `id` down to its full snapshot, through `read` (a store's files, or manifests
 * already loaded). A missing or unreadable base, a loop or an endless chain: a BackupError naming the file.
 */
async function readChain(storeDir, id, read) {
    const chain = [await read(id)];
    for (let m = chain[0]; m.base !== undefined;) {
        const base = m.base;
        if (chain.some((c) => c.id === base))
            throw brokenChainError(storeDir, m.id, base, 'is part of a loop of bases');
        if (chain.length >= MAX_CHAIN)
            throw brokenChainError(storeDir, m.id, base, `is more than ${MAX_CHAIN} deltas from a full snapshot`);
        let next;
        try {
            next = await read(base);
        }
        catch (err) {
            const cause = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj ? err.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err);
            const broken = brokenChainError(storeDir, m.id, base, `cannot be read: ${cause}`);
            broken.cause = err;
            throw broken;
        }
        chain.push(next);
        m = next;
    }
    return chain;
}
/** Apply a chain (newest first, as readChain returns it). */
function applyChain(chain, from) {
    const start = from?.depth ?? chain.length - 1;
    let files = from?.files ?? chain[start].files;
    if (!from && !isSortedByPath(files))
        files = [...files].sort(byPathOrder);
    for (let i = start - 1; i >= 0; i--)
        files = applyDelta(files, chain[i]);
    const head = chain[0];
    const out = { id: head.id, createdAt: head.createdAt, files: files, totalSize: files.reduce((n, f) => n + f.size, 0), chain: chain.map((m) => m.id) };
    if (head.label !== undefined)
        out.label = head.label;
    return out;
}
/** What snapshot `id` holds: its chain read and applied. */
async function resolveSnapshot(storeDir, id) {
    return applyChain(await readChain(storeDir, id, (sid) => readManifest(storeDir, sid)));
}
/**
 * Many manifests resolved at once (list, verify, prune): a chain shared by 30 snapshots is applied
 * once along it, each snapshot starting from its nearest already resolved base. A snapshot whose
 * chain is broken gets its error instead.
 */
async function resolveLoaded(storeDir, loaded) {
    const out = new Map();
    const read = async (sid) => {
        const m = loaded.get(sid);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`${manifestPath(storeDir, sid)} is missing or unreadable`);
        return m;
    };
    // Oldest first: a base is older than the deltas on it, so it is resolved before them.
    for (const m of [...loaded.values()].sort((a, b) => newestFirst(b, a))) {
        let chain;
        try {
            chain = await readChain(storeDir, m.id, read);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj))
                throw err;
            out.set(m.id, err);
            continue;
        }
        const depth = chain.findIndex((c, i) => i > 0 && out.get(c.id) !== undefined && !(out.get(c.id) instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj));
        const from = depth > 0 ? { depth, files: out.get(chain[depth].id).files } : undefined;
        out.set(m.id, applyChain(chain, from));
    }
    return out;
}
async function snapshotIds(storeDir) {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(snapshotsDir(storeDir));
    }
    catch (err) {
        if (isNotFound(err))
            return [];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot list ${snapshotsDir(storeDir)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    return names
        .filter((n) => n.endsWith('.json'))
        .map((n) => n.slice(0, -'.json'.length))
        .filter(isSnapshotId);
}
function newestFirst(a, b) {
    const t = Date.parse(b.createdAt) - Date.parse(a.createdAt);
    return t !== 0 ? t : b.id.localeCompare(a.id);
}
/** All manifests, newest first. An unreadable manifest is an error naming its file (see verifySnapshots to find them all). */
async function loadManifests(storeDir) {
    const ids = await snapshotIds(storeDir);
    const manifests = await (0,p_limit__WEBPACK_IMPORTED_MODULE_9__/* ["default"] */ .A)(HASH_CONCURRENCY).map(ids, (id) => readManifest(storeDir, id));
    return manifests.sort(newestFirst);
}
function info(m) {
    const out = { id: m.id, createdAt: m.createdAt, files: m.files.length, size: m.totalSize };
    if (m.label !== undefined)
        out.label = m.label;
    return out;
}
/** Every snapshot resolved, newest first; a broken chain is an error naming the file. */
async function loadResolved(storeDir) {
    const raw = await loadManifests(storeDir);
    const resolved = await resolveLoaded(storeDir, new Map(raw.map((m) => [m.id, m])));
    return raw.map((m) => {
        const r = resolved.get(m.id);
        if (r instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj)
            throw r;
        return r;
    });
}
/** Snapshots newest first, each with the files it holds (a delta's chain applied). */
async function listSnapshots(storeDir) {
    return (await loadResolved(storeDir)).map(info);
}
async function blobExists(storeDir, sha256) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(blobPath(storeDir, sha256))).isFile();
    }
    catch (err) {
        if (isNotFound(err))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot stat blob ${blobPath(storeDir, sha256)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
/**
 * Store a blob unless present. The content is hashed here, so a caller cannot file bytes under the
 * wrong name. Returns whether it was written.
 */
async function putBlob(storeDir, data, expectedSha256, opts = {}) {
    const sha256 = (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(data);
    if (expectedSha256 !== undefined && sha256 !== expectedSha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`blob content hashes to ${sha256}, expected ${expectedSha256}`);
    }
    return fileBlob(storeDir, data, sha256, opts);
}
/** Store bytes under their sha256, which the caller has just computed from them, unless present. */
async function fileBlob(storeDir, data, sha256, opts = {}) {
    if (await blobExists(storeDir, sha256)) {
        if (!opts.replaceCorrupt || (await checkBlob(storeDir, sha256, data.length)) === undefined)
            return { sha256, written: false };
    }
    const file = blobPath(storeDir, sha256);
    try {
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(file, data);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot write blob ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    return { sha256, written: true };
}
/**
 * Write a manifest; callers store its blobs first so a manifest never points at a missing blob.
 * `ownFiles`: createSnapshot's own file list (only the paths need checking, see below).
 */
async function putManifest(storeDir, manifest, opts = {}) {
    const file = manifestPath(storeDir, manifest.id);
    // Checked as it will be read back (the same schema and checks; not through JSON text, which cost
    // 60 MB and a third of a second at 100,000 files), so nothing we write could be refused when read.
    if (opts.ownFiles) {
        checkedManifest((0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .checkState */ .We)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .snapshotManifestSchema */ .tR, { ...manifest, files: [] }), file);
        // The snapshot's own files: hashes it computed (or the table's, of the same pattern) and counted
        // sizes; only a path could be refused (a file name with a backslash reads as a separator).
        for (const [i, f] of manifest.files.entries()) {
            const problem = (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__/* .relativePathProblem */ .BE)(f.path);
            if (problem)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj((0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .corruptStateMessage */ .gs)(file, 'snapshot manifest', `files[${i}].path: not a path inside the wiki root: ${problem}`, 'it was not written'));
        }
    }
    else
        checkedManifest((0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .checkState */ .We)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .snapshotManifestSchema */ .tR, manifest), file);
    // One line per file: half the size of JSON indented throughout, and still one diffable line each.
    const { files, ...head } = manifest;
    const parts = [`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "files": [`];
    for (const [i, f] of files.entries())
        parts.push(`${i ? ',' : ''}\n    ${JSON.stringify(f)}`);
    parts.push('\n  ]\n}\n');
    const body = parts.join('');
    try {
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(file, body);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot write snapshot manifest ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
async function storeFiles(absRoot, storeDir, rels, opts) {
    // Identical files share one write, so counts stay right when they are hashed in parallel.
    const pending = new Map();
    const chunks = [];
    return (0,p_limit__WEBPACK_IMPORTED_MODULE_9__/* ["default"] */ .A)(HASH_CONCURRENCY).map(rels, async (rel) => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absRoot, ...rel.split('/'));
        if (opts.ifRegular) {
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs).catch((err) => {
                if (isNotFound(err))
                    return undefined;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot look at ${abs} for the backup: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
            });
            if (!st?.isFile())
                return undefined;
        }
        const chunk = chunks.pop() ?? Buffer.allocUnsafe(COPY_CHUNK);
        let read;
        try {
            read = await readIntoStore(storeDir, abs, chunk, typeof opts.withGitBlob === 'function' ? opts.withGitBlob(rel) : opts.withGitBlob);
        }
        catch (err) {
            // Gone between the lstat and the read: as if the lstat had not found it.
            if (opts.ifRegular && isNotFound(err))
                return undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot read ${abs} for the backup: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        finally {
            chunks.push(chunk);
        }
        const { sha256, size } = read;
        let write = pending.get(sha256);
        if (!write) {
            // Hashed just above from these very bytes: not hashed again (putBlob's check is for callers with bytes from elsewhere).
            write = (read.data ? fileBlob(storeDir, read.data, sha256) : read.place()).then(({ written }) => {
                if (written) {
                    opts.added.bytes += size;
                    opts.added.blobs += 1;
                }
            });
            pending.set(sha256, write);
        }
        else
            await read.discard?.();
        await write;
        return { file: { path: rel, sha256, size }, ...(read.gitBlob ? { gitBlob: read.gitBlob } : {}) };
    });
}
async function createSnapshot(root, include, storeDir, opts = {}) {
    const { listed: _listed, listedBlobs: _blobs, ...result } = await takeFullSnapshot(root, include, storeDir, opts);
    return result;
}
/** A full snapshot, with what it listed: every file, and git's blob id of each where known. */
async function takeFullSnapshot(root, include, storeDir, opts = {}) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root);
    const rels = opts.files ? outsideStore(absRoot, opts.files, storeDir) : await listIncludedFiles(absRoot, include, storeDir);
    const known = opts.gitBlobs ? await readGitBlobs(storeDir) : undefined;
    /** Per file of the snapshot, git's blob id of its bytes when known (the table written after it). */
    const fileBlobs = new Array(rels.length);
    let fromTable = 0;
    let newPairs = 0;
    const files = new Array(rels.length);
    // The files the table vouches for, in one plain loop: a promise per file (100,000 of them) cost
    // more than everything else the snapshot does for an unchanged wiki.
    const toRead = [];
    for (let i = 0; i < rels.length; i++) {
        const rel = rels[i];
        const gitBlob = opts.gitBlobs?.get(rel);
        const stored = gitBlob === undefined ? undefined : known?.blobs.get(gitBlob);
        if (stored) {
            fileBlobs[i] = gitBlob;
            fromTable++;
            files[i] = { path: rel, sha256: stored.sha256, size: stored.size };
        }
        else
            toRead.push(i);
    }
    const added = { bytes: 0, blobs: 0 };
    const stored = await storeFiles(absRoot, storeDir, toRead.map((i) => rels[i]), { withGitBlob: !!opts.gitBlobs, added });
    for (const [k, i] of toRead.entries()) {
        const read = stored[k];
        files[i] = read.file;
        // Computed from the bytes stored (not taken from git), so the table can never pair wrong contents.
        if (read.gitBlob) {
            fileBlobs[i] = read.gitBlob;
            newPairs++;
        }
    }
    const { bytes: bytesAdded, blobs: blobsAdded } = added;
    // A snapshot id ends with the first 8 hex digits of its files' digest: when they differ from the
    // newest's, the files differ, and its manifest (15 MB at 100,000 files) need not be read to know it.
    const digest = manifestDigest(files);
    const newest = await newestManifest(storeDir, digest);
    let id;
    let created = false;
    if (newest && sameFiles(newest.files, files))
        id = newest.id;
    else {
        const now = clock.now();
        const manifest = {
            id: snapshotIdFor(now, digest),
            createdAt: new Date(now).toISOString(),
            files,
            totalSize: files.reduce((n, f) => n + f.size, 0),
        };
        if (opts.label !== undefined)
            manifest.label = opts.label;
        await putManifest(storeDir, manifest, { ownFiles: true });
        id = manifest.id;
        created = true;
    }
    // Rewritten unless it would say the same: same snapshot, nothing new, nothing gone.
    if (opts.gitBlobs && (known?.snapshot !== id || newPairs > 0 || fromTable !== known.blobs.size))
        await writeGitBlobs(storeDir, id, files, fileBlobs);
    return { id, created, files: files.length, bytesAdded, blobsAdded, listed: files, listedBlobs: fileBlobs };
}
function deltaDigest(base, files, removed) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${base}\n${manifestDigest(files)}\n${removed.join('\0')}`).digest('hex');
}
/**
 * Read and store files before the snapshot that will list them is decided (while git still works out
 * the rest of what changed): the blobs go into the store, the manifest later names the ones it needs.
 * No git blob id is computed; a delta uses these only where git vouches for the file's blob.
 */
async function storeAhead(root, storeDir, paths) {
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root);
    const readable = outsideStore(absRoot, paths, storeDir);
    const added = { bytes: 0, blobs: 0 };
    const stored = await storeFiles(absRoot, storeDir, readable, { withGitBlob: false, added, ifRegular: true });
    return { found: new Map(readable.map((p, k) => [p, stored[k]])), added };
}
async function createDeltaSnapshot(root, storeDir, base, candidates, opts = {}) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root);
    // The store's own files (when it sits under the root) are never backed up: found as nothing.
    const backedUp = new Set(outsideStore(absRoot, candidates.map((c) => c.path), storeDir));
    const vouched = new Map(candidates.flatMap((c) => (c.gitBlob && backedUp.has(c.path) ? [[c.path, c.gitBlob]] : [])));
    // Stored ahead and vouched for by git: as read then. Otherwise (the work tree changed it, or git's
    // blob id is not known) read now.
    const ahead = opts.ahead;
    const readable = candidates.filter((c) => backedUp.has(c.path) && !(vouched.has(c.path) && ahead?.found.has(c.path)));
    const added = { bytes: ahead?.added.bytes ?? 0, blobs: ahead?.added.blobs ?? 0 };
    const stored = await storeFiles(absRoot, storeDir, readable.map((c) => c.path), { withGitBlob: (rel) => !vouched.has(rel), added, ifRegular: true });
    const byPath = new Map(readable.map((c, k) => [c.path, stored[k]]));
    const found = candidates.map((c) => {
        const now = byPath.has(c.path) ? byPath.get(c.path) : ahead?.found.get(c.path);
        const gitBlob = vouched.get(c.path);
        return now && gitBlob ? { ...now, gitBlob } : now;
    });
    const files = [];
    const removed = [];
    let count = base.files;
    for (const [k, c] of candidates.entries()) {
        const now = found[k];
        if (!now) {
            if (c.base) {
                removed.push(c.path);
                count--;
            }
            continue;
        }
        if (!c.base)
            count++;
        const same = c.base && ('gitBlob' in c.base ? now.gitBlob === c.base.gitBlob : now.file.sha256 === c.base.sha256 && now.file.size === c.base.size);
        if (!same)
            files.push(now.file);
    }
    if (!files.length && !removed.length)
        return { id: base.id, created: false, files: base.files, bytesAdded: 0, blobsAdded: 0, found, full: false };
    files.sort(byPathOrder);
    removed.sort();
    const now = clock.now();
    const delta = { id: '', createdAt: new Date(now).toISOString(), base: base.id, files, removed, totalSize: files.reduce((n, f) => n + f.size, 0) };
    if (opts.label !== undefined)
        delta.label = opts.label;
    let manifest;
    if (opts.compact) {
        const all = applyDelta((await resolveSnapshot(storeDir, base.id)).files, delta);
        manifest = { id: snapshotIdFor(now, manifestDigest(all)), createdAt: delta.createdAt, files: all, totalSize: all.reduce((n, f) => n + f.size, 0) };
        if (opts.label !== undefined)
            manifest.label = opts.label;
        count = all.length;
    }
    else
        manifest = { ...delta, id: snapshotIdFor(now, deltaDigest(base.id, files, removed)) };
    await putManifest(storeDir, manifest, { ownFiles: true });
    return { id: manifest.id, created: true, files: count, bytesAdded: added.bytes, blobsAdded: added.blobs, found, full: !!opts.compact };
}
/**
 * The newest manifest, reading only those of the newest second (ids start with their creation time);
 * undefined when none of them can hold files with this digest (their ids end with another).
 */
async function newestManifest(storeDir, digest) {
    const ids = (await snapshotIds(storeDir)).sort().reverse();
    const stamp = ids[0]?.slice(0, ids[0].indexOf('-'));
    const newest = ids.filter((id) => id.startsWith(`${stamp}-`));
    if (!newest.some((id) => id.endsWith(`-${digest.slice(0, 8)}`)))
        return undefined;
    const manifests = await Promise.all(newest.map((id) => readManifest(storeDir, id)));
    return manifests.sort(newestFirst)[0];
}
/**
 * The store's table of git blob ids (git-blobs.tsv): which sha256 and size the bytes of a git blob have
 * in this store. Written after the snapshot it names (whose manifest lists every blob in it), and
 * believed only while that manifest exists: then every blob it names is in the store (blobs go before
 * manifests, and pruning deletes only blobs no manifest names). Anything unexpected in it: not used.
 */
const GIT_BLOBS_HEADER = '# wiki-daily backup: git blob id, sha256, size; for snapshot';
const GIT_BLOB_LINE = /[0-9a-f]{40}\t[0-9a-f]{64}\t\d+\n/y;
function gitBlobsFile(storeDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(storeDir, 'git-blobs.tsv');
}
async function readGitBlobs(storeDir) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(gitBlobsFile(storeDir), 'latin1');
    }
    catch {
        return undefined;
    }
    const headEnd = text.indexOf('\n');
    const head = text.slice(0, headEnd < 0 ? text.length : headEnd).split('\t');
    const snapshot = head[1] ?? '';
    if (head[0] !== GIT_BLOBS_HEADER || !isSnapshotId(snapshot) || headEnd < 0)
        return undefined;
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(manifestPath(storeDir, snapshot)).then((st) => st.isFile(), () => false)))
        return undefined;
    const blobs = new Map();
    // Matched where it stands (sticky), line after line: no 100,000 lines cut out to be tested.
    GIT_BLOB_LINE.lastIndex = headEnd + 1;
    for (let at = headEnd + 1; at < text.length; at = GIT_BLOB_LINE.lastIndex) {
        if (!GIT_BLOB_LINE.test(text))
            return undefined;
        blobs.set(text.slice(at, at + 40), { sha256: text.slice(at + 41, at + 105), size: Number(text.slice(at + 106, GIT_BLOB_LINE.lastIndex - 1)) });
    }
    return { snapshot, blobs };
}
/** The table for a snapshot: one line per file whose git blob id is known (two equal files: the same line twice). */
async function writeGitBlobs(storeDir, snapshot, files, gitBlobs) {
    const lines = [`${GIT_BLOBS_HEADER}\t${snapshot}\n`];
    for (const [i, f] of files.entries())
        if (gitBlobs[i])
            lines.push(`${gitBlobs[i]}\t${f.sha256}\t${f.size}\n`);
    try {
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(gitBlobsFile(storeDir), lines.join(''));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot write ${gitBlobsFile(storeDir)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
/** Files up to this size are read whole; larger ones a chunk at a time, straight into the store. */
const COPY_CHUNK = 1 << 20;
/**
 * Read a file for the snapshot. A large one (the wiki index and the by-year page are tens of MB at
 * 100,000 pages) is hashed and copied into the store a chunk at a time through `chunk`: as one Buffer
 * each they stayed in memory until a full garbage collection, at the run's peak.
 */
async function readIntoStore(storeDir, abs, chunk, withGitBlob) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(abs, 'r');
    let tmp;
    try {
        const expected = (await fh.stat()).size;
        if (expected <= chunk.length) {
            const data = await fh.readFile();
            return { sha256: (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(data), size: data.length, data, ...(withGitBlob ? { gitBlob: (0,_git_blobs_js__WEBPACK_IMPORTED_MODULE_5__/* .gitBlobId */ .tK)(data) } : {}) };
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(blobsDir(storeDir), { recursive: true });
        tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(blobsDir(storeDir), `.incoming-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
        const out = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'w');
        const sha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        // git's id needs the size first: a file that grows or shrinks while it is read gets none.
        const sha1 = withGitBlob ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${expected}\0`) : undefined;
        let size = 0;
        try {
            for (;;) {
                const { bytesRead } = await fh.read(chunk, 0, chunk.length, size);
                if (!bytesRead)
                    break;
                const bytes = chunk.subarray(0, bytesRead);
                sha.update(bytes);
                sha1?.update(bytes);
                for (let off = 0; off < bytesRead;)
                    off += (await out.write(bytes, off, bytesRead - off)).bytesWritten;
                size += bytesRead;
            }
            await out.sync();
        }
        finally {
            await out.close();
        }
        const sha256 = sha.digest('hex');
        const incoming = tmp;
        tmp = undefined;
        const discard = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(incoming, { force: true });
        const place = async () => {
            if (await blobExists(storeDir, sha256)) {
                await discard();
                return { written: false };
            }
            const file = blobPath(storeDir, sha256);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(incoming, file);
            }
            catch (err) {
                await discard();
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot write blob ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
            }
            return { written: true };
        };
        return { sha256, size, ...(sha1 && size === expected ? { gitBlob: sha1.digest('hex') } : {}), place, discard };
    }
    finally {
        await fh.close();
        if (tmp)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
    }
}
/** Check one blob against the hash and size a manifest claims for it. */
async function checkBlob(storeDir, sha256, size) {
    let data;
    try {
        data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(blobPath(storeDir, sha256));
    }
    catch (err) {
        if (isNotFound(err))
            return 'missing';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot read blob ${blobPath(storeDir, sha256)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    if ((0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(data) !== sha256)
        return 'corrupt';
    if (data.length !== size)
        return 'size';
    return undefined;
}
/** Verify the given manifests' blobs, hashing each distinct blob once. */
async function verifyManifests(storeDir, manifests) {
    const verdicts = new Map();
    const verdictFor = (f) => {
        const key = `${f.sha256}:${f.size}`;
        let v = verdicts.get(key);
        if (!v) {
            v = checkBlob(storeDir, f.sha256, f.size);
            verdicts.set(key, v);
        }
        return v;
    };
    const entries = manifests.flatMap((m) => m.files.map((f) => ({ snapshot: m.id, file: f })));
    const results = await (0,p_limit__WEBPACK_IMPORTED_MODULE_9__/* ["default"] */ .A)(HASH_CONCURRENCY).map(entries, async (e) => ({ ...e, problem: await verdictFor(e.file) }));
    const problems = [];
    for (const r of results) {
        if (r.problem)
            problems.push({ snapshot: r.snapshot, path: r.file.path, problem: r.problem });
    }
    return { ok: problems.length === 0, checked: entries.length, problems };
}
async function unknownIdError(storeDir, id) {
    const ids = (await snapshotIds(storeDir)).sort().reverse().slice(0, 5);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(ids.length
        ? `unknown snapshot "${id}" in ${storeDir}; newest: ${ids.join(', ')}`
        : `unknown snapshot "${id}": the store ${storeDir} has no snapshots`);
}
async function requireSnapshot(storeDir, id) {
    if (!isSnapshotId(id) || !(await snapshotIds(storeDir)).includes(id))
        throw await unknownIdError(storeDir, id);
    return resolveSnapshot(storeDir, id);
}
/** A broken chain as verify reports it: the base's manifest, missing or unreadable. */
function chainProblem(storeDir, id, err, readable) {
    // The base where its chain breaks is the file to name.
    const base = err instanceof BrokenChainError ? err.base : id;
    return { snapshot: id, path: `snapshots/${base}.json`, problem: base !== id && !readable(base) ? 'missing' : 'corrupt' };
}
/**
 * Re-hash every blob of one snapshot (or all). Unreadable manifests are reported as a `corrupt`
 * problem on the manifest's own store-relative path rather than aborting the whole check.
 */
async function verifySnapshots(storeDir, id) {
    const ids = await snapshotIds(storeDir);
    if (id !== undefined && (!isSnapshotId(id) || !ids.includes(id)))
        throw await unknownIdError(storeDir, id);
    const loaded = new Map();
    const broken = [];
    for (const sid of ids) {
        try {
            loaded.set(sid, await readManifest(storeDir, sid));
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj))
                throw err;
            broken.push({ snapshot: sid, path: `snapshots/${sid}.json`, problem: 'corrupt' });
        }
    }
    // One snapshot: only its chain is read (and reported: a damaged base is its damage too).
    if (id !== undefined) {
        if (!loaded.has(id))
            return { ok: false, checked: 0, problems: broken.filter((p) => p.snapshot === id) };
        try {
            return await verifyManifests(storeDir, [await resolveSnapshot(storeDir, id)]);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj))
                throw err;
            return { ok: false, checked: 0, problems: [chainProblem(storeDir, id, err, (sid) => ids.includes(sid))] };
        }
    }
    const resolved = [];
    for (const [sid, r] of await resolveLoaded(storeDir, loaded)) {
        if (r instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj)
            broken.push(chainProblem(storeDir, sid, r, (b) => ids.includes(b)));
        else
            resolved.push(r);
    }
    const result = await verifyManifests(storeDir, resolved.sort(newestFirst));
    const problems = [...broken, ...result.problems];
    return { ok: problems.length === 0, checked: result.checked, problems };
}
function describeProblems(problems) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p.path}: blob ${p.problem} (snapshot ${p.snapshot})`);
    if (problems.length > shown.length)
        shown.push(`  - … and ${problems.length - shown.length} more`);
    return shown.join('\n');
}
async function hashFileIfPresent(abs) {
    try {
        return (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(abs));
    }
    catch (err) {
        if (isNotFound(err))
            return undefined;
        const code = err.code;
        // A directory where the snapshot has a file: it must be replaced, which the caller handles.
        if (code === 'EISDIR')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot read ${abs}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
/** Remove now-empty directories from `dir` up to (not including) the include root's parent. */
async function removeEmptyParents(absRoot, rel, include) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(rel);
    const stopAt = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(include);
    while (dir !== stopAt && dir !== '.' && isUnder(dir, include)) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absRoot, ...dir.split('/')));
        }
        catch {
            // Not empty (or already gone): nothing further up can be empty either.
            return;
        }
        dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(dir);
    }
}
/**
 * A symlinked folder under an include would make a restore write outside the wiki; the snapshot
 * holds a real folder there, so the link is removed (it was never backed up: symlinks are skipped).
 */
async function replaceLinkedAncestors(absRoot, rel, include) {
    const segments = rel.split('/');
    const includeDepth = include.split('/').length;
    for (let depth = includeDepth; depth < segments.length; depth++) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absRoot, ...segments.slice(0, depth));
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs).catch(() => undefined);
        if (!st)
            return;
        if (st.isSymbolicLink())
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(abs);
    }
}
/**
 * Make every file under the include paths byte-identical to the snapshot. All needed blobs are
 * verified before the first write so a damaged store never leaves the wiki half-restored.
 * Stray files are removed first, so a path that changed between file and folder can be rewritten.
 */
async function restoreSnapshot(storeDir, id, root, include) {
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root);
    const includes = include.map((i) => normalizeRelative(i, 'include path'));
    const manifest = await requireSnapshot(storeDir, id);
    const wanted = manifest.files.filter((f) => includes.some((inc) => isUnder(f.path, inc)));
    const check = await verifyManifests(storeDir, [{ ...manifest, files: wanted }]);
    if (!check.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`snapshot ${id} cannot be restored: ${check.problems.length} damaged blob(s) in ${storeDir}; nothing was changed\n${describeProblems(check.problems)}`);
    }
    const wantedPaths = new Set(wanted.map((f) => f.path));
    const present = await listIncludedFiles(absRoot, includes, storeDir);
    const removed = [];
    for (const rel of present) {
        if (wantedPaths.has(rel))
            continue;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absRoot, ...rel.split('/'));
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(abs);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot remove ${abs} during restore of ${id}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        removed.push(rel);
        const inc = includes.find((i) => isUnder(rel, i));
        if (inc)
            await removeEmptyParents(absRoot, rel, inc);
    }
    const written = [];
    for (const f of wanted) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absRoot, ...f.path.split('/'));
        if ((await hashFileIfPresent(abs)) === f.sha256)
            continue;
        const data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(blobPath(storeDir, f.sha256));
        // Checked above, but re-checked here: this is the byte stream that lands in the wiki.
        if ((0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(data) !== f.sha256) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`blob for ${f.path} changed during restore of ${id}; ${written.length} file(s) already written`);
        }
        try {
            const inc = includes.find((i) => isUnder(f.path, i));
            await replaceLinkedAncestors(absRoot, f.path, inc);
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs).catch(() => undefined);
            if (st?.isDirectory())
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(abs, { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(abs), { recursive: true });
            await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(abs, data);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot write ${abs} during restore of ${id}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        written.push(f.path);
    }
    return { written, removed };
}
async function listStoreFiles(dir) {
    try {
        const out = [];
        for (const rel of await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__/* .listFiles */ .CS)(dir, '')) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, rel);
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(abs);
            out.push({ abs, size: st.size, mtimeMs: st.mtimeMs });
        }
        return out;
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot list ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
/** Bytes on disk under the store (blobs, manifests, leftover temp files). */
async function storeSize(storeDir) {
    return (await listStoreFiles(storeDir)).reduce((n, f) => n + f.size, 0);
}
/**
 * After a prune's folds: the recorded base of the next delta (git-base.json) names its snapshot's
 * new chain, or is removed with its snapshot. Before the deletions, so a crash leaves it naming only
 * manifests that exist (a stale one only costs the next run a full snapshot).
 */
async function rechainGitBase(storeDir, keptIds, baseOf) {
    const file = gitBaseFile(storeDir);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch(() => undefined);
    if (text === undefined)
        return;
    const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .backupGitBaseSchema */ .TY, text);
    if (!parsed.ok || !keptIds.has(parsed.value.snapshot)) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true });
        return;
    }
    const chain = [parsed.value.snapshot];
    for (let b = baseOf.get(chain[0]); b !== undefined && chain.length <= MAX_CHAIN; b = baseOf.get(b))
        chain.push(b);
    if (chain.join() === parsed.value.chain.join())
        return;
    try {
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(file, `${JSON.stringify({ ...parsed.value, chain })}\n`);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot write ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
/** A resolved snapshot as a full manifest (its id, time and label kept). */
function fullManifestOf(r) {
    const m = { id: r.id, createdAt: r.createdAt, files: r.files, totalSize: r.totalSize };
    if (r.label !== undefined)
        m.label = r.label;
    return m;
}
/** Snapshot `to` as a delta on `from` (both resolved, sorted by path): one merge of the two lists. */
function deltaBetween(from, to) {
    const files = [];
    const removed = [];
    let i = 0;
    for (const f of to.files) {
        while (i < from.files.length && from.files[i].path < f.path)
            removed.push(from.files[i++].path);
        const old = i < from.files.length && from.files[i].path === f.path ? from.files[i++] : undefined;
        if (!old || old.sha256 !== f.sha256 || old.size !== f.size)
            files.push(f);
    }
    while (i < from.files.length)
        removed.push(from.files[i++].path);
    const m = { id: to.id, createdAt: to.createdAt, base: from.id, files, removed, totalSize: files.reduce((n, f) => n + f.size, 0) };
    if (to.label !== undefined)
        m.label = to.label;
    return m;
}
function uniqueBlobBytes(manifests) {
    const sizes = new Map();
    for (const m of manifests)
        for (const f of m.files)
            sizes.set(f.sha256, f.size);
    let total = 0;
    for (const s of sizes.values())
        total += s;
    return total;
}
/**
 * Keep the newest `keep` snapshots, then drop the oldest survivors until the blobs they reference fit
 * in `maxSizeMb`. The newest snapshot that passes verification is never dropped, even if it is older
 * than the `keep` window or alone exceeds the size cap: it is the one a restore would fall back to.
 * Then blobs no remaining manifest references are deleted.
 */
async function pruneSnapshots(storeDir, opts) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
    const keep = Math.max(0, Math.floor(opts.keep));
    const maxBytes = opts.maxSizeMb * 1024 * 1024;
    const raw = new Map((await loadManifests(storeDir)).map((m) => [m.id, m]));
    const all = await loadResolved(storeDir);
    let protectedId;
    for (const m of all) {
        if ((await verifyManifests(storeDir, [m])).ok) {
            protectedId = m.id;
            break;
        }
    }
    const kept = all.filter((m, i) => i < keep || m.id === protectedId);
    while (uniqueBlobBytes(kept) > maxBytes) {
        let dropAt = -1;
        for (let i = kept.length - 1; i >= 0; i--) {
            if (kept[i]?.id !== protectedId) {
                dropAt = i;
                break;
            }
        }
        if (dropAt < 0)
            break;
        kept.splice(dropAt, 1);
    }
    const keptIds = new Set(kept.map((m) => m.id));
    // A kept delta whose base goes is rewritten first, on its nearest kept base or as a full snapshot,
    // each atomically: a crash before the deletions below leaves every manifest resolving as before.
    const byId = new Map(all.map((m) => [m.id, m]));
    const baseOf = new Map([...raw.values()].map((m) => [m.id, m.base]));
    for (const k of kept) {
        const base = raw.get(k.id)?.base;
        if (base === undefined || keptIds.has(base))
            continue;
        const ancestor = k.chain.slice(1).find((id) => keptIds.has(id));
        await putManifest(storeDir, ancestor ? deltaBetween(byId.get(ancestor), k) : fullManifestOf(k), { ownFiles: true });
        baseOf.set(k.id, ancestor);
        await opts.afterFold?.(k.id);
    }
    await rechainGitBase(storeDir, keptIds, baseOf);
    const removed = [];
    let freedBytes = 0;
    for (const m of all) {
        if (keptIds.has(m.id))
            continue;
        const file = manifestPath(storeDir, m.id);
        try {
            const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file)).size;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file);
            freedBytes += size;
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot delete snapshot manifest ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        removed.push(m.id);
    }
    const referenced = new Set(kept.flatMap((m) => m.files.map((f) => f.sha256)));
    const now = clock.now();
    for (const f of await listStoreFiles(blobsDir(storeDir))) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(f.abs);
        if (referenced.has(name))
            continue;
        if (!_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .SHA256_RE */ .sW.test(name) && now - f.mtimeMs < STALE_TEMP_MS)
            continue;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(f.abs);
        }
        catch (err) {
            if (isNotFound(err))
                continue;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot delete unreferenced blob ${f.abs}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        freedBytes += f.size;
    }
    return { removed, freedBytes };
}


/***/ }),

/***/ 5395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ compareStrings)
/* harmony export */ });
/**
 * JavaScript's own string order (UTF-16 code units, as `<` compares), as a sort comparator: the same on
 * every machine, unlike localeCompare. Every file list, key list and index line the wiki writes is
 * sorted this way, so two runs (or two shards) write the same bytes.
 */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 24195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ parseActionInputs),
  h: () => (/* binding */ parseCliArgs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/ops/backup/store.ts
var store = __webpack_require__(40334);
;// CONCATENATED MODULE: ./src/command-table.ts
/**
 * Every command of the CLI (and the Action's `command` input) as one declarative entry: its flags with
 * their types, its positional argument, its help text and whether it writes. The parser in settings.ts,
 * the global usage and each command's `--help` are all derived from this table, so adding a command or
 * a flag is one entry here (plus its code), never a parser edit.
 */

const COMMANDS = ['run', 'collect', 'demo', 'backup', 'health', 'status', 'monitor', 'lock', 'schema', 'lint', 'links', 'promote', 'reject', 'shards'];
/** A snapshot id or a workflow run id given on the command line or as an action input. */
function checkBackupIds(s) {
    if (s.target !== undefined && !(0,store.isSnapshotId)(s.target))
        return `"${s.target}" is not a snapshot id (they look like 20261127T000012Z-5556df99: see backup list or a daily run's summary)`;
    if (s.backupRunId !== undefined && !/^[1-9]\d{0,19}$/.test(s.backupRunId))
        return `run id "${s.backupRunId}" is not a workflow run id (a number, as in …/actions/runs/<id>)`;
    return undefined;
}
/** Flags every command takes. */
const COMMON_FLAGS = ['config', 'root', 'state', 'json', 'verbose', 'log-format'];
/** Every flag any command takes. A flag a command does not list is a usage error for that command. */
const FLAGS = {
    config: { type: 'string', key: 'configFile', value: 'FILE', help: 'config file (default wiki-daily.yml in the root)' },
    root: { type: 'string', key: 'root', value: 'DIR', help: 'wiki root (default: current directory)' },
    state: { type: 'string', key: 'stateDir', value: 'DIR', help: 'state folder (default .wiki-daily in the root; git-ignored)' },
    json: { type: 'boolean', key: 'json', help: 'print one JSON value on stdout (logs go to stderr)' },
    verbose: { type: 'boolean', key: 'verbose', help: 'debug logging; `collect` lists every item' },
    'dry-run': { type: 'boolean', key: 'dryRun', help: 'write nothing; show what would change' },
    'no-push': { type: 'boolean', key: 'push', negates: true, help: 'commit but do not push' },
    force: { type: 'boolean', key: 'force', help: 'run even if a successful run happened less than 6 h ago today' },
    refresh: { type: 'boolean', key: 'refresh', help: 'ignore the HTTP cache freshness window (conditional requests still sent)' },
    keep: { type: 'integer', key: 'keep', value: 'N', help: 'snapshots to keep (default backup.keep)' },
    'max-size': { type: 'number', key: 'maxSizeMb', value: 'MB', help: 'store size budget (default backup.maxSizeMb)' },
    interval: { type: 'number', key: 'intervalSeconds', value: 'S', help: 'seconds between samples (required, > 0)' },
    count: { type: 'integer', key: 'count', value: 'N', help: 'how many (see the command)' },
    'run-id': { type: 'string', key: 'backupRunId', value: 'ID', help: 'the workflow run whose artifact holds the snapshot (Actions)' },
    out: { type: 'string', key: 'out', value: 'PATH', help: 'where to write (see the command)' },
    'log-format': { type: 'string', key: 'logFormat', value: 'F', choices: ['text', 'json'], help: 'text (default) or json: one JSON object per log line on stderr (ELK, Loki)' },
    metrics: { type: 'string', key: 'metricsFile', value: 'FILE', help: "write the run's figures in the Prometheus text format (node-exporter textfile collector)" },
    to: { type: 'string', key: 'promoteTo', value: 'PAGE', help: 'promote to this page instead of the routed one' },
    shard: { type: 'string', key: 'shard', value: 'I/N', help: 'collect only shard I of N (sources split by host; see shards)' },
    plan: { type: 'string', key: 'shardPlan', value: 'FILE', help: 'the shard plan written by `shards --out` (default: planned again from the config)' },
    from: { type: 'strings', key: 'from', value: 'DIR', help: 'skip collection and use the shard outputs in DIR (repeatable)' },
    'keep-workspace': { type: 'boolean', key: 'keepWorkspace', help: 'keep the temporary demo wiki instead of deleting it' },
    serve: { type: 'boolean', key: 'serve', help: 'only prepare the demo wiki and serve the fixture feeds until stopped' },
    wiki: { type: 'string', key: 'demoWiki', value: 'DIR', help: "copy this wiki (its pages/, news/, data/ and wiki-daily.yml) instead of the repository's own" },
};
/** Short aliases: `demo --keep` reads better than `--keep-workspace`, and `--keep N` belongs to prune. */
const FLAG_ALIASES = {
    demo: { keep: 'keep-workspace' },
};
const COMMAND_TABLE = [
    {
        name: 'run',
        flags: ['dry-run', 'no-push', 'force', 'refresh', 'metrics', 'from'],
        summary: 'the daily update: collect → gate → write pages → commit → push → report',
        help: `Collects every source, writes new entries into the pages, commits exactly the files it changed in
this clone and pushes the commit to the remote (git.remote/git.branch in the config).
Try it safely first: \`wiki-daily demo\` (offline, a temporary copy), \`run --dry-run\` (writes nothing,
prints the planned edits as a diff), \`run --no-push\` (commits locally only).`,
        writes: 'wiki',
    },
    {
        name: 'collect',
        flags: ['refresh', 'shard', 'out', 'plan'],
        summary: 'fetch and parse every source; list per source its counts and newest titles (no wiki writes)',
        help: 'Shows per source how many items it gave and the newest titles (every item with --verbose). Writes only the HTTP cache in the state folder.',
        flagHelp: { out: { value: 'DIR', help: 'with --shard: the folder the shard output is written to (for run --from)' } },
        writes: 'state',
        check: (s) => (s.shard !== undefined && !s.out ? 'collect --shard needs --out DIR (the folder the shard output is written to)' : s.out && s.shard === undefined ? 'collect --out needs --shard I/N' : undefined),
    },
    {
        name: 'demo',
        flags: ['keep-workspace', 'serve', 'out', 'wiki'],
        summary: 'the whole daily update offline against bundled fixture feeds, in a temporary copy of the wiki',
        help: 'Serves fixture feeds on 127.0.0.1, copies the wiki into a temporary git clone with a bare origin,\nruns the update twice and prints what a maintainer reads. The temporary folder is removed unless --keep.',
        flagHelp: { out: { value: 'FILE', help: 'with --serve: write {root, configFile, url} of the prepared demo wiki to FILE' } },
        writes: 'temp',
        check: (s) => (s.out && !s.serve ? 'demo --out needs --serve (the demo prints its summary on stdout)' : undefined),
    },
    { name: 'backup create', flags: [], summary: 'snapshot pages/, news/ and data/ into the backup store', writes: 'state' },
    { name: 'backup list', flags: [], summary: 'list the snapshots, newest first', writes: 'nothing' },
    {
        name: 'backup verify',
        arg: { name: 'ID', required: false, help: 'one snapshot (default: all)' },
        flags: [],
        summary: 'check every stored file against its hash',
        writes: 'nothing',
        check: checkBackupIds,
    },
    {
        name: 'backup restore',
        arg: { name: 'ID', required: true, help: 'the snapshot id (see backup list, or a daily run summary)', noun: 'a snapshot ID' },
        flags: ['run-id', 'no-push'],
        summary: 'put the wiki back as it was in a snapshot (on Actions: as a commit)',
        help: 'Verifies the snapshot first; a damaged snapshot restores nothing.',
        writes: 'wiki',
        check: checkBackupIds,
    },
    { name: 'backup prune', flags: ['keep', 'max-size'], summary: 'drop old snapshots beyond --keep / --max-size', writes: 'state' },
    { name: 'health', flags: [], summary: 'system, git, lock, backup and run checks (exit 1 when critical)', writes: 'state' },
    { name: 'status', flags: ['dry-run'], summary: 'write pages/system_status.md from run history and health', writes: 'wiki' },
    {
        name: 'monitor',
        flags: ['interval', 'count'],
        summary: 'print health every --interval seconds',
        help: 'One line per sample until Ctrl-C, or N samples with --count. --json needs --count (it prints one JSON array at the end).',
        flagHelp: { count: 'stop after N samples (default: until Ctrl-C)' },
        writes: 'nothing',
        check: (s) => {
            if (s.intervalSeconds === undefined)
                return 'monitor needs --interval S (seconds between samples)';
            if (!(s.intervalSeconds > 0))
                return '--interval must be more than 0 seconds';
            if (s.json && s.count === undefined)
                return 'monitor --json needs --count N: it prints one JSON array when the samples are done';
            return undefined;
        },
    },
    { name: 'lock status', flags: [], summary: 'show the CLI lock and whether it is stale', writes: 'nothing' },
    { name: 'lock cleanup', flags: ['dry-run'], summary: 'remove stale locks', writes: 'state' },
    { name: 'lock test', flags: [], summary: 'check that locking works in the state folder', writes: 'state' },
    {
        name: 'schema',
        flags: ['out'],
        summary: 'print the JSON Schema of the config file',
        flagHelp: { out: { value: 'FILE', help: 'write the schema to FILE instead of stdout' } },
        writes: 'nothing',
    },
    {
        name: 'lint',
        flags: [],
        summary: "check the wiki's content (config, routed pages, regions, entries, ids, seen file, TOC markers, pinned facts); each problem as file:line",
        help: 'Exit 1 when there is any problem. Works for any valid wiki, empty or with 100,000 entries.',
        writes: 'nothing',
    },
    {
        name: 'links',
        flags: ['refresh', 'dry-run'],
        summary: 'check every link in pages/ and write pages/link_health.md (exit 1 only above links.failAbove)',
        help: 'Each unique URL is checked once (HEAD, GET when HEAD is refused) through the same polite fetcher as collect.\nResults are kept for links.keepDays in the state folder; --refresh checks every link again.',
        flagHelp: {
            refresh: 'check every link again, ignoring the results kept for links.keepDays',
            'dry-run': 'check the links but write nothing (no report page, no kept results, no commit)',
        },
        writes: 'wiki',
    },
    {
        name: 'promote',
        arg: { name: 'ID', required: true, help: 'the entry id in the promotion queue or the candidate pool', noun: 'an entry ID' },
        flags: ['to', 'no-push', 'dry-run'],
        summary: 'move a queue/pool entry to its routed page (or --to PAGE); commit and push',
        flagHelp: { 'dry-run': 'write, commit and push nothing; print the planned edits as a diff' },
        writes: 'wiki',
    },
    {
        name: 'reject',
        arg: { name: 'ID', required: true, help: 'the entry id in the promotion queue or the candidate pool', noun: 'an entry ID' },
        flags: ['no-push', 'dry-run'],
        summary: 'remove a queue/pool entry for good (recorded in data/rejected.tsv); commit and push',
        flagHelp: { 'dry-run': 'write, commit and push nothing; print the planned edits as a diff' },
        writes: 'wiki',
    },
    {
        name: 'shards',
        flags: ['count', 'out'],
        summary: 'split the sources by host into --count N shards; --json prints the Actions matrix',
        help: 'Every host lives in exactly one shard (per-host politeness holds across shards); the split is balanced\nby the cost measured in earlier runs and deterministic. --out FILE writes the plan for `collect --plan`.',
        flagHelp: {
            count: 'how many shards to split the sources into (required, 1 or more)',
            out: { value: 'FILE', help: 'write the shard plan to FILE (read by collect --plan)' },
        },
        writes: 'nothing',
        check: (s) => (s.count === undefined || s.count < 1 ? 'shards needs --count N (1 or more)' : undefined),
    },
];
function findCommand(name) {
    return COMMAND_TABLE.find((c) => c.name === name);
}
/** Subcommand names of a group (`backup` → create, list, …); empty for a plain command. */
function subcommandsOf(group) {
    return COMMAND_TABLE.filter((c) => c.name.startsWith(`${group} `)).map((c) => c.name.slice(group.length + 1));
}
function flagsOf(spec) {
    return [...COMMON_FLAGS, ...spec.flags];
}
/** A flag's placeholder and help as this command means it (its override, else the shared text). */
function flagText(name, spec) {
    const f = FLAGS[name];
    const own = spec.flagHelp?.[name];
    if (own === undefined)
        return { ...(f.value ? { value: f.value } : {}), help: f.help };
    return typeof own === 'string' ? { ...(f.value ? { value: f.value } : {}), help: own } : own;
}
function flagLine(name, spec) {
    const alias = Object.entries(FLAG_ALIASES[spec.name] ?? {}).find(([, to]) => to === name)?.[0];
    const { value, help } = flagText(name, spec);
    return `  ${`--${alias ?? name}${value ? ` ${value}` : ''}`.padEnd(18)}${help}`;
}
function commandHelp(spec) {
    const synopsis = `wiki-daily ${spec.name}${spec.arg ? (spec.arg.required ? ` ${spec.arg.name}` : ` [${spec.arg.name}]`) : ''} [options]`;
    const lines = [`Usage: ${synopsis}`, '', spec.summary];
    if (spec.help)
        lines.push('', spec.help);
    if (spec.arg)
        lines.push('', `  ${spec.arg.name.padEnd(18)}${spec.arg.help}`);
    const own = spec.flags;
    if (own.length) {
        lines.push('', 'Options:');
        for (const f of own)
            lines.push(flagLine(f, spec));
    }
    lines.push('', 'Common options:');
    for (const f of COMMON_FLAGS)
        lines.push(flagLine(f, spec));
    if (spec.writes !== 'nothing' && !spec.flags.includes('dry-run'))
        lines.push('', `Writes ${spec.writes === 'wiki' ? 'in the wiki' : spec.writes === 'temp' ? 'a temporary folder' : 'in the state folder'}; --dry-run is not accepted.`);
    return lines.join('\n');
}
/** `wiki-daily backup --help`: the subcommands of a group, each with its summary. */
function groupHelp(group) {
    const specs = COMMAND_TABLE.filter((c) => c.name.startsWith(`${group} `));
    const subs = specs.map((s) => s.name.slice(group.length + 1));
    return [
        `Usage: wiki-daily ${group} <${subs.join('|')}> [options]`,
        '',
        'Subcommands:',
        ...specs.map((s) => `  ${(s.name.slice(group.length + 1) + (s.arg ? ` ${s.arg.required ? s.arg.name : `[${s.arg.name}]`}` : '')).padEnd(22)}${s.summary}`),
        '',
        `wiki-daily ${group} <subcommand> --help shows the options of one subcommand.`,
    ].join('\n');
}
function globalUsage() {
    const groups = new Map();
    for (const c of COMMAND_TABLE) {
        const g = c.name.split(' ')[0];
        groups.set(g, [...(groups.get(g) ?? []), c]);
    }
    const lines = ['Usage: wiki-daily <command> [options]', '', 'Commands:'];
    for (const [g, specs] of groups) {
        if (specs.length === 1 && specs[0].name === g) {
            lines.push(`  ${g.padEnd(24)}${specs[0].summary}`);
            continue;
        }
        lines.push(`  ${g} ${specs.map((s) => s.name.slice(g.length + 1)).join('|')}`);
        for (const s of specs)
            lines.push(`    ${(s.name.slice(g.length + 1) + (s.arg ? ` ${s.arg.required ? s.arg.name : `[${s.arg.name}]`}` : '')).padEnd(22)}${s.summary}`);
    }
    lines.push('', 'Common options:', ...COMMON_FLAGS.map((f) => `  ${`--${f}${FLAGS[f].value ? ` ${FLAGS[f].value}` : ''}`.padEnd(18)}${FLAGS[f].help}`), '', 'wiki-daily <command> --help shows the options of one command.', 'Environment: DISCORD_WEBHOOK_URL (alerts), WIKI_DAILY_WEBHOOK_URL (run summary JSON), WIKI_DAILY_TOKEN (push auth,', "  optional; otherwise git's own credentials), WIKI_DAILY_PROMOTE (run: ids to promote, like the action's promote input).", 'Exit codes: 0 success/partial/skipped, 1 failed, 2 usage or config error, 130 interrupted (Ctrl-C).');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
;// CONCATENATED MODULE: ./src/settings.ts
/**
 * One typed Settings object, built either from the command line or from the action's inputs, so every
 * command behaves the same in both places. Commands and their flags are declared in command-table.ts;
 * parsing (node:util parseArgs) is strict per command: a flag the command does not take is a UsageError
 * (exit 2).
 */






/** The global usage (derived from the command table). */
const USAGE = globalUsage();
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
    const root = external_node_path_default().resolve(s.root);
    const configFile = external_node_path_default().resolve(root, s.configFile || load/* DEFAULT_CONFIG_FILE */.Cu);
    const stateDir = external_node_path_default().resolve(root, s.stateDir || state/* DEFAULT_STATE_DIR */.m);
    return { ...s, root, configFile, stateDir, ...(s.metricsFile ? { metricsFile: external_node_path_default().resolve(s.metricsFile) } : {}) };
}
function parseNumber(flag, value, integer = false) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)))
        throw new errors/* UsageError */.eb(`${flag} takes a non-negative ${integer ? 'whole ' : ''}number, got "${value}"`);
    return n;
}
/** Find the table entry for positionals (`backup restore ID` → the `backup restore` entry + target). */
function resolveCommand(positionals, forHelp = false) {
    const [cmd, sub, ...rest] = positionals;
    if (!cmd)
        throw new errors/* UsageError */.eb(`no command given\n\n${USAGE}`);
    if (!COMMANDS.includes(cmd))
        throw new errors/* UsageError */.eb(`unknown command "${cmd}"\n\n${USAGE}`);
    const subs = subcommandsOf(cmd);
    let spec;
    let args;
    if (subs.length) {
        spec = sub ? findCommand(`${cmd} ${sub}`) : undefined;
        if (!spec)
            throw new errors/* UsageError */.eb(`"${cmd}" needs one of: ${subs.join(', ')}${sub ? ` (got "${sub}")` : ''}`);
        args = rest;
    }
    else {
        spec = findCommand(cmd);
        if (!spec)
            throw new errors/* UsageError */.eb(`command "${cmd}" has no entry in the command table`);
        args = sub === undefined ? [] : [sub, ...rest];
    }
    const [target, ...extra] = args;
    if (forHelp)
        return { spec };
    if (spec.arg?.required && !target)
        throw new errors/* UsageError */.eb(`${spec.name} needs ${spec.arg.noun ?? spec.arg.name}`);
    const unexpected = spec.arg ? extra[0] : target;
    if (unexpected !== undefined)
        throw new errors/* UsageError */.eb(`unexpected argument "${unexpected}" after "${spec.name}"`);
    return { spec, ...(spec.arg && target ? { target } : {}) };
}
/**
 * The words before the command is known (`backup restore ID`): every arg that is not a flag nor the
 * value of a flag that takes one. Only used to find the command; its own parse gives the real ones.
 */
function guessPositionals(argv) {
    const takesValue = new Set(Object.entries(FLAGS).filter(([, f]) => f.type !== 'boolean').map(([n]) => n));
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--')
            return [...out, ...argv.slice(i + 1)];
        if (!a.startsWith('-') || a === '-')
            out.push(a);
        else if (!a.includes('=') && takesValue.has(a.replace(/^--?/, '')) && argv[i + 1] !== undefined && !argv[i + 1].startsWith('-'))
            i++;
    }
    return out;
}
/** The command's own flags (with its aliases) as parseArgs options, and alias → flag name. */
function commandParseOptions(spec) {
    const options = { help: { type: 'boolean', short: 'h' } };
    const canonical = new Map();
    for (const name of flagsOf(spec)) {
        options[name] = { type: FLAGS[name].type === 'boolean' ? 'boolean' : 'string', ...(FLAGS[name].type === 'strings' ? { multiple: true } : {}) };
        canonical.set(name, name);
    }
    for (const [alias, to] of Object.entries(FLAG_ALIASES[spec.name] ?? {})) {
        options[alias] = { type: FLAGS[to].type === 'boolean' ? 'boolean' : 'string' };
        canonical.set(alias, to);
    }
    return { options, canonical };
}
/** Apply one command's flags. A flag the command does not take is a usage error naming both. */
function applyFlags(s, spec, argv) {
    const { options, canonical } = commandParseOptions(spec);
    // strict: false so the messages are ours (naming the command); every token is checked below.
    const { tokens } = (0,external_node_util_.parseArgs)({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
    const out = { ...s };
    for (const t of tokens) {
        if (t.kind !== 'option')
            continue;
        if (t.name === 'help')
            return { help: commandHelp(spec) };
        const name = canonical.get(t.name);
        if (!name)
            throw new errors/* UsageError */.eb(`unknown option "${t.rawName}" for "${spec.name}" (see wiki-daily ${spec.name} --help)`);
        const f = FLAGS[name];
        if (f.type === 'boolean') {
            if (t.value !== undefined)
                throw new errors/* UsageError */.eb(`${t.rawName} takes no value`);
            out[f.key] = !f.negates;
            continue;
        }
        if (t.value === undefined || t.value === '')
            throw new errors/* UsageError */.eb(`${t.rawName} needs a value`);
        if (f.choices && !f.choices.includes(t.value))
            throw new errors/* UsageError */.eb(`${t.rawName} must be ${f.choices.join(' or ')}, got "${t.value}"`);
        if (f.type === 'strings')
            out[f.key] = [...(out[f.key] ?? []), t.value];
        else
            out[f.key] = f.type === 'string' ? t.value : parseNumber(t.rawName, t.value, f.type === 'integer');
    }
    return out;
}
/** The help for the words given: a group alone (`backup`) lists its subcommands, else one command's help. */
function helpFor(words) {
    if (!words.length)
        return USAGE;
    if (words.length === 1 && subcommandsOf(words[0]).length)
        return groupHelp(words[0]);
    return commandHelp(resolveCommand(words, true).spec);
}
/**
 * `wiki-daily <command> [sub] [target] [--flags]`. No command is a usage error (exit 2): the daily
 * update, which commits and pushes, only runs when asked for by name.
 */
function parseCliArgs(argv, env = process.env) {
    const guess = guessPositionals(argv);
    if (guess[0] === 'help')
        return { help: helpFor(guess.slice(1)) };
    if (argv.includes('--help') || argv.includes('-h'))
        return { help: helpFor(guess) };
    // The command decides which flags take a value, so its own parse gives the real positionals.
    const spec = resolveCommand(guess, true).spec;
    const [command, subcommand] = spec.name.split(' ');
    const flagged = applyFlags({ ...defaults(env), command, ...(subcommand ? { subcommand } : {}) }, spec, argv);
    if ('help' in flagged)
        return flagged;
    const { positionals } = (0,external_node_util_.parseArgs)({ args: argv, options: commandParseOptions(spec).options, strict: false, allowPositionals: true });
    const { target } = resolveCommand(positionals);
    const s = { ...flagged, ...(target ? { target } : {}) };
    const problem = spec.check?.(s);
    if (problem)
        throw new errors/* UsageError */.eb(problem);
    s.token = env.WIKI_DAILY_TOKEN || undefined;
    s.discordWebhook = env.DISCORD_WEBHOOK_URL || undefined;
    if (env.WIKI_DAILY_WEBHOOK_URL)
        s.webhookUrl = env.WIKI_DAILY_WEBHOOK_URL;
    if (s.command === 'run' && env.WIKI_DAILY_PROMOTE?.trim())
        s.promote = env.WIKI_DAILY_PROMOTE.trim();
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
        throw new errors/* UsageError */.eb(`input "${name}" must be true or false, got "${v}"`);
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
    const { spec, target: positionalTarget } = resolveCommand(positionals);
    const [command, subcommand] = spec.name.split(' ');
    s = { ...s, command, ...(subcommand ? { subcommand } : {}), ...(positionalTarget ? { target: positionalTarget } : {}) };
    // The action always passes every input (defaults included), so only dry-run is checked per command:
    // asking a command that writes to dry-run when it cannot is an error, never a silent real write.
    if (s.dryRun && !spec.flags.includes('dry-run'))
        throw new errors/* UsageError */.eb(`input "dry-run" is not supported by "${spec.name}": it would write anyway`);
    const problem = spec.check?.(s);
    if (problem)
        throw new errors/* UsageError */.eb(problem);
    const token = getInput('token').trim();
    const webhook = getInput('discord-webhook').trim() || env.DISCORD_WEBHOOK_URL || '';
    if (token)
        s.token = token;
    if (webhook)
        s.discordWebhook = webhook;
    // Optional inputs: getInput returns '' for an input action.yml lacks.
    const promote = getInput('promote').trim();
    if (promote)
        s.promote = promote;
    const metricsFile = getInput('metrics-file').trim();
    if (metricsFile)
        s.metricsFile = metricsFile;
    // `from`: the shard output folders for a merging run (daily-sharded.yml), one per line or space-separated.
    const from = getInput('from').split(/\s+/).filter(Boolean);
    if (from.length) {
        if (spec.name !== 'run')
            throw new errors/* UsageError */.eb(`input "from" is only for "run" (got command "${spec.name}")`);
        s.from = from;
    }
    const webhookUrl = getInput('webhook-url').trim() || env.WIKI_DAILY_WEBHOOK_URL || '';
    if (webhookUrl)
        s.webhookUrl = webhookUrl;
    return finish(s);
}


/***/ }),

/***/ 27271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ discordQueuedMessageSchema),
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   L7: () => (/* binding */ SNAPSHOT_ID_RE),
/* harmony export */   TY: () => (/* binding */ backupGitBaseSchema),
/* harmony export */   VZ: () => (/* binding */ discordStateSchema),
/* harmony export */   We: () => (/* binding */ checkState),
/* harmony export */   _A: () => (/* binding */ runRecordSchema),
/* harmony export */   gs: () => (/* binding */ corruptStateMessage),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   oh: () => (/* binding */ lockRecordSchema),
/* harmony export */   sW: () => (/* binding */ SHA256_RE),
/* harmony export */   tR: () => (/* binding */ snapshotManifestSchema),
/* harmony export */   ti: () => (/* binding */ discordQueueSchema),
/* harmony export */   tz: () => (/* binding */ httpCacheMetaSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62072);
/**
 * One zod schema per file the tool persists between runs, and the one way such a file is read
 * back: parse, validate, and on failure one message that names the file, says what is wrong (the
 * key path and the rule) and what happens next. Kept in one module, below every store, so the
 * formats sit side by side (a reviewer sees every on-disk shape at once) and each store reports a
 * corrupt file in the same words.
 *
 * The stores keep their own TypeScript interfaces; assigning a parsed value to them is what checks,
 * at compile time, that a schema and its interface agree.
 */



/** A zod issue path as written in messages: `files[2].sha256`, `(top level)` when empty. */
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
const isoInstant = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');
const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative();
// ---- HTTP cache: the meta line of a pack record (earlier: of `<sha256(url)>.entry`, `<sha256(url)>.json`) (http/cache.ts) ----
const httpCacheMetaSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
    etag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    lastModified: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    contentType: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    storedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().finite(),
    bodyBytes: count,
    finalUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    bodySha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'not a sha256'),
    /** A pack record without body bytes: the URL's earlier record holds this body (http/cache-pack.ts). */
    bodyIn: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('earlier').optional(),
});
// ---- Backup store: `snapshots/<id>.json` (ops/backup/store.ts) ----
const SNAPSHOT_ID_RE = /^\d{8}T\d{6}Z-[0-9a-f]{8}$/;
const SHA256_RE = /^[0-9a-f]{64}$/;
/** A root-relative path as a manifest stores it. */
const wikiPath = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((p, ctx) => {
    const problem = (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_1__/* .relativePathProblem */ .BE)(p);
    if (problem)
        ctx.addIssue({ code: 'custom', message: `not a path inside the wiki root: ${problem}` });
});
const snapshotManifestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SNAPSHOT_ID_RE, 'not a snapshot id'),
    createdAt: isoInstant,
    label: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    files: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        path: wikiPath,
        sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SHA256_RE, 'not a sha256'),
        size: count.max(Number.MAX_SAFE_INTEGER),
    })),
    /** A delta snapshot: `files` are only those added or changed since this snapshot, `removed` the paths gone. */
    base: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SNAPSHOT_ID_RE, 'not a snapshot id').optional(),
    removed: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(wikiPath).optional(),
});
// ---- Backup store: `git-base.json`, what the next delta snapshot starts from (ops/backup/delta.ts) ----
const backupGitBaseSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    snapshot: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SNAPSHOT_ID_RE, 'not a snapshot id'),
    /** Its chain: the snapshot, then each base down to its full snapshot (which is the snapshot itself when full). */
    chain: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SNAPSHOT_ID_RE, 'not a snapshot id')).min(1),
    /** Files it holds. */
    files: count,
    /** The include paths it was taken with. */
    include: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, 'not a commit id'),
    /** Paths whose content in the snapshot git could not vouch for at `commit`: the files it holds there… */
    dirty: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ path: wikiPath, sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SHA256_RE, 'not a sha256'), size: count.max(Number.MAX_SAFE_INTEGER) })),
    /** …and the paths it holds no file at. */
    absent: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(wikiPath),
});
// ---- Run history: one JSON line per run in `runs.jsonl` (ops/history.ts) ----
const runRecordSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    command: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['success', 'partial', 'failed', 'skipped', 'running']),
    reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    finishedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    date: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    itemsCollected: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    itemsAdded: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    sourcesOk: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    sourcesFailed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    cacheHitRate: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    committed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    commitSha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** The workflow run (Actions), linked from the failure issue. */
    runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
});
// ---- Discord: `discord-state.json` and `discord-queue.json` (ops/discord.ts) ----
const discordStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    alertedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    unresolved: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().transform((n) => Math.max(0, Math.floor(n))),
});
/** One queued message; the payload is checked as far as the sender relies on it. */
const discordQueuedMessageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    queuedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    payload: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ embeds: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({})) }),
});
/** The queue is read entry by entry (a bad entry is dropped, the rest kept), so only its outer shape is here. */
const discordQueueSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J());
// ---- Locks: `<name>.lock` (ops/lock.ts) ----
const lockRecordSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    pid: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
    host: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    command: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    startedAt: isoInstant,
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
});
/** Validate an already-parsed value; the problem names the first key path that is wrong. */
function checkState(schema, value) {
    const result = schema.safeParse(value);
    if (result.success)
        return { ok: true, value: result.data };
    const [first, ...rest] = result.error.issues;
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    return { ok: false, problem: `${formatPath(first?.path ?? [])}: ${first?.message ?? 'invalid'}${more}` };
}
/** Parse JSON text and validate it. */
function parseState(schema, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        return { ok: false, problem: `not valid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}` };
    }
    return checkState(schema, value);
}
/**
 * The one message for a persisted file that does not read back: `where` (file, or file:line), what
 * it should have been, what is wrong, and what happens next.
 */
function corruptStateMessage(where, what, problem, next) {
    return `${where}: unreadable ${what} (${problem}); ${next}`;
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
        googleNews: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'google-news.json'),
        backlog: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'backlog.json'),
        indexCheck: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'index-check.json'),
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
