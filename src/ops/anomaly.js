/**
 * |z| never exceeds this. A history with no spread at all (every run identical) makes any change
 * infinitely surprising; a finite cap keeps reports JSON-serialisable (Infinity becomes null) and
 * still far above any sensible threshold.
 */
export const Z_CAP = 1000;
/** Fewer runs than this say nothing about what is normal. */
const MIN_HISTORY = 5;
/** Runs looked back on. */
const HISTORY_WINDOW = 30;
export function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/** Median absolute deviation from the median (unscaled). */
export function medianAbsoluteDeviation(values, center = median(values)) {
    return median(values.map((v) => Math.abs(v - center)));
}
function capped(z) {
    if (Number.isNaN(z))
        return 0;
    return Math.max(-Z_CAP, Math.min(Z_CAP, z));
}
/**
 * Robust z-score of `value` against `history`.
 *
 * When MAD is 0 (half or more of the history is one value, common for "items added" on quiet days)
 * the formula divides by zero. Then, as IBM SPSS does for the modified z-score, the mean absolute
 * deviation scaled by 1.2533 (so both estimate the standard deviation of a normal sample) is used
 * instead; only when that is 0 too (every run identical) is the result 0 for an equal value and
 * ±Z_CAP otherwise. An empty history gives 0.
 */
export function robustZ(value, history) {
    if (history.length === 0)
        return 0;
    const m = median(history);
    const mad = medianAbsoluteDeviation(history, m);
    if (value === m)
        return 0;
    if (mad > 0)
        return capped((0.6745 * (value - m)) / mad);
    const meanAbsDev = history.reduce((sum, v) => sum + Math.abs(v - m), 0) / history.length;
    if (meanAbsDev > 0)
        return capped((value - m) / (1.2533 * meanAbsDev));
    return value > m ? Z_CAP : -Z_CAP;
}
const METRICS = ['durationMs', 'itemsCollected', 'itemsAdded'];
/**
 * Metrics of the current run whose |robust z| exceeds `threshold`, compared with the last 30
 * successful or partial runs in `history` (failed and skipped runs are filtered out here too, since
 * a failed run's numbers describe the failure, not normal behaviour). Fewer than 5 such runs → none.
 * z is rounded to two decimals so reports stay stable.
 */
export function detectAnomalies(current, history, threshold) {
    const usable = history.filter((r) => r.status === 'success' || r.status === 'partial').slice(-HISTORY_WINDOW);
    if (usable.length < MIN_HISTORY)
        return [];
    const out = [];
    for (const metric of METRICS) {
        const series = usable.map((r) => r[metric]);
        const value = current[metric];
        const z = robustZ(value, series);
        if (Math.abs(z) > threshold) {
            const m = median(series);
            out.push({ metric, value, median: m, mad: medianAbsoluteDeviation(series, m), z: Math.round(z * 100) / 100 });
        }
    }
    return out;
}
