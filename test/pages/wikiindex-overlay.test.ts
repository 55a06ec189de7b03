/**
 * The wiki index as a base + recent overlay (src/pages/wikiindex.ts): over seeded runs that add, change
 * and delete pages (by the bot and by hand), the index read back from the two files is exactly the
 * single file the run would have written before, and exactly an index built from scratch; compaction
 * happens exactly at the threshold; hand edits of either file, a deleted overlay, an unreadable overlay
 * line, a compaction cut short between its two writes and an old single-file index all read right.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWiki, topicPage } from '../../bench/wiki.js';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import type { PageEdit } from '../../src/pages/plan.js';
import {
  indexAfterEdits,
  recentIndexFile,
  refreshWikiIndex,
  serializeIndexPair,
  serializeWikiIndex,
  trackedBlobIds,
  WIKI_INDEX_FILE,
  WIKI_INDEX_OVERLAY_HEADER,
  type CompactionPolicy,
} from '../../src/pages/wikiindex.js';
import { indexEdits, openWikiView } from '../../src/pages/wikiview.js';
import { gitSync, isolateGitConfig } from '../support/git.js';
import { seededRandom, testSeed } from '../support/rand.js';

let restoreGit: () => void;
let root: string;
let config: Config;

const OVERLAY = recentIndexFile();
/** The real ratio, without the 64 KiB floor: a wiki of 80 pages compacts every few rounds. */
const AT_RATIO: CompactionPolicy = { ratio: 8, minBytes: 0 };
/** Never compacts (ratio 0): the overlay a run would write. */
const NEVER: CompactionPolicy = { ratio: 0, minBytes: Number.POSITIVE_INFINITY };
/** Always compacts. */
const ALWAYS: CompactionPolicy = { ratio: Number.MAX_SAFE_INTEGER, minBytes: 0 };

const gitIn = (...args: string[]) => gitSync(root, ...args);
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
const readOrUndefined = (rel: string) => (existsSync(path.join(root, rel)) ? read(rel) : undefined);
const write = (rel: string, text: string) => writeFileSync(path.join(root, rel), text);
const commit = (message: string) => {
  gitIn('add', '-A');
  gitIn('commit', '-q', '--allow-empty', '-m', message);
};
/** The file lines of an overlay (not its # lines). */
const fileLines = (overlay: string) => overlay.split('\n').filter((l) => l && !l.startsWith('#'));

/** The index built from scratch from the pages on disk (every page read), as the single file would hold it. */
async function scratch(seenBlob: string | undefined): Promise<string> {
  const tracked = (await trackedBlobIds(root, config))!;
  const r = await refreshWikiIndex(root, config, undefined, { tracked });
  if (seenBlob) r.index.seenBlob = seenBlob;
  return serializeWikiIndex(r.index);
}

interface Round {
  /** What the run wrote of the index. */
  index: PageEdit[];
  /** The single file the run would have written before the overlay (the old indexEdit's text). */
  single: string;
  /** The overlay this run would have written without compacting. */
  wouldBe: string;
  baseBefore: string | undefined;
}

/** A bot run: these page edits and the index after them, written and committed as the run does. */
async function botRound(edits: PageEdit[], policy: CompactionPolicy, dirty: string[] = []): Promise<Round> {
  const view = await openWikiView(root, config, { dirty: new Set(dirty) });
  const next = indexAfterEdits(view.committable, edits, config);
  const single = serializeWikiIndex(next);
  const wouldBe = serializeIndexPair(indexAfterEdits(view.committable, edits, config), NEVER).overlay;
  const index = indexEdits(view, config, edits, { compaction: policy });
  for (const e of [...edits, ...index]) {
    // The edit's `before` is what is on disk (apply refuses otherwise).
    expect(readOrUndefined(e.path), e.path).toBe(e.before);
    write(e.path, e.after);
  }
  commit('bot run');
  return { index, single, wouldBe, baseBefore: view.indexText };
}

/** The next run finds nothing to re-read, and reads exactly the index the last run meant. */
async function expectReadsBack(single: string): Promise<void> {
  const view = await openWikiView(root, config, { dirty: new Set() });
  expect(view.refresh.rebuilt).toBeUndefined();
  expect(view.refresh.overlayIgnored).toBeUndefined();
  expect(view.refresh.rescanned).toEqual([]);
  expect(view.refresh.removed).toEqual([]);
  expect(serializeWikiIndex(view.index)).toBe(single);
  // (Compared as booleans: a failing toBe would print two whole indexes.)
  const fromScratch = await scratch(view.index.seenBlob);
  expect(fromScratch === single, firstDifference(fromScratch, single)).toBe(true);
}

/** Where two index texts first differ, for a failure message. */
function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  const i = la.findIndex((l, n) => l !== lb[n]);
  if (i >= 0 && la[i]!.startsWith('#timeline\t') && lb[i]?.startsWith('#timeline\t')) {
    const ea = JSON.parse(la[i]!.split('\t')[3]!) as unknown[];
    const eb = JSON.parse(lb[i]!.split('\t')[3]!) as unknown[];
    const k = ea.findIndex((e, n) => JSON.stringify(e) !== JSON.stringify(eb[n]));
    return `timeline entry ${k}: ${JSON.stringify(ea[k])} / ${JSON.stringify(eb[k])}`;
  }
  return i < 0 ? `lengths ${la.length} / ${lb.length}` : `line ${i + 1}:\n${la[i]?.slice(0, 600)}\n${lb[i]?.slice(0, 600)}`;
}

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  root = mkdtempSync(path.join(os.tmpdir(), 'wiki-index-overlay-'));
  await generateWiki(root, { pages: 80, entriesPerPage: 4, items: 10 });
  config = parseConfig(JSON.parse(readFileSync(path.join(root, 'wiki-daily.yml'), 'utf8')), 'wiki-daily.yml');
  gitIn('init', '-q', '-b', 'main');
  commit('wiki');
  // The first run builds the index: with no base to extend, the whole index is the base, and an overlay
  // without file lines names it.
  const first = await botRound([], AT_RATIO);
  expect(first.index.map((e) => e.path)).toEqual([WIKI_INDEX_FILE, OVERLAY]);
  expect(fileLines(read(OVERLAY))).toEqual([]);
  expect(read(OVERLAY)).toContain(`#base\t${gitIn('hash-object', WIKI_INDEX_FILE).trim()}\n`);
  await expectReadsBack(first.single);
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  restoreGit?.();
});

describe('the wiki index as a base and an overlay', () => {
  it('reads back exactly the single-file index over seeded runs that add, change and delete pages; compacts at the threshold', async () => {
    const random = seededRandom(testSeed(1313));
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const pages = Array.from({ length: 80 }, (_, n) => topicPage(n));
    let serial = 0;
    const changed = (rel: string, text: string) => {
      const n = serial++;
      const retitled = random() < 0.5 ? text.replace(/^# .*$/m, `# 고친 제목 ${n}`) : text;
      return `${retitled}\n- [링크 ${n}](https://new.example.com/a/${n})\n`;
    };
    let compactions = 0;
    let overlays = 0;
    for (let round = 0; round < 14; round++) {
      // A person: sometimes deletes a page, sometimes edits one, and commits.
      let removedByHand: string | undefined;
      if (random() < 0.4) {
        removedByHand = pick(pages);
        pages.splice(pages.indexOf(removedByHand), 1);
        gitIn('rm', '-q', removedByHand);
      }
      if (random() < 0.4) {
        const rel = pick(pages);
        write(rel, changed(rel, read(rel)));
      }
      commit(`a person, round ${round}`);
      // The bot: changes one to four pages, and sometimes adds one.
      const edits = new Map<string, PageEdit>();
      for (let k = 1 + Math.floor(random() * 4); k > 0; k--) {
        const rel = pick(pages);
        const before = edits.get(rel)?.before ?? read(rel);
        edits.set(rel, { path: rel, before, after: changed(rel, edits.get(rel)?.after ?? before) });
      }
      if (random() < 0.3) {
        const rel = `pages/new-${round}.md`;
        pages.push(rel);
        edits.set(rel, { path: rel, before: undefined, after: `# 새 문서 ${round}\n\n- [새 링크](https://new.example.com/n/${round})\n` });
      }
      const r = await botRound([...edits.values()], AT_RATIO);
      const base = r.baseBefore!;
      const compacted = r.index.some((e) => e.path === WIKI_INDEX_FILE);
      // Compaction exactly when the file lines of the overlay it would write reach an eighth of the base.
      const overlayBytes = fileLines(r.wouldBe).reduce((n, l) => n + l.length + 1, 0);
      expect(compacted, `round ${round}: ${overlayBytes} bytes of overlay lines, base ${base.length}`).toBe(overlayBytes * 8 >= base.length);
      if (compacted) {
        compactions++;
        // The new base is the whole index; the overlay names it and holds no file line.
        expect(read(WIKI_INDEX_FILE)).toBe(r.single);
        expect(fileLines(read(OVERLAY))).toEqual([]);
        expect(r.index.map((e) => e.path)).toEqual([WIKI_INDEX_FILE, OVERLAY]);
      } else {
        overlays++;
        expect(read(WIKI_INDEX_FILE)).toBe(base);
        expect(r.index.map((e) => e.path)).toEqual([OVERLAY]);
        const lines = fileLines(read(OVERLAY));
        // Sorted by path; every page the bot changed is there; a page removed since the base is a tombstone.
        const paths = lines.map((l) => l.split('\t')[0]!);
        expect(paths).toEqual([...paths].sort());
        for (const rel of edits.keys()) expect(paths).toContain(rel);
        if (removedByHand && base.includes(`\n${removedByHand}\t`)) expect(lines).toContain(`${removedByHand}\t-`);
      }
      expect(read(OVERLAY).startsWith(`${WIKI_INDEX_OVERLAY_HEADER}\n#base\t${gitIn('hash-object', WIKI_INDEX_FILE).trim()}\n`)).toBe(true);
      await expectReadsBack(r.single);
    }
    expect(compactions).toBeGreaterThan(0);
    expect(overlays).toBeGreaterThan(compactions);
  }, 120_000);

  /** A run that leaves an overlay with lines (and a tombstone) over the base, committed; returns the index it meant. */
  async function overlayWithLines(removed: string): Promise<{ single: string; lines: string[] }> {
    gitIn('rm', '-q', removed);
    commit('a person removes a page');
    const edits = [topicPage(5), topicPage(6)].map((rel): PageEdit => ({ path: rel, before: read(rel), after: `${read(rel)}\n- [더](https://more.example.com/${rel})\n` }));
    const r = await botRound(edits, NEVER);
    const lines = fileLines(read(OVERLAY));
    expect(lines).toContain(`${removed}\t-`);
    for (const e of edits) expect(lines.some((l) => l.startsWith(`${e.path}\t`))).toBe(true);
    return { single: r.single, lines };
  }

  it('picks up a hand-edited overlay line, a hand-edited base line and a deleted overlay: the page is read again, nothing lost, nothing twice', async () => {
    const { single, lines } = await overlayWithLines(topicPage(3));
    const target = topicPage(5);
    const overlay = read(OVERLAY);

    // An overlay line whose blob a person changed: that page (only) is read again.
    write(OVERLAY, overlay.replace(new RegExp(`^(${target.replace(/[.]/g, '\\.')}\\t)[0-9a-f]{40}`, 'm'), `$1${'0'.repeat(40)}`));
    commit('a person edits the overlay');
    let view = await openWikiView(root, config, { dirty: new Set() });
    expect(view.refresh.overlayIgnored).toBeUndefined();
    expect(view.refresh.rescanned).toEqual([target]);
    expect(serializeWikiIndex(view.index)).toBe(single);

    // The overlay deleted: the base alone; the pages changed since it was written are read again and the
    // removed one dropped, so the index is still the one the run meant.
    unlinkSync(path.join(root, OVERLAY));
    commit('a person deletes the overlay');
    view = await openWikiView(root, config, { dirty: new Set() });
    expect(view.refresh.rebuilt).toBeUndefined();
    expect(view.refresh.rescanned).toEqual(expect.arrayContaining([topicPage(5), topicPage(6)]));
    const tombstones = lines.filter((l) => l.endsWith('\t-')).map((l) => l.slice(0, -2));
    expect(tombstones).toContain(topicPage(3));
    expect(view.refresh.removed).toEqual(tombstones);
    expect(serializeWikiIndex(view.index)).toBe(single);
    write(OVERLAY, overlay);
    commit('the overlay back');

    // A base line whose blob a person changed: the base is no longer the one the overlay extends, so the
    // overlay is set aside and the base's stale lines are read again, that one included. Uncommitted (the
    // base is hashed) and committed (git gives its blob) alike.
    const untouched = topicPage(9);
    const base = read(WIKI_INDEX_FILE);
    write(WIKI_INDEX_FILE, base.replace(new RegExp(`^(${untouched.replace(/[.]/g, '\\.')}\\t)[0-9a-f]{40}`, 'm'), `$1${'1'.repeat(40)}`));
    view = await openWikiView(root, config, { dirty: new Set([WIKI_INDEX_FILE]) });
    expect(view.refresh.overlayIgnored).toMatch(/extends base/);
    expect(view.refresh.rescanned).toContain(untouched);
    // While the edited base is uncommitted, a run writes the whole index as the base (so the bot's commit
    // never holds an overlay that names a base it does not hold).
    expect(view.baseDirty).toBe(true);
    const whole = indexEdits(view, config, []);
    expect(whole.map((e) => e.path)).toEqual([WIKI_INDEX_FILE, OVERLAY]);
    expect(whole[0]!.after).toBe(single);
    commit('a person edits the base');
    view = await openWikiView(root, config, { dirty: new Set() });
    expect(view.refresh.overlayIgnored).toMatch(/data\/wiki-index-recent\.tsv extends base [0-9a-f]{12}, not data\/wiki-index\.tsv/);
    expect(view.refresh.rescanned).toEqual(expect.arrayContaining([untouched, topicPage(5), topicPage(6)]));
    expect(view.refresh.removed).toEqual(tombstones);
    expect(serializeWikiIndex(view.index)).toBe(single);
    // The next run writes an overlay over the edited base that vouches for every page again.
    const r = await botRound([], NEVER);
    expect(r.index.map((e) => e.path)).toEqual([OVERLAY]);
    expect(fileLines(read(OVERLAY)).some((l) => l.startsWith(`${untouched}\t`))).toBe(true);
    await expectReadsBack(single);
  });

  it('rebuilds the whole index when an overlay line cannot be read, naming the overlay and the line', async () => {
    const { single } = await overlayWithLines(topicPage(13));
    const overlay = read(OVERLAY);
    write(OVERLAY, `${overlay}garbage line\n`);
    const view = await openWikiView(root, config, { dirty: new Set([OVERLAY]) });
    const n = overlay.split('\n').length;
    expect(view.refresh.rebuilt).toBe(`${OVERLAY}:${n}: not an index line (path, blob, entries, status, title, problem, ids, knowledge): "garbage line"`);
    expect(view.refresh.rescanned.length).toBe(view.index.size);
    expect(serializeWikiIndex(view.index)).toBe(single);
    write(OVERLAY, overlay);
  });

  it('reads right after a compaction cut short between the new base and the new overlay', async () => {
    await overlayWithLines(topicPage(14));
    const rel = topicPage(12);
    const edits: PageEdit[] = [{ path: rel, before: read(rel), after: `${read(rel)}\n- [압축](https://compact.example.com/1)\n` }];
    const view = await openWikiView(root, config, { dirty: new Set() });
    const index = indexEdits(view, config, edits, { compaction: ALWAYS });
    expect(index.map((e) => e.path)).toEqual([WIKI_INDEX_FILE, OVERLAY]);
    const oldOverlay = read(OVERLAY);
    // The page and the new base are written; the process dies before the overlay.
    for (const e of [...edits, index[0]!]) write(e.path, e.after);
    expect(read(OVERLAY)).toBe(oldOverlay);
    const cut = await openWikiView(root, config, { dirty: new Set([rel, WIKI_INDEX_FILE]) });
    expect(cut.refresh.overlayIgnored).toMatch(/extends base/);
    // The base alone is exactly the index the killed run meant: nothing to read again.
    expect(cut.refresh.rescanned).toEqual([]);
    expect(cut.refresh.removed).toEqual([]);
    expect(serializeWikiIndex(cut.index)).toBe(index[0]!.after);
    // The next run over it (git status shows the two files) writes its overlay, and everything reads back.
    const next = await botRound([], NEVER, [rel, WIKI_INDEX_FILE]);
    expect(next.index.map((e) => e.path)).toEqual([OVERLAY]);
    await expectReadsBack(index[0]!.after);
  });

  it('reads an old single-file index as it is, and its next run adds an overlay and leaves the base alone', async () => {
    const single = await scratch(undefined);
    write(WIKI_INDEX_FILE, single);
    unlinkSync(path.join(root, OVERLAY));
    commit('an index from before overlays');
    const view = await openWikiView(root, config, { dirty: new Set() });
    expect(view.overlayText).toBeUndefined();
    expect(view.refresh.rebuilt).toBeUndefined();
    expect(view.refresh.rescanned).toEqual([]);
    expect(serializeWikiIndex(view.index)).toBe(single);
    const rel = topicPage(20);
    const r = await botRound([{ path: rel, before: read(rel), after: `${read(rel)}\n- [첫 오버레이](https://overlay.example.com/1)\n` }], AT_RATIO);
    expect(r.index.map((e) => e.path)).toEqual([OVERLAY]);
    expect(r.index[0]!.before).toBeUndefined();
    expect(read(WIKI_INDEX_FILE)).toBe(single);
    expect(fileLines(read(OVERLAY)).map((l) => l.split('\t')[0])).toEqual([rel]);
    await expectReadsBack(r.single);
  });
});
