/**
 * A collection's figures for the report: its status from the sources' outcomes, and the cache counts.
 * Apart from report.ts, whose entry list needs the page planner, so `collect --shard` loads neither.
 */
import type { RunReport, RunStatus, SourceReport } from '../model.js';

/**
 * Honest collection status: a source that failed makes the run partial; every source failing fails it.
 * (The old system reported "success" when every collector had silently failed.)
 */
export function collectionStatus(sources: SourceReport[]): { status: RunStatus; reason?: string } {
  const failed = sources.filter((s) => s.outcome === 'failed');
  if (sources.length === 0) return { status: 'failed', reason: 'no enabled sources' };
  if (failed.length === sources.length) return { status: 'failed', reason: `all ${sources.length} sources failed` };
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

export function cacheStats(sources: SourceReport[]): RunReport['cache'] {
  let hits = 0;
  let conditionalHits = 0;
  let misses = 0;
  for (const s of sources) {
    if (s.outcome === 'fresh') hits++;
    else if (s.outcome === 'not-modified') conditionalHits++;
    else misses++;
  }
  const total = hits + conditionalHits + misses;
  return { hits, conditionalHits, misses, hitRate: total ? (hits + conditionalHits) / total : 0 };
}
