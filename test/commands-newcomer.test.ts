import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../src/app.js';
import { BackupError } from '../src/errors.js';
import { MemoryLogger } from './support/memory-logger.js';
import { parseActionInputs, parseCliArgs, type Settings } from '../src/settings.js';
import { fakeClock } from './support/clock.js';
import { exists, withWorkspace } from './support/e2e.js';

function settings(args: string[], ws: { root: string; stateDir: string; configFile: string }): Settings {
  return parseCliArgs([...args, '--root', ws.root, '--state', ws.stateDir, '--config', ws.configFile], {}) as Settings;
}

describe('backup restore of a snapshot it cannot find', () => {
  it('explains where the snapshot lives and how to name its run, without looking in this run', async () => {
    await withWorkspace({}, async (ws) => {
      const restore = { ...settings(['backup', 'restore', '20261127T000012Z-5556df99'], ws), onActions: true };
      const deps = { logger: new MemoryLogger(), clock: fakeClock(Date.now()), env: {} };
      const err = await execute(restore, deps).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(BackupError);
      expect((err as Error).message).toBe(
        `snapshot 20261127T000012Z-5556df99 is not in the backup store ${path.join(ws.stateDir, 'backups')} (it holds no snapshots). ` +
          'Its artifact wiki-backup-20261127T000012Z-5556df99 is kept by the daily run that took it: run again with backup-run-id set to that run\'s id (its job summary says "artifact … in this run (run id N)"); artifacts expire after backup.artifactRetentionDays (14) days.',
      );
      expect(await ws.git('status', '--porcelain')).toBe('');
    });
  });
});

describe('backup ids are checked before anything runs', () => {
  const inputs = (m: Record<string, string>) => (name: string) => m[name] ?? '';
  it.each([
    [{ command: 'backup restore', 'backup-id': '../../etc' }, /"\.\.\/\.\.\/etc" is not a snapshot id/],
    [{ command: 'backup restore', 'backup-id': '20261127T000012Z-5556df99', 'backup-run-id': 'latest' }, /run id "latest" is not a workflow run id/],
    [{ command: 'backup restore', 'backup-id': '20261127T000012Z-5556df99', 'backup-run-id': '12 34' }, /run id "12 34" is not a workflow run id/],
  ])('action inputs %j', (m, message) => {
    expect(() => parseActionInputs(inputs(m), {})).toThrow(message);
  });

  it('the CLI the same way', () => {
    expect(() => parseCliArgs(['backup', 'restore', 'x'], {})).toThrow(/"x" is not a snapshot id/);
    expect(() => parseCliArgs(['backup', 'verify', 'x'], {})).toThrow(/"x" is not a snapshot id/);
    expect(() => parseCliArgs(['backup', 'restore', '20261127T000012Z-5556df99', '--run-id', '-1'], {})).toThrow(/--run-id needs a value|not a workflow run id/);
    expect(parseCliArgs(['backup', 'restore', '20261127T000012Z-5556df99', '--run-id', '19000123456'], {})).toMatchObject({ backupRunId: '19000123456' });
  });
});

describe('lock cleanup --dry-run', () => {
  it('names the stale lock and leaves it', async () => {
    await withWorkspace({}, async (ws) => {
      const { mkdir, writeFile } = await import('node:fs/promises');
      const locks = path.join(ws.stateDir, 'locks');
      await mkdir(locks, { recursive: true });
      // pid 2^22+1 does not exist on Linux (pid_max ≤ 2^22): a dead owner, so the lock is stale.
      const owner = { pid: 4_194_305, host: (await import('node:os')).hostname(), command: 'wiki-daily run', startedAt: new Date(Date.now() - 3_600_000).toISOString(), id: 'abc' };
      await writeFile(path.join(locks, 'run.lock'), JSON.stringify(owner));
      const deps = { logger: new MemoryLogger(), clock: fakeClock(Date.now()), env: {} };
      const dry = await execute(settings(['lock', 'cleanup', '--dry-run'], ws), deps);
      expect(dry.text).toBe('would remove stale lock(s): run (dry run: nothing removed)');
      expect(await exists(path.join(locks, 'run.lock'))).toBe(true);
      const real = await execute(settings(['lock', 'cleanup'], ws), deps);
      expect(real.text).toBe('removed stale lock(s): run');
      expect(await exists(path.join(locks, 'run.lock'))).toBe(false);
    });
  });
});

describe('the watchdog keeps its alert state', () => {
  it('a healthy check after a critical one sends "recovered" once; healthy checks are otherwise silent', async () => {
    const { startDiscordReceiver } = await import('./support/discord-receiver.js');
    const { mkdir, writeFile } = await import('node:fs/promises');
    const discord = await startDiscordReceiver();
    try {
      await withWorkspace({ overrides: { health: { lastSuccessMaxAgeHours: 1 } } }, async (ws) => {
        const runsFile = path.join(ws.stateDir, 'runs.jsonl');
        const record = (agoMs: number) => {
          const at = new Date(Date.now() - agoMs).toISOString();
          return `${JSON.stringify({ command: 'run', status: 'success', startedAt: at, finishedAt: at, durationMs: 1000, date: at.slice(0, 10), itemsCollected: 5, itemsAdded: 1, sourcesOk: 5, sourcesFailed: 0, cacheHitRate: 0, committed: true })}\n`;
        };
        await mkdir(ws.stateDir, { recursive: true });
        // onActions: the watchdog's view, where the (busy) machine's CPU can only warn.
        const health = () =>
          execute({ ...settings(['health'], ws), discordWebhook: discord.url, onActions: true }, { logger: new MemoryLogger(), clock: fakeClock(Date.now()), env: {} });
        await writeFile(runsFile, record(3 * 3_600_000));
        expect((await health()).exitCode).toBe(1);
        expect(discord.messages).toHaveLength(1);
        await writeFile(runsFile, record(3 * 3_600_000) + record(60_000));
        const ok = await health();
        expect(ok.exitCode, JSON.stringify(ok.json)).toBe(0);
        expect(discord.messages).toHaveLength(2);
        expect(JSON.stringify(discord.messages[1])).toContain('recovered');
        await health();
        expect(discord.messages).toHaveLength(2);
      });
    } finally {
      await discord.close();
    }
  }, 60_000);
});
