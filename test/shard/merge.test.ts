/**
 * Sharded collection end to end: `shards` → `collect --shard I/N` (each with its own state folder, as
 * separate jobs have) → `run --from`, on the demo wiki plus three more loopback hosts, against a bare
 * origin. The merged run must equal a single-machine run: same pages, seen file and day log, one commit.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, type CommandOutcome } from '../../src/app.js';
import { startFixtureServer, type FixtureServer } from '../../src/demo/server.js';
import { MemoryLogger } from '../support/memory-logger.js';
import type { RunReport } from '../../src/model.js';
import { parseCliArgs } from '../../src/settings.js';
import { loadShardOutputs } from '../../src/shard/merge.js';
import { readPlanFile, writeShardOutput } from '../../src/shard/output.js';
import { fakeClock } from '../support/clock.js';
import { fixtureRoute, hashFiles, openWorkspace, type E2eWorkspace } from '../support/e2e.js';
import { isolateGitConfig } from '../support/git.js';

/** The same instant for every run, so day logs and reports can be compared byte for byte. */
const RUN_AT = Date.parse('2026-11-28T01:00:00Z');
/** Refreshed from machine health (disk, durations) on every run: not part of "the same result". */
const VOLATILE = new Set(['pages/system_status.md']);

let restoreGit: () => void;
let ws: E2eWorkspace;
let extra: FixtureServer[] = [];
let tmp: string;
let initialHead: string;

async function cli(args: string[]): Promise<CommandOutcome> {
  const parsed = parseCliArgs([...args, '--root', ws.root, '--config', ws.configFile], {});
  if ('help' in parsed) throw new Error('help');
  return execute(parsed, { logger: new MemoryLogger(), clock: fakeClock(RUN_AT), env: {} });
}

/** Collect every shard of an N-shard plan, each in its own state folder; returns the output folders. */
async function collectShards(n: number, tag: string, only?: (i: number) => boolean): Promise<string[]> {
  const base = path.join(tmp, tag);
  const plan = path.join(base, 'plan.json');
  await mkdir(base, { recursive: true });
  const matrix = await cli(['shards', '--count', String(n), '--out', plan, '--state', path.join(base, 'plan-state')]);
  const dirs: string[] = [];
  for (const { shard } of (matrix.json as { include: Array<{ shard: string }> }).include) {
    const i = Number(shard.split('/')[0]);
    const out = path.join(base, `out-${i}`);
    dirs.push(out);
    if (only && !only(i)) continue;
    const r = await cli(['collect', '--shard', shard, '--plan', plan, '--out', out, '--state', path.join(base, `state-${i}`)]);
    expect(r.exitCode, r.text).toBe(0);
  }
  return dirs;
}

async function resetWiki(): Promise<void> {
  await ws.git('reset', '-q', '--hard', initialHead);
  await ws.git('push', '-q', '-f', 'origin', `${initialHead}:refs/heads/main`);
  await rm(ws.stateDir, { recursive: true, force: true });
}

async function mergeRun(dirs: string[]): Promise<RunReport> {
  const out = await execute(
    { ...ws.settings(dirs.flatMap((d) => ['--from', d])) },
    { logger: new MemoryLogger(), clock: fakeClock(RUN_AT), env: {} },
  );
  if (!out.report) throw new Error(out.text);
  return out.report;
}

interface Result {
  files: Map<string, string>;
  commits: number;
  report: RunReport;
}

async function snapshot(report: RunReport): Promise<Result> {
  const files = await hashFiles(ws.root);
  for (const v of VOLATILE) files.delete(v);
  return { files, commits: (await ws.originLog()).length, report };
}

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wiki-shard-'));
  // Three more hosts (loopback ports), serving fixture feeds that overlap the demo's: the gate's
  // first-wins de-duplication then depends on item order, which must not depend on the shards.
  extra = await Promise.all([0, 1, 2].map(() => startFixtureServer({ host: '127.0.0.1' })));
  const files = [
    ['rss2-magazine.xml', 'application/rss+xml; charset=utf-8'],
    ['atom.xml', 'application/atom+xml'],
    ['feed.json', 'application/feed+json'],
  ] as const;
  const extraSources: Array<Record<string, unknown>> = [];
  for (const [h, server] of extra.entries()) {
    for (const [f, type] of files) {
      server.setRoute(`/${f}`, await fixtureRoute(f, type));
      extraSources.push({ id: `h${h}-${f.split('.')[0]}`, url: `${server.url}/${f}` });
    }
  }
  ws = await openWorkspace({ extraSources });
  initialHead = (await ws.git('rev-parse', 'HEAD')).trim();
}, 30_000);

afterAll(async () => {
  await ws?.close();
  await Promise.all(extra.map((s) => s.close()));
  await rm(tmp, { recursive: true, force: true });
  restoreGit?.();
});

describe('sharded collection and one merged run', () => {
  let single: Result;
  let one: Result;
  let four: Result;
  let fourDirs: string[];

  it('plans four shards with every host in one of them', async () => {
    const r = await cli(['shards', '--count', '4', '--json']);
    expect(r.json).toEqual({ include: [{ shard: '1/4' }, { shard: '2/4' }, { shard: '3/4' }, { shard: '4/4' }] });
    // Asking for more shards than hosts gives one shard per host.
    const many = await cli(['shards', '--count', '9', '--json']);
    expect((many.json as { include: unknown[] }).include).toHaveLength(4);
  });

  it('1 shard, 4 shards and a single-machine run give the same pages, seen file, day log and one commit', async () => {
    const plain = await execute(ws.settings(), { logger: new MemoryLogger(), clock: fakeClock(RUN_AT), env: {} });
    single = await snapshot(plain.report!);
    await resetWiki();
    one = await snapshot(await mergeRun(await collectShards(1, 'one')));
    await resetWiki();
    fourDirs = await collectShards(4, 'four');
    // Given in reverse: the merged order is the config's, not the order of the folders.
    four = await snapshot(await mergeRun([...fourDirs].reverse()));

    expect(single.report.itemsAdded).toBeGreaterThan(10);
    for (const r of [one, four]) {
      expect([...r.files.keys()]).toEqual([...single.files.keys()]);
      for (const [f, h] of single.files) expect(r.files.get(f), f).toBe(h);
      expect(r.commits).toBe(single.commits);
      expect(r.report.status).toBe(single.report.status);
      expect(r.report.itemsAdded).toBe(single.report.itemsAdded);
      expect(r.report.itemsCollected).toBe(single.report.itemsCollected);
      expect(r.report.lanes).toEqual(single.report.lanes);
      expect(r.report.pages).toEqual(single.report.pages);
      expect(r.report.sources.map((s) => [s.id, s.outcome, s.items])).toEqual(single.report.sources.map((s) => [s.id, s.outcome, s.items]));
    }
    // One bot commit on top of the initial one.
    expect(four.commits).toBe(2);
    // The merged run remembers what each source cost, for the next plan.
    const costs = JSON.parse(await readFile(path.join(ws.stateDir, 'source-costs.json'), 'utf8')) as { version: number; sources: Record<string, number> };
    expect(costs.version).toBe(1);
    expect(Object.keys(costs.sources).sort()).toEqual(four.report.sources.map((x) => x.id).sort());
  }, 60_000);

  it('a second merge of the same shard outputs adds nothing and commits nothing', async () => {
    const before = await hashFiles(ws.root);
    const again = await mergeRun(fourDirs);
    expect(again.itemsAdded).toBe(0);
    expect(again.committed).toBe(false);
    expect((await ws.originLog()).length).toBe(2);
    expect(await hashFiles(ws.root)).toEqual(before);
  }, 30_000);

  it('a missing shard makes the run partial, names the shard and its sources, and its items land with the next full merge', async () => {
    await resetWiki();
    const planText = JSON.parse(await readFile(path.join(tmp, 'four', 'plan.json'), 'utf8')) as { shards: Array<{ shard: string; sources: string[] }> };
    // The shard holding the demo host: its items are found nowhere else.
    const gone = planText.shards.findIndex((s) => s.sources.includes('gn-main'));
    const missing = planText.shards[gone]!;
    const r = await mergeRun(fourDirs.filter((_, i) => i !== gone));
    expect(r.status).toBe('partial');
    expect(r.reason).toContain(`shard ${missing.shard} left no output`);
    const note = r.warnings.find((w) => w.includes(`shard ${missing.shard}`));
    for (const id of missing.sources) {
      expect(note).toContain(id);
      const s = r.sources.find((x) => x.id === id)!;
      expect(s.outcome).toBe('failed');
      expect(s.error).toContain(`shard ${missing.shard}`);
    }
    // The day log names the failed sources too, and the rest landed.
    const dayLog = await ws.read(`news/${r.date}.md`).catch(async () => '');
    expect(r.itemsAdded).toBeLessThan(four.report.itemsAdded);
    expect(r.itemsAdded).toBeGreaterThan(0);
    if (dayLog) expect(dayLog).toContain(missing.sources[0]!);

    // With every shard: exactly the single-machine total, nothing twice.
    const full = await mergeRun(fourDirs);
    expect(r.itemsAdded + full.itemsAdded).toBe(four.report.itemsAdded);
    expect(full.status).toBe(four.report.status);
    expect((await mergeRun(fourDirs)).itemsAdded).toBe(0);
  }, 60_000);

  it('an unreadable or failed shard output counts as that shard failing', async () => {
    await resetWiki();
    const broken = path.join(tmp, 'broken');
    await cp(fourDirs[1]!, broken, { recursive: true });
    await writeFile(path.join(broken, 'shard-002-of-004.json'), '{"format":"wiki-daily-shard","version":1}');
    const r = await mergeRun([fourDirs[0]!, broken, fourDirs[2]!, fourDirs[3]!]);
    expect(r.status).toBe('partial');
    expect(r.reason).toMatch(/shard 2\/4 output unusable: .*shard-002-of-004\.json: not a shard output/);
    // No output at all: nothing collected, the run fails and says why.
    await resetWiki();
    const none = await mergeRun([path.join(tmp, 'nowhere')]);
    expect(none.status).toBe('failed');
    expect(none.warnings.join('\n')).toContain('does not exist');
    expect(none.itemsAdded).toBe(0);
    expect(none.sources.every((s) => s.outcome === 'failed' && s.error === 'no shard output to merge')).toBe(true);
  }, 60_000);

  it('a shard that failed as a whole (its output says so) fails its sources, naming the shard and why', async () => {
    const failedDir = path.join(tmp, 'failed-shard');
    const plan = await readPlanFile(path.join(tmp, 'four', 'plan.json'));
    await writeShardOutput(failedDir, {
      spec: { index: 4, count: 4 },
      plan,
      status: 'failed',
      reason: 'runner lost its network',
      sources: [],
      items: [],
      createdAt: new Date(RUN_AT).toISOString(),
    });
    const merged = await loadShardOutputs([fourDirs[0]!, fourDirs[1]!, fourDirs[2]!, failedDir], ws.config);
    expect(merged.missingShards).toEqual(['4/4']);
    const lost = plan.shards[3]!.sources;
    expect(lost.length).toBeGreaterThan(0);
    for (const id of lost) expect(merged.sources.find((x) => x.id === id)).toMatchObject({ outcome: 'failed', error: 'shard 4/4 failed: runner lost its network' });
    expect(merged.notes[0]).toContain(`shard 4/4 failed: runner lost its network; its ${lost.length} source(s) count as failed`);
    expect(merged.items.some((i) => lost.includes(i.sourceId))).toBe(false);
    // Outputs of two different plans are refused outright, naming both files.
    const otherPlan = { ...plan, shards: plan.shards.map((x, i) => (i === 0 ? { ...x, cost: x.cost + 1 } : x)) };
    const odd = path.join(tmp, 'odd-plan');
    await writeShardOutput(odd, { spec: { index: 4, count: 4 }, plan: otherPlan, status: 'success', sources: [], items: [], createdAt: 'x' });
    await expect(loadShardOutputs([fourDirs[0]!, odd], ws.config)).rejects.toThrow(/shard outputs come from different plans: .*shard-001-of-004\.json and .*shard-004-of-004\.json/);
  });

  it('a re-sharded source still sends conditional requests from a cache restored from another shard', async () => {
    // Shard 1/1's HTTP cache holds every URL (keyed by URL); a 4-shard job restoring it revalidates.
    const state = path.join(tmp, 'restored');
    await cp(path.join(tmp, 'one', 'state-1'), state, { recursive: true });
    const out = path.join(tmp, 'resharded');
    const r = await cli(['collect', '--shard', '2/4', '--plan', path.join(tmp, 'four', 'plan.json'), '--out', out, '--state', state, '--refresh', '--json']);
    const written = JSON.parse(await readFile((r.json as { file: string }).file, 'utf8')) as { sources: Array<{ outcome: string }> };
    expect(written.sources.length).toBeGreaterThan(0);
    expect(written.sources.every((s) => s.outcome === 'not-modified')).toBe(true);
  }, 30_000);
});
