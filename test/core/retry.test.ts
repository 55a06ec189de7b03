import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter, retry, type AttemptResult } from '../../src/retry.js';
import { fakeClock } from '../support/clock.js';

type Step = AttemptResult<string, string>;
const fail = (failure: string, extra: Partial<Extract<Step, { ok: false }>> = {}): Step => ({ ok: false, failure, retryable: true, ...extra });

/** An attempt function that plays the given steps in order and counts its calls. */
function script(...steps: Step[]) {
  const calls: number[] = [];
  const fn = async (n: number): Promise<Step> => {
    calls.push(n);
    const step = steps[n - 1];
    if (!step) throw new Error(`attempt ${n} was not scripted`);
    return step;
  };
  return { fn, calls };
}

describe('retry', () => {
  it('returns the first success without waiting', async () => {
    const clock = fakeClock();
    const s = script({ ok: true, value: 'yes' });
    expect(await retry(s.fn, { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000, clock })).toEqual({ ok: true, value: 'yes', attempts: 1 });
    expect(clock.sleeps).toEqual([]);
  });

  it('backs off with full jitter, capped at maxDelayMs, and reports each retry', async () => {
    const clock = fakeClock();
    const s = script(fail('a'), fail('b'), fail('c'), fail('d'), { ok: true, value: 'done' });
    const seen: string[] = [];
    const out = await retry(s.fn, {
      attempts: 5,
      baseDelayMs: 100,
      maxDelayMs: 300,
      clock,
      random: () => 0.5,
      onRetry: ({ attempt, delayMs, failure }) => seen.push(`${attempt}:${failure}:${delayMs}`),
    });
    expect(out).toEqual({ ok: true, value: 'done', attempts: 5 });
    // ceilings 100, 200, 400→300, 800→300; half of each
    expect(clock.sleeps).toEqual([50, 100, 150, 150]);
    expect(seen).toEqual(['1:a:50', '2:b:100', '3:c:150', '4:d:150']);
    expect(s.calls).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives up after the last attempt with its failure, without a final wait', async () => {
    const clock = fakeClock();
    const s = script(fail('a'), fail('b'));
    expect(await retry(s.fn, { attempts: 2, baseDelayMs: 10, maxDelayMs: 10, clock, random: () => 0 })).toEqual({
      ok: false,
      failure: 'b',
      attempts: 2,
      gaveUp: 'exhausted',
    });
    expect(clock.sleeps).toEqual([0]);
  });

  it('stops at once on a permanent failure', async () => {
    const clock = fakeClock();
    const s = script(fail('a'), fail('404', { retryable: false }), fail('never'));
    expect(await retry(s.fn, { attempts: 5, baseDelayMs: 10, maxDelayMs: 10, clock, random: () => 0 })).toMatchObject({
      ok: false,
      failure: '404',
      attempts: 2,
      gaveUp: 'permanent',
    });
    expect(s.calls).toEqual([1, 2]);
  });

  it('waits exactly the Retry-After instead of the backoff, and gives up when it is too long', async () => {
    const clock = fakeClock();
    const s = script(fail('429', { retryAfterMs: 7000 }), fail('503', { retryAfterMs: 61_000 }), fail('never'));
    const out = await retry(s.fn, { attempts: 5, baseDelayMs: 10, maxDelayMs: 10, maxRetryAfterMs: 60_000, clock, random: () => 0.5 });
    expect(out).toEqual({ ok: false, failure: '503', attempts: 2, gaveUp: 'retry-after-too-long', retryAfterMs: 61_000 });
    expect(clock.sleeps).toEqual([7000]);
  });

  it('treats attempts below 1 as one attempt', async () => {
    const s = script(fail('a'));
    expect(await retry(s.fn, { attempts: 0, baseDelayMs: 1, maxDelayMs: 1, clock: fakeClock() })).toMatchObject({ gaveUp: 'exhausted', attempts: 1 });
  });

  it('throws the abort reason before the first attempt', async () => {
    const s = script({ ok: true, value: 'x' });
    const reason = new Error('budget spent');
    await expect(retry(s.fn, { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, clock: fakeClock(), signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(s.calls).toEqual([]);
  });

  it('an abort during a wait ends it at once and makes no further attempt', async () => {
    const controller = new AbortController();
    const reason = new Error('budget spent');
    let sleeping!: () => void;
    const asleep = new Promise<void>((r) => (sleeping = r));
    // A clock whose sleep never ends by itself: only the abort can end the wait.
    const clock = { sleep: () => { sleeping(); return new Promise<void>(() => undefined); } };
    const s = script(fail('a'), { ok: true, value: 'never' });
    const pending = retry(s.fn, { attempts: 3, baseDelayMs: 1000, maxDelayMs: 1000, clock, signal: controller.signal });
    await asleep;
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(s.calls).toEqual([1]);
  });
});

describe('backoffDelay', () => {
  it('is a uniform draw below min(max, base·2^(retry-1))', () => {
    expect(backoffDelay(1, { baseDelayMs: 1000, maxDelayMs: 30_000, random: () => 0.999 })).toBe(999);
    expect(backoffDelay(3, { baseDelayMs: 1000, maxDelayMs: 30_000, random: () => 0.5 })).toBe(2000);
    expect(backoffDelay(10, { baseDelayMs: 1000, maxDelayMs: 30_000, random: () => 0.5 })).toBe(15_000);
    expect(backoffDelay(2, { baseDelayMs: 1000, maxDelayMs: 30_000, random: () => 0 })).toBe(0);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1);
  it('reads delta-seconds, fractional seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 1.5 ', now)).toBe(1500);
    expect(parseRetryAfter(new Date(now + 5_000).toUTCString(), now)).toBe(5_000);
    expect(parseRetryAfter(new Date(now - 5_000).toUTCString(), now)).toBe(0);
  });
  it('is undefined when absent or unreadable', () => {
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-3', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
