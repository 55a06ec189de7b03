/**
 * The Google News step between collect and gate: every item whose link is an opaque Google News token
 * gets its publisher URL, from the resolution memory or online (src/feeds/resolve.ts).
 *
 * Exactly-once rules:
 * - a resolution never changes, so it is remembered for good (token → URL, in the state folder) and no
 *   token is resolved twice;
 * - an item that cannot be resolved now (cap reached, Google refusing) stays `undecoded` — the gate
 *   never writes it — and is remembered as pending, so it is tried again next run even when the feed
 *   no longer lists it (until `pendingMaxAgeDays`);
 * - items already written carry the publisher URL in the pages and the seen file, so losing this file
 *   costs requests, never a duplicate.
 */
import path from 'node:path';
import { z } from 'zod';
import { normalizedItemSchema } from '../item-schema.js';
import type { Config, SourceConfig } from '../config/schema.js';
import { errorMessage } from '../errors.js';
import { GoogleNewsResolver, type ResolveRequest, type ResolverStats } from '../feeds/resolve.js';
import { readIfExists, writeFileAtomic } from '../fsutil.js';
import type { Logger } from '../log.js';
import type { NormalizedItem } from '../model.js';
import type { Clock } from '../time.js';
import { compareStrings } from '../order.js';

const pendingItem = z.object({
  since: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 instant'),
  item: normalizedItemSchema.extend({ googleNewsToken: z.string() }),
});

const memorySchema = z.strictObject({
  version: z.literal(1),
  /** token → publisher URL. */
  resolved: z.record(z.string(), z.string()),
  pending: z.array(pendingItem),
});

type ResolutionMemory = z.output<typeof memorySchema>;

function emptyMemory(): ResolutionMemory {
  return { version: 1, resolved: {}, pending: [] };
}

/** The memory file, validated; a missing file is empty, a damaged one too (with a warning: it is only a cache). */
async function readMemory(file: string, warnings: string[]): Promise<ResolutionMemory> {
  const text = await readIfExists(file);
  if (text === undefined) return emptyMemory();
  try {
    return memorySchema.parse(JSON.parse(text));
  } catch (err) {
    warnings.push(`${path.basename(file)} unreadable, starting with an empty Google News memory: ${errorMessage(err).slice(0, 200)}`);
    return emptyMemory();
  }
}

async function writeMemory(file: string, memory: ResolutionMemory): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(memory) + '\n');
}

/** `hl=…&gl=…&ceid=…` of the feed an item came from, for the `/rss/articles/` page. */
function localeOf(source: SourceConfig | undefined): string | undefined {
  if (!source) return undefined;
  if (source.kind === 'google-news') return `hl=${encodeURIComponent(source.hl)}&gl=${encodeURIComponent(source.gl)}&ceid=${source.ceid}`;
  if (source.kind !== 'feed') return undefined;
  const q = new URL(source.url).searchParams;
  const parts = ['hl', 'gl', 'ceid'].flatMap((k) => (q.get(k) ? [`${k}=${k === 'ceid' ? q.get(k)! : encodeURIComponent(q.get(k)!)}`] : []));
  return parts.length ? parts.join('&') : undefined;
}

interface GoogleNewsStepResult {
  items: NormalizedItem[];
  /** Items whose link came from the memory / from Google this run / still waiting. */
  fromMemory: number;
  resolvedNow: number;
  waiting: number;
  stats: ResolverStats;
  warnings: string[];
}

interface GoogleNewsStepOptions {
  config: Config;
  /** The memory file (statePaths(stateDir).googleNews). */
  memoryFile: string;
  clock: Clock;
  logger: Logger;
}

function withLink(item: NormalizedItem, url: string): NormalizedItem {
  const { undecoded: _u, googleNewsToken: _t, ...rest } = item;
  return { ...rest, link: url };
}

/**
 * Resolve the opaque Google News links among `items` (plus the items still pending from earlier runs)
 * and persist what was learnt. Never throws for network trouble: unresolved items simply wait.
 */
export async function resolveGoogleNewsItems(items: readonly NormalizedItem[], opts: GoogleNewsStepOptions): Promise<GoogleNewsStepResult> {
  const { config, clock, logger } = opts;
  const warnings: string[] = [];
  const memory = await readMemory(opts.memoryFile, warnings);
  const resolved = new Map(Object.entries(memory.resolved));
  const sinceByToken = new Map(memory.pending.map((p) => [p.item.googleNewsToken, p.since] as const));

  // This run's items first, then the pending ones the feeds no longer list.
  const all: NormalizedItem[] = [...items];
  const present = new Set(items.flatMap((i) => (i.googleNewsToken ? [i.googleNewsToken] : [])));
  const maxAgeMs = config.googleNews.pendingMaxAgeDays * 86_400_000;
  for (const p of memory.pending) {
    if (present.has(p.item.googleNewsToken)) continue;
    if (clock.now() - Date.parse(p.since) > maxAgeMs) {
      warnings.push(`Google News item dropped after ${config.googleNews.pendingMaxAgeDays} days unresolved: ${p.item.title.slice(0, 80)}`);
      continue;
    }
    present.add(p.item.googleNewsToken);
    all.push({ ...(p.item as NormalizedItem), undecoded: true });
  }

  const sources = new Map(config.sources.map((s) => [s.id, s] as const));
  const queue = new Map<string, ResolveRequest>();
  let fromMemory = 0;
  for (const item of all) {
    const token = item.googleNewsToken;
    if (!token) continue;
    if (resolved.has(token)) fromMemory++;
    else if (!queue.has(token)) {
      const locale = localeOf(sources.get(item.sourceId));
      queue.set(token, { token, ...(locale ? { locale } : {}) });
    }
  }

  const resolver = new GoogleNewsResolver({
    baseUrl: config.http.googleNewsBaseUrl,
    userAgent: config.googleNews.userAgent ?? config.http.userAgent,
    timeoutMs: config.http.timeoutMs,
    settings: config.googleNews,
    clock,
    backoffBaseMs: config.http.backoffBaseMs,
    backoffMaxMs: config.http.backoffMaxMs,
    maxRetryAfterMs: config.http.maxRetryAfterMs,
  });
  let resolvedNow = 0;
  if (queue.size && config.googleNews.resolve) {
    const outcomes = await resolver.resolveAll([...queue.values()]);
    const failures: string[] = [];
    for (const o of outcomes) {
      if ('url' in o) {
        resolved.set(o.token, o.url);
        resolvedNow++;
      } else failures.push(o.error);
    }
    if (failures.length) warnings.push(`${failures.length} Google News links not resolved (first: ${failures[0]})`);
    if (resolver.stats.stopped) warnings.push(`Google News resolution stopped for this run: ${resolver.stats.stopped}`);
    if (resolver.stats.deferred) warnings.push(`${resolver.stats.deferred} Google News links wait for the next run (per-run cap ${config.googleNews.maxPerRun} or stopped)`);
  } else if (queue.size) {
    warnings.push(`${queue.size} Google News links wait: googleNews.resolve is off`);
  }

  const out: NormalizedItem[] = [];
  const pending: ResolutionMemory['pending'] = [];
  const nowIso = new Date(clock.now()).toISOString();
  for (const item of all) {
    const token = item.googleNewsToken;
    const url = token ? resolved.get(token) : undefined;
    if (token && url) out.push(withLink(item, url));
    else {
      out.push(item);
      if (token && !pending.some((p) => p.item.googleNewsToken === token)) {
        const { undecoded: _u, ...stored } = item;
        pending.push({ since: sinceByToken.get(token) ?? nowIso, item: { ...stored, googleNewsToken: token } });
      }
    }
  }
  const waiting = pending.length;
  try {
    await writeMemory(opts.memoryFile, { version: 1, resolved: Object.fromEntries([...resolved].sort(([a], [b]) => compareStrings(a, b))), pending });
  } catch (err) {
    warnings.push(`Google News memory not saved (the same tokens will be resolved again): ${errorMessage(err)}`);
  }
  if (resolvedNow || waiting) logger.info(`google news: ${resolvedNow} resolved, ${fromMemory} from memory, ${waiting} waiting (${resolver.stats.requests} requests)`);
  return { items: out, fromMemory, resolvedNow, waiting, stats: resolver.stats, warnings };
}
