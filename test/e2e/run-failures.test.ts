/**
 * Honest status when sources fail: one failing source makes the run partial and the day log says
 * "failed" with the reason for it; every source failing fails the run (exit 1), never "success".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionBody } from '../../src/pages/regions.js';
import { isolateGitConfig } from '../support/git.js';
import { fixtureRoute, withWorkspace } from '../support/e2e.js';

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

  it('every source failing fails the run with exit code 1 and no "success" anywhere in the day log', async () => {
    const opts = {
      onlyExtraSources: true,
      extraRoutes: { '/down-a.xml': http500, '/down-b.xml': { fault: 'reset' as const } },
      extraSources: [failing('down-a'), failing('down-b')],
    };
    await withWorkspace(opts, async (ws) => {
      const { report, outcome } = await ws.run();
      expect(report.status).toBe('failed');
      expect(outcome.exitCode).toBe(1);
      expect(outcome.outputs.status).toBe('failed');
      expect(report.reason).toBe('all 2 sources failed');
      expect(report.sources.map((s) => s.outcome)).toEqual(['failed', 'failed']);
      expect(report.itemsAdded).toBe(0);

      const path = `news/${report.date}.md`;
      const dayLog = await ws.read(path);
      expect(dayLog).not.toMatch(/success|성공/i);
      expect(dayLog).not.toMatch(/\bok\b/);
      const status = regionBody(dayLog, 'daylog', path)!;
      expect(status).toContain('- 상태: 실패 failed');
      expect(status).toContain('- 사유: all 2 sources failed');
      expect(status).toContain('- 소스: 정상 0 / 전체 2');
      expect(sourceRow(dayLog, 'down-a')).toMatch(/\| failed: .*500/);
      expect(sourceRow(dayLog, 'down-b')).toMatch(/\| failed: \S/);
      // The failed day is recorded in the wiki too, not only on this machine.
      expect(report.pushed).toBe(true);
      expect(await ws.originShow(path)).toBe(dayLog);
      // Nowhere in the wiki does this day claim success.
      const report_ = await ws.read('pages/daily_report.md').catch(() => '');
      expect(regionBody(report_, 'report', 'pages/daily_report.md') ?? '').not.toMatch(/success|성공 /);
    });
  });
});
