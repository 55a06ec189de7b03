#!/usr/bin/env node
// `npm run bench`: performance figures, printed as plain lines (not a test: the exit code is 0 unless a
// benchmark crashes; a missed goal is printed as MISSED).
//
// How it runs. The benchmarks are TypeScript (bench/*.ts) that import the product's modules from src/
// directly, so they time the real code paths (collectSources with the Fetcher and the file HTTP cache;
// readWiki, scanExisting, gateItems, planEdits, serializeSeen, applyEdits), including functions the
// bundle does not export. Node 20 cannot run TypeScript, so this script first compiles src/ and bench/
// with the installed tsc into a temporary folder (a tsconfig extending the project's, emit on; an
// error in bench/ stops the bench, errors elsewhere are shown and the bench goes on since tsc still
// emits), links node_modules beside it and marks it as ESM. Every measurement then runs in a FRESH
// child process, so its peak RSS (process.resourceUsage().maxRSS) belongs to that measurement alone.
// The committed dist/ is used as is for the process-start figures and the CLI collect passes.
//
//   1. collect: bench/collect.ts drives 6 loopback feed hosts (bench/fixture-hosts.ts, its own process)
//   2. daily:   bench/daily.ts generates a wiki (bench/wiki.ts) and times the pipeline without network
//   3. lint:    bench/lint.ts times `wiki-daily lint` (lintWiki) on a generated wiki of 100,000 entries
//   4. links:   bench/links.ts checks 5,000 links over 20 loopback hosts (bench/fixture-hosts.ts)
//   5. googlenews: bench/googlenews.ts resolves 500 opaque Google News tokens against the loopback emulator
//   6. shards:  bench/shards.ts: 3,000 sources on 60 loopback hosts, 1 shard against 4 shard processes,
//               then `run --from` over each and a comparison of the results; the same 4 shards once
//               more one after another (no CPU contention between them), and a trace per shard: start-up,
//               CPU against wall, event-loop delay, requests in flight, the loopback farm's own CPU
//   7. runcost: bench/runcost.ts: the run with the wiki index (reads only what it touches) in a git
//               repository, at 1,000 / 10,000 / 100,000 pages (--sizes=1000,10000 to choose), in the
//               steady state: the setup commits the wiki, the index, then yesterday's run (other items,
//               the same pipeline), so the measured run is a day like any other, not the first run
//               that creates the by-year page, the timeline and the news index. The run's own commit
//               (exactly its changed files) is timed apart, not in the total.
//   8. splice:  bench/splice.ts: by_year.md's and the page index's bodies spliced for ~255 changed
//               pages (src/pages/splice.ts) against their full renders, at 10,000 and 100,000 pages
//   9. seen:    bench/seenstore.ts: a run's seen-file work at 1,000,000 entries, the whole file (as before)
//               against the log-structured seen store (src/gate/seenstore.ts)
//
//   node scripts/bench.mjs                 everything (about 5 min on 2 cores)
//   node scripts/bench.mjs collect|daily|lint|links|googlenews|shards|runcost|splice|seen   one benchmark or several
//   node scripts/bench.mjs --cpu-prof      also write V8 CPU profiles of the daily runs and the shard processes (path printed)
//
// Wall times depend on what else the machine is doing: the load average is printed before and after,
// CPU times are printed beside wall times, and repeated passes report the best one.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { findNodes } from './lib/runtimes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const cpuProf = args.includes('--cpu-prof');
const only = args.filter((a) => !a.startsWith('--'));
const want = (name) => only.length === 0 || only.includes(name);

const say = (line = '') => process.stdout.write(`${line}\n`);
const ms = (n) => `${Math.round(n)} ms`;
const pct = (n) => `${(n * 100).toFixed(1)} %`;
const mb = (kb) => `${Math.round(kb / 1024)} MB`;
const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const mark = (ok) => (ok ? 'ok' : 'MISSED');

const NODES = findNodes();
/** Compiles, collects and generates; the other Nodes repeat the cold start and the daily runs. */
const PRIMARY = NODES[0];

function compile() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'wiki-daily-bench-'));
  const out = path.join(tmp, 'out');
  writeFileSync(
    path.join(tmp, 'tsconfig.json'),
    JSON.stringify({
      extends: path.join(root, 'tsconfig.json'),
      compilerOptions: {
        noEmit: false,
        outDir: out,
        rootDir: root,
        declaration: false,
        sourceMap: false,
        typeRoots: [path.join(root, 'node_modules', '@types')],
      },
      include: [path.join(root, 'src', '**', '*.ts'), path.join(root, 'bench', '**', '*.ts')],
    }),
  );
  const started = performance.now();
  const tsc = spawnSync(PRIMARY.exe, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(tmp, 'tsconfig.json')], {
    encoding: 'utf8',
  });
  if (tsc.status !== 0) {
    // tsc still emits on type errors. Errors in bench/ are ours to fix; errors elsewhere usually mean a
    // file is being edited, and the figures are still worth having, so they are shown and the bench goes on.
    const errors = (tsc.stdout + tsc.stderr).trim();
    if (!existsSync(path.join(out, 'bench', 'daily.js')) || /(^|\/)bench\/[^(]*\(\d+,\d+\): error/m.test(errors)) {
      process.stderr.write(`${errors}\n`);
      rmSync(tmp, { recursive: true, force: true });
      throw new Error('tsc could not compile bench/ (errors above)');
    }
    say(`warning: tsc reported type errors outside bench/ (compiled anyway):\n  ${errors.split('\n').slice(0, 5).join('\n  ')}`);
  }
  // ESM output, and bare imports (zod, undici…) resolve through the project's node_modules.
  writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
  symlinkSync(path.join(root, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
  return { tmp, out, compileMs: performance.now() - started };
}

/** Run a compiled bench script in a fresh process; its stdout is one JSON value. */
function runJson(script, scriptArgs = [], nodeArgs = [], exe = PRIMARY.exe) {
  const r = spawnSync(exe, [...nodeArgs, script, ...scriptArgs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`${path.basename(script)} ${scriptArgs.join(' ')} exited ${r.status ?? r.signal}`);
  }
  if (r.stderr.trim()) process.stderr.write(r.stderr);
  return JSON.parse(r.stdout);
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Spawn → first complete line on stdout, and spawn → exit. */
function timeToFirstLine(exe, argv, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(exe, argv, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let buf = '';
    let firstLineMs;
    let firstLine;
    child.stdout.setEncoding('utf8').on('data', (d) => {
      if (firstLineMs !== undefined) return;
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        firstLineMs = performance.now() - started;
        firstLine = buf.slice(0, nl);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ firstLineMs, firstLine, exitMs: performance.now() - started, code }));
  });
}

async function coldStart(tmp, exe) {
  const runnerTemp = path.join(tmp, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  // What the runner gives a step: inputs as INPUT_*, a temp dir and an output file.
  const env = {
    ...process.env,
    INPUT_COMMAND: 'schema',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: path.join(runnerTemp, 'output.txt'),
    GITHUB_WORKSPACE: tmp,
  };
  delete env.GITHUB_STEP_SUMMARY;
  // The runner creates the output file before the step starts; @actions/core refuses a missing one.
  writeFileSync(env.GITHUB_OUTPUT, '');
  const action = [];
  const cli = [];
  // One unmeasured spawn so the file cache holds the bundle, as it does on a runner after checkout.
  await timeToFirstLine(exe, [path.join(root, 'dist', 'index.js')], env);
  for (let i = 0; i < 10; i++) action.push(await timeToFirstLine(exe, [path.join(root, 'dist', 'index.js')], env));
  for (let i = 0; i < 10; i++) cli.push(await timeToFirstLine(exe, [path.join(root, 'dist', 'cli.js'), 'schema'], process.env));
  // What Node itself costs on this machine: the floor under any cold start.
  const bare = [];
  for (let i = 0; i < 10; i++) bare.push(await timeToFirstLine(exe, ['-e', 'process.stdout.write("x\\n")'], process.env));
  return { action, cli, bare };
}

async function benchCollect(build) {
  say(`== Benchmark 1: collect (300 feed sources, 6 loopback hosts × 50, 200 ms latency each; Node ${PRIMARY.version}) ==`);
  const r = runJson(path.join(build.out, 'bench', 'collect.js'), [root]);
  const serverMax = (p) => Math.max(...p.server.maxInFlight);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const best = (passes) => passes.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const walls = (passes) => passes.map((p) => Math.round(p.wallMs)).join(' / ');
  say(
    `collect: bounds: per host ⌈50/${r.perHostConcurrency}⌉ × ${r.latencyMs} ms = ${r.variants[0].perHostBoundMs} ms; ` +
      `global cap G: ⌈300/G⌉ × ${r.latencyMs} ms. The shipped cap G = ${r.variants[1].globalConcurrency} is below ` +
      `6 hosts × ${r.perHostConcurrency} = ${r.variants[0].globalConcurrency}, so it binds first (${r.variants[1].globalBoundMs} ms); ` +
      `the politeness bound is measured with G = ${r.variants[0].globalConcurrency}.`,
  );
  for (const v of r.variants) {
    const cold = best(v.cold);
    const cond = best(v.conditional);
    const ratio = cold.wallMs / v.boundMs;
    const maxServer = Math.max(...v.cold.map(serverMax), ...v.conditional.map(serverMax));
    const share304 = Math.min(...v.conditional.map((p) => (p.statuses['304'] ?? 0) / p.sources));
    const bytes304 = Math.max(...v.conditional.map((p) => p.bodyBytes));
    const tag = `collect [${v.label}, globalConcurrency ${v.globalConcurrency}]`;
    say(
      `${tag}: wall ${ms(cold.wallMs)}, bound ${ms(v.boundMs)}, ratio ${ratio.toFixed(2)} (goal ≤ 1.10: ${mark(ratio <= 1.1)}); ` +
        `best of ${v.cold.length} cold passes: ${walls(v.cold)} ms`,
    );
    say(
      `${tag}: ${cold.sources} sources, ${sum(cold.server.requests)} requests, ${cold.items} items, outcomes ${JSON.stringify(cold.outcomes)}, ` +
        `${cold.bodyBytes} body bytes; client CPU ${ms(cold.cpuMs)}, event-loop utilisation ${pct(cold.elu)}`,
    );
    say(
      `${tag}: max in-flight per host seen by the servers ${maxServer} (first pass, per host: ${v.cold[0].server.maxInFlight.join(' ')}; ` +
        `goal ≤ ${r.perHostConcurrency}: ${mark(maxServer <= r.perHostConcurrency)}; the fetcher's own count ` +
        `${Math.max(...v.cold.map((p) => p.clientMaxInFlightPerHost))})`,
    );
    say(
      `${tag} re-run (refresh → conditional): wall ${ms(cond.wallMs)} (ratio ${(cond.wallMs / v.boundMs).toFixed(2)}; passes ${walls(v.conditional)} ms), ` +
        `304s ${cond.statuses['304'] ?? 0}/${cond.sources}, lowest share ${pct(share304)} (goal ≥ 95 %: ${mark(share304 >= 0.95)}), ` +
        `body bytes ${bytes304} (goal 0: ${mark(bytes304 === 0)}), conditional requests ${sum(cond.server.conditional)}/${sum(cond.server.requests)}, ` +
        `items ${cond.items}; client CPU ${ms(cond.cpuMs)}, event-loop utilisation ${pct(cond.elu)}`,
    );
  }
  for (const [label, p] of [
    ['cold', r.cliCold],
    ['refresh', r.cliConditional],
  ]) {
    if (!p) {
      say(`collect via dist/cli.js (${label}): skipped, dist/cli.js not found (npm run build)`);
      continue;
    }
    const s304 = (p.statuses['304'] ?? 0) / p.sources;
    say(
      `collect via dist/cli.js (${label}): process ${ms(p.processMs)} (spawn → exit), collect stage ${ms(p.wallMs)}, ` +
        `ratio ${(p.wallMs / r.cliBoundMs).toFixed(2)} (bound ${r.cliBoundMs} ms, shipped cap), exit ${p.exitCode}, outcomes ${JSON.stringify(p.outcomes)}, 304s ${pct(s304)}, ` +
        `body bytes ${p.bodyBytes}, server max in-flight ${serverMax(p)}`,
    );
  }
  if (!existsSync(path.join(root, 'dist', 'index.js'))) {
    say('cold start: skipped, dist/index.js not found (npm run build)');
    say();
    return;
  }
  for (const node of NODES) {
    const cs = await coldStart(build.tmp, node.exe);
    const first = cs.action.map((a) => a.firstLineMs);
    const med = median(first);
    const bare = cs.bare.map((a) => a.firstLineMs);
    const cli = cs.cli.map((a) => a.exitMs);
    say(
      `cold start (Node ${node.version}): node dist/index.js (INPUT_COMMAND=schema) spawn → first stdout line: median ${ms(med)}, ` +
        `min ${ms(Math.min(...first))}, max ${ms(Math.max(...first))} over 10 (goal ≤ 250 ms: ${mark(med <= 250)}); ` +
        `bare \`node -e\` for reference: median ${ms(median(bare))}`,
    );
    say(
      `cold start (Node ${node.version}): first line ${JSON.stringify(cs.action[0]?.firstLine)}; action spawn → exit median ` +
        `${ms(median(cs.action.map((a) => a.exitMs)))} (exit code ${cs.action[0]?.code}); node dist/cli.js schema spawn → exit median ` +
        `${ms(median(cli))}, min ${ms(Math.min(...cli))}`,
    );
  }
  say();
}

const DAILY_SIZES = [
  { pages: 10_000, entriesPerPage: 10, items: 1_000 },
  { pages: 1_000, entriesPerPage: 10, items: 1_000 },
];
const DAILY_RUNS = 2;

function pad(value, width) {
  const text = String(value);
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

function benchDaily(build) {
  say(`== Benchmark 2: the daily update without the network (read → scan → gate → plan → seen → apply; Node ${NODES.map((n) => n.version).join(' and ')}) ==`);
  const script = path.join(build.out, 'bench', 'daily.js');
  const profDir = cpuProf ? mkdtempSync(path.join(os.tmpdir(), 'wiki-daily-bench-profiles-')) : undefined;
  const results = [];
  for (const size of DAILY_SIZES) {
    const base = path.join(build.tmp, `wiki-${size.pages}`);
    mkdirSync(base);
    const gen = runJson(script, ['generate', base, String(size.pages), String(size.entriesPerPage), String(size.items)]);
    say(
      `daily: generated ${size.pages} pages, ${gen.entries} entries, ${gen.files} files, ${(gen.bytes / 1024 / 1024).toFixed(1)} MiB ` +
        `in ${ms(gen.ms)} (not measured)`,
    );
    for (const node of NODES) {
      const runs = [];
      for (let i = 0; i < DAILY_RUNS; i++) {
        // Every run starts from the same generated wiki (apply changes it).
        const dir = path.join(build.tmp, `run-${size.pages}-${i}`);
        cpSync(base, dir, { recursive: true });
        const major = node.version.replace(/^v/, '').split('.')[0];
        const nodeArgs = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`, `--cpu-prof-name=daily-${size.pages}-node${major}-${i}.cpuprofile`] : [];
        runs.push(runJson(script, ['measure', dir], nodeArgs, node.exe));
        rmSync(dir, { recursive: true, force: true });
      }
      results.push({ size, gen, node, runs, best: runs.reduce((a, b) => (b.totalMs < a.totalMs ? b : a)) });
    }
    rmSync(base, { recursive: true, force: true });
  }

  const names = results[0].best.stages.map((st) => st.name);
  const short = { 'read wiki': 'read', 'read seen': 'seen-in', 'scan + canonicalise': 'scan', gate: 'gate', plan: 'plan', 'mark seen + serialise': 'seen-out', apply: 'apply' };
  const widths = names.map((n) => Math.max(7, (short[n] ?? n).length));
  say(`daily: stages: ${names.map((n) => `${short[n] ?? n} = ${n}`).join(', ')}`);
  say(`daily: times in ms, best of ${DAILY_RUNS} fresh processes per size (by total); RSS = peak resident set of that process`);
  say(
    `daily: ${pad('pages', 6)} ${pad('entries', 8)} ${pad('items', 6)} ${pad('node', 8)} | ${names.map((n, i) => pad(short[n] ?? n, widths[i])).join(' ')} | ` +
      `${pad('total', 7)} ${pad('peak RSS', 9)} ${pad('base RSS', 9)}`,
  );
  for (const r of results) {
    const b = r.best;
    say(
      `daily: ${pad(r.size.pages, 6)} ${pad(r.gen.entries, 8)} ${pad(b.items, 6)} ${pad(r.node.version, 8)} | ` +
        `${b.stages.map((st, i) => pad(Math.round(st.ms), widths[i])).join(' ')} | ` +
        `${pad(Math.round(b.totalMs), 7)} ${pad(mb(b.peakRssKb), 9)} ${pad(mb(b.baselineRssKb), 9)}`,
    );
  }
  say(`daily: CPU time per stage (ms, all threads: a figure less disturbed by other load than wall time), same runs:`);
  for (const r of results) {
    const cpu = r.best.stages.reduce((a, st) => a + st.cpuMs, 0);
    say(`daily: ${pad(r.size.pages, 6)} pages ${pad(r.node.version, 8)} | ${r.best.stages.map((st, i) => pad(Math.round(st.cpuMs), widths[i])).join(' ')} | ${pad(Math.round(cpu), 7)}`);
  }
  say(`daily: peak RSS after each stage (MB), same runs:`);
  for (const r of results) {
    say(`daily: ${pad(r.size.pages, 6)} pages ${pad(r.node.version, 8)} | ${r.best.stages.map((st, i) => pad(Math.round(st.maxRssKb / 1024), widths[i])).join(' ')}`);
  }
  for (const r of results) {
    const b = r.best;
    const totals = r.runs.map((x) => Math.round(x.totalMs)).join(' / ');
    say(
      `daily (${r.size.pages} pages, ${r.gen.entries} entries, ${b.items} new items, Node ${r.node.version}): total ${ms(b.totalMs)} (runs ${totals} ms; goal ≤ 3000 ms: ` +
        `${mark(b.totalMs <= 3000)}), peak RSS ${mb(b.peakRssKb)} (runs ${r.runs.map((x) => Math.round(x.peakRssKb / 1024)).join(' / ')} MB; ` +
        `goal ≤ 300 MB: ${mark(b.peakRssKb <= 300 * 1024)})`,
    );
    if (r.node !== PRIMARY) continue;
    say(
      `daily (${r.size.pages} pages): read ${b.files} files (${(b.wikiBytes / 1024 / 1024).toFixed(1)} MiB), ${b.existingIds} known entry ids, ` +
        `${b.seenEntriesBefore} seen entries; lanes ${JSON.stringify(b.lanes)}; wrote ${b.written} entries to ${b.pagesAdded} pages; ` +
        `${b.edits} edits, ${b.changed} files changed${b.planErrors.length ? `; plan errors: ${b.planErrors.join('; ')}` : ''}`,
    );
  }
  for (const node of NODES) {
    const [big, small] = results.filter((r) => r.node === node);
    if (!big || !small) continue;
    const growth = names
      .map((n, i) => `${short[n] ?? n} ×${(big.best.stages[i].ms / Math.max(1, small.best.stages[i].ms)).toFixed(1)}`)
      .join(', ');
    say(
      `daily: growth ${small.size.pages} → ${big.size.pages} pages (×${big.size.pages / small.size.pages}), Node ${node.version}: ` +
        `total ×${(big.best.totalMs / small.best.totalMs).toFixed(1)}, peak RSS ×${(big.best.peakRssKb / small.best.peakRssKb).toFixed(1)}; ${growth}`,
    );
  }
  if (profDir) say(`daily: CPU profiles in ${profDir} (open in Chrome DevTools → Performance, or speedscope)`);
  say();
}

/** 10,000 pages × 10 entries: the "100,000 entries" the lint must handle. */
const LINT_SIZE = { pages: 10_000, entriesPerPage: 10, items: 1 };

function benchLint(build) {
  say(`== Benchmark 3: wiki-daily lint on a big wiki (Node ${PRIMARY.version}) ==`);
  const base = path.join(build.tmp, 'wiki-lint');
  mkdirSync(base);
  const gen = runJson(path.join(build.out, 'bench', 'daily.js'), ['generate', base, String(LINT_SIZE.pages), String(LINT_SIZE.entriesPerPage), String(LINT_SIZE.items)]);
  say(`lint: generated ${LINT_SIZE.pages} pages, ${gen.entries} entries, ${(gen.bytes / 1024 / 1024).toFixed(1)} MiB in ${ms(gen.ms)} (not measured)`);
  const runs = [0, 1].map(() => runJson(path.join(build.out, 'bench', 'lint.js'), ['measure', base]));
  const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const c = best.checked;
  say(
    `lint: ${c.pages} pages, ${c.entries} entries, ${c.seenLines} seen ids: ${best.problems} problems` +
      `${best.problems ? ` (first: ${best.firstProblems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('; ')})` : ''}`,
  );
  say(
    `lint: ${ms(best.ms)} wall, ${ms(best.cpuMs)} CPU (runs ${runs.map((r) => Math.round(r.ms)).join(' / ')} ms), ` +
      `peak RSS ${mb(best.peakRssKb)} (base ${mb(best.baselineRssKb)})`,
  );
  rmSync(base, { recursive: true, force: true });
}

function benchLinks(build) {
  say(`== Benchmark 4: wiki-daily links (5,000 links, 20 loopback hosts × 250, 100 ms latency each; Node ${PRIMARY.version}) ==`);
  const r = runJson(path.join(build.out, 'bench', 'links.js'), [root]);
  say(
    `links: ${r.links} unique links on ${r.pages} pages; politeness bound per host ⌈${r.linksPerHost}/${r.perHostConcurrency}⌉ × ${r.latencyMs} ms = ` +
      `${r.variants[0].perHostBoundMs} ms (measured with the global cap at ${r.variants[0].globalConcurrency} = hosts × per-host, so only the per-host limit binds)`,
  );
  for (const v of r.variants) {
    const bound = Math.max(v.perHostBoundMs, v.globalBoundMs);
    const ratio = v.cold.wallMs / bound;
    const tag = `links [${v.label}, globalConcurrency ${v.globalConcurrency}]`;
    const goal = v.globalConcurrency >= r.hosts * r.perHostConcurrency ? ` (goal ≤ 1.15: ${mark(ratio <= 1.15)})` : '';
    say(
      `${tag}: cold check ${ms(v.cold.wallMs)}, bound ${ms(bound)}, ratio ${ratio.toFixed(2)}${goal}; ${v.cold.requests} requests, ` +
        `outcomes ok ${v.cold.json.ok} / redirected ${v.cold.json.redirected} / broken ${v.cold.json.broken} / unreachable ${v.cold.json.unreachable}; ` +
        `server max in-flight per host ${v.cold.serverMaxInFlight} (goal ≤ ${r.perHostConcurrency}: ${mark(v.cold.serverMaxInFlight <= r.perHostConcurrency)}); client CPU ${ms(v.cold.cpuMs)}`,
    );
    say(
      `${tag}: second check within the window ${ms(v.kept.wallMs)}, ${v.kept.requests} requests (goal 0: ${mark(v.kept.requests === 0)}), ` +
        `${v.kept.json.fromState}/${v.kept.json.checked} answers kept; client CPU ${ms(v.kept.cpuMs)}`,
    );
  }
  say();
}

function benchGoogleNews(build) {
  say('== Benchmark 5: Google News resolution (500 opaque tokens, loopback emulator of both endpoints, 429 above 2 in flight) ==');
  const r = runJson(path.join(build.out, 'bench', 'googlenews.js'), [root]);
  const perToken = r.first.requests / r.tokens;
  say(
    `googlenews: ${r.tokens} tokens, interval ${r.intervalMs} ms, emulator latency ${r.latencyMs} ms: first pass ${ms(r.first.ms)} ` +
      `(politeness bound interval × tokens / 2 = ${ms(r.boundMs)}; ×${(r.first.ms / r.boundMs).toFixed(2)} of it), ` +
      `${r.first.resolved} resolved, ${r.first.waiting} waiting, max ${r.first.maxInFlight} in flight, ${r.first.tooMany} answered 429 (goal 0: ${mark(r.first.tooMany === 0)})`,
  );
  say(`googlenews: requests per token: first pass ${perToken.toFixed(2)} (goal 2: ${mark(perToken <= 2)}), token seen before ${(r.second.requests / r.tokens).toFixed(2)} (goal 0: ${mark(r.second.requests === 0)}; ${r.second.fromMemory} from memory in ${ms(r.second.ms)})`);
  for (const c of r.captureShare) {
    const share = c.publisher / c.items;
    say(
      `googlenews: real-shaped capture as ${c.source === 'gn-q' ? 'query:' : 'url:'} source: ${c.publisher} of ${c.items} items with publisher URLs ` +
        `(${c.offline} decoded offline, the rest resolved with ${c.requests} requests) = ${pct(share)} (goal ≥ 95 %: ${mark(share >= 0.95)})`,
    );
  }
  say();
}

// ── 6. shards ─────────────────────────────────────────────────────────────────────────────────────
function benchShards(build) {
  say(`== Benchmark 6: sharded collect (3,000 sources on 60 loopback hosts × 50, 200 ms latency; 1 shard vs 4 shard processes; Node ${PRIMARY.version}) ==`);
  const profDir = cpuProf ? mkdtempSync(path.join(os.tmpdir(), 'wiki-daily-bench-profiles-')) : undefined;
  if (profDir) process.env.BENCH_CPU_PROF_DIR = profDir;
  const r = runJson(path.join(build.out, 'bench', 'shards.js'), ['main']);
  delete process.env.BENCH_CPU_PROF_DIR;
  if (profDir) say(`shards: CPU profiles of the shard processes in ${profDir}`);
  say(`shards: per-host concurrency ${r.perHostConcurrency}, global cap ${r.globalConcurrency} per process; bound per shard = max(⌈50/${r.perHostConcurrency}⌉, ⌈its sources/${r.globalConcurrency}⌉) × ${r.latencyMs} ms`);
  for (const v of r.variants) {
    const slowest = v.perShard.reduce((a, b) => (b.collectMs / b.boundMs > a.collectMs / a.boundMs ? b : a));
    const ratio = slowest.collectMs / slowest.boundMs;
    for (const s of v.perShard) {
      say(
        `shards [${v.name}]: shard ${s.shard}: ${s.sources} sources on ${s.hosts} hosts, collect ${ms(s.collectMs)} (process ${ms(s.processMs)}), ` +
          `bound ${ms(s.boundMs)}, ratio ${(s.collectMs / s.boundMs).toFixed(2)}, ${s.items} items, ${s.status}`,
      );
      const t = s.trace;
      say(
        `shards [${v.name}]:   shard ${s.shard} trace: start + imports ${ms(t.startupMs)}, command ${ms(t.commandMs)} using ${ms(t.commandCpuMs)} CPU ` +
          `(${ms(t.commandSystemMs)} of it system; ${ms(t.setupCpuMs)} before the first request; whole process ${ms(t.processCpuMs)}), event loop busy ${pct(t.elu)}, delay p50 ${t.loopDelayP50Ms.toFixed(1)} / p99 ${t.loopDelayP99Ms.toFixed(1)} ms; ` +
          `${t.requests} requests over ${ms(t.requestSpanMs)}, mean in flight ${t.meanInFlight.toFixed(1)} of ${r.globalConcurrency} ` +
          `(mean request ${ms((t.requestSpanMs * t.meanInFlight) / Math.max(1, t.requests))} for ${r.latencyMs} ms latency), longest refill gap ${ms(t.maxGapMs)}`,
      );
    }
    const shardCpu = v.perShard.reduce((a, s) => a + s.trace.processCpuMs, 0);
    say(
      `shards [${v.name}]: CPU while the shards ran (${ms(v.allMs)} × ${v.cores} cores = ${ms(v.allMs * v.cores)}): shard processes ${ms(shardCpu)}, ` +
        `loopback host process ${ms(v.hostCpuMs)} (its event-loop delay p99 ${v.hostLoopDelayP99Ms.toFixed(1)} ms, max ${ms(v.hostLoopDelayMaxMs)}); the whole machine was busy ${pct(v.machineBusy)} (other users included)`,
    );
    if (v.serial) {
      say(`shards [${v.name}]: the 4 shards one after another (each with the cores to itself): slowest ratio ${ratio.toFixed(2)}, all done in ${ms(v.allMs)}`);
      continue;
    }
    say(
      `shards [${v.name}]: slowest shard ${slowest.shard} ratio ${ratio.toFixed(2)} (goal ≤ 1.15: ${mark(ratio <= 1.15)}); all shards done in ${ms(v.allMs)}; ` +
        `merge (run --from) ${ms(v.mergeMs)}: ${v.mergeStatus}, +${v.itemsAdded} items, ${v.commits} commits in the wiki`,
    );
  }
  if (r.equal !== undefined) say(`shards: 1 shard and 4 shards give the same pages, seen file and day log: ${r.equal ? 'yes' : `NO (${r.differing.join(', ')})`} (${r.files} files compared)`);
  say();
}

// ── 7. runcost ────────────────────────────────────────────────────────────────────────────────────
function benchRunCost(build) {
  const sizesArg = args.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : [1_000, 10_000, 100_000];
  say(`== Benchmark 7: run cost with the wiki index (git repository, index and yesterday's run committed; 10 entries per page, 1,000 new items) ==`);
  const script = path.join(build.out, 'bench', 'runcost.js');
  const rows = [];
  for (const pages of sizes) {
    const dir = path.join(build.tmp, `runcost-${pages}`);
    mkdirSync(dir);
    const gen = runJson(script, ['generate', dir, String(pages), '10', '1000']);
    say(
      `runcost: ${pages} pages: generated in ${ms(gen.generateMs)}, git add+commit ${ms(gen.gitMs)}, first index build (every page read once) ` +
        `${ms(gen.buildIndexMs)}, index ${(gen.indexBytes / 1024 / 1024).toFixed(1)} MiB; yesterday's run (${gen.yesterday.date}, ` +
        `${gen.yesterday.written} entries, ${gen.yesterday.changed} files) + commit ${ms(gen.yesterday.ms)} (setup, not measured)`,
    );
    // Setup's writes reach the disk before measuring: generating 100,000 pages leaves ~1 GB for the
    // kernel to write back, and a measured run's own fsyncs (backup blobs, page writes) queued behind it
    // (10,000 pages measured 560-590 ms after a sync, up to 680 ms while the write-back ran).
    spawnSync('sync');
    for (const node of NODES) {
      const runs = [];
      for (let i = 0; i < 2; i++) {
        runs.push(runJson(script, ['measure', dir], [], node.exe));
        runJson(script, ['reset', dir]);
      }
      rows.push({ pages, entries: gen.entries, node, runs, best: runs.reduce((a, b) => (b.totalMs < a.totalMs ? b : a)) });
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 }); // retries: a git process may still be finishing in .git
  }
  const names = rows[0].best.stages.map((s) => s.name);
  // The commit is git's work after the run (not in total): printed beside the table, same process.
  say(
    `runcost: ms per stage, best of 2 fresh processes: ${pad('pages', 7)} ${pad('node', 8)} | ${names.map((n) => pad(n, 10)).join(' ')} | ${pad('total', 7)} ${pad('peak RSS', 9)}` +
      ` | git add+commit`,
  );
  for (const r of rows)
    say(
      `runcost: ${' '.repeat(37)}${pad(r.pages, 7)} ${pad(r.node.version, 8)} | ${r.best.stages.map((s) => pad(Math.round(s.ms), 10)).join(' ')} | ` +
        `${pad(Math.round(r.best.totalMs), 7)} ${pad(mb(r.best.peakRssKb), 9)} | ${pad(Math.round(r.best.commitMs), 14)}`,
    );
  const goals = { 10_000: { ms: 600, mb: 200 }, 100_000: { ms: 2000, mb: 300 } };
  for (const r of rows) {
    const b = r.best;
    const g = goals[r.pages];
    say(
      `runcost (${r.pages} pages, ${r.entries} entries, Node ${r.node.version}): total ${ms(b.totalMs)} (runs ${r.runs.map((x) => Math.round(x.totalMs)).join(' / ')} ms), ` +
        `peak RSS ${mb(b.peakRssKb)}${g ? ` (goals ≤ ${g.ms} ms: ${mark(b.totalMs <= g.ms)}, ≤ ${g.mb} MB: ${mark(b.peakRssKb <= g.mb * 1024)})` : ''}; ` +
        `read ${b.filesRead} of ${b.indexedFiles} files, rescanned ${b.rescanned}, seen file trusted ${b.seenTrusted}, log-structured ${b.seenLogged} (base bytes read ${b.seenBaseBytesRead}), listings spliced ${b.spliced?.length ? b.spliced.join(" + ") : "none"}; wrote ${b.written} entries, ${b.changed} files changed`,
    );
    say(
      `runcost (${r.pages} pages, Node ${r.node.version}): without the backup snapshot and the journal (the stages the issue's first table left out) ` +
        `${ms(pipelineMs(b))}; the backup ${ms(stageMs(b, 'backup'))}, the journal ${ms(stageMs(b, 'journal'))}`,
    );
    const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    say(
      `runcost (${r.pages} pages, Node ${r.node.version}): files written ${mib(b.writtenBytes)} in all, largest ${b.largestWritten.map((f) => `${f.path} ${mib(f.bytes)}`).join(', ')}; ` +
        `git add+commit of the ${b.changed} files ${ms(b.commitMs)} (runs ${r.runs.map((x) => Math.round(x.commitMs)).join(' / ')} ms; not in total)`,
    );
  }
  for (const node of NODES) {
    const small = rows.find((r) => r.node === node && r.pages === 10_000);
    const big = rows.find((r) => r.node === node && r.pages === 100_000);
    if (small && big) {
      const x = big.best.totalMs / small.best.totalMs;
      say(
        `runcost: growth 10,000 → 100,000 pages, Node ${node.version}: time ×${x.toFixed(2)} (goal ≤ ×2: ${mark(x <= 2)}), peak RSS ×${(big.best.peakRssKb / small.best.peakRssKb).toFixed(2)}; ` +
          `without the backup and the journal ×${(pipelineMs(big.best) / pipelineMs(small.best)).toFixed(2)}`,
      );
    }
  }
  say();
}

/** A stage's time in one measured run (0 when the run has no such stage). */
const stageMs = (run, name) => run.stages.find((s) => s.name === name)?.ms ?? 0;
/** The run without the backup snapshot and the journal: the stages the issue's first table measured. */
const pipelineMs = (run) => run.totalMs - stageMs(run, 'backup') - stageMs(run, 'journal');

function benchSplice(build) {
  say(`== Benchmark 8: the big listings spliced for the pages a run changed, against their full renders (Node ${PRIMARY.version}) ==`);
  for (const pages of [10_000, 100_000]) {
    const r = runJson(path.join(build.out, 'bench', 'splice.js'), [String(pages)]);
    for (const [name, m] of [['by_year', r.byYear], ['page index', r.pageIndex]]) {
      say(
        `splice: ${pages} pages, ${name} (${m.rows} rows, ${(m.chars / 1e6).toFixed(1)} M chars), ${r.changes} changed pages: ` +
          `splice ${ms(m.spliceMs)} vs full render ${ms(m.fullMs)} (best of 3), equal to the full render: ${mark(m.equal)}`,
      );
    }
  }
  say();
}

// ── 9. seen ───────────────────────────────────────────────────────────────────────────────────────
function benchSeen(build) {
  say(`== Benchmark 9: a run's seen-file work at 1,000,000 entries (2,000 candidate ids, 1,000 of them new) ==`);
  const script = path.join(build.out, 'bench', 'seenstore.js');
  const dir = path.join(build.tmp, 'seen');
  mkdirSync(dir);
  const gen = runJson(script, ['generate', dir, '1000000']);
  say(`seen: base ${(gen.baseBytes / 1024 / 1024).toFixed(1)} MiB, ${gen.entries} entries (setup, not measured)`);
  for (const node of NODES)
    for (const mode of ['full', 'store']) {
      const runs = [0, 1].map(() => runJson(script, ['measure', dir, mode, '2000'], [], node.exe));
      const b = runs.reduce((x, y) => (y.ms < x.ms ? y : x));
      say(
        `seen (Node ${node.version}): ${mode === 'full' ? 'whole file, as before' : 'seen store   '}: ${ms(b.ms)} (runs ${runs.map((r) => Math.round(r.ms)).join(' / ')} ms), ` +
          `peak RSS ${mb(b.peakRssKb)}, base bytes read ${(b.baseBytesRead / 1024 / 1024).toFixed(2)} MiB, bytes to write ${(b.bytesToWrite / 1024 / 1024).toFixed(2)} MiB, found ${b.found}`,
      );
    }
  say();
}

async function main() {
  const started = performance.now();
  say(`wiki-daily benchmarks — Node ${NODES.map((n) => `${n.version} (${n.exe})`).join(' and ')}; ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), ${os.platform()} ${os.arch()}`);
  say(`load average before: ${loadavg()} (figures are only comparable on an otherwise idle machine)`);
  const build = compile();
  say(`compiled src/ and bench/ with tsc in ${ms(build.compileMs)}`);
  say();
  try {
    if (want('collect')) await benchCollect(build);
    if (want('daily')) benchDaily(build);
    if (want('lint')) benchLint(build);
    if (want('links')) benchLinks(build);
    if (want('googlenews')) benchGoogleNews(build);
    if (want('shards')) benchShards(build);
    if (want('runcost')) benchRunCost(build);
    if (want('splice')) benchSplice(build);
    if (want('seen')) benchSeen(build);
  } finally {
    rmSync(build.tmp, { recursive: true, force: true });
  }
  say(`load average after: ${loadavg()}`);
  say(`bench finished in ${(Math.round((performance.now() - started) / 100) / 10).toFixed(1)} s`);
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
