/**
 * Benchmark 3, link checking: a generated wiki of 50 pages holding 5,000 unique links (half in entry
 * blocks, half as ordinary markdown links) spread over 20 loopback "hosts" (127.0.0.1 … .20, 250
 * links each, 100 ms latency; bench/fixture-hosts.ts in its own process), checked through the product's
 * own path: `wiki-daily links` via execute() (read pages → extract → Fetcher probes → kept results →
 * report page). Each variant runs a cold check (empty state folder), then a second check within the
 * kept-results window, which must send no request.
 *
 * Politeness bound: with perHostConcurrency P, one host's links take at least ⌈250/P⌉ × 100 ms. It is
 * measured with the global cap raised to 20 × P so the per-host limit is the only bound, and once
 * with the cap as shipped (which then binds first: ⌈5000/G⌉ × 100 ms).
 *   node <out>/bench/links.js <projectRoot>
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { execute } from '../src/app.js';
import { httpSettings } from '../src/config/schema.js';
import { silentLogger } from '../src/log.js';
import { parseCliArgs } from '../src/settings.js';
import { systemClock } from '../src/time.js';
import { Hosts } from './hosts.js';
const HOSTS = 20;
const LINKS_PER_HOST = 250;
const LATENCY_MS = 100;
const PAGES = 50;
const PER_HOST_CONCURRENCY = 6;
async function writeWiki(dir, feeds) {
    const urls = feeds.flat();
    const byPage = Array.from({ length: PAGES }, () => []);
    urls.forEach((u, i) => byPage[i % PAGES].push(u));
    await mkdir(path.join(dir, 'pages'), { recursive: true });
    for (const [p, list] of byPage.entries()) {
        const half = Math.ceil(list.length / 2);
        const entries = list.slice(0, half).map((u, i) => `- 날짜: 2026-11-${String(1 + (i % 28)).padStart(2, '0')}\n  - 매체: Outlet\n  - 구분: article\n  - 제목: 기사 ${p}-${i}\n  - 링크(원문): <${u}>\n  - 상태: 보도(1차)\n  - id: e${p.toString(16).padStart(4, '0')}${i.toString(16).padStart(8, '0')}`);
        const plain = list.slice(half).map((u, i) => `- [관련 링크 ${i}](${u})`);
        await writeFile(path.join(dir, 'pages', `page-${p}.md`), `# 문서 ${p}\n\n${plain.join('\n')}\n\n<!-- wiki-daily:begin entries:main -->\n## 2026\n\n${entries.join('\n')}\n<!-- wiki-daily:end entries:main -->\n`);
    }
    return urls.length;
}
async function pass(dir, stateDir, hosts) {
    await hosts.reset();
    const settings = parseCliArgs(['links', '--json', '--root', dir, '--state', stateDir], {});
    if ('help' in settings)
        throw new Error('help');
    const cpu = process.cpuUsage();
    const started = performance.now();
    const outcome = await execute(settings, { logger: silentLogger, clock: systemClock, env: {} });
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const stats = await hosts.stats();
    const { links: _links, ...json } = outcome.json;
    return {
        wallMs,
        cpuMs: (used.user + used.system) / 1000,
        requests: stats.requests.reduce((a, b) => a + b, 0),
        serverMaxInFlight: Math.max(...stats.maxInFlight),
        json,
        exitCode: outcome.exitCode,
    };
}
async function main() {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'wiki-daily-bench-links-'));
    const { hosts, feeds } = await Hosts.start(HOSTS, LINKS_PER_HOST, LATENCY_MS);
    try {
        const links = await writeWiki(tmp, feeds);
        const shipped = httpSettings.parse({}).globalConcurrency;
        const variants = [];
        for (const [label, globalConcurrency] of [
            ['per-host limit only', HOSTS * PER_HOST_CONCURRENCY],
            ['shipped global cap', shipped],
        ]) {
            await writeFile(path.join(tmp, 'wiki-daily.yml'), `sources:\n  - { id: x, url: 'http://127.0.0.1:9/feed.xml' }\nhttp: { perHostConcurrency: ${PER_HOST_CONCURRENCY}, globalConcurrency: ${globalConcurrency} }\n`);
            const stateDir = path.join(tmp, `state-${globalConcurrency}`);
            const cold = await pass(tmp, stateDir, hosts);
            const kept = await pass(tmp, stateDir, hosts);
            variants.push({
                label,
                globalConcurrency,
                perHostBoundMs: Math.ceil(LINKS_PER_HOST / PER_HOST_CONCURRENCY) * LATENCY_MS,
                globalBoundMs: Math.ceil(links / globalConcurrency) * LATENCY_MS,
                cold,
                kept,
            });
        }
        process.stdout.write(`${JSON.stringify({ hosts: HOSTS, linksPerHost: LINKS_PER_HOST, links, pages: PAGES, latencyMs: LATENCY_MS, perHostConcurrency: PER_HOST_CONCURRENCY, variants })}\n`);
    }
    finally {
        await hosts.close();
        await rm(tmp, { recursive: true, force: true });
    }
}
main().catch((err) => {
    process.stderr.write(`bench/links: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
});
