/**
 * The system status page (pages/system_status.md) and its JSON twin (`wiki-daily status --json`):
 * recent run statistics, items per day, backups, health checks and anomalies.
 *
 * Deterministic given its input (no clock, no environment), so the same history renders the same
 * page byte for byte. Everything generated lives in one managed region; text people write outside
 * it survives every update.
 */
import { PageError } from '../errors.js';
import { localDate, localDateTime } from '../time.js';
import { median } from './anomaly.js';
import { computeSlo, renderSloSection } from './slo.js';
export const STATUS_BEGIN = '<!-- wiki-daily:begin status -->';
export const STATUS_END = '<!-- wiki-daily:end status -->';
const STATUS_TITLE = '# 시스템 상태';
/** Runs the statistics look back on. */
const STATUS_RUN_WINDOW = 30;
/** Days in the items-per-day table. */
const STATUS_DAYS = 14;
/** Rows in the recent-runs table. */
const STATUS_RECENT_ROWS = 10;
/** The status page's targets from the config (the callers spread this into StatusInput). */
export function statusTargets(config) {
    return {
        successRatePct: config.monitoring.sloSuccessRatePct,
        cacheHitRatePct: config.monitoring.cacheHitRateTargetPct,
        backupBudgetBytes: config.backup.maxSizeMb * 1024 * 1024,
        runBudgetMs: config.schedule.runBudgetMinutes * 60_000,
    };
}
function isWorkRun(r) {
    return r.status !== 'skipped' && r.status !== 'running';
}
function round1(n) {
    return Math.round(n * 10) / 10;
}
/** Nearest-rank percentile (no interpolation, so the value is always a real run's duration). */
export function percentileNearestRank(values, p) {
    if (values.length === 0)
        return Number.NaN;
    const s = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * s.length));
    return s[rank - 1];
}
function shiftDate(date, days) {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
function computeRunStats(runs) {
    const window = runs.filter(isWorkRun).slice(-STATUS_RUN_WINDOW);
    const count = (s) => window.filter((r) => r.status === s).length;
    const durations = window.map((r) => r.durationMs);
    const stats = {
        considered: window.length,
        success: count('success'),
        partial: count('partial'),
        failed: count('failed'),
        skipped: runs.filter((r) => r.status === 'skipped').length,
        successRatePct: window.length ? round1((count('success') / window.length) * 100) : null,
        durationMedianMs: window.length ? median(durations) : null,
        durationP95Ms: window.length ? percentileNearestRank(durations, 95) : null,
        cacheHitRateAvgPct: window.length
            ? round1((window.reduce((sum, r) => sum + r.cacheHitRate, 0) / window.length) * 100)
            : null,
    };
    const last = runs.at(-1);
    if (last)
        stats.lastRun = last;
    const lastSuccess = runs.filter((r) => r.status === 'success' || r.status === 'partial').at(-1);
    if (lastSuccess)
        stats.lastSuccessAt = lastSuccess.finishedAt;
    return stats;
}
function itemsPerDay(runs, today, days = STATUS_DAYS) {
    const out = [];
    for (let i = 0; i < days; i++) {
        const date = shiftDate(today, -i);
        const those = runs.filter((r) => r.date === date && isWorkRun(r));
        out.push({
            date,
            runs: those.length,
            failed: those.filter((r) => r.status === 'failed').length,
            itemsCollected: those.reduce((s, r) => s + r.itemsCollected, 0),
            itemsAdded: those.reduce((s, r) => s + r.itemsAdded, 0),
        });
    }
    return out;
}
function buildStatusJson(input) {
    const today = localDate(input.now, input.timezone);
    const backups = [...input.backups].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    const newest = backups.at(-1);
    const backupInfo = {
        count: backups.length,
        totalBytes: input.backupStoreBytes ?? backups.reduce((s, b) => s + b.bytes, 0),
    };
    if (newest) {
        backupInfo.newestId = newest.id;
        backupInfo.newestAt = newest.createdAt;
    }
    return {
        generatedAt: new Date(input.now).toISOString(),
        timezone: input.timezone,
        level: input.health.level,
        runs: computeRunStats(input.runs),
        itemsPerDay: itemsPerDay(input.runs, today),
        recentRuns: input.runs.slice(-STATUS_RECENT_ROWS).reverse(),
        backups: backupInfo,
        checks: input.health.checks,
        anomalies: input.anomalies ?? [],
        slo: computeSlo({
            history: input.runs,
            ...(input.dayLogRuns ? { dayLogs: input.dayLogRuns } : {}),
            today,
            backupStoreBytes: backupInfo.totalBytes,
            ...(input.targets ? { targets: input.targets } : {}),
        }),
    };
}
const LEVEL_KO = { ok: '🟢 정상 ok', warn: '🟡 주의 warn', critical: '🔴 위험 critical' };
const STATUS_KO = {
    success: '성공',
    partial: '부분성공',
    failed: '실패',
    skipped: '건너뜀',
    running: '진행중',
};
/** Table cells: no pipes, no line breaks, no HTML, bounded length. */
function cell(s, max = 200) {
    const flat = s.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
export function formatDuration(ms) {
    if (ms < 60_000)
        return `${round1(ms / 1000)}초`;
    const totalSeconds = Math.round(ms / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    return h > 0 ? `${h}시간 ${m}분 ${s}초` : `${m}분 ${s}초`;
}
export function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KB', 'MB', 'GB', 'TB'];
    let v = bytes / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${round1(v)} ${units[i]}`;
}
function orDash(v, f) {
    return v === null || v === undefined ? '—' : f(v);
}
/** The managed region, markers included. */
export function renderStatusRegion(json) {
    const tz = json.timezone;
    const r = json.runs;
    const when = (iso) => `${localDateTime(iso, tz)} (${tz})`;
    const lines = [
        STATUS_BEGIN,
        // No "generated at" time: the page changes only when its data does (the last run is data).
        `상태 종합: **${LEVEL_KO[json.level]}** · 기준: 마지막 실행 ${orDash(r.lastRun?.finishedAt, when)}`,
        '',
        `## 최근 실행 (최근 ${STATUS_RUN_WINDOW}회 기준)`,
        '',
        `- 실행 ${r.considered}회: 성공 ${r.success} · 부분성공 ${r.partial} · 실패 ${r.failed}` +
            (r.skipped ? ` (건너뜀 ${r.skipped}회는 제외)` : ''),
        `- 성공률: ${orDash(r.successRatePct, (v) => `${v}%`)}`,
        `- 소요 시간: 중앙값 ${orDash(r.durationMedianMs, formatDuration)} · p95 ${orDash(r.durationP95Ms, formatDuration)}`,
        `- 캐시 적중률 평균: ${orDash(r.cacheHitRateAvgPct, (v) => `${v}%`)}`,
        `- 마지막 성공: ${orDash(r.lastSuccessAt, when)}`,
    ];
    if (json.recentRuns.length) {
        lines.push('', '| 시작 | 명령 | 상태 | 소요 | 수집 | 추가 | 사유 |', '|---|---|---|---:|---:|---:|---|');
        for (const run of json.recentRuns) {
            lines.push(`| ${localDateTime(run.startedAt, tz)} | ${cell(run.command)} | ${STATUS_KO[run.status] ?? run.status} | ` +
                `${formatDuration(run.durationMs)} | ${run.itemsCollected} | ${run.itemsAdded} | ${cell(run.reason ?? '')} |`);
        }
    }
    lines.push('', ...renderSloSection(json.slo));
    lines.push('', `## 일별 항목 (최근 ${json.itemsPerDay.length}일)`, '');
    lines.push('| 날짜 | 실행 | 실패 | 수집 | 추가 |', '|---|---:|---:|---:|---:|');
    for (const d of json.itemsPerDay) {
        lines.push(`| ${d.date} | ${d.runs} | ${d.failed} | ${d.itemsCollected} | ${d.itemsAdded} |`);
    }
    const b = json.backups;
    lines.push('', '## 백업', '', `- 스냅샷 ${b.count}개 · 전체 ${formatBytes(b.totalBytes)}`, `- 최신: ${b.newestAt ? `${when(b.newestAt)} \`${cell(b.newestId ?? '', 80)}\`` : '없음'}`);
    lines.push('', '## 상태 점검', '', '| 항목 | 상태 | 내용 |', '|---|---|---|');
    for (const c of json.checks)
        lines.push(`| ${cell(c.name, 80)} | ${LEVEL_KO[c.level]} | ${cell(c.reason, 400)} |`);
    lines.push('', '## 이상 징후', '');
    if (json.anomalies.length === 0) {
        lines.push('최근 실행이 평소 범위 안에 있습니다.');
    }
    else {
        lines.push('| 지표 | 값 | 중앙값 | MAD | robust z |', '|---|---:|---:|---:|---:|');
        for (const a of json.anomalies)
            lines.push(`| ${cell(a.metric, 80)} | ${a.value} | ${a.median} | ${a.mad} | ${a.z} |`);
    }
    lines.push(STATUS_END);
    return lines.join('\n');
}
function markerLines(text, marker) {
    const out = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === marker)
            out.push(i + 1);
    });
    return out;
}
/**
 * Put the region into the existing page text: replace the region when the page has one, append it
 * once at the end when it has none, or build a new page. Broken markers (a begin without an end, an
 * end first, two regions) are an error naming the line: guessing would duplicate or eat text.
 */
export function mergeStatusPage(existing, region, file = 'pages/system_status.md') {
    if (existing === undefined || existing.trim() === '')
        return `${STATUS_TITLE}\n\n${region}\n`;
    const begins = markerLines(existing, STATUS_BEGIN);
    const ends = markerLines(existing, STATUS_END);
    if (begins.length > 1)
        throw new PageError(`more than one "${STATUS_BEGIN}" marker`, file, begins[1]);
    if (ends.length > 1)
        throw new PageError(`more than one "${STATUS_END}" marker`, file, ends[1]);
    if (begins.length === 0 && ends.length === 0)
        return `${existing.replace(/\n*$/, '\n')}\n${region}\n`;
    if (begins.length === 0)
        throw new PageError(`"${STATUS_END}" without "${STATUS_BEGIN}"`, file, ends[0]);
    if (ends.length === 0)
        throw new PageError(`"${STATUS_BEGIN}" without "${STATUS_END}"`, file, begins[0]);
    if (ends[0] < begins[0])
        throw new PageError(`"${STATUS_END}" comes before "${STATUS_BEGIN}"`, file, ends[0]);
    const lines = existing.split('\n');
    const before = lines.slice(0, begins[0] - 1);
    const after = lines.slice(ends[0]);
    return [...before, region, ...after].join('\n');
}
/** The JSON and the page text: a new page, or `existingPage` with its status region replaced or appended. */
export function buildStatus(input) {
    const json = buildStatusJson(input);
    return { json, markdown: mergeStatusPage(input.existingPage, renderStatusRegion(json), input.pageFile) };
}
