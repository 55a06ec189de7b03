export const id = 137;
export const ids = [137];
export const modules = {

/***/ 69137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postRunSummary: () => (/* binding */ postRunSummary)
/* harmony export */ });
/* unused harmony export runSummaryJson */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25625);
/**
 * A generic JSON webhook next to Discord, for other tools (Slack workflows, n8n, an incident system):
 * every finished run POSTs its summary as one JSON object. The URL is a secret (input `webhook-url`
 * or env WIKI_DAILY_WEBHOOK_URL), never the config file; it is masked in everything this returns.
 * Never throws into the run: the caller gets a warning string instead.
 */


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
/**
 * POST the summary; retries a network error or 5xx/429 twice (1 s, then 4 s). Returns a redacted
 * warning when it could not be delivered.
 */
async function postRunSummary(url, report, opts) {
    (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(url);
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
    const attempts = opts.attempts ?? 3;
    let last = '';
    for (let i = 0; i < attempts; i++) {
        if (i > 0)
            await opts.clock.sleep(1000 * 4 ** (i - 1));
        try {
            const res = await doFetch(target, {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'user-agent': 'wiki-daily' },
                body,
                signal: AbortSignal.timeout(15_000),
            });
            if (res.ok)
                return undefined;
            last = `HTTP ${res.status}`;
            if (res.status < 500 && res.status !== 429)
                break;
        }
        catch (err) {
            last = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err);
        }
    }
    return (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`webhook not sent: ${last}`);
}
function redactDeep(value) {
    return JSON.parse((0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(JSON.stringify(value)));
}


/***/ })

};
