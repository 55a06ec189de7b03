/**
 * A newcomer's first ten minutes, at the built CLI's process boundary (`node dist/cli.js`, offline):
 * no command prints the usage, monitor without --interval stops at once, status --dry-run writes
 * nothing, warnings reach the text output, collect shows what it collected, Ctrl-C says what it left,
 * the demo cleans up after itself.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoWorkspace } from '../../src/demo/workspace.js';
import { FIXTURE_WIKI, prepareFixtureWorkspace } from '../support/fixture-wiki.js';
import { listFiles } from '../../src/fsutil.js';
import { parseSingleJson, PROJECT_ROOT, runCliProcess, startCliProcess, type ProcResult } from '../support/proc.js';

function describeProc(r: ProcResult): string {
  return `exit ${r.code} signal ${r.signal}${r.timedOut ? ' (timed out)' : ''}\n--- stdout ---\n${r.stdout.slice(0, 3000)}\n--- stderr ---\n${r.stderr.slice(0, 3000)}`;
}

/** Every file under dir (hidden ones and .git included) with its hash. */
async function treeHashes(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of await listFiles(dir, '')) out.set(f, createHash('sha256').update(await readFile(path.join(dir, f))).digest('hex'));
  return out;
}

let scratch: string;
let ws: DemoWorkspace;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'wiki-newcomer-'));
  ws = await prepareFixtureWorkspace();
});
afterAll(async () => {
  await ws?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe.concurrent('the command line refuses what it cannot do', () => {
  it('no command prints the usage on stderr and exits 2 (it never runs the update)', async () => {
    const r = await runCliProcess([], { cwd: ws.root });
    expect(r.code, describeProc(r)).toBe(2);
    expect(r.stderr).toMatch(/^error: no command given\n\nUsage: wiki-daily <command> \[options\]/);
    expect(r.stderr).toMatch(/^ {2}run\s+the daily update/m);
    expect(r.stdout).toBe('');
  });

  it('monitor without --interval exits 2 at once, before reading anything', async () => {
    const r = await runCliProcess(['monitor'], { cwd: scratch, timeoutMs: 10_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code, describeProc(r)).toBe(2);
    expect(r.stderr).toContain('monitor needs --interval S');
  });

  it('a flag the command does not take is a usage error naming the flag and the command', async () => {
    const r = await runCliProcess(['health', '--keep', '3'], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown option "--keep" for "health"/);
  });

  it('backup restore --help prints its own help, not the global usage', async () => {
    const r = await runCliProcess(['backup', 'restore', '--help'], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(0);
    expect(r.stdout).toMatch(/^Usage: wiki-daily backup restore ID \[options\]/);
    expect(r.stdout).toContain('--run-id ID');
    expect(r.stdout).not.toContain('Commands:');
  });

  it('backup verify with no snapshots says so', async () => {
    const r = await runCliProcess(['backup', 'verify', '--root', ws.root, '--state', path.join(scratch, 'empty-state')], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(0);
    expect(r.stdout).toMatch(/^no snapshots in .*: nothing to verify/);
    expect(r.stdout).not.toContain('intact');
  });
});

describe('writes only what it says', () => {
  it('status --dry-run writes nothing, anywhere in the clone or the state folder', async () => {
    const before = await treeHashes(ws.root);
    const r = await runCliProcess(['status', '--dry-run', '--root', ws.root], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(0);
    expect(r.stdout).toMatch(/^(would write pages\/system_status\.md \(dry run: nothing written\)|pages\/system_status\.md is up to date)\n/);
    expect(await treeHashes(ws.root)).toEqual(before);
  });

  it('collect lists per source its counts and newest titles; --verbose lists every item with its link', async () => {
    const r = await runCliProcess(['collect', '--root', ws.root], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(0);
    const sourceLines = r.stdout.split('\n').filter((l) => /^[✓✗] \S+ \([\w-]+\): \d+ items? · /.test(l));
    expect(sourceLines.length).toBe(ws.config.sources.filter((s) => s.enabled).length);
    expect(r.stdout).toMatch(/^✗ broken/m);
    const titleLines = r.stdout.split('\n').filter((l) => /^ {4}(\d{4}-\d{2}-\d{2}|\(no date\) ) {2}\S/.test(l));
    expect(titleLines.length).toBeGreaterThan(3);

    const v = await runCliProcess(['collect', '--verbose', '--root', ws.root], { cwd: scratch });
    const report = parseSingleJson((await runCliProcess(['collect', '--json', '--root', ws.root], { cwd: scratch })).stdout) as { itemsCollected: number };
    const links = v.stdout.split('\n').filter((l) => /^ {16}https?:\/\//.test(l));
    expect(links.length).toBe(report.itemsCollected);
    expect(v.stdout).not.toContain('more (--verbose');
  });
});

describe('a run outside a git repository', () => {
  it('shows its warning in the text output (stdout), not only in the logs', async () => {
    const plain = await prepareFixtureWorkspace();
    try {
      await rm(path.join(plain.root, '.git'), { recursive: true, force: true });
      const r = await runCliProcess(['run', '--force', '--root', plain.root], { cwd: scratch, timeoutMs: 40_000 });
      expect(r.code, describeProc(r)).toBe(0);
      expect(r.stdout).toContain(`  warning: ${plain.root} is not a git repository: changes written, nothing committed`);
    } finally {
      await plain.close();
    }
  });
});

describe('Ctrl-C', () => {
  it('prints "interrupted" and what it left, releases the lock and exits 130', async () => {
    const feed = await readFile(path.join(PROJECT_ROOT, 'fixtures', 'feeds', 'rss2-magazine.xml'));
    ws.server.setRoute('/elle/feed', { body: feed, contentType: 'application/rss+xml; charset=utf-8', latencyMs: 4_000 });
    const requests = () => ws.server.requests.filter((q) => q.path.startsWith('/elle/feed')).length;
    const before = requests();
    const run = startCliProcess(['run', '--force', '--refresh', '--no-push', '--root', ws.root], { cwd: scratch });
    const deadline = Date.now() + 15_000;
    // Polls the fixture server's request log (an observed event, not a sleep standing in for one).
    while (requests() === before) {
      if (Date.now() > deadline) throw new Error(`the run never requested the feed:\n${run.stderr()}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    run.kill('SIGINT');
    const r = await run.result;
    expect(r.code, describeProc(r)).toBe(130);
    expect(r.stderr).toContain('released lock(s): run');
    expect(r.stderr).toContain('interrupted: wiki-daily run stopped.');
    // Stopped while collecting: nothing in the tree yet, only the run journal the next run repairs from.
    expect(r.stderr).toMatch(/It left:\n {2}- the run journal .*journal\.json \(the next run finishes or undoes what this run started\)\n$/);
    expect(r.stderr).not.toContain('not committed');
    await expect(stat(path.join(ws.stateDir, 'locks', 'run.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('demo', () => {
  it('removes its temporary folder unless --keep', async () => {
    const r = await runCliProcess(['demo', '--wiki', FIXTURE_WIKI, '--json'], { cwd: scratch, timeoutMs: 60_000 });
    expect(r.code, describeProc(r)).toBe(0);
    const out = parseSingleJson(r.stdout) as { workspace: string; kept: boolean };
    expect(out.kept).toBe(false);
    await expect(stat(out.workspace)).rejects.toMatchObject({ code: 'ENOENT' });

    const k = await runCliProcess(['demo', '--wiki', FIXTURE_WIKI, '--keep', '--json'], { cwd: scratch, timeoutMs: 60_000 });
    const kept = parseSingleJson(k.stdout) as { workspace: string; kept: boolean };
    try {
      expect(kept.kept).toBe(true);
      expect((await stat(kept.workspace)).isDirectory()).toBe(true);
    } finally {
      await rm(kept.workspace, { recursive: true, force: true });
    }
  });
});
