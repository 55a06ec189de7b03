export const id = 957;
export const ids = [957];
export const modules = {

/***/ 12957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _app_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32291);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48476);
/* harmony import */ var _ops_lock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11233);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25625);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24195);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2462);
/* harmony import */ var _run_journal_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(63066);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(29834);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9851);
/**
 * The local CLI (`wiki-daily …`): same commands as the Action, embedded defaults (state folder
 * `.wiki-daily/` in the root), human text on stdout or one JSON value with --json; logs, progress and
 * errors on stderr. No command prints the usage and exits 2.
 */











/** What an interrupted command leaves behind: files it holds, lock records, uncommitted changes. */
function leftBehind(settings) {
    const out = (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_3__/* .heldNow */ .G)();
    try {
        const locks = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)((0,_state_js__WEBPACK_IMPORTED_MODULE_7__/* .statePaths */ .V)(settings.stateDir).locks).filter((f) => f.endsWith('.lock'));
        for (const l of locks)
            out.push(`lock ${l} in ${(0,_state_js__WEBPACK_IMPORTED_MODULE_7__/* .statePaths */ .V)(settings.stateDir).locks} (the next run takes it over once stale; or: wiki-daily lock cleanup)`);
    }
    catch {
        // no lock folder: nothing held
    }
    // A run journal means the run had started writing (or was about to): the next run finishes or undoes it.
    const journal = new _run_journal_js__WEBPACK_IMPORTED_MODULE_8__/* .Journal */ .C((0,_state_js__WEBPACK_IMPORTED_MODULE_7__/* .statePaths */ .V)(settings.stateDir).root);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(journal.file))
        out.push(`the run journal ${journal.file} (the next run finishes or undoes what this run started)`);
    try {
        const dirty = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: settings.root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
            .split('\n')
            .filter(Boolean);
        if (dirty.length)
            out.push(`${dirty.length} changed file(s) in ${settings.root} not committed (see git status; git restore/clean undoes them):\n${dirty.slice(0, 20).map((d) => `    ${d}`).join('\n')}`);
    }
    catch {
        // not a git repository, or git missing: nothing to add
    }
    return out;
}
async function runCli(argv, env = process.env, io) {
    const out = io?.stdout ?? ((t) => process.stdout.write(t));
    let json = argv.includes('--json');
    let outcome;
    let onSigint;
    try {
        const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCliArgs */ .h)(argv, env);
        if ('help' in settings) {
            out(`${settings.help}\n`);
            return 0;
        }
        json = settings.json;
        (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(settings.token);
        (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(settings.discordWebhook);
        (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(settings.webhookUrl);
        const progressStream = io?.progress ?? process.stderr;
        const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .progressReporter */ .xZ)(progressStream, _time_js__WEBPACK_IMPORTED_MODULE_9__/* .systemClock */ .ml);
        // --log-format json: one JSON object per line for ELK or Loki, so no progress line in between.
        const logger = settings.logFormat === 'json'
            ? new _log_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonLogger */ .lz(settings.verbose)
            : (0,_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .besideProgress */ .yo)(new _log_js__WEBPACK_IMPORTED_MODULE_5__/* .StderrLogger */ .jj(settings.verbose), progress, { debugShown: settings.verbose });
        onSigint = () => {
            progress.done();
            // Our own locks go first (the lock module would release them at exit anyway), so what is listed
            // below is only what really stays behind.
            const released = (0,_ops_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseHeldLocksSync */ .oz)();
            if (released.length)
                process.stderr.write(`\nreleased lock(s): ${released.join(', ')}`);
            const left = leftBehind(settings);
            process.stderr.write(`\ninterrupted: wiki-daily ${settings.command}${settings.subcommand ? ` ${settings.subcommand}` : ''} stopped.\n`);
            process.stderr.write(left.length ? `It left:\n${left.map((l) => `  - ${l}`).join('\n')}\n` : 'It left nothing behind.\n');
            process.exit(130);
        };
        // `demo --serve` stops on a signal by design and cleans up itself.
        if (!settings.serve)
            process.once('SIGINT', onSigint);
        try {
            outcome = await (0,_app_js__WEBPACK_IMPORTED_MODULE_2__/* .execute */ .g)(settings, { logger, clock: _time_js__WEBPACK_IMPORTED_MODULE_9__/* .systemClock */ .ml, env, onProgress: (p) => progress.update(p) });
        }
        finally {
            progress.done();
        }
    }
    catch (err) {
        outcome = (0,_app_js__WEBPACK_IMPORTED_MODULE_2__/* .failureOutcome */ .v)(err);
        process.stderr.write(`${(0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(outcome.text)}\n`);
        if (!json)
            return outcome.exitCode;
    }
    finally {
        if (onSigint)
            process.off('SIGINT', onSigint);
    }
    out((0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(json ? `${JSON.stringify(outcome.json, null, 2)}\n` : `${outcome.text}\n`));
    return outcome.exitCode;
}


/***/ }),

/***/ 48476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ heldNow),
/* harmony export */   n: () => (/* binding */ holding)
/* harmony export */ });
/**
 * What a command is holding right now (a temporary folder, a lock, a half-written file), so an
 * interrupted CLI (Ctrl-C) can say what it left behind instead of dying silently.
 */
const held = new Map();
let next = 0;
/** Record something left behind if the process stops now; call the returned function once it is gone. */
function holding(description) {
    const id = next++;
    held.set(id, description);
    return () => {
        held.delete(id);
    };
}
function heldNow() {
    return [...held.values()];
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


/***/ })

};
