/**
 * A person working in the same checkout: uncommitted edits to tracked pages (including a page the run
 * writes) and untracked files must survive the run untouched and stay out of the bot's commit.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionBody } from '../../src/pages/regions.js';
import { commitFiles, isolateGitConfig, porcelain } from '../support/git.js';
import { countUrl, withWorkspace } from '../support/e2e.js';

let restoreGit: () => void;
beforeAll(async () => {
  restoreGit = await isolateGitConfig();
});
afterAll(() => restoreGit?.());

const PROFILE_NOTE = '\n메모(작성 중): 2027년 차기작 확인 필요 — 사람이 쓰는 중\n';
const APPEARANCES_NOTE = '사람이 고친 소개 문단입니다 (아직 커밋 안 함).';
const UNTRACKED = { 'NOTES.txt': 'scratch notes, not for the wiki\n', 'pages/draft.md': '# 초안\n\n아직 올리지 않은 문서.\n' };

describe('wiki-daily run with a person’s uncommitted work in the checkout', () => {
  it('keeps edits outside managed regions and untracked files on disk, uncommitted and out of the bot commit', async () => {
    await withWorkspace({}, async (ws) => {
      const abs = (rel: string) => path.join(ws.root, rel);
      const profileBefore = await ws.read('pages/profile.md');
      const profileEdited = profileBefore + PROFILE_NOTE;
      await writeFile(abs('pages/profile.md'), profileEdited);
      const appearancesHead = await ws.read('pages/appearances.md');
      // Replace the intro paragraph (outside every region) with the person's text.
      const intro = appearancesHead.split('\n')[2]!;
      expect(intro).toMatch(/^예능·방송 출연과/);
      const appearancesEdited = appearancesHead.replace(intro, APPEARANCES_NOTE);
      await writeFile(abs('pages/appearances.md'), appearancesEdited);
      for (const [rel, text] of Object.entries(UNTRACKED)) await writeFile(abs(rel), text);
      const statusBefore = await porcelain(ws.root);
      expect(statusBefore).toEqual(['?? NOTES.txt', '?? pages/draft.md', ' M pages/appearances.md', ' M pages/profile.md'].sort());

      const { report, outcome } = await ws.run();
      expect(report.errors).toEqual([]);
      expect(outcome.exitCode).toBe(0);
      expect(report.pushed).toBe(true);

      // The person's files are byte for byte as they left them, and still uncommitted.
      expect(await ws.read('pages/profile.md')).toBe(profileEdited);
      for (const [rel, text] of Object.entries(UNTRACKED)) expect(await readFile(abs(rel), 'utf8')).toBe(text);
      expect.soft(await porcelain(ws.root)).toEqual(statusBefore);

      // The bot commit holds exactly the run's files and none of the person's work.
      const files = (await commitFiles(ws.origin, 'main')).map((l) => l.split('\t')[1]!);
      expect(files.sort()).toEqual([...report.changedFiles].sort());
      for (const rel of ['pages/profile.md', ...Object.keys(UNTRACKED)]) expect(files).not.toContain(rel);
      expect(await ws.originShow('pages/profile.md')).toBe(profileBefore);
      const tree = (await ws.git('ls-tree', '-r', '--name-only', 'HEAD')).split('\n').filter(Boolean);
      for (const rel of Object.keys(UNTRACKED)) expect(tree).not.toContain(rel);
      // No committed index links to a page that exists only in the person's checkout.
      const index = await ws.originShow('pages/index.md');
      const linked = [...index.matchAll(/\]\(([^)#:]+\.md)\)/g)].map((m) => path.posix.join('pages', m[1]!));
      expect(linked.length).toBeGreaterThan(5);
      expect.soft(linked.filter((p) => !tree.includes(p))).toEqual([]);

      const appearances = await ws.read('pages/appearances.md');
      expect(appearances).toContain(APPEARANCES_NOTE);
      const committed = await ws.originShow('pages/appearances.md');
      // The product's choice is behaviour B (merge on disk, commit only the bot's change); it says so.
      expect(report.warnings.some((w) => w.startsWith('kept out of the bot commit: uncommitted edits in pages/appearances.md'))).toBe(true);
      const refusal = [...report.warnings, report.reason ?? ''].find((w) => w.includes('page not updated'));
      if (refusal !== undefined) {
        // Behaviour A: the page a person is editing is left alone, with a reason naming it; its
        // entries stay unseen so they land on a later run.
        expect(report.status).toBe('partial');
        expect(appearances).toBe(appearancesEdited);
        expect(files).not.toContain('pages/appearances.md');
        expect(await ws.read('data/seen.tsv')).not.toContain('q3Xk9LmT2aB');
        expect(committed).toBe(appearancesHead);
      } else {
        // Behaviour B: the run's entries land next to the person's text on disk, while the commit
        // carries only the bot's change to the committed version.
        expect(appearances).not.toContain(intro);
        const entries = regionBody(appearances, 'entries:main', 'pages/appearances.md')!;
        expect(countUrl(entries, 'https://www.youtube.com/watch?v=q3Xk9LmT2aB')).toBe(1);
        expect(countUrl(entries, 'https://www.youtube.com/watch?v=Zp7rW1cN0eQ')).toBe(1);
        expect.soft(committed, 'the bot commit swept the person\'s uncommitted edit').not.toContain(APPEARANCES_NOTE);
        expect.soft(committed).toContain(intro);
        expect(countUrl(committed, 'https://www.youtube.com/watch?v=q3Xk9LmT2aB')).toBe(1);
      }
    });
  });
});
