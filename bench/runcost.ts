/**
 * Benchmark: the non-network part of a run with the wiki index (src/pages/wikiview.ts), which reads
 * and rewrites only the pages it touches. Same generated wiki and items as bench/daily.ts, in a real
 * git repository in the steady state: `generate` commits the wiki, then the index (its first build,
 * every page read once), then performs yesterday's run (a different set of items, the day before
 * RUN_DATE) with the same pipeline `measure` times, and commits it. So the measured run finds what a
 * run on any other day finds: the by-year page, the timeline and the news index already written, the
 * index and the seen file as the bot last committed them (the index as a base, the first build, and the
 * overlay yesterday's run wrote over it, as a wiki has them between two compactions).
 *
 *   node <out>/bench/runcost.js generate <dir> <pages> <entriesPerPage> <items>
 *   node <out>/bench/runcost.js measure <dir>      (fresh process: peak RSS is this pipeline's; then commits)
 *   node <out>/bench/runcost.js reset <dir>        (back to yesterday's commit: reset --hard + clean)
 *
 * The run's own overheads are stages too, as src/run/daily.ts does them: the backup snapshot before
 * anything else (the store in <dir>/.wiki-daily/backups holds yesterday's snapshot, as on a runner
 * whose state is cached) and the journal of the writes before apply. `reset` also takes the store back
 * to yesterday's snapshots, and the wiki index's vouch (index-check.json, src/pages/indexcheck.ts) back to
 * the one yesterday's run recorded, so every measure finds the same state folder.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Config } from '../src/config/schema.js';
import { parseConfig } from '../src/config/load.js';
import { canonicalUrl } from '../src/gate/canonical.js';
import { recentSeenFile, SEEN_HEADER } from '../src/gate/seen.js';
import { gateItems } from '../src/gate/gate.js';
import { botIdentity } from '../src/git/publish.js';
import { openRepo } from '../src/git/repo.js';
import { silentLogger } from '../src/log.js';
import type { NormalizedItem, SourceReport } from '../src/model.js';
import { tuneHeap } from '../src/heap.js';
import { applyEdits } from '../src/pages/apply.js';
import { Journal } from '../src/run/journal.js';
import { journalEdits } from '../src/run/stages/apply.js';
import { snapshotBeforeRun } from '../src/run/stages/backup.js';
import { DEFAULT_STATE_DIR, statePaths } from '../src/state.js';
import { dayLogPathFor, planEdits, type PageEdit } from '../src/pages/plan.js';
import { recentIndexFile, serializeWikiIndex, WIKI_INDEX_FILE } from '../src/pages/wikiindex.js';
import { candidateId, indexEdits, knownAmong, openWikiView, pagesForPlan, planPageReader, readForPlan, seenEdit } from '../src/pages/wikiview.js';
import { recordIndexCheck } from '../src/pages/indexcheck.js';
import { generateWiki, newItems, RUN_DATE, RUN_TIME } from './wiki.js';

const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
const git = (root: string, ...args: string[]) => execFileSync('git', ['-c', 'gc.auto=0', ...args], { cwd: root, env: gitEnv, encoding: 'utf8', maxBuffer: 1 << 30 });

/** The commit `reset` returns to: the wiki after yesterday's run. */
const STEADY_TAG = 'bench-steady';
/** Yesterday's run: the day before RUN_DATE, its items published the day before that. */
const YESTERDAY = new Date(Date.parse(`${RUN_DATE}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The run's state folder in the bench wiki (git-excluded, as .gitignore excludes it in a real wiki). */
const stateOf = (root: string) => statePaths(path.join(root, DEFAULT_STATE_DIR));
/** The backup snapshots of the steady state (listed by generate; reset removes any other). */
const STEADY_SNAPSHOTS = 'steady-snapshots.json';
/** The store's git blob table and the next delta's base (src/ops/backup/store.ts, delta.ts), as yesterday's snapshot left them. */
const GIT_BLOBS = 'git-blobs.tsv';
const GIT_BASE = 'git-base.json';
/** The wiki index's vouch as yesterday's run recorded it (src/pages/indexcheck.ts), restored by reset. */
const STEADY_INDEX_CHECK = 'steady-index-check.json';

function loadConfig(root: string): Config {
  return parseConfig(JSON.parse(readFileSync(path.join(root, 'wiki-daily.yml'), 'utf8')), 'wiki-daily.yml');
}

/** Times a step (measure) or just runs it (generate). */
type Stage = <T>(name: string, fn: () => T | Promise<T>) => Promise<T>;
const untimed: Stage = async (_name, fn) => fn();

const canonical = (u: string) => {
  try {
    return canonicalUrl(u);
  } catch {
    return u;
  }
};

/**
 * One run without the network, as the staged run does it: backup → git status → index → known ids →
 * gate → read pages → plan → seen → index out → journal → apply. Returns what was read and written;
 * commits nothing (the journal stays until the caller clears it, as the run does once it is recorded).
 */
async function runPipeline(root: string, config: Config, items: NormalizedItem[], date: string, stage: Stage) {
  const state = stateOf(root);
  // src/run/stages/backup.ts: a snapshot of everything the run may write, before the first write.
  const backup = await stage('backup', () => snapshotBeforeRun(root, config, state.backups, date));
  // As the run does (src/run/stages/gate.ts readWikiState): git status runs while the index is read.
  // With the index's vouch from the run before (state folder), as the run reads it.
  const view = await stage('status+index', () => openWikiView(root, config, { dirty: openRepo(root, silentLogger).dirtyFiles().then((f) => new Set(f)), checkFile: state.indexCheck }));
  const known = await stage('known ids', () => knownAmong(view, new Set(items.map(candidateId).filter((x): x is string => !!x))));
  const gated = await stage('gate', () => gateItems({ items, config, seen: known.seen, existing: { urls: new Set<string>(), ids: known.existingIds } }));
  const files = await stage('read pages', () => readForPlan(view, pagesForPlan(config, gated.items, dayLogPathFor(config, date))));
  const sources: SourceReport[] = config.sources.map((s) => ({ id: s.id, kind: s.kind, url: 'url' in s ? s.url : '', outcome: 'fetched', items: 1, durationMs: 200, bytesDownloaded: 1, attempts: 1 }));
  const plan = await stage('plan', () =>
    planEdits({ config, date, time: RUN_TIME, files, items: gated.items, canonicalize: canonical, run: { status: 'success', sources }, listing: view.listing, readPage: planPageReader(view) }),
  );
  const edits: PageEdit[] = [...plan.edits];
  await stage('seen', () => {
    edits.push(...seenEdit(view, plan.written, date));
  });
  await stage('index out', () => {
    edits.push(...indexEdits(view, config, edits, { views: plan.views }));
  });
  // src/run/stages/apply.ts: what is about to be written (and the text before it) goes to the journal.
  const journal = new Journal(state.root, state.backups);
  await stage('journal', () => journalEdits(root, journal, { version: 1, startedAt: new Date().toISOString(), date, phase: 'started', entries: [] }, edits));
  // src/run/daily.ts: the edits, then the index's vouch for the next run.
  const changed = await stage('apply', async () => {
    const written = await applyEdits(root, edits, { verifyBefore: true });
    await recordIndexCheck(state.indexCheck, config, view, edits);
    return written;
  });
  return { backup, view, files, gated, plan, edits, changed, journal };
}

/** Commit exactly the files a run changed, as the run's commit stage does (GitRepo.commitFiles). */
async function commitRun(root: string, config: Config, changed: string[], date: string): Promise<string> {
  const res = await openRepo(root, silentLogger).commitFiles(changed, config.git.commitMessage.replace(/\{date\}/g, date), botIdentity(config));
  if (!res.committed) throw new Error(`the run of ${date} changed ${changed.length} files but nothing was committed`);
  return res.sha!;
}

async function generate(root: string, pages: number, entriesPerPage: number, items: number): Promise<void> {
  const t0 = performance.now();
  const shape = { pages, entriesPerPage, items };
  const r = await generateWiki(root, shape);
  const t1 = performance.now();
  git(root, 'init', '-q', '-b', 'main');
  appendFileSync(path.join(root, '.git', 'info', 'exclude'), `/${DEFAULT_STATE_DIR}/\n`);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'wiki');
  const t2 = performance.now();
  // The first run with the index builds it (every page read once); what it costs is printed too.
  const config = loadConfig(root);
  const view = await openWikiView(root, config);
  const index = view.index;
  index.seenBlob = git(root, 'hash-object', config.pages.seenFile).trim();
  writeFileSync(path.join(root, WIKI_INDEX_FILE), serializeWikiIndex(index));
  // A large wiki's seen set is log-structured (src/gate/seenstore.ts): the runs before wrote the
  // recent file, so this run finds one and looks the base up without reading it.
  if (view.seen.logged) writeFileSync(path.join(root, recentSeenFile(config.pages.seenFile)), `${SEEN_HEADER}\n`);
  const t3 = performance.now();
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'index');
  // Yesterday's run: other items, the same pipeline, committed like a run commits.
  const t4 = performance.now();
  const yesterday = await runPipeline(root, config, newItems(shape, 1), YESTERDAY, untimed);
  if (yesterday.plan.errors.length) throw new Error(`yesterday's run: plan errors: ${yesterday.plan.errors.join('; ')}`);
  await yesterday.journal.clear();
  await commitRun(root, config, yesterday.changed, YESTERDAY);
  git(root, 'tag', '-f', STEADY_TAG);
  writeFileSync(path.join(stateOf(root).root, STEADY_SNAPSHOTS), JSON.stringify(snapshotFiles(root)));
  copyFileSync(path.join(stateOf(root).backups, GIT_BLOBS), path.join(stateOf(root).root, GIT_BLOBS));
  copyFileSync(path.join(stateOf(root).backups, GIT_BASE), path.join(stateOf(root).root, GIT_BASE));
  copyFileSync(stateOf(root).indexCheck, path.join(stateOf(root).root, STEADY_INDEX_CHECK));
  const t5 = performance.now();
  process.stdout.write(
    JSON.stringify({
      ...r,
      generateMs: t1 - t0,
      gitMs: t2 - t1,
      buildIndexMs: t3 - t2,
      indexBytes: Buffer.byteLength(readFileSync(path.join(root, WIKI_INDEX_FILE))),
      indexOverlayBytes: Buffer.byteLength(readFileSync(path.join(root, recentIndexFile()))),
      yesterday: { date: YESTERDAY, ms: t5 - t4, written: yesterday.plan.written.length, changed: yesterday.changed.length },
    }) + '\n',
  );
}

interface StageFigures {
  name: string;
  ms: number;
  cpuMs: number;
  maxRssKb: number;
  /** After the stage (process.memoryUsage): what is live on V8's heap, and outside it (Buffers). */
  heapUsedMb: number;
  externalMb: number;
}

async function measure(root: string): Promise<void> {
  // As dist/index.js does first thing (src/heap.ts): the measured process runs with the product's heap settings.
  tuneHeap();
  const baselineRssKb = process.resourceUsage().maxRSS;
  const config = loadConfig(root);
  const items = JSON.parse(readFileSync(path.join(root, 'items.json'), 'utf8')) as NormalizedItem[];
  const stages: StageFigures[] = [];
  const started = performance.now();
  const stage: Stage = async (name, fn) => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const value = await fn();
    const used = process.cpuUsage(cpu);
    const mem = process.memoryUsage();
    stages.push({ name, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, maxRssKb: process.resourceUsage().maxRSS, heapUsedMb: Math.round(mem.heapUsed / 2 ** 20), externalMb: Math.round(mem.external / 2 ** 20) });
    return value;
  };
  const { backup, view, files, gated, plan, edits, changed, journal } = await runPipeline(root, config, items, RUN_DATE, stage);
  const totalMs = performance.now() - started;
  const peakRssKb = process.resourceUsage().maxRSS;
  await journal.clear();
  // Not in totalMs: the commit is git's work (child processes), timed on its own.
  const c = performance.now();
  await commitRun(root, config, changed, RUN_DATE);
  const commitMs = performance.now() - c;
  const after = new Map(edits.map((e) => [e.path, e.after]));
  const writtenBytes = changed.map((p) => ({ path: p, bytes: Buffer.byteLength(after.get(p) ?? '') })).sort((a, b) => b.bytes - a.bytes);
  process.stdout.write(
    JSON.stringify({
      backup: { kind: backup.kind, created: backup.created, files: backup.files, blobsAdded: backup.blobsAdded },
      indexedFiles: view.index.size,
      rescanned: view.refresh.rescanned.length,
      rebuilt: view.refresh.rebuilt ?? null,
      seenTrusted: view.seen.baseTrusted,
      seenLogged: view.seen.logged,
      seenBaseBytesRead: view.seen.baseBytesRead,
      filesRead: files.size,
      spliced: plan.spliced,
      items: items.length,
      lanes: gated.counts,
      written: plan.written.length,
      planErrors: plan.errors.length,
      edits: edits.length,
      changed: changed.length,
      stages,
      totalMs,
      commitMs,
      writtenBytes: writtenBytes.reduce((a, f) => a + f.bytes, 0),
      largestWritten: writtenBytes.slice(0, 3),
      baselineRssKb,
      peakRssKb,
    }) + '\n',
  );
}

function snapshotFiles(root: string): string[] {
  return readdirSync(path.join(stateOf(root).backups, 'snapshots')).sort();
}

/** The backup store as generate left it: later snapshots and the blobs only they hold removed, its git blob table back, no journal. */
function resetStore(root: string): void {
  const state = stateOf(root);
  rmSync(path.join(state.root, 'journal'), { recursive: true, force: true });
  copyFileSync(path.join(state.root, GIT_BLOBS), path.join(state.backups, GIT_BLOBS));
  copyFileSync(path.join(state.root, GIT_BASE), path.join(state.backups, GIT_BASE));
  copyFileSync(path.join(state.root, STEADY_INDEX_CHECK), state.indexCheck);
  const steady = new Set(JSON.parse(readFileSync(path.join(state.root, STEADY_SNAPSHOTS), 'utf8')) as string[]);
  const snapshots = path.join(state.backups, 'snapshots');
  const referenced = new Set<string>();
  for (const name of snapshotFiles(root)) {
    if (!steady.has(name)) rmSync(path.join(snapshots, name));
    else for (const f of (JSON.parse(readFileSync(path.join(snapshots, name), 'utf8')) as { files: { sha256: string }[] }).files) referenced.add(f.sha256);
  }
  const blobs = path.join(state.backups, 'blobs');
  for (const dir of readdirSync(blobs)) for (const name of readdirSync(path.join(blobs, dir))) if (!referenced.has(name)) rmSync(path.join(blobs, dir, name));
}

async function main(): Promise<void> {
  const [mode, dir, ...rest] = process.argv.slice(2);
  if (!dir) throw new Error('usage: runcost.js generate <dir> <pages> <entriesPerPage> <items> | measure <dir> | reset <dir>');
  const root = path.resolve(dir);
  if (mode === 'generate') {
    const [pages, perPage, items] = rest.map(Number);
    if (!pages || !perPage || !items) throw new Error('generate needs <pages> <entriesPerPage> <items>');
    await generate(root, pages, perPage, items);
  } else if (mode === 'measure') await measure(root);
  else if (mode === 'reset') {
    git(root, 'reset', '-q', '--hard', STEADY_TAG);
    git(root, 'clean', '-qfd');
    resetStore(root);
    process.stdout.write('{}\n');
  } else throw new Error(`unknown mode ${JSON.stringify(mode)}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench/runcost: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
