/**
 * src/pages/views.ts: the fingerprint a wiki index records for the listings its run rendered. A splice
 * is right only if the rows are rendered today exactly as then, so the row formats are pinned here:
 * when this test fails because a row format changed, bump VIEWS_VERSION (the next run then renders
 * both listings in full once) and record the new rows.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { renderPageIndex } from '../../src/pages/indexes.js';
import { renderByYear } from '../../src/pages/knowledge.js';
import { viewsFingerprint, VIEWS_VERSION } from '../../src/pages/views.js';

const config = parseConfig({ sources: [{ id: 'a', url: 'https://feeds.example.com/a.xml' }] }, 'wiki-daily.yml');

/** Both listings over a sample that exercises every part of a row (anchors, unknown year, counts, problems, odd paths). */
function sampleListings(): string {
  const byYear = renderByYear('pages/by_year.md', [
    { path: 'pages/a b (1).md', title: '고윤정 [화보]', dated: 3, years: [{ year: 2026, count: 2, anchor: '2026' }, { year: 2019, count: 1, anchor: '2019-1' }] },
    { path: 'pages/sub/c.md', title: 'C', dated: 0, years: [{ count: 4 }] },
  ]);
  const pages = new Map([
    ['pages/a b (1).md', { title: '고윤정 [화보]', entries: 3, problem: null }],
    ['pages/broken.md', { title: 'Broken', entries: null, problem: 'pages/broken.md:3: unclosed region' }],
    ['pages/plain.md', { title: 'Plain', entries: null, problem: null }],
  ]);
  const index = renderPageIndex('pages/index.md', 'pages', new Map(), { pages }).body;
  return `${byYear}\n${index}`;
}

describe('the listings fingerprint', () => {
  it('pins the row formats to VIEWS_VERSION', () => {
    expect(VIEWS_VERSION).toBe(1);
    expect(sampleListings()).toBe(
      [
        '## 2026',
        '',
        '- [고윤정 [화보]](a%20b%20%281%29.md#2026) — 2건',
        '',
        '## 2019',
        '',
        '- [고윤정 [화보]](a%20b%20%281%29.md#2019-1) — 1건',
        '',
        '## 연도 미상',
        '',
        '- [C](sub/c.md) — 4건',
        '',
        '- [고윤정 [화보]](a%20b%20%281%29.md) — 3건',
        '- [Broken](broken.md) — (영역 오류)',
        '- [Plain](plain.md)',
        '',
      ].join('\n'),
    );
  });

  it('changes with the settings that shape the rows, and only with them', () => {
    const base = viewsFingerprint(config);
    expect(viewsFingerprint(parseConfig({ sources: [{ id: 'a', url: 'https://feeds.example.com/a.xml' }] }, 'x.yml'))).toBe(base);
    const moved = parseConfig({ sources: [{ id: 'a', url: 'https://feeds.example.com/a.xml' }], pages: { byYearPage: 'pages/years.md' } }, 'wiki-daily.yml');
    expect(viewsFingerprint(moved)).not.toBe(base);
    // Where the by-year listing splits decides which pages hold its rows (src/pages/byyear.ts).
    const split = parseConfig({ sources: [{ id: 'a', url: 'https://feeds.example.com/a.xml' }], pages: { byYearSplitRows: 500 } }, 'wiki-daily.yml');
    expect(viewsFingerprint(split)).not.toBe(base);
    const retitled = parseConfig({ sources: [{ id: 'a', url: 'https://feeds.example.com/a.xml' }], pages: { maxTitleLength: 50 } }, 'wiki-daily.yml');
    expect(viewsFingerprint(retitled)).toBe(base);
  });
});
