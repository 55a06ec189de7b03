import type { Clock } from '../../src/time.js';

export interface FakeClock extends Clock {
  /** Every sleep requested, in ms, in order (backoffs, Retry-After waits, lock polls). */
  sleeps: number[];
  advance(ms: number): void;
}

/** A clock that never waits: sleep() records the request and moves time forward at once. */
export function fakeClock(start = Date.parse('2026-05-01T00:00:00Z')): FakeClock {
  let t = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

/** A clock a minute later at every reading: each snapshot (backup tests) gets its own creation time. */
export class StepClock implements Clock {
  constructor(private t = Date.parse('2026-06-01T00:00:00Z')) {}
  now(): number {
    const v = this.t;
    this.t += 60_000;
    return v;
  }
  async sleep(): Promise<void> {}
}
