/**
 * The run's figures for Prometheus: the text exposition format, written atomically for
 * node-exporter's textfile collector (`--metrics FILE`, input `metrics-file`), and optionally pushed
 * to a Pushgateway (config monitoring.pushgatewayUrl).
 *
 * prom-client renders the format (names, HELP/TYPE lines, label escaping); a fresh registry per run
 * keeps the process-wide default metrics (CPU, heap…) out: these are the wiki's figures only.
 */
import { Gauge, Registry } from 'prom-client';
import { writeFileAtomic } from '../fsutil.js';
const STATUSES = ['success', 'partial', 'failed', 'skipped'];
const OUTCOMES = ['fetched', 'not-modified', 'fresh', 'failed'];
/** The newest success/partial finish among the history and this run (ISO instant), if any. */
export function lastSuccessAt(report, history) {
    const candidates = history.filter((r) => r.status === 'success' || r.status === 'partial').map((r) => r.finishedAt);
    if ((report.status === 'success' || report.status === 'partial') && report.finishedAt)
        candidates.push(report.finishedAt);
    return candidates.sort().at(-1);
}
export async function renderMetrics(input) {
    const r = input.report;
    const registry = new Registry();
    const gauge = (name, help, labelNames = []) => new Gauge({ name: `wiki_daily_${name}`, help, labelNames, registers: [registry] });
    gauge('run_duration_seconds', 'Wall time of the last run.').set(r.durationMs / 1000);
    const status = gauge('run_status', 'Outcome of the last run: 1 for its status, 0 for the others.', ['status']);
    for (const s of STATUSES)
        status.set({ status: s }, r.status === s ? 1 : 0);
    gauge('run_dry_run', '1 when the last run was a dry run (nothing written).').set(r.dryRun ? 1 : 0);
    if (r.finishedAt)
        gauge('run_finished_timestamp_seconds', 'When the last run finished (Unix time).').set(Date.parse(r.finishedAt) / 1000);
    gauge('items_collected', 'Items the sources returned in the last run.').set(r.itemsCollected);
    gauge('items_added', 'Entries written into pages in the last run.').set(r.itemsAdded);
    const lanes = gauge('items', 'Items per gate lane in the last run.', ['lane']);
    for (const [lane, n] of Object.entries(r.lanes))
        lanes.set({ lane }, n);
    const outcome = gauge('source_outcome', 'Per source: 1 for the outcome of its fetch, 0 for the others.', ['source', 'kind', 'outcome']);
    const duration = gauge('source_duration_seconds', 'Per source: time spent fetching and parsing.', ['source']);
    const bytes = gauge('source_bytes', 'Per source: body bytes downloaded (0 when served from cache or 304).', ['source']);
    const items = gauge('source_items', 'Per source: items parsed.', ['source']);
    for (const s of r.sources) {
        for (const o of OUTCOMES)
            outcome.set({ source: s.id, kind: s.kind, outcome: o }, s.outcome === o ? 1 : 0);
        duration.set({ source: s.id }, s.durationMs / 1000);
        bytes.set({ source: s.id }, s.bytesDownloaded);
        items.set({ source: s.id }, s.items);
    }
    const cache = gauge('cache_requests', 'HTTP cache results in the last run (hit = fresh, not_modified = 304).', ['result']);
    cache.set({ result: 'hit' }, r.cache.hits);
    cache.set({ result: 'not_modified' }, r.cache.conditionalHits);
    cache.set({ result: 'miss' }, r.cache.misses);
    gauge('cache_hit_ratio', 'Share of sources answered from the cache or by 304 in the last run.').set(r.cache.hitRate);
    if (input.lastSuccessAt)
        gauge('last_success_timestamp_seconds', 'When the newest successful or partial run finished (Unix time).').set(Date.parse(input.lastSuccessAt) / 1000);
    if (input.backupStoreBytes !== undefined)
        gauge('backup_store_bytes', 'Bytes the backup store occupies.').set(input.backupStoreBytes);
    return registry.metrics();
}
/** Write atomically: the textfile collector must never read a half-written file. */
export async function writeMetricsFile(file, text) {
    await writeFileAtomic(file, text);
}
/**
 * PUT the same text to a Pushgateway (replaces the job's group, so a source that disappeared does
 * not linger). Throws with the status on refusal; callers turn that into a warning.
 */
export async function pushMetrics(gatewayUrl, job, text, fetchImpl = fetch) {
    const url = `${gatewayUrl.replace(/\/+$/, '')}/metrics/job/${encodeURIComponent(job)}`;
    const res = await fetchImpl(url, {
        method: 'PUT',
        headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
        body: text,
        signal: AbortSignal.timeout(15_000),
    });
    if (!res.ok)
        throw new Error(`Pushgateway ${new URL(url).host} answered HTTP ${res.status}`);
}
