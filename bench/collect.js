/**
 * Benchmark 1, the collect stage: 300 feed sources spread over 6 loopback "hosts" (127.0.0.1 … .6,
 * one fixture server each, 50 sources per host, 200 ms latency), collected through the product's own
 * path: parseConfig → Fetcher + FileHttpCache → collectSources. Each cold pass is followed by a re-run
 * with refresh=true on the same cache (what a later run does once the freshness window has passed):
 * every request should be conditional and answered 304 with no body. Two configurations: the global
 * cap raised to hosts × perHost (so the per-host politeness limit is the only bound) and the cap as
 * shipped. Finally a cold and a refresh pass through the built CLI (`node dist/cli.js collect --json`),
 * which adds process start and config loading.
 *
 * The hosts run in a separate process (bench/fixture-hosts.ts), so this process is only the client,
 * as on a runner. Run by scripts/bench.mjs after compiling with tsc; prints one JSON object on stdout.
 *   node <out>/bench/collect.js <projectRoot>
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { collectSources } from '../src/collect/collect.js';
import { parseConfig } from '../src/config/load.js';
import { FileHttpCache } from '../src/http/cache.js';
import { Fetcher } from '../src/http/fetcher.js';
import { silentLogger } from '../src/log.js';
import { Hosts } from './hosts.js';
const HOSTS = 6;
const SOURCES_PER_HOST = 50;
const LATENCY_MS = 200;
const PER_HOST_CONCURRENCY = 6;
const REPETITIONS = 3;
function tally(reports) {
    const outcomes = {};
    const statuses = {};
    let bodyBytes = 0;
    for (const r of reports) {
        outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
        const s = String(r.httpStatus ?? 'none');
        statuses[s] = (statuses[s] ?? 0) + 1;
        bodyBytes += r.bytesDownloaded;
    }
    return { outcomes, statuses, bodyBytes };
}
async function inProcessPass(config, cacheDir, hosts, refresh) {
    await hosts.reset();
    const fetcher = new Fetcher(config.http, new FileHttpCache(cacheDir, silentLogger), { logger: silentLogger, refresh });
    try {
        const cpu = process.cpuUsage();
        const elu = performance.eventLoopUtilization();
        const started = performance.now();
        const result = await collectSources(config, fetcher, silentLogger);
        const wallMs = performance.now() - started;
        const used = process.cpuUsage(cpu);
        const loop = performance.eventLoopUtilization(elu);
        const stats = fetcher.stats();
        return {
            wallMs,
            cpuMs: (used.user + used.system) / 1000,
            elu: loop.utilization,
            sources: result.sources.length,
            ...tally(result.sources),
            items: result.items.length,
            server: await hosts.stats(),
            clientMaxInFlightPerHost: Math.max(...Object.values(stats.maxInFlightByHost)),
        };
    }
    finally {
        await fetcher.close();
    }
}
function runCli(root, args) {
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const child = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ stdout, stderr, code, ms: performance.now() - started }));
    });
}
async function cliPass(root, configFile, stateDir, hosts, refresh) {
    await hosts.reset();
    const args = ['collect', '--json', '--root', path.dirname(configFile), '--config', configFile, '--state', stateDir];
    if (refresh)
        args.push('--refresh');
    const r = await runCli(root, args);
    let report;
    try {
        report = JSON.parse(r.stdout);
    }
    catch {
        throw new Error(`dist/cli.js collect (exit ${r.code}) printed no JSON report; stderr:\n${r.stderr.slice(0, 2000)}`);
    }
    const collectStage = report.stages.find((s) => s.stage === 'collect');
    return {
        processMs: r.ms,
        exitCode: r.code,
        wallMs: collectStage?.durationMs ?? Number.NaN,
        sources: report.sources.length,
        ...tally(report.sources),
        items: report.itemsCollected,
        server: await hosts.stats(),
    };
}
async function main() {
    const root = path.resolve(process.argv[2] ?? process.cwd());
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'wiki-daily-bench-collect-'));
    const { hosts, feeds } = await Hosts.start(HOSTS, SOURCES_PER_HOST, LATENCY_MS);
    try {
        const sources = feeds.flatMap((urls, h) => urls.map((url, n) => ({ id: `h${h + 1}-feed-${n}`, name: `Outlet ${h + 1}`, url })));
        // What a user writes: the sources, nothing else (perHostConcurrency 6 is the default too).
        const shippedRaw = { sources, http: { perHostConcurrency: PER_HOST_CONCURRENCY } };
        const shipped = parseConfig(shippedRaw);
        // Two configurations: the global cap as shipped (24 < 6 hosts × 6, so the cap, not the per-host
        // limit, bounds the pass), and the cap raised to hosts × perHost so the per-host limit alone binds.
        const variants = [];
        for (const [label, globalConcurrency] of [
            ['per-host limit only', HOSTS * PER_HOST_CONCURRENCY],
            ['shipped global cap', shipped.http.globalConcurrency],
        ]) {
            const config = parseConfig({ sources, http: { perHostConcurrency: PER_HOST_CONCURRENCY, globalConcurrency } });
            // Every request takes one latency; requests start in waves of at most perHost per host and
            // globalConcurrency overall.
            const perHostBoundMs = Math.max(...feeds.map((urls) => Math.ceil(urls.length / config.http.perHostConcurrency))) * LATENCY_MS;
            const globalBoundMs = Math.ceil(sources.length / config.http.globalConcurrency) * LATENCY_MS;
            // Each repetition: a cold pass into an empty cache, then the conditional re-run on that cache.
            // The first repetition of the first variant is what a run sees (fresh process: cold JIT, first
            // connections); the others show the figure with less of the machine's noise in it.
            const cold = [];
            const conditional = [];
            for (let i = 0; i < REPETITIONS; i++) {
                const cacheDir = path.join(tmp, `cache-${globalConcurrency}-${i}`);
                cold.push(await inProcessPass(config, cacheDir, hosts, false));
                conditional.push(await inProcessPass(config, cacheDir, hosts, true));
            }
            variants.push({ label, globalConcurrency, perHostBoundMs, globalBoundMs, boundMs: Math.max(perHostBoundMs, globalBoundMs), cold, conditional });
        }
        const shippedVariant = variants[variants.length - 1];
        const configFile = path.join(tmp, 'wiki-daily.yml');
        // JSON is YAML: the CLI reads it through the same loadConfig as a hand-written file.
        await writeFile(configFile, JSON.stringify(shippedRaw, null, 1));
        // dist/ is the committed build; without it (a rebuild in progress) the CLI passes are skipped, not failed.
        const haveCli = existsSync(path.join(root, 'dist', 'cli.js'));
        const cliCold = haveCli ? await cliPass(root, configFile, path.join(tmp, 'state-cli'), hosts, false) : null;
        const cliConditional = haveCli ? await cliPass(root, configFile, path.join(tmp, 'state-cli'), hosts, true) : null;
        process.stdout.write(JSON.stringify({
            hosts: HOSTS,
            sources: sources.length,
            latencyMs: LATENCY_MS,
            perHostConcurrency: PER_HOST_CONCURRENCY,
            variants,
            cliBoundMs: shippedVariant.boundMs,
            cliCold,
            cliConditional,
        }) + '\n');
    }
    finally {
        await hosts.close();
        await rm(tmp, { recursive: true, force: true });
    }
}
main().catch((err) => {
    process.stderr.write(`bench/collect: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
});
