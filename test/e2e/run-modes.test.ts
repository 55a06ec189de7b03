/**
 * The run's modes: --dry-run (write nothing, show the diff), --no-push (commit locally only) and the
 * skip guard (a successful run less than 6 h ago today skips, --force runs anyway).
 */
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statePaths } from '../../src/state.js';
import { commitFiles, isolateGitConfig, porcelain } from '../support/git.js';
import { changedPaths, exists, goodFeedsOnly, withWorkspace } from '../support/e2e.js';

let restoreGit: () => void;
beforeAll(async () => {
  restoreGit = await isolateGitConfig();
});
afterAll(() => restoreGit?.());

describe('wiki-daily run --dry-run', () => {
  it('changes no file, commits nothing, takes no backup, and reports the planned edits as a unified diff', async () => {
    await withWorkspace({}, async (ws) => {
      const before = await ws.hashes();
      const originBefore = await ws.originLog('%H');
      const headBefore = (await ws.git('rev-parse', 'HEAD')).trim();

      const { report, outcome } = await ws.run(['--dry-run']);
      expect(report.dryRun).toBe(true);
      expect(report.errors).toEqual([]);
      expect(outcome.exitCode).toBe(0);
      expect(report.itemsAdded).toBe(18);
      expect(report.committed).toBe(false);
      expect(report.pushed).toBe(false);
      expect(report.backupId).toBeUndefined();

      // Nothing on disk or in git moved.
      expect(changedPaths(before, await ws.hashes())).toEqual([]);
      expect(await porcelain(ws.root)).toEqual([]);
      expect((await ws.git('rev-parse', 'HEAD')).trim()).toBe(headBefore);
      expect(await ws.originLog('%H')).toEqual(originBefore);
      const backups = statePaths(ws.stateDir).backups;
      expect((await exists(backups)) ? await readdir(backups, { recursive: true }) : []).toEqual([]);

      // The diff names every file it would change, in git's a/ b/ form, and holds the new entries.
      const diff = report.diff!;
      expect(diff).toBeTruthy();
      const targets = [...diff.matchAll(/^\+\+\+ b\/(\S+)/gm)].map((m) => m[1]!).sort();
      expect(targets).toEqual([...report.changedFiles].sort());
      expect(targets).toEqual(
        expect.arrayContaining(['pages/appearances.md', 'pages/promotion_queue.md', 'data/seen.tsv']),
      );
      // A file that does not exist yet (today's day log) is diffed against /dev/null.
      expect(diff).toMatch(new RegExp(`^--- /dev/null\\n\\+\\+\\+ b/news/${report.date}\\.md`, 'm'));
      expect(diff).toMatch(/^--- a\/pages\/appearances\.md$/m);
      expect(diff).toMatch(/^@@ -\d+(,\d+)? \+\d+(,\d+)? @@/m);
      expect(diff).toMatch(/^\+ {2}- 링크\(원문\): <https:\/\/www\.youtube\.com\/watch\?v=q3Xk9LmT2aB>$/m);
      // The text output shows the diff too.
      expect(outcome.text).toContain('+++ b/pages/appearances.md');
    });
  });
});

describe('wiki-daily run --no-push', () => {
  it('commits locally and leaves origin unchanged', async () => {
    await withWorkspace({}, async (ws) => {
      const originBefore = await ws.originLog('%H');
      const { report, outcome } = await ws.run(['--no-push']);
      expect(report.errors).toEqual([]);
      expect(report.status).toBe('partial');
      expect(outcome.exitCode).toBe(0);
      expect(report.committed).toBe(true);
      expect(report.pushed).toBe(false);
      expect(report.itemsAdded).toBe(18);

      expect(await ws.originLog('%H')).toEqual(originBefore);
      const head = (await ws.git('rev-parse', 'HEAD')).trim();
      expect(head).toBe(report.commitSha);
      expect((await ws.git('log', '--format=%s|%P', '-1')).trim()).toBe(`daily: update ${report.date}|${originBefore[0]}`);
      const files = (await commitFiles(ws.root, 'HEAD')).map((l) => l.split('\t')[1]).sort();
      expect(files).toEqual([...report.changedFiles].sort());
      expect(await porcelain(ws.root)).toEqual([]);
      expect(outcome.outputs['commit-sha']).toBe(head);
    });
  });
});

describe('wiki-daily run skip guard', () => {
  it('skips a run within 6 h of a successful one (exit 0, with the reason) and runs with --force', async () => {
    await withWorkspace(await goodFeedsOnly('atom', 'jsonfeed'), async (ws) => {
      const first = await ws.run([], { force: false });
      expect(first.report.status).toBe('success');
      expect(first.report.errors).toEqual([]);
      expect(first.report.itemsAdded).toBe(4);
      expect(first.report.pushed).toBe(true);
      const hashes = await ws.hashes();
      const origin = await ws.originLog('%H');
      const requests = ws.server.requests.length;

      const skipped = await ws.run([], { force: false });
      expect(skipped.report.status).toBe('skipped');
      expect(skipped.outcome.exitCode).toBe(0);
      expect(skipped.report.reason).toMatch(/successful run finished at .*less than 6 h ago.*--force/);
      expect(skipped.outcome.outputs.status).toBe('skipped');
      // A skipped run fetches nothing, writes nothing, commits nothing (it only reconciles first).
      expect(ws.server.requests.length).toBe(requests);
      expect(skipped.report.stages.map((s) => s.stage)).toEqual(['reconcile']);
      expect(changedPaths(hashes, await ws.hashes())).toEqual([]);
      expect(await ws.originLog('%H')).toEqual(origin);

      const forced = await ws.run([], { force: true });
      expect(forced.report.status).toBe('success');
      expect(forced.outcome.exitCode).toBe(0);
      expect(forced.report.stages.map((s) => s.stage)).toContain('collect');
      // Within the cache's freshness window the sources are answered from the HTTP cache.
      expect(forced.report.sources.map((s) => [s.id, s.outcome])).toEqual([
        ['atom', 'fresh'],
        ['jsonfeed', 'fresh'],
      ]);
      expect(forced.report.itemsAdded).toBe(0);
      expect(changedPaths(hashes, await ws.hashes())).toEqual([]);
    });
  });
});
