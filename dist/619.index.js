export const id = 619;
export const ids = [619];
export const modules = {

/***/ 31619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fetcher: () => (/* binding */ Fetcher),
  hostKey: () => (/* binding */ hostKey)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(49809);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(29834);
// EXTERNAL MODULE: ./node_modules/iconv-lite/lib/index.js
var lib = __webpack_require__(31748);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/http/charset.ts
/**
 * Turning response bytes into text.
 *
 * Order of evidence:
 *   1. a byte-order mark — it cannot be wrong about the bytes that follow it, so it beats any label
 *      (this is also what browsers do); a header saying euc-kr in front of a UTF-8 BOM is a stale label;
 *   2. the charset parameter of the Content-Type header;
 *   3. the in-document declaration: the XML prolog (`<?xml … encoding="euc-kr"?>`) or an HTML
 *      `<meta charset>` / `<meta http-equiv="Content-Type" content="…; charset=…">`;
 *   4. UTF-8.
 *
 * Lying headers: Korean portals and magazine CMSs often send `charset=utf-8` (a server-wide default)
 * in front of an EUC-KR document whose prolog says euc-kr. When decoding with the header's charset
 * produces U+FFFD and the document declares a different charset that decodes cleanly, the
 * declaration wins and a warning says so. When the header's charset decodes cleanly it is kept, even
 * if the document disagrees (then it is the declaration that is stale).
 *
 * Labels follow the WHATWG Encoding Standard where it matters here: every EUC-KR alias
 * (ks_c_5601-1987, cp949, windows-949, korean, …) is decoded as windows-949 (the superset that real
 * "EUC-KR" pages use, with the UHC extension), and latin1 / us-ascii labels as windows-1252.
 */

const KOREAN_LABELS = new Set([
    'euc-kr',
    'euckr',
    'cseuckr',
    'ks_c_5601-1987',
    'ks_c_5601-1989',
    'ks_c_5601',
    'ksc5601',
    'ksc_5601',
    'csksc56011987',
    'iso-ir-149',
    'korean',
    'cp949',
    'windows-949',
    'x-windows-949',
    'ms949',
    'uhc',
    'x-uhc',
]);
const WINDOWS_1252_LABELS = new Set([
    'iso-8859-1',
    'iso8859-1',
    'iso_8859-1',
    'latin1',
    'l1',
    'ascii',
    'us-ascii',
    'cp1252',
    'windows-1252',
    'x-cp1252',
    'cp819',
    'ibm819',
]);
/** Map a charset label to a codec, or undefined when iconv-lite does not know it. */
function resolveCharsetLabel(label) {
    const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
    if (!l)
        return undefined;
    if (l === 'utf-8' || l === 'utf8' || l === 'unicode-1-1-utf-8')
        return { name: 'utf-8', codec: 'utf-8' };
    if (KOREAN_LABELS.has(l))
        return { name: 'euc-kr', codec: 'cp949' };
    if (WINDOWS_1252_LABELS.has(l))
        return { name: 'windows-1252', codec: 'windows-1252' };
    if (l === 'utf-16' || l === 'unicode')
        return { name: 'utf-16le', codec: 'utf-16le' };
    return lib_default().encodingExists(l) ? { name: l, codec: l } : undefined;
}
/** The charset parameter of a Content-Type value, if any. */
function charsetFromContentType(contentType) {
    if (!contentType)
        return undefined;
    const m = /;\s*charset\s*=\s*("([^"]*)"|[^;\s]+)/i.exec(contentType);
    if (!m)
        return undefined;
    const value = (m[2] ?? m[1] ?? '').trim();
    return value || undefined;
}
function bomCharset(bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return { name: 'utf-8', codec: 'utf-8' };
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return { name: 'utf-16le', codec: 'utf-16le' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return { name: 'utf-16be', codec: 'utf-16be' };
    return undefined;
}
/**
 * The charset named inside the document (XML prolog, else HTML meta), read from the first bytes as
 * ASCII. Only ASCII-compatible documents can be read this way, which is why a declared utf-16 is
 * reported as utf-8 (the same rule browsers apply).
 */
function declaredCharset(bytes) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
    const prolog = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)\s*["']/i.exec(head.replace(/^\u00ef\u00bb\u00bf/, ''));
    const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(head) ??
        /<meta\b[^>]*?\bcontent\s*=\s*["'][^"']*?charset\s*=\s*([^"'\s;]+)/i.exec(head);
    const label = prolog?.[1] ?? meta?.[1];
    if (!label)
        return undefined;
    return /^utf-?16/i.test(label) ? 'utf-8' : label;
}
function decodeWith(bytes, codec) {
    // iconv-lite strips a leading BOM for the unicode codecs.
    return lib_default().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), codec);
}
/** Decode a response body; see the module comment for the rules. Never throws. */
function decodeBody(bytes, contentType) {
    const bom = bomCharset(bytes);
    if (bom)
        return { text: decodeWith(bytes, bom.codec), charset: bom.name };
    const warnings = [];
    const headerLabel = charsetFromContentType(contentType);
    const documentLabel = declaredCharset(bytes);
    const header = headerLabel ? resolveCharsetLabel(headerLabel) : undefined;
    if (headerLabel && !header)
        warnings.push(`unknown charset "${headerLabel}" in the Content-Type header`);
    const declared = documentLabel ? resolveCharsetLabel(documentLabel) : undefined;
    if (documentLabel && !declared)
        warnings.push(`unknown charset "${documentLabel}" declared in the document`);
    const finish = (text, charset) => warnings.length ? { text, charset, warning: warnings.join('; ') } : { text, charset };
    if (header) {
        const text = decodeWith(bytes, header.codec);
        if (text.includes('\uFFFD') && declared && declared.codec !== header.codec) {
            const alternative = decodeWith(bytes, declared.codec);
            if (!alternative.includes('\uFFFD')) {
                warnings.push(`the Content-Type header says ${header.name} but the body is not valid ${header.name}; ` +
                    `decoded as ${declared.name}, as the document declares`);
                return finish(alternative, declared.name);
            }
        }
        return finish(text, header.name);
    }
    if (declared)
        return finish(decodeWith(bytes, declared.codec), declared.name);
    if (warnings.length)
        warnings.push('decoded as utf-8');
    return finish(decodeWith(bytes, 'utf-8'), 'utf-8');
}

;// CONCATENATED MODULE: ./src/http/fetcher.ts
/**
 * The one way the collect stage talks HTTP. `fetch()` never throws: every problem becomes a
 * FetchResult with outcome "failed" and a readable `error`, so one bad source can never take the run
 * down with it (the old system lost whole runs to a single hanging feed).
 *
 * Politeness and limits:
 * - at most `perHostConcurrency` requests in flight per host:port and `globalConcurrency` overall;
 *   a slot is held only while a request is on the wire — never while sleeping before a retry;
 * - one timeout per request, covering connect, headers and body;
 * - retries with exponential backoff and full jitter for network errors, timeouts, 408, 429 and 5xx;
 *   `Retry-After` is obeyed on 429/503 unless it asks for more than `maxRetryAfterMs`, in which case
 *   the source fails at once rather than stalling the run;
 * - redirects are followed by hand (so each hop goes through the limits and loops are named);
 * - bodies are capped at `maxBodyBytes` (Content-Length checked first, then streamed bytes counted,
 *   then the decompressed size);
 * - the HTTP cache (see cache.ts) answers within the freshness window without any request and makes
 *   later requests conditional (If-None-Match / If-Modified-Since).
 *
 * Why not undici's own interceptors (checked against the installed undici 7.30):
 * - `interceptors.retry` waits on its own setTimeout inside the dispatch: tests would sleep, the
 *   host slot would stay taken while waiting, and a long Retry-After is shortened to maxTimeout
 *   instead of failing the source at once. Retries go through the shared helper (../retry.ts).
 * - `interceptors.redirect` follows hops inside one dispatch, so a hop to another host would skip
 *   that host's concurrency slot; its loop check throws a message about Client/Pool origins, and
 *   it does not tell us each hop's URL and status for the error we report.
 * - `interceptors.decompress` is experimental (it prints an ExperimentalWarning into every run's
 *   log), strips Content-Length (our first size check) and hands on decompressed chunks only (we
 *   report and cap the bytes on the wire), passes an unknown Content-Encoding through as if it were
 *   text, and has no fallback for servers that send raw deflate. Decompression stays below, with
 *   zlib's own maxOutputLength as the decompressed-size cap.
 * What is undici's own: the connection pool (Agent), timeouts as a backstop, body.dump() for
 * error bodies.
 */










const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_ACCEPT = '*/*';
/** A failure of one attempt; `retryable` decides whether another attempt is worth it. */
class AttemptError extends Error {
    retryable;
    wireBytes;
    constructor(message, retryable, 
    /** Body bytes that arrived before the attempt failed (an oversize body). */
    wireBytes = 0) {
        super(message);
        this.retryable = retryable;
        this.wireBytes = wireBytes;
    }
}
function firstHeader(headers, name) {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
}
function hostKey(u) {
    const port = u.port || (u.protocol === 'https:' ? '443' : '80');
    return `${u.hostname}:${port}`;
}
function statusLine(status) {
    const text = external_node_http_.STATUS_CODES[status];
    return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}
function isRetryableStatus(status) {
    return status === 408 || status === 429 || status >= 500;
}
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
const NETWORK_ERRORS = {
    ECONNREFUSED: { text: 'connection refused', retryable: true },
    ECONNRESET: { text: 'connection reset by the server', retryable: true },
    EPIPE: { text: 'connection closed while sending the request', retryable: true },
    ETIMEDOUT: { text: 'connection timed out', retryable: true },
    EHOSTUNREACH: { text: 'host unreachable', retryable: true },
    ENETUNREACH: { text: 'network unreachable', retryable: true },
    EAI_AGAIN: { text: 'DNS lookup failed temporarily', retryable: true },
    ENOTFOUND: { text: 'host not found (DNS)', retryable: false },
    UND_ERR_SOCKET: { text: 'connection closed unexpectedly', retryable: true },
    UND_ERR_CONNECT_TIMEOUT: { text: 'connection timed out', retryable: true },
    UND_ERR_HEADERS_TIMEOUT: { text: 'no response headers in time', retryable: true },
    UND_ERR_BODY_TIMEOUT: { text: 'response body stalled', retryable: true },
    UND_ERR_RES_CONTENT_LENGTH_MISMATCH: { text: 'response shorter or longer than its Content-Length', retryable: true },
    UND_ERR_HEADERS_OVERFLOW: { text: 'response headers too large', retryable: false },
    UND_ERR_CLOSED: { text: 'HTTP client already closed', retryable: false },
    UND_ERR_DESTROYED: { text: 'HTTP client already closed', retryable: false },
    UND_ERR_INVALID_ARG: { text: 'invalid request', retryable: false },
};
/** A readable message for anything undici or the socket layer throws, with the code for grepping. */
function describeNetworkError(err) {
    // undici wraps the socket error in `cause`; the innermost code is the informative one.
    const chain = [];
    for (let e = err, depth = 0; e && depth < 5; depth++) {
        chain.push(e);
        e = e.cause;
    }
    for (const e of [...chain].reverse()) {
        const code = e.code;
        // undici's HTTPParserError does not always carry an HPE_ code.
        if (e.name === 'HTTPParserError') {
            const suffix = typeof code === 'string' ? ` (${code})` : '';
            return { message: `malformed HTTP response: ${(0,errors/* errorMessage */.gJ)(e)}${suffix}`, retryable: false };
        }
        if (typeof code !== 'string')
            continue;
        const known = NETWORK_ERRORS[code];
        if (known)
            return { message: `${known.text} (${code})`, retryable: known.retryable };
        if (code.startsWith('HPE_')) {
            return { message: `malformed HTTP response: ${(0,errors/* errorMessage */.gJ)(e)} (${code})`, retryable: false };
        }
        if (/CERT|TLS|SSL|SELF_SIGNED/.test(code)) {
            return { message: `TLS error: ${(0,errors/* errorMessage */.gJ)(e)} (${code})`, retryable: false };
        }
    }
    const code = chain.map((e) => e.code).find((c) => typeof c === 'string');
    const message = (0,errors/* errorMessage */.gJ)(err);
    return { message: code && !message.includes(String(code)) ? `${message} (${String(code)})` : message, retryable: true };
}
const gunzip = (0,external_node_util_.promisify)((external_node_zlib_default()).gunzip);
const inflate = (0,external_node_util_.promisify)((external_node_zlib_default()).inflate);
const inflateRaw = (0,external_node_util_.promisify)((external_node_zlib_default()).inflateRaw);
const brotliDecompress = (0,external_node_util_.promisify)((external_node_zlib_default()).brotliDecompress);
async function decompress(body, encoding, maxBytes) {
    const enc = (encoding ?? '').trim().toLowerCase();
    if (!enc || enc === 'identity')
        return body;
    const tooLarge = (err) => {
        if (err.code === 'ERR_BUFFER_TOO_LARGE') {
            throw new AttemptError(`response larger than ${maxBytes} bytes after decompression`, false);
        }
        throw new AttemptError(`cannot decompress the ${enc} response: ${(0,errors/* errorMessage */.gJ)(err)}`, false);
    };
    const opts = { maxOutputLength: maxBytes };
    switch (enc) {
        case 'gzip':
        case 'x-gzip':
            return gunzip(body, opts).catch(tooLarge);
        case 'br':
            return brotliDecompress(body, opts).catch(tooLarge);
        case 'deflate':
            // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
            return inflate(body, opts).catch((err) => err.code === 'ERR_BUFFER_TOO_LARGE' ? tooLarge(err) : inflateRaw(body, opts).catch(tooLarge));
        default:
            throw new AttemptError(`unsupported Content-Encoding "${enc}"`, false);
    }
}
class Fetcher {
    settings;
    cache;
    agent;
    logger;
    clock;
    random;
    refresh;
    globalLimit;
    hostLimits = new Map();
    inFlightByHost = new Map();
    inFlightGlobal = 0;
    counters = {
        hits: 0,
        conditionalHits: 0,
        misses: 0,
        requests: 0,
        bytesDownloaded: 0,
        maxInFlightByHost: {},
        maxInFlightGlobal: 0,
    };
    constructor(settings, cache, opts) {
        this.settings = settings;
        this.cache = cache;
        this.logger = opts.logger;
        this.clock = opts.clock ?? time/* systemClock */.ml;
        this.random = opts.random ?? Math.random;
        this.refresh = opts.refresh ?? false;
        this.globalLimit = (0,p_limit/* default */.A)(settings.globalConcurrency);
        this.agent = new undici/* Agent */.g6({
            // Our own timer (timeoutMs over the whole request) fires first, so every timeout reads the
            // same way; these are a backstop.
            connect: { timeout: settings.timeoutMs + 1000 },
            headersTimeout: settings.timeoutMs + 1000,
            bodyTimeout: settings.timeoutMs + 1000,
        });
    }
    stats() {
        return { ...this.counters, maxInFlightByHost: { ...this.counters.maxInFlightByHost } };
    }
    /** Wait for the requests in flight, then finish the HTTP cache's writes. */
    async close() {
        try {
            await this.agent.close();
        }
        finally {
            await this.cache.close?.();
        }
    }
    /** Drop every request still in flight (a stage ran out of its time budget); close() would wait for them. */
    async abort() {
        try {
            await this.agent.destroy(new Error('aborted: the stage ran out of its time budget'));
        }
        finally {
            await this.cache.close?.();
        }
    }
    async fetch(url, opts = {}) {
        const started = external_node_perf_hooks_.performance.now();
        const label = opts.sourceId ? `[${opts.sourceId}] ${url}` : url;
        const warnings = [];
        const finish = (r) => {
            const result = { url, ...r, durationMs: Math.round(external_node_perf_hooks_.performance.now() - started) };
            if (warnings.length)
                result.warnings = warnings;
            if (result.outcome === 'failed')
                this.logger.debug(`${label}: failed: ${result.error ?? ''}`);
            else
                this.logger.debug(`${label}: ${result.outcome}${result.status ? ` (${result.status})` : ''}`);
            return result;
        };
        const refused = (error) => {
            this.counters.misses++;
            return finish({ finalUrl: url, outcome: 'failed', bytesDownloaded: 0, attempts: 0, error, fromCache: false });
        };
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            return refused(`invalid URL "${url}"`);
        }
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
            return refused(`unsupported URL scheme "${parsed.protocol}" (only http: and https: are fetched)`);
        }
        if (opts.probe)
            return this.probe(url, opts.probe, label, finish);
        let cached;
        try {
            cached = await this.cache.get(url);
        }
        catch (err) {
            warnings.push(`http cache read failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
            this.logger.warn(`${label}: http cache read failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        const decode = (body, contentType) => {
            const decoded = decodeBody(body, contentType);
            if (decoded.warning) {
                warnings.push(decoded.warning);
                this.logger.warn(`${label}: ${decoded.warning}`);
            }
            return decoded;
        };
        const ageMs = cached ? this.clock.now() - cached.storedAt : -1;
        // A negative age (clock moved back, copied state) proves nothing about freshness.
        if (cached && !this.refresh && ageMs >= 0 && ageMs < this.settings.freshnessSeconds * 1000) {
            this.counters.hits++;
            const decoded = decode(cached.body, cached.contentType);
            return finish({
                finalUrl: cached.finalUrl,
                outcome: 'fresh',
                status: cached.status,
                text: decoded.text,
                charset: decoded.charset,
                ...(cached.contentType ? { contentType: cached.contentType } : {}),
                bytesDownloaded: 0,
                attempts: 0,
                fromCache: true,
            });
        }
        const headers = {
            'user-agent': this.settings.userAgent,
            accept: opts.accept ?? DEFAULT_ACCEPT,
            'accept-encoding': 'gzip, br',
        };
        if (cached?.etag)
            headers['if-none-match'] = cached.etag;
        if (cached?.lastModified)
            headers['if-modified-since'] = cached.lastModified;
        /** A 2xx or 304 at the end of the redirects: answer from it (and refresh the cache). */
        let bytesDownloaded = 0;
        const onResponse = async (res, attempts) => {
            bytesDownloaded += res.wireBytes;
            const contentType = firstHeader(res.headers, 'content-type');
            if (res.status === 304) {
                if (!cached) {
                    this.counters.misses++;
                    return finish({
                        finalUrl: res.url,
                        outcome: 'failed',
                        status: 304,
                        bytesDownloaded,
                        attempts,
                        error: 'HTTP 304 Not Modified to a request that was not conditional',
                        fromCache: false,
                    });
                }
                this.counters.conditionalHits++;
                // A 304 may carry updated validators; keep the stored ones otherwise.
                const etag = firstHeader(res.headers, 'etag') ?? cached.etag;
                const lastModified = firstHeader(res.headers, 'last-modified') ?? cached.lastModified;
                await this.store(url, label, warnings, {
                    url,
                    status: cached.status,
                    ...(etag ? { etag } : {}),
                    ...(lastModified ? { lastModified } : {}),
                    ...(cached.contentType ? { contentType: cached.contentType } : {}),
                    storedAt: this.clock.now(),
                    bodyBytes: cached.body.byteLength,
                    finalUrl: res.url,
                }, cached.body);
                const decoded = decode(cached.body, cached.contentType);
                return finish({
                    finalUrl: res.url,
                    outcome: 'not-modified',
                    status: 304,
                    text: decoded.text,
                    charset: decoded.charset,
                    ...(cached.contentType ? { contentType: cached.contentType } : {}),
                    bytesDownloaded,
                    attempts,
                    fromCache: true,
                });
            }
            // followRedirects only reports 2xx and 304 as ok.
            const body = res.body ?? new Uint8Array(0);
            this.counters.misses++;
            const etag = firstHeader(res.headers, 'etag');
            const lastModified = firstHeader(res.headers, 'last-modified');
            await this.store(url, label, warnings, {
                url,
                status: res.status,
                ...(etag ? { etag } : {}),
                ...(lastModified ? { lastModified } : {}),
                ...(contentType ? { contentType } : {}),
                storedAt: this.clock.now(),
                bodyBytes: body.byteLength,
                finalUrl: res.url,
            }, body);
            const decoded = decode(body, contentType);
            return finish({
                finalUrl: res.url,
                outcome: 'fetched',
                status: res.status,
                text: decoded.text,
                charset: decoded.charset,
                ...(contentType ? { contentType } : {}),
                bytesDownloaded,
                attempts,
                fromCache: false,
            });
        };
        return this.attempt(url, { headers, method: 'GET' }, label, finish, onResponse, (n) => (bytesDownloaded += n), () => bytesDownloaded);
    }
    /**
     * Attempts of one request (fetch or probe) through the one retry helper: each attempt follows the
     * redirect chain; a failure after the last attempt becomes a failed FetchResult that says why.
     */
    async attempt(url, spec, label, finish, onResponse, addBytes, bytes) {
        const outcome = await (0,retry/* retry */.L5)(async (attempts) => {
            const chain = await this.followRedirects(url, spec);
            if (!chain.ok) {
                addBytes(chain.error.wireBytes);
                return {
                    ok: false,
                    failure: chain,
                    retryable: chain.error.retryable,
                    ...(chain.retryAfterMs !== undefined ? { retryAfterMs: chain.retryAfterMs } : {}),
                };
            }
            return { ok: true, value: await onResponse(chain.response, attempts) };
        }, {
            attempts: this.settings.retries + 1,
            baseDelayMs: this.settings.backoffBaseMs,
            maxDelayMs: this.settings.backoffMaxMs,
            maxRetryAfterMs: this.settings.maxRetryAfterMs,
            clock: this.clock,
            random: this.random,
            onRetry: ({ attempt, delayMs, failure }) => this.logger.info(`${label}: ${failure.error.message}; retrying in ${formatSeconds(delayMs)} ` +
                `(attempt ${attempt + 1} of ${this.settings.retries + 1})`),
        });
        if (outcome.ok)
            return outcome.value;
        const { failure, attempts } = outcome;
        const afterAttempts = attempts > 1 ? ` after ${attempts} attempts` : '';
        let error = `${failure.error.message}${afterAttempts}`;
        if (outcome.gaveUp === 'retry-after-too-long') {
            error =
                `${failure.error.message}: Retry-After asks to wait ${formatSeconds(outcome.retryAfterMs ?? 0)}, ` +
                    `more than http.maxRetryAfterMs (${formatSeconds(this.settings.maxRetryAfterMs)})${afterAttempts}`;
        }
        this.counters.misses++;
        return finish({
            finalUrl: failure.finalUrl,
            outcome: 'failed',
            ...(failure.status !== undefined ? { status: failure.status } : {}),
            ...(failure.contentType ? { contentType: failure.contentType } : {}),
            bytesDownloaded: bytes(),
            attempts,
            error,
            fromCache: false,
        });
    }
    /** See FetchOptions.probe: the same attempts, redirects and limits, without cache or body. */
    probe(url, probe, label, finish) {
        const spec = {
            method: probe.method,
            headers: { 'user-agent': probe.userAgent ?? this.settings.userAgent, accept: DEFAULT_ACCEPT },
            ...(probe.method === 'GET' ? { readBytes: probe.readBytes ?? 4096 } : {}),
        };
        let bytesDownloaded = 0;
        const onResponse = async (res, attempts) => {
            this.counters.misses++;
            bytesDownloaded += res.wireBytes;
            const contentType = firstHeader(res.headers, 'content-type');
            return finish({
                finalUrl: res.url,
                outcome: 'fetched',
                status: res.status,
                text: '',
                ...(contentType ? { contentType } : {}),
                bytesDownloaded,
                attempts,
                fromCache: false,
            });
        };
        return this.attempt(url, spec, label, finish, onResponse, (n) => (bytesDownloaded += n), () => bytesDownloaded);
    }
    async store(url, label, warnings, entry, body) {
        try {
            await this.cache.set(url, entry, body);
        }
        catch (err) {
            warnings.push(`http cache write failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
            this.logger.warn(`${label}: http cache write failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    /** One attempt: the request and its redirect hops. Never throws. */
    async followRedirects(url, spec) {
        const visited = new Set([url]);
        let current = url;
        for (let redirects = 0;; redirects++) {
            let res;
            try {
                res = await this.hop(current, spec);
            }
            catch (err) {
                const error = err instanceof AttemptError ? err : new AttemptError((0,errors/* errorMessage */.gJ)(err), true);
                return { ok: false, error, finalUrl: current };
            }
            const contentType = firstHeader(res.headers, 'content-type');
            const location = firstHeader(res.headers, 'location');
            if (REDIRECT_STATUSES.has(res.status) && location) {
                let next;
                try {
                    next = new URL(location, current);
                }
                catch {
                    return { ok: false, error: new AttemptError(`${statusLine(res.status)} with an invalid Location "${location}"`, false), status: res.status, finalUrl: current };
                }
                if (next.protocol !== 'http:' && next.protocol !== 'https:') {
                    return { ok: false, error: new AttemptError(`redirect to unsupported URL ${next.href} refused`, false), status: res.status, finalUrl: current };
                }
                if (visited.has(next.href)) {
                    return { ok: false, error: new AttemptError(`redirect loop at ${next.href}`, false), status: res.status, finalUrl: current };
                }
                if (redirects >= this.settings.maxRedirects) {
                    return {
                        ok: false,
                        error: new AttemptError(`too many redirects (more than ${this.settings.maxRedirects}); the last pointed to ${next.href}`, false),
                        status: res.status,
                        finalUrl: current,
                    };
                }
                visited.add(next.href);
                current = next.href;
                continue;
            }
            if ((res.status >= 200 && res.status < 300) || res.status === 304)
                return { ok: true, response: res };
            const retryAfterMs = res.status === 429 || res.status === 503
                ? (0,retry/* parseRetryAfter */.mu)(firstHeader(res.headers, 'retry-after'), this.clock.now())
                : undefined;
            const message = REDIRECT_STATUSES.has(res.status) ? `${statusLine(res.status)} without a Location header` : statusLine(res.status);
            return {
                ok: false,
                error: new AttemptError(message, isRetryableStatus(res.status)),
                status: res.status,
                finalUrl: current,
                ...(contentType ? { contentType } : {}),
                ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
            };
        }
    }
    /** One request through the host and global slots. Throws AttemptError. */
    hop(url, spec) {
        const key = hostKey(new URL(url));
        let hostLimit = this.hostLimits.get(key);
        if (!hostLimit) {
            hostLimit = (0,p_limit/* default */.A)(this.settings.perHostConcurrency);
            this.hostLimits.set(key, hostLimit);
        }
        // Host slot first: waiting for a busy host must not hold one of the global slots.
        return hostLimit(() => this.globalLimit(() => this.send(url, key, spec)));
    }
    async send(url, key, spec) {
        const inHost = (this.inFlightByHost.get(key) ?? 0) + 1;
        this.inFlightByHost.set(key, inHost);
        this.inFlightGlobal++;
        this.counters.requests++;
        this.counters.maxInFlightByHost[key] = Math.max(this.counters.maxInFlightByHost[key] ?? 0, inHost);
        this.counters.maxInFlightGlobal = Math.max(this.counters.maxInFlightGlobal, this.inFlightGlobal);
        const max = this.settings.maxBodyBytes;
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort(new Error(`timed out after ${this.settings.timeoutMs} ms`));
        }, this.settings.timeoutMs);
        try {
            const res = await (0,undici/* request */.Em)(url, {
                dispatcher: this.agent,
                method: spec.method,
                headers: spec.headers,
                signal: controller.signal,
                // undici closes the connection after every HEAD unless told otherwise (for servers that wrongly
                // send a body). A link check is mostly HEADs to the same hosts: a new connection (and TLS
                // handshake) per link would triple the cost on both sides, so the connection is kept.
                ...(spec.method === 'HEAD' ? { reset: false } : {}),
            });
            const status = res.statusCode;
            if (status < 200 || status >= 300) {
                // Drain small error bodies so the connection can be reused; big ones just close it.
                await res.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
                return { url, status, headers: res.headers, wireBytes: 0 };
            }
            if (spec.readBytes !== undefined || spec.method === 'HEAD')
                return await this.readPrefix(url, status, res, spec.readBytes ?? 0);
            const declaredLength = Number(firstHeader(res.headers, 'content-length'));
            if (Number.isFinite(declaredLength) && declaredLength > max) {
                res.body.destroy();
                throw new AttemptError(`response larger than ${max} bytes (Content-Length: ${declaredLength})`, false);
            }
            const chunks = [];
            let received = 0;
            for await (const chunk of res.body) {
                received += chunk.byteLength;
                if (received > max) {
                    res.body.destroy();
                    this.counters.bytesDownloaded += received;
                    throw new AttemptError(`response larger than ${max} bytes`, false, received);
                }
                chunks.push(chunk);
            }
            this.counters.bytesDownloaded += received;
            const body = await decompress(Buffer.concat(chunks), firstHeader(res.headers, 'content-encoding'), max);
            return {
                url,
                status,
                headers: res.headers,
                body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
                wireBytes: received,
            };
        }
        catch (err) {
            if (timedOut)
                throw new AttemptError(`timed out after ${this.settings.timeoutMs} ms`, true);
            if (err instanceof AttemptError)
                throw err;
            const described = describeNetworkError(err);
            throw new AttemptError(described.message, described.retryable);
        }
        finally {
            clearTimeout(timer);
            this.inFlightGlobal--;
            this.inFlightByHost.set(key, (this.inFlightByHost.get(key) ?? 1) - 1);
        }
    }
    /**
     * A probe's 2xx answer: at most `limit` body bytes are read and thrown away, then the connection is
     * closed (a link that streams a video must not be downloaded to learn that it answers).
     */
    async readPrefix(url, status, res, limit) {
        let received = 0;
        if (limit > 0) {
            // Leaving the loop early destroys the body (and with it the connection) without an error event.
            for await (const chunk of res.body) {
                received += chunk.byteLength;
                if (received >= limit)
                    break;
            }
        }
        else {
            // HEAD: nothing to read; dump() settles the (empty) body so the connection can be reused.
            await res.body.dump({ limit: 0 }).catch(() => undefined);
        }
        this.counters.bytesDownloaded += received;
        return { url, status, headers: res.headers, wireBytes: received };
    }
}


/***/ }),

/***/ 49809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29834);
/**
 * The one retry loop: a fixed number of attempts, exponential backoff with full jitter, Retry-After
 * obeyed up to a limit, and every wait taken on an injectable clock (tests never sleep) that an
 * AbortSignal can cut short. Used by the HTTP fetcher, the Discord sender and the git push.
 *
 * The caller's attempt function never throws for an expected failure: it reports what happened and
 * whether another attempt could help, so each caller keeps its own wording for the final error.
 */

/** Full-jitter backoff (AWS architecture blog): a uniform wait in [0, ceiling) before retry number `retry` (1-based). */
function backoffDelay(retry, opts) {
    const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.floor((opts.random ?? Math.random)() * ceiling);
}
/**
 * Retry-After as milliseconds from `nowMs`: delta-seconds (fractions allowed, as Discord sends them)
 * or an HTTP date (a past date is 0). Undefined when absent or unreadable.
 */
function parseRetryAfter(value, nowMs) {
    if (value === undefined || value === null)
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.ceil(Number(v) * 1000);
    // An HTTP date names its month; without this, Date.parse reads "-3" as the year -3.
    const date = /[a-z]/i.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
function abortableSleep(clock, ms, signal) {
    if (!signal)
        return clock.sleep(ms);
    signal.throwIfAborted();
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        clock.sleep(ms).then(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, (err) => {
            signal.removeEventListener('abort', onAbort);
            reject(err);
        });
    });
}
async function retry(attempt, opts) {
    const attempts = Math.max(1, Math.floor(opts.attempts));
    const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml;
    for (let n = 1;; n++) {
        opts.signal?.throwIfAborted();
        const result = await attempt(n);
        if (result.ok)
            return { ok: true, value: result.value, attempts: n };
        const { failure, retryAfterMs } = result;
        const ra = retryAfterMs !== undefined ? { retryAfterMs } : {};
        if (!result.retryable)
            return { ok: false, failure, attempts: n, gaveUp: 'permanent', ...ra };
        if (n >= attempts)
            return { ok: false, failure, attempts: n, gaveUp: 'exhausted', ...ra };
        if (retryAfterMs !== undefined && retryAfterMs > (opts.maxRetryAfterMs ?? Infinity)) {
            return { ok: false, failure, attempts: n, gaveUp: 'retry-after-too-long', retryAfterMs };
        }
        const delayMs = retryAfterMs ?? backoffDelay(n, opts);
        opts.onRetry?.({ attempt: n, delayMs, failure, fromRetryAfter: retryAfterMs !== undefined });
        await abortableSleep(clock, delayMs, opts.signal);
    }
}


/***/ })

};
