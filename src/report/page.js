import { STATUS_LABELS } from '../pages/daylog.js';
import { ensureRegion, replaceRegion } from '../pages/regions.js';
import { inlineText } from '../pages/sanitize.js';
const REPORT_REGION = 'report';
export const REPORT_BEGIN = `<!-- wiki-daily:begin ${REPORT_REGION} -->`;
export const REPORT_END = `<!-- wiki-daily:end ${REPORT_REGION} -->`;
/** The wiki's one sanitiser for feed-derived text (reasons quote feeds and servers). */
function esc(s) {
    return inlineText(s, 300);
}
export function renderReportRegion(r, newsDir) {
    const failed = r.sources.filter((s) => s.outcome === 'failed');
    const empty = r.sources.filter((s) => s.outcome !== 'failed' && s.items === 0);
    const lines = [
        `## ${r.date}`,
        '',
        `- 상태: ${STATUS_LABELS[r.status]}${r.reason ? ` — ${esc(r.reason)}` : ''}`,
        `- 수집 로그: [${r.date}](../${newsDir}/${r.date}.md)`,
        `- 출처: ${r.sources.length - failed.length}/${r.sources.length} 정상, 항목 ${r.itemsCollected}건`,
        `- 추가된 항목: ${r.itemsAdded}건 (land ${r.lanes.land}, queue ${r.lanes.queue}, pool ${r.lanes.pool}; 중복 ${r.lanes.duplicate}, 무관 ${r.lanes.irrelevant}, 제외 ${r.lanes.discard})`,
    ];
    const pages = Object.entries(r.pages).filter(([, n]) => n > 0).sort();
    if (pages.length) {
        lines.push('', '| 페이지 | 추가 |', '|---|---|');
        for (const [p, n] of pages)
            lines.push(`| [${esc(p)}](../${p}) | ${n} |`);
    }
    if (failed.length) {
        lines.push('', '### 실패한 출처', '');
        for (const s of failed)
            lines.push(`- \`${esc(s.id)}\`: ${esc(s.error ?? 'failed')}`);
    }
    if (empty.length) {
        lines.push('', `빈 응답 출처 ${empty.length}곳: ${empty.map((s) => `\`${esc(s.id)}\``).join(', ')}`);
    }
    return lines.join('\n');
}
/** Replace the report region of the page (or add one once, at the end); text outside is kept. */
export function mergeReportPage(before, region, file = 'pages/daily_report.md') {
    const text = before ?? `# 일일 리포트\n\n자동 생성되는 최신 실행 결과입니다.\n\n${REPORT_BEGIN}\n${REPORT_END}\n`;
    return replaceRegion(ensureRegion(text, REPORT_REGION, undefined, file), REPORT_REGION, `${region}\n`, file);
}
