/**
 * End-to-end helpers: the offline demo workspace (bare origin + clone + loopback fixture server) with
 * the product called in-process through `execute()`, as the CLI and the Action call it. Results are
 * inspected with plain git and the files on disk, never through the product's own readers.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execute, type CommandOutcome } from '../../src/app.js';
import type { DemoOptions, DemoWorkspace } from '../../src/demo/workspace.js';
import { MemoryLogger } from './memory-logger.js';
import type { RunReport } from '../../src/model.js';
import { parseCliArgs, type Settings } from '../../src/settings.js';
import { systemClock, type Clock } from '../../src/time.js';
import { git } from './git.js';
import { listFiles } from '../../src/fsutil.js';
import { prepareFixtureWorkspace } from './fixture-wiki.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_FEEDS = path.join(PROJECT_ROOT, 'fixtures', 'feeds');

/** The folders a run may write; their files are hashed to prove what changed and what did not. */
export const CONTENT_DIRS = ['pages', 'news', 'data'] as const;

export interface RunResult {
  outcome: CommandOutcome;
  report: RunReport;
  logger: MemoryLogger;
}

export interface E2eWorkspace extends DemoWorkspace {
  /** Settings for `run` in this workspace (with --force unless `force: false`), plus extra flags. */
  settings(extraArgs?: string[], opts?: { force?: boolean }): Settings;
  /** `execute()` of `wiki-daily run` with these extra flags; the outcome must carry a report. */
  run(extraArgs?: string[], opts?: { force?: boolean; clock?: Clock }): Promise<RunResult>;
  /** Start a run without waiting (for tests that act while it is inside a stage). */
  start(extraArgs?: string[], opts?: { force?: boolean; clock?: Clock }): Promise<RunResult>;
  /** Plain git in the wiki clone (stdout, untrimmed). */
  git(...args: string[]): Promise<string>;
  /** Commit subjects on origin's main, newest first. */
  originLog(format?: string): Promise<string[]>;
  originHead(): Promise<string>;
  /** A file's content at origin's main. */
  originShow(file: string): Promise<string>;
  /** A new working clone of origin with its own identity ("Person N"). */
  cloneOrigin(): Promise<string>;
  read(rel: string): Promise<string>;
  /** sha256 of every file under pages/, news/, data/ by root-relative path. */
  hashes(): Promise<Map<string, string>>;
}

export function settingsFor(ws: Pick<DemoWorkspace, 'root' | 'stateDir' | 'configFile'>, extraArgs: string[] = [], force = true): Settings {
  const parsed = parseCliArgs(
    ['run', '--root', ws.root, '--state', ws.stateDir, '--config', ws.configFile, ...(force ? ['--force'] : []), ...extraArgs],
    {},
  );
  if ('help' in parsed) throw new Error(`parseCliArgs returned "help" for ${extraArgs.join(' ')}`);
  return { ...parsed };
}

export async function hashFiles(root: string, dirs: readonly string[] = CONTENT_DIRS): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const d of dirs)
    for (const p of await listFiles(root, d)) out.set(p, createHash('sha256').update(await readFile(path.join(root, p))).digest('hex'));
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Paths whose hash differs, appeared or disappeared between two snapshots. */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

export async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

function wrap(ws: DemoWorkspace): E2eWorkspace {
  let clones = 0;
  const start = (extraArgs: string[] = [], opts: { force?: boolean; clock?: Clock } = {}): Promise<RunResult> => {
    const logger = new MemoryLogger();
    return execute(settingsFor(ws, extraArgs, opts.force ?? true), { logger, clock: opts.clock ?? systemClock, env: {} }).then(
      (outcome) => {
        if (!outcome.report) throw new Error(`execute(run) returned no report: ${outcome.text}`);
        return { outcome, report: outcome.report, logger };
      },
    );
  };
  return {
    ...ws,
    settings: (extraArgs = [], opts = {}) => settingsFor(ws, extraArgs, opts.force ?? true),
    run: start,
    start,
    git: (...args) => git(ws.root, args),
    async originLog(format = '%s') {
      return (await git(ws.origin, ['log', `--format=${format}`, 'main'])).split('\n').filter(Boolean);
    },
    async originHead() {
      return (await git(ws.origin, ['rev-parse', 'main'])).trim();
    },
    originShow: (file) => git(ws.origin, ['show', `main:${file}`]),
    async cloneOrigin() {
      const n = ++clones;
      const dir = path.join(ws.dir, `other-clone-${n}`);
      await git(ws.dir, ['clone', '--quiet', '-c', `user.name=Person ${n}`, '-c', `user.email=person${n}@example.test`, ws.origin, dir]);
      return dir;
    },
    read: (rel) => readFile(path.join(ws.root, rel), 'utf8'),
    hashes: () => hashFiles(ws.root),
  };
}

/** A fresh demo workspace started from the fixture wiki; the caller closes it (server and temp folder). */
export async function openWorkspace(opts: Omit<DemoOptions, 'projectRoot' | 'wikiRoot'> = {}): Promise<E2eWorkspace> {
  return wrap(await prepareFixtureWorkspace(opts));
}

/** A fresh demo workspace for the duration of `fn`; server and temp folder are removed afterwards. */
export async function withWorkspace<T>(opts: Omit<DemoOptions, 'projectRoot' | 'wikiRoot'>, fn: (ws: E2eWorkspace) => Promise<T>): Promise<T> {
  const ws = await openWorkspace(opts);
  try {
    return await fn(ws);
  } finally {
    await ws.close();
  }
}

/** A fixture file as a route for the loopback server. */
export async function fixtureRoute(file: string, contentType: string): Promise<{ body: Buffer; contentType: string }> {
  return { body: await readFile(path.join(FIXTURE_FEEDS, file)), contentType };
}

/** Fixture feeds that answer well-formed, by the source id the e2e tests give them. */
const GOOD_FEEDS = {
  atom: { route: '/atom.xml', file: 'atom.xml', type: 'application/atom+xml' },
  jsonfeed: { route: '/feed.json', file: 'feed.json', type: 'application/feed+json' },
  magazine: { route: '/rss2.xml', file: 'rss2-magazine.xml', type: 'application/rss+xml' },
  'youtube-feed': { route: '/youtube.xml', file: 'youtube.xml', type: 'application/atom+xml' },
} as const;

/** Workspace options whose only sources are these good fixture feeds, in this order: a run over them can be a plain success. */
export async function goodFeedsOnly(...ids: (keyof typeof GOOD_FEEDS)[]): Promise<Pick<DemoOptions, 'onlyExtraSources' | 'extraRoutes' | 'extraSources'>> {
  const extraRoutes: NonNullable<DemoOptions['extraRoutes']> = {};
  const extraSources: NonNullable<DemoOptions['extraSources']> = [];
  for (const id of ids) {
    const feed = GOOD_FEEDS[id];
    extraRoutes[feed.route] = await fixtureRoute(feed.file, feed.type);
    extraSources.push({ id, url: `{{BASE}}${feed.route}` });
  }
  return { onlyExtraSources: true, extraRoutes, extraSources };
}

/** Number of non-overlapping occurrences of `url` not followed by more URL characters. */
export function countUrl(text: string, url: string): number {
  const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`${escaped}(?![\\w/?&=%.#~+-])`, 'g'))].length;
}

/** Wait until `cond()` holds, polling; fails with `what` after `timeoutMs`. */
export async function waitFor(cond: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
