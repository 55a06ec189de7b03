import { loadConfig } from '../config/load.js';
import { cleanupLocks, lockStatus, selfTest } from '../ops/lock.js';
import { statePaths } from '../state.js';
export async function cmdLock(settings, deps) {
    const config = await loadConfig(settings.configFile);
    const dir = statePaths(settings.stateDir).locks;
    const opts = { staleMs: config.lock.staleMinutes * 60_000, clock: deps.clock, logger: deps.logger };
    switch (settings.subcommand) {
        case 'status': {
            const locks = await lockStatus(dir, opts);
            const text = locks.length
                ? locks
                    .map((l) => `${l.name}: ${l.owner ? `held by pid ${l.owner.pid} on ${l.owner.host} (${l.owner.command}) since ${l.owner.startedAt}` : 'no owner record'}${l.stale ? ` — STALE${l.reason ? `: ${l.reason}` : ''}` : ''}`)
                    .join('\n')
                : 'no locks held';
            return { exitCode: 0, json: locks, text, outputs: { status: locks.some((l) => l.stale) ? 'warn' : 'ok' } };
        }
        case 'cleanup': {
            if (settings.dryRun) {
                const stale = (await lockStatus(dir, opts)).filter((l) => l.stale).map((l) => l.name);
                return {
                    exitCode: 0,
                    json: { removed: [], wouldRemove: stale, dryRun: true },
                    text: stale.length ? `would remove stale lock(s): ${stale.join(', ')} (dry run: nothing removed)` : 'no stale locks',
                    outputs: { status: 'success' },
                };
            }
            const removed = await cleanupLocks(dir, opts);
            return {
                exitCode: 0,
                json: { removed },
                text: removed.length ? `removed stale lock(s): ${removed.join(', ')}` : 'no stale locks',
                outputs: { status: 'success' },
            };
        }
        default: {
            const res = await selfTest(dir);
            return { exitCode: res.ok ? 0 : 1, json: res, text: res.message, outputs: { status: res.ok ? 'success' : 'failed' } };
        }
    }
}
