/**
 * The repository's own files: the real config, the wiki pages it writes into, and the workflows.
 * These are data, so the checks here are about consistency between them (every route lands in a
 * region that exists, every workflow is pinned and injection-free), not about the code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../src/config/load.js';
import { SEEN_HEADER, parseSeen, serializeSeen } from '../src/gate/seen.js';
import { findRegions } from '../src/pages/regions.js';
import { updateToc } from '../src/pages/toc.js';
import type { Config, RouteRule } from '../src/config/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8');

type Yaml = Record<string, unknown>;
const asMap = (v: unknown, where: string): Yaml => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${where}: expected a mapping`);
  return v as Yaml;
};

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

describe('wiki pages', () => {
  const pageFiles = readdirSync(path.join(root, 'pages')).filter((f) => f.endsWith('.md'));

  it('has every page of the wiki and nothing unexpected', () => {
    expect([...pageFiles].sort()).toEqual([...EXPECTED_PAGES].sort());
  });

  it('has balanced, empty managed regions and no placeholders on every page', () => {
    for (const file of [...pageFiles.map((f) => `pages/${f}`), 'news/index.md']) {
      const text = read(file);
      const regions = regionsOf(file, text);
      for (const r of regions) expect(r.body.trim(), `${file}:${r.line} region ${r.name}`).toBe('');
      expect(text, file).not.toMatch(/\b(TODO|TBD|FIXME|XXX)\b|lorem ipsum/i);
      expect(text.startsWith('# '), `${file} starts with its title`).toBe(true);
    }
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

  it('starts the seen file with exactly the header the product writes, and nothing else', () => {
    expect(read('data/seen.tsv')).toBe(`${SEEN_HEADER}\n`);
    const seen = parseSeen(read('data/seen.tsv'), 'data/seen.tsv');
    expect(seen.size).toBe(0);
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

describe('wiki-daily.yml', () => {
  let config: Config;
  beforeAll(async () => {
    config = await loadConfig(path.join(root, 'wiki-daily.yml'));
  });

  it('collects from every source of record', () => {
    const byKind: Record<string, number> = {};
    for (const s of config.sources) byKind[s.kind] = (byKind[s.kind] ?? 0) + 1;
    // 33 Google News searches: main, 4 precise, 11 broad, 15 per site, English, Japanese.
    expect(byKind).toEqual({ feed: 12, youtube: 8, 'google-news': 33, html: 1 });
    expect(config.sources.every((s) => s.enabled)).toBe(true);
    expect(config.timezone).toBe('Asia/Seoul');
  });

  it('keeps the relevance gate on for magazine and YouTube sources, with the right kind hints', () => {
    const feeds = config.sources.filter((s) => s.kind === 'feed');
    for (const f of feeds) {
      expect(f.trusted, f.id).toBe(false);
      expect(['pictorial', 'interview'], f.id).toContain(f.kindHint);
    }
    expect(feeds.filter((f) => f.kindHint === 'interview').map((f) => f.id).sort()).toEqual(['esquire-korea', 'gq-korea']);
    for (const y of config.sources.filter((s) => s.kind === 'youtube')) expect(y.trusted, y.id).toBe(false);
  });

  it('uses the right editions and link pattern', () => {
    const byId = new Map(config.sources.map((s) => [s.id, s]));
    expect(byId.get('gn-main')).toMatchObject({ query: '고윤정 when:1d', hl: 'ko', gl: 'KR', ceid: 'KR:ko' });
    expect(byId.get('gn-english')).toMatchObject({ hl: 'en-US', gl: 'US', ceid: 'US:en' });
    expect(byId.get('gn-japanese')).toMatchObject({ query: '"コ・ユンジョン" when:30d', hl: 'ja-JP', gl: 'JP', ceid: 'JP:ja' });
    const kbs = byId.get('kbs-kstar-person');
    if (kbs?.kind !== 'html') throw new Error('kbs-kstar-person must be an html source');
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
      [{ title: '[무빙] 고윤정 메이킹', sourceId: 'yt-disneyplus-kr', kind: 'video' }, 'pages/appearances.md#main'],
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
    const keys: string[] = [];
    walkKeys(parseYaml(text), '', keys);
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => /webhook|token|secret|password|credential/i.test(k.split('.').pop()!))).toEqual([]);
    expect(text).not.toMatch(/discord(app)?\.com\/api\/webhooks|ghp_|github_pat_/i);
  });

  it('has a minimal example that is a complete config on its own', async () => {
    const raw = asMap(parseYaml(read('wiki-daily.example.yml')), 'wiki-daily.example.yml');
    expect(Object.keys(raw)).toEqual(['sources']);
    const sources = raw.sources as Yaml[];
    expect(sources).toHaveLength(2);
    for (const s of sources) expect(Object.keys(s).sort()).toEqual(['id', 'url']);
    const example = await loadConfig(path.join(root, 'wiki-daily.example.yml'));
    expect(example.sources.map((s) => s.kind)).toEqual(['feed', 'feed']);
    expect(example.grades.default).toBe('land');
  });
});

// ── workflows ───────────────────────────────────────────────────────────────────────────────────

const workflowDir = path.join(root, '.github', 'workflows');
const workflowFiles = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));
const parsedWorkflows = new Map<string, Yaml>();
function workflow(file: string): Yaml {
  let wf = parsedWorkflows.get(file);
  if (!wf) {
    wf = asMap(parseYaml(readFileSync(path.join(workflowDir, file), 'utf8')), file);
    parsedWorkflows.set(file, wf);
  }
  return wf;
}

interface Step {
  file: string;
  job: string;
  index: number;
  step: Yaml;
}

function stepsOf(file: string): Step[] {
  const jobs = asMap(workflow(file).jobs, `${file} jobs`);
  return Object.entries(jobs).flatMap(([job, def]) =>
    ((asMap(def, `${file} jobs.${job}`).steps as Yaml[] | undefined) ?? []).map((step, index) => ({ file, job, index, step })),
  );
}

const stepNamed = (file: string, uses: string): Step[] =>
  stepsOf(file).filter((s) => typeof s.step.uses === 'string' && (s.step.uses as string).startsWith(uses));

describe('workflows', () => {
  it('has the daily, watchdog, restore and ci workflows', () => {
    expect(workflowFiles.sort()).toEqual(['ci.yml', 'daily.yml', 'restore.yml', 'watchdog.yml']);
  });

  it('pins every third-party action to a full commit SHA with its version in a comment', () => {
    let pinned = 0;
    for (const file of workflowFiles) {
      const text = readFileSync(path.join(workflowDir, file), 'utf8');
      for (const { job, index, step } of stepsOf(file)) {
        const uses = step.uses;
        if (typeof uses !== 'string' || uses.startsWith('./')) continue;
        expect(uses, `${file} ${job}.steps[${index}]`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(text, `${file}: ${uses} has a # vX comment`).toMatch(new RegExp(`uses: ${uses.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} # v\\d`));
        pinned++;
      }
      for (const [job, def] of Object.entries(asMap(workflow(file).jobs, file))) {
        const uses = asMap(def, job).uses;
        if (typeof uses === 'string' && !uses.startsWith('./')) expect(uses, `${file} ${job}`).toMatch(/@[0-9a-f]{40}$/);
      }
    }
    expect(pinned).toBeGreaterThanOrEqual(9);
  });

  it('never persists the token: persist-credentials: false on every checkout', () => {
    const checkouts = workflowFiles.flatMap((f) => stepNamed(f, 'actions/checkout@'));
    expect(checkouts.length).toBeGreaterThanOrEqual(6);
    for (const { file, step } of checkouts) expect(asMap(step.with, `${file} checkout with`)['persist-credentials'], file).toBe(false);
  });

  it('never expands inputs or secrets inside a shell script', () => {
    let scripts = 0;
    for (const file of workflowFiles) {
      for (const { job, index, step } of stepsOf(file)) {
        if (typeof step.run !== 'string') continue;
        scripts++;
        const where = `${file} ${job}.steps[${index}].run`;
        expect(step.run, where).not.toContain('${{ inputs.');
        expect(step.run, where).not.toContain('${{ github.event.inputs.');
        expect(step.run, where).not.toContain('secrets.');
      }
    }
    expect(scripts).toBeGreaterThanOrEqual(5);
  });

  it('passes the local action only inputs that action.yml declares', () => {
    const declared = Object.keys(asMap(asMap(parseYaml(read('action.yml')), 'action.yml').inputs, 'action.yml inputs'));
    const local = workflowFiles.flatMap((f) => stepNamed(f, './'));
    expect([...new Set(local.map((s) => s.file))].sort()).toEqual(['ci.yml', 'daily.yml', 'restore.yml', 'watchdog.yml']);
    for (const { file, step } of local) {
      for (const key of Object.keys(asMap(step.with, `${file} with`))) expect(declared, `${file}: input ${key}`).toContain(key);
    }
  });

  it('runs the daily update once a day, serialised, with only contents: write', () => {
    const wf = workflow('daily.yml');
    const on = asMap(wf.on, 'daily on');
    // Off the top of the hour, where GitHub delays and drops scheduled runs.
    expect(on.schedule).toEqual([{ cron: '17 0 * * *' }]);
    const inputs = asMap(asMap(on.workflow_dispatch, 'workflow_dispatch').inputs, 'inputs');
    expect(Object.keys(inputs).sort()).toEqual(['dry-run', 'force']);
    for (const name of ['dry-run', 'force']) expect(inputs[name]).toMatchObject({ type: 'boolean', default: false });
    expect(wf.permissions).toEqual({ contents: 'write' });
    expect(wf.concurrency).toEqual({ group: 'wiki-daily-${{ github.ref }}', 'cancel-in-progress': false });

    const jobs = asMap(wf.jobs, 'jobs');
    expect(Object.keys(jobs)).toHaveLength(1);
    const job = asMap(Object.values(jobs)[0], 'job');
    expect(job['timeout-minutes']).toBe(150);
    expect(job.permissions).toBeUndefined();

    const steps = stepsOf('daily.yml').map((s) => s.step);
    const only = (uses: string): Step => {
      const found = stepNamed('daily.yml', uses);
      expect(found, uses).toHaveLength(1);
      return found[0]!;
    };
    const checkout = only('actions/checkout@').step;
    expect(asMap(checkout.with, 'checkout with')['fetch-depth']).toBe(0);
    expect(asMap(checkout.with, 'checkout with')['persist-credentials']).toBe(false);
    const restoreStep = only('actions/cache/restore@');
    const saveStep = only('actions/cache/save@');
    const dailyStep = only('./');
    // restore → update → save, in that order
    expect(restoreStep.index).toBeLessThan(dailyStep.index);
    expect(dailyStep.index).toBeLessThan(saveStep.index);
    const [restore, save, daily] = [restoreStep.step, saveStep.step, dailyStep.step];
    const key = 'wiki-daily-state-${{ github.run_id }}-${{ github.run_attempt }}';
    expect(restore.with).toEqual({ path: '.wiki-daily', key, 'restore-keys': 'wiki-daily-state-' });
    expect(save.if).toBe('always()');
    expect(save.with).toEqual({ path: '.wiki-daily', key });
    expect(daily.id).toBe('daily');
    expect(daily.with).toMatchObject({
      command: 'run',
      'discord-webhook': '${{ secrets.DISCORD_WEBHOOK_URL }}',
    });
    const w = asMap(daily.with, 'daily with');
    expect(w['dry-run']).toContain('inputs.dry-run');
    expect(w.force).toContain('inputs.force');

    const report = steps.at(-1)!;
    expect(typeof report.run).toBe('string');
    expect(Object.values(asMap(report.env, 'report env'))).toContain('${{ steps.daily.outputs.status }}');
  });

  it('checks health every 6 hours from a read-only copy of the state', () => {
    const wf = workflow('watchdog.yml');
    const on = asMap(wf.on, 'watchdog on');
    expect(on.schedule).toEqual([{ cron: '41 */6 * * *' }]);
    expect('workflow_dispatch' in on).toBe(true);
    expect(wf.permissions).toEqual({ contents: 'read' });
    const [restore, alertsRestore] = stepNamed('watchdog.yml', 'actions/cache/restore@').map((s) => s.step);
    expect(asMap(restore!.with, 'restore with')).toMatchObject({ path: '.wiki-daily', 'restore-keys': 'wiki-daily-state-' });
    expect(String(asMap(restore!.with, 'restore with').key).startsWith('wiki-daily-state-')).toBe(false);
    // Its own alert memory is restored and saved under its own key, never over the daily state.
    const alertPaths = '.wiki-daily/discord-state.json\n.wiki-daily/discord-queue.json\n';
    expect(asMap(alertsRestore!.with, 'alerts restore with')).toMatchObject({ path: alertPaths, 'restore-keys': 'wiki-daily-watchdog-alerts-' });
    const saves = stepNamed('watchdog.yml', 'actions/cache/save@').map((s) => s.step);
    expect(saves).toHaveLength(1);
    expect(saves[0]!.if).toBe('always()');
    expect(asMap(saves[0]!.with, 'save with')).toEqual({ path: alertPaths, key: 'wiki-daily-watchdog-alerts-${{ github.run_id }}-${{ github.run_attempt }}' });
    const health = stepNamed('watchdog.yml', './')[0]!.step;
    expect(health.with).toEqual({ command: 'health', 'discord-webhook': '${{ secrets.DISCORD_WEBHOOK_URL }}' });
    expect(health['continue-on-error']).toBeUndefined();
  });

  it('tests on Node 20 and 24 and lints the workflows', () => {
    const wf = workflow('ci.yml');
    const on = asMap(wf.on, 'ci on');
    expect(Object.keys(on).sort()).toEqual(['pull_request', 'push']);
    // Once per change: pushes to main only (a PR branch is tested by its pull_request run).
    expect(asMap(on.push, 'push').branches).toEqual(['main']);
    for (const trigger of ['push', 'pull_request']) expect(asMap(on[trigger], trigger)['paths-ignore']).toEqual(['pages/**', 'news/**', 'data/**']);
    expect(asMap(wf.concurrency, 'concurrency')['cancel-in-progress']).toBe(true);
    expect(wf.permissions).toEqual({ contents: 'read' });
    const jobs = asMap(wf.jobs, 'ci jobs');
    const test = asMap(jobs.test, 'test job');
    expect(asMap(asMap(test.strategy, 'strategy').matrix, 'matrix').node).toEqual([20, 24]);
    const runs = (job: string): string[] => stepsOf('ci.yml').filter((s) => s.job === job).map((s) => String(s.step.run ?? ''));
    expect(runs('test')).toEqual(expect.arrayContaining(['npm ci', 'npm test']));
    expect(runs('lint-workflows')).toEqual(expect.arrayContaining(['npm ci', 'npm run lint:workflows']));
    // The action itself, as the runner runs it: a dry run, a backup (artifact upload) and a restore.
    const own = stepsOf('ci.yml').filter((s) => s.job === 'action' && s.step.uses === './').map((s) => asMap(s.step.with, 'with'));
    expect(own.map((w) => w.command)).toEqual(['run', 'backup create', 'backup restore']);
    expect(own[0]).toMatchObject({ 'dry-run': true, push: false });
  });
});
