/**
 * The by-year listing split by year in real runs (src/pages/byyear.ts), with the threshold lowered so
 * the frozen fixture wiki counts as large: the offline demo workspace (bare origin, clone, loopback
 * feeds), the run called in-process as `wiki-daily run` calls it. The first run splits the listing
 * into the hub and year pages; a run with new entries of one year commits that year's page and the
 * hub, and no other year page.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedPaths, exists, openWorkspace, type E2eWorkspace } from '../support/e2e.js';
import { isolateGitConfig } from '../support/git.js';

const EXTRA_FEED = '/extra/feed';

/** Articles naming her, dated 28 November of `year` (2026 unless given). */
function feed(base: string, articles: (number | [number, number])[]): string {
  const items = articles.map((a) => {
    const [n, year] = typeof a === 'number' ? [a, 2026] : a;
    return `<item><title>고윤정 인터뷰 ${n}</title><link>${base}/extra/article/${n}</link>` +
      `<pubDate>Sun, 28 Nov ${year} 0${n % 10}:00:00 +0000</pubDate><description>배우 고윤정의 인터뷰 ${n}</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Extra</title><link>${base}</link><description>x</description>${items.join('')}</channel></rss>`;
}

let restoreGit: () => void;
let ws: E2eWorkspace;

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  ws = await openWorkspace({
    extraSources: [{ id: 'extra', name: 'Extra magazine', url: `{{BASE}}${EXTRA_FEED}` }],
    extraRoutes: { [EXTRA_FEED]: { body: '', contentType: 'application/rss+xml; charset=utf-8' } },
    // Unknown hosts land (the loopback articles among them), so their pages get rows.
    overrides: { http: { freshnessSeconds: 0 }, pages: { byYearSplitRows: 4 }, grades: { default: 'land' } },
  });
  // Articles of earlier years: the first run's listing has rows in three years.
  ws.server.setRoute(EXTRA_FEED, { body: feed(ws.server.url, OLD), contentType: 'application/rss+xml; charset=utf-8' });
}, 30_000);

const OLD: [number, number][] = [
  [10, 2025],
  [11, 2024],
];

afterAll(async () => {
  await ws?.close();
  restoreGit?.();
});

const yearPages = (files: readonly string[]) => files.filter((f) => /^pages\/by_year\/(\d+|unknown)\.md$/.test(f)).sort();

/** Rows of a year page's region and their entries (`— N건`). */
function rowsOf(text: string): { rows: number; entries: number } {
  const body = text.slice(text.indexOf('<!-- wiki-daily:begin by-year -->'), text.indexOf('<!-- wiki-daily:end by-year -->'));
  const rows = body.split('\n').filter((l) => l.startsWith('- ['));
  return { rows: rows.length, entries: rows.reduce((n, l) => n + Number(/ — (\d+)건$/.exec(l)![1]), 0) };
}

describe('the split by-year listing over runs (threshold lowered to 4)', () => {
  it('splits on the first run, then commits only the hub and the year page whose rows change', async () => {
    const first = await ws.run();
    expect(first.report.itemsAdded).toBeGreaterThan(0);
    const firstYears = yearPages(first.report.changedFiles);
    expect(firstYears).toEqual(['pages/by_year/2024.md', 'pages/by_year/2025.md', 'pages/by_year/2026.md']);
    expect(first.report.changedFiles).toContain('pages/by_year.md');
    const hub = await ws.read('pages/by_year.md');
    expect(await ws.originShow('pages/by_year.md')).toBe(hub);
    // The hub names every year page with its counts, and they are the year pages' own.
    for (const page of firstYears) {
      const label = path.posix.basename(page, '.md');
      const line = hub.split('\n').find((l) => l.includes(`](by_year/${label}.md)`))!;
      const { rows, entries } = rowsOf(await ws.read(page));
      expect(line).toBe(`- [${label === 'unknown' ? '연도 미상' : label}](by_year/${label}.md) — 문서 ${rows}개 · ${entries}건`);
      expect(await ws.originShow(page)).toBe(await ws.read(page));
    }
    // Generated pages, not content: the page index does not list them.
    expect(await ws.read('pages/index.md')).not.toContain('by_year/');

    // Two new 2026 articles: the run commits the 2026 page and the hub, no other year page.
    ws.server.setRoute(EXTRA_FEED, { body: feed(ws.server.url, [...OLD, 1, 2]), contentType: 'application/rss+xml; charset=utf-8' });
    const before = await ws.hashes();
    const second = await ws.run();
    expect(second.report.itemsAdded).toBe(2);
    const changed = changedPaths(before, await ws.hashes());
    expect(yearPages(changed)).toEqual(['pages/by_year/2026.md']);
    expect(changed).toContain('pages/by_year.md');
    expect(yearPages(second.report.changedFiles)).toEqual(['pages/by_year/2026.md']);
    expect((await ws.git('show', '--name-only', '--format=', 'HEAD')).split('\n').filter((f) => f.startsWith('pages/by_year'))).toEqual(['pages/by_year.md', 'pages/by_year/2026.md']);
    const { rows, entries } = rowsOf(await ws.read('pages/by_year/2026.md'));
    expect(await ws.read('pages/by_year.md')).toContain(`- [2026](by_year/2026.md) — 문서 ${rows}개 · ${entries}건\n`);
    expect(await ws.originShow('pages/by_year/2026.md')).toBe(await ws.read('pages/by_year/2026.md'));
    expect(await exists(path.join(ws.root, 'pages/by_year/unknown.md'))).toBe(firstYears.includes('pages/by_year/unknown.md'));

    // Nothing new: nothing changes.
    const head = await ws.originHead();
    const third = await ws.run();
    expect(third.report.itemsAdded).toBe(0);
    expect(await ws.originHead()).toBe(head);
  }, 120_000);
});
