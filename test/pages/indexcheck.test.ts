/**
 * The wiki index's vouch (src/pages/indexcheck.ts): a run that checked the index records the commit it
 * checked at (state folder, index-check.json), and the next run compares only what changed since (git
 * diff-tree, git status, the files that were dirty then). On a real git repository, with git status
 * asked for real: whatever a person does between two runs (commits, uncommitted edits, reverts, drafts,
 * hand edits of the index files, other folders in the config, a history without the vouched commit), the
 * vouched index equals an index built from scratch, and the vouch is set aside wherever it cannot hold.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWiki, topicPage } from '../../bench/wiki.js';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { openRepo } from '../../src/git/repo.js';
import { silentLogger } from '../../src/log.js';
import { MAX_UNVOUCHED, readIndexCheck, recordIndexCheck, selectionFingerprint, type StoredCheck } from '../../src/pages/indexcheck.js';
import type { PageEdit } from '../../src/pages/plan.js';
import { recentIndexFile, refreshWikiIndex, serializeWikiIndex, trackedBlobIds, WIKI_INDEX_FILE, wikiFileWhere } from '../../src/pages/wikiindex.js';
import { indexEdits, openWikiView, type WikiView } from '../../src/pages/wikiview.js';
import { gitSync, isolateGitConfig } from '../support/git.js';

let restoreGit: () => void;
let root: string;
let config: Config;
/** The state folder's record (outside the wiki, as .wiki-daily is git-ignored). */
let checkFile: string;

const OVERLAY = recentIndexFile();
const gitIn = (...args: string[]) => gitSync(root, ...args);
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
const write = (rel: string, text: string) => writeFileSync(path.join(root, rel), text);
const head = () => gitIn('rev-parse', 'HEAD').trim();
const commit = (message: string) => {
  gitIn('add', '-A');
  gitIn('commit', '-q', '--allow-empty', '-m', message);
};
const linked = (rel: string, tag: string) => `${read(rel)}\n- [${tag}](https://check.example.com/${encodeURIComponent(tag)})\n`;

/** The view a run opens: git status asked for real, as src/run/stages/gate.ts does. */
const open = (cfg: Config = config) => openWikiView(root, cfg, { dirty: openRepo(root, silentLogger).dirtyFiles().then((f) => new Set(f)), checkFile });
const record = () => JSON.parse(readFileSync(checkFile, 'utf8')) as StoredCheck;
const setRecord = (r: StoredCheck) => writeFileSync(checkFile, JSON.stringify(r));

/** The index built from scratch from the files on disk (every one read), without a person's drafts. */
async function scratch(view: WikiView, cfg: Config = config): Promise<string> {
  const dirty = new Set(await openRepo(root, silentLogger).dirtyFiles());
  const r = await refreshWikiIndex(root, cfg, undefined, { tracked: (await trackedBlobIds(root, cfg))!, dirty });
  if (view.index.seenBlob) r.index.seenBlob = view.index.seenBlob;
  for (const p of view.untracked) r.index.delete(p);
  return serializeWikiIndex(r.index);
}

/** The view's index as the run writes it (committable: without drafts), as one file. */
const written = (view: WikiView) => serializeWikiIndex(view.committable);

/** A bot run: these edits and the index after them written, then exactly those files committed. */
async function botRun(edits: PageEdit[] = []): Promise<WikiView> {
  const view = await open();
  const index = indexEdits(view, config, edits);
  for (const e of [...edits, ...index]) write(e.path, e.after);
  // As the run does once its edits are applied (src/run/stages/gate.ts keepIndexCheck).
  await recordIndexCheck(checkFile, config, view, [...edits, ...index]);
  const files = [...edits, ...index].map((e) => e.path);
  if (files.length) {
    gitIn('add', '--', ...files);
    gitIn('commit', '-q', '-m', 'bot run', '--', ...files);
  }
  return view;
}

/** The next run's view vouched from `since`, and its index equal to one built from scratch. */
async function expectVouched(since: string | undefined): Promise<WikiView> {
  const view = await open();
  expect(view.checkedSince).toBe(since);
  expect(view.refresh.rebuilt).toBeUndefined();
  const fromScratch = await scratch(view);
  const got = written(view);
  expect(got === fromScratch, `vouched index differs from scratch at: ${firstDiff(got, fromScratch)}`).toBe(true);
  return view;
}

function firstDiff(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  const i = la.findIndex((l, n) => l !== lb[n]);
  return i < 0 ? `lengths ${la.length}/${lb.length}` : `line ${i + 1}:\n${la[i]?.slice(0, 300)}\n${lb[i]?.slice(0, 300)}`;
}

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  root = mkdtempSync(path.join(os.tmpdir(), 'wiki-index-check-'));
  checkFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'wiki-index-check-state-')), 'index-check.json');
  await generateWiki(root, { pages: 60, entriesPerPage: 3, items: 10 });
  config = parseConfig(JSON.parse(readFileSync(path.join(root, 'wiki-daily.yml'), 'utf8')), 'wiki-daily.yml');
  gitIn('init', '-q', '-b', 'main');
  commit('wiki');
  // The first run builds the index and vouches for it.
  const first = await botRun();
  expect(first.checkedSince).toBeUndefined();
  expect(first.check?.head).toBeDefined();
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  restoreGit?.();
});

describe('the index vouch', () => {
  it('records the commit read before the check and the index files it holds for, and holds only for them', async () => {
    const r = record();
    expect(r).toEqual({
      version: 1,
      head: gitIn('rev-parse', 'HEAD~1').trim(),
      selection: selectionFingerprint(config),
      base: gitIn('hash-object', WIKI_INDEX_FILE).trim(),
      overlay: gitIn('hash-object', OVERLAY).trim(),
      unvouched: [],
    });
    // Nothing of it in the wiki: two wikis given the same inputs stay byte-identical.
    expect(read(OVERLAY)).not.toContain(r.head);
    const overlay = read(OVERLAY);
    expect(await readIndexCheck(checkFile, config, overlay)).toEqual(r);
    // Another overlay text, another selection of files, too many paths, a damaged or missing record: none.
    expect(await readIndexCheck(checkFile, config, `${overlay}\n`)).toBeUndefined();
    expect(await readIndexCheck(checkFile, { ...config, pages: { ...config.pages, newsDir: 'other-news' } }, overlay)).toBeUndefined();
    setRecord({ ...r, unvouched: Array.from({ length: MAX_UNVOUCHED + 1 }, (_, n) => `pages/p${n}.md`) });
    expect(await readIndexCheck(checkFile, config, overlay)).toBeUndefined();
    setRecord({ ...r, head: 'HEAD' });
    expect(await readIndexCheck(checkFile, config, overlay)).toBeUndefined();
    writeFileSync(checkFile, '{"version":1,');
    expect(await readIndexCheck(checkFile, config, overlay)).toBeUndefined();
    expect(await readIndexCheck(`${checkFile}.missing`, config, overlay)).toBeUndefined();
    setRecord(r);
    await expectVouched(r.head);
  });

  it("compares only what changed since: a person's commits (an edit, a new page, a removed page), the bot's own run", async () => {
    const vouchedAt = record().head;
    write(topicPage(1), linked(topicPage(1), 'person-1'));
    write('pages/brand-new.md', '# 새 문서\n\n- [새 링크](https://check.example.com/new)\n');
    gitIn('rm', '-q', topicPage(2));
    commit('a person edits, adds and removes pages');
    const view = await expectVouched(vouchedAt);
    expect(view.refresh.rescanned).toEqual(['pages/brand-new.md', topicPage(1)]);
    expect(view.refresh.removed).toEqual([topicPage(2)]);
    expect(view.index.has(topicPage(2))).toBe(false);
    // The bot's run vouches at the HEAD it read first; its own commit is in the next run's diff, and matches.
    const before = head();
    await botRun([{ path: topicPage(3), before: read(topicPage(3)), after: linked(topicPage(3), 'bot-1') }]);
    const next = await expectVouched(before);
    expect(next.refresh.rescanned).toEqual([]);
    expect(next.refresh.removed).toEqual([]);
  });

  it("reads a person's uncommitted edits, and lists the tracked ones as unvouched until they are committed or reverted", async () => {
    await botRun([{ path: topicPage(4), before: read(topicPage(4)), after: linked(topicPage(4), 'bot-2') }]);
    const dirtyPage = topicPage(5);
    const deletedPage = topicPage(6);
    const original = read(dirtyPage);
    const deletedText = read(deletedPage);
    write(dirtyPage, linked(dirtyPage, 'half-finished'));
    unlinkSync(path.join(root, deletedPage));
    write('pages/draft-secret.md', '# 초안\n\n- [초안 링크](https://check.example.com/draft)\n');
    const at = head();
    const run = await botRun([{ path: topicPage(7), before: read(topicPage(7)), after: linked(topicPage(7), 'bot-3') }]);
    expect(run.refresh.rescanned).toEqual(expect.arrayContaining([dirtyPage, 'pages/draft-secret.md']));
    // The tracked dirty files are recorded; the draft is not (git status names it while it stays a draft).
    expect(run.check).toEqual({ head: at, unvouched: [dirtyPage, deletedPage] });
    expect(record().unvouched).toEqual([dirtyPage, deletedPage]);
    expect(read(OVERLAY)).not.toContain('draft-secret');
    // The person reverts both (clean again, not in any commit): only the unvouched list says to look.
    write(dirtyPage, original);
    write(deletedPage, deletedText);
    const next = await expectVouched(at);
    expect(next.refresh.rescanned).toEqual(expect.arrayContaining([dirtyPage, deletedPage]));
    expect(next.untracked).toEqual(new Set(['pages/draft-secret.md']));
    // The draft committed later: in the diff.
    const before = head();
    await botRun([{ path: topicPage(8), before: read(topicPage(8)), after: linked(topicPage(8), 'bot-4') }]);
    commit('a person commits the draft');
    const last = await expectVouched(before);
    expect(last.untracked.size).toBe(0);
    expect(last.index.has('pages/draft-secret.md')).toBe(true);
    expect(last.check?.unvouched).toEqual([]);
  });

  it('moves the vouch on after a run that changed nothing (no index edit, nothing committed)', async () => {
    await botRun([{ path: topicPage(9), before: read(topicPage(9)), after: linked(topicPage(9), 'bot-5') }]);
    const overlay = read(OVERLAY);
    const at = head();
    const idle = await botRun([]);
    expect(indexEdits(idle, config, [])).toEqual([]);
    expect(read(OVERLAY)).toBe(overlay);
    expect(head()).toBe(at);
    expect(record().head).toBe(at);
    const next = await expectVouched(at);
    expect(next.refresh.rescanned).toEqual([]);
  });

  it('falls back to every tracked file when an index file was edited by hand or is not committed, or the record names a commit git does not have', async () => {
    const before = head();
    await botRun([{ path: topicPage(10), before: read(topicPage(10)), after: linked(topicPage(10), 'bot-6') }]);
    const overlay = read(OVERLAY);
    const kept = record();
    const target = topicPage(10);
    // A hand edit of a line (its blob), committed: the record is for another overlay; the page is read again.
    write(OVERLAY, overlay.replace(new RegExp(`^(${target.replace(/[.]/g, '\\.')}\\t)[0-9a-f]{40}`, 'm'), `$1${'0'.repeat(40)}`));
    commit('a person edits the overlay');
    let view = await expectVouched(undefined);
    expect(view.refresh.rescanned).toEqual([target]);
    write(OVERLAY, overlay);
    commit('the overlay back');
    await expectVouched(before);
    // A run killed after writing its index and its record, before its commit: the overlay on disk is the
    // record's, but not git's.
    const rel = topicPage(11);
    const after = linked(rel, 'killed-run');
    const next = await open();
    const index = indexEdits(next, config, [{ path: rel, before: read(rel), after }]);
    write(rel, after);
    for (const e of index) write(e.path, e.after);
    await recordIndexCheck(checkFile, config, next, [{ path: rel, after }, ...index]);
    expect(record().overlay).toBe(gitIn('hash-object', OVERLAY).trim());
    view = await expectVouched(undefined);
    // Every tracked file compared with git: the written page matches its new line (no re-read), and is unvouched.
    expect(view.refresh.rescanned).toEqual([]);
    expect(view.check?.unvouched).toEqual([rel, OVERLAY].filter((p) => p.endsWith('.md')));
    gitIn('checkout', '-q', '--', '.');
    setRecord(kept);
    await expectVouched(before);
    // The base edited by hand and not committed (the overlay still the record's): git status names it,
    // and the view is checked again with every file compared, the edited line's page read again.
    const base = read(WIKI_INDEX_FILE);
    const untouched = topicPage(15);
    write(WIKI_INDEX_FILE, base.replace(new RegExp(`^(${untouched.replace(/[.]/g, '\\.')}\\t)[0-9a-f]{40}`, 'm'), `$1${'1'.repeat(40)}`));
    expect(read(WIKI_INDEX_FILE)).not.toBe(base);
    view = await expectVouched(undefined);
    expect(view.baseDirty).toBe(true);
    expect(view.refresh.rescanned).toContain(untouched);
    write(WIKI_INDEX_FILE, base);
    await expectVouched(before);
    // A record from a commit this clone does not have (a shallow clone, a rewritten history).
    setRecord({ ...kept, head: 'f'.repeat(40) });
    view = await expectVouched(undefined);
    expect(view.check?.head).toBe(head());
    setRecord(kept);
  });

  it('falls back when the config covers other files (a routing page outside the folders)', async () => {
    const before = head();
    await botRun([{ path: topicPage(12), before: read(topicPage(12)), after: linked(topicPage(12), 'bot-7') }]);
    write('extra.md', '# 밖의 문서\n\n- [밖](https://check.example.com/outside)\n');
    commit('a page outside the wiki folders');
    const wider: Config = { ...config, routing: { ...config.routing, rules: [...config.routing.rules, { ...config.routing.rules[0]!, page: 'extra.md' }] } };
    expect(selectionFingerprint(wider)).not.toBe(selectionFingerprint(config));
    // A routed page inside a folder changes which files are wiki files too (one that is not markdown).
    const routedInside: Config = { ...config, routing: { ...config.routing, rules: [...config.routing.rules, { ...config.routing.rules[0]!, page: 'pages/notes.txt' }] } };
    expect(selectionFingerprint(routedInside)).not.toBe(selectionFingerprint(config));
    const view = await openWikiView(root, wider, { dirty: openRepo(root, silentLogger).dirtyFiles().then((f) => new Set(f)) });
    expect(view.checkedSince).toBeUndefined();
    expect(view.index.has('extra.md')).toBe(true);
    expect(written(view)).toBe(await scratch(view, wider));
    // The narrower config still vouches from its run.
    await expectVouched(before);
    expect(existsSync(path.join(root, 'extra.md'))).toBe(true);
  });

  it('asks git about the folders and only the pages outside them (git matches every path against every pathspec)', () => {
    const rule = config.routing.rules[0]!;
    const cfg: Config = {
      ...config,
      routing: { ...config.routing, rules: [...config.routing.rules, { ...rule, page: 'extra.md' }, { ...rule, page: 'notes/./side.md' }, { ...rule, page: `${config.pages.pagesDir}/deep/x.md` }] },
    };
    const where = wikiFileWhere(cfg);
    expect(config.routing.rules.length).toBeGreaterThan(10);
    expect(where).toEqual([config.pages.pagesDir, config.pages.newsDir, 'extra.md', 'notes/side.md']);
  });
});
