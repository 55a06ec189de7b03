export const id = 914;
export const ids = [914,72];
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


/***/ })

};
