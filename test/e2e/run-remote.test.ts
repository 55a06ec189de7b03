/**
 * Another clone pushes to origin while the run is collecting: a change elsewhere is rebased over and
 * pushed; a change to the lines the run writes fails the run cleanly without losing the local commit.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionBody } from '../../src/pages/regions.js';
import { commitFiles, git, isolateGitConfig, porcelain } from '../support/git.js';
import type { DemoOptions } from '../../src/demo/workspace.js';
import { FIXTURE_SEEN_IDS } from '../support/fixture-wiki.js';
import { changedPaths, countUrl, exists, fixtureRoute, waitFor, withWorkspace, type E2eWorkspace, type RunResult } from '../support/e2e.js';

let restoreGit: () => void;
beforeAll(async () => {
  restoreGit = await isolateGitConfig();
});
afterAll(() => restoreGit?.());

/** The Atom feed answers this late, so the run is still inside collect while the other clone pushes. */
const SLOW_ROUTE = '/atom.xml';
const SLOW_MS = 1500;

async function slowAtom(): Promise<DemoOptions['extraRoutes']> {
  return { [SLOW_ROUTE]: { ...(await fixtureRoute('atom.xml', 'application/atom+xml')), latencyMs: SLOW_MS } };
}

/**
 * Start the run, wait until the fixture server has a request, let `meanwhile` push from another clone,
 * and check the run had not finished by then (so the push really happened mid-run).
 */
async function runWhileAnotherClonePushes(ws: E2eWorkspace, meanwhile: (clone: string) => Promise<void>): Promise<RunResult> {
  const clone = await ws.cloneOrigin();
  let settled = false;
  const running = ws.start().finally(() => {
    settled = true;
  });
  await waitFor(() => ws.server.requests.some((r) => r.path === SLOW_ROUTE) || settled, `the run to request ${SLOW_ROUTE}`);
  expect(settled, 'the run finished before the other clone pushed').toBe(false);
  try {
    await meanwhile(clone);
  } catch (err) {
    // Say what origin and the run looked like, so a failure here can be told apart from a product bug.
    const origin = await ws.originLog('%h %s (%an)');
    const seen = ws.server.requests.map((r) => r.path).join(', ');
    throw new Error(`the other clone could not push (run settled: ${settled}; origin: ${origin.join(' | ')}; requests: ${seen}): ${String(err)}`);
  }
  // The slow answer is still pending: the run has not left collect, let alone reached its push.
  expect(ws.server.inFlight(), 'the run left collect before the other clone had pushed').toBeGreaterThan(0);
  expect(settled).toBe(false);
  return running;
}

async function commitAndPush(clone: string, rel: string, edit: (text: string) => string, message: string): Promise<string> {
  const file = path.join(clone, rel);
  await writeFile(file, edit(await readFile(file, 'utf8')));
  await git(clone, ['commit', '--quiet', '-am', message]);
  await git(clone, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
  return (await git(clone, ['rev-parse', 'HEAD'])).trim();
}

describe('wiki-daily run when origin moves during the run', () => {
  it('rebases over a non-conflicting commit and pushes on top of it', async () => {
    await withWorkspace({ extraRoutes: await slowAtom() }, async (ws) => {
      const note = '\n- 소속사 공식 프로필 링크 확인함 (다른 클론에서 푸시)\n';
      let theirs = '';
      const { report, outcome, logger } = await runWhileAnotherClonePushes(ws, async (clone) => {
        theirs = await commitAndPush(clone, 'pages/profile.md', (t) => t + note, 'profile: add a note');
      });
      expect(report.errors).toEqual([]);
      expect(report.status).toBe('partial');
      expect(outcome.exitCode).toBe(0);
      expect(report.pushed).toBe(true);
      expect(logger.lines.some((l) => /pushed .* \(attempt 2, after rebase\)/.test(l))).toBe(true);

      // Origin: initial → their commit → the bot commit on top.
      const log = await ws.originLog('%H|%P|%s');
      expect(log).toHaveLength(3);
      const [bot, other, initial] = log.map((l) => l.split('|'));
      expect(bot![2]).toBe(`daily: update ${report.date}`);
      expect(bot![1]).toBe(theirs);
      expect(other![0]).toBe(theirs);
      expect(other![2]).toBe('profile: add a note');
      expect(initial![2]).toBe('wiki before the demo run');
      expect(report.commitSha).toBe(bot![0]);

      // Both changes are on origin; the bot commit holds only the run's files.
      expect(await ws.originShow('pages/profile.md')).toContain(note.trim());
      const appearances = await ws.originShow('pages/appearances.md');
      expect(countUrl(appearances, 'https://www.youtube.com/watch?v=q3Xk9LmT2aB')).toBe(1);
      const files = (await commitFiles(ws.origin, 'main')).map((l) => l.split('\t')[1]);
      expect(files.sort()).toEqual([...report.changedFiles].sort());
      expect(files).not.toContain('pages/profile.md');

      // The checkout moved forward with it: their change is on disk and nothing is left dirty.
      expect((await ws.git('rev-parse', 'HEAD')).trim()).toBe(bot![0]);
      expect(await ws.read('pages/profile.md')).toContain(note.trim());
      expect(await porcelain(ws.root)).toEqual([]);
    });
  });

  it('fails cleanly on a conflicting commit: the commit is taken back, HEAD, tree and origin as found', async () => {
    await withWorkspace({ extraRoutes: await slowAtom() }, async (ws) => {
      const handEntry = '- 사람이 직접 추가한 항목: <https://tvn.cjenm.com/ko/hand-added/>';
      let theirs = '';
      const headBefore = (await ws.git('rev-parse', 'HEAD')).trim();
      const hashesBefore = await ws.hashes();
      const { report, outcome } = await runWhileAnotherClonePushes(ws, async (clone) => {
        theirs = await commitAndPush(
          clone,
          'pages/appearances.md',
          (t) => t.replace('<!-- wiki-daily:begin entries:main -->\n', `<!-- wiki-daily:begin entries:main -->\n${handEntry}\n`),
          'appearances: add an entry by hand',
        );
      });

      expect(report.status).toBe('failed');
      expect(outcome.exitCode).toBe(1);
      expect(report.reason).toContain('pages/appearances.md');
      expect(report.reason).toMatch(/conflict/);
      expect(report.committed).toBe(false);
      expect(report.pushed).toBe(false);

      // Origin has their commit only.
      expect(await ws.originHead()).toBe(theirs);
      expect((await ws.originLog()).some((s) => s.startsWith('daily: update'))).toBe(false);

      // Locally: a failed run leaves no trace: HEAD, files and index as they were; no rebase left over.
      expect((await ws.git('rev-parse', 'HEAD')).trim()).toBe(headBefore);
      expect(changedPaths(hashesBefore, await ws.hashes())).toEqual([]);
      expect(await porcelain(ws.root)).toEqual([]);
      const gitDir = path.join(ws.root, '.git');
      for (const marker of ['rebase-merge', 'rebase-apply', 'MERGE_HEAD']) expect(await exists(path.join(gitDir, marker))).toBe(false);
      expect((await ws.git('worktree', 'list', '--porcelain')).match(/^worktree /gm)).toHaveLength(1);
      expect(await readdir(path.join(gitDir, 'worktrees')).catch(() => [])).toEqual([]);
    });
  });
});
