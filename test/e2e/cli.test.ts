/**
 * The built CLI (`node dist/cli.js`) at its process boundary: exit codes, what goes to stdout
 * (text, or exactly one JSON value with --json) and what goes to stderr (logs and errors).
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoWorkspace } from '../../src/demo/workspace.js';
import { prepareFixtureWorkspace } from '../support/fixture-wiki.js';
import type { RunReport } from '../../src/model.js';
import { git } from '../support/git.js';
import { parseSingleJson, PROJECT_ROOT, runCliProcess, startCliProcess, type ProcResult } from '../support/proc.js';

function describeProc(r: ProcResult): string {
  return `exit ${r.code} signal ${r.signal}${r.timedOut ? ' (timed out)' : ''}\n--- stdout ---\n${r.stdout.slice(0, 3000)}\n--- stderr ---\n${r.stderr.slice(0, 3000)}`;
}

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'wiki-cli-e2e-'));
});
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe.concurrent('usage and errors', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const r = await runCliProcess(['--help'], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(0);
    expect(r.stdout).toMatch(/^Usage: wiki-daily <command> \[options\]/);
    for (const cmd of ['run', 'collect', 'backup', 'health', 'lock', 'schema']) expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
    expect(r.stdout).toContain('Exit codes: 0 success/partial/skipped, 1 failed, 2 usage or config error, 130 interrupted (Ctrl-C).');
    expect(r.stderr).toBe('');
  });

  it('a group\'s --help lists its subcommands and exits 0', async () => {
    for (const [group, subs] of [['backup', 'create|list|verify|restore|prune'], ['lock', 'status|cleanup|test']] as const) {
      const r = await runCliProcess([group, '--help'], { cwd: scratch });
      expect(r.code, describeProc(r)).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe(`Usage: wiki-daily ${group} <${subs}> [options]`);
      expect(r.stderr).toBe('');
    }
  });

  it('an unknown command exits 2 with the reason on stderr and nothing on stdout', async () => {
    const r = await runCliProcess(['frobnicate'], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown command "frobnicate"/);
    expect(r.stdout).toBe('');
  });

  it('an unknown flag exits 2 naming the flag', async () => {
    const r = await runCliProcess(['run', '--forse'], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown option "--forse"/);
    expect(r.stdout).toBe('');
  });

  it('a missing subcommand exits 2 listing the choices', async () => {
    const r = await runCliProcess(['backup'], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(2);
    expect(r.stderr).toContain('"backup" needs one of: create, list, verify, restore, prune');
  });

  it('a bad config exits 2 naming the file and every bad key path; with --json stdout is still one JSON value', async () => {
    const dir = await mkdtemp(path.join(scratch, 'badcfg-'));
    const cfg = path.join(dir, 'wiki-daily.yml');
    await writeFile(
      cfg,
      ['sources:', '  - id: a', '    url: not a url', 'lock:', '  waitMinutes: -3', 'git:', '  pushAtempts: 2', ''].join('\n'),
    );
    const r = await runCliProcess(['collect', '--root', dir], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(2);
    expect(r.stderr).toContain(`invalid config ${cfg}`);
    expect(r.stderr).toMatch(/lock\.waitMinutes: /);
    expect(r.stderr).toMatch(/git: unknown key "pushAtempts"/);
    expect(r.stderr).toMatch(/sources\[0\]\.url: /);
    expect(r.stdout).toBe('');

    const j = await runCliProcess(['collect', '--root', dir, '--json'], { cwd: scratch });
    expect(j.code, describeProc(j)).toBe(2);
    const value = parseSingleJson(j.stdout) as { status: string; error: string };
    expect(value.status).toBe('failed');
    expect(value.error).toContain('lock.waitMinutes');
  });

  it('a config that is not YAML exits 2 with line and column', async () => {
    const dir = await mkdtemp(path.join(scratch, 'yaml-'));
    await writeFile(path.join(dir, 'wiki-daily.yml'), 'sources:\n  - id: a\n   url: [unclosed\n');
    const r = await runCliProcess(['health', '--root', dir], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(2);
    expect(r.stderr).toMatch(/is not valid YAML/);
    expect(r.stderr).toMatch(/line \d+, column \d+/);
  });

  it('schema prints a valid JSON Schema, and --out writes the same to a file', async () => {
    const r = await runCliProcess(['schema'], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(0);
    const schema = parseSingleJson(r.stdout) as { type: string; properties: Record<string, unknown>; $schema?: string };
    expect(schema.type).toBe('object');
    for (const k of ['sources', 'http', 'pages', 'git', 'lock', 'discord']) expect(schema.properties).toHaveProperty(k);
    const out = path.join(scratch, 'schema.json');
    const w = await runCliProcess(['schema', '--out', out], { cwd: scratch });
    expect(w.code, describeProc(w)).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(schema);
  });
});

describe('commands against a demo wiki', () => {
  let ws: DemoWorkspace;
  beforeAll(async () => {
    ws = await prepareFixtureWorkspace();
  });
  afterAll(async () => {
    await ws?.close();
  });

  it('collect --log-format json: every stderr line is one JSON object (time, level, source, message)', async () => {
    const r = await runCliProcess(['collect', '--log-format', 'json', '--root', ws.root], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(0);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    const records = lines.map((l) => JSON.parse(l) as Record<string, string>);
    for (const rec of records) {
      expect(Object.keys(rec).every((k) => ['time', 'level', 'stage', 'source', 'message'].includes(k)), JSON.stringify(rec)).toBe(true);
      expect(new Date(rec.time!).toISOString()).toBe(rec.time);
      expect(['debug', 'info', 'warn', 'error']).toContain(rec.level);
    }
    expect(records.filter((rec) => rec.source === 'broken' && rec.level === 'warn' && rec.stage === 'collect')).toHaveLength(1);
    // stdout stays the human text.
    expect(r.stdout).toMatch(/^wiki-daily collect /);
  });

  it('collect --json: exactly one JSON value on stdout with per-source results; logs only on stderr', async () => {
    const r = await runCliProcess(['collect', '--json', '--root', ws.root], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(0);
    const report = parseSingleJson(r.stdout) as RunReport;
    expect(report.command).toBe('collect');
    expect(report.status).toBe('partial');
    expect(typeof report.durationMs).toBe('number');
    expect(report.durationMs).toBeGreaterThan(0);
    expect(report.sources.map((s) => s.id).sort()).toEqual(ws.config.sources.map((s) => s.id).sort());
    for (const s of report.sources) {
      expect(s).toHaveProperty('outcome');
      expect(Array.isArray(s.itemList), s.id).toBe(true);
      expect(s.itemList!.length, s.id).toBe(s.items);
      for (const it of s.itemList!) {
        expect(it.sourceId).toBe(s.id);
        expect(it.link).toMatch(/^https?:\/\//);
      }
    }
    const ok = report.sources.filter((s) => s.outcome !== 'failed');
    expect(ok.length).toBe(report.sources.length - 1);
    for (const s of ok) expect(s.httpStatus, s.id).toBe(200);
    const broken = report.sources.find((s) => s.id === 'broken')!;
    expect(broken.outcome).toBe('failed');
    expect(broken.error).toMatch(/malformed XML/);
    expect(report.itemsCollected).toBe(report.sources.reduce((n, s) => n + s.items, 0));
    // Logs went to stderr, and stderr is not JSON.
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/broken/);
    expect(() => JSON.parse(r.stderr)).toThrow();
    // collect writes nothing in the wiki.
    expect((await git(ws.root, ['status', '--porcelain'])).trim()).toBe('');
    // Tests never leave loopback: every page an HTML source followed (items or failures) is on the fixture server.
    for (const s of report.sources.filter((x) => x.kind === 'html')) {
      const followed = [...s.itemList!.map((i) => i.link), ...(s.warnings ?? []).map((w) => w.split(': ')[0]!)];
      expect(followed.length, s.id).toBeGreaterThan(0);
      for (const url of followed) expect(new URL(url).origin, `${s.id} followed ${url}`).toBe(ws.server.url);
    }
  });

  it('collect without --json prints the text summary on stdout', async () => {
    const r = await runCliProcess(['collect', '--root', ws.root], { cwd: scratch });
    expect(r.code, describeProc(r)).toBe(0);
    expect(r.stdout).toMatch(/^wiki-daily collect \d{4}-\d{2}-\d{2}: PARTIAL/);
    expect(r.stdout).toContain('broken');
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('backup create --json gives {id}; backup list --json lists it with createdAt and size; verify passes', async () => {
    const c = await runCliProcess(['backup', 'create', '--json', '--root', ws.root], { cwd: scratch });
    expect(c.code, describeProc(c)).toBe(0);
    const created = parseSingleJson(c.stdout) as { id: string; created: boolean; files: number };
    expect(created.id).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]+$/);
    expect(created.created).toBe(true);
    expect(created.files).toBeGreaterThan(5);

    const l = await runCliProcess(['backup', 'list', '--json', '--root', ws.root], { cwd: scratch });
    expect(l.code, describeProc(l)).toBe(0);
    const list = parseSingleJson(l.stdout) as Array<{ id: string; createdAt: string; size: number }>;
    expect(list).toHaveLength(1);
    expect(list[0]!.id).toBe(created.id);
    expect(Number.isNaN(Date.parse(list[0]!.createdAt))).toBe(false);
    expect(list[0]!.size).toBeGreaterThan(0);

    const v = await runCliProcess(['backup', 'verify', created.id, '--json', '--root', ws.root], { cwd: scratch });
    expect(v.code, describeProc(v)).toBe(0);
    expect(parseSingleJson(v.stdout)).toMatchObject({ ok: true, problems: [] });
  });

  it('health --json: a checks array, each with a level; exit code follows the overall level', async () => {
    const r = await runCliProcess(['health', '--json', '--root', ws.root], { cwd: scratch });
    const h = parseSingleJson(r.stdout) as { level: string; checks: Array<{ name: string; level: string; reason: string }> };
    expect(['ok', 'warn', 'critical']).toContain(h.level);
    expect(r.code, describeProc(r)).toBe(h.level === 'critical' ? 1 : 0);
    expect(h.checks.length).toBeGreaterThan(5);
    for (const c of h.checks) {
      expect(['ok', 'warn', 'critical'], c.name).toContain(c.level);
      expect(c.reason.length, c.name).toBeGreaterThan(0);
    }
    const names = h.checks.map((c) => c.name);
    for (const n of ['cpu', 'memory', 'disk', 'git', 'lock', 'backups', 'day log', 'last success']) expect(names).toContain(n);
  });

  it('lock status --json is an empty list when nothing holds the lock; lock test passes', async () => {
    const s = await runCliProcess(['lock', 'status', '--json', '--root', ws.root], { cwd: scratch });
    expect(s.code, describeProc(s)).toBe(0);
    expect(parseSingleJson(s.stdout)).toEqual([]);
    const t = await runCliProcess(['lock', 'test', '--root', ws.root], { cwd: scratch });
    expect(t.code, describeProc(t)).toBe(0);
    expect(t.stdout).toMatch(/^lock self-test passed in .*created, refused a second taker, released/);
    const tj = await runCliProcess(['lock', 'test', '--json', '--root', ws.root], { cwd: scratch });
    expect(parseSingleJson(tj.stdout)).toMatchObject({ ok: true });
    // The self-test leaves no lock behind.
    const after = await runCliProcess(['lock', 'status', '--json', '--root', ws.root], { cwd: scratch });
    expect(parseSingleJson(after.stdout)).toEqual([]);
  });

  it('lock status shows a lock held by a live process with its pid', async () => {
    const locks = path.join(ws.stateDir, 'locks');
    await mkdir(locks, { recursive: true });
    // This test process is alive, so its record is a live, fresh lock.
    const owner = { pid: process.pid, host: os.hostname(), command: 'wiki-daily run', startedAt: new Date().toISOString(), id: 'abc123' };
    await writeFile(path.join(locks, 'run.lock'), JSON.stringify(owner));
    try {
      const s = await runCliProcess(['lock', 'status', '--json', '--root', ws.root], { cwd: scratch });
      expect(s.code, describeProc(s)).toBe(0);
      const list = parseSingleJson(s.stdout) as Array<{ name: string; stale: boolean; owner: { pid: number } }>;
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ name: 'run', stale: false, owner: { pid: process.pid } });
      const text = await runCliProcess(['lock', 'status', '--root', ws.root], { cwd: scratch });
      expect(text.stdout).toContain(`run: held by pid ${process.pid}`);
    } finally {
      await rm(path.join(locks, 'run.lock'), { force: true });
    }
  });

  // Last in this block: it leaves today's day log marked running (the next run's crash recovery handles that).
  it('SIGTERM during a run exits 143 and releases the lock', async () => {
    const feed = await readFile(path.join(PROJECT_ROOT, 'fixtures', 'feeds', 'rss2-magazine.xml'));
    ws.server.setRoute('/elle/feed', { body: feed, contentType: 'application/rss+xml; charset=utf-8', latencyMs: 4_000 });
    const lockFile = path.join(ws.stateDir, 'locks', 'run.lock');
    const feedRequests = () => ws.server.requests.filter((q) => q.path.startsWith('/elle/feed')).length;
    const before = feedRequests();
    // --refresh: the earlier collect tests left this feed fresh in the HTTP cache.
    const run = startCliProcess(['run', '--force', '--refresh', '--root', ws.root], { cwd: scratch });
    const deadline = Date.now() + 15_000;
    while (feedRequests() === before) {
      if (Date.now() > deadline) throw new Error(`the run never requested the feed:\n${run.stderr()}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    const owner = JSON.parse(await readFile(lockFile, 'utf8')) as { pid: number };
    expect(owner.pid).toBe(run.pid);
    run.kill('SIGTERM');
    const r = await run.result;
    expect(r.code, describeProc(r)).toBe(143);
    await expect(stat(lockFile)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
