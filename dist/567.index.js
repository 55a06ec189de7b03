export const id = 567;
export const ids = [567];
export const modules = {

/***/ 25914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FileHttpCache: () => (/* binding */ FileHttpCache),
/* harmony export */   MemoryHttpCache: () => (/* binding */ MemoryHttpCache),
/* harmony export */   cacheKey: () => (/* binding */ cacheKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62072);
/**
 * HTTP cache of successful (2xx) responses, so a re-run within the freshness window costs no request
 * and a later run can ask "has it changed?" (ETag / Last-Modified → 304) instead of downloading again.
 *
 * On disk (statePaths(stateDir).httpCache): per URL, keyed by sha256(URL), `<key>.json` (the meta)
 * and `<key>.body` (the raw bytes). The body is written first and the meta last, both atomically, so
 * the meta is the commit point; the meta records the body's length and sha256 so a body that does not
 * belong to it (crash between the two writes, disk trouble, hand edits) is detected. Anything
 * unreadable is a miss with a warning: losing the cache only costs speed.
 */





function cacheKey(url) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(url).digest('hex');
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
function isStoredMeta(value) {
    if (!value || typeof value !== 'object')
        return false;
    const v = value;
    const optionalString = (k) => v[k] === undefined || typeof v[k] === 'string';
    return (v.version === 1 &&
        typeof v.url === 'string' &&
        typeof v.status === 'number' &&
        typeof v.storedAt === 'number' &&
        Number.isFinite(v.storedAt) &&
        typeof v.bodyBytes === 'number' &&
        typeof v.finalUrl === 'string' &&
        typeof v.bodySha256 === 'string' &&
        optionalString('etag') &&
        optionalString('lastModified') &&
        optionalString('contentType'));
}
function isMissing(err) {
    return err?.code === 'ENOENT';
}
function publicEntry(meta) {
    const entry = {
        url: meta.url,
        status: meta.status,
        storedAt: meta.storedAt,
        bodyBytes: meta.bodyBytes,
        finalUrl: meta.finalUrl,
    };
    if (meta.etag !== undefined)
        entry.etag = meta.etag;
    if (meta.lastModified !== undefined)
        entry.lastModified = meta.lastModified;
    if (meta.contentType !== undefined)
        entry.contentType = meta.contentType;
    return entry;
}
class FileHttpCache {
    dir;
    logger;
    constructor(dir, logger) {
        this.dir = dir;
        this.logger = logger;
    }
    files(url) {
        const key = cacheKey(url);
        return { meta: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `${key}.json`), body: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `${key}.body`) };
    }
    async get(url) {
        const files = this.files(url);
        let metaText;
        try {
            metaText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(files.meta, 'utf8');
        }
        catch (err) {
            if (!isMissing(err))
                this.logger.warn(`http cache: cannot read ${files.meta} (for ${url}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}; treated as a miss`);
            return undefined;
        }
        const corrupt = (why) => {
            this.logger.warn(`http cache: corrupt entry ${files.meta} (for ${url}): ${why}; treated as a miss`);
            return undefined;
        };
        let meta;
        try {
            meta = JSON.parse(metaText);
        }
        catch (err) {
            return corrupt(`invalid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)})`);
        }
        if (!isStoredMeta(meta))
            return corrupt('unexpected shape');
        // Two URLs with the same sha256 will not happen; a copied or hand-edited file might.
        if (meta.url !== url)
            return corrupt(`it belongs to ${meta.url}`);
        let body;
        try {
            body = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(files.body);
        }
        catch (err) {
            return corrupt(`body file ${files.body} unreadable (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)})`);
        }
        if (body.byteLength !== meta.bodyBytes || sha256(body) !== meta.bodySha256) {
            return corrupt(`body file ${files.body} does not match its meta (${body.byteLength} bytes, expected ${meta.bodyBytes})`);
        }
        return { ...publicEntry(meta), body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
    }
    async set(url, entry, body) {
        const files = this.files(url);
        const bodySha256 = sha256(body);
        // Body first, meta last: the meta is the commit point (see the module comment).
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(files.body, body);
        const meta = { version: 1, ...publicEntry(entry), url, bodyBytes: body.byteLength, bodySha256 };
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(files.meta, `${JSON.stringify(meta, null, 1)}\n`);
    }
}
/** In-memory cache for tests and one-off runs without a state directory. */
class MemoryHttpCache {
    entries = new Map();
    async get(url) {
        const e = this.entries.get(url);
        return e ? { ...e, body: e.body.slice() } : undefined;
    }
    async set(url, entry, body) {
        this.entries.set(url, { ...publicEntry(entry), url, bodyBytes: body.byteLength, body: body.slice() });
    }
}


/***/ }),

/***/ 46356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rt: () => (/* binding */ downloadSnapshotArtifact),
/* harmony export */   eh: () => (/* binding */ uploadSnapshotArtifact)
/* harmony export */ });
/* unused harmony exports CACHE_KEY_PREFIX, ARTIFACT_PREFIX, cacheKeyForRun, artifactNameFor, saveStoreToCache, restoreStoreFromCache */
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
        throw new BackupError('GITHUB_RUN_ID is not set: the backup cache key needs the workflow run id');
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
        return (await stat(dir)).isDirectory() && (await readdir(dir)).length > 0;
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
async function saveStoreToCache(storeDir, key, logger = silentLogger) {
    requireEnv(['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'], 'saving the backup store to the Actions cache');
    const dir = path.resolve(storeDir);
    if (!(await isNonEmptyDir(dir)))
        throw new BackupError(`backup store ${dir} is missing or empty; nothing to cache`);
    const cache = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(446), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
    let cacheId;
    try {
        cacheId = await cache.saveCache([dir], key);
    }
    catch (err) {
        throw new BackupError(`saving backup store ${dir} to the Actions cache under "${key}" failed: ${errorMessage(err)}`, { cause: err });
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
async function restoreStoreFromCache(storeDir, keyPrefix, logger = silentLogger) {
    requireEnv(['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'], 'restoring the backup store from the Actions cache');
    const dir = path.resolve(storeDir);
    const cache = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(446), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
    let matchedKey;
    try {
        matchedKey = await cache.restoreCache([dir], keyPrefix, [keyPrefix]);
    }
    catch (err) {
        throw new BackupError(`restoring backup store ${dir} from the Actions cache (prefix "${keyPrefix}") failed: ${errorMessage(err)}`, { cause: err });
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
    const check = await (0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .verifySnapshots */ .V6)(dir, id);
    if (!check.ok) {
        const list = check.problems.map((p) => `${p.path} (${p.problem})`).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`snapshot ${id} is damaged and was not uploaded: ${list}`);
    }
    const manifest = await (0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .readManifest */ .WI)(dir, id);
    const files = [(0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestPath */ .ji)(dir, id), ...new Set(manifest.files.map((f) => (0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .blobPath */ .nD)(dir, f.sha256)))];
    const name = artifactNameFor(id);
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(446), __webpack_require__.e(458)]).then(__webpack_require__.bind(__webpack_require__, 67458));
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(446), __webpack_require__.e(458)]).then(__webpack_require__.bind(__webpack_require__, 67458));
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
        names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .snapshotsDir */ .Tb)(src))).filter((n) => n.endsWith('.json'));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what} holds no snapshots/ folder: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    const ids = names.map((n) => n.slice(0, -'.json'.length));
    const bad = ids.filter((id) => !(0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .isSnapshotId */ .Yr)(id));
    if (bad.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what} holds unexpected manifests: ${bad.join(', ')}`);
    if (!ids.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what} holds no snapshot manifest`);
    let blobsAdded = 0;
    for (const id of ids) {
        const manifest = await (0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .readManifest */ .WI)(src, id);
        const problems = [];
        for (const sha256 of new Set(manifest.files.map((f) => f.sha256))) {
            let data;
            try {
                data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .blobPath */ .nD)(src, sha256));
            }
            catch {
                problems.push(`blob ${sha256} is missing from the artifact`);
                continue;
            }
            try {
                // replaceCorrupt: the artifact may be exactly what repairs a damaged local copy.
                if ((await (0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .putBlob */ .HT)(storeDir, data, sha256, { replaceCorrupt: true })).written)
                    blobsAdded += 1;
            }
            catch (err) {
                problems.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err));
            }
        }
        if (problems.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what}: snapshot ${id} has unusable blobs, not imported: ${problems.join('; ')}`);
        }
        await (0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .putManifest */ .RV)(storeDir, manifest);
    }
    return { snapshots: ids.sort(), blobsAdded };
}


/***/ }),

/***/ 96567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q1: () => (/* binding */ backupIncludes),
  runDaily: () => (/* binding */ runDaily)
});

// UNUSED EXPORTS: existingEntryIds, readWiki

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/collect/collect.ts + 6 modules
var collect = __webpack_require__(9553);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
;// CONCATENATED MODULE: ./src/gate/text.ts
/**
 * Text keys for matching names and words. Korean names are written with and without spaces
 * (고윤정 / 고 윤정), English ones with spaces, hyphens or neither (Go Youn-jung / Go Younjung), and
 * feeds mix NFC with NFD Hangul; comparing keys instead of raw text makes all of those equal.
 */
/** Separators that writers use interchangeably inside a name; removed together with whitespace. */
const SEPARATORS = /[\s\-_.·・‧'’‘"“”+]/gu;
/** Case-, width-, composition- and separator-insensitive key of a text. */
function matchKey(text) {
    return text.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
}
/**
 * Percent-decode what can be decoded and leave the rest: one malformed escape in a URL must not
 * hide a name that is spelled out elsewhere in it.
 */
function safeDecode(text) {
    if (!text.includes('%') && !text.includes('+'))
        return text;
    const spaced = text.replace(/\+/g, ' ');
    try {
        return decodeURIComponent(spaced);
    }
    catch {
        return spaced.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
            try {
                return decodeURIComponent(run);
            }
            catch {
                return run;
            }
        });
    }
}
/**
 * Does `host` equal `suffix` or end with `.suffix`? Matching on label boundaries keeps `kbs.co.kr`
 * from matching `xkbs.co.kr`.
 */
function hostMatchesSuffix(host, suffix) {
    return host === suffix || host.endsWith(`.${suffix}`);
}
/** A host suffix as written in the config, tolerant of `*.x`, `.x`, upper case and a trailing dot. */
function normalizeHostSuffix(suffix) {
    return suffix
        .trim()
        .toLowerCase()
        .replace(/^\*?\./, '')
        .replace(/\.$/, '');
}
/** Numbers in reasons: integers as is, fractions with at most two decimals. */
function formatNumber(n) {
    return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

;// CONCATENATED MODULE: ./src/gate/canonical.ts
/**
 * One canonical form per article URL, so the same article reached through a mobile host, an AMP
 * page, a tracking link or a YouTube share link gets one entry id, in this run and in every later one.
 *
 * Rules (in order):
 * - only absolute http(s) URLs; anything else throws InvalidUrlError naming the URL;
 * - Google AMP viewer / AMP cache wrappers (Google search `/amp/s/…` links, `cdn.ampproject.org` `/c/s/…` links) are unwrapped;
 * - YouTube videos (watch?v=, /shorts/, /embed/, /live/, /v/, youtu.be/, m./music./nocookie hosts)
 *   become `https://www.youtube.com/watch?v=ID`, every other parameter dropped;
 * - scheme and host lower case (the URL parser), default ports dropped, credentials dropped,
 *   trailing dot of the host dropped;
 * - `m.`, `mobile.`, `amp.` host prefixes stripped (m.news.naver.com → news.naver.com);
 * - AMP paths: `amp` path segments (`/amp/…`, `…/amp`), `.amp` before an extension or at the end;
 *   AMP switches in the query (`amp=1|true|yes|`, `outputType=amp`, `output=amp`);
 * - tracking parameters (TRACKING_PARAMS, TRACKING_PARAM_PREFIXES; names compared case-insensitively);
 * - fragments, except hash-router fragments (`#!/…`, `#/…`) which identify the page on some sites;
 * - trailing slashes (not the root path `/`); percent escapes in upper case;
 * - remaining query parameters sorted by name (stable: repeated names keep their order), each kept
 *   exactly as written, so no server ever sees a differently encoded value.
 *
 * The scheme is kept as given; entryId ignores it, so http:// and https:// forms are one entry.
 */



/** Query parameters that only track the click, never select content (lower case). */
const TRACKING_PARAMS = new Set([
    // ad click ids
    'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
    'li_fat_id', 'igshid', 'igsh', 'epik',
    // analytics / campaign ids
    '_ga', '_gl', 'cmpid', 'ncid', 'spm', 'scm', 'ito', 's_cid', 'wt.mc_id', 'vero_id', 'vero_conv',
    'pk_campaign', 'pk_kwd', 'pk_source', 'pk_medium', 'pk_content',
    // newsletters (Mailchimp, HubSpot, Marketo)
    'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok',
    // referrers
    'ref', 'ref_src', 'ref_url',
    // Google News appends oc=5 to the article links it hands out; YouTube/Spotify share ids
    'oc', 'si',
]);
/** Parameter name prefixes that are tracking by convention (lower case). */
const TRACKING_PARAM_PREFIXES = ['utm_', 'mtm_', 'hsa_'];
/** Host prefixes of mobile / AMP variants of a site. */
const MOBILE_HOST_PREFIXES = ['m.', 'mobile.', 'amp.'];
const YOUTUBE_HOSTS = new Set([
    'youtube.com',
    'www.youtube.com',
    'm.youtube.com',
    'music.youtube.com',
    'youtube-nocookie.com',
    'www.youtube-nocookie.com',
]);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_PATH_FORMS = new Set(['shorts', 'embed', 'live', 'v', 'e']);
/** Only on YouTube: parameters of a channel/playlist page that do not select content. */
const YOUTUBE_EXTRA_TRACKING = new Set(['feature', 'pp', 'ab_channel']);
const MAX_URL_IN_MESSAGE = 300;
/** A link that cannot be turned into a canonical URL; the message names the URL. */
class InvalidUrlError extends errors/* WikiDailyError */.WA {
    url;
    constructor(url, why) {
        const shown = url.length > MAX_URL_IN_MESSAGE ? `${url.slice(0, MAX_URL_IN_MESSAGE)}…` : url;
        super(`cannot canonicalise URL "${shown}": ${why}`);
        this.url = url;
    }
}
function parseHttpUrl(url) {
    let u;
    try {
        u = new URL(url.trim());
    }
    catch {
        throw new InvalidUrlError(url, 'not a valid absolute URL');
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        throw new InvalidUrlError(url, `scheme "${u.protocol.replace(/:$/, '')}" is not http or https`);
    }
    if (!u.hostname)
        throw new InvalidUrlError(url, 'no host');
    return u;
}
/** The article URL inside a Google AMP viewer or AMP cache link, if this is one. */
function unwrapAmpViewer(u) {
    const host = u.hostname.replace(/\.$/, '');
    if (/^(?:www\.)?google\.[a-z.]+$/.test(host)) {
        const m = /^\/amp\/(s\/)?(.+)$/.exec(u.pathname);
        if (m?.[2])
            return `${m[1] ? 'https' : 'http'}://${m[2]}${u.search}`;
    }
    if (host.endsWith('.cdn.ampproject.org')) {
        const m = /^\/[a-z]\/(s\/)?(.+)$/.exec(u.pathname);
        if (m?.[2])
            return `${m[1] ? 'https' : 'http'}://${m[2]}${u.search}`;
    }
    return undefined;
}
function youtubeVideoId(u, host) {
    if (host !== 'youtu.be' && !YOUTUBE_HOSTS.has(host))
        return undefined;
    const segments = u.pathname.split('/').filter(Boolean);
    if (host === 'youtu.be') {
        const id = segments[0];
        return id && YOUTUBE_ID.test(id) ? id : undefined;
    }
    if (segments[0] === 'watch') {
        const id = u.searchParams.get('v') ?? segments[1];
        return id && YOUTUBE_ID.test(id) ? id : undefined;
    }
    if (segments[0] && YOUTUBE_PATH_FORMS.has(segments[0])) {
        const id = segments[1];
        return id && YOUTUBE_ID.test(id) ? id : undefined;
    }
    return undefined;
}
function stripMobilePrefix(host) {
    let h = host;
    for (let changed = true; changed;) {
        changed = false;
        for (const prefix of MOBILE_HOST_PREFIXES) {
            const rest = h.slice(prefix.length);
            // keep at least "name.tld": m.com is a site, not a mobile variant of "com"
            if (h.startsWith(prefix) && rest.includes('.')) {
                h = rest;
                changed = true;
            }
        }
    }
    return h;
}
function canonicalPath(pathname) {
    // Every link in the wiki is canonicalised on every run: skip the segment work when no "amp" is there.
    let path = /amp/i.test(pathname)
        ? pathname
            .split('/')
            .filter((s) => s.toLowerCase() !== 'amp')
            .map((s) => s.replace(/\.amp(?=\.[A-Za-z0-9]+$|$)/i, ''))
            .join('/')
        : pathname;
    path = path.replace(/\/+$/, '');
    if (!path.startsWith('/'))
        path = `/${path}`;
    return upperCaseEscapes(path);
}
function upperCaseEscapes(s) {
    return s.includes('%') ? s.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase()) : s;
}
function isDroppedParam(name, value, youtube) {
    if (TRACKING_PARAMS.has(name))
        return true;
    if (TRACKING_PARAM_PREFIXES.some((p) => name.startsWith(p)))
        return true;
    if (youtube && YOUTUBE_EXTRA_TRACKING.has(name))
        return true;
    const v = value.toLowerCase();
    if (name === 'amp')
        return v === '' || v === '1' || v === 'true' || v === 'yes';
    if (name === 'outputtype' || name === 'output')
        return v === 'amp';
    return false;
}
function canonicalQuery(search, youtube) {
    const kept = [];
    for (const raw of search.replace(/^\?/, '').split('&')) {
        if (!raw)
            continue;
        const eq = raw.indexOf('=');
        const name = safeDecode(eq < 0 ? raw : raw.slice(0, eq)).toLowerCase();
        const value = eq < 0 ? '' : safeDecode(raw.slice(eq + 1));
        if (isDroppedParam(name, value, youtube))
            continue;
        kept.push({ name, raw: upperCaseEscapes(raw) });
    }
    // Array.prototype.sort is stable: repeated names keep their relative order
    kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return kept.length ? `?${kept.map((k) => k.raw).join('&')}` : '';
}
function canonicalFragment(hash) {
    // hash routers (#!/article/1, #/view/2) put the page itself in the fragment: dropping it would
    // merge different articles into one entry and lose all but the first
    return /^#!?\//.test(hash) ? hash : '';
}
function canonicalize(url, depth) {
    const u = parseHttpUrl(url);
    if (depth === 0) {
        const inner = unwrapAmpViewer(u);
        if (inner)
            return canonicalize(inner, 1);
    }
    const host = u.hostname.replace(/\.$/, '');
    const videoId = youtubeVideoId(u, host);
    if (videoId)
        return `https://www.youtube.com/watch?v=${videoId}`;
    const youtube = YOUTUBE_HOSTS.has(host);
    const cleanHost = youtube ? 'www.youtube.com' : stripMobilePrefix(host);
    const port = u.port ? `:${u.port}` : '';
    return (`${u.protocol}//${cleanHost}${port}` +
        canonicalPath(u.pathname) +
        canonicalQuery(u.search, youtube) +
        canonicalFragment(u.hash));
}
/** The canonical form of an article URL (see the module comment); throws InvalidUrlError. */
function canonicalUrl(url) {
    return canonicalize(url, 0);
}
/**
 * sha256 of a string's UTF-8 bytes, in hex. Ids are computed for every link in the wiki and every
 * line of the seen file, so the one-shot crypto.hash (Node ≥ 20.12, several times faster than a
 * Hash object per call) is used when present.
 */
const sha256Hex = typeof (external_node_crypto_default()).hash === 'function'
    ? (text) => external_node_crypto_default().hash('sha256', text, 'hex')
    : (text) => external_node_crypto_default().createHash('sha256').update(text, 'utf8').digest('hex');
/** Lower-case host name of a URL (no port, no trailing dot); throws InvalidUrlError. */
function hostOf(url) {
    return parseHttpUrl(url).hostname.replace(/\.$/, '');
}
/** The same canonical URL with the other of http/https, for scheme-insensitive lookups. */
function otherSchemeVariant(canonical) {
    if (canonical.startsWith('https://'))
        return `http://${canonical.slice('https://'.length)}`;
    if (canonical.startsWith('http://'))
        return `https://${canonical.slice('http://'.length)}`;
    return undefined;
}
/** Stable entry id: 'e' + the first 12 hex digits of sha256 of the canonical URL without its scheme. */
function entryId(canonical) {
    const withoutScheme = canonical.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    return `e${sha256Hex(withoutScheme).slice(0, 12)}`;
}

;// CONCATENATED MODULE: ./src/gate/grades.ts

/** Most cautious first: on a tie of suffix length the earlier lane wins. */
const LANES_BY_CAUTION = ['discard', 'pool', 'queue', 'land'];
function gradeHost(host, g) {
    const h = host.trim().toLowerCase().replace(/\.$/, '');
    let best;
    for (const lane of LANES_BY_CAUTION) {
        for (const raw of g[lane]) {
            const suffix = normalizeHostSuffix(raw);
            if (!suffix || !hostMatchesSuffix(h, suffix))
                continue;
            if (!best?.suffix || suffix.length > best.suffix.length)
                best = { lane, suffix };
        }
    }
    return best ?? { lane: g.default };
}

;// CONCATENATED MODULE: ./src/gate/relevance.ts


function prepareTerms(terms) {
    return terms
        .map((t) => (typeof t === 'string' ? { key: matchKey(t), weight: 1 } : { key: matchKey(t.term), weight: t.weight }))
        .filter((t) => t.key !== '');
}
function keysOf(words) {
    return words.map(matchKey).filter((k) => k !== '');
}
/** Weight of the best term found in `fieldKey`, 0 when none. */
function bestWeight(fieldKey, terms) {
    let best = 0;
    for (const t of terms)
        if (t.weight > best && fieldKey.includes(t.key))
            best = t.weight;
    return best;
}
function safeHost(url) {
    try {
        return hostOf(url);
    }
    catch {
        return undefined;
    }
}
function isTrustedOutlet(item, trustedOutlets) {
    if (!trustedOutlets.length)
        return false;
    const outletKey = item.outlet ? matchKey(item.outlet) : '';
    const host = safeHost(item.link);
    return trustedOutlets.some((entry) => {
        if (outletKey && matchKey(entry) === outletKey)
            return true;
        const suffix = normalizeHostSuffix(entry);
        return host !== undefined && suffix.includes('.') && hostMatchesSuffix(host, suffix);
    });
}
function scoreRelevance(item, s, trusted) {
    const titleKey = matchKey(item.title);
    const summaryKey = matchKey(item.summary ?? '');
    const urlKey = matchKey(safeDecode(item.link));
    const terms = prepareTerms(s.terms);
    const parts = [
        ['title', s.weights.title * bestWeight(titleKey, terms)],
        ['summary', s.weights.summary * bestWeight(summaryKey, terms)],
        ['url', s.weights.url * bestWeight(urlKey, terms)],
        ['context', keysOf(s.contextTerms).some((k) => titleKey.includes(k)) ? s.weights.context : 0],
        ['outlet', isTrustedOutlet(item, s.trustedOutlets) ? s.weights.trustedOutlet : 0],
    ];
    const score = parts.reduce((sum, [, v]) => sum + v, 0);
    const detail = parts
        .filter(([, v]) => v !== 0)
        .map(([name, v]) => `${name} ${formatNumber(v)}`)
        .join(', ');
    const why = detail ? `(${detail})` : '(nothing matched)';
    if (trusted)
        return { score, accepted: true, reason: `trusted source, score ${formatNumber(score)} ${why}` };
    const textKeys = [titleKey, summaryKey];
    let allowNote = '';
    const excludedBy = s.exclude.find((w) => {
        const k = matchKey(w);
        return k !== '' && textKeys.some((t) => t.includes(k));
    });
    if (excludedBy !== undefined) {
        const allowedBy = s.allowContext.find((w) => {
            const k = matchKey(w);
            return k !== '' && textKeys.some((t) => t.includes(k));
        });
        if (allowedBy === undefined)
            return { score, accepted: false, reason: `excluded by '${excludedBy}'` };
        allowNote = `; '${excludedBy}' allowed by '${allowedBy}'`;
    }
    const accepted = score >= s.threshold;
    const comparison = accepted ? '≥' : '<';
    return {
        score,
        accepted,
        reason: `score ${formatNumber(score)} ${comparison} ${formatNumber(s.threshold)} ${why}${allowNote}`,
    };
}

;// CONCATENATED MODULE: ./src/gate/route.ts

function routeItem(item, r) {
    const textKeys = [matchKey(item.title), matchKey(item.summary ?? '')];
    for (const [index, rule] of r.rules.entries()) {
        const hasCriteria = rule.keywords.length > 0 || rule.sources.length > 0 || rule.kinds.length > 0;
        const matches = !hasCriteria ||
            rule.keywords.some((w) => {
                const k = matchKey(w);
                return k !== '' && textKeys.some((t) => t.includes(k));
            }) ||
            rule.sources.includes(item.sourceId) ||
            (item.kindHint !== undefined && rule.kinds.includes(item.kindHint));
        if (matches) {
            const result = { page: rule.page, section: rule.section, rule: index };
            if (rule.kind !== undefined)
                result.kind = rule.kind;
            return result;
        }
    }
    return { page: r.defaultPage, section: r.defaultSection };
}

;// CONCATENATED MODULE: ./src/gate/gate.ts







/** Hosts whose own announcements are confirmations, not reports (label-boundary suffixes). */
const OFFICIAL_HOSTS = [
    'maa.co.kr',
    'netflix.com',
    'disneyplus.com',
    'tving.com',
    'about.netflix.com',
    'tvn.cjenm.com',
];
const CONFIDENCE = {
    official: '공식확정',
    report: '보도(1차)',
    queued: '검토 대기',
    candidate: '후보',
};
const ALREADY_IN_WIKI = 'already in the wiki';
const UNDECODED_GOOGLE_NEWS = 'Google News link not decoded';
function isOfficialHost(host) {
    return OFFICIAL_HOSTS.some((suffix) => hostMatchesSuffix(host, suffix));
}
/**
 * Key for near-duplicates: the title with case, width, spacing and punctuation removed. Used only
 * within a run and only between items of the same outlet.
 */
function titleKey(title) {
    return title
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, '');
}
const LANE_RANK = { land: 0, queue: 1, pool: 2 };
function isCandidate(w) {
    return w.lane === 'land' || w.lane === 'queue' || w.lane === 'pool';
}
/** Sort order of a group of duplicates: the first one is kept. */
function preference(a, b) {
    // items already marked duplicate sort last (only reachable when grouping by title)
    const la = isCandidate(a) ? LANE_RANK[a.lane] : 3;
    const lb = isCandidate(b) ? LANE_RANK[b.lane] : 3;
    if (la !== lb)
        return la - lb;
    const da = a.publishedMs !== undefined ? 0 : 1;
    const db = b.publishedMs !== undefined ? 0 : 1;
    if (da !== db)
        return da - db;
    return a.sourceRank - b.sourceRank || a.index - b.index;
}
function parsePublished(published) {
    if (published === undefined)
        return undefined;
    const ms = Date.parse(published);
    return Number.isNaN(ms) ? undefined : ms;
}
function evaluate(item, index, config, sourceRanks) {
    const base = {
        index,
        sourceRank: sourceRanks.get(item.sourceId) ?? Number.MAX_SAFE_INTEGER,
        item,
        score: 0,
        gradedLand: false,
        publishedMs: parsePublished(item.published),
        ...(item.outlet !== undefined ? { outlet: item.outlet } : {}),
    };
    let canonical;
    let host;
    try {
        canonical = canonicalUrl(item.link);
        host = hostOf(canonical);
    }
    catch (err) {
        // the raw link still gets a stable id so the report can name the item consistently
        return {
            ...base,
            canonicalUrl: item.link,
            id: entryId(item.link),
            host: '',
            lane: 'discard',
            reason: `unusable link from source ${item.sourceId}: ${(0,errors/* errorMessage */.gJ)(err)}`,
        };
    }
    const id = entryId(canonical);
    const trusted = config.sources.find((s) => s.id === item.sourceId)?.trusted ?? false;
    const relevance = scoreRelevance(item, config.relevance, trusted);
    const common = { ...base, canonicalUrl: canonical, id, host, score: relevance.score };
    if (!relevance.accepted)
        return { ...common, lane: 'irrelevant', reason: relevance.reason };
    const grade = gradeHost(host, config.grades);
    const gradeReason = grade.suffix
        ? `host ${host} → ${grade.lane} (listed as '${grade.suffix}')`
        : `host ${host} → ${grade.lane} (not listed: default)`;
    if (item.undecoded) {
        return {
            ...common,
            lane: grade.lane === 'discard' ? 'discard' : 'pool',
            reason: `${UNDECODED_GOOGLE_NEWS}; ${gradeReason}`,
        };
    }
    return {
        ...common,
        lane: grade.lane,
        gradedLand: grade.lane === 'land',
        reason: `${relevance.reason}; ${gradeReason}`,
    };
}
function isKnown(w, seen, existing) {
    const alt = otherSchemeVariant(w.canonicalUrl);
    return (seen.has(w.id) ||
        seen.hasUrl(w.canonicalUrl) ||
        existing.ids.has(w.id) ||
        existing.urls.has(w.canonicalUrl) ||
        (alt !== undefined && existing.urls.has(alt)));
}
function groupBy(works, key) {
    const groups = new Map();
    for (const w of works) {
        const k = key(w);
        if (k === undefined)
            continue;
        const g = groups.get(k);
        if (g)
            g.push(w);
        else
            groups.set(k, [w]);
    }
    for (const g of groups.values())
        g.sort(preference);
    return groups;
}
function markDuplicate(w, reason) {
    w.lane = 'duplicate';
    w.reason = reason;
}
function dedupe(works, seen, existing) {
    const candidates = works.filter(isCandidate);
    // 1. the same id in this run: keep the best, fill its outlet from the others
    const winners = [];
    for (const [, group] of groupBy(candidates, (w) => w.id)) {
        const [best, ...rest] = group;
        if (best.outlet === undefined) {
            const withOutlet = rest.find((w) => w.outlet !== undefined);
            if (withOutlet?.outlet !== undefined)
                best.outlet = withOutlet.outlet;
        }
        if (group.some((w) => isKnown(w, seen, existing))) {
            for (const w of group)
                markDuplicate(w, ALREADY_IN_WIKI);
            continue;
        }
        for (const w of rest) {
            markDuplicate(w, `duplicate of ${best.id}: the same URL from source ${best.item.sourceId} is kept (${best.lane})`);
        }
        winners.push(best);
    }
    // 2. the same title from the same outlet in this run (e.g. one article under two URLs)
    const titleGroups = groupBy(candidates, (w) => {
        const outlet = w.outlet ? matchKey(w.outlet) : '';
        const title = titleKey(w.item.title);
        return outlet && title ? `${outlet}\u0000${title}` : undefined;
    });
    const winnerSet = new Set(winners);
    for (const [, group] of titleGroups) {
        const known = group.find((w) => w.lane === 'duplicate' && w.reason === ALREADY_IN_WIKI);
        const alive = group.filter((w) => winnerSet.has(w) && w.lane !== 'duplicate');
        if (known) {
            for (const w of alive)
                markDuplicate(w, `${ALREADY_IN_WIKI} (same title from the same outlet as ${known.id})`);
            continue;
        }
        const [best, ...rest] = alive;
        if (!best)
            continue;
        for (const w of rest)
            markDuplicate(w, `duplicate of ${best.id}: the same title from the same outlet is kept`);
    }
}
function finish(w, config) {
    const kindHint = w.item.kindHint ?? 'news';
    const out = {
        ...w.item,
        canonicalUrl: w.canonicalUrl,
        id: w.id,
        host: w.host,
        score: w.score,
        lane: w.lane,
        reason: w.reason,
        kind: kindHint,
        confidence: '',
    };
    if (w.outlet !== undefined)
        out.outlet = w.outlet;
    switch (w.lane) {
        case 'land': {
            const route = routeItem(w.item, config.routing);
            out.page = route.page;
            out.section = route.section;
            out.kind = route.kind ?? kindHint;
            out.confidence = w.gradedLand && isOfficialHost(w.host) ? CONFIDENCE.official : CONFIDENCE.report;
            break;
        }
        case 'queue':
            out.page = config.pages.queuePage;
            out.section = 'main';
            out.confidence = CONFIDENCE.queued;
            break;
        case 'pool':
            out.page = config.pages.poolPage;
            out.section = 'main';
            out.confidence = CONFIDENCE.candidate;
            break;
        default:
            break;
    }
    return out;
}
/** Newest first, undated last, then by id, then input order: the same input always gives the same order. */
function outputOrder(a, b) {
    const pa = a.publishedMs ?? Number.NEGATIVE_INFINITY;
    const pb = b.publishedMs ?? Number.NEGATIVE_INFINITY;
    if (pa !== pb)
        return pb > pa ? 1 : -1;
    if (a.id !== b.id)
        return a.id < b.id ? -1 : 1;
    return a.index - b.index;
}
function gateItems(input) {
    const { config } = input;
    const sourceRanks = new Map(config.sources.map((s, i) => [s.id, i]));
    const works = input.items.map((item, i) => evaluate(item, i, config, sourceRanks));
    dedupe(works, input.seen, input.existing);
    const counts = (0,model/* emptyLaneCounts */.c)();
    for (const w of works)
        counts[w.lane] += 1;
    const items = [...works].sort(outputOrder).map((w) => finish(w, config));
    return { items, counts };
}

;// CONCATENATED MODULE: ./src/gate/seen.ts
/**
 * Cross-run dedupe state, committed with the wiki (pages.seenFile, default data/seen.tsv), so a new
 * machine or runner never forgets what was already written (the old system kept it in a local
 * SQLite and lost it).
 *
 * Format: the header comment line, then one line per entry, sorted by id, LF endings, trailing newline:
 *
 *   # wiki-daily seen entries: id<TAB>first seen (YYYY-MM-DD)<TAB>canonical URL; sorted by id, additive
 *   e0123456789ab<TAB>2026-06-01<TAB>https://news.kbs.co.kr/news/view.do?ncd=1
 *
 * The index only grows. Adding an id twice keeps the earliest date (on equal dates the smaller URL),
 * so the result does not depend on the order entries arrive in and the same set is always the same
 * bytes. Parsing accepts comment and blank lines, CRLF endings, unsorted lines and repeated ids
 * (what a hand-resolved merge conflict leaves), and rejects everything else with file and line.
 */


const SEEN_HEADER = '# wiki-daily seen entries: id<TAB>first seen (YYYY-MM-DD)<TAB>canonical URL; sorted by id, additive';
const ID_PATTERN = /^e[0-9a-f]{12}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
function isValidDate(date) {
    const m = DATE_PATTERN.exec(date);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
function withoutScheme(url) {
    return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}
/** Why an entry is unusable, or undefined when it is fine. */
function entryProblem(id, date, url) {
    if (!ID_PATTERN.test(id))
        return `id "${id}" is not "e" followed by 12 lower-case hex digits`;
    if (!isValidDate(date))
        return `date "${date}" is not a calendar date YYYY-MM-DD`;
    if (!/^https?:\/\/\S+$/.test(url))
        return `URL "${url}" is not an absolute http(s) URL without spaces`;
    const expected = entryId(url);
    if (expected !== id)
        return `id "${id}" does not belong to URL "${url}" (its id is ${expected})`;
    return undefined;
}
/** Records an entry that was already checked with entryProblem (see parseSeen). */
let addChecked;
class SeenIndex {
    #byId = new Map();
    #idByUrl = new Map();
    static {
        // parseSeen validates every line itself (to name the line); validating again in add() would
        // hash every URL twice, which dominated reading a seen file of 100,000 entries.
        addChecked = (index, id, date, url) => index.#record(id, date, url);
    }
    has(id) {
        return this.#byId.has(id);
    }
    /** Scheme-insensitive, like entry ids: http://x and https://x are the same article. */
    hasUrl(canonical) {
        return this.#idByUrl.has(withoutScheme(canonical));
    }
    get(id) {
        const e = this.#byId.get(id);
        return e && { ...e };
    }
    /**
     * Record an entry; returns true when the id is new. A known id keeps its earliest date. Throws
     * when the entry is malformed or the id is already recorded for a different URL.
     */
    add(id, date, url) {
        const problem = entryProblem(id, date, url);
        if (problem)
            throw new errors/* WikiDailyError */.WA(`invalid seen entry: ${problem}`);
        return this.#record(id, date, url);
    }
    #record(id, date, url) {
        const known = this.#byId.get(id);
        if (!known) {
            this.#byId.set(id, { id, date, url });
            this.#idByUrl.set(withoutScheme(url), id);
            return true;
        }
        if (withoutScheme(known.url) !== withoutScheme(url)) {
            throw new errors/* WikiDailyError */.WA(`invalid seen entry: id ${id} is recorded for "${known.url}", not "${url}"`);
        }
        if (date < known.date || (date === known.date && url < known.url)) {
            this.#byId.set(id, { id, date, url });
        }
        return false;
    }
    /** Add every entry of another index (additive merge). */
    merge(other) {
        for (const e of other.entries())
            this.add(e.id, e.date, e.url);
    }
    get size() {
        return this.#byId.size;
    }
    /** Entries sorted by id. */
    entries() {
        return this.sorted().map((e) => ({ ...e }));
    }
    /** The stored entries themselves, sorted by id (no copies: serialising 100,000 entries stays lean). */
    sorted() {
        return [...this.#byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    /** The seen file's text: header, entries sorted by id, LF endings, trailing newline. */
    serialize() {
        let out = `${SEEN_HEADER}\n`;
        for (const e of this.sorted())
            out += `${e.id}\t${e.date}\t${e.url}\n`;
        return out;
    }
}
/** Parse a seen file; any malformed line is a PageError naming the file and line. */
function parseSeen(text, file) {
    const index = new SeenIndex();
    const lines = text.split('\n');
    // the trailing newline leaves one empty string after the last line
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    for (const [i, rawLine] of lines.entries()) {
        const lineNo = i + 1;
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        const fields = line.split('\t');
        if (fields.length !== 3) {
            throw new errors/* PageError */.AX(`expected 3 tab-separated fields (id, date, URL), found ${fields.length}: "${line.slice(0, 120)}"`, file, lineNo);
        }
        const [id, date, url] = fields;
        const problem = entryProblem(id, date, url);
        if (problem)
            throw new errors/* PageError */.AX(problem, file, lineNo);
        try {
            addChecked(index, id, date, url);
        }
        catch (err) {
            throw new errors/* PageError */.AX((0,errors/* errorMessage */.gJ)(err), file, lineNo);
        }
    }
    return index;
}
/** The file content for an index: header, entries sorted by id, LF endings, trailing newline. */
function serializeSeen(index) {
    return index.serialize();
}

// EXTERNAL MODULE: ./src/http/cache.ts
var cache = __webpack_require__(25914);
// EXTERNAL MODULE: ./src/http/fetcher.ts + 1 modules
var http_fetcher = __webpack_require__(31619);
// EXTERNAL MODULE: ./src/git/repo.ts
var git_repo = __webpack_require__(14134);
// EXTERNAL MODULE: ./src/fsutil.ts
var fsutil = __webpack_require__(62072);
;// CONCATENATED MODULE: ./src/pages/apply.ts
/** Write planned edits to disk, atomically per file. */



function resolveInside(root, rel) {
    const base = external_node_path_default().resolve(root);
    const file = external_node_path_default().resolve(base, rel);
    if (external_node_path_default().isAbsolute(rel) || (file !== base && !file.startsWith(base + (external_node_path_default()).sep))) {
        throw new errors/* PageError */.AX('edit path is outside the wiki root', rel);
    }
    return file;
}
/**
 * Apply edits under `root`; returns the relative paths whose content actually changed (differs
 * from the disk at write time), sorted. All checks run before the first write.
 */
async function applyEdits(root, edits, options = {}) {
    const files = edits.map((edit) => resolveInside(root, edit.path));
    const contents = await mapLimited(files, fsutil/* readIfExists */.O);
    const pending = [];
    for (const [i, edit] of edits.entries()) {
        const file = files[i];
        const current = contents[i];
        if (current === edit.after)
            continue;
        if (options.verifyBefore && current !== edit.before) {
            throw new errors/* PageError */.AX(current === undefined ? 'was deleted since the edit was planned' : 'changed on disk since the edit was planned; run again', edit.path);
        }
        pending.push({ rel: edit.path, file, after: edit.after });
    }
    await mapLimited(pending, (p) => (0,fsutil.writeFileAtomic)(p.file, p.after));
    return pending.map((p) => p.rel).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * Files read or written at once. Every write ends with an fsync: one at a time, a run that touches
 * a few hundred pages spends seconds waiting on the disk; a few in parallel share its flushes.
 */
const IO_CONCURRENCY = 16;
/**
 * `fn` over `items`, IO_CONCURRENCY at a time, results in input order. After a failure no new item
 * is started; the ones under way finish, then the failure of the earliest item is thrown (the
 * same one a loop in order would have met first).
 */
async function mapLimited(items, fn) {
    const results = new Array(items.length);
    const failures = [];
    let next = 0;
    const worker = async () => {
        while (next < items.length && failures.length === 0) {
            const index = next++;
            try {
                results[index] = await fn(items[index]);
            }
            catch (error) {
                failures.push({ index, error });
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(IO_CONCURRENCY, items.length) }, worker));
    if (failures.length)
        throw failures.reduce((a, b) => (b.index < a.index ? b : a)).error;
    return results;
}

// EXTERNAL MODULE: ./src/ops/backup/actions.ts
var actions = __webpack_require__(46356);
// EXTERNAL MODULE: ./src/ops/backup/store.ts
var store = __webpack_require__(40334);
// EXTERNAL MODULE: ./src/ops/health.ts
var health = __webpack_require__(32584);
// EXTERNAL MODULE: ./src/ops/history.ts
var ops_history = __webpack_require__(30016);
// EXTERNAL MODULE: ./src/ops/lock.ts
var ops_lock = __webpack_require__(11233);
// EXTERNAL MODULE: ./src/ops/status.ts
var ops_status = __webpack_require__(67304);
// EXTERNAL MODULE: ./src/commands/health.ts
var commands_health = __webpack_require__(9406);
// EXTERNAL MODULE: ./src/pages/daylog.ts
var daylog = __webpack_require__(31382);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
;// CONCATENATED MODULE: ./src/pages/diff.ts
/** Planned edits as one unified diff (dry runs, job summary). */

/** Git-style `a/`/`b/` names; a new file is diffed against /dev/null. Empty string when nothing changes. */
function unifiedDiff(edits) {
    return [...edits]
        .filter((e) => e.before !== e.after)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((e) => (0,create/* createTwoFilesPatch */.ss)(e.before === undefined ? '/dev/null' : `a/${e.path}`, `b/${e.path}`, e.before ?? '', e.after, undefined, undefined, {
        context: 3,
    })
        // The "=====" separator line is diff's own Index header; git-style consumers do not expect it.
        .replace(/^=+\n/, ''))
        .join('');
}

// EXTERNAL MODULE: ./src/pages/plan.ts + 3 modules
var pages_plan = __webpack_require__(64917);
// EXTERNAL MODULE: ./src/pages/scan.ts
var scan = __webpack_require__(79451);
// EXTERNAL MODULE: ./src/pages/regions.ts
var regions = __webpack_require__(78345);
// EXTERNAL MODULE: ./src/pages/sanitize.ts
var sanitize = __webpack_require__(24421);
;// CONCATENATED MODULE: ./src/report/page.ts



const REPORT_REGION = 'report';
const REPORT_BEGIN = `<!-- wiki-daily:begin ${REPORT_REGION} -->`;
const REPORT_END = `<!-- wiki-daily:end ${REPORT_REGION} -->`;
/** The wiki's one sanitiser for feed-derived text (reasons quote feeds and servers). */
function esc(s) {
    return (0,sanitize/* inlineText */.ln)(s, 300);
}
function renderReportRegion(r, newsDir) {
    const failed = r.sources.filter((s) => s.outcome === 'failed');
    const empty = r.sources.filter((s) => s.outcome !== 'failed' && s.items === 0);
    const lines = [
        `## ${r.date}`,
        '',
        `- 상태: ${daylog/* STATUS_LABELS */.Zt[r.status]}${r.reason ? ` — ${esc(r.reason)}` : ''}`,
        `- 수집 로그: [${r.date}](../${newsDir}/${r.date}.md)`,
        `- 출처: ${r.sources.length - failed.length}/${r.sources.length} 정상, 항목 ${r.itemsCollected}건`,
        `- 추가된 항목: ${r.itemsAdded}건 (land ${r.lanes.land}, queue ${r.lanes.queue}, pool ${r.lanes.pool}; 중복 ${r.lanes.duplicate}, 무관 ${r.lanes.irrelevant}, 제외 ${r.lanes.discard})`,
    ];
    const pages = Object.entries(r.pages).filter(([, n]) => n > 0).sort();
    if (pages.length) {
        lines.push('', '| 페이지 | 추가 |', '|---|---|');
        for (const [p, n] of pages)
            lines.push(`| [${esc(p)}](../${p}) | ${n} |`);
    }
    if (failed.length) {
        lines.push('', '### 실패한 출처', '');
        for (const s of failed)
            lines.push(`- \`${esc(s.id)}\`: ${esc(s.error ?? 'failed')}`);
    }
    if (empty.length) {
        lines.push('', `빈 응답 출처 ${empty.length}곳: ${empty.map((s) => `\`${esc(s.id)}\``).join(', ')}`);
    }
    return lines.join('\n');
}
/** Replace the report region of the page (or add one once, at the end); text outside is kept. */
function mergeReportPage(before, region, file = 'pages/daily_report.md') {
    const text = before ?? `# 일일 리포트\n\n자동 생성되는 최신 실행 결과입니다.\n\n${REPORT_BEGIN}\n${REPORT_END}\n`;
    return (0,regions/* replaceRegion */.t1)((0,regions/* ensureRegion */.v8)(text, REPORT_REGION, undefined, file), REPORT_REGION, `${region}\n`, file);
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/state.ts
var src_state = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/time.ts
var src_time = __webpack_require__(29834);
;// CONCATENATED MODULE: ./src/run/budget.ts
/**
 * Time budgets: the whole run (default 2 h) and each stage. Past a budget the stage is abandoned,
 * recorded as failed in the report, and the run stops cleanly with status failed.
 */

class Budget {
    clock;
    stageMs;
    report;
    deadline;
    constructor(clock, totalMs, stageMs, report) {
        this.clock = clock;
        this.stageMs = stageMs;
        this.report = report;
        this.deadline = clock.now() + totalMs;
    }
    remainingMs() {
        return this.deadline - this.clock.now();
    }
    /** Run one stage under min(stage budget, what is left of the run budget); time it into the report. */
    async stage(name, fn) {
        const started = this.clock.now();
        const stageBudget = this.stageMs[name];
        const limit = Math.max(0, Math.min(stageBudget ?? Infinity, this.remainingMs()));
        if (limit <= 0) {
            const err = new errors/* BudgetError */.Wp(`${name} (run budget)`, 0);
            this.report.stages.push({ stage: name, durationMs: 0, ok: false, error: err.message });
            throw err;
        }
        const controller = new AbortController();
        let timer;
        const overrun = new Promise((_, reject) => {
            if (!Number.isFinite(limit))
                return;
            timer = setTimeout(() => {
                const err = new errors/* BudgetError */.Wp(stageBudget !== undefined && stageBudget <= limit ? name : `${name} (run budget)`, limit);
                controller.abort(err);
                reject(err);
            }, limit);
            timer.unref?.();
        });
        try {
            const value = await Promise.race([fn(controller.signal), overrun]);
            this.report.stages.push({ stage: name, durationMs: this.clock.now() - started, ok: true });
            return value;
        }
        catch (err) {
            this.report.stages.push({ stage: name, durationMs: this.clock.now() - started, ok: false, error: (0,errors/* errorMessage */.gJ)(err) });
            throw err;
        }
        finally {
            if (timer)
                clearTimeout(timer);
        }
    }
}
function minutes(n) {
    return Math.round(n * 60_000);
}

;// CONCATENATED MODULE: ./src/run/daily.ts
/**
 * `wiki-daily run`: the daily update.
 *
 *   lock → skip guard / crash recovery → backup → mark running → collect → gate → plan (pure)
 *   → apply (atomic) → commit exactly the touched files → push → history, anomalies, alerts
 *
 * Every stage reports into one RunReport. Nothing here decides page layout or HTTP details; it wires
 * the stages together and owns the rules that span them (what is "changed", when to skip, what to commit).
 */





























/** Files the run may write: pages, day logs, the seen file. Snapshotted before the first write. */
function backupIncludes(config) {
    return [...new Set([config.pages.pagesDir, config.pages.newsDir, external_node_path_default().dirname(config.pages.seenFile)])].filter((p) => p !== '.');
}
async function listMarkdown(root, dir) {
    return (await (0,fsutil/* listFiles */.C)(root, dir)).filter((f) => f.endsWith('.md'));
}
/** Every page the planner may read or touch, by root-relative path. */
async function readWiki(root, config) {
    const p = config.pages;
    const paths = new Set([
        ...(await listMarkdown(root, p.pagesDir)),
        ...(await listMarkdown(root, p.newsDir)),
        p.queuePage,
        p.poolPage,
        p.indexPage,
        p.newsIndexPage,
        p.dailyReportPage,
        p.systemStatusPage,
        config.routing.defaultPage,
        ...config.routing.rules.map((r) => r.page),
    ]);
    // Read one file after another, synchronously: 10,000 concurrent reads cost twice the time and
    // memory (measured by `npm run bench`), and nothing else runs while the wiki is being read.
    const files = new Map();
    for (const rel of [...paths].sort()) {
        try {
            files.set(rel, (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, rel), 'utf8'));
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw err;
        }
    }
    return files;
}
/**
 * Every link already in a page, as the entry id its canonical URL would get, plus the ids written in
 * entry blocks. Ids are short and scheme-insensitive, and entry blocks already carry them, so the set
 * stays small (bench: about 50 MB less at 100,000 entries than a set of canonical URLs).
 */
function existingEntryIds(wiki) {
    const raw = (0,scan/* scanExisting */.jT)(wiki);
    const ids = new Set(raw.ids);
    for (const u of raw.urls) {
        const c = safeCanonical(u);
        if (c)
            ids.add(entryId(c));
    }
    return ids;
}
function safeCanonical(url) {
    try {
        return canonicalUrl(url);
    }
    catch {
        return undefined;
    }
}
async function runDaily(ctx) {
    const { settings, config, logger, clock } = ctx;
    const root = settings.root;
    const state = (0,src_state/* statePaths */.V)(settings.stateDir);
    const report = (0,report_report.newReport)('run', config, clock.now(), settings.dryRun);
    if (ctx.env.GITHUB_SERVER_URL && ctx.env.GITHUB_REPOSITORY && ctx.env.GITHUB_RUN_ID)
        report.runUrl = `${ctx.env.GITHUB_SERVER_URL}/${ctx.env.GITHUB_REPOSITORY}/actions/runs/${ctx.env.GITHUB_RUN_ID}`;
    const budget = new Budget(clock, minutes(config.schedule.runBudgetMinutes), Object.fromEntries(Object.entries(config.schedule.stageBudgetMinutes).map(([k, v]) => [k, minutes(v)])), report);
    const dayLogPath = (0,pages_plan/* dayLogPathFor */.Vw)(config, report.date);
    const dayLogFile = external_node_path_default().join(root, dayLogPath);
    const lock = settings.dryRun
        ? undefined
        : await (0,ops_lock/* acquireLocks */.x)(state.locks, ['run'], {
            command: 'wiki-daily run',
            waitMs: minutes(config.lock.waitMinutes),
            staleMs: minutes(config.lock.staleMinutes),
            clock,
            logger,
        });
    for (const w of lock?.takenOver ?? [])
        report.warnings.push(`recovered: ${w}`);
    let markedRunning = false;
    let originalDayLog;
    let runningDayLog;
    try {
        originalDayLog = await (0,fsutil/* readIfExists */.O)(dayLogFile);
        const history = await (0,ops_history.readRuns)(state.runsFile, 200);
        // Crash recovery: a day log still "running" while we hold the lock means the last run died mid-way.
        let recoveredDayLog;
        if (originalDayLog !== undefined) {
            const parsed = (0,daylog/* parseDayLog */.Go)(originalDayLog, dayLogPath, config.timezone);
            if (parsed.status === 'running' && !settings.dryRun) {
                const reason = 'the previous run did not finish (crashed or was killed) and left this log "running"';
                recoveredDayLog = (0,daylog/* markDayLogFailed */.p4)(originalDayLog, reason, (0,src_time/* localDateTime */.dE)(clock.now(), config.timezone).slice(11), dayLogPath);
                report.warnings.push(`recovered: marked the crashed run of ${report.date} as failed`);
                logger.warn(`day log ${dayLogPath} was left running; marking that run failed`);
            }
            // Skip guard: a successful run less than N hours ago, the same local day.
            if (!settings.force && parsed.status === 'success') {
                const lastOk = [...history].reverse().find((r) => r.status === 'success' && r.command === 'run' && r.date === report.date);
                const windowMs = config.schedule.skipIfSucceededWithinHours * 3_600_000;
                const lastOkAt = lastOk ? Date.parse(lastOk.finishedAt) : parsed.lastRunAt ? Date.parse(parsed.lastRunAt) : undefined;
                if (lastOkAt !== undefined && clock.now() - lastOkAt < windowMs) {
                    report.status = 'skipped';
                    report.reason = `a successful run finished at ${(0,src_time/* localDateTime */.dE)(lastOkAt, config.timezone)} (less than ${config.schedule.skipIfSucceededWithinHours} h ago); use --force to run anyway`;
                    return (0,report_report.finishReport)(report, clock.now());
                }
            }
        }
        if (recoveredDayLog !== undefined) {
            await (0,fsutil.writeFileAtomic)(dayLogFile, recoveredDayLog);
            originalDayLog = recoveredDayLog;
        }
        // Files a person has changed and not committed (before we write anything ourselves). The day log
        // is ours: a crashed run's "running" mark there is not a person's edit.
        const gitRepo = await openGitIfAny(ctx);
        const dirty = new Set(gitRepo ? (await gitRepo.dirtyFiles()).filter((f) => f !== dayLogPath) : []);
        // Backup before the first write, so any run can be rolled back.
        if (!settings.dryRun) {
            await budget.stage('backup', async () => {
                // Unreadable free space is no reason to fail the run: it only means no pruning.
                const free = await (0,health/* diskFreePct */.Vs)(root).catch(() => undefined);
                if (free !== undefined && free < config.backup.pruneWhenDiskFreeBelowPct) {
                    const pruned = await (0,store/* pruneSnapshots */.C4)(state.backups, { keep: Math.min(5, config.backup.keep), maxSizeMb: config.backup.maxSizeMb / 4 });
                    report.warnings.push(`recovered: disk ${free.toFixed(1)} % free, pruned ${pruned.removed.length} backups`);
                }
                const snap = await (0,store/* createSnapshot */.$p)(root, backupIncludes(config), state.backups, { label: `before run ${report.date}`, clock });
                report.backupId = snap.id;
                if (snap.created && settings.onActions) {
                    try {
                        await (0,actions/* uploadSnapshotArtifact */.eh)(state.backups, snap.id, { retentionDays: config.backup.artifactRetentionDays });
                    }
                    catch (err) {
                        report.warnings.push(`backup artifact upload failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
                    }
                }
            });
            runningDayLog = (0,daylog/* markDayLogRunning */.DG)(originalDayLog, report.date, (0,src_time/* localDateTime */.dE)(clock.now(), config.timezone).slice(11), dayLogPath);
            await (0,fsutil.writeFileAtomic)(dayLogFile, runningDayLog);
            markedRunning = true;
        }
        // Collect.
        const fetcher = new http_fetcher.Fetcher(config.http, new cache.FileHttpCache(state.httpCache, logger), { logger, clock, refresh: settings.refresh });
        try {
            const collected = await budget.stage('collect', async () => (0,collect.collectSources)(config, fetcher, logger));
            report.sources = collected.sources;
            report.itemsCollected = collected.items.length;
            report.cache = (0,report_report.cacheStats)(collected.sources);
            const cs = (0,report_report.collectionStatus)(collected.sources);
            report.status = cs.status;
            if (cs.reason)
                report.reason = cs.reason;
            if (cs.status === 'success' && collected.items.length === 0 && collected.sources.length > 0)
                report.warnings.push('no items in any source (feeds answered but were empty)');
            // Gate.
            const wiki = await readWiki(root, config);
            if (originalDayLog !== undefined)
                wiki.set(dayLogPath, originalDayLog);
            else
                wiki.delete(dayLogPath);
            const seenText = await (0,fsutil/* readIfExists */.O)(external_node_path_default().join(root, config.pages.seenFile));
            const seen = seenText === undefined ? new SeenIndex() : parseSeen(seenText, config.pages.seenFile);
            const gated = await budget.stage('gate', async () => {
                const ids = existingEntryIds(wiki);
                return gateItems({ items: collected.items, config, seen, existing: { urls: new Set(), ids } });
            });
            report.lanes = gated.counts;
            // Plan (pure) → edits. Normally one plan: the working tree is what gets committed. When a person
            // has uncommitted changes in files the run may write, a second plan is made on HEAD's version of
            // those files: the disk gets the entries merged into the person's text, while the commit gets
            // only the bot's own change (the person's edit stays theirs, uncommitted).
            const time = (0,src_time/* localDateTime */.dE)(clock.now(), config.timezone).slice(11);
            const makePlan = (files, seenBefore) => planView(ctx, report, gated.items, files, seenBefore, time);
            // HEAD's version of every dirty file the run might touch (undefined = untracked: a person's new file).
            const dirtyHere = gitRepo ? [...dirty].filter((f) => f === config.pages.seenFile || wiki.has(f)) : [];
            const headText = new Map();
            for (const f of dirtyHere)
                headText.set(f, await gitRepo.readHead(f));
            // A person's untracked page is theirs until committed: not listed in the indexes, on disk or in git.
            const planFiles = new Map([...wiki].filter(([f]) => !(headText.has(f) && headText.get(f) === undefined)));
            const disk = await budget.stage('plan', async () => makePlan(planFiles, seenText));
            let commitView = disk;
            const overlapping = dirtyHere.filter((f) => headText.get(f) !== undefined && disk.edits.some((e) => e.path === f));
            if (overlapping.length) {
                const headWiki = new Map(planFiles);
                for (const f of overlapping)
                    headWiki.set(f, headText.get(f));
                const headSeen = headText.has(config.pages.seenFile) ? headText.get(config.pages.seenFile) : seenText;
                commitView = await budget.stage('plan-commit', async () => makePlan(headWiki, headSeen));
                report.warnings.push(`kept out of the bot commit: uncommitted edits in ${overlapping.slice(0, 10).join(', ')}${overlapping.length > 10 ? ', …' : ''} (the new entries are merged on disk and committed without them)`);
            }
            for (const e of commitView.plan.errors) {
                // A page that cannot be edited safely keeps its items unwritten (and unseen): they land next run.
                report.warnings.push(`page not updated: ${(0,errors/* errorMessage */.gJ)(e)}`);
                if (report.status === 'success') {
                    report.status = 'partial';
                    report.reason = `page not updated: ${(0,errors/* errorMessage */.gJ)(e)}`;
                }
            }
            report.itemsAdded = commitView.plan.written.length;
            report.pages = commitView.plan.added;
            const edits = disk.edits;
            if (disk.edits.length) {
                const statusEdit = await systemStatusEdit(ctx, report, wiki);
                if (statusEdit) {
                    edits.push(statusEdit);
                    if (commitView !== disk && !dirty.has(statusEdit.path))
                        commitView.edits.push(statusEdit);
                }
            }
            if (settings.dryRun) {
                report.diff = unifiedDiff(edits);
                report.changedFiles = edits.map((e) => e.path).sort();
                return (0,report_report.finishReport)(report, clock.now());
            }
            // Apply. The day log on disk says "running"; if the plan leaves it alone, put the original back.
            const touched = await budget.stage('apply', async () => {
                // verifyBefore: a page a person saved after we read it is never overwritten. The day log on
                // disk is our own "running" mark, so that is what its edit expects to find.
                const written = await applyEdits(root, edits.map((e) => (e.path === dayLogPath && runningDayLog !== undefined ? { ...e, before: runningDayLog } : e)), { verifyBefore: true });
                if (!edits.some((e) => e.path === dayLogPath)) {
                    if (originalDayLog === undefined)
                        await (0,promises_.rm)(dayLogFile, { force: true });
                    else
                        await (0,fsutil.writeFileAtomic)(dayLogFile, originalDayLog);
                }
                markedRunning = false;
                return written;
            });
            report.changedFiles = touched;
            // Commit exactly those files; push with fetch/rebase/retry.
            if (commitView === disk)
                await commitAndPush(ctx, gitRepo, budget, report, touched);
            else {
                const contents = new Map(commitView.edits.map((e) => [e.path, e.after]));
                await commitAndPush(ctx, gitRepo, budget, report, [...contents.keys()].sort(), contents);
            }
            if (report.errors.length && report.status !== 'failed') {
                report.status = 'failed';
                report.reason = report.errors[0];
            }
            return (0,report_report.finishReport)(report, clock.now());
        }
        finally {
            if (report.stages.some((st) => st.stage === 'collect' && !st.ok))
                await fetcher.abort();
            else
                await fetcher.close();
        }
    }
    catch (err) {
        report.status = 'failed';
        report.reason = (0,errors/* errorMessage */.gJ)(err);
        report.errors.push((0,errors/* errorMessage */.gJ)(err));
        if (markedRunning) {
            // Leave an honest record: this run failed (not "running", not silently the old content).
            try {
                const current = (await (0,fsutil/* readIfExists */.O)(dayLogFile)) ?? '';
                await (0,fsutil.writeFileAtomic)(dayLogFile, (0,daylog/* markDayLogFailed */.p4)(current, report.reason, (0,src_time/* localDateTime */.dE)(clock.now(), config.timezone).slice(11), dayLogPath));
                if (!report.changedFiles.includes(dayLogPath))
                    report.changedFiles.push(dayLogPath);
            }
            catch (inner) {
                report.errors.push(`could not mark the day log failed: ${(0,errors/* errorMessage */.gJ)(inner)}`);
            }
        }
        return (0,report_report.finishReport)(report, clock.now());
    }
    finally {
        await lock?.release();
    }
}
function planView(ctx, report, items, files, seenText, time) {
    const { config } = ctx;
    const plan = (0,pages_plan/* planEdits */.r_)({
        config,
        date: report.date,
        time,
        files,
        items,
        canonicalize: (u) => safeCanonical(u) ?? u,
        run: { status: report.status, ...(report.reason ? { reason: report.reason } : {}), sources: report.sources },
    });
    const edits = [...plan.edits];
    if (edits.length) {
        const seen = seenText === undefined ? new SeenIndex() : parseSeen(seenText, config.pages.seenFile);
        for (const item of plan.written)
            seen.add(item.id, report.date, item.canonicalUrl);
        const seenAfter = serializeSeen(seen);
        if (seenAfter !== seenText)
            edits.push({ path: config.pages.seenFile, before: seenText, after: seenAfter });
        const reportBefore = files.get(config.pages.dailyReportPage);
        const reportAfter = mergeReportPage(reportBefore, renderReportRegion({ ...report, itemsAdded: plan.written.length, pages: plan.added }, config.pages.newsDir), config.pages.dailyReportPage);
        if (reportAfter !== reportBefore)
            edits.push({ path: config.pages.dailyReportPage, before: reportBefore, after: reportAfter });
    }
    return { plan, edits };
}
/** The system status page, refreshed together with a run's content changes (never on its own). */
async function systemStatusEdit(ctx, report, wiki) {
    const { config } = ctx;
    try {
        const gathered = await (0,commands_health.gatherHealth)(ctx.settings, config, { logger: ctx.logger, clock: ctx.clock, env: ctx.env });
        const backups = (0,src_state/* statePaths */.V)(ctx.settings.stateDir).backups;
        const snaps = await (0,store/* listSnapshots */.Cb)(backups);
        const current = (0,ops_history.recordFromReport)((0,report_report.finishReport)({ ...report }, ctx.clock.now()));
        const before = wiki.get(config.pages.systemStatusPage);
        const status = (0,ops_status/* buildStatus */.Bg)({
            runs: [...gathered.runs, current],
            health: gathered.health,
            backups: snaps.map((sn) => ({ id: sn.id, createdAt: sn.createdAt, bytes: sn.size })),
            backupStoreBytes: await (0,store/* storeSize */.rQ)(backups),
            now: ctx.clock.now(),
            timezone: config.timezone,
            ...(before !== undefined ? { existingPage: before } : {}),
            pageFile: config.pages.systemStatusPage,
        });
        return status.markdown === before ? undefined : { path: config.pages.systemStatusPage, before, after: status.markdown };
    }
    catch (err) {
        report.warnings.push(`system status page not refreshed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
async function openGitIfAny(ctx) {
    const repo = (0,git_repo/* openRepo */.B8)(ctx.settings.root, ctx.logger);
    return (await repo.isRepo()) ? repo : undefined;
}
async function commitAndPush(ctx, repo, budget, report, files, contents) {
    const { settings, config, clock } = ctx;
    if (!files.length)
        return;
    if (!repo) {
        report.warnings.push(`${settings.root} is not a git repository: changes written, nothing committed`);
        return;
    }
    const message = config.git.commitMessage.replace(/\{date\}/g, report.date);
    const commit = await budget.stage('commit', () => repo.commitFiles(files, message, { name: config.git.authorName, email: config.git.authorEmail }, contents));
    report.committed = commit.committed;
    if (commit.sha)
        report.commitSha = commit.sha;
    if (!commit.committed || !settings.push)
        return;
    const pushed = await budget.stage('push', () => repo.push({
        remote: config.git.remote,
        ...(config.git.branch ? { branch: config.git.branch } : {}),
        attempts: config.git.pushAttempts,
        ...(settings.token ? { token: settings.token } : {}),
        clock,
    }));
    report.pushed = pushed.pushed;
    if (pushed.sha)
        report.commitSha = pushed.sha;
    // A commit that could not be pushed is not lost (it stays local and goes out with the next run),
    // but the run is not a success: the wiki on the remote did not change.
    if (!pushed.pushed)
        report.errors.push(`push failed: ${pushed.error ?? 'unknown reason'}`);
}


/***/ })

};
