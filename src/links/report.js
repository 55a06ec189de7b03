/**
 * What a link check shows: the --json value, the terminal text, the job summary, the warning
 * annotations and the report page (pages/link_health.md). Pure. The page holds no date or time, so
 * an identical check leaves it byte for byte as it was (nothing to commit).
 */
import path from 'node:path';
import { pageTitle, relativeLink } from '../pages/indexes.js';
import { ensureRegion, replaceRegion } from '../pages/regions.js';
import { inlineText, safeLink } from '../pages/sanitize.js';
const LINK_HEALTH_REGION = 'link-health';
export function linkReportJson(c) {
    const count = (o) => c.results.filter((r) => r.outcome === o).length;
    const skipped = count('skipped');
    return {
        checked: c.results.length - skipped,
        ok: count('ok'),
        redirected: count('redirected'),
        broken: count('broken'),
        unreachable: count('unreachable'),
        skipped,
        requests: c.requests,
        fromState: c.results.filter((r) => r.fromState).length,
        links: c.results.map((r, i) => ({
            url: r.url,
            outcome: r.outcome,
            status: r.status ?? null,
            ...(r.finalUrl !== undefined ? { finalUrl: r.finalUrl } : {}),
            ...(r.reason !== undefined ? { reason: r.reason } : {}),
            places: c.links[i].places.map((p) => ({ file: p.file, line: p.line })),
        })),
    };
}
const LABEL = {
    ok: '정상 ok',
    redirected: '리디렉션 redirected',
    broken: '깨짐 broken',
    unreachable: '연결 불가 unreachable',
    skipped: '제외 skipped',
};
function countsTable(j) {
    return [
        '| 결과 | 링크 수 |',
        '|---|---:|',
        `| 확인 checked | ${j.checked} |`,
        ...['ok', 'redirected', 'broken', 'unreachable', 'skipped'].map((o) => `| ${LABEL[o]} | ${j[o]} |`),
    ];
}
/** `<url>` when the URL can be written safely, else the URL as escaped text. */
function urlText(url) {
    const safe = safeLink(url);
    return safe ? `<${safe}>` : inlineText(url, 200);
}
function problemText(r) {
    if (r.outcome === 'broken')
        return `깨짐 (HTTP ${r.status ?? '?'})`;
    return `연결 불가 (${inlineText(r.reason ?? 'no answer', 120)})`;
}
/** The body of the report region (LF). `pages` gives page titles for the group headings. */
export function renderLinkHealthBody(c, reportPage, pages) {
    const j = linkReportJson(c);
    const out = [...countsTable(j), ''];
    const bad = new Map();
    const redirected = [];
    c.results.forEach((r, i) => {
        const places = c.links[i].places;
        if (r.outcome === 'redirected')
            redirected.push({ result: r, places });
        if (r.outcome !== 'broken' && r.outcome !== 'unreachable')
            return;
        for (const place of places) {
            const list = bad.get(place.file) ?? [];
            list.push({ place, result: r });
            bad.set(place.file, list);
        }
    });
    out.push('## 깨진 링크와 연결 불가', '');
    if (bad.size === 0)
        out.push('없음.', '');
    for (const file of [...bad.keys()].sort()) {
        const title = inlineText(pageTitle(pages.get(file) ?? '') ?? path.posix.basename(file, '.md'), 100);
        out.push(`### [${title}](${relativeLink(reportPage, file)})`, '');
        const rows = bad.get(file).sort((a, b) => a.place.line - b.place.line || (a.result.url < b.result.url ? -1 : 1));
        for (const { place, result } of rows) {
            const entry = place.title ? ` ${inlineText(place.title, 120)} —` : '';
            out.push(`- ${place.line}행:${entry} ${urlText(result.url)} — ${problemText(result)}`);
        }
        out.push('');
    }
    out.push('## 리디렉션', '');
    if (redirected.length === 0)
        out.push('없음.', '');
    else {
        for (const { result, places } of redirected) {
            const where = places.map((p) => `${inlineText(p.file, 200)}:${p.line}`).join(', ');
            out.push(`- ${urlText(result.url)} → ${urlText(result.finalUrl ?? '')} (${where})`);
        }
        out.push('');
    }
    while (out[out.length - 1] === '')
        out.pop();
    return `${out.join('\n')}\n`;
}
const SKELETON = (name) => `# 링크 상태\n\n위키 문서의 링크를 \`wiki-daily links\`가 확인한 결과입니다. 자동으로 다시 쓰는 부분은 아래 영역뿐입니다.\n\n<!-- wiki-daily:begin ${name} -->\n<!-- wiki-daily:end ${name} -->\n`;
/** The report page: the existing page with its region replaced (text outside it kept), or a new page. */
export function renderLinkHealthPage(existing, body, file) {
    const text = ensureRegion(existing ?? SKELETON(LINK_HEALTH_REGION), LINK_HEALTH_REGION, undefined, file);
    return replaceRegion(text, LINK_HEALTH_REGION, body, file);
}
export function renderLinkText(j, c) {
    const lines = [
        `links: ${j.checked} checked — ${j.ok} ok, ${j.redirected} redirected, ${j.broken} broken, ${j.unreachable} unreachable; ${j.skipped} skipped ` +
            `(${j.requests} requests, ${j.fromState} answers kept from an earlier check)`,
    ];
    c.results.forEach((r, i) => {
        if (r.outcome !== 'broken' && r.outcome !== 'unreachable')
            return;
        for (const p of c.links[i].places)
            lines.push(`  ${p.file}:${p.line}: ${r.outcome} ${r.url}${r.status ? ` (HTTP ${r.status})` : r.reason ? ` (${r.reason})` : ''}`);
    });
    return lines.join('\n');
}
/** A markdown table cell: one line, pipes escaped. */
function cell(s) {
    return inlineText(s, 300);
}
export function renderLinkSummary(j, c, maxRows = 100) {
    const out = ['## wiki-daily links', '', ...countsTable(j), ''];
    const rows = [];
    c.results.forEach((r, i) => {
        if (r.outcome !== 'broken' && r.outcome !== 'unreachable')
            return;
        for (const p of c.links[i].places) {
            rows.push(`| ${cell(`${p.file}:${p.line}`)} | ${r.outcome} | ${r.status ?? ''} | ${cell(r.url)} | ${cell(p.title ?? '')} |`);
        }
    });
    if (rows.length) {
        out.push('| place | outcome | status | link | entry |', '|---|---|---:|---|---|', ...rows.slice(0, maxRows));
        if (rows.length > maxRows)
            out.push('', `… and ${rows.length - maxRows} more (see the report page)`);
        out.push('');
    }
    return out.join('\n');
}
/** One warning per place of a broken link, at most `max`. */
export function linkAnnotations(c, max) {
    const out = [];
    c.results.forEach((r, i) => {
        if (r.outcome !== 'broken')
            return;
        for (const p of c.links[i].places) {
            out.push({ file: p.file, line: p.line, title: 'broken link', message: `broken link (HTTP ${r.status ?? '?'}): ${r.url}` });
        }
    });
    return out.slice(0, max);
}
