export const id = 164;
export const ids = [164,710];
export const modules = {

/***/ 9406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdHealth: () => (/* binding */ cmdHealth)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61036);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62072);
/* harmony import */ var _ops_backup_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40334);
/* harmony import */ var _ops_discord_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16796);
/* harmony import */ var _ops_gather_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99117);
/* harmony import */ var _ops_status_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(11617);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(88850);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2462);
/* harmony import */ var _github_env_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(54626);
/**
 * `wiki-daily health | status | monitor`: gather real readings (machine, git, locks, backups, run
 * history, today's day log), evaluate them, and show or write the result.
 *
 * The run history in the state folder can be lost (a new machine, an evicted cache), so the day logs
 * committed in the repository are read too: "last success" is judged on the repository state.
 */












function healthText(h) {
    const icon = { ok: '✓', warn: '!', critical: '✗' };
    return [`health: ${h.level.toUpperCase()}`, ...h.checks.map((c) => `  ${icon[c.level]} ${c.name}: ${c.reason}`)].join('\n');
}
/** The watchdog's alert: a critical health result goes to Discord like a failed run (throttled the same way); the next healthy one is its "recovered". */
async function alertCritical(h, settings, config, deps, today) {
    const critical = h.checks.filter((c) => c.level === 'critical');
    const report = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_9__.finishReport)((0,_report_report_js__WEBPACK_IMPORTED_MODULE_9__.newReport)('health', config, deps.clock.now()), deps.clock.now());
    report.date = today;
    report.status = critical.length ? 'failed' : 'success';
    report.reason = critical.length ? `health critical: ${critical.map((c) => `${c.name} — ${c.reason}`).join('; ')}` : 'health ok';
    report.errors = critical.map((c) => `${c.name}: ${c.reason}`);
    const env = deps.env;
    const runUrl = (0,_github_env_js__WEBPACK_IMPORTED_MODULE_11__/* .runUrlFrom */ .R)(env);
    if (runUrl)
        report.runUrl = runUrl;
    await (0,_ops_discord_js__WEBPACK_IMPORTED_MODULE_6__/* .notifyRun */ .Vk)(report, {
        // Throttle on which checks are critical, not on their live numbers (CPU 93 % vs 94 % is one problem).
        throttleKey: `health:${critical.map((c) => c.name).sort().join(',')}`,
        ...(settings.discordWebhook ? { webhookUrl: settings.discordWebhook } : {}),
        settings: { ...config.discord, notifySuccess: false },
        statePaths: (0,_state_js__WEBPACK_IMPORTED_MODULE_10__/* .statePaths */ .V)(settings.stateDir),
        logger: deps.logger,
        clock: deps.clock,
    });
}
async function cmdHealth(settings, deps) {
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(settings.configFile);
    if (settings.command === 'monitor') {
        // The parser requires --interval; the Action has no monitor input, so a missing one is a bug here.
        if (settings.intervalSeconds === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('monitor needs --interval S');
        const interval = settings.intervalSeconds * 1000;
        const count = settings.count ?? Infinity;
        const samples = [];
        let worst = 0;
        for (let i = 0; i < count; i++) {
            const g = await (0,_ops_gather_js__WEBPACK_IMPORTED_MODULE_7__/* .gatherHealth */ .cv)(settings, config, deps);
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
    const g = await (0,_ops_gather_js__WEBPACK_IMPORTED_MODULE_7__/* .gatherHealth */ .cv)(settings, config, deps);
    if (settings.command === 'status') {
        const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_10__/* .statePaths */ .V)(settings.stateDir);
        const pageRel = config.pages.systemStatusPage;
        const pageFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(settings.root, pageRel);
        let existing;
        try {
            existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(pageFile, 'utf8');
        }
        catch {
            existing = undefined;
        }
        const snaps = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_5__.listSnapshots)(state.backups);
        const status = (0,_ops_status_js__WEBPACK_IMPORTED_MODULE_8__/* .buildStatus */ .Bg)({
            runs: g.runs,
            health: g.health,
            backups: snaps.map((s) => ({ id: s.id, createdAt: s.createdAt, bytes: s.size })),
            backupStoreBytes: await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_5__.storeSize)(state.backups),
            now: deps.clock.now(),
            timezone: config.timezone,
            ...(existing !== undefined ? { existingPage: existing } : {}),
            pageFile: pageRel,
            // issue 12: availability over 90 days from the committed day logs, and the guide's targets.
            dayLogRuns: await (0,_ops_gather_js__WEBPACK_IMPORTED_MODULE_7__/* .runsFromDayLogs */ .If)(settings.root, config, deps.clock.now(), 90),
            targets: (0,_ops_status_js__WEBPACK_IMPORTED_MODULE_8__/* .statusTargets */ .lv)(config),
        });
        const changed = status.markdown !== existing;
        if (changed && !settings.dryRun)
            await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(pageFile, status.markdown);
        const what = !changed ? `${pageRel} is up to date` : settings.dryRun ? `would write ${pageRel} (dry run: nothing written)` : `wrote ${pageRel}`;
        return {
            exitCode: 0,
            json: settings.dryRun ? { ...status.json, dryRun: true, wouldWrite: changed ? pageRel : null } : status.json,
            text: `${what}\n${healthText(g.health)}`,
            outputs: { status: g.health.level, 'changed-files': changed && !settings.dryRun ? pageRel : '' },
        };
    }
    // Every result goes through the alert logic, not only critical ones: a healthy check after a critical
    // one is what sends "recovered" (notifySuccess stays off, so a healthy result is otherwise silent).
    try {
        await alertCritical(g.health, settings, config, deps, g.today);
    }
    catch (err) {
        deps.logger.warn(`health alert not sent: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
    // issue 12 (maintainer view): the watchdog applies the failure-issue rule too.
    if (settings.command === 'health') {
        const { afterHealthForMaintainer } = await __webpack_require__.e(/* import() */ 544).then(__webpack_require__.bind(__webpack_require__, 76544));
        await afterHealthForMaintainer({ health: g.health, history: g.runs, config, settings, deps });
    }
    const critical = g.health.checks.filter((c) => c.level === 'critical');
    return {
        exitCode: g.health.level === 'critical' ? 1 : 0,
        ...(critical.length ? { failureReason: `health critical: ${critical.map((c) => `${c.name} — ${c.reason}`).join('; ')}` } : {}),
        json: g.health,
        text: healthText(g.health),
        summary: `## wiki-daily health: ${g.health.level}\n\n| check | level | reason |\n|---|---|---|\n${g.health.checks
            .map((c) => `| ${c.name} | ${c.level} | ${c.reason.replace(/\|/g, '\\|')} |`)
            .join('\n')}\n`,
        outputs: { status: g.health.level },
    };
}


/***/ }),

/***/ 85908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ SEEN_HEADER),
/* harmony export */   _H: () => (/* binding */ SeenIndex),
/* harmony export */   dD: () => (/* binding */ parseSeen),
/* harmony export */   pK: () => (/* binding */ seenFiles),
/* harmony export */   ur: () => (/* binding */ serializeSeen),
/* harmony export */   x7: () => (/* binding */ recentSeenFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62072);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89489);
/**
 * Cross-run dedupe state, committed with the wiki (pages.seenFile, default data/seen.tsv), so a new
 * machine or runner never forgets what was already written (the old system kept it in a local
 * SQLite and lost it).
 *
 * Format: the header comment line, then one line per entry, sorted by id, LF endings, trailing newline:
 *
 *   # wiki-daily seen entries: id<TAB>first seen (YYYY-MM-DD)<TAB>canonical URL; sorted by id, additive
 *   e0123456789ab<TAB>2026-06-01<TAB>https://news.kbs.co.kr/news/view.do?ncd=1
 *
 * The index only grows. Adding an id twice keeps the earliest date (on equal dates the smaller URL),
 * so the result does not depend on the order entries arrive in and the same set is always the same
 * bytes. Parsing accepts comment and blank lines, CRLF endings, unsorted lines and repeated ids
 * (what a hand-resolved merge conflict leaves), and rejects everything else with file and line.
 */



const SEEN_HEADER = '# wiki-daily seen entries: id<TAB>first seen (YYYY-MM-DD)<TAB>canonical URL; sorted by id, additive';
/**
 * The recent file that goes with a base seen file (src/gate/seenstore.ts): `data/seen.tsv` →
 * `data/seen-recent.tsv` (fsutil.recentSibling, as the wiki index's overlay).
 */
function recentSeenFile(seenFile) {
    return (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_1__/* .recentSibling */ ._G)(seenFile);
}
/** Both seen files, base first (for listings, diffs, lint and the apply order). */
function seenFiles(seenFile) {
    return [seenFile, recentSeenFile(seenFile)];
}
const ID_PATTERN = /^e[0-9a-f]{12}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
function isValidDate(date) {
    const m = DATE_PATTERN.exec(date);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
function withoutScheme(url) {
    return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}
/** Why an entry is unusable, or undefined when it is fine. */
function entryProblem(id, date, url) {
    if (!ID_PATTERN.test(id))
        return `id "${id}" is not "e" followed by 12 lower-case hex digits`;
    if (!isValidDate(date))
        return `date "${date}" is not a calendar date YYYY-MM-DD`;
    if (!/^https?:\/\/\S+$/.test(url))
        return `URL "${url}" is not an absolute http(s) URL without spaces`;
    const expected = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .entryId */ .ub)(url);
    if (expected !== id)
        return `id "${id}" does not belong to URL "${url}" (its id is ${expected})`;
    return undefined;
}
/** Records an entry that was already checked with entryProblem (see parseSeen). */
let addChecked;
class SeenIndex {
    #byId = new Map();
    #idByUrl = new Map();
    /** Unusable lines read from the file: written back after the entries so no one's text is dropped. */
    #badLines = [];
    static {
        // parseSeen validates every line itself (to name the line); validating again in add() would
        // hash every URL twice, which dominated reading a seen file of 100,000 entries.
        addChecked = (index, id, date, url) => index.#record(id, date, url);
    }
    has(id) {
        return this.#byId.has(id);
    }
    /** Scheme-insensitive, like entry ids: http://x and https://x are the same article. */
    hasUrl(canonical) {
        return this.#idByUrl.has(withoutScheme(canonical));
    }
    get(id) {
        const e = this.#byId.get(id);
        return e && { ...e };
    }
    /**
     * Record an entry; returns true when the id is new. A known id keeps its earliest date. Throws
     * when the entry is malformed or the id is already recorded for a different URL.
     */
    add(id, date, url) {
        const problem = entryProblem(id, date, url);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WikiDailyError */ .WA(`invalid seen entry: ${problem}`);
        return this.#record(id, date, url);
    }
    #record(id, date, url) {
        const known = this.#byId.get(id);
        if (!known) {
            this.#byId.set(id, { id, date, url });
            this.#idByUrl.set(withoutScheme(url), id);
            return true;
        }
        if (withoutScheme(known.url) !== withoutScheme(url)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WikiDailyError */ .WA(`invalid seen entry: id ${id} is recorded for "${known.url}", not "${url}"`);
        }
        if (date < known.date || (date === known.date && url < known.url)) {
            this.#byId.set(id, { id, date, url });
        }
        return false;
    }
    /** Lines that were kept verbatim but not used as ids, in file order. */
    badLines() {
        return this.#badLines.map((b) => ({ ...b }));
    }
    keepBadLine(bad) {
        this.#badLines.push({ ...bad });
    }
    /** Add every entry of another index (additive merge). */
    merge(other) {
        for (const e of other.entries())
            this.add(e.id, e.date, e.url);
    }
    get size() {
        return this.#byId.size;
    }
    /** Entries sorted by id. */
    entries() {
        return this.sorted().map((e) => ({ ...e }));
    }
    /** The stored entries themselves, sorted by id (no copies: serialising 100,000 entries stays lean). */
    sorted() {
        return [...this.#byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    /** The seen file's text: header, entries sorted by id, LF endings, trailing newline. */
    serialize() {
        let out = `${SEEN_HEADER}\n`;
        for (const e of this.sorted())
            out += `${e.id}\t${e.date}\t${e.url}\n`;
        for (const b of this.#badLines)
            out += `${b.text}\n`;
        return out;
    }
}
/** Parse a seen file; any malformed line is a PageError naming the file and line (unless keepBadLines). */
function parseSeen(text, file, options = {}) {
    const index = new SeenIndex();
    const bad = (problem, lineNo, line, err) => {
        if (!options.keepBadLines)
            throw err;
        index.keepBadLine({ line: lineNo, text: line, problem });
    };
    const lines = text.split('\n');
    // the trailing newline leaves one empty string after the last line
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    for (const [i, rawLine] of lines.entries()) {
        const lineNo = i + 1;
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        const fields = line.split('\t');
        if (fields.length !== 3) {
            const problem = `expected 3 tab-separated fields (id, date, URL), found ${fields.length}: "${line.slice(0, 120)}"`;
            bad(problem, lineNo, line, new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(problem, file, lineNo));
            continue;
        }
        const [id, date, url] = fields;
        const problem = entryProblem(id, date, url);
        if (problem) {
            bad(problem, lineNo, line, new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX(problem, file, lineNo));
            continue;
        }
        try {
            addChecked(index, id, date, url);
        }
        catch (err) {
            bad((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err), lineNo, line, new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PageError */ .AX((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err), file, lineNo));
        }
    }
    return index;
}
/** The file content for an index: header, entries sorted by id, LF endings, trailing newline. */
function serializeSeen(index) {
    return index.serialize();
}


/***/ }),

/***/ 11233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ cleanupLocks),
/* harmony export */   oj: () => (/* binding */ lockStatus),
/* harmony export */   oz: () => (/* binding */ releaseHeldLocksSync),
/* harmony export */   x: () => (/* binding */ acquireLocks),
/* harmony export */   xl: () => (/* binding */ selfTest)
/* harmony export */ });
/* unused harmony export handleTerminationSignal */
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
/* harmony import */ var _state_schemas_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27271);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29834);
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
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
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
    const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .lockRecordSchema */ .oh, text);
    const now = clock.now();
    if (!parsed.ok) {
        // Without an owner the file's age is all there is to judge by.
        const ageMs = Math.max(0, now - mtimeMs);
        const stale = ageMs > opts.staleMs;
        return {
            name,
            file,
            text,
            ageMs,
            stale,
            reason: `${(0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .corruptStateMessage */ .gs)(file, 'owner record', parsed.problem, stale ? `stale: older than ${describeAge(opts.staleMs)}` : 'judged by its age')}`,
        };
    }
    const owner = parsed.value;
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
    const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .lockRecordSchema */ .oh, text);
    return parsed.ok ? parsed.value.id : undefined;
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
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
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
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
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

/***/ 49809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29834);
/**
 * The one retry loop: a fixed number of attempts, exponential backoff with full jitter, Retry-After
 * obeyed up to a limit, and every wait taken on an injectable clock (tests never sleep) that an
 * AbortSignal can cut short. Used by the HTTP fetcher, the Discord sender and the git push.
 *
 * The caller's attempt function never throws for an expected failure: it reports what happened and
 * whether another attempt could help, so each caller keeps its own wording for the final error.
 */

/** Full-jitter backoff (AWS architecture blog): a uniform wait in [0, ceiling) before retry number `retry` (1-based). */
function backoffDelay(retry, opts) {
    const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.floor((opts.random ?? Math.random)() * ceiling);
}
/**
 * Retry-After as milliseconds from `nowMs`: delta-seconds (fractions allowed, as Discord sends them)
 * or an HTTP date (a past date is 0). Undefined when absent or unreadable.
 */
function parseRetryAfter(value, nowMs) {
    if (value === undefined || value === null)
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.ceil(Number(v) * 1000);
    // An HTTP date names its month; without this, Date.parse reads "-3" as the year -3.
    const date = /[a-z]/i.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
function abortableSleep(clock, ms, signal) {
    if (!signal)
        return clock.sleep(ms);
    signal.throwIfAborted();
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        clock.sleep(ms).then(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, (err) => {
            signal.removeEventListener('abort', onAbort);
            reject(err);
        });
    });
}
async function retry(attempt, opts) {
    const attempts = Math.max(1, Math.floor(opts.attempts));
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml;
    for (let n = 1;; n++) {
        opts.signal?.throwIfAborted();
        const result = await attempt(n);
        if (result.ok)
            return { ok: true, value: result.value, attempts: n };
        const { failure, retryAfterMs } = result;
        const ra = retryAfterMs !== undefined ? { retryAfterMs } : {};
        if (!result.retryable)
            return { ok: false, failure, attempts: n, gaveUp: 'permanent', ...ra };
        if (n >= attempts)
            return { ok: false, failure, attempts: n, gaveUp: 'exhausted', ...ra };
        if (retryAfterMs !== undefined && retryAfterMs > (opts.maxRetryAfterMs ?? Infinity)) {
            return { ok: false, failure, attempts: n, gaveUp: 'retry-after-too-long', retryAfterMs };
        }
        const delayMs = retryAfterMs ?? backoffDelay(n, opts);
        opts.onRetry?.({ attempt: n, delayMs, failure, fromRetryAfter: retryAfterMs !== undefined });
        await abortableSleep(clock, delayMs, opts.signal);
    }
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
