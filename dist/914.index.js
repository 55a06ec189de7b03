export const id = 914;
export const ids = [914];
export const modules = {

/***/ 25914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FileHttpCache: () => (/* binding */ FileHttpCache),
/* harmony export */   NoHttpCache: () => (/* binding */ NoHttpCache),
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
/* harmony import */ var _state_schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27271);
/**
 * HTTP cache of successful (2xx) responses, so a re-run within the freshness window costs no request
 * and a later run can ask "has it changed?" (ETag / Last-Modified → 304) instead of downloading again.
 *
 * On disk (statePaths(stateDir).httpCache): per URL, one file `<sha256(URL)>.entry`: the meta as one
 * line of JSON, a newline, then the raw body bytes, written atomically. The meta records the body's
 * length and sha256, so a body that does not belong to it (disk trouble, hand edits) is detected.
 * Anything unreadable is a miss with a warning: losing the cache only costs speed.
 *
 * One file per response, not a meta file beside a body file: every atomic write creates a file, and
 * creating files is the most expensive part of storing a small feed (about 0.8 ms of kernel time
 * each on the 2-core bench machine, where 4 shard processes collecting at once were CPU-bound).
 * Entries of the earlier layout (`<key>.json` beside `<key>.body`) are still read, so conditional
 * requests keep working after an upgrade; storing such a URL again replaces them with one file.
 */






function cacheKey(url) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(url).digest('hex');
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
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
    /** Keys read from the earlier two-file layout: their files are removed once stored anew. */
    legacyKeys = new Set();
    constructor(dir, logger) {
        this.dir = dir;
        this.logger = logger;
    }
    entryFile(key) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `${key}.entry`);
    }
    legacyFiles(key) {
        return { meta: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `${key}.json`), body: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `${key}.body`) };
    }
    async get(url) {
        const key = cacheKey(url);
        const file = this.entryFile(key);
        let bytes;
        try {
            bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
        }
        catch (err) {
            if (isMissing(err))
                return this.getLegacy(url, key);
            this.logger.warn(`http cache: cannot read ${file} (for ${url}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}; treated as a miss`);
            return undefined;
        }
        const corrupt = (why) => {
            this.logger.warn(`http cache: ${(0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .corruptStateMessage */ .gs)(file, `cache entry for ${url}`, why, 'treated as a miss')}`);
            return undefined;
        };
        // JSON.stringify never writes a raw newline, and 0x0A is never part of a multi-byte UTF-8 character.
        const newline = bytes.indexOf(0x0a);
        if (newline < 0)
            return corrupt('no meta line');
        const meta = this.checkMeta(url, bytes.toString('utf8', 0, newline), corrupt);
        if (!meta)
            return undefined;
        const body = bytes.subarray(newline + 1);
        if (body.byteLength !== meta.bodyBytes || sha256(body) !== meta.bodySha256) {
            return corrupt(`its body does not match its meta (${body.byteLength} bytes, expected ${meta.bodyBytes})`);
        }
        return { ...publicEntry(meta), body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
    }
    /** The meta line parsed and checked, or undefined after `corrupt` was told why. */
    checkMeta(url, text, corrupt) {
        const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .httpCacheMetaSchema */ .tz, text);
        if (!parsed.ok)
            return corrupt(parsed.problem);
        // Two URLs with the same sha256 will not happen; a copied or hand-edited file might.
        if (parsed.value.url !== url)
            return corrupt(`it belongs to ${parsed.value.url}`);
        return parsed.value;
    }
    /** An entry of the earlier layout: `<key>.json` (the meta, its commit point) beside `<key>.body`. */
    async getLegacy(url, key) {
        const files = this.legacyFiles(key);
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
            this.logger.warn(`http cache: ${(0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .corruptStateMessage */ .gs)(files.meta, `cache entry for ${url}`, why, 'treated as a miss')}`);
            return undefined;
        };
        const meta = this.checkMeta(url, metaText, corrupt);
        if (!meta)
            return undefined;
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
        this.legacyKeys.add(key);
        return { ...publicEntry(meta), body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
    }
    async set(url, entry, body) {
        const key = cacheKey(url);
        const meta = { version: 1, ...publicEntry(entry), url, bodyBytes: body.byteLength, bodySha256: sha256(body) };
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(this.entryFile(key), Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`, 'utf8'), body]));
        if (this.legacyKeys.delete(key)) {
            // The new entry is on disk and read first: the old pair is only dead weight now. The meta goes
            // first, so a failure half-way never leaves a meta whose body is gone.
            const old = this.legacyFiles(key);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old.meta, { force: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old.body, { force: true });
            }
            catch (err) {
                this.logger.warn(`http cache: stored ${url} but could not remove its old files ${old.meta} / ${old.body}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
            }
        }
    }
}
/** No cache at all: for link checks, whose probes never read or write one (FetchOptions.probe). */
class NoHttpCache {
    async get() {
        return undefined;
    }
    async set() { }
}


/***/ })

};
