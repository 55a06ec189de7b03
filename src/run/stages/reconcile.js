/**
 * Reconcile: before anything new, repair what an earlier run left behind, and say what was repaired.
 *
 * 1. Temporary files of atomic writes left by a killed process are removed.
 * 2. A journal means the last run died: its writes are completed when its commit exists (HEAD is a bot
 *    commit on the journal's HEAD), otherwise undone (files still holding the planned text get their
 *    old text back; a person's edits match neither hash and stay). The crashed run goes into the history.
 * 3. Index entries under the managed folders that were left as staged reversals by a commit killed
 *    between moving HEAD and refreshing the index are reset to HEAD.
 * 4. Bot commits that never reached the remote are pushed (fetch and rebase like any push).
 *
 * Undone entries are re-derived by this run: the HTTP cache still holds the bodies.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../../fsutil.js';
import { backupIncludes } from '../../ops/backup/includes.js';
import { appendRun } from '../../ops/history.js';
import { undoWrites } from './apply.js';
import { pushRun } from './push.js';
/** writeFileAtomic's temp names: `.<name>.<12 hex>.tmp`. */
const TEMP_FILE = /(^|\/)\.[^/]+\.[0-9a-f]{12}\.tmp$/;
const PROBE_FILE = /(^|\/)\.wiki-daily-probe-\d+$/;
export async function reconcile(ctx, repo, journal) {
    const { settings, config } = ctx;
    const out = { repaired: [], warnings: [] };
    const managed = backupIncludes(config);
    const leftovers = [];
    for (const dir of managed)
        for (const f of await listFiles(settings.root, dir))
            if (TEMP_FILE.test(f) || PROBE_FILE.test(f))
                leftovers.push(f);
    for (const f of leftovers)
        await rm(path.join(settings.root, f), { force: true });
    if (leftovers.length)
        out.repaired.push(`removed ${leftovers.length} leftover temporary file(s): ${leftovers.slice(0, 5).join(', ')}`);
    const dead = await journal.read();
    if (dead)
        await repairDeadRun(ctx, repo, journal, dead, out);
    if (repo && (await repo.headSha())) {
        const reset = await repo.resetStaleIndex(managed);
        if (reset.length)
            out.repaired.push(`reset git's index to HEAD for ${reset.length} file(s) a killed commit left staged: ${reset.slice(0, 5).join(', ')}`);
    }
    if (repo && settings.push) {
        const unpushed = await repo.unpushedCommits(config.git.remote, config.git.branch || undefined).catch(() => undefined);
        if (unpushed?.length) {
            const foreign = unpushed.filter((c) => c.authorEmail !== config.git.authorEmail);
            if (foreign.length) {
                out.warnings.push(`${unpushed.length} local commit(s) not on ${config.git.remote}, ${foreign.length} not by the bot: left for a person to push`);
            }
            else {
                const pushed = await pushRun(ctx, repo);
                if (pushed.pushed) {
                    out.repaired.push(`pushed ${unpushed.length} bot commit(s) an earlier run left unpushed`);
                    if (pushed.sha)
                        out.pushedSha = pushed.sha;
                }
                else
                    out.warnings.push(`could not push ${unpushed.length} stranded bot commit(s): ${pushed.error ?? 'unknown reason'}`);
            }
        }
    }
    return out;
}
async function repairDeadRun(ctx, repo, journal, dead, out) {
    const { config } = ctx;
    let committed = dead.phase === 'committed';
    if (!committed && dead.phase === 'writing' && repo && dead.head) {
        // The dead run's commit is the first one after the HEAD it started from (a person may have
        // committed on top since).
        const next = await repo.firstCommitAfter(dead.head).catch(() => undefined);
        if (next) {
            const info = await repo.commitInfo(next);
            committed = info.parent === dead.head && info.authorEmail === config.git.authorEmail;
        }
    }
    if (committed) {
        out.repaired.push(`completed the run of ${dead.date} that was killed after its commit`);
    }
    else if (dead.entries.length) {
        const undone = await undoWrites(ctx.settings.root, journal, dead, ctx.io);
        if (undone.problems.length) {
            // Keep the journal: the next run tries again; writing over a half-undone tree would lose its record.
            throw new Error(`cannot undo the writes of the run that died: ${undone.problems.join('; ')}`);
        }
        if (undone.restored.length)
            out.repaired.push(`undid ${undone.restored.length} uncommitted write(s) of the run of ${dead.date} that died (re-derived now): ${undone.restored.slice(0, 5).join(', ')}`);
        if (undone.leftAlone.length)
            out.warnings.push(`left as they are (changed since the run that died): ${undone.leftAlone.join(', ')}`);
    }
    const record = {
        command: 'run',
        // A run whose commit exists did its work: the history says what its committed day log says.
        status: committed ? (dead.runStatus ?? 'success') : 'failed',
        reason: committed
            ? 'killed after its commit; completed by the next run'
            : 'the run did not finish (killed or crashed); its writes were undone by the next run',
        startedAt: dead.startedAt,
        finishedAt: new Date(ctx.clock.now()).toISOString(),
        durationMs: Math.max(0, ctx.clock.now() - Date.parse(dead.startedAt)),
        date: dead.date,
        itemsCollected: 0,
        itemsAdded: 0,
        sourcesOk: 0,
        sourcesFailed: 0,
        cacheHitRate: 0,
        committed,
    };
    try {
        await appendRun(ctx.state.runsFile, record);
    }
    catch (err) {
        out.warnings.push(`run history not updated for the run that died: ${err.message}`);
    }
    await journal.clear();
}
