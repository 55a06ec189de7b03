import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveGoogleNewsItems } from '../../src/collect/googlenews.js';
import { parseConfig } from '../../src/config/load.js';
import { googleNewsEmulator } from '../../src/demo/googlenews.js';
import { startFixtureServer, type FixtureServer } from '../../src/demo/server.js';
import { parseFeedText } from '../../src/feeds/parse.js';
import { silentLogger } from '../../src/log.js';
import { fakeClock } from '../support/clock.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const opaque = JSON.parse(fixture('googlenews-opaque.json')) as Record<string, string>;

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(googleNews: Record<string, unknown> = {}) {
  const emulator = googleNewsEmulator({ tokens: opaque, latencyMs: 2 });
  server = await startFixtureServer({ handler: (req) => emulator.handle(req) });
  const feedUrl = `${server.url}/rss/search?q=x&hl=ko&gl=KR&ceid=KR:ko`;
  const config = parseConfig({
    sources: [{ id: 'gn-q', query: '고윤정' }, { id: 'gn-u', url: feedUrl }],
    http: { googleNewsBaseUrl: server.url },
    googleNews: { minIntervalMs: 0, ...googleNews },
  });
  const items = (id: 'gn-q' | 'gn-u') =>
    parseFeedText(fixture('googlenews-mixed.xml'), { source: config.sources.find((s) => s.id === id)!, url: feedUrl, timezone: 'Asia/Seoul' }).items;
  const memoryFile = path.join(mkdtempSync(path.join(tmpdir(), 'gn-memory-')), 'google-news.json');
  return { emulator, config, items, memoryFile };
}

describe('resolveGoogleNewsItems', () => {
  it('real-shaped capture: every item ends with a publisher URL; a known token costs no request', async () => {
    const { config, items, memoryFile, emulator } = await setup();
    const clock = fakeClock();
    const first = await resolveGoogleNewsItems(items('gn-q'), { config, memoryFile, clock, logger: silentLogger });
    expect(first.items).toHaveLength(38);
    const withPublisher = first.items.filter((i) => !i.undecoded && !i.link.includes('news.google.com') && !i.link.startsWith(server!.url));
    expect(withPublisher.length / first.items.length).toBe(1);
    expect(first).toMatchObject({ resolvedNow: 22, fromMemory: 0, waiting: 0 });
    expect(first.stats.requests).toBe(44);
    expect(first.items.some((i) => 'googleNewsToken' in i)).toBe(false);
    // the same feed configured as a plain url: source: everything from memory, no request
    const second = await resolveGoogleNewsItems(items('gn-u'), { config, memoryFile, clock, logger: silentLogger });
    expect(second).toMatchObject({ resolvedNow: 0, fromMemory: 22, waiting: 0 });
    expect(second.stats.requests).toBe(0);
    expect(emulator.stats).toMatchObject({ pages: 22, batches: 22, tooMany: 0 });
    expect(second.items.map((i) => i.link)).toEqual(first.items.map((i) => i.link));
    const memory = JSON.parse(readFileSync(memoryFile, 'utf8')) as { resolved: Record<string, string>; pending: unknown[] };
    expect(Object.keys(memory.resolved).sort()).toEqual(Object.keys(opaque).sort());
    expect(memory.pending).toEqual([]);
  });

  it('over the cap: the rest waits unwritten and is resolved next run even when the feed no longer lists it', async () => {
    const { config, items, memoryFile } = await setup({ maxPerRun: 10 });
    const clock = fakeClock();
    const first = await resolveGoogleNewsItems(items('gn-q'), { config, memoryFile, clock, logger: silentLogger });
    expect(first).toMatchObject({ resolvedNow: 10, waiting: 12 });
    expect(first.items.filter((i) => i.undecoded)).toHaveLength(12);
    expect(first.warnings).toContain('12 Google News links wait for the next run (per-run cap 10 or stopped)');
    const second = await resolveGoogleNewsItems([], { config, memoryFile, clock, logger: silentLogger });
    expect(second).toMatchObject({ resolvedNow: 10, waiting: 2 });
    expect(second.items).toHaveLength(12);
    expect(second.items.filter((i) => !i.undecoded).every((i) => i.sourceId === 'gn-q' && !i.link.includes('news.google.com'))).toBe(true);
    const third = await resolveGoogleNewsItems([], { config, memoryFile, clock, logger: silentLogger });
    expect(third).toMatchObject({ resolvedNow: 2, waiting: 0 });
    expect(third.items).toHaveLength(2);
    const fourth = await resolveGoogleNewsItems([], { config, memoryFile, clock, logger: silentLogger });
    expect(fourth.items).toEqual([]);
    expect(fourth.stats.requests).toBe(0);
  });

  it('a pending item older than pendingMaxAgeDays is dropped with a warning', async () => {
    const { config, items, memoryFile } = await setup({ resolve: false, pendingMaxAgeDays: 2 });
    const clock = fakeClock();
    await resolveGoogleNewsItems(items('gn-q'), { config, memoryFile, clock, logger: silentLogger });
    clock.advance(3 * 86_400_000);
    const later = await resolveGoogleNewsItems([], { config, memoryFile, clock, logger: silentLogger });
    expect(later.items).toEqual([]);
    expect(later.warnings.filter((w) => w.startsWith('Google News item dropped after 2 days'))).toHaveLength(22);
  });

  it('a damaged memory file is a warning, not a failure (it is only a cache)', async () => {
    const { config, items, memoryFile } = await setup();
    writeFileSync(memoryFile, '{"version":1,"resolved":{"a":1}}');
    const r = await resolveGoogleNewsItems(items('gn-q'), { config, memoryFile, clock: fakeClock(), logger: silentLogger });
    expect(r.warnings[0]).toMatch(/^google-news\.json unreadable, starting with an empty Google News memory/);
    expect(r.resolvedNow).toBe(22);
  });
});
