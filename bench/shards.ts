/**
 * Benchmark: sharded collection. 3,000 feed sources on 60 loopback hosts (127.0.0.1 … .60, 50 feeds
 * each, 200 ms latency; bench/fixture-hosts.ts in its own process), collected once as 1 shard and once
 * as 4 shards running at the same time, each shard a separate process (`collect --shard I/N` through
 * the product's own command dispatch) with its own state folder. Then both sets of outputs are merged
 * (`run --from`, --no-push) into two copies of one small git wiki, with the same fixed clock, and the
 * results compared (pages, seen file, day log).
 *
 * Politeness bound of a shard (what the limits allow at best): max over its hosts of
 * ⌈sources on the host / perHostConcurrency⌉ × latency, and ⌈its sources / globalConcurrency⌉ × latency.
 *
 * Why 4 shards at once can miss the bound on a 2-core machine while each alone meets it: every shard
 * needs CPU (undici and the loopback sockets, feed parsing, Node's start and module loading, the
 * config), and 4 of them plus the loopback farm share 2 cores inside a 4.2 s bound: the responses then
 * wait for a core, and a 200 ms request takes 220 ms and more. A shard used 2.0-2.5 s of CPU for its
 * 750 sources before issue 13's CPU work (a file created per cached response, fast-xml-parser compiling
 * feedsmith's 425 stop nodes on every parse, every shard parsing the YAML config again), about
 * 1.4-1.6 s since. The trace of every shard (ShardTrace) and the third variant (the same 4 shards one
 * after another) print the figures that show it; the machine's busy share says how much other work ran.
 *
 *   node <out>/bench/shards.js main                           prints one JSON object
 *   node <out>/bench/shards.js collect <root> <shard> <plan> <out> <state>   (a shard process)
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { execute } from '../src/app.js';
import { silentLogger } from '../src/log.js';
import { parseCliArgs } from '../src/settings.js';
import { systemClock, type Clock } from '../src/time.js';
import { Hosts } from './hosts.js';

// Overridable only for a quick smoke run of the script itself; the reported figures use 60 × 50.
const HOSTS = Number(process.env.BENCH_SHARD_HOSTS ?? 60);
const FEEDS_PER_HOST = Number(process.env.BENCH_SHARD_FEEDS ?? 50);
const LATENCY_MS = 200;
const PER_HOST = 6;
const GLOBAL = 36;

/**
 * 1 shard; 4 shard processes at once (the figure with the goal); the same 4 one after another, so each
 * has the machine's cores to itself: what a shard achieves without CPU contention from its siblings
 * (on Actions every shard is a machine of its own). BENCH_SHARD_VARIANTS=4 picks some, for a quick look.
 */
const ALL_VARIANTS = [
  { name: '1', shards: 1, serial: false },
  { name: '4', shards: 4, serial: false },
  { name: '4-serial', shards: 4, serial: true },
];
const VARIANTS = process.env.BENCH_SHARD_VARIANTS ? ALL_VARIANTS.filter((v) => process.env.BENCH_SHARD_VARIANTS!.split(',').includes(v.name)) : ALL_VARIANTS;

const here = path.dirname(fileURLToPath(import.meta.url));
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
const git = (root: string, ...args: string[]) => execFileSync('git', args, { cwd: root, env: gitEnv, encoding: 'utf8' });

async function cli(root: string, args: string[], clock: Clock = systemClock) {
  const s = parseCliArgs([...args, '--root', root], {});
  if ('help' in s) throw new Error('help');
  return execute(s, { logger: silentLogger, clock, env: {} });
}

/**
 * Where a shard's time goes, measured inside the shard process: how long Node took to start and load
 * the modules, the CPU the process used against its wall time, and how full the global cap was kept
 * (requests on the wire over time, from undici's diagnostics channels: create → trailers or error).
 */
interface ShardTrace {
  /** Process start (timeOrigin) → this module's body runs: Node start plus every import. */
  startupMs: number;
  /** The command: config, plan, collect, output file. */
  commandMs: number;
  /** CPU of the process (user + system) during the command, and from its start to the end. */
  commandCpuMs: number;
  /** Of which in the kernel (file creation, sockets): the part no JavaScript change shows in a profile. */
  commandSystemMs: number;
  processCpuMs: number;
  /** CPU of the command before its first request (config, plan, cache look-ups): the rest is the collect. */
  setupCpuMs: number;
  /** Event-loop delay during the command (perf_hooks.monitorEventLoopDelay), median and 99th percentile. */
  loopDelayP50Ms: number;
  loopDelayP99Ms: number;
  /** Event-loop utilisation during the command (1 = never idle). */
  elu: number;
  /** First request created → last response finished. */
  requestSpanMs: number;
  requests: number;
  /** Mean requests on the wire over that span (the cap allows GLOBAL). */
  meanInFlight: number;
  /** The longest time from a response finishing to the next request being created while work remained. */
  maxGapMs: number;
}

const moduleStartMs = performance.now();

/** One shard process: prints the command's JSON and a trace of where its time went. */
async function shardProcess(root: string, shard: string, plan: string, out: string, state: string): Promise<void> {
  const { subscribe } = await import('node:diagnostics_channel');
  const events: Array<[number, 1 | -1]> = [];
  const open = new WeakSet<object>();
  let cpuBeforeRequests: NodeJS.CpuUsage | undefined;
  subscribe('undici:request:create', (m) => {
    cpuBeforeRequests ??= process.cpuUsage(cpu0);
    open.add((m as { request: object }).request);
    events.push([performance.now(), 1]);
  });
  const done = (m: unknown) => {
    const req = (m as { request: object }).request;
    if (!open.has(req)) return;
    open.delete(req);
    events.push([performance.now(), -1]);
  };
  subscribe('undici:request:trailers', done);
  subscribe('undici:request:error', done);
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  // How late the event loop gets round to what is ready (a response that arrived, a timer).
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const t0 = performance.now();
  const r = await cli(root, ['collect', '--shard', shard, '--plan', plan, '--out', out, '--state', state]);
  const commandMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const total = process.cpuUsage();
  lag.disable();
  let inFlight = 0;
  let area = 0;
  let maxGapMs = 0;
  let lastEnd = 0;
  for (let i = 0; i < events.length; i++) {
    const [at, d] = events[i]!;
    if (i > 0) area += inFlight * (at - events[i - 1]![0]);
    if (d === 1 && inFlight < GLOBAL && lastEnd) maxGapMs = Math.max(maxGapMs, at - lastEnd);
    inFlight += d;
    if (d === -1) lastEnd = at;
  }
  const span = events.length ? events[events.length - 1]![0] - events[0]![0] : 0;
  const trace: ShardTrace = {
    startupMs: moduleStartMs,
    commandMs,
    commandCpuMs: (cpu.user + cpu.system) / 1000,
    commandSystemMs: cpu.system / 1000,
    setupCpuMs: cpuBeforeRequests ? (cpuBeforeRequests.user + cpuBeforeRequests.system) / 1000 : 0,
    loopDelayP50Ms: lag.percentile(50) / 1e6,
    loopDelayP99Ms: lag.percentile(99) / 1e6,
    processCpuMs: (total.user + total.system) / 1000,
    elu: performance.eventLoopUtilization(elu0).utilization,
    requestSpanMs: span,
    requests: events.length / 2,
    meanInFlight: span ? area / span : 0,
    maxGapMs,
  };
  process.stdout.write(JSON.stringify({ exitCode: r.exitCode, ...(r.json as object), trace }) + '\n');
}

function runShard(root: string, shard: string, plan: string, out: string, state: string): Promise<{ wallMs: number; result: any }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // BENCH_CPU_PROF_DIR (scripts/bench.mjs --cpu-prof): a V8 CPU profile of every shard process.
    const prof = process.env.BENCH_CPU_PROF_DIR
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`, `--cpu-prof-name=shard-${shard.replace('/', '-of-')}-${Date.now()}.cpuprofile`]
      : [];
    const child = spawn(process.execPath, [...prof, path.join(here, 'shards.js'), 'collect', root, shard, plan, out, state], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`shard ${shard} exited ${code}: ${stdout}`));
      resolve({ wallMs: performance.now() - started, result: JSON.parse(stdout) });
    });
  });
}

function hashTree(root: string, dirs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    const abs = path.join(root, rel);
    for (const name of readdirSync(abs).sort()) {
      const r = path.posix.join(rel, name);
      if (statSync(path.join(root, r)).isDirectory()) walk(r);
      else out[r] = createHash('sha256').update(readFileSync(path.join(root, r))).digest('hex');
    }
  };
  for (const d of dirs) walk(d);
  return out;
}

/** CPU time of the whole machine so far (all cores, ms): busy and total. */
function machineCpu(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const c of os.cpus()) {
    const t = c.times;
    busy += t.user + t.nice + t.sys + t.irq;
    total += t.user + t.nice + t.sys + t.irq + t.idle;
  }
  return { busy, total };
}

function bound(plan: { shards: Array<{ shard: string; hosts: string[]; sources: string[] }> }, shard: string): number {
  const s = plan.shards.find((x) => x.shard === shard)!;
  const perHost = Math.ceil(FEEDS_PER_HOST / PER_HOST) * LATENCY_MS;
  const global = Math.ceil(s.sources.length / GLOBAL) * LATENCY_MS;
  return Math.max(perHost, global);
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'wiki-daily-bench-shards-'));
  const { hosts, feeds } = await Hosts.start(HOSTS, FEEDS_PER_HOST, LATENCY_MS);
  try {
    // The wiki: a few pages, this config, one commit; copied once per merge.
    const wiki = path.join(tmp, 'wiki');
    mkdirSync(path.join(wiki, 'pages'), { recursive: true });
    writeFileSync(path.join(wiki, 'pages', 'press.md'), '# 보도\n');
    const config = {
      timezone: 'Asia/Seoul',
      sources: feeds.flatMap((list, h) => list.map((url, n) => ({ id: `h${String(h + 1).padStart(2, '0')}-f${String(n).padStart(2, '0')}`, url }))),
      http: { perHostConcurrency: PER_HOST, globalConcurrency: GLOBAL, timeoutMs: 20_000, retries: 0 },
      routing: { rules: [], defaultPage: 'pages/press.md' },
    };
    writeFileSync(path.join(wiki, 'wiki-daily.yml'), JSON.stringify(config, null, 1));
    writeFileSync(path.join(wiki, '.gitignore'), '.wiki-daily/\n');
    git(wiki, 'init', '-q', '-b', 'main');
    git(wiki, 'add', '-A');
    git(wiki, 'commit', '-q', '-m', 'wiki');

    const results: any = { hosts: HOSTS, sources: config.sources.length, latencyMs: LATENCY_MS, perHostConcurrency: PER_HOST, globalConcurrency: GLOBAL, variants: [] };
    const clock: Clock = { now: () => Date.parse('2026-11-28T00:30:00Z'), sleep: async () => {} };
    const merged: Record<string, Record<string, string>> = {};
    for (const variant of VARIANTS) {
      const n = variant.shards;
      const dir = path.join(tmp, variant.name);
      mkdirSync(dir);
      const planFile = path.join(dir, 'plan.json');
      await cli(wiki, ['shards', '--count', String(n), '--out', planFile, '--state', path.join(dir, 'plan-state')]);
      const plan = JSON.parse(readFileSync(planFile, 'utf8'));
      await hosts.reset();
      const hostCpu0 = (await hosts.stats()).cpuMs;
      const machine0 = machineCpu();
      const started = performance.now();
      const start = (s: { shard: string }, i: number) => runShard(wiki, s.shard, planFile, path.join(dir, `out-${i + 1}`), path.join(dir, `state-${i + 1}`));
      const shards: Array<Awaited<ReturnType<typeof runShard>>> = [];
      if (variant.serial) for (const [i, s] of plan.shards.entries()) shards.push(await start(s, i));
      else shards.push(...(await Promise.all(plan.shards.map(start))));
      const allMs = performance.now() - started;
      const hostStats = await hosts.stats();
      const hostCpuMs = hostStats.cpuMs - hostCpu0;
      const machine1 = machineCpu();
      // Every process on the machine (other users included), as a share of all cores over the window.
      const machineBusy = (machine1.busy - machine0.busy) / Math.max(1, machine1.total - machine0.total);
      let merge: { mergeMs: number; mergeStatus: unknown; itemsAdded: unknown; commits: string } | undefined;
      if (!variant.serial) {
        // Merge into a fresh copy of the wiki.
        const ws = path.join(dir, 'wiki');
        cpSync(wiki, ws, { recursive: true });
        const t = performance.now();
        const r = await cli(ws, ['run', '--force', '--no-push', ...plan.shards.flatMap((_: unknown, i: number) => ['--from', path.join(dir, `out-${i + 1}`)])], clock);
        merge = { mergeMs: performance.now() - t, mergeStatus: r.report?.status, itemsAdded: r.report?.itemsAdded, commits: git(ws, 'rev-list', '--count', 'HEAD').trim() };
        merged[n] = hashTree(ws, ['pages', 'news', 'data']);
        delete merged[n]!['pages/system_status.md'];
      }
      results.variants.push({
        name: variant.name,
        shards: n,
        serial: variant.serial,
        allMs,
        hostCpuMs,
        hostLoopDelayP99Ms: hostStats.loopDelayP99Ms,
        hostLoopDelayMaxMs: hostStats.loopDelayMaxMs,
        machineBusy,
        cores: os.cpus().length,
        ...merge,
        perShard: shards.map((s, i) => ({
          shard: plan.shards[i].shard,
          hosts: plan.shards[i].hosts.length,
          sources: plan.shards[i].sources.length,
          processMs: s.wallMs,
          collectMs: s.result.durationMs,
          boundMs: bound(plan, plan.shards[i].shard),
          items: s.result.items,
          status: s.result.status,
          trace: s.result.trace,
        })),
      });
    }
    if (merged[1] && merged[4]) {
      const [a, b] = [merged[1], merged[4]];
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      results.equal = keys.every((k) => a[k] === b[k]);
      results.differing = keys.filter((k) => a[k] !== b[k]);
      results.files = keys.length;
    }
    process.stdout.write(JSON.stringify(results) + '\n');
  } finally {
    await hosts.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

const [mode, ...rest] = process.argv.slice(2);
(mode === 'collect' ? shardProcess(rest[0]!, rest[1]!, rest[2]!, rest[3]!, rest[4]!) : main()).catch((err: unknown) => {
  process.stderr.write(`bench/shards: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
