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
 *   node <out>/bench/shards.js main                           prints one JSON object
 *   node <out>/bench/shards.js collect <root> <shard> <plan> <out> <state>   (a shard process)
 */
import { execFileSync, fork, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { execute } from '../src/app.js';
import { silentLogger } from '../src/log.js';
import { parseCliArgs } from '../src/settings.js';
import { systemClock } from '../src/time.js';
// Overridable only for a quick smoke run of the script itself; the reported figures use 60 × 50.
const HOSTS = Number(process.env.BENCH_SHARD_HOSTS ?? 60);
const FEEDS_PER_HOST = Number(process.env.BENCH_SHARD_FEEDS ?? 50);
const LATENCY_MS = 200;
const PER_HOST = 6;
const GLOBAL = 36;
const here = path.dirname(fileURLToPath(import.meta.url));
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
const git = (root, ...args) => execFileSync('git', args, { cwd: root, env: gitEnv, encoding: 'utf8' });
async function cli(root, args, clock = systemClock) {
    const s = parseCliArgs([...args, '--root', root], {});
    if ('help' in s)
        throw new Error('help');
    return execute(s, { logger: silentLogger, clock, env: {} });
}
/** One shard process: prints the command's JSON. */
async function shardProcess(root, shard, plan, out, state) {
    const r = await cli(root, ['collect', '--shard', shard, '--plan', plan, '--out', out, '--state', state]);
    process.stdout.write(JSON.stringify({ exitCode: r.exitCode, ...r.json }) + '\n');
}
function runShard(root, shard, plan, out, state) {
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const child = spawn(process.execPath, [path.join(here, 'shards.js'), 'collect', root, shard, plan, out, state], { stdio: ['ignore', 'pipe', 'inherit'] });
        let stdout = '';
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new Error(`shard ${shard} exited ${code}: ${stdout}`));
            resolve({ wallMs: performance.now() - started, result: JSON.parse(stdout) });
        });
    });
}
function hashTree(root, dirs) {
    const out = {};
    const walk = (rel) => {
        const abs = path.join(root, rel);
        for (const name of readdirSync(abs).sort()) {
            const r = path.posix.join(rel, name);
            if (statSync(path.join(root, r)).isDirectory())
                walk(r);
            else
                out[r] = createHash('sha256').update(readFileSync(path.join(root, r))).digest('hex');
        }
    };
    for (const d of dirs)
        walk(d);
    return out;
}
function bound(plan, shard) {
    const s = plan.shards.find((x) => x.shard === shard);
    const perHost = Math.ceil(FEEDS_PER_HOST / PER_HOST) * LATENCY_MS;
    const global = Math.ceil(s.sources.length / GLOBAL) * LATENCY_MS;
    return Math.max(perHost, global);
}
async function main() {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'wiki-daily-bench-shards-'));
    const hosts = fork(path.join(here, 'fixture-hosts.js'), [String(HOSTS), String(FEEDS_PER_HOST), String(LATENCY_MS)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    try {
        const feeds = await new Promise((resolve, reject) => {
            hosts.once('message', (m) => (m.type === 'ready' ? resolve(m.feeds) : reject(new Error('unexpected message'))));
            hosts.once('exit', (c) => reject(new Error(`fixture hosts exited ${c}`)));
        });
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
        const results = { hosts: HOSTS, sources: config.sources.length, latencyMs: LATENCY_MS, perHostConcurrency: PER_HOST, globalConcurrency: GLOBAL, variants: [] };
        const clock = { now: () => Date.parse('2026-11-28T00:30:00Z'), sleep: async () => { } };
        const merged = {};
        for (const n of [1, 4]) {
            const dir = path.join(tmp, `n${n}`);
            mkdirSync(dir);
            const planFile = path.join(dir, 'plan.json');
            await cli(wiki, ['shards', '--count', String(n), '--out', planFile, '--state', path.join(dir, 'plan-state')]);
            const plan = JSON.parse(readFileSync(planFile, 'utf8'));
            const started = performance.now();
            const shards = await Promise.all(plan.shards.map((s, i) => runShard(wiki, s.shard, planFile, path.join(dir, `out-${i + 1}`), path.join(dir, `state-${i + 1}`))));
            const allMs = performance.now() - started;
            // Merge into a fresh copy of the wiki.
            const ws = path.join(dir, 'wiki');
            cpSync(wiki, ws, { recursive: true });
            const t = performance.now();
            const r = await cli(ws, ['run', '--force', '--no-push', ...plan.shards.flatMap((_, i) => ['--from', path.join(dir, `out-${i + 1}`)])], clock);
            const mergeMs = performance.now() - t;
            merged[n] = hashTree(ws, ['pages', 'news', 'data']);
            delete merged[n]['pages/system_status.md'];
            results.variants.push({
                shards: n,
                allMs,
                mergeMs,
                mergeStatus: r.report?.status,
                itemsAdded: r.report?.itemsAdded,
                commits: git(ws, 'rev-list', '--count', 'HEAD').trim(),
                perShard: shards.map((s, i) => ({
                    shard: plan.shards[i].shard,
                    hosts: plan.shards[i].hosts.length,
                    sources: plan.shards[i].sources.length,
                    processMs: s.wallMs,
                    collectMs: s.result.durationMs,
                    boundMs: bound(plan, plan.shards[i].shard),
                    items: s.result.items,
                    status: s.result.status,
                })),
            });
        }
        const [a, b] = [merged[1], merged[4]];
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        results.equal = keys.every((k) => a[k] === b[k]);
        results.differing = keys.filter((k) => a[k] !== b[k]);
        results.files = keys.length;
        process.stdout.write(JSON.stringify(results) + '\n');
    }
    finally {
        hosts.send({ id: 1, type: 'close' });
        hosts.disconnect();
        rmSync(tmp, { recursive: true, force: true });
    }
}
const [mode, ...rest] = process.argv.slice(2);
(mode === 'collect' ? shardProcess(rest[0], rest[1], rest[2], rest[3], rest[4]) : main()).catch((err) => {
    process.stderr.write(`bench/shards: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
});
