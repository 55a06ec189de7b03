export const id = 666;
export const ids = [666];
export const modules = {

/***/ 33454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdBackup: () => (/* binding */ cmdBackup)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61036);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(21191);
/* harmony import */ var _git_repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14134);
/* harmony import */ var _ops_backup_actions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46356);
/* harmony import */ var _ops_backup_delta_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89183);
/* harmony import */ var _ops_backup_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40334);
/* harmony import */ var _ops_backup_includes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91510);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2462);









function mb(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
function listText(list) {
    if (!list.length)
        return 'no snapshots';
    return list.map((s) => `${s.id}  ${s.createdAt}  ${s.files} files  ${mb(s.size)}${s.label ? `  ${s.label}` : ''}`).join('\n');
}
async function cmdBackup(settings, deps) {
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(settings.configFile);
    const store = (0,_state_js__WEBPACK_IMPORTED_MODULE_7__/* .statePaths */ .V)(settings.stateDir).backups;
    const include = (0,_ops_backup_includes_js__WEBPACK_IMPORTED_MODULE_6__/* .backupIncludes */ .q)(config);
    switch (settings.subcommand) {
        case 'create': {
            // As a run takes it: a delta on the last snapshot when git can say what changed (and the base of the next).
            const snap = await (0,_ops_backup_delta_js__WEBPACK_IMPORTED_MODULE_4__/* .snapshotWithGit */ .ny)(settings.root, include, store, { label: 'manual', clock: deps.clock });
            let artifact = '';
            if (snap.created && settings.onActions) {
                const up = await (0,_ops_backup_actions_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadSnapshotArtifact */ .eh)(store, snap.id, { retentionDays: config.backup.artifactRetentionDays, logger: deps.logger });
                artifact = up.name;
            }
            const text = snap.created
                ? `snapshot ${snap.id}: ${snap.files} files, ${snap.blobsAdded} new blobs (${mb(snap.bytesAdded)})${artifact ? `, artifact ${artifact}` : ''}`
                : `nothing changed since snapshot ${snap.id}; no new snapshot`;
            return { exitCode: 0, json: { ...snap, ...(artifact ? { artifact } : {}) }, text, outputs: { status: 'success', 'backup-id': snap.id } };
        }
        case 'list': {
            const list = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_5__.listSnapshots)(store);
            return { exitCode: 0, json: list, text: listText(list), outputs: { status: 'success', 'backup-id': list[0]?.id ?? '' } };
        }
        case 'verify': {
            if (!settings.target && !(await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_5__.listSnapshots)(store)).length)
                return { exitCode: 0, json: { ok: true, checked: 0, problems: [], snapshots: 0 }, text: `no snapshots in ${store}: nothing to verify`, outputs: { status: 'success' } };
            const res = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_5__.verifySnapshots)(store, settings.target);
            const text = res.ok
                ? `verified ${res.checked} files: all intact`
                : `${res.problems.length} problem(s) in the backup store:\n${res.problems.map((p) => `  ${p.problem}: ${p.path} (snapshot ${p.snapshot})`).join('\n')}`;
            return { exitCode: res.ok ? 0 : 1, json: res, text, outputs: { status: res.ok ? 'success' : 'failed' } };
        }
        case 'restore': {
            const id = settings.target;
            const stored = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_5__.listSnapshots)(store);
            if (!settings.backupRunId && !stored.some((s) => s.id === id)) {
                // Explain where the snapshot would be, instead of looking for it in this run's (empty) artifacts.
                const newest = stored.slice(0, 5).map((s) => s.id);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupError */ .hj(`snapshot ${id} is not in the backup store ${store}${newest.length ? ` (newest there: ${newest.join(', ')})` : ' (it holds no snapshots)'}. ` +
                    (settings.onActions
                        ? `Its artifact ${_ops_backup_actions_js__WEBPACK_IMPORTED_MODULE_3__/* .ARTIFACT_PREFIX */ .Cw}${id} is kept by the daily run that took it: run again with backup-run-id set to that run's id (its job summary says "artifact … in this run (run id N)"); artifacts expire after backup.artifactRetentionDays (${config.backup.artifactRetentionDays}) days.`
                        : 'Pick one from `wiki-daily backup list`, or on Actions give the run that holds its artifact (--run-id).'));
            }
            if (settings.backupRunId) {
                const runId = settings.backupRunId ? Number(settings.backupRunId) : undefined;
                await (0,_ops_backup_actions_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadSnapshotArtifact */ .Rt)(store, {
                    id,
                    ...(runId ? { runId } : {}),
                    ...(settings.token ? { token: settings.token } : {}),
                    logger: deps.logger,
                });
            }
            const verify = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_5__.verifySnapshots)(store, id);
            if (!verify.ok)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupError */ .hj(`snapshot ${id} is damaged; nothing restored: ${verify.problems.map((p) => `${p.problem} ${p.path}`).join(', ')}`);
            const res = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_5__.restoreSnapshot)(store, id, settings.root, include);
            const changed = [...res.written, ...res.removed].sort();
            let commitSha = '';
            if (settings.onActions && changed.length) {
                // On Actions a restore is a commit, so it reaches the wiki and can itself be reverted.
                const repo = (0,_git_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepo */ .B)(settings.root, deps.logger);
                const published = await (0,_git_publish_js__WEBPACK_IMPORTED_MODULE_8__/* .commitAndPush */ .tk)(repo, changed, `restore: ${id}`, config, {
                    push: settings.push,
                    ...(settings.token ? { token: settings.token } : {}),
                    clock: deps.clock,
                });
                commitSha = published.sha ?? '';
                if (published.push && !published.push.pushed)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupError */ .hj(`restored and committed ${commitSha.slice(0, 8)}, but push failed: ${published.push.error ?? 'unknown'}`);
            }
            const text = `restored snapshot ${id}: ${res.written.length} files written, ${res.removed.length} removed${commitSha ? `, commit ${commitSha.slice(0, 8)}` : ''}`;
            return { exitCode: 0, json: { id, ...res, ...(commitSha ? { commitSha } : {}) }, text, outputs: { status: 'success', 'backup-id': id, 'changed-files': changed.join('\n'), 'commit-sha': commitSha } };
        }
        case 'prune': {
            const res = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_5__.pruneSnapshots)(store, {
                keep: settings.keep ?? config.backup.keep,
                maxSizeMb: settings.maxSizeMb ?? config.backup.maxSizeMb,
                clock: deps.clock,
            });
            return {
                exitCode: 0,
                json: res,
                text: `pruned ${res.removed.length} snapshot(s), freed ${mb(res.freedBytes)}`,
                outputs: { status: 'success' },
            };
        }
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupError */ .hj(`unknown backup command ${settings.subcommand ?? ''}: use create, list, verify, restore or prune`);
    }
}


/***/ }),

/***/ 21191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ botIdentity),
/* harmony export */   tk: () => (/* binding */ commitAndPush),
/* harmony export */   y: () => (/* binding */ pushOptionsFor)
/* harmony export */ });
function botIdentity(config) {
    return { name: config.git.authorName, email: config.git.authorEmail };
}
function pushOptionsFor(config, token, clock) {
    return {
        remote: config.git.remote,
        ...(config.git.branch ? { branch: config.git.branch } : {}),
        attempts: config.git.pushAttempts,
        ...(token ? { token } : {}),
        clock,
    };
}
/** Commit exactly `files` as the bot and, when `push` is set, push the commit. Never pushes a no-op. */
async function commitAndPush(repo, files, message, config, opts) {
    const commit = await repo.commitFiles([...files], message, botIdentity(config));
    const out = { committed: commit.committed, ...(commit.sha ? { sha: commit.sha } : {}) };
    if (!commit.committed || !opts.push)
        return out;
    out.push = await repo.push(pushOptionsFor(config, opts.token, opts.clock));
    if (out.push.sha)
        out.sha = out.push.sha;
    return out;
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
