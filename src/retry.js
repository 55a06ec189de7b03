/**
 * The one retry loop: a fixed number of attempts, exponential backoff with full jitter, Retry-After
 * obeyed up to a limit, and every wait taken on an injectable clock (tests never sleep) that an
 * AbortSignal can cut short. Used by the HTTP fetcher, the Discord sender and the git push.
 *
 * The caller's attempt function never throws for an expected failure: it reports what happened and
 * whether another attempt could help, so each caller keeps its own wording for the final error.
 */
import { systemClock } from './time.js';
/** Full-jitter backoff (AWS architecture blog): a uniform wait in [0, ceiling) before retry number `retry` (1-based). */
export function backoffDelay(retry, opts) {
    const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.floor((opts.random ?? Math.random)() * ceiling);
}
/**
 * Retry-After as milliseconds from `nowMs`: delta-seconds (fractions allowed, as Discord sends them)
 * or an HTTP date (a past date is 0). Undefined when absent or unreadable.
 */
export function parseRetryAfter(value, nowMs) {
    if (value === undefined || value === null)
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.ceil(Number(v) * 1000);
    // An HTTP date names its month; without this, Date.parse reads "-3" as the year -3.
    const date = /[a-z]/i.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
function abortableSleep(clock, ms, signal) {
    if (!signal)
        return clock.sleep(ms);
    signal.throwIfAborted();
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        clock.sleep(ms).then(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, (err) => {
            signal.removeEventListener('abort', onAbort);
            reject(err);
        });
    });
}
export async function retry(attempt, opts) {
    const attempts = Math.max(1, Math.floor(opts.attempts));
    const clock = opts.clock ?? systemClock;
    for (let n = 1;; n++) {
        opts.signal?.throwIfAborted();
        const result = await attempt(n);
        if (result.ok)
            return { ok: true, value: result.value, attempts: n };
        const { failure, retryAfterMs } = result;
        const ra = retryAfterMs !== undefined ? { retryAfterMs } : {};
        if (!result.retryable)
            return { ok: false, failure, attempts: n, gaveUp: 'permanent', ...ra };
        if (n >= attempts)
            return { ok: false, failure, attempts: n, gaveUp: 'exhausted', ...ra };
        if (retryAfterMs !== undefined && retryAfterMs > (opts.maxRetryAfterMs ?? Infinity)) {
            return { ok: false, failure, attempts: n, gaveUp: 'retry-after-too-long', retryAfterMs };
        }
        const delayMs = retryAfterMs ?? backoffDelay(n, opts);
        opts.onRetry?.({ attempt: n, delayMs, failure, fromRetryAfter: retryAfterMs !== undefined });
        await abortableSleep(clock, delayMs, opts.signal);
    }
}
