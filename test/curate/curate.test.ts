import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { parsePromoteList, planCuration, REJECTED_HEADER, type CurationInput } from '../../src/curate/curate.js';
import { canonicalUrl, entryId } from '../../src/gate/canonical.js';
import { SeenIndex, serializeSeen } from '../../src/gate/seen.js';
import type { GatedItem } from '../../src/model.js';
import { parseEntries } from '../../src/pages/entries.js';
import { planEdits } from '../../src/pages/plan.js';
import { regionBody } from '../../src/pages/regions.js';

const config = parseConfig({
  sources: [{ id: 'elle', url: 'https://www.elle.co.kr/feed' }],
  routing: { rules: [{ page: 'pages/pictorials.md', keywords: ['화보'] }], defaultPage: 'pages/press.md' },
  curation: { poolMaxAgeDays: 90 },
});

function item(url: string, title: string, lane: 'queue' | 'pool', published: string): GatedItem {
  const canonical = canonicalUrl(url);
  return {
    sourceId: 'elle', sourceKind: 'feed', title, link: url, canonicalUrl: canonical, id: entryId(canonical), host: new URL(url).hostname,
    outlet: 'ELLE Korea', score: 5, lane, reason: 'test', page: lane === 'queue' ? config.pages.queuePage : config.pages.poolPage, section: 'main',
    kind: 'news', confidence: lane === 'queue' ? '검토 대기' : '후보', published,
  };
}

const A = item('https://www.elle.co.kr/article/1/', '고윤정 겨울 화보', 'queue', '2026-11-20T01:00:00Z');
const B = item('https://www.elle.co.kr/article/2', '고윤정 근황', 'queue', '2026-11-21T01:00:00Z');
const C = item('https://www.elle.co.kr/article/3', '고윤정 오래된 소식', 'pool', '2025-06-01T01:00:00Z');
const D = item('https://www.elle.co.kr/article/4', '고윤정 새 소식', 'pool', '2026-11-22T01:00:00Z');

/** The wiki as the daily run writes it: queue and pool entries with their checkboxes. */
function wiki(): { files: Map<string, string>; seen: string } {
  const plan = planEdits({ config, date: '2026-11-26', time: '09:00', files: new Map(), items: [A, B, C, D], run: { status: 'success', sources: [] }, canonicalize: canonicalUrl });
  const files = new Map(plan.edits.map((e) => [e.path, e.after] as const));
  const index = new SeenIndex();
  for (const i of [A, B, C, D]) index.add(i.id, '2026-11-26', i.canonicalUrl);
  const seen = serializeSeen(index);
  return { files, seen };
}

function curate(files: Map<string, string>, extra: Partial<CurationInput> = {}) {
  return planCuration({ config, date: '2026-11-26', files, canonicalize: canonicalUrl, ...extra });
}

const tick = (text: string, id: string, box: '승격 promote' | '제외 reject', suffix = '') =>
  text.replace(new RegExp(`(  - id: ${id}\\n(?:  - \\[[ x]\\] .*\\n)*?)  - \\[ \\] ${box}`), `$1  - [x] ${box}${suffix}`);

describe('planCuration', () => {
  it('new queue/pool entries carry the two checkboxes', () => {
    const { files } = wiki();
    const queue = files.get('pages/promotion_queue.md')!;
    expect(queue).toContain(`  - id: ${A.id}\n  - [ ] 승격 promote\n  - [ ] 제외 reject\n`);
  });

  it('a ticked promote box moves the block as written to its routed page; reject removes it; old pool entries are archived', () => {
    const { files, seen } = wiki();
    let queue = files.get('pages/promotion_queue.md')!;
    queue = tick(queue, A.id, '승격 promote');
    queue = tick(queue, B.id, '제외 reject');
    files.set('pages/promotion_queue.md', queue);
    const r = curate(files, { seenText: seen });
    expect(r.problems).toEqual([]);
    // queue first, then pool; newest first within a page
    expect(r.actions).toEqual([
      { id: B.id, action: 'reject', from: 'pages/promotion_queue.md', title: '고윤정 근황' },
      { id: A.id, action: 'promote', from: 'pages/promotion_queue.md', to: 'pages/pictorials.md', title: '고윤정 겨울 화보' },
      { id: C.id, action: 'archive', from: 'pages/candidate_pool.md', to: 'pages/candidate_pool_archive_2025.md', title: '고윤정 오래된 소식' },
    ]);
    const after = new Map(r.edits.map((e) => [e.path, e.after] as const));
    expect([...after.keys()]).toEqual([
      'data/rejected.tsv', 'pages/candidate_pool.md', 'pages/candidate_pool_archive_2025.md', 'pages/pictorials.md', 'pages/promotion_queue.md',
    ]);
    const pict = after.get('pages/pictorials.md')!;
    expect(pict).toContain(`## 2026\n\n- 날짜: 2026-11-20\n  - 매체: ELLE Korea\n  - 구분: news\n  - 제목: 고윤정 겨울 화보\n  - 링크(원문): <https://www.elle.co.kr/article/1/>\n  - 상태: 보도(1차)\n  - id: ${A.id}\n`);
    expect(pict).not.toContain('[ ]');
    const q = regionBody(after.get('pages/promotion_queue.md')!, 'entries:main', 'q')!;
    expect(parseEntries(q, 'q').entries.map((e) => e.id)).toEqual([]);
    expect(q).toBe('');
    expect(after.get('data/rejected.tsv')).toBe(`${REJECTED_HEADER}\n${B.id}\t2026-11-26\thttps://www.elle.co.kr/article/2\n`);
    const archive = after.get('pages/candidate_pool_archive_2025.md')!;
    expect(archive).toMatch(/^# 후보 풀 보관 2025\n/);
    expect(archive).toContain(`  - id: ${C.id}\n<!-- wiki-daily:end entries:main -->`);
    const poolIds = parseEntries(regionBody(after.get('pages/candidate_pool.md')!, 'entries:main', 'p')!, 'p').entries.map((e) => e.id);
    expect(poolIds).toEqual([D.id]);
    // the seen file already holds every id: unchanged
    expect(r.edits.find((e) => e.path === 'data/seen.tsv')).toBeUndefined();

    // idempotent: curating the result again changes nothing
    const again = curate(new Map([...files, ...after]), { seenText: seen, rejectedText: after.get('data/rejected.tsv')! });
    expect(again.edits).toEqual([]);
    expect(again.actions).toEqual([]);
  });

  it('requested ids work like ticked boxes, with --to PAGE; unknown ids and contradicting boxes are problems', () => {
    const { files, seen } = wiki();
    const r = curate(files, { seenText: seen, requests: { promote: [{ id: B.id, to: 'pages/interviews.md' }, { id: 'e000000000000' }], reject: [] } });
    expect(r.actions.find((a) => a.id === B.id)).toEqual({ id: B.id, action: 'promote', from: 'pages/promotion_queue.md', to: 'pages/interviews.md', title: '고윤정 근황' });
    expect(r.problems).toEqual(['entry e000000000000 is not in pages/promotion_queue.md or pages/candidate_pool.md']);
    // Only a topical page under pages/: not outside the wiki, not elsewhere in the repository, not the
    // queue, the pool or a page the run generates.
    for (const to of ['../outside.md', '.github/evil.md', 'README.md', 'pages/promotion_queue.md', 'pages/candidate_pool.md', 'pages/index.md', 'pages/by_year.md', 'pages/by_year/2026.md', 'pages/by_year/unknown.md']) {
      const bad = curate(files, { seenText: seen, requests: { promote: [{ id: B.id, to }], reject: [] } });
      expect(bad.problems, to).toEqual([
        `entry ${B.id}: cannot promote to ${JSON.stringify(to)} (a topical .md page under pages/, not the queue, the pool or a generated page)`,
      ]);
      expect(bad.edits.map((e) => e.path)).toEqual(['pages/candidate_pool.md', 'pages/candidate_pool_archive_2025.md']);
    }
    let queue = files.get('pages/promotion_queue.md')!;
    queue = tick(tick(queue, A.id, '승격 promote'), A.id, '제외 reject');
    const both = curate(new Map([...files, ['pages/promotion_queue.md', queue]]));
    expect(both.problems).toEqual([`pages/promotion_queue.md: entry ${A.id} has both 승격 promote and 제외 reject ticked; left as it is`]);
    expect(both.actions.map((a) => a.id)).toEqual([C.id]);
  });

  it('a page named on the ticked line is the target', () => {
    const { files } = wiki();
    const queue = tick(files.get('pages/promotion_queue.md')!, B.id, '승격 promote', ' → pages/brands.md');
    const r = curate(new Map([...files, ['pages/promotion_queue.md', queue]]));
    expect(r.actions.find((a) => a.id === B.id)?.to).toBe('pages/brands.md');
    expect(r.edits.find((e) => e.path === 'pages/brands.md')?.after).toContain(`  - id: ${B.id}`);
  });

  it('parses the promote input', () => {
    expect(parsePromoteList(' e0123456789ab, e0123456789ac=pages/works.md\n')).toEqual([{ id: 'e0123456789ab' }, { id: 'e0123456789ac', to: 'pages/works.md' }]);
    expect(parsePromoteList('')).toEqual([]);
    expect(() => parsePromoteList('nope')).toThrow(/"nope" is not an entry id/);
  });
});
