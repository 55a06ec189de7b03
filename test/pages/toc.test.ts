import { describe, expect, it } from 'vitest';
import { PageError } from '../../src/errors.js';
import { headingText, listHeadings, updateToc } from '../../src/pages/toc.js';

const S = '<!-- TOC:START -->';
const E = '<!-- TOC:END -->';

describe('updateToc', () => {
  it('links ## and ### headings with GitHub anchors (Korean, emoji, duplicates, regions)', () => {
    const page = [
      '# 고윤정',
      '',
      S,
      '- stale',
      E,
      '',
      '## 🎬 필모그래피',
      '### 무빙 (2023)',
      '## 고윤정',
      '```md',
      '## 코드 안의 제목',
      '```',
      '## 화보 & 인터뷰!',
      '#### 깊은 제목',
      '<!-- wiki-daily:begin entries:main -->',
      '## 2026',
      '<!-- wiki-daily:end entries:main -->',
      '<!-- wiki-daily:begin entries:무빙 -->',
      '## 2026',
      '<!-- wiki-daily:end entries:무빙 -->',
      '## **굵게** [링크](https://x.example) `snake_case` _강조_',
      '',
    ].join('\n');
    const out = updateToc(page, 'pages/p.md');
    const toc = out.slice(out.indexOf(S) + S.length + 1, out.indexOf(E));
    expect(toc).toBe(
      [
        '- [🎬 필모그래피](#-필모그래피)',
        '  - [무빙 (2023)](#무빙-2023)',
        // The `# 고윤정` title is not listed but takes the plain slug, so this one is -1.
        '- [고윤정](#고윤정-1)',
        '- [화보 & 인터뷰!](#화보--인터뷰)',
        '- [2026](#2026)',
        '- [2026](#2026-1)',
        '- [굵게 링크 snake\\_case 강조](#굵게-링크-snake_case-강조)',
        '',
      ].join('\n'),
    );
    expect(out.slice(out.indexOf(E))).toBe(page.slice(page.indexOf(E)));
    expect(out.slice(0, out.indexOf(S))).toBe(page.slice(0, page.indexOf(S)));
    expect(updateToc(out, 'pages/p.md')).toBe(out);
  });

  it('keeps CRLF and pages without markers unchanged', () => {
    const crlf = `# T\r\n${S}\r\n${E}\r\n## 하나\r\n## 둘`;
    expect(updateToc(crlf, 'p.md')).toBe(`# T\r\n${S}\r\n- [하나](#하나)\r\n- [둘](#둘)\r\n${E}\r\n## 하나\r\n## 둘`);
    const plain = '# T\n## a\n';
    expect(updateToc(plain, 'p.md')).toBe(plain);
  });

  it('reports broken markers with the line', () => {
    for (const [text, line] of [
      [`# T\n${S}\n## a\n`, 2],
      [`# T\n\n${E}\n`, 3],
      [`${E}\n${S}\n`, 1],
      [`${S}\n${E}\n${S}\n${E}\n`, 3],
    ] as const) {
      let err: unknown;
      try {
        updateToc(text, 'pages/x.md');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PageError);
      expect((err as PageError).line).toBe(line);
      expect((err as PageError).file).toBe('pages/x.md');
    }
  });
});

describe('headings', () => {
  it('turns inline markdown into rendered text', () => {
    expect(headingText('**굵게** [링크](https://x.example) `a_b` _강조_ \\*별\\* &amp; <b>태그</b>')).toBe('굵게 링크 a_b 강조 *별* & 태그');
  });

  it('skips fenced code (``` and ~~~) and closing hashes', () => {
    const hs = listHeadings(['~~~', '## no', '~~~', '## yes ##', '    ## indented code', '####### seven'].join('\n'));
    expect(hs.map((h) => [h.level, h.text, h.anchor, h.line])).toEqual([[2, 'yes', 'yes', 4]]);
  });
});
