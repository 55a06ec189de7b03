/**
 * src/heap.ts: the young generation does not grow once tuneHeap ran (it did, to 64 MB semi-spaces on
 * Node 24, which was most of a run's peak memory). The same workload in a process that was not tuned
 * shows the growth, so the test can tell the two apart.
 */
import { execFileSync } from 'node:child_process';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { tuneHeap } from '../src/heap.js';

/** Allocates briskly with a growing survivor set (as a run does); the new space's size after, in MB. */
function workload(heap: typeof v8): number {
  const keep = [];
  for (let i = 0; i < 400_000; i++) {
    const o = { i, s: `${'x'.repeat(20)}${i}`, a: [i, i + 1, i + 2] };
    if (i % 3 === 0) keep.push(o);
  }
  const space = heap.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!;
  return keep.length > 0 ? space.space_size / 1048576 : 0;
}

describe('tuneHeap', () => {
  it('keeps the young generation from growing, where an untuned process grows it', () => {
    const untuned = Number(execFileSync(process.execPath, ['-p', `(${workload.toString()})(require('node:v8'))`], { encoding: 'utf8' }).trim());
    expect(tuneHeap({})).toBe(true);
    const tuned = workload(v8);
    expect(untuned).toBeGreaterThanOrEqual(8);
    expect(tuned).toBeLessThan(untuned / 2);
  });

  it('leaves V8 as it is with WIKI_DAILY_HEAP=default', () => {
    expect(tuneHeap({ WIKI_DAILY_HEAP: 'default' })).toBe(false);
  });
});
