import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../src/config/load.js';
import type { RunReport, SourceReport } from '../src/model.js';
import { mergeReportPage, renderReportRegion, REPORT_BEGIN, REPORT_END } from '../src/report/page.js';
import { cacheStats, collectionStatus, newReport } from '../src/report/report.js';
import { capBytes, renderSummary, renderText, SUMMARY_LIMIT_BYTES } from '../src/report/render.js';

function src(id: string, outcome: SourceReport['outcome'], items = 1, error?: string): SourceReport {
  return { id, kind: 'feed', url: `https://x.invalid/${id}`, outcome, items, durationMs: 10, bytesDownloaded: 0, attempts: 1, ...(error ? { error } : {}) };
}

function report(sources: SourceReport[]): RunReport {
  const r = newReport('run', { timezone: 'Asia/Seoul' }, Date.parse('2026-11-26T23:30:00Z'));
  r.sources = sources;
  const cs = collectionStatus(sources);
  r.status = cs.status;
  if (cs.reason) r.reason = cs.reason;
  r.cache = cacheStats(sources);
  return r;
}

describe('run status is honest', () => {
  it('success only when every source answered', () => {
    expect(collectionStatus([src('a', 'fetched'), src('b', 'not-modified'), src('c', 'fresh')]).status).toBe('success');
  });
  it('partial when some failed, naming them', () => {
    const cs = collectionStatus([src('a', 'fetched'), src('b', 'failed', 0, 'HTTP 500')]);
    expect(cs).toEqual({ status: 'partial', reason: '1 of 2 sources failed: b' });
  });
  it('failed when every source failed or none is enabled', () => {
    expect(collectionStatus([src('a', 'failed', 0, 'x'), src('b', 'failed', 0, 'y')])).toEqual({ status: 'failed', reason: 'all 2 sources failed' });
    expect(collectionStatus([]).status).toBe('failed');
  });
  it('dates the run in the configured timezone', () => {
    expect(report([]).date).toBe('2026-11-27');
  });
  it('counts the cache hit rate over fresh and 304 answers', () => {
    expect(cacheStats([src('a', 'fresh'), src('b', 'not-modified'), src('c', 'fetched'), src('d', 'failed', 0, 'x')])).toEqual({ hits: 1, conditionalHits: 1, misses: 2, hitRate: 0.5 });
  });
});

describe('job summary', () => {
  it('has the status line, failures with reasons, pages and the sources table', () => {
    const r = report([src('elle', 'fetched', 3), src('broken', 'failed', 0, 'malformed XML | at line 3')]);
    r.itemsAdded = 2;
    r.pages = { 'pages/pictorials.md': 2 };
    const md = renderSummary(r, { repoUrl: 'https://github.com/o/w', ref: 'abc' });
    expect(md).toContain('🟡 **partial** — 2 entries added');
    expect(md).toContain('- source `broken`: malformed XML \\| at line 3');
    expect(md).toContain('| [pages/pictorials.md](https://github.com/o/w/blob/abc/pages/pictorials.md) | 2 |');
    expect(md).toMatch(/<details><summary>Sources \(2\)<\/summary>/);
    expect(md.split('\n').filter((l) => l.startsWith('| `')).length).toBe(2);
  });

  it('stays under the 1 MiB step summary limit however large the run', () => {
    const r = report(Array.from({ length: 20_000 }, (_, i) => src(`source-${i}`, 'failed', 0, 'x'.repeat(200))));
    const md = renderSummary(r);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md).toContain('truncated to stay under the job summary limit');
  });

  it('capBytes cuts on a line boundary and keeps short text intact', () => {
    expect(capBytes('short', 100)).toBe('short');
    const cut = capBytes('가나다\n'.repeat(1000), 500);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(500);
    expect(cut.split('\n')[0]).toBe('가나다');
  });

  it('terminal text names failing sources', () => {
    const text = renderText(report([src('a', 'fetched'), src('b', 'failed', 0, 'timed out after 20000 ms')]));
    expect(text).toMatch(/^wiki-daily run 2026-11-27: PARTIAL/);
    expect(text).toContain('✗ b: timed out after 20000 ms');
  });
});

describe('daily report page', () => {
  it('is stable: no durations or cache outcomes, so identical days render identically', () => {
    const a = report([src('a', 'fetched', 2)]);
    const b = report([{ ...src('a', 'fresh', 2), durationMs: 999 }]);
    b.durationMs = 12345;
    expect(renderReportRegion(a, 'news')).toBe(renderReportRegion(b, 'news'));
  });
  it('replaces its region and keeps text outside', () => {
    const before = `# 일일 리포트\n\n사람이 쓴 설명\n\n${REPORT_BEGIN}\nold\n${REPORT_END}\n\n꼬리말\n`;
    const after = mergeReportPage(before, 'new body');
    expect(after).toBe(`# 일일 리포트\n\n사람이 쓴 설명\n\n${REPORT_BEGIN}\nnew body\n${REPORT_END}\n\n꼬리말\n`);
  });
});

describe('JSON Schema file', () => {
  it('the committed wiki-daily.schema.json is what the schema generates (run `npm run schema`)', () => {
    const committed = JSON.parse(readFileSync(new URL('../wiki-daily.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(configJsonSchema());
  });
});

describe('what a person reads (issue 10)', () => {
  it('the terminal text carries every warning of the run', () => {
    const r = report([src('a', 'fresh')]);
    r.warnings.push('/w is not a git repository: changes written, nothing committed', 'Discord unreachable: 1 message(s) queued for the next run', 'backup artifact upload failed: 503');
    const lines = renderText(r).split('\n').filter((l) => l.startsWith('  warning: '));
    expect(lines).toEqual([
      '  warning: /w is not a git repository: changes written, nothing committed',
      '  warning: Discord unreachable: 1 message(s) queued for the next run',
      '  warning: backup artifact upload failed: 503',
    ]);
  });

  it('the summary names this run as holding the backup artifact only when this run uploaded it', async () => {
    const { backupLine } = await import('../src/report/render.js');
    const r = report([src('a', 'fresh')]);
    r.runUrl = 'https://github.com/o/r/actions/runs/123';
    r.backupId = '20261127T000012Z-5556df99';
    r.backupCreated = false;
    expect(backupLine(r)).toBe('Backup: unchanged since `20261127T000012Z-5556df99` (an earlier run took it; restore.yml finds it in the state cache)');
    expect(renderSummary(r)).not.toContain('in this run');
    expect(renderText(r)).toContain('  backup: unchanged since 20261127T000012Z-5556df99');
    r.backupCreated = true;
    r.backupArtifact = 'wiki-backup-20261127T000012Z-5556df99';
    expect(backupLine(r)).toBe(
      'Backup snapshot: `20261127T000012Z-5556df99`, artifact `wiki-backup-20261127T000012Z-5556df99` in this run (run id 123: restore.yml backup-run-id)',
    );
    delete r.backupArtifact;
    expect(backupLine(r)).toBe('Backup snapshot: `20261127T000012Z-5556df99` (state folder only; no artifact uploaded by this run)');
  });
});
