/**
 * The splice of the by-year view and the page index (src/pages/splice.ts) against the full renders
 * (renderByYear, renderPageIndex): for any old state and any changes the splice gives the full
 * render of the new state byte for byte, or — when the body is not the render it must be — undefined,
 * never a wrong text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderPageIndex } from '../../src/pages/indexes.js';
import { renderByYear, type YearCell } from '../../src/pages/knowledge.js';
import { spliceByYear, splicePageIndex, type ByYearPage, type PageIndexRow, type RowChange } from '../../src/pages/splice.js';
import { seededRandom, testSeed } from '../support/rand.js';

const FILE = 'pages/by_year.md';
const INDEX = 'pages/index.md';

type Wiki<T> = Map<string, T>;

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byYear(file: string, wiki: Wiki<ByYearPage>): string {
  return renderByYear(file, [...wiki.values()].sort((a, b) => byPath(a.path, b.path)));
}

function pageIndex(wiki: Wiki<PageIndexRow>): string {
  const pages = new Map([...wiki].map(([p, r]) => [p, { title: r.title, entries: r.entries, problem: r.problem ? `${p}:1: broken` : null }]));
  return renderPageIndex(INDEX, 'pages', new Map(), { pages }).body;
}

/** The new state: the old one with the changes applied. */
function apply<T>(wiki: Wiki<T>, changes: readonly RowChange<T>[]): Wiki<T> {
  const next = new Map(wiki);
  for (const c of changes) {
    if (c.after === null) next.delete(c.path);
    else next.set(c.path, c.after);
  }
  return next;
}

const change = <T>(wiki: Wiki<T>, path: string, after: T | null): RowChange<T> => ({ path, before: wiki.get(path) ?? null, after });

const page = (path: string, title: string, years: YearCell[]): ByYearPage => ({ path, title, years, dated: years.length });
const cell = (year: number | undefined, count: number, anchor: string | undefined = year === undefined ? undefined : String(year)): YearCell => ({
  ...(year !== undefined ? { year } : {}),
  count,
  ...(anchor !== undefined ? { anchor } : {}),
});

function wikiOf<T extends { path: string }>(pages: T[]): Wiki<T> {
  return new Map(pages.map((p) => [p.path, p]));
}

describe('spliceByYear: named cases', () => {
  const old = wikiOf([
    page('pages/a.md', '가', [cell(2026, 3), cell(2025, 1)]),
    page('pages/b (1).md', 'B [1]', [cell(2026, 2, '2026-1'), cell(undefined, 4)]),
    page('pages/sub/c.md', 'C', [cell(2024, 5)]),
  ]);
  const body = byYear(FILE, old);

  const check = (changes: RowChange<ByYearPage>[]) => {
    const spliced = spliceByYear(FILE, body, changes);
    expect(spliced).toBe(byYear(FILE, apply(old, changes)));
    return spliced!;
  };

  it('the old render is what it is', () => {
    expect(body).toBe(
      `## 2026\n\n- [가](a.md#2026) — 3건\n- [B [1]](b%20%281%29.md#2026-1) — 2건\n\n## 2025\n\n- [가](a.md#2025) — 1건\n\n## 2024\n\n- [C](sub/c.md#2024) — 5건\n\n## 연도 미상\n\n- [B [1]](b%20%281%29.md) — 4건\n`,
    );
  });

  it('a count changes', () => {
    expect(check([change(old, 'pages/a.md', page('pages/a.md', '가', [cell(2026, 4), cell(2025, 1)]))])).toContain('- [가](a.md#2026) — 4건\n- [B');
  });

  it('an anchor changes', () => {
    expect(check([change(old, 'pages/b (1).md', page('pages/b (1).md', 'B [1]', [cell(2026, 2, '2026'), cell(undefined, 4)]))])).toContain('(b%20%281%29.md#2026) — 2건');
  });

  it('a title changes: every row of the page', () => {
    const out = check([change(old, 'pages/b (1).md', page('pages/b (1).md', '새 제목', [cell(2026, 2, '2026-1'), cell(undefined, 4)]))]);
    expect(out).not.toContain('B [1]');
    expect(out.match(/새 제목/g)).toHaveLength(2);
  });

  it('a page gains a year in an existing section, and in a new one between others and at both ends', () => {
    check([change(old, 'pages/sub/c.md', page('pages/sub/c.md', 'C', [cell(2024, 5), cell(2026, 1)]))]);
    const out = check([change(old, 'pages/sub/c.md', page('pages/sub/c.md', 'C', [cell(2024, 5), cell(2027, 1), cell(2020, 2), cell(2025, 7)]))]);
    expect(out.startsWith('## 2027\n\n- [C](sub/c.md#2027) — 1건\n\n## 2026\n')).toBe(true);
    expect(out).toContain('\n## 2020\n\n- [C](sub/c.md#2020) — 2건\n\n## 연도 미상\n');
    check([change(old, 'pages/a.md', page('pages/a.md', '가', [cell(2026, 3), cell(2025, 1), cell(undefined, 1)]))]);
  });

  it('a page loses a year: its row goes, an emptied section goes with its heading (first, middle, last)', () => {
    check([change(old, 'pages/a.md', page('pages/a.md', '가', [cell(2026, 3)]))]);
    expect(check([change(old, 'pages/sub/c.md', page('pages/sub/c.md', 'C', []))])).not.toContain('2024');
    expect(check([change(old, 'pages/b (1).md', page('pages/b (1).md', 'B [1]', [cell(2026, 2, '2026-1')]))]).endsWith('## 2024\n\n- [C](sub/c.md#2024) — 5건\n')).toBe(true);
    check([change(old, 'pages/a.md', null), change(old, 'pages/b (1).md', page('pages/b (1).md', 'B [1]', [cell(undefined, 4)]))]);
  });

  it('a page is removed and another added, in any order of the changes', () => {
    const changes = [change(old, 'pages/z.md', page('pages/z.md', 'Z', [cell(2025, 9)])), change(old, 'pages/a.md', null), change(old, 'pages/0.md', page('pages/0.md', '영', [cell(2026, 1), cell(undefined, 1)]))];
    check(changes);
    check([...changes].reverse());
  });

  it('a change that renders the same rows is a no-op (also `dated`, and a cell order)', () => {
    expect(spliceByYear(FILE, body, [change(old, 'pages/a.md', old.get('pages/a.md')!)])).toBe(body);
    expect(spliceByYear(FILE, body, [change(old, 'pages/a.md', { ...old.get('pages/a.md')!, dated: 99, years: [cell(2025, 1), cell(2026, 3)] })])).toBe(body);
    expect(spliceByYear(FILE, body, [])).toBe(body);
  });

  it('from empty to listed and back to empty', () => {
    const empty = byYear(FILE, new Map());
    expect(empty).toBe('아직 항목이 없습니다.\n');
    const adds = [...old.values()].map((p) => ({ path: p.path, before: null, after: p }));
    expect(spliceByYear(FILE, empty, adds)).toBe(body);
    expect(spliceByYear(FILE, body, [...old.values()].map((p) => ({ path: p.path, before: p, after: null })))).toBe(empty);
    // A page listed without years is not listed at all.
    expect(spliceByYear(FILE, body, [...old.values()].map((p) => ({ path: p.path, before: p, after: { ...p, years: [] } })))).toBe(empty);
  });

  it('links from a view in another folder, to pages above and beside it', () => {
    const wiki = wikiOf([page('a.md', 'root', [cell(2026, 1)]), page('pages/x y.md', 'x', [cell(2026, 2)]), page('views/v.md', 'v', [cell(2026, 3)])]);
    for (const file of ['views/by_year.md', 'by_year.md', 'pages/deep/by_year.md']) {
      const changes = [change(wiki, 'pages/w.md', page('pages/w.md', 'w', [cell(2026, 1)])), change(wiki, 'views/v.md', null)];
      expect(spliceByYear(file, byYear(file, wiki), changes)).toBe(byYear(file, apply(wiki, changes)));
    }
  });
});

describe('spliceByYear: a body that is not the render it must be gives undefined', () => {
  const old = wikiOf([page('pages/a.md', 'A', [cell(2026, 3), cell(2025, 1)]), page('pages/b.md', 'B', [cell(2026, 2)]), page('pages/c.md', 'C', [cell(2026, 1)])]);
  const body = byYear(FILE, old);
  const bump = change(old, 'pages/b.md', page('pages/b.md', 'B', [cell(2026, 5)]));

  it('the row to replace was removed by hand (and the caller is told why)', () => {
    const why: string[] = [];
    expect(spliceByYear(FILE, body.replace('- [B](b.md#2026) — 2건\n', ''), [bump], (w) => why.push(w))).toBeUndefined();
    expect(why).toEqual(['no row for pages/b.md where it must be']);
  });

  it('the row to replace differs from the render of `before`', () => {
    expect(spliceByYear(FILE, body.replace('(b.md#2026) — 2건', '(b.md#2026) — 7건'), [bump])).toBeUndefined();
    expect(spliceByYear(FILE, body, [{ ...bump, before: page('pages/b.md', 'B', [cell(2026, 3)]) }])).toBeUndefined();
  });

  it('a row to add is already listed, or a row to remove sits in a section that is not there', () => {
    expect(spliceByYear(FILE, body, [{ path: 'pages/b.md', before: null, after: page('pages/b.md', 'B', [cell(2026, 5)]) }])).toBeUndefined();
    expect(spliceByYear(FILE, body, [{ path: 'pages/b.md', before: page('pages/b.md', 'B', [cell(2026, 2), cell(2020, 1)]), after: null }])).toBeUndefined();
  });

  it('headings out of order, missing, or not a year; a stray line; an emptied section left behind', () => {
    expect(spliceByYear(FILE, body.replace('## 2025', '## 2027'), [bump])).toBeUndefined();
    expect(spliceByYear(FILE, body.replace('## 2026\n\n', ''), [bump])).toBeUndefined();
    expect(spliceByYear(FILE, body.replace('## 2025', '## 이천이십오'), [bump])).toBeUndefined();
    expect(spliceByYear(FILE, body.replace('## 2025', '## 02025'), [bump])).toBeUndefined();
    expect(spliceByYear(FILE, body.replace('- [B]', '메모\n- [B]'), [bump])).toBeUndefined();
    expect(spliceByYear(FILE, body.replace('- [A](a.md#2025) — 1건\n', ''), [bump])).toBeUndefined();
    expect(spliceByYear(FILE, `메모\n${body}`, [bump])).toBeUndefined();
  });

  it('a path with "#" (its link could be read two ways), on the change or on a row the search lands on', () => {
    expect(spliceByYear(FILE, body, [{ path: 'pages/b#1.md', before: null, after: page('pages/b#1.md', 'B', [cell(2026, 1)]) }])).toBeUndefined();
    for (const anchor of [undefined, '2026']) {
      // Read as `pages/c`, the row would sort before `pages/c!.md`; it sorts after it.
      const wiki = wikiOf([page('pages/c#1.md', 'C', [cell(2026, 1, anchor)])]);
      const add = change(wiki, 'pages/c!.md', page('pages/c!.md', 'C!', [cell(2026, 1)]));
      expect(spliceByYear(FILE, byYear(FILE, wiki), [add])).toBeUndefined();
    }
  });

  it('a row the search lands on links its page in another spelling (not what relativeLink writes)', () => {
    const add = change(old, 'pages/a0.md', page('pages/a0.md', 'A0', [cell(2026, 1)]));
    expect(spliceByYear(FILE, body, [add])).toBe(byYear(FILE, apply(old, [add])));
    for (const spelling of ['./b.md', '%62.md', 'sub/../b.md', '../pages/b.md']) {
      expect(spliceByYear(FILE, body.replace('](b.md#2026)', `](${spelling}#2026)`), [add]), spelling).toBeUndefined();
    }
  });

  it('a body with CRLF line breaks (the caller passes the region body with LF, as the render writes it)', () => {
    expect(spliceByYear(FILE, body.replace(/\n/g, '\r\n'), [bump])).toBeUndefined();
    expect(spliceByYear(FILE, body.replace(/\n/g, '\r\n'), [change(old, 'pages/0.md', page('pages/0.md', '0', [cell(2026, 1)]))])).toBeUndefined();
  });

  it('two changes for one page, a year that is not an integer, two cells of one year', () => {
    expect(spliceByYear(FILE, body, [bump, bump])).toBeUndefined();
    expect(spliceByYear(FILE, body, [change(old, 'pages/b.md', page('pages/b.md', 'B', [cell(2026.5, 1)]))])).toBeUndefined();
    expect(spliceByYear(FILE, body, [change(old, 'pages/b.md', page('pages/b.md', 'B', [cell(2026, 1), cell(2026, 2)]))])).toBeUndefined();
  });
});

describe('splicePageIndex: named cases', () => {
  const old = new Map<string, PageIndexRow>([
    ['pages/a.md', { title: 'A', entries: 3, problem: false }],
    ['pages/b (x).md', { title: 'B](c.md) — 1건', entries: null, problem: false }],
    ['pages/c.md', { title: 'C', entries: null, problem: true }],
  ]);
  const body = pageIndex(old);
  const check = (changes: RowChange<PageIndexRow>[]) => {
    const out = splicePageIndex(INDEX, body, changes);
    expect(out).toBe(pageIndex(apply(old, changes)));
    return out!;
  };

  it('the old render is what it is', () => {
    expect(body).toBe('- [A](a.md) — 3건\n- [B](c.md) — 1건](b%20%28x%29.md)\n- [C](c.md) — (영역 오류)\n');
  });

  it('a count, a title, a problem appears and goes, a count appears and goes', () => {
    check([change(old, 'pages/a.md', { title: 'A', entries: 4, problem: false })]);
    check([change(old, 'pages/a.md', { title: '에이', entries: 3, problem: false })]);
    check([change(old, 'pages/a.md', { title: 'A', entries: 3, problem: true }), change(old, 'pages/c.md', { title: 'C', entries: 0, problem: false })]);
    check([change(old, 'pages/b (x).md', { title: 'B', entries: 2, problem: false })]);
    check([change(old, 'pages/a.md', { title: 'A', entries: null, problem: false })]);
  });

  it('pages added (first, between, last) and removed, to and from empty', () => {
    check([change(old, 'pages/0.md', { title: '0', entries: 1, problem: false }), change(old, 'pages/b.md', { title: 'b', entries: 1, problem: false }), change(old, 'pages/z.md', { title: 'z', entries: null, problem: false })]);
    check([change(old, 'pages/b (x).md', null)]);
    expect(check([...old.keys()].map((p) => change(old, p, null)))).toBe('');
    expect(splicePageIndex(INDEX, '', [...old].map(([p, r]) => ({ path: p, before: null, after: r })))).toBe(body);
    expect(splicePageIndex(INDEX, body, [change(old, 'pages/a.md', old.get('pages/a.md')!)])).toBe(body);
  });

  it('undefined for a row removed or edited by hand, a row already listed, the index itself', () => {
    const bump = change(old, 'pages/a.md', { title: 'A', entries: 4, problem: false });
    expect(splicePageIndex(INDEX, body.replace('- [A](a.md) — 3건\n', ''), [bump])).toBeUndefined();
    const why: string[] = [];
    expect(splicePageIndex(INDEX, body.replace('3건', '5건'), [bump], (w) => why.push(w))).toBeUndefined();
    expect(why).toEqual(['the row for pages/a.md is not the one rendered from its previous state']);
    expect(splicePageIndex(INDEX, body, [{ ...bump, before: null }])).toBeUndefined();
    expect(splicePageIndex(INDEX, `# 목록\n${body}`, [bump])).toBeUndefined();
    expect(splicePageIndex(INDEX, body.replace('(a.md)', '(A.md)'), [bump])).toBeUndefined();
    // Only the rows the search lands on are read: adding pages/0.md reads the row of pages/a.md.
    const add = change(old, 'pages/0.md', { title: '0', entries: 1, problem: false });
    expect(splicePageIndex(INDEX, body, [add])).toBe(pageIndex(apply(old, [add])));
    expect(splicePageIndex(INDEX, body.replace('](a.md)', '](./a.md)'), [add])).toBeUndefined();
    expect(splicePageIndex(INDEX, body.replace('](a.md)', '](%61.md)'), [add])).toBeUndefined();
    expect(splicePageIndex(INDEX, body.replace(/\n/g, '\r\n'), [add])).toBeUndefined();
    expect(splicePageIndex(INDEX, body, [change(old, INDEX, { title: 'I', entries: null, problem: false })])).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------
// Property tests: random wikis, random changes of every kind.

const NAME_CHARS = ['a', 'b', 'k', 'z', 'A', '0', '9', ' ', '(', ')', '[', ']', '%', '한', '글', '-', '_', '.', '&', '+', "'", '!', '~', ',', ';', '@', '=', '$', 'é'];
const TITLE_PARTS = ['고윤정', 'A', '\\[커버\\]', '](x.md) — 3건', ') — ', '(영역 오류)', 'a|b', ' ', '#2026', '%20'];

function generator(seed: number) {
  const rnd = seededRandom(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const name = () => Array.from({ length: 1 + int(6) }, () => pick(NAME_CHARS)).join('');
  const title = () => Array.from({ length: 1 + int(3) }, () => pick(TITLE_PARTS)).join('');
  return { rnd, int, pick, name, title };
}

type Gen = ReturnType<typeof generator>;

function randomCells(g: Gen): YearCell[] {
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, undefined];
  const chosen = [...new Set(Array.from({ length: g.int(4) }, () => g.pick(years.slice(0, 3 + g.int(7)))))];
  return chosen.map((y) => cell(y, 1 + g.int(30), y === undefined ? undefined : g.pick([undefined, String(y), `${y}-1`, `${y} (봄)`])));
}

function randomByYearPage(g: Gen, path: string): ByYearPage {
  return page(path, g.title(), randomCells(g));
}

/** A new state for a listed page: each kind of change the run makes. */
function changedByYearPage(g: Gen, p: ByYearPage): ByYearPage | null {
  const years = p.years.map((c) => ({ ...c }));
  switch (g.int(8)) {
    case 0:
      return null;
    case 1:
      return { ...p, title: g.title() };
    case 2:
      if (years.length) years[g.int(years.length)]!.count += 1 + g.int(3);
      return { ...p, years };
    case 3: {
      const extra = randomCells(g).filter((c) => !years.some((y) => y.year === c.year));
      return { ...p, years: [...years, ...extra] };
    }
    case 4:
      if (years.length) years.splice(g.int(years.length), 1);
      return { ...p, years };
    case 5:
      if (years.length) {
        const c = years[g.int(years.length)]!;
        if (c.anchor === undefined) c.anchor = 'x';
        else delete c.anchor;
      }
      return { ...p, years };
    case 6:
      return { ...p, years: [] };
    default:
      return { ...p, dated: p.dated + 1 };
  }
}

function randomPath(g: Gen, folders: readonly string[]): string {
  return `${g.pick(folders)}${g.name()}.md`;
}

describe('splice = full render of the new state (seeded property test)', () => {
  const seed = testSeed(1313);

  it('by_year over a few hundred random wikis and changes', () => {
    const g = generator(seed);
    const folders = ['pages/', 'pages/', 'pages/', 'pages/sub/', 'pages/하위 폴더/', 'other/', ''];
    let spliced = 0;
    for (let round = 0; round < 400; round++) {
      const file = g.pick([FILE, FILE, 'by_year.md', 'pages/sub/by_year.md', 'views/by_year.md']);
      const size = g.pick([0, 1, 2, 5, 20, 60]);
      const old: Wiki<ByYearPage> = new Map();
      for (let i = 0; i < size; i++) {
        const path = randomPath(g, folders);
        old.set(path, randomByYearPage(g, path));
      }
      const listed = [...old.keys()];
      const changes: RowChange<ByYearPage>[] = [];
      const touched = new Set<string>();
      const removeAll = g.int(10) === 0;
      for (const path of listed) {
        if (!removeAll && g.rnd() > 0.3) continue;
        touched.add(path);
        changes.push({ path, before: old.get(path)!, after: removeAll ? null : changedByYearPage(g, old.get(path)!) });
      }
      for (let i = g.int(5); i > 0; i--) {
        const path = randomPath(g, folders);
        if (touched.has(path) || old.has(path)) continue;
        touched.add(path);
        changes.push({ path, before: null, after: g.int(6) ? randomByYearPage(g, path) : null });
      }
      changes.sort(() => g.rnd() - 0.5);
      const body = byYear(file, old);
      const want = byYear(file, apply(old, changes));
      const got = spliceByYear(file, body, changes);
      expect(got, `seed ${seed} round ${round}`).toBe(want);
      if (got !== body) spliced++;
    }
    // The generator really exercised the splice, not only no-ops.
    expect(spliced).toBeGreaterThan(300);
  });

  it('by_year: a changed row removed or altered by hand gives undefined, never a wrong text', () => {
    const g = generator(seed + 1);
    let refused = 0;
    for (let round = 0; round < 200; round++) {
      const old: Wiki<ByYearPage> = new Map();
      for (let i = 1 + g.int(30); i > 0; i--) {
        const path = randomPath(g, ['pages/', 'pages/sub/']);
        old.set(path, randomByYearPage(g, path));
      }
      const victim = g.pick([...old.values()].filter((p) => p.years.length));
      if (!victim) continue;
      const body = byYear(FILE, old);
      const after = { ...victim, years: victim.years.map((c) => ({ ...c, count: c.count + 1 })) };
      const cellToBreak = g.pick(victim.years);
      const row = renderByYear(FILE, [{ ...victim, years: [cellToBreak] }]).split('\n')[2]!;
      expect(body).toContain(`${row}\n`);
      const broken = g.int(2) ? body.replace(`${row}\n`, '') : body.replace(`${row}\n`, `${row.replace(/ — (\d+)건$/, (_m, n: string) => ` — ${Number(n) + 100}건`)}\n`);
      expect(spliceByYear(FILE, broken, [{ path: victim.path, before: victim, after }])).toBeUndefined();
      refused++;
    }
    expect(refused).toBeGreaterThan(150);
  });

  it('page index over a few hundred random indexes and changes', () => {
    const g = generator(seed + 2);
    const randomRow = (): PageIndexRow => ({ title: g.title(), entries: g.int(4) ? g.int(50) : null, problem: g.int(6) === 0 });
    // The page index links have no anchor, so a '#' in a name is no ambiguity there.
    const indexPath = () => `pages/${g.name()}${g.int(4) === 0 ? '#' : ''}${g.name()}.md`;
    let spliced = 0;
    for (let round = 0; round < 400; round++) {
      const old: Wiki<PageIndexRow> = new Map();
      for (let i = g.pick([0, 1, 3, 10, 50]); i > 0; i--) old.set(indexPath(), randomRow());
      old.delete(INDEX);
      const changes: RowChange<PageIndexRow>[] = [];
      const removeAll = g.int(10) === 0;
      for (const [path, row] of old) {
        if (!removeAll && g.rnd() > 0.3) continue;
        const after = removeAll || g.int(5) === 0 ? null : g.int(2) ? { ...row, entries: (row.entries ?? 0) + 1 } : randomRow();
        changes.push({ path, before: row, after });
      }
      for (let i = g.int(5); i > 0; i--) {
        const path = indexPath();
        if (path === INDEX || old.has(path) || changes.some((c) => c.path === path)) continue;
        changes.push({ path, before: null, after: randomRow() });
      }
      changes.sort(() => g.rnd() - 0.5);
      const body = pageIndex(old);
      const got = splicePageIndex(INDEX, body, changes);
      expect(got, `seed ${seed} round ${round}`).toBe(pageIndex(apply(old, changes)));
      if (got !== body) spliced++;
    }
    expect(spliced).toBeGreaterThan(250);
  });
});

describe('a large body is spliced without being split into lines', () => {
  const realSplit = String.prototype.split;
  afterEach(() => {
    String.prototype.split = realSplit;
  });

  it('50,000 pages, 200 changes: equal to the full render, and no split of a large string', () => {
    const g = generator(testSeed(5000));
    const old: Wiki<ByYearPage> = new Map();
    const index: Wiki<PageIndexRow> = new Map();
    for (let i = 0; i < 50_000; i++) {
      const path = `pages/${i.toString(36).padStart(4, '0')} ${g.pick(['문서', 'page', '(a)'])}.md`;
      old.set(path, randomByYearPage(g, path));
      index.set(path, { title: g.title(), entries: g.int(100), problem: false });
    }
    const paths = [...old.keys()];
    const yearChanges: RowChange<ByYearPage>[] = [];
    const indexChanges: RowChange<PageIndexRow>[] = [];
    for (let i = 0; i < 200; i++) {
      const path = i < 150 ? paths[(i * 331) % paths.length]! : `pages/new ${i}.md`;
      yearChanges.push({ path, before: old.get(path) ?? null, after: old.has(path) ? changedByYearPage(g, old.get(path)!) : randomByYearPage(g, path) });
      indexChanges.push({ path, before: index.get(path) ?? null, after: { title: g.title(), entries: g.int(100), problem: false } });
    }
    const body = byYear(FILE, old);
    const indexBody = pageIndex(index);
    expect(body.length).toBeGreaterThan(3_000_000);

    let largeSplits = 0;
    String.prototype.split = function (this: string, ...args: Parameters<typeof realSplit>) {
      if (this.length > 100_000) largeSplits++;
      return realSplit.apply(this, args);
    } as typeof realSplit;
    const splicedYears = spliceByYear(FILE, body, yearChanges);
    const splicedIndex = splicePageIndex(INDEX, indexBody, indexChanges);
    String.prototype.split = realSplit;

    expect(largeSplits).toBe(0);
    expect(splicedYears).toBe(byYear(FILE, apply(old, yearChanges)));
    expect(splicedIndex).toBe(pageIndex(apply(index, indexChanges)));
  });
});
