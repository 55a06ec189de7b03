export const id = 861;
export const ids = [861];
export const modules = {

/***/ 99117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   If: () => (/* binding */ runsFromDayLogs),
/* harmony export */   cv: () => (/* binding */ gatherHealth)
/* harmony export */ });
/* unused harmony export runnerView */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62072);
/* harmony import */ var _gate_seen_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85908);
/* harmony import */ var _git_repo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14134);
/* harmony import */ var _anomaly_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(91457);
/* harmony import */ var _backup_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40334);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32584);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30016);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(11233);
/* harmony import */ var _pages_daylog_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(31382);
/* harmony import */ var _pages_plan_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(69672);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2462);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(29834);
/**
 * Health readings gathered from the machine, git, locks, backups, the run history and the committed day
 * logs. Shared by `wiki-daily health | status | monitor` and by the run (the system status page).
 *
 * The run history in the state folder can be lost (a new machine, an evicted cache), so the day logs
 * committed in the repository are read too: "last success" is judged on the repository state.
 */















async function dirBytes(dir) {
    let total = 0;
    for (const f of await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .listFiles */ .CS)(dir, ''))
        total += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f))).size;
    return total;
}
/** Day logs of the last few days as run records (status and the time of their last history line). */
async function runsFromDayLogs(root, config, now, days = 14) {
    const out = [];
    for (let i = days - 1; i >= 0; i--) {
        const date = (0,_time_js__WEBPACK_IMPORTED_MODULE_13__/* .localDate */ .gD)(now - i * 86_400_000, config.timezone);
        const rel = (0,_pages_plan_js__WEBPACK_IMPORTED_MODULE_11__/* .dayLogPathFor */ .Vw)(config, date);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel), 'utf8');
        }
        catch {
            continue;
        }
        const log = (0,_pages_daylog_js__WEBPACK_IMPORTED_MODULE_10__/* .parseDayLog */ .Go)(text, rel, config.timezone);
        if (!log.status)
            continue;
        const [y, m, d] = date.split('-').map(Number);
        const finishedAt = log.lastRunAt ?? (0,_time_js__WEBPACK_IMPORTED_MODULE_13__/* .zonedToUtc */ .Cv)(y, m, d, 23, 59, 0, config.timezone).toISOString();
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
    return { level: (0,_health_js__WEBPACK_IMPORTED_MODULE_7__/* .worstLevel */ .cY)(checks.map((c) => c.level)), checks };
}
async function gatherHealth(settings, config, deps) {
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_12__/* .statePaths */ .V)(settings.stateDir);
    const now = deps.clock.now();
    const today = (0,_time_js__WEBPACK_IMPORTED_MODULE_13__/* .localDate */ .gD)(now, config.timezone);
    const readings = await (0,_health_js__WEBPACK_IMPORTED_MODULE_7__/* .readSystem */ .me)(settings.root);
    const stateRuns = (await (0,_history_js__WEBPACK_IMPORTED_MODULE_8__/* .readRuns */ .xx)(state.runsFile, 1000, deps.logger)).filter((r) => r.command === 'run');
    const logRuns = await runsFromDayLogs(settings.root, config, now);
    const runs = [...stateRuns, ...logRuns.filter((l) => !stateRuns.some((r) => r.date === l.date && r.status === l.status))].sort((a, b) => (a.finishedAt < b.finishedAt ? -1 : a.finishedAt > b.finishedAt ? 1 : 0));
    const todayRel = (0,_pages_plan_js__WEBPACK_IMPORTED_MODULE_11__/* .dayLogPathFor */ .Vw)(config, today);
    let todayLog;
    try {
        const parsed = (0,_pages_daylog_js__WEBPACK_IMPORTED_MODULE_10__/* .parseDayLog */ .Go)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(settings.root, todayRel), 'utf8'), todayRel, config.timezone);
        if (parsed.status)
            todayLog = { date: today, status: parsed.status };
    }
    catch {
        todayLog = undefined;
    }
    let git;
    try {
        const repo = (0,_git_repo_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepo */ .B)(settings.root, deps.logger);
        if (await repo.isRepo()) {
            const own = [config.pages.newsDir + '/', ...(0,_gate_seen_js__WEBPACK_IMPORTED_MODULE_4__/* .seenFiles */ .pK)(config.pages.seenFile), config.pages.dailyReportPage, config.pages.systemStatusPage, config.pages.indexPage];
            const stateRel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(settings.root, state.root);
            const dirty = (await repo.dirtyFiles()).filter((f) => !own.some((o) => f === o || (o.endsWith('/') && f.startsWith(o))) && !(stateRel && f.startsWith(stateRel)));
            const ab = await repo.aheadBehind(config.git.remote, config.git.branch || undefined).catch(() => undefined);
            git = { dirtyOther: dirty, ...(ab ? { ahead: ab.ahead, behind: ab.behind } : {}) };
        }
    }
    catch (err) {
        deps.logger.warn(`git check skipped: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    }
    const locks = (await (0,_lock_js__WEBPACK_IMPORTED_MODULE_9__/* .lockStatus */ .oj)(state.locks, { staleMs: config.lock.staleMinutes * 60_000, clock: deps.clock })).map((l) => ({
        name: l.name,
        stale: l.stale,
        ageMs: l.ageMs,
    }));
    const snapshots = await (0,_backup_store_js__WEBPACK_IMPORTED_MODULE_6__.listSnapshots)(state.backups);
    const storeBytes = await (0,_backup_store_js__WEBPACK_IMPORTED_MODULE_6__.storeSize)(state.backups);
    const history = stateRuns.filter((r) => r.status === 'success' || r.status === 'partial');
    const last = history.at(-1);
    const anomalies = last
        ? (0,_anomaly_js__WEBPACK_IMPORTED_MODULE_14__/* .detectAnomalies */ .P6)({ durationMs: last.durationMs, itemsCollected: last.itemsCollected, itemsAdded: last.itemsAdded }, history.slice(-31, -1), config.health.anomalyZ)
        : [];
    const health = (0,_health_js__WEBPACK_IMPORTED_MODULE_7__/* .evaluateHealth */ .IL)({
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


/***/ }),

/***/ 32584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ evaluateHealth),
/* harmony export */   Vs: () => (/* binding */ diskFreePct),
/* harmony export */   cY: () => (/* binding */ worstLevel),
/* harmony export */   me: () => (/* binding */ readSystem)
/* harmony export */ });
/* unused harmony export isAutomationProcess */
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

/***/ 11617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bg: () => (/* binding */ buildStatus),
  lv: () => (/* binding */ statusTargets)
});

// UNUSED EXPORTS: STATUS_BEGIN, STATUS_END, formatBytes, formatDuration, mergeStatusPage, percentileNearestRank, renderStatusRegion

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(29834);
// EXTERNAL MODULE: ./src/ops/anomaly.ts
var anomaly = __webpack_require__(91457);
;// CONCATENATED MODULE: ./src/ops/slo.ts
/**
 * What the operations guide measures the system against, computed from the committed day logs and the
 * run history (pure, no clock: `today` is given): availability over 7/30/90 days against 99.9 %, runs
 * per day, the run duration trend, the predicted duration of the next run, the cache hit rate against
 * 80 % and the backup store against its 500 MB budget.
 *
 * The day logs are the durable record (one status per day, committed); the run history (state folder,
 * may be lost) adds every run of a day, durations and cache figures. A day with history uses the
 * history; a day known only from its log counts as one run with the log's status.
 */

const SLO_WINDOWS = [7, 30, 90];
/** Points in the duration trend chart. */
const TREND_POINTS = 30;
/** The next run's predicted upper bound (median + 3·MAD) above this share of the budget warns. */
const BUDGET_WARN_SHARE = 0.8;
const DEFAULT_TARGETS = {
    successRatePct: 99.9,
    cacheHitRatePct: 80,
    backupBudgetBytes: 500 * 1024 * 1024,
    runBudgetMs: 120 * 60_000,
};
function shiftDate(date, days) {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
const round2 = (n) => Math.round(n * 100) / 100;
function isWork(r) {
    return r.command === 'run' && r.status !== 'skipped' && r.status !== 'running';
}
/** One list of work runs: every history run, plus one per day that only the day logs know. */
function mergeRuns(history, dayLogs) {
    const work = history.filter(isWork);
    const known = new Set(work.map((r) => r.date));
    return [...work, ...dayLogs.filter((r) => isWork(r) && !known.has(r.date))].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}
function computeSlo(input) {
    const targets = { ...DEFAULT_TARGETS, ...input.targets };
    const runs = mergeRuns(input.history, input.dayLogs ?? []);
    const windows = SLO_WINDOWS.map((days) => {
        const from = shiftDate(input.today, -(days - 1));
        const those = runs.filter((r) => r.date >= from && r.date <= input.today);
        const succeeded = those.filter((r) => r.status === 'success' || r.status === 'partial').length;
        const rate = those.length ? round2((succeeded / those.length) * 100) : null;
        return {
            days,
            runs: those.length,
            succeeded,
            failed: those.length - succeeded,
            successRatePct: rate,
            runsPerDay: round2(those.length / days),
            meetsTarget: rate === null ? null : rate >= targets.successRatePct,
        };
    });
    // Durations and cache figures exist only in the run history (a day log has neither).
    const timed = input.history.filter((r) => isWork(r) && r.durationMs > 0);
    const trend = timed.slice(-TREND_POINTS).map((r) => ({ date: r.date, minutes: round2(r.durationMs / 60_000) }));
    let prediction = null;
    if (timed.length >= 3) {
        const durations = timed.slice(-TREND_POINTS).map((r) => r.durationMs);
        const med = (0,anomaly/* median */.JZ)(durations);
        const spread = (0,anomaly/* medianAbsoluteDeviation */.hK)(durations, med);
        const upper = med + 3 * spread;
        prediction = {
            basis: durations.length,
            medianMs: Math.round(med),
            spreadMs: Math.round(spread),
            upperMs: Math.round(upper),
            budgetMs: targets.runBudgetMs,
            nearBudget: upper >= BUDGET_WARN_SHARE * targets.runBudgetMs,
        };
    }
    const cached = input.history.filter(isWork).slice(-TREND_POINTS);
    const hit = cached.length ? round2((cached.reduce((s, r) => s + r.cacheHitRate, 0) / cached.length) * 100) : null;
    return {
        targets,
        windows,
        trend,
        prediction,
        cache: { hitRatePct: hit, meetsTarget: hit === null ? null : hit >= targets.cacheHitRatePct, basis: cached.length },
        backup: { bytes: input.backupStoreBytes, budgetBytes: targets.backupBudgetBytes, meetsTarget: input.backupStoreBytes <= targets.backupBudgetBytes },
    };
}
const mark = (ok) => (ok === null ? '—' : ok ? '✅' : '⚠️');
function minutesText(ms) {
    return `${round2(ms / 60_000)}분`;
}
function mb(bytes) {
    return `${round2(bytes / (1024 * 1024))} MB`;
}
/** The SLO section of the status page (markdown lines; deterministic for the same input). */
function renderSloSection(slo) {
    const t = slo.targets;
    const lines = ['## 목표 대비 (SLO)', '', `| 기간 | 실행 | 성공 | 실패 | 성공률 | 목표 ${t.successRatePct}% | 하루 실행 |`, '|---|---:|---:|---:|---:|:---:|---:|'];
    for (const w of slo.windows)
        lines.push(`| ${w.days}일 | ${w.runs} | ${w.succeeded} | ${w.failed} | ${w.successRatePct === null ? '—' : `${w.successRatePct}%`} | ${mark(w.meetsTarget)} | ${w.runsPerDay} |`);
    lines.push('');
    const c = slo.cache;
    lines.push(`- 캐시 적중률 (최근 ${c.basis}회): ${c.hitRatePct === null ? '—' : `${c.hitRatePct}%`} · 목표 ≥ ${t.cacheHitRatePct}% ${mark(c.meetsTarget)}`);
    const b = slo.backup;
    lines.push(`- 백업 저장소: ${mb(b.bytes)} · 한도 ≤ ${mb(b.budgetBytes)} ${mark(b.meetsTarget)}`);
    const p = slo.prediction;
    if (p) {
        lines.push(`- 다음 실행 예상 소요: 중앙값 ${minutesText(p.medianMs)} ± ${minutesText(p.spreadMs)} (MAD, 최근 ${p.basis}회) · 상한 ${minutesText(p.upperMs)} / 예산 ${minutesText(p.budgetMs)}`);
        if (p.nearBudget)
            lines.push('', `> [!WARNING]`, `> 다음 실행이 실행 예산(${minutesText(p.budgetMs)})의 ${BUDGET_WARN_SHARE * 100}%를 넘을 수 있습니다 (예상 상한 ${minutesText(p.upperMs)}).`);
    }
    else {
        lines.push('- 다음 실행 예상 소요: — (기록된 실행 3회 미만)');
    }
    if (slo.trend.length >= 2) {
        const max = Math.max(...slo.trend.map((x) => x.minutes));
        const top = Math.max(1, Math.ceil(max * 1.2));
        lines.push('', '### 실행 시간 추이', '', '```mermaid', 'xychart-beta', '    title "Run duration (minutes)"', `    x-axis [${slo.trend.map((x) => `"${x.date.slice(5)}"`).join(', ')}]`, `    y-axis "minutes" 0 --> ${top}`, `    line [${slo.trend.map((x) => x.minutes).join(', ')}]`, '```');
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/ops/status.ts
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
/** The status page's targets from the config (the callers spread this into StatusInput). */
function statusTargets(config) {
    return {
        successRatePct: config.monitoring.sloSuccessRatePct,
        cacheHitRatePct: config.monitoring.cacheHitRateTargetPct,
        backupBudgetBytes: config.backup.maxSizeMb * 1024 * 1024,
        runBudgetMs: config.schedule.runBudgetMinutes * 60_000,
    };
}
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
function status_shiftDate(date, days) {
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
        durationMedianMs: window.length ? (0,anomaly/* median */.JZ)(durations) : null,
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
        const date = status_shiftDate(today, -i);
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
    const today = (0,time/* localDate */.gD)(input.now, input.timezone);
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
        slo: computeSlo({
            history: input.runs,
            ...(input.dayLogRuns ? { dayLogs: input.dayLogRuns } : {}),
            today,
            backupStoreBytes: backupInfo.totalBytes,
            ...(input.targets ? { targets: input.targets } : {}),
        }),
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
    const when = (iso) => `${(0,time/* localDateTime */.dE)(iso, tz)} (${tz})`;
    const lines = [
        STATUS_BEGIN,
        // No "generated at" time: the page changes only when its data does (the last run is data).
        `상태 종합: **${LEVEL_KO[json.level]}** · 기준: 마지막 실행 ${orDash(r.lastRun?.finishedAt, when)}`,
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
            lines.push(`| ${(0,time/* localDateTime */.dE)(run.startedAt, tz)} | ${cell(run.command)} | ${STATUS_KO[run.status] ?? run.status} | ` +
                `${formatDuration(run.durationMs)} | ${run.itemsCollected} | ${run.itemsAdded} | ${cell(run.reason ?? '')} |`);
        }
    }
    lines.push('', ...renderSloSection(json.slo));
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
        throw new errors/* PageError */.AX(`more than one "${STATUS_BEGIN}" marker`, file, begins[1]);
    if (ends.length > 1)
        throw new errors/* PageError */.AX(`more than one "${STATUS_END}" marker`, file, ends[1]);
    if (begins.length === 0 && ends.length === 0)
        return `${existing.replace(/\n*$/, '\n')}\n${region}\n`;
    if (begins.length === 0)
        throw new errors/* PageError */.AX(`"${STATUS_END}" without "${STATUS_BEGIN}"`, file, ends[0]);
    if (ends.length === 0)
        throw new errors/* PageError */.AX(`"${STATUS_BEGIN}" without "${STATUS_END}"`, file, begins[0]);
    if (ends[0] < begins[0])
        throw new errors/* PageError */.AX(`"${STATUS_END}" comes before "${STATUS_BEGIN}"`, file, ends[0]);
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


/***/ })

};
