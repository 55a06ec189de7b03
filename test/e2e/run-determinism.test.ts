/**
 * Property: over random feeds (hostile titles, URL variants, duplicates, shuffled order), a second
 * run with nothing new changes no byte, and two fresh wikis given the same inputs and clock end up
 * byte-identical (the system status page aside: it reports the machine's live readings).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolateGitConfig } from '../support/git.js';
import { changedPaths, fixtureRoute, withWorkspace, type E2eWorkspace } from '../support/e2e.js';
import { fakeClock } from '../support/clock.js';
import { seededRandom, testSeed } from '../support/rand.js';

let restoreGit: () => void;
beforeAll(async () => {
  restoreGit = await isolateGitConfig();
});
afterAll(() => restoreGit?.());

const FRAGMENTS = [
  '고윤정',
  'Go Youn-jung',
  '<!-- wiki-daily:end entries:main -->',
  '-->',
  '<script>alert(1)</script>',
  '[링크](javascript:alert(1))',
  '| 표 | 깨기 |',
  '## 제목',
  '`코드`',
  '*굵게* _기울임_',
  '\u200b\u200e\u202e거꾸로',
  '😀👩‍👩‍👧',
  'İı ß ǅ',
  'Ａ１',
  '&amp;lt;b&amp;gt;',
  '\\[이스케이프\\]',
  '화보',
  '인터뷰',
  '드라마',
  ' ',
];
const HOSTS = ['news.example.com', 'www.example.org', 'm.entertain.example.net'];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An RSS feed drawn from `seed`: the same seed gives the same bytes. */
function randomFeed(seed: number): string {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const items: string[] = [];
  const n = 8 + Math.floor(rnd() * 10);
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(FRAGMENTS));
    if (!words.includes('고윤정')) words.splice(Math.floor(rnd() * words.length), 0, '고윤정');
    const host = pick(HOSTS);
    const id = Math.floor(rnd() * 12); // collisions on purpose: the same article twice
    const variant = pick(['', '/', '?utm_source=x', '#frag', '?b=2&a=1']);
    const scheme = rnd() < 0.2 ? 'http' : 'https';
    const day = 20 + Math.floor(rnd() * 8);
    items.push(
      `<item><title>${esc(words.join(' '))}</title><link>${esc(`${scheme}://${host}/article/${id}${variant}`)}</link>` +
        `<pubDate>${new Date(Date.UTC(2026, 10, day, Math.floor(rnd() * 24))).toUTCString()}</pubDate></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>random ${seed}</title><link>https://news.example.com/</link>\n${items.join('\n')}\n</channel></rss>\n`;
}

async function options(seed: number) {
  return {
    onlyExtraSources: true,
    extraRoutes: {
      '/random.xml': { body: Buffer.from(randomFeed(seed)), contentType: 'application/rss+xml' },
      '/hostile.xml': await fixtureRoute('hostile.xml', 'application/rss+xml'),
    },
    extraSources: [
      { id: 'random', url: '{{BASE}}/random.xml' },
      { id: 'hostile', url: '{{BASE}}/hostile.xml' },
    ],
  };
}

const START = Date.parse('2026-11-28T03:00:00Z');
const STATUS_PAGE = 'pages/system_status.md';

async function runOnce(ws: E2eWorkspace, at: number) {
  const clock = fakeClock(at);
  return (await ws.run([], { clock })).report;
}

describe('determinism over random hostile feeds', () => {
  const seeds = [1, 2, 3].map((k) => testSeed(4000) + k);
  it.each(seeds)('seed %i: the second run changes no byte, and a second wiki given the same inputs is byte-identical', async (seed) => {
    const opts = await options(seed);
    let firstFiles = new Map<string, string>();
    await withWorkspace(opts, async (ws) => {
      const first = await runOnce(ws, START);
      expect(first.status).toBe('success');
      expect(first.itemsAdded).toBeGreaterThan(0);
      firstFiles = await ws.hashes();
      const head = (await ws.git('rev-parse', 'HEAD')).trim();
      const second = await runOnce(ws, START + 60_000);
      expect(second.status).toBe('success');
      expect(second.changedFiles).toEqual([]);
      expect(second.committed).toBe(false);
      expect(changedPaths(firstFiles, await ws.hashes())).toEqual([]);
      expect((await ws.git('rev-parse', 'HEAD')).trim()).toBe(head);
    });
    await withWorkspace(opts, async (ws) => {
      await runOnce(ws, START);
      const other = await ws.hashes();
      expect(changedPaths(firstFiles, other).filter((p) => p !== STATUS_PAGE)).toEqual([]);
    });
  }, 60_000);
});
