export const id = 334;
export const ids = [334];
export const modules = {

/***/ 40334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   blobPath: () => (/* binding */ blobPath),
/* harmony export */   blobsDir: () => (/* binding */ blobsDir),
/* harmony export */   createSnapshot: () => (/* binding */ createSnapshot),
/* harmony export */   isSnapshotId: () => (/* binding */ isSnapshotId),
/* harmony export */   listSnapshots: () => (/* binding */ listSnapshots),
/* harmony export */   manifestPath: () => (/* binding */ manifestPath),
/* harmony export */   pruneSnapshots: () => (/* binding */ pruneSnapshots),
/* harmony export */   putBlob: () => (/* binding */ putBlob),
/* harmony export */   putManifest: () => (/* binding */ putManifest),
/* harmony export */   readManifest: () => (/* binding */ readManifest),
/* harmony export */   restoreSnapshot: () => (/* binding */ restoreSnapshot),
/* harmony export */   snapshotsDir: () => (/* binding */ snapshotsDir),
/* harmony export */   storeSize: () => (/* binding */ storeSize),
/* harmony export */   verifySnapshots: () => (/* binding */ verifySnapshots)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62072);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29834);
/**
 * Local content-addressed backup store.
 *
 * Layout under the store dir: `blobs/<aa>/<sha256>` holds each distinct file content once;
 * `snapshots/<id>.json` is a manifest listing root-relative paths with their hash and size.
 * Blobs are written before the manifest that references them, both atomically, so a crash never
 * leaves a manifest pointing at a missing blob. Anything read back from the store is re-hashed
 * before it is trusted: the store lives on a runner disk or in an Actions cache we do not control.
 */






const SHA256_RE = /^[0-9a-f]{64}$/;
const SNAPSHOT_ID_RE = /^\d{8}T\d{6}Z-[0-9a-f]{8}$/;
const HASH_CONCURRENCY = 16;
/** Temp files younger than this may belong to a writer that is still running. */
const STALE_TEMP_MS = 60 * 60 * 1000;
function blobsDir(storeDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(storeDir, 'blobs');
}
function snapshotsDir(storeDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(storeDir, 'snapshots');
}
function blobPath(storeDir, sha256) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(blobsDir(storeDir), sha256.slice(0, 2), sha256);
}
function manifestPath(storeDir, id) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(snapshotsDir(storeDir), `${id}.json`);
}
function isSnapshotId(id) {
    return SNAPSHOT_ID_RE.test(id);
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
function isNotFound(err) {
    const code = err?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** Run `fn` over `items` with bounded parallelism, keeping input order in the result. */
async function mapLimited(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    });
    await Promise.all(workers);
    return out;
}
/**
 * Validate a root-relative path from an include list or a manifest. Absolute paths, `..` and the
 * root itself are refused: restore deletes unknown files under an include, so an include of `.`
 * would wipe the checkout (including .git).
 */
function normalizeRelative(p, what) {
    const posix = p.replace(/\\/g, '/').replace(/\/+$/, '');
    if (posix === '' || posix === '.' || node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.isAbsolute(posix) || /^[a-zA-Z]:/.test(posix)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`${what} "${p}" must be a path inside the wiki root (not the root itself, not absolute)`);
    }
    const segments = posix.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`${what} "${p}" must not contain empty, "." or ".." segments`);
    }
    return posix;
}
function isUnder(file, include) {
    return file === include || file.startsWith(`${include}/`);
}
/**
 * Every regular file under the include paths, root-relative and sorted. Symlinks are skipped (a
 * backup should not follow a link out of the wiki); anything inside `skipDir` (the store itself,
 * when it sits under the root) is skipped so the store never backs itself up.
 */
async function listIncludedFiles(root, include, skipDir) {
    const found = new Set();
    const skip = skipDir ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(skipDir) : undefined;
    async function walk(rel) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, ...rel.split('/'));
        if (skip && (abs === skip || abs.startsWith(skip + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep))))
            return;
        let st;
        try {
            st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs);
        }
        catch (err) {
            if (isNotFound(err))
                return;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot read ${abs}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        if (st.isSymbolicLink())
            return;
        if (st.isFile()) {
            found.add(rel);
            return;
        }
        if (!st.isDirectory())
            return;
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(abs);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot list ${abs}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        for (const name of entries)
            await walk(`${rel}/${name}`);
    }
    for (const inc of include)
        await walk(normalizeRelative(inc, 'include path'));
    return [...found].sort();
}
function manifestDigest(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of files)
        h.update(`${f.path}\0${f.sha256}\0${f.size}\n`);
    return h.digest('hex');
}
function snapshotIdFor(instant, files) {
    const stamp = new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
    return `${stamp}-${manifestDigest(files).slice(0, 8)}`;
}
function sameFiles(a, b) {
    if (a.length !== b.length)
        return false;
    return a.every((f, i) => {
        const g = b[i];
        return g !== undefined && f.path === g.path && f.sha256 === g.sha256 && f.size === g.size;
    });
}
function parseManifest(text, file) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`snapshot manifest ${file} is not valid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`snapshot manifest ${file} is invalid: ${why}`);
    };
    if (typeof raw !== 'object' || raw === null)
        return fail('not an object');
    const m = raw;
    if (typeof m.id !== 'string' || !isSnapshotId(m.id))
        fail('bad "id"');
    if (node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file) !== `${String(m.id)}.json`)
        fail(`"id" ${String(m.id)} does not match the file name`);
    if (typeof m.createdAt !== 'string' || Number.isNaN(Date.parse(m.createdAt)))
        fail('bad "createdAt"');
    if (m.label !== undefined && typeof m.label !== 'string')
        fail('bad "label"');
    if (!Array.isArray(m.files))
        fail('"files" is not an array');
    const files = [];
    for (const [i, f] of m.files.entries()) {
        const e = f;
        if (typeof e !== 'object' || e === null)
            fail(`files[${i}] is not an object`);
        const entry = e;
        if (typeof entry.path !== 'string')
            fail(`files[${i}].path is not a string`);
        let p;
        try {
            p = normalizeRelative(entry.path, `files[${i}].path`);
        }
        catch (err) {
            return fail((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err));
        }
        if (typeof entry.sha256 !== 'string' || !SHA256_RE.test(entry.sha256))
            fail(`files[${i}].sha256 is not a sha256`);
        if (typeof entry.size !== 'number' || !Number.isSafeInteger(entry.size) || entry.size < 0)
            fail(`files[${i}].size is not a size`);
        files.push({ path: p, sha256: entry.sha256, size: entry.size });
    }
    const manifest = {
        id: m.id,
        createdAt: m.createdAt,
        files,
        totalSize: files.reduce((n, f) => n + f.size, 0),
    };
    if (typeof m.label === 'string')
        manifest.label = m.label;
    return manifest;
}
async function readManifest(storeDir, id) {
    const file = manifestPath(storeDir, id);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot read snapshot manifest ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    return parseManifest(text, file);
}
async function snapshotIds(storeDir) {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(snapshotsDir(storeDir));
    }
    catch (err) {
        if (isNotFound(err))
            return [];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot list ${snapshotsDir(storeDir)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    return names
        .filter((n) => n.endsWith('.json'))
        .map((n) => n.slice(0, -'.json'.length))
        .filter(isSnapshotId);
}
function newestFirst(a, b) {
    const t = Date.parse(b.createdAt) - Date.parse(a.createdAt);
    return t !== 0 ? t : b.id.localeCompare(a.id);
}
/** All manifests, newest first. An unreadable manifest is an error naming its file (see verifySnapshots to find them all). */
async function loadManifests(storeDir) {
    const ids = await snapshotIds(storeDir);
    const manifests = await mapLimited(ids, HASH_CONCURRENCY, (id) => readManifest(storeDir, id));
    return manifests.sort(newestFirst);
}
function info(m) {
    const out = { id: m.id, createdAt: m.createdAt, files: m.files.length, size: m.totalSize };
    if (m.label !== undefined)
        out.label = m.label;
    return out;
}
async function listSnapshots(storeDir) {
    return (await loadManifests(storeDir)).map(info);
}
async function blobExists(storeDir, sha256) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(blobPath(storeDir, sha256))).isFile();
    }
    catch (err) {
        if (isNotFound(err))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot stat blob ${blobPath(storeDir, sha256)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
/**
 * Store a blob unless present. The content is hashed here, so a caller cannot file bytes under the
 * wrong name. Returns whether it was written.
 */
async function putBlob(storeDir, data, expectedSha256, opts = {}) {
    const sha256 = sha256Hex(data);
    if (expectedSha256 !== undefined && sha256 !== expectedSha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`blob content hashes to ${sha256}, expected ${expectedSha256}`);
    }
    if (await blobExists(storeDir, sha256)) {
        if (!opts.replaceCorrupt || (await checkBlob(storeDir, sha256, data.length)) === undefined)
            return { sha256, written: false };
    }
    const file = blobPath(storeDir, sha256);
    try {
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(file, data);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot write blob ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    return { sha256, written: true };
}
/** Write a manifest; callers store its blobs first so a manifest never points at a missing blob. */
async function putManifest(storeDir, manifest) {
    const file = manifestPath(storeDir, manifest.id);
    const body = `${JSON.stringify(manifest, null, 2)}\n`;
    // Round-trip through the parser so nothing we write could be refused when read back.
    parseManifest(body, file);
    try {
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(file, body);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot write snapshot manifest ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
async function createSnapshot(root, include, storeDir, opts = {}) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_5__/* .systemClock */ .ml;
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root);
    const rels = await listIncludedFiles(absRoot, include, storeDir);
    let bytesAdded = 0;
    let blobsAdded = 0;
    // Identical files share one write, so counts stay right when they are hashed in parallel.
    const pending = new Map();
    // Read, hash and store in one pass so the hash always describes exactly the bytes stored.
    const files = await mapLimited(rels, HASH_CONCURRENCY, async (rel) => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absRoot, ...rel.split('/'));
        let data;
        try {
            data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(abs);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot read ${abs} for the backup: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        const sha256 = sha256Hex(data);
        let write = pending.get(sha256);
        if (!write) {
            write = putBlob(storeDir, data, sha256).then(({ written }) => {
                if (written) {
                    bytesAdded += data.length;
                    blobsAdded += 1;
                }
            });
            pending.set(sha256, write);
        }
        await write;
        return { path: rel, sha256, size: data.length };
    });
    const newest = (await loadManifests(storeDir))[0];
    if (newest && sameFiles(newest.files, files)) {
        return { id: newest.id, created: false, files: files.length, bytesAdded, blobsAdded };
    }
    const now = clock.now();
    const manifest = {
        id: snapshotIdFor(now, files),
        createdAt: new Date(now).toISOString(),
        files,
        totalSize: files.reduce((n, f) => n + f.size, 0),
    };
    if (opts.label !== undefined)
        manifest.label = opts.label;
    await putManifest(storeDir, manifest);
    return { id: manifest.id, created: true, files: files.length, bytesAdded, blobsAdded };
}
/** Check one blob against the hash and size a manifest claims for it. */
async function checkBlob(storeDir, sha256, size) {
    let data;
    try {
        data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(blobPath(storeDir, sha256));
    }
    catch (err) {
        if (isNotFound(err))
            return 'missing';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot read blob ${blobPath(storeDir, sha256)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    if (sha256Hex(data) !== sha256)
        return 'corrupt';
    if (data.length !== size)
        return 'size';
    return undefined;
}
/** Verify the given manifests' blobs, hashing each distinct blob once. */
async function verifyManifests(storeDir, manifests) {
    const verdicts = new Map();
    const verdictFor = (f) => {
        const key = `${f.sha256}:${f.size}`;
        let v = verdicts.get(key);
        if (!v) {
            v = checkBlob(storeDir, f.sha256, f.size);
            verdicts.set(key, v);
        }
        return v;
    };
    const entries = manifests.flatMap((m) => m.files.map((f) => ({ snapshot: m.id, file: f })));
    const results = await mapLimited(entries, HASH_CONCURRENCY, async (e) => ({ ...e, problem: await verdictFor(e.file) }));
    const problems = [];
    for (const r of results) {
        if (r.problem)
            problems.push({ snapshot: r.snapshot, path: r.file.path, problem: r.problem });
    }
    return { ok: problems.length === 0, checked: entries.length, problems };
}
async function unknownIdError(storeDir, id) {
    const ids = (await snapshotIds(storeDir)).sort().reverse().slice(0, 5);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(ids.length
        ? `unknown snapshot "${id}" in ${storeDir}; newest: ${ids.join(', ')}`
        : `unknown snapshot "${id}": the store ${storeDir} has no snapshots`);
}
async function requireManifest(storeDir, id) {
    if (!isSnapshotId(id) || !(await snapshotIds(storeDir)).includes(id))
        throw await unknownIdError(storeDir, id);
    return readManifest(storeDir, id);
}
/**
 * Re-hash every blob of one snapshot (or all). Unreadable manifests are reported as a `corrupt`
 * problem on the manifest's own store-relative path rather than aborting the whole check.
 */
async function verifySnapshots(storeDir, id) {
    if (id !== undefined)
        return verifyManifests(storeDir, [await requireManifest(storeDir, id)]);
    const manifests = [];
    const broken = [];
    for (const sid of await snapshotIds(storeDir)) {
        try {
            manifests.push(await readManifest(storeDir, sid));
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj))
                throw err;
            broken.push({ snapshot: sid, path: `snapshots/${sid}.json`, problem: 'corrupt' });
        }
    }
    const result = await verifyManifests(storeDir, manifests.sort(newestFirst));
    const problems = [...broken, ...result.problems];
    return { ok: problems.length === 0, checked: result.checked, problems };
}
function describeProblems(problems) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p.path}: blob ${p.problem} (snapshot ${p.snapshot})`);
    if (problems.length > shown.length)
        shown.push(`  - … and ${problems.length - shown.length} more`);
    return shown.join('\n');
}
async function hashFileIfPresent(abs) {
    try {
        return sha256Hex(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(abs));
    }
    catch (err) {
        if (isNotFound(err))
            return undefined;
        const code = err.code;
        // A directory where the snapshot has a file: it must be replaced, which the caller handles.
        if (code === 'EISDIR')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot read ${abs}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
/** Remove now-empty directories from `dir` up to (not including) the include root's parent. */
async function removeEmptyParents(absRoot, rel, include) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(rel);
    const stopAt = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(include);
    while (dir !== stopAt && dir !== '.' && isUnder(dir, include)) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absRoot, ...dir.split('/')));
        }
        catch {
            // Not empty (or already gone): nothing further up can be empty either.
            return;
        }
        dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(dir);
    }
}
/**
 * A symlinked folder under an include would make a restore write outside the wiki; the snapshot
 * holds a real folder there, so the link is removed (it was never backed up: symlinks are skipped).
 */
async function replaceLinkedAncestors(absRoot, rel, include) {
    const segments = rel.split('/');
    const includeDepth = include.split('/').length;
    for (let depth = includeDepth; depth < segments.length; depth++) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absRoot, ...segments.slice(0, depth));
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs).catch(() => undefined);
        if (!st)
            return;
        if (st.isSymbolicLink())
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(abs);
    }
}
/**
 * Make every file under the include paths byte-identical to the snapshot. All needed blobs are
 * verified before the first write so a damaged store never leaves the wiki half-restored.
 * Stray files are removed first, so a path that changed between file and folder can be rewritten.
 */
async function restoreSnapshot(storeDir, id, root, include) {
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root);
    const includes = include.map((i) => normalizeRelative(i, 'include path'));
    const manifest = await requireManifest(storeDir, id);
    const wanted = manifest.files.filter((f) => includes.some((inc) => isUnder(f.path, inc)));
    const check = await verifyManifests(storeDir, [{ ...manifest, files: wanted }]);
    if (!check.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`snapshot ${id} cannot be restored: ${check.problems.length} damaged blob(s) in ${storeDir}; nothing was changed\n${describeProblems(check.problems)}`);
    }
    const wantedPaths = new Set(wanted.map((f) => f.path));
    const present = await listIncludedFiles(absRoot, includes, storeDir);
    const removed = [];
    for (const rel of present) {
        if (wantedPaths.has(rel))
            continue;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absRoot, ...rel.split('/'));
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(abs);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot remove ${abs} during restore of ${id}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        removed.push(rel);
        const inc = includes.find((i) => isUnder(rel, i));
        if (inc)
            await removeEmptyParents(absRoot, rel, inc);
    }
    const written = [];
    for (const f of wanted) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absRoot, ...f.path.split('/'));
        if ((await hashFileIfPresent(abs)) === f.sha256)
            continue;
        const data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(blobPath(storeDir, f.sha256));
        // Checked above, but re-checked here: this is the byte stream that lands in the wiki.
        if (sha256Hex(data) !== f.sha256) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`blob for ${f.path} changed during restore of ${id}; ${written.length} file(s) already written`);
        }
        try {
            const inc = includes.find((i) => isUnder(f.path, i));
            await replaceLinkedAncestors(absRoot, f.path, inc);
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs).catch(() => undefined);
            if (st?.isDirectory())
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(abs, { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(abs), { recursive: true });
            await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(abs, data);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot write ${abs} during restore of ${id}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        written.push(f.path);
    }
    return { written, removed };
}
async function listStoreFiles(dir) {
    const out = [];
    async function walk(d) {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(d, { withFileTypes: true });
        }
        catch (err) {
            if (isNotFound(err))
                return;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot list ${d}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        for (const e of entries) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(d, e.name);
            if (e.isDirectory())
                await walk(abs);
            else if (e.isFile()) {
                const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(abs);
                out.push({ abs, size: st.size, mtimeMs: st.mtimeMs });
            }
        }
    }
    await walk(dir);
    return out;
}
/** Bytes on disk under the store (blobs, manifests, leftover temp files). */
async function storeSize(storeDir) {
    return (await listStoreFiles(storeDir)).reduce((n, f) => n + f.size, 0);
}
function uniqueBlobBytes(manifests) {
    const sizes = new Map();
    for (const m of manifests)
        for (const f of m.files)
            sizes.set(f.sha256, f.size);
    let total = 0;
    for (const s of sizes.values())
        total += s;
    return total;
}
/**
 * Keep the newest `keep` snapshots, then drop the oldest survivors until the blobs they reference fit
 * in `maxSizeMb`. The newest snapshot that passes verification is never dropped, even if it is older
 * than the `keep` window or alone exceeds the size cap: it is the one a restore would fall back to.
 * Then blobs no remaining manifest references are deleted.
 */
async function pruneSnapshots(storeDir, opts) {
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_5__/* .systemClock */ .ml;
    const keep = Math.max(0, Math.floor(opts.keep));
    const maxBytes = opts.maxSizeMb * 1024 * 1024;
    const all = await loadManifests(storeDir);
    let protectedId;
    for (const m of all) {
        if ((await verifyManifests(storeDir, [m])).ok) {
            protectedId = m.id;
            break;
        }
    }
    const kept = all.filter((m, i) => i < keep || m.id === protectedId);
    while (uniqueBlobBytes(kept) > maxBytes) {
        let dropAt = -1;
        for (let i = kept.length - 1; i >= 0; i--) {
            if (kept[i]?.id !== protectedId) {
                dropAt = i;
                break;
            }
        }
        if (dropAt < 0)
            break;
        kept.splice(dropAt, 1);
    }
    const keptIds = new Set(kept.map((m) => m.id));
    const removed = [];
    let freedBytes = 0;
    for (const m of all) {
        if (keptIds.has(m.id))
            continue;
        const file = manifestPath(storeDir, m.id);
        try {
            const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file)).size;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file);
            freedBytes += size;
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot delete snapshot manifest ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        removed.push(m.id);
    }
    const referenced = new Set(kept.flatMap((m) => m.files.map((f) => f.sha256)));
    const now = clock.now();
    for (const f of await listStoreFiles(blobsDir(storeDir))) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(f.abs);
        if (referenced.has(name))
            continue;
        if (!SHA256_RE.test(name) && now - f.mtimeMs < STALE_TEMP_MS)
            continue;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(f.abs);
        }
        catch (err) {
            if (isNotFound(err))
                continue;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupError */ .hj(`cannot delete unreferenced blob ${f.abs}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        freedBytes += f.size;
    }
    return { removed, freedBytes };
}


/***/ })

};
