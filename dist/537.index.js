export const id = 537;
export const ids = [537];
export const modules = {

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
 * fail later, at restore time, when it is needed. A delta goes as the full snapshot it resolves to
 * (same id), so the artifact alone restores it on a fresh runner whichever artifacts of earlier runs
 * have expired, and is no larger than a full snapshot's was (a chain's own blobs would add every
 * day's changes to every upload).
 */
async function uploadSnapshotArtifact(storeDir, id, opts = {}) {
    requireEnv(['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'], 'uploading a backup artifact');
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(storeDir);
    const check = await (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.verifySnapshots)(dir, id);
    if (!check.ok) {
        const list = check.problems.map((p) => `${p.path} (${p.problem})`).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`snapshot ${id} is damaged and was not uploaded: ${list}`);
    }
    const snapshot = await (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.resolveSnapshot)(dir, id);
    // A delta's full manifest is written into a folder of its own, beside a link to the store's blobs:
    // the artifact is laid out as a store holding one full snapshot, and nothing is copied.
    let rootDirectory = dir;
    let staging;
    if (snapshot.chain.length > 1) {
        staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'wiki-backup-upload-'));
        rootDirectory = staging;
    }
    try {
        if (staging) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'blobs'), node_path__WEBPACK_IMPORTED_MODULE_3___default().join(staging, 'blobs'), 'dir');
            await (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.putManifest)(staging, (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.fullManifestOf)(snapshot), { ownFiles: true });
        }
        return await uploadStoreFiles(rootDirectory, id, snapshot.files, opts);
    }
    finally {
        if (staging)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}
async function uploadStoreFiles(dir, id, held, opts) {
    const files = [(0,_store_js__WEBPACK_IMPORTED_MODULE_5__.manifestPath)(dir, id), ...new Set(held.map((f) => (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.blobPath)(dir, f.sha256)))];
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
    // Every snapshot as it resolves within the artifact (a delta brings its chain); bases are filed
    // before the deltas on them, so the store never holds a delta whose base it lacks.
    const resolved = await Promise.all(ids.map((id) => (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.resolveSnapshot)(src, id)));
    resolved.sort((a, b) => a.chain.length - b.chain.length);
    /** Blobs already filed for a snapshot before (a chain's snapshots share most of theirs). */
    const filed = new Set();
    for (const snapshot of resolved) {
        const id = snapshot.id;
        const problems = [];
        for (const sha256 of new Set(snapshot.files.map((f) => f.sha256))) {
            if (filed.has(sha256))
                continue;
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
                filed.add(sha256);
            }
            catch (err) {
                problems.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err));
            }
        }
        if (problems.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupError */ .hj(`artifact ${what}: snapshot ${id} has unusable blobs, not imported: ${problems.join('; ')}`);
        }
        await (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.putManifest)(storeDir, await (0,_store_js__WEBPACK_IMPORTED_MODULE_5__.readManifest)(src, id));
    }
    return { snapshots: ids.sort(), blobsAdded };
}


/***/ }),

/***/ 89183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ny: () => (/* binding */ snapshotWithGit)
});

// UNUSED EXPORTS: DELTA_CHAIN_CAP, gitBaseFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/fsutil.ts
var fsutil = __webpack_require__(62072);
// EXTERNAL MODULE: ./src/git/blobs.ts
var blobs = __webpack_require__(86176);
;// CONCATENATED MODULE: ./src/git/index-flags.ts
/**
 * Whether git's index holds entries whose work-tree changes `git diff-index` would not report:
 * assume-unchanged and skip-worktree entries (and intent-to-add, conflict stages, submodules, which a
 * list of changed files cannot describe). Read from the index file itself: at 100,000 files
 * `git ls-files -v` printed 2.3 MB that cost a tenth of a second to take in through a pipe, where the
 * 9 MB index file is a loop over its entries, read a megabyte at a time. The format is git's
 * Documentation/gitformat-index.txt (versions 2, 3 and 4); a split or sparse index, or anything
 * unexpected, is "unknown" and the caller asks git instead.
 */

const ASSUME_VALID = 0x8000;
const EXTENDED = 0x4000;
const STAGE_MASK = 0x3000;
const NAME_MASK = 0x0fff;
const SKIP_WORKTREE = 0x4000;
const INTENT_TO_ADD = 0x2000;
const GITLINK = 0o160000;
const isUnder = (file, dir) => file === dir || file.startsWith(`${dir}/`);
/**
 * A window onto the index file: at 100,000 files the index is 9 MB, and reading it whole added that
 * to the run's peak memory; entries are read through 1 MB instead.
 */
class Window {
    fh;
    size;
    buf;
    /** File offset of buf[0], and how many bytes of buf hold the file from there. */
    base = 0;
    length = 0;
    constructor(fh, size, bytes) {
        this.fh = fh;
        this.size = size;
        this.buf = Buffer.allocUnsafe(bytes);
    }
    /**
     * Where file offset `at` is in `buf`, when it holds `n` bytes from there: without a promise or an
     * object, as for nearly every entry (one per entry of 100,000 was most of the scan's memory).
     */
    peek(at, n) {
        return at >= this.base && at + n <= this.base + this.length ? at - this.base : undefined;
    }
    /** peek's NUL search: the offset of the first NUL at or after `at` when the buffer holds it. */
    peekNul(at) {
        if (at < this.base || at >= this.base + this.length)
            return undefined;
        const found = this.buf.indexOf(0, at - this.base);
        return found >= 0 && found < this.length ? this.base + found : undefined;
    }
    /** As peek, reading the file when needed (fewer than `n` bytes only at the end of the file). */
    async at(at, n) {
        if (at < this.base || at + n > this.base + this.length) {
            const keep = at >= this.base && at < this.base + this.length ? this.base + this.length - at : 0;
            if (keep)
                this.buf.copy(this.buf, 0, at - this.base, this.length);
            if (n > this.buf.length) {
                const bigger = Buffer.allocUnsafe(Math.max(n, this.buf.length * 2));
                this.buf.copy(bigger, 0, 0, keep);
                this.buf = bigger;
            }
            this.base = at;
            this.length = keep;
            while (this.length < this.buf.length && this.base + this.length < this.size) {
                const { bytesRead } = await this.fh.read(this.buf, this.length, this.buf.length - this.length, this.base + this.length);
                if (!bytesRead)
                    break;
                this.length += bytesRead;
            }
        }
        return at - this.base;
    }
    /** The file offset of the first NUL at or after `at` (before `end`), or -1. */
    async nul(at, end) {
        for (let n = 4096;; n *= 2) {
            const i = await this.at(at, Math.min(n, end - at));
            const found = this.buf.indexOf(0, i);
            if (found >= 0 && found < i + Math.min(n, end - at))
                return at + found - i;
            if (at + n >= end)
                return -1;
        }
    }
}
/**
 * `indexFile`: the index (`git rev-parse --git-path index`); `hashBytes`: 20 (sha1) or 32 (sha256);
 * `where`: root-relative folders as the index names paths (the root being the top of the work tree).
 */
async function indexFlags(indexFile, hashBytes, where, windowBytes = 1 << 20) {
    let fh;
    try {
        fh = await (0,promises_.open)(indexFile, 'r');
    }
    catch {
        return 'unknown';
    }
    try {
        return await scanIndex(new Window(fh, (await fh.stat()).size, windowBytes), hashBytes, where);
    }
    catch {
        return 'unknown';
    }
    finally {
        await fh.close();
    }
}
async function scanIndex(w, hashBytes, where) {
    const end = w.size - hashBytes;
    if (end < 12)
        return 'unknown';
    await w.at(0, 12);
    const head = w.buf;
    if (head.toString('latin1', 0, 4) !== 'DIRC')
        return 'unknown';
    const version = head.readUInt32BE(4);
    if (version < 2 || version > 4)
        return 'unknown';
    const count = head.readUInt32BE(8);
    /** Offset of the flags field in an entry: ten 32-bit stat fields, then the object id. */
    const flagsAt = 40 + hashBytes;
    let at = 12;
    /** Version 4: the previous entry's name, in a buffer reused from entry to entry. */
    let previous = Buffer.alloc(4096);
    let previousLength = 0;
    let flagged = false;
    for (let e = 0; e < count; e++) {
        if (at + flagsAt + 4 > end)
            return 'unknown';
        const i = w.peek(at, flagsAt + 4) ?? (await w.at(at, flagsAt + 4));
        const buf = w.buf;
        const mode = buf.readUInt32BE(i + 24);
        const flags = buf.readUInt16BE(i + flagsAt);
        let nameAt = at + flagsAt + 2;
        let extended = 0;
        if (flags & EXTENDED) {
            if (version < 3)
                return 'unknown';
            extended = buf.readUInt16BE(i + flagsAt + 2);
            nameAt += 2;
        }
        const unusual = (flags & (ASSUME_VALID | STAGE_MASK)) !== 0 || (extended & (SKIP_WORKTREE | INTENT_TO_ADD)) !== 0 || mode === GITLINK;
        let name;
        if (version === 4) {
            // Prefix-compressed: how many bytes to drop from the previous name (git's varint), then the rest, NUL-ended.
            if (nameAt >= end)
                return 'unknown';
            const v = w.peek(nameAt, Math.min(16, end - nameAt)) ?? (await w.at(nameAt, Math.min(16, end - nameAt)));
            let k = v;
            let byte = w.buf[k++];
            let strip = byte & 0x7f;
            while (byte & 0x80) {
                if (k - v >= 16 || strip > 1 << 24)
                    return 'unknown';
                byte = w.buf[k++];
                strip = ((strip + 1) << 7) + (byte & 0x7f);
            }
            const suffixAt = nameAt + (k - v);
            const nul = w.peekNul(suffixAt) ?? (await w.nul(suffixAt, end));
            if (nul < 0 || nul >= end || strip > previousLength)
                return 'unknown';
            const kept = previousLength - strip;
            const suffix = nul - suffixAt;
            if (kept + suffix > previous.length)
                previous = Buffer.concat([previous, Buffer.alloc(kept + suffix)]);
            const s = w.peek(suffixAt, suffix) ?? (await w.at(suffixAt, suffix));
            w.buf.copy(previous, kept, s, s + suffix);
            previousLength = kept + suffix;
            if (unusual)
                name = previous.toString('utf8', 0, previousLength);
            at = nul + 1;
        }
        else {
            let nameLen = flags & NAME_MASK;
            if (nameLen === NAME_MASK) {
                const nul = w.peekNul(nameAt) ?? (await w.nul(nameAt, end));
                if (nul < 0 || nul >= end)
                    return 'unknown';
                nameLen = nul - nameAt;
            }
            if (unusual) {
                const n = w.peek(nameAt, nameLen) ?? (await w.at(nameAt, nameLen));
                name = w.buf.toString('utf8', n, n + nameLen);
            }
            // Padded with 1 to 8 NULs to a multiple of 8 bytes from the entry's start.
            const length = nameAt - at + nameLen;
            at += (length + 8) & ~7;
        }
        if (unusual && where.some((dir) => isUnder(name, dir)))
            flagged = true;
    }
    // Extensions: a split index keeps entries (and their flags) in another file; a sparse one folds folders.
    while (at + 8 <= end) {
        const i = await w.at(at, 8);
        const signature = w.buf.toString('latin1', i, i + 4);
        if (signature === 'link' || signature === 'sdir')
            return 'unknown';
        at += 8 + w.buf.readUInt32BE(i + 4);
    }
    if (at !== end)
        return 'unknown';
    return flagged ? 'flagged' : 'plain';
}

// EXTERNAL MODULE: ./src/state-schemas.ts
var state_schemas = __webpack_require__(27271);
// EXTERNAL MODULE: ./src/ops/backup/store.ts
var store = __webpack_require__(40334);
;// CONCATENATED MODULE: ./src/ops/backup/delta.ts
/**
 * Snapshots that cost what changed: git says which paths may differ from the last snapshot, and only
 * those are read (store.ts createDeltaSnapshot); the snapshot is written as a delta on the last one.
 *
 * `git-base.json` in the store records, for the last snapshot, the commit it was taken at and the
 * paths git could not vouch for then (changed, staged, untracked or ignored, and what the snapshot
 * holds there). Everywhere else the snapshot holds exactly the regular files of that commit's tree.
 * So the paths that can differ now are
 *   `git diff-tree <commit> HEAD` (the commits since; 40 ms at 100,000 pages)
 *   ∪ `git diff-index HEAD` (the work tree and index against HEAD; 93 ms — never against another
 *     commit: diffing the work tree against an older commit took 4.8 s)
 *   ∪ `git ls-files -o` (untracked and ignored files, which a walk would back up too)
 *   ∪ the recorded not-clean paths,
 * and what the last snapshot holds at each is known without reading its (15 MB) manifest: git's blob
 * id from the diff's old side, or the record. Anything git cannot vouch for this way (no commit yet,
 * the recorded commit gone, a submodule, a conflict, a nested repository, entries flagged
 * assume-unchanged or skip-worktree, whose changes git does not report) takes a full snapshot, as
 * before. Like git-blobs.tsv, the file is believed only while the manifests it names (the snapshot's
 * chain) exist; the flags are read from git's index file (src/git/index-flags.ts).
 */








/** Deltas between full snapshots: the next one past it is written full (from the chain, not the wiki). */
const DELTA_CHAIN_CAP = 30;

/** More not-clean paths than this are re-read every run: a full snapshot records them afresh. */
const NOT_CLEAN_CAP = 10_000;
/** The recorded base, when it can be believed: readable, for these include paths, every manifest of its chain present. */
async function readGitBase(storeDir, include) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,store.gitBaseFile)(storeDir), 'utf8');
    }
    catch {
        return undefined;
    }
    const parsed = (0,state_schemas/* parseState */.Bu)(state_schemas/* backupGitBaseSchema */.TY, text);
    if (!parsed.ok)
        return undefined;
    const base = parsed.value;
    if (base.include.join('\0') !== include.join('\0') || base.chain[0] !== base.snapshot)
        return undefined;
    const present = await Promise.all(base.chain.map((id) => (0,promises_.stat)((0,store.manifestPath)(storeDir, id)).then((st) => st.isFile(), () => false)));
    return present.every(Boolean) ? base : undefined;
}
async function writeGitBase(storeDir, base) {
    try {
        await (0,fsutil.writeFileAtomic)((0,store.gitBaseFile)(storeDir), `${JSON.stringify(base)}\n`);
    }
    catch (err) {
        throw new errors/* BackupError */.hj(`cannot write ${(0,store.gitBaseFile)(storeDir)}: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
    }
}
const NO_BLOB = /^0+$/;
/** Every `git ls-files -v` entry is a plain one (tag H): none assume-unchanged, skip-worktree or conflicted. */
function allPlain(out) {
    for (let at = 0; at < out.length;) {
        if (out.charCodeAt(at) !== 72 /* H */)
            return false;
        const end = out.indexOf('\0', at);
        at = end < 0 ? out.length : end + 1;
    }
    return true;
}
const nulList = (out) => out.split('\0').filter(Boolean);
/** No entry under the include paths is flagged (indexFlags), from the index file, or from git when the file cannot say. */
async function indexPlain(root, indexFile, prefix, commit, includes) {
    const flags = await indexFlags(external_node_path_default().resolve(root, indexFile), commit.length === 64 ? 32 : 20, includes.map((inc) => `${prefix}${inc}`));
    if (flags !== 'unknown')
        return flags === 'plain';
    const tags = await (0,blobs/* gitOut */.BQ)(root, ['ls-files', '-v', '-z', '--', ...includes]);
    return tags !== undefined && allPlain(tags);
}
/**
 * The snapshot a run takes before its first write: a delta when git can say what changed since the
 * last one, otherwise a full snapshot (listed by git where it can, walked where it cannot).
 */
async function snapshotWithGit(root, include, storeDir, opts = {}) {
    const includes = include.map((inc) => (0,fsutil/* safeRelativePath */.lV)(inc, 'include path', (m) => new errors/* BackupError */.hj(m)));
    const base = await readGitBase(storeDir, includes);
    // What commits changed since the base, parsed once (undefined: git could not say).
    const changedSince = base
        ? (0,blobs/* gitOut */.BQ)(root, ['diff-tree', '-r', '-z', '--raw', '--no-renames', '--relative', base.commit, 'HEAD', '--', ...includes]).then((out) => (out === undefined ? undefined : (0,blobs/* parseRaw */.kY)(out)))
        : undefined;
    // What commits changed since the base (yesterday's run: the pages it wrote, the index, tens of MB at
    // 100,000 pages) is read and stored while git still compares the work tree with HEAD.
    const ahead = changedSince?.then((since) => {
        if (!since || (0,blobs/* unwalkable */.Ff)(since))
            return undefined;
        return (0,store.storeAhead)(root, storeDir, [...since].filter(([, c]) => (0,blobs/* isRegularMode */.sn)(c.dstMode)).map(([p]) => p));
    });
    const [revs, diffIndex, others, since, stored] = await Promise.all([
        // The index file and the root's place in the work tree (for indexFlags), then HEAD's commit.
        (0,blobs/* gitOut */.BQ)(root, ['rev-parse', '--git-path', 'index', '--show-prefix', 'HEAD^{commit}']),
        (0,blobs/* gitOut */.BQ)(root, ['diff-index', '--raw', '-z', '--no-renames', '--relative', 'HEAD', '--', ...includes]),
        // No --exclude-standard: ignored files are backed up as a walk finds them.
        (0,blobs/* gitOut */.BQ)(root, ['ls-files', '-o', '-z', '--', ...includes]),
        changedSince,
        // Settled here either way: a full snapshot below does not need it, and nothing is left running.
        ahead?.then((value) => ({ value }), (err) => ({ err })),
    ]);
    const [indexFile, prefix, commit] = revs?.split('\n') ?? [];
    const worktree = diffIndex === undefined ? undefined : (0,blobs/* parseRaw */.kY)(diffIndex);
    const untracked = others === undefined ? undefined : nulList(others);
    // What git can vouch for at all: a commit, the work tree against it, and nothing it does not describe as files.
    const gitUsable = !!commit && !!worktree && !!untracked && !(0,blobs/* unwalkable */.Ff)(worktree) && !untracked.some((p) => p.endsWith('/'));
    if (base && gitUsable && since && !(0,blobs/* unwalkable */.Ff)(since) && (await indexPlain(root, indexFile, prefix, commit, includes))) {
        const unversioned = new Set(untracked);
        const candidates = deltaCandidates(base, since, worktree, unversioned);
        // The chain's length counts its full snapshot: a delta on it makes `chain.length` deltas.
        const compact = base.chain.length >= DELTA_CHAIN_CAP;
        if (stored && 'err' in stored)
            throw stored.err;
        const snap = await (0,store.createDeltaSnapshot)(root, storeDir, { id: base.snapshot, files: base.files }, candidates, { ...opts, compact, ...(stored?.value ? { ahead: stored.value } : {}) }).catch((err) => {
            // Compacting reads the chain: a damaged manifest in it means a full snapshot from the wiki instead.
            if (compact && err instanceof errors/* BackupError */.hj)
                return undefined;
            throw err;
        });
        if (snap)
            return recordDelta(storeDir, snap, base, includes, commit, candidates, since, worktree, unversioned);
    }
    return fullSnapshot(root, includes, storeDir, opts, gitUsable ? { commit: commit, worktree: worktree, untracked: untracked } : undefined);
}
/** Record what the next delta starts from after a delta (or compacted) snapshot. */
async function recordDelta(storeDir, snap, base, includes, commit, candidates, since, worktree, unversioned) {
    const dirty = [];
    const absent = [];
    for (const [k, c] of candidates.entries()) {
        const now = snap.found[k];
        if (isClean(c.path, now?.gitBlob, now !== undefined, since, worktree, unversioned))
            continue;
        if (now)
            dirty.push(now.file);
        else
            absent.push(c.path);
    }
    // Past the cap no base is recorded: the next run takes a full snapshot, which records them afresh.
    if (dirty.length + absent.length <= NOT_CLEAN_CAP) {
        const chain = !snap.created ? base.chain : snap.full ? [snap.id] : [snap.id, ...base.chain];
        await writeGitBase(storeDir, { version: 1, snapshot: snap.id, chain, files: snap.files, include: includes, commit, dirty, absent });
    }
    else
        await (0,promises_.rm)((0,store.gitBaseFile)(storeDir), { force: true });
    const { found: _found, full, ...result } = snap;
    return { ...result, kind: full ? 'compact' : 'delta' };
}
/**
 * A full snapshot: files git vouches for and the store already holds are still not read (git-blobs.tsv).
 * With `git` (what git said of the work tree against HEAD), it is recorded as the next delta's base.
 */
async function fullSnapshot(root, includes, storeDir, opts, git) {
    const tree = await (0,blobs/* gitWorkTree */.M8)(root, includes);
    const full = await (0,store.takeFullSnapshot)(root, includes, storeDir, { ...opts, ...(tree ? { gitBlobs: tree.clean, files: tree.files } : {}) });
    if (tree && git) {
        const { commit } = git;
        // Not clean: what git reports against HEAD, what it did not vouch for in the index, and any file
        // whose bytes read were not the index's blob (changed while it was read).
        const notClean = new Set([...git.worktree.keys(), ...git.untracked, ...tree.unvouched]);
        full.listed.forEach((f, i) => {
            if (full.listedBlobs[i] !== tree.clean.get(f.path))
                notClean.add(f.path);
        });
        if (notClean.size <= NOT_CLEAN_CAP) {
            const dirty = full.listed.filter((f) => notClean.has(f.path));
            for (const f of dirty)
                notClean.delete(f.path);
            await writeGitBase(storeDir, { version: 1, snapshot: full.id, chain: [full.id], files: full.files, include: includes, commit, dirty, absent: [...notClean].sort() });
        }
        else
            await (0,promises_.rm)((0,store.gitBaseFile)(storeDir), { force: true });
    }
    const { listed: _listed, listedBlobs: _blobs, ...result } = full;
    return { ...result, kind: 'full' };
}
/** The paths that may differ from the base, each with what the base holds there. */
function deltaCandidates(base, since, worktree, untracked) {
    const recorded = new Map(base.dirty.map((f) => [f.path, f]));
    for (const p of base.absent)
        recorded.set(p, undefined);
    const paths = new Set([...since.keys(), ...worktree.keys(), ...untracked, ...recorded.keys()]);
    return [...paths].sort().map((p) => {
        const candidate = { path: p, base: recorded.has(p) ? recorded.get(p) : baseFromGit(p, since, worktree) };
        // Changed by commits but not since in the work tree: git vouches that the file is HEAD's blob, as
        // it does for every path not listed at all (the sha1 of large pages is not computed again).
        const c = since.get(p);
        if (c && !worktree.has(p) && !untracked.has(p) && (0,blobs/* isRegularMode */.sn)(c.dstMode))
            candidate.gitBlob = c.dstBlob;
        return candidate;
    });
}
/**
 * What the base holds at a path it recorded as clean: the blob of its commit's tree. Changed since:
 * the diff's old side; unchanged since but changed in the work tree: diff-index's HEAD side (the same
 * blob); otherwise (untracked now) nothing, as the path was in neither tree.
 */
function baseFromGit(p, since, worktree) {
    const c = since.get(p) ?? worktree.get(p);
    return c && (0,blobs/* isRegularMode */.sn)(c.srcMode) && !NO_BLOB.test(c.srcBlob) ? { gitBlob: c.srcBlob } : undefined;
}
/**
 * Whether the snapshot holds at `p` exactly the regular file of HEAD's tree (or nothing where HEAD has
 * no regular file): git reports no difference there, and the file's blob is HEAD's (as git vouches, or
 * as computed from the bytes read).
 */
function isClean(p, readBlob, present, since, worktree, untracked) {
    if (worktree.has(p) || untracked.has(p))
        return false;
    // Not in the work tree's diff: HEAD's tree has a regular file here exactly when one is found.
    if (!present)
        return true;
    const c = since.get(p);
    return !!c && (0,blobs/* isRegularMode */.sn)(c.dstMode) && readBlob === c.dstBlob;
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


/***/ })

};
