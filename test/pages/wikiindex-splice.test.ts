/**
 * The wiki index written back by splicing (src/pages/wikiindex.ts serializeWikiIndex with a stored
 * base): unchanged lines are copied from the stored text in runs, changed ones written anew. Whatever
 * the changes, the bytes must equal a full serialisation of the same index; and the stored text is
 * checked line by line (a bad line is named, never half-believed).
 */
import { describe, expect, it } from 'vitest';
import { PageError } from '../../src/errors.js';
import { existingIdsAmong, parseWikiIndex, serializeWikiIndex, WIKI_INDEX_HEADER, type IndexedFile, type WikiIndex } from '../../src/pages/wikiindex.js';
import { seededRandom, testSeed } from '../support/rand.js';

const NAMES = ['a', 'b', 'c', 'é', '고윤정', 'z z', 'topic-1', 'topic-10', 'topic-2', 'x(1)', 'Ω', '0'];

function file(p: string, n: number): IndexedFile {
  return {
    path: p,
    blob: n.toString(16).padStart(40, '0'),
    entries: n % 3 === 0 ? null : n,
    status: p.startsWith('news/') ? 'success' : null,
    title: `제목 ${n} \\ ${p}`,
    problem: n % 7 === 0 ? `broken region ${n}` : null,
    ids: n % 5 === 0 ? '' : `e${n.toString(16).padStart(12, '0')} f${n.toString(16).padStart(12, '0')}`,
    knowledge: n % 4 === 0 ? null : { title: `제목 ${n}`, years: [{ year: 2026, count: n, anchor: '2026' }, { count: 1 }], dated: n },
    kproblem: null,
  };
}

/** A full serialisation: the same index without its stored base. */
function full(index: WikiIndex): string {
  const copy: WikiIndex = new Map(index);
  if (index.seenBlob) copy.seenBlob = index.seenBlob;
  if (index.timeline) copy.timeline = index.timeline;
  return serializeWikiIndex(copy);
}

function randomIndex(random: () => number, size: number): WikiIndex {
  const index: WikiIndex = new Map();
  for (let i = 0; i < size; i++) {
    const dir = random() < 0.8 ? 'pages' : 'news';
    const p = `${dir}/${NAMES[Math.floor(random() * NAMES.length)]}-${Math.floor(random() * 1000)}.md`;
    index.set(p, file(p, Math.floor(random() * 10_000)));
  }
  index.seenBlob = 'a'.repeat(40);
  index.timeline = { size: 2, total: 1, entries: [{ page: 'pages/a.md', line: 3, date: '2026-11-01', outlet: 'OSEN', title: '소식' }] };
  return index;
}

describe('the wiki index spliced on write', () => {
  it('writes the same bytes as a full serialisation, whatever changes, over seeded random indexes', () => {
    const random = seededRandom(testSeed(1313));
    let changedLines = 0;
    for (let round = 0; round < 300; round++) {
      const stored = serializeWikiIndex(randomIndex(random, Math.floor(random() * 60)));
      const parsed = parseWikiIndex(stored);
      expect(serializeWikiIndex(parsed)).toBe(stored);
      const next: WikiIndex = new Map(parsed);
      next.base = parsed.base!;
      next.seenBlob = random() < 0.5 ? 'b'.repeat(40) : parsed.seenBlob!;
      const paths = [...parsed.keys()];
      const changes = Math.floor(random() * 8);
      for (let c = 0; c < changes; c++) {
        const roll = random();
        if (roll < 0.35 && paths.length) {
          const p = paths[Math.floor(random() * paths.length)]!;
          next.set(p, file(p, Math.floor(random() * 10_000)));
        } else if (roll < 0.6 && paths.length) next.delete(paths[Math.floor(random() * paths.length)]!);
        else {
          const p = `pages/${NAMES[Math.floor(random() * NAMES.length)]}-new${Math.floor(random() * 1000)}.md`;
          next.set(p, file(p, Math.floor(random() * 10_000)));
        }
        changedLines++;
      }
      expect(serializeWikiIndex(next)).toBe(full(next));
    }
    expect(changedLines).toBeGreaterThan(500);
  });

  it('copies unchanged lines from the stored text, including a last one without its newline', () => {
    const index = randomIndex(seededRandom(7), 20);
    const stored = serializeWikiIndex(index);
    const parsed = parseWikiIndex(stored.slice(0, -1));
    const next: WikiIndex = new Map(parsed);
    next.base = parsed.base!;
    next.seenBlob = parsed.seenBlob!;
    next.timeline = parsed.timeline!;
    next.set('pages/힣힣-last.md', file('pages/힣힣-last.md', 42));
    const out = serializeWikiIndex(next);
    expect(out).toBe(full(next));
    expect(out.endsWith('\n')).toBe(true);
    // Header, #seen, #timeline, one line per file: the stored last line kept its own line.
    expect(out.split('\n')).toHaveLength(3 + next.size + 1);
  });

  it('writes the same bytes when a blank or # line stands between the stored lines', () => {
    const random = seededRandom(testSeed(17));
    for (let round = 0; round < 40; round++) {
      const stored = serializeWikiIndex(randomIndex(random, 2 + Math.floor(random() * 30)));
      const lines = stored.split('\n');
      // Between two file lines (the header, #seen and #timeline come first).
      const at = 4 + Math.floor(random() * (lines.length - 5));
      lines.splice(at, 0, random() < 0.5 ? '' : `#seen\t${'c'.repeat(40)}`);
      const parsed = parseWikiIndex(lines.join('\n'));
      const next: WikiIndex = new Map(parsed);
      next.base = parsed.base!;
      next.seenBlob = parsed.seenBlob!;
      next.timeline = parsed.timeline!;
      const p = `pages/${NAMES[round % NAMES.length]}-added.md`;
      next.set(p, file(p, round));
      expect(serializeWikiIndex(next)).toBe(full(next));
    }
  });

  it('sorts an index a person left unsorted instead of splicing into it', () => {
    const stored = serializeWikiIndex(randomIndex(seededRandom(11), 10));
    const [head, seen, timeline, ...lines] = stored.trimEnd().split('\n');
    const shuffled = `${[head, seen, timeline, ...lines.reverse()].join('\n')}\n`;
    const parsed = parseWikiIndex(shuffled);
    expect(parsed.base!.sorted).toBe(false);
    expect(serializeWikiIndex(parsed)).toBe(stored);
  });

  it('names the line it cannot read, and a path listed twice', () => {
    const stored = serializeWikiIndex(randomIndex(seededRandom(3), 5));
    const lines = stored.split('\n');
    const bad = [...lines];
    bad[4] = bad[4]!.replace(/\t[0-9a-f]{40}\t/, '\tnot-a-blob\t');
    expect(() => parseWikiIndex(bad.join('\n'), 'data/wiki-index.tsv')).toThrow(PageError);
    expect(() => parseWikiIndex(bad.join('\n'), 'data/wiki-index.tsv')).toThrow(/data\/wiki-index\.tsv:5: not an index line/);
    const fields = [...lines];
    fields[3] = `${fields[3]}\textra`;
    expect(() => parseWikiIndex(fields.join('\n'))).toThrow(/:4: not an index line/);
    const knowledge = [...lines];
    knowledge[3] = knowledge[3]!.replace(/\t(-|\{.*\})$/, '\t[1]');
    expect(() => parseWikiIndex(knowledge.join('\n'))).toThrow(/:4: not an index line/);
    const twice = [...lines];
    twice.splice(4, 0, lines[3]!);
    expect(() => parseWikiIndex(twice.join('\n'))).toThrow(/:5: "[^"]+" is listed twice/);
    expect(WIKI_INDEX_HEADER.startsWith('# wiki-daily index')).toBe(true);
  });
});

describe('existing ids among the candidates', () => {
  it('finds exactly the candidates some file holds, in stored lines and in fresh entries alike', () => {
    const random = seededRandom(testSeed(2024));
    for (let round = 0; round < 50; round++) {
      const index = randomIndex(random, 1 + Math.floor(random() * 40));
      const parsed = parseWikiIndex(serializeWikiIndex(index));
      // Half the lines stay stored (StoredLine), half are replaced by fresh objects.
      const mixed: WikiIndex = new Map(parsed);
      for (const [p, f] of index) if (random() < 0.5) mixed.set(p, f);
      const all = [...index.values()].flatMap((f) => (f.ids ? f.ids.split(' ') : []));
      const candidates = new Set([...all.filter(() => random() < 0.3), 'e000000000000', 'f', '', 'e0000000000001']);
      const expected = new Set([...candidates].filter((c) => all.includes(c)));
      expect(existingIdsAmong(parsed, candidates)).toEqual(expected);
      expect(existingIdsAmong(mixed, candidates)).toEqual(expected);
    }
  });
});
