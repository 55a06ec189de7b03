import { describe, expect, it } from 'vitest';
import { relevanceSettings, type RelevanceSettings } from '../../src/config/schema.js';
import { scoreRelevance } from '../../src/gate/relevance.js';
import type { NormalizedItem } from '../../src/model.js';

function item(over: Partial<NormalizedItem>): NormalizedItem {
  return { sourceId: 'gn', sourceKind: 'google-news', title: '', link: 'https://example.com/a', ...over };
}

/** The old system's rules: name in title +3, description +2, context +1, trusted outlet +1, URL +1; keep ≥ 3. */
const old: RelevanceSettings = relevanceSettings.parse({
  terms: ['고윤정', 'Go Youn-jung', { term: 'goyounjung', weight: 1 }],
  contextTerms: ['화보', '드라마', '인터뷰', '배우'],
  trustedOutlets: ['KBS연예', 'elle.co.kr'],
  threshold: 3,
  exclude: ['부동산', '아파트', '주가', '분양'],
  allowContext: ['드라마', '배우', '화보'],
});

describe('scoreRelevance', () => {
  it('accepts everything with the default settings', () => {
    const r = scoreRelevance(item({ title: 'anything at all' }), relevanceSettings.parse({}), false);
    expect(r).toEqual({ score: 0, accepted: true, reason: 'score 0 ≥ 0 (nothing matched)' });
  });

  it('scores name in title and summary with readable parts', () => {
    const r = scoreRelevance(item({ title: '고윤정, 새 작품', summary: '고윤정이 출연한다' }), old, false);
    expect(r).toEqual({ score: 5, accepted: true, reason: 'score 5 ≥ 3 (title 3, summary 2)' });
  });

  it('rejects a summary-only mention below the threshold', () => {
    const r = scoreRelevance(item({ title: '주말 연예 소식', summary: '고윤정 외 다수' }), old, false);
    expect(r).toEqual({ score: 2, accepted: false, reason: 'score 2 < 3 (summary 2)' });
  });

  it('adds context in title, trusted outlet and decoded URL once each', () => {
    const r = scoreRelevance(
      item({
        title: '고윤정 화보 드라마 인터뷰',
        summary: '…',
        outlet: 'KBS연예',
        link: 'https://kstar.kbs.co.kr/%EA%B3%A0%EC%9C%A4%EC%A0%95/%EA%B3%A0%EC%9C%A4%EC%A0%95',
      }),
      old,
      false,
    );
    expect(r.score).toBe(3 + 1 + 1 + 1);
    expect(r.reason).toBe('score 6 ≥ 3 (title 3, url 1, context 1, outlet 1)');
  });

  it('matches the trusted outlet by host suffix on a label boundary', () => {
    const onElle = scoreRelevance(item({ title: 'x', link: 'https://www.elle.co.kr/a' }), old, false);
    const lookAlike = scoreRelevance(item({ title: 'x', link: 'https://www.notelle.co.kr/a' }), old, false);
    expect(onElle.score).toBe(1);
    expect(lookAlike.score).toBe(0);
  });

  it('is case- and whitespace-insensitive (고 윤정, GO YOUN JUNG, NFD Hangul)', () => {
    for (const title of ['고 윤정 근황', 'GO YOUN JUNG in Paris', 'Go Younjung', '고윤정'.normalize('NFD')]) {
      expect(scoreRelevance(item({ title }), old, false).score, title).toBe(3);
    }
  });

  it('counts the best term per field, multiplied by its weight', () => {
    const s = relevanceSettings.parse({ terms: ['윤정', { term: '고윤정', weight: 2 }], threshold: 0 });
    expect(scoreRelevance(item({ title: '고윤정' }), s, false).score).toBe(6);
    expect(scoreRelevance(item({ title: '윤정' }), s, false).score).toBe(3);
  });

  it('rejects finance words unless an entertainment context word is present', () => {
    const finance = scoreRelevance(item({ title: '고윤정 대표, 아파트 분양 시작' }), old, false);
    expect(finance).toEqual({ score: 3, accepted: false, reason: "excluded by '아파트'" });

    const inSummary = scoreRelevance(item({ title: '고윤정 소식', summary: '부동산 시장 동향' }), old, false);
    expect(inSummary.accepted).toBe(false);
    expect(inSummary.reason).toBe("excluded by '부동산'");

    const drama = scoreRelevance(item({ title: '고윤정 드라마 속 아파트 화제' }), old, false);
    expect(drama.accepted).toBe(true);
    expect(drama.reason).toBe("score 4 ≥ 3 (title 3, context 1); '아파트' allowed by '드라마'");
  });

  it('accepts a trusted source regardless of score and exclusions', () => {
    const r = scoreRelevance(item({ title: '비하인드 영상', summary: '아파트 세트장' }), old, true);
    expect(r).toEqual({ score: 0, accepted: true, reason: 'trusted source, score 0 (nothing matched)' });
  });

  it('rejects everything untrusted when the threshold cannot be reached', () => {
    const s = relevanceSettings.parse({ threshold: 1 });
    expect(scoreRelevance(item({ title: '고윤정' }), s, false).accepted).toBe(false);
    expect(scoreRelevance(item({ title: '고윤정' }), s, true).accepted).toBe(true);
  });

  it('survives a malformed percent escape in the URL', () => {
    const r = scoreRelevance(item({ title: 'x', link: 'https://a.com/%E0%A4%A/goyounjung' }), old, false);
    expect(r.reason).toBe('score 1 < 3 (url 1)');
  });

  it('formats fractional weights', () => {
    const s = relevanceSettings.parse({ terms: [{ term: '고윤정', weight: 0.5 }], threshold: 1 });
    expect(scoreRelevance(item({ title: '고윤정' }), s, false).reason).toBe('score 1.5 ≥ 1 (title 1.5)');
  });
});
