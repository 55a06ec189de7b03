/**
 * The index line check (parseWikiIndex) against the line shape it stands for, written as a regular
 * expression: every mutation of a valid line is refused or accepted exactly as the expression says.
 */
import { describe, expect, it } from 'vitest';
import { PageError } from '../../src/errors.js';
import { parseWikiIndex, WIKI_INDEX_HEADER } from '../../src/pages/wikiindex.js';
import { seededRandom, testSeed } from '../support/rand.js';

const SHAPE = /^[^\t]+\t[0-9a-f]{40}\t(?:-|\d+)\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t(?:-|\{[^\t]*\})$/;
const BLOB = '0123456789abcdef0123456789abcdef01234567';
const VALID = [
  `pages/a.md\t${BLOB}\t12\t-\tA page\t-\te0000001 e0000002\t{"n":1,"y":[[2024,1,"2024"]]}`,
  `news/2026-01-01.md\t${BLOB}\t-\tsuccess\t\t-\t\t-`,
  `p\t${BLOB}\t0\t\t\t\t\t{}`,
];
const PIECES = ['\t', '-', '{', '}', 'a', 'G', '0', '9', ' ', '\r', 'x', 'f'];

function accepted(line: string): boolean {
  try {
    parseWikiIndex(`${WIKI_INDEX_HEADER}\n${line}\n`);
    return true;
  } catch (err) {
    if (!(err instanceof PageError)) throw err;
    expect(err.message).toMatch(/not an index line/);
    expect(err.message).toContain(':2');
    return false;
  }
}

describe('index line check', () => {
  it('accepts the valid lines and refuses the broken ones the shape refuses', () => {
    for (const line of VALID) expect(accepted(line)).toBe(true);
    const broken = [`\t${BLOB}\t1\t-\tt\t-\t\t-`, `p\t${BLOB.toUpperCase()}\t1\t-\tt\t-\t\t-`, `p\t${BLOB.slice(1)}\t1\t-\tt\t-\t\t-`, `p\t${BLOB}\t\t-\tt\t-\t\t-`, `p\t${BLOB}\t1\t-\tt\t-\t\t{`, `p\t${BLOB}\t1\t-\tt\t-\t\t-\t`, `p\t${BLOB}\t1\t-\tt\t-\t-`, `p\t${BLOB}\t1\t-\tt\t-\t\t--`];
    for (const line of broken) expect([line, accepted(line)]).toEqual([line, false]);
  });

  it('agrees with the shape on random mutations of valid lines', () => {
    const rand = seededRandom(testSeed(13));
    let refused = 0;
    for (let n = 0; n < 3000; n++) {
      let line = VALID[n % VALID.length]!;
      for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
        const at = Math.floor(rand() * (line.length + 1));
        const op = rand();
        const piece = PIECES[Math.floor(rand() * PIECES.length)]!;
        line = op < 0.4 ? line.slice(0, at) + piece + line.slice(at) : op < 0.8 ? line.slice(0, at) + line.slice(at + 1) : line.slice(0, at) + piece + line.slice(at + 1);
      }
      if (line.includes('\n') || line.startsWith('#')) continue;
      const want = SHAPE.test(line);
      if (!want) refused++;
      expect([line, accepted(line)]).toEqual([line, want]);
    }
    // The mutations reach both sides of the check.
    expect(refused).toBeGreaterThan(500);
    expect(refused).toBeLessThan(2900);
  });
});
