/**
 * The log-structured seen store in real runs (src/gate/seenstore.ts), with the threshold lowered so
 * the frozen fixture wiki counts as large: the offline demo workspace (bare origin, clone, loopback
 * feeds), the run called in-process as `wiki-daily run` calls it. Files are inspected with plain git
 * and reads, never through the store.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { entryId } from '../../src/gate/canonical.js';
import { runDaily } from '../../src/run/daily.js';
import { systemClock } from '../../src/time.js';
import { exists, openWorkspace, type E2eWorkspace } from '../support/e2e.js';
import { isolateGitConfig } from '../support/git.js';
import { MemoryLogger } from '../support/memory-logger.js';

const HEADER = '# wiki-daily seen entries: id<TAB>first seen (YYYY-MM-DD)<TAB>canonical URL; sorted by id, additive';
/** The fixture wiki's base has 7 entries and the first run adds 18: below 30, then above. */
const THRESHOLD = 30;
const EXTRA_FEED = '/extra/feed';

/** An RSS feed of articles naming her, with long URLs (so a few make 1/8 of the base's bytes). */
function feed(base: string, numbers: number[]): string {
  const items = numbers.map(
    (n) => `<item><title>고윤정 인터뷰 ${n}</title><link>${base}/extra/article/${n}/${'goyounjung-'.repeat(12)}${n}</link>` +
      `<pubDate>Sat, 28 Nov 2026 0${n % 10}:00:00 +0000</pubDate><description>배우 고윤정의 인터뷰 ${n}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Extra</title><link>${base}</link><description>x</description>${items.join('')}</channel></rss>`;
}

let restoreGit: () => void;
let ws: E2eWorkspace;

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  ws = await openWorkspace({
    extraSources: [{ id: 'extra', name: 'Extra magazine', url: `{{BASE}}${EXTRA_FEED}` }],
    extraRoutes: { [EXTRA_FEED]: { body: '', contentType: 'application/rss+xml; charset=utf-8' } },
    // Every run asks the server again (the feed changes between runs).
    overrides: { http: { freshnessSeconds: 0 } },
  });
  ws.server.setRoute(EXTRA_FEED, { body: feed(ws.server.url, []), contentType: 'application/rss+xml; charset=utf-8' });
}, 30_000);

afterAll(async () => {
  await ws?.close();
  restoreGit?.();
});

async function run() {
  const settings = ws.settings();
  const config = await loadConfig(settings.configFile);
  return runDaily({ settings, config, logger: new MemoryLogger(), clock: systemClock, env: {}, seenThreshold: THRESHOLD });
}

/** Data lines of a seen file (ids in file order). */
async function ids(rel: string): Promise<string[]> {
  if (!(await exists(path.join(ws.root, rel)))) return [];
  return (await ws.read(rel)).split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]!);
}

const sorted = (xs: string[]) => [...xs].sort();

describe('the seen store over runs (threshold lowered to 30)', () => {
  it('a small base takes entries as before; then the recent file, exactly once; then a compaction keeps the seen set', async () => {
    // 1. Base below the threshold: the entries go into the base, no recent file.
    const first = await run();
    // The demo has one broken source on purpose: the run is partial, its entries are written.
    expect(first.itemsAdded).toBe(18);
    const base1 = await ids('data/seen.tsv');
    expect(base1).toHaveLength(25);
    expect(base1).toEqual(sorted(base1));
    expect(await exists(path.join(ws.root, 'data/seen-recent.tsv'))).toBe(false);
    const baseText1 = await ws.read('data/seen.tsv');

    // 2. Base at 25, still below 30: five new articles go into the base, which reaches the threshold.
    ws.server.setRoute(EXTRA_FEED, { body: feed(ws.server.url, [1, 2, 3, 4, 5]), contentType: 'application/rss+xml; charset=utf-8' });
    const second = await run();
    expect(second.itemsAdded).toBe(5);
    expect(await ids('data/seen.tsv')).toHaveLength(30);
    expect(await exists(path.join(ws.root, 'data/seen-recent.tsv'))).toBe(false);
    expect(await ws.read('data/seen.tsv')).not.toBe(baseText1);
    const baseText2 = await ws.read('data/seen.tsv');

    // 3. Base at the threshold: two new articles go to the recent file; the base is not rewritten.
    ws.server.setRoute(EXTRA_FEED, { body: feed(ws.server.url, [1, 2, 3, 4, 5, 6, 7]), contentType: 'application/rss+xml; charset=utf-8' });
    const third = await run();
    expect(third.itemsAdded).toBe(2);
    expect(third.changedFiles).toContain('data/seen-recent.tsv');
    expect(third.changedFiles).not.toContain('data/seen.tsv');
    expect(await ws.read('data/seen.tsv')).toBe(baseText2);
    const recent3 = await ids('data/seen-recent.tsv');
    expect(recent3).toHaveLength(2);
    expect((await ws.read('data/seen-recent.tsv')).startsWith(`${HEADER}\n`)).toBe(true);
    // Never an id of the base in the recent file.
    expect(recent3.filter((id) => base1.includes(id))).toEqual([]);
    // Committed and pushed with the run, and the index vouches for the base (its blob), not the recent file.
    expect(await ws.originShow('data/seen-recent.tsv')).toBe(await ws.read('data/seen-recent.tsv'));
    const baseBlob = (await ws.git('hash-object', 'data/seen.tsv')).trim();
    // (The #seen line of the run is in the index's overlay: the run rewrites only that.)
    expect(await ws.read('data/wiki-index-recent.tsv')).toContain(`#seen\t${baseBlob}`);

    // 4. The same feed again: nothing added, nothing changed, no commit.
    const before4 = await ws.hashes();
    const headBefore = await ws.originHead();
    const fourth = await run();
    expect(fourth.itemsAdded).toBe(0);
    expect(fourth.lanes.duplicate).toBeGreaterThan(0);
    expect(await ws.hashes()).toEqual(before4);
    expect(await ws.originHead()).toBe(headBefore);

    // 5. Two more: the recent file would hold 4 ≥ 30/8 entries and ≥ 1/8 of the base's bytes: compaction.
    const union = sorted([...(await ids('data/seen.tsv')), ...recent3]);
    ws.server.setRoute(EXTRA_FEED, { body: feed(ws.server.url, [1, 2, 3, 4, 5, 6, 7, 8, 9]), contentType: 'application/rss+xml; charset=utf-8' });
    const fifth = await run();
    expect(fifth.itemsAdded).toBe(2);
    expect(fifth.changedFiles).toEqual(expect.arrayContaining(['data/seen.tsv', 'data/seen-recent.tsv']));
    expect(await ws.read('data/seen-recent.tsv')).toBe(`${HEADER}\n`);
    const base5 = await ids('data/seen.tsv');
    expect(base5).toEqual(sorted(base5));
    expect(base5).toHaveLength(34);
    // The seen set is what it was plus today's two.
    expect(base5.filter((id) => !union.includes(id))).toHaveLength(2);
    expect(union.every((id) => base5.includes(id))).toBe(true);
    expect(await ws.originShow('data/seen.tsv')).toBe(await ws.read('data/seen.tsv'));
    expect(await ws.read('data/wiki-index-recent.tsv')).toContain(`#seen\t${(await ws.git('hash-object', 'data/seen.tsv')).trim()}`);

    // 6. And after the compaction the same feed still adds nothing.
    const sixth = await run();
    expect(sixth.itemsAdded).toBe(0);
    expect(await ws.git('status', '--porcelain', '--', 'data')).toBe('');
    const text = await readFile(path.join(ws.root, 'data/seen.tsv'), 'utf8');
    expect(text.startsWith(`${HEADER}\n`)).toBe(true);
  }, 120_000);

  it("keeps a person's uncommitted line in the recent file theirs: on disk with today's entry, out of the bot commit", async () => {
    const url = 'https://www.example.com/added-by-hand';
    const line = `${entryId(url)}\t2026-11-28\t${url}`;
    const recentBefore = await ws.read('data/seen-recent.tsv');
    await writeFile(path.join(ws.root, 'data/seen-recent.tsv'), `${recentBefore}${line}\n`);
    ws.server.setRoute(EXTRA_FEED, { body: feed(ws.server.url, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), contentType: 'application/rss+xml; charset=utf-8' });
    const r = await run();
    expect(r.itemsAdded).toBe(1);
    expect(r.warnings.join('\n')).toContain('kept out of the bot commit: uncommitted edits in data/seen-recent.tsv');
    const onDisk = await ids('data/seen-recent.tsv');
    expect(onDisk).toHaveLength(2);
    expect(onDisk).toContain(entryId(url));
    const committed = (await ws.originShow('data/seen-recent.tsv')).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(committed).toHaveLength(1);
    expect(committed[0]!.split('\t')[0]).toBe(onDisk.find((id) => id !== entryId(url)));
    expect(await ws.git('status', '--porcelain', '--', 'data')).toBe(' M data/seen-recent.tsv\n');
  }, 60_000);
});
