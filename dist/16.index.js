export const id = 16;
export const ids = [16,72];
export const modules = {

/***/ 62072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listFiles),
/* harmony export */   O: () => (/* binding */ readIfExists),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/** Small file helpers shared by the stages. */



/**
 * Write a file atomically: write a temp file in the same folder, fsync, rename over the target.
 * A crash leaves either the old or the new content, never half a page.
 */
async function writeFileAtomic(file, data) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'w');
    try {
        await fh.writeFile(data);
        await fh.sync();
    }
    finally {
        await fh.close();
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw err;
    }
}
/** A file's text, or undefined when it does not exist (any other error is thrown). */
async function readIfExists(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
}
/**
 * Every regular file under `root/dir` (recursive), as sorted `/`-separated paths relative to `root`.
 * A missing folder is empty, not an error.
 */
async function listFiles(root, dir) {
    const out = [];
    async function walk(rel) {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, rel), { withFileTypes: true });
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return;
            throw err;
        }
        for (const e of entries) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join(rel, e.name);
            if (e.isDirectory())
                await walk(p);
            else if (e.isFile())
                out.push(p);
        }
    }
    await walk(dir);
    return out.sort();
}


/***/ }),

/***/ 30016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendRun: () => (/* binding */ appendRun),
/* harmony export */   readRuns: () => (/* binding */ readRuns),
/* harmony export */   recordFromReport: () => (/* binding */ recordFromReport)
/* harmony export */ });
/* unused harmony export MAX_RUN_RECORDS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62072);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25625);
/**
 * Run history: one JSON line per finished run in the state folder (statePaths(state).runsFile).
 * Health, the status page and anomaly detection read it; losing it loses only history.
 */





/** The history never grows past this many lines; older runs carry no signal for 30-run statistics. */
const MAX_RUN_RECORDS = 1000;
const RUN_STATUSES = new Set(['success', 'partial', 'failed', 'skipped', 'running']);
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
        existing = (await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .O)(file)) ?? '';
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
function isRunRecord(v) {
    if (!v || typeof v !== 'object' || Array.isArray(v))
        return false;
    const r = v;
    return (typeof r.command === 'string' &&
        typeof r.status === 'string' &&
        RUN_STATUSES.has(r.status) &&
        typeof r.startedAt === 'string' &&
        typeof r.finishedAt === 'string' &&
        typeof r.date === 'string' &&
        typeof r.durationMs === 'number' &&
        typeof r.itemsCollected === 'number' &&
        typeof r.itemsAdded === 'number' &&
        typeof r.sourcesOk === 'number' &&
        typeof r.sourcesFailed === 'number' &&
        typeof r.cacheHitRate === 'number' &&
        typeof r.committed === 'boolean');
}
/**
 * Records oldest → newest (the last `limit` when given). A missing file is an empty history; a line
 * that is not a valid record is skipped with a warning naming the file and line.
 */
async function readRuns(file, limit, logger = _log_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .qq) {
    let text;
    try {
        text = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .O)(file);
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
        let value;
        try {
            value = JSON.parse(raw);
        }
        catch (err) {
            logger.warn(`${file}:${i + 1}: skipped a run history line that is not JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`);
            continue;
        }
        if (!isRunRecord(value)) {
            logger.warn(`${file}:${i + 1}: skipped a run history line that is not a run record`);
            continue;
        }
        out.push(value);
    }
    return limit !== undefined && limit >= 0 ? out.slice(Math.max(0, out.length - limit)) : out;
}


/***/ })

};
