import { describe, expect, it } from 'vitest';
import { inlineText, MAX_URL_LENGTH, safeLink, truncate } from '../../src/pages/sanitize.js';

describe('inlineText', () => {
  it('neutralises comments, HTML and link syntax', () => {
    expect(inlineText('<!-- x -->', 200)).toBe('&lt;!-- x --&gt;');
    expect(inlineText('-->', 200)).toBe('--&gt;');
    expect(inlineText('<script>alert(1)</script>', 200)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(inlineText('](javascript:alert(1))', 200)).toBe('\\](javascript:alert(1))');
    expect(inlineText('[x](data:text/html,<b>)', 200)).toBe('\\[x\\](data:text/html,&lt;b&gt;)');
    expect(inlineText('![img](https://e.x/a.png)', 200)).toBe('\\!\\[img\\](https\\://e.x/a.png)');
    expect(inlineText('see https://youtu.be/abc', 200)).toBe('see https\\://youtu.be/abc');
  });

  it('escapes inline markdown everywhere and block syntax at the start', () => {
    expect(inlineText('## heading', 200)).toBe('\\## heading');
    expect(inlineText('a | b | c', 200)).toBe('a \\| b \\| c');
    expect(inlineText('*bold* _em_ `code` ~strike~ back\\slash', 200)).toBe('\\*bold\\* \\_em\\_ \\`code\\` \\~strike\\~ back\\\\slash');
    expect(inlineText('- item', 200)).toBe('\\- item');
    expect(inlineText('1. first', 200)).toBe('1\\. first');
    expect(inlineText('고윤정 #1 화보', 200)).toBe('고윤정 #1 화보');
    expect(inlineText('&lt;b&gt; & co', 200)).toBe('&amp;lt;b&amp;gt; & co');
  });

  it('makes one line without control or bidi characters', () => {
    const out = inlineText('line1\nline2\r\n\tx\u0000y\u202Ez\u2028w\u0085v', 200);
    expect(out).toBe('line1 line2 xyz w v');
    expect(out).not.toMatch(/[\n\r\u0000-\u001f\u202e\u2028]/);
  });

  it('caps the visible text with an ellipsis, never splitting a character', () => {
    const long = 'ㄱ'.repeat(5000);
    const out = inlineText(long, 200);
    expect(Array.from(out)).toHaveLength(200);
    expect(out.endsWith('…')).toBe(true);
    expect(inlineText('short', 200)).toBe('short');
    const family = '👩‍👩‍👧';
    expect(truncate(family.repeat(10), 3)).toBe(family + family + '…');
  });
});

describe('safeLink', () => {
  it('refuses every non-http(s) scheme and relative links', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com/x',
      '//example.com/x',
      '/relative/path',
      'https://',
      '',
    ]) {
      expect(safeLink(bad), bad).toBeUndefined();
    }
    expect(safeLink(undefined)).toBeUndefined();
  });

  it('percent-encodes what could end a markdown link and drops credentials', () => {
    expect(safeLink('https://ko.wikipedia.org/wiki/고윤정_(배우)')).toBe(
      'https://ko.wikipedia.org/wiki/%EA%B3%A0%EC%9C%A4%EC%A0%95_%28%EB%B0%B0%EC%9A%B0%29',
    );
    const out = safeLink('https://user:pw@example.com/a b)<x>?q="1"|2#f g')!;
    expect(out).toBe('https://example.com/a%20b%29%3Cx%3E?q=%221%22%7C2#f%20g');
    expect(out).not.toMatch(/[()<>\s"|]/);
    expect(safeLink('http://example.com')).toBe('http://example.com/');
  });

  it('refuses absurdly long URLs', () => {
    expect(safeLink('https://example.com/' + 'a'.repeat(MAX_URL_LENGTH))).toBeUndefined();
  });
});

describe('inlineText at the start of a line', () => {
  it('escapes only the block syntax that would take effect', () => {
    expect(inlineText('---', 50)).toBe('\\---');
    expect(inlineText('===', 50)).toBe('\\===');
    expect(inlineText('+ plus', 50)).toBe('\\+ plus');
    expect(inlineText('-3 degrees', 50)).toBe('-3 degrees');
    expect(inlineText('2026. 11. 27', 50)).toBe('2026\\. 11. 27');
  });
});
