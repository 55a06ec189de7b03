/**
 * The one configuration schema (YAML file, default `wiki-daily.yml` in the wiki root).
 *
 * Every object is strict (unknown keys are errors, so a typo never silently does nothing) and every
 * key but `sources[].id` and the source locator has a default, so a file holding only
 * `sources: [{id, url}]` is a complete configuration. The JSON Schema for editors is generated from
 * this file (`wiki-daily schema`, committed as `wiki-daily.schema.json`).
 *
 * Secrets (the Discord webhook, the push token) are deliberately not representable here: they come
 * from inputs/env only, so they can never be committed with the config.
 */
import { z } from 'zod';
import { relativePathProblem } from '../fsutil.js';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'letters, digits, ".", "_" or "-", starting with a letter or digit');

const httpUrl = z
  .string()
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'an absolute http: or https: URL');

const relPath = z
  .string()
  .min(1)
  .superRefine((s, ctx) => {
    const problem = relativePathProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: `a path inside the wiki root (relative, no "..", not the root itself), but ${problem}` });
  });

/** What an entry is, written as the "kind" field of an entry block and used by routing. */
const entryKind = z.string().min(1).max(40);

const sourceCommon = {
  id,
  /** Human name, used as the outlet when a feed gives none. */
  name: z.string().min(1).optional(),
  enabled: z.boolean().default(true),
  /** Kind of entry this source usually yields (pictorial, interview, video, news…); a routing hint. */
  kindHint: entryKind.optional(),
  /** Skip the relevance score for this source (e.g. an official channel that only ever talks about her). */
  trusted: z.boolean().default(false),
};

const feedSource = z.strictObject({
  ...sourceCommon,
  kind: z.literal('feed').default('feed'),
  /** RSS 2.0, RSS 1.0/RDF, Atom or JSON Feed; the format is detected from the content. */
  url: httpUrl,
});

const googleNewsSource = z.strictObject({
  ...sourceCommon,
  kind: z.literal('google-news').default('google-news'),
  query: z.string().min(1),
  hl: z.string().default('ko'),
  gl: z.string().default('KR'),
  ceid: z.string().default('KR:ko'),
});

const youtubeSource = z.strictObject({
  ...sourceCommon,
  kind: z.literal('youtube').default('youtube'),
  channelId: z.string().regex(/^UC[\w-]{22}$/, 'a YouTube channel id: "UC" and 22 more characters'),
});

const htmlSource = z.strictObject({
  ...sourceCommon,
  kind: z.literal('html'),
  url: httpUrl,
  /** Regular expression (JavaScript syntax) that article links on the page must match. */
  linkPattern: z.string().min(1),
  /** Fetch each linked article for its og:title and first date (politely, through the same limits). */
  follow: z.boolean().default(true),
  maxLinks: z.number().int().min(1).max(200).default(20),
});

/**
 * A source entry. The kind is inferred when not written: `query` → google-news, `channelId` →
 * youtube, otherwise `url` → feed. HTML sources must say `kind: html` (they need a linkPattern).
 */
const source = z.preprocess((raw) => {
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && !('kind' in raw)) {
    const r = raw as Record<string, unknown>;
    if ('query' in r) return { ...r, kind: 'google-news' };
    if ('channelId' in r) return { ...r, kind: 'youtube' };
    return { ...r, kind: 'feed' };
  }
  return raw;
}, z.discriminatedUnion('kind', [feedSource, googleNewsSource, youtubeSource, htmlSource]));

export const httpSettings = z.strictObject({
  perHostConcurrency: z.number().int().min(1).max(64).default(6),
  /** Overall cap; by default high enough (6 hosts × 6) that the per-host limit is what binds. */
  globalConcurrency: z.number().int().min(1).max(256).default(36),
  timeoutMs: z.number().int().min(100).max(300_000).default(20_000),
  /** Extra attempts after the first, for network errors, 408, 429 and 5xx. */
  retries: z.number().int().min(0).max(10).default(2),
  backoffBaseMs: z.number().int().min(0).max(60_000).default(500),
  backoffMaxMs: z.number().int().min(0).max(600_000).default(15_000),
  /** A Retry-After longer than this fails the source instead of stalling the whole run. */
  maxRetryAfterMs: z.number().int().min(0).max(3_600_000).default(120_000),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  maxBodyBytes: z.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
  /** Within this window a cached response is served without any request. */
  freshnessSeconds: z.number().int().min(0).max(7 * 86_400).default(3600),
  userAgent: z.string().min(1).default('goyoonjung-wiki-daily/0.1 (+https://github.com/goyoonjung-wiki)'),
  /** Base URLs of the well-known services; overridable so tests and the demo can serve them on loopback. */
  googleNewsBaseUrl: httpUrl.default('https://news.google.com'),
  youtubeBaseUrl: httpUrl.default('https://www.youtube.com'),
});

const weightedTerm = z.union([
  z.string().min(1),
  z.strictObject({ term: z.string().min(1), weight: z.number().min(0).max(100).default(1) }),
]);

export const relevanceSettings = z.strictObject({
  /**
   * Terms naming the subject. Score: title hit → weights.title, summary hit → weights.summary,
   * URL hit → weights.url (each counted once per item, multiplied by the term's weight; best term wins).
   */
  terms: z.array(weightedTerm).default([]),
  /** Context words (drama, pictorial…): each field once, +weights.context when in the title. */
  contextTerms: z.array(z.string().min(1)).default([]),
  /** Outlet names or host suffixes that add weights.trustedOutlet. */
  trustedOutlets: z.array(z.string().min(1)).default([]),
  weights: z
    .strictObject({
      title: z.number().default(3),
      summary: z.number().default(2),
      url: z.number().default(1),
      context: z.number().default(1),
      trustedOutlet: z.number().default(1),
    })
    .default({ title: 3, summary: 2, url: 1, context: 1, trustedOutlet: 1 }),
  /** Items scoring below this are dropped. 0 (the default) with no terms accepts everything. */
  threshold: z.number().min(0).default(0),
  /** Words that reject an item (finance, real estate…) … */
  exclude: z.array(z.string().min(1)).default([]),
  /** … unless one of these context words is present too. */
  allowContext: z.array(z.string().min(1)).default([]),
});

const lane = z.enum(['land', 'queue', 'pool', 'discard']);

export const gradeSettings = z.strictObject({
  /** Lane of a host that no list names. */
  default: lane.default('land'),
  /** Host suffixes per lane; the longest matching suffix wins. */
  land: z.array(z.string().min(1)).default([]),
  queue: z.array(z.string().min(1)).default([]),
  pool: z.array(z.string().min(1)).default([]),
  discard: z.array(z.string().min(1)).default([]),
});

const routeRule = z.strictObject({
  /** Target page, relative to the wiki root, e.g. pages/pictorials.md. */
  page: relPath,
  /** Managed region (section) inside the page; one page can hold several. */
  section: id.default('main'),
  /** Any of these words in the title or summary … */
  keywords: z.array(z.string().min(1)).default([]),
  /** … or the item comes from one of these source ids … */
  sources: z.array(id).default([]),
  /** … or its kind (source kindHint or detected kind: video, article…) is one of these. */
  kinds: z.array(entryKind).default([]),
  /** Entry kind to write for items routed here (defaults to the item's own kind). */
  kind: entryKind.optional(),
});

export const routingSettings = z.strictObject({
  /** First matching rule wins. */
  rules: z.array(routeRule).default([]),
  /** Where a landed item that no rule matches goes. */
  defaultPage: relPath.default('pages/press.md'),
  defaultSection: id.default('main'),
});

export const pageSettings = z.strictObject({
  pagesDir: relPath.default('pages'),
  /** Day logs: <newsDir>/YYYY-MM-DD.md. */
  newsDir: relPath.default('news'),
  queuePage: relPath.default('pages/promotion_queue.md'),
  poolPage: relPath.default('pages/candidate_pool.md'),
  dailyReportPage: relPath.default('pages/daily_report.md'),
  systemStatusPage: relPath.default('pages/system_status.md'),
  /** Index of pages (managed region inside it) and of day logs. */
  indexPage: relPath.default('pages/index.md'),
  newsIndexPage: relPath.default('news/index.md'),
  /** Cross-run dedupe state, committed with the wiki: sorted, one entry per line. */
  seenFile: relPath.default('data/seen.tsv'),
  maxTitleLength: z.number().int().min(20).max(1000).default(200),
  /** Entries listed in a day log at most (the rest are counted). */
  maxDayLogItems: z.number().int().min(10).max(10_000).default(500),
  /** Knowledge pages, regenerated with content changes: entries per year and page, and the newest entries. */
  byYearPage: relPath.default('pages/by_year.md'),
  /**
   * Above this many rows the by-year page becomes a hub linking one page per year
   * (`pages/by_year/2026.md`); back to one page at half of it. 0 = never split.
   */
  byYearSplitRows: z.number().int().min(0).max(10_000_000).default(20_000),
  timelinePage: relPath.default('pages/timeline.md'),
  timelineSize: z.number().int().min(1).max(10_000).default(100),
});

/** Online resolution of opaque Google News links (src/feeds/resolve.ts); Google rate-limits quickly. */
export const googleNewsSettings = z.strictObject({
  /** Resolve opaque tokens online; when off they wait (unwritten) until it is on. */
  resolve: z.boolean().default(true),
  /** Requests in flight to Google News at most. */
  maxInFlight: z.number().int().min(1).max(2).default(2),
  /** Each worker starts a token no sooner than this after its previous one. */
  minIntervalMs: z.number().int().min(0).max(60_000).default(1000),
  /** Tokens resolved per run at most; the rest wait for the next run. */
  maxPerRun: z.number().int().min(0).max(10_000).default(200),
  /** Extra attempts of one request after a 429/503. */
  retries: z.number().int().min(0).max(10).default(2),
  /** An unresolved item waits this long (days) for a later run before it is dropped with a warning. */
  pendingMaxAgeDays: z.number().int().min(1).max(365).default(30),
  /**
   * User-Agent for Google News only (default: http.userAgent). Google is reported to serve an
   * interstitial without the signature to some agents; the resolver then stops for the run.
   */
  userAgent: z.string().min(1).optional(),
});

/** The curation loop of the queue and the pool (src/curate/). */
const curationSettings = z.strictObject({
  /** Pool entries dated more than this many days before the run move to the yearly archive page. */
  poolMaxAgeDays: z.number().int().min(1).max(3650).default(90),
  /** Archive page of pool entries; `{year}` is the entry's year. */
  archivePage: relPath.refine((s) => s.includes('{year}'), 'must contain {year}').default('pages/candidate_pool_archive_{year}.md'),
  /** Rejected entries (id, date, URL), committed: a rejected entry never comes back. */
  rejectedFile: relPath.default('data/rejected.tsv'),
});

const gitSettings = z.strictObject({
  remote: z.string().min(1).default('origin'),
  /** Branch to push; empty = the current branch. */
  branch: z.string().default(''),
  authorName: z.string().min(1).default('wiki-daily[bot]'),
  authorEmail: z.string().min(3).default('wiki-daily-bot@users.noreply.github.com'),
  pushAttempts: z.number().int().min(1).max(10).default(3),
  /** `{date}` is replaced by the run's local date. */
  commitMessage: z.string().min(1).default('daily: update {date}'),
});

const backupSettings = z.strictObject({
  keep: z.number().int().min(1).max(10_000).default(30),
  maxSizeMb: z.number().min(1).max(100_000).default(500),
  artifactRetentionDays: z.number().int().min(1).max(90).default(14),
  /** Free-disk percentage under which `run` prunes backups before writing. */
  pruneWhenDiskFreeBelowPct: z.number().min(0).max(100).default(10),
});

const lockSettings = z.strictObject({
  waitMinutes: z.number().min(0).max(24 * 60).default(30),
  staleMinutes: z.number().min(1).max(24 * 60).default(45),
});

const scheduleSettings = z.strictObject({
  /** A run after a successful run less than this many hours earlier the same day is skipped (unless --force). */
  skipIfSucceededWithinHours: z.number().min(0).max(24).default(6),
  runBudgetMinutes: z.number().min(1).max(24 * 60).default(120),
  /** Per-stage budgets in minutes (collect, gate, plan, apply, commit, push, report). */
  stageBudgetMinutes: z.record(z.string(), z.number().min(0.01).max(24 * 60)).default({ collect: 45, push: 10 }),
});

export const healthSettings = z.strictObject({
  cpuWarnPct: z.number().default(70),
  cpuCriticalPct: z.number().default(90),
  memWarnPct: z.number().default(80),
  memCriticalPct: z.number().default(90),
  diskFreeWarnPct: z.number().default(20),
  diskFreeCriticalPct: z.number().default(10),
  processesWarn: z.number().int().default(5),
  processesCritical: z.number().int().default(10),
  backupMaxAgeHours: z.number().default(48),
  lastSuccessMaxAgeHours: z.number().default(36),
  stateMaxMb: z.number().default(1024),
  /** Robust z-score (median/MAD over the last 30 runs) above which a run is an anomaly. */
  anomalyZ: z.number().min(1).default(3.5),
});

export const discordSettings = z.strictObject({
  /** The same failure is sent at most once per this many minutes. */
  throttleMinutes: z.number().min(0).default(30),
  retries: z.number().int().min(0).max(10).default(3),
  username: z.string().min(1).default('goyoonjung-wiki'),
  /** Send a message for successful runs too (failures and recoveries are always sent). */
  notifySuccess: z.boolean().default(true),
});

/** issue 12: what the maintainer sees outside the wiki (failure issue, metrics push). */
const monitoringSettings = z.strictObject({
  failureIssue: z
    .strictObject({
      /** Open (and later close) one GitHub issue on sustained failure. Needs `issues: write`. */
      enabled: z.boolean().default(true),
      /** The issue is found by this label: the open issue is the de-duplication state. */
      label: z.string().min(1).max(50).default('wiki-daily'),
      /** Consecutive failed runs that open the issue (a critical health result opens it at once). */
      afterFailures: z.number().int().min(1).max(100).default(2),
    })
    .default({ enabled: true, label: 'wiki-daily', afterFailures: 2 }),
  /** Prometheus Pushgateway base URL; the run's metrics are PUT to /metrics/job/<pushgatewayJob>. */
  pushgatewayUrl: httpUrl.optional(),
  pushgatewayJob: id.default('wiki-daily'),
  /** Targets of the status page (the operations guide's). */
  sloSuccessRatePct: z.number().min(0).max(100).default(99.9),
  cacheHitRateTargetPct: z.number().min(0).max(100).default(80),
});

/** What `wiki-daily lint` checks beyond structure: facts a page must keep stating. */
export const lintSettings = z.strictObject({
  /** Each `text` must appear (verbatim) somewhere in `page`; a person editing it away fails `lint`. */
  facts: z.array(z.strictObject({ page: relPath, text: z.string().min(1) })).default([]),
});

/** A link exclusion: a host (matches it and its subdomains) or `/regex/` tested against the whole URL. */
const linkExclusion = z
  .string()
  .min(1)
  .refine((s) => {
    if (!(s.startsWith('/') && s.endsWith('/') && s.length > 2)) return /^[a-z0-9.-]+(:\d+)?$/i.test(s);
    try {
      new RegExp(s.slice(1, -1));
      return true;
    } catch {
      return false;
    }
  }, 'a host such as "instagram.com" or a regular expression between slashes such as "/^https:\\/\\/x\\.com\\//"');

const linkHostOverride = z.strictObject({
  /** `get` for sites that refuse or mis-answer HEAD (the first `readBytes` of the body are read). */
  method: z.enum(['head', 'get']).default('head'),
  /** User-Agent for sites that refuse bots. */
  userAgent: z.string().min(1).optional(),
});

export const linkSettings = z.strictObject({
  /** Results are kept in the state folder this long; a check within the window sends no request (`--refresh` ignores them). */
  keepDays: z.number().min(0).max(365).default(7),
  /** Links not checked (outcome `skipped`). */
  exclude: z.array(linkExclusion).default([]),
  /** Per-host overrides; a key matches the host and its subdomains (the longest key wins). */
  hosts: z.record(z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, 'a host name'), linkHostOverride).default({}),
  /** Exit 1 when more links than this are broken; unset = never fail. */
  failAbove: z.number().int().min(0).optional(),
  /** At most this many warning annotations on Actions (GitHub shows 10 per step). */
  maxAnnotations: z.number().int().min(0).max(1000).default(10),
  /** Body bytes a GET check reads at most. */
  readBytes: z.number().int().min(0).max(1024 * 1024).default(4096),
  /** Timeout of one check request (the http section's limits and retries apply otherwise). */
  timeoutMs: z.number().int().min(100).max(300_000).default(15_000),
  /** The report page. */
  page: relPath.default('pages/link_health.md'),
  /** Commit message of the report page on Actions; `{date}` is the local date. */
  commitMessage: z.string().min(1).default('links: update link health {date}'),
});

/** Guard rails: how many new entries one run may write (the excess waits for the next run). */
const limitSettings = z.strictObject({
  maxNewPerPage: z.number().int().min(1).max(1_000_000).default(200),
  maxNewPerRun: z.number().int().min(1).max(1_000_000).default(1000),
});

export const configSchema = z.strictObject({
  /** IANA timezone for every date the product writes. */
  timezone: z
    .string()
    .default('Asia/Seoul')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'an IANA timezone name such as Asia/Seoul'),
  sources: z.array(source).min(1, 'at least one source'),
  http: httpSettings.default(httpSettings.parse({})),
  relevance: relevanceSettings.default(relevanceSettings.parse({})),
  grades: gradeSettings.default(gradeSettings.parse({})),
  routing: routingSettings.default(routingSettings.parse({})),
  pages: pageSettings.default(pageSettings.parse({})),
  googleNews: googleNewsSettings.default(googleNewsSettings.parse({})),
  curation: curationSettings.default(curationSettings.parse({})),
  git: gitSettings.default(gitSettings.parse({})),
  backup: backupSettings.default(backupSettings.parse({})),
  lock: lockSettings.default(lockSettings.parse({})),
  schedule: scheduleSettings.default(scheduleSettings.parse({})),
  health: healthSettings.default(healthSettings.parse({})),
  discord: discordSettings.default(discordSettings.parse({})),
  monitoring: monitoringSettings.default(monitoringSettings.parse({})),
  lint: lintSettings.default(lintSettings.parse({})),
  links: linkSettings.default(linkSettings.parse({})),
  limits: limitSettings.default(limitSettings.parse({})),
});

export type Config = z.output<typeof configSchema>;
export type SourceConfig = Config['sources'][number];
export type SourceKind = SourceConfig['kind'];
export type HttpSettings = Config['http'];
export type RelevanceSettings = Config['relevance'];
export type GradeSettings = Config['grades'];
export type RoutingSettings = Config['routing'];
export type RouteRule = RoutingSettings['rules'][number];
export type PageSettings = Config['pages'];
export type GoogleNewsSettings = Config['googleNews'];
export type HealthSettings = Config['health'];
export type DiscordSettings = Config['discord'];
export type MonitoringSettings = Config['monitoring'];
export type LintSettings = Config['lint'];
export type LinkSettings = Config['links'];
export type Lane = z.output<typeof lane>;
