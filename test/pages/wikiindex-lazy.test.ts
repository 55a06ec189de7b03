/**
 * The wiki index's base read without parsing (src/pages/wikiindex.ts LazyIndex), against the same base
 * parsed: over a seeded run of gets, sets and deletes (paths of any script, a backslash, pages with
 * problems, paths the base lacks, paths removed and set again), it answers every Map question the same,
 * and its passes over the text (entry ids, problem pages, keys under a folder, the overlay it writes,
 * a compaction) give exactly what the parsed index gives.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWiki, topicPage } from '../../bench/wiki.js';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { keysUnder } from '../../src/pages/prefixed.js';
import {
  existingIdsAmong,
  lazyWikiIndex,
  parseWikiIndex,
  problemPaths,
  refreshWikiIndex,
  serializeIndexPair,
  serializeWikiIndex,
  summarizeFile,
  type IndexedFile,
  type WikiIndex,
} from '../../src/pages/wikiindex.js';
import { seededRandom, testSeed } from '../support/rand.js';

let root: string;
let config: Config;
let baseText: string;
let paths: string[];

const ODD = ['pages/고윤정-인터뷰.md', 'pages/back\\slash.md', 'pages/zz-😀.md', 'pages/A-upper.md', 'news/2026-01-02.md', 'news/2026-01-01.md'];

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'wiki-index-lazy-'));
  await generateWiki(root, { pages: 120, entriesPerPage: 3, items: 10 });
  config = parseConfig(JSON.parse(readFileSync(path.join(root, 'wiki-daily.yml'), 'utf8')), 'wiki-daily.yml');
  for (const rel of ODD) writeFileSync(path.join(root, rel), `# ${path.posix.basename(rel)}\n\n- [링크](https://lazy.example.com/${encodeURIComponent(rel)})\n`);
  // Two pages with problems: a broken entries region (problem), kept in the base.
  for (const rel of [topicPage(7), topicPage(70)]) writeFileSync(path.join(root, rel), readFileSync(path.join(root, rel), 'utf8').replace('<!-- wiki-daily:end entries:main -->', ''));
  const built = await refreshWikiIndex(root, config, undefined);
  baseText = serializeWikiIndex(built.index);
  paths = [...built.index.keys()].sort();
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const raw = (f: IndexedFile | undefined) => (f === undefined ? undefined : (f.raw ?? JSON.stringify(f)));
const sortedEntries = (m: WikiIndex) => [...m.entries()].map(([p, f]) => [p, raw(f)] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

describe('the base read without parsing', () => {
  it('answers like the parsed base over a seeded run of gets, sets and deletes, and its passes give the same', () => {
    const random = seededRandom(testSeed(2611));
    const eager = parseWikiIndex(baseText);
    const lazy = lazyWikiIndex(baseText);
    expect(eager.size).toBe(paths.length);
    expect(lazy.size).toBe(paths.length);
    expect(lazy.timeline).toEqual(eager.timeline);
    for (const p of [...ODD, topicPage(7)]) expect(raw(lazy.get(p))).toBe(raw(eager.get(p)));
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const fresh = (n: number) => `pages/new-${n}-${pick(['', '가', 'b\\', 'Z'])}.md`;
    const touched: string[] = [];
    for (let step = 0; step < 400; step++) {
      const r = random();
      const p = r < 0.15 ? fresh(step % 37) : r < 0.25 ? pick(touched.length ? touched : paths) : pick(paths);
      const op = random();
      if (op < 0.35) {
        const f = summarizeFile(p, `# 바뀐 ${step}\n\n- [${step}](https://lazy.example.com/s/${step})\n`, config);
        expect(lazy.set(p, f)).toBe(lazy);
        eager.set(p, f);
        touched.push(p);
      } else if (op < 0.6) {
        expect(lazy.delete(p), `delete ${p} at step ${step}`).toBe(eager.delete(p));
        touched.push(p);
      } else {
        expect(lazy.has(p)).toBe(eager.has(p));
        expect(raw(lazy.get(p)), `get ${p} at step ${step}`).toBe(raw(eager.get(p)));
      }
      if (step % 50 === 0) expect(lazy.size, `size at step ${step}`).toBe(eager.size);
    }
    expect(lazy.size).toBe(eager.size);
    expect(sortedEntries(lazy)).toEqual(sortedEntries(eager));
    expect([...lazy.keys()].sort()).toEqual([...eager.keys()].sort());
    // The passes that read the text in place.
    expect(problemPaths(lazy)).toEqual(problemPaths(eager));
    expect(problemPaths(lazy).length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const f of eager.values()) for (const id of f.ids.split(' ').filter(Boolean)) if (random() < 0.2) ids.add(id);
    ids.add('0000000000000');
    expect(ids.size).toBeGreaterThan(20);
    expect(existingIdsAmong(lazy, ids)).toEqual(existingIdsAmong(eager, ids));
    for (const prefix of ['news/', 'pages/', 'pages/topic-00', 'pages/고', 'nothing/']) {
      expect(keysUnder(lazy, prefix).sort(), prefix).toEqual(keysUnder(eager, prefix).sort());
    }
    // What the run writes: the overlay (and, compacted, the whole base) byte for byte.
    for (const [policy, compact] of [[undefined, false], [{ ratio: 0, minBytes: Number.POSITIVE_INFINITY }, false], [undefined, true]] as const) {
      const a = serializeIndexPair(eager, policy, compact);
      const b = serializeIndexPair(lazy, policy, compact);
      expect(b.overlay === a.overlay, 'overlay').toBe(true);
      expect(b.base === a.base, 'base').toBe(true);
    }
    expect(serializeWikiIndex(lazy) === serializeWikiIndex(eager)).toBe(true);
  });

  it('after clear() holds nothing, and takes new entries', () => {
    const lazy = lazyWikiIndex(baseText);
    lazy.clear();
    expect(lazy.size).toBe(0);
    expect(lazy.get(paths[0]!)).toBeUndefined();
    lazy.set(paths[0]!, summarizeFile(paths[0]!, '# x\n', config));
    expect([...lazy.keys()]).toEqual([paths[0]]);
  });
});
