/**
 * `wiki-daily run`: the daily update.
 *
 *   lock → skip guard / crash recovery → backup → mark running → collect → gate → plan (pure)
 *   → apply (atomic) → commit exactly the touched files → push → history, anomalies, alerts
 *
 * Every stage reports into one RunReport. Nothing here decides page layout or HTTP details; it wires
 * the stages together and owns the rules that span them (what is "changed", when to skip, what to commit).
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { resolveGoogleNewsItems } from '../collect/googlenews.js';
import { curateInRun } from '../curate/apply.js';
import { collectSources, type CollectProgressCallback } from '../collect/collect.js';
import { readBacklog, writeBacklog } from '../ops/backlog.js';
import { capNewEntries } from '../pages/caps.js';
import { errorMessage } from '../errors.js';
import { gateItems } from '../gate/gate.js';
import { canonicalUrl, entryId } from '../gate/canonical.js';
import { parseSeen, serializeSeen, SeenIndex } from '../gate/seen.js';
import { FileHttpCache } from '../http/cache.js';
import { Fetcher } from '../http/fetcher.js';
import type { Logger } from '../log.js';
import { openRepo, type GitRepo } from '../git/repo.js';
import type { GatedItem, RunReport } from '../model.js';
import { applyEdits } from '../pages/apply.js';
import { uploadSnapshotArtifact } from '../ops/backup/actions.js';
import { createSnapshot, listSnapshots, pruneSnapshots, storeSize } from '../ops/backup/store.js';
import { diskFreePct } from '../ops/health.js';
import { readRuns, recordFromReport } from '../ops/history.js';
import { acquireLocks } from '../ops/lock.js';
import { buildStatus } from '../ops/status.js';
import { gatherHealth } from '../commands/health.js';
import { markDayLogFailed, markDayLogRunning, parseDayLog } from '../pages/daylog.js';
import { unifiedDiff } from '../pages/diff.js';
import { dayLogPathFor, planEdits, type PageEdit } from '../pages/plan.js';
import { scanExisting } from '../pages/scan.js';
import { mergeReportPage, renderReportRegion } from '../report/page.js';
import { cacheStats, collectionStatus, finishReport, newReport } from '../report/report.js';
import type { Settings } from '../settings.js';
import { statePaths } from '../state.js';
import { localDateTime, type Clock } from '../time.js';
import { listFiles, readIfExists, writeFileAtomic } from '../fsutil.js';
import { Budget, minutes } from './budget.js';
import type { MergedCollection } from '../shard/merge.js';

export interface RunContext {
  settings: Settings;
  config: Config;
  logger: Logger;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  /** [issue 13 hook] `run --from`: merged shard outputs used instead of collecting (src/shard/merge.ts). */
  collected?: MergedCollection;
  /** Progress of the collect stage (the CLI's live line). */
  onProgress?: CollectProgressCallback;
}

/** Files the run may write: pages, day logs, the seen file. Snapshotted before the first write. */
export function backupIncludes(config: Config): string[] {
  return [...new Set([config.pages.pagesDir, config.pages.newsDir, path.dirname(config.pages.seenFile)])].filter(
    (p) => p !== '.',
  );
}

async function listMarkdown(root: string, dir: string): Promise<string[]> {
  return (await listFiles(root, dir)).filter((f) => f.endsWith('.md'));
}

/** Every page the planner may read or touch, by root-relative path. */
export async function readWiki(root: string, config: Config): Promise<Map<string, string>> {
  const p = config.pages;
  const paths = new Set<string>([
    ...(await listMarkdown(root, p.pagesDir)),
    ...(await listMarkdown(root, p.newsDir)),
    p.queuePage,
    p.poolPage,
    p.indexPage,
    p.newsIndexPage,
    p.dailyReportPage,
    p.systemStatusPage,
    config.routing.defaultPage,
    ...config.routing.rules.map((r) => r.page),
  ]);
  // Read one file after another, synchronously: 10,000 concurrent reads cost twice the time and
  // memory (measured by `npm run bench`), and nothing else runs while the wiki is being read.
  const files = new Map<string, string>();
  for (const rel of [...paths].sort()) {
    try {
      files.set(rel, readFileSync(path.join(root, rel), 'utf8'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  return files;
}

/**
 * Every link already in a page, as the entry id its canonical URL would get, plus the ids written in
 * entry blocks. Ids are short and scheme-insensitive, and entry blocks already carry them, so the set
 * stays small (bench: about 50 MB less at 100,000 entries than a set of canonical URLs).
 */
export function existingEntryIds(wiki: Map<string, string>): Set<string> {
  const raw = scanExisting(wiki);
  const ids = new Set(raw.ids);
  for (const u of raw.urls) {
    const c = safeCanonical(u);
    if (c) ids.add(entryId(c));
  }
  return ids;
}

function safeCanonical(url: string): string | undefined {
  try {
    return canonicalUrl(url);
  } catch {
    return undefined;
  }
}

export async function runDaily(ctx: RunContext): Promise<RunReport> {
  const { settings, config, logger, clock } = ctx;
  const root = settings.root;
  const state = statePaths(settings.stateDir);
  const report = newReport('run', config, clock.now(), settings.dryRun);
  if (ctx.env.GITHUB_SERVER_URL && ctx.env.GITHUB_REPOSITORY && ctx.env.GITHUB_RUN_ID)
    report.runUrl = `${ctx.env.GITHUB_SERVER_URL}/${ctx.env.GITHUB_REPOSITORY}/actions/runs/${ctx.env.GITHUB_RUN_ID}`;
  const budget = new Budget(
    clock,
    minutes(config.schedule.runBudgetMinutes),
    Object.fromEntries(Object.entries(config.schedule.stageBudgetMinutes).map(([k, v]) => [k, minutes(v)])),
    report,
  );
  const dayLogPath = dayLogPathFor(config, report.date);
  const dayLogFile = path.join(root, dayLogPath);

  const lock = settings.dryRun
    ? undefined
    : await acquireLocks(state.locks, ['run'], {
        command: 'wiki-daily run',
        waitMs: minutes(config.lock.waitMinutes),
        staleMs: minutes(config.lock.staleMinutes),
        clock,
        logger,
      });
  for (const w of lock?.takenOver ?? []) report.warnings.push(`recovered: ${w}`);
  let markedRunning = false;
  let originalDayLog: string | undefined;
  let runningDayLog: string | undefined;
  try {
    originalDayLog = await readIfExists(dayLogFile);
    const history = await readRuns(state.runsFile, 200);

    // Crash recovery: a day log still "running" while we hold the lock means the last run died mid-way.
    let recoveredDayLog: string | undefined;
    if (originalDayLog !== undefined) {
      const parsed = parseDayLog(originalDayLog, dayLogPath, config.timezone);
      if (parsed.status === 'running' && !settings.dryRun) {
        const reason = 'the previous run did not finish (crashed or was killed) and left this log "running"';
        recoveredDayLog = markDayLogFailed(originalDayLog, reason, localDateTime(clock.now(), config.timezone).slice(11), dayLogPath);
        report.warnings.push(`recovered: marked the crashed run of ${report.date} as failed`);
        logger.warn(`day log ${dayLogPath} was left running; marking that run failed`);
      }
      // Skip guard: a successful run less than N hours ago, the same local day.
      if (!settings.force && parsed.status === 'success') {
        const lastOk = [...history].reverse().find((r) => r.status === 'success' && r.command === 'run' && r.date === report.date);
        const windowMs = config.schedule.skipIfSucceededWithinHours * 3_600_000;
        const lastOkAt = lastOk ? Date.parse(lastOk.finishedAt) : parsed.lastRunAt ? Date.parse(parsed.lastRunAt) : undefined;
        if (lastOkAt !== undefined && clock.now() - lastOkAt < windowMs) {
          report.status = 'skipped';
          report.reason = `a successful run finished at ${localDateTime(lastOkAt, config.timezone)} (less than ${config.schedule.skipIfSucceededWithinHours} h ago); use --force to run anyway`;
          return finishReport(report, clock.now());
        }
      }
    }
    if (recoveredDayLog !== undefined) {
      await writeFileAtomic(dayLogFile, recoveredDayLog);
      originalDayLog = recoveredDayLog;
    }

    // Files a person has changed and not committed (before we write anything ourselves). The day log
    // is ours: a crashed run's "running" mark there is not a person's edit.
    const gitRepo = await openGitIfAny(ctx);
    const dirty = new Set(gitRepo ? (await gitRepo.dirtyFiles()).filter((f) => f !== dayLogPath) : []);

    // Backup before the first write, so any run can be rolled back.
    if (!settings.dryRun) {
      await budget.stage('backup', async () => {
        // Unreadable free space is no reason to fail the run: it only means no pruning.
        const free = await diskFreePct(root).catch(() => undefined);
        if (free !== undefined && free < config.backup.pruneWhenDiskFreeBelowPct) {
          const pruned = await pruneSnapshots(state.backups, { keep: Math.min(5, config.backup.keep), maxSizeMb: config.backup.maxSizeMb / 4 });
          report.warnings.push(`recovered: disk ${free.toFixed(1)} % free, pruned ${pruned.removed.length} backups`);
        }
        const snap = await createSnapshot(root, backupIncludes(config), state.backups, { label: `before run ${report.date}`, clock });
        report.backupId = snap.id;
        report.backupCreated = snap.created;
        if (snap.created && settings.onActions) {
          try {
            const up = await uploadSnapshotArtifact(state.backups, snap.id, { retentionDays: config.backup.artifactRetentionDays });
            report.backupArtifact = up.name;
          } catch (err) {
            report.warnings.push(`backup artifact upload failed: ${errorMessage(err)}`);
          }
        }
      });
      runningDayLog = markDayLogRunning(originalDayLog, report.date, localDateTime(clock.now(), config.timezone).slice(11), dayLogPath);
      await writeFileAtomic(dayLogFile, runningDayLog);
      markedRunning = true;
    }

    // --- issue 9: the curation loop (ticked promote/reject boxes, the `promote` input), its own commit ---
    const curation = await budget.stage('curate', () => curateInRun(ctx, dirty));
    report.warnings.push(...curation.warnings);
    // --- end issue 9 ---

    // Collect.
    const fetcher = new Fetcher(config.http, new FileHttpCache(state.httpCache, logger), { logger, clock, refresh: settings.refresh });
    try {
      // [issue 13 hook] merged shard outputs replace the collect stage.
      const collected = ctx.collected ?? (await budget.stage('collect', async () => collectSources(config, fetcher, logger, ctx.onProgress)));
      // --- issue 9: Google News opaque tokens → publisher URLs before the gate (unresolved items wait) ---
      const googleNews = await budget.stage('resolve', async () =>
        resolveGoogleNewsItems(collected.items, { config, memoryFile: state.googleNews, clock, logger }),
      );
      collected.items = googleNews.items;
      report.warnings.push(...googleNews.warnings);
      // --- end issue 9 ---
      report.sources = collected.sources;
      report.itemsCollected = collected.items.length;
      report.cache = cacheStats(collected.sources);
      const cs = collectionStatus(collected.sources);
      report.status = cs.status;
      if (cs.reason) report.reason = cs.reason;
      // [issue 13 hook] a missing or failed shard is named in the reason and the warnings.
      if (ctx.collected?.notes.length) {
        report.warnings.push(...ctx.collected.notes);
        if (cs.status !== 'success') report.reason = `${ctx.collected.notes[0]} (${cs.reason})`;
      }
      if (cs.status === 'success' && collected.items.length === 0 && collected.sources.length > 0)
        report.warnings.push('no items in any source (feeds answered but were empty)');

      // Gate.
      const wiki = await readWiki(root, config);
      if (originalDayLog !== undefined) wiki.set(dayLogPath, originalDayLog);
      else wiki.delete(dayLogPath);
      const seenText = await readIfExists(path.join(root, config.pages.seenFile));
      const seen = seenText === undefined ? new SeenIndex() : parseSeen(seenText, config.pages.seenFile);
      // ── limits (issue 10): items deferred by an earlier run come back; this run's excess waits ──
      const backlog = await readBacklog(state.backlog);
      if (backlog.warning) report.warnings.push(backlog.warning);
      const gated = await budget.stage('gate', async () => {
        const ids = existingEntryIds(wiki);
        return gateItems({ items: [...collected.items, ...backlog.items], config, seen, existing: { urls: new Set<string>(), ids } });
      });
      report.lanes = gated.counts;
      const capped = capNewEntries(gated.items, config, config.limits);
      if (capped.warning) report.warnings.push(capped.warning);
      if (!settings.dryRun && (capped.deferred.length || backlog.items.length)) await writeBacklog(state.backlog, capped.deferred);

      // Plan (pure) → edits. Normally one plan: the working tree is what gets committed. When a person
      // has uncommitted changes in files the run may write, a second plan is made on HEAD's version of
      // those files: the disk gets the entries merged into the person's text, while the commit gets
      // only the bot's own change (the person's edit stays theirs, uncommitted).
      const time = localDateTime(clock.now(), config.timezone).slice(11);
      const makePlan = (files: Map<string, string>, seenBefore: string | undefined) =>
        planView(ctx, report, capped.kept, files, seenBefore, time);
      // HEAD's version of every dirty file the run might touch (undefined = untracked: a person's new file).
      const dirtyHere = gitRepo ? [...dirty].filter((f) => f === config.pages.seenFile || wiki.has(f)) : [];
      const headText = new Map<string, string | undefined>();
      for (const f of dirtyHere) headText.set(f, await gitRepo!.readHead(f));
      // A person's untracked page is theirs until committed: not listed in the indexes, on disk or in git.
      const planFiles = new Map([...wiki].filter(([f]) => !(headText.has(f) && headText.get(f) === undefined)));
      const disk = await budget.stage('plan', async () => makePlan(planFiles, seenText));
      let commitView = disk;
      const overlapping = dirtyHere.filter((f) => headText.get(f) !== undefined && disk.edits.some((e) => e.path === f));
      if (overlapping.length) {
        const headWiki = new Map(planFiles);
        for (const f of overlapping) headWiki.set(f, headText.get(f)!);
        const headSeen = headText.has(config.pages.seenFile) ? headText.get(config.pages.seenFile) : seenText;
        commitView = await budget.stage('plan-commit', async () => makePlan(headWiki, headSeen));
        report.warnings.push(
          `kept out of the bot commit: uncommitted edits in ${overlapping.slice(0, 10).join(', ')}${overlapping.length > 10 ? ', …' : ''} (the new entries are merged on disk and committed without them)`,
        );
      }
      for (const e of commitView.plan.errors) {
        // A page that cannot be edited safely keeps its items unwritten (and unseen): they land next run.
        report.warnings.push(`page not updated: ${errorMessage(e)}`);
        if (report.status === 'success') {
          report.status = 'partial';
          report.reason = `page not updated: ${errorMessage(e)}`;
        }
      }
      report.itemsAdded = commitView.plan.written.length;
      report.pages = commitView.plan.added;
      const edits: PageEdit[] = disk.edits;
      if (disk.edits.length) {
        const statusEdit = await systemStatusEdit(ctx, report, wiki);
        if (statusEdit) {
          edits.push(statusEdit);
          if (commitView !== disk && !dirty.has(statusEdit.path)) commitView.edits.push(statusEdit);
        }
      }

      if (settings.dryRun) {
        report.diff = unifiedDiff(edits);
        report.changedFiles = edits.map((e) => e.path).sort();
        return finishReport(report, clock.now());
      }

      // Apply. The day log on disk says "running"; if the plan leaves it alone, put the original back.
      const touched = await budget.stage('apply', async () => {
        // verifyBefore: a page a person saved after we read it is never overwritten. The day log on
        // disk is our own "running" mark, so that is what its edit expects to find.
        const written = await applyEdits(
          root,
          edits.map((e) => (e.path === dayLogPath && runningDayLog !== undefined ? { ...e, before: runningDayLog } : e)),
          { verifyBefore: true },
        );
        if (!edits.some((e) => e.path === dayLogPath)) {
          if (originalDayLog === undefined) await rm(dayLogFile, { force: true });
          else await writeFileAtomic(dayLogFile, originalDayLog);
        }
        markedRunning = false;
        return written;
      });
      report.changedFiles = touched;

      // Commit exactly those files; push with fetch/rebase/retry.
      if (commitView === disk) await commitAndPush(ctx, gitRepo, budget, report, touched);
      else {
        const contents = new Map(commitView.edits.map((e) => [e.path, e.after] as const));
        await commitAndPush(ctx, gitRepo, budget, report, [...contents.keys()].sort(), contents);
      }
      if (report.errors.length && report.status !== 'failed') {
        report.status = 'failed';
        report.reason = report.errors[0];
      }
      return finishReport(report, clock.now());
    } finally {
      if (report.stages.some((st) => st.stage === 'collect' && !st.ok)) await fetcher.abort();
      else await fetcher.close();
    }
  } catch (err) {
    report.status = 'failed';
    report.reason = errorMessage(err);
    report.errors.push(errorMessage(err));
    if (markedRunning) {
      // Leave an honest record: this run failed (not "running", not silently the old content).
      try {
        const current = (await readIfExists(dayLogFile)) ?? '';
        await writeFileAtomic(dayLogFile, markDayLogFailed(current, report.reason, localDateTime(clock.now(), config.timezone).slice(11), dayLogPath));
        if (!report.changedFiles.includes(dayLogPath)) report.changedFiles.push(dayLogPath);
      } catch (inner) {
        report.errors.push(`could not mark the day log failed: ${errorMessage(inner)}`);
      }
    }
    return finishReport(report, clock.now());
  } finally {
    await lock?.release();
  }
}

interface View {
  plan: ReturnType<typeof planEdits>;
  /** Page edits plus the seen file and the daily report page, which change only together with content. */
  edits: PageEdit[];
}

function planView(
  ctx: RunContext,
  report: RunReport,
  items: GatedItem[],
  files: Map<string, string>,
  seenText: string | undefined,
  time: string,
): View {
  const { config } = ctx;
  const plan = planEdits({
    config,
    date: report.date,
    time,
    files,
    items,
    canonicalize: (u: string) => safeCanonical(u) ?? u,
    run: { status: report.status, ...(report.reason ? { reason: report.reason } : {}), sources: report.sources },
  });
  const edits: PageEdit[] = [...plan.edits];
  if (edits.length) {
    const seen = seenText === undefined ? new SeenIndex() : parseSeen(seenText, config.pages.seenFile);
    for (const item of plan.written) seen.add(item.id, report.date, item.canonicalUrl);
    const seenAfter = serializeSeen(seen);
    if (seenAfter !== seenText) edits.push({ path: config.pages.seenFile, before: seenText, after: seenAfter });
    const reportBefore = files.get(config.pages.dailyReportPage);
    const reportAfter = mergeReportPage(reportBefore, renderReportRegion({ ...report, itemsAdded: plan.written.length, pages: plan.added }, config.pages.newsDir), config.pages.dailyReportPage);
    if (reportAfter !== reportBefore) edits.push({ path: config.pages.dailyReportPage, before: reportBefore, after: reportAfter });
  }
  return { plan, edits };
}

/** The system status page, refreshed together with a run's content changes (never on its own). */
async function systemStatusEdit(ctx: RunContext, report: RunReport, wiki: Map<string, string>): Promise<PageEdit | undefined> {
  const { config } = ctx;
  try {
    const gathered = await gatherHealth(ctx.settings, config, { logger: ctx.logger, clock: ctx.clock, env: ctx.env });
    const backups = statePaths(ctx.settings.stateDir).backups;
    const snaps = await listSnapshots(backups);
    const current = recordFromReport(finishReport({ ...report }, ctx.clock.now()));
    const before = wiki.get(config.pages.systemStatusPage);
    const status = buildStatus({
      runs: [...gathered.runs, current],
      health: gathered.health,
      backups: snaps.map((sn) => ({ id: sn.id, createdAt: sn.createdAt, bytes: sn.size })),
      backupStoreBytes: await storeSize(backups),
      now: ctx.clock.now(),
      timezone: config.timezone,
      ...(before !== undefined ? { existingPage: before } : {}),
      pageFile: config.pages.systemStatusPage,
    });
    return status.markdown === before ? undefined : { path: config.pages.systemStatusPage, before, after: status.markdown };
  } catch (err) {
    report.warnings.push(`system status page not refreshed: ${errorMessage(err)}`);
    return undefined;
  }
}

async function openGitIfAny(ctx: RunContext): Promise<GitRepo | undefined> {
  const repo = openRepo(ctx.settings.root, ctx.logger);
  return (await repo.isRepo()) ? repo : undefined;
}

async function commitAndPush(
  ctx: RunContext,
  repo: GitRepo | undefined,
  budget: Budget,
  report: RunReport,
  files: string[],
  contents?: ReadonlyMap<string, string | null>,
): Promise<void> {
  const { settings, config, clock } = ctx;
  if (!files.length) return;
  if (!repo) {
    report.warnings.push(`${settings.root} is not a git repository: changes written, nothing committed`);
    return;
  }
  const message = config.git.commitMessage.replace(/\{date\}/g, report.date);
  const commit = await budget.stage('commit', () =>
    repo.commitFiles(files, message, { name: config.git.authorName, email: config.git.authorEmail }, contents),
  );
  report.committed = commit.committed;
  if (commit.sha) report.commitSha = commit.sha;
  if (!commit.committed || !settings.push) return;
  const pushed = await budget.stage('push', () =>
    repo.push({
      remote: config.git.remote,
      ...(config.git.branch ? { branch: config.git.branch } : {}),
      attempts: config.git.pushAttempts,
      ...(settings.token ? { token: settings.token } : {}),
      clock,
    }),
  );
  report.pushed = pushed.pushed;
  if (pushed.sha) report.commitSha = pushed.sha;
  // A commit that could not be pushed is not lost (it stays local and goes out with the next run),
  // but the run is not a success: the wiki on the remote did not change.
  if (!pushed.pushed) report.errors.push(`push failed: ${pushed.error ?? 'unknown reason'}`);
}
