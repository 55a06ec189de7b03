/** The run reads the seen file leniently: bad lines are reported with their line, kept verbatim, never used as ids. */
import { describe, expect, it } from 'vitest';
import { entryId } from '../../src/gate/canonical.js';
import { parseSeen, SEEN_HEADER, serializeSeen } from '../../src/gate/seen.js';

const url = 'https://news.example.com/a/1';
const good = `${entryId(url)}\t2026-11-01\t${url}`;

describe('seen file with bad lines (keepBadLines)', () => {
  it('records each bad line with its number, keeps it verbatim after the entries, and does not use it as an id', () => {
    const text = [SEEN_HEADER, 'garbage', good, 'e0123456789ab\t2026-13-01\thttps://x.test/', `${entryId(url)}\t2026-11-02\thttps://other.test/`, ''].join('\n');
    expect(() => parseSeen(text, 'data/seen.tsv')).toThrow(/data\/seen.tsv:2: expected 3 tab-separated fields/);
    const idx = parseSeen(text, 'data/seen.tsv', { keepBadLines: true });
    expect(idx.size).toBe(1);
    expect(idx.has('e0123456789ab')).toBe(false);
    expect(idx.badLines().map((b) => b.line)).toEqual([2, 4, 5]);
    expect(idx.badLines()[0]!.problem).toMatch(/expected 3 tab-separated fields/);
    const out = serializeSeen(idx);
    expect(out).toBe(
      [SEEN_HEADER, good, 'garbage', 'e0123456789ab\t2026-13-01\thttps://x.test/', `${entryId(url)}\t2026-11-02\thttps://other.test/`, ''].join('\n'),
    );
    // Stable: reading the result again gives the same bytes.
    expect(serializeSeen(parseSeen(out, 'data/seen.tsv', { keepBadLines: true }))).toBe(out);
  });
});
