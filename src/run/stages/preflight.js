/**
 * Preflight: checks that need no write, so a run that cannot finish stops before its first write.
 * Each failure is one line that says what to do.
 */
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { WikiDailyError } from '../../errors.js';
import { openRepo } from '../../git/repo.js';
import { describeIoError } from '../../pages/apply.js';
export class PreflightError extends WikiDailyError {
}
export async function preflight(ctx) {
    const { settings, config } = ctx;
    const warnings = [];
    const candidate = openRepo(settings.root, ctx.logger);
    const repo = (await candidate.isRepo()) ? candidate : undefined;
    if (!repo)
        warnings.push(`${settings.root} is not a git repository: changes are written, nothing is committed or pushed`);
    if (settings.dryRun)
        return { repo, warnings };
    if (repo) {
        if (!config.git.branch && (await repo.isDetached()))
            throw new PreflightError(`HEAD is detached in ${settings.root}: check out the branch to update (git switch main) or set git.branch`);
        if (settings.push && !(await repo.hasRemote(config.git.remote)))
            throw new PreflightError(`no git remote "${config.git.remote}" in ${settings.root}: add it (git remote add ${config.git.remote} URL) or run with --no-push`);
    }
    await probeWritable(ctx, ctx.state.root);
    return { repo, warnings };
}
/**
 * The folders the run writes, probed once the lock is held: a probe file in pages/ while another
 * run takes its backup of pages/ would be a file that vanishes under its feet.
 */
export async function probeContentFolders(ctx) {
    const p = ctx.config.pages;
    const dirs = [...new Set([p.pagesDir, p.newsDir, path.dirname(p.seenFile)])].map((d) => path.join(ctx.settings.root, d));
    for (const dir of dirs)
        await probeWritable(ctx, dir);
}
/** Write and remove a probe file: the only check that also holds for root, ACLs and read-only mounts. */
async function probeWritable(ctx, dir) {
    const probe = path.join(dir, `.wiki-daily-probe-${process.pid}`);
    try {
        await mkdir(dir, { recursive: true });
        await ctx.io.write(probe, '');
        await ctx.io.remove(probe);
    }
    catch (err) {
        const where = path.relative(ctx.settings.root, dir) || dir;
        throw new PreflightError(`cannot write to ${where.startsWith('..') ? dir : where}/ (${describeIoError(err)}): make it writable for this user, or use --state elsewhere`);
    }
}
