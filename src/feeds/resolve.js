/**
 * Online resolution of opaque Google News tokens (`CBMi…` carrying `AU_yq…`), the way the public
 * decoders (googlenewsdecoder and its ports) do it, with two requests per token:
 *
 *   1. GET `/articles/<token>` (falling back to `/rss/articles/<token>?hl&gl&ceid`): the element
 *      `c-wiz > div[jscontroller]` carries `data-n-a-sg` (signature) and `data-n-a-ts` (timestamp);
 *   2. POST `/_/DotsSplashUi/data/batchexecute` with `f.req` = a `garturlreq` envelope; the answer is
 *      `)]}'`, a blank line, then JSON whose result row holds `["garturlres","<publisher URL>",1]`.
 *
 * Politeness comes first, because Google answers 429 quickly:
 * - at most `maxInFlight` (≤ 2) requests in flight: p-limit runs that many tokens at once, each doing
 *   its two requests one after the other;
 * - each slot starts a token no sooner than `minIntervalMs` after its previous one;
 * - 429/503 pause every slot for Retry-After (or a full-jitter backoff), up to `retries` times per
 *   request (src/retry.ts); a Retry-After longer than `maxRetryAfterMs` stops resolution for this run;
 * - at most `maxPerRun` tokens per run; the rest wait for the next run;
 * - an interstitial page (no signature) means "not resolvable now": resolution stops for this run
 *   instead of looping on it.
 *
 * Plain undici requests, not the Fetcher: the second request is a POST, neither answer may be cached,
 * and the politeness rules here are per service, not per host.
 */
import { parse as parseHtml } from 'node-html-parser';
import pLimit from 'p-limit';
import { request } from 'undici';
import { errorMessage } from '../errors.js';
import { parseRetryAfter, retry } from '../retry.js';
export const BATCHEXECUTE_PATH = '/_/DotsSplashUi/data/batchexecute';
const MAX_ANSWER_BYTES = 2 * 1024 * 1024;
/** A failure that ends resolution for this run (the remaining tokens wait for the next one). */
class StopResolving extends Error {
}
/** Signature and timestamp from the article page; undefined for an interstitial or an unknown page. */
export function pageParams(html) {
    const el = parseHtml(html).querySelector('c-wiz > div[jscontroller]');
    let signature = el?.getAttribute('data-n-a-sg');
    let ts = el?.getAttribute('data-n-a-ts');
    // The decoders' fallback when the element moved: the attributes anywhere in the page.
    signature ??= /data-n-a-sg="([^"]+)"/.exec(html)?.[1];
    ts ??= /data-n-a-ts="([^"]+)"/.exec(html)?.[1];
    const timestamp = Number(ts);
    return signature && ts && Number.isFinite(timestamp) ? { signature, timestamp } : undefined;
}
/** The `f.req` form value for one token (see the module comment). */
export function batchRequestBody(token, timestamp, signature) {
    const inner = JSON.stringify([
        'garturlreq',
        [['X', 'X', ['X', 'X'], null, null, 1, 1, 'US:en', null, 1, null, null, null, null, null, 0, 1], 'X', 'X', 1, [1, 1, 1], 1, 1, null, 0, 0, null, 0],
        token,
        timestamp,
        signature,
    ]);
    return `f.req=${encodeURIComponent(JSON.stringify([[['Fbv4je', inner, null, 'generic']]]))}`;
}
/** The publisher URL in a batchexecute answer; throws naming what was wrong. */
export function parseBatchAnswer(text) {
    if (!text.startsWith(")]}'"))
        throw new Error('batchexecute answer does not start with )]}\'');
    // `)]}'`, a blank line, the JSON rows; anything after a further blank line is not ours.
    const json = text.slice(4).trimStart().split('\n\n')[0];
    let rows;
    try {
        rows = JSON.parse(json);
    }
    catch {
        throw new Error(`batchexecute answer is not JSON after )]}': ${JSON.stringify(json.slice(0, 60))}`);
    }
    if (!Array.isArray(rows))
        throw new Error('batchexecute answer is not a JSON array');
    for (const row of rows) {
        if (!Array.isArray(row) || row[0] !== 'wrb.fr' || typeof row[2] !== 'string')
            continue;
        const inner = JSON.parse(row[2]);
        if (Array.isArray(inner) && inner[0] === 'garturlres' && typeof inner[1] === 'string') {
            const url = new URL(inner[1]);
            if (url.protocol !== 'http:' && url.protocol !== 'https:')
                throw new Error(`not an http(s) URL: ${inner[1].slice(0, 100)}`);
            return url.href;
        }
    }
    throw new Error('batchexecute answer holds no garturlres row');
}
export class GoogleNewsResolver {
    opts;
    stats = { requests: 0, resolved: 0, failed: 0, deferred: 0 };
    base;
    /** Every slot waits until then (a 429/503 pauses the service, not one request). */
    pausedUntil = 0;
    /** The article path that answered last time: once `/articles/` has redirected, go straight to the RSS form. */
    articlePathFirst = 'articles';
    stopReason;
    constructor(opts) {
        this.opts = opts;
        this.base = opts.baseUrl.replace(/\/+$/, '');
    }
    /** Resolve up to `maxPerRun` tokens; the outcome list has one entry per token tried, in request order. */
    async resolveAll(requests) {
        const { settings } = this.opts;
        const todo = requests.slice(0, settings.maxPerRun);
        this.stats.deferred += requests.length - todo.length;
        // p-limit keeps at most maxInFlight tokens going (each does its two requests one after the other).
        // `slotFree` holds maxInFlight start times: a token takes the earliest, waits for it and leaves
        // its own start + minIntervalMs, so no window of minIntervalMs sees more than maxInFlight starts.
        const limit = pLimit(Math.max(1, settings.maxInFlight));
        const slotFree = Array.from({ length: Math.max(1, settings.maxInFlight) }, () => -Infinity);
        const takeSlot = () => {
            let i = 0;
            for (let j = 1; j < slotFree.length; j++)
                if (slotFree[j] < slotFree[i])
                    i = j;
            return i;
        };
        const one = async (req) => {
            if (this.stopReason !== undefined) {
                this.stats.deferred++;
                return undefined;
            }
            const slot = takeSlot();
            const notBefore = slotFree[slot];
            // Claimed before the wait, so a token starting meanwhile takes another slot.
            slotFree[slot] = Infinity;
            if (notBefore > -Infinity)
                await this.sleepUntil(notBefore);
            slotFree[slot] = this.opts.clock.now() + settings.minIntervalMs;
            if (this.stopReason !== undefined) {
                this.stats.deferred++;
                return undefined;
            }
            try {
                const url = await this.resolveOne(req);
                this.stats.resolved++;
                return { token: req.token, url };
            }
            catch (err) {
                if (err instanceof StopResolving) {
                    this.stopReason ??= err.message;
                    this.stats.deferred++;
                    return undefined;
                }
                this.stats.failed++;
                return { token: req.token, error: errorMessage(err) };
            }
        };
        const outcomes = await Promise.all(todo.map((req) => limit(() => one(req))));
        if (this.stopReason !== undefined)
            this.stats.stopped = this.stopReason;
        return outcomes.filter((o) => o !== undefined);
    }
    async sleepUntil(at) {
        const wait = at - this.opts.clock.now();
        if (wait > 0)
            await this.opts.clock.sleep(wait);
    }
    async resolveOne(req) {
        const params = await this.articleParams(req);
        const answer = await this.send('POST', `${this.base}${BATCHEXECUTE_PATH}`, batchRequestBody(req.token, params.timestamp, params.signature));
        if (answer.status !== 200)
            throw new Error(`batchexecute answered HTTP ${answer.status}`);
        return parseBatchAnswer(answer.text);
    }
    async articleParams(req) {
        const locale = req.locale ? `?${req.locale}` : '';
        const paths = this.articlePathFirst === 'articles' ? ['articles', 'rss/articles'] : ['rss/articles'];
        let last = '';
        for (const p of paths) {
            const answer = await this.send('GET', `${this.base}/${p}/${req.token}${p === 'rss/articles' ? locale : ''}`);
            if (answer.status === 200) {
                const params = pageParams(answer.text);
                if (params) {
                    this.articlePathFirst = p;
                    return params;
                }
                last = `/${p}/ answered a page without the signature (an interstitial?)`;
            }
            else if (answer.status === 404) {
                throw new Error(`/${p}/ answered HTTP 404 (unknown token)`);
            }
            else {
                last = `/${p}/ answered HTTP ${answer.status}`;
            }
        }
        // Neither form gave the signature: Google serves us something else now. Never loop on it.
        throw new StopResolving(`Google News is not resolvable now: ${last}`);
    }
    /**
     * One request through the one retry helper: 429/503 are retried up to `retries` times, waiting for
     * Retry-After (or a full-jitter backoff); the wait pauses every slot (`pausedUntil`), since Google
     * limits the service, not one request. Too many in a row, or a Retry-After above maxRetryAfterMs,
     * stops resolution for this run.
     */
    async send(method, url, body) {
        const { settings, clock } = this.opts;
        const outcome = await retry(async () => {
            await this.sleepUntil(this.pausedUntil);
            if (this.stopReason !== undefined)
                throw new StopResolving(this.stopReason);
            const answer = await this.once(method, url, body);
            if (answer.status !== 429 && answer.status !== 503)
                return { ok: true, value: answer };
            return { ok: false, failure: answer, retryable: true, ...(answer.retryAfterMs !== undefined ? { retryAfterMs: answer.retryAfterMs } : {}) };
        }, {
            attempts: settings.retries + 1,
            baseDelayMs: this.opts.backoffBaseMs,
            maxDelayMs: this.opts.backoffMaxMs,
            maxRetryAfterMs: this.opts.maxRetryAfterMs,
            clock,
            onRetry: ({ delayMs }) => {
                this.pausedUntil = Math.max(this.pausedUntil, clock.now() + delayMs);
            },
        });
        if (outcome.ok)
            return outcome.value;
        if (outcome.gaveUp === 'retry-after-too-long')
            throw new StopResolving(`Google News asked to wait ${Math.round((outcome.retryAfterMs ?? 0) / 1000)} s (Retry-After)`);
        throw new StopResolving(`Google News answered HTTP ${outcome.failure.status} ${outcome.attempts} times in a row`);
    }
    async once(method, url, body) {
        this.stats.requests++;
        const headers = { 'user-agent': this.opts.userAgent, accept: '*/*' };
        if (body !== undefined)
            headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
        try {
            const res = await request(url, { method, headers, ...(body !== undefined ? { body } : {}), signal: AbortSignal.timeout(this.opts.timeoutMs) });
            const chunks = [];
            let size = 0;
            for await (const chunk of res.body) {
                size += chunk.byteLength;
                if (size > MAX_ANSWER_BYTES) {
                    res.body.destroy();
                    throw new Error(`answer larger than ${MAX_ANSWER_BYTES} bytes`);
                }
                chunks.push(chunk);
            }
            const retryAfter = res.headers['retry-after'];
            const retryAfterMs = parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, this.opts.clock.now());
            return { status: res.statusCode, text: Buffer.concat(chunks).toString('utf8'), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
        }
        catch (err) {
            // Unreachable or hanging: every other token would fail the same way, so stop for this run.
            throw new StopResolving(`Google News unreachable: ${method} ${new URL(url).pathname.slice(0, 60)}: ${errorMessage(err)}`);
        }
    }
}
