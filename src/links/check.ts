/**
 * Checking links through the one fetcher (per-host limit, global cap, timeouts, retries, Retry-After,
 * redirects): HEAD first, GET reading only the first bytes when HEAD is refused. Results are kept in
 * the state folder for `links.keepDays`, so a check within that window sends no request.
 */
import { z } from 'zod';
import type { LinkSettings } from '../config/schema.js';
import { errorMessage } from '../errors.js';
import { readIfExists, writeFileAtomic } from '../fsutil.js';
import type { FetchResult, Fetcher } from '../http/fetcher.js';
import type { Logger } from '../log.js';
import type { FoundLink } from './extract.js';
import { compareStrings } from '../order.js';

const LINK_OUTCOMES = ['ok', 'redirected', 'broken', 'unreachable', 'skipped'] as const;
export type LinkOutcome = (typeof LINK_OUTCOMES)[number];

export interface LinkResult {
  url: string;
  outcome: LinkOutcome;
  /** Last HTTP status seen (the final one after redirects); absent when no answer came. */
  status?: number;
  /** Where redirects ended (outcome redirected). */
  finalUrl?: string;
  /** Why a link is broken, unreachable or skipped. */
  reason?: string;
  /** When the request was made (ms since epoch); absent for skipped links. */
  checkedAt?: number;
  /** Answered by a kept result, without a request. */
  fromState?: boolean;
}

/** HEAD answers that mean "ask with GET" rather than "this link is broken". */
const HEAD_REFUSED = new Set([405, 403, 501]);

const keptResult = z.strictObject({
  outcome: z.enum(['ok', 'redirected', 'broken', 'unreachable']),
  status: z.number().int().min(100).max(999).optional(),
  finalUrl: z.string().optional(),
  reason: z.string().optional(),
  checkedAt: z.number().int().nonnegative(),
});
const stateFile = z.strictObject({ version: z.literal(1), results: z.record(z.string(), keptResult) });
type KeptResults = Map<string, z.output<typeof keptResult>>;

/**
 * The kept results. A missing file is empty; an unreadable or invalid one is reported and treated as
 * empty (the next check rewrites it): losing it costs requests, never a wrong answer.
 */
export async function readKeptResults(file: string, logger: Logger): Promise<KeptResults> {
  let text: string | undefined;
  try {
    text = await readIfExists(file);
  } catch (err) {
    logger.warn(`${file}: kept link results not readable (${errorMessage(err)}); every link is checked again`);
    return new Map();
  }
  if (text === undefined) return new Map();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    logger.warn(`${file}: kept link results are not JSON (${errorMessage(err)}); every link is checked again`);
    return new Map();
  }
  const parsed = stateFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    logger.warn(`${file}: kept link results are invalid (${issue ? `${issue.path.join('.') || '(top level)'}: ${issue.message}` : 'unknown'}); every link is checked again`);
    return new Map();
  }
  return new Map(Object.entries(parsed.data.results));
}

/** Keep results younger than `keepDays`, sorted by URL so the file is stable. */
export async function writeKeptResults(file: string, results: KeptResults, now: number, keepDays: number): Promise<void> {
  const maxAge = keepDays * 86_400_000;
  const entries = [...results].filter(([, r]) => now - r.checkedAt < maxAge && r.checkedAt <= now).sort(([a], [b]) => compareStrings(a, b));
  await writeFileAtomic(file, `${JSON.stringify({ version: 1, results: Object.fromEntries(entries) })}\n`);
}

function hostMatches(pattern: string, u: URL): boolean {
  const p = pattern.toLowerCase();
  const host = p.includes(':') ? u.host : u.hostname;
  return host === p || host.endsWith(`.${p}`);
}

/** The exclusion that applies to a URL, if any. */
export function exclusionFor(url: string, settings: LinkSettings): string | undefined {
  const u = new URL(url);
  for (const rule of settings.exclude) {
    if (rule.length > 2 && rule.startsWith('/') && rule.endsWith('/')) {
      if (new RegExp(rule.slice(1, -1)).test(url)) return rule;
    } else if (hostMatches(rule, u)) return rule;
  }
  return undefined;
}

/** The per-host override with the longest matching key. */
export function overrideFor(url: string, settings: LinkSettings): LinkSettings['hosts'][string] | undefined {
  const u = new URL(url);
  const key = Object.keys(settings.hosts)
    .filter((k) => hostMatches(k, u))
    .sort((a, b) => b.length - a.length)[0];
  return key === undefined ? undefined : settings.hosts[key];
}

/** A fetch result as a link outcome. */
function classify(url: string, r: FetchResult): Omit<LinkResult, 'checkedAt'> {
  if (r.outcome !== 'failed') {
    return r.finalUrl !== url
      ? { url, outcome: 'redirected', ...(r.status ? { status: r.status } : {}), finalUrl: r.finalUrl }
      : { url, outcome: 'ok', ...(r.status ? { status: r.status } : {}) };
  }
  const reason = r.error ?? 'failed';
  // An HTTP answer that is not a success (4xx, 5xx after retries, a redirect loop): the server is
  // there and says no. No answer at all (DNS, refused, reset, timeout): unreachable.
  if (r.status !== undefined) return { url, outcome: 'broken', status: r.status, reason };
  return { url, outcome: 'unreachable', reason };
}

interface CheckOptions {
  fetcher: Fetcher;
  settings: LinkSettings;
  kept: KeptResults;
  now: () => number;
  /** Ignore kept results. */
  refresh: boolean;
}

async function checkOne(url: string, opts: CheckOptions): Promise<LinkResult> {
  const override = overrideFor(url, opts.settings);
  const userAgent = override?.userAgent;
  const get = () =>
    opts.fetcher.fetch(url, { probe: { method: 'GET', readBytes: opts.settings.readBytes, ...(userAgent ? { userAgent } : {}) } });
  let r: FetchResult;
  if (override?.method === 'get') r = await get();
  else {
    r = await opts.fetcher.fetch(url, { probe: { method: 'HEAD', ...(userAgent ? { userAgent } : {}) } });
    if (r.outcome === 'failed' && r.status !== undefined && HEAD_REFUSED.has(r.status)) r = await get();
  }
  return { ...classify(url, r), checkedAt: opts.now() };
}

/**
 * One result per link, in the links' order. Each URL is requested at most once (HEAD, maybe GET);
 * all are started together and the fetcher's limits pace them.
 */
export async function checkLinks(links: readonly FoundLink[], opts: CheckOptions): Promise<LinkResult[]> {
  const maxAge = opts.settings.keepDays * 86_400_000;
  const now = opts.now();
  return Promise.all(
    links.map(async (link): Promise<LinkResult> => {
      if (!link.http) return { url: link.url, outcome: 'skipped', reason: 'not an http(s) link' };
      const excluded = exclusionFor(link.url, opts.settings);
      if (excluded) return { url: link.url, outcome: 'skipped', reason: `excluded by links.exclude "${excluded}"` };
      const kept = opts.refresh ? undefined : opts.kept.get(link.url);
      if (kept && now - kept.checkedAt < maxAge && kept.checkedAt <= now) return { url: link.url, ...kept, fromState: true };
      return checkOne(link.url, opts);
    }),
  );
}

/** The kept results after a check: the old ones, with this check's fresh answers replacing theirs. */
export function mergeKept(kept: KeptResults, results: readonly LinkResult[]): KeptResults {
  const out: KeptResults = new Map(kept);
  for (const r of results) {
    if (r.outcome === 'skipped' || r.fromState || r.checkedAt === undefined) continue;
    out.set(r.url, {
      outcome: r.outcome,
      ...(r.status !== undefined ? { status: r.status } : {}),
      ...(r.finalUrl !== undefined ? { finalUrl: r.finalUrl } : {}),
      ...(r.reason !== undefined ? { reason: r.reason } : {}),
      checkedAt: r.checkedAt,
    });
  }
  return out;
}
