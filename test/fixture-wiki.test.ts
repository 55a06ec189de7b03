/**
 * The frozen fixture wiki (fixtures/wiki) every tool test starts from: today's pages, one earlier run's
 * entries, day log and seen ids, and a config with the live wiki's rules and loopback sources. These
 * checks pin its structure and its rules (every route lands in a region that exists, representative
 * titles go where a reader looks), so a change to it is a deliberate one. The live wiki is checked by
 * `wiki-daily lint`, never here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../src/config/load.js';
import type { Config, RouteRule } from '../src/config/schema.js';
import { demoSources } from '../src/demo/workspace.js';
import { SEEN_HEADER, parseSeen, serializeSeen } from '../src/gate/seen.js';
import { findRegions } from '../src/pages/regions.js';
import { updateToc } from '../src/pages/toc.js';
import { FIXTURE_CONFIG, FIXTURE_DAY_LOG, FIXTURE_SEEN_IDS, FIXTURE_WIKI } from './support/fixture-wiki.js';

const root = FIXTURE_WIKI;
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8');

// ── pages ───────────────────────────────────────────────────────────────────────────────────────

const EXPECTED_PAGES = [
  'index.md',
  'profile.md',
  'filmography.md',
  'works.md',
  'pictorials.md',
  'interviews.md',
  'appearances.md',
  'endorsements.md',
  'schedule.md',
  'press.md',
  'promotion_queue.md',
  'candidate_pool.md',
  'daily_report.md',
  'system_status.md',
];

interface Region {
  name: string;
  body: string;
  line: number;
}

/** Managed regions of a page, read with the product's own parser (it rejects broken structure). */
function regionsOf(file: string, text: string): Region[] {
  return findRegions(text, file).map((r) => ({ name: r.name, body: text.slice(r.bodyStart, r.bodyEnd), line: r.beginLine }));
}

function regionNames(rel: string): string[] {
  return regionsOf(rel, read(rel)).map((r) => r.name);
}

describe('fixture wiki pages', () => {
  const pageFiles = readdirSync(path.join(root, 'pages')).filter((f) => f.endsWith('.md'));

  it('has every page of the wiki and nothing unexpected', () => {
    expect([...pageFiles].sort()).toEqual([...EXPECTED_PAGES].sort());
  });

  it('has balanced managed regions, filled only by the one earlier run, and no placeholders on every page', () => {
    // What the 2026-11-20 run wrote; every other region is as empty as the live wiki began.
    const filled = [
      'news/index.md#index',
      'pages/candidate_pool.md#entries:main',
      'pages/daily_report.md#report',
      'pages/endorsements.md#entries:vodana',
      'pages/index.md#index',
      'pages/pictorials.md#entries:main',
      'pages/promotion_queue.md#entries:main',
      'pages/system_status.md#status',
      'pages/works.md#entries:moving',
    ];
    const found: string[] = [];
    for (const file of [...pageFiles.map((f) => `pages/${f}`), 'news/index.md']) {
      const text = read(file);
      const regions = regionsOf(file, text);
      for (const r of regions) if (r.body.trim() !== '') found.push(`${file}#${r.name}`);
      expect(text, file).not.toMatch(/\b(TODO|TBD|FIXME|XXX)\b|lorem ipsum/i);
      expect(text.startsWith('# '), `${file} starts with its title`).toBe(true);
    }
    expect(found.sort()).toEqual(filled);
  });

  it('holds one day log, listed in the news index, and a seen id for every entry on the pages', () => {
    expect(readdirSync(path.join(root, 'news')).sort()).toEqual([path.basename(FIXTURE_DAY_LOG), 'index.md']);
    expect(read('news/index.md')).toContain(`](${path.basename(FIXTURE_DAY_LOG)})`);
    expect(read(FIXTURE_DAY_LOG)).toContain('- 상태: 성공 success');
    const pageIds = pageFiles.flatMap((f) => [...read(`pages/${f}`).matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]!));
    expect(pageIds.sort()).toEqual([...FIXTURE_SEEN_IDS].sort());
    expect(pageIds).toHaveLength(7);
  });

  it('puts a TOC pair before the entries on every entry-bearing page', () => {
    const entryPages = pageFiles.filter((f) => regionNames(`pages/${f}`).some((n) => n.startsWith('entries:')));
    expect(entryPages.sort()).toEqual(
      [
        'appearances.md',
        'candidate_pool.md',
        'endorsements.md',
        'interviews.md',
        'pictorials.md',
        'press.md',
        'promotion_queue.md',
        'schedule.md',
        'works.md',
      ].sort(),
    );
    for (const f of [...entryPages, 'index.md']) {
      const text = read(`pages/${f}`);
      const tocStart = text.indexOf('<!-- TOC:START -->');
      const tocEnd = text.indexOf('<!-- TOC:END -->');
      const firstRegion = text.indexOf('<!-- wiki-daily:begin');
      expect(tocStart, f).toBeGreaterThan(0);
      expect(tocEnd, f).toBeGreaterThan(tocStart);
      expect(tocEnd, f).toBeLessThan(firstRegion);
      // Up to date, so the bot's first edit of a page changes only what it adds.
      expect(updateToc(text, f), `${f} TOC is current`).toBe(text);
    }
  });

  it('gives the bot the regions it owns on the index, report, status and news pages', () => {
    expect(regionNames('pages/index.md')).toEqual(['index']);
    expect(regionNames('pages/daily_report.md')).toEqual(['report']);
    expect(regionNames('pages/system_status.md')).toEqual(['status']);
    // The planner fills both listings through a region named `index` (src/pages/plan.ts).
    expect(regionNames('news/index.md')).toEqual(['index']);
    for (const lanePage of ['promotion_queue.md', 'candidate_pool.md', 'press.md', 'pictorials.md', 'interviews.md']) {
      expect(regionNames(`pages/${lanePage}`), lanePage).toEqual(['entries:main']);
    }
  });

  it('links the index to every page, and every relative link on every page resolves', () => {
    const index = read('pages/index.md');
    for (const f of pageFiles.filter((f) => f !== 'index.md')) expect(index, `index links ${f}`).toContain(`](${f})`);
    expect(index).toContain('](../news/index.md)');
    for (const file of [...pageFiles.map((f) => `pages/${f}`), 'news/index.md']) {
      for (const m of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^https?:/.test(target)) continue;
        const resolved = path.join(root, path.dirname(file), target.split('#')[0]!);
        expect(existsSync(resolved), `${file} → ${target}`).toBe(true);
      }
    }
  });

  it('states the profile facts of record', () => {
    const profile = read('pages/profile.md');
    expect(profile).toContain('고윤정');
    expect(profile).toContain('1996년 4월 22일');
    expect(profile).toContain('[MAA](https://maa.co.kr/artists/go-younjung)');
  });

  it('lists every work once in the filmography, by year, and gives each its own section in works.md', () => {
    const rows = read('pages/filmography.md')
      .split('\n')
      .filter((l) => /^\| \d{4} \|/.test(l))
      .map((l) => l.split('|').map((c) => c.trim()));
    expect(rows).toHaveLength(13);
    const years = rows.map((r) => Number(r[1]));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(rows.filter((r) => r[5] === '카메오').map((r) => r[2])).toEqual(['이재, 곧 죽습니다', '스위트홈 2', '조명가게']);

    const works = read('pages/works.md');
    const headings = works.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toHaveLength(rows.length);
    for (const r of rows) expect(headings.some((h) => h.startsWith(`### ${r[2]} (${r[1]}`)), r[2]).toBe(true);
    // One entries region right under each work heading.
    const sections = works.split(/^### /m).slice(1);
    for (const s of sections) expect(s.match(/<!-- wiki-daily:begin entries:[a-z0-9-]+ -->/g), s.split('\n')[0]).toHaveLength(1);
  });

  it('starts the seen file with exactly the header the product writes, then its 7 ids in order', () => {
    expect(read('data/seen.tsv').startsWith(`${SEEN_HEADER}\n`)).toBe(true);
    const seen = parseSeen(read('data/seen.tsv'), 'data/seen.tsv');
    expect(seen.size).toBe(7);
    // The first bot write must not churn the file.
    expect(serializeSeen(seen)).toBe(read('data/seen.tsv'));
  });
});

// ── config ──────────────────────────────────────────────────────────────────────────────────────

/** Longest-suffix host lookup, as documented on GradeSettings. */
function laneOf(grades: Config['grades'], host: string): string {
  let best: { lane: string; len: number } | undefined;
  for (const lane of ['land', 'queue', 'pool', 'discard'] as const) {
    for (const suffix of grades[lane]) {
      if ((host === suffix || host.endsWith(`.${suffix}`)) && (!best || suffix.length > best.len)) {
        best = { lane, len: suffix.length };
      }
    }
  }
  return best?.lane ?? grades.default;
}

/**
 * First-match routing as the schema documents it (keyword in title or summary, source id, or kind).
 * Only here to pin down the rule order this config relies on; the real router has its own tests.
 */
function routeOf(rules: RouteRule[], item: { title: string; sourceId: string; kind: string }): string {
  const title = item.title.toLowerCase();
  const rule = rules.find(
    (r) =>
      r.keywords.some((k) => title.includes(k.toLowerCase())) ||
      r.sources.includes(item.sourceId) ||
      r.kinds.includes(item.kind),
  );
  return rule ? `${rule.page}#${rule.section}` : 'default';
}

function walkKeys(value: unknown, at: string, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => walkKeys(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(`${at}.${k}`);
      walkKeys(v, `${at}.${k}`, out);
    }
  }
}

describe('fixture wiki-daily.yml', () => {
  let config: Config;
  beforeAll(async () => {
    config = await loadConfig(FIXTURE_CONFIG);
  });

  it('collects from the loopback fixture server: the sources prepareDemoWorkspace writes, one of each kind', () => {
    const base = 'http://127.0.0.1:8999';
    expect(config.http.googleNewsBaseUrl).toBe(base);
    expect(config.http.youtubeBaseUrl).toBe(base);
    const written = demoSources(base).map((d) => d.config);
    expect(config.sources.map((s) => s.id)).toEqual(written.map((w) => w.id));
    for (const [i, s] of config.sources.entries()) {
      const w = written[i]!;
      if ('url' in s) expect(s.url, s.id).toBe(w.url);
      expect(new URL('url' in s ? s.url : base).hostname, s.id).toBe('127.0.0.1');
    }
    const kinds = [...new Set(config.sources.map((s) => s.kind))].sort();
    expect(kinds).toEqual(['feed', 'google-news', 'html', 'youtube']);
    const kbs = config.sources.find((s) => s.id === 'kbs-person');
    if (kbs?.kind !== 'html') throw new Error('kbs-person must be an html source');
    const pattern = new RegExp(kbs.linkPattern);
    expect(pattern.test('https://kstar.kbs.co.kr/list_view.html?idx=501234')).toBe(true);
    expect(pattern.test('https://kstar.kbs.co.kr/person_view.html?idx=220921')).toBe(false);
  });

  it('scores her name and rejects finance namesakes unless it is about the actress', () => {
    const r = config.relevance;
    expect(r.terms).toContainEqual({ term: '고윤정', weight: 1 });
    expect(r.terms).toEqual(expect.arrayContaining(['Go Youn-jung', 'Go Youn Jung', 'Go Yoon-jung', 'コ・ユンジョン']));
    expect(r.threshold).toBe(3);
    expect(r.exclude).toEqual(expect.arrayContaining(['주가', '부동산', '아파트', '분양', '코인', '증시', '금리']));
    expect(r.allowContext).toEqual(expect.arrayContaining(['배우', '드라마', '화보', '광고 모델']));
    expect(r.trustedOutlets).toContain('maa.co.kr');
  });

  it('grades hosts into lanes: official land, press and magazines queue, social media pool', () => {
    const g = config.grades;
    expect(g.default).toBe('queue');
    expect(g.land).toEqual(expect.arrayContaining(['maa.co.kr', 'news.kbs.co.kr', 'netflix.com', 'youtube.com', 'youtu.be']));
    expect(g.pool).toEqual(['instagram.com']);
    expect(g.discard).toEqual([]);
    const all = [...g.land, ...g.queue, ...g.pool, ...g.discard];
    expect(all.filter((h, i) => all.indexOf(h) !== i), 'a host in two lanes').toEqual([]);
    for (const f of config.sources.filter((s) => s.kind === 'feed')) {
      expect(laneOf(g, new URL(f.url).hostname), f.id).toBe('queue');
    }
    expect(laneOf(g, 'www.youtube.com')).toBe('land');
    expect(laneOf(g, 'm.entertain.naver.com')).toBe('queue');
    expect(laneOf(g, 'www.osen.co.kr')).toBe('queue');
  });

  it('routes only into pages and regions that exist', () => {
    const routes = [
      ...config.routing.rules.map((r) => ({ page: r.page, section: r.section })),
      { page: config.routing.defaultPage, section: config.routing.defaultSection },
    ];
    for (const { page, section } of routes) {
      expect(page.startsWith(`${config.pages.pagesDir}/`), page).toBe(true);
      expect(existsSync(path.join(root, page)), page).toBe(true);
      expect(regionNames(page), `${page} has entries:${section}`).toContain(`entries:${section}`);
    }
    // And every entries region is reachable by some route (the lane pages are filled by lane instead).
    const routed = new Set(routes.map((r) => `${r.page}#entries:${r.section}`));
    for (const f of readdirSync(path.join(root, 'pages'))) {
      const page = `pages/${f}`;
      if (page === config.pages.queuePage || page === config.pages.poolPage) continue;
      for (const n of regionNames(page).filter((n) => n.startsWith('entries:'))) {
        expect(routed.has(`${page}#${n}`), `${page} ${n} is routed to`).toBe(true);
      }
    }
  });

  it('uses no keyword so short or so common that it would match unrelated titles', () => {
    const keywords = config.routing.rules.flatMap((r) => r.keywords);
    for (const k of keywords) expect(k.length, k).toBeGreaterThanOrEqual(2);
    for (const bare of ['려', '이재', '헌트', 'Moving', 'Hunt']) expect(keywords, bare).not.toContain(bare);
  });

  it('routes representative titles where a reader would look for them', () => {
    const rules = config.routing.rules;
    const cases: Array<[{ title: string; sourceId: string; kind: string }, string]> = [
      [{ title: '[무빙] 고윤정 메이킹', sourceId: 'yt-tvn', kind: 'video' }, 'pages/appearances.md#main'],
      [{ title: '고윤정, 엘르 3월호 커버 장식', sourceId: 'gn-main', kind: 'article' }, 'pages/pictorials.md#main'],
      [{ title: '고윤정 "무빙 이후" 인터뷰', sourceId: 'vogue-korea', kind: 'pictorial' }, 'pages/interviews.md#main'],
      [{ title: '고윤정의 봄', sourceId: 'vogue-korea', kind: 'pictorial' }, 'pages/pictorials.md#main'],
      [{ title: '고윤정, 무빙 이후의 시간', sourceId: 'gq-korea', kind: 'interview' }, 'pages/interviews.md#main'],
      [{ title: "고윤정, 헤어케어 브랜드 '려' 모델 발탁", sourceId: 'gn-brand-ryo', kind: 'article' }, 'pages/endorsements.md#ryo'],
      [{ title: '고윤정, 보다나 새 캠페인', sourceId: 'gn-brand-vodana', kind: 'article' }, 'pages/endorsements.md#vodana'],
      [{ title: '고윤정, 스위트홈 2 특별출연', sourceId: 'gn-main', kind: 'article' }, 'pages/works.md#sweet-home-2'],
      [{ title: '스위트홈 고윤정 스틸 공개', sourceId: 'gn-main', kind: 'article' }, 'pages/works.md#sweet-home'],
      [{ title: '"이재, 곧 죽습니다" 고윤정', sourceId: 'gn-main', kind: 'article' }, 'pages/works.md#ijae'],
      [{ title: '고윤정, 이 사랑 통역 되나요? 제작발표회', sourceId: 'gn-main', kind: 'article' }, 'pages/works.md#translation'],
      [{ title: '고윤정 언슬전 종영 소감', sourceId: 'gn-main', kind: 'article' }, 'pages/works.md#resident-playbook'],
      [{ title: '고윤정, 마니또 클럽 출연', sourceId: 'gn-variety-manito', kind: 'article' }, 'pages/appearances.md#main'],
      [{ title: '고윤정 팬미팅 개최', sourceId: 'gn-main', kind: 'article' }, 'pages/schedule.md#main'],
      // Bare 려/이재/헌트 inside other words must not pull items into the wrong section.
      [{ title: '고려대 고윤정 교수 연구팀', sourceId: 'gn-main', kind: 'article' }, 'default'],
      [{ title: '이재명 대통령, 고윤정 언급', sourceId: 'gn-main', kind: 'article' }, 'default'],
      [{ title: '헌트릭스와 고윤정', sourceId: 'gn-main', kind: 'article' }, 'default'],
    ];
    for (const [item, expected] of cases) expect(routeOf(rules, item), item.title).toBe(expected);
    expect(config.routing.defaultPage).toBe('pages/press.md');
  });

  it('points every page setting at a file or folder that exists', () => {
    const p = config.pages;
    for (const dir of [p.pagesDir, p.newsDir]) expect(statSync(path.join(root, dir)).isDirectory(), dir).toBe(true);
    for (const file of [p.queuePage, p.poolPage, p.dailyReportPage, p.systemStatusPage, p.indexPage, p.newsIndexPage, p.seenFile]) {
      expect(statSync(path.join(root, file)).isFile(), file).toBe(true);
    }
    expect(p.queuePage).toBe('pages/promotion_queue.md');
    expect(p.poolPage).toBe('pages/candidate_pool.md');
  });

  it('holds no secret: no webhook/token/secret/password key and no webhook URL', () => {
    const text = read('wiki-daily.yml');
    expect(FIXTURE_CONFIG).toBe(path.join(root, 'wiki-daily.yml'));
    const keys: string[] = [];
    walkKeys(parseYaml(text), '', keys);
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => /webhook|token|secret|password|credential/i.test(k.split('.').pop()!))).toEqual([]);
    expect(text).not.toMatch(/discord(app)?\.com\/api\/webhooks|ghp_|github_pat_/i);
  });

});
