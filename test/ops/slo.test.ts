import { describe, expect, it } from 'vitest';
import type { RunStatus } from '../../src/model.js';
import type { RunRecord } from '../../src/ops/history.js';
import { computeSlo, mergeRuns, renderSloSection } from '../../src/ops/slo.js';
import { buildStatus } from '../../src/ops/status.js';

function day(offset: number): string {
  return new Date(Date.UTC(2026, 10, 27 + offset)).toISOString().slice(0, 10);
}

function rec(date: string, status: RunStatus, durationMs = 60_000, cacheHitRate = 0.9): RunRecord {
  const startedAt = `${date}T00:00:00.000Z`;
  return {
    command: 'run',
    status,
    startedAt,
    finishedAt: new Date(Date.parse(startedAt) + durationMs).toISOString(),
    durationMs,
    date,
    itemsCollected: 1,
    itemsAdded: 1,
    sourcesOk: 1,
    sourcesFailed: 0,
    cacheHitRate,
    committed: true,
  };
}

/** A day log record: no duration, no cache figures. */
function logRec(date: string, status: RunStatus): RunRecord {
  return { ...rec(date, status, 0, 0), durationMs: 0 };
}

const TODAY = '2026-11-27';

describe('availability against 99.9 %', () => {
  it('counts history runs, and day-log days the history does not know, per 7/30/90-day window', () => {
    // History: the last 10 days, one run a day, the run 3 days ago failed; plus a skipped run (ignored).
    const history = Array.from({ length: 10 }, (_, i) => rec(day(-i), i === 3 ? 'failed' : 'success')).reverse();
    history.push({ ...rec(TODAY, 'skipped'), finishedAt: `${TODAY}T01:00:00.000Z` });
    // Day logs: 60 earlier days (one failed 40 days ago), and today again (already in history: not counted twice).
    const dayLogs = [...Array.from({ length: 60 }, (_, i) => logRec(day(-10 - i), i === 30 ? 'failed' : 'success')), logRec(TODAY, 'success')];
    const slo = computeSlo({ history, dayLogs, today: TODAY, backupStoreBytes: 0 });
    expect(slo.windows).toEqual([
      { days: 7, runs: 7, succeeded: 6, failed: 1, successRatePct: 85.71, runsPerDay: 1, meetsTarget: false },
      { days: 30, runs: 30, succeeded: 29, failed: 1, successRatePct: 96.67, runsPerDay: 1, meetsTarget: false },
      { days: 90, runs: 70, succeeded: 68, failed: 2, successRatePct: 97.14, runsPerDay: 0.78, meetsTarget: false },
    ]);
    expect(mergeRuns(history, dayLogs)).toHaveLength(70);
  });

  it('meets the target only at ≥ 99.9 %, and has no rate without runs', () => {
    const ok = computeSlo({ history: [rec(TODAY, 'partial')], today: TODAY, backupStoreBytes: 0 });
    expect(ok.windows[0]).toMatchObject({ successRatePct: 100, meetsTarget: true });
    const none = computeSlo({ history: [], today: TODAY, backupStoreBytes: 0 });
    expect(none.windows[2]).toMatchObject({ runs: 0, successRatePct: null, meetsTarget: null, runsPerDay: 0 });
    expect(none.prediction).toBeNull();
    expect(renderSloSection(none).join('\n')).toContain('다음 실행 예상 소요: — (기록된 실행 3회 미만)');
  });
});

describe('duration prediction, cache and backup targets', () => {
  it('predicts median ± MAD and warns when the upper bound nears the run budget', () => {
    const minutes = [10, 12, 11, 13, 60, 12]; // one stuck run barely moves a robust prediction
    const history = minutes.map((m, i) => rec(day(-minutes.length + 1 + i), 'success', m * 60_000));
    const calm = computeSlo({ history, today: TODAY, backupStoreBytes: 0, targets: { runBudgetMs: 120 * 60_000 } });
    expect(calm.prediction).toEqual({ basis: 6, medianMs: 12 * 60_000, spreadMs: 60_000, upperMs: 15 * 60_000, budgetMs: 120 * 60_000, nearBudget: false });
    const tight = computeSlo({ history, today: TODAY, backupStoreBytes: 0, targets: { runBudgetMs: 18 * 60_000 } });
    expect(tight.prediction!.nearBudget).toBe(true); // 15 ≥ 0.8 × 18
    const md = renderSloSection(tight).join('\n');
    expect(md).toContain('- 다음 실행 예상 소요: 중앙값 12분 ± 1분 (MAD, 최근 6회) · 상한 15분 / 예산 18분');
    expect(md).toContain('> [!WARNING]');
    expect(renderSloSection(calm).join('\n')).not.toContain('[!WARNING]');
  });

  it('draws the duration trend as a mermaid xychart-beta', () => {
    const history = [rec('2026-11-25', 'success', 90_000), rec('2026-11-26', 'failed', 30_000), rec('2026-11-27', 'success', 150_000)];
    const md = renderSloSection(computeSlo({ history, today: TODAY, backupStoreBytes: 0 })).join('\n');
    expect(md).toContain(
      [
        '```mermaid',
        'xychart-beta',
        '    title "Run duration (minutes)"',
        '    x-axis ["11-25", "11-26", "11-27"]',
        '    y-axis "minutes" 0 --> 3',
        '    line [1.5, 0.5, 2.5]',
        '```',
      ].join('\n'),
    );
  });

  it('measures the cache hit rate against 80 % and the backup store against 500 MB', () => {
    const history = [rec('2026-11-26', 'success', 1000, 0.7), rec('2026-11-27', 'success', 1000, 0.8)];
    const slo = computeSlo({ history, today: TODAY, backupStoreBytes: 600 * 1024 * 1024 });
    expect(slo.cache).toEqual({ hitRatePct: 75, meetsTarget: false, basis: 2 });
    expect(slo.backup).toEqual({ bytes: 600 * 1024 * 1024, budgetBytes: 500 * 1024 * 1024, meetsTarget: false });
    const md = renderSloSection(slo).join('\n');
    expect(md).toContain('- 캐시 적중률 (최근 2회): 75% · 목표 ≥ 80% ⚠️');
    expect(md).toContain('- 백업 저장소: 600 MB · 한도 ≤ 500 MB ⚠️');
  });
});

describe('status page with the SLO section', () => {
  it('is byte-identical when rebuilt later the same day with the same data (no generated-at time)', () => {
    const runs = [rec('2026-11-26', 'success'), rec('2026-11-27', 'success')];
    const health = { level: 'ok' as const, checks: [] };
    const base = { runs, health, backups: [], timezone: 'Asia/Seoul', dayLogRuns: [logRec('2026-11-21', 'failed')] };
    const first = buildStatus({ ...base, now: Date.parse('2026-11-27T01:00:00Z') });
    const later = buildStatus({ ...base, now: Date.parse('2026-11-27T09:00:00Z'), existingPage: first.markdown });
    expect(later.markdown).toBe(first.markdown);
    expect(first.markdown).toContain('## 목표 대비 (SLO)');
    expect(first.markdown).toContain('| 7일 | 3 | 2 | 1 | 66.67% | ⚠️ | 0.43 |');
    expect(first.json.slo.windows[0]!.runs).toBe(3);
  });
});
