/**
 * `wiki-daily links` as a process: the built CLI (`node dist/cli.js links --json`) against a temp wiki,
 * and the built Action (`node dist/index.js`, command links) as the runner starts it, in a clone with a
 * bare origin. Needs `npm run build` first.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../src/demo/server.js';
import type { LinkReportJson } from '../../src/links/report.js';
import { git, makeRemote, type Remote } from '../support/git.js';
import { parseGithubOutput, parseSingleJson, runActionProcess, runCliProcess } from '../support/proc.js';

let host: FixtureServer;
let remote: Remote;

beforeAll(async () => {
  host = await startFixtureServer({
    routes: { '/ok': { body: 'ok' }, '/gone': { status: 404 }, '/old': { redirectTo: '/ok', status: 301 } },
  });
  remote = await makeRemote();
  await remote.seed({ 'README.md': 'wiki\n', '.gitignore': '.wiki-daily/\n' });
});

afterAll(async () => {
  await host.close();
  await remote.cleanup();
});

const pages = () => ({
  'pages/a.md': `# 가\n\n[좋은 링크](${host.url}/ok)\n없는 링크: <${host.url}/gone>\n`,
  'pages/b.md': `# 나\n\n- ${host.url}/ok\n- <${host.url}/old>\n- <${host.url}/gone>\n`,
  'wiki-daily.yml': `sources:\n  - { id: x, url: 'http://127.0.0.1:9/feed.xml' }\nlinks: { timeoutMs: 2000 }\n`,
});

async function writeWiki(dir: string): Promise<void> {
  for (const [rel, text] of Object.entries(pages())) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
}

describe('wiki-daily links as a process', () => {
  it('node dist/cli.js links --json prints one JSON value; the second check sends no request', async () => {
    const dir = path.join(remote.base, 'plain-wiki');
    await writeWiki(dir);
    const first = await runCliProcess(['links', '--json', '--root', dir]);
    expect(first.code, first.stderr).toBe(0);
    const json = parseSingleJson(first.stdout) as LinkReportJson;
    expect(json).toMatchObject({ checked: 3, ok: 1, redirected: 1, broken: 1, unreachable: 0, skipped: 0 });
    expect(json.links).toEqual([
      { url: `${host.url}/gone`, outcome: 'broken', status: 404, reason: 'HTTP 404 Not Found', places: [{ file: 'pages/a.md', line: 4 }, { file: 'pages/b.md', line: 5 }] },
      { url: `${host.url}/ok`, outcome: 'ok', status: 200, places: [{ file: 'pages/a.md', line: 3 }, { file: 'pages/b.md', line: 3 }] },
      { url: `${host.url}/old`, outcome: 'redirected', status: 200, finalUrl: `${host.url}/ok`, places: [{ file: 'pages/b.md', line: 4 }] },
    ]);
    expect(await readFile(path.join(dir, 'pages', 'link_health.md'), 'utf8')).toContain(`- 4행: <${host.url}/gone> — 깨짐 (HTTP 404)`);

    const requests = host.requests.length;
    const second = await runCliProcess(['links', '--json', '--root', dir]);
    expect(second.code, second.stderr).toBe(0);
    expect(parseSingleJson(second.stdout)).toMatchObject({ checked: 3, broken: 1, requests: 0, fromState: 3 });
    expect(host.requests.length).toBe(requests);
  });

  it('the Action: warning annotations with file and line, outputs, job summary, and one commit of the report page', async () => {
    const clone = await remote.clone();
    await writeWiki(clone);
    const runnerDir = path.join(remote.base, 'runner');
    await mkdir(runnerDir, { recursive: true });
    const outputFile = path.join(runnerDir, 'output');
    const summaryFile = path.join(runnerDir, 'summary');
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const res = await runActionProcess(
      { command: 'links', root: clone, config: 'wiki-daily.yml', state: '.wiki-daily', refresh: 'false', push: 'true', token: 'ghs_linksFAKEtoken123' },
      { GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: clone, RUNNER_TEMP: runnerDir },
    );
    expect(res.code, `${res.stdout}\n${res.stderr}`).toBe(0);
    const warnings = res.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toEqual([
      `::warning title=broken link,file=pages/a.md,line=4::broken link (HTTP 404): ${host.url}/gone`,
      `::warning title=broken link,file=pages/b.md,line=5::broken link (HTTP 404): ${host.url}/gone`,
    ]);
    const outputs = parseGithubOutput(await readFile(outputFile, 'utf8'));
    expect(outputs).toMatchObject({ status: 'success', checked: '3', broken: '1', 'changed-files': 'pages/link_health.md' });
    expect(outputs['commit-sha']).toBe(await remote.head());
    const summary = await readFile(summaryFile, 'utf8');
    expect(summary).toContain('| 깨짐 broken | 1 |');
    expect(summary).toContain('| pages/a.md:4 | broken | 404 |');
    const log = await remote.log();
    expect(log).toHaveLength(2);
    expect(log[0]).toMatch(/^links: update link health \d{4}-\d{2}-\d{2}$/);
    // The token appears only in the runner's own mask command.
    const stdout = res.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    expect(`${stdout}${res.stderr}${summary}${await readFile(path.join(clone, '.git', 'config'), 'utf8')}`).not.toContain('ghs_linksFAKEtoken123');
    expect((await git(remote.bare, ['show', '--name-only', '--format=', 'main'])).trim()).toBe('pages/link_health.md');
  });
});
