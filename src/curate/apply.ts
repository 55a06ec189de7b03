/**
 * Carrying out the curation plan (src/curate/curate.ts) in a wiki checkout: read the pages, plan,
 * write atomically (never over a page a person saved meanwhile), commit exactly those files with the
 * bot identity, push. Used by `wiki-daily promote|reject` and by the daily run (ticked boxes and the
 * `promote` dispatch input), which calls `curateInRun` while it holds the run lock.
 */
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { errorMessage, UsageError } from '../errors.js';
import { canonicalUrl } from '../gate/canonical.js';
import { listFiles, readIfExists, readTextFiles } from '../fsutil.js';
import { commitAndPush } from '../git/publish.js';
import { openRepo } from '../git/repo.js';
import type { Logger } from '../log.js';
import { applyEdits } from '../pages/apply.js';
import { unifiedDiff } from '../pages/diff.js';
import type { Settings } from '../settings.js';
import { localDate, type Clock } from '../time.js';
import { parsePromoteList, planCuration, type CurationAction, type CurationRequests } from './curate.js';

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

function safeCanonical(url: string): string {
  try {
    return canonicalUrl(url);
  } catch {
    return url;
  }
}

/** The pages curation may read or write: every page under pagesDir, the queue, the pool and the routed pages. */
async function readPages(root: string, config: Config): Promise<Map<string, string>> {
  const rels = new Set<string>([
    ...(await listFiles(root, config.pages.pagesDir)).filter((f) => f.endsWith('.md')),
    config.pages.queuePage,
    config.pages.poolPage,
    config.routing.defaultPage,
    ...config.routing.rules.map((r) => r.page),
  ]);
  return readTextFiles(root, rels);
}

/**
 * Plan and carry out the curation. `dirty` (files a person changed and has not committed) are never
 * written: when the plan touches one, nothing is done and a problem says why.
 */
export async function curate(ctx: CurationContext, requests: CurationRequests, dirty: ReadonlySet<string> = new Set()): Promise<CurationOutcome> {
  const { settings, config, logger, clock } = ctx;
  const root = settings.root;
  const files = await readPages(root, config);
  const seenText = await readIfExists(path.join(root, config.pages.seenFile));
  const rejectedText = await readIfExists(path.join(root, config.curation.rejectedFile));
  const plan = planCuration({
    config,
    date: localDate(clock.now(), config.timezone),
    files,
    ...(seenText !== undefined ? { seenText } : {}),
    ...(rejectedText !== undefined ? { rejectedText } : {}),
    requests,
    canonicalize: safeCanonical,
  });
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

/**
 * The daily run's curation step: the ticked boxes plus the `promote` input (settings.promote). Never
 * fails the run: problems become warnings and the entries stay where they are. Skipped on dry runs.
 */
export async function curateInRun(ctx: CurationContext, dirty: ReadonlySet<string>): Promise<{ warnings: string[]; actions: CurationAction[] }> {
  if (ctx.settings.dryRun) return { warnings: [], actions: [] };
  try {
    const promote = parsePromoteList(ctx.settings.promote);
    const out = await curate(ctx, { promote, reject: [] }, dirty);
    for (const a of out.actions) ctx.logger.info(`curation: ${a.action} ${a.id}${a.to ? ` → ${a.to}` : ''}`);
    return { warnings: [...out.problems.map((p) => `curation: ${p}`), ...out.warnings], actions: out.actions };
  } catch (err) {
    return { warnings: [`curation skipped: ${errorMessage(err)}`], actions: [] };
  }
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
