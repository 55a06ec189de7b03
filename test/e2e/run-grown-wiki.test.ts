/**
 * The proof that the tool's tests survive the wiki growing (issue 7, "Done when" 1).
 *
 * A copy of the project (working tree without node_modules/.git; node_modules linked) becomes a fresh
 * clone with a bare origin. The built CLI then does a real daily run IN THAT COPY against the loopback
 * fixture server, with the copy's own routing and grades: it commits entries into the copy's pages/,
 * news/ and data/ and pushes them. A person adds a page of their own and links it from the index.
 * Then, inside the copy, `wiki-daily lint` passes on the grown wiki and the suites that once read the
 * live wiki (plus the static guard) pass unchanged.
 *
 * Why a subset and not the whole suite: the rest never touched the live wiki (the static guard in the
 * copy proves that for every file), and a second full run would double `npm test`. This costs one
 * vitest start plus the listed files (about half a minute).
 */
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDemoWorkspace, type DemoWorkspace } from '../../src/demo/workspace.js'; // live-wiki-ok: the COPY's wiki, grown on purpose
import type { RunReport } from '../../src/model.js';
import { git } from '../support/git.js';
import { PROJECT_ROOT, parseSingleJson, startNode, type ProcResult } from '../support/proc.js';

/** The suites that read the live wiki before issue 7, the lint tests, and the static guard. */
const SUITES_THAT_READ_THE_WIKI = [
  'test/no-live-wiki.test.ts',
  'test/repo-files.test.ts',
  'test/fixture-wiki.test.ts',
  'test/lint.test.ts',
  'test/commands.test.ts',
  'test/run/budget.test.ts',
  'test/e2e/run.test.ts',
];

const SKIPPED_IN_COPY = new Set(['node_modules', '.git', '.wiki-daily', 'coverage']);

function describeProc(r: ProcResult): string {
  return `exit ${r.code} signal ${r.signal}${r.timedOut ? ' (timed out)' : ''}\n--- stdout ---\n${r.stdout.slice(-6000)}\n--- stderr ---\n${r.stderr.slice(-6000)}`;
}

const PERSON = ['-c', 'user.name=A Person', '-c', 'user.email=person@example.test'];
const PERSON_PAGE = `# 팬 메모

직접 정리한 메모입니다. 봇은 이 문서를 건드리지 않습니다.

## 촬영지

- 무빙 촬영지 방문기
`;

let tmp: string;
let copy: string;
let ws: DemoWorkspace | undefined;
let report: RunReport;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wiki-daily-grown-'));
  copy = path.join(tmp, 'project');
  await cp(PROJECT_ROOT, copy, {
    recursive: true,
    filter: (src) => path.relative(PROJECT_ROOT, src).split(path.sep)[0] === '' || !SKIPPED_IN_COPY.has(path.relative(PROJECT_ROOT, src).split(path.sep)[0]!),
  });
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');

  // A fresh clone: the copy as one commit on main, pushed to a bare origin.
  const origin = path.join(tmp, 'origin.git');
  await git(tmp, ['init', '-q', '--bare', '-b', 'main', origin]);
  await git(copy, ['init', '-q', '-b', 'main']);
  await git(copy, ['add', '-A']);
  await git(copy, [...PERSON, 'commit', '-qm', 'fresh clone']);
  await git(copy, ['remote', 'add', 'origin', origin]);
  await git(copy, ['push', '-q', '-u', 'origin', 'main']);

  // The copy's own config with its sources on the loopback fixture server (the workspace's clone is
  // not used: only its server and config file are).
  ws = await prepareDemoWorkspace({ projectRoot: copy }); // live-wiki-ok: the COPY's wiki, grown on purpose
  const run = await startNode(
    path.join(copy, 'dist', 'cli.js'),
    ['run', '--root', copy, '--config', ws.configFile, '--state', path.join(tmp, 'state'), '--force', '--json'],
    { cwd: copy, timeoutMs: 60_000 },
  ).result;
  expect(run.code, describeProc(run)).toBe(0);
  report = parseSingleJson(run.stdout) as RunReport;

  // A person adds a page of their own and links it from the index (outside the managed regions).
  await writeFile(path.join(copy, 'pages', 'fan_notes.md'), PERSON_PAGE);
  const index = await readFile(path.join(copy, 'pages', 'index.md'), 'utf8');
  await writeFile(path.join(copy, 'pages', 'index.md'), `${index}\n- [팬 메모](fan_notes.md)\n`);
  await git(copy, ['add', '-A', 'pages']);
  await git(copy, [...PERSON, 'commit', '-qm', 'a page of my own']);
}, 120_000);

afterAll(async () => {
  await ws?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('the test suite after the wiki has grown', () => {
  it('the copy really grew: the run committed and pushed entries, a day log and seen ids; the person page is there', async () => {
    expect(report.status).toBe('partial'); // the fixture's broken feed
    expect(report.itemsAdded).toBeGreaterThan(10);
    expect(report.committed).toBe(true);
    expect(report.pushed).toBe(true);
    expect((await git(copy, ['log', '--format=%s', '-3'])).trim().split('\n')).toEqual([
      'a page of my own',
      `daily: update ${report.date}`,
      'fresh clone',
    ]);
    const seen = (await readFile(path.join(copy, 'data', 'seen.tsv'), 'utf8')).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(seen.length).toBeGreaterThanOrEqual(report.itemsAdded);
    expect(await readFile(path.join(copy, 'news', `${report.date}.md`), 'utf8')).toContain('wiki-daily:begin daylog');
    expect(report.changedFiles).toEqual(expect.arrayContaining(['data/seen.tsv', `news/${report.date}.md`]));
  });

  it('wiki-daily lint passes on the grown wiki', async () => {
    const lint = await startNode(path.join(copy, 'dist', 'cli.js'), ['lint', '--json'], { cwd: copy }).result;
    expect(lint.code, describeProc(lint)).toBe(0);
    const json = parseSingleJson(lint.stdout) as { ok: boolean; checked: { entries: number } };
    expect(json.ok).toBe(true);
    expect(json.checked.entries).toBeGreaterThanOrEqual(report.itemsAdded);
  });

  it('the suites that once read the live wiki pass inside the grown copy', async () => {
    const results = path.join(tmp, 'vitest.json');
    const r = await startNode(
      path.join(copy, 'node_modules', 'vitest', 'vitest.mjs'),
      ['run', '--reporter=json', `--outputFile=${results}`, ...SUITES_THAT_READ_THE_WIKI],
      { cwd: copy, timeoutMs: 240_000 },
    ).result;
    const json = JSON.parse(await readFile(results, 'utf8')) as {
      numFailedTests: number;
      numPassedTests: number;
      testResults: Array<{ name: string; status: string; assertionResults: Array<{ fullName: string; status: string; failureMessages: string[] }> }>;
    };
    const failures = json.testResults.flatMap((f) =>
      f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${path.relative(copy, f.name)} › ${a.fullName}\n${a.failureMessages.join('\n').slice(0, 1500)}`),
    );
    expect(failures).toEqual([]);
    expect(r.code, describeProc(r)).toBe(0);
    // Every listed file ran (from the copy, not from here) and none was empty.
    expect(json.testResults.map((f) => path.relative(copy, f.name)).sort()).toEqual([...SUITES_THAT_READ_THE_WIKI].sort());
    expect(json.numPassedTests).toBeGreaterThan(40);
  }, 300_000);
});
