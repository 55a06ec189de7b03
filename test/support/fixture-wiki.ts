/**
 * The frozen fixture wiki (fixtures/wiki: pages, a day log, a seen file and its own config). Tests
 * start every workspace from it, never from the live wiki at the repository root, so a daily run
 * or a person editing the live wiki cannot change what the tests see.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareDemoWorkspace, type DemoOptions, type DemoWorkspace } from '../../src/demo/workspace.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_WIKI = path.join(PROJECT_ROOT, 'fixtures', 'wiki');
export const FIXTURE_CONFIG = path.join(FIXTURE_WIKI, 'wiki-daily.yml');

/** The day log the fixture wiki already holds (one run on 2026-11-20 wrote it and its 7 entries). */
export const FIXTURE_DAY_LOG = 'news/2026-11-20.md';

/** Ids the fixture wiki already holds (its seen file), so a test can count only what a run adds. */
export const FIXTURE_SEEN_IDS: ReadonlySet<string> = new Set(
  readFileSync(path.join(FIXTURE_WIKI, 'data', 'seen.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0]!),
);

/** A demo workspace (bare origin, clone, loopback server) started from the fixture wiki. */
export function prepareFixtureWorkspace(opts: Omit<DemoOptions, 'projectRoot' | 'wikiRoot'> = {}): Promise<DemoWorkspace> {
  return prepareDemoWorkspace({ projectRoot: PROJECT_ROOT, wikiRoot: FIXTURE_WIKI, ...opts });
}
