export const id = 406;
export const ids = [406,457,850];
export const modules = {

/***/ 9406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdHealth: () => (/* binding */ cmdHealth),
/* harmony export */   gatherHealth: () => (/* binding */ gatherHealth),
/* harmony export */   runnerView: () => (/* binding */ runnerView)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19827);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62072);
/* harmony import */ var _git_repo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14134);
/* harmony import */ var _ops_anomaly_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(91457);
/* harmony import */ var _ops_backup_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40334);
/* harmony import */ var _ops_discord_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16796);
/* harmony import */ var _ops_health_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(32584);
/* harmony import */ var _ops_history_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(30016);
/* harmony import */ var _ops_lock_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(11233);
/* harmony import */ var _ops_status_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(67304);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(88850);
/* harmony import */ var _pages_daylog_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(31382);
/* harmony import */ var _pages_plan_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(64917);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(2462);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(29834);
/**
 * `wiki-daily health | status | monitor`: gather real readings (machine, git, locks, backups, run
 * history, today's day log), evaluate them, and show or write the result.
 *
 * The run history in the state folder can be lost (a new machine, an evicted cache), so the day logs
 * committed in the repository are read too: "last success" is judged on the repository state.
 */


















async function dirBytes(dir) {
    let total = 0;
    for (const f of await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__/* .listFiles */ .C)(dir, ''))
        total += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f))).size;
    return total;
}
/** Day logs of the last few days as run records (status and the time of their last history line). */
async function runsFromDayLogs(root, config, now, days = 14) {
    const out = [];
    for (let i = days - 1; i >= 0; i--) {
        const date = (0,_time_js__WEBPACK_IMPORTED_MODULE_16__/* .localDate */ .gD)(now - i * 86_400_000, config.timezone);
        const rel = (0,_pages_plan_js__WEBPACK_IMPORTED_MODULE_14__/* .dayLogPathFor */ .Vw)(config, date);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel), 'utf8');
        }
        catch {
            continue;
        }
        const log = (0,_pages_daylog_js__WEBPACK_IMPORTED_MODULE_13__/* .parseDayLog */ .Go)(text, rel, config.timezone);
        if (!log.status)
            continue;
        const [y, m, d] = date.split('-').map(Number);
        const finishedAt = log.lastRunAt ?? (0,_time_js__WEBPACK_IMPORTED_MODULE_16__/* .zonedToUtc */ .Cv)(y, m, d, 23, 59, 0, config.timezone).toISOString();
        out.push({
            command: 'run',
            status: log.status,
            ...(log.reason ? { reason: log.reason } : {}),
            startedAt: finishedAt,
            finishedAt,
            durationMs: 0,
            date,
            itemsCollected: 0,
            itemsAdded: 0,
            sourcesOk: 0,
            sourcesFailed: 0,
            cacheHitRate: 0,
            committed: true,
        });
    }
    return out;
}
const MACHINE_CHECKS = new Set(['cpu', 'memory', 'disk', 'processes']);
/**
 * On Actions the machine is a fresh runner, not where the wiki lives: its CPU, memory and disk say
 * nothing about the daily update, so they are shown but can at most warn (the watchdog must fail for
 * the wiki's reasons — no success for 36 h, a failed day log — never for a busy runner).
 */
function runnerView(h) {
    const checks = h.checks.map((c) => MACHINE_CHECKS.has(c.name) && c.level === 'critical' ? { ...c, level: 'warn', reason: `${c.reason} (runner machine: informational)` } : c);
    return { level: (0,_ops_health_js__WEBPACK_IMPORTED_MODULE_8__/* .worstLevel */ .cY)(checks.map((c) => c.level)), checks };
}
async function gatherHealth(settings, config, deps) {
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_15__/* .statePaths */ .V)(settings.stateDir);
    const now = deps.clock.now();
    const today = (0,_time_js__WEBPACK_IMPORTED_MODULE_16__/* .localDate */ .gD)(now, config.timezone);
    const readings = await (0,_ops_health_js__WEBPACK_IMPORTED_MODULE_8__/* .readSystem */ .me)(settings.root);
    const stateRuns = (await (0,_ops_history_js__WEBPACK_IMPORTED_MODULE_9__.readRuns)(state.runsFile, 1000, deps.logger)).filter((r) => r.command === 'run');
    const logRuns = await runsFromDayLogs(settings.root, config, now);
    const runs = [...stateRuns, ...logRuns.filter((l) => !stateRuns.some((r) => r.date === l.date && r.status === l.status))].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
    const todayRel = (0,_pages_plan_js__WEBPACK_IMPORTED_MODULE_14__/* .dayLogPathFor */ .Vw)(config, today);
    let todayLog;
    try {
        const parsed = (0,_pages_daylog_js__WEBPACK_IMPORTED_MODULE_13__/* .parseDayLog */ .Go)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(settings.root, todayRel), 'utf8'), todayRel, config.timezone);
        if (parsed.status)
            todayLog = { date: today, status: parsed.status };
    }
    catch {
        todayLog = undefined;
    }
    let git;
    try {
        const repo = (0,_git_repo_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepo */ .B8)(settings.root, deps.logger);
        if (await repo.isRepo()) {
            const own = [config.pages.newsDir + '/', config.pages.seenFile, config.pages.dailyReportPage, config.pages.systemStatusPage, config.pages.indexPage];
            const stateRel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(settings.root, state.root);
            const dirty = (await repo.dirtyFiles()).filter((f) => !own.some((o) => f === o || (o.endsWith('/') && f.startsWith(o))) && !(stateRel && f.startsWith(stateRel)));
            const ab = await repo.aheadBehind(config.git.remote, config.git.branch || undefined).catch(() => undefined);
            git = { dirtyOther: dirty, ...(ab ? { ahead: ab.ahead, behind: ab.behind } : {}) };
        }
    }
    catch (err) {
        deps.logger.warn(`git check skipped: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
    const locks = (await (0,_ops_lock_js__WEBPACK_IMPORTED_MODULE_10__/* .lockStatus */ .oj)(state.locks, { staleMs: config.lock.staleMinutes * 60_000, clock: deps.clock })).map((l) => ({
        name: l.name,
        stale: l.stale,
        ageMs: l.ageMs,
    }));
    const snapshots = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_6__/* .listSnapshots */ .Cb)(state.backups);
    const storeBytes = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_6__/* .storeSize */ .rQ)(state.backups);
    const history = stateRuns.filter((r) => r.status === 'success' || r.status === 'partial');
    const last = history.at(-1);
    const anomalies = last
        ? (0,_ops_anomaly_js__WEBPACK_IMPORTED_MODULE_17__.detectAnomalies)({ durationMs: last.durationMs, itemsCollected: last.itemsCollected, itemsAdded: last.itemsAdded }, history.slice(-31, -1), config.health.anomalyZ)
        : [];
    const health = (0,_ops_health_js__WEBPACK_IMPORTED_MODULE_8__/* .evaluateHealth */ .IL)({
        settings: config.health,
        readings,
        now,
        ...(git ? { git } : {}),
        locks,
        backups: {
            ...(snapshots[0] ? { newestAt: snapshots[0].createdAt } : {}),
            totalBytes: storeBytes,
            budgetBytes: config.backup.maxSizeMb * 1024 * 1024,
        },
        runs,
        ...(todayLog ? { todayLog } : {}),
        today,
        stateBytes: await dirBytes(state.root),
        anomalies,
    });
    return { health: settings.onActions ? runnerView(health) : health, runs: stateRuns, today };
}
function healthText(h) {
    const icon = { ok: '✓', warn: '!', critical: '✗' };
    return [`health: ${h.level.toUpperCase()}`, ...h.checks.map((c) => `  ${icon[c.level]} ${c.name}: ${c.reason}`)].join('\n');
}
/** The watchdog's alert: a critical health result goes to Discord like a failed run (throttled the same way). */
async function alertCritical(h, settings, config, deps, today) {
    const critical = h.checks.filter((c) => c.level === 'critical');
    const report = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_12__.finishReport)((0,_report_report_js__WEBPACK_IMPORTED_MODULE_12__.newReport)('health', config, deps.clock.now()), deps.clock.now());
    report.date = today;
    report.status = critical.length ? 'failed' : 'success';
    report.reason = critical.length ? `health critical: ${critical.map((c) => `${c.name} — ${c.reason}`).join('; ')}` : 'health ok';
    report.errors = critical.map((c) => `${c.name}: ${c.reason}`);
    const env = deps.env;
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
        report.runUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    await (0,_ops_discord_js__WEBPACK_IMPORTED_MODULE_7__.notifyRun)(report, {
        // Throttle on which checks are critical, not on their live numbers (CPU 93 % vs 94 % is one problem).
        throttleKey: `health:${critical.map((c) => c.name).sort().join(',')}`,
        ...(settings.discordWebhook ? { webhookUrl: settings.discordWebhook } : {}),
        settings: { ...config.discord, notifySuccess: false },
        statePaths: (0,_state_js__WEBPACK_IMPORTED_MODULE_15__/* .statePaths */ .V)(settings.stateDir),
        logger: deps.logger,
        clock: deps.clock,
    });
}
async function cmdHealth(settings, deps) {
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(settings.configFile);
    if (settings.command === 'monitor') {
        const interval = Math.max(1, settings.intervalSeconds ?? 60) * 1000;
        const count = settings.count ?? Infinity;
        const samples = [];
        let worst = 0;
        for (let i = 0; i < count; i++) {
            const g = await gatherHealth(settings, config, deps);
            const line = `${new Date(deps.clock.now()).toISOString()} ${g.health.level}: ${g.health.checks
                .filter((c) => c.level !== 'ok')
                .map((c) => `${c.name} (${c.reason})`)
                .join('; ') || 'all checks ok'}`;
            if (settings.json)
                samples.push({ at: new Date(deps.clock.now()).toISOString(), ...g.health });
            else
                deps.logger.info(line);
            worst = Math.max(worst, g.health.level === 'critical' ? 1 : 0);
            if (i + 1 < count)
                await deps.clock.sleep(interval);
        }
        return { exitCode: worst, json: samples, text: `monitor: ${samples.length || count} sample(s)`, outputs: {} };
    }
    const g = await gatherHealth(settings, config, deps);
    if (settings.command === 'status') {
        const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_15__/* .statePaths */ .V)(settings.stateDir);
        const pageRel = config.pages.systemStatusPage;
        const pageFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(settings.root, pageRel);
        let existing;
        try {
            existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(pageFile, 'utf8');
        }
        catch {
            existing = undefined;
        }
        const snaps = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_6__/* .listSnapshots */ .Cb)(state.backups);
        const status = (0,_ops_status_js__WEBPACK_IMPORTED_MODULE_11__/* .buildStatus */ .Bg)({
            runs: g.runs,
            health: g.health,
            backups: snaps.map((s) => ({ id: s.id, createdAt: s.createdAt, bytes: s.size })),
            backupStoreBytes: await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_6__/* .storeSize */ .rQ)(state.backups),
            now: deps.clock.now(),
            timezone: config.timezone,
            ...(existing !== undefined ? { existingPage: existing } : {}),
            pageFile: pageRel,
        });
        if (status.markdown !== existing)
            await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(pageFile, status.markdown);
        return {
            exitCode: 0,
            json: status.json,
            text: `wrote ${pageRel}\n${healthText(g.health)}`,
            outputs: { status: g.health.level, 'changed-files': status.markdown !== existing ? pageRel : '' },
        };
    }
    if (g.health.level === 'critical') {
        try {
            await alertCritical(g.health, settings, config, deps, g.today);
        }
        catch (err) {
            deps.logger.warn(`health alert not sent: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
        }
    }
    return {
        exitCode: g.health.level === 'critical' ? 1 : 0,
        json: g.health,
        text: healthText(g.health),
        summary: `## wiki-daily health: ${g.health.level}\n\n| check | level | reason |\n|---|---|---|\n${g.health.checks
            .map((c) => `| ${c.name} | ${c.level} | ${c.reason.replace(/\|/g, '\\|')} |`)
            .join('\n')}\n`,
        outputs: { status: g.health.level },
    };
}


/***/ }),

/***/ 14134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ openRepo)
/* harmony export */ });
/* unused harmony exports tokenEnv, isRejectedBecauseRemoteMoved */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96332);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25625);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29834);
/**
 * git behind a small interface, with simple-git spawning the processes.
 *
 * The old system swept a person's unfinished edits into bot commits (`git add -A`) and never rebased before
 * pushing. Here:
 * - commits are built in a temporary index from exactly the given paths (plumbing: read-tree, update-index,
 *   write-tree, commit-tree, update-ref), so whatever a person has staged, modified or left untracked stays
 *   exactly as it was;
 * - a rejected push is rebased in a throw-away linked worktree, so the person's working tree is never
 *   stashed or reset; only when the rebase succeeded is the checkout moved forward with a two-tree
 *   `read-tree -m -u`, which carries local edits along and refuses (changing nothing) if they would be hit;
 * - a token is handed to one git process through GIT_CONFIG_* environment variables, never written to disk.
 */








/**
 * simple-git refuses to run when the environment holds variables it considers risky (EDITOR, GIT_ASKPASS,
 * GIT_CONFIG_GLOBAL, GIT_SSH_COMMAND…). Those guard against untrusted arguments; ours are fixed by this
 * module and paths always follow `--` or go through update-index, while such variables are normal on
 * developer machines and runners (and GIT_CONFIG_COUNT is how the token travels). Argument checks stay on.
 */
const ENV_CATEGORIES_ALLOWED = {
    allowUnsafeAskPass: true,
    allowUnsafeConfigEnvCount: true,
    allowUnsafeConfigPaths: true,
    allowUnsafeDiffExternal: true,
    allowUnsafeEditor: true,
    allowUnsafeGitProxy: true,
    allowUnsafePager: true,
    allowUnsafeSshCommand: true,
    allowUnsafeTemplateDir: true,
};
/**
 * C locale: error classification reads git's English messages. No prompts: a bot must fail, not hang on a
 * username question. Literal pathspecs: a page called `*.md` or `:x` is a file name, not a pattern.
 */
const BASE_ENV = {
    LC_ALL: 'C',
    LANGUAGE: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_LITERAL_PATHSPECS: '1',
    GIT_EDITOR: 'true',
};
/** How many paths go on one command line (keeps far below ARG_MAX on every platform). */
const PATH_CHUNK = 200;
class GitCommandError extends _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS {
    command;
    output;
    constructor(command, output) {
        super(`git ${command} failed: ${output.trim() || '(no output)'}`);
        this.command = command;
        this.output = output;
    }
}
function ambientEnv() {
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (v !== undefined)
            env[k] = v;
    return env;
}
async function runGit(cwd, args, extraEnv = {}) {
    let git;
    try {
        git = (0,simple_git__WEBPACK_IMPORTED_MODULE_4__/* .simpleGit */ .Lp)({
            baseDir: cwd,
            trimmed: false,
            unsafe: ENV_CATEGORIES_ALLOWED,
            // Any non-zero exit is a failure, with stdout included: rebase reports conflicts on stdout.
            errors(error, result) {
                if (error)
                    return error;
                if (result.exitCode === 0)
                    return undefined;
                const out = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.concat([...result.stdOut, ...result.stdErr]);
                return out.length ? out : node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(`exit code ${result.exitCode}`);
            },
        }).env({ ...ambientEnv(), ...BASE_ENV, ...extraEnv });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS((0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(`cannot run git in ${cwd}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`));
    }
    try {
        return await git.raw(args);
    }
    catch (err) {
        throw new GitCommandError((0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(args.slice(0, 2).join(' ')), (0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)));
    }
}
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
function splitZ(text) {
    return text.split('\0').filter((s) => s.length > 0);
}
function identityEnv(who, committer = who) {
    return {
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
    };
}
/**
 * Environment that makes one git process send `Authorization: basic base64(x-access-token:<token>)`.
 * The header key is scoped to the remote's origin (as actions/checkout does), and first reset with an empty
 * value so a credential persisted by actions/checkout for the same origin is replaced, not sent twice.
 */
function tokenEnv(token, remoteUrl, ambient = ambientEnv()) {
    const basic = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    (0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .registerSecret */ .cl)(token);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .registerSecret */ .cl)(node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(token, 'utf8').toString('base64'));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .registerSecret */ .cl)(basic);
    let key = 'http.extraheader';
    if (remoteUrl) {
        try {
            const u = new URL(remoteUrl);
            if (u.protocol === 'http:' || u.protocol === 'https:')
                key = `http.${u.protocol}//${u.host}/.extraheader`;
        }
        catch {
            // not a URL (a path or scp-like ssh address): the header is irrelevant there, keep the generic key
        }
    }
    // Append after any GIT_CONFIG_* entries the environment already carries instead of clobbering them.
    const start = Number.parseInt(ambient.GIT_CONFIG_COUNT ?? '0', 10) || 0;
    return {
        GIT_CONFIG_COUNT: String(start + 2),
        [`GIT_CONFIG_KEY_${start}`]: key,
        [`GIT_CONFIG_VALUE_${start}`]: '',
        [`GIT_CONFIG_KEY_${start + 1}`]: key,
        [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${basic}`,
    };
}
/** `[rejected] … (fetch first | non-fast-forward)`: the remote branch moved; `[remote rejected]` is a hook's no. */
function isRejectedBecauseRemoteMoved(message) {
    return /\[rejected\]/.test(message) && /fetch first|non-fast-forward|stale info/.test(message);
}
/** Failures that another attempt cannot fix. */
function isPermanentPushFailure(message) {
    return /Authentication failed|could not read Username|terminal prompts disabled|returned error: 40[134]|Permission denied|Repository not found|does not appear to be a git repository|\[remote rejected\]|protected branch/i.test(message);
}
function firstLines(text, max = 6) {
    const lines = text
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l.trim().length > 0);
    return lines.slice(0, max).join('\n') + (lines.length > max ? `\n… (${lines.length - max} more lines)` : '');
}
class RebaseConflict extends Error {
    files;
    output;
    constructor(files, output) {
        super(`rebase conflict in ${files.join(', ') || '(unknown files)'}`);
        this.files = files;
        this.output = output;
    }
}
class SimpleGitRepo {
    root;
    logger;
    layout;
    constructor(root, logger) {
        this.root = root;
        this.logger = logger;
    }
    git(args, env, cwd = this.root) {
        this.logger.debug(`git ${args.join(' ')}${cwd === this.root ? '' : ` (in ${cwd})`}`);
        return runGit(cwd, args, env);
    }
    /** Top-level folder and the root's position inside it, so callers can give root-relative paths. */
    paths() {
        this.layout ??= (async () => {
            const [top, gitDir] = (await this.git(['rev-parse', '--show-toplevel', '--absolute-git-dir'])).trim().split('\n');
            if (!top || !gitDir)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS(`${this.root}: cannot locate the repository top level and git folder`);
            const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(this.root);
            const realTop = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(top);
            const prefix = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(realTop, realRoot);
            return { top: realTop, gitDir, prefix, realRoot };
        })();
        // A failed lookup (not a repo yet) must not be cached forever.
        this.layout.catch(() => {
            this.layout = undefined;
        });
        return this.layout;
    }
    async toRepoPath(file) {
        const { prefix, realRoot } = await this.paths();
        let fromRoot;
        if (node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(file)) {
            const direct = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(this.root), file);
            fromRoot = direct.startsWith('..') ? node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(realRoot, file) : direct;
        }
        else {
            fromRoot = node_path__WEBPACK_IMPORTED_MODULE_3___default().normalize(file);
        }
        const inRepo = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(prefix, fromRoot);
        if (!fromRoot || fromRoot === '.' || inRepo.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(inRepo)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS(`${file}: not a file inside the repository at ${this.root}`);
        }
        return inRepo.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/');
    }
    async toRootPath(repoPath) {
        const { prefix } = await this.paths();
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(prefix, repoPath.split('/').join((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep))).split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/');
    }
    async isRepo() {
        try {
            return (await this.git(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
        }
        catch {
            return false;
        }
    }
    async headSha() {
        try {
            const out = (await this.git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim();
            return out || undefined;
        }
        catch (err) {
            // An unborn branch (no commit yet) exits 1 without output; anything else is a real problem.
            if (err instanceof GitCommandError && /exit code 1$/.test(err.output.trim()))
                return undefined;
            throw err;
        }
    }
    async currentBranch() {
        try {
            return (await this.git(['symbolic-ref', '--quiet', '--short', 'HEAD'])).trim();
        }
        catch (err) {
            if (err instanceof GitCommandError && /exit code 1$/.test(err.output.trim())) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS(`HEAD is detached in ${this.root}: no current branch (set git.branch)`);
            }
            throw err;
        }
    }
    async dirtyFiles() {
        const out = await this.git(['status', '--porcelain=v1', '-z', '--untracked-files=all']);
        const fields = out.split('\0');
        const files = new Set();
        for (let i = 0; i < fields.length; i++) {
            const entry = fields[i];
            if (entry.length < 4)
                continue;
            const xy = entry.slice(0, 2);
            files.add(entry.slice(3));
            // Renames and copies carry the original path as the next field.
            if (xy.includes('R') || xy.includes('C')) {
                const from = fields[++i];
                if (from)
                    files.add(from);
            }
        }
        const rel = await Promise.all([...files].map((f) => this.toRootPath(f)));
        return rel.sort();
    }
    /** Refuse to write commits in the middle of a person's merge, rebase, cherry-pick or revert. */
    async assertNoOperationInProgress() {
        const { gitDir } = await this.paths();
        const markers = ['MERGE_HEAD', 'rebase-merge', 'rebase-apply', 'CHERRY_PICK_HEAD', 'REVERT_HEAD'];
        const found = [];
        for (const marker of markers) {
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(gitDir, marker)).then(() => true, () => false))
                found.push(marker);
        }
        if (found.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS(`a git operation is in progress in ${this.root} (${found.join(', ')}); finish or abort it before the bot commits`);
        }
    }
    async readHead(file) {
        const repoPath = await this.toRepoPath(file);
        const { top } = await this.paths();
        try {
            return await this.git(['show', `HEAD:${repoPath}`], {}, top);
        }
        catch {
            return undefined;
        }
    }
    async commitFiles(files, message, author, contents) {
        if (!message.trim())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS('commit message is empty');
        const paths = [...new Set(await Promise.all(files.map((f) => this.toRepoPath(f))))].sort();
        if (!paths.length)
            return { committed: false, files: [] };
        await this.assertNoOperationInProgress();
        const { top } = await this.paths();
        const head = await this.headSha();
        const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'wiki-daily-index-'));
        try {
            const indexEnv = { GIT_INDEX_FILE: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, 'index') };
            await this.git(head ? ['read-tree', head] : ['read-tree', '--empty'], indexEnv, top);
            // --remove records files that are gone; a path that neither exists nor is tracked is ignored.
            const explicit = new Map();
            for (const [file, text] of contents ?? [])
                explicit.set(await this.toRepoPath(file), text);
            const fromDisk = paths.filter((p) => !explicit.has(p));
            for (const part of chunks(fromDisk, PATH_CHUNK)) {
                await this.git(['update-index', '--add', '--remove', '--', ...part], indexEnv, top);
            }
            for (const [repoPath, text] of explicit) {
                if (!paths.includes(repoPath))
                    continue;
                if (text === null) {
                    await this.git(['update-index', '--force-remove', '--', repoPath], indexEnv, top);
                    continue;
                }
                const blobFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, 'blob');
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(blobFile, text);
                const blob = (await this.git(['hash-object', '-w', `--path=${repoPath}`, blobFile], {}, top)).trim();
                const staged = (await this.git(['ls-files', '-s', '--', repoPath], indexEnv, top)).trim();
                const mode = /^(\d{6}) /.exec(staged)?.[1] ?? '100644';
                await this.git(['update-index', '--add', '--cacheinfo', `${mode},${blob},${repoPath}`], indexEnv, top);
            }
            const tree = (await this.git(['write-tree'], indexEnv, top)).trim();
            const changed = head
                ? splitZ(await this.git(['diff-tree', '-r', '-z', '--no-renames', '--name-only', head, tree], {}, top))
                : splitZ(await this.git(['ls-tree', '-r', '-z', '--name-only', tree], {}, top));
            if (!changed.length) {
                this.logger.info(`nothing to commit: ${paths.length} file(s) unchanged against HEAD`);
                return { committed: false, files: [] };
            }
            const sha = (await this.git(['commit-tree', tree, ...(head ? ['-p', head] : []), '-m', message], identityEnv(author), top)).trim();
            // The old value makes this fail instead of overwriting a commit someone made in the meantime.
            await this.git(['update-ref', '-m', `wiki-daily: ${message.split('\n')[0]}`, 'HEAD', sha, head ?? ''], {}, top);
            // Bring the real index in line for just these paths, so they do not show as staged reversals.
            try {
                for (const part of chunks(changed, PATH_CHUNK)) {
                    await this.git(['reset', '-q', sha, '--', ...part], {}, top);
                }
            }
            catch (err) {
                this.logger.warn(`committed ${sha.slice(0, 7)} but could not refresh the index for its files (run \`git reset -q -- <files>\`): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
            }
            const rootFiles = await Promise.all(changed.map((f) => this.toRootPath(f)));
            this.logger.info(`committed ${sha.slice(0, 7)} (${changed.length} file(s)): ${message.split('\n')[0]}`);
            return { committed: true, sha, files: rootFiles };
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true });
        }
    }
    async remoteUrl(remote) {
        try {
            return (await this.git(['remote', 'get-url', remote])).trim() || undefined;
        }
        catch {
            // `remote` may be a URL or path given directly
            return remote;
        }
    }
    async push(opts) {
        const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
        const maxAttempts = Math.max(1, Math.floor(opts.attempts || 3));
        const branch = opts.branch || (await this.currentBranch());
        const remote = opts.remote;
        const authEnv = opts.token ? tokenEnv(opts.token, await this.remoteUrl(remote)) : {};
        const trackingRef = /^[A-Za-z0-9._-]+$/.test(remote) ? `refs/remotes/${remote}/${branch}` : undefined;
        const { top } = await this.paths();
        let sha = await this.headSha();
        if (!sha)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS(`nothing to push: ${this.root} has no commit yet`);
        let rebased = false;
        let lastError = '';
        let attempt = 0;
        while (attempt < maxAttempts) {
            attempt++;
            if (attempt > 1)
                await clock.sleep(1000 * 2 ** (attempt - 2));
            try {
                await this.git(['push', remote, `HEAD:refs/heads/${branch}`], authEnv, top);
                this.logger.info(`pushed ${sha.slice(0, 7)} to ${remote}/${branch} (attempt ${attempt}${rebased ? ', after rebase' : ''})`);
                return { pushed: true, attempts: attempt, rebased, sha };
            }
            catch (err) {
                const msg = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err);
                lastError = `push to ${remote}/${branch} failed (attempt ${attempt} of ${maxAttempts}): ${firstLines(msg)}`;
                if (!isRejectedBecauseRemoteMoved(msg)) {
                    this.logger.warn(lastError);
                    if (isPermanentPushFailure(msg))
                        break;
                    continue;
                }
                if (attempt >= maxAttempts)
                    break;
                this.logger.warn(`push attempt ${attempt} rejected: ${remote}/${branch} has new commits; fetching and rebasing`);
            }
            try {
                const fetchSpec = trackingRef ? `+refs/heads/${branch}:${trackingRef}` : `refs/heads/${branch}`;
                await this.git(['fetch', '--no-tags', remote, fetchSpec], authEnv, top);
                const upstream = trackingRef ?? (await this.git(['rev-parse', 'FETCH_HEAD'], {}, top)).trim();
                const newHead = await this.rebaseOnto(sha, upstream, `${remote}/${branch}`);
                if (newHead !== sha)
                    rebased = true;
                sha = newHead;
            }
            catch (err) {
                if (err instanceof RebaseConflict) {
                    const error = (0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(`cannot push: our commit(s) conflict with new commits on ${remote}/${branch} in ${err.files.join(', ') || '(unknown files)'}; ` +
                        `the rebase was aborted and HEAD, index and working tree are as before (local commit ${sha.slice(0, 7)} kept). ` +
                        `Resolve by hand: git pull --rebase ${remote} ${branch}`);
                    this.logger.error(error);
                    return { pushed: false, attempts: attempt, rebased, error };
                }
                const error = (0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(`cannot push to ${remote}/${branch}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
                this.logger.error(error);
                return { pushed: false, attempts: attempt, rebased, error };
            }
        }
        const error = (0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(lastError || `push to ${remote}/${branch} failed`);
        this.logger.error(error);
        return { pushed: false, attempts: attempt, rebased, error };
    }
    /**
     * Replay HEAD's commits onto `upstream` in a temporary detached worktree (clean by construction, so no
     * stash is needed), then move this checkout to the result while keeping local edits. Throws
     * RebaseConflict (after `rebase --abort`) or GitError; in both cases HEAD, index and tree are untouched.
     */
    async rebaseOnto(oldHead, upstream, label) {
        await this.assertNoOperationInProgress();
        const { top } = await this.paths();
        const committerLine = (await this.git(['log', '-1', '--format=%cn%x00%ce', oldHead], {}, top)).trim();
        const [cName, cEmail] = committerLine.split('\0');
        const committer = { GIT_COMMITTER_NAME: cName || 'wiki-daily', GIT_COMMITTER_EMAIL: cEmail || 'wiki-daily@localhost' };
        const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'wiki-daily-rebase-'));
        const wt = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, 'worktree');
        let newHead;
        try {
            await this.git(['worktree', 'add', '--detach', '--quiet', wt, oldHead], {}, top);
            try {
                await this.git(['rebase', '--quiet', upstream], committer, wt);
            }
            catch (err) {
                let files = [];
                try {
                    files = splitZ(await this.git(['diff', '--name-only', '-z', '--diff-filter=U'], {}, wt));
                }
                finally {
                    await this.git(['rebase', '--abort'], {}, wt).catch((abortErr) => this.logger.warn(`rebase --abort in ${wt} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(abortErr)}`));
                }
                if (files.length)
                    throw new RebaseConflict(files, (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err));
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS(`rebase onto ${label} failed: ${firstLines((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err))}`);
            }
            newHead = (await this.git(['rev-parse', 'HEAD'], {}, wt)).trim();
        }
        finally {
            await this.git(['worktree', 'remove', '--force', wt], {}, top).catch((err) => this.logger.warn(`could not remove temporary worktree ${wt}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true });
            await this.git(['worktree', 'prune'], {}, top).catch(() => undefined);
        }
        if (newHead === oldHead)
            return oldHead;
        // Stat-only differences would otherwise make read-tree think files are locally modified.
        await this.git(['update-index', '-q', '--refresh'], {}, top).catch(() => undefined);
        try {
            await this.git(['read-tree', '-m', '-u', oldHead, newHead], {}, top);
        }
        catch (err) {
            const msg = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err);
            const files = [...msg.matchAll(/Entry '([^']+)'|^\s+(\S.*)$/gm)].map((m) => m[1] ?? m[2]).filter(Boolean);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS(`${label} changed files that have uncommitted local edits${files.length ? ` (${[...new Set(files)].join(', ')})` : ''}; ` +
                `nothing was changed locally. Commit or stash those edits, then push again. git said: ${firstLines(msg)}`);
        }
        await this.git(['update-ref', '-m', `wiki-daily: rebase onto ${label}`, 'HEAD', newHead, oldHead], {}, top);
        this.logger.info(`rebased ${oldHead.slice(0, 7)} onto ${label}: now ${newHead.slice(0, 7)}`);
        return newHead;
    }
    async aheadBehind(remote, branch) {
        const name = branch || (await this.currentBranch());
        const ref = `refs/remotes/${remote}/${name}`;
        try {
            await this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        }
        catch {
            return undefined;
        }
        const out = (await this.git(['rev-list', '--left-right', '--count', `HEAD...${ref}`])).trim();
        const [ahead, behind] = out.split(/\s+/).map((n) => Number.parseInt(n, 10));
        if (ahead === undefined || behind === undefined || Number.isNaN(ahead) || Number.isNaN(behind)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS(`unexpected rev-list output for HEAD...${ref}: ${out}`);
        }
        return { ahead, behind };
    }
}
function openRepo(root, logger) {
    return new SimpleGitRepo(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root), logger);
}


/***/ }),

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ emptyLaneCounts)
/* harmony export */ });
function emptyLaneCounts() {
    return { land: 0, queue: 0, pool: 0, discard: 0, duplicate: 0, irrelevant: 0 };
}


/***/ }),

/***/ 91457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   detectAnomalies: () => (/* binding */ detectAnomalies)
/* harmony export */ });
/* unused harmony exports Z_CAP, MIN_HISTORY, HISTORY_WINDOW, medianAbsoluteDeviation, robustZ */
/**
 * |z| never exceeds this. A history with no spread at all (every run identical) makes any change
 * infinitely surprising; a finite cap keeps reports JSON-serialisable (Infinity becomes null) and
 * still far above any sensible threshold.
 */
const Z_CAP = 1000;
/** Fewer runs than this say nothing about what is normal. */
const MIN_HISTORY = 5;
/** Runs looked back on. */
const HISTORY_WINDOW = 30;
function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/** Median absolute deviation from the median (unscaled). */
function medianAbsoluteDeviation(values, center = median(values)) {
    return median(values.map((v) => Math.abs(v - center)));
}
function capped(z) {
    if (Number.isNaN(z))
        return 0;
    return Math.max(-Z_CAP, Math.min(Z_CAP, z));
}
/**
 * Robust z-score of `value` against `history`.
 *
 * When MAD is 0 (half or more of the history is one value, common for "items added" on quiet days)
 * the formula divides by zero. Then, as IBM SPSS does for the modified z-score, the mean absolute
 * deviation scaled by 1.2533 (so both estimate the standard deviation of a normal sample) is used
 * instead; only when that is 0 too (every run identical) is the result 0 for an equal value and
 * ±Z_CAP otherwise. An empty history gives 0.
 */
function robustZ(value, history) {
    if (history.length === 0)
        return 0;
    const m = median(history);
    const mad = medianAbsoluteDeviation(history, m);
    if (value === m)
        return 0;
    if (mad > 0)
        return capped((0.6745 * (value - m)) / mad);
    const meanAbsDev = history.reduce((sum, v) => sum + Math.abs(v - m), 0) / history.length;
    if (meanAbsDev > 0)
        return capped((value - m) / (1.2533 * meanAbsDev));
    return value > m ? Z_CAP : -Z_CAP;
}
const METRICS = ['durationMs', 'itemsCollected', 'itemsAdded'];
/**
 * Metrics of the current run whose |robust z| exceeds `threshold`, compared with the last 30
 * successful or partial runs in `history` (failed and skipped runs are filtered out here too, since
 * a failed run's numbers describe the failure, not normal behaviour). Fewer than 5 such runs → none.
 * z is rounded to two decimals so reports stay stable.
 */
function detectAnomalies(current, history, threshold) {
    const usable = history.filter((r) => r.status === 'success' || r.status === 'partial').slice(-HISTORY_WINDOW);
    if (usable.length < MIN_HISTORY)
        return [];
    const out = [];
    for (const metric of METRICS) {
        const series = usable.map((r) => r[metric]);
        const value = current[metric];
        const z = robustZ(value, series);
        if (Math.abs(z) > threshold) {
            const m = median(series);
            out.push({ metric, value, median: m, mad: medianAbsoluteDeviation(series, m), z: Math.round(z * 100) / 100 });
        }
    }
    return out;
}


/***/ }),

/***/ 40334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ createSnapshot),
/* harmony export */   C4: () => (/* binding */ pruneSnapshots),
/* harmony export */   Cb: () => (/* binding */ listSnapshots),
/* harmony export */   HT: () => (/* binding */ putBlob),
/* harmony export */   RV: () => (/* binding */ putManifest),
/* harmony export */   Tb: () => (/* binding */ snapshotsDir),
/* harmony export */   V6: () => (/* binding */ verifySnapshots),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Yr: () => (/* binding */ isSnapshotId),
/* harmony export */   ji: () => (/* binding */ manifestPath),
/* harmony export */   n5: () => (/* binding */ restoreSnapshot),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   rQ: () => (/* binding */ storeSize)
/* harmony export */ });
/* unused harmony export blobsDir */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62072);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29834);
/**
 * Local content-addressed backup store.
 *
 * Layout under the store dir: `blobs/<aa>/<sha256>` holds each distinct file content once;
 * `snapshots/<id>.json` is a manifest listing root-relative paths with their hash and size.
 * Blobs are written before the manifest that references them, both atomically, so a crash never
 * leaves a manifest pointing at a missing blob. Anything read back from the store is re-hashed
 * before it is trusted: the store lives on a runner disk or in an Actions cache we do not control.
 */






const SHA256_RE = /^[0-9a-f]{64}$/;
const SNAPSHOT_ID_RE = /^\d{8}T\d{6}Z-[0-9a-f]{8}$/;
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
function manifestPath(storeDir, id) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(snapshotsDir(storeDir), `${id}.json`);
}
function isSnapshotId(id) {
    return SNAPSHOT_ID_RE.test(id);
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
function isNotFound(err) {
    const code = err?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** Run `fn` over `items` with bounded parallelism, keeping input order in the result. */
async function mapLimited(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    });
    await Promise.all(workers);
    return out;
}
/**
 * Validate a root-relative path from an include list or a manifest. Absolute paths, `..` and the
 * root itself are refused: restore deletes unknown files under an include, so an include of `.`
 * would wipe the checkout (including .git).
 */
function normalizeRelative(p, what) {
    const posix = p.replace(/\\/g, '/').replace(/\/+$/, '');
    if (posix === '' || posix === '.' || node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.isAbsolute(posix) || /^[a-zA-Z]:/.test(posix)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`${what} "${p}" must be a path inside the wiki root (not the root itself, not absolute)`);
    }
    const segments = posix.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`${what} "${p}" must not contain empty, "." or ".." segments`);
    }
    return posix;
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
    const found = new Set();
    const skip = skipDir ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(skipDir) : undefined;
    async function walk(rel) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, ...rel.split('/'));
        if (skip && (abs === skip || abs.startsWith(skip + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep))))
            return;
        let st;
        try {
            st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs);
        }
        catch (err) {
            if (isNotFound(err))
                return;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot read ${abs}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        if (st.isSymbolicLink())
            return;
        if (st.isFile()) {
            found.add(rel);
            return;
        }
        if (!st.isDirectory())
            return;
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(abs);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot list ${abs}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        for (const name of entries)
            await walk(`${rel}/${name}`);
    }
    for (const inc of include)
        await walk(normalizeRelative(inc, 'include path'));
    return [...found].sort();
}
function manifestDigest(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of files)
        h.update(`${f.path}\0${f.sha256}\0${f.size}\n`);
    return h.digest('hex');
}
function snapshotIdFor(instant, files) {
    const stamp = new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
    return `${stamp}-${manifestDigest(files).slice(0, 8)}`;
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
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`snapshot manifest ${file} is not valid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`snapshot manifest ${file} is invalid: ${why}`);
    };
    if (typeof raw !== 'object' || raw === null)
        return fail('not an object');
    const m = raw;
    if (typeof m.id !== 'string' || !isSnapshotId(m.id))
        fail('bad "id"');
    if (node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file) !== `${String(m.id)}.json`)
        fail(`"id" ${String(m.id)} does not match the file name`);
    if (typeof m.createdAt !== 'string' || Number.isNaN(Date.parse(m.createdAt)))
        fail('bad "createdAt"');
    if (m.label !== undefined && typeof m.label !== 'string')
        fail('bad "label"');
    if (!Array.isArray(m.files))
        fail('"files" is not an array');
    const files = [];
    for (const [i, f] of m.files.entries()) {
        const e = f;
        if (typeof e !== 'object' || e === null)
            fail(`files[${i}] is not an object`);
        const entry = e;
        if (typeof entry.path !== 'string')
            fail(`files[${i}].path is not a string`);
        let p;
        try {
            p = normalizeRelative(entry.path, `files[${i}].path`);
        }
        catch (err) {
            return fail((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err));
        }
        if (typeof entry.sha256 !== 'string' || !SHA256_RE.test(entry.sha256))
            fail(`files[${i}].sha256 is not a sha256`);
        if (typeof entry.size !== 'number' || !Number.isSafeInteger(entry.size) || entry.size < 0)
            fail(`files[${i}].size is not a size`);
        files.push({ path: p, sha256: entry.sha256, size: entry.size });
    }
    const manifest = {
        id: m.id,
        createdAt: m.createdAt,
        files,
        totalSize: files.reduce((n, f) => n + f.size, 0),
    };
    if (typeof m.label === 'string')
        manifest.label = m.label;
    return manifest;
}
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
    const manifests = await mapLimited(ids, HASH_CONCURRENCY, (id) => readManifest(storeDir, id));
    return manifests.sort(newestFirst);
}
function info(m) {
    const out = { id: m.id, createdAt: m.createdAt, files: m.files.length, size: m.totalSize };
    if (m.label !== undefined)
        out.label = m.label;
    return out;
}
async function listSnapshots(storeDir) {
    return (await loadManifests(storeDir)).map(info);
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
    const sha256 = sha256Hex(data);
    if (expectedSha256 !== undefined && sha256 !== expectedSha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`blob content hashes to ${sha256}, expected ${expectedSha256}`);
    }
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
/** Write a manifest; callers store its blobs first so a manifest never points at a missing blob. */
async function putManifest(storeDir, manifest) {
    const file = manifestPath(storeDir, manifest.id);
    const body = `${JSON.stringify(manifest, null, 2)}\n`;
    // Round-trip through the parser so nothing we write could be refused when read back.
    parseManifest(body, file);
    try {
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(file, body);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot write snapshot manifest ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
async function createSnapshot(root, include, storeDir, opts = {}) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_5__/* .systemClock */ .ml;
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root);
    const rels = await listIncludedFiles(absRoot, include, storeDir);
    let bytesAdded = 0;
    let blobsAdded = 0;
    // Identical files share one write, so counts stay right when they are hashed in parallel.
    const pending = new Map();
    // Read, hash and store in one pass so the hash always describes exactly the bytes stored.
    const files = await mapLimited(rels, HASH_CONCURRENCY, async (rel) => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absRoot, ...rel.split('/'));
        let data;
        try {
            data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(abs);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot read ${abs} for the backup: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        const sha256 = sha256Hex(data);
        let write = pending.get(sha256);
        if (!write) {
            write = putBlob(storeDir, data, sha256).then(({ written }) => {
                if (written) {
                    bytesAdded += data.length;
                    blobsAdded += 1;
                }
            });
            pending.set(sha256, write);
        }
        await write;
        return { path: rel, sha256, size: data.length };
    });
    const newest = (await loadManifests(storeDir))[0];
    if (newest && sameFiles(newest.files, files)) {
        return { id: newest.id, created: false, files: files.length, bytesAdded, blobsAdded };
    }
    const now = clock.now();
    const manifest = {
        id: snapshotIdFor(now, files),
        createdAt: new Date(now).toISOString(),
        files,
        totalSize: files.reduce((n, f) => n + f.size, 0),
    };
    if (opts.label !== undefined)
        manifest.label = opts.label;
    await putManifest(storeDir, manifest);
    return { id: manifest.id, created: true, files: files.length, bytesAdded, blobsAdded };
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
    if (sha256Hex(data) !== sha256)
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
    const results = await mapLimited(entries, HASH_CONCURRENCY, async (e) => ({ ...e, problem: await verdictFor(e.file) }));
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
async function requireManifest(storeDir, id) {
    if (!isSnapshotId(id) || !(await snapshotIds(storeDir)).includes(id))
        throw await unknownIdError(storeDir, id);
    return readManifest(storeDir, id);
}
/**
 * Re-hash every blob of one snapshot (or all). Unreadable manifests are reported as a `corrupt`
 * problem on the manifest's own store-relative path rather than aborting the whole check.
 */
async function verifySnapshots(storeDir, id) {
    if (id !== undefined)
        return verifyManifests(storeDir, [await requireManifest(storeDir, id)]);
    const manifests = [];
    const broken = [];
    for (const sid of await snapshotIds(storeDir)) {
        try {
            manifests.push(await readManifest(storeDir, sid));
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj))
                throw err;
            broken.push({ snapshot: sid, path: `snapshots/${sid}.json`, problem: 'corrupt' });
        }
    }
    const result = await verifyManifests(storeDir, manifests.sort(newestFirst));
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
        return sha256Hex(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(abs));
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
    const manifest = await requireManifest(storeDir, id);
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
        if (sha256Hex(data) !== f.sha256) {
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
    const out = [];
    async function walk(d) {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(d, { withFileTypes: true });
        }
        catch (err) {
            if (isNotFound(err))
                return;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot list ${d}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        for (const e of entries) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(d, e.name);
            if (e.isDirectory())
                await walk(abs);
            else if (e.isFile()) {
                const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(abs);
                out.push({ abs, size: st.size, mtimeMs: st.mtimeMs });
            }
        }
    }
    await walk(dir);
    return out;
}
/** Bytes on disk under the store (blobs, manifests, leftover temp files). */
async function storeSize(storeDir) {
    return (await listStoreFiles(storeDir)).reduce((n, f) => n + f.size, 0);
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
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_5__/* .systemClock */ .ml;
    const keep = Math.max(0, Math.floor(opts.keep));
    const maxBytes = opts.maxSizeMb * 1024 * 1024;
    const all = await loadManifests(storeDir);
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
        if (!SHA256_RE.test(name) && now - f.mtimeMs < STALE_TEMP_MS)
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

/***/ 32584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ evaluateHealth),
/* harmony export */   Vs: () => (/* binding */ diskFreePct),
/* harmony export */   cY: () => (/* binding */ worstLevel),
/* harmony export */   me: () => (/* binding */ readSystem)
/* harmony export */ });
/* unused harmony exports isAutomationProcess, processCount */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * Health checks: machine readings (CPU, memory, disk, automation processes) plus what the run
 * history, git, locks and backups say. `evaluateHealth` is pure so every threshold is testable with
 * injected readings; `readSystem` is the only part that touches the machine.
 */


const RANK = { ok: 0, warn: 1, critical: 2 };
function worstLevel(levels) {
    let worst = 'ok';
    for (const l of levels)
        if (RANK[l] > RANK[worst])
            worst = l;
    return worst;
}
const HOUR = 3_600_000;
const MB = 1024 * 1024;
/**
 * Two decimals, rounded down: rounding to nearest would print 19.996 % free disk as "20%" next to
 * "warn < 20%". (The epsilon keeps float noise such as 0.29·100 = 28.999… from losing a digit.)
 */
function pct(n) {
    return `${Math.floor(n * 100 + 1e-9) / 100}%`;
}
function hours(ms) {
    return `${Math.round((ms / HOUR) * 10) / 10} h`;
}
function minutes(ms) {
    return `${Math.round(ms / 60_000)} min`;
}
function mb(bytes) {
    return `${Math.round((bytes / MB) * 10) / 10} MB`;
}
/** Higher is worse: warn at ≥ warnAt, critical at ≥ criticalAt. */
function atLeast(value, warnAt, criticalAt) {
    if (value >= criticalAt)
        return 'critical';
    if (value >= warnAt)
        return 'warn';
    return 'ok';
}
function checkMachine(s, r) {
    const cpu = atLeast(r.cpuLoadPct, s.cpuWarnPct, s.cpuCriticalPct);
    const mem = atLeast(r.memUsedPct, s.memWarnPct, s.memCriticalPct);
    const disk = r.diskFreePct < s.diskFreeCriticalPct ? 'critical' : r.diskFreePct < s.diskFreeWarnPct ? 'warn' : 'ok';
    const procs = r.automationProcesses > s.processesCritical
        ? 'critical'
        : r.automationProcesses > s.processesWarn
            ? 'warn'
            : 'ok';
    return [
        {
            name: 'cpu',
            level: cpu,
            value: r.cpuLoadPct,
            reason: `CPU load ${pct(r.cpuLoadPct)} (warn ≥ ${s.cpuWarnPct}%, critical ≥ ${s.cpuCriticalPct}%)`,
        },
        {
            name: 'memory',
            level: mem,
            value: r.memUsedPct,
            reason: `memory used ${pct(r.memUsedPct)} (warn ≥ ${s.memWarnPct}%, critical ≥ ${s.memCriticalPct}%)`,
        },
        {
            name: 'disk',
            level: disk,
            value: r.diskFreePct,
            reason: `free disk ${pct(r.diskFreePct)} (warn < ${s.diskFreeWarnPct}%, critical < ${s.diskFreeCriticalPct}%)`,
        },
        {
            name: 'processes',
            level: procs,
            value: r.automationProcesses,
            reason: `${r.automationProcesses} wiki-daily process${r.automationProcesses === 1 ? '' : 'es'} running` +
                ` (warn > ${s.processesWarn}, critical > ${s.processesCritical})`,
        },
    ];
}
function checkGit(git) {
    const problems = [];
    const notes = [];
    if (git.dirtyOther.length > 0) {
        const shown = git.dirtyOther.slice(0, 5).join(', ');
        const more = git.dirtyOther.length > 5 ? ` (+${git.dirtyOther.length - 5} more)` : '';
        problems.push(`${git.dirtyOther.length} file(s) changed outside the wiki's own outputs: ${shown}${more}`);
    }
    if (git.behind !== undefined && git.behind > 0)
        problems.push(`behind the remote by ${git.behind} commit(s)`);
    // Unpushed commits are reported but not escalated: the next run pushes them.
    if (git.ahead !== undefined && git.ahead > 0)
        notes.push(`${git.ahead} local commit(s) not pushed yet`);
    return {
        name: 'git',
        level: problems.length > 0 ? 'warn' : 'ok',
        value: git.dirtyOther.length,
        reason: [...problems, ...notes].join('; ') || 'working tree clean and up to date',
    };
}
function checkLocks(locks) {
    const stale = locks.filter((l) => l.stale);
    if (stale.length > 0) {
        return {
            name: 'lock',
            level: 'warn',
            value: stale.length,
            reason: stale.map((l) => `lock "${l.name}" is stale (held ${minutes(l.ageMs)})`).join('; '),
        };
    }
    if (locks.length > 0) {
        return {
            name: 'lock',
            level: 'ok',
            value: 0,
            reason: locks.map((l) => `lock "${l.name}" held for ${minutes(l.ageMs)}`).join('; '),
        };
    }
    return { name: 'lock', level: 'ok', value: 0, reason: 'no lock held' };
}
function checkBackups(s, b, now) {
    let age;
    if (b.newestAt === undefined) {
        age = { name: 'backups', level: 'warn', reason: 'no backup exists' };
    }
    else {
        const ageMs = now - Date.parse(b.newestAt);
        if (Number.isNaN(ageMs)) {
            age = { name: 'backups', level: 'warn', reason: `newest backup has an unreadable time "${b.newestAt}"` };
        }
        else {
            const tooOld = ageMs > s.backupMaxAgeHours * HOUR;
            age = {
                name: 'backups',
                level: tooOld ? 'warn' : 'ok',
                value: Math.round((ageMs / HOUR) * 10) / 10,
                reason: `newest backup is ${hours(ageMs)} old (warn > ${s.backupMaxAgeHours} h)`,
            };
        }
    }
    const size = {
        name: 'backup size',
        level: b.totalBytes > b.budgetBytes ? 'warn' : 'ok',
        value: b.totalBytes,
        reason: `backups use ${mb(b.totalBytes)} of ${mb(b.budgetBytes)}`,
    };
    return [age, size];
}
function checkDayLog(todayLog, today) {
    if (!todayLog || todayLog.date !== today) {
        return { name: 'day log', level: 'warn', reason: `no day log for today (${today})` };
    }
    const status = todayLog.status.trim().toLowerCase();
    // The day log may carry the Korean label the wiki shows (실패 = failed).
    if (status === 'failed' || status === '실패') {
        return { name: 'day log', level: 'critical', reason: `today's run failed (${today})` };
    }
    return { name: 'day log', level: 'ok', reason: `today's day log says ${todayLog.status} (${today})` };
}
/** A partial run still updated the wiki, so it counts as a success here. */
function checkLastSuccess(s, runs, now) {
    let newest;
    for (const r of runs) {
        if (r.status !== 'success' && r.status !== 'partial')
            continue;
        const t = Date.parse(r.finishedAt);
        if (!Number.isNaN(t) && (newest === undefined || t > newest))
            newest = t;
    }
    if (newest === undefined) {
        return { name: 'last success', level: 'warn', reason: 'no successful run recorded yet' };
    }
    const ageMs = now - newest;
    return {
        name: 'last success',
        level: ageMs > s.lastSuccessMaxAgeHours * HOUR ? 'critical' : 'ok',
        value: Math.round((ageMs / HOUR) * 10) / 10,
        reason: `last successful run finished ${hours(ageMs)} ago (critical > ${s.lastSuccessMaxAgeHours} h)`,
    };
}
/**
 * Every check with its level and a reason a person can act on. Checks whose input was not given
 * (git, locks, backups, state size, anomalies) are left out rather than reported as "ok", so the
 * table never claims something was verified when it was not. Overall level = the worst check.
 */
function evaluateHealth(input) {
    const s = input.settings;
    const checks = [...checkMachine(s, input.readings)];
    if (input.git)
        checks.push(checkGit(input.git));
    if (input.locks)
        checks.push(checkLocks(input.locks));
    if (input.backups)
        checks.push(...checkBackups(s, input.backups, input.now));
    checks.push(checkDayLog(input.todayLog, input.today));
    checks.push(checkLastSuccess(s, input.runs, input.now));
    if (input.stateBytes !== undefined) {
        checks.push({
            name: 'state size',
            level: input.stateBytes > s.stateMaxMb * MB ? 'warn' : 'ok',
            value: input.stateBytes,
            reason: `state folder holds ${mb(input.stateBytes)} (warn > ${s.stateMaxMb} MB)`,
        });
    }
    if (input.anomalies) {
        if (input.anomalies.length === 0) {
            checks.push({ name: 'anomalies', level: 'ok', reason: 'last run within its usual range' });
        }
        for (const a of input.anomalies) {
            checks.push({
                name: `anomaly: ${a.metric}`,
                level: 'warn',
                value: a.value,
                reason: `${a.metric} = ${a.value} is unusual (median ${a.median}, MAD ${a.mad}, robust z ${a.z})`,
            });
        }
    }
    return { level: worstLevel(checks.map((c) => c.level)), checks };
}
const AUTOMATION_MARKERS = ['wiki-daily', 'dist/index.js', 'dist/cli.js', 'dist\\index.js', 'dist\\cli.js'];
/** A node process whose command line mentions wiki-daily or the built entry points. */
function isAutomationProcess(p) {
    const exe = `${p.name} ${p.command ?? ''}`.toLowerCase();
    if (!/(^|[\\/\s])node(\.exe)?(\s|$)/.test(exe))
        return false;
    const cmdline = `${p.command ?? ''} ${p.params ?? ''}`;
    return AUTOMATION_MARKERS.some((m) => cmdline.includes(m));
}
/** systeminformation is loaded only when a command actually reads the machine (it is slow to load). */
async function loadSystemInformation() {
    const mod = (await __webpack_require__.e(/* import() */ 754).then(__webpack_require__.t.bind(__webpack_require__, 22754, 23)));
    return mod.default ?? mod;
}
async function processCount() {
    const si = await loadSystemInformation();
    const data = await si.processes();
    return data.list.filter(isAutomationProcess).length;
}
/** Free space of the file system holding `dir`, as a percentage (statfs: the disk the wiki is on). */
async function diskFreePct(dir) {
    const fs = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.statfs)(dir).catch((err) => {
        throw new Error(`reading free disk space of ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    });
    return fs.blocks > 0 ? (fs.bavail / fs.blocks) * 100 : 0;
}
/**
 * Current readings. Free disk is measured with statfs on `root` itself, so it is the file system the
 * wiki and its state folder live on, not whichever mount systeminformation lists first. Memory used
 * is (total − available): Linux counts reclaimable page cache as "used", which would always look full.
 */
async function readSystem(root) {
    const si = await loadSystemInformation();
    const [load, mem, diskFree, automationProcesses] = await Promise.all([
        si.currentLoad().catch((err) => {
            throw new Error(`reading CPU load: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }),
        si.mem().catch((err) => {
            throw new Error(`reading memory usage: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }),
        diskFreePct(root),
        processCount().catch((err) => {
            throw new Error(`listing processes: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }),
    ]);
    const memUsedPct = mem.total > 0 ? ((mem.total - mem.available) / mem.total) * 100 : 0;
    return {
        // Not rounded: a 19.96 % free disk must still trip a "< 20 %" threshold.
        cpuLoadPct: load.currentLoad,
        memUsedPct,
        diskFreePct: diskFree,
        automationProcesses,
    };
}


/***/ }),

/***/ 30016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendRun: () => (/* binding */ appendRun),
/* harmony export */   readRuns: () => (/* binding */ readRuns),
/* harmony export */   recordFromReport: () => (/* binding */ recordFromReport)
/* harmony export */ });
/* unused harmony export MAX_RUN_RECORDS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62072);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25625);
/**
 * Run history: one JSON line per finished run in the state folder (statePaths(state).runsFile).
 * Health, the status page and anomaly detection read it; losing it loses only history.
 */





/** The history never grows past this many lines; older runs carry no signal for 30-run statistics. */
const MAX_RUN_RECORDS = 1000;
const RUN_STATUSES = new Set(['success', 'partial', 'failed', 'skipped', 'running']);
function recordFromReport(r) {
    const finishedAt = r.finishedAt ?? new Date(Date.parse(r.startedAt) + r.durationMs).toISOString();
    const sourcesFailed = r.sources.filter((s) => s.outcome === 'failed').length;
    const rec = {
        command: r.command,
        status: r.status,
        startedAt: r.startedAt,
        finishedAt,
        durationMs: r.durationMs,
        date: r.date,
        itemsCollected: r.itemsCollected,
        itemsAdded: r.itemsAdded,
        sourcesOk: r.sources.length - sourcesFailed,
        sourcesFailed,
        cacheHitRate: r.cache.hitRate,
        committed: r.committed,
    };
    if (r.reason !== undefined)
        rec.reason = r.reason;
    if (r.commitSha !== undefined)
        rec.commitSha = r.commitSha;
    return rec;
}
/**
 * Append one record. When the file would pass MAX_RUN_RECORDS lines it is rewritten atomically with
 * the newest ones, so a crash mid-trim never loses the whole history.
 */
async function appendRun(file, rec) {
    const line = JSON.stringify(rec);
    let existing;
    try {
        existing = (await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .O)(file)) ?? '';
    }
    catch (err) {
        throw new Error(`cannot read run history ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    const lines = existing.split('\n').filter((l) => l.trim() !== '');
    try {
        if (lines.length + 1 > MAX_RUN_RECORDS) {
            const kept = lines.slice(lines.length + 1 - MAX_RUN_RECORDS);
            await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(file, `${[...kept, line].join('\n')}\n`);
            return;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
        // A crash can leave a last line without its newline; never glue the new record onto it.
        const separator = existing !== '' && !existing.endsWith('\n') ? '\n' : '';
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, `${separator}${line}\n`, 'utf8');
    }
    catch (err) {
        throw new Error(`cannot write run history ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
function isRunRecord(v) {
    if (!v || typeof v !== 'object' || Array.isArray(v))
        return false;
    const r = v;
    return (typeof r.command === 'string' &&
        typeof r.status === 'string' &&
        RUN_STATUSES.has(r.status) &&
        typeof r.startedAt === 'string' &&
        typeof r.finishedAt === 'string' &&
        typeof r.date === 'string' &&
        typeof r.durationMs === 'number' &&
        typeof r.itemsCollected === 'number' &&
        typeof r.itemsAdded === 'number' &&
        typeof r.sourcesOk === 'number' &&
        typeof r.sourcesFailed === 'number' &&
        typeof r.cacheHitRate === 'number' &&
        typeof r.committed === 'boolean');
}
/**
 * Records oldest → newest (the last `limit` when given). A missing file is an empty history; a line
 * that is not a valid record is skipped with a warning naming the file and line.
 */
async function readRuns(file, limit, logger = _log_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .qq) {
    let text;
    try {
        text = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .O)(file);
    }
    catch (err) {
        throw new Error(`cannot read run history ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    if (text === undefined)
        return [];
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].trim();
        if (raw === '')
            continue;
        let value;
        try {
            value = JSON.parse(raw);
        }
        catch (err) {
            logger.warn(`${file}:${i + 1}: skipped a run history line that is not JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`);
            continue;
        }
        if (!isRunRecord(value)) {
            logger.warn(`${file}:${i + 1}: skipped a run history line that is not a run record`);
            continue;
        }
        out.push(value);
    }
    return limit !== undefined && limit >= 0 ? out.slice(Math.max(0, out.length - limit)) : out;
}


/***/ }),

/***/ 11233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ cleanupLocks),
/* harmony export */   oj: () => (/* binding */ lockStatus),
/* harmony export */   x: () => (/* binding */ acquireLocks),
/* harmony export */   xl: () => (/* binding */ selfTest)
/* harmony export */ });
/* unused harmony exports lockFile, pidIsAlive, releaseHeldLocksSync, handleTerminationSignal */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29834);
/**
 * The CLI's own lock, so two local runs never edit and commit the wiki at the same time. (On Actions the
 * workflow's concurrency group is the lock.)
 *
 * A lock is the file `<dir>/<name>.lock` holding the owner record as JSON. It is created complete in one
 * atomic step: the record is written to a private temp file which is then hard-linked to the lock name
 * (link fails with EEXIST if the lock exists), so nobody ever sees a half-written lock. Each record carries a
 * random id: release and takeover only remove the file if it still holds the record they looked at (inode
 * numbers are no proof: a freshly deleted lock's inode is often reused at once).
 *
 * The old system's lock was a bare `mkdir` with a 45-minute age rule and nothing said who held it; here the
 * refusal names the holder, a lock whose process died on this host is taken over at once (with a warning),
 * and exit, SIGINT and SIGTERM release it.
 */







const LOCK_SUFFIX = '.lock';
const NAME = /^[a-z0-9][a-z0-9._-]*$/i;
function lockFile(dir, name) {
    if (!NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`invalid lock name "${name}": use letters, digits, ".", "_" or "-", starting with a letter or digit`);
    }
    return node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, `${name}${LOCK_SUFFIX}`);
}
/** `process.kill(pid, 0)`: ESRCH means no such process; EPERM means it exists under another user. */
function pidIsAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code !== 'ESRCH';
    }
}
function isOwner(value) {
    const o = value;
    return (typeof o === 'object' &&
        o !== null &&
        typeof o.pid === 'number' &&
        typeof o.host === 'string' &&
        typeof o.command === 'string' &&
        typeof o.startedAt === 'string' &&
        !Number.isNaN(Date.parse(o.startedAt)));
}
function describeAge(ms) {
    const s = Math.round(ms / 1000);
    if (s < 120)
        return `${s} s`;
    const m = Math.round(s / 60);
    return m < 120 ? `${m} min` : `${(m / 60).toFixed(1)} h`;
}
function describeOwner(name, state) {
    if (!state.owner)
        return `lock '${name}' exists (${state.reason ?? 'owner unknown'}), ${describeAge(state.ageMs)} old`;
    const o = state.owner;
    return `lock '${name}' is held by pid ${o.pid} on host ${o.host} (${o.command}) since ${o.startedAt} (${describeAge(state.ageMs)} ago)`;
}
function describeTakeover(name, state) {
    const o = state.owner;
    const from = o
        ? `pid ${o.pid} on host ${o.host} (${o.command}, started ${o.startedAt}, ${describeAge(state.ageMs)} ago)`
        : `an unknown owner (${describeAge(state.ageMs)} old)`;
    return `took over lock '${name}' from ${from}: ${state.reason ?? 'stale'}`;
}
/** Read a lock file and judge it; undefined when it does not exist (any more). */
async function inspect(file, name, opts) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_6__/* .systemClock */ .ml;
    const host = opts.hostname ?? node_os__WEBPACK_IMPORTED_MODULE_3___default().hostname();
    const isAlive = opts.isAlive ?? pidIsAlive;
    let text;
    let mtimeMs;
    try {
        mtimeMs = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file)).mtimeMs;
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot read lock ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    let owner;
    try {
        const parsed = JSON.parse(text);
        if (isOwner(parsed))
            owner = parsed;
    }
    catch {
        // judged below as an unreadable owner record
    }
    const now = clock.now();
    if (!owner) {
        const ageMs = Math.max(0, now - mtimeMs);
        const stale = ageMs > opts.staleMs;
        return {
            name,
            file,
            text,
            ageMs,
            stale,
            reason: `unreadable owner record${stale ? `, older than ${describeAge(opts.staleMs)}` : ''}`,
        };
    }
    const ageMs = Math.max(0, now - Date.parse(owner.startedAt));
    if (ageMs > opts.staleMs) {
        return { name, file, text, owner, ageMs, stale: true, reason: `older than the stale limit of ${describeAge(opts.staleMs)}` };
    }
    // A pid can only be checked on its own host; our own pid is alive by definition.
    if (owner.host === host && owner.pid !== process.pid && !isAlive(owner.pid)) {
        return { name, file, text, owner, ageMs, stale: true, reason: `pid ${owner.pid} is no longer running on ${host}` };
    }
    return { name, file, text, owner, ageMs, stale: false };
}
/**
 * Remove the lock only if it still holds the record we judged. Renaming first makes the removal atomic;
 * if someone replaced the lock in between, their fresh lock is put back.
 */
async function removeIfSame(file, judgedText, logger) {
    const tomb = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.removed`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(file, tomb);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot remove lock ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    try {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(tomb, 'utf8')) === judgedText)
            return true;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(tomb, file);
        }
        catch (err) {
            logger?.warn(`lock ${file} changed while it was being removed and could not be restored: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
        }
        return false;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tomb, { force: true });
    }
}
/** Create the lock file complete with its owner record; false if it already exists. */
async function tryCreate(file, owner) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'wx');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot create lock ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    try {
        try {
            await fh.writeFile(`${JSON.stringify(owner, null, 2)}\n`);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(tmp, file);
        }
        catch (err) {
            if (err.code === 'EEXIST')
                return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot create lock ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
        }
        return true;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(tmp).catch(() => undefined);
    }
}
function recordId(text) {
    try {
        const parsed = JSON.parse(text);
        return typeof parsed.id === 'string' ? parsed.id : undefined;
    }
    catch {
        return undefined;
    }
}
const held = new Set();
let handlersInstalled = false;
const onExit = () => {
    releaseHeldLocksSync();
};
const onSigint = () => {
    handleTerminationSignal('SIGINT');
};
const onSigterm = () => {
    handleTerminationSignal('SIGTERM');
};
function installHandlers() {
    if (handlersInstalled)
        return;
    process.on('exit', onExit);
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigterm);
    handlersInstalled = true;
}
function uninstallHandlers() {
    if (!handlersInstalled)
        return;
    process.off('exit', onExit);
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    handlersInstalled = false;
}
/** Synchronously release every lock this process holds (for exit and signal handlers). */
function releaseHeldLocksSync() {
    const released = [];
    for (const entry of [...held]) {
        held.delete(entry);
        try {
            if (recordId((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(entry.file, 'utf8')) === entry.id) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(entry.file);
                released.push(entry.name);
            }
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                entry.logger.warn(`could not release lock ${entry.file} on exit: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
            }
        }
    }
    uninstallHandlers();
    return released;
}
/**
 * What happens on SIGINT/SIGTERM while locks are held: release them, then exit with 130/143 as a shell
 * would report the signal, unless other listeners for that signal exist (then they decide).
 * Returns the exit code it used or would use.
 */
function handleTerminationSignal(signal, deps = {}) {
    releaseHeldLocksSync();
    const code = signal === 'SIGINT' ? 130 : 143;
    const others = deps.hasOtherListeners ? deps.hasOtherListeners() : process.listenerCount(signal) > 0;
    if (!others)
        (deps.exit ?? ((c) => process.exit(c)))(code);
    return code;
}
// ---- public API ----
async function acquireLocks(dir, names, opts) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_6__/* .systemClock */ .ml;
    const pollMs = Math.max(1, opts.pollMs ?? 1000);
    const sorted = [...new Set(names)].sort();
    if (!sorted.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku('no lock name given');
    const files = sorted.map((n) => lockFile(dir, n));
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot create the lock folder ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    const takenOver = [];
    const mine = [];
    let released = false;
    const release = async () => {
        if (released)
            return;
        released = true;
        for (const entry of [...mine].reverse()) {
            held.delete(entry);
            const current = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(entry.file, 'utf8').catch(() => undefined);
            if (current === undefined) {
                opts.logger.warn(`lock '${entry.name}' was already gone at release (${entry.file})`);
                continue;
            }
            if (recordId(current) !== entry.id) {
                opts.logger.warn(`lock '${entry.name}' was taken over by another process; leaving its lock in place`);
                continue;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(entry.file).catch((err) => {
                if (err.code !== 'ENOENT') {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot release lock ${entry.file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
                }
            });
        }
        if (!held.size)
            uninstallHandlers();
    };
    // Sorted order: two processes wanting the same set can never each hold a part and wait for the other.
    try {
        for (let i = 0; i < sorted.length; i++) {
            const name = sorted[i];
            const file = files[i];
            const id = await acquireOne(name, file, opts, clock, pollMs, takenOver);
            const entry = { name, file, id, logger: opts.logger };
            mine.push(entry);
            held.add(entry);
            installHandlers();
        }
    }
    catch (err) {
        await release();
        throw err;
    }
    opts.logger.debug(`holding lock(s) ${sorted.join(', ')} in ${dir}`);
    return { names: sorted, takenOver, release };
}
/** Returns the id written into the record. */
async function acquireOne(name, file, opts, clock, pollMs, takenOver) {
    const owner = {
        pid: process.pid,
        host: opts.hostname ?? node_os__WEBPACK_IMPORTED_MODULE_3___default().hostname(),
        command: opts.command,
        startedAt: new Date(clock.now()).toISOString(),
        id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex'),
    };
    const start = clock.now();
    let announcedWait = false;
    for (;;) {
        owner.startedAt = new Date(clock.now()).toISOString();
        if (await tryCreate(file, owner))
            return owner.id;
        const state = await inspect(file, name, opts);
        if (!state)
            continue; // released between our attempt and the look: try again at once
        if (state.stale) {
            if (await removeIfSame(file, state.text, opts.logger)) {
                const warning = describeTakeover(name, state);
                takenOver.push(warning);
                opts.logger.warn(warning);
            }
            continue;
        }
        const waited = clock.now() - start;
        if (waited >= opts.waitMs) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`${describeOwner(name, state)}; gave up after waiting ${describeAge(waited)}. ` +
                `If that process no longer runs, delete ${file}`);
        }
        if (!announcedWait) {
            opts.logger.info(`waiting up to ${describeAge(opts.waitMs - waited)} for ${describeOwner(name, state)}`);
            announcedWait = true;
        }
        await clock.sleep(Math.min(pollMs, opts.waitMs - waited));
    }
}
/** Every lock in `dir` with its owner, age and whether it is stale. */
async function lockStatus(dir, opts) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot list locks in ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    const out = [];
    for (const entry of entries.sort()) {
        if (entry.startsWith('.') || !entry.endsWith(LOCK_SUFFIX))
            continue;
        const name = entry.slice(0, -LOCK_SUFFIX.length);
        const state = await inspect(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, entry), name, opts);
        if (state) {
            const { text: _text, ...visible } = state;
            out.push(visible);
        }
    }
    return out;
}
/** Remove stale locks only; returns the names removed. */
async function cleanupLocks(dir, opts) {
    const removed = [];
    for (const state of await lockStatus(dir, opts)) {
        if (!state.stale)
            continue;
        // Judge again and remove only that exact record, so a lock renewed in the meantime is left alone.
        const fresh = await inspect(state.file, state.name, opts);
        if (!fresh?.stale)
            continue;
        if (await removeIfSame(fresh.file, fresh.text, opts.logger)) {
            removed.push(fresh.name);
            opts.logger?.warn(`removed stale ${describeTakeover(fresh.name, fresh).replace(/^took over /, '')}`);
        }
    }
    return removed;
}
/** Check that locking works in `dir`: take a lock, see a second taker refused, release it. */
async function selfTest(dir, opts = {}) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_6__/* .systemClock */ .ml;
    const logger = opts.logger ?? { debug() { }, info() { }, warn() { }, error() { } };
    const name = `selftest-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`;
    const file = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, `${name}${LOCK_SUFFIX}`);
    const common = { waitMs: 0, staleMs: 60_000, clock, logger };
    const steps = [];
    const started = Date.now();
    let lock;
    try {
        lock = await acquireLocks(dir, [name], { ...common, command: 'lock self-test' });
        const owner = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8'));
        if (owner.pid !== process.pid)
            throw new Error(`owner record names pid ${owner.pid}, expected ${process.pid}`);
        steps.push('created');
        const second = await acquireLocks(dir, [name], { ...common, command: 'lock self-test (second taker)' }).then(async (l) => {
            await l.release();
            return 'granted';
        }, (err) => (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku ? 'refused' : `failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`));
        if (second !== 'refused')
            throw new Error(`a second taker was not refused (${second})`);
        steps.push('refused a second taker');
        await lock.release();
        lock = undefined;
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file).then(() => true, () => false))
            throw new Error(`${file} still exists after release`);
        steps.push('released');
        return { ok: true, message: `lock self-test passed in ${dir}: ${steps.join(', ')} (${Date.now() - started} ms)` };
    }
    catch (err) {
        return {
            ok: false,
            message: `lock self-test failed in ${dir}${steps.length ? ` after: ${steps.join(', ')}` : ''}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`,
        };
    }
    finally {
        await lock?.release().catch(() => undefined);
    }
}


/***/ }),

/***/ 67304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ buildStatus)
/* harmony export */ });
/* unused harmony exports STATUS_BEGIN, STATUS_END, STATUS_TITLE, STATUS_RUN_WINDOW, STATUS_DAYS, STATUS_RECENT_ROWS, percentileNearestRank, computeRunStats, itemsPerDay, buildStatusJson, formatDuration, formatBytes, renderStatusRegion, mergeStatusPage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29834);
/* harmony import */ var _anomaly_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91457);
/**
 * The system status page (pages/system_status.md) and its JSON twin (`wiki-daily status --json`):
 * recent run statistics, items per day, backups, health checks and anomalies.
 *
 * Deterministic given its input (no clock, no environment), so the same history renders the same
 * page byte for byte. Everything generated lives in one managed region; text people write outside
 * it survives every update.
 */



const STATUS_BEGIN = '<!-- wiki-daily:begin status -->';
const STATUS_END = '<!-- wiki-daily:end status -->';
const STATUS_TITLE = '# 시스템 상태';
/** Runs the statistics look back on. */
const STATUS_RUN_WINDOW = 30;
/** Days in the items-per-day table. */
const STATUS_DAYS = 14;
/** Rows in the recent-runs table. */
const STATUS_RECENT_ROWS = 10;
function isWorkRun(r) {
    return r.status !== 'skipped' && r.status !== 'running';
}
function round1(n) {
    return Math.round(n * 10) / 10;
}
/** Nearest-rank percentile (no interpolation, so the value is always a real run's duration). */
function percentileNearestRank(values, p) {
    if (values.length === 0)
        return Number.NaN;
    const s = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * s.length));
    return s[rank - 1];
}
function shiftDate(date, days) {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
function computeRunStats(runs) {
    const window = runs.filter(isWorkRun).slice(-STATUS_RUN_WINDOW);
    const count = (s) => window.filter((r) => r.status === s).length;
    const durations = window.map((r) => r.durationMs);
    const stats = {
        considered: window.length,
        success: count('success'),
        partial: count('partial'),
        failed: count('failed'),
        skipped: runs.filter((r) => r.status === 'skipped').length,
        successRatePct: window.length ? round1((count('success') / window.length) * 100) : null,
        durationMedianMs: window.length ? (0,_anomaly_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ)(durations) : null,
        durationP95Ms: window.length ? percentileNearestRank(durations, 95) : null,
        cacheHitRateAvgPct: window.length
            ? round1((window.reduce((sum, r) => sum + r.cacheHitRate, 0) / window.length) * 100)
            : null,
    };
    const last = runs.at(-1);
    if (last)
        stats.lastRun = last;
    const lastSuccess = runs.filter((r) => r.status === 'success' || r.status === 'partial').at(-1);
    if (lastSuccess)
        stats.lastSuccessAt = lastSuccess.finishedAt;
    return stats;
}
function itemsPerDay(runs, today, days = STATUS_DAYS) {
    const out = [];
    for (let i = 0; i < days; i++) {
        const date = shiftDate(today, -i);
        const those = runs.filter((r) => r.date === date && isWorkRun(r));
        out.push({
            date,
            runs: those.length,
            failed: those.filter((r) => r.status === 'failed').length,
            itemsCollected: those.reduce((s, r) => s + r.itemsCollected, 0),
            itemsAdded: those.reduce((s, r) => s + r.itemsAdded, 0),
        });
    }
    return out;
}
function buildStatusJson(input) {
    const today = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .localDate */ .gD)(input.now, input.timezone);
    const backups = [...input.backups].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    const newest = backups.at(-1);
    const backupInfo = {
        count: backups.length,
        totalBytes: input.backupStoreBytes ?? backups.reduce((s, b) => s + b.bytes, 0),
    };
    if (newest) {
        backupInfo.newestId = newest.id;
        backupInfo.newestAt = newest.createdAt;
    }
    return {
        generatedAt: new Date(input.now).toISOString(),
        timezone: input.timezone,
        level: input.health.level,
        runs: computeRunStats(input.runs),
        itemsPerDay: itemsPerDay(input.runs, today),
        recentRuns: input.runs.slice(-STATUS_RECENT_ROWS).reverse(),
        backups: backupInfo,
        checks: input.health.checks,
        anomalies: input.anomalies ?? [],
    };
}
const LEVEL_KO = { ok: '🟢 정상 ok', warn: '🟡 주의 warn', critical: '🔴 위험 critical' };
const STATUS_KO = {
    success: '성공',
    partial: '부분성공',
    failed: '실패',
    skipped: '건너뜀',
    running: '진행중',
};
/** Table cells: no pipes, no line breaks, no HTML, bounded length. */
function cell(s, max = 200) {
    const flat = s.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
function formatDuration(ms) {
    if (ms < 60_000)
        return `${round1(ms / 1000)}초`;
    const totalSeconds = Math.round(ms / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    return h > 0 ? `${h}시간 ${m}분 ${s}초` : `${m}분 ${s}초`;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KB', 'MB', 'GB', 'TB'];
    let v = bytes / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${round1(v)} ${units[i]}`;
}
function orDash(v, f) {
    return v === null || v === undefined ? '—' : f(v);
}
/** The managed region, markers included. */
function renderStatusRegion(json) {
    const tz = json.timezone;
    const r = json.runs;
    const when = (iso) => `${(0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .localDateTime */ .dE)(iso, tz)} (${tz})`;
    const lines = [
        STATUS_BEGIN,
        `상태 종합: **${LEVEL_KO[json.level]}** · 갱신 ${when(json.generatedAt)}`,
        '',
        `## 최근 실행 (최근 ${STATUS_RUN_WINDOW}회 기준)`,
        '',
        `- 실행 ${r.considered}회: 성공 ${r.success} · 부분성공 ${r.partial} · 실패 ${r.failed}` +
            (r.skipped ? ` (건너뜀 ${r.skipped}회는 제외)` : ''),
        `- 성공률: ${orDash(r.successRatePct, (v) => `${v}%`)}`,
        `- 소요 시간: 중앙값 ${orDash(r.durationMedianMs, formatDuration)} · p95 ${orDash(r.durationP95Ms, formatDuration)}`,
        `- 캐시 적중률 평균: ${orDash(r.cacheHitRateAvgPct, (v) => `${v}%`)}`,
        `- 마지막 성공: ${orDash(r.lastSuccessAt, when)}`,
    ];
    if (json.recentRuns.length) {
        lines.push('', '| 시작 | 명령 | 상태 | 소요 | 수집 | 추가 | 사유 |', '|---|---|---|---:|---:|---:|---|');
        for (const run of json.recentRuns) {
            lines.push(`| ${(0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .localDateTime */ .dE)(run.startedAt, tz)} | ${cell(run.command)} | ${STATUS_KO[run.status] ?? run.status} | ` +
                `${formatDuration(run.durationMs)} | ${run.itemsCollected} | ${run.itemsAdded} | ${cell(run.reason ?? '')} |`);
        }
    }
    lines.push('', `## 일별 항목 (최근 ${json.itemsPerDay.length}일)`, '');
    lines.push('| 날짜 | 실행 | 실패 | 수집 | 추가 |', '|---|---:|---:|---:|---:|');
    for (const d of json.itemsPerDay) {
        lines.push(`| ${d.date} | ${d.runs} | ${d.failed} | ${d.itemsCollected} | ${d.itemsAdded} |`);
    }
    const b = json.backups;
    lines.push('', '## 백업', '', `- 스냅샷 ${b.count}개 · 전체 ${formatBytes(b.totalBytes)}`, `- 최신: ${b.newestAt ? `${when(b.newestAt)} \`${cell(b.newestId ?? '', 80)}\`` : '없음'}`);
    lines.push('', '## 상태 점검', '', '| 항목 | 상태 | 내용 |', '|---|---|---|');
    for (const c of json.checks)
        lines.push(`| ${cell(c.name, 80)} | ${LEVEL_KO[c.level]} | ${cell(c.reason, 400)} |`);
    lines.push('', '## 이상 징후', '');
    if (json.anomalies.length === 0) {
        lines.push('최근 실행이 평소 범위 안에 있습니다.');
    }
    else {
        lines.push('| 지표 | 값 | 중앙값 | MAD | robust z |', '|---|---:|---:|---:|---:|');
        for (const a of json.anomalies)
            lines.push(`| ${cell(a.metric, 80)} | ${a.value} | ${a.median} | ${a.mad} | ${a.z} |`);
    }
    lines.push(STATUS_END);
    return lines.join('\n');
}
function markerLines(text, marker) {
    const out = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === marker)
            out.push(i + 1);
    });
    return out;
}
/**
 * Put the region into the existing page text: replace the region when the page has one, append it
 * once at the end when it has none, or build a new page. Broken markers (a begin without an end, an
 * end first, two regions) are an error naming the line: guessing would duplicate or eat text.
 */
function mergeStatusPage(existing, region, file = 'pages/system_status.md') {
    if (existing === undefined || existing.trim() === '')
        return `${STATUS_TITLE}\n\n${region}\n`;
    const begins = markerLines(existing, STATUS_BEGIN);
    const ends = markerLines(existing, STATUS_END);
    if (begins.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`more than one "${STATUS_BEGIN}" marker`, file, begins[1]);
    if (ends.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`more than one "${STATUS_END}" marker`, file, ends[1]);
    if (begins.length === 0 && ends.length === 0)
        return `${existing.replace(/\n*$/, '\n')}\n${region}\n`;
    if (begins.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`"${STATUS_END}" without "${STATUS_BEGIN}"`, file, ends[0]);
    if (ends.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`"${STATUS_BEGIN}" without "${STATUS_END}"`, file, begins[0]);
    if (ends[0] < begins[0])
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`"${STATUS_END}" comes before "${STATUS_BEGIN}"`, file, ends[0]);
    const lines = existing.split('\n');
    const before = lines.slice(0, begins[0] - 1);
    const after = lines.slice(ends[0]);
    return [...before, region, ...after].join('\n');
}
/** The JSON and the page text: a new page, or `existingPage` with its status region replaced or appended. */
function buildStatus(input) {
    const json = buildStatusJson(input);
    return { json, markdown: mergeStatusPage(input.existingPage, renderStatusRegion(json), input.pageFile) };
}


/***/ }),

/***/ 31382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ DAYLOG_REGION),
/* harmony export */   DG: () => (/* binding */ markDayLogRunning),
/* harmony export */   Go: () => (/* binding */ parseDayLog),
/* harmony export */   Jo: () => (/* binding */ historyLine),
/* harmony export */   S2: () => (/* binding */ settledStatusBody),
/* harmony export */   Zt: () => (/* binding */ STATUS_LABELS),
/* harmony export */   i5: () => (/* binding */ isSourceOk),
/* harmony export */   mM: () => (/* binding */ dayLogItemLine),
/* harmony export */   oC: () => (/* binding */ dayLogPath),
/* harmony export */   p4: () => (/* binding */ markDayLogFailed),
/* harmony export */   yM: () => (/* binding */ updateDayLog),
/* harmony export */   zo: () => (/* binding */ renderStatusBody)
/* harmony export */ });
/* unused harmony exports HISTORY_REGION, ITEMS_REGION, HISTORY_HEADING, ITEMS_HEADING, STATUS_HEADING, sourceResult, newDayLog */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29834);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78345);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24421);




const DAYLOG_REGION = 'daylog';
const HISTORY_REGION = 'daylog:history';
const ITEMS_REGION = 'daylog:items';
const HISTORY_HEADING = '## 실행 기록';
const ITEMS_HEADING = '## 수집 항목';
/** Heading used only when an existing file (e.g. written by hand) lacks the status region. */
const STATUS_HEADING = '## 상태';
const STATUS_LABELS = {
    running: '진행중 running',
    success: '성공 success',
    partial: '부분성공 partial',
    failed: '실패 failed',
    skipped: '건너뜀 skipped',
};
const STATUS_KEY = '상태';
const PREVIOUS_KEY = '직전 상태';
const REASON_KEY = '사유';
const SOURCES_KEY = '소스';
function dayLogPath(newsDir, date) {
    return `${newsDir.replace(/\/+$/, '')}/${date}.md`;
}
/** `ok (N items)`, `failed: reason` or `empty: no parseable items`: a failed or empty source is never "ok". */
function sourceResult(s) {
    if (s.outcome === 'failed')
        return `failed: ${s.error?.trim() || 'unknown error'}`;
    if (s.items <= 0)
        return 'empty: no parseable items';
    return `ok (${s.items} items)`;
}
function isSourceOk(s) {
    return sourceResult(s).startsWith('ok ');
}
function statusLine(status) {
    return `- ${STATUS_KEY}: ${STATUS_LABELS[status]}`;
}
/** The status region body (LF): status, reason, source summary and the per-source table. */
function renderStatusBody(status, reason, sources) {
    const lines = [statusLine(status)];
    const why = reason === undefined ? '' : (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(reason, 300);
    if (why)
        lines.push(`- ${REASON_KEY}: ${why}`);
    if (sources.length === 0) {
        lines.push(`- ${SOURCES_KEY}: 없음`);
        return lines.join('\n') + '\n';
    }
    const ok = sources.filter(isSourceOk).length;
    lines.push(`- ${SOURCES_KEY}: 정상 ${ok} / 전체 ${sources.length}`, '', '| 소스 | 종류 | 결과 |', '| --- | --- | --- |');
    for (const s of sources) {
        lines.push(`| ${codeOrText(s.id)} | ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(s.kind, 40)} | ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(sourceResult(s), 300)} |`);
    }
    return lines.join('\n') + '\n';
}
function codeOrText(s) {
    const plain = s.replace(/[\r\n|]/g, ' ');
    return /^[\w.:/@-]+$/.test(plain) && plain.length <= 100 ? `\`${plain}\`` : (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(s, 100);
}
function historyLine(time, status, added, ok, total) {
    return `- ${time} ${status}, +${added} items, sources ${ok}/${total}`;
}
/** `- [outlet] [title](url) (kind → page)`; the outlet brackets are escaped so they never form a link. */
function dayLogItemLine(item, maxTitleLength) {
    const url = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .safeLink */ .o3)(item.url);
    const title = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(item.title, maxTitleLength) || '(제목 없음)';
    const link = url ? `[${title}](${url})` : title;
    return `- \\[${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(item.outlet, 80) || '-'}\\] ${link} (${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(item.kind, 40) || '-'} → ${codeOrText(item.page)})`;
}
function newDayLog(date) {
    return [
        `# ${date} 수집 로그`,
        '',
        `<!-- wiki-daily:begin ${DAYLOG_REGION} -->`,
        `<!-- wiki-daily:end ${DAYLOG_REGION} -->`,
        '',
        HISTORY_HEADING,
        '',
        `<!-- wiki-daily:begin ${HISTORY_REGION} -->`,
        `<!-- wiki-daily:end ${HISTORY_REGION} -->`,
        '',
        ITEMS_HEADING,
        '',
        `<!-- wiki-daily:begin ${ITEMS_REGION} -->`,
        `<!-- wiki-daily:end ${ITEMS_REGION} -->`,
        '',
    ].join('\n');
}
const STATUSES = ['running', 'success', 'partial', 'failed', 'skipped'];
function statusFromLabel(value) {
    const english = /\b(running|success|partial|failed|skipped)\b/i.exec(value);
    if (english)
        return english[1].toLowerCase();
    // Korean labels alone; 부분성공 is checked before 성공, which it contains.
    const korean = [['진행중', 'running'], ['부분성공', 'partial'], ['성공', 'success'], ['실패', 'failed'], ['건너뜀', 'skipped']];
    return korean.find(([k]) => value.includes(k))?.[1];
}
function field(lines, key) {
    const re = new RegExp(`^- ${key}:\\s*(.*)$`);
    for (const l of lines) {
        const m = re.exec(l);
        if (m)
            return m[1].trim();
    }
    return undefined;
}
function linesOf(body) {
    if (!body)
        return [];
    return body.replace(/\n$/, '').split('\n');
}
const HISTORY = /^- (\d{2}):(\d{2}) ([a-z]+)\b/;
const HISTORY_COUNTS = /, \+(\d+) items?, sources (\d+)\/(\d+)/;
/**
 * Read a day log back: status, reason, source rows, history and item lines (skip guard and crash
 * recovery use these). History times are local; with `timeZone`, `lastRunAt` gives the instant.
 */
function parseDayLog(text, file, timeZone) {
    const status = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, DAYLOG_REGION, file));
    const statusValue = field(status, STATUS_KEY);
    const previousValue = field(status, PREVIOUS_KEY);
    const reason = field(status, REASON_KEY);
    const sources = [];
    for (const l of status) {
        const m = /^\|\s*(.+?)\s*\|\s*(.+?)\s*\|\s*(.+?)\s*\|$/.exec(l);
        if (!m || m[1] === '소스' || /^-+$/.test(m[1]))
            continue;
        sources.push({ id: m[1].replace(/^`(.*)`$/, '$1'), kind: m[2], result: m[3] });
    }
    const history = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, HISTORY_REGION, file))
        .filter((l) => l.startsWith('- '))
        .map((line) => {
        const m = HISTORY.exec(line);
        if (!m)
            return { line };
        const st = STATUSES.find((s) => s === m[3]);
        const c = HISTORY_COUNTS.exec(line);
        return {
            line,
            time: `${m[1]}:${m[2]}`,
            ...(st ? { status: st } : {}),
            ...(c ? { added: Number(c[1]), ok: Number(c[2]), total: Number(c[3]) } : {}),
        };
    });
    const items = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, ITEMS_REGION, file)).filter((l) => l.startsWith('- '));
    const out = { sources, history, items };
    const st = statusValue === undefined ? undefined : statusFromLabel(statusValue);
    if (st)
        out.status = st;
    const prev = previousValue === undefined ? undefined : statusFromLabel(previousValue);
    if (prev)
        out.previousStatus = prev;
    if (reason !== undefined)
        out.reason = reason;
    const last = [...history].reverse().find((h) => h.time !== undefined);
    if (last?.time) {
        out.lastRunTime = last.time;
        const date = /^# (\d{4})-(\d{2})-(\d{2})/m.exec(text) ?? /(\d{4})-(\d{2})-(\d{2})\.md$/.exec(file);
        if (date && timeZone) {
            const [h, mi] = last.time.split(':').map(Number);
            out.lastRunAt = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .zonedToUtc */ .Cv)(Number(date[1]), Number(date[2]), Number(date[3]), h, mi, 0, timeZone).toISOString();
        }
    }
    return out;
}
/** Add the three regions to a day log that lacks them (a new file gets the standard layout). */
function withRegions(existing, date, file) {
    let text = existing ?? newDayLog(date);
    text = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureRegion */ .v8)(text, DAYLOG_REGION, STATUS_HEADING, file);
    text = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureRegion */ .v8)(text, HISTORY_REGION, HISTORY_HEADING, file);
    return (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureRegion */ .v8)(text, ITEMS_REGION, ITEMS_HEADING, file);
}
/**
 * The status region as it was before the current run marked it running (undefined when there is
 * no settled state to compare with: no file, no region, or running without a previous status).
 */
function settledStatusBody(text, file) {
    if (text === undefined)
        return undefined;
    const body = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, DAYLOG_REGION, file);
    if (body === undefined)
        return undefined;
    const lines = linesOf(body);
    const current = field(lines, STATUS_KEY);
    if (current === undefined || statusFromLabel(current) !== 'running')
        return body;
    const prevIndex = lines.findIndex((l) => l.startsWith(`- ${PREVIOUS_KEY}:`));
    if (prevIndex === -1)
        return undefined;
    const prev = statusFromLabel(lines[prevIndex].slice(`- ${PREVIOUS_KEY}:`.length));
    if (!prev)
        return undefined;
    const statusIndex = lines.findIndex((l) => l.startsWith(`- ${STATUS_KEY}:`));
    const restored = lines.filter((_, i) => i !== prevIndex);
    restored[statusIndex < prevIndex ? statusIndex : statusIndex - 1] = statusLine(prev);
    return restored.join('\n') + '\n';
}
/**
 * Mark the day log running at the start of a run (`time` is the local HH:MM). Only the status
 * line changes — the previous status is kept on a `직전 상태` line — so settledStatusBody can
 * tell what the log said before this run. A log already running is returned unchanged.
 */
function markDayLogRunning(existing, date, time, file = `news/${date}.md`) {
    const text = withRegions(existing, date, file);
    const lines = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, DAYLOG_REGION, file));
    const running = `${statusLine('running')} (${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(time, 5)} 시작)`;
    const statusIndex = lines.findIndex((l) => l.startsWith(`- ${STATUS_KEY}:`));
    if (statusIndex === -1)
        return (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(text, DAYLOG_REGION, [running, ...lines].join('\n'), file);
    const current = statusFromLabel(lines[statusIndex].slice(`- ${STATUS_KEY}:`.length));
    if (current === 'running')
        return text;
    const next = [...lines];
    next.splice(statusIndex, 1, running, ...(current ? [`- ${PREVIOUS_KEY}: ${STATUS_LABELS[current]}`] : []));
    return (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(text, DAYLOG_REGION, next.join('\n'), file);
}
/**
 * Record that a run failed: status `failed` with the reason, and a history line
 * `- HH:MM failed: reason`. Used for a log left `running` by a crashed or killed run (its source
 * results are unknown, so the table of an older run is replaced by saying so) and for a run that
 * failed after writing the log (its table is this run's and stays).
 */
function markDayLogFailed(text, reason, time, file = '(day log)') {
    const date = /(\d{4}-\d{2}-\d{2})\.md$/.exec(file)?.[1] ?? /^# (\d{4}-\d{2}-\d{2})/m.exec(text)?.[1];
    const base = withRegions(text.trim() === '' ? undefined : text, date ?? '(날짜 미상)', file);
    const lines = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(base, DAYLOG_REGION, file));
    const wasRunning = statusFromLabel(field(lines, STATUS_KEY) ?? '') === 'running';
    const why = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(reason, 300) || '-';
    const rest = wasRunning
        ? [`- ${SOURCES_KEY}: 알 수 없음 (실행이 중단됨)`]
        : lines.filter((l) => !l.startsWith(`- ${STATUS_KEY}:`) && !l.startsWith(`- ${PREVIOUS_KEY}:`) && !l.startsWith(`- ${REASON_KEY}:`));
    let out = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(base, DAYLOG_REGION, [statusLine('failed'), `- ${REASON_KEY}: ${why}`, ...rest].join('\n'), file);
    const history = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(out, HISTORY_REGION, file));
    out = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(out, HISTORY_REGION, [...history, `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(time, 5)} failed: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(reason, 200) || '-'}`].join('\n'), file);
    return out;
}
/** Marks a cut-off item list; the number counts items written but not listed. */
const OVERFLOW = /^- … 외 (\d+)건/;
/** Write the status region and append history/item lines; text outside the regions is untouched. */
function updateDayLog(existing, file, update) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(update.date))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`invalid day log date ${JSON.stringify(update.date)}`, file);
    let text = withRegions(existing, update.date, file);
    text = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(text, DAYLOG_REGION, update.statusBody, file);
    if (update.historyLine) {
        const lines = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, HISTORY_REGION, file));
        text = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(text, HISTORY_REGION, [...lines, update.historyLine].join('\n'), file);
    }
    if (update.itemLines && update.itemLines.length > 0) {
        const lines = linesOf((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionBody */ .zv)(text, ITEMS_REGION, file));
        let overflow = 0;
        const kept = [];
        for (const l of lines) {
            const m = OVERFLOW.exec(l);
            if (m)
                overflow += Number(m[1]);
            else
                kept.push(l);
        }
        const listed = kept.filter((l) => l.startsWith('- ')).length;
        const room = Math.max(0, update.maxItems - listed);
        const fits = update.itemLines.slice(0, room);
        overflow += update.itemLines.length - fits.length;
        const out = [...kept, ...fits];
        if (overflow > 0)
            out.push(`- … 외 ${overflow}건 (목록 생략)`);
        text = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceRegion */ .t1)(text, ITEMS_REGION, out.join('\n'), file);
    }
    return text;
}


/***/ }),

/***/ 47751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GB: () => (/* binding */ FenceTracker),
/* harmony export */   Vz: () => (/* binding */ withEol),
/* harmony export */   eD: () => (/* binding */ detectEol),
/* harmony export */   uz: () => (/* binding */ splitLines),
/* harmony export */   yj: () => (/* binding */ toLf)
/* harmony export */ });
/**
 * Line handling shared by the page modules. Pages are edited by character offsets so that every
 * byte outside the part being replaced (CRLF terminators, a missing final newline) survives as is.
 */
/** The terminator of the first line break; a file without any break is treated as LF. */
function detectEol(text) {
    const i = text.indexOf('\n');
    return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}
function splitLines(text) {
    const out = [];
    let start = 0;
    let number = 1;
    while (start < text.length) {
        const nl = text.indexOf('\n', start);
        if (nl === -1) {
            out.push({ text: text.slice(start), number, start, next: text.length });
            break;
        }
        const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
        out.push({ text: text.slice(start, end), number, start, next: nl + 1 });
        start = nl + 1;
        number++;
    }
    return out;
}
/** Body text produced with LF line breaks, converted to the file's terminator. */
function withEol(text, eol) {
    return eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}
function toLf(text) {
    return text.replace(/\r\n/g, '\n');
}
/** Opening or closing code fence (``` or ~~~), indentation tolerated as in list items. */
const FENCE = /^\s*(`{3,}|~{3,})/;
/**
 * Tracks fenced code blocks line by line, so headings shown as code are never taken for real ones.
 */
class FenceTracker {
    open;
    /** Feed the next line; returns true when the line is code (or a fence line). */
    push(line) {
        // Most lines hold no fence characters at all; they cannot open or close a fence.
        if (!line.includes('```') && !line.includes('~~~'))
            return this.open !== undefined;
        const m = FENCE.exec(line);
        if (this.open) {
            const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
            if (close && close[1][0] === this.open.char && close[1].length >= this.open.length)
                this.open = undefined;
            return true;
        }
        if (m) {
            // A backtick fence whose info string contains a backtick is not a fence (CommonMark).
            const rest = line.trim().slice(m[1].length);
            if (m[1][0] === '`' && rest.includes('`'))
                return false;
            this.open = { char: m[1][0], length: m[1].length };
            return true;
        }
        return false;
    }
}


/***/ }),

/***/ 64917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vw: () => (/* binding */ dayLogPathFor),
  r_: () => (/* binding */ planEdits)
});

// UNUSED EXPORTS: entriesRegion, yearLevelFor

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(29834);
// EXTERNAL MODULE: ./src/pages/daylog.ts
var daylog = __webpack_require__(31382);
// EXTERNAL MODULE: ./src/pages/lines.ts
var pages_lines = __webpack_require__(47751);
// EXTERNAL MODULE: ./src/pages/sanitize.ts
var sanitize = __webpack_require__(24421);
;// CONCATENATED MODULE: ./src/pages/entries.ts
/**
 * Entry blocks inside an `entries:SECTION` region, grouped under `## YYYY` headings (years
 * descending, entries newest first within a year):
 *
 *   - 날짜: 2026-11-26
 *     - 매체: ELLE Korea
 *     - 구분: pictorial
 *     - 제목: <sanitised title>
 *     - 링크(원문): <https://…>
 *     - 상태: 보도(1차)
 *     - id: e0123456789ab
 *
 * People edit these blocks. Merging therefore never rewrites what is there: existing lines are
 * kept exactly (in their order, even when unsorted or unknown), and new blocks are inserted at
 * the first place where the sort order (date desc, undated last, then id) puts them.
 */



const ENTRY_LABELS = {
    date: '날짜',
    outlet: '매체',
    kind: '구분',
    title: '제목',
    link: '링크(원문)',
    confidence: '상태',
    id: 'id',
};
/** Written as the date of an entry whose source gave none. */
const UNKNOWN_DATE = '미상';
const UNTITLED = '(제목 없음)';
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isEntryDate(s) {
    return typeof s === 'string' && DATE.test(s);
}
/** The block of one entry, LF line breaks, no trailing newline. Throws when the URL is not a safe http(s) link. */
function formatEntry(e, options = {}) {
    const link = (0,sanitize/* safeLink */.o3)(e.url);
    if (!link)
        throw new src_errors/* WikiDailyError */.WA(`entry ${e.id}: no safe http(s) link (${JSON.stringify(e.url.slice(0, 100))})`);
    // The id is written verbatim and read back by scanExisting; anything else could break the block.
    if (!/^e[0-9a-z]+$/i.test(e.id))
        throw new src_errors/* WikiDailyError */.WA(`entry id ${JSON.stringify(e.id)} is not "e" followed by letters/digits`);
    const title = (0,sanitize/* inlineText */.ln)(e.title, options.maxTitleLength ?? 200) || UNTITLED;
    return [
        `- ${ENTRY_LABELS.date}: ${isEntryDate(e.date) ? e.date : UNKNOWN_DATE}`,
        `  - ${ENTRY_LABELS.outlet}: ${(0,sanitize/* inlineText */.ln)(e.outlet, 80) || '-'}`,
        `  - ${ENTRY_LABELS.kind}: ${(0,sanitize/* inlineText */.ln)(e.kind, 40) || '-'}`,
        `  - ${ENTRY_LABELS.title}: ${title}`,
        `  - ${ENTRY_LABELS.link}: <${link}>`,
        `  - ${ENTRY_LABELS.confidence}: ${(0,sanitize/* inlineText */.ln)(e.confidence, 40) || '-'}`,
        `  - ${ENTRY_LABELS.id}: ${e.id}`,
    ].join('\n');
}
const FIELD = /^([ \t]*)[-*+][ \t]+([^:：\n]{1,20}?)[ \t]*[:：][ \t]*(.*)$/;
const KNOWN_LABELS = new Map([
    ['날짜', 'date'],
    ['매체', 'outlet'],
    ['구분', 'kind'],
    ['제목', 'title'],
    ['링크(원문)', 'link'],
    ['링크', 'link'],
    ['원문', 'link'],
    ['상태', 'confidence'],
    ['id', 'id'],
    ['ID', 'id'],
]);
// Year headings are `## YYYY` in a page's own region, one level deeper inside a region that sits
// under a `###` heading (works.md: `### 무빙` → `#### 2026`), so the page outline stays well-formed.
const YEAR_HEADING = /^#{2,6}[ \t]+(\d{4})[ \t]*#*[ \t]*$/;
const SECTION_HEADING = /^#{2,6}[ \t]/;
/** The URL of a link field written as `<url>`, `[text](url)` or a bare URL. */
function linkFieldUrl(value) {
    const angle = /<(https?:\/\/[^>\s]+)>/i.exec(value);
    if (angle)
        return angle[1];
    const md = /\]\(\s*<?(https?:\/\/[^\s)>]+)/i.exec(value);
    if (md)
        return md[1];
    const bare = /https?:\/\/[^\s<>()]+/i.exec(value);
    return bare?.[0];
}
function bodyLines(body) {
    if (body === '')
        return [];
    const lf = body.replace(/\r\n/g, '\n');
    return (lf.endsWith('\n') ? lf.slice(0, -1) : lf).split('\n');
}
/** `year`: the year heading above the first line (when analysing part of a region). */
function analyse(lines, initialYear) {
    const blocks = [];
    const headings = [];
    const fence = new pages_lines/* FenceTracker */.GB();
    let year = initialYear;
    let current;
    const close = () => {
        if (current)
            blocks.push(current);
        current = undefined;
    };
    lines.forEach((text, i) => {
        if (fence.push(text)) {
            close();
            return;
        }
        if (SECTION_HEADING.test(text)) {
            close();
            const y = YEAR_HEADING.exec(text);
            year = y ? Number(y[1]) : undefined;
            const level = /^#+/.exec(text)[0].length;
            headings.push(year === undefined ? { index: i, level } : { index: i, level, year });
            return;
        }
        const f = FIELD.exec(text);
        const label = f?.[2]?.trim();
        const key = label === undefined ? undefined : KNOWN_LABELS.get(label);
        if (f && f[1] === '' && key) {
            close();
            current = {
                start: i,
                end: i + 1,
                entry: { line: i + 1, endLine: i + 1, ...(year === undefined ? {} : { year }), fields: {} },
            };
        }
        else if (!current || text.trim() === '' || !/^[ \t]/.test(text)) {
            close();
            return;
        }
        current.end = i + 1;
        current.entry.endLine = i + 1;
        if (f && label !== undefined) {
            const value = f[3].trim();
            current.entry.fields[label] ??= value;
            const e = current.entry;
            switch (key) {
                case 'date': {
                    const d = /^(\d{4}-\d{2}-\d{2})/.exec(value);
                    if (d && e.date === undefined)
                        e.date = d[1];
                    break;
                }
                case 'link': {
                    const url = linkFieldUrl(value);
                    if (url && e.url === undefined)
                        e.url = url;
                    break;
                }
                case 'id': {
                    const id = /^`?(e[0-9a-z]+)`?$/i.exec(value);
                    if (id && e.id === undefined)
                        e.id = id[1];
                    break;
                }
                case 'outlet':
                case 'kind':
                case 'title':
                case 'confidence':
                    e[key] ??= value;
                    break;
                default:
                    break;
            }
        }
    });
    close();
    return { lines, blocks, headings };
}
/**
 * Read the entry blocks of a region body. Tolerant: any top-level list item whose label is a known
 * field starts a block, indented lines continue it, bullets may be -, * or +, the colon may be
 * full-width. Nothing is ever dropped; damaged blocks are listed in `problems`.
 */
function parseEntries(regionBody, file) {
    const s = analyse(bodyLines(regionBody));
    const problems = [];
    for (const b of s.blocks) {
        const e = b.entry;
        if (!e.id)
            problems.push(`${file}: entry at region line ${e.line} has no "id: e…" line`);
        if (!e.url)
            problems.push(`${file}: entry at region line ${e.line} has no http(s) link`);
        const d = e.fields[ENTRY_LABELS.date];
        if (d !== undefined && !e.date && d !== UNKNOWN_DATE)
            problems.push(`${file}: entry at region line ${e.line} has an unreadable date ${JSON.stringify(d)}`);
    }
    return {
        entries: s.blocks.map((b) => b.entry),
        years: s.headings.flatMap((h) => (h.year === undefined ? [] : [h.year])),
        problems,
    };
}
/** Date descending (undated last), then id ascending: the one order of a year section. */
function compareEntries(a, b) {
    const ad = isEntryDate(a.date) ? a.date : undefined;
    const bd = isEntryDate(b.date) ? b.date : undefined;
    if (ad !== bd) {
        if (ad === undefined)
            return 1;
        if (bd === undefined)
            return -1;
        return ad < bd ? 1 : -1;
    }
    const ai = a.id ?? '';
    const bi = b.id ?? '';
    return ai < bi ? -1 : ai > bi ? 1 : 0;
}
function yearOf(e, defaultYear) {
    return isEntryDate(e.date) ? Number(e.date.slice(0, 4)) : defaultYear;
}
function canon(url, canonicalize) {
    if (!canonicalize)
        return url;
    try {
        return canonicalize(url);
    }
    catch {
        // A hand-written link that is not a valid URL cannot equal a new canonical one; compare as written.
        return url;
    }
}
/** Insert lines at `pos`; a chunk starting with a heading is separated from its neighbours by blank lines. */
function insertAt(lines, pos, chunk, isSection) {
    const out = [...chunk];
    if (isSection) {
        if (pos > 0 && lines[pos - 1].trim() !== '')
            out.unshift('');
        if (pos < lines.length && lines[pos].trim() !== '')
            out.push('');
    }
    lines.splice(pos, 0, ...out);
    return { at: pos, count: out.length };
}
/**
 * Bring `s` up to date after `insertAt` put `count` lines at `at`, without reading the region
 * again. Only valid for a region without code fences: then blocks and headings depend on their
 * own lines and the year heading above them, and insertions land between blocks (never inside
 * one), so the result is exactly what analyse(s.lines) would give.
 */
function updateStructure(s, { at, count }) {
    for (const b of s.blocks) {
        if (b.start < at)
            continue;
        b.start += count;
        b.end += count;
        b.entry.line += count;
        b.entry.endLine += count;
    }
    let enclosing;
    for (const h of s.headings) {
        if (h.index >= at)
            h.index += count;
        else
            enclosing = h;
    }
    const chunk = analyse(s.lines.slice(at, at + count), enclosing?.year);
    for (const b of chunk.blocks) {
        b.start += at;
        b.end += at;
        b.entry.line += at;
        b.entry.endLine += at;
    }
    for (const h of chunk.headings)
        h.index += at;
    const blockPos = s.blocks.findIndex((b) => b.start >= at);
    s.blocks.splice(blockPos === -1 ? s.blocks.length : blockPos, 0, ...chunk.blocks);
    const headingPos = s.headings.findIndex((h) => h.index >= at);
    s.headings.splice(headingPos === -1 ? s.headings.length : headingPos, 0, ...chunk.headings);
}
function sectionEnd(s, headingIndex) {
    const next = s.headings.find((h) => h.index > headingIndex);
    return next ? next.index : s.lines.length;
}
function insertEntry(s, entry, year, text, level) {
    const lines = s.lines;
    const heading = s.headings.find((h) => h.year === year);
    if (heading) {
        const end = sectionEnd(s, heading.index);
        const blocks = s.blocks.filter((b) => b.start > heading.index && b.start < end);
        const before = blocks.find((b) => compareEntries(entry, b.entry) < 0);
        if (before)
            return insertAt(lines, before.start, text, false);
        const last = blocks[blocks.length - 1];
        if (last)
            return insertAt(lines, last.end, text, false);
        let pos = heading.index + 1;
        const chunk = [...text];
        if (pos < end && lines[pos].trim() === '')
            pos++;
        else
            chunk.unshift('');
        if (pos < lines.length && lines[pos].trim() !== '')
            chunk.push('');
        return insertAt(lines, pos, chunk, false);
    }
    // A region that already has year headings keeps their level (hand-made or older pages).
    const existingLevel = s.headings.find((h) => h.year !== undefined)?.level;
    const section = [`${'#'.repeat(existingLevel ?? level)} ${year}`, '', ...text];
    const older = s.headings.find((h) => h.year !== undefined && h.year < year);
    if (older)
        return insertAt(lines, older.index, section, true);
    const newer = s.headings.filter((h) => h.year !== undefined && h.year > year).pop();
    if (newer) {
        let pos = sectionEnd(s, newer.index);
        while (pos > newer.index + 1 && lines[pos - 1].trim() === '')
            pos--;
        return insertAt(lines, pos, section, true);
    }
    let pos = lines.length;
    while (pos > 0 && lines[pos - 1].trim() === '')
        pos--;
    return insertAt(lines, pos, section, true);
}
/**
 * Merge new entries into a region body. Existing lines are kept exactly; an entry whose id or
 * (canonical) link is already present — in the region, in `knownIds`/`knownUrls`, or earlier in
 * `entries` — is skipped. New entries are inserted in sort order; the result is deterministic.
 */
function mergeEntries(existingBody, entries, options) {
    const lines = bodyLines(existingBody);
    const parsed = parseEntries(existingBody, options.file);
    const ids = new Set(options.knownIds ?? []);
    const urls = new Set(options.knownUrls ?? []);
    for (const e of parsed.entries) {
        if (e.id)
            ids.add(e.id);
        if (e.url)
            urls.add(canon(e.url, options.canonicalize));
    }
    const added = [];
    const duplicates = [];
    const sorted = [...entries].sort((a, b) => {
        const ya = yearOf(a, options.defaultYear);
        const yb = yearOf(b, options.defaultYear);
        return ya !== yb ? yb - ya : compareEntries(a, b);
    });
    // Reading the whole region again after every insert made adding n entries to a long region
    // O(n²); without code fences the structure is updated in place instead (see updateStructure).
    const incremental = !lines.some((l) => l.includes('```') || l.includes('~~~'));
    let structure;
    for (const e of sorted) {
        const url = canon(e.url, options.canonicalize);
        if (ids.has(e.id) || urls.has(url)) {
            duplicates.push(e);
            continue;
        }
        ids.add(e.id);
        urls.add(url);
        if (!structure || !incremental)
            structure = analyse(lines);
        const inserted = insertEntry(structure, e, yearOf(e, options.defaultYear), formatEntry(e, { maxTitleLength: options.maxTitleLength ?? 200 }).split('\n'), Math.min(6, Math.max(2, options.yearHeadingLevel ?? 2)));
        if (incremental)
            updateStructure(structure, inserted);
        added.push(e);
    }
    return { body: lines.length ? lines.join('\n') + '\n' : '', added, duplicates };
}
/**
 * Number of entry blocks in a region body: the lines where `analyse` would start a block, counted
 * without building the blocks (the page index counts every page of the wiki on every run).
 */
function countEntries(regionBody) {
    const fence = new pages_lines/* FenceTracker */.GB();
    let n = 0;
    for (const text of bodyLines(regionBody)) {
        if (fence.push(text))
            continue;
        // Only a top-level bullet (-, *, +) can start a block; headings and indented lines never do.
        const c = text.charCodeAt(0);
        if (c !== 0x2d && c !== 0x2a && c !== 0x2b)
            continue;
        const f = FIELD.exec(text);
        if (f && f[1] === '' && KNOWN_LABELS.has(f[2].trim()))
            n++;
    }
    return n;
}

// EXTERNAL MODULE: ./src/pages/regions.ts
var pages_regions = __webpack_require__(78345);
;// CONCATENATED MODULE: ./src/pages/indexes.ts
/**
 * The two generated listings: the page index (pages/*.md with entry counts) and the day-log
 * index (newest first). Both are region bodies; the planner writes them only when they differ.
 */







/** Link from one wiki file to another, relative and percent-encoded so the link cannot break. */
function relativeLink(from, to) {
    const rel = external_node_path_default().posix.relative(external_node_path_default().posix.dirname(from), to) || external_node_path_default().posix.basename(to);
    return encodeURI(rel).replace(/[()[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** The text of the first `# ` line, or undefined. */
function pageTitle(text) {
    const m = /^# +(.+?)[ \t]*#*[ \t]*$/m.exec((0,pages_lines/* toLf */.yj)(text));
    return m?.[1]?.trim() || undefined;
}
/** Entries in all `entries:*` regions of a page. Throws PageError for broken regions. */
function pageEntryCount(text, file) {
    return countInRegions(text, findRegions(text, file));
}
function countInRegions(text, regions) {
    let n = 0;
    for (const r of regions) {
        if (r.name.startsWith('entries:'))
            n += countEntries((0,pages_lines/* toLf */.yj)(text.slice(r.bodyStart, r.bodyEnd)));
    }
    return n;
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * `- [Title](page.md) — N건` per page directly inside `pagesDir` (sorted by path, the index
 * itself left out). A page whose regions are broken is listed without a count and reported.
 */
function renderPageIndex(indexPath, pagesDir, files) {
    const dir = pagesDir.replace(/\/+$/, '') + '/';
    const errors = [];
    const lines = [];
    const pages = [...files.keys()]
        .filter((p) => p.startsWith(dir) && p.endsWith('.md') && !p.slice(dir.length).includes('/') && p !== indexPath)
        .sort(compareStrings);
    for (const p of pages) {
        const text = files.get(p);
        const title = (0,sanitize/* inlineText */.ln)(pageTitle(text) ?? external_node_path_default().posix.basename(p, '.md'), 100);
        let count = '';
        try {
            const regions = (0,pages_regions/* findRegions */.zo)(text, p);
            if (regions.some((r) => r.name.startsWith('entries:')))
                count = ` — ${countInRegions(text, regions)}건`;
        }
        catch (err) {
            if (!(err instanceof src_errors/* PageError */.AX))
                throw err;
            errors.push(err);
            count = ' — (영역 오류)';
        }
        lines.push(`- [${title}](${relativeLink(indexPath, p)})${count}`);
    }
    return { body: lines.length ? lines.join('\n') + '\n' : '', errors };
}
const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.md$/;
/** `- [YYYY-MM-DD](YYYY-MM-DD.md) — 성공 success` per day log in `newsDir`, newest first. */
function renderNewsIndex(indexPath, newsDir, files) {
    const dir = newsDir.replace(/\/+$/, '') + '/';
    const errors = [];
    const logs = [...files.keys()]
        .filter((p) => p.startsWith(dir) && DAY_FILE.test(p.slice(dir.length)))
        .sort((a, b) => compareStrings(b, a));
    const lines = logs.map((p) => {
        const date = DAY_FILE.exec(p.slice(dir.length))[1];
        let status = '';
        try {
            const s = (0,daylog/* parseDayLog */.Go)(files.get(p), p).status;
            if (s)
                status = ` — ${daylog/* STATUS_LABELS */.Zt[s]}`;
        }
        catch (err) {
            if (!(err instanceof src_errors/* PageError */.AX))
                throw err;
            errors.push(err);
            status = ' — (영역 오류)';
        }
        return `- [${date}](${relativeLink(indexPath, p)})${status}`;
    });
    return { body: lines.length ? lines.join('\n') + '\n' : '', errors };
}

// EXTERNAL MODULE: ./src/pages/scan.ts
var scan = __webpack_require__(79451);
// EXTERNAL MODULE: ./node_modules/github-slugger/index.js + 1 modules
var github_slugger = __webpack_require__(42710);
// EXTERNAL MODULE: ./node_modules/html-entities/dist/esm/index.js + 3 modules
var esm = __webpack_require__(49104);
;// CONCATENATED MODULE: ./src/pages/toc.ts
/**
 * Table of contents between `<!-- TOC:START -->` and `<!-- TOC:END -->`: a nested list of the
 * page's `##` and `###` headings, linked with the anchors GitHub generates.
 *
 * GitHub slugs the rendered text of each heading with one counter per page (github-slugger), so
 * every heading — `#` titles and `####`+ included — is fed to the slugger in page order even though
 * only `##`/`###` are listed; otherwise the `-1`, `-2` suffixes of duplicates would drift.
 * Headings inside code fences are not headings; headings inside managed regions are. Only ATX
 * (`## …`) headings are read: setext (underlined) headings are not listed.
 */





const TOC_START = '<!-- TOC:START -->';
const TOC_END = '<!-- TOC:END -->';
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
/** Approximate GitHub's rendered text of inline markdown: what the slugger is given. */
function headingText(markdown) {
    let s = markdown;
    // Code spans keep their content literally; protect it from the other rules.
    const code = [];
    s = s.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks, content) => {
        code.push(content.trim() === '' ? content : content.replace(/^ (.*) $/, '$1'));
        return `\u0000${code.length - 1}\u0000`;
    });
    s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
    s = s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    s = s.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1');
    s = s.replace(/<(https?:\/\/[^>\s]+)>/gi, '$1');
    s = s.replace(/<\/?[a-z][^>]*>/gi, '');
    // Emphasis delimiters: unescaped * runs always are; _ only when it opens or closes emphasis
    // (the one in snake_case is text, and the slugger keeps it).
    s = s.replace(/(?<!\\)\*+/g, '');
    s = s.replace(/(^|[^\p{L}\p{N}\\])_+(?=\S)/gu, '$1').replace(/(?<=[^\s\\])_+(?=[^\p{L}\p{N}]|$)/gu, '');
    s = s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    s = (0,esm/* decode */.D4)(s);
    s = s.replace(/\u0000(\d+)\u0000/g, (_m, i) => code[Number(i)] ?? '');
    return s.trim();
}
/** Every ATX heading outside code fences, with its GitHub anchor (one slugger for the page). */
function listHeadings(text) {
    const slugger = new github_slugger/* default */.A();
    const fence = new pages_lines/* FenceTracker */.GB();
    const out = [];
    for (const line of (0,pages_lines/* splitLines */.uz)(text)) {
        if (fence.push(line.text))
            continue;
        const m = ATX.exec(line.text);
        if (!m)
            continue;
        const textOf = headingText(m[2] ?? '');
        out.push({ level: m[1].length, text: textOf, anchor: slugger.slug(textOf), line: line.number });
    }
    return out;
}
/** The TOC list (LF, no trailing newline) for the page's ## and ### headings. */
function renderToc(headings) {
    const lines = [];
    let sawLevel2 = false;
    for (const h of headings) {
        if (h.level !== 2 && h.level !== 3)
            continue;
        if (h.level === 2)
            sawLevel2 = true;
        const indent = h.level === 3 && sawLevel2 ? '  ' : '';
        lines.push(`${indent}- [${(0,sanitize/* inlineText */.ln)(h.text, 200) || '(제목 없음)'}](#${encodeAnchor(h.anchor)})`);
    }
    return lines.join('\n');
}
/** Anchors keep Korean as is (GitHub links them that way); only characters that would end the link are encoded. */
function encodeAnchor(anchor) {
    return anchor.replace(/[()<>\s\\[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
/**
 * Rewrite the TOC of a page that has the markers; a page without them is returned unchanged.
 * A start without end (or the reverse, or more than one TOC) is a PageError naming the line.
 * Headings between the markers themselves are ignored.
 */
function updateToc(text, file) {
    const lines = (0,pages_lines/* splitLines */.uz)(text);
    const starts = lines.filter((l) => l.text.trim() === TOC_START);
    const ends = lines.filter((l) => l.text.trim() === TOC_END);
    if (starts.length === 0 && ends.length === 0)
        return text;
    if (starts.length > 1)
        throw new src_errors/* PageError */.AX(`more than one "${TOC_START}" (again at line ${starts[1].number})`, file, starts[1].number);
    if (ends.length > 1)
        throw new src_errors/* PageError */.AX(`more than one "${TOC_END}" (again at line ${ends[1].number})`, file, ends[1].number);
    const start = starts[0];
    const end = ends[0];
    if (!start)
        throw new src_errors/* PageError */.AX(`"${TOC_END}" without "${TOC_START}"`, file, end.number);
    if (!end)
        throw new src_errors/* PageError */.AX(`"${TOC_START}" without "${TOC_END}"`, file, start.number);
    if (end.number < start.number)
        throw new src_errors/* PageError */.AX(`"${TOC_END}" comes before "${TOC_START}" (line ${start.number})`, file, end.number);
    const headings = listHeadings(text).filter((h) => h.line < start.number || h.line > end.number);
    const toc = renderToc(headings);
    const body = toc === '' ? '' : (0,pages_lines/* withEol */.Vz)(toc + '\n', (0,pages_lines/* detectEol */.eD)(text));
    return text.slice(0, start.next) + body + text.slice(end.start);
}

;// CONCATENATED MODULE: ./src/pages/plan.ts
/**
 * The pure planner: current page texts and gated items in, page edits out. No I/O, no clock —
 * the run's local date and time are inputs — so the same input always gives the same plan.
 *
 * Idempotence rule: when no entry is added and the day log's status and source results are
 * what they already say, the plan has no edits (no history line for a no-op run). The one
 * exception is a day log the current run marked `running` (markDayLogRunning): it is put back
 * to its settled text, byte for byte what it was before the run.
 */










/** Region name of an entries section. */
function entriesRegion(section) {
    return `entries:${section}`;
}
/** A config path in the one form used as a key of `files` (`./pages//a.md` → `pages/a.md`); never outside the root. */
/** Where the day log of a local date lives (the planner, the run and health must agree exactly). */
function dayLogPathFor(config, date) {
    return (0,daylog/* dayLogPath */.oC)(wikiPath(config.pages.newsDir), date);
}
function wikiPath(p) {
    const n = external_node_path_default().posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (!n || n === '.' || n.startsWith('/') || /^[a-z]:/i.test(n) || n.split('/').includes('..')) {
        throw new src_errors/* WikiDailyError */.WA(`page path ${JSON.stringify(p)} must be a path inside the wiki root`);
    }
    return n;
}
function newPageText(page, config) {
    const title = page === wikiPath(config.pages.queuePage)
        ? '승격 대기열'
        : page === wikiPath(config.pages.poolPage)
            ? '후보 풀'
            : external_node_path_default().posix.basename(page).replace(/\.md$/i, '');
    return `# ${title}\n`;
}
/** A new index page holds just its title and the region (no `## 자동 수집` heading needed). */
function indexSkeleton(title) {
    return `# ${title}\n\n${(0,pages_regions/* beginMarker */.Ku)('index')}\n${(0,pages_regions/* endMarker */.cL)('index')}\n`;
}
function targetOf(item, config) {
    switch (item.lane) {
        case 'land':
            return { page: item.page ?? config.routing.defaultPage, section: item.section ?? config.routing.defaultSection };
        case 'queue':
            return { page: config.pages.queuePage, section: 'main' };
        case 'pool':
            return { page: config.pages.poolPage, section: 'main' };
        default:
            return undefined;
    }
}
function entryDate(published, timeZone) {
    if (!published || Number.isNaN(Date.parse(published)))
        return undefined;
    return (0,time/* localDate */.gD)(published, timeZone);
}
function toEntry(item, timeZone) {
    const date = entryDate(item.published, timeZone);
    return {
        id: item.id,
        ...(date ? { date } : {}),
        outlet: item.outlet ?? item.host,
        kind: item.kind,
        title: item.title,
        url: item.canonicalUrl,
        confidence: item.confidence,
    };
}
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** One level below the last heading before the region's begin marker (at least `##`). */
function yearLevelFor(text, region) {
    const marker = text.indexOf(`<!-- wiki-daily:begin ${region} -->`);
    if (marker < 0)
        return 2;
    let level = 1;
    let fenced = false;
    for (const line of text.slice(0, marker).split('\n')) {
        if (/^\s*(```|~~~)/.test(line))
            fenced = !fenced;
        const h = fenced ? null : /^(#{1,6})[ \t]/.exec(line);
        if (h)
            level = h[1].length;
    }
    return Math.min(6, Math.max(2, level + 1));
}
function planEdits(input) {
    const { config, date, time, items, run } = input;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new src_errors/* WikiDailyError */.WA(`plan: date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
    if (!/^\d{2}:\d{2}$/.test(time))
        throw new src_errors/* WikiDailyError */.WA(`plan: time must be HH:MM, got ${JSON.stringify(time)}`);
    const tz = config.timezone;
    const work = new Map(input.files);
    const touched = new Set();
    const errors = [];
    const added = {};
    const written = [];
    // Group writable items by page and section.
    const groups = new Map();
    for (const item of items) {
        const target = targetOf(item, config);
        if (!target || !(0,sanitize/* safeLink */.o3)(item.canonicalUrl))
            continue;
        target.page = wikiPath(target.page);
        const sections = groups.get(target.page) ?? new Map();
        groups.set(target.page, sections);
        const list = sections.get(target.section) ?? [];
        sections.set(target.section, list);
        list.push(item);
    }
    const defaultYear = Number(date.slice(0, 4));
    for (const page of [...groups.keys()].sort(byString)) {
        const sections = groups.get(page);
        try {
            let text = work.get(page) ?? newPageText(page, config);
            const known = (0,scan/* scanExisting */.jT)(new Map([[page, text]]), input.canonicalize);
            const pageWritten = [];
            for (const section of [...sections.keys()].sort(byString)) {
                const name = entriesRegion(section);
                const byId = new Map();
                const entries = sections.get(section).map((item) => {
                    byId.set(item.id, item);
                    return toEntry(item, tz);
                });
                const withRegion = (0,pages_regions/* ensureRegion */.v8)(text, name, pages_regions/* AUTO_SECTION_HEADING */.F5, page);
                const result = mergeEntries((0,pages_regions/* regionBody */.zv)(withRegion, name, page), entries, {
                    file: page,
                    defaultYear,
                    maxTitleLength: config.pages.maxTitleLength,
                    ...(input.canonicalize ? { canonicalize: input.canonicalize } : {}),
                    knownIds: known.ids,
                    knownUrls: known.urls,
                    yearHeadingLevel: yearLevelFor(withRegion, name),
                });
                if (result.added.length === 0)
                    continue;
                text = (0,pages_regions/* replaceRegion */.t1)(withRegion, name, result.body, page);
                for (const e of result.added) {
                    known.ids.add(e.id);
                    pageWritten.push({ item: byId.get(e.id), entry: e });
                }
            }
            if (pageWritten.length === 0)
                continue;
            work.set(page, text);
            touched.add(page);
            added[page] = pageWritten.length;
            pageWritten.sort((a, b) => compareEntries(a.entry, b.entry));
            written.push(...pageWritten.map((w) => w.item));
        }
        catch (err) {
            if (!(err instanceof src_errors/* PageError */.AX))
                throw err;
            errors.push(err);
        }
    }
    const totalAdded = written.length;
    // The day log: rewritten only when something was added or its status/sources differ.
    const logPath = dayLogPathFor(config, date);
    const existingLog = work.get(logPath);
    const statusBody = (0,daylog/* renderStatusBody */.zo)(run.status, run.reason, run.sources);
    const settled = (0,daylog/* settledStatusBody */.S2)(existingLog, logPath);
    if (totalAdded === 0 && settled === statusBody) {
        const edits = [];
        if (existingLog !== undefined && (0,pages_regions/* regionBody */.zv)(existingLog, daylog/* DAYLOG_REGION */.CT, logPath) !== statusBody) {
            edits.push({ path: logPath, before: existingLog, after: (0,pages_regions/* replaceRegion */.t1)(existingLog, daylog/* DAYLOG_REGION */.CT, statusBody, logPath) });
        }
        return { edits, added, written, errors: uniqueErrors(errors) };
    }
    const itemLines = written.map((item) => (0,daylog/* dayLogItemLine */.mM)({ outlet: item.outlet ?? item.host, title: item.title, url: item.canonicalUrl, kind: item.kind, page: wikiPath(targetOf(item, config).page) }, config.pages.maxTitleLength));
    const ok = run.sources.filter(daylog/* isSourceOk */.i5).length;
    work.set(logPath, (0,daylog/* updateDayLog */.yM)(existingLog, logPath, {
        date,
        statusBody,
        historyLine: (0,daylog/* historyLine */.Jo)(time, run.status, totalAdded, ok, run.sources.length),
        itemLines,
        maxItems: config.pages.maxDayLogItems,
    }));
    touched.add(logPath);
    // Indexes: only when their listing differs from what they say.
    const indexes = [
        [wikiPath(config.pages.indexPage), (p) => renderPageIndex(p, wikiPath(config.pages.pagesDir), work), indexSkeleton('문서 목록')],
        [wikiPath(config.pages.newsIndexPage), (p) => renderNewsIndex(p, wikiPath(config.pages.newsDir), work), indexSkeleton('수집 로그 목록')],
    ];
    for (const [indexPath, render, skeleton] of indexes) {
        try {
            const text = (0,pages_regions/* ensureRegion */.v8)(work.get(indexPath) ?? skeleton, 'index', pages_regions/* AUTO_SECTION_HEADING */.F5, indexPath);
            const rendered = render(indexPath);
            errors.push(...rendered.errors);
            if ((0,pages_regions/* regionBody */.zv)(text, 'index', indexPath) === rendered.body && text === work.get(indexPath))
                continue;
            work.set(indexPath, (0,pages_regions/* replaceRegion */.t1)(text, 'index', rendered.body, indexPath));
            touched.add(indexPath);
        }
        catch (err) {
            if (!(err instanceof src_errors/* PageError */.AX))
                throw err;
            errors.push(err);
        }
    }
    for (const p of touched) {
        try {
            work.set(p, updateToc(work.get(p), p));
        }
        catch (err) {
            if (!(err instanceof src_errors/* PageError */.AX))
                throw err;
            errors.push(err);
        }
    }
    const edits = [...touched]
        .sort(byString)
        .map((p) => ({ path: p, before: input.files.get(p), after: work.get(p) }))
        .filter((e) => e.after !== e.before);
    return { edits, added, written, errors: uniqueErrors(errors) };
}
/** A broken page is met by the entries step and again by the index: report it once. */
function uniqueErrors(errors) {
    const byMessage = new Map();
    for (const e of errors)
        if (!byMessage.has(e.message))
            byMessage.set(e.message, e);
    return [...byMessage.values()];
}


/***/ }),

/***/ 78345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ AUTO_SECTION_HEADING),
/* harmony export */   Ku: () => (/* binding */ beginMarker),
/* harmony export */   cL: () => (/* binding */ endMarker),
/* harmony export */   t1: () => (/* binding */ replaceRegion),
/* harmony export */   v8: () => (/* binding */ ensureRegion),
/* harmony export */   zo: () => (/* binding */ findRegions),
/* harmony export */   zv: () => (/* binding */ regionBody)
/* harmony export */ });
/* unused harmony exports MARKER_PREFIX, getRegion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47751);
/**
 * Managed regions: the only parts of a page the bot rewrites.
 *
 *   <!-- wiki-daily:begin NAME -->
 *   …generated body…
 *   <!-- wiki-daily:end NAME -->
 *
 * Markers sit on their own lines (surrounding spaces tolerated). Any line that starts like a marker
 * counts, even inside a code fence: a page that wants to show one must quote it inline. Everything outside the regions belongs to people and is never
 * changed, byte for byte (CRLF terminators and a missing final newline included). Broken structure
 * is an error naming the file and line — the bot never guesses where a region ends.
 *
 * A page without a region gets it appended ONCE at the end of the page, under a `## 자동 수집`
 * ("automatic collection") heading; see `ensureRegion`.
 */


const MARKER_PREFIX = '<!-- wiki-daily:';
/** Heading of the section that holds regions the bot had to add to a page by itself. */
const AUTO_SECTION_HEADING = '## 자동 수집';
const MARKER = /^<!-- wiki-daily:(begin|end) ([^\s<>]+) -->$/;
const NAME = /^[^\s<>]+$/;
function checkName(name, file) {
    if (!NAME.test(name) || name.includes('-->')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`invalid region name ${JSON.stringify(name)} (no spaces, "<" or ">")`, file);
    }
}
function beginMarker(name) {
    return `<!-- wiki-daily:begin ${name} -->`;
}
function endMarker(name) {
    return `<!-- wiki-daily:end ${name} -->`;
}
/**
 * The lines that start (after whitespace) with MARKER_PREFIX, as splitLines would number them.
 * Found with indexOf rather than by splitting the whole page: regions are looked up several
 * times per page per run, and the page index reads every page of the wiki.
 */
function* markerLines(text) {
    let number = 1;
    let counted = 0;
    for (let at = text.indexOf(MARKER_PREFIX); at !== -1;) {
        const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
        const nl = text.indexOf('\n', at);
        const next = nl === -1 ? text.length : nl + 1;
        // Only whitespace before the prefix: the line starts like a marker (what trim() would leave).
        if (/^\s*$/.test(text.slice(start, at))) {
            for (let i = text.indexOf('\n', counted); i !== -1 && i < start; i = text.indexOf('\n', i + 1))
                number++;
            counted = start;
            const end = nl === -1 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
            yield { text: text.slice(start, end), number, start, next };
        }
        at = text.indexOf(MARKER_PREFIX, next);
    }
}
/**
 * All regions of a page, in order. Throws PageError(file, line) for a malformed marker line, a
 * begin without end, an end without begin, a region opened inside another, or a duplicated name.
 */
function findRegions(text, file) {
    const regions = [];
    const seen = new Map();
    let open;
    for (const line of markerLines(text)) {
        const trimmed = line.text.trim();
        const m = MARKER.exec(trimmed);
        if (!m) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`malformed wiki-daily marker ${JSON.stringify(trimmed.slice(0, 80))}; expected "${beginMarker('NAME')}" or "${endMarker('NAME')}"`, file, line.number);
        }
        const kind = m[1];
        const name = m[2];
        if (kind === 'begin') {
            if (open) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`region "${name}" begins inside region "${open.name}" (opened at line ${open.line}); regions cannot nest`, file, line.number);
            }
            const prev = seen.get(name);
            if (prev !== undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`region "${name}" appears twice (first at line ${prev})`, file, line.number);
            }
            seen.set(name, line.number);
            open = { name, line: line.number, start: line.start, bodyStart: line.next };
        }
        else {
            if (!open) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`end marker of region "${name}" without a begin marker before it`, file, line.number);
            }
            if (open.name !== name) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`end marker of region "${name}" while region "${open.name}" (opened at line ${open.line}) is open`, file, line.number);
            }
            regions.push({
                name,
                beginLine: open.line,
                endLine: line.number,
                start: open.start,
                bodyStart: open.bodyStart,
                bodyEnd: line.start,
                end: line.next,
            });
            open = undefined;
        }
    }
    if (open) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`region "${open.name}" has no end marker ("${endMarker(open.name)}")`, file, open.line);
    }
    return regions;
}
function getRegion(text, name, file) {
    return findRegions(text, file).find((r) => r.name === name);
}
/** The body of a region with LF line breaks, or undefined when the page has no such region. */
function regionBody(text, name, file) {
    const r = getRegion(text, name, file);
    return r ? (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .toLf */ .yj)(text.slice(r.bodyStart, r.bodyEnd)) : undefined;
}
/**
 * Replace the body of a region. `body` uses LF; it is written with the file's own line breaks
 * and always ends with one (an empty body leaves the markers on consecutive lines).
 * Only the characters between the markers change.
 */
function replaceRegion(text, name, body, file = '(page)') {
    checkName(name, file);
    const r = getRegion(text, name, file);
    if (!r)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`no region "${name}" to replace`, file);
    let normalised = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .toLf */ .yj)(body);
    if (normalised !== '' && !normalised.endsWith('\n'))
        normalised += '\n';
    // A body must never contain markers of its own: that would corrupt the page structure.
    for (const line of normalised.split('\n')) {
        if (line.trim().startsWith(MARKER_PREFIX)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(`refusing to write a wiki-daily marker inside region "${name}"`, file, r.beginLine);
        }
    }
    return text.slice(0, r.bodyStart) + (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .withEol */ .Vz)(normalised, (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .detectEol */ .eD)(text)) + text.slice(r.bodyEnd);
}
/** The last level-2 heading outside regions and code, or undefined. */
function lastSectionHeading(text, regions) {
    const fence = new _lines_js__WEBPACK_IMPORTED_MODULE_1__/* .FenceTracker */ .GB();
    let last;
    for (const line of (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .splitLines */ .uz)(text)) {
        if (fence.push(line.text))
            continue;
        if (regions.some((r) => line.start >= r.start && line.start < r.end))
            continue;
        if (/^ {0,3}##[ \t]/.test(line.text))
            last = line.text.trim();
    }
    return last;
}
/**
 * Make sure a region exists. A page that lacks it gets the empty region appended at the end of the
 * page, under `heading` (default `## 자동 수집`) — the heading is added only when the page's last
 * section (outside regions) is not already that heading, so several regions added to one page
 * share it. The existing text is kept as a prefix; the only byte added to it is a line break when
 * the page did not end with one. A page that already has the region is returned unchanged.
 */
function ensureRegion(text, name, heading = AUTO_SECTION_HEADING, file = '(page)') {
    checkName(name, file);
    const regions = findRegions(text, file);
    if (regions.some((r) => r.name === name))
        return text;
    const eol = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .detectEol */ .eD)(text);
    let out = text;
    if (out !== '' && !out.endsWith('\n'))
        out += eol;
    const lines = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .splitLines */ .uz)(out);
    const lastLine = lines[lines.length - 1];
    if (lastLine && lastLine.text.trim() !== '')
        out += eol;
    if (heading && lastSectionHeading(text, regions) !== heading.trim())
        out += heading + eol + eol;
    return out + beginMarker(name) + eol + endMarker(name) + eol;
}


/***/ }),

/***/ 24421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   o3: () => (/* binding */ safeLink)
/* harmony export */ });
/* unused harmony exports plainLine, truncate, escapeMarkdown, MAX_URL_LENGTH */
/**
 * Feed text is untrusted: a title can try to close a comment, open a heading, smuggle a link or a
 * script. Everything a feed supplies goes through `inlineText` (text) or `safeLink` (URLs) before
 * it reaches a page, so a page always keeps exactly its own structure.
 */
/** Line and paragraph breaks of every flavour: they become spaces (the output is one line). */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/**
 * C0/C1 controls, zero-width space, bidi embeddings/overrides/isolates (they can visually reorder
 * the surrounding markdown) and the BOM. ZWJ (U+200D) stays: emoji sequences need it.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Plain one-line text: breaks → spaces, invisible controls removed, whitespace collapsed. */
function plainLine(s) {
    return s.replace(BREAKS, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
/** Cap at `max` user-perceived characters (grapheme clusters, so no emoji is cut in half), "…" included. */
function truncate(s, max) {
    if (max < 1)
        return '';
    if (s.length <= max)
        return s;
    const parts = Array.from(graphemes.segment(s), (g) => g.segment);
    if (parts.length <= max)
        return s;
    return parts.slice(0, max - 1).join('').trimEnd() + '…';
}
/**
 * Escape markdown and neutralise HTML in one line of text. Inline syntax is escaped everywhere;
 * block syntax (#, list markers) only at the start, the one place it matters.
 */
function escapeMarkdown(s) {
    let out = s.replace(/[\\`*_[\]|~<>]|&(?=#?[a-z0-9]+;)|!(?=\[)/gi, (c) => {
        switch (c) {
            case '<':
                return '&lt;';
            case '>':
                return '&gt;';
            case '&':
                return '&amp;';
            default:
                return `\\${c}`;
        }
    });
    // A URL inside a title is text, not a link: escaping the colon keeps it from being autolinked
    // and from being read back by scanExisting as a link the wiki already has.
    out = out.replace(/\b(https?|ftp):\/\//gi, '$1\\://');
    // Headings, list items, setext underlines / thematic breaks, ordered lists.
    out = out
        .replace(/^#/, '\\#')
        .replace(/^([-+])(?=\s|$)/, '\\$1')
        .replace(/^([-=])(?=[-=\s]*$)/, '\\$1')
        .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
    return out;
}
/**
 * Untrusted text → one safe markdown line of at most `max` visible characters. `<` / `>` become
 * entities, which also defuses `<!--` and `-->`; the cap counts the text before escaping.
 */
function inlineText(s, max) {
    return escapeMarkdown(truncate(plainLine(s), max));
}
/** URLs longer than this are refused: no real article needs one, and they would bloat pages. */
const MAX_URL_LENGTH = 2048;
/** Characters percent-encoded after the host so neither `[t](url)` nor `<url>` nor a table cell can be broken. */
const LINK_BREAKERS = /[()<>\s"'`|\\[\]]/g;
/**
 * Only absolute http(s) URLs survive (javascript:, data:, vbscript:, relative… → undefined).
 * Credentials are dropped so they can never be published, and characters that could end a
 * markdown link destination are percent-encoded.
 */
function safeLink(url) {
    if (typeof url !== 'string')
        return undefined;
    const raw = url.trim();
    if (!/^https?:\/\//i.test(raw))
        return undefined;
    let u;
    try {
        u = new URL(raw);
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        return undefined;
    if (!u.hostname)
        return undefined;
    u.username = '';
    u.password = '';
    const origin = `${u.protocol}//${u.host}`;
    const href = u.href;
    if (!href.startsWith(origin))
        return undefined;
    const rest = href
        .slice(origin.length)
        .replace(LINK_BREAKERS, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
    const out = origin + rest;
    return out.length > MAX_URL_LENGTH ? undefined : out;
}


/***/ }),

/***/ 79451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jT: () => (/* binding */ scanExisting)
/* harmony export */ });
/* unused harmony exports extractUrls, extractIds */
/**
 * What the wiki already holds: every link and every entry id in the given pages and day logs, so
 * an item that a person (or an earlier run) already put anywhere is not added again. Pure: the
 * caller passes the text and, if it wants canonical URLs, the canonicaliser.
 */
const AUTOLINK = /<(https?:\/\/[^<>\s]+)>/gi;
/** `](url)` or `](<url>)`, with one level of balanced parentheses inside the URL (Wikipedia style). */
const MD_LINK = /\]\(\s*<?(https?:\/\/(?:[^\s()<>]|\([^\s()<>]*\))+)>?/gi;
const BARE = /https?:\/\/[^\s<>()[\]"'`|]+/gi;
const TRAILING_PUNCT = /[.,;:!?*_~'"]+$/;
/** An `id:` field on its own list line (never one quoted inside a title). */
const ID = /^[ \t>]*(?:[-*+][ \t]+)?id[ \t]*[:：][ \t]*`?(e[0-9a-z]{6,64})`?[ \t]*$/gim;
/** Every http(s) URL in a text: markdown links, autolinks, then bare URLs (each span read once). */
function extractUrls(text) {
    const out = [];
    let rest = text.replace(AUTOLINK, (_m, url) => {
        out.push(url);
        return ' ';
    });
    rest = rest.replace(MD_LINK, (_m, url) => {
        out.push(url);
        return '] ';
    });
    for (const m of rest.matchAll(BARE)) {
        const url = m[0].replace(TRAILING_PUNCT, '');
        if (/^https?:\/\/[^/?#]+/i.test(url))
            out.push(url);
    }
    return out;
}
function extractIds(text) {
    return Array.from(text.matchAll(ID), (m) => m[1]);
}
/**
 * Collect links and ids of all pages. Without `canonicalize` the URLs are returned as written;
 * with it, canonical — a URL it throws on is listed in `invalid` instead (a broken link in a
 * page must not stop the run, but is not silently lost either).
 */
function scanExisting(pages, canonicalize) {
    const urls = new Set();
    const ids = new Set();
    const invalid = [];
    for (const [path, text] of [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        for (const url of extractUrls(text)) {
            if (!canonicalize) {
                urls.add(url);
                continue;
            }
            try {
                urls.add(canonicalize(url));
            }
            catch {
                invalid.push(`${path}: ${url}`);
            }
        }
        for (const id of extractIds(text))
            ids.add(id);
    }
    return { urls, ids, invalid };
}


/***/ }),

/***/ 88850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheStats: () => (/* binding */ cacheStats),
/* harmony export */   collectionStatus: () => (/* binding */ collectionStatus),
/* harmony export */   finishReport: () => (/* binding */ finishReport),
/* harmony export */   newReport: () => (/* binding */ newReport)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29834);


function newReport(command, config, now, dryRun = false) {
    return {
        command,
        status: 'running',
        startedAt: new Date(now).toISOString(),
        durationMs: 0,
        date: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(now, config.timezone),
        timezone: config.timezone,
        dryRun,
        sources: [],
        cache: { hits: 0, conditionalHits: 0, misses: 0, hitRate: 0 },
        itemsCollected: 0,
        itemsAdded: 0,
        lanes: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyLaneCounts */ .c)(),
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


/***/ })

};
