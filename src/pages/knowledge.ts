/**
 * The knowledge pages: views across the wiki that no single page gives.
 *
 * - pages/by_year.md: per year (newest first), each page with entries that year, linked to the page's
 *   year heading (GitHub's own anchors, from listHeadings: one slugger per page, so a second `## 2026`
 *   on a page links to `#2026-1`), with the number of entries;
 * - pages/timeline.md: the newest `pages.timelineSize` dated entries across the wiki, newest first,
 *   one list item each: date, outlet, linked title and the page (linked to its year heading).
 *
 * Pure (texts in, edits out) and idempotent: each page is a managed region inside a page people may
 * add text to; an edit is returned only when the text would change. Entry text is read back from the
 * pages as markdown, turned into plain text (headingText) and written again through the sanitiser,
 * so a title is escaped exactly once. The promotion queue and the candidate pool are candidates, not
 * the wiki's content, and are left out.
 */
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { PageError } from '../errors.js';
import { isEntryDate, parseEntries, UNTITLED } from './entries.js';
import { pageTitle, relativeLink } from './indexes.js';
import { toLf } from './lines.js';
import { beginMarker, endMarker, ensureRegion, findRegions, replaceRegion } from './regions.js';
import { inlineText, safeLink } from './sanitize.js';
import { encodeAnchor, headingText, listHeadings } from './toc.js';

export const BY_YEAR_REGION = 'by-year';
export const TIMELINE_REGION = 'timeline';

export interface KnowledgeEdit {
  path: string;
  before: string | undefined;
  after: string;
}

export interface KnowledgeResult {
  /** Only pages whose text changes. */
  edits: KnowledgeEdit[];
  /** Pages whose regions are broken (left out of both views). */
  errors: PageError[];
}

interface KnownEntry {
  page: string;
  /** 1-based line of the block in its page. */
  line: number;
  year?: number;
  date?: string;
  outlet: string;
  title: string;
  url?: string;
  /** Anchor of the year heading the entry sits under, when there is one. */
  anchor?: string;
}

interface PageInfo {
  path: string;
  title: string;
  entries: KnownEntry[];
}

const norm = (p: string) => path.posix.normalize(p.replace(/\\/g, '/'));
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Entries of every entries region of a page, with the anchors of their year headings. */
function readPage(file: string, text: string): PageInfo {
  const regions = findRegions(text, file);
  const headings = listHeadings(text);
  const entries: KnownEntry[] = [];
  for (const region of regions) {
    if (!region.name.startsWith('entries:')) continue;
    const yearAnchors = new Map<number, string>();
    for (const h of headings) {
      if (h.line <= region.beginLine || h.line >= region.endLine || !/^\d{4}$/.test(h.text)) continue;
      if (!yearAnchors.has(Number(h.text))) yearAnchors.set(Number(h.text), h.anchor);
    }
    for (const e of parseEntries(toLf(text.slice(region.bodyStart, region.bodyEnd)), file).entries) {
      const year = e.year ?? (isEntryDate(e.date) ? Number(e.date.slice(0, 4)) : undefined);
      const anchor = year === undefined ? undefined : yearAnchors.get(year);
      entries.push({
        page: file,
        line: region.beginLine + e.line,
        ...(year !== undefined ? { year } : {}),
        ...(isEntryDate(e.date) ? { date: e.date } : {}),
        outlet: e.outlet === undefined ? '' : headingText(e.outlet),
        title: e.title === undefined ? '' : headingText(e.title),
        ...(e.url ? { url: e.url } : {}),
        ...(anchor ? { anchor } : {}),
      });
    }
  }
  return { path: file, title: pageTitle(text) ?? path.posix.basename(file, '.md'), entries };
}

function pageLink(from: string, page: PageInfo, anchor: string | undefined): string {
  return `[${inlineText(page.title, 100)}](${relativeLink(from, page.path)}${anchor ? `#${encodeAnchor(anchor)}` : ''})`;
}

export function renderByYear(file: string, pages: readonly PageInfo[]): string {
  const years = new Map<number | undefined, Map<string, { page: PageInfo; count: number; anchor?: string }>>();
  for (const page of pages) {
    for (const e of page.entries) {
      const row = years.get(e.year) ?? new Map();
      years.set(e.year, row);
      const cell = row.get(page.path) ?? { page, count: 0 };
      cell.count++;
      cell.anchor ??= e.anchor;
      row.set(page.path, cell);
    }
  }
  if (years.size === 0) return '아직 항목이 없습니다.\n';
  const order = [...years.keys()].sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : b - a));
  const out: string[] = [];
  for (const year of order) {
    out.push(`## ${year ?? '연도 미상'}`, '');
    const row = years.get(year)!;
    for (const key of [...row.keys()].sort(byString)) {
      const cell = row.get(key)!;
      out.push(`- ${pageLink(file, cell.page, cell.anchor)} — ${cell.count}건`);
    }
    out.push('');
  }
  out.pop();
  return `${out.join('\n')}\n`;
}

export function renderTimeline(file: string, pages: readonly PageInfo[], size: number, maxTitleLength: number): string {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const dated = pages
    .flatMap((p) => p.entries)
    .filter((e): e is KnownEntry & { date: string } => e.date !== undefined)
    .sort((a, b) => byString(b.date, a.date) || byString(a.page, b.page) || a.line - b.line)
    .slice(0, size);
  if (dated.length === 0) return '아직 항목이 없습니다.\n';
  // A list rather than a table: every line is one item, as in the day log, so no escaping slip in a
  // title can ever turn into a row or cell of its own.
  const rows = dated.map((e) => {
    const title = inlineText(e.title, maxTitleLength) || UNTITLED;
    const link = safeLink(e.url);
    return `- ${e.date} · ${inlineText(e.outlet, 80) || '-'} · ${link ? `[${title}](${link})` : title} — ${pageLink(file, byPath.get(e.page)!, e.anchor)}`;
  });
  return `${rows.join('\n')}\n`;
}

function skeleton(title: string, intro: string, region: string): string {
  return `# ${title}\n\n${intro}\n\n${beginMarker(region)}\n${endMarker(region)}\n`;
}

/** The knowledge pages for the wiki as `files` holds it (root-relative path → text). */
export function planKnowledgePages(config: Config, files: ReadonlyMap<string, string>): KnowledgeResult {
  const p = config.pages;
  const byYearPath = norm(p.byYearPage);
  const timelinePath = norm(p.timelinePage);
  const dir = `${norm(p.pagesDir)}/`;
  const skip = new Set([byYearPath, timelinePath, norm(p.queuePage), norm(p.poolPage), norm(p.indexPage)]);
  const errors: PageError[] = [];
  const pages: PageInfo[] = [];
  for (const file of [...files.keys()].sort(byString)) {
    if (!file.startsWith(dir) || !file.endsWith('.md') || skip.has(file)) continue;
    try {
      const info = readPage(file, files.get(file)!);
      if (info.entries.length) pages.push(info);
    } catch (err) {
      if (!(err instanceof PageError)) throw err;
      errors.push(err);
    }
  }
  const targets: [string, string, string][] = [
    [byYearPath, BY_YEAR_REGION, skeleton('연도별 항목', '연도마다 각 문서에 실린 항목 수입니다. 아래 영역은 자동으로 다시 씁니다.', BY_YEAR_REGION)],
    [timelinePath, TIMELINE_REGION, skeleton('최근 항목', `위키 전체에서 가장 최근 항목 ${p.timelineSize}개입니다. 아래 영역은 자동으로 다시 씁니다.`, TIMELINE_REGION)],
  ];
  const edits: KnowledgeEdit[] = [];
  for (const [target, region, empty] of targets) {
    const before = files.get(target);
    try {
      const body = region === BY_YEAR_REGION ? renderByYear(target, pages) : renderTimeline(target, pages, p.timelineSize, p.maxTitleLength);
      const after = replaceRegion(ensureRegion(before ?? empty, region, undefined, target), region, body, target);
      if (after !== before) edits.push({ path: target, before, after });
    } catch (err) {
      if (!(err instanceof PageError)) throw err;
      errors.push(err);
    }
  }
  return { edits, errors };
}
