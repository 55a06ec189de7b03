/**
 * Guard rails end to end: a run writes at most limits.maxNewPerRun new entries; the excess is not
 * marked seen, waits in the backlog and lands over the next runs: every entry once, none lost.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withWorkspace } from '../support/e2e.js';
import { FIXTURE_SEEN_IDS } from '../support/fixture-wiki.js';

describe('limits.maxNewPerRun', () => {
  it('cuts a run to the cap with a warning, and the excess lands over the next runs, each entry once', async () => {
    await withWorkspace({ overrides: { limits: { maxNewPerRun: 4, maxNewPerPage: 100 } } }, async (ws) => {
      const backlogFile = path.join(ws.stateDir, 'backlog.json');
      const first = await ws.run();
      const candidates = first.report.lanes.land + first.report.lanes.queue + first.report.lanes.pool;
      expect(candidates).toBeGreaterThan(8);
      expect(first.report.itemsAdded).toBe(4);
      expect(first.report.warnings.some((w) => w.startsWith(`${candidates - 4} new entries wait for the next run (limits.maxNewPerPage 100, limits.maxNewPerRun 4): `))).toBe(true);
      expect(first.outcome.text).toContain(`  warning: ${candidates - 4} new entries wait for the next run`);
      expect((JSON.parse(await readFile(backlogFile, 'utf8')) as { items: unknown[] }).items).toHaveLength(candidates - 4);
      // Seen ids this run added (the fixture wiki starts with some of its own).
      const added = async (): Promise<string[]> =>
        (await readFile(path.join(ws.root, 'data', 'seen.tsv'), 'utf8'))
          .split('\n')
          .filter((l) => l && !l.startsWith('#') && !FIXTURE_SEEN_IDS.has(l.split('\t')[0]!));
      expect(await added()).toHaveLength(4);

      let total = first.report.itemsAdded;
      for (let i = 0; i < 10; i++) {
        const next = await ws.run();
        expect(next.report.itemsAdded).toBeLessThanOrEqual(4);
        total += next.report.itemsAdded;
        if (next.report.itemsAdded === 0) break;
      }
      expect(total).toBe(candidates);
      expect((JSON.parse(await readFile(backlogFile, 'utf8')) as { items: unknown[] }).items).toEqual([]);
      const seenAfter = await added();
      expect(seenAfter).toHaveLength(candidates);
      expect(new Set(seenAfter.map((l) => l.split('\t')[0])).size).toBe(candidates);
    });
  }, 120_000);
});
