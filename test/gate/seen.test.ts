import { describe, expect, it } from 'vitest';
import { PageError } from '../../src/errors.js';
import { entryId } from '../../src/gate/canonical.js';
import { parseSeen, SEEN_HEADER, SeenIndex, serializeSeen } from '../../src/gate/seen.js';

const u1 = 'https://news.kbs.co.kr/news/view.do?ncd=1';
const u2 = 'https://www.elle.co.kr/article/2';
const u3 = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

function errorOf(fn: () => unknown): PageError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PageError) return e;
    throw e;
  }
  throw new Error('expected a PageError');
}

describe('seen index', () => {
  it('serialises sorted by id with header, LF and trailing newline', () => {
    const idx = new SeenIndex();
    for (const u of [u1, u2, u3]) idx.add(entryId(u), '2026-06-01', u);
    const text = serializeSeen(idx);
    const lines = text.split('\n');
    expect(lines[0]).toBe(SEEN_HEADER);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('\r');
    const ids = lines.slice(1, -1).map((l) => l.split('\t')[0]);
    expect(ids).toEqual([entryId(u1), entryId(u2), entryId(u3)].sort());
    expect(lines).toHaveLength(5);
  });

  it('round-trips byte-identically and is independent of insertion order', () => {
    const a = new SeenIndex();
    const b = new SeenIndex();
    for (const u of [u1, u2, u3]) a.add(entryId(u), '2026-06-01', u);
    for (const u of [u3, u1, u2]) b.add(entryId(u), '2026-06-01', u);
    const text = serializeSeen(a);
    expect(serializeSeen(b)).toBe(text);
    const parsed = parseSeen(text, 'data/seen.tsv');
    expect(parsed.size).toBe(3);
    expect(serializeSeen(parsed)).toBe(text);
  });

  it('serialises an empty index as the header only and parses it back', () => {
    expect(serializeSeen(new SeenIndex())).toBe(`${SEEN_HEADER}\n`);
    expect(parseSeen(`${SEEN_HEADER}\n`, 'f').size).toBe(0);
    expect(parseSeen('', 'f').size).toBe(0);
  });

  it('answers has/hasUrl scheme-insensitively', () => {
    const idx = new SeenIndex();
    idx.add(entryId(u1), '2026-06-01', u1);
    expect(idx.has(entryId(u1))).toBe(true);
    expect(idx.has(entryId(u2))).toBe(false);
    expect(idx.hasUrl(u1)).toBe(true);
    expect(idx.hasUrl(u1.replace('https:', 'http:'))).toBe(true);
    expect(idx.hasUrl(u2)).toBe(false);
  });

  it('is additive and keeps the earliest date whatever the order', () => {
    const idx = new SeenIndex();
    expect(idx.add(entryId(u1), '2026-06-03', u1)).toBe(true);
    expect(idx.add(entryId(u1), '2026-06-01', u1)).toBe(false);
    expect(idx.add(entryId(u1), '2026-06-05', u1)).toBe(false);
    expect(idx.get(entryId(u1))?.date).toBe('2026-06-01');
    const other = new SeenIndex();
    other.add(entryId(u2), '2026-06-02', u2);
    idx.merge(other);
    expect(idx.entries().map((e) => e.url).sort()).toEqual([u1, u2].sort());
  });

  it('merges http and https forms of one URL into one line, whatever the order', () => {
    const http = u1.replace('https:', 'http:');
    const a = new SeenIndex();
    a.add(entryId(u1), '2026-06-01', u1);
    a.add(entryId(http), '2026-06-01', http);
    const b = new SeenIndex();
    b.add(entryId(http), '2026-06-01', http);
    b.add(entryId(u1), '2026-06-01', u1);
    expect(a.size).toBe(1);
    expect(serializeSeen(a)).toBe(serializeSeen(b));
    // an earlier date wins over the URL order
    b.add(entryId(u1), '2026-05-01', u1);
    expect(b.get(entryId(u1))).toEqual({ id: entryId(u1), date: '2026-05-01', url: u1 });
  });

  it('accepts CRLF, comments, blank lines, unsorted and repeated lines', () => {
    const text = [
      SEEN_HEADER,
      `${entryId(u2)}\t2026-06-02\t${u2}`,
      '',
      '# a note',
      `${entryId(u1)}\t2026-06-04\t${u1}`,
      `${entryId(u1)}\t2026-06-01\t${u1}`,
    ].join('\r\n');
    const idx = parseSeen(text, 'data/seen.tsv');
    expect(idx.size).toBe(2);
    expect(idx.get(entryId(u1))?.date).toBe('2026-06-01');
    expect(serializeSeen(idx)).toBe(
      `${SEEN_HEADER}\n${[
        `${entryId(u1)}\t2026-06-01\t${u1}\n`,
        `${entryId(u2)}\t2026-06-02\t${u2}\n`,
      ]
        .sort()
        .join('')}`,
    );
  });

  it.each([
    ['a line with two fields', `${SEEN_HEADER}\n${entryId(u1)}\t2026-06-01\n`, 2, 'expected 3 tab-separated fields'],
    ['a merge conflict marker', `${SEEN_HEADER}\n${entryId(u1)}\t2026-06-01\t${u1}\n<<<<<<< HEAD\n`, 3, 'found 1'],
    ['a bad id', `${SEEN_HEADER}\nE123\t2026-06-01\t${u1}\n`, 2, 'id "E123" is not'],
    ['an impossible date', `${SEEN_HEADER}\n${entryId(u1)}\t2026-02-30\t${u1}\n`, 2, 'date "2026-02-30"'],
    ['a relative URL', `${SEEN_HEADER}\n${entryId(u1)}\t2026-06-01\t/a\n`, 2, 'URL "/a"'],
    ['an id of another URL', `${SEEN_HEADER}\n${entryId(u2)}\t2026-06-01\t${u1}\n`, 2, 'does not belong to URL'],
  ])('rejects %s with file and line', (_name, text, line, message) => {
    const err = errorOf(() => parseSeen(text, 'data/seen.tsv'));
    expect(err.file).toBe('data/seen.tsv');
    expect(err.line).toBe(line);
    expect(err.message).toContain(`data/seen.tsv:${line}: `);
    expect(err.message).toContain(message);
  });

  it('rejects invalid entries on add', () => {
    const idx = new SeenIndex();
    expect(() => idx.add('e000000000000', '2026-06-01', u1)).toThrow(/does not belong to URL/);
    expect(() => idx.add(entryId(u1), '01/06/2026', u1)).toThrow(/not a calendar date/);
    expect(idx.size).toBe(0);
  });
});
