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
import { STATUS_CODES } from 'node:http';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import pLimit, { type LimitFunction } from 'p-limit';
import { Agent, request, type Dispatcher } from 'undici';
import type { HttpSettings } from '../config/schema.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { FetchOutcome } from '../model.js';
import { parseRetryAfter, retry } from '../retry.js';
import { systemClock, type Clock } from '../time.js';
import type { CachedResponse, HttpCache } from './cache.js';
import { decodeBody } from './charset.js';

interface FetchOptions {
  /** Names the source in log lines. */
  sourceId?: string;
  /** Accept header; default `*\/*`. */
  accept?: string;
  /**
   * Link checking: ask whether the URL answers, not for its content. The HTTP cache is neither read
   * nor written, a HEAD answer has no body, a GET reads at most `readBytes` of it (then closes the
   * connection) and nothing is decoded: the result's `text` is empty. Limits, timeouts, retries,
   * Retry-After and redirects work exactly as for a fetch.
   */
  probe?: ProbeOptions;
}

interface ProbeOptions {
  method: 'HEAD' | 'GET';
  /** GET only: body bytes read at most (default 4096). */
  readBytes?: number;
  /** Replaces http.userAgent for this request (for sites that refuse bots). */
  userAgent?: string;
}

/** What one attempt sends: headers, method and, for probes, how much of a body to read. */
interface RequestSpec {
  headers: Record<string, string>;
  method: 'GET' | 'HEAD';
  /** Set for probes: read at most this many body bytes, keep none, never fail for size. */
  readBytes?: number;
}

export interface FetchResult {
  /** The URL asked for. */
  url: string;
  /** Where redirects ended (the cached final URL for fresh / 304 answers). */
  finalUrl: string;
  outcome: FetchOutcome;
  status?: number;
  text?: string;
  charset?: string;
  contentType?: string;
  /** Body bytes received over the network (compressed size when compressed; 0 for fresh / 304). */
  bytesDownloaded: number;
  /** HTTP attempts made (0 when the cache answered or the URL was refused before any request). */
  attempts: number;
  durationMs: number;
  error?: string;
  fromCache: boolean;
  /** Non-fatal notes: charset fallbacks, cache write problems. */
  warnings?: string[];
}

interface FetcherStats {
  /** Answered from the cache without a request. */
  hits: number;
  /** Answered by a 304 and the cached body. */
  conditionalHits: number;
  /** Every other fetch() call (downloaded, failed, refused). */
  misses: number;
  /** HTTP requests sent, counting retries and redirect hops. */
  requests: number;
  bytesDownloaded: number;
  /** Highest number of requests observed in flight at once, per host:port. */
  maxInFlightByHost: Record<string, number>;
  maxInFlightGlobal: number;
}

export interface FetcherOptions {
  logger: Logger;
  clock?: Clock;
  /** Source of randomness for backoff jitter, in [0, 1). */
  random?: () => number;
  /** Ignore the freshness window (conditional requests are still sent). */
  refresh?: boolean;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_ACCEPT = '*/*';

/** A failure of one attempt; `retryable` decides whether another attempt is worth it. */
class AttemptError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** Body bytes that arrived before the attempt failed (an oversize body). */
    readonly wireBytes = 0,
  ) {
    super(message);
  }
}

interface HopResponse {
  url: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Decoded (decompressed) body, only for 2xx. */
  body?: Uint8Array;
  wireBytes: number;
}

function firstHeader(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function hostKey(u: URL): string {
  const port = u.port || (u.protocol === 'https:' ? '443' : '80');
  return `${u.hostname}:${port}`;
}

function statusLine(status: number): string {
  const text = STATUS_CODES[status];
  return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

const NETWORK_ERRORS: Record<string, { text: string; retryable: boolean }> = {
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
function describeNetworkError(err: unknown): { message: string; retryable: boolean } {
  // undici wraps the socket error in `cause`; the innermost code is the informative one.
  const chain: unknown[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    chain.push(e);
    e = (e as { cause?: unknown }).cause;
  }
  for (const e of [...chain].reverse()) {
    const code = (e as { code?: unknown }).code;
    // undici's HTTPParserError does not always carry an HPE_ code.
    if ((e as { name?: unknown }).name === 'HTTPParserError') {
      const suffix = typeof code === 'string' ? ` (${code})` : '';
      return { message: `malformed HTTP response: ${errorMessage(e)}${suffix}`, retryable: false };
    }
    if (typeof code !== 'string') continue;
    const known = NETWORK_ERRORS[code];
    if (known) return { message: `${known.text} (${code})`, retryable: known.retryable };
    if (code.startsWith('HPE_')) {
      return { message: `malformed HTTP response: ${errorMessage(e)} (${code})`, retryable: false };
    }
    if (/CERT|TLS|SSL|SELF_SIGNED/.test(code)) {
      return { message: `TLS error: ${errorMessage(e)} (${code})`, retryable: false };
    }
  }
  const code = chain.map((e) => (e as { code?: unknown }).code).find((c) => typeof c === 'string');
  const message = errorMessage(err);
  return { message: code && !message.includes(String(code)) ? `${message} (${String(code)})` : message, retryable: true };
}

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotliDecompress = promisify(zlib.brotliDecompress);

async function decompress(body: Buffer, encoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (!enc || enc === 'identity') return body;
  const tooLarge = (err: unknown): never => {
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new AttemptError(`response larger than ${maxBytes} bytes after decompression`, false);
    }
    throw new AttemptError(`cannot decompress the ${enc} response: ${errorMessage(err)}`, false);
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
      return inflate(body, opts).catch((err: unknown) =>
        (err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' ? tooLarge(err) : inflateRaw(body, opts).catch(tooLarge),
      );
    default:
      throw new AttemptError(`unsupported Content-Encoding "${enc}"`, false);
  }
}

type ChainResult =
  | { ok: true; response: HopResponse }
  | { ok: false; error: AttemptError; status?: number; finalUrl: string; contentType?: string; retryAfterMs?: number };

export class Fetcher {
  private readonly agent: Agent;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly refresh: boolean;
  private readonly globalLimit: LimitFunction;
  private readonly hostLimits = new Map<string, LimitFunction>();
  private readonly inFlightByHost = new Map<string, number>();
  private inFlightGlobal = 0;
  private readonly counters: FetcherStats = {
    hits: 0,
    conditionalHits: 0,
    misses: 0,
    requests: 0,
    bytesDownloaded: 0,
    maxInFlightByHost: {},
    maxInFlightGlobal: 0,
  };

  constructor(
    private readonly settings: HttpSettings,
    private readonly cache: HttpCache,
    opts: FetcherOptions,
  ) {
    this.logger = opts.logger;
    this.clock = opts.clock ?? systemClock;
    this.random = opts.random ?? Math.random;
    this.refresh = opts.refresh ?? false;
    this.globalLimit = pLimit(settings.globalConcurrency);
    this.agent = new Agent({
      // Our own timer (timeoutMs over the whole request) fires first, so every timeout reads the
      // same way; these are a backstop.
      connect: { timeout: settings.timeoutMs + 1000 },
      headersTimeout: settings.timeoutMs + 1000,
      bodyTimeout: settings.timeoutMs + 1000,
    });
  }

  stats(): FetcherStats {
    return { ...this.counters, maxInFlightByHost: { ...this.counters.maxInFlightByHost } };
  }

  /** Wait for the requests in flight, then finish the HTTP cache's writes. */
  async close(): Promise<void> {
    try {
      await this.agent.close();
    } finally {
      await this.cache.close?.();
    }
  }

  /** Drop every request still in flight (a stage ran out of its time budget); close() would wait for them. */
  async abort(): Promise<void> {
    try {
      await this.agent.destroy(new Error('aborted: the stage ran out of its time budget'));
    } finally {
      await this.cache.close?.();
    }
  }

  async fetch(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
    const started = performance.now();
    const label = opts.sourceId ? `[${opts.sourceId}] ${url}` : url;
    const warnings: string[] = [];
    const finish = (r: Omit<FetchResult, 'url' | 'durationMs' | 'warnings'>): FetchResult => {
      const result: FetchResult = { url, ...r, durationMs: Math.round(performance.now() - started) };
      if (warnings.length) result.warnings = warnings;
      if (result.outcome === 'failed') this.logger.debug(`${label}: failed: ${result.error ?? ''}`);
      else this.logger.debug(`${label}: ${result.outcome}${result.status ? ` (${result.status})` : ''}`);
      return result;
    };
    const refused = (error: string): FetchResult => {
      this.counters.misses++;
      return finish({ finalUrl: url, outcome: 'failed', bytesDownloaded: 0, attempts: 0, error, fromCache: false });
    };

    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return refused(`invalid URL "${url}"`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      return refused(`unsupported URL scheme "${parsed.protocol}" (only http: and https: are fetched)`);
    }

    if (opts.probe) return this.probe(url, opts.probe, label, finish);

    let cached: CachedResponse | undefined;
    try {
      cached = await this.cache.get(url);
    } catch (err) {
      warnings.push(`http cache read failed: ${errorMessage(err)}`);
      this.logger.warn(`${label}: http cache read failed: ${errorMessage(err)}`);
    }

    const decode = (body: Uint8Array, contentType: string | undefined) => {
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

    const headers: Record<string, string> = {
      'user-agent': this.settings.userAgent,
      accept: opts.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': 'gzip, br',
    };
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;

    /** A 2xx or 304 at the end of the redirects: answer from it (and refresh the cache). */
    let bytesDownloaded = 0;
    const onResponse = async (res: HopResponse, attempts: number): Promise<FetchResult> => {
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
  private async attempt(
    url: string,
    spec: RequestSpec,
    label: string,
    finish: (r: Omit<FetchResult, 'url' | 'durationMs' | 'warnings'>) => FetchResult,
    onResponse: (res: HopResponse, attempts: number) => Promise<FetchResult>,
    addBytes: (n: number) => void,
    bytes: () => number,
  ): Promise<FetchResult> {
    const outcome = await retry<FetchResult, Extract<ChainResult, { ok: false }>>(
      async (attempts) => {
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
      },
      {
        attempts: this.settings.retries + 1,
        baseDelayMs: this.settings.backoffBaseMs,
        maxDelayMs: this.settings.backoffMaxMs,
        maxRetryAfterMs: this.settings.maxRetryAfterMs,
        clock: this.clock,
        random: this.random,
        onRetry: ({ attempt, delayMs, failure }) =>
          this.logger.info(
            `${label}: ${failure.error.message}; retrying in ${formatSeconds(delayMs)} ` +
              `(attempt ${attempt + 1} of ${this.settings.retries + 1})`,
          ),
      },
    );
    if (outcome.ok) return outcome.value;

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
  private probe(
    url: string,
    probe: ProbeOptions,
    label: string,
    finish: (r: Omit<FetchResult, 'url' | 'durationMs' | 'warnings'>) => FetchResult,
  ): Promise<FetchResult> {
    const spec: RequestSpec = {
      method: probe.method,
      headers: { 'user-agent': probe.userAgent ?? this.settings.userAgent, accept: DEFAULT_ACCEPT },
      ...(probe.method === 'GET' ? { readBytes: probe.readBytes ?? 4096 } : {}),
    };
    let bytesDownloaded = 0;
    const onResponse = async (res: HopResponse, attempts: number): Promise<FetchResult> => {
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

  private async store(
    url: string,
    label: string,
    warnings: string[],
    entry: Parameters<HttpCache['set']>[1],
    body: Uint8Array,
  ): Promise<void> {
    try {
      await this.cache.set(url, entry, body);
    } catch (err) {
      warnings.push(`http cache write failed: ${errorMessage(err)}`);
      this.logger.warn(`${label}: http cache write failed: ${errorMessage(err)}`);
    }
  }

  /** One attempt: the request and its redirect hops. Never throws. */
  private async followRedirects(url: string, spec: RequestSpec): Promise<ChainResult> {
    const visited = new Set<string>([url]);
    let current = url;
    for (let redirects = 0; ; redirects++) {
      let res: HopResponse;
      try {
        res = await this.hop(current, spec);
      } catch (err) {
        const error = err instanceof AttemptError ? err : new AttemptError(errorMessage(err), true);
        return { ok: false, error, finalUrl: current };
      }
      const contentType = firstHeader(res.headers, 'content-type');
      const location = firstHeader(res.headers, 'location');
      if (REDIRECT_STATUSES.has(res.status) && location) {
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
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
      if ((res.status >= 200 && res.status < 300) || res.status === 304) return { ok: true, response: res };
      const retryAfterMs =
        res.status === 429 || res.status === 503
          ? parseRetryAfter(firstHeader(res.headers, 'retry-after'), this.clock.now())
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
  private hop(url: string, spec: RequestSpec): Promise<HopResponse> {
    const key = hostKey(new URL(url));
    let hostLimit = this.hostLimits.get(key);
    if (!hostLimit) {
      hostLimit = pLimit(this.settings.perHostConcurrency);
      this.hostLimits.set(key, hostLimit);
    }
    // Host slot first: waiting for a busy host must not hold one of the global slots.
    return hostLimit(() => this.globalLimit(() => this.send(url, key, spec)));
  }

  private async send(url: string, key: string, spec: RequestSpec): Promise<HopResponse> {
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
      const res = await request(url, {
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
      if (spec.readBytes !== undefined || spec.method === 'HEAD') return await this.readPrefix(url, status, res, spec.readBytes ?? 0);
      const declaredLength = Number(firstHeader(res.headers, 'content-length'));
      if (Number.isFinite(declaredLength) && declaredLength > max) {
        res.body.destroy();
        throw new AttemptError(`response larger than ${max} bytes (Content-Length: ${declaredLength})`, false);
      }
      const chunks: Buffer[] = [];
      let received = 0;
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
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
    } catch (err) {
      if (timedOut) throw new AttemptError(`timed out after ${this.settings.timeoutMs} ms`, true);
      if (err instanceof AttemptError) throw err;
      const described = describeNetworkError(err);
      throw new AttemptError(described.message, described.retryable);
    } finally {
      clearTimeout(timer);
      this.inFlightGlobal--;
      this.inFlightByHost.set(key, (this.inFlightByHost.get(key) ?? 1) - 1);
    }
  }

  /**
   * A probe's 2xx answer: at most `limit` body bytes are read and thrown away, then the connection is
   * closed (a link that streams a video must not be downloaded to learn that it answers).
   */
  private async readPrefix(url: string, status: number, res: Dispatcher.ResponseData, limit: number): Promise<HopResponse> {
    let received = 0;
    if (limit > 0) {
      // Leaving the loop early destroys the body (and with it the connection) without an error event.
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        received += chunk.byteLength;
        if (received >= limit) break;
      }
    } else {
      // HEAD: nothing to read; dump() settles the (empty) body so the connection can be reused.
      await res.body.dump({ limit: 0 }).catch(() => undefined);
    }
    this.counters.bytesDownloaded += received;
    return { url, status, headers: res.headers, wireBytes: received };
  }
}
