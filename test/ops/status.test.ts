import { describe, expect, it } from 'vitest';
import { PageError } from '../../src/errors.js';
import type { RunStatus } from '../../src/model.js';
import type { HealthResult } from '../../src/ops/health.js';
import type { RunRecord } from '../../src/ops/history.js';
import {
  buildStatus,
  formatBytes,
  formatDuration,
  mergeStatusPage,
  percentileNearestRank,
  renderStatusRegion,
  STATUS_BEGIN,
  STATUS_END,
  type StatusInput,
} from '../../src/ops/status.js';

const NOW = Date.parse('2026-11-27T03:00:00.000Z'); // 12:00 in Seoul

function run(
  date: string,
  status: RunStatus,
  durationMs: number,
  itemsCollected: number,
  itemsAdded: number,
  cacheHitRate: number,
  reason?: string,
): RunRecord {
  // 09:00 Seoul on that date
  const startedAt = new Date(Date.parse(`${date}T00:00:00.000Z`)).toISOString();
  return {
    command: 'run',
    status,
    ...(reason ? { reason } : {}),
    startedAt,
    finishedAt: new Date(Date.parse(startedAt) + durationMs).toISOString(),
    durationMs,
    date,
    itemsCollected,
    itemsAdded,
    sourcesOk: 3,
    sourcesFailed: status === 'partial' ? 1 : 0,
    cacheHitRate,
    committed: status === 'success' || status === 'partial',
  };
}

const RUNS: RunRecord[] = [
  run('2026-11-20', 'success', 60_000, 10, 2, 0.5),
  run('2026-11-21', 'success', 120_000, 12, 3, 0.75),
  run('2026-11-22', 'failed', 30_000, 0, 0, 0, 'push | rejected'),
  run('2026-11-22', 'skipped', 10, 0, 0, 0, 'already succeeded today'),
  run('2026-11-23', 'partial', 90_000, 8, 1, 0.5),
  run('2026-11-24', 'success', 300_000, 20, 5, 1),
  run('2026-11-25', 'success', 150_000, 11, 2, 0.25),
  run('2026-11-26', 'success', 100_000, 9, 0, 0.5),
  run('2026-11-27', 'success', 80_000, 7, 1, 0.5),
  run('2026-11-27', 'skipped', 12, 0, 0, 0, 'already succeeded today'),
];

const HEALTH: HealthResult = {
  level: 'warn',
  checks: [
    { name: 'cpu', level: 'ok', reason: 'CPU load 10% (warn ≥ 70%, critical ≥ 90%)', value: 10 },
    { name: 'disk', level: 'warn', reason: 'free disk 15% (warn < 20%, critical < 10%)', value: 15 },
  ],
};

function input(over: Partial<StatusInput> = {}): StatusInput {
  return {
    runs: RUNS,
    health: HEALTH,
    backups: [
      { id: 'snap-2', createdAt: '2026-11-27T00:02:00.000Z', bytes: 2048 },
      { id: 'snap-1', createdAt: '2026-11-26T00:02:00.000Z', bytes: 1000 },
    ],
    now: NOW,
    timezone: 'Asia/Seoul',
    ...over,
  };
}

describe('status statistics', () => {
  it('computes success rate, median, p95 and cache average over the last runs, skipped runs excluded', () => {
    const { json } = buildStatus(input());
    expect(json.runs).toMatchObject({
      considered: 8,
      success: 6,
      partial: 1,
      failed: 1,
      skipped: 2,
      successRatePct: 75,
      durationMedianMs: 95_000, // sorted 30 60 80 90 | 100 120 150 300 k
      durationP95Ms: 300_000, // rank ⌈0.95·8⌉ = 8
      cacheHitRateAvgPct: 50,
      lastSuccessAt: '2026-11-27T00:01:20.000Z',
    });
    expect(json.runs.lastRun?.status).toBe('skipped');
    expect(json.level).toBe('warn');
    expect(json.generatedAt).toBe('2026-11-27T03:00:00.000Z');
    expect(json.backups).toEqual({ count: 2, newestId: 'snap-2', newestAt: '2026-11-27T00:02:00.000Z', totalBytes: 3048 });
    expect(json.recentRuns).toHaveLength(10);
    expect(json.recentRuns[0]!.status).toBe('skipped'); // newest first
  });

  it('lists 14 local days newest first, including days without runs', () => {
    const { json } = buildStatus(input());
    expect(json.itemsPerDay).toHaveLength(14);
    expect(json.itemsPerDay[0]).toEqual({ date: '2026-11-27', runs: 1, failed: 0, itemsCollected: 7, itemsAdded: 1 });
    expect(json.itemsPerDay[5]).toEqual({ date: '2026-11-22', runs: 1, failed: 1, itemsCollected: 0, itemsAdded: 0 });
    expect(json.itemsPerDay[13]).toEqual({ date: '2026-11-14', runs: 0, failed: 0, itemsCollected: 0, itemsAdded: 0 });
    // "today" is the local date: 23:30 UTC on the 27th is already the 28th in Seoul
    const late = buildStatus(input({ now: Date.parse('2026-11-27T23:30:00.000Z') })).json;
    expect(late.itemsPerDay[0]!.date).toBe('2026-11-28');
  });

  it('looks at the last 30 runs only', () => {
    const runs = [
      ...Array.from({ length: 10 }, () => run('2026-11-01', 'failed', 1_000, 0, 0, 0)),
      ...Array.from({ length: 30 }, (_, i) => run('2026-11-02', 'success', (i + 1) * 1000, 1, 1, 1)),
    ];
    const { json } = buildStatus(input({ runs }));
    expect(json.runs.considered).toBe(30);
    expect(json.runs.successRatePct).toBe(100);
    expect(json.runs.durationMedianMs).toBe(15_500);
    expect(json.runs.durationP95Ms).toBe(29_000); // rank ⌈28.5⌉ = 29
  });

  it('has no statistics (not zeros) without runs', () => {
    const { json, markdown } = buildStatus(input({ runs: [], backups: [] }));
    expect(json.runs).toMatchObject({ considered: 0, successRatePct: null, durationMedianMs: null, durationP95Ms: null });
    expect(markdown).toContain('- 성공률: —');
    expect(markdown).toContain('- 최신: 없음');
  });

  it('percentile, duration and byte helpers', () => {
    expect(percentileNearestRank([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(percentileNearestRank(Array.from({ length: 20 }, (_, i) => i + 1), 95)).toBe(19);
    expect(percentileNearestRank([7], 95)).toBe(7);
    expect(formatDuration(1_234)).toBe('1.2초');
    expect(formatDuration(95_000)).toBe('1분 35초');
    expect(formatDuration(3_725_000)).toBe('1시간 2분 5초');
    expect(formatBytes(1000)).toBe('1000 B');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
  });
});

describe('status page', () => {
  it('renders one managed region under the title, deterministically', () => {
    const a = buildStatus(input()).markdown;
    const b = buildStatus(input()).markdown;
    expect(a).toBe(b);
    expect(a.startsWith(`# 시스템 상태\n\n${STATUS_BEGIN}\n`)).toBe(true);
    expect(a.endsWith(`${STATUS_END}\n`)).toBe(true);
    expect(a.split(STATUS_BEGIN)).toHaveLength(2);
    expect(a).toContain('상태 종합: **🟡 주의 warn** · 기준: 마지막 실행 2026-11-27 09:00 (Asia/Seoul)');
    expect(a).toContain('- 실행 8회: 성공 6 · 부분성공 1 · 실패 1 (건너뜀 2회는 제외)');
    expect(a).toContain('- 성공률: 75%');
    expect(a).toContain('- 소요 시간: 중앙값 1분 35초 · p95 5분 0초');
    expect(a).toContain('- 캐시 적중률 평균: 50%');
    expect(a).toContain('- 마지막 성공: 2026-11-27 09:01 (Asia/Seoul)');
    expect(a).toContain('| 2026-11-27 | 1 | 0 | 7 | 1 |');
    expect(a).toContain('| 2026-11-22 | 1 | 1 | 0 | 0 |');
    expect(a).toContain('| 2026-11-22 09:00 | run | 실패 | 30초 | 0 | 0 | push \\| rejected |');
    expect(a).toContain('- 스냅샷 2개 · 전체 3 KB');
    expect(a).toContain('- 최신: 2026-11-27 09:02 (Asia/Seoul) `snap-2`');
    expect(a).toContain('| disk | 🟡 주의 warn | free disk 15% (warn &lt; 20%, critical &lt; 10%) |');
    expect(a).toContain('최근 실행이 평소 범위 안에 있습니다.');
  });

  it('keeps generated text from closing the region early', () => {
    const evil = [...RUNS, run('2026-11-27', 'failed', 1, 0, 0, 0, `boom ${STATUS_END} after`)];
    const md = buildStatus(input({ runs: evil })).markdown;
    expect(md.split(STATUS_END)).toHaveLength(2);
    expect(md).toContain('boom &lt;!-- wiki-daily:end status --&gt; after');
  });

  it('lists anomalies and uses the real store size when given', () => {
    const { markdown, json } = buildStatus(
      input({
        anomalies: [{ metric: 'durationMs', value: 400000, median: 100000, mad: 5000, z: 40.47 }],
        backupStoreBytes: 5 * 1024 * 1024,
      }),
    );
    expect(json.anomalies).toHaveLength(1);
    expect(markdown).toContain('| durationMs | 400000 | 100000 | 5000 | 40.47 |');
    expect(markdown).toContain('전체 5 MB');
  });

  it('merges into an existing page: replaces the region, keeps text outside, appends once when missing', () => {
    const region = renderStatusRegion(buildStatus(input()).json);
    const page = `# 시스템 상태\n\n손으로 쓴 소개.\n\n${STATUS_BEGIN}\nold\n${STATUS_END}\n\n## 메모\n남겨 두세요.\n`;
    const merged = mergeStatusPage(page, region);
    expect(merged).toBe(`# 시스템 상태\n\n손으로 쓴 소개.\n\n${region}\n\n## 메모\n남겨 두세요.\n`);
    expect(mergeStatusPage(merged, region)).toBe(merged);

    const noRegion = '# 시스템 상태\n\n수동으로 만든 페이지\n';
    const appended = mergeStatusPage(noRegion, region);
    expect(appended).toBe(`# 시스템 상태\n\n수동으로 만든 페이지\n\n${region}\n`);
    expect(mergeStatusPage(appended, region)).toBe(appended);
    expect(buildStatus(input({ existingPage: page })).markdown).toBe(merged);
  });

  it('refuses broken markers, naming file and line', () => {
    const region = renderStatusRegion(buildStatus(input()).json);
    const cases: Array<[string, RegExp]> = [
      [`x\n${STATUS_BEGIN}\nno end\n`, /status\.md:2: .*without/],
      [`x\ny\n${STATUS_END}\n`, /status\.md:3: .*without/],
      [`${STATUS_END}\n${STATUS_BEGIN}\n`, /status\.md:1: .*comes before/],
      [`${STATUS_BEGIN}\n${STATUS_END}\n${STATUS_BEGIN}\n${STATUS_END}\n`, /status\.md:3: more than one/],
    ];
    for (const [text, re] of cases) {
      let err: unknown;
      try {
        mergeStatusPage(text, region, 'pages/system_status.md');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PageError);
      expect((err as Error).message).toMatch(re);
    }
  });
});
