import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/app.js';
import { BudgetError } from '../../src/errors.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { newReport } from '../../src/report/report.js';
import { Budget } from '../../src/run/budget.js';
import { parseCliArgs, type Settings } from '../../src/settings.js';
import { prepareFixtureWorkspace } from '../support/fixture-wiki.js';
import { systemClock } from '../../src/time.js';
import { readFile } from 'node:fs/promises';


describe('time budgets', () => {
  it('a stage past its budget fails with the stage named, and is timed in the report', async () => {
    const report = newReport('run', { timezone: 'Asia/Seoul' }, Date.now());
    const budget = new Budget(systemClock, 60_000, { collect: 50 }, report);
    let aborted = false;
    const err = await budget
      .stage('collect', (signal) => new Promise((resolve) => {
        signal.addEventListener('abort', () => (aborted = true));
        setTimeout(resolve, 2000).unref();
      }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BudgetError);
    expect((err as Error).message).toBe('stage "collect" exceeded its time budget of 50 ms');
    expect(aborted).toBe(true);
    expect(report.stages).toHaveLength(1);
    expect(report.stages[0]).toMatchObject({ stage: 'collect', ok: false });
    expect(report.stages[0]!.durationMs).toBeLessThan(1500);
  });

  it('once the run budget has fired, every later stage fails at once (no 1 ms budget left by an early timer)', async () => {
    // A clock that reads just before the deadline although the run budget's timer already fired.
    let now = 1_000;
    const clock = { now: () => now, sleep: async () => undefined };
    const report = newReport('run', { timezone: 'Asia/Seoul' }, now);
    const budget = new Budget(clock, 40, {}, report);
    const err = await budget.stage('gate', () => new Promise((r) => setTimeout(r, 1000).unref())).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BudgetError);
    now = 1_039;
    expect(budget.remainingMs()).toBe(0);
    expect(await budget.stage('plan', async () => 7).catch((e: unknown) => e)).toBeInstanceOf(BudgetError);
  });

  it('the run budget caps every stage', async () => {
    const report = newReport('run', { timezone: 'Asia/Seoul' }, Date.now());
    const budget = new Budget(systemClock, 40, {}, report);
    const err = await budget.stage('gate', () => new Promise((r) => setTimeout(r, 1000).unref())).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/stage "gate \(run budget\)" exceeded/);
    expect(await budget.stage('plan', async () => 7).catch((e: unknown) => e)).toBeInstanceOf(BudgetError);
  });

  it('a run whose collect stage overruns stops cleanly: status failed, nothing written, nothing committed', async () => {
    const ws = await prepareFixtureWorkspace({
      onlyExtraSources: true,
      extraSources: [{ id: 'slow', url: '{{BASE}}/slow.xml' }],
      extraRoutes: { '/slow.xml': { body: '<rss version="2.0"><channel><title>t</title></channel></rss>', latencyMs: 5000 } },
      overrides: { schedule: { stageBudgetMinutes: { collect: 0.01 } } },
    });
    try {
      const settings = parseCliArgs(['run', '--root', ws.root, '--state', ws.stateDir, '--config', ws.configFile, '--force'], {}) as Settings;
      const started = Date.now();
      const outcome = await execute(settings, { logger: new MemoryLogger(), clock: systemClock, env: {} });
      expect(Date.now() - started).toBeLessThan(4000);
      expect(outcome.exitCode).toBe(1);
      expect(outcome.report!.status).toBe('failed');
      expect(outcome.report!.reason).toBe('stage "collect" exceeded its time budget of 600 ms');
      expect(outcome.report!.committed).toBe(false);
      // A failed run leaves no trace in the wiki: no day log, no commit.
      expect(await readFile(path.join(ws.root, 'news', `${outcome.report!.date}.md`), 'utf8').catch(() => 'absent')).toBe('absent');
    } finally {
      await ws.close();
    }
  });
});
