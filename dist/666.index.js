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
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(21191);
/* harmony import */ var _git_repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14134);
/* harmony import */ var _ops_backup_actions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46356);
/* harmony import */ var _ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40334);
/* harmony import */ var _ops_backup_includes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91510);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2462);








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
    const store = (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .statePaths */ .V)(settings.stateDir).backups;
    const include = (0,_ops_backup_includes_js__WEBPACK_IMPORTED_MODULE_5__/* .backupIncludes */ .q)(config);
    switch (settings.subcommand) {
        case 'create': {
            const snap = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__.createSnapshot)(settings.root, include, store, { label: 'manual', clock: deps.clock });
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
            const list = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__.listSnapshots)(store);
            return { exitCode: 0, json: list, text: listText(list), outputs: { status: 'success', 'backup-id': list[0]?.id ?? '' } };
        }
        case 'verify': {
            if (!settings.target && !(await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__.listSnapshots)(store)).length)
                return { exitCode: 0, json: { ok: true, checked: 0, problems: [], snapshots: 0 }, text: `no snapshots in ${store}: nothing to verify`, outputs: { status: 'success' } };
            const res = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__.verifySnapshots)(store, settings.target);
            const text = res.ok
                ? `verified ${res.checked} files: all intact`
                : `${res.problems.length} problem(s) in the backup store:\n${res.problems.map((p) => `  ${p.problem}: ${p.path} (snapshot ${p.snapshot})`).join('\n')}`;
            return { exitCode: res.ok ? 0 : 1, json: res, text, outputs: { status: res.ok ? 'success' : 'failed' } };
        }
        case 'restore': {
            const id = settings.target;
            const stored = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__.listSnapshots)(store);
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
            const verify = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__.verifySnapshots)(store, id);
            if (!verify.ok)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupError */ .hj(`snapshot ${id} is damaged; nothing restored: ${verify.problems.map((p) => `${p.problem} ${p.path}`).join(', ')}`);
            const res = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__.restoreSnapshot)(store, id, settings.root, include);
            const changed = [...res.written, ...res.removed].sort();
            let commitSha = '';
            if (settings.onActions && changed.length) {
                // On Actions a restore is a commit, so it reaches the wiki and can itself be reverted.
                const repo = (0,_git_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepo */ .B)(settings.root, deps.logger);
                const published = await (0,_git_publish_js__WEBPACK_IMPORTED_MODULE_7__/* .commitAndPush */ .tk)(repo, changed, `restore: ${id}`, config, {
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
            const res = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__.pruneSnapshots)(store, {
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

/***/ 46356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ ARTIFACT_PREFIX),
/* harmony export */   Rt: () => (/* binding */ downloadSnapshotArtifact),
/* harmony export */   eh: () => (/* binding */ uploadSnapshotArtifact)
/* harmony export */ });
/* unused harmony export artifactNameFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40334);
/**
 * Off-machine copies of single backup snapshots as workflow artifacts, so a restore can reach back
 * to an earlier run. (The whole store travels between runs through the workflow's actions/cache
 * step, not through this code.)
 *
 * The toolkit clients are imported lazily: together they pull in the Azure SDK and Octokit, which
 * would slow every CLI command's cold start while only the backup steps use them. They read their
 * configuration (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, RUNNER_TEMP, GITHUB_WORKSPACE) from
 * process.env at call time, except @actions/github, which fixes GITHUB_API_URL when first imported.
 * They log through @actions/core, i.e. to stdout.
 */






const ARTIFACT_PREFIX = 'wiki-backup-';
function artifactNameFor(id) {
    return `${ARTIFACT_PREFIX}${id}`;
}
function requireEnv(names, what) {
    const missing = names.filter((n) => !process.env[n]);
    if (missing.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`${what} needs ${missing.join(', ')} (only set inside GitHub Actions)`);
}
/**
 * Upload one snapshot (manifest + its blobs, laid out as in the store) as artifact
 * `wiki-backup-<id>`. The snapshot is verified first: an artifact of a damaged snapshot would only
 * fail later, at restore time, when it is needed.
 */
async function uploadSnapshotArtifact(storeDir, id, opts = {}) {
    requireEnv(['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'], 'uploading a backup artifact');
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(storeDir);
    const check = await (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.verifySnapshots)(dir, id);
    if (!check.ok) {
        const list = check.problems.map((p) => `${p.path} (${p.problem})`).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`snapshot ${id} is damaged and was not uploaded: ${list}`);
    }
    const manifest = await (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.readManifest)(dir, id);
    const files = [(0,_store_js__WEBPACK_IMPORTED_MODULE_5__.manifestPath)(dir, id), ...new Set(manifest.files.map((f) => (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.blobPath)(dir, f.sha256)))];
    const name = artifactNameFor(id);
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(963), __webpack_require__.e(351), __webpack_require__.e(659), __webpack_require__.e(336)]).then(__webpack_require__.bind(__webpack_require__, 4336));
    const client = new DefaultArtifactClient();
    let res;
    try {
        res = await client.uploadArtifact(name, files, dir, opts.retentionDays !== undefined ? { retentionDays: opts.retentionDays } : {});
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`uploading artifact ${name} from ${dir} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    opts.logger?.info(`snapshot ${id} uploaded as artifact ${name} (${files.length} files, ${res.size ?? '?'} bytes zipped)`);
    const out = { name, files: files.length };
    if (res.id !== undefined)
        out.artifactId = res.id;
    if (res.size !== undefined)
        out.size = res.size;
    if (res.digest !== undefined)
        out.digest = res.digest;
    return out;
}
/**
 * Fetch a backup artifact (this run's, or an earlier run's with `runId`) and import it into the
 * local store so restoreSnapshot can use it. Every blob is re-hashed before it is filed, and a
 * manifest is only written once all its blobs are present, so a truncated or tampered artifact
 * adds nothing a restore could trip over.
 */
async function downloadSnapshotArtifact(storeDir, opts) {
    const name = opts.artifactName ?? (opts.id !== undefined ? artifactNameFor(opts.id) : undefined);
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj('downloading a backup artifact needs an artifact name or a snapshot id');
    requireEnv(['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'], `downloading artifact ${name}`);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(storeDir);
    let findBy;
    if (opts.runId !== undefined) {
        const repository = opts.repository ?? process.env.GITHUB_REPOSITORY ?? '';
        const [owner, repo, extra] = repository.split('/');
        if (!owner || !repo || extra !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`downloading artifact ${name} from run ${opts.runId} needs a repository as owner/name (got "${repository}")`);
        }
        if (!opts.token)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`downloading artifact ${name} from run ${opts.runId} needs a token with actions:read`);
        findBy = { token: opts.token, workflowRunId: opts.runId, repositoryOwner: owner, repositoryName: repo };
    }
    const where = findBy ? `run ${findBy.workflowRunId} of ${findBy.repositoryOwner}/${findBy.repositoryName}` : 'this run';
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(963), __webpack_require__.e(351), __webpack_require__.e(659), __webpack_require__.e(336)]).then(__webpack_require__.bind(__webpack_require__, 4336));
    const client = new DefaultArtifactClient();
    const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), `wiki-backup-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}-`));
    try {
        let artifactId;
        let digest;
        try {
            const { artifact } = await client.getArtifact(name, findBy ? { findBy } : undefined);
            artifactId = artifact.id;
            digest = artifact.digest;
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${name} not found in ${where}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        let mismatch;
        try {
            const res = await client.downloadArtifact(artifactId, {
                path: tmp,
                ...(digest ? { expectedHash: digest.startsWith('sha256:') ? digest : `sha256:${digest}` } : {}),
                ...(findBy ? { findBy } : {}),
            });
            mismatch = res.digestMismatch;
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`downloading artifact ${name} (id ${artifactId}) from ${where} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        if (mismatch)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${name} (id ${artifactId}) from ${where} does not match its recorded digest`);
        const imported = await importDownloadedStore(tmp, dir, name);
        opts.logger?.info(`artifact ${name} imported: snapshots ${imported.snapshots.join(', ')}; ${imported.blobsAdded} new blob(s)`);
        return { artifactName: name, artifactId, ...imported };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true });
    }
}
/** Copy the manifests and blobs of an unpacked artifact into the store, verifying each blob. */
async function importDownloadedStore(src, storeDir, what) {
    let names;
    try {
        names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,_store_js__WEBPACK_IMPORTED_MODULE_5__.snapshotsDir)(src))).filter((n) => n.endsWith('.json'));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what} holds no snapshots/ folder: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    const ids = names.map((n) => n.slice(0, -'.json'.length));
    const bad = ids.filter((id) => !(0,_store_js__WEBPACK_IMPORTED_MODULE_5__.isSnapshotId)(id));
    if (bad.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what} holds unexpected manifests: ${bad.join(', ')}`);
    if (!ids.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what} holds no snapshot manifest`);
    let blobsAdded = 0;
    for (const id of ids) {
        const manifest = await (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.readManifest)(src, id);
        const problems = [];
        for (const sha256 of new Set(manifest.files.map((f) => f.sha256))) {
            let data;
            try {
                data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,_store_js__WEBPACK_IMPORTED_MODULE_5__.blobPath)(src, sha256));
            }
            catch {
                problems.push(`blob ${sha256} is missing from the artifact`);
                continue;
            }
            try {
                // replaceCorrupt: the artifact may be exactly what repairs a damaged local copy.
                if ((await (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.putBlob)(storeDir, data, sha256, { replaceCorrupt: true })).written)
                    blobsAdded += 1;
            }
            catch (err) {
                problems.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err));
            }
        }
        if (problems.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what}: snapshot ${id} has unusable blobs, not imported: ${problems.join('; ')}`);
        }
        await (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.putManifest)(storeDir, manifest);
    }
    return { snapshots: ids.sort(), blobsAdded };
}


/***/ }),

/***/ 91510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ backupIncludes)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Files the run may write: pages, day logs, the seen file. Snapshotted before the first write. */
function backupIncludes(config) {
    return [...new Set([config.pages.pagesDir, config.pages.newsDir, node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(config.pages.seenFile)])].filter((p) => p !== '.');
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
