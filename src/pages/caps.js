import { targetOf } from './plan.js';
const LANE_ORDER = { land: 0, queue: 1, pool: 2 };
function priority(a, b) {
    return ((LANE_ORDER[a.lane] ?? 9) - (LANE_ORDER[b.lane] ?? 9) ||
        (b.published ?? '').localeCompare(a.published ?? '') ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
export function capNewEntries(items, config, limits) {
    const written = items.filter((i) => targetOf(i, config) !== undefined).sort(priority);
    const others = items.filter((i) => targetOf(i, config) === undefined);
    const perPage = new Map();
    const keptWritten = [];
    const deferred = [];
    const deferredByPage = {};
    for (const item of written) {
        const page = targetOf(item, config).page;
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
    const result = { kept, deferred, deferredByPage };
    if (deferred.length) {
        const pages = Object.entries(deferredByPage)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([p, n]) => `${p} ${n}`)
            .join(', ');
        result.warning = `${deferred.length} new entr${deferred.length === 1 ? 'y waits' : 'ies wait'} for the next run (limits.maxNewPerPage ${limits.maxNewPerPage}, limits.maxNewPerRun ${limits.maxNewPerRun}): ${pages}`;
    }
    return result;
}
