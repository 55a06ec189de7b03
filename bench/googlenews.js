/**
 * Benchmark 3, Google News resolution: 500 opaque tokens resolved through the product's step
 * (resolveGoogleNewsItems → GoogleNewsResolver) against the loopback emulator of Google's two endpoints
 * (src/demo/googlenews.ts, answering 429 when more than 2 requests are in flight), with the real clock.
 *
 * Figures: wall time against the politeness bound (minIntervalMs × tokens / 2 workers), requests per
 * token on the first pass (goal 2) and on a second pass with the resolution memory (goal 0), 429s
 * provoked (goal 0), and the share of the real-shaped capture (fixtures/feeds/googlenews-mixed.xml,
 * served as a query: and as a url: source) that ends with publisher URLs (goal ≥ 95 %).
 * Run by scripts/bench.mjs after compiling with tsc; prints one JSON object on stdout.
 *   node <out>/bench/googlenews.js <projectRoot>
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { resolveGoogleNewsItems } from '../src/collect/googlenews.js';
import { parseConfig } from '../src/config/load.js';
import { googleNewsEmulator } from '../src/demo/googlenews.js';
import { startFixtureServer } from '../src/demo/server.js';
import { parseFeedText } from '../src/feeds/parse.js';
import { silentLogger } from '../src/log.js';
import { systemClock } from '../src/time.js';
const TOKENS = 500;
const INTERVAL_MS = 40;
const LATENCY_MS = 5;
function opaqueToken(i) {
    const id = Buffer.from(`AU_yqL${String(i).padStart(6, '0')}${'x'.repeat(60)}`);
    return Buffer.from([0x08, 0x13, 0x22, id.length, ...id, 0xd2, 0x01, 0x00]).toString('base64url');
}
async function main() {
    const projectRoot = process.argv[2] ?? process.cwd();
    const fixtures = path.join(projectRoot, 'fixtures', 'feeds');
    const capture = JSON.parse(readFileSync(path.join(fixtures, 'googlenews-opaque.json'), 'utf8'));
    const tokens = { ...capture };
    for (let i = 0; i < TOKENS; i++)
        tokens[opaqueToken(i)] = `https://www.example-news.kr/article/${i}`;
    const emulator = googleNewsEmulator({ tokens, latencyMs: LATENCY_MS });
    const server = await startFixtureServer({ handler: (req) => emulator.handle(req) });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wiki-daily-bench-gn-'));
    try {
        const feedUrl = `${server.url}/rss/search?q=x&hl=ko&gl=KR&ceid=KR:ko`;
        const config = parseConfig({
            sources: [{ id: 'gn-q', query: '고윤정' }, { id: 'gn-u', url: feedUrl }],
            http: { googleNewsBaseUrl: server.url },
            googleNews: { minIntervalMs: INTERVAL_MS, maxPerRun: TOKENS },
        });
        const items = Object.keys(tokens)
            .filter((t) => !(t in capture))
            .map((t, i) => ({ sourceId: 'gn-q', sourceKind: 'google-news', title: `item ${i}`, link: `https://news.google.com/rss/articles/${t}?oc=5`, undecoded: true, googleNewsToken: t }));
        const opts = { config, memoryFile: path.join(dir, 'google-news.json'), clock: systemClock, logger: silentLogger };
        let t0 = performance.now();
        const first = await resolveGoogleNewsItems(items, opts);
        const firstMs = performance.now() - t0;
        const firstStats = { ...emulator.stats };
        t0 = performance.now();
        const second = await resolveGoogleNewsItems(items, opts);
        const secondMs = performance.now() - t0;
        // The real-shaped capture, as a query: source and as a plain url: source.
        const xml = readFileSync(path.join(fixtures, 'googlenews-mixed.xml'), 'utf8');
        const captureShare = [];
        for (const id of ['gn-q', 'gn-u']) {
            const parsed = parseFeedText(xml, { source: config.sources.find((s) => s.id === id), url: feedUrl, timezone: config.timezone }).items;
            const offline = parsed.filter((i) => !i.undecoded).length;
            const r = await resolveGoogleNewsItems(parsed, { ...opts, memoryFile: path.join(dir, `capture-${id}.json`) });
            const publisher = r.items.filter((i) => !i.undecoded && !/news\.google\.com/.test(i.link) && !i.link.startsWith(server.url)).length;
            captureShare.push({ source: id, items: parsed.length, offline, publisher, requests: r.stats.requests });
        }
        process.stdout.write(JSON.stringify({
            tokens: items.length,
            intervalMs: INTERVAL_MS,
            latencyMs: LATENCY_MS,
            boundMs: (INTERVAL_MS * items.length) / 2,
            first: { ms: firstMs, resolved: first.resolvedNow, waiting: first.waiting, requests: first.stats.requests, tooMany: firstStats.tooMany, maxInFlight: firstStats.maxInFlight },
            second: { ms: secondMs, fromMemory: second.fromMemory, requests: second.stats.requests },
            captureShare,
        }));
    }
    finally {
        await server.close();
        await rm(dir, { recursive: true, force: true });
    }
}
main().catch((err) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
});
