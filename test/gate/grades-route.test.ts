import { describe, expect, it } from 'vitest';
import { gradeSettings, routingSettings } from '../../src/config/schema.js';
import { gradeHost } from '../../src/gate/grades.js';
import { routeItem } from '../../src/gate/route.js';
import type { NormalizedItem } from '../../src/model.js';

describe('gradeHost', () => {
  const g = gradeSettings.parse({
    default: 'discard',
    land: ['kbs.co.kr', 'news.naver.com', 'maa.co.kr'],
    queue: ['naver.com', 'elle.co.kr', 'yna.co.kr'],
    pool: ['youtube.com', 'youtu.be'],
    discard: ['news.google.com', 'spam.kbs.co.kr'],
  });

  it('matches suffixes on label boundaries', () => {
    expect(gradeHost('news.kbs.co.kr', g)).toEqual({ lane: 'land', suffix: 'kbs.co.kr' });
    expect(gradeHost('kbs.co.kr', g)).toEqual({ lane: 'land', suffix: 'kbs.co.kr' });
    expect(gradeHost('xkbs.co.kr', g)).toEqual({ lane: 'discard' });
  });

  it('lets the longest suffix win across lanes', () => {
    expect(gradeHost('news.naver.com', g)).toEqual({ lane: 'land', suffix: 'news.naver.com' });
    expect(gradeHost('n.news.naver.com', g)).toEqual({ lane: 'land', suffix: 'news.naver.com' });
    expect(gradeHost('blog.naver.com', g)).toEqual({ lane: 'queue', suffix: 'naver.com' });
    expect(gradeHost('spam.kbs.co.kr', g)).toEqual({ lane: 'discard', suffix: 'spam.kbs.co.kr' });
    expect(gradeHost('www.youtube.com', g)).toEqual({ lane: 'pool', suffix: 'youtube.com' });
  });

  it('falls back to the default lane for unknown hosts', () => {
    expect(gradeHost('example.com', g)).toEqual({ lane: 'discard' });
    expect(gradeHost('example.com', gradeSettings.parse({}))).toEqual({ lane: 'land' });
  });

  it('tolerates how suffixes are written and host case', () => {
    const loose = gradeSettings.parse({ default: 'pool', land: ['*.Tving.com', '.wavve.com.'] });
    expect(gradeHost('WWW.TVING.COM', loose)).toEqual({ lane: 'land', suffix: 'tving.com' });
    expect(gradeHost('www.wavve.com.', loose)).toEqual({ lane: 'land', suffix: 'wavve.com' });
  });

  it('resolves the same suffix in two lanes to the more cautious lane', () => {
    const conflict = gradeSettings.parse({ land: ['a.com'], queue: ['a.com'] });
    expect(gradeHost('a.com', conflict)).toEqual({ lane: 'queue', suffix: 'a.com' });
  });
});

describe('routeItem', () => {
  const item = (over: Partial<NormalizedItem>): NormalizedItem => ({
    sourceId: 'gn',
    sourceKind: 'google-news',
    title: '',
    link: 'https://example.com/a',
    ...over,
  });
  const r = routingSettings.parse({
    rules: [
      { page: 'pages/pictorials.md', keywords: ['화보', 'Pictorial'], kind: 'pictorial' },
      { page: 'pages/works.md', section: 'moving', keywords: ['무빙'] },
      { page: 'pages/videos.md', kinds: ['video'] },
      { page: 'pages/magazines.md', sources: ['elle'] },
    ],
    defaultPage: 'pages/press.md',
  });

  it('takes the first matching rule', () => {
    expect(routeItem(item({ title: '무빙 고윤정 화보' }), r)).toEqual({
      page: 'pages/pictorials.md',
      section: 'main',
      kind: 'pictorial',
      rule: 0,
    });
    expect(routeItem(item({ title: '무빙 비하인드', kindHint: 'video' }), r)).toEqual({
      page: 'pages/works.md',
      section: 'moving',
      rule: 1,
    });
  });

  it('matches keywords in the summary, case- and space-insensitively', () => {
    expect(routeItem(item({ title: 'x', summary: 'ELLE PICTORIAL' }), r).rule).toBe(0);
    expect(routeItem(item({ title: '화 보 공개' }), r).rule).toBe(0);
  });

  it('matches kinds and sources', () => {
    expect(routeItem(item({ title: 'x', kindHint: 'video' }), r).rule).toBe(2);
    expect(routeItem(item({ title: 'x', sourceId: 'elle' }), r).rule).toBe(3);
  });

  it('falls back to the default page and section', () => {
    expect(routeItem(item({ title: '인터뷰' }), r)).toEqual({ page: 'pages/press.md', section: 'main' });
  });

  it('treats a rule without criteria as a catch-all', () => {
    const catchAll = routingSettings.parse({
      rules: [{ page: 'pages/a.md', sources: ['x'] }, { page: 'pages/all.md', section: 'misc' }],
    });
    expect(routeItem(item({ title: 'anything' }), catchAll)).toEqual({ page: 'pages/all.md', section: 'misc', rule: 1 });
  });
});
