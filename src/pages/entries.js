/**
 * Entry blocks inside an `entries:SECTION` region, grouped under `## YYYY` headings (years
 * descending, entries newest first within a year):
 *
 *   - 날짜: 2026-11-26
 *     - 매체: ELLE Korea
 *     - 구분: pictorial
 *     - 제목: <sanitised title>
 *     - 링크(원문): <https://…>
 *     - 상태: 보도(1차)
 *     - id: e0123456789ab
 *
 * People edit these blocks. Merging therefore never rewrites what is there: existing lines are
 * kept exactly (in their order, even when unsorted or unknown), and new blocks are inserted at
 * the first place where the sort order (date desc, undated last, then id) puts them.
 */
import { WikiDailyError } from '../errors.js';
import { FenceTracker } from './lines.js';
import { inlineText, safeLink } from './sanitize.js';
const ENTRY_LABELS = {
    date: '날짜',
    outlet: '매체',
    kind: '구분',
    title: '제목',
    link: '링크(원문)',
    confidence: '상태',
    id: 'id',
};
/** Written as the date of an entry whose source gave none. */
const UNKNOWN_DATE = '미상';
export const UNTITLED = '(제목 없음)';
/**
 * The checkbox lines of a queue/pool entry: ticking one (`[x]`) in GitHub's web editor promotes or
 * rejects the entry on the next run (src/curate/curate.ts).
 */
const CURATION_LINES = ['  - [ ] 승격 promote', '  - [ ] 제외 reject'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export function isEntryDate(s) {
    return typeof s === 'string' && DATE.test(s);
}
/** The block of one entry, LF line breaks, no trailing newline. Throws when the URL is not a safe http(s) link. */
export function formatEntry(e, options = {}) {
    const link = safeLink(e.url);
    if (!link)
        throw new WikiDailyError(`entry ${e.id}: no safe http(s) link (${JSON.stringify(e.url.slice(0, 100))})`);
    // The id is written verbatim and read back by scanExisting; anything else could break the block.
    if (!/^e[0-9a-z]+$/i.test(e.id))
        throw new WikiDailyError(`entry id ${JSON.stringify(e.id)} is not "e" followed by letters/digits`);
    const title = inlineText(e.title, options.maxTitleLength ?? 200) || UNTITLED;
    return [
        `- ${ENTRY_LABELS.date}: ${isEntryDate(e.date) ? e.date : UNKNOWN_DATE}`,
        `  - ${ENTRY_LABELS.outlet}: ${inlineText(e.outlet, 80) || '-'}`,
        `  - ${ENTRY_LABELS.kind}: ${inlineText(e.kind, 40) || '-'}`,
        `  - ${ENTRY_LABELS.title}: ${title}`,
        `  - ${ENTRY_LABELS.link}: <${link}>`,
        `  - ${ENTRY_LABELS.confidence}: ${inlineText(e.confidence, 40) || '-'}`,
        `  - ${ENTRY_LABELS.id}: ${e.id}`,
        ...(e.curation ? CURATION_LINES : []),
    ].join('\n');
}
const FIELD = /^([ \t]*)[-*+][ \t]+([^:：\n]{1,20}?)[ \t]*[:：][ \t]*(.*)$/;
const KNOWN_LABELS = new Map([
    ['날짜', 'date'],
    ['매체', 'outlet'],
    ['구분', 'kind'],
    ['제목', 'title'],
    ['링크(원문)', 'link'],
    ['링크', 'link'],
    ['원문', 'link'],
    ['상태', 'confidence'],
    ['id', 'id'],
    ['ID', 'id'],
]);
// Year headings are `## YYYY` in a page's own region, one level deeper inside a region that sits
// under a `###` heading (works.md: `### 무빙` → `#### 2026`), so the page outline stays well-formed.
const YEAR_HEADING = /^#{2,6}[ \t]+(\d{4})[ \t]*#*[ \t]*$/;
const SECTION_HEADING = /^#{2,6}[ \t]/;
/** The URL of a link field written as `<url>`, `[text](url)` or a bare URL. */
function linkFieldUrl(value) {
    const angle = /<(https?:\/\/[^>\s]+)>/i.exec(value);
    if (angle)
        return angle[1];
    const md = /\]\(\s*<?(https?:\/\/[^\s)>]+)/i.exec(value);
    if (md)
        return md[1];
    const bare = /https?:\/\/[^\s<>()]+/i.exec(value);
    return bare?.[0];
}
function bodyLines(body) {
    if (body === '')
        return [];
    const lf = body.replace(/\r\n/g, '\n');
    return (lf.endsWith('\n') ? lf.slice(0, -1) : lf).split('\n');
}
/** `year`: the year heading above the first line (when analysing part of a region). */
function analyse(lines, initialYear) {
    const blocks = [];
    const headings = [];
    const fence = new FenceTracker();
    let year = initialYear;
    let current;
    const close = () => {
        if (current)
            blocks.push(current);
        current = undefined;
    };
    lines.forEach((text, i) => {
        if (fence.push(text)) {
            close();
            return;
        }
        if (SECTION_HEADING.test(text)) {
            close();
            const y = YEAR_HEADING.exec(text);
            year = y ? Number(y[1]) : undefined;
            const level = /^#+/.exec(text)[0].length;
            headings.push(year === undefined ? { index: i, level } : { index: i, level, year });
            return;
        }
        const f = FIELD.exec(text);
        const label = f?.[2]?.trim();
        const key = label === undefined ? undefined : KNOWN_LABELS.get(label);
        if (f && f[1] === '' && key) {
            close();
            current = {
                start: i,
                end: i + 1,
                entry: { line: i + 1, endLine: i + 1, ...(year === undefined ? {} : { year }), fields: {} },
            };
        }
        else if (!current || text.trim() === '' || !/^[ \t]/.test(text)) {
            close();
            return;
        }
        current.end = i + 1;
        current.entry.endLine = i + 1;
        if (f && label !== undefined) {
            const value = f[3].trim();
            current.entry.fields[label] ??= value;
            const e = current.entry;
            switch (key) {
                case 'date': {
                    const d = /^(\d{4}-\d{2}-\d{2})/.exec(value);
                    if (d && e.date === undefined)
                        e.date = d[1];
                    break;
                }
                case 'link': {
                    const url = linkFieldUrl(value);
                    if (url && e.url === undefined)
                        e.url = url;
                    break;
                }
                case 'id': {
                    const id = /^`?(e[0-9a-z]+)`?$/i.exec(value);
                    if (id && e.id === undefined)
                        e.id = id[1];
                    break;
                }
                case 'outlet':
                case 'kind':
                case 'title':
                case 'confidence':
                    e[key] ??= value;
                    break;
                default:
                    break;
            }
        }
    });
    close();
    return { lines, blocks, headings };
}
/**
 * Read the entry blocks of a region body. Tolerant: any top-level list item whose label is a known
 * field starts a block, indented lines continue it, bullets may be -, * or +, the colon may be
 * full-width. Nothing is ever dropped; damaged blocks are listed in `problems`.
 */
export function parseEntries(regionBody, file) {
    const s = analyse(bodyLines(regionBody));
    const problems = s.blocks.flatMap((b) => entryProblems(b.entry).map((p) => `${file}: entry at region line ${b.entry.line} ${p}`));
    return {
        entries: s.blocks.map((b) => b.entry),
        years: s.headings.flatMap((h) => (h.year === undefined ? [] : [h.year])),
        problems,
    };
}
/** What is damaged in one parsed block (no id, no link, a date that is neither YYYY-MM-DD nor 미상). */
export function entryProblems(e) {
    const problems = [];
    if (!e.id)
        problems.push('has no "id: e…" line');
    if (!e.url)
        problems.push('has no http(s) link');
    const d = e.fields[ENTRY_LABELS.date];
    if (d !== undefined && !e.date && d !== UNKNOWN_DATE)
        problems.push(`has an unreadable date ${JSON.stringify(d)}`);
    return problems;
}
/** Date descending (undated last), then id ascending: the one order of a year section. */
export function compareEntries(a, b) {
    const ad = isEntryDate(a.date) ? a.date : undefined;
    const bd = isEntryDate(b.date) ? b.date : undefined;
    if (ad !== bd) {
        if (ad === undefined)
            return 1;
        if (bd === undefined)
            return -1;
        return ad < bd ? 1 : -1;
    }
    const ai = a.id ?? '';
    const bi = b.id ?? '';
    return ai < bi ? -1 : ai > bi ? 1 : 0;
}
function yearOf(e, defaultYear) {
    return isEntryDate(e.date) ? Number(e.date.slice(0, 4)) : defaultYear;
}
function canon(url, canonicalize) {
    if (!canonicalize)
        return url;
    try {
        return canonicalize(url);
    }
    catch {
        // A hand-written link that is not a valid URL cannot equal a new canonical one; compare as written.
        return url;
    }
}
/** Insert lines at `pos`; a chunk starting with a heading is separated from its neighbours by blank lines. */
function insertAt(lines, pos, chunk, isSection) {
    const out = [...chunk];
    if (isSection) {
        if (pos > 0 && lines[pos - 1].trim() !== '')
            out.unshift('');
        if (pos < lines.length && lines[pos].trim() !== '')
            out.push('');
    }
    lines.splice(pos, 0, ...out);
    return { at: pos, count: out.length };
}
/**
 * Bring `s` up to date after `insertAt` put `count` lines at `at`, without reading the region
 * again. Only valid for a region without code fences: then blocks and headings depend on their
 * own lines and the year heading above them, and insertions land between blocks (never inside
 * one), so the result is exactly what analyse(s.lines) would give.
 */
function updateStructure(s, { at, count }) {
    for (const b of s.blocks) {
        if (b.start < at)
            continue;
        b.start += count;
        b.end += count;
        b.entry.line += count;
        b.entry.endLine += count;
    }
    let enclosing;
    for (const h of s.headings) {
        if (h.index >= at)
            h.index += count;
        else
            enclosing = h;
    }
    const chunk = analyse(s.lines.slice(at, at + count), enclosing?.year);
    for (const b of chunk.blocks) {
        b.start += at;
        b.end += at;
        b.entry.line += at;
        b.entry.endLine += at;
    }
    for (const h of chunk.headings)
        h.index += at;
    const blockPos = s.blocks.findIndex((b) => b.start >= at);
    s.blocks.splice(blockPos === -1 ? s.blocks.length : blockPos, 0, ...chunk.blocks);
    const headingPos = s.headings.findIndex((h) => h.index >= at);
    s.headings.splice(headingPos === -1 ? s.headings.length : headingPos, 0, ...chunk.headings);
}
function sectionEnd(s, headingIndex) {
    const next = s.headings.find((h) => h.index > headingIndex);
    return next ? next.index : s.lines.length;
}
function insertEntry(s, entry, year, text, level) {
    const lines = s.lines;
    const heading = s.headings.find((h) => h.year === year);
    if (heading) {
        const end = sectionEnd(s, heading.index);
        const blocks = s.blocks.filter((b) => b.start > heading.index && b.start < end);
        const before = blocks.find((b) => compareEntries(entry, b.entry) < 0);
        if (before)
            return insertAt(lines, before.start, text, false);
        const last = blocks[blocks.length - 1];
        if (last)
            return insertAt(lines, last.end, text, false);
        let pos = heading.index + 1;
        const chunk = [...text];
        if (pos < end && lines[pos].trim() === '')
            pos++;
        else
            chunk.unshift('');
        if (pos < lines.length && lines[pos].trim() !== '')
            chunk.push('');
        return insertAt(lines, pos, chunk, false);
    }
    // A region that already has year headings keeps their level (hand-made or older pages).
    const existingLevel = s.headings.find((h) => h.year !== undefined)?.level;
    const section = [`${'#'.repeat(existingLevel ?? level)} ${year}`, '', ...text];
    const older = s.headings.find((h) => h.year !== undefined && h.year < year);
    if (older)
        return insertAt(lines, older.index, section, true);
    const newer = s.headings.filter((h) => h.year !== undefined && h.year > year).pop();
    if (newer) {
        let pos = sectionEnd(s, newer.index);
        while (pos > newer.index + 1 && lines[pos - 1].trim() === '')
            pos--;
        return insertAt(lines, pos, section, true);
    }
    let pos = lines.length;
    while (pos > 0 && lines[pos - 1].trim() === '')
        pos--;
    return insertAt(lines, pos, section, true);
}
/** Every id and canonical URL a new entry must not repeat: the known ones and those in the region. */
function knownInRegion(existingBody, options) {
    const parsed = parseEntries(existingBody, options.file);
    const ids = new Set(options.knownIds ?? []);
    const urls = new Set(options.knownUrls ?? []);
    for (const e of parsed.entries) {
        if (e.id)
            ids.add(e.id);
        if (e.url)
            urls.add(canon(e.url, options.canonicalize));
    }
    return { ids, urls };
}
/**
 * Merge new entries into a region body. Existing lines are kept exactly; an entry whose id or
 * (canonical) link is already present — in the region, in `knownIds`/`knownUrls`, or earlier in
 * `entries` — is skipped. New entries are inserted in sort order; the result is deterministic.
 */
export function mergeEntries(existingBody, entries, options) {
    const lines = bodyLines(existingBody);
    const { ids, urls } = knownInRegion(existingBody, options);
    const added = [];
    const duplicates = [];
    const sorted = [...entries].sort((a, b) => {
        const ya = yearOf(a, options.defaultYear);
        const yb = yearOf(b, options.defaultYear);
        return ya !== yb ? yb - ya : compareEntries(a, b);
    });
    // Reading the whole region again after every insert made adding n entries to a long region
    // O(n²); without code fences the structure is updated in place instead (see updateStructure).
    const incremental = !lines.some((l) => l.includes('```') || l.includes('~~~'));
    let structure;
    for (const e of sorted) {
        const url = canon(e.url, options.canonicalize);
        if (ids.has(e.id) || urls.has(url)) {
            duplicates.push(e);
            continue;
        }
        ids.add(e.id);
        urls.add(url);
        if (!structure || !incremental)
            structure = analyse(lines);
        const inserted = insertEntry(structure, e, yearOf(e, options.defaultYear), formatEntry(e, { maxTitleLength: options.maxTitleLength ?? 200 }).split('\n'), Math.min(6, Math.max(2, options.yearHeadingLevel ?? 2)));
        if (incremental)
            updateStructure(structure, inserted);
        added.push(e);
    }
    return { body: lines.length ? lines.join('\n') + '\n' : '', added, duplicates };
}
/**
 * Insert one entry block exactly as written (its lines, e.g. moved from the queue by a promotion) at
 * its sorted place under its year heading. Skipped, like mergeEntries, when its id or (canonical)
 * link is already there or in `knownIds`/`knownUrls`.
 */
export function insertEntryLines(existingBody, entry, blockLines, options) {
    const lines = bodyLines(existingBody);
    const { ids, urls } = knownInRegion(existingBody, options);
    if (ids.has(entry.id) || (entry.url !== undefined && urls.has(canon(entry.url, options.canonicalize)))) {
        return { body: existingBody, added: false };
    }
    const year = isEntryDate(entry.date) ? Number(entry.date.slice(0, 4)) : options.defaultYear;
    insertEntry(analyse(lines), entry, year, [...blockLines], Math.min(6, Math.max(2, options.yearHeadingLevel ?? 2)));
    return { body: lines.join('\n') + '\n', added: true };
}
/**
 * Number of entry blocks in a region body: the lines where `analyse` would start a block, counted
 * without building the blocks (the page index counts every page of the wiki on every run).
 */
export function countEntries(regionBody) {
    const fence = new FenceTracker();
    let n = 0;
    for (const text of bodyLines(regionBody)) {
        if (fence.push(text))
            continue;
        // Only a top-level bullet (-, *, +) can start a block; headings and indented lines never do.
        const c = text.charCodeAt(0);
        if (c !== 0x2d && c !== 0x2a && c !== 0x2b)
            continue;
        const f = FIELD.exec(text);
        if (f && f[1] === '' && KNOWN_LABELS.has(f[2].trim()))
            n++;
    }
    return n;
}
