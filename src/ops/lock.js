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
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LockError, errorMessage } from '../errors.js';
import { corruptStateMessage, lockRecordSchema, parseState } from '../state-schemas.js';
import { systemClock } from '../time.js';
const LOCK_SUFFIX = '.lock';
const NAME = /^[a-z0-9][a-z0-9._-]*$/i;
function lockFile(dir, name) {
    if (!NAME.test(name)) {
        throw new LockError(`invalid lock name "${name}": use letters, digits, ".", "_" or "-", starting with a letter or digit`);
    }
    return path.join(dir, `${name}${LOCK_SUFFIX}`);
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
    const clock = opts.clock ?? systemClock;
    const host = opts.hostname ?? os.hostname();
    const isAlive = opts.isAlive ?? pidIsAlive;
    let text;
    let mtimeMs;
    try {
        mtimeMs = (await stat(file)).mtimeMs;
        text = await readFile(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new LockError(`cannot read lock ${file}: ${errorMessage(err)}`);
    }
    const parsed = parseState(lockRecordSchema, text);
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
            reason: `${corruptStateMessage(file, 'owner record', parsed.problem, stale ? `stale: older than ${describeAge(opts.staleMs)}` : 'judged by its age')}`,
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
    const tomb = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.removed`;
    try {
        await rename(file, tomb);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return false;
        throw new LockError(`cannot remove lock ${file}: ${errorMessage(err)}`);
    }
    try {
        if ((await readFile(tomb, 'utf8')) === judgedText)
            return true;
        try {
            await link(tomb, file);
        }
        catch (err) {
            logger?.warn(`lock ${file} changed while it was being removed and could not be restored: ${errorMessage(err)}`);
        }
        return false;
    }
    finally {
        await rm(tomb, { force: true });
    }
}
/** Create the lock file complete with its owner record; false if it already exists. */
async function tryCreate(file, owner) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    let fh;
    try {
        fh = await open(tmp, 'wx');
    }
    catch (err) {
        throw new LockError(`cannot create lock ${file}: ${errorMessage(err)}`);
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
            await link(tmp, file);
        }
        catch (err) {
            if (err.code === 'EEXIST')
                return false;
            throw new LockError(`cannot create lock ${file}: ${errorMessage(err)}`);
        }
        return true;
    }
    finally {
        await unlink(tmp).catch(() => undefined);
    }
}
function recordId(text) {
    const parsed = parseState(lockRecordSchema, text);
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
export function releaseHeldLocksSync() {
    const released = [];
    for (const entry of [...held]) {
        held.delete(entry);
        try {
            if (recordId(readFileSync(entry.file, 'utf8')) === entry.id) {
                unlinkSync(entry.file);
                released.push(entry.name);
            }
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                entry.logger.warn(`could not release lock ${entry.file} on exit: ${errorMessage(err)}`);
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
export function handleTerminationSignal(signal, deps = {}) {
    releaseHeldLocksSync();
    const code = signal === 'SIGINT' ? 130 : 143;
    const others = deps.hasOtherListeners ? deps.hasOtherListeners() : process.listenerCount(signal) > 0;
    if (!others)
        (deps.exit ?? ((c) => process.exit(c)))(code);
    return code;
}
// ---- public API ----
export async function acquireLocks(dir, names, opts) {
    const clock = opts.clock ?? systemClock;
    const pollMs = Math.max(1, opts.pollMs ?? 1000);
    const sorted = [...new Set(names)].sort();
    if (!sorted.length)
        throw new LockError('no lock name given');
    const files = sorted.map((n) => lockFile(dir, n));
    try {
        await mkdir(dir, { recursive: true });
    }
    catch (err) {
        throw new LockError(`cannot create the lock folder ${dir}: ${errorMessage(err)}`);
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
            const current = await readFile(entry.file, 'utf8').catch(() => undefined);
            if (current === undefined) {
                opts.logger.warn(`lock '${entry.name}' was already gone at release (${entry.file})`);
                continue;
            }
            if (recordId(current) !== entry.id) {
                opts.logger.warn(`lock '${entry.name}' was taken over by another process; leaving its lock in place`);
                continue;
            }
            await unlink(entry.file).catch((err) => {
                if (err.code !== 'ENOENT') {
                    throw new LockError(`cannot release lock ${entry.file}: ${errorMessage(err)}`);
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
        host: opts.hostname ?? os.hostname(),
        command: opts.command,
        startedAt: new Date(clock.now()).toISOString(),
        id: randomBytes(8).toString('hex'),
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
            throw new LockError(`${describeOwner(name, state)}; gave up after waiting ${describeAge(waited)}. ` +
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
export async function lockStatus(dir, opts) {
    let entries;
    try {
        entries = await readdir(dir);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw new LockError(`cannot list locks in ${dir}: ${errorMessage(err)}`);
    }
    const out = [];
    for (const entry of entries.sort()) {
        if (entry.startsWith('.') || !entry.endsWith(LOCK_SUFFIX))
            continue;
        const name = entry.slice(0, -LOCK_SUFFIX.length);
        const state = await inspect(path.join(dir, entry), name, opts);
        if (state) {
            const { text: _text, ...visible } = state;
            out.push(visible);
        }
    }
    return out;
}
/** Remove stale locks only; returns the names removed. */
export async function cleanupLocks(dir, opts) {
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
export async function selfTest(dir, opts = {}) {
    const clock = opts.clock ?? systemClock;
    const logger = opts.logger ?? { debug() { }, info() { }, warn() { }, error() { } };
    const name = `selftest-${process.pid}-${randomBytes(3).toString('hex')}`;
    const file = path.join(dir, `${name}${LOCK_SUFFIX}`);
    const common = { waitMs: 0, staleMs: 60_000, clock, logger };
    const steps = [];
    const started = Date.now();
    let lock;
    try {
        lock = await acquireLocks(dir, [name], { ...common, command: 'lock self-test' });
        const owner = JSON.parse(await readFile(file, 'utf8'));
        if (owner.pid !== process.pid)
            throw new Error(`owner record names pid ${owner.pid}, expected ${process.pid}`);
        steps.push('created');
        const second = await acquireLocks(dir, [name], { ...common, command: 'lock self-test (second taker)' }).then(async (l) => {
            await l.release();
            return 'granted';
        }, (err) => (err instanceof LockError ? 'refused' : `failed: ${errorMessage(err)}`));
        if (second !== 'refused')
            throw new Error(`a second taker was not refused (${second})`);
        steps.push('refused a second taker');
        await lock.release();
        lock = undefined;
        if (await stat(file).then(() => true, () => false))
            throw new Error(`${file} still exists after release`);
        steps.push('released');
        return { ok: true, message: `lock self-test passed in ${dir}: ${steps.join(', ')} (${Date.now() - started} ms)` };
    }
    catch (err) {
        return {
            ok: false,
            message: `lock self-test failed in ${dir}${steps.length ? ` after: ${steps.join(', ')}` : ''}: ${errorMessage(err)}`,
        };
    }
    finally {
        await lock?.release().catch(() => undefined);
    }
}
