export const id = 773;
export const ids = [773];
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


/***/ })

};
