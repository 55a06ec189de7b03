/**
 * The values that flow between stages. Stages depend on these shapes, not on each other.
 *
 *   collect → NormalizedItem[] (per source, with a SourceReport)
 *   gate    → GatedItem[] (canonical URL, id, score, lane, route)
 *   plan    → PageEdit[] (pure)      apply → changed files      git → commit/push
 *   every stage adds to one RunReport, rendered as job summary, --json and the daily report page.
 */
import type { Lane, SourceKind } from './config/schema.js';

/** One item from any source, normalised. Text is plain (entities decoded, whitespace collapsed). */
export interface NormalizedItem {
  sourceId: string;
  sourceKind: SourceKind;
  title: string;
  /** Absolute http(s) URL (for Google News: the decoded article URL when possible). */
  link: string;
  /** UTC instant, ISO 8601 (`2026-11-27T00:00:00.000Z`), when the source gave a parseable date. */
  published?: string;
  summary?: string;
  guid?: string;
  /** Publication name: Google News <source>, feed title, YouTube channel name, or the source name. */
  outlet?: string;
  /** Google News link whose article URL could not be decoded offline (never lands as an article). */
  undecoded?: boolean;
  /** The opaque Google News token of an undecoded link, for online resolution (src/feeds/resolve.ts). */
  googleNewsToken?: string;
  /** The source's kindHint, or "video" for YouTube. */
  kindHint?: string;
}

export type FetchOutcome = 'fetched' | 'not-modified' | 'fresh' | 'failed';

/** What the collect stage reports for one source. */
export interface SourceReport {
  id: string;
  kind: SourceKind;
  /** The URL requested (credentials never included). */
  url: string;
  outcome: FetchOutcome;
  httpStatus?: number;
  /** Number of normalised items parsed from the body. */
  items: number;
  /** Clear text when outcome is failed (or when the body parsed to nothing usable). */
  error?: string;
  /** Non-fatal notes (e.g. "3 items without a link were skipped"). */
  warnings?: string[];
  durationMs: number;
  /** Body bytes downloaded over the network for this source (0 for fresh / 304). */
  bytesDownloaded: number;
  attempts: number;
  /** The normalised items (kept for `collect --json`; omitted from `run` reports to keep them small). */
  itemList?: NormalizedItem[];
}

/** An item after the gate. */
export interface GatedItem extends NormalizedItem {
  canonicalUrl: string;
  /** Stable entry id derived from the canonical URL. */
  id: string;
  host: string;
  score: number;
  lane: Lane | 'duplicate' | 'irrelevant';
  /** Why it got this lane (matched grade suffix, exclusion word, duplicate of …). */
  reason: string;
  /** Where a landed item goes. */
  page?: string;
  section?: string;
  /** Entry kind written into the page. */
  kind: string;
  /** Confidence label written into the entry. */
  confidence: string;
}

export type RunStatus = 'success' | 'partial' | 'failed' | 'skipped' | 'running';
export type CommandName =
  | 'collect'
  | 'run'
  | 'demo'
  | 'backup'
  | 'health'
  | 'status'
  | 'monitor'
  | 'lock'
  | 'schema'
  | 'promote'
  | 'reject';

export interface StageTiming {
  stage: string;
  durationMs: number;
  ok: boolean;
  error?: string;
}

export interface LaneCounts {
  land: number;
  queue: number;
  pool: number;
  discard: number;
  duplicate: number;
  irrelevant: number;
}

export interface Anomaly {
  metric: string;
  value: number;
  median: number;
  mad: number;
  z: number;
}

/** An entry the run wrote into a page (what the job summary lists). */
export interface AddedEntry {
  title: string;
  url: string;
  outlet?: string;
  page: string;
}

/** One value per run; rendered as job summary, --json, day log and daily report. */
export interface RunReport {
  command: CommandName;
  status: RunStatus;
  /** Why the run failed / was skipped / is partial, in one line. */
  reason?: string;
  startedAt: string;
  finishedAt?: string;
  durationMs: number;
  /** Local date of the run in the configured timezone, YYYY-MM-DD. */
  date: string;
  timezone: string;
  dryRun: boolean;
  sources: SourceReport[];
  cache: { hits: number; conditionalHits: number; misses: number; hitRate: number };
  itemsCollected: number;
  itemsAdded: number;
  lanes: LaneCounts;
  /** Items added per page (path → count). */
  pages: Record<string, number>;
  /** The entries added (filled with `pages`, from the plan's written items; see report.addedEntries). */
  entries?: AddedEntry[];
  changedFiles: string[];
  committed: boolean;
  commitSha?: string;
  pushed: boolean;
  stages: StageTiming[];
  errors: string[];
  warnings: string[];
  anomalies: Anomaly[];
  /** What the run repaired of an earlier run's leftovers (reconcile stage). */
  /** Curation this run carried out (`promote ID → page`, `reject ID`, `archive ID → page`). */
  curated?: string[];
  repaired?: string[];
  backupId?: string;
  /** False when nothing changed since snapshot backupId (an earlier run made it, and holds its artifact). */
  backupCreated?: boolean;
  /** Name of the artifact this run uploaded for backupId (Actions only). */
  backupArtifact?: string;
  /** Planned edits as a unified diff (dry runs only). */
  diff?: string;
  /** Link to the workflow run when on Actions. */
  runUrl?: string;
}

export function emptyLaneCounts(): LaneCounts {
  return { land: 0, queue: 0, pool: 0, discard: 0, duplicate: 0, irrelevant: 0 };
}
