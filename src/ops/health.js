/**
 * Health checks: machine readings (CPU, memory, disk, automation processes) plus what the run
 * history, git, locks and backups say. `evaluateHealth` is pure so every threshold is testable with
 * injected readings; `readSystem` is the only part that touches the machine.
 */
import { statfs } from 'node:fs/promises';
import { errorMessage } from '../errors.js';
const RANK = { ok: 0, warn: 1, critical: 2 };
export function worstLevel(levels) {
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
export function evaluateHealth(input) {
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
export function isAutomationProcess(p) {
    const exe = `${p.name} ${p.command ?? ''}`.toLowerCase();
    if (!/(^|[\\/\s])node(\.exe)?(\s|$)/.test(exe))
        return false;
    const cmdline = `${p.command ?? ''} ${p.params ?? ''}`;
    return AUTOMATION_MARKERS.some((m) => cmdline.includes(m));
}
/** systeminformation is loaded only when a command actually reads the machine (it is slow to load). */
async function loadSystemInformation() {
    const mod = (await import('systeminformation'));
    return mod.default ?? mod;
}
async function processCount() {
    const si = await loadSystemInformation();
    const data = await si.processes();
    return data.list.filter(isAutomationProcess).length;
}
/** Free space of the file system holding `dir`, as a percentage (statfs: the disk the wiki is on). */
export async function diskFreePct(dir) {
    const fs = await statfs(dir).catch((err) => {
        throw new Error(`reading free disk space of ${dir}: ${errorMessage(err)}`, { cause: err });
    });
    return fs.blocks > 0 ? (fs.bavail / fs.blocks) * 100 : 0;
}
/**
 * Current readings. Free disk is measured with statfs on `root` itself, so it is the file system the
 * wiki and its state folder live on, not whichever mount systeminformation lists first. Memory used
 * is (total − available): Linux counts reclaimable page cache as "used", which would always look full.
 */
export async function readSystem(root) {
    const si = await loadSystemInformation();
    const [load, mem, diskFree, automationProcesses] = await Promise.all([
        si.currentLoad().catch((err) => {
            throw new Error(`reading CPU load: ${errorMessage(err)}`, { cause: err });
        }),
        si.mem().catch((err) => {
            throw new Error(`reading memory usage: ${errorMessage(err)}`, { cause: err });
        }),
        diskFreePct(root),
        processCount().catch((err) => {
            throw new Error(`listing processes: ${errorMessage(err)}`, { cause: err });
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
