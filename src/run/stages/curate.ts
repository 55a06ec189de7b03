/**
 * Curation inside the daily run: the ticked 승격 promote / 제외 reject boxes in the queue and the pool,
 * the `promote` input, and pool entries past their age. Planned (pure) on the pages as read, before
 * today's entries are planned on top of it (src/run/stages/plan.ts), so both reach the disk through the journal and the apply
 * stage and land in the run's one commit, pushed only when the run succeeds. A failed run therefore
 * leaves the boxes ticked and the entries where they were: the next run curates them again.
 */
import { planCurationAt, readCurationPages } from '../../curate/apply.js';
import { parsePromoteList, type CurationAction } from '../../curate/curate.js';
import { errorMessage } from '../../errors.js';
import type { SeenEntry } from '../../gate/seen.js';
import type { PageEdit } from '../../pages/plan.js';
import type { StageContext } from '../context.js';
import type { WikiState } from './gate.js';
import { compareStrings } from '../../order.js';

export interface Curated {
  /** The curation's own edits, `before` as on disk; the plan stage plans today's entries on top of them. */
  edits: PageEdit[];
  actions: CurationAction[];
  /** Seen entries the curation adds: the plan stage writes them with today's (src/gate/seenstore.ts). */
  seenAdded: SeenEntry[];
  warnings: string[];
}

export async function curateStage(ctx: StageContext, state: WikiState): Promise<Curated> {
  const none = (warnings: string[] = []): Curated => ({ edits: [], actions: [], seenAdded: [], warnings });
  const { config } = ctx;
  let plan;
  try {
    const requests = { promote: parsePromoteList(ctx.settings.promote), reject: [] };
    // A bounded set of pages (queue, pool, routed pages, archives): the run reads only what it touches.
    const files = await readCurationPages(ctx.settings.root, config, requests);
    plan = await planCurationAt(ctx, requests, files, state.view.seen);
  } catch (err) {
    return none([`curation skipped: ${errorMessage(err)}`]);
  }
  const warnings = plan.problems.map((p) => `curation: ${p}`);
  if (!plan.edits.length) return none(warnings);
  // A person's uncommitted edit is theirs: curation that would touch it waits until it is committed.
  const blocked = plan.edits.filter((e) => state.dirty.has(e.path)).map((e) => e.path);
  if (blocked.length) return none([...warnings, `curation not applied: uncommitted edits in ${blocked.join(', ')} (commit them first)`]);
  for (const a of plan.actions) ctx.logger.info(`curation: ${a.action} ${a.id}${a.to ? ` → ${a.to}` : ''}`);
  return { edits: plan.edits, actions: plan.actions, seenAdded: plan.seenAdded, warnings };
}

/**
 * The run's edits on top of the curation's: a file both touch is one edit from the disk text to the
 * run's final text; a file only the curation touches keeps the curation's edit.
 */
export function withCuration(curation: readonly PageEdit[], edits: readonly PageEdit[]): PageEdit[] {
  const diskBefore = new Map(curation.map((e) => [e.path, e.before] as const));
  const out = edits.map((e) => (diskBefore.has(e.path) ? { ...e, before: diskBefore.get(e.path) } : e));
  const planned = new Set(edits.map((e) => e.path));
  for (const c of curation) if (!planned.has(c.path)) out.push(c);
  return out.sort((a, b) => compareStrings(a.path, b.path));
}
