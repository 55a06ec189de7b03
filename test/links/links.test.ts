/**
 * `wiki-daily links` against loopback hosts: every outcome, the per-host limit seen by the server,
 * one result per URL with all its places, the kept-results window, the report page and the Actions
 * commit. The product runs in-process through execute(), as the CLI and the Action call it.
 */
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execute, type CommandOutcome } from '../../src/app.js';
import { startFixtureServer, type FixtureServer } from '../../src/demo/server.js';
import type { LinkReportJson } from '../../src/links/report.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { parseCliArgs, type Settings } from '../../src/settings.js';
import { fakeClock, type FakeClock } from '../support/clock.js';
import { git, isolateGitConfig, makeRemote, type Remote } from '../support/git.js';

let h1: FixtureServer;
let h2: FixtureServer;
let h3: FixtureServer;
const MANY = 12;

beforeAll(async () => {
  h1 = await startFixtureServer({
    routes: {
      '/ok': { body: 'ok' },
      '/r1': { redirectTo: '/r2', status: 301 },
      '/r2': { redirectTo: '/final', status: 301 },
      '/final': { body: 'final' },
      '/404': { status: 404, body: 'nope' },
      '/410': { status: 410, body: 'gone' },
      '/500': { status: 500, body: 'err' },
      '/nohead': { headStatus: 405, body: 'x'.repeat(100_000) },
    },
  });
  h2 = await startFixtureServer({ host: '127.0.0.2', routes: { '/hang': { fault: 'timeout' } } });
  h3 = await startFixtureServer({ host: '127.0.0.3', latencyMs: 30, routes: { '/many': { body: 'm' } } });
});

afterAll(async () => {
  await Promise.all([h1, h2, h3].map((s) => s.close()));
});

function pageA(): string {
  return `# 화보

본문 링크 [공식](${h1.url}/ok) 와 <${h1.url}/r1> 그리고 ${h1.url}/404 .

<!-- wiki-daily:begin entries:main -->
## 2026

- 날짜: 2026-11-20
  - 매체: ELLE
  - 구분: pictorial
  - 제목: 고윤정 \\[화보\\] 첫 번째
  - 링크(원문): <${h1.url}/410>
  - 상태: 보도(1차)
  - id: e0000000000a1
- 날짜: 2026-11-19
  - 매체: W
  - 구분: pictorial
  - 제목: 두 번째
  - 링크(원문): <${h1.url}/nohead#section>
  - 상태: 보도(1차)
  - id: e0000000000a2
<!-- wiki-daily:end entries:main -->

\`\`\`
${h1.url}/in-code
\`\`\`

[메일](mailto:someone@example.com)
`;
}

function pageB(): string {
  return `# 작품

- 공식: ${h1.url}/ok
- 서버 오류: <${h1.url}/500>
- 응답 없음: <${h2.url}/hang>
- 제외: <http://excluded.invalid/x>

${Array.from({ length: MANY }, (_, i) => `- [많은 링크 ${i}](${h3.url}/many?n=${i})`).join('\n')}
`;
}

const CONFIG = (extra = '') => `sources:
  - { id: x, url: 'http://127.0.0.1:9/feed.xml' }
http: { perHostConcurrency: 2, globalConcurrency: 8, retries: 1, backoffBaseMs: 10, backoffMaxMs: 10 }
links:
  timeoutMs: 300
  exclude: [excluded.invalid]
${extra}`;

interface Wiki {
  root: string;
  clock: FakeClock;
  logger: MemoryLogger;
  links(args?: string[], opts?: { onActions?: boolean }): Promise<{ outcome: CommandOutcome; json: LinkReportJson }>;
}

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
});

async function wiki(configExtra = '', root?: string): Promise<Wiki> {
  const dir = root ?? (await mkdtemp(path.join(os.tmpdir(), 'wiki-links-')));
  if (!root) temps.push(dir);
  await mkdir(path.join(dir, 'pages'), { recursive: true });
  await writeFile(path.join(dir, 'pages', 'a.md'), pageA());
  await writeFile(path.join(dir, 'pages', 'b.md'), pageB());
  await writeFile(path.join(dir, 'wiki-daily.yml'), CONFIG(configExtra));
  const clock = fakeClock(Date.parse('2026-11-29T00:00:00Z'));
  const logger = new MemoryLogger();
  return {
    root: dir,
    clock,
    logger,
    async links(args = [], opts = {}) {
      const parsed = parseCliArgs(['links', '--json', '--root', dir, ...args], {});
      if ('help' in parsed) throw new Error('help');
      const settings: Settings = { ...parsed, onActions: opts.onActions ?? false };
      const outcome = await execute(settings, { logger, clock, env: {} });
      return { outcome, json: outcome.json as LinkReportJson };
    },
  };
}

/** Every file under dir (relative, sorted): what a dry run must leave exactly as it was. */
async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

const requestCount = () => h1.requests.length + h2.requests.length + h3.requests.length;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

beforeEach(() => {
  for (const s of [h1, h2, h3]) s.resetStats();
});

describe('wiki-daily links', () => {
  it('classifies every kind of link, once per URL with all its places, within the per-host limit', async () => {
    const w = await wiki();
    const { outcome, json } = await w.links();
    const byUrl = new Map(json.links.map((l) => [l.url, l]));
    const a = pageA();
    const b = pageB();

    expect(outcome.exitCode).toBe(0);
    expect(json).toMatchObject({ checked: 7 + MANY, ok: 2 + MANY, redirected: 1, broken: 3, unreachable: 1, skipped: 2, fromState: 0 });
    expect(json.links).toHaveLength(7 + MANY + 2);
    expect(byUrl.get(`${h1.url}/ok`)).toEqual({
      url: `${h1.url}/ok`,
      outcome: 'ok',
      status: 200,
      places: [
        { file: 'pages/a.md', line: lineOf(a, '/ok') },
        { file: 'pages/b.md', line: lineOf(b, '/ok') },
      ],
    });
    expect(byUrl.get(`${h1.url}/r1`)).toMatchObject({ outcome: 'redirected', status: 200, finalUrl: `${h1.url}/final` });
    expect(byUrl.get(`${h1.url}/404`)).toMatchObject({ outcome: 'broken', status: 404, places: [{ file: 'pages/a.md', line: 3 }] });
    expect(byUrl.get(`${h1.url}/410`)).toMatchObject({ outcome: 'broken', status: 410, places: [{ file: 'pages/a.md', line: lineOf(a, '/410') }] });
    expect(byUrl.get(`${h1.url}/500`)).toMatchObject({ outcome: 'broken', status: 500 });
    // The fragment is not part of what is checked.
    expect(byUrl.get(`${h1.url}/nohead`)).toMatchObject({ outcome: 'ok', status: 200 });
    expect(byUrl.get(`${h2.url}/hang`)).toMatchObject({ outcome: 'unreachable', status: null });
    expect(byUrl.get(`${h2.url}/hang`)?.reason).toMatch(/timed out after 300 ms after 2 attempts/);
    expect(byUrl.get('mailto:someone@example.com')).toMatchObject({ outcome: 'skipped', reason: 'not an http(s) link' });
    expect(byUrl.get('http://excluded.invalid/x')).toMatchObject({ outcome: 'skipped', reason: 'excluded by links.exclude "excluded.invalid"' });
    expect([...byUrl.keys()].some((u) => u.includes('in-code'))).toBe(false);

    // HEAD first; GET only where HEAD was refused; 500 retried once (retries: 1), never with GET.
    const seen = h1.requests.map((r) => `${r.method} ${r.path}`);
    expect(seen.filter((r) => r.endsWith('/nohead'))).toEqual(['HEAD /nohead', 'GET /nohead']);
    expect(seen.filter((r) => r.endsWith('/500'))).toEqual(['HEAD /500', 'HEAD /500']);
    expect(seen.filter((r) => / \/(r1|r2|final)$/.test(r))).toEqual(['HEAD /r1', 'HEAD /r2', 'HEAD /final']);
    expect(seen.filter((r) => r.endsWith('/ok'))).toEqual(['HEAD /ok']);
    expect(h3.requests).toHaveLength(MANY);
    expect(h3.maxInFlight).toBe(2);
    expect(json.requests).toBe(requestCount());

    // Annotations: one per place of a broken link, capped by links.maxAnnotations (10).
    expect(outcome.annotations).toEqual([
      { file: 'pages/a.md', line: 3, title: 'broken link', message: `broken link (HTTP 404): ${h1.url}/404` },
      { file: 'pages/a.md', line: lineOf(a, '/410'), title: 'broken link', message: `broken link (HTTP 410): ${h1.url}/410` },
      { file: 'pages/b.md', line: lineOf(b, '/500'), title: 'broken link', message: `broken link (HTTP 500): ${h1.url}/500` },
    ]);
    expect(outcome.outputs).toMatchObject({ status: 'success', checked: String(7 + MANY), broken: '3', 'changed-files': 'pages/link_health.md' });
    expect(outcome.summary).toContain(`| pages/a.md:3 | broken | 404 | ${h1.url.replace('://', '\\://')}/404 |  |`);

    const page = await readFile(path.join(w.root, 'pages', 'link_health.md'), 'utf8');
    expect(page).toBe(`# 링크 상태

위키 문서의 링크를 \`wiki-daily links\`가 확인한 결과입니다. 자동으로 다시 쓰는 부분은 아래 영역뿐입니다.

<!-- wiki-daily:begin link-health -->
| 결과 | 링크 수 |
|---|---:|
| 확인 checked | ${7 + MANY} |
| 정상 ok | ${2 + MANY} |
| 리디렉션 redirected | 1 |
| 깨짐 broken | 3 |
| 연결 불가 unreachable | 1 |
| 제외 skipped | 2 |

## 깨진 링크와 연결 불가

### [화보](a.md)

- 3행: <${h1.url}/404> — 깨짐 (HTTP 404)
- ${lineOf(a, '/410')}행: 고윤정 \\[화보\\] 첫 번째 — <${h1.url}/410> — 깨짐 (HTTP 410)

### [작품](b.md)

- ${lineOf(b, '/500')}행: <${h1.url}/500> — 깨짐 (HTTP 500)
- ${lineOf(b, '/hang')}행: <${h2.url}/hang> — 연결 불가 (timed out after 300 ms after 2 attempts)

## 리디렉션

- <${h1.url}/r1> → <${h1.url}/final> (pages/a.md:3)
<!-- wiki-daily:end link-health -->
`);
  });

  it('keeps results for keepDays: a second check sends no request and leaves the page alone; --refresh and an expired window ask again', async () => {
    const w = await wiki();
    const first = await w.links();
    const pageFile = path.join(w.root, 'pages', 'link_health.md');
    const page = await readFile(pageFile, 'utf8');
    const total = requestCount();

    const second = await w.links();
    expect(requestCount()).toBe(total);
    expect(second.json.requests).toBe(0);
    expect(second.json.fromState).toBe(second.json.checked);
    expect({ ...second.json, links: [], fromState: 0, requests: 0 }).toEqual({ ...first.json, links: [], fromState: 0, requests: 0 });
    expect(second.outcome.outputs['changed-files']).toBe('');
    expect(await readFile(pageFile, 'utf8')).toBe(page);

    const refreshed = await w.links(['--refresh']);
    expect(refreshed.json.fromState).toBe(0);
    expect(refreshed.json.requests).toBe(total);
    expect(requestCount()).toBe(2 * total);

    w.clock.advance(7 * 86_400_000 + 1);
    const later = await w.links();
    expect(later.json.fromState).toBe(0);
    expect(requestCount()).toBe(3 * total);
    expect(await readFile(pageFile, 'utf8')).toBe(page);
  });

  it('--dry-run checks the links and writes nothing: no report page, no kept results', async () => {
    const w = await wiki();
    const before = await listTree(w.root);
    const { outcome, json } = await w.links(['--dry-run']);
    expect(json.checked).toBeGreaterThan(0);
    expect(requestCount()).toBe(json.requests);
    expect(outcome.text.split('\n').at(-1)).toBe('would write pages/link_health.md');
    expect(outcome.outputs['changed-files']).toBe('');
    expect(await listTree(w.root)).toEqual(before);
    expect(before).toEqual(['pages/a.md', 'pages/b.md', 'wiki-daily.yml']);
  });

  it('an invalid kept-results file is reported and every link is checked again', async () => {
    const w = await wiki();
    await mkdir(path.join(w.root, '.wiki-daily'), { recursive: true });
    await writeFile(path.join(w.root, '.wiki-daily', 'links.json'), '{"version":1,"results":{"http://x/":{"outcome":"fine","checkedAt":1}}}');
    const { json } = await w.links();
    expect(json.fromState).toBe(0);
    expect(w.logger.lines.some((l) => l.startsWith('warning:') && l.includes('links.json: kept link results are invalid (results.http://x/.outcome'))).toBe(true);
    const kept = JSON.parse(await readFile(path.join(w.root, '.wiki-daily', 'links.json'), 'utf8')) as { results: Record<string, unknown> };
    expect(Object.keys(kept.results)).toHaveLength(json.checked);
  });

  it('fails only above links.failAbove, caps annotations, and uses per-host overrides', async () => {
    const w = await wiki(`  failAbove: 2\n  maxAnnotations: 1\n  hosts:\n    127.0.0.3: { method: get, userAgent: 'Mozilla/5.0 (links test)' }\n`);
    const { outcome, json } = await w.links();
    expect(json.broken).toBe(3);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.outputs.status).toBe('failed');
    expect(outcome.text.split('\n')[0]).toBe('3 broken links, more than links.failAbove (2)');
    expect(outcome.annotations).toHaveLength(1);
    expect(h3.requests.map((r) => r.method)).toEqual(Array(MANY).fill('GET'));
    expect(new Set(h3.requests.map((r) => r.headers['user-agent']))).toEqual(new Set(['Mozilla/5.0 (links test)']));

    const lenient = await wiki(`  failAbove: 3\n`);
    expect((await lenient.links()).outcome.exitCode).toBe(0);
  });

  it('on Actions commits and pushes only the report page, and only when it changed', async () => {
    const restore = await isolateGitConfig();
    let remote: Remote | undefined;
    try {
      remote = await makeRemote();
      await remote.seed({ 'README.md': 'wiki\n', '.gitignore': '.wiki-daily/\n' });
      const clone = await remote.clone();
      const w = await wiki('', clone);
      // The pages themselves are untracked here: only the report page goes into the bot's commit.
      const first = await w.links([], { onActions: true });
      expect(first.outcome.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
      expect(await remote.log()).toEqual(['links: update link health 2026-11-29', 'seed']);
      expect((await git(remote.bare, ['show', '--name-only', '--format=', 'main'])).trim()).toBe('pages/link_health.md');
      expect(await remote.show('pages/link_health.md')).toBe(await readFile(path.join(clone, 'pages', 'link_health.md'), 'utf8'));
      expect((await git(clone, ['status', '--porcelain'])).split('\n').filter(Boolean).sort()).toEqual(['?? pages/a.md', '?? pages/b.md', '?? wiki-daily.yml']);

      const second = await w.links([], { onActions: true });
      expect(second.outcome.outputs['commit-sha']).toBe('');
      expect(await remote.log()).toHaveLength(2);
    } finally {
      await remote?.cleanup();
      restore();
    }
  });

  it('on Actions, a failed push fails the command and leaves the page, the local commit and the kept results, origin untouched', async () => {
    const restore = await isolateGitConfig();
    let remote: Remote | undefined;
    try {
      remote = await makeRemote();
      await remote.seed({ 'README.md': 'wiki\n', '.gitignore': '.wiki-daily/\n' });
      const clone = await remote.clone();
      await git(clone, ['remote', 'set-url', 'origin', path.join(remote.base, 'missing.git')]);
      const w = await wiki('', clone);
      await expect(w.links([], { onActions: true })).rejects.toThrow(/^pages\/link_health\.md committed \([0-9a-f]{8}\) but not pushed: /);
      expect(await remote.log()).toEqual(['seed']);
      expect((await git(clone, ['log', '--format=%s'])).trim().split('\n')).toEqual(['links: update link health 2026-11-29', 'seed']);
      expect((await git(clone, ['show', '--name-only', '--format=', 'HEAD'])).trim()).toBe('pages/link_health.md');
      expect((await git(clone, ['status', '--porcelain'])).split('\n').filter(Boolean).sort()).toEqual(['?? pages/a.md', '?? pages/b.md', '?? wiki-daily.yml']);
      const kept = JSON.parse(await readFile(path.join(clone, '.wiki-daily', 'links.json'), 'utf8')) as { results: Record<string, unknown> };
      expect(Object.keys(kept.results)).toHaveLength(7 + MANY);
    } finally {
      await remote?.cleanup();
      restore();
    }
  });

  it('leaves out the by-year pages, the year pages of a split listing included (they only repeat links)', async () => {
    const w = await wiki();
    await mkdir(path.join(w.root, 'pages', 'by_year'), { recursive: true });
    await writeFile(path.join(w.root, 'pages', 'by_year.md'), `# 연도별 항목\n\n- <${h1.url}/ok?hub>\n`);
    await writeFile(path.join(w.root, 'pages', 'by_year', '2026.md'), `# 2026년 항목\n\n- <${h1.url}/ok?year-page>\n`);
    await writeFile(path.join(w.root, 'pages', 'by_year', 'notes.md'), `# 메모\n\n- <${h1.url}/ok?notes>\n`);
    const { json } = await w.links(['--dry-run']);
    const urls = json.links.map((l) => l.url);
    expect(urls).toContain(`${h1.url}/ok?notes`);
    expect(urls).not.toContain(`${h1.url}/ok?hub`);
    expect(urls).not.toContain(`${h1.url}/ok?year-page`);
  });
});
