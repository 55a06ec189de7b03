import { PageError } from '../errors.js';
import { zonedToUtc } from '../time.js';
import { ensureRegion, regionBody, replaceRegion } from './regions.js';
import { inlineText, safeLink } from './sanitize.js';
export const DAYLOG_REGION = 'daylog';
const HISTORY_REGION = 'daylog:history';
const ITEMS_REGION = 'daylog:items';
const HISTORY_HEADING = '## 실행 기록';
const ITEMS_HEADING = '## 수집 항목';
/** Heading used only when an existing file (e.g. written by hand) lacks the status region. */
const STATUS_HEADING = '## 상태';
export const STATUS_LABELS = {
    running: '진행중 running',
    success: '성공 success',
    partial: '부분성공 partial',
    failed: '실패 failed',
    skipped: '건너뜀 skipped',
};
const STATUS_KEY = '상태';
const PREVIOUS_KEY = '직전 상태';
const REASON_KEY = '사유';
const SOURCES_KEY = '소스';
export function dayLogPath(newsDir, date) {
    return `${newsDir.replace(/\/+$/, '')}/${date}.md`;
}
/** `ok (N items)`, `failed: reason` or `empty: no parseable items`: a failed or empty source is never "ok". */
export function sourceResult(s) {
    if (s.outcome === 'failed')
        return `failed: ${s.error?.trim() || 'unknown error'}`;
    if (s.items <= 0)
        return 'empty: no parseable items';
    return `ok (${s.items} items)`;
}
export function isSourceOk(s) {
    return sourceResult(s).startsWith('ok ');
}
function statusLine(status) {
    return `- ${STATUS_KEY}: ${STATUS_LABELS[status]}`;
}
/** The status region body (LF): status, reason, source summary and the per-source table. */
export function renderStatusBody(status, reason, sources) {
    const lines = [statusLine(status)];
    const why = reason === undefined ? '' : inlineText(reason, 300);
    if (why)
        lines.push(`- ${REASON_KEY}: ${why}`);
    if (sources.length === 0) {
        lines.push(`- ${SOURCES_KEY}: 없음`);
        return lines.join('\n') + '\n';
    }
    const ok = sources.filter(isSourceOk).length;
    lines.push(`- ${SOURCES_KEY}: 정상 ${ok} / 전체 ${sources.length}`, '', '| 소스 | 종류 | 결과 |', '| --- | --- | --- |');
    for (const s of sources) {
        lines.push(`| ${codeOrText(s.id)} | ${inlineText(s.kind, 40)} | ${inlineText(sourceResult(s), 300)} |`);
    }
    return lines.join('\n') + '\n';
}
function codeOrText(s) {
    const plain = s.replace(/[\r\n|]/g, ' ');
    return /^[\w.:/@-]+$/.test(plain) && plain.length <= 100 ? `\`${plain}\`` : inlineText(s, 100);
}
export function historyLine(time, status, added, ok, total) {
    return `- ${time} ${status}, +${added} items, sources ${ok}/${total}`;
}
/** `- [outlet] [title](url) (kind → page)`; the outlet brackets are escaped so they never form a link. */
export function dayLogItemLine(item, maxTitleLength) {
    const url = safeLink(item.url);
    const title = inlineText(item.title, maxTitleLength) || '(제목 없음)';
    const link = url ? `[${title}](${url})` : title;
    return `- \\[${inlineText(item.outlet, 80) || '-'}\\] ${link} (${inlineText(item.kind, 40) || '-'} → ${codeOrText(item.page)})`;
}
export function newDayLog(date) {
    return [
        `# ${date} 수집 로그`,
        '',
        `<!-- wiki-daily:begin ${DAYLOG_REGION} -->`,
        `<!-- wiki-daily:end ${DAYLOG_REGION} -->`,
        '',
        HISTORY_HEADING,
        '',
        `<!-- wiki-daily:begin ${HISTORY_REGION} -->`,
        `<!-- wiki-daily:end ${HISTORY_REGION} -->`,
        '',
        ITEMS_HEADING,
        '',
        `<!-- wiki-daily:begin ${ITEMS_REGION} -->`,
        `<!-- wiki-daily:end ${ITEMS_REGION} -->`,
        '',
    ].join('\n');
}
const STATUSES = ['running', 'success', 'partial', 'failed', 'skipped'];
function statusFromLabel(value) {
    const english = /\b(running|success|partial|failed|skipped)\b/i.exec(value);
    if (english)
        return english[1].toLowerCase();
    // Korean labels alone; 부분성공 is checked before 성공, which it contains.
    const korean = [['진행중', 'running'], ['부분성공', 'partial'], ['성공', 'success'], ['실패', 'failed'], ['건너뜀', 'skipped']];
    return korean.find(([k]) => value.includes(k))?.[1];
}
function field(lines, key) {
    const re = new RegExp(`^- ${key}:\\s*(.*)$`);
    for (const l of lines) {
        const m = re.exec(l);
        if (m)
            return m[1].trim();
    }
    return undefined;
}
function linesOf(body) {
    if (!body)
        return [];
    return body.replace(/\n$/, '').split('\n');
}
const HISTORY = /^- (\d{2}):(\d{2}) ([a-z]+)\b/;
const HISTORY_COUNTS = /, \+(\d+) items?, sources (\d+)\/(\d+)/;
/**
 * Read a day log back: status, reason, source rows, history and item lines (skip guard and crash
 * recovery use these). History times are local; with `timeZone`, `lastRunAt` gives the instant.
 */
export function parseDayLog(text, file, timeZone) {
    const status = linesOf(regionBody(text, DAYLOG_REGION, file));
    const statusValue = field(status, STATUS_KEY);
    const previousValue = field(status, PREVIOUS_KEY);
    const reason = field(status, REASON_KEY);
    const sources = [];
    for (const l of status) {
        const m = /^\|\s*(.+?)\s*\|\s*(.+?)\s*\|\s*(.+?)\s*\|$/.exec(l);
        if (!m || m[1] === '소스' || /^-+$/.test(m[1]))
            continue;
        sources.push({ id: m[1].replace(/^`(.*)`$/, '$1'), kind: m[2], result: m[3] });
    }
    const history = linesOf(regionBody(text, HISTORY_REGION, file))
        .filter((l) => l.startsWith('- '))
        .map((line) => {
        const m = HISTORY.exec(line);
        if (!m)
            return { line };
        const st = STATUSES.find((s) => s === m[3]);
        const c = HISTORY_COUNTS.exec(line);
        return {
            line,
            time: `${m[1]}:${m[2]}`,
            ...(st ? { status: st } : {}),
            ...(c ? { added: Number(c[1]), ok: Number(c[2]), total: Number(c[3]) } : {}),
        };
    });
    const items = linesOf(regionBody(text, ITEMS_REGION, file)).filter((l) => l.startsWith('- '));
    const out = { sources, history, items };
    const st = statusValue === undefined ? undefined : statusFromLabel(statusValue);
    if (st)
        out.status = st;
    const prev = previousValue === undefined ? undefined : statusFromLabel(previousValue);
    if (prev)
        out.previousStatus = prev;
    if (reason !== undefined)
        out.reason = reason;
    const last = [...history].reverse().find((h) => h.time !== undefined);
    if (last?.time) {
        out.lastRunTime = last.time;
        const date = /^# (\d{4})-(\d{2})-(\d{2})/m.exec(text) ?? /(\d{4})-(\d{2})-(\d{2})\.md$/.exec(file);
        if (date && timeZone) {
            const [h, mi] = last.time.split(':').map(Number);
            out.lastRunAt = zonedToUtc(Number(date[1]), Number(date[2]), Number(date[3]), h, mi, 0, timeZone).toISOString();
        }
    }
    return out;
}
/** Add the three regions to a day log that lacks them (a new file gets the standard layout). */
function withRegions(existing, date, file) {
    let text = existing ?? newDayLog(date);
    text = ensureRegion(text, DAYLOG_REGION, STATUS_HEADING, file);
    text = ensureRegion(text, HISTORY_REGION, HISTORY_HEADING, file);
    return ensureRegion(text, ITEMS_REGION, ITEMS_HEADING, file);
}
/**
 * The status region as it was before the current run marked it running (undefined when there is
 * no settled state to compare with: no file, no region, or running without a previous status).
 */
export function settledStatusBody(text, file) {
    if (text === undefined)
        return undefined;
    const body = regionBody(text, DAYLOG_REGION, file);
    if (body === undefined)
        return undefined;
    const lines = linesOf(body);
    const current = field(lines, STATUS_KEY);
    if (current === undefined || statusFromLabel(current) !== 'running')
        return body;
    const prevIndex = lines.findIndex((l) => l.startsWith(`- ${PREVIOUS_KEY}:`));
    if (prevIndex === -1)
        return undefined;
    const prev = statusFromLabel(lines[prevIndex].slice(`- ${PREVIOUS_KEY}:`.length));
    if (!prev)
        return undefined;
    const statusIndex = lines.findIndex((l) => l.startsWith(`- ${STATUS_KEY}:`));
    const restored = lines.filter((_, i) => i !== prevIndex);
    restored[statusIndex < prevIndex ? statusIndex : statusIndex - 1] = statusLine(prev);
    return restored.join('\n') + '\n';
}
/** Marks a cut-off item list; the number counts items written but not listed. */
const OVERFLOW = /^- … 외 (\d+)건/;
/** Write the status region and append history/item lines; text outside the regions is untouched. */
export function updateDayLog(existing, file, update) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(update.date))
        throw new PageError(`invalid day log date ${JSON.stringify(update.date)}`, file);
    let text = withRegions(existing, update.date, file);
    text = replaceRegion(text, DAYLOG_REGION, update.statusBody, file);
    if (update.historyLine) {
        const lines = linesOf(regionBody(text, HISTORY_REGION, file));
        text = replaceRegion(text, HISTORY_REGION, [...lines, update.historyLine].join('\n'), file);
    }
    if (update.itemLines && update.itemLines.length > 0) {
        const lines = linesOf(regionBody(text, ITEMS_REGION, file));
        let overflow = 0;
        const kept = [];
        for (const l of lines) {
            const m = OVERFLOW.exec(l);
            if (m)
                overflow += Number(m[1]);
            else
                kept.push(l);
        }
        const listed = kept.filter((l) => l.startsWith('- ')).length;
        const room = Math.max(0, update.maxItems - listed);
        const fits = update.itemLines.slice(0, room);
        overflow += update.itemLines.length - fits.length;
        const out = [...kept, ...fits];
        if (overflow > 0)
            out.push(`- … 외 ${overflow}건 (목록 생략)`);
        text = replaceRegion(text, ITEMS_REGION, out.join('\n'), file);
    }
    return text;
}
