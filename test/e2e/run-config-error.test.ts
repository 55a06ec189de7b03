/**
 * A run whose config is invalid never starts, but it is still a failed run: the history records it
 * (so the watchdog, the failure issue and the status page count it) and the wiki is left untouched.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statePaths } from '../../src/state.js';
import { changedPaths, hashFiles } from '../support/e2e.js';
import { prepareFixtureWorkspace } from '../support/fixture-wiki.js';
import { git, isolateGitConfig } from '../support/git.js';
import { runCliProcess } from '../support/proc.js';

let restoreGit: () => void;
beforeAll(async () => {
  restoreGit = await isolateGitConfig();
});
afterAll(() => restoreGit?.());

describe('a run with an invalid config', () => {
  it('exits 2, writes nothing in the wiki, and records a failed run in the history', async () => {
    const ws = await prepareFixtureWorkspace();
    try {
      await writeFile(ws.configFile, `${await readFile(ws.configFile, 'utf8')}\nschedulee: {}\n`);
      const head = (await git(ws.root, ['rev-parse', 'HEAD'])).trim();
      const before = await hashFiles(ws.root);
      const res = await runCliProcess(['run', '--root', ws.root, '--state', ws.stateDir, '--config', ws.configFile, '--force'], { timeoutMs: 30_000 });
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('schedulee');
      expect((await git(ws.root, ['rev-parse', 'HEAD'])).trim()).toBe(head);
      expect(changedPaths(before, await hashFiles(ws.root))).toEqual([]);
      const history = (await readFile(statePaths(ws.stateDir).runsFile, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { command: string; status: string; reason?: string });
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ command: 'run', status: 'failed' });
      expect(history[0]!.reason).toContain('schedulee');
    } finally {
      await ws.close();
    }
  }, 60_000);
});
