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
            this.logger.warn(`http cache: ${(0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .corruptStateMessage */ .gs)(files.meta, `cache entry for ${url}`, why, 'treated as a miss')}`);
            return undefined;
        };
        const parsed = (0,_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .parseState */ .Bu)(_state_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .httpCacheMetaSchema */ .tz, metaText);
        if (!parsed.ok)
            return corrupt(parsed.problem);
        const meta = parsed.value;
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
/** No cache at all: for link checks, whose probes never read or write one (FetchOptions.probe). */
class NoHttpCache {
    async get() {
        return undefined;
    }
    async set() { }
}


/***/ })

};
