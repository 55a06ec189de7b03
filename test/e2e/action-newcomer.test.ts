/**
 * The Action as the runner starts it, for what the workflows rely on: `health` keeps status=critical
 * (the failure path does not overwrite it) with the reasons in the failure message; a chunk that
 * cannot load is an error annotation, not a silent exit; and CI's `demo --serve` + `uses: ./` dry run.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { FIXTURE_WIKI, prepareFixtureWorkspace } from '../support/fixture-wiki.js';
import { startActionsServer } from '../support/actions-server.js';
import { git } from '../support/git.js';
import { parseGithubOutput, PROJECT_ROOT, runActionProcess, startCliProcess, startNode, type ProcResult } from '../support/proc.js';

function describeProc(r: ProcResult): string {
  return `exit ${r.code} signal ${r.signal}${r.timedOut ? ' (timed out)' : ''}\n--- stdout ---\n${r.stdout.slice(0, 4000)}\n--- stderr ---\n${r.stderr.slice(0, 4000)}`;
}

async function runnerFiles(t: TestContext, workspace: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wiki-runner-'));
  t.onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const outputFile = path.join(dir, 'github_output');
  const summaryFile = path.join(dir, 'step_summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await mkdir(path.join(dir, 'tmp'));
  return {
    outputFile,
    summaryFile,
    env: {
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'owner/wiki',
      GITHUB_WORKSPACE: workspace,
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: path.join(dir, 'tmp'),
    },
  };
}

describe('health on Actions', () => {
  it('a critical result keeps status=critical and fails the step with the reasons', async (t) => {
    const ws = await prepareFixtureWorkspace({ overrides: { health: { lastSuccessMaxAgeHours: 1 } } });
    t.onTestFinished(() => ws.close());
    // Only the run history below speaks about the last success: no day logs from the copied wiki.
    for (const f of await readdir(path.join(ws.root, 'news'))) if (/^\d{4}-\d{2}-\d{2}\.md$/.test(f)) await rm(path.join(ws.root, 'news', f));
    const at = new Date(Date.now() - 3 * 3_600_000).toISOString();
    await mkdir(ws.stateDir, { recursive: true });
    await writeFile(
      path.join(ws.stateDir, 'runs.jsonl'),
      `${JSON.stringify({ command: 'run', status: 'success', startedAt: at, finishedAt: at, durationMs: 1000, date: at.slice(0, 10), itemsCollected: 5, itemsAdded: 1, sourcesOk: 5, sourcesFailed: 0, cacheHitRate: 0, committed: true })}\n`,
    );
    const rn = await runnerFiles(t, ws.root);
    const res = await runActionProcess({ command: 'health', root: ws.root, 'dry-run': 'false', keep: '30', 'max-size-mb': '500' }, rn.env);
    expect(res.code, describeProc(res)).toBe(1);
    const outputs = parseGithubOutput(await readFile(rn.outputFile, 'utf8'));
    expect(outputs.status).toBe('critical');
    const errors = res.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors, describeProc(res)).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::health critical: last success — last successful run finished 3(\.\d)? h ago \(critical > 1 h\)/);
  }, 60_000);
});

describe('a damaged bundle', () => {
  it('a chunk that cannot be imported becomes an error annotation and exit 1', async (t) => {
    const dist = await mkdtemp(path.join(os.tmpdir(), 'wiki-dist-'));
    t.onTestFinished(() => rm(dist, { recursive: true, force: true }));
    await cp(path.join(PROJECT_ROOT, 'dist'), dist, { recursive: true });
    // The entry imports the action's module lazily; remove every chunk so that import fails.
    for (const f of await readdir(dist)) if (/^\d+\.index\.js$/.test(f)) await rm(path.join(dist, f));
    const res = await startNode(path.join(dist, 'index.js'), [], { env: { INPUT_COMMAND: 'health' } }).result;
    expect(res.code, describeProc(res)).toBe(1);
    expect(res.stdout).toMatch(/^::error title=wiki-daily failed to start::wiki-daily: could not load the action: /m);
  });
});

describe('CI: the action itself against `demo --serve`', () => {
  it('serves the fixture wiki until SIGTERM; a dry run of the action there changes nothing; then it cleans up', async (t) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wiki-serve-'));
    t.onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const readyFile = path.join(dir, 'demo.json');
    const server = startCliProcess(['demo', '--serve', '--out', readyFile], { cwd: dir, timeoutMs: 90_000 });
    await server.waitForStderr(/demo: serving until stopped/, 30_000);
    const ready = JSON.parse(await readFile(readyFile, 'utf8')) as { root: string; configFile: string; url: string; origin: string; wikiSource: string };
    expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    // CI never depends on the live wiki: the served wiki is a copy of the frozen fixture wiki.
    expect(ready.wikiSource).toBe(FIXTURE_WIKI);
    const content = async (root: string) => {
      const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && /^(pages|news|data)\b/.test(path.relative(root, e.parentPath)));
      return Object.fromEntries(await Promise.all(files.map(async (e) => [path.relative(root, path.join(e.parentPath, e.name)), await readFile(path.join(e.parentPath, e.name), 'utf8')] as const)));
    };
    const served = await content(ready.root);
    expect(Object.keys(served).length).toBeGreaterThan(5);
    expect(served).toEqual(await content(FIXTURE_WIKI));

    const headBefore = await git(ready.root, ['rev-parse', 'HEAD']);
    const rn = await runnerFiles(t, ready.root);
    const res = await runActionProcess(
      { command: 'run', root: ready.root, config: ready.configFile, 'dry-run': 'true', push: 'false', force: 'true', keep: '30', 'max-size-mb': '500' },
      rn.env,
    );
    expect(res.code, describeProc(res)).toBe(0);
    const outputs = parseGithubOutput(await readFile(rn.outputFile, 'utf8'));
    expect(outputs.status).toBe('partial'); // the fixtures hold one broken feed on purpose
    expect(Number(outputs['items-added'])).toBeGreaterThan(5);
    expect(await readFile(rn.summaryFile, 'utf8')).toContain('(dry run)');
    expect(await git(ready.root, ['rev-parse', 'HEAD'])).toBe(headBefore);
    expect((await git(ready.root, ['status', '--porcelain', '--untracked-files=all'])).trim()).toBe('');

    server.kill('SIGTERM');
    const done = await server.result;
    expect(done.code, describeProc(done)).toBe(0);
    expect(done.stdout).toContain('demo server stopped (SIGTERM)');
    await expect(stat(ready.root)).rejects.toMatchObject({ code: 'ENOENT' });
  }, 120_000);
});

describe('the job summary and the backup artifact', () => {
  it('names this run as holding the artifact only when this run took the snapshot; otherwise "unchanged since <id>"', async (t) => {
    const ws = await prepareFixtureWorkspace();
    t.onTestFinished(() => ws.close());
    const actions = await startActionsServer({ runBackendId: '4242', jobBackendId: 'job-1' });
    t.onTestFinished(() => actions.close());
    const summaries: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const rn = await runnerFiles(t, ws.root);
      const res = await runActionProcess(
        { command: 'run', root: ws.root, 'dry-run': 'false', push: 'false', force: 'true', keep: '30', 'max-size-mb': '500' },
        { ...rn.env, ACTIONS_RESULTS_URL: actions.url, ACTIONS_RUNTIME_TOKEN: actions.runtimeToken },
      );
      expect(res.code, describeProc(res)).toBe(0);
      summaries.push(await readFile(rn.summaryFile, 'utf8'));
      ids.push(parseGithubOutput(await readFile(rn.outputFile, 'utf8'))['backup-id']!);
    }
    // Run 1 snapshots the wiki before writing; run 2 the wiki run 1 wrote; run 3 finds nothing new since.
    expect(summaries[0]).toContain(`Backup snapshot: \`${ids[0]}\`, artifact \`wiki-backup-${ids[0]}\` in this run (run id 4242: restore.yml backup-run-id)`);
    expect(summaries[1]).toContain(`artifact \`wiki-backup-${ids[1]}\` in this run`);
    expect(ids[2]).toBe(ids[1]);
    expect(summaries[2]).toContain(`Backup: unchanged since \`${ids[1]}\``);
    expect(summaries[2]).not.toContain('in this run');
    expect(actions.artifacts.filter((a) => a.finalized).map((a) => a.name)).toEqual([`wiki-backup-${ids[0]}`, `wiki-backup-${ids[1]}`]);
  }, 120_000);
});
