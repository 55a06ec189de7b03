export const id = 975;
export const ids = [975,356];
export const modules = {

/***/ 46356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ARTIFACT_PREFIX: () => (/* binding */ ARTIFACT_PREFIX),
/* harmony export */   CACHE_KEY_PREFIX: () => (/* binding */ CACHE_KEY_PREFIX),
/* harmony export */   artifactNameFor: () => (/* binding */ artifactNameFor),
/* harmony export */   cacheKeyForRun: () => (/* binding */ cacheKeyForRun),
/* harmony export */   downloadSnapshotArtifact: () => (/* binding */ downloadSnapshotArtifact),
/* harmony export */   restoreStoreFromCache: () => (/* binding */ restoreStoreFromCache),
/* harmony export */   saveStoreToCache: () => (/* binding */ saveStoreToCache),
/* harmony export */   uploadSnapshotArtifact: () => (/* binding */ uploadSnapshotArtifact)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25625);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40334);
/**
 * Off-machine copies of the backup store through GitHub Actions: the whole blob store via
 * actions/cache (so the next run starts incremental), single snapshots as workflow artifacts (so a
 * restore can reach back to an earlier run even after the cache is evicted).
 *
 * The toolkit clients are imported lazily: together they pull in the Azure SDK and Octokit, which
 * would slow every CLI command's cold start while only the backup steps use them. Both clients
 * read their configuration (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_SERVICE_V2,
 * RUNNER_TEMP, GITHUB_WORKSPACE) from process.env at call time, except @actions/github, which fixes
 * GITHUB_API_URL when first imported. Both log through @actions/core, i.e. to stdout.
 */







const CACHE_KEY_PREFIX = 'wiki-daily-backups-';
const ARTIFACT_PREFIX = 'wiki-backup-';
/** A key unique to this run attempt: cache entries are immutable, so each run saves under a new key. */
function cacheKeyForRun(env = process.env) {
    const runId = env.GITHUB_RUN_ID;
    if (!runId)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj('GITHUB_RUN_ID is not set: the backup cache key needs the workflow run id');
    return `${CACHE_KEY_PREFIX}${runId}-${env.GITHUB_RUN_ATTEMPT || '1'}`;
}
function artifactNameFor(id) {
    return `${ARTIFACT_PREFIX}${id}`;
}
function requireEnv(names, what) {
    const missing = names.filter((n) => !process.env[n]);
    if (missing.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`${what} needs ${missing.join(', ')} (only set inside GitHub Actions)`);
}
async function isNonEmptyDir(dir) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir)).isDirectory() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).length > 0;
    }
    catch {
        return false;
    }
}
/**
 * Save the whole store under `key`. The toolkit treats caching as optional and never throws for
 * service failures: it prints the reason as an Actions warning and returns -1, which becomes
 * `saved: false` here (plus a warning on `logger`). Bad keys and a missing store do throw.
 */
async function saveStoreToCache(storeDir, key, logger = _log_js__WEBPACK_IMPORTED_MODULE_5__/* .silentLogger */ .qq) {
    requireEnv(['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'], 'saving the backup store to the Actions cache');
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(storeDir);
    if (!(await isNonEmptyDir(dir)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`backup store ${dir} is missing or empty; nothing to cache`);
    const cache = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(830), __webpack_require__.e(446), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
    let cacheId;
    try {
        cacheId = await cache.saveCache([dir], key);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`saving backup store ${dir} to the Actions cache under "${key}" failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    if (cacheId === -1) {
        logger.warn(`backup store ${dir} was not saved to the Actions cache under "${key}" (the cache client's warning above says why)`);
        return { key, saved: false };
    }
    logger.info(`backup store saved to the Actions cache as "${key}" (entry ${cacheId})`);
    return { key, saved: true, cacheId };
}
/**
 * Restore the newest cache entry whose key starts with `keyPrefix` into `storeDir`, merging with
 * what is there (blobs and manifests are content-named, so overwriting is harmless). A miss and a
 * failed download look the same from the toolkit (it warns and returns undefined): both are
 * `restored: false`. `storeDir` must be the same absolute path that was saved: it is part of the
 * cache version.
 */
async function restoreStoreFromCache(storeDir, keyPrefix, logger = _log_js__WEBPACK_IMPORTED_MODULE_5__/* .silentLogger */ .qq) {
    requireEnv(['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'], 'restoring the backup store from the Actions cache');
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(storeDir);
    const cache = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(830), __webpack_require__.e(446), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
    let matchedKey;
    try {
        matchedKey = await cache.restoreCache([dir], keyPrefix, [keyPrefix]);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`restoring backup store ${dir} from the Actions cache (prefix "${keyPrefix}") failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    if (!matchedKey) {
        logger.info(`no Actions cache entry for the backup store (prefix "${keyPrefix}")`);
        return { restored: false };
    }
    logger.info(`backup store restored from the Actions cache entry "${matchedKey}"`);
    return { restored: true, matchedKey };
}
/**
 * Upload one snapshot (manifest + its blobs, laid out as in the store) as artifact
 * `wiki-backup-<id>`. The snapshot is verified first: an artifact of a damaged snapshot would only
 * fail later, at restore time, when it is needed.
 */
async function uploadSnapshotArtifact(storeDir, id, opts = {}) {
    requireEnv(['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'], 'uploading a backup artifact');
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(storeDir);
    const check = await (0,_store_js__WEBPACK_IMPORTED_MODULE_6__.verifySnapshots)(dir, id);
    if (!check.ok) {
        const list = check.problems.map((p) => `${p.path} (${p.problem})`).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`snapshot ${id} is damaged and was not uploaded: ${list}`);
    }
    const manifest = await (0,_store_js__WEBPACK_IMPORTED_MODULE_6__.readManifest)(dir, id);
    const files = [(0,_store_js__WEBPACK_IMPORTED_MODULE_6__.manifestPath)(dir, id), ...new Set(manifest.files.map((f) => (0,_store_js__WEBPACK_IMPORTED_MODULE_6__.blobPath)(dir, f.sha256)))];
    const name = artifactNameFor(id);
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(830), __webpack_require__.e(446), __webpack_require__.e(458)]).then(__webpack_require__.bind(__webpack_require__, 67458));
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(830), __webpack_require__.e(446), __webpack_require__.e(458)]).then(__webpack_require__.bind(__webpack_require__, 67458));
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
        names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,_store_js__WEBPACK_IMPORTED_MODULE_6__.snapshotsDir)(src))).filter((n) => n.endsWith('.json'));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what} holds no snapshots/ folder: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    const ids = names.map((n) => n.slice(0, -'.json'.length));
    const bad = ids.filter((id) => !(0,_store_js__WEBPACK_IMPORTED_MODULE_6__.isSnapshotId)(id));
    if (bad.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what} holds unexpected manifests: ${bad.join(', ')}`);
    if (!ids.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what} holds no snapshot manifest`);
    let blobsAdded = 0;
    for (const id of ids) {
        const manifest = await (0,_store_js__WEBPACK_IMPORTED_MODULE_6__.readManifest)(src, id);
        const problems = [];
        for (const sha256 of new Set(manifest.files.map((f) => f.sha256))) {
            let data;
            try {
                data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,_store_js__WEBPACK_IMPORTED_MODULE_6__.blobPath)(src, sha256));
            }
            catch {
                problems.push(`blob ${sha256} is missing from the artifact`);
                continue;
            }
            try {
                // replaceCorrupt: the artifact may be exactly what repairs a damaged local copy.
                if ((await (0,_store_js__WEBPACK_IMPORTED_MODULE_6__.putBlob)(storeDir, data, sha256, { replaceCorrupt: true })).written)
                    blobsAdded += 1;
            }
            catch (err) {
                problems.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err));
            }
        }
        if (problems.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what}: snapshot ${id} has unusable blobs, not imported: ${problems.join('; ')}`);
        }
        await (0,_store_js__WEBPACK_IMPORTED_MODULE_6__.putManifest)(storeDir, manifest);
    }
    return { snapshots: ids.sort(), blobsAdded };
}


/***/ })

};
