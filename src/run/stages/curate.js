/**
 * Curation inside the daily run: the ticked 승격 promote / 제외 reject boxes in the queue and the pool,
 * the `promote` input, and pool entries past their age. Planned (pure) on the pages as read, before
 * today's entries are planned on top of it (src/run/stages/plan.ts), so both reach the disk through the journal and the apply
 * stage and land in the run's one commit, pushed only when the run succeeds. A failed run therefore
 * leaves the boxes ticked and the entries where they were: the next run curates them again.
 */
import { planCurationAt, readCurationPages } from '../../curate/apply.js';
import { parsePromoteList } from '../../curate/curate.js';
import { errorMessage } from '../../errors.js';
export async function curateStage(ctx, state) {
    const none = (warnings = []) => ({ edits: [], actions: [], warnings });
    const { config } = ctx;
    let plan;
    try {
        const requests = { promote: parsePromoteList(ctx.settings.promote), reject: [] };
        // A bounded set of pages (queue, pool, routed pages, archives): the run reads only what it touches.
        const files = await readCurationPages(ctx.settings.root, config, requests);
        plan = await planCurationAt(ctx, requests, files, state.seenText);
    }
    catch (err) {
        return none([`curation skipped: ${errorMessage(err)}`]);
    }
    const warnings = plan.problems.map((p) => `curation: ${p}`);
    if (!plan.edits.length)
        return none(warnings);
    // A person's uncommitted edit is theirs: curation that would touch it waits until it is committed.
    const blocked = plan.edits.filter((e) => state.dirty.has(e.path)).map((e) => e.path);
    if (blocked.length)
        return none([...warnings, `curation not applied: uncommitted edits in ${blocked.join(', ')} (commit them first)`]);
    for (const a of plan.actions)
        ctx.logger.info(`curation: ${a.action} ${a.id}${a.to ? ` → ${a.to}` : ''}`);
    return { edits: plan.edits, actions: plan.actions, warnings };
}
/**
 * The run's edits on top of the curation's: a file both touch is one edit from the disk text to the
 * run's final text; a file only the curation touches keeps the curation's edit.
 */
export function withCuration(curation, edits) {
    const diskBefore = new Map(curation.map((e) => [e.path, e.before]));
    const out = edits.map((e) => (diskBefore.has(e.path) ? { ...e, before: diskBefore.get(e.path) } : e));
    const planned = new Set(edits.map((e) => e.path));
    for (const c of curation)
        if (!planned.has(c.path))
            out.push(c);
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
