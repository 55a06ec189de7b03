/**
 * Table of contents between `<!-- TOC:START -->` and `<!-- TOC:END -->`: a nested list of the
 * page's `##` and `###` headings, linked with the anchors GitHub generates.
 *
 * GitHub slugs the rendered text of each heading with one counter per page (github-slugger), so
 * every heading — `#` titles and `####`+ included — is fed to the slugger in page order even though
 * only `##`/`###` are listed; otherwise the `-1`, `-2` suffixes of duplicates would drift.
 * Headings inside code fences are not headings; headings inside managed regions are. Only ATX
 * (`## …`) headings are read: setext (underlined) headings are not listed.
 */
import GithubSlugger from 'github-slugger';
import { decode } from 'html-entities';
import { PageError } from '../errors.js';
import { detectEol, FenceTracker, splitLines, withEol } from './lines.js';
import { inlineText } from './sanitize.js';
const TOC_START = '<!-- TOC:START -->';
const TOC_END = '<!-- TOC:END -->';
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
/** Approximate GitHub's rendered text of inline markdown: what the slugger is given. */
export function headingText(markdown) {
    let s = markdown;
    // Code spans keep their content literally; protect it from the other rules.
    const code = [];
    s = s.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks, content) => {
        code.push(content.trim() === '' ? content : content.replace(/^ (.*) $/, '$1'));
        return `\u0000${code.length - 1}\u0000`;
    });
    s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
    s = s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    s = s.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1');
    s = s.replace(/<(https?:\/\/[^>\s]+)>/gi, '$1');
    s = s.replace(/<\/?[a-z][^>]*>/gi, '');
    // Emphasis delimiters: unescaped * runs always are; _ only when it opens or closes emphasis
    // (the one in snake_case is text, and the slugger keeps it).
    s = s.replace(/(?<!\\)\*+/g, '');
    s = s.replace(/(^|[^\p{L}\p{N}\\])_+(?=\S)/gu, '$1').replace(/(?<=[^\s\\])_+(?=[^\p{L}\p{N}]|$)/gu, '');
    s = s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    s = decode(s);
    s = s.replace(/\u0000(\d+)\u0000/g, (_m, i) => code[Number(i)] ?? '');
    return s.trim();
}
/** Every ATX heading outside code fences, with its GitHub anchor (one slugger for the page). */
export function listHeadings(text) {
    const slugger = new GithubSlugger();
    const fence = new FenceTracker();
    const out = [];
    for (const line of splitLines(text)) {
        if (fence.push(line.text))
            continue;
        const m = ATX.exec(line.text);
        if (!m)
            continue;
        const textOf = headingText(m[2] ?? '');
        out.push({ level: m[1].length, text: textOf, anchor: slugger.slug(textOf), line: line.number });
    }
    return out;
}
/** The TOC list (LF, no trailing newline) for the page's ## and ### headings. */
function renderToc(headings) {
    const lines = [];
    let sawLevel2 = false;
    for (const h of headings) {
        if (h.level !== 2 && h.level !== 3)
            continue;
        if (h.level === 2)
            sawLevel2 = true;
        const indent = h.level === 3 && sawLevel2 ? '  ' : '';
        lines.push(`${indent}- [${inlineText(h.text, 200) || '(제목 없음)'}](#${encodeAnchor(h.anchor)})`);
    }
    return lines.join('\n');
}
/** Anchors keep Korean as is (GitHub links them that way); only characters that would end the link are encoded. */
export function encodeAnchor(anchor) {
    return anchor.replace(/[()<>\s\\[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
/**
 * Rewrite the TOC of a page that has the markers; a page without them is returned unchanged.
 * A start without end (or the reverse, or more than one TOC) is a PageError naming the line.
 * Headings between the markers themselves are ignored.
 */
export function updateToc(text, file) {
    // No marker anywhere (by_year.md and the page index at 100,000 pages: 600,000 lines): nothing to split.
    if (!text.includes(TOC_START) && !text.includes(TOC_END))
        return text;
    const lines = splitLines(text);
    const starts = lines.filter((l) => l.text.trim() === TOC_START);
    const ends = lines.filter((l) => l.text.trim() === TOC_END);
    if (starts.length === 0 && ends.length === 0)
        return text;
    if (starts.length > 1)
        throw new PageError(`more than one "${TOC_START}" (again at line ${starts[1].number})`, file, starts[1].number);
    if (ends.length > 1)
        throw new PageError(`more than one "${TOC_END}" (again at line ${ends[1].number})`, file, ends[1].number);
    const start = starts[0];
    const end = ends[0];
    if (!start)
        throw new PageError(`"${TOC_END}" without "${TOC_START}"`, file, end.number);
    if (!end)
        throw new PageError(`"${TOC_START}" without "${TOC_END}"`, file, start.number);
    if (end.number < start.number)
        throw new PageError(`"${TOC_END}" comes before "${TOC_START}" (line ${start.number})`, file, end.number);
    const headings = listHeadings(text).filter((h) => h.line < start.number || h.line > end.number);
    const toc = renderToc(headings);
    const body = toc === '' ? '' : withEol(toc + '\n', detectEol(text));
    return text.slice(0, start.next) + body + text.slice(end.start);
}
