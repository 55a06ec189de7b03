/**
 * The split by-year listing in a run through the wiki index (src/pages/byyear.ts, listings.ts,
 * wikiview.ts), on a generated wiki in a real git repository: the spliced run writes and reads only
 * the year pages whose rows change plus the hub, and gives the same edits as a run that reads every
 * page; a year page edited by hand is rendered in full; the page index, lint, curation and the links
 * check treat the year pages as generated.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWiki, RUN_DATE, RUN_TIME } from '../../bench/wiki.js';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { canonicalUrl } from '../../src/gate/canonical.js';
import { gateItems } from '../../src/gate/gate.js';
import { parseSeen, serializeSeen } from '../../src/gate/seen.js';
import { lintWiki } from '../../src/lint/lint.js';
import type { NormalizedItem, SourceReport } from '../../src/model.js';
import { byYearLayout, isYearPage, parseHub, yearOfPage } from '../../src/pages/byyear.js';
import { isKnowledgePage } from '../../src/pages/knowledge.js';
import { dayLogPathFor, planEdits } from '../../src/pages/plan.js';
import { regionBody } from '../../src/pages/regions.js';
import { isWikiFile, recentIndexFile, serializeWikiIndex, WIKI_INDEX_FILE } from '../../src/pages/wikiindex.js';
import { candidateId, indexEdits, knownAmong, openWikiView, pagesForPlan, planPageReader, readForPlan, seenEdit } from '../../src/pages/wikiview.js';
import { existingEntryIds, readWiki } from '../../src/run/daily.js';
import { gitSync, isolateGitConfig } from '../support/git.js';

let restoreGit: () => void;
let root: string;
let config: Config;
let todays: NormalizedItem[];

const gitIn = (...args: string[]) => gitSync(root, ...args);
const canonical = (u: string) => {
  try {
    return canonicalUrl(u);
  } catch {
    return u;
  }
};
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

function sources(): SourceReport[] {
  return config.sources.map((s) => ({ id: s.id, kind: s.kind, url: 'url' in s ? s.url : '', outcome: 'fetched', items: 1, durationMs: 1, bytesDownloaded: 1, attempts: 1 }));
}

/** Another day's items: the same shapes and routes, other links. */
const day = (n: number) => todays.map((i) => ({ ...i, link: i.link.replace(/\/(article|post|p)\/(\d+)/, `/$1/${n}$2`), title: `${i.title} (${n}일)` }));

/** The run that reads every page (no index): the full render. */
async function fullRun(items: NormalizedItem[]) {
  const wiki = await readWiki(root, config);
  const seenText = read(config.pages.seenFile);
  const gated = gateItems({ items, config, seen: parseSeen(seenText, 'seen'), existing: { urls: new Set(), ids: existingEntryIds(wiki) } });
  const plan = planEdits({ config, date: RUN_DATE, time: RUN_TIME, files: wiki, items: gated.items, canonicalize: canonical, run: { status: 'success', sources: sources() } });
  const seen = parseSeen(seenText, 'seen');
  for (const i of plan.written) seen.add(i.id, RUN_DATE, i.canonicalUrl);
  return { plan, seenAfter: serializeSeen(seen) };
}

/** The run through the index, as src/run/stages/plan.ts does it (year pages read through planPageReader). */
async function indexedRun(items: NormalizedItem[]) {
  const view = await openWikiView(root, config, { dirty: new Set() });
  const known = knownAmong(view, new Set(items.map(candidateId).filter((x): x is string => !!x)));
  const gated = gateItems({ items, config, seen: known.seen, existing: { urls: new Set(), ids: known.existingIds } });
  const files = await readForPlan(view, pagesForPlan(config, gated.items, dayLogPathFor(config, RUN_DATE)));
  const plan = planEdits({ config, date: RUN_DATE, time: RUN_TIME, files, items: gated.items, canonicalize: canonical, run: { status: 'success', sources: sources() }, listing: view.listing, readPage: planPageReader(view) });
  const seen = seenEdit(view, plan.written, RUN_DATE);
  return { view, plan, seen, index: indexEdits(view, config, [...plan.edits, ...seen], { views: true }) };
}

/** The indexed run, written and committed as the bot does. */
async function botRun(items: NormalizedItem[]) {
  const r = await indexedRun(items);
  for (const e of [...r.plan.edits, ...r.seen, ...r.index]) {
    // The edit's `before` is what is on disk (apply refuses otherwise).
    expect(readFileSyncOrUndefined(e.path), e.path).toBe(e.before);
    mkdirSync(path.dirname(path.join(root, e.path)), { recursive: true });
    writeFileSync(path.join(root, e.path), e.after);
  }
  gitIn('add', '-A');
  gitIn('commit', '-q', '-m', 'bot run');
  return r;
}

function readFileSyncOrUndefined(rel: string): string | undefined {
  try {
    return read(rel);
  } catch {
    return undefined;
  }
}

function expectSameEdits(full: Awaited<ReturnType<typeof fullRun>>, indexed: Awaited<ReturnType<typeof indexedRun>>): void {
  expect(indexed.plan.edits.map((e) => e.path)).toEqual(full.plan.edits.map((e) => e.path));
  for (const [i, e] of full.plan.edits.entries()) expect(indexed.plan.edits[i]!.after, e.path).toBe(e.after);
  expect(indexed.plan.errors.map((e) => e.message)).toEqual(full.plan.errors.map((e) => e.message));
}

const yearPagesOf = (paths: Iterable<string>) => [...paths].filter((p) => isYearPage(config, p)).sort();

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  root = mkdtempSync(path.join(os.tmpdir(), 'by-year-split-'));
  await generateWiki(root, { pages: 300, entriesPerPage: 6, items: 200 });
  // A low threshold: this wiki's ~1,000 by-year rows are split.
  const raw = JSON.parse(read('wiki-daily.yml')) as { pages?: Record<string, unknown> };
  raw.pages = { ...raw.pages, byYearSplitRows: 200 };
  writeFileSync(path.join(root, 'wiki-daily.yml'), JSON.stringify(raw, null, 2));
  config = parseConfig(raw, 'wiki-daily.yml');
  todays = JSON.parse(read('items.json')) as NormalizedItem[];
  gitIn('init', '-q', '-b', 'main');
  gitIn('add', '-A');
  gitIn('commit', '-q', '-m', 'wiki');
  const first = await indexedRun([]);
  writeFileSync(path.join(root, WIKI_INDEX_FILE), serializeWikiIndex(first.view.index));
  gitIn('add', '-A');
  gitIn('commit', '-q', '-m', 'index');
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  restoreGit?.();
});

describe('the split by-year listing in a run', () => {
  const layout = () => byYearLayout(config);

  it('goes from one page to the hub and year pages in a full render, then splices only the year pages whose rows change', async () => {
    // The generated wiki has no by-year page yet; the first vouching run renders it in full, split.
    expect(readFileSyncOrUndefined(config.pages.byYearPage)).toBeUndefined();
    const first = await botRun(day(1));
    expect(first.plan.spliced).not.toContain(config.pages.byYearPage);
    const hub = regionBody(read(config.pages.byYearPage), 'by-year', config.pages.byYearPage)!;
    const tallies = parseHub(layout(), hub)!;
    expect(tallies).toBeDefined();
    const years = yearPagesOf(first.plan.edits.map((e) => e.path));
    expect(years.length).toBe(tallies.size);
    expect(years.length).toBeGreaterThan(2);
    // The year pages are indexed files, not knowledge pages; the page index does not list them. The run
    // wrote their lines in the index's overlay (the base is the one written before the run).
    const index = read(recentIndexFile());
    for (const y of years) {
      expect(isWikiFile(y, config)).toBe(true);
      expect(isKnowledgePage(config, y)).toBe(false);
      expect(index).toMatch(new RegExp(`^${y.replace(/[/.]/g, '\\$&')}\\t[0-9a-f]{40}\\t-\\t-\\t.*\\t-$`, 'm'));
    }
    expect(read(config.pages.indexPage)).not.toContain('by_year/');
    expect(read(config.pages.indexPage)).toContain('(by_year.md)');

    // The next run splices: it reads and writes the hub and the year pages of today's rows only.
    const items = day(2);
    const spliced = await indexedRun(items);
    expect(spliced.plan.spliced).toContain(config.pages.byYearPage);
    expect(spliced.plan.written.length).toBeGreaterThan(50);
    const written = yearPagesOf(spliced.plan.edits.map((e) => e.path));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(years.length);
    expect(yearPagesOf(spliced.view.files.keys())).toEqual(written);
    expect(spliced.plan.edits.map((e) => e.path)).toContain(config.pages.byYearPage);
    expectSameEdits(await fullRun(items), spliced);
    await botRun(items);
    // What it wrote is what a full render writes: the next run over no items changes nothing by-year.
    const again = await fullRun([]);
    expect(yearPagesOf(again.plan.edits.map((e) => e.path))).toEqual([]);
  });

  it('renders in full when a year page was edited by hand', async () => {
    const years = yearPagesOf((await openWikiView(root, config)).index.keys());
    const victim = years.find((y) => yearOfPage(layout(), y)!.year === 2026) ?? years[0]!;
    writeFileSync(path.join(root, victim), read(victim).replace(/^- \[.*\n/m, ''));
    gitIn('commit', '-q', '-am', 'a person edits a year page');
    const items = day(3);
    const r = await indexedRun(items);
    expect(r.view.refresh.rescanned).toEqual([victim]);
    expect(r.plan.spliced).not.toContain(config.pages.byYearPage);
    expect(r.plan.edits.map((e) => e.path)).toContain(victim);
    expectSameEdits(await fullRun(items), r);
    await botRun(items);
    // And the run after it splices again.
    const next = await indexedRun(day(4));
    expect(next.plan.spliced).toContain(config.pages.byYearPage);
    expectSameEdits(await fullRun(day(4)), next);
  });

  it('renders in full when a year page whose rows do not change was edited or removed by hand', async () => {
    const old = yearPagesOf((await openWikiView(root, config)).index.keys()).find((y) => yearOfPage(layout(), y)!.year === 2019)!;
    const text = read(old);
    writeFileSync(path.join(root, old), text.replace(/^- \[.*\n/m, ''));
    gitIn('commit', '-q', '-am', 'a person edits an old year page');
    const items = day(5);
    const edited = await indexedRun(items);
    expect(edited.plan.spliced).not.toContain(config.pages.byYearPage);
    expect(edited.plan.edits.find((e) => e.path === old)?.after).toBe(text);
    expectSameEdits(await fullRun(items), edited);
    await botRun(items);

    gitIn('rm', '-q', old);
    gitIn('commit', '-q', '-m', 'a person removes an old year page');
    const removed = await indexedRun(day(6));
    expect(removed.plan.spliced).not.toContain(config.pages.byYearPage);
    expect(removed.plan.edits.find((e) => e.path === old)?.after).toBe(text);
    expectSameEdits(await fullRun(day(6)), removed);
    await botRun(day(6));
  });

  it('lint accepts the split listing', async () => {
    const r = await lintWiki(root, path.join(root, 'wiki-daily.yml'));
    expect(r.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
    expect(r.checked.pages).toBeGreaterThan(300);
  });
});
