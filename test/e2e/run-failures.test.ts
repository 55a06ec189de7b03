/**
 * Honest status when sources fail: one failing source makes the run partial and the day log says
 * "failed" with the reason for it; every source failing fails the run (exit 1), never "success".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionBody } from '../../src/pages/regions.js';
import { isolateGitConfig, porcelain } from '../support/git.js';
import { changedPaths, exists, fixtureRoute, withWorkspace } from '../support/e2e.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

let restoreGit: () => void;
beforeAll(async () => {
  restoreGit = await isolateGitConfig();
});
afterAll(() => restoreGit?.());

const failing = (id: string) => ({ id, name: `Down ${id}`, url: `{{BASE}}/${id}.xml` });
const http500 = { status: 500, body: 'internal error' };

/** The day log's row for one source: `| \`id\` | kind | result |`. */
function sourceRow(dayLog: string, id: string): string {
  const rows = dayLog.split('\n').filter((l) => l.startsWith(`| \`${id}\` |`));
  expect(rows, `day log rows for ${id}`).toHaveLength(1);
  return rows[0]!;
}

describe('wiki-daily run with failing sources', () => {
  it('one source answering 500 makes the run partial, and the day log says failed with the reason', async () => {
    const opts = {
      onlyExtraSources: true,
      extraRoutes: { '/atom.xml': await fixtureRoute('atom.xml', 'application/atom+xml'), '/down.xml': http500 },
      extraSources: [{ id: 'atom', url: '{{BASE}}/atom.xml' }, failing('down')],
    };
    await withWorkspace(opts, async (ws) => {
      const { report, outcome } = await ws.run();
      expect(report.status).toBe('partial');
      expect(outcome.exitCode).toBe(0);
      expect(report.reason).toBe('1 of 2 sources failed: down');
      const down = report.sources.find((s) => s.id === 'down')!;
      expect(down.outcome).toBe('failed');
      expect(down.httpStatus).toBe(500);
      // Retried once (http.retries: 1 in the demo), then given up.
      expect(down.attempts).toBe(2);
      expect(ws.server.requests.filter((r) => r.path === '/down.xml')).toHaveLength(2);
      expect(report.itemsAdded).toBe(2);
      expect(report.pushed).toBe(true);

      const path = `news/${report.date}.md`;
      const dayLog = await ws.read(path);
      const status = regionBody(dayLog, 'daylog', path)!;
      expect(status).toContain('- 상태: 부분성공 partial');
      expect(status).toContain('- 사유: 1 of 2 sources failed: down');
      expect(status).toContain('- 소스: 정상 1 / 전체 2');
      const row = sourceRow(dayLog, 'down');
      expect(row).toMatch(/\| failed: .*500/);
      expect(row).not.toMatch(/\bok\b/);
      expect(sourceRow(dayLog, 'atom')).toMatch(/\| ok \(2 items\) \|$/);
      // The committed day log says the same.
      expect(await ws.originShow(path)).toBe(dayLog);
    });
  });

  it('every source failing fails the run with exit code 1 and leaves the wiki, git and origin as found', async () => {
    const opts = {
      onlyExtraSources: true,
      extraRoutes: { '/down-a.xml': http500, '/down-b.xml': { fault: 'reset' as const } },
      extraSources: [failing('down-a'), failing('down-b')],
    };
    await withWorkspace(opts, async (ws) => {
      const hashes = await ws.hashes();
      const head = (await ws.git('rev-parse', 'HEAD')).trim();
      const origin = await ws.originHead();
      const { report, outcome } = await ws.run();
      expect(report.status).toBe('failed');
      expect(outcome.exitCode).toBe(1);
      expect(outcome.outputs.status).toBe('failed');
      expect(report.reason).toBe('all 2 sources failed');
      expect(report.sources.map((s) => s.outcome)).toEqual(['failed', 'failed']);
      expect(report.itemsAdded).toBe(0);

      // No day log, no commit, no push, nothing uncommitted: the record is the report and the history.
      expect(changedPaths(hashes, await ws.hashes())).toEqual([]);
      expect(await exists(path.join(ws.root, `news/${report.date}.md`))).toBe(false);
      expect(report.committed).toBe(false);
      expect(report.pushed).toBe(false);
      expect((await ws.git('rev-parse', 'HEAD')).trim()).toBe(head);
      expect(await ws.originHead()).toBe(origin);
      expect(await porcelain(ws.root)).toEqual([]);
      const history = (await readFile(path.join(ws.stateDir, 'runs.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { status: string; reason?: string });
      expect(history.at(-1)).toMatchObject({ status: 'failed', reason: 'all 2 sources failed' });
    });
  });
});
