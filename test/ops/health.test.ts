import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { healthSettings } from '../../src/config/schema.js';
import type { RunStatus } from '../../src/model.js';
import {
  evaluateHealth,
  isAutomationProcess,
  readSystem,
  worstLevel,
  type HealthInput,
  type Level,
  type Readings,
} from '../../src/ops/health.js';
import type { RunRecord } from '../../src/ops/history.js';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-27T12:00:00.000Z');
const settings = healthSettings.parse({});

function run(status: RunStatus, finishedAt: string): RunRecord {
  return {
    command: 'run',
    status,
    startedAt: finishedAt,
    finishedAt,
    durationMs: 1000,
    date: finishedAt.slice(0, 10),
    itemsCollected: 1,
    itemsAdded: 1,
    sourcesOk: 1,
    sourcesFailed: 0,
    cacheHitRate: 0,
    committed: true,
  };
}

const calm: Readings = { cpuLoadPct: 10, memUsedPct: 30, diskFreePct: 60, automationProcesses: 1 };

function input(over: Partial<HealthInput> = {}, readings: Partial<Readings> = {}): HealthInput {
  return {
    settings,
    readings: { ...calm, ...readings },
    now: NOW,
    runs: [run('success', new Date(NOW - HOUR).toISOString())],
    todayLog: { date: '2026-11-27', status: 'success' },
    today: '2026-11-27',
    ...over,
  };
}

function level(name: string, i: HealthInput): Level {
  const c = evaluateHealth(i).checks.find((x) => x.name === name);
  if (!c) throw new Error(`no check ${name}`);
  return c.level;
}

describe('evaluateHealth', () => {
  it('is ok overall when everything is calm, and omits checks without input', () => {
    const h = evaluateHealth(input());
    expect(h.level).toBe('ok');
    expect(h.checks.map((c) => c.name)).toEqual(['cpu', 'memory', 'disk', 'processes', 'day log', 'last success']);
  });

  it.each([
    [69.99, 'ok'],
    [70, 'warn'],
    [89.99, 'warn'],
    [90, 'critical'],
  ] as const)('CPU load %s%% → %s', (v, want) => {
    expect(level('cpu', input({}, { cpuLoadPct: v }))).toBe(want);
  });

  it.each([
    [79.99, 'ok'],
    [80, 'warn'],
    [89.99, 'warn'],
    [90, 'critical'],
  ] as const)('memory %s%% → %s', (v, want) => {
    expect(level('memory', input({}, { memUsedPct: v }))).toBe(want);
  });

  it.each([
    [20, 'ok'],
    [19.99, 'warn'],
    [10, 'warn'],
    [9.99, 'critical'],
  ] as const)('free disk %s%% → %s', (v, want) => {
    expect(level('disk', input({}, { diskFreePct: v }))).toBe(want);
  });

  it.each([
    [5, 'ok'],
    [6, 'warn'],
    [10, 'warn'],
    [11, 'critical'],
  ] as const)('%s automation processes → %s', (v, want) => {
    expect(level('processes', input({}, { automationProcesses: v }))).toBe(want);
  });

  it('prints a value just under a threshold without rounding it onto the threshold', () => {
    const disk = evaluateHealth(input({}, { diskFreePct: 19.996 })).checks.find((c) => c.name === 'disk')!;
    expect(disk.level).toBe('warn');
    expect(disk.reason).toBe('free disk 19.99% (warn < 20%, critical < 10%)');
    const cpu = evaluateHealth(input({}, { cpuLoadPct: 69.996 })).checks.find((c) => c.name === 'cpu')!;
    expect([cpu.level, cpu.reason]).toEqual(['ok', 'CPU load 69.99% (warn ≥ 70%, critical ≥ 90%)']);
    const mem = evaluateHealth(input({}, { memUsedPct: 0.29 })).checks.find((c) => c.name === 'memory')!;
    expect(mem.reason).toBe('memory used 0.29% (warn ≥ 80%, critical ≥ 90%)');
  });

  it('git: foreign dirty files (up to 5 listed) and being behind warn; ahead alone does not', () => {
    const dirty = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md', 'g.md'];
    const c = evaluateHealth(input({ git: { dirtyOther: dirty, behind: 0 } })).checks.find((x) => x.name === 'git')!;
    expect(c.level).toBe('warn');
    expect(c.reason).toBe("7 file(s) changed outside the wiki's own outputs: a.md, b.md, c.md, d.md, e.md (+2 more)");
    expect(level('git', input({ git: { dirtyOther: [], behind: 2 } }))).toBe('warn');
    expect(level('git', input({ git: { dirtyOther: [], ahead: 1, behind: 0 } }))).toBe('ok');
    expect(level('git', input({ git: { dirtyOther: [] } }))).toBe('ok');
  });

  it('lock: a stale held lock warns, a fresh one does not', () => {
    expect(level('lock', input({ locks: [] }))).toBe('ok');
    expect(level('lock', input({ locks: [{ name: 'run', stale: false, ageMs: 5 * 60_000 }] }))).toBe('ok');
    const i = input({ locks: [{ name: 'run', stale: true, ageMs: 50 * 60_000 }] });
    expect(level('lock', i)).toBe('warn');
    expect(evaluateHealth(i).checks.find((c) => c.name === 'lock')!.reason).toBe('lock "run" is stale (held 50 min)');
  });

  it('backups: none, too old (> 48 h) and over budget each warn', () => {
    const budget = 100;
    expect(level('backups', input({ backups: { totalBytes: 0, budgetBytes: budget } }))).toBe('warn');
    const at = (h: number) => new Date(NOW - h * HOUR).toISOString();
    expect(level('backups', input({ backups: { newestAt: at(48), totalBytes: 0, budgetBytes: budget } }))).toBe('ok');
    expect(level('backups', input({ backups: { newestAt: at(48.01), totalBytes: 0, budgetBytes: budget } }))).toBe('warn');
    expect(level('backup size', input({ backups: { newestAt: at(1), totalBytes: 100, budgetBytes: budget } }))).toBe('ok');
    expect(level('backup size', input({ backups: { newestAt: at(1), totalBytes: 101, budgetBytes: budget } }))).toBe('warn');
  });

  it("day log: missing or another day's warns, failed is critical (also in Korean)", () => {
    expect(level('day log', input({ todayLog: undefined }))).toBe('warn');
    expect(level('day log', input({ todayLog: { date: '2026-11-26', status: 'success' } }))).toBe('warn');
    expect(level('day log', input({ todayLog: { date: '2026-11-27', status: 'failed' } }))).toBe('critical');
    expect(level('day log', input({ todayLog: { date: '2026-11-27', status: '실패' } }))).toBe('critical');
    expect(level('day log', input({ todayLog: { date: '2026-11-27', status: 'partial' } }))).toBe('ok');
  });

  it('last success: none ever warns; older than 36 h is critical; partial counts as success', () => {
    expect(level('last success', input({ runs: [] }))).toBe('warn');
    expect(level('last success', input({ runs: [run('failed', new Date(NOW - HOUR).toISOString())] }))).toBe('warn');
    const at = (h: number) => new Date(NOW - h * HOUR).toISOString();
    expect(level('last success', input({ runs: [run('success', at(36))] }))).toBe('ok');
    expect(level('last success', input({ runs: [run('success', at(36.01))] }))).toBe('critical');
    expect(level('last success', input({ runs: [run('success', at(40)), run('partial', at(2)), run('failed', at(1))] }))).toBe(
      'ok',
    );
  });

  it('state size over stateMaxMb warns', () => {
    const mb = 1024 * 1024;
    expect(level('state size', input({ stateBytes: 1024 * mb }))).toBe('ok');
    expect(level('state size', input({ stateBytes: 1024 * mb + 1 }))).toBe('warn');
  });

  it('each anomaly is its own warning; none is an ok check', () => {
    expect(level('anomalies', input({ anomalies: [] }))).toBe('ok');
    const h = evaluateHealth(
      input({
        anomalies: [
          { metric: 'durationMs', value: 400000, median: 100000, mad: 5000, z: 40.47 },
          { metric: 'itemsCollected', value: 10, median: 50, mad: 1, z: -26.98 },
        ],
      }),
    );
    const warns = h.checks.filter((c) => c.name.startsWith('anomaly: '));
    expect(warns.map((c) => [c.name, c.level])).toEqual([
      ['anomaly: durationMs', 'warn'],
      ['anomaly: itemsCollected', 'warn'],
    ]);
    expect(h.level).toBe('warn');
  });

  it('overall level is the worst check', () => {
    expect(evaluateHealth(input({}, { cpuLoadPct: 75 })).level).toBe('warn');
    expect(evaluateHealth(input({ todayLog: { date: '2026-11-27', status: 'failed' } }, { cpuLoadPct: 75 })).level).toBe(
      'critical',
    );
    expect(worstLevel([])).toBe('ok');
    expect(worstLevel(['warn', 'ok', 'critical', 'warn'])).toBe('critical');
  });
});

describe('automation processes', () => {
  it('counts node processes running wiki-daily or the built entry points only', () => {
    expect(isAutomationProcess({ name: 'node', command: 'node', params: '/repo/dist/index.js' })).toBe(true);
    expect(isAutomationProcess({ name: 'node', command: '/usr/bin/node', params: '/usr/lib/node_modules/.bin/wiki-daily run' })).toBe(
      true,
    );
    expect(
      isAutomationProcess({ name: 'node', command: '/home/runner/externals/node20/bin/node', params: '/home/runner/work/_actions/x/y/v1/dist/index.js' }),
    ).toBe(true);
    expect(isAutomationProcess({ name: 'node', command: 'node', params: 'server.js' })).toBe(false);
    expect(isAutomationProcess({ name: 'vim', command: 'vim', params: 'dist/cli.js' })).toBe(false);
    expect(isAutomationProcess({ name: 'bash', command: 'bash', params: '-c wiki-daily run' })).toBe(false);
  });

  it('readSystem returns real readings in range for a folder, and names the folder when it cannot', async () => {
    const r = await readSystem(os.tmpdir());
    for (const v of [r.cpuLoadPct, r.memUsedPct, r.diskFreePct]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(100);
    }
    expect(Number.isInteger(r.automationProcesses)).toBe(true);
    const missing = path.join(os.tmpdir(), 'wd-does-not-exist-4821');
    await expect(readSystem(missing)).rejects.toThrow(`reading free disk space of ${missing}`);
  });
});
