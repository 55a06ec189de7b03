export const id = 7;
export const ids = [7];
export const modules = {

/***/ 41007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FileHttpCache: () => (/* binding */ FileHttpCache),
  NoHttpCache: () => (/* binding */ NoHttpCache),
  cacheKey: () => (/* binding */ cacheKey)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/fsutil.ts
var fsutil = __webpack_require__(62072);
// EXTERNAL MODULE: ./src/state-schemas.ts
var state_schemas = __webpack_require__(27271);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/http/cache-pack.ts
/**
 * The HTTP cache's pack files (see cache.ts): one append-only file per run, `<time>-<seq>-<pid>-<rand>.pack`,
 * holding one record per stored response: the meta as one line of JSON, a newline, then the body
 * bytes (the layout of a single `.entry` file, repeated). A record whose meta says `bodyIn: "earlier"`
 * has no body bytes: it renews an earlier record's meta (a 304 or an unchanged body) and the body
 * stays where it was.
 *
 * Why packs: creating a file costs about 1 ms of kernel time on the bench machine, and a run that
 * stored every response in a file of its own spent 0.3–0.7 s of its ~2 s of CPU on that alone (4
 * shard processes on 2 cores were CPU-bound). Appending to one open file costs a few microseconds.
 */






const PACK_SUFFIX = '.pack';
/** Longest meta line accepted: a URL, validators and a content type fit many times over. */
const MAX_META_BYTES = 64 * 1024;
const WINDOW = 1 << 20;
/**
 * Every record of a pack, read a window at a time (bodies are skipped, never held), up to the first
 * thing that does not read back; what came before it stays usable.
 */
async function scanPack(file) {
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const size = (await fh.stat()).size;
        const records = [];
        const window = Buffer.allocUnsafe(WINDOW);
        let winAt = 0;
        let winLen = 0;
        const load = async (at) => {
            winAt = at;
            winLen = 0;
            while (winLen < WINDOW) {
                const { bytesRead } = await fh.read(window, winLen, WINDOW - winLen, at + winLen);
                if (bytesRead === 0)
                    break;
                winLen += bytesRead;
            }
        };
        let at = 0;
        while (at < size) {
            if (at < winAt || at + Math.min(MAX_META_BYTES, size - at) > winAt + winLen)
                await load(at);
            const newline = window.subarray(at - winAt, winLen).indexOf(0x0a);
            if (newline < 0)
                return { file, size, records, problem: `record at byte ${at} has no meta line` };
            const parsed = (0,state_schemas/* parseState */.Bu)(state_schemas/* httpCacheMetaSchema */.tz, window.toString('utf8', at - winAt, at - winAt + newline));
            if (!parsed.ok)
                return { file, size, records, problem: `record at byte ${at}: ${parsed.problem}` };
            const meta = parsed.value;
            const bodyAt = at + newline + 1;
            const end = bodyAt + (meta.bodyIn === 'earlier' ? 0 : meta.bodyBytes);
            if (end > size)
                return { file, size, records, problem: `record at byte ${at} is cut short (${size - bodyAt} of ${meta.bodyBytes} body bytes)` };
            records.push({ meta, at, bodyAt, end });
            at = end;
        }
        return { file, size, records };
    }
    finally {
        await fh.close();
    }
}
/** `length` bytes of `file` from `at`. */
async function readRange(file, at, length) {
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const buf = Buffer.allocUnsafe(length);
        let got = 0;
        while (got < length) {
            const { bytesRead } = await fh.read(buf, got, length - got, at + got);
            if (bytesRead === 0)
                break;
            got += bytesRead;
        }
        return got === length ? buf : buf.subarray(0, got);
    }
    finally {
        await fh.close();
    }
}
let packSequence = 0;
/**
 * A new pack's name. Packs are read in name order and a later record for a URL wins, so the name
 * starts with the creation time, then a sequence number for packs made in the same millisecond by
 * this process.
 */
function newPackName() {
    const time = Date.now().toString(36).padStart(9, '0');
    const seq = (packSequence++).toString(36).padStart(4, '0');
    return `${time}-${seq}-${process.pid.toString(36)}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}${PACK_SUFFIX}`;
}
/**
 * The pack this run appends to: created on the first record, each record written at once with one
 * synchronous write on the one descriptor. A record is a few KB for a feed: the write is a copy into the
 * page cache, cheaper than the promise round trip through the thread pool (in the shard bench's CPU
 * profile the awaited FileHandle writes cost ~0.25 ms of main-thread time each). After a failed write
 * the pack takes no more records: a half-written record would end the readable part of the pack.
 */
class PackWriter {
    fd;
    size = 0;
    broken;
    closed = false;
    file;
    constructor(dir) {
        this.file = external_node_path_default().join(dir, newPackName());
    }
    /** Append one record; throws when it could not be written. */
    append(meta, body) {
        if (this.closed)
            throw new Error(`not written: the pack ${this.file} is closed (the run's cache was closed)`);
        if (this.broken)
            throw new Error(`not written: the pack ${this.file} failed earlier (${this.broken})`);
        const head = Buffer.from(`${JSON.stringify(meta)}\n`, 'utf8');
        const record = body?.byteLength ? Buffer.concat([head, body]) : head;
        const at = this.size;
        try {
            this.fd ??= openCreatingFolder(this.file);
            for (let off = 0; off < record.byteLength;)
                off += (0,external_node_fs_.writeSync)(this.fd, record, off, record.byteLength - off, at + off);
        }
        catch (err) {
            this.broken = (0,errors/* errorMessage */.gJ)(err);
            throw err;
        }
        this.size += record.byteLength;
        return { meta, at, bodyAt: at + head.byteLength, end: at + record.byteLength };
    }
    close() {
        this.closed = true;
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/** Exclusive create (a pack is never reused); the folder is created only when that says it is missing. */
function openCreatingFolder(file) {
    try {
        return (0,external_node_fs_.openSync)(file, 'wx');
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        return (0,external_node_fs_.openSync)(file, 'wx');
    }
}

;// CONCATENATED MODULE: ./src/http/cache.ts
/**
 * HTTP cache of successful (2xx) responses, so a re-run within the freshness window costs no request
 * and a later run can ask "has it changed?" (ETag / Last-Modified → 304) instead of downloading again.
 *
 * On disk (statePaths(stateDir).httpCache): pack files (cache-pack.ts), one per run that stored
 * something, each a sequence of records `<meta JSON line>\n<body bytes>`; the newest record of a URL
 * wins. The meta records the body's length and sha256, so a body that does not belong to it (disk
 * trouble, hand edits) is detected. Anything unreadable is a miss with a warning: losing the cache
 * only costs speed, which is also why nothing is fsynced (a torn record after a crash reads as one).
 *
 * A 304, or a body equal to the stored one, appends only a meta record (new validators, new storedAt):
 * the body is not written again. When the run's cache is closed, an older pack whose records were
 * all superseded is removed, and one less than half of which is still current has its current
 * records copied into the run's pack first, so the folder stays within about twice what it holds.
 *
 * Earlier layouts are still read, so conditional requests keep working after an upgrade: one file per
 * response `<sha256(URL)>.entry` (meta line + body), and before that `<key>.json` beside `<key>.body`.
 * Storing such a URL again moves it into the pack and removes its old files.
 *
 * Entries are keyed by URL, never by shard: a shard can start from any shard's cache folder. One
 * process writes a cache folder at a time (the run lock; each shard has its own state folder); an
 * instance reads the packs once, on first use.
 */







function cacheKey(url) {
    return (0,external_node_crypto_.createHash)('sha256').update(url).digest('hex');
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
/** A URL's record with its body in one pack record (`rec` of `file`). */
function locatedIn(file, rec) {
    return { meta: rec.meta, metaFile: file, bodyFile: file, bodyAt: rec.bodyAt, metaRecordBytes: rec.end - rec.at, bodyRecordBytes: rec.end - rec.at };
}
/** Whether `body` is the one `meta` describes (length and sha256). */
function bodyMatches(meta, body) {
    return body.byteLength === meta.bodyBytes && (0,fsutil/* sha256Hex */.fg)(body) === meta.bodySha256;
}
/** A cache hit of `meta` with the stored `body`. */
function hit(meta, body) {
    return { ...publicEntry(meta), body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
}
/** A pack whose current records take less than this share of it is copied forward and removed. */
const KEEP_PACK_SHARE = 0.5;
class FileHttpCache {
    dir;
    logger;
    /** Files of the earlier layouts read for a key: removed once that URL is stored in a pack. */
    legacyFiles = new Map();
    index;
    /** The packs found when the index was read (not the run's own). */
    packs = [];
    /** `<key>.entry` and `<key>.json` files found when the index was read (earlier layouts). */
    legacyNames = new Set();
    writer;
    closed = false;
    constructor(dir, logger) {
        this.dir = dir;
        this.logger = logger;
    }
    entryFile(key) {
        return external_node_path_default().join(this.dir, `${key}.entry`);
    }
    pairFiles(key) {
        return { meta: external_node_path_default().join(this.dir, `${key}.json`), body: external_node_path_default().join(this.dir, `${key}.body`) };
    }
    loadIndex() {
        this.index ??= this.readPacks();
        return this.index;
    }
    /** Every pack in name (= creation) order; a later record of a URL replaces an earlier one. */
    async readPacks() {
        const index = new Map();
        let names;
        try {
            names = (await (0,promises_.readdir)(this.dir)).sort();
        }
        catch (err) {
            if (!isMissing(err))
                this.logger.warn(`http cache: cannot list ${this.dir}: ${(0,errors/* errorMessage */.gJ)(err)}; starting without it`);
            return index;
        }
        // A URL missing from the packs is looked for in the earlier layouts only if such files exist: a
        // failed open per URL and layout (an exception each) was a visible cost of every miss.
        this.legacyNames = new Set(names.filter((n) => n.endsWith('.entry') || n.endsWith('.json')));
        for (const name of names.filter((n) => n.endsWith(PACK_SUFFIX))) {
            const file = external_node_path_default().join(this.dir, name);
            let pack;
            try {
                pack = await scanPack(file);
            }
            catch (err) {
                if (!isMissing(err))
                    this.logger.warn(`http cache: cannot read ${file}: ${(0,errors/* errorMessage */.gJ)(err)}; its entries are misses`);
                continue;
            }
            if (pack.problem)
                this.logger.warn(`http cache: ${(0,state_schemas/* corruptStateMessage */.gs)(file, 'HTTP cache pack', pack.problem, 'the records before it are used')}`);
            this.packs.push(pack);
            for (const r of pack.records) {
                const url = r.meta.url;
                if (r.meta.bodyIn !== 'earlier') {
                    index.set(url, locatedIn(file, r));
                    continue;
                }
                const earlier = index.get(url);
                // A renewal only stands on the body it renews; without it the URL is simply not cached.
                if (earlier && earlier.meta.bodySha256 === r.meta.bodySha256 && earlier.meta.bodyBytes === r.meta.bodyBytes)
                    index.set(url, { ...earlier, meta: r.meta, metaFile: file, metaRecordBytes: r.end - r.at });
                else
                    index.delete(url);
            }
        }
        return index;
    }
    async get(url) {
        const found = (await this.loadIndex()).get(url);
        if (found)
            return this.readPacked(url, found);
        const key = cacheKey(url);
        if (this.legacyNames.has(`${key}.entry`))
            return this.getEntryFile(url, key);
        if (this.legacyNames.has(`${key}.json`))
            return this.getPair(url, key);
        return undefined;
    }
    async readPacked(url, at) {
        let body;
        try {
            body = await readRange(at.bodyFile, at.bodyAt, at.meta.bodyBytes);
        }
        catch (err) {
            this.logger.warn(`http cache: cannot read ${at.bodyFile} (for ${url}): ${(0,errors/* errorMessage */.gJ)(err)}; treated as a miss`);
            return undefined;
        }
        if (!bodyMatches(at.meta, body)) {
            this.logger.warn(`http cache: ${(0,state_schemas/* corruptStateMessage */.gs)(at.bodyFile, `cache entry for ${url}`, `its body does not match its meta (${body.byteLength} bytes, expected ${at.meta.bodyBytes})`, 'treated as a miss')}`);
            return undefined;
        }
        return hit(at.meta, body);
    }
    /** An entry of the one-file-per-response layout. */
    async getEntryFile(url, key) {
        const file = this.entryFile(key);
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(file);
        }
        catch (err) {
            if (isMissing(err) && this.legacyNames.has(`${key}.json`))
                return this.getPair(url, key);
            if (isMissing(err))
                return undefined;
            this.logger.warn(`http cache: cannot read ${file} (for ${url}): ${(0,errors/* errorMessage */.gJ)(err)}; treated as a miss`);
            return undefined;
        }
        const corrupt = (why) => {
            this.logger.warn(`http cache: ${(0,state_schemas/* corruptStateMessage */.gs)(file, `cache entry for ${url}`, why, 'treated as a miss')}`);
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
        if (!bodyMatches(meta, body)) {
            return corrupt(`its body does not match its meta (${body.byteLength} bytes, expected ${meta.bodyBytes})`);
        }
        this.legacyFiles.set(key, [file]);
        return hit(meta, body);
    }
    /** The meta line parsed and checked, or undefined after `corrupt` was told why. */
    checkMeta(url, text, corrupt) {
        const parsed = (0,state_schemas/* parseState */.Bu)(state_schemas/* httpCacheMetaSchema */.tz, text);
        if (!parsed.ok)
            return corrupt(parsed.problem);
        // Two URLs with the same sha256 will not happen; a copied or hand-edited file might.
        if (parsed.value.url !== url)
            return corrupt(`it belongs to ${parsed.value.url}`);
        return parsed.value;
    }
    /** An entry of the first layout: `<key>.json` (the meta, its commit point) beside `<key>.body`. */
    async getPair(url, key) {
        const files = this.pairFiles(key);
        let metaText;
        try {
            metaText = await (0,promises_.readFile)(files.meta, 'utf8');
        }
        catch (err) {
            if (!isMissing(err))
                this.logger.warn(`http cache: cannot read ${files.meta} (for ${url}): ${(0,errors/* errorMessage */.gJ)(err)}; treated as a miss`);
            return undefined;
        }
        const corrupt = (why) => {
            this.logger.warn(`http cache: ${(0,state_schemas/* corruptStateMessage */.gs)(files.meta, `cache entry for ${url}`, why, 'treated as a miss')}`);
            return undefined;
        };
        const meta = this.checkMeta(url, metaText, corrupt);
        if (!meta)
            return undefined;
        let body;
        try {
            body = await (0,promises_.readFile)(files.body);
        }
        catch (err) {
            return corrupt(`body file ${files.body} unreadable (${(0,errors/* errorMessage */.gJ)(err)})`);
        }
        if (!bodyMatches(meta, body)) {
            return corrupt(`body file ${files.body} does not match its meta (${body.byteLength} bytes, expected ${meta.bodyBytes})`);
        }
        // The meta goes first when they are removed, so a failure half-way never leaves a meta whose body is gone.
        this.legacyFiles.set(key, [files.meta, files.body]);
        return hit(meta, body);
    }
    async set(url, entry, body) {
        if (this.closed)
            throw new Error(`the HTTP cache ${this.dir} is closed: ${url} not stored`);
        const index = await this.loadIndex();
        const meta = { version: 1, ...publicEntry(entry), url, bodyBytes: body.byteLength, bodySha256: (0,fsutil/* sha256Hex */.fg)(body) };
        const earlier = index.get(url);
        // A 304 (or the same body again) renews the meta; the body already in a pack stays where it is.
        const sameBody = earlier !== undefined && earlier.meta.bodySha256 === meta.bodySha256 && earlier.meta.bodyBytes === meta.bodyBytes;
        this.writer ??= new PackWriter(this.dir);
        const writer = this.writer;
        if (sameBody) {
            const renewal = { ...meta, bodyIn: 'earlier' };
            const rec = writer.append(renewal, undefined);
            index.set(url, { ...earlier, meta: renewal, metaFile: writer.file, metaRecordBytes: rec.end - rec.at });
        }
        else {
            index.set(url, locatedIn(writer.file, writer.append(meta, body)));
        }
        await this.dropLegacy(url, cacheKey(url));
    }
    /** The URL is in the pack now, read first: its files of an earlier layout are only dead weight. */
    async dropLegacy(url, key) {
        const files = this.legacyFiles.get(key);
        if (!files)
            return;
        this.legacyFiles.delete(key);
        try {
            for (const f of files)
                await (0,promises_.rm)(f, { force: true });
        }
        catch (err) {
            this.logger.warn(`http cache: stored ${url} but could not remove its old files ${files.join(' / ')}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    /**
     * End of the run: older packs that hold nothing current are removed; one mostly superseded has its
     * current records copied into this run's pack first. Then the pack is closed.
     */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        try {
            if (this.index)
                await this.compact(await this.index);
        }
        catch (err) {
            this.logger.warn(`http cache: could not tidy ${this.dir}: ${(0,errors/* errorMessage */.gJ)(err)}; the old packs stay (they only cost space)`);
        }
        finally {
            this.writer?.close();
        }
    }
    async compact(index) {
        const liveBytes = new Map();
        const add = (file, n) => liveBytes.set(file, (liveBytes.get(file) ?? 0) + n);
        for (const at of index.values()) {
            add(at.bodyFile, at.bodyRecordBytes);
            // A renewal's meta sits in a later pack: its own record counts there.
            if (at.metaFile !== at.bodyFile)
                add(at.metaFile, at.metaRecordBytes);
        }
        const sparse = new Set(this.packs.filter((p) => (liveBytes.get(p.file) ?? 0) > 0 && (liveBytes.get(p.file) ?? 0) < p.size * KEEP_PACK_SHARE).map((p) => p.file));
        if (sparse.size) {
            this.writer ??= new PackWriter(this.dir);
            const writer = this.writer;
            for (const [url, at] of index) {
                if (!sparse.has(at.bodyFile) && !sparse.has(at.metaFile))
                    continue;
                const got = await this.readPacked(url, at);
                if (!got) {
                    index.delete(url);
                    continue;
                }
                const { bodyIn: _renewal, ...full } = at.meta;
                index.set(url, locatedIn(writer.file, writer.append(full, got.body)));
            }
        }
        const inUse = new Set();
        for (const at of index.values())
            inUse.add(at.bodyFile).add(at.metaFile);
        for (const p of this.packs)
            if (!inUse.has(p.file))
                await (0,promises_.rm)(p.file, { force: true });
        this.packs = this.packs.filter((p) => inUse.has(p.file));
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
