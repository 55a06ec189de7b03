/**
 * The two generated listings: the page index (pages/*.md with entry counts) and the day-log
 * index (newest first). Both are region bodies; the planner writes them only when they differ.
 */
import path from 'node:path';
import { PageError } from '../errors.js';
import { STATUS_LABELS, parseDayLog } from './daylog.js';
import { countEntries } from './entries.js';
import { findRegions, type Region } from './regions.js';
import { inlineText } from './sanitize.js';
import { toLf } from './lines.js';

/** Link from one wiki file to another, relative and percent-encoded so the link cannot break. */
function relativeLink(from: string, to: string): string {
  const rel = path.posix.relative(path.posix.dirname(from), to) || path.posix.basename(to);
  return encodeURI(rel).replace(/[()[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** The text of the first `# ` line, or undefined. */
function pageTitle(text: string): string | undefined {
  const m = /^# +(.+?)[ \t]*#*[ \t]*$/m.exec(toLf(text));
  return m?.[1]?.trim() || undefined;
}

function countInRegions(text: string, regions: readonly Region[]): number {
  let n = 0;
  for (const r of regions) {
    if (r.name.startsWith('entries:')) n += countEntries(toLf(text.slice(r.bodyStart, r.bodyEnd)));
  }
  return n;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface IndexResult {
  body: string;
  errors: PageError[];
}

/**
 * `- [Title](page.md) — N건` per page directly inside `pagesDir` (sorted by path, the index
 * itself left out). A page whose regions are broken is listed without a count and reported.
 */
export function renderPageIndex(indexPath: string, pagesDir: string, files: ReadonlyMap<string, string>): IndexResult {
  const dir = pagesDir.replace(/\/+$/, '') + '/';
  const errors: PageError[] = [];
  const lines: string[] = [];
  const pages = [...files.keys()]
    .filter((p) => p.startsWith(dir) && p.endsWith('.md') && !p.slice(dir.length).includes('/') && p !== indexPath)
    .sort(compareStrings);
  for (const p of pages) {
    const text = files.get(p)!;
    const title = inlineText(pageTitle(text) ?? path.posix.basename(p, '.md'), 100);
    let count = '';
    try {
      const regions = findRegions(text, p);
      if (regions.some((r) => r.name.startsWith('entries:'))) count = ` — ${countInRegions(text, regions)}건`;
    } catch (err) {
      if (!(err instanceof PageError)) throw err;
      errors.push(err);
      count = ' — (영역 오류)';
    }
    lines.push(`- [${title}](${relativeLink(indexPath, p)})${count}`);
  }
  return { body: lines.length ? lines.join('\n') + '\n' : '', errors };
}

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.md$/;

/** `- [YYYY-MM-DD](YYYY-MM-DD.md) — 성공 success` per day log in `newsDir`, newest first. */
export function renderNewsIndex(indexPath: string, newsDir: string, files: ReadonlyMap<string, string>): IndexResult {
  const dir = newsDir.replace(/\/+$/, '') + '/';
  const errors: PageError[] = [];
  const logs = [...files.keys()]
    .filter((p) => p.startsWith(dir) && DAY_FILE.test(p.slice(dir.length)))
    .sort((a, b) => compareStrings(b, a));
  const lines = logs.map((p) => {
    const date = DAY_FILE.exec(p.slice(dir.length))![1]!;
    let status = '';
    try {
      const s = parseDayLog(files.get(p)!, p).status;
      if (s) status = ` — ${STATUS_LABELS[s]}`;
    } catch (err) {
      if (!(err instanceof PageError)) throw err;
      errors.push(err);
      status = ' — (영역 오류)';
    }
    return `- [${date}](${relativeLink(indexPath, p)})${status}`;
  });
  return { body: lines.length ? lines.join('\n') + '\n' : '', errors };
}
