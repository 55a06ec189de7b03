export const id = 626;
export const ids = [626];
export const modules = {

/***/ 84662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdCurate: () => (/* binding */ cmdCurate)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61036);
/* harmony import */ var _curate_apply_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68970);
/* harmony import */ var _git_repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14134);
/* harmony import */ var _ops_lock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11233);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2462);





async function cmdCurate(settings, deps) {
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(settings.configFile);
    const requests = (0,_curate_apply_js__WEBPACK_IMPORTED_MODULE_1__/* .commandRequests */ .mi)(settings);
    const lock = settings.dryRun
        ? undefined
        : await (0,_ops_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .acquireLocks */ .x)((0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .statePaths */ .V)(settings.stateDir).locks, ['run'], {
            command: `wiki-daily ${settings.command}`,
            waitMs: config.lock.waitMinutes * 60_000,
            staleMs: config.lock.staleMinutes * 60_000,
            clock: deps.clock,
            logger: deps.logger,
        });
    try {
        const repo = (0,_git_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepo */ .B)(settings.root, deps.logger);
        const dirty = new Set((await repo.isRepo()) ? await repo.dirtyFiles() : []);
        const out = await (0,_curate_apply_js__WEBPACK_IMPORTED_MODULE_1__/* .curate */ .Bh)({ settings, config, logger: deps.logger, clock: deps.clock }, requests, dirty);
        const done = out.actions.filter((a) => a.id === settings.target);
        const failed = done.length === 0;
        const lines = [
            ...done.map((a) => `${a.action} ${a.id}${a.title ? ` (${a.title})` : ''}: ${a.from}${a.to ? ` → ${a.to}` : ' → removed'}`),
            ...out.actions.filter((a) => a.id !== settings.target).map((a) => `also: ${a.action} ${a.id}${a.to ? ` → ${a.to}` : ''}`),
            ...out.problems.map((p) => `problem: ${p}`),
            ...out.warnings.map((w) => `warning: ${w}`),
            out.committed ? `committed ${out.commitSha ?? ''}${out.pushed ? ' and pushed' : ''}` : settings.dryRun ? 'dry run: nothing written' : 'nothing committed',
        ];
        const status = failed ? 'failed' : 'success';
        return {
            exitCode: failed ? 1 : 0,
            json: { status, ...out },
            text: lines.join('\n') + (out.diff ? `\n\n${out.diff}` : ''),
            outputs: { status, 'changed-files': out.changedFiles.join('\n'), 'commit-sha': out.commitSha ?? '' },
        };
    }
    finally {
        await lock?.release();
    }
}


/***/ }),

/***/ 49809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29834);
/**
 * The one retry loop: a fixed number of attempts, exponential backoff with full jitter, Retry-After
 * obeyed up to a limit, and every wait taken on an injectable clock (tests never sleep) that an
 * AbortSignal can cut short. Used by the HTTP fetcher, the Discord sender and the git push.
 *
 * The caller's attempt function never throws for an expected failure: it reports what happened and
 * whether another attempt could help, so each caller keeps its own wording for the final error.
 */

/** Full-jitter backoff (AWS architecture blog): a uniform wait in [0, ceiling) before retry number `retry` (1-based). */
function backoffDelay(retry, opts) {
    const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.floor((opts.random ?? Math.random)() * ceiling);
}
/**
 * Retry-After as milliseconds from `nowMs`: delta-seconds (fractions allowed, as Discord sends them)
 * or an HTTP date (a past date is 0). Undefined when absent or unreadable.
 */
function parseRetryAfter(value, nowMs) {
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
async function retry(attempt, opts) {
    const attempts = Math.max(1, Math.floor(opts.attempts));
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml;
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


/***/ })

};
