/**
 * Carrying out the curation plan (src/curate/curate.ts) in a wiki checkout: read the pages, plan,
 * write atomically (never over a page a person saved meanwhile), commit exactly those files with the
 * bot identity, push. Used by `wiki-daily promote|reject`. The daily run plans the same curation as
 * its own stage (src/run/stages/curate.ts), so there it lands in the run's one commit.
 */
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { errorMessage, UsageError } from '../errors.js';
import { safeCanonical } from '../gate/canonical.js';
import { listFiles, readIfExists, readTextFiles } from '../fsutil.js';
import { commitAndPush } from '../git/publish.js';
import { planKnowledgePages } from '../pages/knowledge.js';
import type { PageEdit } from '../pages/plan.js';
import { openRepo } from '../git/repo.js';
import type { Logger } from '../log.js';
import { applyEdits } from '../pages/apply.js';
import { unifiedDiff } from '../pages/diff.js';
import type { Settings } from '../settings.js';
import { localDate, type Clock } from '../time.js';
import { openSeenStore, type SeenStore } from '../gate/seenstore.js';
import { planCuration, type CurationAction, type CurationRequests, type CurationResult } from './curate.js';

export interface CurationContext {
  settings: Settings;
  config: Config;
  logger: Logger;
  clock: Clock;
}

export interface CurationOutcome {
  actions: CurationAction[];
  problems: string[];
  changedFiles: string[];
  committed: boolean;
  pushed: boolean;
  commitSha?: string;
  diff?: string;
  warnings: string[];
}

/**
 * The pages curation may read or write: the queue and the pool, the routed pages, the pages named by
 * promote requests, and the existing yearly archive pages. A bounded set: curation never reads the
 * whole wiki.
 */
export async function readCurationPages(root: string, config: Config, requests: CurationRequests): Promise<Map<string, string>> {
  const pages = readTextFiles(root, [
    config.pages.queuePage,
    config.pages.poolPage,
    config.routing.defaultPage,
    ...config.routing.rules.map((r) => r.page),
    ...requests.promote.flatMap((p) => (p.to ? [p.to] : [])),
  ]);
  // The yearly archives an aged pool entry can move to: one per year a date in the pool names (a
  // superset; a missing one is simply a new page). No listing of the pages folder, which can be huge.
  const pool = pages.get(config.pages.poolPage) ?? '';
  const years = new Set([...pool.matchAll(/\b(\d{4})-\d{2}-\d{2}\b/g)].map((m) => m[1]!));
  for (const [rel, text] of readTextFiles(root, [...years].map((y) => config.curation.archivePage.replace(/\{year\}/g, y)))) pages.set(rel, text);
  return pages;
}

/** The curation planned over `files` (pure planCuration), with the seen and rejected files as they are. */
export async function planCurationAt(
  ctx: CurationContext,
  requests: CurationRequests,
  files: ReadonlyMap<string, string>,
  seen: SeenStore,
): Promise<CurationResult> {
  const { settings, config, clock } = ctx;
  const rejectedText = await readIfExists(path.join(settings.root, config.curation.rejectedFile));
  return planCuration({
    config,
    date: localDate(clock.now(), config.timezone),
    files,
    seen,
    ...(rejectedText !== undefined ? { rejectedText } : {}),
    requests,
    canonicalize: (u) => safeCanonical(u) ?? u,
  });
}

/** The knowledge pages (by year, timeline) after the curation moved entries: they list every page. */
async function knowledgeAfter(root: string, config: Config, edits: readonly PageEdit[]): Promise<PageEdit[]> {
  const pages = (await listFiles(root, config.pages.pagesDir)).filter((f) => f.endsWith('.md'));
  const work = readTextFiles(root, pages);
  for (const e of edits) if (e.path.endsWith('.md')) work.set(e.path, e.after);
  return planKnowledgePages(config, work).edits;
}

/**
 * Plan and carry out the curation. `dirty` (files a person changed and has not committed) are never
 * written: when the plan touches one, nothing is done and a problem says why.
 */
export async function curate(ctx: CurationContext, requests: CurationRequests, dirty: ReadonlySet<string> = new Set()): Promise<CurationOutcome> {
  const { settings, config, logger, clock } = ctx;
  const root = settings.root;
  const files = await readCurationPages(root, config, requests);
  // Without the wiki index at hand the base seen file is not vouched for: read whole (as before).
  const plan = await planCurationAt(ctx, requests, files, await openSeenStore(root, config.pages.seenFile));
  if (plan.edits.length) plan.edits.push(...(await knowledgeAfter(root, config, plan.edits)));
  const outcome: CurationOutcome = { actions: plan.actions, problems: [...plan.problems], changedFiles: [], committed: false, pushed: false, warnings: [] };
  if (!plan.edits.length) return outcome;
  const blocked = plan.edits.filter((e) => dirty.has(e.path)).map((e) => e.path);
  if (blocked.length) {
    outcome.problems.push(`curation not applied: uncommitted edits in ${blocked.join(', ')} (commit them first)`);
    outcome.actions = [];
    return outcome;
  }
  if (settings.dryRun) {
    outcome.diff = unifiedDiff(plan.edits);
    outcome.changedFiles = plan.edits.map((e) => e.path);
    return outcome;
  }
  outcome.changedFiles = await applyEdits(root, plan.edits, { verifyBefore: true });
  const repo = openRepo(root, logger);
  if (!(await repo.isRepo())) {
    outcome.warnings.push(`${root} is not a git repository: curation written, nothing committed`);
    return outcome;
  }
  const counts = (['promote', 'reject', 'archive'] as const).map((a) => [a, plan.actions.filter((x) => x.action === a).length] as const).filter(([, n]) => n);
  const message = `curate: ${counts.map(([a, n]) => `${a} ${n}`).join(', ')}\n\n${plan.actions.map((a) => `${a.action} ${a.id}${a.to ? ` → ${a.to}` : ''}`).join('\n')}`;
  const published = await commitAndPush(repo, outcome.changedFiles, message, config, {
    push: settings.push,
    ...(settings.token ? { token: settings.token } : {}),
    clock,
  });
  outcome.committed = published.committed;
  if (published.sha) outcome.commitSha = published.sha;
  if (published.push) {
    outcome.pushed = published.push.pushed;
    if (!published.push.pushed)
      outcome.warnings.push(`curation commit not pushed (it goes out with the next push): ${published.push.error ?? 'unknown reason'}`);
  }
  return outcome;
}

/** Settings → requests for `wiki-daily promote ID [--to PAGE]` and `wiki-daily reject ID`. */
export function commandRequests(settings: Settings): CurationRequests {
  const id = settings.target ?? '';
  if (!/^e[0-9a-f]{12}$/.test(id)) throw new UsageError(`${settings.command} needs an entry id (e + 12 hex digits), got ${JSON.stringify(id)}`);
  if (settings.command === 'reject') {
    if (settings.promoteTo) throw new UsageError('--to only goes with promote');
    return { promote: [], reject: [id] };
  }
  return { promote: [{ id, ...(settings.promoteTo ? { to: settings.promoteTo } : {}) }], reject: [] };
}
