/**
 * Building the one RunReport value of a run. Renderers (job summary, text, page) live beside this file.
 */
import type { Config } from '../config/schema.js';
import { emptyLaneCounts, type AddedEntry, type CommandName, type GatedItem, type RunReport } from '../model.js';
import { pageOf } from '../pages/plan.js';
import { localDate } from '../time.js';

// The collection figures live apart so that a shard's collect does not load the page planner (pageOf).
export { cacheStats, collectionStatus } from './collection.js';

export function newReport(command: CommandName, config: Pick<Config, 'timezone'>, now: number, dryRun = false): RunReport {
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

export function finishReport(report: RunReport, now: number): RunReport {
  report.finishedAt = new Date(now).toISOString();
  report.durationMs = now - Date.parse(report.startedAt);
  return report;
}

/**
 * The entries a plan wrote, for RunReport.entries, with the same outlet, URL and page the entry block
 * got (so the summary links exactly what the wiki now holds).
 */
export function addedEntries(written: readonly GatedItem[], config: Config): AddedEntry[] {
  const out: AddedEntry[] = [];
  for (const it of written) {
    const page = pageOf(it, config);
    if (page) out.push({ title: it.title, url: it.canonicalUrl, outlet: it.outlet ?? it.host, page });
  }
  return out;
}
