/**
 * Guard rails on how much one run may write: at most `limits.maxNewPerPage` new entries per page and
 * `limits.maxNewPerRun` in all. A flood (10,000 sources gave one commit of 20,000 entries and a 4.6 MB
 * page) is cut to what a person can review; the excess is not written, so not marked seen, and waits
 * for the next run (carried in the state folder's backlog, and found again in the feeds if that is lost).
 *
 * Pure: which items are kept is decided by lane (land, then queue, then pool), newest first, then id,
 * so the same input always keeps the same items.
 */
import type { Config } from '../config/schema.js';
import type { GatedItem } from '../model.js';
import { targetOf } from './plan.js';
import { compareStrings } from '../order.js';

interface Limits {
  maxNewPerPage: number;
  maxNewPerRun: number;
}

interface CapResult {
  /** Items to plan: every item of a lane that is not written, plus the written ones within the caps. */
  kept: GatedItem[];
  /** Written-lane items over a cap, in priority order. */
  deferred: GatedItem[];
  /** Page → items deferred because of that page's cap or the run's. */
  deferredByPage: Record<string, number>;
  /** One line for the run's warnings, or undefined when nothing was deferred. */
  warning?: string;
}

const LANE_ORDER: Record<string, number> = { land: 0, queue: 1, pool: 2 };

function priority(a: GatedItem, b: GatedItem): number {
  return (
    (LANE_ORDER[a.lane] ?? 9) - (LANE_ORDER[b.lane] ?? 9) ||
    (b.published ?? '').localeCompare(a.published ?? '') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function capNewEntries(items: GatedItem[], config: Config, limits: Limits): CapResult {
  const written = items.filter((i) => targetOf(i, config) !== undefined).sort(priority);
  const others = items.filter((i) => targetOf(i, config) === undefined);
  const perPage = new Map<string, number>();
  const keptWritten: GatedItem[] = [];
  const deferred: GatedItem[] = [];
  const deferredByPage: Record<string, number> = {};
  for (const item of written) {
    const page = targetOf(item, config)!.page;
    const onPage = perPage.get(page) ?? 0;
    if (onPage >= limits.maxNewPerPage || keptWritten.length >= limits.maxNewPerRun) {
      deferred.push(item);
      deferredByPage[page] = (deferredByPage[page] ?? 0) + 1;
      continue;
    }
    perPage.set(page, onPage + 1);
    keptWritten.push(item);
  }
  // Keep the caller's order for what is written (the planner sorts entries itself).
  const keptSet = new Set([...keptWritten, ...others]);
  const kept = items.filter((i) => keptSet.has(i));
  const result: CapResult = { kept, deferred, deferredByPage };
  if (deferred.length) {
    const pages = Object.entries(deferredByPage)
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([p, n]) => `${p} ${n}`)
      .join(', ');
    result.warning = `${deferred.length} new entr${deferred.length === 1 ? 'y waits' : 'ies wait'} for the next run (limits.maxNewPerPage ${limits.maxNewPerPage}, limits.maxNewPerRun ${limits.maxNewPerRun}): ${pages}`;
  }
  return result;
}
