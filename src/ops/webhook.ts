/**
 * A generic JSON webhook next to Discord, for other tools (Slack workflows, n8n, an incident system):
 * every finished run POSTs its summary as one JSON object. The URL is a secret (input `webhook-url`
 * or env WIKI_DAILY_WEBHOOK_URL), never the config file; it is masked in everything this returns.
 * Never throws into the run: the caller gets a warning string instead.
 */
import { errorMessage } from '../errors.js';
import { redact, registerSecret } from '../log.js';
import type { RunReport } from '../model.js';
import type { Clock } from '../time.js';

/** The payload: the figures a receiving tool routes on, not the whole report (no item lists, no diff). */
export interface RunSummaryJson {
  schema: 'wiki-daily/run-summary@1';
  command: string;
  status: string;
  reason?: string;
  date: string;
  startedAt: string;
  finishedAt?: string;
  durationMs: number;
  dryRun: boolean;
  itemsCollected: number;
  itemsAdded: number;
  lanes: RunReport['lanes'];
  pages: Record<string, number>;
  sources: { total: number; failed: { id: string; error: string }[] };
  cacheHitRate: number;
  commitSha?: string;
  pushed: boolean;
  warnings: number;
  errors: string[];
  runUrl?: string;
}

export function runSummaryJson(r: RunReport): RunSummaryJson {
  const failed = r.sources.filter((s) => s.outcome === 'failed');
  return {
    schema: 'wiki-daily/run-summary@1',
    command: r.command,
    status: r.status,
    ...(r.reason ? { reason: r.reason } : {}),
    date: r.date,
    startedAt: r.startedAt,
    ...(r.finishedAt ? { finishedAt: r.finishedAt } : {}),
    durationMs: r.durationMs,
    dryRun: r.dryRun,
    itemsCollected: r.itemsCollected,
    itemsAdded: r.itemsAdded,
    lanes: r.lanes,
    pages: r.pages,
    sources: { total: r.sources.length, failed: failed.map((s) => ({ id: s.id, error: s.error ?? 'failed' })) },
    cacheHitRate: r.cache.hitRate,
    ...(r.commitSha ? { commitSha: r.commitSha } : {}),
    pushed: r.pushed,
    warnings: r.warnings.length,
    errors: r.errors,
    ...(r.runUrl ? { runUrl: r.runUrl } : {}),
  };
}

/**
 * POST the summary; retries a network error or 5xx/429 twice (1 s, then 4 s). Returns a redacted
 * warning when it could not be delivered.
 */
export async function postRunSummary(
  url: string,
  report: RunReport,
  opts: { clock: Clock; fetchImpl?: typeof fetch; attempts?: number },
): Promise<string | undefined> {
  registerSecret(url);
  let target: URL;
  try {
    target = new URL(url);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new Error('not http(s)');
  } catch {
    return 'webhook not sent: the webhook URL is not an absolute http(s) URL';
  }
  const doFetch = opts.fetchImpl ?? fetch;
  const body = JSON.stringify(redactDeep(runSummaryJson(report)));
  const attempts = opts.attempts ?? 3;
  let last = '';
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await opts.clock.sleep(1000 * 4 ** (i - 1));
    try {
      const res = await doFetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'wiki-daily' },
        body,
        signal: AbortSignal.timeout(15_000),
      });
      if (res.ok) return undefined;
      last = `HTTP ${res.status}`;
      if (res.status < 500 && res.status !== 429) break;
    } catch (err) {
      last = errorMessage(err);
    }
  }
  return redact(`webhook not sent: ${last}`);
}

function redactDeep<T>(value: T): T {
  return JSON.parse(redact(JSON.stringify(value))) as T;
}
