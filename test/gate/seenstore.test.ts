/**
 * The log-structured seen store (src/gate/seenstore.ts): a base seen file looked up by positioned
 * reads, a recent file for what was added since, compaction, and the careful path for a base a person
 * edited. Every expectation is checked against the plain parser (parseSeen + add + serializeSeen).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryId } from '../../src/gate/canonical.js';
import { parseSeen, SEEN_HEADER, SeenIndex, serializeSeen, type SeenEntry } from '../../src/gate/seen.js';
import {
  openSeenStore,
  recentSeenFile,
  SEEN_COMPACT_RATIO,
  SortedSeenFile,
  type SeenStore,
} from '../../src/gate/seenstore.js';
import { gitBlobId } from '../../src/pages/wikiindex.js';
import { seededRandom, testSeed } from '../support/rand.js';

const BASE = 'data/seen.tsv';
const RECENT = 'data/seen-recent.tsv';
let dir: string;
let rand: () => number;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'seen-store-'));
  rand = seededRandom(testSeed(1313));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An entry for article n; now and then a URL long enough to cross the 4 KB read windows. */
function entry(n: number, date = '2026-01-01', long = rand() < 0.02): SeenEntry {
  const url = `https://news.example/${n}${long ? `?pad=${'x'.repeat(3000 + Math.floor(rand() * 6000))}` : ''}`;
  return { id: entryId(url), date, url };
}

function indexOf(entries: readonly SeenEntry[]): SeenIndex {
  const idx = new SeenIndex();
  for (const e of entries) idx.add(e.id, e.date, e.url);
  return idx;
}

let roots = 0;
/** A wiki root holding these seen files (undefined: no such file). */
function rootWith(base: string | undefined, recent: string | undefined): string {
  const root = path.join(dir, `r${++roots}`);
  mkdirSync(path.join(root, 'data'), { recursive: true });
  if (base !== undefined) writeFileSync(path.join(root, BASE), base);
  if (recent !== undefined) writeFileSync(path.join(root, RECENT), recent);
  return root;
}

/** Opened as the run opens it when the base is the one the bot wrote (git's blob = the index's). */
function openTrusted(root: string, base: string, threshold: number): Promise<SeenStore> {
  const blob = gitBlobId(base);
  return openSeenStore(root, BASE, { recordedBlob: blob, gitBlob: blob, threshold });
}

/** The edits written to disk (what apply does). */
function apply(root: string, edits: ReadonlyArray<{ path: string; after: string }>): void {
  for (const e of edits) writeFileSync(path.join(root, e.path), e.after);
}

describe('recentSeenFile', () => {
  it('derives the recent file next to the base', () => {
    expect(recentSeenFile('data/seen.tsv')).toBe('data/seen-recent.tsv');
    expect(recentSeenFile('state/seen')).toBe('state/seen-recent');
    expect(recentSeenFile('a.b/seen.v2.tsv')).toBe('a.b/seen.v2-recent.tsv');
  });
});

describe('positioned lookups in the base', () => {
  it('find exactly what a full parse finds: first, last, present and absent ids, lines across read windows', () => {
    for (let round = 0; round < 25; round++) {
      const n = round === 0 ? 0 : round === 1 ? 1 : Math.floor(rand() * 400);
      const idx = indexOf(Array.from({ length: n }, (_, i) => entry(i * 7 + round)));
      const text = serializeSeen(idx);
      const file = path.join(rootWith(text, undefined), BASE);
      const sorted = idx.entries();
      const absent = Array.from({ length: 20 }, (_, i) => entry(100_000 + i).id);
      const present = sorted.filter(() => rand() < 0.3).map((e) => e.id);
      const ask = [...absent, ...present, 'e000000000000', 'effffffffffff', ...(sorted.length ? [sorted[0]!.id, sorted.at(-1)!.id] : [])];
      const f = SortedSeenFile.open(file)!;
      try {
        const expected = parseSeen(text, BASE).entries().filter((e) => ask.includes(e.id));
        expect(f.lookup(ask)).toEqual(expected);
      } finally {
        f.close();
      }
    }
  });

  it('reads a small part of a large base, and refuses a file without the header', async () => {
    const base = serializeSeen(indexOf(Array.from({ length: 60_000 }, (_, i) => entry(i, '2026-01-01', false))));
    const root = rootWith(base, `${SEEN_HEADER}\n`);
    const store = await openTrusted(root, base, 1000);
    const ask = Array.from({ length: 50 }, (_, i) => entry(i * 397, '2026-01-01', false).id);
    expect(store.among(ask).size).toBe(50);
    expect(store.baseText).toBeUndefined();
    expect(store.baseBytesRead).toBeGreaterThan(0);
    expect(store.baseBytesRead).toBeLessThan(Buffer.byteLength(base) / 10);
    expect(SortedSeenFile.open(path.join(rootWith(base.slice(2), undefined), BASE))).toBeUndefined();
  });
});

describe('writing the seen set', () => {
  it('a small wiki (below the threshold, no recent file) inserts into the base exactly as before', async () => {
    const before = indexOf(Array.from({ length: 30 }, (_, i) => entry(i)));
    const base = serializeSeen(before);
    const store = await openTrusted(rootWith(base, undefined), base, 50);
    expect(store.logged).toBe(false);
    const fresh = [entry(3, '2026-02-02'), entry(500, '2026-02-02'), entry(501, '2026-02-02')];
    const w = store.write(fresh);
    const expected = parseSeen(base, BASE);
    for (const e of fresh) expected.add(e.id, e.date, e.url);
    expect(w.edits).toEqual([{ path: BASE, before: base, after: serializeSeen(expected) }]);
    expect(w.baseTrustable).toBe(true);
  });

  it('a large base gets new entries in the recent file, never an id the base or the recent file has', async () => {
    const baseIdx = indexOf(Array.from({ length: 60 }, (_, i) => entry(i)));
    const recentIdx = indexOf([entry(1000), entry(1001)]);
    const base = serializeSeen(baseIdx);
    const recent = serializeSeen(recentIdx);
    const root = rootWith(base, recent);
    const store = await openTrusted(root, base, 50);
    expect(store.logged).toBe(true);
    expect(store.baseText).toBeUndefined();
    // The union, looked up.
    const ask = [entry(5).id, entry(1001).id, entry(2000).id];
    expect(store.among(ask).entries().map((e) => e.id)).toEqual([entry(5).id, entry(1001).id].sort());
    const w = store.write([entry(5, '2026-03-03'), entry(1001, '2026-03-03'), entry(2000, '2026-03-03')]);
    const expected = parseSeen(recent, RECENT);
    expected.add(entry(2000).id, '2026-03-03', entry(2000).url);
    expect(w.edits).toEqual([{ path: RECENT, before: recent, after: serializeSeen(expected) }]);
    // Same inputs in another order (another shard's order): the same bytes.
    const again = (await openTrusted(root, base, 50)).write([entry(2000, '2026-03-03'), entry(1001, '2026-03-03'), entry(5, '2026-03-03')]);
    expect(again.edits).toEqual(w.edits);
    // Nothing new: no edit.
    apply(root, w.edits);
    expect((await openTrusted(root, base, 50)).write([entry(2000, '2026-03-03'), entry(7)]).edits).toEqual([]);
  });

  it('compacts exactly when the recent file reaches threshold/8 entries and 1/8 of the base, keeping the seen set', async () => {
    const threshold = 40;
    const base0 = serializeSeen(indexOf(Array.from({ length: 80 }, (_, i) => entry(i, '2026-01-01', false))));
    const root = rootWith(base0, undefined);
    let base = base0;
    let all = parseSeen(base0, BASE);
    let compactions = 0;
    let before = 0;
    for (let k = 0; k < 40 && !compactions; k++) {
      const store = await openTrusted(root, base, threshold);
      const e = entry(5000 + k, '2026-04-01', false);
      const recentIdx = parseSeen(store.recentText ?? `${SEEN_HEADER}\n`, RECENT);
      recentIdx.add(e.id, e.date, e.url);
      const due = recentIdx.size * SEEN_COMPACT_RATIO >= threshold && Buffer.byteLength(serializeSeen(recentIdx)) * SEEN_COMPACT_RATIO >= Buffer.byteLength(base);
      const w = store.write([e]);
      all.add(e.id, e.date, e.url);
      if (!due) {
        before++;
        expect(w.edits.map((x) => x.path)).toEqual([RECENT]);
      } else {
        compactions++;
        expect(w.edits.map((x) => x.path)).toEqual([BASE, RECENT]);
        expect(w.edits[0]!.after).toBe(serializeSeen(all));
        // Emptied, not removed: its presence keeps the store log-structured.
        expect(w.edits[1]!.after).toBe(`${SEEN_HEADER}\n`);
        expect(w.baseTrustable).toBe(true);
        base = w.edits[0]!.after;
      }
      apply(root, w.edits);
    }
    expect(compactions).toBe(1);
    expect(before).toBeGreaterThanOrEqual(threshold / SEEN_COMPACT_RATIO - 1);
    // After: the base holds the union, the recent file nothing; a new entry goes to the recent file again.
    const after = await openTrusted(root, base, threshold);
    expect(after.among(all.entries().map((e) => e.id)).size).toBe(all.size);
    all = parseSeen(base, BASE);
    expect(after.write([entry(9999)]).edits.map((x) => x.path)).toEqual([RECENT]);
  });

  it('does not trust a base a person edited: both files parsed, and the next write rewrites the base (trusted again)', async () => {
    const idx = indexOf(Array.from({ length: 70 }, (_, i) => entry(i)));
    const written = serializeSeen(idx);
    // Two lines swapped by hand (unsorted), a comment added: still valid, no longer the bot's.
    const lines = written.split('\n');
    [lines[2], lines[3]] = [lines[3]!, lines[2]!];
    const edited = `${lines.join('\n')}# checked by hand\n`;
    const recent = serializeSeen(indexOf([entry(3000)]));
    const root = rootWith(edited, recent);
    const store = await openSeenStore(root, BASE, { recordedBlob: gitBlobId(written), gitBlob: gitBlobId(edited), threshold: 50 });
    expect(store.baseTrusted).toBe(false);
    expect(store.baseText).toBe(edited);
    expect(store.among([entry(1).id, entry(2).id, entry(3000).id, entry(4000).id]).size).toBe(3);
    const w = store.write([entry(4000, '2026-05-05')]);
    const union = parseSeen(written, BASE);
    union.add(entry(3000).id, entry(3000).date, entry(3000).url);
    union.add(entry(4000).id, '2026-05-05', entry(4000).url);
    expect(w.edits).toEqual([
      { path: BASE, before: edited, after: serializeSeen(union) },
      { path: RECENT, before: recent, after: `${SEEN_HEADER}\n` },
    ]);
    expect(w.baseTrustable).toBe(true);
    apply(root, w.edits);
    expect((await openTrusted(root, serializeSeen(union), 50)).baseTrusted).toBe(true);
  });

  it('a bad line in the recent file is a warning with file:line and is never lost, also through a compaction', async () => {
    const base = serializeSeen(indexOf(Array.from({ length: 16 }, (_, i) => entry(i, '2026-01-01', false))));
    const good = entry(7000, '2026-01-02', false);
    const recent = `${SEEN_HEADER}\n${good.id}\t${good.date}\t${good.url}\nnot a seen line\n`;
    const root = rootWith(base, recent);
    const store = await openTrusted(root, base, 16);
    expect(store.warnings()).toEqual([`${RECENT}:3: expected 3 tab-separated fields (id, date, URL), found 1: "not a seen line" (line kept as it is, not used as an id)`]);
    expect(store.among([good.id]).size).toBe(1);
    // recent 2 entries × 8 ≥ 16 and its bytes × 8 ≥ the base's: a compaction.
    const w = store.write([entry(7001, '2026-01-02', false)]);
    expect(w.edits.map((e) => e.path)).toEqual([BASE, RECENT]);
    expect(w.edits[1]!.after).toBe(`${SEEN_HEADER}\nnot a seen line\n`);
    expect(parseSeen(w.edits[0]!.after, BASE).size).toBe(18);
    expect(w.baseTrustable).toBe(true);
  });
});
