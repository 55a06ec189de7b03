import os from 'node:os';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../src/app.js';
import { MemoryLogger } from './support/memory-logger.js';
import { parseCliArgs, type Settings } from '../src/settings.js';
import { fakeClock } from './support/clock.js';
import { withWorkspace } from './support/e2e.js';
import { FIXTURE_CONFIG, FIXTURE_WIKI } from './support/fixture-wiki.js';

function settings(args: string[], ws: { root: string; stateDir: string; configFile: string }): Settings {
  return parseCliArgs([...args, '--root', ws.root, '--state', ws.stateDir, '--config', ws.configFile], {}) as Settings;
}

describe('status and monitor commands', () => {
  it('status writes pages/system_status.md from real run history, keeping text outside its region', async () => {
    await withWorkspace({}, async (ws) => {
      const run = await execute(settings(['run', '--force'], ws), { logger: new MemoryLogger(), clock: fakeClock(Date.now()), env: {} });
      expect(run.report!.status).toBe('partial');
      const out = await execute(settings(['status', '--json'], ws), { logger: new MemoryLogger(), clock: fakeClock(Date.now()), env: {} });
      expect(out.exitCode).toBe(0);
      const json = out.json as { runs: { considered: number; partial: number }; checks: Array<{ name: string; level: string }> };
      expect(json.runs.considered).toBe(1);
      expect(json.runs.partial).toBe(1);
      expect(json.checks.map((c) => c.name)).toEqual(expect.arrayContaining(['cpu', 'memory', 'disk', 'git', 'backups', 'day log', 'last success']));
      const page = await readFile(path.join(ws.root, 'pages/system_status.md'), 'utf8');
      expect(page.startsWith('# 시스템 상태\n')).toBe(true);
      expect(page).toContain('<!-- wiki-daily:begin status -->');
      expect(page).toMatch(/\| run \| 부분성공 \|/);
      expect(page.match(/<!-- wiki-daily:begin status -->/g)).toHaveLength(1);
    });
  });

  it('monitor samples health every interval, count times, without really sleeping', async () => {
    const clock = fakeClock(Date.now());
    const ws = { root: FIXTURE_WIKI, stateDir: path.join(os.tmpdir(), 'wiki-daily-monitor-test-state'), configFile: FIXTURE_CONFIG };
    const out = await execute(settings(['monitor', '--interval', '5', '--count', '2', '--json'], ws), { logger: new MemoryLogger(), clock, env: {} });
    const samples = out.json as Array<{ at: string; level: string; checks: unknown[] }>;
    expect(samples).toHaveLength(2);
    expect(clock.sleeps).toEqual([5000]);
    expect(Date.parse(samples[1]!.at) - Date.parse(samples[0]!.at)).toBe(5000);
    for (const s of samples) expect(['ok', 'warn', 'critical']).toContain(s.level);
  });
});

describe('backup restore on Actions', () => {
  it('makes the tree byte-identical and records it as a commit "restore: <id>" pushed to origin', async () => {
    await withWorkspace({}, async (ws) => {
      const deps = { logger: new MemoryLogger(), clock: fakeClock(Date.now()), env: {} };
      const created = await execute(settings(['backup', 'create', '--json'], ws), deps);
      const id = (created.json as { id: string }).id;
      const before = await ws.hashes();
      // A bad day: a page damaged and committed, another deleted on disk.
      const { writeFile, rm } = await import('node:fs/promises');
      await writeFile(path.join(ws.root, 'pages/profile.md'), 'vandalised\n');
      await ws.git('-c', 'user.name=Someone', '-c', 'user.email=someone@example.invalid', 'commit', '-qam', 'oops');
      await ws.git('push', '-q', 'origin', 'main');
      await rm(path.join(ws.root, 'pages/interviews.md'));
      const restore = { ...settings(['backup', 'restore', id], ws), onActions: true };
      const out = await execute(restore, deps);
      expect(out.exitCode).toBe(0);
      expect(await ws.hashes()).toEqual(before);
      expect(out.outputs['changed-files']!.split('\n').sort()).toEqual(['pages/interviews.md', 'pages/profile.md']);
      expect((await ws.originLog('%s'))[0]).toBe(`restore: ${id}`);
      expect(await ws.originShow('pages/profile.md')).not.toBe('vandalised\n');
    });
  });
});

describe('health on an Actions runner', () => {
  it('machine readings of the runner can warn but never make the watchdog fail; the wiki checks still can', async () => {
    const { runnerView } = await import('../src/ops/gather.js');
    const busy = runnerView(
      { level: 'critical', checks: [{ name: 'cpu', level: 'critical', reason: 'CPU load 97%' }, { name: 'day log', level: 'ok', reason: 'ok' }] },
    );
    expect(busy.level).toBe('warn');
    expect(busy.checks[0]).toEqual({ name: 'cpu', level: 'warn', reason: 'CPU load 97% (runner machine: informational)' });
    const stale = runnerView(
      { level: 'critical', checks: [{ name: 'cpu', level: 'ok', reason: 'fine' }, { name: 'last success', level: 'critical', reason: 'last success 40 h ago' }] },
    );
    expect(stale.level).toBe('critical');
  });
});

describe('watchdog view of a stopped update', () => {
  it('with the state folder lost, the committed day logs still show the last success was 3 days ago: critical, exit 1', async () => {
    const { rm } = await import('node:fs/promises');
    const { fixtureRoute } = await import('./support/e2e.js');
    await withWorkspace(
      { onlyExtraSources: true, extraSources: [{ id: 'atom', url: '{{BASE}}/atom.xml' }], extraRoutes: { '/atom.xml': await fixtureRoute('atom.xml', 'application/atom+xml') } },
      async (ws) => {
        const threeDaysAgo = Date.now() - 3 * 86_400_000;
        const run = await execute(settings(['run', '--force'], ws), { logger: new MemoryLogger(), clock: fakeClock(threeDaysAgo), env: {} });
        expect(run.report!.reason ?? '').toBe('');
        expect(run.report!.status).toBe('success');
        await rm(ws.stateDir, { recursive: true, force: true });
        const health = await execute(settings(['health', '--json'], ws), { logger: new MemoryLogger(), clock: fakeClock(Date.now()), env: {} });
        const last = (health.json as { checks: Array<{ name: string; level: string; reason: string }> }).checks.find((c) => c.name === 'last success');
        expect(last?.level).toBe('critical');
        expect(health.exitCode).toBe(1);
      },
    );
  });
});
