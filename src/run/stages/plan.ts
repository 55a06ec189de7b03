/**
 * Plan: the pure planner over the wiki as read, plus the seen file, the daily report page and the
 * system status page, which change only together with content.
 *
 * Normally one plan: the working tree is what gets committed. When a person has uncommitted changes
 * in files the run may write, a second plan is made on HEAD's version of those files: the disk gets
 * the entries merged into the person's text, while the commit gets only the bot's own change (the
 * person's edit stays theirs, uncommitted).
 */
import { errorMessage } from '../../errors.js';
import { recentSeenFile, type SeenEntry } from '../../gate/seen.js';
import type { SeenStore } from '../../gate/seenstore.js';
import type { GitRepo } from '../../git/repo.js';
import type { GatedItem, RunReport } from '../../model.js';
import { listSnapshots, storeSize } from '../../ops/backup/store.js';
import { gatherHealth, runsFromDayLogs } from '../../ops/gather.js';
import { recordFromReport } from '../../ops/history.js';
import { buildStatus, statusTargets } from '../../ops/status.js';
import { dayLogPathFor, planEdits, type PageEdit } from '../../pages/plan.js';
import { indexEdits, pagesForPlan, planPageReader, readForPlan } from '../../pages/wikiview.js';
import { mergeReportPage, renderReportRegion } from '../../report/page.js';
import { finishReport } from '../../report/report.js';
import { localDateTime } from '../../time.js';
import type { StageContext } from '../context.js';
import { withCuration } from './curate.js';
import { safeCanonical } from '../../gate/canonical.js';
import type { WikiState } from './gate.js';

export interface View {
  plan: ReturnType<typeof planEdits>;
  /** Page edits plus the seen files and the daily report page, which change only together with content. */
  edits: PageEdit[];
  /** The base seen file this view leaves is sorted (no unusable lines kept after the entries): the index may vouch for it. */
  seenTrustable: boolean;
}

export interface Planned {
  /** What goes on disk. */
  disk: View;
  /** What goes into the commit (the same object as `disk` unless a person's edits overlap). */
  commit: View;
  warnings: string[];
}

export async function planRun(
  ctx: StageContext,
  report: Readonly<RunReport>,
  items: GatedItem[],
  state: WikiState,
  repo: GitRepo | undefined,
  /** This run's curation (src/run/stages/curate.ts): today's entries are planned on top of it. */
  curationEdits: readonly PageEdit[] = [],
  /** The seen entries the curation adds (its seen-file edits are planned again with today's entries). */
  curationSeen: readonly SeenEntry[] = [],
): Promise<Planned> {
  const { config } = ctx;
  const warnings: string[] = [];
  const time = localDateTime(ctx.clock.now(), config.timezone).slice(11);
  const seenPaths = new Set([config.pages.seenFile, recentSeenFile(config.pages.seenFile)]);
  // The seen files are written once, from the seen set as read, with the curation's entries and today's.
  const curation = curationEdits.filter((e) => !seenPaths.has(e.path));
  const makePlan = (files: Map<string, string>, seen: SeenStore): View =>
    planView(ctx, report, items, files, seen, curationSeen, time, state, curationEdits.length > 0);
  const view = state.view;

  const dirty = state.dirty;
  // HEAD's version of every dirty file the run might touch (undefined = untracked: a person's new file).
  const dirtyHere = repo ? [...dirty].filter((f) => seenPaths.has(f) || view.index.has(f)) : [];
  const headText = new Map<string, string | undefined>();
  for (const f of dirtyHere) headText.set(f, await repo!.readHead(f));
  // Only the pages this run may touch are read; the index lists the others. A person's untracked page
  // is theirs until committed: not read, not listed in the indexes, on disk or in git (the view leaves it out).
  const planFiles = new Map(await readForPlan(view, pagesForPlan(config, items, dayLogPathFor(config, report.date))));
  // The curated pages as curation leaves them: what today's entries land on.
  for (const e of curation) if (e.path.endsWith('.md')) planFiles.set(e.path, e.after);
  const disk = makePlan(planFiles, view.seen);
  let commit = disk;
  const overlapping = dirtyHere.filter((f) => headText.get(f) !== undefined && disk.edits.some((e) => e.path === f));
  if (overlapping.length) {
    const headWiki = new Map(planFiles);
    for (const f of overlapping) headWiki.set(f, headText.get(f)!);
    // HEAD's seen files where a person changed them (a base of theirs is parsed, not trusted).
    const headSeen: { base?: string | undefined; recent?: string | undefined } = {};
    if (headText.has(config.pages.seenFile)) headSeen.base = headText.get(config.pages.seenFile);
    if (headText.has(recentSeenFile(config.pages.seenFile))) headSeen.recent = headText.get(recentSeenFile(config.pages.seenFile));
    const recordedBlob = view.index.seenBlob;
    commit = makePlan(headWiki, Object.keys(headSeen).length ? view.seen.withTexts(headSeen, recordedBlob ? { recordedBlob } : {}) : view.seen);
    warnings.push(
      `kept out of the bot commit: uncommitted edits in ${overlapping.slice(0, 10).join(', ')}${overlapping.length > 10 ? ', …' : ''} (the new entries are merged on disk and committed without them)`,
    );
  }
  // One edit per file from the disk text to the final one; curation never touches a person's dirty file,
  // so both views carry it the same way.
  if (curation.length) {
    disk.edits = withCuration(curation, disk.edits);
    if (commit !== disk) commit.edits = withCuration(curation, commit.edits);
  }
  if (disk.edits.length) {
    const statusEdit = await systemStatusEdit(ctx, report, planFiles, commit.plan.written.length, warnings);
    if (statusEdit) {
      disk.edits.push(statusEdit);
      if (commit !== disk && !dirty.has(statusEdit.path)) commit.edits.push(statusEdit);
    }
    // The wiki index follows the files it describes, in the same write and the same commit. With a
    // person's uncommitted edits, disk and commit get the index of the commit: it vouches only for
    // committed text, so the next run reads their (dirty) files again instead of trusting them.
    for (const edit of indexEdits(view, config, commit.edits, { trustSeen: commit.seenTrustable && disk.seenTrustable, views: commit.plan.views })) {
      disk.edits.push(edit);
      if (commit !== disk) commit.edits.push(edit);
    }
  }
  return { disk, commit, warnings };
}

function planView(
  ctx: StageContext,
  report: Readonly<RunReport>,
  items: GatedItem[],
  files: Map<string, string>,
  seen: SeenStore,
  curationSeen: readonly SeenEntry[],
  time: string,
  state: WikiState,
  curated: boolean,
): View {
  const { config } = ctx;
  const plan = planEdits({
    // Curation moved entries: the day log, knowledge pages and indexes follow even with no new item.
    ...(curated ? { contentChanged: true } : {}),
    config,
    date: report.date,
    time,
    files,
    items,
    canonicalize: (u: string) => safeCanonical(u) ?? u,
    run: { status: report.status, ...(report.reason ? { reason: report.reason } : {}), sources: report.sources },
    listing: state.view.listing,
    readPage: planPageReader(state.view),
  });
  const edits: PageEdit[] = [...plan.edits];
  let seenTrustable = true;
  if (edits.length) {
    // The recent seen file and/or the base (a small wiki's base, or a compaction): src/gate/seenstore.ts.
    const written = seen.write([...curationSeen, ...plan.written.map((item) => ({ id: item.id, date: report.date, url: item.canonicalUrl }))]);
    seenTrustable = written.baseTrustable;
    edits.push(...written.edits);
    const reportBefore = files.get(config.pages.dailyReportPage);
    const reportAfter = mergeReportPage(
      reportBefore,
      renderReportRegion({ ...report, itemsAdded: plan.written.length, pages: plan.added }, config.pages.newsDir),
      config.pages.dailyReportPage,
    );
    if (reportAfter !== reportBefore) edits.push({ path: config.pages.dailyReportPage, before: reportBefore, after: reportAfter });
  }
  return { plan, edits, seenTrustable };
}

/** The system status page, refreshed together with a run's content changes (never on its own). */
async function systemStatusEdit(
  ctx: StageContext,
  report: Readonly<RunReport>,
  wiki: Map<string, string>,
  itemsAdded: number,
  warnings: string[],
): Promise<PageEdit | undefined> {
  const { config } = ctx;
  try {
    const gathered = await gatherHealth(ctx.settings, config, { logger: ctx.logger, clock: ctx.clock });
    const snaps = await listSnapshots(ctx.state.backups);
    const current = recordFromReport(finishReport({ ...report, itemsAdded, stages: [...report.stages] }, ctx.clock.now()));
    const before = wiki.get(config.pages.systemStatusPage);
    const status = buildStatus({
      runs: [...gathered.runs, current],
      health: gathered.health,
      backups: snaps.map((sn) => ({ id: sn.id, createdAt: sn.createdAt, bytes: sn.size })),
      backupStoreBytes: await storeSize(ctx.state.backups),
      now: ctx.clock.now(),
      timezone: config.timezone,
      ...(before !== undefined ? { existingPage: before } : {}),
      pageFile: config.pages.systemStatusPage,
      // Availability over 90 days from the committed day logs, against the operations guide's targets.
      dayLogRuns: await runsFromDayLogs(ctx.settings.root, config, ctx.clock.now(), 90),
      targets: statusTargets(config),
    });
    return status.markdown === before ? undefined : { path: config.pages.systemStatusPage, before, after: status.markdown };
  } catch (err) {
    warnings.push(`system status page not refreshed: ${errorMessage(err)}`);
    return undefined;
  }
}
