import { describe, expect, it } from 'vitest';
import { linkSettings } from '../../src/config/schema.js';
import { exclusionFor, overrideFor } from '../../src/links/check.js';
import { extractLinks } from '../../src/links/extract.js';

describe('extractLinks', () => {
  it('reads markdown links, autolinks and bare URLs with their lines; fragments dropped; code fences skipped', () => {
    const page = [
      '# 가',
      'see [위키](https://ko.wikipedia.org/wiki/고윤정_(배우)) and <https://a.example/x#top>.',
      'bare https://b.example/y, then [mail](mailto:a@b.example) and [ftp](ftp://c.example/z)',
      '```',
      'https://code.example/never',
      '```',
      'again https://a.example/x#other',
    ].join('\n');
    const r = extractLinks(new Map([['pages/a.md', page]]));
    expect(r.errors).toEqual([]);
    expect(r.links.map((l) => [l.url, l.http, l.places.map((p) => p.line)])).toEqual([
      ['ftp://c.example/z', false, [3]],
      ['https://a.example/x', true, [2, 7]],
      ['https://b.example/y', true, [3]],
      ['https://ko.wikipedia.org/wiki/%EA%B3%A0%EC%9C%A4%EC%A0%95_(%EB%B0%B0%EC%9A%B0)', true, [2]],
      ['mailto:a@b.example', false, [3]],
    ]);
  });

  it('still finds the links of a page whose regions are broken, without titles, and names the page', () => {
    const page = '# 가\n\n<!-- wiki-daily:begin entries:main -->\n- 날짜: 2026-11-27\n  - 제목: 제목\n  - 링크(원문): <https://a.example/1>\n';
    const r = extractLinks(new Map([['pages/a.md', page]]));
    expect(r.errors.map((e) => e.message)).toEqual(['pages/a.md:3: region "entries:main" has no end marker ("<!-- wiki-daily:end entries:main -->")']);
    expect(r.links).toEqual([{ url: 'https://a.example/1', http: true, places: [{ file: 'pages/a.md', line: 6 }] }]);
  });
});

describe('link settings', () => {
  const s = linkSettings.parse({
    exclude: ['instagram.com', '/^https:\\/\\/x\\.com\\/.*\\/status\\//'],
    hosts: { 'naver.com': { method: 'get' }, 'm.naver.com': { userAgent: 'Mozilla/5.0' } },
  });

  it('excludes a host with its subdomains, or URLs matching a /regex/', () => {
    expect(exclusionFor('https://www.instagram.com/p/1', s)).toBe('instagram.com');
    expect(exclusionFor('https://notinstagram.com/p/1', s)).toBeUndefined();
    expect(exclusionFor('https://x.com/someone/status/1', s)).toBe('/^https:\\/\\/x\\.com\\/.*\\/status\\//');
    expect(exclusionFor('https://x.com/someone', s)).toBeUndefined();
  });

  it('takes the longest matching host override', () => {
    expect(overrideFor('https://news.naver.com/a', s)).toEqual({ method: 'get' });
    expect(overrideFor('https://m.naver.com/a', s)).toEqual({ method: 'head', userAgent: 'Mozilla/5.0' });
    expect(overrideFor('https://daum.net/a', s)).toBeUndefined();
  });

  it('refuses an exclusion that is neither a host nor a valid /regex/', () => {
    expect(linkSettings.safeParse({ exclude: ['/([/'] }).success).toBe(false);
    expect(linkSettings.safeParse({ exclude: ['https://x.com/'] }).success).toBe(false);
  });
});
