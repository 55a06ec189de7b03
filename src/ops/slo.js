/**
 * What the operations guide measures the system against, computed from the committed day logs and the
 * run history (pure, no clock: `today` is given): availability over 7/30/90 days against 99.9 %, runs
 * per day, the run duration trend, the predicted duration of the next run, the cache hit rate against
 * 80 % and the backup store against its 500 MB budget.
 *
 * The day logs are the durable record (one status per day, committed); the run history (state folder,
 * may be lost) adds every run of a day, durations and cache figures. A day with history uses the
 * history; a day known only from its log counts as one run with the log's status.
 */
import { median, medianAbsoluteDeviation } from './anomaly.js';
const SLO_WINDOWS = [7, 30, 90];
/** Points in the duration trend chart. */
const TREND_POINTS = 30;
/** The next run's predicted upper bound (median + 3·MAD) above this share of the budget warns. */
const BUDGET_WARN_SHARE = 0.8;
const DEFAULT_TARGETS = {
    successRatePct: 99.9,
    cacheHitRatePct: 80,
    backupBudgetBytes: 500 * 1024 * 1024,
    runBudgetMs: 120 * 60_000,
};
function shiftDate(date, days) {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
const round2 = (n) => Math.round(n * 100) / 100;
function isWork(r) {
    return r.command === 'run' && r.status !== 'skipped' && r.status !== 'running';
}
/** One list of work runs: every history run, plus one per day that only the day logs know. */
export function mergeRuns(history, dayLogs) {
    const work = history.filter(isWork);
    const known = new Set(work.map((r) => r.date));
    return [...work, ...dayLogs.filter((r) => isWork(r) && !known.has(r.date))].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}
export function computeSlo(input) {
    const targets = { ...DEFAULT_TARGETS, ...input.targets };
    const runs = mergeRuns(input.history, input.dayLogs ?? []);
    const windows = SLO_WINDOWS.map((days) => {
        const from = shiftDate(input.today, -(days - 1));
        const those = runs.filter((r) => r.date >= from && r.date <= input.today);
        const succeeded = those.filter((r) => r.status === 'success' || r.status === 'partial').length;
        const rate = those.length ? round2((succeeded / those.length) * 100) : null;
        return {
            days,
            runs: those.length,
            succeeded,
            failed: those.length - succeeded,
            successRatePct: rate,
            runsPerDay: round2(those.length / days),
            meetsTarget: rate === null ? null : rate >= targets.successRatePct,
        };
    });
    // Durations and cache figures exist only in the run history (a day log has neither).
    const timed = input.history.filter((r) => isWork(r) && r.durationMs > 0);
    const trend = timed.slice(-TREND_POINTS).map((r) => ({ date: r.date, minutes: round2(r.durationMs / 60_000) }));
    let prediction = null;
    if (timed.length >= 3) {
        const durations = timed.slice(-TREND_POINTS).map((r) => r.durationMs);
        const med = median(durations);
        const spread = medianAbsoluteDeviation(durations, med);
        const upper = med + 3 * spread;
        prediction = {
            basis: durations.length,
            medianMs: Math.round(med),
            spreadMs: Math.round(spread),
            upperMs: Math.round(upper),
            budgetMs: targets.runBudgetMs,
            nearBudget: upper >= BUDGET_WARN_SHARE * targets.runBudgetMs,
        };
    }
    const cached = input.history.filter(isWork).slice(-TREND_POINTS);
    const hit = cached.length ? round2((cached.reduce((s, r) => s + r.cacheHitRate, 0) / cached.length) * 100) : null;
    return {
        targets,
        windows,
        trend,
        prediction,
        cache: { hitRatePct: hit, meetsTarget: hit === null ? null : hit >= targets.cacheHitRatePct, basis: cached.length },
        backup: { bytes: input.backupStoreBytes, budgetBytes: targets.backupBudgetBytes, meetsTarget: input.backupStoreBytes <= targets.backupBudgetBytes },
    };
}
const mark = (ok) => (ok === null ? '—' : ok ? '✅' : '⚠️');
function minutesText(ms) {
    return `${round2(ms / 60_000)}분`;
}
function mb(bytes) {
    return `${round2(bytes / (1024 * 1024))} MB`;
}
/** The SLO section of the status page (markdown lines; deterministic for the same input). */
export function renderSloSection(slo) {
    const t = slo.targets;
    const lines = ['## 목표 대비 (SLO)', '', `| 기간 | 실행 | 성공 | 실패 | 성공률 | 목표 ${t.successRatePct}% | 하루 실행 |`, '|---|---:|---:|---:|---:|:---:|---:|'];
    for (const w of slo.windows)
        lines.push(`| ${w.days}일 | ${w.runs} | ${w.succeeded} | ${w.failed} | ${w.successRatePct === null ? '—' : `${w.successRatePct}%`} | ${mark(w.meetsTarget)} | ${w.runsPerDay} |`);
    lines.push('');
    const c = slo.cache;
    lines.push(`- 캐시 적중률 (최근 ${c.basis}회): ${c.hitRatePct === null ? '—' : `${c.hitRatePct}%`} · 목표 ≥ ${t.cacheHitRatePct}% ${mark(c.meetsTarget)}`);
    const b = slo.backup;
    lines.push(`- 백업 저장소: ${mb(b.bytes)} · 한도 ≤ ${mb(b.budgetBytes)} ${mark(b.meetsTarget)}`);
    const p = slo.prediction;
    if (p) {
        lines.push(`- 다음 실행 예상 소요: 중앙값 ${minutesText(p.medianMs)} ± ${minutesText(p.spreadMs)} (MAD, 최근 ${p.basis}회) · 상한 ${minutesText(p.upperMs)} / 예산 ${minutesText(p.budgetMs)}`);
        if (p.nearBudget)
            lines.push('', `> [!WARNING]`, `> 다음 실행이 실행 예산(${minutesText(p.budgetMs)})의 ${BUDGET_WARN_SHARE * 100}%를 넘을 수 있습니다 (예상 상한 ${minutesText(p.upperMs)}).`);
    }
    else {
        lines.push('- 다음 실행 예상 소요: — (기록된 실행 3회 미만)');
    }
    if (slo.trend.length >= 2) {
        const max = Math.max(...slo.trend.map((x) => x.minutes));
        const top = Math.max(1, Math.ceil(max * 1.2));
        lines.push('', '### 실행 시간 추이', '', '```mermaid', 'xychart-beta', '    title "Run duration (minutes)"', `    x-axis [${slo.trend.map((x) => `"${x.date.slice(5)}"`).join(', ')}]`, `    y-axis "minutes" 0 --> ${top}`, `    line [${slo.trend.map((x) => x.minutes).join(', ')}]`, '```');
    }
    return lines;
}
