/**
 * The wiki index (src/pages/wikiindex.ts, wikiview.ts) against the way the run works today (read
 * every page, scan every page, parse the whole seen file): on the same generated wiki in a real git
 * repository both give the same gate lanes, the same page edits and the same seen file — also after a
 * person edited a page by hand, committed or not.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWiki, RUN_DATE, RUN_TIME } from '../../bench/wiki.js';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { canonicalUrl } from '../../src/gate/canonical.js';
import { gateItems } from '../../src/gate/gate.js';
import { parseSeen, SeenIndex, serializeSeen } from '../../src/gate/seen.js';
import { insertSeen, seenEntriesAmong } from '../../src/gate/seenfile.js';
import { entryId } from '../../src/gate/canonical.js';
import type { NormalizedItem, SourceReport } from '../../src/model.js';
import { planEdits } from '../../src/pages/plan.js';
import { recentIndexFile, refreshWikiIndex, serializeWikiIndex, trackedBlobIds, WIKI_INDEX_FILE } from '../../src/pages/wikiindex.js';
import { candidateId, indexEdits, knownAmong, openWikiView, pagesForPlan, readForPlan, seenEdit } from '../../src/pages/wikiview.js';
import { dayLogPathFor } from '../../src/pages/plan.js';
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

function sources(): SourceReport[] {
  return config.sources.map((s) => ({ id: s.id, kind: s.kind, url: 'url' in s ? s.url : '', outcome: 'fetched', items: 1, durationMs: 1, bytesDownloaded: 1, attempts: 1 }));
}

/** Today's run, the way src/run/daily.ts does it: every page read and scanned. */
async function fullRun(items: NormalizedItem[] = todays) {
  const wiki = await readWiki(root, config);
  const seenText = readFileSync(path.join(root, config.pages.seenFile), 'utf8');
  const gated = gateItems({ items, config, seen: parseSeen(seenText, 'seen'), existing: { urls: new Set(), ids: existingEntryIds(wiki) } });
  const plan = planEdits({ config, date: RUN_DATE, time: RUN_TIME, files: wiki, items: gated.items, canonicalize: canonical, run: { status: 'success', sources: sources() } });
  const seen = parseSeen(seenText, 'seen');
  for (const i of plan.written) seen.add(i.id, RUN_DATE, i.canonicalUrl);
  return { gated, plan, seenAfter: serializeSeen(seen) };
}

/** The same run through the index: only the pages it touches are read. */
async function indexedRun(dirty: string[] = [], items: NormalizedItem[] = todays, opts: { views?: boolean } = {}) {
  const view = await openWikiView(root, config, { dirty: new Set(dirty) });
  const candidates = new Set(items.map(candidateId).filter((x): x is string => !!x));
  const known = knownAmong(view, candidates);
  const gated = gateItems({ items, config, seen: known.seen, existing: { urls: new Set(), ids: known.existingIds } });
  const files = await readForPlan(view, pagesForPlan(config, gated.items, dayLogPathFor(config, RUN_DATE)));
  const plan = planEdits({ config, date: RUN_DATE, time: RUN_TIME, files, items: gated.items, canonicalize: canonical, run: { status: 'success', sources: sources() }, listing: view.listing });
  const seen = seenEdit(view, plan.written, RUN_DATE);
  const index = indexEdits(view, config, [...plan.edits, ...seen], { views: opts.views ?? false });
  return { view, gated, plan, seen, seenAfter: seen.find((e) => e.path === config.pages.seenFile)?.after, index, indexAfter: index.map((e) => e.after).join('') };
}

/** The index files as a run left them (base, overlay), read from disk. */
function storedIndex(): { base: string; overlay: string | undefined } {
  const overlay = path.join(root, recentIndexFile());
  let overlayText: string | undefined;
  try {
    overlayText = readFileSync(overlay, 'utf8');
  } catch {
    overlayText = undefined;
  }
  return { base: readFileSync(path.join(root, WIKI_INDEX_FILE), 'utf8'), overlay: overlayText };
}

function expectSameRun(a: Awaited<ReturnType<typeof fullRun>>, b: Awaited<ReturnType<typeof indexedRun>>): void {
  expect(b.gated.counts).toEqual(a.gated.counts);
  expect(b.gated.items.map((i) => [i.id, i.lane, i.page])).toEqual(a.gated.items.map((i) => [i.id, i.lane, i.page]));
  expect(b.plan.edits.map((e) => e.path)).toEqual(a.plan.edits.map((e) => e.path));
  for (const [i, e] of a.plan.edits.entries()) expect(b.plan.edits[i]!.after, e.path).toBe(e.after);
  expect(b.plan.errors.map((e) => e.message)).toEqual(a.plan.errors.map((e) => e.message));
  // No item written: the indexed run leaves the seen file as it is (the full run rewrites it unchanged).
  expect(b.seenAfter ?? readFileSync(path.join(root, config.pages.seenFile), 'utf8')).toBe(a.seenAfter);
}

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  root = mkdtempSync(path.join(os.tmpdir(), 'wiki-index-'));
  await generateWiki(root, { pages: 300, entriesPerPage: 6, items: 200 });
  config = parseConfig(JSON.parse(readFileSync(path.join(root, 'wiki-daily.yml'), 'utf8')), 'wiki-daily.yml');
  todays = JSON.parse(readFileSync(path.join(root, 'items.json'), 'utf8')) as NormalizedItem[];
  gitIn('init', '-q', '-b', 'main');
  gitIn('add', '-A');
  gitIn('commit', '-q', '-m', 'wiki');
  // The first run builds the index (every page read once) and records the seen file's blob.
  const first = await indexedRun();
  expect(first.view.refresh.rebuilt).toBe('no index yet');
  // Its edits are not applied here: keep the index of the files as they are, and record the seen
  // file's blob as if the bot had written the current one.
  const built = first.view.index;
  built.seenBlob = gitIn('hash-object', config.pages.seenFile).trim();
  writeFileSync(path.join(root, WIKI_INDEX_FILE), serializeWikiIndex(built));
  gitIn('add', '-A');
  gitIn('commit', '-q', '-m', 'index');
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  restoreGit?.();
});

describe('the wiki index', () => {
  it('takes blob ids from git and reads no page when nothing changed', async () => {
    const tracked = (await trackedBlobIds(root, config))!;
    const page = 'pages/topic-00003.md';
    expect(tracked.get(page)).toBe(gitIn('hash-object', page).trim());
    const r = await refreshWikiIndex(root, config, readFileSync(path.join(root, WIKI_INDEX_FILE), 'utf8'), { tracked });
    expect(r.rebuilt).toBeUndefined();
    expect(r.rescanned).toEqual([]);
    expect(r.texts.size).toBe(0);
    expect(r.index.size).toBeGreaterThan(300);
    // Korean titles and outlets are stored escaped: the index is ASCII (a one-byte string once read).
    expect(/[^\x00-\x7f]/.test(readFileSync(path.join(root, WIKI_INDEX_FILE), 'utf8'))).toBe(false);
    expect(r.index.get(page)!.title).toMatch(/^주제 3: 고윤정/);
  });

  it('gives the same lanes, page edits (indexes included) and seen file as reading every page', async () => {
    const b = await indexedRun();
    expect(b.view.seen.baseTrusted).toBe(true);
    // Only the touched pages (plus the generated ones) were read.
    expect(b.view.files.size).toBeLessThan(b.view.index.size / 2);
    const a = await fullRun();
    expect(a.plan.written.length).toBeGreaterThan(50);
    // The knowledge pages and both listings are among the edits, derived from the index for unread pages.
    for (const p of [config.pages.byYearPage, config.pages.timelinePage, config.pages.indexPage, config.pages.newsIndexPage])
      expect(b.plan.edits.map((e) => e.path)).toContain(p);
    expect([...b.view.files.keys()].filter((p) => p.startsWith('pages/topic-')).length).toBeLessThan(150);
    expectSameRun(a, b);
  });

  it('leaves the view as it was after writing the index edits: a second plan gets the same ones', async () => {
    const b = await indexedRun();
    const committable = b.view.committable;
    const before = { text: serializeWikiIndex(committable), size: committable.size, seenBlob: committable.seenBlob, views: committable.views, timeline: JSON.stringify(committable.timeline) };
    expect(b.index.length).toBeGreaterThan(0);
    // The run's edits changed hundreds of entries while the index was written; none of it stays.
    const again = indexEdits(b.view, config, [...b.plan.edits, ...b.seen], { views: true });
    const after = { text: serializeWikiIndex(committable), size: committable.size, seenBlob: committable.seenBlob, views: committable.views, timeline: JSON.stringify(committable.timeline) };
    expect(after).toEqual(before);
    expect(indexEdits(b.view, config, [...b.plan.edits, ...b.seen], { views: false })).toEqual(b.index);
    expect(again.map((e) => e.after).join('')).not.toBe(b.indexAfter);
  });

  it('picks up a page a person edited by hand, uncommitted and then committed', async () => {
    // A person adds one of today's links to an untouched page, and rewrites its title.
    const page = 'pages/topic-00007.md';
    const link = todays.find((i) => candidateId(i))!.link;
    const text = readFileSync(path.join(root, page), 'utf8').replace(/^# .*$/m, '# Renamed by hand');
    writeFileSync(path.join(root, page), `${text}\n- [손으로 추가](${link})\n`);
    const dirty = await indexedRun([page]);
    expect(dirty.view.refresh.rescanned).toEqual([page]);
    expect(dirty.gated.items.find((i) => i.id === entryId(canonicalUrl(link)))!.lane).toBe('duplicate');
    const pageIndex = dirty.plan.edits.find((e) => e.path === config.pages.indexPage)!;
    expect(pageIndex.after).toContain('[Renamed by hand](topic-00007.md)');
    expectSameRun(await fullRun(), dirty);

    gitIn('commit', '-q', '-am', 'hand edit');
    const committed = await indexedRun();
    expect(committed.view.refresh.rescanned).toEqual([page]);
    expectSameRun(await fullRun(), committed);
    // An index that knows the page as it is now: the next run reads nothing.
    const known = serializeWikiIndex(committed.view.index);
    const again = await refreshWikiIndex(root, config, known, { tracked: (await trackedBlobIds(root, config))! });
    expect(again.rescanned).toEqual([]);
  });

  it('compares tracked files before git status answers, then takes back the dirty ones', async () => {
    // Dirty while git's index still has the committed blob (the stored line matches it): one edited,
    // one deleted, one edited whose stored line was already stale, and an untracked new page.
    const edited = 'pages/topic-00011.md';
    const deleted = 'pages/topic-00012.md';
    const draft = 'pages/zz-late-draft.md';
    const indexText = readFileSync(path.join(root, WIKI_INDEX_FILE), 'utf8');
    const stale = 'pages/topic-00013.md';
    const staleText = indexText.replace(new RegExp(`^(${stale}\t)[0-9a-f]{40}`, 'm'), `$1${'0'.repeat(40)}`);
    expect(staleText).not.toBe(indexText);
    writeFileSync(path.join(root, edited), readFileSync(path.join(root, edited), 'utf8').replace(/^# .*$/m, '# Edited meanwhile'));
    writeFileSync(path.join(root, stale), `${readFileSync(path.join(root, stale), 'utf8')}\nA line by hand.\n`);
    rmSync(path.join(root, deleted));
    writeFileSync(path.join(root, draft), '# 늦은 초안\n');
    try {
      const tracked = (await trackedBlobIds(root, config))!;
      const dirty = new Set([edited, deleted, stale, draft]);
      let answered = false;
      const late = new Promise<ReadonlySet<string>>((resolve) =>
        setTimeout(() => {
          answered = true;
          resolve(dirty);
        }, 20),
      );
      const now = await refreshWikiIndex(root, config, staleText, { tracked, dirty });
      const later = await refreshWikiIndex(root, config, staleText, { tracked, dirty: late });
      expect(answered).toBe(true);
      // (An earlier test's committed hand edit is rescanned too: the index on disk predates it.)
      expect(later.rescanned).toEqual(expect.arrayContaining([draft, edited, stale]));
      expect(later.removed).toEqual([deleted]);
      expect(later.rescanned).toEqual(now.rescanned);
      expect([...later.texts.keys()].sort()).toEqual([...now.texts.keys()].sort());
      expect(later.index.get(edited)!.title).toBe('Edited meanwhile');
      expect(later.index.get(stale)!.blob).toBe(gitIn('hash-object', stale).trim());
      expect(later.index.has(deleted)).toBe(false);
      expect(serializeWikiIndex(later.index)).toBe(serializeWikiIndex(now.index));
    } finally {
      rmSync(path.join(root, draft));
      gitIn('checkout', '-q', '--', edited, deleted, stale);
    }
  });

  it("keeps a person's untracked page out of the listings but counts its links as existing", async () => {
    const page = 'pages/zz-draft.md';
    const link = todays.find((i) => candidateId(i))!.link;
    writeFileSync(path.join(root, page), `# 초안\n\n- [draft](${link})\n`);
    try {
      const r = await indexedRun([page]);
      expect(r.view.untracked).toEqual(new Set([page]));
      expect(r.gated.items.find((i) => i.id === entryId(canonicalUrl(link)))!.lane).toBe('duplicate');
      expect(r.plan.edits.find((e) => e.path === config.pages.indexPage)!.after).not.toContain('zz-draft');
      // Nor does the index the run writes name it (a draft's name never reaches the bot's commit).
      expect(r.index.length).toBeGreaterThan(0);
      expect(r.indexAfter).not.toContain('zz-draft');
      expect(r.view.index.has(page)).toBe(true);
    } finally {
      rmSync(path.join(root, page));
    }
  });

  it('does not trust a seen file edited by hand, and says why a broken index is rebuilt', async () => {
    appendFileSync(path.join(root, config.pages.seenFile), '');
    const seenPath = config.pages.seenFile;
    const original = readFileSync(path.join(root, seenPath), 'utf8');
    writeFileSync(path.join(root, seenPath), original.replace(/\n(e[0-9a-f]{12}\t)/, '\n$1').replace(/^(# .*\n)(.*\n)(.*\n)/, '$1$3$2'));
    const swapped = await indexedRun([seenPath]);
    expect(swapped.view.seen.baseTrusted).toBe(false);
    writeFileSync(path.join(root, seenPath), original);
    const r = await refreshWikiIndex(root, config, `${readFileSync(path.join(root, WIKI_INDEX_FILE), 'utf8')}garbage line\n`, { tracked: (await trackedBlobIds(root, config))! });
    expect(r.rebuilt).toMatch(/data\/wiki-index\.tsv:\d+: not an index line/);
    expect(r.rescanned.length).toBe(r.index.size);
  });
});

describe('the wiki index over runs', () => {
  it('rebuilds the timeline when a person deletes the page holding the newest entries', async () => {
    const before = (await openWikiView(root, config)).index.timeline!;
    expect(before.entries.length).toBe(config.pages.timelineSize);
    const newest = before.entries[0]!.page;
    gitIn('rm', '-q', newest);
    gitIn('commit', '-q', '-m', 'a person removes a page');
    const r = await indexedRun();
    expect(r.view.refresh.removed).toEqual([newest]);
    expect(r.view.index.timeline!.entries.some((e) => e.page === newest)).toBe(false);
    expect(r.view.index.timeline!.entries.length).toBe(config.pages.timelineSize);
    expectSameRun(await fullRun(), r);
  });

  it('writes an index after the run that equals one built from scratch over the written pages', async () => {
    // A title with an emoji and a backslash goes through the index's escapes and comes back the same.
    const page = 'pages/topic-00011.md';
    writeFileSync(path.join(root, page), readFileSync(path.join(root, page), 'utf8').replace(/^# .*$/m, '# 제목 😀 a\\b \\u0041'));
    gitIn('commit', '-q', '-am', 'odd title');
    const r = await indexedRun();
    const seen = seenEdit(r.view, r.plan.written, RUN_DATE);
    for (const e of [...r.plan.edits, ...seen, ...r.index]) writeFileSync(path.join(root, e.path), e.after);
    // The base stays as it was: the run wrote only the overlay.
    expect(r.index.map((e) => e.path)).toEqual([recentIndexFile()]);
    gitIn('add', '-A');
    gitIn('commit', '-q', '-m', 'the run');
    const tracked = (await trackedBlobIds(root, config))!;
    const stored = storedIndex();
    const next = await refreshWikiIndex(root, config, stored.base, { tracked, overlayText: stored.overlay! });
    expect(next.overlayIgnored).toBeUndefined();
    expect(next.rescanned).toEqual([]);
    const scratch = await refreshWikiIndex(root, config, undefined, { tracked });
    scratch.index.seenBlob = next.index.seenBlob;
    expect(scratch.rescanned.length).toBe(scratch.index.size);
    expect(serializeWikiIndex(next.index)).toBe(serializeWikiIndex(scratch.index));
    expect(next.index.get(page)!.title).toBe(scratch.index.get(page)!.title);
    expect(next.index.get(page)!.title).toContain('😀');
    // ASCII in V8's one-byte form (tag '"' in v8.serialize; 'c' is two-byte), though its new lines were
    // cut out of Korean pages: a two-byte index is twice its size in memory (75 MB at 100,000 pages).
    expect(r.indexAfter).toMatch(/^[\x00-\x7f]*$/);
    expect(v8.serialize(r.index[0]!.after)[2]).toBe(0x22);
    expect(v8.serialize(serializeWikiIndex(next.index))[2]).toBe(0x22);
    // And the next run through the index still equals a full read.
    expectSameRun(await fullRun(), await indexedRun());
  });
});

describe('the seen file without parsing it', () => {
  it('inserts and finds entries exactly as parseSeen + add + serializeSeen (random sets)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 30; round++) {
      const base = new SeenIndex();
      const url = (n: number) => `https://news.example/${n}`;
      const n = Math.floor(rand() * 60);
      for (let i = 0; i < n; i++) {
        const u = url(Math.floor(rand() * 200));
        base.add(entryId(u), '2026-01-01', u);
      }
      const text = serializeSeen(base);
      const fresh = Array.from({ length: Math.floor(rand() * 20) }, () => {
        const u = url(Math.floor(rand() * 200));
        return { id: entryId(u), date: '2026-11-27', url: u };
      });
      const expected = parseSeen(text, 's');
      for (const e of fresh) expected.add(e.id, e.date, e.url);
      expect(insertSeen(text, fresh)).toBe(serializeSeen(expected));
      const ask = fresh.map((e) => e.id);
      expect(seenEntriesAmong(text, ask).map((e) => e.id).sort()).toEqual([...new Set(ask.filter((id) => base.has(id)))].sort());
    }
  });
});

describe('the listings spliced over runs', () => {
  /** Another day's items: the same shapes and routes, other links. */
  const day = (n: number) => todays.map((i) => ({ ...i, link: i.link.replace(/\/(article|post|p)\/(\d+)/, `/$1/${n}$2`), title: `${i.title} (${n}일)` }));

  /** The bot's run through the index, written and committed (the index vouching for the listings it planned). */
  async function botRun(items: NormalizedItem[]) {
    const r = await indexedRun([], items, { views: true });
    for (const e of [...r.plan.edits, ...r.seen, ...r.index]) writeFileSync(path.join(root, e.path), e.after);
    gitIn('add', '-A');
    gitIn('commit', '-q', '-m', 'bot run');
    return r;
  }

  it('splices the by-year page and the page index to the same bytes as a full render, through hand edits', async () => {
    // The first run that vouches for its listings renders them in full (the stored index does not vouch yet).
    const first = await botRun(day(1));
    expect(first.plan.views).toBe(true);
    expect(first.plan.spliced).toEqual([]);
    expect(readFileSync(path.join(root, recentIndexFile()), 'utf8')).toMatch(/^#views\t[0-9a-f]{16}$/m);

    const second = await botRun(day(2));
    expect(second.plan.spliced).toEqual([config.pages.byYearPage, config.pages.indexPage].sort());
    expect(second.plan.written.length).toBeGreaterThan(50);

    // A person renames a page, removes one, adds one with entries in a year no page had (a new by-year
    // section) and breaks the regions of another, and commits; today's run must see all of it.
    const renamed = 'pages/topic-00021.md';
    writeFileSync(path.join(root, renamed), readFileSync(path.join(root, renamed), 'utf8').replace(/^# .*$/m, '# 새 제목 (손으로)'));
    gitIn('rm', '-q', 'pages/topic-00022.md');
    const added = 'pages/aa-new (1).md';
    writeFileSync(
      path.join(root, added),
      '# 새 문서\n\n## 자동 수집\n\n<!-- wiki-daily:begin entries:main -->\n## 2011\n\n- 날짜: 2011-05-01\n  - 매체: OSEN\n  - 구분: news\n  - 제목: 옛 기사\n  - 링크(원문): <https://old.example.com/a/1>\n  - 상태: 보도(1차)\n<!-- wiki-daily:end entries:main -->\n',
    );
    const broken = 'pages/topic-00023.md';
    writeFileSync(path.join(root, broken), readFileSync(path.join(root, broken), 'utf8').replace('<!-- wiki-daily:end entries:main -->', ''));
    gitIn('add', '-A');
    gitIn('commit', '-q', '-m', 'a person edits pages');

    const items = day(3);
    const spliced = await indexedRun([], items, { views: true });
    expect(spliced.plan.spliced).toEqual([config.pages.byYearPage, config.pages.indexPage].sort());
    expect(spliced.view.refresh.rescanned).toEqual([added, broken, renamed].sort());
    const full = await fullRun(items);
    expectSameRun(full, spliced);
    const byYear = spliced.plan.edits.find((e) => e.path === config.pages.byYearPage)!.after;
    expect(byYear).toContain('## 2011');
    expect(byYear).toContain('[새 제목 (손으로)](topic-00021.md#');
    // The removed page is gone from the listings; a routing rule re-creates it with today's entry only.
    expect(byYear.split('\n').filter((l) => l.includes('topic-00022.md'))).toEqual(['- [topic-00022](topic-00022.md#2026) — 1건']);
    expect(spliced.plan.errors.map((e) => e.message).join('\n')).toContain(broken);
    expect(byYear).not.toContain('2012');
    await botRun(items);
  });

  it('renders in full when the listing was edited by hand, or the index does not vouch for it', async () => {
    const items = day(4);
    await botRun(day(7));
    const byYearFile = path.join(root, config.pages.byYearPage);
    writeFileSync(byYearFile, readFileSync(byYearFile, 'utf8').replace(/^- .*$/m, '- a person was here'));
    gitIn('commit', '-q', '-am', 'a person edits the by-year page');
    const edited = await indexedRun([], items, { views: true });
    expect(edited.view.refresh.rescanned).toEqual([config.pages.byYearPage]);
    expect(edited.plan.spliced).toEqual([config.pages.indexPage]);
    expectSameRun(await fullRun(items), edited);
    // An index written without vouching (a run that did not plan the listings) makes the next plan render both.
    const unvouched = await indexedRun([], items, { views: false });
    // The overlay holds the run's # lines (and the base, when the run compacts, its own): neither vouches.
    expect(unvouched.index.at(-1)!.path).toBe(recentIndexFile());
    expect(unvouched.indexAfter).not.toMatch(/^#views\t/m);
    for (const e of unvouched.index) writeFileSync(path.join(root, e.path), e.after);
    const after = await indexedRun([], items, { views: true });
    expect(after.plan.spliced).toEqual([]);
    expectSameRun(await fullRun(items), after);
    gitIn('checkout', '-q', '--', '.');
  });

  it("keeps a person's untracked page out of spliced listings", async () => {
    const items = day(5);
    await botRun(day(6));
    const draft = 'pages/ab-draft.md';
    writeFileSync(
      path.join(root, draft),
      '# 초안\n\n<!-- wiki-daily:begin entries:main -->\n## 2012\n\n- 날짜: 2012-01-01\n  - 매체: OSEN\n  - 구분: news\n  - 제목: 초안 기사\n  - 링크(원문): <https://draft.example.com/1>\n  - 상태: 보도(1차)\n<!-- wiki-daily:end entries:main -->\n',
    );
    try {
      const r = await indexedRun([draft], items, { views: true });
      expect(r.plan.spliced).toEqual([config.pages.byYearPage, config.pages.indexPage].sort());
      for (const p of [config.pages.byYearPage, config.pages.indexPage]) expect(r.plan.edits.find((e) => e.path === p)!.after).not.toContain('ab-draft');
      expect(r.indexAfter).not.toContain('ab-draft');
    } finally {
      rmSync(path.join(root, draft));
    }
  });
});
