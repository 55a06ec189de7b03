/**
 * The one retry loop: a fixed number of attempts, exponential backoff with full jitter, Retry-After
 * obeyed up to a limit, and every wait taken on an injectable clock (tests never sleep) that an
 * AbortSignal can cut short. Used by the HTTP fetcher, the Discord sender and the git push.
 *
 * The caller's attempt function never throws for an expected failure: it reports what happened and
 * whether another attempt could help, so each caller keeps its own wording for the final error.
 */
import { systemClock, type Clock } from './time.js';

/** What one attempt reports. `failure` is whatever the caller wants back if this turns out to be the last. */
export type AttemptResult<T, F> =
  | { ok: true; value: T }
  | {
      ok: false;
      failure: F;
      /** false: another attempt cannot help (a 404, a conflict), stop now. */
      retryable: boolean;
      /** The server's own wait (Retry-After, Discord's retry_after), in ms; replaces the backoff. */
      retryAfterMs?: number;
    };

type GaveUp =
  /** The attempt said another one cannot help. */
  | 'permanent'
  /** Every attempt failed. */
  | 'exhausted'
  /** The server asked to wait longer than `maxRetryAfterMs`: failing now beats stalling the run. */
  | 'retry-after-too-long';

type RetryOutcome<T, F> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; failure: F; attempts: number; gaveUp: GaveUp; retryAfterMs?: number };

interface RetryOptions<F> {
  /** Attempts in all, at least 1 (retries + 1). */
  attempts: number;
  /** Backoff ceiling before the n-th retry is min(maxDelayMs, baseDelayMs · 2^(n-1)). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A longer Retry-After ends the retries at once (gaveUp 'retry-after-too-long'). Default: no limit. */
  maxRetryAfterMs?: number;
  /** Where waits happen; tests pass a fake that records them. */
  clock?: Pick<Clock, 'sleep'>;
  /** Jitter source in [0, 1). */
  random?: () => number;
  /** Aborting stops before the next attempt or during a wait; the signal's reason is thrown. */
  signal?: AbortSignal;
  /** Called before each wait (for a log line); `attempt` is the one that just failed. */
  onRetry?: (info: { attempt: number; delayMs: number; failure: F; fromRetryAfter: boolean }) => void;
}

/** Full-jitter backoff (AWS architecture blog): a uniform wait in [0, ceiling) before retry number `retry` (1-based). */
export function backoffDelay(retry: number, opts: { baseDelayMs: number; maxDelayMs: number; random?: () => number }): number {
  const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor((opts.random ?? Math.random)() * ceiling);
}

/**
 * Retry-After as milliseconds from `nowMs`: delta-seconds (fractions allowed, as Discord sends them)
 * or an HTTP date (a past date is 0). Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.ceil(Number(v) * 1000);
  // An HTTP date names its month; without this, Date.parse reads "-3" as the year -3.
  const date = /[a-z]/i.test(v) ? Date.parse(v) : NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

function abortableSleep(clock: Pick<Clock, 'sleep'>, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return clock.sleep(ms);
  signal.throwIfAborted();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    clock.sleep(ms).then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

export async function retry<T, F>(
  attempt: (n: number) => Promise<AttemptResult<T, F>>,
  opts: RetryOptions<F>,
): Promise<RetryOutcome<T, F>> {
  const attempts = Math.max(1, Math.floor(opts.attempts));
  const clock = opts.clock ?? systemClock;
  for (let n = 1; ; n++) {
    opts.signal?.throwIfAborted();
    const result = await attempt(n);
    if (result.ok) return { ok: true, value: result.value, attempts: n };
    const { failure, retryAfterMs } = result;
    const ra = retryAfterMs !== undefined ? { retryAfterMs } : {};
    if (!result.retryable) return { ok: false, failure, attempts: n, gaveUp: 'permanent', ...ra };
    if (n >= attempts) return { ok: false, failure, attempts: n, gaveUp: 'exhausted', ...ra };
    if (retryAfterMs !== undefined && retryAfterMs > (opts.maxRetryAfterMs ?? Infinity)) {
      return { ok: false, failure, attempts: n, gaveUp: 'retry-after-too-long', retryAfterMs };
    }
    const delayMs = retryAfterMs ?? backoffDelay(n, opts);
    opts.onRetry?.({ attempt: n, delayMs, failure, fromRetryAfter: retryAfterMs !== undefined });
    await abortableSleep(clock, delayMs, opts.signal);
  }
}
