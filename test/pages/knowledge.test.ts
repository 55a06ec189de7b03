import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { planKnowledgePages } from '../../src/pages/knowledge.js';

const config = parseConfig({ sources: [{ id: 'x', url: 'https://example.com/feed' }], pages: { timelineSize: 4 } });

const entry = (date: string, outlet: string, title: string, url: string, id: string) =>
  `- 날짜: ${date}\n  - 매체: ${outlet}\n  - 구분: pictorial\n  - 제목: ${title}\n  - 링크(원문): <${url}>\n  - 상태: 보도(1차)\n  - id: ${id}`;

const PICTORIALS = `# 화보

<!-- wiki-daily:begin entries:main -->
## 2026

${entry('2026-11-20', 'ELLE Korea', '고윤정 \\[커버\\] a\\|b', 'https://elle.example/1', 'e000000000001')}
${entry('2026-03-01', 'W', '봄 화보', 'https://w.example/2', 'e000000000002')}
${entry('미상', 'Vogue', '날짜 없는 화보', 'https://vogue.example/3', 'e000000000003')}

## 2025

${entry('2025-12-31', 'GQ', '연말', 'https://gq.example/4', 'e000000000004')}
<!-- wiki-daily:end entries:main -->
`;

const WORKS = `# 작품

### 무빙

<!-- wiki-daily:begin entries:moving -->
#### 2026

${entry('2026-11-21', 'tvN', '무빙 2 발표', 'https://tvn.example/5', 'e000000000005')}
<!-- wiki-daily:end entries:moving -->

### 카지노

<!-- wiki-daily:begin entries:casino -->
#### 2026

${entry('2026-01-05', 'Disney+', '카지노 공개', 'https://disney.example/6', 'e000000000006')}
<!-- wiki-daily:end entries:casino -->
`;

const QUEUE = `# 승격 대기열\n\n<!-- wiki-daily:begin entries:main -->\n## 2026\n\n${entry('2026-11-28', 'Blog', '후보', 'https://blog.example/7', 'e000000000007')}\n<!-- wiki-daily:end entries:main -->\n`;

const files = () =>
  new Map([
    ['pages/pictorials.md', PICTORIALS],
    ['pages/works.md', WORKS],
    ['pages/promotion_queue.md', QUEUE],
    ['news/2026-11-28.md', '# log\n'],
  ]);

describe('knowledge pages', () => {
  it('by_year: per year, each page with its count, linked to the GitHub anchor of its year heading', () => {
    const r = planKnowledgePages(config, files());
    expect(r.errors).toEqual([]);
    expect(r.edits.map((e) => e.path)).toEqual(['pages/by_year.md', 'pages/timeline.md']);
    expect(r.edits[0]!.before).toBeUndefined();
    expect(r.edits[0]!.after).toBe(`# 연도별 항목

연도마다 각 문서에 실린 항목 수입니다. 아래 영역은 자동으로 다시 씁니다.

<!-- wiki-daily:begin by-year -->
## 2026

- [화보](pictorials.md#2026) — 3건
- [작품](works.md#2026) — 2건

## 2025

- [화보](pictorials.md#2025) — 1건
<!-- wiki-daily:end by-year -->
`);
  });

  it('timeline: the newest dated entries, newest first, one list item each, sanitised once, linked to the page and year heading', () => {
    const timeline = planKnowledgePages(config, files()).edits[1]!.after;
    expect(timeline).toBe(`# 최근 항목

위키 전체에서 가장 최근 항목 4개입니다. 아래 영역은 자동으로 다시 씁니다.

<!-- wiki-daily:begin timeline -->
- 2026-11-21 · tvN · [무빙 2 발표](https://tvn.example/5) — [작품](works.md#2026)
- 2026-11-20 · ELLE Korea · [고윤정 \\[커버\\] a\\|b](https://elle.example/1) — [화보](pictorials.md#2026)
- 2026-03-01 · W · [봄 화보](https://w.example/2) — [화보](pictorials.md#2026)
- 2026-01-05 · Disney+ · [카지노 공개](https://disney.example/6) — [작품](works.md#2026-1)
<!-- wiki-daily:end timeline -->
`);
  });

  it('changes nothing when nothing changed, keeps text people added, and follows new entries', () => {
    const wiki = files();
    for (const e of planKnowledgePages(config, wiki).edits) wiki.set(e.path, e.after);
    expect(planKnowledgePages(config, wiki).edits).toEqual([]);

    wiki.set('pages/by_year.md', `${wiki.get('pages/by_year.md')!}\n사람이 쓴 메모.\n`);
    expect(planKnowledgePages(config, wiki).edits).toEqual([]);

    wiki.set('pages/works.md', WORKS.replace('#### 2026\n\n', `#### 2026\n\n${entry('2026-11-22', 'tvN', '새 소식', 'https://tvn.example/8', 'e000000000008')}\n`));
    const next = planKnowledgePages(config, wiki);
    expect(next.edits.map((e) => e.path)).toEqual(['pages/by_year.md', 'pages/timeline.md']);
    expect(next.edits[0]!.after).toContain('- [작품](works.md#2026) — 3건');
    expect(next.edits[0]!.after.endsWith('<!-- wiki-daily:end by-year -->\n\n사람이 쓴 메모.\n')).toBe(true);
    expect(next.edits[1]!.after).toContain('- 2026-11-22 · tvN · [새 소식](https://tvn.example/8) — [작품](works.md#2026)\n- 2026-11-21 ·');
    expect(next.edits[1]!.after).not.toContain('2026-01-05');
  });

  it('leaves a page with broken regions out and names it', () => {
    const wiki = files();
    wiki.set('pages/broken.md', '# 깨짐\n\n<!-- wiki-daily:begin entries:main -->\n- 날짜: 2026-11-27\n');
    const r = planKnowledgePages(config, wiki);
    expect(r.errors.map((e) => e.message)).toEqual(['pages/broken.md:3: region "entries:main" has no end marker ("<!-- wiki-daily:end entries:main -->")']);
    expect(r.edits[0]!.after).not.toContain('broken.md');
  });
});
