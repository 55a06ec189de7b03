/**
 * One zod schema per file the tool persists between runs, and the one way such a file is read
 * back: parse, validate, and on failure one message that names the file, says what is wrong (the
 * key path and the rule) and what happens next. Kept in one module, below every store, so the
 * formats sit side by side (a reviewer sees every on-disk shape at once) and each store reports a
 * corrupt file in the same words.
 *
 * The stores keep their own TypeScript interfaces; assigning a parsed value to them is what checks,
 * at compile time, that a schema and its interface agree.
 */
import { z } from 'zod';
import { errorMessage } from './errors.js';
import { relativePathProblem } from './fsutil.js';

/** A zod issue path as written in messages: `files[2].sha256`, `(top level)` when empty. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(top level)';
}

const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');
const count = z.number().int().nonnegative();

// ---- HTTP cache: the meta line of a pack record (earlier: of `<sha256(url)>.entry`, `<sha256(url)>.json`) (http/cache.ts) ----
export const httpCacheMetaSchema = z.object({
  version: z.literal(1),
  url: z.string(),
  status: z.number().int(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  contentType: z.string().optional(),
  storedAt: z.number().finite(),
  bodyBytes: count,
  finalUrl: z.string(),
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/, 'not a sha256'),
  /** A pack record without body bytes: the URL's earlier record holds this body (http/cache-pack.ts). */
  bodyIn: z.literal('earlier').optional(),
});

// ---- Backup store: `snapshots/<id>.json` (ops/backup/store.ts) ----
export const SNAPSHOT_ID_RE = /^\d{8}T\d{6}Z-[0-9a-f]{8}$/;
export const SHA256_RE = /^[0-9a-f]{64}$/;
/** A root-relative path as a manifest stores it. */
const wikiPath = z.string().superRefine((p, ctx) => {
  const problem = relativePathProblem(p);
  if (problem) ctx.addIssue({ code: 'custom', message: `not a path inside the wiki root: ${problem}` });
});
export const snapshotManifestSchema = z.object({
  id: z.string().regex(SNAPSHOT_ID_RE, 'not a snapshot id'),
  createdAt: isoInstant,
  label: z.string().optional(),
  files: z.array(
    z.object({
      path: wikiPath,
      sha256: z.string().regex(SHA256_RE, 'not a sha256'),
      size: count.max(Number.MAX_SAFE_INTEGER),
    }),
  ),
  /** A delta snapshot: `files` are only those added or changed since this snapshot, `removed` the paths gone. */
  base: z.string().regex(SNAPSHOT_ID_RE, 'not a snapshot id').optional(),
  removed: z.array(wikiPath).optional(),
});

// ---- Backup store: `git-base.json`, what the next delta snapshot starts from (ops/backup/delta.ts) ----
export const backupGitBaseSchema = z.object({
  version: z.literal(1),
  snapshot: z.string().regex(SNAPSHOT_ID_RE, 'not a snapshot id'),
  /** Its chain: the snapshot, then each base down to its full snapshot (which is the snapshot itself when full). */
  chain: z.array(z.string().regex(SNAPSHOT_ID_RE, 'not a snapshot id')).min(1),
  /** Files it holds. */
  files: count,
  /** The include paths it was taken with. */
  include: z.array(z.string()),
  commit: z.string().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, 'not a commit id'),
  /** Paths whose content in the snapshot git could not vouch for at `commit`: the files it holds there… */
  dirty: z.array(z.object({ path: wikiPath, sha256: z.string().regex(SHA256_RE, 'not a sha256'), size: count.max(Number.MAX_SAFE_INTEGER) })),
  /** …and the paths it holds no file at. */
  absent: z.array(wikiPath),
});

// ---- Run history: one JSON line per run in `runs.jsonl` (ops/history.ts) ----
export const runRecordSchema = z.object({
  command: z.string(),
  status: z.enum(['success', 'partial', 'failed', 'skipped', 'running']),
  reason: z.string().optional(),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  date: z.string(),
  itemsCollected: z.number(),
  itemsAdded: z.number(),
  sourcesOk: z.number(),
  sourcesFailed: z.number(),
  cacheHitRate: z.number(),
  committed: z.boolean(),
  commitSha: z.string().optional(),
  /** The workflow run (Actions), linked from the failure issue. */
  runUrl: z.string().optional(),
});

// ---- Discord: `discord-state.json` and `discord-queue.json` (ops/discord.ts) ----
export const discordStateSchema = z.object({
  alertedAt: z.record(z.string(), z.string()),
  unresolved: z.number().transform((n) => Math.max(0, Math.floor(n))),
});
/** One queued message; the payload is checked as far as the sender relies on it. */
export const discordQueuedMessageSchema = z.object({
  queuedAt: z.string(),
  payload: z.looseObject({ embeds: z.array(z.looseObject({})) }),
});
/** The queue is read entry by entry (a bad entry is dropped, the rest kept), so only its outer shape is here. */
export const discordQueueSchema = z.array(z.unknown());

// ---- Locks: `<name>.lock` (ops/lock.ts) ----
export const lockRecordSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  command: z.string(),
  startedAt: isoInstant,
  id: z.string().optional(),
});

export type StateCheck<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Validate an already-parsed value; the problem names the first key path that is wrong. */
export function checkState<T>(schema: z.ZodType<T>, value: unknown): StateCheck<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const [first, ...rest] = result.error.issues;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return { ok: false, problem: `${formatPath(first?.path ?? [])}: ${first?.message ?? 'invalid'}${more}` };
}

/** Parse JSON text and validate it. */
export function parseState<T>(schema: z.ZodType<T>, text: string): StateCheck<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: `not valid JSON: ${errorMessage(err)}` };
  }
  return checkState(schema, value);
}

/**
 * The one message for a persisted file that does not read back: `where` (file, or file:line), what
 * it should have been, what is wrong, and what happens next.
 */
export function corruptStateMessage(where: string, what: string, problem: string, next: string): string {
  return `${where}: unreadable ${what} (${problem}); ${next}`;
}
