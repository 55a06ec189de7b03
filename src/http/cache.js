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
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { writeFileAtomic } from '../fsutil.js';
import { corruptStateMessage, httpCacheMetaSchema, parseState } from '../state-schemas.js';
export function cacheKey(url) {
    return createHash('sha256').update(url).digest('hex');
}
function sha256(bytes) {
    return createHash('sha256').update(bytes).digest('hex');
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
export class FileHttpCache {
    dir;
    logger;
    constructor(dir, logger) {
        this.dir = dir;
        this.logger = logger;
    }
    files(url) {
        const key = cacheKey(url);
        return { meta: path.join(this.dir, `${key}.json`), body: path.join(this.dir, `${key}.body`) };
    }
    async get(url) {
        const files = this.files(url);
        let metaText;
        try {
            metaText = await readFile(files.meta, 'utf8');
        }
        catch (err) {
            if (!isMissing(err))
                this.logger.warn(`http cache: cannot read ${files.meta} (for ${url}): ${errorMessage(err)}; treated as a miss`);
            return undefined;
        }
        const corrupt = (why) => {
            this.logger.warn(`http cache: ${corruptStateMessage(files.meta, `cache entry for ${url}`, why, 'treated as a miss')}`);
            return undefined;
        };
        const parsed = parseState(httpCacheMetaSchema, metaText);
        if (!parsed.ok)
            return corrupt(parsed.problem);
        const meta = parsed.value;
        // Two URLs with the same sha256 will not happen; a copied or hand-edited file might.
        if (meta.url !== url)
            return corrupt(`it belongs to ${meta.url}`);
        let body;
        try {
            body = await readFile(files.body);
        }
        catch (err) {
            return corrupt(`body file ${files.body} unreadable (${errorMessage(err)})`);
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
        await writeFileAtomic(files.body, body);
        const meta = { version: 1, ...publicEntry(entry), url, bodyBytes: body.byteLength, bodySha256 };
        await writeFileAtomic(files.meta, `${JSON.stringify(meta, null, 1)}\n`);
    }
}
/** No cache at all: for link checks, whose probes never read or write one (FetchOptions.probe). */
export class NoHttpCache {
    async get() {
        return undefined;
    }
    async set() { }
}
