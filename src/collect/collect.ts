/**
 * The collect stage: every enabled source in parallel (the Fetcher enforces per-host and global limits),
 * each one's failure contained in its own SourceReport so it never stops the others.
 */
import { setImmediate as yieldToIo } from 'node:timers/promises';
import type { Config, SourceConfig } from '../config/schema.js';
import { errorMessage } from '../errors.js';
import { parseFeedText } from '../feeds/parse.js';
import { sourceUrl } from '../feeds/urls.js';
import type { FetchResult, Fetcher } from '../http/fetcher.js';
import type { Logger } from '../log.js';
import type { NormalizedItem, SourceReport } from '../model.js';

export interface CollectResult {
  sources: SourceReport[];
  items: NormalizedItem[];
}

function baseReport(source: SourceConfig, url: string, res: FetchResult): SourceReport {
  const report: SourceReport = {
    id: source.id,
    kind: source.kind,
    url: res.url ?? url,
    outcome: res.outcome,
    items: 0,
    durationMs: res.durationMs,
    bytesDownloaded: res.bytesDownloaded,
    attempts: res.attempts,
  };
  if (res.status !== undefined) report.httpStatus = res.status;
  if (res.error) report.error = res.error;
  return report;
}

async function collectHtml(
  source: Extract<SourceConfig, { kind: 'html' }>,
  text: string,
  pageUrl: string,
  fetcher: Fetcher,
  timezone: string,
): Promise<{ items: NormalizedItem[]; warnings: string[]; bytes: number }> {
  // Only html sources need the HTML parser: loaded on the first one, not by every collect.
  const { extractArticleLinks, extractArticleMeta } = await import('../feeds/html.js');
  const links = extractArticleLinks(text, pageUrl, source.linkPattern, source.maxLinks);
  const warnings: string[] = [];
  let bytes = 0;
  const items = await Promise.all(
    links.map(async (link): Promise<NormalizedItem | undefined> => {
      if (!source.follow) return { sourceId: source.id, sourceKind: 'html', title: link, link, ...(source.name ? { outlet: source.name } : {}), ...(source.kindHint ? { kindHint: source.kindHint } : {}) };
      const res = await fetcher.fetch(link, { sourceId: source.id });
      bytes += res.bytesDownloaded;
      if (res.outcome === 'failed' || res.text === undefined) {
        warnings.push(`${link}: ${res.error ?? 'no body'}`);
        return undefined;
      }
      const meta = extractArticleMeta(res.text, link, timezone);
      if (!meta.title) {
        warnings.push(`${link}: no title found`);
        return undefined;
      }
      const item: NormalizedItem = { sourceId: source.id, sourceKind: 'html', title: meta.title, link };
      if (meta.published) item.published = meta.published;
      if (source.name) item.outlet = source.name;
      if (source.kindHint) item.kindHint = source.kindHint;
      return item;
    }),
  );
  return { items: items.filter((i): i is NormalizedItem => i !== undefined), warnings, bytes };
}

async function collectOne(source: SourceConfig, config: Config, fetcher: Fetcher, logger: Logger): Promise<{ report: SourceReport; items: NormalizedItem[] }> {
  const url = sourceUrl(source, config.http);
  const res = await fetcher.fetch(url, { sourceId: source.id });
  const report = baseReport(source, url, res);
  if (res.outcome === 'failed' || res.text === undefined) {
    report.outcome = 'failed';
    report.error ??= 'no response body';
    logger.warn(`source ${source.id}: ${report.error}`);
    return { report, items: [] };
  }
  // Parse in the event loop's check phase, after the I/O already waiting: responses that arrived together
  // (a wave of requests sent together) each free their slot and send the next request first, rather
  // than waiting behind every earlier response's parse (on a busy machine that wait lengthened every
  // request of the wave, and with it the whole collect).
  await yieldToIo();
  try {
    let items: NormalizedItem[];
    let warnings: string[];
    if (source.kind === 'html') {
      const r = await collectHtml(source, res.text, res.finalUrl || url, fetcher, config.timezone);
      items = r.items;
      warnings = r.warnings;
      report.bytesDownloaded += r.bytes;
    } else {
      const r = parseFeedText(res.text, { source, url: res.finalUrl || url, timezone: config.timezone });
      items = r.items;
      warnings = r.warnings;
    }
    report.items = items.length;
    if (warnings.length) report.warnings = warnings;
    return { report, items };
  } catch (err) {
    // A body that is not a usable feed is a failed source, never "ok with 0 items".
    report.outcome = 'failed';
    // Parse errors name the source for logs; the report already says which source it is.
    const prefix = `source '${source.id}': `;
    const message = errorMessage(err);
    report.error = message.startsWith(prefix) ? message.slice(prefix.length) : message;
    logger.warn(`source ${source.id}: ${report.error}`);
    return { report, items: [] };
  }
}

// ── progress (for the CLI's live line; issue 10) ──
/** Counts after each finished source, for a progress display. */
export interface CollectProgress {
  sourcesDone: number;
  sourcesTotal: number;
  items: number;
  failures: number;
}
export type CollectProgressCallback = (p: CollectProgress) => void;

export async function collectSources(config: Config, fetcher: Fetcher, logger: Logger, onProgress?: CollectProgressCallback): Promise<CollectResult> {
  const enabled = config.sources.filter((s) => s.enabled);
  const progress: CollectProgress = { sourcesDone: 0, sourcesTotal: enabled.length, items: 0, failures: 0 };
  const counted = async (s: SourceConfig): Promise<{ report: SourceReport; items: NormalizedItem[] }> => {
    const r = await collectOne(s, config, fetcher, logger);
    progress.sourcesDone++;
    progress.items += r.items.length;
    if (r.report.outcome === 'failed') progress.failures++;
    onProgress?.({ ...progress });
    return r;
  };
  const results = await Promise.all(enabled.map(counted));
  return {
    sources: results.map((r) => r.report),
    items: results.flatMap((r) => r.items),
  };
}
