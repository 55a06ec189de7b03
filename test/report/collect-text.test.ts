/** `wiki-daily collect`'s terminal listing: counts, newest titles, and every warning spelled out. */
import { describe, expect, it } from 'vitest';
import type { NormalizedItem, SourceReport } from '../../src/model.js';
import { collectListing } from '../../src/report/collect-text.js';

const item = (n: number): NormalizedItem =>
  ({ title: `title ${n}`, link: `https://example.com/${n}`, published: `2026-11-${String(10 + n).padStart(2, '0')}T00:00:00Z` }) as NormalizedItem;

const source = (over: Partial<SourceReport>): SourceReport => ({
  id: 'elle',
  kind: 'feed',
  url: 'https://example.com/feed.xml',
  outcome: 'fetched',
  httpStatus: 200,
  items: 0,
  durationMs: 1,
  bytesDownloaded: 1,
  attempts: 1,
  ...over,
});

describe('collect listing', () => {
  it('lists each source warning itself, with or without --verbose, below the source it belongs to', () => {
    const sources = [
      source({ id: 'elle', items: 4, itemList: [1, 2, 3, 4].map(item), warnings: ['2 items without a link were skipped', 'feed declares no dates'] }),
      source({ id: 'w', items: 0, outcome: 'failed', httpStatus: 503, error: 'HTTP 503 after 3 attempts', warnings: ['Retry-After 120 s was longer than the run allows'] }),
      source({ id: 'quiet', items: 1, itemList: [item(5)] }),
    ];
    for (const verbose of [false, true]) {
      const lines = collectListing({ sources }, verbose).split('\n');
      const elle = lines.findIndex((l) => l.startsWith('✓ elle (feed): 4 items'));
      expect(lines[elle]).toContain('· 2 warning(s)');
      expect(lines.slice(elle + 1, elle + 3)).toEqual(['    warning: 2 items without a link were skipped', '    warning: feed declares no dates']);
      const w = lines.findIndex((l) => l.startsWith('✗ w (feed): 0 items · failed 503'));
      expect(lines.slice(w + 1, w + 3)).toEqual(['    HTTP 503 after 3 attempts', '    warning: Retry-After 120 s was longer than the run allows']);
      expect(lines.filter((l) => l.includes('warning: '))).toHaveLength(3);
    }
    expect(collectListing({ sources }, false)).toContain('    … 1 more (--verbose lists them all)');
  });
});
