import { describe, expect, it } from 'vitest';
import { extractUrls, scanExisting } from '../../src/pages/scan.js';

describe('scanExisting', () => {
  const pages = new Map([
    [
      'pages/a.md',
      [
        '- [원문](https://ko.wikipedia.org/wiki/고윤정_(배우)) 그리고 <https://elle.example/a?x=1&y=2>.',
        '  - 링크(원문): <https://m.vogue.example/b>',
        '  - id: e0123456789ab',
        '본문 속 https://bare.example/path, 끝.',
        '<a href="https://html.example/h">h</a>',
        '- 제목: 인용된 id: e999999999999 과 https\\://quoted.example/x',
      ].join('\n'),
    ],
    ['news/2026-11-27.md', '- \\[YouTube\\] [t](https://www.youtube.com/watch?v=abc)\n* ID: e00000000000f\n'],
  ]);

  it('collects links of every form and ids on their own lines', () => {
    const { urls, ids, invalid } = scanExisting(pages);
    expect([...urls].sort()).toEqual([
      'https://bare.example/path',
      'https://elle.example/a?x=1&y=2',
      'https://html.example/h',
      'https://ko.wikipedia.org/wiki/고윤정_(배우)',
      'https://m.vogue.example/b',
      'https://www.youtube.com/watch?v=abc',
    ]);
    expect([...ids].sort()).toEqual(['e00000000000f', 'e0123456789ab']);
    expect(invalid).toEqual([]);
  });

  it('canonicalises through the given function and lists what it rejects', () => {
    const canonicalize = (u: string) => {
      if (u.includes('html.example')) throw new Error('bad');
      return u.replace('//m.', '//');
    };
    const { urls, invalid } = scanExisting(pages, canonicalize);
    expect(urls.has('https://vogue.example/b')).toBe(true);
    expect(urls.has('https://m.vogue.example/b')).toBe(false);
    expect(invalid).toEqual(['pages/a.md: https://html.example/h']);
  });

  it('trims trailing punctuation of bare URLs', () => {
    expect(extractUrls('(see https://x.example/a). And https://y.example/b!')).toEqual(['https://x.example/a', 'https://y.example/b']);
  });
});
