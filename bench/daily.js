/**
 * Benchmark 2, the daily update without the network: read the wiki → scan existing links and
 * canonicalise them → gate → plan → mark seen and serialise the seen file → apply (atomic writes).
 * The same calls, in the same order, as runDaily (src/run/daily.ts) between collect and commit.
 *
 *   node <out>/bench/daily.js generate <dir> <pages> <entriesPerPage> <items>   writes the wiki (bench/wiki.ts)
 *   node <out>/bench/daily.js measure <dir>                                     times it, prints JSON
 *
 * scripts/bench.mjs runs `measure` in a fresh process, so process.resourceUsage().maxRSS is the peak
 * of this pipeline alone (plus Node's own baseline, reported separately as `baselineRssKb`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../src/config/load.js';
import { canonicalUrl } from '../src/gate/canonical.js';
import { gateItems } from '../src/gate/gate.js';
import { parseSeen, serializeSeen } from '../src/gate/seen.js';
import { applyEdits } from '../src/pages/apply.js';
import { planEdits } from '../src/pages/plan.js';
import { existingEntryIds, readWiki } from '../src/run/daily.js';
import { generateWiki, RUN_DATE, RUN_TIME } from './wiki.js';
function safeCanonical(url) {
    try {
        return canonicalUrl(url);
    }
    catch {
        return undefined;
    }
}
async function measure(root) {
    const baselineRssKb = process.resourceUsage().maxRSS;
    const config = parseConfig(JSON.parse(await readFile(path.join(root, 'wiki-daily.yml'), 'utf8')), 'wiki-daily.yml');
    const items = JSON.parse(await readFile(path.join(root, 'items.json'), 'utf8'));
    const stages = [];
    const started = performance.now();
    async function stage(name, fn) {
        const t = performance.now();
        const cpu = process.cpuUsage();
        const value = await fn();
        const used = process.cpuUsage(cpu);
        const mem = process.memoryUsage();
        stages.push({
            name,
            ms: performance.now() - t,
            cpuMs: (used.user + used.system) / 1000,
            maxRssKb: process.resourceUsage().maxRSS,
            rssKb: Math.round(mem.rss / 1024),
            heapUsedKb: Math.round(mem.heapUsed / 1024),
        });
        return value;
    }
    const wiki = await stage('read wiki', () => readWiki(root, config));
    const { seen, seenText } = await stage('read seen', async () => {
        const text = await readFile(path.join(root, config.pages.seenFile), 'utf8');
        return { seen: parseSeen(text, config.pages.seenFile), seenText: text };
    });
    const existing = await stage('scan + canonicalise', () => ({ ids: existingEntryIds(wiki) }));
    const gated = await stage('gate', () => gateItems({ items, config, seen, existing: { urls: new Set(), ids: existing.ids } }));
    const sources = config.sources.map((s) => ({
        id: s.id,
        kind: s.kind,
        url: 'url' in s ? s.url : '',
        outcome: 'fetched',
        items: items.filter((i) => i.sourceId === s.id).length,
        durationMs: 200,
        bytesDownloaded: 10_000,
        attempts: 1,
    }));
    const plan = await stage('plan', () => planEdits({
        config,
        date: RUN_DATE,
        time: RUN_TIME,
        files: wiki,
        items: gated.items,
        canonicalize: (u) => safeCanonical(u) ?? u,
        run: { status: 'success', sources },
    }));
    const edits = [...plan.edits];
    await stage('mark seen + serialise', () => {
        for (const item of plan.written)
            seen.add(item.id, RUN_DATE, item.canonicalUrl);
        const after = serializeSeen(seen);
        if (after !== seenText)
            edits.push({ path: config.pages.seenFile, before: seenText, after });
    });
    const changed = await stage('apply', () => applyEdits(root, edits, { verifyBefore: true }));
    const totalMs = performance.now() - started;
    let wikiBytes = 0;
    for (const text of wiki.values())
        wikiBytes += Buffer.byteLength(text);
    process.stdout.write(JSON.stringify({
        files: wiki.size,
        wikiBytes,
        seenEntriesBefore: seenText.split('\n').length - 2,
        seenEntriesAfter: seen.size,
        existingIds: existing.ids.size,
        items: items.length,
        lanes: gated.counts,
        written: plan.written.length,
        pagesAdded: Object.keys(plan.added).length,
        planErrors: plan.errors.map((e) => e.message),
        edits: edits.length,
        changed: changed.length,
        stages,
        totalMs,
        baselineRssKb,
        peakRssKb: process.resourceUsage().maxRSS,
    }) + '\n');
}
async function main() {
    const [mode, dir, ...rest] = process.argv.slice(2);
    if (!dir)
        throw new Error('usage: daily.js generate <dir> <pages> <entriesPerPage> <items> | measure <dir>');
    const root = path.resolve(dir);
    if (mode === 'generate') {
        const [pages, entriesPerPage, items] = rest.map(Number);
        if (!pages || !entriesPerPage || !items)
            throw new Error('generate needs <pages> <entriesPerPage> <items>');
        const t = performance.now();
        const r = await generateWiki(root, { pages, entriesPerPage, items });
        process.stdout.write(JSON.stringify({ ...r, ms: performance.now() - t }) + '\n');
    }
    else if (mode === 'measure') {
        await measure(root);
    }
    else {
        throw new Error(`unknown mode ${JSON.stringify(mode)} (generate | measure)`);
    }
}
main().catch((err) => {
    process.stderr.write(`bench/daily: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
});
