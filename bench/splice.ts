/**
 * Benchmark 8, the splice of the big listings (src/pages/splice.ts) against their full renders, at
 * the wiki sizes of the run-cost table: by_year's region body (one row per page and year: ~5.9 rows
 * a page, 589,000 rows at 100,000 pages) and the page index (one row per page), with the ~250 pages a
 * run routes items to changing (routedPages of bench/wiki.ts) and 5 new pages. The page facts are
 * made up arithmetically (no page files): this times the listings alone, in a fresh process.
 * `byYearSplit` times the same change on the by-year listing split by year (src/pages/byyear.ts, at
 * the default threshold): the hub and the year pages rendered in full against the splice of the year
 * pages whose rows change.
 *
 *   node <out>/bench/splice.js <pages>    prints JSON: best-of-3 times of each, and whether they are equal
 */
import { performance } from 'node:perf_hooks';
import { renderPageIndex, type ListingSummaries, type PageIndexRow } from '../src/pages/indexes.js';
import { renderByYear, type YearCell } from '../src/pages/knowledge.js';
import { spliceByYear, splicePageIndex, type ByYearPage, type RowChange } from '../src/pages/splice.js';
import { renderByYearPages, spliceByYearPages, type ByYearLayout } from '../src/pages/byyear.js';
import type { KnowledgeEdit } from '../src/pages/knowledgetypes.js';
import { routedPages, topicPage } from './wiki.js';

const BY_YEAR = 'pages/by_year.md';
const INDEX = 'pages/index.md';

function pageAt(n: number, bump: number): ByYearPage {
  const years: YearCell[] = [];
  for (let y = 2026; y > 2019; y--) if ((n * 7 + y) % 50 !== 0 && (y > 2020 || n % 10 === 0)) years.push({ year: y, count: 1 + ((n + y) % 17) + bump, anchor: String(y) });
  if (n % 33 === 0) years.push({ count: 1 + bump });
  return { path: topicPage(n), title: `주제 ${n}`, years, dated: years.length };
}

const indexRow = (p: ByYearPage): PageIndexRow => ({ title: p.title, entries: p.years.reduce((s, c) => s + c.count, 0), problem: false });

function best<T>(run: () => T): { ms: number; value: T } {
  let out: { ms: number; value: T } | undefined;
  for (let pass = 0; pass < 3; pass++) {
    const t = performance.now();
    const value = run();
    const ms = performance.now() - t;
    if (!out || ms < out.ms) out = { ms, value };
  }
  return out!;
}

function main(): void {
  const pages = Number(process.argv[2]);
  if (!Number.isInteger(pages) || pages < 1) throw new Error('usage: splice.js <pages>');
  const oldPages = Array.from({ length: pages }, (_, n) => pageAt(n, 0));
  const changed = new Set(routedPages({ pages, entriesPerPage: 0, items: 0 }));
  const newPages = oldPages.map((p, n) => (changed.has(n) ? pageAt(n, 1) : p));
  const yearChanges: RowChange<ByYearPage>[] = [...changed].map((n) => ({ path: topicPage(n), before: oldPages[n]!, after: newPages[n]! }));
  for (let k = 0; k < 5; k++) {
    const added = pageAt(pages + k, 0);
    newPages.push(added);
    yearChanges.push({ path: added.path, before: null, after: added });
  }
  const indexChanges: RowChange<PageIndexRow>[] = yearChanges.map((c) => ({ path: c.path, before: c.before && indexRow(c.before), after: c.after && indexRow(c.after) }));
  const summaries = (list: ByYearPage[]): ListingSummaries => ({ pages: new Map(list.map((p) => [p.path, { ...indexRow(p), problem: null }])) });

  const oldYears = renderByYear(BY_YEAR, oldPages);
  const oldIndex = renderPageIndex(INDEX, 'pages', new Map(), summaries(oldPages)).body;
  const fullYears = best(() => renderByYear(BY_YEAR, newPages));
  const splicedYears = best(() => spliceByYear(BY_YEAR, oldYears, yearChanges));
  const layout: ByYearLayout = { hub: BY_YEAR, dir: 'pages/by_year/', splitRows: 20_000 };
  const disk = new Map<string, string>();
  for (const e of renderByYearPages(layout, oldPages, () => undefined, []).edits) disk.set(e.path, e.after);
  const text = (rel: string) => disk.get(rel);
  const yearPages = [...disk.keys()].filter((p) => p !== BY_YEAR);
  const fullSplit = best(() => renderByYearPages(layout, newPages, text, yearPages).edits);
  const splicedSplit = best(() => spliceByYearPages(layout, text, { changes: yearChanges, spliceable: () => true, unknown: (p) => !disk.has(p) })?.edits);
  const afters = (edits: readonly KnowledgeEdit[] | undefined) => JSON.stringify((edits ?? []).map((e) => [e.path, e.after]).sort());
  const newSummaries = summaries(newPages);
  const fullIndex = best(() => renderPageIndex(INDEX, 'pages', new Map(), newSummaries).body);
  const splicedIndex = best(() => splicePageIndex(INDEX, oldIndex, indexChanges));
  process.stdout.write(
    JSON.stringify({
      pages,
      changes: yearChanges.length,
      byYear: { rows: oldPages.reduce((n, p) => n + p.years.length, 0), chars: oldYears.length, fullMs: fullYears.ms, spliceMs: splicedYears.ms, equal: splicedYears.value === fullYears.value },
      byYearSplit: {
        pages: disk.size,
        fullMs: fullSplit.ms,
        spliceMs: splicedSplit.ms,
        written: splicedSplit.value?.map((e) => e.path) ?? null,
        equal: splicedSplit.value !== undefined && afters(splicedSplit.value) === afters(fullSplit.value),
      },
      pageIndex: { rows: pages, chars: oldIndex.length, fullMs: fullIndex.ms, spliceMs: splicedIndex.ms, equal: splicedIndex.value === fullIndex.value },
      peakRssKb: process.resourceUsage().maxRSS,
    }) + '\n',
  );
}

main();
