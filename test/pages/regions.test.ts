import { describe, expect, it } from 'vitest';
import { PageError } from '../../src/errors.js';
import { ensureRegion, findRegions, regionBody, replaceRegion } from '../../src/pages/regions.js';

const B = (n: string) => `<!-- wiki-daily:begin ${n} -->`;
const E = (n: string) => `<!-- wiki-daily:end ${n} -->`;

function pageError(fn: () => unknown): PageError {
  try {
    fn();
  } catch (err) {
    if (err instanceof PageError) return err;
    throw err;
  }
  throw new Error('expected a PageError');
}

describe('findRegions', () => {
  it('finds regions with line numbers, Korean names included', () => {
    const text = ['# 제목', B('entries:main'), 'a', E('entries:main'), '', B('entries:무빙'), E('entries:무빙'), 'tail'].join('\n');
    const regions = findRegions(text, 'p.md');
    expect(regions.map((r) => [r.name, r.beginLine, r.endLine])).toEqual([
      ['entries:main', 2, 4],
      ['entries:무빙', 6, 7],
    ]);
    expect(regionBody(text, 'entries:main', 'p.md')).toBe('a\n');
    expect(regionBody(text, 'entries:무빙', 'p.md')).toBe('');
    expect(regionBody(text, 'nope', 'p.md')).toBeUndefined();
  });

  it.each([
    ['begin without end', ['x', B('a'), 'y'], 2, /no end marker/],
    ['nested', [B('a'), B('b'), E('b'), E('a')], 2, /begins inside region "a"/],
    ['duplicated name', [B('a'), E('a'), B('a'), E('a')], 3, /appears twice \(first at line 1\)/],
    ['end before begin', ['t', E('a'), B('a')], 2, /without a begin marker/],
    ['mismatched end', [B('a'), E('b')], 2, /while region "a"/],
    ['malformed marker', ['t', '<!-- wiki-daily:begin -->'], 2, /malformed wiki-daily marker/],
  ])('rejects %s with file and line', (_name, lines, line, message) => {
    const err = pageError(() => findRegions(lines.join('\n'), 'pages/x.md'));
    expect(err.file).toBe('pages/x.md');
    expect(err.line).toBe(line);
    expect(err.message).toMatch(message);
    expect(err.message.startsWith(`pages/x.md:${line}: `)).toBe(true);
  });
});

describe('replaceRegion', () => {
  it('changes only the body, keeping every byte outside', () => {
    const before = '# T\n\nhuman *text*  \n';
    const after = '\n<!-- 사람 메모 -->\n끝';
    const text = `${before}${B('r')}\nold\n${E('r')}${after}`;
    const out = replaceRegion(text, 'r', 'new 1\nnew 2', 'p.md');
    expect(out).toBe(`${before}${B('r')}\nnew 1\nnew 2\n${E('r')}${after}`);
    expect(out.endsWith('끝')).toBe(true);
    expect(replaceRegion(out, 'r', '', 'p.md')).toBe(`${before}${B('r')}\n${E('r')}${after}`);
  });

  it('writes CRLF bodies into CRLF files and leaves the rest untouched', () => {
    const text = `# T\r\nkeep\r\n${B('r')}\r\nold\r\n${E('r')}\r\ntail line\r\n`;
    const out = replaceRegion(text, 'r', 'a\nb\n', 'p.md');
    expect(out).toBe(`# T\r\nkeep\r\n${B('r')}\r\na\r\nb\r\n${E('r')}\r\ntail line\r\n`);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('refuses a body that contains markers, and a missing region', () => {
    const text = `${B('r')}\n${E('r')}\n`;
    expect(() => replaceRegion(text, 'r', `x\n${E('r')}\n`, 'p.md')).toThrow(/refusing to write a wiki-daily marker/);
    expect(() => replaceRegion(text, 'other', 'x', 'p.md')).toThrow(PageError);
  });
});

describe('ensureRegion', () => {
  it('appends the region once, at the end, under ## 자동 수집', () => {
    const text = '# 필모그래피\n\n사람이 쓴 내용';
    const once = ensureRegion(text, 'entries:main', undefined, 'p.md');
    expect(once).toBe(`${text}\n\n## 자동 수집\n\n${B('entries:main')}\n${E('entries:main')}\n`);
    expect(once.startsWith(text)).toBe(true);
    expect(ensureRegion(once, 'entries:main', undefined, 'p.md')).toBe(once);
    // A second region shares the heading instead of adding another one.
    const twice = ensureRegion(once, 'entries:무빙', undefined, 'p.md');
    expect(twice.match(/## 자동 수집/g)).toHaveLength(1);
    expect(twice.startsWith(once)).toBe(true);
    expect(findRegions(twice, 'p.md').map((r) => r.name)).toEqual(['entries:main', 'entries:무빙']);
  });

  it('keeps CRLF and adds the heading when another section came last', () => {
    const text = '# T\r\n\r\n## 자동 수집\r\n\r\n## 메모\r\n';
    const out = ensureRegion(text, 'x', '## 자동 수집', 'p.md');
    expect(out).toBe(`${text}\r\n## 자동 수집\r\n\r\n${B('x')}\r\n${E('x')}\r\n`);
  });

  it('works on an empty page and rejects bad names', () => {
    expect(ensureRegion('', 'index', '', 'p.md')).toBe(`${B('index')}\n${E('index')}\n`);
    expect(() => ensureRegion('', 'two words', undefined, 'p.md')).toThrow(/invalid region name/);
  });
});
