import { describe, expect, it } from 'vitest';
import { detectAnomalies, median, medianAbsoluteDeviation, robustZ, Z_CAP } from '../../src/ops/anomaly.js';
import type { RunRecord } from '../../src/ops/history.js';
import type { RunStatus } from '../../src/model.js';

function run(durationMs: number, itemsCollected: number, itemsAdded: number, status: RunStatus = 'success'): RunRecord {
  return {
    command: 'run',
    status,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:01:00.000Z',
    durationMs,
    date: '2026-01-01',
    itemsCollected,
    itemsAdded,
    sourcesOk: 1,
    sourcesFailed: 0,
    cacheHitRate: 0,
    committed: true,
  };
}

describe('robustZ', () => {
  it('uses median and MAD', () => {
    const h = [10, 12, 11, 13, 9, 50]; // median 11.5, |dev| 1.5 .5 .5 1.5 2.5 38.5 → MAD 1.5
    expect(median(h)).toBe(11.5);
    expect(medianAbsoluteDeviation(h)).toBe(1.5);
    expect(robustZ(20, h)).toBeCloseTo((0.6745 * 8.5) / 1.5, 10);
    expect(robustZ(11.5, h)).toBe(0);
    expect(robustZ(5, h)).toBeCloseTo((0.6745 * -6.5) / 1.5, 10);
  });

  it('handles MAD = 0: equal → 0, mean absolute deviation fallback, identical history → capped', () => {
    expect(robustZ(7, [7, 7, 7, 7, 7])).toBe(0);
    expect(robustZ(8, [7, 7, 7, 7, 7])).toBe(Z_CAP);
    expect(robustZ(0, [7, 7, 7, 7, 7])).toBe(-Z_CAP);
    // median 0, MAD 0, mean absolute deviation 6/6 = 1
    expect(robustZ(3, [0, 0, 0, 0, 0, 6])).toBeCloseTo(3 / 1.2533, 10);
    expect(Number.isFinite(robustZ(1e300, [1, 2, 3, 4, 5]))).toBe(true);
    expect(robustZ(1e300, [1, 2, 3, 4, 5])).toBe(Z_CAP);
    expect(robustZ(5, [])).toBe(0);
  });
});

describe('detectAnomalies', () => {
  const history = [
    run(100_000, 50, 5),
    run(110_000, 52, 4),
    run(90_000, 48, 6),
    run(105_000, 51, 5),
    run(95_000, 49, 5),
  ];

  it('needs at least 5 usable runs', () => {
    expect(detectAnomalies({ durationMs: 10_000_000, itemsCollected: 0, itemsAdded: 0 }, history.slice(0, 4), 3.5)).toEqual([]);
    // failed and skipped runs do not count toward the 5
    const mixed = [...history.slice(0, 4), run(1, 0, 0, 'failed'), run(1, 0, 0, 'skipped')];
    expect(detectAnomalies({ durationMs: 10_000_000, itemsCollected: 0, itemsAdded: 0 }, mixed, 3.5)).toEqual([]);
  });

  it('flags metrics beyond the threshold with median, MAD and z', () => {
    // durations: median 100000, MAD 5000; collected: median 50, MAD 1; added: median 5, MAD 0 (mean abs dev 0.4)
    const found = detectAnomalies({ durationMs: 400_000, itemsCollected: 10, itemsAdded: 5 }, history, 3.5);
    expect(found).toEqual([
      { metric: 'durationMs', value: 400_000, median: 100_000, mad: 5000, z: 40.47 },
      { metric: 'itemsCollected', value: 10, median: 50, mad: 1, z: -26.98 },
    ]);
    expect(detectAnomalies({ durationMs: 110_000, itemsCollected: 47, itemsAdded: 6 }, history, 3.5)).toEqual([]);
  });

  it('applies the threshold strictly and looks at the last 30 usable runs only', () => {
    // z for 125000 = 0.6745 * 25000 / 5000 = 3.3725
    expect(detectAnomalies({ durationMs: 125_000, itemsCollected: 50, itemsAdded: 5 }, history, 3.3725)).toEqual([]);
    expect(detectAnomalies({ durationMs: 125_000, itemsCollected: 50, itemsAdded: 5 }, history, 3.37)).toHaveLength(1);
    const old = Array.from({ length: 40 }, () => run(1_000, 1, 1));
    const recent = Array.from({ length: 30 }, (_, i) => run(100_000 + (i % 3) * 1000, 50, 5));
    // with the old runs in the window 1000 ms would be normal; only the recent 30 count
    const found = detectAnomalies({ durationMs: 1_000, itemsCollected: 50, itemsAdded: 5 }, [...old, ...recent], 3.5);
    expect(found.map((a) => a.metric)).toEqual(['durationMs']);
  });
});
