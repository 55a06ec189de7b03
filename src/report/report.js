import { emptyLaneCounts } from '../model.js';
import { pageOf } from '../pages/plan.js';
import { localDate } from '../time.js';
export function newReport(command, config, now, dryRun = false) {
    return {
        command,
        status: 'running',
        startedAt: new Date(now).toISOString(),
        durationMs: 0,
        date: localDate(now, config.timezone),
        timezone: config.timezone,
        dryRun,
        sources: [],
        cache: { hits: 0, conditionalHits: 0, misses: 0, hitRate: 0 },
        itemsCollected: 0,
        itemsAdded: 0,
        lanes: emptyLaneCounts(),
        pages: {},
        changedFiles: [],
        committed: false,
        pushed: false,
        stages: [],
        errors: [],
        warnings: [],
        anomalies: [],
    };
}
export function finishReport(report, now) {
    report.finishedAt = new Date(now).toISOString();
    report.durationMs = now - Date.parse(report.startedAt);
    return report;
}
/**
 * Honest collection status: a source that failed makes the run partial; every source failing fails it.
 * (The old system reported "success" when every collector had silently failed.)
 */
export function collectionStatus(sources) {
    const failed = sources.filter((s) => s.outcome === 'failed');
    if (sources.length === 0)
        return { status: 'failed', reason: 'no enabled sources' };
    if (failed.length === sources.length)
        return { status: 'failed', reason: `all ${sources.length} sources failed` };
    if (failed.length > 0)
        return {
            status: 'partial',
            reason: `${failed.length} of ${sources.length} sources failed: ${failed
                .slice(0, 5)
                .map((s) => s.id)
                .join(', ')}${failed.length > 5 ? ', …' : ''}`,
        };
    return { status: 'success' };
}
export function cacheStats(sources) {
    let hits = 0;
    let conditionalHits = 0;
    let misses = 0;
    for (const s of sources) {
        if (s.outcome === 'fresh')
            hits++;
        else if (s.outcome === 'not-modified')
            conditionalHits++;
        else
            misses++;
    }
    const total = hits + conditionalHits + misses;
    return { hits, conditionalHits, misses, hitRate: total ? (hits + conditionalHits) / total : 0 };
}
/**
 * The entries a plan wrote, for RunReport.entries, with the same outlet, URL and page the entry block
 * got (so the summary links exactly what the wiki now holds).
 */
export function addedEntries(written, config) {
    const out = [];
    for (const it of written) {
        const page = pageOf(it, config);
        if (page)
            out.push({ title: it.title, url: it.canonicalUrl, outlet: it.outlet ?? it.host, page });
    }
    return out;
}
