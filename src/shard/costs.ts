/**
 * Expected collect cost per source, for balancing shards: `source-costs.json` in the state folder,
 * updated after every run that collected (single machine or merged shards) from the source reports.
 *
 * Kept apart from runs.jsonl on purpose: a per-source map on every history line would grow the history
 * by ~100 KB per run at 3,000 sources, and only the latest estimate matters for planning.
 * Losing the file loses only balance (every source then weighs DEFAULT_SOURCE_COST).
 */
import path from 'node:path';
import { z } from 'zod';
import { errorMessage } from '../errors.js';
import { readIfExists, writeFileAtomic } from '../fsutil.js';
import type { SourceReport } from '../model.js';
import { compareStrings } from '../order.js';

const SOURCE_COSTS_FILE = 'source-costs.json';

const costsFile = z.strictObject({
  version: z.literal(1),
  /** Source id → expected collect duration, ms (smoothed). */
  sources: z.record(z.string(), z.number().nonnegative()),
});

function sourceCostsPath(stateDir: string): string {
  return path.join(path.resolve(stateDir), SOURCE_COSTS_FILE);
}

/** Missing file → no costs. An unreadable or invalid file is an error naming the file. */
export async function readSourceCosts(stateDir: string): Promise<Map<string, number>> {
  const file = sourceCostsPath(stateDir);
  const text = await readIfExists(file);
  if (text === undefined) return new Map();
  let parsed: z.infer<typeof costsFile>;
  try {
    parsed = costsFile.parse(JSON.parse(text));
  } catch (err) {
    throw new Error(`${file}: not a source cost file (${errorMessage(err)}); delete it to start over`, { cause: err });
  }
  return new Map(Object.entries(parsed.sources));
}

/**
 * Fold one run's measurements in: an exponential average (half old, half new) so one slow day does
 * not swing the plan; sources no longer configured drop out with `keep`.
 */
export function foldCosts(before: ReadonlyMap<string, number>, reports: readonly Pick<SourceReport, 'id' | 'durationMs'>[], keep?: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, v] of before) if (!keep || keep.has(id)) out.set(id, v);
  for (const r of reports) {
    if (!Number.isFinite(r.durationMs) || r.durationMs < 0) continue;
    const old = out.get(r.id);
    out.set(r.id, Math.round(old === undefined ? r.durationMs : (old + r.durationMs) / 2));
  }
  return out;
}

export async function recordSourceCosts(stateDir: string, reports: readonly Pick<SourceReport, 'id' | 'durationMs'>[], keep?: ReadonlySet<string>): Promise<void> {
  if (!reports.length) return;
  const before = await readSourceCosts(stateDir).catch(() => new Map<string, number>());
  const after = foldCosts(before, reports, keep);
  const sorted = Object.fromEntries([...after].sort(([a], [b]) => compareStrings(a, b)));
  await writeFileAtomic(sourceCostsPath(stateDir), `${JSON.stringify({ version: 1, sources: sorted })}\n`);
}
