import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import parsePrometheusTextFormat, { type ParsedFamily } from 'parse-prometheus-text-format';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunReport, SourceReport } from '../../src/model.js';
import { lastSuccessAt, pushMetrics, renderMetrics, writeMetricsFile } from '../../src/ops/metrics.js';
import { cacheStats, finishReport, newReport } from '../../src/report/report.js';

function src(id: string, outcome: SourceReport['outcome'], over: Partial<SourceReport> = {}): SourceReport {
  return { id, kind: 'feed', url: `https://x.invalid/${id}`, outcome, items: 3, durationMs: 1500, bytesDownloaded: 2048, attempts: 1, ...over };
}

function report(): RunReport {
  const r = newReport('run', { timezone: 'Asia/Seoul' }, Date.parse('2026-11-27T00:00:00Z'));
  r.sources = [src('elle', 'fetched'), src('vogue "kr"', 'not-modified', { bytesDownloaded: 0 }), src('broken', 'failed', { items: 0, bytesDownloaded: 0, error: 'HTTP 500' })];
  r.cache = cacheStats(r.sources);
  r.status = 'partial';
  r.itemsCollected = 6;
  r.itemsAdded = 2;
  r.lanes = { land: 2, queue: 1, pool: 0, discard: 1, duplicate: 2, irrelevant: 0 };
  return finishReport(r, Date.parse('2026-11-27T00:02:05Z'));
}

function family(parsed: ParsedFamily[], name: string): ParsedFamily {
  const f = parsed.find((x) => x.name === name);
  if (!f) throw new Error(`no metric ${name} in ${parsed.map((x) => x.name).join(', ')}`);
  return f;
}

function value(parsed: ParsedFamily[], name: string, labels: Record<string, string> = {}): number {
  const samples = family(parsed, name).metrics.filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  if (samples.length !== 1) throw new Error(`${name} ${JSON.stringify(labels)}: ${samples.length} samples`);
  return Number(samples[0]!.value);
}

describe('Prometheus metrics of a run', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'wd-metrics-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('holds every figure the operations guide asks for, readable by a real parser', async () => {
    const r = report();
    const history = [{ status: 'success', finishedAt: '2026-11-26T00:01:00.000Z' }, { status: 'failed', finishedAt: '2026-11-26T12:00:00.000Z' }];
    const text = await renderMetrics({ report: r, lastSuccessAt: lastSuccessAt(r, history), backupStoreBytes: 12_345_678 });
    const file = path.join(dir, 'textfile', 'wiki_daily.prom');
    await writeMetricsFile(file, text);
    expect(await readdir(path.dirname(file))).toEqual(['wiki_daily.prom']); // no temp file left behind
    const parsed = parsePrometheusTextFormat(await readFile(file, 'utf8'));

    expect(family(parsed, 'wiki_daily_run_duration_seconds').type).toBe('GAUGE');
    expect(value(parsed, 'wiki_daily_run_duration_seconds')).toBe(125);
    expect(value(parsed, 'wiki_daily_run_status', { status: 'partial' })).toBe(1);
    expect(value(parsed, 'wiki_daily_run_status', { status: 'success' })).toBe(0);
    expect(family(parsed, 'wiki_daily_run_status').metrics).toHaveLength(4);
    expect(value(parsed, 'wiki_daily_items', { lane: 'land' })).toBe(2);
    expect(value(parsed, 'wiki_daily_items', { lane: 'duplicate' })).toBe(2);
    expect(family(parsed, 'wiki_daily_items').metrics).toHaveLength(6);
    expect(value(parsed, 'wiki_daily_items_added')).toBe(2);
    expect(value(parsed, 'wiki_daily_source_outcome', { source: 'broken', outcome: 'failed' })).toBe(1);
    expect(value(parsed, 'wiki_daily_source_outcome', { source: 'elle', outcome: 'fetched' })).toBe(1);
    // Label values are escaped so a quote in a source id cannot break the line.
    expect(value(parsed, 'wiki_daily_source_outcome', { source: 'vogue "kr"', outcome: 'not-modified' })).toBe(1);
    expect(value(parsed, 'wiki_daily_source_duration_seconds', { source: 'elle' })).toBe(1.5);
    expect(value(parsed, 'wiki_daily_source_bytes', { source: 'elle' })).toBe(2048);
    expect(value(parsed, 'wiki_daily_cache_requests', { result: 'hit' })).toBe(0);
    expect(value(parsed, 'wiki_daily_cache_requests', { result: 'not_modified' })).toBe(1);
    expect(value(parsed, 'wiki_daily_cache_requests', { result: 'miss' })).toBe(2);
    // This partial run is the newest success.
    expect(value(parsed, 'wiki_daily_last_success_timestamp_seconds')).toBe(Date.parse('2026-11-27T00:02:05Z') / 1000);
    expect(value(parsed, 'wiki_daily_backup_store_bytes')).toBe(12_345_678);
  });

  it('a failed run keeps the last success from history; with none the metric is absent', async () => {
    const r = report();
    r.status = 'failed';
    expect(lastSuccessAt(r, [{ status: 'success', finishedAt: '2026-11-26T00:01:00.000Z' }, { status: 'failed', finishedAt: '2026-11-26T12:00:00.000Z' }])).toBe('2026-11-26T00:01:00.000Z');
    const parsed = parsePrometheusTextFormat(await renderMetrics({ report: r }));
    expect(parsed.map((f) => f.name)).not.toContain('wiki_daily_last_success_timestamp_seconds');
    expect(value(parsed, 'wiki_daily_run_status', { status: 'failed' })).toBe(1);
  });

  it('pushes the same text to a Pushgateway with PUT /metrics/job/<job>', async () => {
    const got: { method?: string; url?: string; type?: string; body: string }[] = [];
    let status = 200;
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        got.push({ method: req.method, url: req.url, type: req.headers['content-type'], body });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const text = await renderMetrics({ report: report() });
      await pushMetrics(base, 'wiki-daily', text);
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({ method: 'PUT', url: '/metrics/job/wiki-daily', type: 'text/plain; version=0.0.4; charset=utf-8' });
      expect(parsePrometheusTextFormat(got[0]!.body).length).toBe(parsePrometheusTextFormat(text).length);
      status = 400;
      await expect(pushMetrics(base, 'wiki-daily', text)).rejects.toThrow(/answered HTTP 400/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
