/**
 * `wiki-daily lint` on copies of the frozen fixture wiki: clean as it is, clean when empty, and each
 * kind of damage reported once with the file and line where it is.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execute } from '../src/app.js';
import { parse as parseYaml } from 'yaml';
import { parseConfig } from '../src/config/load.js';
import { lintWiki, type LintProblem } from '../src/lint/lint.js';
import { recentIndexFile, refreshWikiIndex, serializeWikiIndex, WIKI_INDEX_FILE, WIKI_INDEX_OVERLAY_HEADER } from '../src/pages/wikiindex.js';
import { MemoryLogger } from './support/memory-logger.js';
import { parseCliArgs, type Settings } from '../src/settings.js';
import { fakeClock } from './support/clock.js';
import { FIXTURE_WIKI } from './support/fixture-wiki.js';
import { parseGithubOutput, runActionProcess } from './support/proc.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A private copy of the fixture wiki (pages, news, data, config). */
async function copyWiki(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wiki-daily-lint-'));
  dirs.push(dir);
  await cp(FIXTURE_WIKI, dir, { recursive: true });
  return dir;
}

async function edit(root: string, rel: string, change: (text: string) => string): Promise<void> {
  const file = path.join(root, rel);
  const before = await readFile(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${rel} changed nothing`);
  await writeFile(file, after);
}

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i === -1) throw new Error(`${needle} not found`);
  return i + 1;
}

const lint = (root: string): Promise<{ problems: LintProblem[] }> => lintWiki(root, path.join(root, 'wiki-daily.yml'));

describe('wiki-daily lint', () => {
  it('finds nothing wrong with the fixture wiki, and says what it read', async () => {
    const res = await lintWiki(FIXTURE_WIKI, path.join(FIXTURE_WIKI, 'wiki-daily.yml'));
    expect(res.problems).toEqual([]);
    // 14 pages + news/index.md + one day log; 7 entries and their 7 seen ids; 5 facts pinned.
    expect(res.checked).toEqual({ pages: 16, entries: 7, seenLines: 7, facts: 5 });
  });

  it('accepts the wiki index a run writes, and names the line of a damaged one', async () => {
    const root = await copyWiki();
    const config = parseConfig(parseYaml(await readFile(path.join(root, 'wiki-daily.yml'), 'utf8')), 'wiki-daily.yml');
    const built = await refreshWikiIndex(root, config, undefined);
    const text = serializeWikiIndex(built.index);
    await writeFile(path.join(root, WIKI_INDEX_FILE), text);
    expect((await lintWiki(root, path.join(root, 'wiki-daily.yml'))).problems).toEqual([]);
    const lines = text.split('\n');
    const bad = lines.findIndex((l) => l.startsWith('pages/'));
    lines[bad] = lines[bad]!.replace(/\t[0-9a-f]{40}\t/, '\tnot-a-blob\t');
    await writeFile(path.join(root, WIKI_INDEX_FILE), lines.join('\n'));
    const res = await lintWiki(root, path.join(root, 'wiki-daily.yml'));
    expect(res.problems).toHaveLength(1);
    expect(res.problems[0]).toMatchObject({ file: WIKI_INDEX_FILE, line: bad + 1 });
    expect(res.problems[0]!.message).toMatch(/not an index line/);
  });

  it("checks the index's overlay too: its lines, tombstones and #base, and names the line of a damaged one", async () => {
    const root = await copyWiki();
    const config = parseConfig(parseYaml(await readFile(path.join(root, 'wiki-daily.yml'), 'utf8')), 'wiki-daily.yml');
    const built = await refreshWikiIndex(root, config, undefined);
    const base = serializeWikiIndex(built.index);
    await writeFile(path.join(root, WIKI_INDEX_FILE), base);
    const line = base.split('\n').find((l) => l.startsWith('pages/appearances.md\t'))!;
    const overlay = `${WIKI_INDEX_OVERLAY_HEADER}\n#base\t${'a'.repeat(40)}\n${line}\npages/gone.md\t-\n`;
    await writeFile(path.join(root, recentIndexFile()), overlay);
    expect((await lint(root)).problems).toEqual([]);
    await writeFile(path.join(root, recentIndexFile()), `${overlay}pages/zz.md\tnot a line\n`);
    const res = await lint(root);
    expect(res.problems).toHaveLength(1);
    expect(res.problems[0]).toMatchObject({ file: recentIndexFile(), line: 5 });
    expect(res.problems[0]!.message).toMatch(/not an index line/);
    // An overlay that is a base (or a base that is an overlay) is not one.
    await writeFile(path.join(root, recentIndexFile()), base);
    expect((await lint(root)).problems).toEqual([expect.objectContaining({ file: recentIndexFile(), line: 1, message: expect.stringMatching(/not a wiki index overlay/) })]);
  });

  it('finds nothing wrong with an empty wiki: regions emptied, no day logs, no seen file', async () => {
    const root = await copyWiki();
    const { listFiles } = await import('../src/fsutil.js');
    const { findRegions } = await import('../src/pages/regions.js');
    for (const rel of [...(await listFiles(root, 'pages')), 'news/index.md']) {
      await edit(root, rel, (t) => {
        const regions = findRegions(t, rel).reverse();
        let out = t;
        for (const r of regions) out = out.slice(0, r.bodyStart) + out.slice(r.bodyEnd);
        return out.replace(/(<!-- TOC:START -->\n)[\s\S]*?(<!-- TOC:END -->)/, '$1$2');
      }).catch((e: unknown) => {
        if (!/changed nothing/.test(String(e))) throw e;
      });
    }
    await rm(path.join(root, 'news', '2026-11-20.md'));
    await rm(path.join(root, 'data'), { recursive: true });
    const res = await lintWiki(root, path.join(root, 'wiki-daily.yml'));
    expect(res.problems).toEqual([]);
    expect(res.checked).toEqual({ pages: 15, entries: 0, seenLines: 0, facts: 5 });
  });

  it('names file and line for broken regions, damaged and duplicate entries, bad seen lines, TOC markers and lost facts', async () => {
    const root = await copyWiki();
    // A region whose end marker was deleted.
    await edit(root, 'pages/pictorials.md', (t) => t.replace('<!-- wiki-daily:end entries:main -->\n', ''));
    // An entry whose id line was deleted, and a copy of another page's entry (same id) pasted in.
    const works = await readFile(path.join(root, 'pages/works.md'), 'utf8');
    const movingId = /- id: (e[0-9a-f]+)/.exec(works)![1]!;
    await edit(root, 'pages/works.md', (t) => t.replace(`  - id: ${movingId}\n`, ''));
    const queue = await readFile(path.join(root, 'pages/promotion_queue.md'), 'utf8');
    const queueBlock = /- 날짜: 2026-11-17\n(?: {2}- .*\n)+/.exec(queue)![0];
    await edit(root, 'pages/endorsements.md', (t) => t.replace(/(<!-- wiki-daily:begin entries:vodana -->\n)/, `$1${queueBlock}`));
    // A seen line with a wrong id, and a TOC start marker without its end.
    await edit(root, 'data/seen.tsv', (t) => `${t}e000000000000\t2026-11-21\thttps://example.com/a\n`);
    await edit(root, 'pages/schedule.md', (t) => t.replace('<!-- TOC:END -->\n', ''));
    // A pinned fact edited away.
    await edit(root, 'pages/profile.md', (t) => t.replace('1996년 4월 22일', '1996년'));

    const { problems } = await lint(root);
    const where = problems.map((p) => `${p.file}:${p.line}`);

    // Exact places, checked one by one.
    const byFile = (f: string) => problems.filter((p) => p.file === f);
    const pict = await readFile(path.join(root, 'pages/pictorials.md'), 'utf8');
    expect(byFile('pages/pictorials.md')).toEqual([{ file: 'pages/pictorials.md', line: lineOf(pict, '<!-- wiki-daily:begin entries:main -->'), message: expect.stringMatching(/entries:main/) }]);
    const worksNow = await readFile(path.join(root, 'pages/works.md'), 'utf8');
    expect(byFile('pages/works.md')).toEqual([{ file: 'pages/works.md', line: lineOf(worksNow, '- 날짜: 2026-11-19'), message: 'entry has no "id: e…" line' }]);
    const endorse = await readFile(path.join(root, 'pages/endorsements.md'), 'utf8');
    const queueNow = await readFile(path.join(root, 'pages/promotion_queue.md'), 'utf8');
    // Files are read in name order, so the pasted copy on endorsements.md is "first".
    expect(byFile('pages/promotion_queue.md')).toEqual([
      {
        file: 'pages/promotion_queue.md',
        line: lineOf(queueNow, '- 날짜: 2026-11-17'),
        message: `duplicate entry id ec4e6d444a781 (first at pages/endorsements.md:${lineOf(endorse, '- 날짜: 2026-11-17')})`,
      },
    ]);
    expect(byFile('pages/endorsements.md')).toEqual([]);
    const schedule = await readFile(path.join(root, 'pages/schedule.md'), 'utf8');
    expect(byFile('pages/schedule.md')).toEqual([{ file: 'pages/schedule.md', line: lineOf(schedule, '<!-- TOC:START -->'), message: '"<!-- TOC:START -->" without "<!-- TOC:END -->"' }]);
    expect(byFile('data/seen.tsv')).toEqual([{ file: 'data/seen.tsv', line: 9, message: expect.stringMatching(/^id "e000000000000" does not belong to URL "https:\/\/example\.com\/a"/) }]);
    expect(byFile('pages/profile.md')).toEqual([{ file: 'pages/profile.md', line: 1, message: 'no longer states "1996년 4월 22일" (pinned in wiki-daily.yml lint.facts[3])' }]);
    expect(where).toHaveLength(6);
  });

  it('checks the recent seen file too (a large wiki has one), naming its file and line', async () => {
    const root = await copyWiki();
    const seen = await readFile(path.join(root, 'data/seen.tsv'), 'utf8');
    const header = seen.split('\n')[0]!;
    const good = seen.split('\n')[1]!.replace(/\t\d{4}-\d{2}-\d{2}\t/, '\t2026-11-22\t');
    await writeFile(path.join(root, 'data/seen-recent.tsv'), `${header}\n${good}\ne000000000000\t2026-11-21\thttps://example.com/a\n`);
    const { problems } = await lint(root);
    expect(problems).toEqual([{ file: 'data/seen-recent.tsv', line: 3, message: expect.stringMatching(/^id "e000000000000" does not belong to URL "https:\/\/example\.com\/a"/) }]);
  });

  it('points at the config line of an unknown key, a bad value, a YAML error and a route to a missing page', async () => {
    const root = await copyWiki();
    const cfg = 'wiki-daily.yml';
    await edit(root, cfg, (t) => t.replace('timezone: Asia/Seoul', 'timezone: Mars/Olympus\ncolour: purple'));
    // With the config invalid, the pages are still checked.
    await edit(root, 'pages/pictorials.md', (t) => t.replace('<!-- wiki-daily:end entries:main -->\n', ''));
    let text = await readFile(path.join(root, cfg), 'utf8');
    let { problems } = await lint(root);
    expect(problems).toEqual([
      { file: cfg, line: lineOf(text, 'timezone: Mars/Olympus'), message: 'config timezone: an IANA timezone name such as Asia/Seoul' },
      { file: cfg, line: lineOf(text, 'colour: purple'), message: 'config (top level): unknown key "colour"' },
      { file: 'pages/pictorials.md', line: expect.any(Number), message: expect.stringMatching(/entries:main/) },
    ]);
    await cp(path.join(FIXTURE_WIKI, 'pages/pictorials.md'), path.join(root, 'pages/pictorials.md'));

    await edit(root, cfg, (t) => t.replace('timezone: Mars/Olympus\ncolour: purple', 'timezone: Asia/Seoul'));
    await rm(path.join(root, 'pages/schedule.md'));
    text = await readFile(path.join(root, cfg), 'utf8');
    ({ problems } = await lint(root));
    expect(problems).toEqual([{ file: cfg, line: lineOf(text, 'page: pages/schedule.md'), message: 'routes entries to pages/schedule.md, which does not exist' }]);

    await edit(root, cfg, (t) => `${t}discord:\n  webhookUrl: 'https://discord.com/api/webhooks/1/abc'\n`);
    text = await readFile(path.join(root, cfg), 'utf8');
    ({ problems } = await lint(root));
    const secretLine = lineOf(text, 'webhookUrl:');
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      `${cfg}:${secretLine}: key "webhookUrl" looks like a secret; secrets come from workflow inputs or the environment, never the config`,
      `${cfg}:${secretLine}: holds what looks like a webhook URL or GitHub token`,
      expect.stringMatching(new RegExp(`^${cfg}:${secretLine}: config discord: unknown key "webhookUrl"`)),
    ]);

    await writeFile(path.join(root, cfg), 'sources:\n  - id: a\n   url: [unclosed\n');
    ({ problems } = await lint(root));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === cfg && p.line >= 2 && p.message.startsWith('YAML: '))).toBe(true);
  });

  it('as a command: prints file:line per problem, exits 1, and --json gives the list', async () => {
    const root = await copyWiki();
    await edit(root, 'pages/pictorials.md', (t) => t.replace('<!-- wiki-daily:end entries:main -->\n', ''));
    const deps = { logger: new MemoryLogger(), clock: fakeClock(), env: {} };
    const settings = (json: boolean) => parseCliArgs(['lint', '--root', root, ...(json ? ['--json'] : [])], {}) as Settings;
    const out = await execute(settings(false), deps);
    expect(out.exitCode).toBe(1);
    expect(out.text.split('\n')).toEqual([expect.stringMatching(/^pages\/pictorials\.md:\d+: region "entries:main"/), expect.stringMatching(/^lint: 1 problem \(16 pages, /)]);
    expect(out.outputs.status).toBe('failed');
    const json = (await execute(settings(true), deps)).json as { ok: boolean; problems: LintProblem[] };
    expect(json.ok).toBe(false);
    expect(json.problems).toHaveLength(1);

    const clean = await execute(parseCliArgs(['lint', '--root', FIXTURE_WIKI], {}) as Settings, deps);
    expect(clean.exitCode).toBe(0);
    expect(clean.outputs.status).toBe('success');
  });

  it('as the Action runs it (command: lint, as wiki-lint.yml does): fails the step, lists file:line in the job summary', async () => {
    const root = await copyWiki();
    await edit(root, 'pages/pictorials.md', (t) => t.replace('<!-- wiki-daily:end entries:main -->\n', ''));
    const runnerDir = await mkdtemp(path.join(os.tmpdir(), 'wiki-lint-runner-'));
    dirs.push(runnerDir);
    const env = { GITHUB_OUTPUT: path.join(runnerDir, 'output'), GITHUB_STEP_SUMMARY: path.join(runnerDir, 'summary'), GITHUB_WORKSPACE: root, RUNNER_TEMP: runnerDir };
    await writeFile(env.GITHUB_OUTPUT, '');
    await writeFile(env.GITHUB_STEP_SUMMARY, '');
    // The inputs the runner passes for `with: { command: lint }` (every other input at its default).
    const inputs = { command: 'lint', root: '.', config: 'wiki-daily.yml', state: '.wiki-daily', 'dry-run': 'false', force: 'false', refresh: 'false', push: 'true', token: '', 'discord-webhook': '', 'backup-id': '', 'backup-run-id': '', keep: '30', 'max-size-mb': '500' };
    const res = await runActionProcess(inputs, env, { cwd: root });
    expect(res.code, res.stderr + res.stdout).toBe(1);
    expect(res.stdout).toMatch(/pages\/pictorials\.md:\d+: region "entries:main"/);
    expect(parseGithubOutput(await readFile(env.GITHUB_OUTPUT, 'utf8')).status).toBe('failed');
    const summary = await readFile(env.GITHUB_STEP_SUMMARY, 'utf8');
    expect(summary).toContain('### wiki-daily lint: 1 problem');
    expect(summary).toMatch(/pages\/pictorials\.md:\d+: region "entries:main"/);
  });
});
