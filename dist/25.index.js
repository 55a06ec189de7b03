export const id = 25;
export const ids = [25,406];
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
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88850);
/* harmony import */ var _pages_daylog_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31382);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2462);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29834);
/**
 * `wiki-daily health | status | monitor`: gather real readings (machine, git, locks, backups, run
 * history, today's day log), evaluate them, and show or write the result.
 *
 * The run history in the state folder can be lost (a new machine, an evicted cache), so the day logs
 * committed in the repository are read too: "last success" is judged on the repository state.
 */









async function dirBytes(dir) {
    let total = 0;
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return 0;
    }
    for (const e of entries) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.name);
        if (e.isDirectory())
            total += await dirBytes(p);
        else if (e.isFile())
            total += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p)).size;
    }
    return total;
}
/** Day logs of the last few days as run records (status and the time of their last history line). */
async function runsFromDayLogs(root, config, now, days = 14) {
    const out = [];
    for (let i = days - 1; i >= 0; i--) {
        const date = (0,_time_js__WEBPACK_IMPORTED_MODULE_8__/* .localDate */ .gD)(now - i * 86_400_000, config.timezone);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(config.pages.newsDir, `${date}.md`);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel), 'utf8');
        }
        catch {
            continue;
        }
        const log = (0,_pages_daylog_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDayLog */ .Go)(text, rel, config.timezone);
        if (!log.status)
            continue;
        const [y, m, d] = date.split('-').map(Number);
        const finishedAt = log.lastRunAt ?? (0,_time_js__WEBPACK_IMPORTED_MODULE_8__/* .zonedToUtc */ .Cv)(y, m, d, 23, 59, 0, config.timezone).toISOString();
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
function runnerView(h, worst) {
    const checks = h.checks.map((c) => MACHINE_CHECKS.has(c.name) && c.level === 'critical' ? { ...c, level: 'warn', reason: `${c.reason} (runner machine: informational)` } : c);
    return { level: worst(checks.map((c) => c.level)), checks };
}
async function gatherHealth(settings, config, deps) {
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_7__/* .statePaths */ .V)(settings.stateDir);
    const now = deps.clock.now();
    const today = (0,_time_js__WEBPACK_IMPORTED_MODULE_8__/* .localDate */ .gD)(now, config.timezone);
    const [{ evaluateHealth, readSystem, worstLevel }, { readRuns }, { detectAnomalies }, store, lock] = await Promise.all([
        __webpack_require__.e(/* import() */ 584).then(__webpack_require__.bind(__webpack_require__, 32584)),
        __webpack_require__.e(/* import() */ 16).then(__webpack_require__.bind(__webpack_require__, 30016)),
        __webpack_require__.e(/* import() */ 457).then(__webpack_require__.bind(__webpack_require__, 91457)),
        __webpack_require__.e(/* import() */ 334).then(__webpack_require__.bind(__webpack_require__, 40334)),
        __webpack_require__.e(/* import() */ 233).then(__webpack_require__.bind(__webpack_require__, 11233)),
    ]);
    const readings = await readSystem(settings.root);
    const stateRuns = (await readRuns(state.runsFile, 1000, deps.logger)).filter((r) => r.command === 'run');
    const logRuns = await runsFromDayLogs(settings.root, config, now);
    const runs = [...stateRuns, ...logRuns.filter((l) => !stateRuns.some((r) => r.date === l.date && r.status === l.status))].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
    const todayRel = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(config.pages.newsDir, `${today}.md`);
    let todayLog;
    try {
        const parsed = (0,_pages_daylog_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDayLog */ .Go)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(settings.root, todayRel), 'utf8'), todayRel, config.timezone);
        if (parsed.status)
            todayLog = { date: today, status: parsed.status };
    }
    catch {
        todayLog = undefined;
    }
    let git;
    try {
        const { openRepo } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(332), __webpack_require__.e(134)]).then(__webpack_require__.bind(__webpack_require__, 14134));
        const repo = openRepo(settings.root, deps.logger);
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
    const locks = (await lock.lockStatus(state.locks, { staleMs: config.lock.staleMinutes * 60_000, clock: deps.clock })).map((l) => ({
        name: l.name,
        stale: l.stale,
        ageMs: l.ageMs,
    }));
    const snapshots = await store.listSnapshots(state.backups);
    const storeBytes = await store.storeSize(state.backups);
    const history = stateRuns.filter((r) => r.status === 'success' || r.status === 'partial');
    const last = history.at(-1);
    const anomalies = last
        ? detectAnomalies({ durationMs: last.durationMs, itemsCollected: last.itemsCollected, itemsAdded: last.itemsAdded }, history.slice(-31, -1), config.health.anomalyZ)
        : [];
    const health = evaluateHealth({
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
    return { health: settings.onActions ? runnerView(health, worstLevel) : health, runs: stateRuns, today };
}
function healthText(h) {
    const icon = { ok: '✓', warn: '!', critical: '✗' };
    return [`health: ${h.level.toUpperCase()}`, ...h.checks.map((c) => `  ${icon[c.level]} ${c.name}: ${c.reason}`)].join('\n');
}
/** The watchdog's alert: a critical health result goes to Discord like a failed run (throttled the same way). */
async function alertCritical(h, settings, config, deps, today) {
    const critical = h.checks.filter((c) => c.level === 'critical');
    const { notifyRun } = await __webpack_require__.e(/* import() */ 796).then(__webpack_require__.bind(__webpack_require__, 16796));
    const report = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_5__.finishReport)((0,_report_report_js__WEBPACK_IMPORTED_MODULE_5__.newReport)('health', config, deps.clock.now()), deps.clock.now());
    report.date = today;
    report.status = critical.length ? 'failed' : 'success';
    report.reason = critical.length ? `health critical: ${critical.map((c) => `${c.name} — ${c.reason}`).join('; ')}` : 'health ok';
    report.errors = critical.map((c) => `${c.name}: ${c.reason}`);
    const env = deps.env;
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
        report.runUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    await notifyRun(report, {
        // Throttle on which checks are critical, not on their live numbers (CPU 93 % vs 94 % is one problem).
        throttleKey: `health:${critical.map((c) => c.name).sort().join(',')}`,
        ...(settings.discordWebhook ? { webhookUrl: settings.discordWebhook } : {}),
        settings: { ...config.discord, notifySuccess: false },
        statePaths: (0,_state_js__WEBPACK_IMPORTED_MODULE_7__/* .statePaths */ .V)(settings.stateDir),
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
        const { buildStatus } = await __webpack_require__.e(/* import() */ 304).then(__webpack_require__.bind(__webpack_require__, 67304));
        const store = await __webpack_require__.e(/* import() */ 334).then(__webpack_require__.bind(__webpack_require__, 40334));
        const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_7__/* .statePaths */ .V)(settings.stateDir);
        const pageRel = config.pages.systemStatusPage;
        const pageFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(settings.root, pageRel);
        let existing;
        try {
            existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(pageFile, 'utf8');
        }
        catch {
            existing = undefined;
        }
        const snaps = await store.listSnapshots(state.backups);
        const status = buildStatus({
            runs: g.runs,
            health: g.health,
            backups: snaps.map((s) => ({ id: s.id, createdAt: s.createdAt, bytes: s.size })),
            backupStoreBytes: await store.storeSize(state.backups),
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


/***/ })

};
