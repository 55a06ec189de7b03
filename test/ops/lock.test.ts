import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LockError } from '../../src/errors.js';
import { MemoryLogger } from '../support/memory-logger.js';
import {
  acquireLocks,
  cleanupLocks,
  handleTerminationSignal,
  lockStatus,
  selfTest,
  type LockOwner,
} from '../../src/ops/lock.js';
import type { Clock } from '../../src/time.js';
import { fakeClock } from '../support/clock.js';

const HOST = 'testhost';


const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function readOwner(file: string): Promise<LockOwner> {
  return JSON.parse(await readFile(file, 'utf8')) as LockOwner;
}

let dir: string;
let logger: MemoryLogger;
beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'wiki-lock-')), 'locks');
  logger = new MemoryLogger();
});
afterEach(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

function opts(extra: Partial<Parameters<typeof acquireLocks>[2]> = {}): Parameters<typeof acquireLocks>[2] {
  return { command: 'wiki-daily run', waitMs: 0, staleMs: 45 * 60_000, logger, hostname: HOST, ...extra };
}

describe('acquireLocks', () => {
  it('writes an owner record and removes it on release (release is idempotent)', async () => {
    const clock = fakeClock();
    const lock = await acquireLocks(dir, ['run'], opts({ clock }));
    expect(lock.names).toEqual(['run']);
    expect(lock.takenOver).toEqual([]);
    expect(await readOwner(path.join(dir, 'run.lock'))).toEqual({
      pid: process.pid,
      host: HOST,
      command: 'wiki-daily run',
      startedAt: '2026-05-01T00:00:00.000Z',
      id: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    await lock.release();
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('a second taker with waitMs 0 fails with a LockError naming the holder', async () => {
    const clock = fakeClock();
    const first = await acquireLocks(dir, ['run'], opts({ clock }));
    clock.advance(3 * 60_000);
    const err = await acquireLocks(dir, ['run'], opts({ clock, command: 'wiki-daily backup' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockError);
    expect((err as Error).message).toMatch(
      new RegExp(
        `^lock 'run' is held by pid ${process.pid} on host ${HOST} \\(wiki-daily run\\) since 2026-05-01T00:00:00.000Z \\(3 min ago\\); gave up after waiting 0 s\\. If that process no longer runs, delete .*run\\.lock$`,
      ),
    );
    // the holder's lock is untouched
    expect((await readOwner(path.join(dir, 'run.lock'))).command).toBe('wiki-daily run');
    await first.release();
  });

  it('a waiting taker gets the lock once the holder releases it', async () => {
    const first = await acquireLocks(dir, ['run'], opts());
    let settled = false;
    const second = acquireLocks(dir, ['run'], opts({ waitMs: 20_000, pollMs: 10, clock: realClock, command: 'second' }));
    void second.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 80));
    expect(settled).toBe(false);
    expect(logger.lines.some((l) => l.startsWith('waiting up to') && l.includes("lock 'run' is held by"))).toBe(true);
    await first.release();
    const lock = await second;
    expect(lock.takenOver).toEqual([]);
    expect((await readOwner(path.join(dir, 'run.lock'))).command).toBe('second');
    await lock.release();
  });

  it('waits up to waitMs in pollMs steps through the clock, then gives up', async () => {
    const clock = fakeClock();
    const first = await acquireLocks(dir, ['run'], opts({ clock }));
    const err = await acquireLocks(dir, ['run'], opts({ clock, waitMs: 5000, pollMs: 2000 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockError);
    expect((err as Error).message).toContain('gave up after waiting 5 s');
    expect(clock.sleeps).toEqual([2000, 2000, 1000]);
    await first.release();
  });

  it('takes over a lock older than staleMs (injected clock) and the old holder does not remove the new lock', async () => {
    const clock = fakeClock();
    const old = await acquireLocks(dir, ['run'], opts({ clock, staleMs: 60_000 }));
    clock.advance(60_001);
    const fresh = await acquireLocks(dir, ['run'], opts({ clock, staleMs: 60_000, command: 'fresh run' }));
    expect(fresh.takenOver).toHaveLength(1);
    expect(fresh.takenOver[0]).toBe(
      `took over lock 'run' from pid ${process.pid} on host testhost (wiki-daily run, started 2026-05-01T00:00:00.000Z, 60 s ago): older than the stale limit of 60 s`,
    );
    expect(logger.lines.filter((l) => l.startsWith('warning: took over'))).toHaveLength(1);

    await old.release();
    expect((await readOwner(path.join(dir, 'run.lock'))).command).toBe('fresh run');
    expect(logger.lines.some((l) => l.includes('taken over by another process'))).toBe(true);
    await fresh.release();
    expect(await exists(path.join(dir, 'run.lock'))).toBe(false);
  });

  it('does not judge pids of another host, and does not take over a live pid of this host', async () => {
    await mkdir(dir, { recursive: true });
    const clock = fakeClock();
    const owner: LockOwner = { pid: 999_999, host: 'elsewhere', command: 'wiki-daily run', startedAt: new Date(clock.now()).toISOString() };
    await writeFile(path.join(dir, 'run.lock'), JSON.stringify(owner));
    await expect(acquireLocks(dir, ['run'], opts({ clock, isAlive: () => false }))).rejects.toThrow(/pid 999999 on host elsewhere/);

    await writeFile(path.join(dir, 'run.lock'), JSON.stringify({ ...owner, host: HOST }));
    await expect(acquireLocks(dir, ['run'], opts({ clock, isAlive: () => true }))).rejects.toThrow(LockError);
    const taken = await acquireLocks(dir, ['run'], opts({ clock, isAlive: (pid) => pid !== 999_999 }));
    expect(taken.takenOver[0]).toContain('pid 999999 is no longer running on testhost');
    await taken.release();
  });

  it('takes names in sorted order and releases the ones already taken when a later one fails', async () => {
    const holder = await acquireLocks(dir, ['b'], opts());
    // While waiting for 'b', 'a' is already held and 'c' not yet tried: proof of the sorted order.
    const pending = acquireLocks(dir, ['c', 'a', 'b', 'a'], opts({ waitMs: 20_000, pollMs: 10, clock: realClock, command: 'multi' }));
    await new Promise((r) => setTimeout(r, 80));
    // The waiter's attempt on 'b' may be caught mid-way as a temp file: only lock files count.
    expect((await readdir(dir)).filter((f) => !f.endsWith('.tmp')).sort()).toEqual(['a.lock', 'b.lock']);
    expect((await readOwner(path.join(dir, 'a.lock'))).command).toBe('multi');
    await holder.release();
    const all = await pending;
    expect(all.names).toEqual(['a', 'b', 'c']);
    expect((await readdir(dir)).sort()).toEqual(['a.lock', 'b.lock', 'c.lock']);
    await all.release();
    expect(await readdir(dir)).toEqual([]);

    const holderC = await acquireLocks(dir, ['c'], opts());
    await expect(acquireLocks(dir, ['a', 'b', 'c'], opts())).rejects.toThrow(/lock 'c' is held/);
    expect(await readdir(dir)).toEqual(['c.lock']);
    await holderC.release();
  });

  it('rejects names that are not plain file names', async () => {
    await expect(acquireLocks(dir, ['../x'], opts())).rejects.toThrow(/invalid lock name/);
    await expect(acquireLocks(dir, [], opts())).rejects.toThrow(/no lock name/);
  });
});

describe('termination handling (in process)', () => {
  it('SIGTERM releases held locks and exits 143; SIGINT exits 130; other listeners keep control', async () => {
    const before = process.listenerCount('SIGTERM');
    const lock = await acquireLocks(dir, ['run'], opts());
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    const exits: number[] = [];
    expect(handleTerminationSignal('SIGTERM', { exit: (c) => exits.push(c), hasOtherListeners: () => false })).toBe(143);
    expect(exits).toEqual([143]);
    expect(await exists(path.join(dir, 'run.lock'))).toBe(false);
    expect(process.listenerCount('SIGTERM')).toBe(before);
    await lock.release(); // already released by the handler: a no-op with a warning, not an error

    const again = await acquireLocks(dir, ['run'], opts());
    expect(handleTerminationSignal('SIGINT', { exit: (c) => exits.push(c), hasOtherListeners: () => true })).toBe(130);
    expect(exits).toEqual([143]);
    expect(await exists(path.join(dir, 'run.lock'))).toBe(false);
    await again.release();
  });
});

/**
 * Child processes need plain JavaScript: transpile src/ops/lock.ts and the modules it imports (only type
 * stripping, same file layout) with the TypeScript compiler the project already uses for type checking.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
let compiled: string;

async function transpileClosure(entry: string, outRoot: string, seen = new Set<string>()): Promise<void> {
  if (seen.has(entry)) return;
  seen.add(entry);
  const source = await readFile(entry, 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: entry,
  }).outputText;
  const out = path.join(outRoot, path.relative(repoRoot, entry)).replace(/\.ts$/, '.js');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, js);
  for (const m of js.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
    await transpileClosure(path.resolve(path.dirname(entry), `${m[1]}.ts`), outRoot, seen);
  }
}

const CHILD = `
import { acquireLocks } from './src/ops/lock.js';
const [dir, name, mode] = process.argv.slice(2);
const logger = { debug() {}, info() {}, warn(m) { process.stderr.write(m + '\\n'); }, error(m) { process.stderr.write(m + '\\n'); } };
await acquireLocks(dir, [name], { command: 'child holder', waitMs: 0, staleMs: 3_600_000, logger });
process.stdout.write('ready\\n');
if (mode === 'exit') process.exit(3);
setInterval(() => {}, 1000);
`;

function startHolder(name: string, mode: 'hold' | 'exit' = 'hold'): { child: ChildProcess; ready: Promise<void>; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, [path.join(compiled, 'child.mjs'), dir, name, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve();
    });
    void exited.then(({ code, signal }) => reject(new Error(`holder exited before ready (code ${code}, signal ${signal}): ${stderr}`)));
  });
  return { child, ready, exited };
}

describe('lock held by another process', () => {
  beforeAll(async () => {
    compiled = await mkdtemp(path.join(os.tmpdir(), 'wiki-lock-js-'));
    await writeFile(path.join(compiled, 'package.json'), '{"type":"module"}\n');
    // The lock reads its records through zod (src/state-schemas.ts): let bare imports resolve.
    await symlink(path.join(repoRoot, 'node_modules'), path.join(compiled, 'node_modules'));
    await transpileClosure(path.join(repoRoot, 'src/ops/lock.ts'), compiled);
    await writeFile(path.join(compiled, 'child.mjs'), CHILD);
  });
  afterAll(async () => {
    await rm(compiled, { recursive: true, force: true });
  });

  it('SIGTERM makes the holder release its lock and exit with 143', async () => {
    const { child, ready, exited } = startHolder('run');
    await ready;
    const owner = await readOwner(path.join(dir, 'run.lock'));
    expect(owner.pid).toBe(child.pid);
    expect(owner.command).toBe('child holder');
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 143, signal: null });
    expect(await exists(path.join(dir, 'run.lock'))).toBe(false);
  });

  it('SIGINT exits 130 and a plain process.exit also releases', async () => {
    const a = startHolder('run');
    await a.ready;
    a.child.kill('SIGINT');
    expect(await a.exited).toEqual({ code: 130, signal: null });
    expect(await exists(path.join(dir, 'run.lock'))).toBe(false);

    const b = startHolder('run', 'exit');
    await b.ready.catch(() => undefined);
    expect((await b.exited).code).toBe(3);
    expect(await exists(path.join(dir, 'run.lock'))).toBe(false);
  });

  it('a holder killed with SIGKILL leaves its lock, which is taken over because its pid is gone', async () => {
    const { child, ready, exited } = startHolder('run');
    await ready;
    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');
    expect((await readOwner(path.join(dir, 'run.lock'))).pid).toBe(child.pid);

    // the child wrote its real host name; judge it as this host (default isAlive: process.kill(pid, 0))
    const lock = await acquireLocks(dir, ['run'], { command: 'after crash', waitMs: 0, staleMs: 3_600_000, logger });
    expect(lock.takenOver).toHaveLength(1);
    expect(lock.takenOver[0]).toContain(`pid ${child.pid} is no longer running`);
    expect((await readOwner(path.join(dir, 'run.lock'))).command).toBe('after crash');
    await lock.release();
  });

  it('a live holder in another process is not taken over', async () => {
    const { child, ready, exited } = startHolder('run');
    await ready;
    try {
      await expect(acquireLocks(dir, ['run'], { command: 'x', waitMs: 0, staleMs: 3_600_000, logger })).rejects.toThrow(
        new RegExp(`held by pid ${child.pid} on host .* \\(child holder\\)`),
      );
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});

describe('lockStatus, cleanupLocks, selfTest', () => {
  it('lists locks with owner, age and staleness; cleanup removes only the stale ones', async () => {
    const clock = fakeClock();
    await mkdir(dir, { recursive: true });
    const write = (name: string, owner: LockOwner) => writeFile(path.join(dir, `${name}.lock`), JSON.stringify(owner));
    await write('old', { pid: 4242, host: 'elsewhere', command: 'wiki-daily run', startedAt: new Date(clock.now() - 2 * 3_600_000).toISOString() });
    await write('dead', { pid: 4343, host: HOST, command: 'wiki-daily backup', startedAt: new Date(clock.now() - 60_000).toISOString() });
    await write('live', { pid: 4444, host: 'elsewhere', command: 'wiki-daily run', startedAt: new Date(clock.now() - 60_000).toISOString() });
    await writeFile(path.join(dir, 'garbled.lock'), 'not json');
    const longAgo = new Date(clock.now() - 5 * 3_600_000);
    await utimes(path.join(dir, 'garbled.lock'), longAgo, longAgo);
    await writeFile(path.join(dir, 'unrelated.txt'), 'x');

    const check = { staleMs: 45 * 60_000, clock, hostname: HOST, isAlive: (pid: number) => pid !== 4343, logger };
    const status = await lockStatus(dir, check);
    expect(status.map((s) => [s.name, s.stale])).toEqual([
      ['dead', true],
      ['garbled', true],
      ['live', false],
      ['old', true],
    ]);
    expect(status.find((s) => s.name === 'dead')!.reason).toBe('pid 4343 is no longer running on testhost');
    expect(status.find((s) => s.name === 'old')!.ageMs).toBe(2 * 3_600_000);
    expect(status.find((s) => s.name === 'garbled')!.reason).toMatch(
      new RegExp(`^${path.join(dir, 'garbled.lock').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: unreadable owner record \\(not valid JSON: .+\\); stale: older than 45 min$`),
    );
    expect(status.find((s) => s.name === 'live')!.owner?.pid).toBe(4444);

    expect((await cleanupLocks(dir, check)).sort()).toEqual(['dead', 'garbled', 'old']);
    expect((await readdir(dir)).sort()).toEqual(['live.lock', 'unrelated.txt']);
    expect(logger.lines).toContain(
      `warning: removed stale lock 'dead' from pid 4343 on host testhost (wiki-daily backup, started ${new Date(clock.now() - 60_000).toISOString()}, 60 s ago): pid 4343 is no longer running on testhost`,
    );
    expect(await lockStatus(path.join(dir, 'missing'), check)).toEqual([]);
  });

  it('selfTest reports success, and a readable failure where locks cannot be made', async () => {
    const ok = await selfTest(dir);
    expect(ok.ok).toBe(true);
    expect(ok.message).toMatch(/^lock self-test passed in .*: created, refused a second taker, released \(\d+ ms\)$/);
    expect(await readdir(dir)).toEqual([]);

    const blocker = path.join(path.dirname(dir), 'a-file');
    await writeFile(blocker, 'x');
    const bad = await selfTest(path.join(blocker, 'locks'));
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/^lock self-test failed in .*a-file\/locks: cannot create the lock folder/);
  });
});
