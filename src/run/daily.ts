/**
 * `wiki-daily run`: the daily update, as stages that read straight down.
 *
 *   preflight → lock → reconcile → skip guard → journal (started) → backup → collect → gate → plan
 *   → apply (journal, pages, seen file last) → commit → push → clear journal → report
 *
 * Each stage is a function of typed data in and out (./stages/*); this orchestrator records outcomes in
 * the one RunReport and decides whether to go on. A run that fails leaves branch, remote and working
 * tree as it found them: failures before apply write nothing, and a failure from apply on undoes what
 * this run wrote (and a commit it could not push). A run killed anywhere is repaired by the next
 * run's reconcile stage from the journal in the state folder.
 */
import { resolveGoogleNewsItems } from '../collect/googlenews.js';
import { errorMessage } from '../errors.js';
import { logStage } from '../log.js';
import { crashPoint } from '../faults.js';
import type { GitRepo } from '../git/repo.js';
import type { RunReport } from '../model.js';
import { readBacklog, writeBacklog } from '../ops/backlog.js';
import { acquireLocks } from '../ops/lock.js';
import { capNewEntries } from '../pages/caps.js';
import { diskIo } from '../pages/apply.js';
import { unifiedDiff } from '../pages/diff.js';
import { addedEntries, cacheStats, collectionStatus, finishReport, newReport } from '../report/report.js';
import { statePaths } from '../state.js';
import { Budget, minutes } from './budget.js';
import type { RunContext, StageContext } from './context.js';
import { Journal, type JournalData } from './journal.js';
import { applyRun, journalWrites, undoWrites } from './stages/apply.js';
import { backupRun } from './stages/backup.js';
import { fetchSources } from './stages/collect.js';
import { commitRun } from './stages/commit.js';
import { curateStage } from './stages/curate.js';
import { pushRun } from './stages/push.js';
import { gate, keepIndexCheck, readWikiState } from './stages/gate.js';
import { skipReason } from './stages/guard.js';
import { planRun, type Planned } from './stages/plan.js';
import { preflight, probeContentFolders } from './stages/preflight.js';
import { reconcile } from './stages/reconcile.js';
import { reportRun } from './stages/report.js';
import { runUrlFrom } from '../github-env.js';

export type { RunContext } from './context.js';
export { existingEntryIds, readWiki } from './stages/gate.js';
export { backupIncludes } from '../ops/backup/includes.js';

/** What this run has put on disk and in git so far: what a failure must take back. */
interface Effects {
  /** This run wrote the journal (a journal found before that belongs to another run: never clear it). */
  journaled?: boolean;
  /** Writes this run could not undo: the journal stays for the next run's reconcile. */
  keepJournal?: boolean;
  written?: JournalData;
  commit?: { sha: string; parent: string; files: string[] };
}

export async function runDaily(rc: RunContext): Promise<RunReport> {
  const { settings, config, logger, clock } = rc;
  const state = statePaths(settings.stateDir);
  const ctx: StageContext = { settings, config, logger, clock, env: rc.env, state, io: rc.io ?? diskIo, ...(rc.onProgress ? { onProgress: rc.onProgress } : {}), ...(rc.seenThreshold !== undefined ? { seenThreshold: rc.seenThreshold } : {}) };
  const report = newReport('run', config, clock.now(), settings.dryRun);
  report.repaired = [];
  const runUrl = runUrlFrom(rc.env);
  if (runUrl) report.runUrl = runUrl;
  const budget = new Budget(
    clock,
    minutes(config.schedule.runBudgetMinutes),
    Object.fromEntries(Object.entries(config.schedule.stageBudgetMinutes).map(([k, v]) => [k, minutes(v)])),
    report,
    logger,
  );
  const journal = new Journal(state.root, state.backups, (file, data) => ctx.io.write(file, data));
  const effects: Effects = {};
  let lock: Awaited<ReturnType<typeof acquireLocks>> | undefined;
  let repo: GitRepo | undefined;
  try {
    const pre = await preflight(ctx);
    repo = pre.repo;
    report.warnings.push(...pre.warnings);

    if (!settings.dryRun) {
      lock = await acquireLocks(state.locks, ['run'], {
        command: 'wiki-daily run',
        waitMs: minutes(config.lock.waitMinutes),
        staleMs: minutes(config.lock.staleMinutes),
        clock,
        logger,
      });
      for (const w of lock.takenOver) report.repaired.push(`took over a stale lock: ${w}`);
      crashPoint('after-lock');
      await probeContentFolders(ctx);
      const rec = await budget.stage('reconcile', (signal) => reconcile(ctx, repo?.withSignal(signal), journal));
      report.repaired.push(...rec.repaired);
      report.warnings.push(...rec.warnings);
      if (rec.pushedSha) report.commitSha = rec.pushedSha;
      for (const r of rec.repaired) logger.warn(`repaired: ${r}`);
      crashPoint('after-reconcile');
    }

    const skip = await skipReason(ctx, report.date);
    if (skip) {
      report.status = 'skipped';
      report.reason = skip;
      return await finish();
    }

    const head = repo ? await repo.headSha() : undefined;
    const base: JournalData = { version: 1, startedAt: report.startedAt, date: report.date, ...(head ? { head } : {}), phase: 'started', entries: [] };
    if (!settings.dryRun) {
      // Before the first write: a journal found by the next run means this one died.
      await journal.write(base);
      effects.journaled = true;
      const backup = await budget.stage('backup', () => backupRun(ctx, report.date));
      report.backupId = backup.id;
      report.backupCreated = backup.created;
      if (backup.artifact) report.backupArtifact = backup.artifact;
      report.warnings.push(...backup.warnings);
      crashPoint('after-backup');
    }

    const collected = await budget.stage('collect', (signal) => (rc.collect ?? fetchSources)(ctx, signal));
    crashPoint('after-collect');
    // Google News opaque tokens → publisher URLs before the gate; unresolved items wait for the next run.
    const googleNews = await budget.stage('resolve', () =>
      resolveGoogleNewsItems(collected.items, { config, memoryFile: state.googleNews, clock, logger }),
    );
    collected.items = googleNews.items;
    report.warnings.push(...googleNews.warnings);
    report.sources = collected.sources;
    report.itemsCollected = collected.items.length;
    report.cache = cacheStats(collected.sources);
    const cs = collectionStatus(collected.sources);
    report.status = cs.status;
    if (cs.reason) report.reason = cs.reason;
    // A missing or failed shard (run --from) is named in the reason and the warnings.
    if (collected.notes?.length) {
      report.warnings.push(...collected.notes);
      if (cs.status !== 'success') report.reason = `${collected.notes[0]} (${cs.reason})`;
    }
    if (cs.status === 'success' && collected.items.length === 0 && collected.sources.length > 0)
      report.warnings.push('no items in any source (feeds answered but were empty)');
    // Every source failed: a failed run writes nothing (its record goes to the history and the alert).
    if (report.status === 'failed') return await finish();

    // git status once: which files are a person's uncommitted edits (curation and planning respect them).
    const wikiState = await readWikiState(ctx, repo ? repo.dirtyFiles().then((files) => new Set(files)) : undefined);
    report.warnings.push(...wikiState.warnings);
    // Curation (ticked boxes, the promote input, pool archiving) first; today's entries on top of it.
    const curation = await budget.stage('curate', () => curateStage(ctx, wikiState));
    report.warnings.push(...curation.warnings);
    if (curation.actions.length) report.curated = curation.actions.map((a) => `${a.action} ${a.id}${a.to ? ` → ${a.to}` : ''}`);
    // Guard rails (config `limits`): items deferred by an earlier run come back; this run's excess waits.
    const backlog = await readBacklog(state.backlog);
    if (backlog.warning) report.warnings.push(backlog.warning);
    const gated = await budget.stage('gate', async () => gate({ ...collected, items: [...collected.items, ...backlog.items] }, wikiState, config));
    report.lanes = gated.counts;
    const capped = capNewEntries(gated.items, config, config.limits);
    if (capped.warning) report.warnings.push(capped.warning);
    if (!settings.dryRun && (capped.deferred.length || backlog.items.length)) await writeBacklog(state.backlog, capped.deferred);

    let planned = await budget.stage('plan', () => planRun(ctx, report, capped.kept, wikiState, repo, curation.edits, curation.seenAdded));
    const planErrors = planned.commit.plan.errors.map((e) => `page not updated: ${errorMessage(e)}`);
    if (planErrors.length && report.status === 'success') {
      // A page that cannot be edited safely keeps its items unwritten (and unseen): they land next run.
      // The day log must say "partial" too, so plan again with that status.
      report.status = 'partial';
      report.reason = planErrors[0];
      planned = await budget.stage('plan-partial', () => planRun(ctx, report, capped.kept, wikiState, repo, curation.edits, curation.seenAdded));
    }
    report.warnings.push(...planErrors, ...planned.warnings);
    report.itemsAdded = planned.commit.plan.written.length;
    report.pages = planned.commit.plan.added;
    report.entries = addedEntries(planned.commit.plan.written, config);

    if (settings.dryRun) {
      report.diff = unifiedDiff(planned.disk.edits);
      report.changedFiles = planned.disk.edits.map((e) => e.path).sort();
      return await finish();
    }
    if (!planned.disk.edits.length) {
      const kept = await keepIndexCheck(ctx, wikiState, []);
      if (kept) report.warnings.push(kept);
      return await finish();
    }

    const runStatus = report.status === 'partial' ? 'partial' : 'success';
    effects.written = await journalWrites(ctx, journal, { ...base, runStatus }, planned.disk.edits);
    const changed = await budget.stage('apply', () => applyRun(ctx, planned.disk.edits));
    report.changedFiles = changed;
    const kept = await keepIndexCheck(ctx, wikiState, planned.disk.edits);
    if (kept) report.warnings.push(kept);
    crashPoint('after-apply');

    if (!repo) {
      report.warnings.push(`${settings.root} is not a git repository: changes written, nothing committed`);
    } else {
      await commitAndPush(ctx, repo, budget, report, planned, changed, journal, effects);
    }
    return await finish();
  } catch (err) {
    report.status = 'failed';
    report.reason = errorMessage(err);
    report.errors.push(errorMessage(err));
    logger.error(report.reason);
    await takeBack(ctx, repo, journal, effects, report);
    return await finish();
  }

  async function finish(): Promise<RunReport> {
    crashPoint('before-report');
    finishReport(report, clock.now());
    await logStage(logger, 'report', () => reportRun(ctx, report));
    // The journal goes only once the history has this run: a run killed before that is completed
    // (and recorded) by the next one. A journal this run could not undo stays for the next run.
    if (effects.journaled && !effects.keepJournal)
      await journal.clear().catch((err: unknown) => report.warnings.push(`could not clear the run journal: ${errorMessage(err)}`));
    await lock?.release();
    lock = undefined;
    return report;
  }
}

async function commitAndPush(
  ctx: StageContext,
  repo: GitRepo,
  budget: Budget,
  report: RunReport,
  planned: Planned,
  changed: string[],
  journal: Journal,
  effects: Effects,
): Promise<void> {
  const sameView = planned.commit === planned.disk;
  const contents = sameView ? undefined : new Map(planned.commit.edits.map((e) => [e.path, e.after] as const));
  const files = sameView ? changed : [...contents!.keys()].sort();
  if (!files.length) return;
  const commit = await budget.stage('commit', (signal) => commitRun(ctx, repo.withSignal(signal), report.date, files, contents));
  report.committed = commit.committed;
  if (!commit.committed || !commit.sha) return;
  report.commitSha = commit.sha;
  if (commit.parent) effects.commit = { sha: commit.sha, parent: commit.parent, files: commit.files };
  await journal.write({ ...effects.written!, phase: 'committed', commitSha: commit.sha });
  if (!ctx.settings.push) return;
  crashPoint('before-push');
  const pushed = await budget.stage('push', (signal) => pushRun(ctx, repo.withSignal(signal)));
  crashPoint('after-push');
  report.pushed = pushed.pushed;
  if (pushed.sha) report.commitSha = pushed.sha;
  if (pushed.pushed) return;
  if (pushed.rebased) {
    // HEAD now sits on the remote's newer commits: keep it, the next run's reconcile pushes it.
    delete effects.commit;
    effects.written = undefined;
    throw new Error(`push failed: ${pushed.error ?? 'unknown reason'} (the rebased commit stays local and goes out with the next run)`);
  }
  throw new Error(`push failed: ${pushed.error ?? 'unknown reason'}`);
}

/** Undo this run's commit (if still HEAD) and its writes, so a failed run leaves no trace. */
async function takeBack(ctx: StageContext, repo: GitRepo | undefined, journal: Journal, effects: Effects, report: RunReport): Promise<void> {
  try {
    if (effects.commit && repo) {
      if ((await repo.headSha()) === effects.commit.sha) {
        await repo.undoCommit(effects.commit.sha, effects.commit.parent, effects.commit.files);
        report.committed = false;
        delete report.commitSha;
      }
    }
    if (effects.written) {
      const undone = await undoWrites(ctx.settings.root, journal, effects.written, ctx.io);
      if (undone.problems.length) {
        effects.keepJournal = true;
        report.errors.push(`could not undo every write (the next run retries): ${undone.problems.join('; ')}`);
        return;
      }
      report.changedFiles = [];
    }
  } catch (err) {
    effects.keepJournal = true;
    report.errors.push(`could not take back this run's changes (the next run retries): ${errorMessage(err)}`);
  }
}
