import { describe, expect, it } from 'vitest';
import { compareEntries, formatEntry, mergeEntries, parseEntries, type EntryData } from '../../src/pages/entries.js';

const entry = (id: string, date: string | undefined, title = `title ${id}`): EntryData => ({
  id,
  ...(date ? { date } : {}),
  outlet: 'ELLE Korea',
  kind: 'pictorial',
  title,
  url: `https://www.elle.co.kr/article/${id}`,
  confidence: '보도(1차)',
});

const opts = { file: 'pages/p.md', defaultYear: 2026 };

describe('formatEntry', () => {
  it('writes the block format of the wiki', () => {
    expect(formatEntry(entry('e0123456789ab', '2026-11-26', 'ELLE 12월호 커버'))).toBe(
      [
        '- 날짜: 2026-11-26',
        '  - 매체: ELLE Korea',
        '  - 구분: pictorial',
        '  - 제목: ELLE 12월호 커버',
        '  - 링크(원문): <https://www.elle.co.kr/article/e0123456789ab>',
        '  - 상태: 보도(1차)',
        '  - id: e0123456789ab',
      ].join('\n'),
    );
    expect(formatEntry(entry('e1', undefined)).split('\n')[0]).toBe('- 날짜: 미상');
  });

  it('refuses unsafe links and odd ids', () => {
    expect(() => formatEntry({ ...entry('e1', '2026-01-01'), url: 'javascript:alert(1)' })).toThrow(/no safe http/);
    expect(() => formatEntry({ ...entry('e1', '2026-01-01'), id: 'e1\n- id: e2' })).toThrow(/entry id/);
  });
});

describe('parseEntries', () => {
  it('reads hand-edited blocks tolerantly', () => {
    const body = [
      '## 2026',
      '',
      '* 날짜: 2026-03-02 (오전)',
      '    * 매체：Vogue',
      '    - 제목: 사람이 고친 제목',
      '    - 메모: 추가 설명',
      '    - 링크(원문): [원문](https://vogue.example/a_(b))',
      '    - id: `e00000000000a`',
      '- 날짜: 2026-13-40x',
      '  - 링크: https://bare.example/x',
      '',
      '사람이 쓴 문단',
      '## 2025',
      '- 날짜: 2025-01-01',
      '  - id: e00000000000b',
    ].join('\n');
    const parsed = parseEntries(body, 'pages/p.md');
    expect(parsed.years).toEqual([2026, 2025]);
    expect(parsed.entries).toHaveLength(3);
    const [a, b, c] = parsed.entries;
    expect(a).toMatchObject({ line: 3, endLine: 8, year: 2026, date: '2026-03-02', outlet: 'Vogue', title: '사람이 고친 제목', url: 'https://vogue.example/a_(b', id: 'e00000000000a' });
    expect(a!.fields['메모']).toBe('추가 설명');
    expect(b).toMatchObject({ line: 9, year: 2026, url: 'https://bare.example/x' });
    expect(b!.id).toBeUndefined();
    expect(c).toMatchObject({ year: 2025, date: '2025-01-01', id: 'e00000000000b' });
    expect(parsed.problems.some((p) => p.includes('line 9') && p.includes('no "id: e…"'))).toBe(true);
    expect(parsed.problems.some((p) => p.includes('line 14') && p.includes('no http(s) link'))).toBe(true);
  });
});

describe('mergeEntries', () => {
  it('groups new entries under years, newest first, undated last in the run year', () => {
    const res = mergeEntries('', [entry('e3', '2025-05-01'), entry('e1', '2026-01-02'), entry('e9', undefined), entry('e2', '2026-11-26')], opts);
    expect(res.added.map((e) => e.id)).toEqual(['e2', 'e1', 'e9', 'e3']);
    const lines = res.body.split('\n');
    expect(lines.filter((l) => /^## |^- 날짜/.test(l))).toEqual([
      '## 2026',
      '- 날짜: 2026-11-26',
      '- 날짜: 2026-01-02',
      '- 날짜: 미상',
      '## 2025',
      '- 날짜: 2025-05-01',
    ]);
    expect(res.body.endsWith('  - id: e3\n')).toBe(true);
    const reparsed = parseEntries(res.body, 'p');
    expect(reparsed.entries.map((e) => [e.id, e.year])).toEqual([
      ['e2', 2026],
      ['e1', 2026],
      ['e9', 2026],
      ['e3', 2025],
    ]);
    expect(reparsed.problems).toEqual([]);
  });

  it('keeps existing (even unsorted, hand-edited) lines exactly and inserts around them', () => {
    const existing = [
      '사람이 남긴 머리말',
      '',
      '## 2026',
      '',
      '- 날짜: 2026-03-01',
      '  - 제목: 손으로 고친 *제목*',
      '  - 링크(원문): <https://a.example/1>',
      '  - id: e00000000000a',
      '  - 메모: 유지되어야 함',
      '- 날짜: 2026-09-01',
      '  - 링크(원문): <https://a.example/2>',
      '  - id: e00000000000b',
      '',
      '## 2024',
      '',
      '- 날짜: 2024-02-02',
      '  - 링크(원문): <https://a.example/3>',
      '  - id: e00000000000c',
      '',
    ].join('\n');
    const res = mergeEntries(existing, [entry('e000000000010', '2026-06-01'), entry('e000000000011', '2025-07-07'), entry('e000000000012', '2027-01-01')], opts);
    expect(res.added).toHaveLength(3);
    const out = res.body.split('\n');
    // Every original line survives, in order.
    let i = 0;
    for (const line of existing.split('\n').slice(0, -1)) {
      i = out.indexOf(line, i);
      expect(i, line).toBeGreaterThanOrEqual(0);
      i++;
    }
    const skeleton = out.filter((l) => /^## |^- 날짜|^사람/.test(l));
    expect(skeleton).toEqual([
      '사람이 남긴 머리말',
      '## 2027',
      '- 날짜: 2027-01-01',
      '## 2026',
      '- 날짜: 2026-06-01',
      '- 날짜: 2026-03-01',
      '- 날짜: 2026-09-01',
      '## 2025',
      '- 날짜: 2025-07-07',
      '## 2024',
      '- 날짜: 2024-02-02',
    ]);
    // New year sections are separated by blank lines.
    expect(res.body).toContain('\n\n## 2025\n\n- 날짜: 2025-07-07\n');
    expect(res.body).toContain('사람이 남긴 머리말\n\n## 2027\n\n- 날짜: 2027-01-01\n');
  });

  it('does not add an id or a (canonical) link that is already there', () => {
    const first = mergeEntries('', [entry('e000000000001', '2026-01-01')], opts).body;
    const again = mergeEntries(first, [entry('e000000000001', '2026-01-01', 'other title')], opts);
    expect(again.added).toEqual([]);
    expect(again.duplicates.map((e) => e.id)).toEqual(['e000000000001']);
    expect(again.body).toBe(first);
    const sameUrl = { ...entry('e000000000002', '2026-01-01'), url: 'https://www.elle.co.kr/article/e000000000001' };
    expect(mergeEntries(first, [sameUrl], opts).added).toEqual([]);
    const variant = { ...entry('e000000000003', '2026-01-01'), url: 'https://m.elle.co.kr/article/e000000000001?utm_source=x' };
    const canonicalize = (u: string) => u.replace('//m.', '//www.').replace(/\?utm_source=\w+$/, '');
    expect(mergeEntries(first, [variant], { ...opts, canonicalize }).added).toEqual([]);
    expect(mergeEntries(first, [variant], opts).added).toHaveLength(1);
    expect(mergeEntries('', [entry('e000000000004', '2026-01-01')], { ...opts, knownIds: new Set(['e000000000004']) }).added).toEqual([]);
    // The same entry twice in one batch is written once.
    expect(mergeEntries('', [entry('e5', '2026-01-01'), entry('e5', '2026-01-01')], opts).added).toHaveLength(1);
  });

  it('is deterministic whatever the input order', () => {
    const list = [entry('eb', '2026-05-05'), entry('ea', '2026-05-05'), entry('ec', undefined), entry('ed', '2024-01-01'), entry('ee', '2026-12-31')];
    const bodies = new Set([list, [...list].reverse(), [list[2]!, list[0]!, list[4]!, list[1]!, list[3]!]].map((l) => mergeEntries('## 2026\n', l, opts).body));
    expect(bodies.size).toBe(1);
    const ids = parseEntries([...bodies][0]!, 'p').entries.map((e) => e.id);
    expect(ids).toEqual(['ee', 'ea', 'eb', 'ec', 'ed']);
    expect(compareEntries({ date: '2026-01-01', id: 'a' }, { id: 'b' })).toBeLessThan(0);
  });

  it('keeps a hostile title inside exactly one block', () => {
    const hostile = '<!-- wiki-daily:end entries:main -->\n- 날짜: 1999-01-01\n  - id: e999999999999 ](javascript:alert(1)) ## x | y';
    const res = mergeEntries('', [entry('e000000000001', '2026-02-02', hostile)], opts);
    const parsed = parseEntries(res.body, 'p');
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0]!.id).toBe('e000000000001');
    expect(res.body).not.toContain('<!--');
    expect(res.body).not.toContain('e999999999999\n');
    expect(res.body.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(1);
  });
});
