/**
 * A generic JSON webhook next to Discord, for other tools (Slack workflows, n8n, an incident system):
 * every finished run POSTs its summary as one JSON object. The URL is a secret (input `webhook-url`
 * or env WIKI_DAILY_WEBHOOK_URL), never the config file; it is masked in everything this returns.
 * Never throws into the run: the caller gets a warning string instead.
 */
import { errorMessage } from '../errors.js';
import { redact, registerSecret } from '../log.js';
import { parseRetryAfter, retry } from '../retry.js';
function runSummaryJson(r) {
    const failed = r.sources.filter((s) => s.outcome === 'failed');
    return {
        schema: 'wiki-daily/run-summary@1',
        command: r.command,
        status: r.status,
        ...(r.reason ? { reason: r.reason } : {}),
        date: r.date,
        startedAt: r.startedAt,
        ...(r.finishedAt ? { finishedAt: r.finishedAt } : {}),
        durationMs: r.durationMs,
        dryRun: r.dryRun,
        itemsCollected: r.itemsCollected,
        itemsAdded: r.itemsAdded,
        lanes: r.lanes,
        pages: r.pages,
        sources: { total: r.sources.length, failed: failed.map((s) => ({ id: s.id, error: s.error ?? 'failed' })) },
        cacheHitRate: r.cache.hitRate,
        ...(r.commitSha ? { commitSha: r.commitSha } : {}),
        pushed: r.pushed,
        warnings: r.warnings.length,
        errors: r.errors,
        ...(r.runUrl ? { runUrl: r.runUrl } : {}),
    };
}
/** The longest Retry-After the sender waits for: the run is over, its summary must not hold the job. */
export const WEBHOOK_MAX_RETRY_AFTER_MS = 60_000;
/**
 * POST the summary through the one retry helper: a network error, 5xx or 429 is retried (3 attempts,
 * full-jitter backoff up to 4 s, the server's Retry-After obeyed up to WEBHOOK_MAX_RETRY_AFTER_MS);
 * any other status is final. Returns a redacted warning when it could not be delivered.
 */
export async function postRunSummary(url, report, opts) {
    registerSecret(url);
    let target;
    try {
        target = new URL(url);
        if (target.protocol !== 'https:' && target.protocol !== 'http:')
            throw new Error('not http(s)');
    }
    catch {
        return 'webhook not sent: the webhook URL is not an absolute http(s) URL';
    }
    const doFetch = opts.fetchImpl ?? fetch;
    const body = JSON.stringify(redactDeep(runSummaryJson(report)));
    const outcome = await retry(async () => {
        try {
            const res = await doFetch(target, {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'user-agent': 'wiki-daily' },
                body,
                signal: AbortSignal.timeout(15_000),
            });
            if (res.ok)
                return { ok: true, value: undefined };
            const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), opts.clock.now());
            return {
                ok: false,
                failure: `HTTP ${res.status}`,
                retryable: res.status >= 500 || res.status === 429,
                ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
            };
        }
        catch (err) {
            return { ok: false, failure: errorMessage(err), retryable: true };
        }
    }, {
        attempts: opts.attempts ?? 3,
        baseDelayMs: 1000,
        maxDelayMs: 4000,
        maxRetryAfterMs: WEBHOOK_MAX_RETRY_AFTER_MS,
        clock: opts.clock,
        ...(opts.random ? { random: opts.random } : {}),
    });
    if (outcome.ok)
        return undefined;
    const why = outcome.gaveUp === 'retry-after-too-long' ? ` (the server asked to wait ${Math.ceil((outcome.retryAfterMs ?? 0) / 1000)} s)` : '';
    return redact(`webhook not sent: ${outcome.failure}${why}`);
}
function redactDeep(value) {
    return JSON.parse(redact(JSON.stringify(value)));
}
