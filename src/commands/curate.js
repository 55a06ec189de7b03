import { loadConfig } from '../config/load.js';
import { commandRequests, curate } from '../curate/apply.js';
import { openRepo } from '../git/repo.js';
import { acquireLocks } from '../ops/lock.js';
import { statePaths } from '../state.js';
export async function cmdCurate(settings, deps) {
    const config = await loadConfig(settings.configFile);
    const requests = commandRequests(settings);
    const lock = settings.dryRun
        ? undefined
        : await acquireLocks(statePaths(settings.stateDir).locks, ['run'], {
            command: `wiki-daily ${settings.command}`,
            waitMs: config.lock.waitMinutes * 60_000,
            staleMs: config.lock.staleMinutes * 60_000,
            clock: deps.clock,
            logger: deps.logger,
        });
    try {
        const repo = openRepo(settings.root, deps.logger);
        const dirty = new Set((await repo.isRepo()) ? await repo.dirtyFiles() : []);
        const out = await curate({ settings, config, logger: deps.logger, clock: deps.clock }, requests, dirty);
        const done = out.actions.filter((a) => a.id === settings.target);
        const failed = done.length === 0;
        const lines = [
            ...done.map((a) => `${a.action} ${a.id}${a.title ? ` (${a.title})` : ''}: ${a.from}${a.to ? ` → ${a.to}` : ' → removed'}`),
            ...out.actions.filter((a) => a.id !== settings.target).map((a) => `also: ${a.action} ${a.id}${a.to ? ` → ${a.to}` : ''}`),
            ...out.problems.map((p) => `problem: ${p}`),
            ...out.warnings.map((w) => `warning: ${w}`),
            out.committed ? `committed ${out.commitSha ?? ''}${out.pushed ? ' and pushed' : ''}` : settings.dryRun ? 'dry run: nothing written' : 'nothing committed',
        ];
        const status = failed ? 'failed' : 'success';
        return {
            exitCode: failed ? 1 : 0,
            json: { status, ...out },
            text: lines.join('\n') + (out.diff ? `\n\n${out.diff}` : ''),
            outputs: { status, 'changed-files': out.changedFiles.join('\n'), 'commit-sha': out.commitSha ?? '' },
        };
    }
    finally {
        await lock?.release();
    }
}
