export const id = 349;
export const ids = [349];
export const modules = {

/***/ 91457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   P6: () => (/* binding */ detectAnomalies),
/* harmony export */   hK: () => (/* binding */ medianAbsoluteDeviation)
/* harmony export */ });
/* unused harmony exports Z_CAP, robustZ */
/**
 * |z| never exceeds this. A history with no spread at all (every run identical) makes any change
 * infinitely surprising; a finite cap keeps reports JSON-serialisable (Infinity becomes null) and
 * still far above any sensible threshold.
 */
const Z_CAP = 1000;
/** Fewer runs than this say nothing about what is normal. */
const MIN_HISTORY = 5;
/** Runs looked back on. */
const HISTORY_WINDOW = 30;
function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/** Median absolute deviation from the median (unscaled). */
function medianAbsoluteDeviation(values, center = median(values)) {
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
function robustZ(value, history) {
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
function detectAnomalies(current, history, threshold) {
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


/***/ }),

/***/ 16796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vk: () => (/* binding */ notifyRun)
/* harmony export */ });
/* unused harmony exports COLORS, EMBED_LIMITS, MAX_QUEUE, fitEmbed, buildEmbed */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62072);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25625);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49809);
/* harmony import */ var _state_schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27271);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29834);
/**
 * Discord alerts for finished runs.
 *
 * The old system's alerts never arrived for a month (the webhook was the literal text
 * "${DISCORD_WEBHOOK_URL}") and its webhook URL ended up in git history. So here: the URL comes only
 * from options, is registered as a secret at once and scrubbed from every log line, error and
 * result; an invalid URL is reported loudly instead of silently doing nothing; a message that cannot
 * be delivered is queued (payload only, never the URL) and retried first on the next run; and
 * nothing in here ever throws into the run.
 */







const COLORS = { success: 0x2ecc71, partial: 0xf1c40f, failed: 0xe74c3c, other: 0x95a5a6 };
/** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
const EMBED_LIMITS = {
    title: 256,
    description: 4096,
    fieldName: 256,
    fieldValue: 1024,
    fields: 25,
    footer: 2048,
    total: 6000,
};
/** Failing sources listed one field each; the rest are summarised in one more field. */
const MAX_FAILING_SOURCES = 10;
/** Undelivered messages kept; older ones are dropped first. */
const MAX_QUEUE = 50;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30_000;
/** A rate limit longer than this is not waited out: the message is queued for the next run. */
const MAX_RETRY_AFTER_MS = 60_000;
const REQUEST_TIMEOUT_MS = 15_000;
const PRODUCT = 'goyoonjung-wiki daily';
// ---------------------------------------------------------------------------------------------
// Embeds (pure)
/** Cut to `max` UTF-16 units with an ellipsis, never splitting a surrogate pair. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 1)
        return max === 1 ? '…' : '';
    let cut = max - 1;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return `${text.slice(0, cut)}…`;
}
function embedLength(e) {
    return (e.title.length +
        (e.description?.length ?? 0) +
        (e.footer?.text.length ?? 0) +
        e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0));
}
/**
 * Enforce every per-part limit, then the 6000-character total by shortening the longest text first
 * (description or a field value, keeping at least a stub of each) and finally dropping trailing fields.
 */
function fitEmbed(embed) {
    const e = {
        ...embed,
        title: truncate(embed.title, EMBED_LIMITS.title),
        fields: embed.fields.slice(0, EMBED_LIMITS.fields).map((f) => ({
            ...f,
            name: truncate(f.name || '\u200b', EMBED_LIMITS.fieldName),
            value: truncate(f.value || '\u200b', EMBED_LIMITS.fieldValue),
        })),
    };
    if (embed.description !== undefined)
        e.description = truncate(embed.description, EMBED_LIMITS.description);
    if (embed.footer)
        e.footer = { text: truncate(embed.footer.text, EMBED_LIMITS.footer) };
    const STUB = 40;
    let excess = embedLength(e) - EMBED_LIMITS.total;
    while (excess > 0) {
        let longest;
        if (e.description !== undefined && e.description.length > STUB) {
            const d = e.description;
            longest = { len: d.length, shrink: (to) => (e.description = truncate(d, to)) };
        }
        for (const f of e.fields) {
            if (f.value.length > STUB && (!longest || f.value.length > longest.len)) {
                const v = f.value;
                longest = { len: v.length, shrink: (to) => (f.value = truncate(v, to)) };
            }
        }
        if (longest)
            longest.shrink(Math.max(STUB, longest.len - excess));
        else if (e.fields.length > 0)
            e.fields.pop();
        else
            e.title = truncate(e.title, Math.max(1, e.title.length - excess));
        excess = embedLength(e) - EMBED_LIMITS.total;
    }
    return e;
}
function colorFor(status) {
    if (status === 'success')
        return COLORS.success;
    if (status === 'partial')
        return COLORS.partial;
    if (status === 'failed')
        return COLORS.failed;
    return COLORS.other;
}
function commonFields(r) {
    const failedSources = r.sources.filter((s) => s.outcome === 'failed').length;
    const changed = `${r.changedFiles.length}${r.committed && r.commitSha ? ` (commit ${r.commitSha.slice(0, 7)})` : ''}`;
    return [
        { name: 'Items added', value: `${r.itemsAdded} (of ${r.itemsCollected} collected)`, inline: true },
        { name: 'Sources ok / failed', value: `${r.sources.length - failedSources} / ${failedSources}`, inline: true },
        { name: 'Changed files', value: changed, inline: true },
    ];
}
function footerFor(r) {
    const secs = Math.round(r.durationMs / 100) / 10;
    return { text: `${r.command} · ${secs} s${r.dryRun ? ' · dry run' : ''}` };
}
/** The message for one run: colour by status, counts, failing sources and step, link to the run. */
function buildEmbed(report) {
    const fields = commonFields(report);
    const failingSteps = report.stages.filter((s) => !s.ok);
    if (failingSteps.length) {
        fields.push({
            name: 'Failing step',
            value: failingSteps.map((s) => `${s.stage}: ${s.error ?? 'failed'}`).join('\n'),
        });
    }
    const failing = report.sources.filter((s) => s.outcome === 'failed');
    for (const s of failing.slice(0, MAX_FAILING_SOURCES)) {
        const why = s.error ?? (s.httpStatus !== undefined ? `HTTP ${s.httpStatus}` : 'failed');
        fields.push({ name: `Failing source: ${s.id}`, value: why });
    }
    if (failing.length > MAX_FAILING_SOURCES) {
        const rest = failing.slice(MAX_FAILING_SOURCES);
        fields.push({ name: `…and ${rest.length} more failing sources`, value: rest.map((s) => s.id).join(', ') });
    }
    if (report.runUrl)
        fields.push({ name: 'Run', value: `[workflow run](${report.runUrl})` });
    const descriptionParts = [];
    if (report.reason)
        descriptionParts.push(report.reason);
    if (report.errors.length) {
        const shown = report.errors.slice(0, 10).map((e) => `• ${e}`);
        if (report.errors.length > 10)
            shown.push(`• …and ${report.errors.length - 10} more`);
        descriptionParts.push(shown.join('\n'));
    }
    const embed = {
        title: `${PRODUCT} — ${report.status} (${report.date})`,
        color: colorFor(report.status),
        fields,
        footer: footerFor(report),
    };
    if (descriptionParts.length)
        embed.description = descriptionParts.join('\n\n');
    if (report.runUrl)
        embed.url = report.runUrl;
    const ts = report.finishedAt ?? report.startedAt;
    if (ts)
        embed.timestamp = ts;
    return fitEmbed(embed);
}
/** The one message after failures: green, says recovered and how many failing runs preceded it. */
function buildRecoveredEmbed(report, failingRuns) {
    const fields = commonFields(report);
    if (report.runUrl)
        fields.push({ name: 'Run', value: `[workflow run](${report.runUrl})` });
    const embed = {
        title: `${PRODUCT} — recovered (${report.date})`,
        description: `This run succeeded after ${failingRuns} failing or partial run${failingRuns === 1 ? '' : 's'}.`,
        color: COLORS.success,
        fields,
        footer: footerFor(report),
    };
    if (report.runUrl)
        embed.url = report.runUrl;
    const ts = report.finishedAt ?? report.startedAt;
    if (ts)
        embed.timestamp = ts;
    return fitEmbed(embed);
}
/**
 * Same failure = same command, status and reason, and the same set of failing sources (not their
 * error texts, which vary with timings and attempts).
 */
function failureKey(report) {
    const ids = report.sources
        .filter((s) => s.outcome === 'failed')
        .map((s) => s.id)
        .sort();
    const fingerprint = `${report.command}\n${report.status}\n${report.reason ?? ''}\n${ids.join(',')}`;
    return `${report.status}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(fingerprint).digest('hex').slice(0, 16)}`;
}
function emptyState() {
    return { version: 1, alertedAt: {}, unresolved: 0 };
}
/** A state file's text; a file that cannot be read at all (permissions, a folder in its place) is an error. */
async function readText(file, what) {
    try {
        return await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__/* .readIfExists */ .OR)(file);
    }
    catch (err) {
        throw new Error(`cannot read the Discord ${what} ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
async function readState(file, logger) {
    const text = await readText(file, 'state');
    if (text === undefined)
        return emptyState();
    const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .discordStateSchema */ .VZ, text);
    if (!parsed.ok) {
        logger.warn(`discord: ${(0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .corruptStateMessage */ .gs)(file, 'Discord state', parsed.problem, 'starting a new state (throttling and recovery notices start over)')}`);
        return emptyState();
    }
    return { version: 1, ...parsed.value };
}
async function readQueue(file, logger) {
    const text = await readText(file, 'queue');
    if (text === undefined)
        return [];
    const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .discordQueueSchema */ .ti, text);
    if (!parsed.ok) {
        logger.warn(`discord: ${(0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .corruptStateMessage */ .gs)(file, 'Discord queue', parsed.problem, 'starting a new queue (its messages are lost)')}`);
        return [];
    }
    const out = [];
    parsed.value.forEach((m, i) => {
        const entry = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .checkState */ .We)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .discordQueuedMessageSchema */ .AK, m);
        if (entry.ok)
            out.push(entry.value);
        else
            logger.warn(`discord: ${(0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .corruptStateMessage */ .gs)(`${file}: entry ${i}`, 'queued message', entry.problem, 'dropped')}`);
    });
    return out;
}
function describeFetchError(err) {
    const msg = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err);
    const cause = err instanceof Error ? err.cause : undefined;
    if (!cause)
        return msg;
    const detail = cause.code ?? cause.message;
    return detail && !msg.includes(detail) ? `${msg} (${detail})` : msg;
}
/** Discord's JSON body `retry_after` (seconds, may be fractional), else the Retry-After header. */
function retryAfterMs(body, header, nowMs) {
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed.retry_after === 'number' && parsed.retry_after >= 0)
            return Math.ceil(parsed.retry_after * 1000);
    }
    catch {
        // not JSON: fall back to the header
    }
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRetryAfter */ .mu)(header, nowMs);
}
async function deliver(payload, ctx) {
    const body = JSON.stringify(payload);
    const attempt = async () => {
        const again = (error, retryAfter) => ({
            ok: false,
            failure: { ok: false, keep: true, error },
            retryable: true,
            ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}),
        });
        const stop = (keep, error) => ({ ok: false, failure: { ok: false, keep, error }, retryable: false });
        let res;
        let text;
        try {
            res = await ctx.fetchImpl(ctx.url, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body,
                signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
            });
            text = await res.text().catch(() => '');
        }
        catch (err) {
            return again(`network error: ${describeFetchError(err)}`);
        }
        if (res.ok)
            return { ok: true, value: { ok: true } };
        const detail = text ? `: ${truncate(text.replace(/\s+/g, ' '), 200)}` : '';
        if (res.status === 429) {
            const ra = retryAfterMs(text, res.headers.get('retry-after'), ctx.clock.now());
            return again(`rate limited (HTTP 429${ra !== undefined ? `, retry after ${ra} ms` : ''})`, ra);
        }
        if (res.status === 401 || res.status === 403 || res.status === 404) {
            // The webhook itself is wrong or deleted: retrying now is pointless, but the message is fine
            // once the webhook is fixed.
            return stop(true, `webhook rejected the message (HTTP ${res.status})${detail}`);
        }
        if (res.status >= 400 && res.status < 500 && res.status !== 408) {
            return stop(false, `Discord refused the message (HTTP ${res.status})${detail}`);
        }
        return again(`HTTP ${res.status}${detail}`);
    };
    const outcome = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L5)(attempt, {
        attempts: ctx.retries + 1,
        baseDelayMs: BACKOFF_BASE_MS,
        maxDelayMs: BACKOFF_MAX_MS,
        maxRetryAfterMs: MAX_RETRY_AFTER_MS,
        clock: ctx.clock,
        random: ctx.random,
    });
    if (outcome.ok)
        return outcome.value;
    const { failure } = outcome;
    // Only running out of attempts says how many there were; a refusal or a long rate limit is one answer.
    const error = outcome.gaveUp === 'exhausted' ? `${failure.error} after ${outcome.attempts} attempt(s)` : failure.error;
    return { ...failure, error: ctx.scrub(error) };
}
// ---------------------------------------------------------------------------------------------
// notifyRun
function secretParts(url) {
    const parts = [url];
    try {
        const u = new URL(url);
        parts.push(u.href);
        const segments = u.pathname.split('/').filter(Boolean);
        const token = segments.at(-1);
        // The token is the last path segment of /api/webhooks/<id>/<token>.
        if (token && token.length >= 8) {
            parts.push(token);
            parts.push(decodeURIComponent(token));
        }
    }
    catch {
        // not a URL: the whole string is the secret
    }
    return [...new Set(parts)].filter((p) => p.length >= 4);
}
function isHttpUrl(url) {
    try {
        const u = new URL(url);
        return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
    }
    catch {
        return false;
    }
}
function scrubDeep(value, scrub) {
    if (typeof value === 'string')
        return scrub(value);
    if (Array.isArray(value))
        return value.map((v) => scrubDeep(v, scrub));
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = scrubDeep(v, scrub);
        return out;
    }
    return value;
}
function decide(report, state, settings, now, throttleKey) {
    const wrap = (embed) => ({
        username: settings.username,
        embeds: [embed],
        allowed_mentions: { parse: [] },
    });
    if (report.status === 'failed' || report.status === 'partial') {
        const key = throttleKey ? `key:${throttleKey}` : failureKey(report);
        const last = state.alertedAt[key];
        if (last !== undefined && now - Date.parse(last) < settings.throttleMinutes * 60_000) {
            return { kind: 'throttled', key, since: last };
        }
        return { kind: 'failure', key, payload: wrap(buildEmbed(report)) };
    }
    if (report.status === 'success') {
        if (state.unresolved > 0)
            return { kind: 'recovered', payload: wrap(buildRecoveredEmbed(report, state.unresolved)) };
        if (!settings.notifySuccess)
            return { kind: 'none', skipped: 'success notifications are off' };
        return { kind: 'success', payload: wrap(buildEmbed(report)) };
    }
    return { kind: 'none', skipped: `no message for a ${report.status} run` };
}
/**
 * Flush the queue, then send (or throttle, or queue) the message for this run. Never throws.
 */
async function notifyRun(report, opts) {
    const { logger, settings } = opts;
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_6__/* .systemClock */ .ml;
    const url = opts.webhookUrl?.trim() ?? '';
    const secrets = url ? secretParts(url) : [];
    for (const s of secrets)
        (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(s);
    const scrub = (text) => {
        let out = text;
        for (const s of secrets)
            out = out.split(s).join('***');
        return (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(out);
    };
    const result = { sent: 0, queued: 0, throttled: false };
    const errors = [];
    let dropped = 0;
    const problem = (msg) => {
        const clean = scrub(msg);
        errors.push(clean);
        logger.warn(`discord: ${clean}`);
    };
    const finish = () => {
        if (dropped > 0)
            result.dropped = dropped;
        if (errors.length)
            result.error = errors.join('; ');
        return result;
    };
    try {
        if (!url) {
            logger.info('discord: no webhook configured; no alert sent');
            result.skipped = 'no webhook configured';
            return finish();
        }
        if (!isHttpUrl(url)) {
            // The exact failure of the old system: an unexpanded "${DISCORD_WEBHOOK_URL}" went unnoticed for a month.
            const msg = 'the configured webhook URL is not an absolute http(s) URL (is the secret expanded?); no alert can be sent';
            errors.push(msg);
            logger.error(`discord: ${msg}`);
            result.skipped = 'invalid webhook URL';
            return finish();
        }
        const ctx = {
            url,
            retries: settings.retries,
            clock,
            random: opts.random ?? Math.random,
            fetchImpl: opts.fetchImpl ?? fetch,
            scrub,
        };
        const { discordQueue, discordState } = opts.statePaths;
        // 1. Older undelivered messages go first, so the channel reads in order.
        const queue = await readQueue(discordQueue, logger);
        const queuedBefore = queue.length;
        let queueBlocked = false;
        while (queue.length > 0) {
            const d = await deliver(queue[0].payload, ctx);
            if (d.ok) {
                queue.shift();
                result.sent++;
            }
            else if (!d.keep) {
                queue.shift();
                dropped++;
                problem(`dropped a queued message: ${d.error}`);
            }
            else {
                queueBlocked = true;
                problem(`queued messages still undeliverable: ${d.error}`);
                break;
            }
        }
        if (queuedBefore > 0 && result.sent > 0)
            logger.info(`discord: delivered ${result.sent} queued message(s)`);
        // 2. This run's message, if any.
        const state = await readState(discordState, logger);
        const now = clock.now();
        const decision = decide(report, state, settings, now, opts.throttleKey);
        if (report.status === 'failed' || report.status === 'partial')
            state.unresolved++;
        if (decision.kind === 'none') {
            result.skipped = decision.skipped;
            logger.debug(`discord: ${decision.skipped}`);
        }
        else if (decision.kind === 'throttled') {
            result.throttled = true;
            logger.info(`discord: the same ${report.status} was alerted at ${decision.since}; not repeated within ${settings.throttleMinutes} min`);
        }
        else {
            // Scrub the payload too: a report's error text could quote the webhook.
            const payload = scrubDeep(decision.payload, scrub);
            let outcome;
            if (queueBlocked) {
                outcome = 'queued';
                logger.warn(`discord: the ${decision.kind} message for ${report.date} waits in the queue behind older ones`);
            }
            else {
                const d = await deliver(payload, ctx);
                if (d.ok)
                    outcome = 'sent';
                else if (d.keep) {
                    outcome = 'queued';
                    problem(`message not delivered, queued for the next run: ${d.error}`);
                }
                else {
                    outcome = 'dropped';
                    dropped++;
                    problem(`message dropped: ${d.error}`);
                }
            }
            if (outcome === 'sent') {
                result.sent++;
                logger.info(`discord: sent the ${decision.kind} message for ${report.date}`);
            }
            else if (outcome === 'queued') {
                queue.push({ queuedAt: new Date(now).toISOString(), payload });
                result.queued++;
            }
            if (decision.kind === 'failure')
                state.alertedAt[decision.key] = new Date(now).toISOString();
            if (decision.kind === 'recovered' && outcome !== 'dropped') {
                state.unresolved = 0;
                state.alertedAt = {};
            }
        }
        if (queue.length > MAX_QUEUE) {
            const excess = queue.length - MAX_QUEUE;
            queue.splice(0, excess);
            dropped += excess;
            problem(`queue full: dropped the ${excess} oldest undelivered message(s)`);
        }
        if (queue.length !== queuedBefore || result.sent > 0 || dropped > 0 || result.queued > 0) {
            await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__.writeFileAtomic)(discordQueue, `${JSON.stringify(queue, null, 2)}\n`);
        }
        // Throttle memory only needs keys still inside the window.
        const windowMs = settings.throttleMinutes * 60_000;
        for (const [k, at] of Object.entries(state.alertedAt)) {
            if (!(now - Date.parse(at) < windowMs))
                delete state.alertedAt[k];
        }
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_2__.writeFileAtomic)(discordState, `${JSON.stringify(state, null, 2)}\n`);
    }
    catch (err) {
        const msg = scrub(`alerting failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
        errors.push(msg);
        logger.error(`discord: ${msg}`);
    }
    return finish();
}


/***/ }),

/***/ 99117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   If: () => (/* binding */ runsFromDayLogs),
/* harmony export */   cv: () => (/* binding */ gatherHealth),
/* harmony export */   mf: () => (/* binding */ runnerView)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62072);
/* harmony import */ var _git_repo_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14134);
/* harmony import */ var _anomaly_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(91457);
/* harmony import */ var _backup_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40334);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32584);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30016);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(11233);
/* harmony import */ var _pages_daylog_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31382);
/* harmony import */ var _pages_plan_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4816);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2462);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(29834);
/**
 * Health readings gathered from the machine, git, locks, backups, the run history and the committed day
 * logs. Shared by `wiki-daily health | status | monitor` and by the run (the system status page).
 *
 * The run history in the state folder can be lost (a new machine, an evicted cache), so the day logs
 * committed in the repository are read too: "last success" is judged on the repository state.
 */














async function dirBytes(dir) {
    let total = 0;
    for (const f of await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .listFiles */ .CS)(dir, ''))
        total += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f))).size;
    return total;
}
/** Day logs of the last few days as run records (status and the time of their last history line). */
async function runsFromDayLogs(root, config, now, days = 14) {
    const out = [];
    for (let i = days - 1; i >= 0; i--) {
        const date = (0,_time_js__WEBPACK_IMPORTED_MODULE_12__/* .localDate */ .gD)(now - i * 86_400_000, config.timezone);
        const rel = (0,_pages_plan_js__WEBPACK_IMPORTED_MODULE_10__/* .dayLogPathFor */ .Vw)(config, date);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel), 'utf8');
        }
        catch {
            continue;
        }
        const log = (0,_pages_daylog_js__WEBPACK_IMPORTED_MODULE_9__/* .parseDayLog */ .Go)(text, rel, config.timezone);
        if (!log.status)
            continue;
        const [y, m, d] = date.split('-').map(Number);
        const finishedAt = log.lastRunAt ?? (0,_time_js__WEBPACK_IMPORTED_MODULE_12__/* .zonedToUtc */ .Cv)(y, m, d, 23, 59, 0, config.timezone).toISOString();
        out.push({
            command: 'run',
            status: log.status,
            ...(log.reason ? { reason: log.reason } : {}),
            startedAt: finishedAt,
            finishedAt,
            durationMs: 0,
            date,
            itemsCollected: 0,
            itemsAdded: 0,
            sourcesOk: 0,
            sourcesFailed: 0,
            cacheHitRate: 0,
            committed: true,
        });
    }
    return out;
}
const MACHINE_CHECKS = new Set(['cpu', 'memory', 'disk', 'processes']);
/**
 * On Actions the machine is a fresh runner, not where the wiki lives: its CPU, memory and disk say
 * nothing about the daily update, so they are shown but can at most warn (the watchdog must fail for
 * the wiki's reasons — no success for 36 h, a failed day log — never for a busy runner).
 */
function runnerView(h) {
    const checks = h.checks.map((c) => MACHINE_CHECKS.has(c.name) && c.level === 'critical' ? { ...c, level: 'warn', reason: `${c.reason} (runner machine: informational)` } : c);
    return { level: (0,_health_js__WEBPACK_IMPORTED_MODULE_6__/* .worstLevel */ .cY)(checks.map((c) => c.level)), checks };
}
async function gatherHealth(settings, config, deps) {
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_11__/* .statePaths */ .V)(settings.stateDir);
    const now = deps.clock.now();
    const today = (0,_time_js__WEBPACK_IMPORTED_MODULE_12__/* .localDate */ .gD)(now, config.timezone);
    const readings = await (0,_health_js__WEBPACK_IMPORTED_MODULE_6__/* .readSystem */ .me)(settings.root);
    const stateRuns = (await (0,_history_js__WEBPACK_IMPORTED_MODULE_7__/* .readRuns */ .xx)(state.runsFile, 1000, deps.logger)).filter((r) => r.command === 'run');
    const logRuns = await runsFromDayLogs(settings.root, config, now);
    const runs = [...stateRuns, ...logRuns.filter((l) => !stateRuns.some((r) => r.date === l.date && r.status === l.status))].sort((a, b) => (a.finishedAt < b.finishedAt ? -1 : a.finishedAt > b.finishedAt ? 1 : 0));
    const todayRel = (0,_pages_plan_js__WEBPACK_IMPORTED_MODULE_10__/* .dayLogPathFor */ .Vw)(config, today);
    let todayLog;
    try {
        const parsed = (0,_pages_daylog_js__WEBPACK_IMPORTED_MODULE_9__/* .parseDayLog */ .Go)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(settings.root, todayRel), 'utf8'), todayRel, config.timezone);
        if (parsed.status)
            todayLog = { date: today, status: parsed.status };
    }
    catch {
        todayLog = undefined;
    }
    let git;
    try {
        const repo = (0,_git_repo_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepo */ .B)(settings.root, deps.logger);
        if (await repo.isRepo()) {
            const own = [config.pages.newsDir + '/', config.pages.seenFile, config.pages.dailyReportPage, config.pages.systemStatusPage, config.pages.indexPage];
            const stateRel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(settings.root, state.root);
            const dirty = (await repo.dirtyFiles()).filter((f) => !own.some((o) => f === o || (o.endsWith('/') && f.startsWith(o))) && !(stateRel && f.startsWith(stateRel)));
            const ab = await repo.aheadBehind(config.git.remote, config.git.branch || undefined).catch(() => undefined);
            git = { dirtyOther: dirty, ...(ab ? { ahead: ab.ahead, behind: ab.behind } : {}) };
        }
    }
    catch (err) {
        deps.logger.warn(`git check skipped: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    }
    const locks = (await (0,_lock_js__WEBPACK_IMPORTED_MODULE_8__/* .lockStatus */ .oj)(state.locks, { staleMs: config.lock.staleMinutes * 60_000, clock: deps.clock })).map((l) => ({
        name: l.name,
        stale: l.stale,
        ageMs: l.ageMs,
    }));
    const snapshots = await (0,_backup_store_js__WEBPACK_IMPORTED_MODULE_5__.listSnapshots)(state.backups);
    const storeBytes = await (0,_backup_store_js__WEBPACK_IMPORTED_MODULE_5__.storeSize)(state.backups);
    const history = stateRuns.filter((r) => r.status === 'success' || r.status === 'partial');
    const last = history.at(-1);
    const anomalies = last
        ? (0,_anomaly_js__WEBPACK_IMPORTED_MODULE_13__/* .detectAnomalies */ .P6)({ durationMs: last.durationMs, itemsCollected: last.itemsCollected, itemsAdded: last.itemsAdded }, history.slice(-31, -1), config.health.anomalyZ)
        : [];
    const health = (0,_health_js__WEBPACK_IMPORTED_MODULE_6__/* .evaluateHealth */ .IL)({
        settings: config.health,
        readings,
        now,
        ...(git ? { git } : {}),
        locks,
        backups: {
            ...(snapshots[0] ? { newestAt: snapshots[0].createdAt } : {}),
            totalBytes: storeBytes,
            budgetBytes: config.backup.maxSizeMb * 1024 * 1024,
        },
        runs,
        ...(todayLog ? { todayLog } : {}),
        today,
        stateBytes: await dirBytes(state.root),
        anomalies,
    });
    return { health: settings.onActions ? runnerView(health) : health, runs: stateRuns, today };
}


/***/ }),

/***/ 32584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ evaluateHealth),
/* harmony export */   Vs: () => (/* binding */ diskFreePct),
/* harmony export */   cY: () => (/* binding */ worstLevel),
/* harmony export */   me: () => (/* binding */ readSystem)
/* harmony export */ });
/* unused harmony export isAutomationProcess */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * Health checks: machine readings (CPU, memory, disk, automation processes) plus what the run
 * history, git, locks and backups say. `evaluateHealth` is pure so every threshold is testable with
 * injected readings; `readSystem` is the only part that touches the machine.
 */


const RANK = { ok: 0, warn: 1, critical: 2 };
function worstLevel(levels) {
    let worst = 'ok';
    for (const l of levels)
        if (RANK[l] > RANK[worst])
            worst = l;
    return worst;
}
const HOUR = 3_600_000;
const MB = 1024 * 1024;
/**
 * Two decimals, rounded down: rounding to nearest would print 19.996 % free disk as "20%" next to
 * "warn < 20%". (The epsilon keeps float noise such as 0.29·100 = 28.999… from losing a digit.)
 */
function pct(n) {
    return `${Math.floor(n * 100 + 1e-9) / 100}%`;
}
function hours(ms) {
    return `${Math.round((ms / HOUR) * 10) / 10} h`;
}
function minutes(ms) {
    return `${Math.round(ms / 60_000)} min`;
}
function mb(bytes) {
    return `${Math.round((bytes / MB) * 10) / 10} MB`;
}
/** Higher is worse: warn at ≥ warnAt, critical at ≥ criticalAt. */
function atLeast(value, warnAt, criticalAt) {
    if (value >= criticalAt)
        return 'critical';
    if (value >= warnAt)
        return 'warn';
    return 'ok';
}
function checkMachine(s, r) {
    const cpu = atLeast(r.cpuLoadPct, s.cpuWarnPct, s.cpuCriticalPct);
    const mem = atLeast(r.memUsedPct, s.memWarnPct, s.memCriticalPct);
    const disk = r.diskFreePct < s.diskFreeCriticalPct ? 'critical' : r.diskFreePct < s.diskFreeWarnPct ? 'warn' : 'ok';
    const procs = r.automationProcesses > s.processesCritical
        ? 'critical'
        : r.automationProcesses > s.processesWarn
            ? 'warn'
            : 'ok';
    return [
        {
            name: 'cpu',
            level: cpu,
            value: r.cpuLoadPct,
            reason: `CPU load ${pct(r.cpuLoadPct)} (warn ≥ ${s.cpuWarnPct}%, critical ≥ ${s.cpuCriticalPct}%)`,
        },
        {
            name: 'memory',
            level: mem,
            value: r.memUsedPct,
            reason: `memory used ${pct(r.memUsedPct)} (warn ≥ ${s.memWarnPct}%, critical ≥ ${s.memCriticalPct}%)`,
        },
        {
            name: 'disk',
            level: disk,
            value: r.diskFreePct,
            reason: `free disk ${pct(r.diskFreePct)} (warn < ${s.diskFreeWarnPct}%, critical < ${s.diskFreeCriticalPct}%)`,
        },
        {
            name: 'processes',
            level: procs,
            value: r.automationProcesses,
            reason: `${r.automationProcesses} wiki-daily process${r.automationProcesses === 1 ? '' : 'es'} running` +
                ` (warn > ${s.processesWarn}, critical > ${s.processesCritical})`,
        },
    ];
}
function checkGit(git) {
    const problems = [];
    const notes = [];
    if (git.dirtyOther.length > 0) {
        const shown = git.dirtyOther.slice(0, 5).join(', ');
        const more = git.dirtyOther.length > 5 ? ` (+${git.dirtyOther.length - 5} more)` : '';
        problems.push(`${git.dirtyOther.length} file(s) changed outside the wiki's own outputs: ${shown}${more}`);
    }
    if (git.behind !== undefined && git.behind > 0)
        problems.push(`behind the remote by ${git.behind} commit(s)`);
    // Unpushed commits are reported but not escalated: the next run pushes them.
    if (git.ahead !== undefined && git.ahead > 0)
        notes.push(`${git.ahead} local commit(s) not pushed yet`);
    return {
        name: 'git',
        level: problems.length > 0 ? 'warn' : 'ok',
        value: git.dirtyOther.length,
        reason: [...problems, ...notes].join('; ') || 'working tree clean and up to date',
    };
}
function checkLocks(locks) {
    const stale = locks.filter((l) => l.stale);
    if (stale.length > 0) {
        return {
            name: 'lock',
            level: 'warn',
            value: stale.length,
            reason: stale.map((l) => `lock "${l.name}" is stale (held ${minutes(l.ageMs)})`).join('; '),
        };
    }
    if (locks.length > 0) {
        return {
            name: 'lock',
            level: 'ok',
            value: 0,
            reason: locks.map((l) => `lock "${l.name}" held for ${minutes(l.ageMs)}`).join('; '),
        };
    }
    return { name: 'lock', level: 'ok', value: 0, reason: 'no lock held' };
}
function checkBackups(s, b, now) {
    let age;
    if (b.newestAt === undefined) {
        age = { name: 'backups', level: 'warn', reason: 'no backup exists' };
    }
    else {
        const ageMs = now - Date.parse(b.newestAt);
        if (Number.isNaN(ageMs)) {
            age = { name: 'backups', level: 'warn', reason: `newest backup has an unreadable time "${b.newestAt}"` };
        }
        else {
            const tooOld = ageMs > s.backupMaxAgeHours * HOUR;
            age = {
                name: 'backups',
                level: tooOld ? 'warn' : 'ok',
                value: Math.round((ageMs / HOUR) * 10) / 10,
                reason: `newest backup is ${hours(ageMs)} old (warn > ${s.backupMaxAgeHours} h)`,
            };
        }
    }
    const size = {
        name: 'backup size',
        level: b.totalBytes > b.budgetBytes ? 'warn' : 'ok',
        value: b.totalBytes,
        reason: `backups use ${mb(b.totalBytes)} of ${mb(b.budgetBytes)}`,
    };
    return [age, size];
}
function checkDayLog(todayLog, today) {
    if (!todayLog || todayLog.date !== today) {
        return { name: 'day log', level: 'warn', reason: `no day log for today (${today})` };
    }
    const status = todayLog.status.trim().toLowerCase();
    // The day log may carry the Korean label the wiki shows (실패 = failed).
    if (status === 'failed' || status === '실패') {
        return { name: 'day log', level: 'critical', reason: `today's run failed (${today})` };
    }
    return { name: 'day log', level: 'ok', reason: `today's day log says ${todayLog.status} (${today})` };
}
/** A partial run still updated the wiki, so it counts as a success here. */
function checkLastSuccess(s, runs, now) {
    let newest;
    for (const r of runs) {
        if (r.status !== 'success' && r.status !== 'partial')
            continue;
        const t = Date.parse(r.finishedAt);
        if (!Number.isNaN(t) && (newest === undefined || t > newest))
            newest = t;
    }
    if (newest === undefined) {
        return { name: 'last success', level: 'warn', reason: 'no successful run recorded yet' };
    }
    const ageMs = now - newest;
    return {
        name: 'last success',
        level: ageMs > s.lastSuccessMaxAgeHours * HOUR ? 'critical' : 'ok',
        value: Math.round((ageMs / HOUR) * 10) / 10,
        reason: `last successful run finished ${hours(ageMs)} ago (critical > ${s.lastSuccessMaxAgeHours} h)`,
    };
}
/**
 * Every check with its level and a reason a person can act on. Checks whose input was not given
 * (git, locks, backups, state size, anomalies) are left out rather than reported as "ok", so the
 * table never claims something was verified when it was not. Overall level = the worst check.
 */
function evaluateHealth(input) {
    const s = input.settings;
    const checks = [...checkMachine(s, input.readings)];
    if (input.git)
        checks.push(checkGit(input.git));
    if (input.locks)
        checks.push(checkLocks(input.locks));
    if (input.backups)
        checks.push(...checkBackups(s, input.backups, input.now));
    checks.push(checkDayLog(input.todayLog, input.today));
    checks.push(checkLastSuccess(s, input.runs, input.now));
    if (input.stateBytes !== undefined) {
        checks.push({
            name: 'state size',
            level: input.stateBytes > s.stateMaxMb * MB ? 'warn' : 'ok',
            value: input.stateBytes,
            reason: `state folder holds ${mb(input.stateBytes)} (warn > ${s.stateMaxMb} MB)`,
        });
    }
    if (input.anomalies) {
        if (input.anomalies.length === 0) {
            checks.push({ name: 'anomalies', level: 'ok', reason: 'last run within its usual range' });
        }
        for (const a of input.anomalies) {
            checks.push({
                name: `anomaly: ${a.metric}`,
                level: 'warn',
                value: a.value,
                reason: `${a.metric} = ${a.value} is unusual (median ${a.median}, MAD ${a.mad}, robust z ${a.z})`,
            });
        }
    }
    return { level: worstLevel(checks.map((c) => c.level)), checks };
}
const AUTOMATION_MARKERS = ['wiki-daily', 'dist/index.js', 'dist/cli.js', 'dist\\index.js', 'dist\\cli.js'];
/** A node process whose command line mentions wiki-daily or the built entry points. */
function isAutomationProcess(p) {
    const exe = `${p.name} ${p.command ?? ''}`.toLowerCase();
    if (!/(^|[\\/\s])node(\.exe)?(\s|$)/.test(exe))
        return false;
    const cmdline = `${p.command ?? ''} ${p.params ?? ''}`;
    return AUTOMATION_MARKERS.some((m) => cmdline.includes(m));
}
/** systeminformation is loaded only when a command actually reads the machine (it is slow to load). */
async function loadSystemInformation() {
    const mod = (await __webpack_require__.e(/* import() */ 754).then(__webpack_require__.t.bind(__webpack_require__, 22754, 23)));
    return mod.default ?? mod;
}
async function processCount() {
    const si = await loadSystemInformation();
    const data = await si.processes();
    return data.list.filter(isAutomationProcess).length;
}
/** Free space of the file system holding `dir`, as a percentage (statfs: the disk the wiki is on). */
async function diskFreePct(dir) {
    const fs = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.statfs)(dir).catch((err) => {
        throw new Error(`reading free disk space of ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    });
    return fs.blocks > 0 ? (fs.bavail / fs.blocks) * 100 : 0;
}
/**
 * Current readings. Free disk is measured with statfs on `root` itself, so it is the file system the
 * wiki and its state folder live on, not whichever mount systeminformation lists first. Memory used
 * is (total − available): Linux counts reclaimable page cache as "used", which would always look full.
 */
async function readSystem(root) {
    const si = await loadSystemInformation();
    const [load, mem, diskFree, automationProcesses] = await Promise.all([
        si.currentLoad().catch((err) => {
            throw new Error(`reading CPU load: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }),
        si.mem().catch((err) => {
            throw new Error(`reading memory usage: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }),
        diskFreePct(root),
        processCount().catch((err) => {
            throw new Error(`listing processes: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }),
    ]);
    const memUsedPct = mem.total > 0 ? ((mem.total - mem.available) / mem.total) * 100 : 0;
    return {
        // Not rounded: a 19.96 % free disk must still trip a "< 20 %" threshold.
        cpuLoadPct: load.currentLoad,
        memUsedPct,
        diskFreePct: diskFree,
        automationProcesses,
    };
}


/***/ }),

/***/ 30016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ recordFromReport),
/* harmony export */   ah: () => (/* binding */ appendRun),
/* harmony export */   xx: () => (/* binding */ readRuns)
/* harmony export */ });
/* unused harmony export MAX_RUN_RECORDS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62072);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25625);
/* harmony import */ var _state_schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27271);
/**
 * Run history: one JSON line per finished run in the state folder (statePaths(state).runsFile).
 * Health, the status page and anomaly detection read it; losing it loses only history.
 */






/** The history never grows past this many lines; older runs carry no signal for 30-run statistics. */
const MAX_RUN_RECORDS = 1000;
function recordFromReport(r) {
    const finishedAt = r.finishedAt ?? new Date(Date.parse(r.startedAt) + r.durationMs).toISOString();
    const sourcesFailed = r.sources.filter((s) => s.outcome === 'failed').length;
    const rec = {
        command: r.command,
        status: r.status,
        startedAt: r.startedAt,
        finishedAt,
        durationMs: r.durationMs,
        date: r.date,
        itemsCollected: r.itemsCollected,
        itemsAdded: r.itemsAdded,
        sourcesOk: r.sources.length - sourcesFailed,
        sourcesFailed,
        cacheHitRate: r.cache.hitRate,
        committed: r.committed,
    };
    if (r.reason !== undefined)
        rec.reason = r.reason;
    if (r.commitSha !== undefined)
        rec.commitSha = r.commitSha;
    if (r.runUrl !== undefined)
        rec.runUrl = r.runUrl;
    return rec;
}
/**
 * Append one record. When the file would pass MAX_RUN_RECORDS lines it is rewritten atomically with
 * the newest ones, so a crash mid-trim never loses the whole history.
 */
async function appendRun(file, rec) {
    const line = JSON.stringify(rec);
    let existing;
    try {
        existing = (await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .OR)(file)) ?? '';
    }
    catch (err) {
        throw new Error(`cannot read run history ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    const lines = existing.split('\n').filter((l) => l.trim() !== '');
    try {
        if (lines.length + 1 > MAX_RUN_RECORDS) {
            const kept = lines.slice(lines.length + 1 - MAX_RUN_RECORDS);
            await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(file, `${[...kept, line].join('\n')}\n`);
            return;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
        // A crash can leave a last line without its newline; never glue the new record onto it.
        const separator = existing !== '' && !existing.endsWith('\n') ? '\n' : '';
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, `${separator}${line}\n`, 'utf8');
    }
    catch (err) {
        throw new Error(`cannot write run history ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
/**
 * Records oldest → newest (the last `limit` when given). A missing file is an empty history; a line
 * that is not a valid record is skipped with a warning naming the file and line.
 */
async function readRuns(file, limit, logger = _log_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .qq) {
    let text;
    try {
        text = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .OR)(file);
    }
    catch (err) {
        throw new Error(`cannot read run history ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    if (text === undefined)
        return [];
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].trim();
        if (raw === '')
            continue;
        const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .runRecordSchema */ ._A, raw);
        if (!parsed.ok) {
            logger.warn((0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .corruptStateMessage */ .gs)(`${file}:${i + 1}`, 'run history line', parsed.problem, 'line skipped'));
            continue;
        }
        const value = parsed.value;
        out.push(value);
    }
    return limit !== undefined && limit >= 0 ? out.slice(Math.max(0, out.length - limit)) : out;
}


/***/ }),

/***/ 11233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ cleanupLocks),
/* harmony export */   oj: () => (/* binding */ lockStatus),
/* harmony export */   oz: () => (/* binding */ releaseHeldLocksSync),
/* harmony export */   x: () => (/* binding */ acquireLocks),
/* harmony export */   xl: () => (/* binding */ selfTest)
/* harmony export */ });
/* unused harmony export handleTerminationSignal */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _state_schemas_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27271);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29834);
/**
 * The CLI's own lock, so two local runs never edit and commit the wiki at the same time. (On Actions the
 * workflow's concurrency group is the lock.)
 *
 * A lock is the file `<dir>/<name>.lock` holding the owner record as JSON. It is created complete in one
 * atomic step: the record is written to a private temp file which is then hard-linked to the lock name
 * (link fails with EEXIST if the lock exists), so nobody ever sees a half-written lock. Each record carries a
 * random id: release and takeover only remove the file if it still holds the record they looked at (inode
 * numbers are no proof: a freshly deleted lock's inode is often reused at once).
 *
 * The old system's lock was a bare `mkdir` with a 45-minute age rule and nothing said who held it; here the
 * refusal names the holder, a lock whose process died on this host is taken over at once (with a warning),
 * and exit, SIGINT and SIGTERM release it.
 */








const LOCK_SUFFIX = '.lock';
const NAME = /^[a-z0-9][a-z0-9._-]*$/i;
function lockFile(dir, name) {
    if (!NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`invalid lock name "${name}": use letters, digits, ".", "_" or "-", starting with a letter or digit`);
    }
    return node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, `${name}${LOCK_SUFFIX}`);
}
/** `process.kill(pid, 0)`: ESRCH means no such process; EPERM means it exists under another user. */
function pidIsAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code !== 'ESRCH';
    }
}
function describeAge(ms) {
    const s = Math.round(ms / 1000);
    if (s < 120)
        return `${s} s`;
    const m = Math.round(s / 60);
    return m < 120 ? `${m} min` : `${(m / 60).toFixed(1)} h`;
}
function describeOwner(name, state) {
    if (!state.owner)
        return `lock '${name}' exists (${state.reason ?? 'owner unknown'}), ${describeAge(state.ageMs)} old`;
    const o = state.owner;
    return `lock '${name}' is held by pid ${o.pid} on host ${o.host} (${o.command}) since ${o.startedAt} (${describeAge(state.ageMs)} ago)`;
}
function describeTakeover(name, state) {
    const o = state.owner;
    const from = o
        ? `pid ${o.pid} on host ${o.host} (${o.command}, started ${o.startedAt}, ${describeAge(state.ageMs)} ago)`
        : `an unknown owner (${describeAge(state.ageMs)} old)`;
    return `took over lock '${name}' from ${from}: ${state.reason ?? 'stale'}`;
}
/** Read a lock file and judge it; undefined when it does not exist (any more). */
async function inspect(file, name, opts) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
    const host = opts.hostname ?? node_os__WEBPACK_IMPORTED_MODULE_3___default().hostname();
    const isAlive = opts.isAlive ?? pidIsAlive;
    let text;
    let mtimeMs;
    try {
        mtimeMs = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file)).mtimeMs;
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot read lock ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .lockRecordSchema */ .oh, text);
    const now = clock.now();
    if (!parsed.ok) {
        // Without an owner the file's age is all there is to judge by.
        const ageMs = Math.max(0, now - mtimeMs);
        const stale = ageMs > opts.staleMs;
        return {
            name,
            file,
            text,
            ageMs,
            stale,
            reason: `${(0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .corruptStateMessage */ .gs)(file, 'owner record', parsed.problem, stale ? `stale: older than ${describeAge(opts.staleMs)}` : 'judged by its age')}`,
        };
    }
    const owner = parsed.value;
    const ageMs = Math.max(0, now - Date.parse(owner.startedAt));
    if (ageMs > opts.staleMs) {
        return { name, file, text, owner, ageMs, stale: true, reason: `older than the stale limit of ${describeAge(opts.staleMs)}` };
    }
    // A pid can only be checked on its own host; our own pid is alive by definition.
    if (owner.host === host && owner.pid !== process.pid && !isAlive(owner.pid)) {
        return { name, file, text, owner, ageMs, stale: true, reason: `pid ${owner.pid} is no longer running on ${host}` };
    }
    return { name, file, text, owner, ageMs, stale: false };
}
/**
 * Remove the lock only if it still holds the record we judged. Renaming first makes the removal atomic;
 * if someone replaced the lock in between, their fresh lock is put back.
 */
async function removeIfSame(file, judgedText, logger) {
    const tomb = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.removed`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(file, tomb);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot remove lock ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    try {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(tomb, 'utf8')) === judgedText)
            return true;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(tomb, file);
        }
        catch (err) {
            logger?.warn(`lock ${file} changed while it was being removed and could not be restored: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
        }
        return false;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tomb, { force: true });
    }
}
/** Create the lock file complete with its owner record; false if it already exists. */
async function tryCreate(file, owner) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'wx');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot create lock ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    try {
        try {
            await fh.writeFile(`${JSON.stringify(owner, null, 2)}\n`);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(tmp, file);
        }
        catch (err) {
            if (err.code === 'EEXIST')
                return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot create lock ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
        }
        return true;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(tmp).catch(() => undefined);
    }
}
function recordId(text) {
    const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .lockRecordSchema */ .oh, text);
    return parsed.ok ? parsed.value.id : undefined;
}
const held = new Set();
let handlersInstalled = false;
const onExit = () => {
    releaseHeldLocksSync();
};
const onSigint = () => {
    handleTerminationSignal('SIGINT');
};
const onSigterm = () => {
    handleTerminationSignal('SIGTERM');
};
function installHandlers() {
    if (handlersInstalled)
        return;
    process.on('exit', onExit);
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigterm);
    handlersInstalled = true;
}
function uninstallHandlers() {
    if (!handlersInstalled)
        return;
    process.off('exit', onExit);
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    handlersInstalled = false;
}
/** Synchronously release every lock this process holds (for exit and signal handlers). */
function releaseHeldLocksSync() {
    const released = [];
    for (const entry of [...held]) {
        held.delete(entry);
        try {
            if (recordId((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(entry.file, 'utf8')) === entry.id) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(entry.file);
                released.push(entry.name);
            }
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                entry.logger.warn(`could not release lock ${entry.file} on exit: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
            }
        }
    }
    uninstallHandlers();
    return released;
}
/**
 * What happens on SIGINT/SIGTERM while locks are held: release them, then exit with 130/143 as a shell
 * would report the signal, unless other listeners for that signal exist (then they decide).
 * Returns the exit code it used or would use.
 */
function handleTerminationSignal(signal, deps = {}) {
    releaseHeldLocksSync();
    const code = signal === 'SIGINT' ? 130 : 143;
    const others = deps.hasOtherListeners ? deps.hasOtherListeners() : process.listenerCount(signal) > 0;
    if (!others)
        (deps.exit ?? ((c) => process.exit(c)))(code);
    return code;
}
// ---- public API ----
async function acquireLocks(dir, names, opts) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
    const pollMs = Math.max(1, opts.pollMs ?? 1000);
    const sorted = [...new Set(names)].sort();
    if (!sorted.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku('no lock name given');
    const files = sorted.map((n) => lockFile(dir, n));
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot create the lock folder ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    const takenOver = [];
    const mine = [];
    let released = false;
    const release = async () => {
        if (released)
            return;
        released = true;
        for (const entry of [...mine].reverse()) {
            held.delete(entry);
            const current = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(entry.file, 'utf8').catch(() => undefined);
            if (current === undefined) {
                opts.logger.warn(`lock '${entry.name}' was already gone at release (${entry.file})`);
                continue;
            }
            if (recordId(current) !== entry.id) {
                opts.logger.warn(`lock '${entry.name}' was taken over by another process; leaving its lock in place`);
                continue;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(entry.file).catch((err) => {
                if (err.code !== 'ENOENT') {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot release lock ${entry.file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
                }
            });
        }
        if (!held.size)
            uninstallHandlers();
    };
    // Sorted order: two processes wanting the same set can never each hold a part and wait for the other.
    try {
        for (let i = 0; i < sorted.length; i++) {
            const name = sorted[i];
            const file = files[i];
            const id = await acquireOne(name, file, opts, clock, pollMs, takenOver);
            const entry = { name, file, id, logger: opts.logger };
            mine.push(entry);
            held.add(entry);
            installHandlers();
        }
    }
    catch (err) {
        await release();
        throw err;
    }
    opts.logger.debug(`holding lock(s) ${sorted.join(', ')} in ${dir}`);
    return { names: sorted, takenOver, release };
}
/** Returns the id written into the record. */
async function acquireOne(name, file, opts, clock, pollMs, takenOver) {
    const owner = {
        pid: process.pid,
        host: opts.hostname ?? node_os__WEBPACK_IMPORTED_MODULE_3___default().hostname(),
        command: opts.command,
        startedAt: new Date(clock.now()).toISOString(),
        id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex'),
    };
    const start = clock.now();
    let announcedWait = false;
    for (;;) {
        owner.startedAt = new Date(clock.now()).toISOString();
        if (await tryCreate(file, owner))
            return owner.id;
        const state = await inspect(file, name, opts);
        if (!state)
            continue; // released between our attempt and the look: try again at once
        if (state.stale) {
            if (await removeIfSame(file, state.text, opts.logger)) {
                const warning = describeTakeover(name, state);
                takenOver.push(warning);
                opts.logger.warn(warning);
            }
            continue;
        }
        const waited = clock.now() - start;
        if (waited >= opts.waitMs) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`${describeOwner(name, state)}; gave up after waiting ${describeAge(waited)}. ` +
                `If that process no longer runs, delete ${file}`);
        }
        if (!announcedWait) {
            opts.logger.info(`waiting up to ${describeAge(opts.waitMs - waited)} for ${describeOwner(name, state)}`);
            announcedWait = true;
        }
        await clock.sleep(Math.min(pollMs, opts.waitMs - waited));
    }
}
/** Every lock in `dir` with its owner, age and whether it is stale. */
async function lockStatus(dir, opts) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku(`cannot list locks in ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    const out = [];
    for (const entry of entries.sort()) {
        if (entry.startsWith('.') || !entry.endsWith(LOCK_SUFFIX))
            continue;
        const name = entry.slice(0, -LOCK_SUFFIX.length);
        const state = await inspect(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, entry), name, opts);
        if (state) {
            const { text: _text, ...visible } = state;
            out.push(visible);
        }
    }
    return out;
}
/** Remove stale locks only; returns the names removed. */
async function cleanupLocks(dir, opts) {
    const removed = [];
    for (const state of await lockStatus(dir, opts)) {
        if (!state.stale)
            continue;
        // Judge again and remove only that exact record, so a lock renewed in the meantime is left alone.
        const fresh = await inspect(state.file, state.name, opts);
        if (!fresh?.stale)
            continue;
        if (await removeIfSame(fresh.file, fresh.text, opts.logger)) {
            removed.push(fresh.name);
            opts.logger?.warn(`removed stale ${describeTakeover(fresh.name, fresh).replace(/^took over /, '')}`);
        }
    }
    return removed;
}
/** Check that locking works in `dir`: take a lock, see a second taker refused, release it. */
async function selfTest(dir, opts = {}) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
    const logger = opts.logger ?? { debug() { }, info() { }, warn() { }, error() { } };
    const name = `selftest-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`;
    const file = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, `${name}${LOCK_SUFFIX}`);
    const common = { waitMs: 0, staleMs: 60_000, clock, logger };
    const steps = [];
    const started = Date.now();
    let lock;
    try {
        lock = await acquireLocks(dir, [name], { ...common, command: 'lock self-test' });
        const owner = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8'));
        if (owner.pid !== process.pid)
            throw new Error(`owner record names pid ${owner.pid}, expected ${process.pid}`);
        steps.push('created');
        const second = await acquireLocks(dir, [name], { ...common, command: 'lock self-test (second taker)' }).then(async (l) => {
            await l.release();
            return 'granted';
        }, (err) => (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockError */ .Ku ? 'refused' : `failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`));
        if (second !== 'refused')
            throw new Error(`a second taker was not refused (${second})`);
        steps.push('refused a second taker');
        await lock.release();
        lock = undefined;
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file).then(() => true, () => false))
            throw new Error(`${file} still exists after release`);
        steps.push('released');
        return { ok: true, message: `lock self-test passed in ${dir}: ${steps.join(', ')} (${Date.now() - started} ms)` };
    }
    catch (err) {
        return {
            ok: false,
            message: `lock self-test failed in ${dir}${steps.length ? ` after: ${steps.join(', ')}` : ''}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`,
        };
    }
    finally {
        await lock?.release().catch(() => undefined);
    }
}


/***/ }),

/***/ 11617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bg: () => (/* binding */ buildStatus),
  lv: () => (/* binding */ statusTargets)
});

// UNUSED EXPORTS: STATUS_BEGIN, STATUS_END, formatBytes, formatDuration, mergeStatusPage, percentileNearestRank, renderStatusRegion

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(29834);
// EXTERNAL MODULE: ./src/ops/anomaly.ts
var anomaly = __webpack_require__(91457);
;// CONCATENATED MODULE: ./src/ops/slo.ts
/**
 * What the operations guide measures the system against, computed from the committed day logs and the
 * run history (pure, no clock: `today` is given): availability over 7/30/90 days against 99.9 %, runs
 * per day, the run duration trend, the predicted duration of the next run, the cache hit rate against
 * 80 % and the backup store against its 500 MB budget.
 *
 * The day logs are the durable record (one status per day, committed); the run history (state folder,
 * may be lost) adds every run of a day, durations and cache figures. A day with history uses the
 * history; a day known only from its log counts as one run with the log's status.
 */

const SLO_WINDOWS = [7, 30, 90];
/** Points in the duration trend chart. */
const TREND_POINTS = 30;
/** The next run's predicted upper bound (median + 3·MAD) above this share of the budget warns. */
const BUDGET_WARN_SHARE = 0.8;
const DEFAULT_TARGETS = {
    successRatePct: 99.9,
    cacheHitRatePct: 80,
    backupBudgetBytes: 500 * 1024 * 1024,
    runBudgetMs: 120 * 60_000,
};
function shiftDate(date, days) {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
const round2 = (n) => Math.round(n * 100) / 100;
function isWork(r) {
    return r.command === 'run' && r.status !== 'skipped' && r.status !== 'running';
}
/** One list of work runs: every history run, plus one per day that only the day logs know. */
function mergeRuns(history, dayLogs) {
    const work = history.filter(isWork);
    const known = new Set(work.map((r) => r.date));
    return [...work, ...dayLogs.filter((r) => isWork(r) && !known.has(r.date))].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}
function computeSlo(input) {
    const targets = { ...DEFAULT_TARGETS, ...input.targets };
    const runs = mergeRuns(input.history, input.dayLogs ?? []);
    const windows = SLO_WINDOWS.map((days) => {
        const from = shiftDate(input.today, -(days - 1));
        const those = runs.filter((r) => r.date >= from && r.date <= input.today);
        const succeeded = those.filter((r) => r.status === 'success' || r.status === 'partial').length;
        const rate = those.length ? round2((succeeded / those.length) * 100) : null;
        return {
            days,
            runs: those.length,
            succeeded,
            failed: those.length - succeeded,
            successRatePct: rate,
            runsPerDay: round2(those.length / days),
            meetsTarget: rate === null ? null : rate >= targets.successRatePct,
        };
    });
    // Durations and cache figures exist only in the run history (a day log has neither).
    const timed = input.history.filter((r) => isWork(r) && r.durationMs > 0);
    const trend = timed.slice(-TREND_POINTS).map((r) => ({ date: r.date, minutes: round2(r.durationMs / 60_000) }));
    let prediction = null;
    if (timed.length >= 3) {
        const durations = timed.slice(-TREND_POINTS).map((r) => r.durationMs);
        const med = (0,anomaly/* median */.JZ)(durations);
        const spread = (0,anomaly/* medianAbsoluteDeviation */.hK)(durations, med);
        const upper = med + 3 * spread;
        prediction = {
            basis: durations.length,
            medianMs: Math.round(med),
            spreadMs: Math.round(spread),
            upperMs: Math.round(upper),
            budgetMs: targets.runBudgetMs,
            nearBudget: upper >= BUDGET_WARN_SHARE * targets.runBudgetMs,
        };
    }
    const cached = input.history.filter(isWork).slice(-TREND_POINTS);
    const hit = cached.length ? round2((cached.reduce((s, r) => s + r.cacheHitRate, 0) / cached.length) * 100) : null;
    return {
        targets,
        windows,
        trend,
        prediction,
        cache: { hitRatePct: hit, meetsTarget: hit === null ? null : hit >= targets.cacheHitRatePct, basis: cached.length },
        backup: { bytes: input.backupStoreBytes, budgetBytes: targets.backupBudgetBytes, meetsTarget: input.backupStoreBytes <= targets.backupBudgetBytes },
    };
}
const mark = (ok) => (ok === null ? '—' : ok ? '✅' : '⚠️');
function minutesText(ms) {
    return `${round2(ms / 60_000)}분`;
}
function mb(bytes) {
    return `${round2(bytes / (1024 * 1024))} MB`;
}
/** The SLO section of the status page (markdown lines; deterministic for the same input). */
function renderSloSection(slo) {
    const t = slo.targets;
    const lines = ['## 목표 대비 (SLO)', '', `| 기간 | 실행 | 성공 | 실패 | 성공률 | 목표 ${t.successRatePct}% | 하루 실행 |`, '|---|---:|---:|---:|---:|:---:|---:|'];
    for (const w of slo.windows)
        lines.push(`| ${w.days}일 | ${w.runs} | ${w.succeeded} | ${w.failed} | ${w.successRatePct === null ? '—' : `${w.successRatePct}%`} | ${mark(w.meetsTarget)} | ${w.runsPerDay} |`);
    lines.push('');
    const c = slo.cache;
    lines.push(`- 캐시 적중률 (최근 ${c.basis}회): ${c.hitRatePct === null ? '—' : `${c.hitRatePct}%`} · 목표 ≥ ${t.cacheHitRatePct}% ${mark(c.meetsTarget)}`);
    const b = slo.backup;
    lines.push(`- 백업 저장소: ${mb(b.bytes)} · 한도 ≤ ${mb(b.budgetBytes)} ${mark(b.meetsTarget)}`);
    const p = slo.prediction;
    if (p) {
        lines.push(`- 다음 실행 예상 소요: 중앙값 ${minutesText(p.medianMs)} ± ${minutesText(p.spreadMs)} (MAD, 최근 ${p.basis}회) · 상한 ${minutesText(p.upperMs)} / 예산 ${minutesText(p.budgetMs)}`);
        if (p.nearBudget)
            lines.push('', `> [!WARNING]`, `> 다음 실행이 실행 예산(${minutesText(p.budgetMs)})의 ${BUDGET_WARN_SHARE * 100}%를 넘을 수 있습니다 (예상 상한 ${minutesText(p.upperMs)}).`);
    }
    else {
        lines.push('- 다음 실행 예상 소요: — (기록된 실행 3회 미만)');
    }
    if (slo.trend.length >= 2) {
        const max = Math.max(...slo.trend.map((x) => x.minutes));
        const top = Math.max(1, Math.ceil(max * 1.2));
        lines.push('', '### 실행 시간 추이', '', '```mermaid', 'xychart-beta', '    title "Run duration (minutes)"', `    x-axis [${slo.trend.map((x) => `"${x.date.slice(5)}"`).join(', ')}]`, `    y-axis "minutes" 0 --> ${top}`, `    line [${slo.trend.map((x) => x.minutes).join(', ')}]`, '```');
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/ops/status.ts
/**
 * The system status page (pages/system_status.md) and its JSON twin (`wiki-daily status --json`):
 * recent run statistics, items per day, backups, health checks and anomalies.
 *
 * Deterministic given its input (no clock, no environment), so the same history renders the same
 * page byte for byte. Everything generated lives in one managed region; text people write outside
 * it survives every update.
 */




const STATUS_BEGIN = '<!-- wiki-daily:begin status -->';
const STATUS_END = '<!-- wiki-daily:end status -->';
const STATUS_TITLE = '# 시스템 상태';
/** Runs the statistics look back on. */
const STATUS_RUN_WINDOW = 30;
/** Days in the items-per-day table. */
const STATUS_DAYS = 14;
/** Rows in the recent-runs table. */
const STATUS_RECENT_ROWS = 10;
/** The status page's targets from the config (the callers spread this into StatusInput). */
function statusTargets(config) {
    return {
        successRatePct: config.monitoring.sloSuccessRatePct,
        cacheHitRatePct: config.monitoring.cacheHitRateTargetPct,
        backupBudgetBytes: config.backup.maxSizeMb * 1024 * 1024,
        runBudgetMs: config.schedule.runBudgetMinutes * 60_000,
    };
}
function isWorkRun(r) {
    return r.status !== 'skipped' && r.status !== 'running';
}
function round1(n) {
    return Math.round(n * 10) / 10;
}
/** Nearest-rank percentile (no interpolation, so the value is always a real run's duration). */
function percentileNearestRank(values, p) {
    if (values.length === 0)
        return Number.NaN;
    const s = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * s.length));
    return s[rank - 1];
}
function status_shiftDate(date, days) {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
function computeRunStats(runs) {
    const window = runs.filter(isWorkRun).slice(-STATUS_RUN_WINDOW);
    const count = (s) => window.filter((r) => r.status === s).length;
    const durations = window.map((r) => r.durationMs);
    const stats = {
        considered: window.length,
        success: count('success'),
        partial: count('partial'),
        failed: count('failed'),
        skipped: runs.filter((r) => r.status === 'skipped').length,
        successRatePct: window.length ? round1((count('success') / window.length) * 100) : null,
        durationMedianMs: window.length ? (0,anomaly/* median */.JZ)(durations) : null,
        durationP95Ms: window.length ? percentileNearestRank(durations, 95) : null,
        cacheHitRateAvgPct: window.length
            ? round1((window.reduce((sum, r) => sum + r.cacheHitRate, 0) / window.length) * 100)
            : null,
    };
    const last = runs.at(-1);
    if (last)
        stats.lastRun = last;
    const lastSuccess = runs.filter((r) => r.status === 'success' || r.status === 'partial').at(-1);
    if (lastSuccess)
        stats.lastSuccessAt = lastSuccess.finishedAt;
    return stats;
}
function itemsPerDay(runs, today, days = STATUS_DAYS) {
    const out = [];
    for (let i = 0; i < days; i++) {
        const date = status_shiftDate(today, -i);
        const those = runs.filter((r) => r.date === date && isWorkRun(r));
        out.push({
            date,
            runs: those.length,
            failed: those.filter((r) => r.status === 'failed').length,
            itemsCollected: those.reduce((s, r) => s + r.itemsCollected, 0),
            itemsAdded: those.reduce((s, r) => s + r.itemsAdded, 0),
        });
    }
    return out;
}
function buildStatusJson(input) {
    const today = (0,time/* localDate */.gD)(input.now, input.timezone);
    const backups = [...input.backups].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    const newest = backups.at(-1);
    const backupInfo = {
        count: backups.length,
        totalBytes: input.backupStoreBytes ?? backups.reduce((s, b) => s + b.bytes, 0),
    };
    if (newest) {
        backupInfo.newestId = newest.id;
        backupInfo.newestAt = newest.createdAt;
    }
    return {
        generatedAt: new Date(input.now).toISOString(),
        timezone: input.timezone,
        level: input.health.level,
        runs: computeRunStats(input.runs),
        itemsPerDay: itemsPerDay(input.runs, today),
        recentRuns: input.runs.slice(-STATUS_RECENT_ROWS).reverse(),
        backups: backupInfo,
        checks: input.health.checks,
        anomalies: input.anomalies ?? [],
        slo: computeSlo({
            history: input.runs,
            ...(input.dayLogRuns ? { dayLogs: input.dayLogRuns } : {}),
            today,
            backupStoreBytes: backupInfo.totalBytes,
            ...(input.targets ? { targets: input.targets } : {}),
        }),
    };
}
const LEVEL_KO = { ok: '🟢 정상 ok', warn: '🟡 주의 warn', critical: '🔴 위험 critical' };
const STATUS_KO = {
    success: '성공',
    partial: '부분성공',
    failed: '실패',
    skipped: '건너뜀',
    running: '진행중',
};
/** Table cells: no pipes, no line breaks, no HTML, bounded length. */
function cell(s, max = 200) {
    const flat = s.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
function formatDuration(ms) {
    if (ms < 60_000)
        return `${round1(ms / 1000)}초`;
    const totalSeconds = Math.round(ms / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    return h > 0 ? `${h}시간 ${m}분 ${s}초` : `${m}분 ${s}초`;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KB', 'MB', 'GB', 'TB'];
    let v = bytes / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${round1(v)} ${units[i]}`;
}
function orDash(v, f) {
    return v === null || v === undefined ? '—' : f(v);
}
/** The managed region, markers included. */
function renderStatusRegion(json) {
    const tz = json.timezone;
    const r = json.runs;
    const when = (iso) => `${(0,time/* localDateTime */.dE)(iso, tz)} (${tz})`;
    const lines = [
        STATUS_BEGIN,
        // No "generated at" time: the page changes only when its data does (the last run is data).
        `상태 종합: **${LEVEL_KO[json.level]}** · 기준: 마지막 실행 ${orDash(r.lastRun?.finishedAt, when)}`,
        '',
        `## 최근 실행 (최근 ${STATUS_RUN_WINDOW}회 기준)`,
        '',
        `- 실행 ${r.considered}회: 성공 ${r.success} · 부분성공 ${r.partial} · 실패 ${r.failed}` +
            (r.skipped ? ` (건너뜀 ${r.skipped}회는 제외)` : ''),
        `- 성공률: ${orDash(r.successRatePct, (v) => `${v}%`)}`,
        `- 소요 시간: 중앙값 ${orDash(r.durationMedianMs, formatDuration)} · p95 ${orDash(r.durationP95Ms, formatDuration)}`,
        `- 캐시 적중률 평균: ${orDash(r.cacheHitRateAvgPct, (v) => `${v}%`)}`,
        `- 마지막 성공: ${orDash(r.lastSuccessAt, when)}`,
    ];
    if (json.recentRuns.length) {
        lines.push('', '| 시작 | 명령 | 상태 | 소요 | 수집 | 추가 | 사유 |', '|---|---|---|---:|---:|---:|---|');
        for (const run of json.recentRuns) {
            lines.push(`| ${(0,time/* localDateTime */.dE)(run.startedAt, tz)} | ${cell(run.command)} | ${STATUS_KO[run.status] ?? run.status} | ` +
                `${formatDuration(run.durationMs)} | ${run.itemsCollected} | ${run.itemsAdded} | ${cell(run.reason ?? '')} |`);
        }
    }
    lines.push('', ...renderSloSection(json.slo));
    lines.push('', `## 일별 항목 (최근 ${json.itemsPerDay.length}일)`, '');
    lines.push('| 날짜 | 실행 | 실패 | 수집 | 추가 |', '|---|---:|---:|---:|---:|');
    for (const d of json.itemsPerDay) {
        lines.push(`| ${d.date} | ${d.runs} | ${d.failed} | ${d.itemsCollected} | ${d.itemsAdded} |`);
    }
    const b = json.backups;
    lines.push('', '## 백업', '', `- 스냅샷 ${b.count}개 · 전체 ${formatBytes(b.totalBytes)}`, `- 최신: ${b.newestAt ? `${when(b.newestAt)} \`${cell(b.newestId ?? '', 80)}\`` : '없음'}`);
    lines.push('', '## 상태 점검', '', '| 항목 | 상태 | 내용 |', '|---|---|---|');
    for (const c of json.checks)
        lines.push(`| ${cell(c.name, 80)} | ${LEVEL_KO[c.level]} | ${cell(c.reason, 400)} |`);
    lines.push('', '## 이상 징후', '');
    if (json.anomalies.length === 0) {
        lines.push('최근 실행이 평소 범위 안에 있습니다.');
    }
    else {
        lines.push('| 지표 | 값 | 중앙값 | MAD | robust z |', '|---|---:|---:|---:|---:|');
        for (const a of json.anomalies)
            lines.push(`| ${cell(a.metric, 80)} | ${a.value} | ${a.median} | ${a.mad} | ${a.z} |`);
    }
    lines.push(STATUS_END);
    return lines.join('\n');
}
function markerLines(text, marker) {
    const out = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === marker)
            out.push(i + 1);
    });
    return out;
}
/**
 * Put the region into the existing page text: replace the region when the page has one, append it
 * once at the end when it has none, or build a new page. Broken markers (a begin without an end, an
 * end first, two regions) are an error naming the line: guessing would duplicate or eat text.
 */
function mergeStatusPage(existing, region, file = 'pages/system_status.md') {
    if (existing === undefined || existing.trim() === '')
        return `${STATUS_TITLE}\n\n${region}\n`;
    const begins = markerLines(existing, STATUS_BEGIN);
    const ends = markerLines(existing, STATUS_END);
    if (begins.length > 1)
        throw new errors/* PageError */.AX(`more than one "${STATUS_BEGIN}" marker`, file, begins[1]);
    if (ends.length > 1)
        throw new errors/* PageError */.AX(`more than one "${STATUS_END}" marker`, file, ends[1]);
    if (begins.length === 0 && ends.length === 0)
        return `${existing.replace(/\n*$/, '\n')}\n${region}\n`;
    if (begins.length === 0)
        throw new errors/* PageError */.AX(`"${STATUS_END}" without "${STATUS_BEGIN}"`, file, ends[0]);
    if (ends.length === 0)
        throw new errors/* PageError */.AX(`"${STATUS_BEGIN}" without "${STATUS_END}"`, file, begins[0]);
    if (ends[0] < begins[0])
        throw new errors/* PageError */.AX(`"${STATUS_END}" comes before "${STATUS_BEGIN}"`, file, ends[0]);
    const lines = existing.split('\n');
    const before = lines.slice(0, begins[0] - 1);
    const after = lines.slice(ends[0]);
    return [...before, region, ...after].join('\n');
}
/** The JSON and the page text: a new page, or `existingPage` with its status region replaced or appended. */
function buildStatus(input) {
    const json = buildStatusJson(input);
    return { json, markdown: mergeStatusPage(input.existingPage, renderStatusRegion(json), input.pageFile) };
}


/***/ }),

/***/ 88850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addedEntries: () => (/* binding */ addedEntries),
/* harmony export */   cacheStats: () => (/* binding */ cacheStats),
/* harmony export */   collectionStatus: () => (/* binding */ collectionStatus),
/* harmony export */   finishReport: () => (/* binding */ finishReport),
/* harmony export */   newReport: () => (/* binding */ newReport)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10182);
/* harmony import */ var _pages_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4816);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29834);



function newReport(command, config, now, dryRun = false) {
    return {
        command,
        status: 'running',
        startedAt: new Date(now).toISOString(),
        durationMs: 0,
        date: (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .localDate */ .gD)(now, config.timezone),
        timezone: config.timezone,
        dryRun,
        sources: [],
        cache: { hits: 0, conditionalHits: 0, misses: 0, hitRate: 0 },
        itemsCollected: 0,
        itemsAdded: 0,
        lanes: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyLaneCounts */ .c)(),
        pages: {},
        changedFiles: [],
        committed: false,
        pushed: false,
        stages: [],
        errors: [],
        warnings: [],
        anomalies: [],
    };
}
function finishReport(report, now) {
    report.finishedAt = new Date(now).toISOString();
    report.durationMs = now - Date.parse(report.startedAt);
    return report;
}
/**
 * Honest collection status: a source that failed makes the run partial; every source failing fails it.
 * (The old system reported "success" when every collector had silently failed.)
 */
function collectionStatus(sources) {
    const failed = sources.filter((s) => s.outcome === 'failed');
    if (sources.length === 0)
        return { status: 'failed', reason: 'no enabled sources' };
    if (failed.length === sources.length)
        return { status: 'failed', reason: `all ${sources.length} sources failed` };
    if (failed.length > 0)
        return {
            status: 'partial',
            reason: `${failed.length} of ${sources.length} sources failed: ${failed
                .slice(0, 5)
                .map((s) => s.id)
                .join(', ')}${failed.length > 5 ? ', …' : ''}`,
        };
    return { status: 'success' };
}
function cacheStats(sources) {
    let hits = 0;
    let conditionalHits = 0;
    let misses = 0;
    for (const s of sources) {
        if (s.outcome === 'fresh')
            hits++;
        else if (s.outcome === 'not-modified')
            conditionalHits++;
        else
            misses++;
    }
    const total = hits + conditionalHits + misses;
    return { hits, conditionalHits, misses, hitRate: total ? (hits + conditionalHits) / total : 0 };
}
/**
 * The entries a plan wrote, for RunReport.entries, with the same outlet, URL and page the entry block
 * got (so the summary links exactly what the wiki now holds).
 */
function addedEntries(written, config) {
    const out = [];
    for (const it of written) {
        const page = (0,_pages_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .pageOf */ .ZZ)(it, config);
        if (page)
            out.push({ title: it.title, url: it.canonicalUrl, outlet: it.outlet ?? it.host, page });
    }
    return out;
}


/***/ })

};
