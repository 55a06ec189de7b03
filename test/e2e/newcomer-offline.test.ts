/**
 * The README's main command on a fresh clone with no network: `wiki-daily run` exits 1 and leaves the
 * branch, the remote and the working tree exactly as they were (issue 10, from the newcomer's side).
 *
 * The behaviour itself ("a failed run commits nothing") belongs to the run pipeline (issue 8); on a
 * branch without that work this test fails because the run commits and pushes a "failed" day log.
 */
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { prepareFixtureWorkspace } from '../support/fixture-wiki.js';
import { git } from '../support/git.js';
import { PROJECT_ROOT, runCliProcess, type ProcResult } from '../support/proc.js';

function describeProc(r: ProcResult): string {
  return `exit ${r.code} signal ${r.signal}${r.timedOut ? ' (timed out)' : ''}\n--- stdout ---\n${r.stdout.slice(0, 3000)}\n--- stderr ---\n${r.stderr.slice(0, 3000)}`;
}

describe('wiki-daily run with no network', () => {
  it('exits 1 and leaves the branch, the remote and the tree as they were', async () => {
    const ws = await prepareFixtureWorkspace();
    try {
      // Every source is on the fixture server: closed, each request is refused, as with no network.
      await ws.server.close();
      const head = await git(ws.root, ['rev-parse', 'HEAD']);
      const branch = await git(ws.root, ['rev-parse', '--abbrev-ref', 'HEAD']);
      const remote = await git(ws.origin, ['rev-parse', 'main']);
      const r = await runCliProcess(['run', '--root', ws.root], { cwd: ws.root, timeoutMs: 60_000 });
      expect(r.code, describeProc(r)).toBe(1);
      expect(r.stdout).toMatch(/^wiki-daily run \d{4}-\d{2}-\d{2}: FAILED/);
      expect(await git(ws.root, ['rev-parse', 'HEAD'])).toBe(head);
      expect(await git(ws.root, ['rev-parse', '--abbrev-ref', 'HEAD'])).toBe(branch);
      expect(await git(ws.origin, ['rev-parse', 'main'])).toBe(remote);
      expect(await git(ws.root, ['status', '--porcelain', '--untracked-files=all'])).toBe('');
    } finally {
      // The server is already closed: only the files remain to remove.
      await rm(ws.dir, { recursive: true, force: true });
    }
  }, 90_000);
});
