/**
 * The built Action (`node dist/index.js`) started the way the GitHub runner starts it: inputs as
 * INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files, RUNNER_TEMP for the report.
 * The wiki is a demo workspace (a clone with a bare origin) and the feeds come from loopback.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import type { DemoWorkspace } from '../../src/demo/workspace.js';
import { prepareFixtureWorkspace } from '../support/fixture-wiki.js';
import { COLORS } from '../../src/ops/discord.js';
import type { RunReport } from '../../src/model.js';
import { startActionsServer, type ActionsServer } from '../support/actions-server.js';
import { startDiscordReceiver, type DiscordReceiver } from '../support/discord-receiver.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { git } from '../support/git.js';
import { parseGithubOutput, PROJECT_ROOT, runActionProcess, type ProcResult } from '../support/proc.js';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';

const FAKE_TOKEN = `ghs_FAKEtoken${createHash('sha1').update(String(process.pid)).digest('hex').slice(0, 24)}`;

interface Runner {
  dir: string;
  outputFile: string;
  summaryFile: string;
  runnerTemp: string;
  env: Record<string, string>;
}

// Each test has its own wiki, origin, fixture server and runner files, so they run side by side.
const TIMEOUT_MS = 60_000;

async function workspace(t: TestContext): Promise<DemoWorkspace> {
  const ws = await prepareFixtureWorkspace();
  t.onTestFinished(() => ws.close());
  return ws;
}

async function githubApi(t: TestContext, now: () => number = Date.now): Promise<GitHubApi> {
  const api = await startGitHubApi({ owner: 'owner', repo: 'wiki', now });
  t.onTestFinished(() => api.close());
  return api;
}

async function receiver(t: TestContext): Promise<DiscordReceiver> {
  const r = await startDiscordReceiver();
  t.onTestFinished(() => r.close());
  return r;
}

/** The files and variables a runner provides to a step. */
async function runner(t: TestContext, workspaceDir: string): Promise<Runner> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wiki-action-runner-'));
  t.onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const outputFile = path.join(dir, 'github_output');
  const summaryFile = path.join(dir, 'step_summary');
  const runnerTemp = path.join(dir, 'runner-temp');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await mkdir(runnerTemp);
  return {
    dir,
    outputFile,
    summaryFile,
    runnerTemp,
    env: {
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'owner/wiki',
      GITHUB_WORKSPACE: workspaceDir,
      GITHUB_RUN_ID: '777001',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: runnerTemp,
    },
  };
}

function describeProc(r: ProcResult): string {
  return `exit ${r.code} signal ${r.signal}${r.timedOut ? ' (timed out)' : ''}\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}`;
}

function runInputs(ws: DemoWorkspace, extra: Record<string, string> = {}): Record<string, string> {
  // The defaults action.yml declares; the runner always passes every input.
  return {
    command: 'run',
    root: ws.root,
    config: 'wiki-daily.yml',
    state: '.wiki-daily',
    'dry-run': 'false',
    force: 'false',
    refresh: 'false',
    push: 'true',
    token: FAKE_TOKEN,
    'discord-webhook': '',
    'backup-id': '',
    'backup-run-id': '',
    keep: '30',
    'max-size-mb': '500',
    'metrics-file': '',
    'webhook-url': '',
    ...extra,
  };
}

describe.concurrent('Action run (node dist/index.js)', () => {
  it('runs the daily update: outputs, job summary, report file, one Discord embed, no secret anywhere', async (t) => {
    const ws = await workspace(t);
    const discord = await receiver(t);
    const rn = await runner(t, ws.root);
    const originBefore = (await git(ws.origin, ['rev-parse', 'main'])).trim();

    const api = await githubApi(t);
    const metricsFile = path.join(rn.dir, 'textfile', 'wiki_daily.prom');
    const res = await runActionProcess(runInputs(ws, { 'discord-webhook': discord.url, 'metrics-file': metricsFile }), {
      ...rn.env,
      GITHUB_API_URL: api.url,
    });
    expect(res.timedOut, describeProc(res)).toBe(false);
    // The demo feeds include one broken feed: the run is partial, which is not a failed step.
    expect(res.code, describeProc(res)).toBe(0);
    // The broken feed is a warning annotation; each stage of the end of the run is a log group.
    const stdoutAnnotations = res.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(stdoutAnnotations.filter((l) => l.startsWith('::warning title=source broken failed::'))).toHaveLength(1);
    expect(stdoutAnnotations.length).toBeLessThanOrEqual(21);
    // One log group per stage of the run.
    expect(res.stdout.split('\n')).toEqual(
      expect.arrayContaining(['::group::reconcile', '::group::collect', '::group::gate', '::group::plan', '::group::apply', '::group::commit', '::group::push', '::group::report', '::endgroup::']),
    );
    // Partial = not failing: the failure issue is only looked up (with the job token), nothing written.
    expect(api.writes()).toEqual([]);
    expect(api.calls.map((c) => [c.method, c.path, c.query.labels, c.authorization])).toEqual([
      ['GET', '/repos/owner/wiki/issues', 'wiki-daily', `token ${FAKE_TOKEN}`],
    ]);
    // The metrics file, read by a real Prometheus text parser.
    const families = parsePrometheusTextFormat(await readFile(metricsFile, 'utf8'));
    const metric = (name: string) => families.find((f) => f.name === name)?.metrics ?? [];
    expect(metric('wiki_daily_run_status').find((m) => m.labels?.status === 'partial')?.value).toBe('1');
    expect(metric('wiki_daily_source_outcome').find((m) => m.labels?.source === 'broken' && m.labels.outcome === 'failed')?.value).toBe('1');
    expect(Number(metric('wiki_daily_backup_store_bytes')[0]?.value)).toBeGreaterThan(0);
    expect(res.stdout).toMatch(/^wiki-daily: run starting/);

    const outputs = parseGithubOutput(await readFile(rn.outputFile, 'utf8'));
    expect(Object.keys(outputs).sort()).toEqual(['backup-id', 'changed-files', 'commit-sha', 'items-added', 'report', 'status'].sort());

    // The report output names an existing JSON file: the RunReport itself.
    const reportPath = outputs.report!;
    expect(path.isAbsolute(reportPath)).toBe(true);
    expect(reportPath.startsWith(rn.runnerTemp)).toBe(true);
    const reportText = await readFile(reportPath, 'utf8');
    const report = JSON.parse(reportText) as RunReport;
    expect(report.command).toBe('run');
    expect(report.status).toBe('partial');
    expect(outputs.status).toBe(report.status);
    expect(outputs['items-added']).toMatch(/^\d+$/);
    expect(Number(outputs['items-added'])).toBe(report.itemsAdded);
    expect(report.itemsAdded).toBeGreaterThan(0);
    expect(outputs['changed-files']!.split('\n')).toEqual(report.changedFiles);
    expect(report.changedFiles).toContain(`news/${report.date}.md`);
    expect(outputs['backup-id']).toBe(report.backupId);

    // The commit is origin's new head, and it holds exactly the changed files.
    const originAfter = (await git(ws.origin, ['rev-parse', 'main'])).trim();
    expect(originAfter).not.toBe(originBefore);
    expect(outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
    expect(outputs['commit-sha']).toBe(originAfter);
    const committed = (await git(ws.origin, ['-c', 'core.quotePath=false', 'show', '--name-only', '--format=', 'main']))
      .split('\n')
      .filter(Boolean)
      .sort();
    expect(committed).toEqual([...report.changedFiles].sort());
    expect(report.runUrl).toBe('https://github.com/owner/wiki/actions/runs/777001');

    // Job summary: headline with the status, the sources table, the entries-added table.
    const summary = await readFile(rn.summaryFile, 'utf8');
    expect(summary).toContain(`**${report.status}** — ${report.itemsAdded} entries added`);
    expect(summary).toContain('| source | kind | result | HTTP | items | time |');
    for (const s of report.sources) expect(summary).toContain(`| \`${s.id}\` |`);
    expect(summary).toContain('### Entries added');
    // Pushed: the commit is linked.
    expect(summary).toContain(`(https://github.com/owner/wiki/commit/${originAfter})`);
    for (const [page, n] of Object.entries(report.pages).filter(([, n]) => n > 0)) {
      expect(summary).toContain(`[${page}](https://github.com/owner/wiki/blob/${originAfter}/${page}) | ${n} |`);
    }

    // Discord: exactly one message, one embed, the colour of the status, the run's counts.
    expect(discord.messages).toHaveLength(1);
    const embeds = discord.messages[0].embeds as Array<{ color: number; title: string; fields: Array<{ name: string; value: string }> }>;
    expect(embeds).toHaveLength(1);
    expect(embeds[0]!.color).toBe(COLORS.partial);
    expect(embeds[0]!.title).toContain(`partial (${report.date})`);
    expect(JSON.stringify(embeds[0]!.fields)).toContain(String(report.itemsAdded));

    // Neither secret appears in any output the step produced, nor in anything it committed.
    // `::add-mask::` lines are the runner's masking protocol (consumed, never shown): each secret
    // must be registered that way, and appear nowhere else.
    const stdoutLines = res.stdout.split('\n');
    expect(stdoutLines).toContain(`::add-mask::${FAKE_TOKEN}`);
    expect(stdoutLines).toContain(`::add-mask::${discord.url}`);
    const everything = [
      stdoutLines.filter((l) => !l.startsWith('::add-mask::')).join('\n'),
      res.stderr,
      await readFile(rn.outputFile, 'utf8'),
      summary,
      reportText,
      ...(await Promise.all(report.changedFiles.map((f) => readFile(path.join(ws.root, f), 'utf8')))),
    ].join('\n');
    for (const secret of [FAKE_TOKEN, Buffer.from(`x-access-token:${FAKE_TOKEN}`).toString('base64'), discord.url, discord.token]) {
      const at = everything.indexOf(secret);
      expect(at, `secret ${secret.slice(0, 12)}… leaked: …${everything.slice(Math.max(0, at - 300), at + 100)}…`).toBe(-1);
    }
  }, TIMEOUT_MS);

  it('fails the step on a config with an unknown key: exit 1, ::error file=…,line=…:: naming the key path, a summary, status failed', async (t) => {
    const ws = await workspace(t);
    const rn = await runner(t, ws.root);
    const config = await readFile(ws.configFile, 'utf8');
    await writeFile(ws.configFile, config.replace(/^git:\n/m, 'git:\n  waitMinuets: 5\n'));
    const edited = await readFile(ws.configFile, 'utf8');
    const line = edited.split('\n').findIndex((l) => l === '  waitMinuets: 5') + 1;
    expect(line).toBeGreaterThan(1);

    const res = await runActionProcess(runInputs(ws), rn.env);
    expect(res.timedOut, describeProc(res)).toBe(false);
    expect(res.code, describeProc(res)).toBe(1);
    const errors = res.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors, describeProc(res)).toHaveLength(1);
    // The runner's annotation command: file relative to the checkout, the line of the key.
    expect(errors[0]).toBe(`::error title=wiki-daily config,file=wiki-daily.yml,line=${line},col=3::git: unknown key "waitMinuets"`);
    const summary = await readFile(rn.summaryFile, 'utf8');
    expect(summary).toContain('### Config errors (1)');
    expect(summary).toContain(`| \`wiki-daily.yml:${line}\` | git: unknown key "waitMinuets" |`);
    const outputs = parseGithubOutput(await readFile(rn.outputFile, 'utf8'));
    expect(outputs.status).toBe('failed');
    // Nothing was written: the clone is exactly as before but for the edited config.
    expect((await git(ws.root, ['status', '--porcelain'])).trim()).toBe('M wiki-daily.yml');
  }, TIMEOUT_MS);

  it('the failure issue: opens after 2 failed runs, one comment the next day, none more that day, closed by the first success', async (t) => {
    const fixture = await readFile(path.join(PROJECT_ROOT, 'fixtures', 'feeds', 'rss2-magazine.xml'));
    const ws = await prepareFixtureWorkspace({
      onlyExtraSources: true,
      extraSources: [{ id: 'only', name: 'ELLE Korea', url: '{{BASE}}/only.xml' }],
      extraRoutes: { '/only.xml': { status: 500, body: 'down' } },
    });
    t.onTestFinished(() => ws.close());
    const rn = await runner(t, ws.root);
    let apiNow = Date.now();
    const api = await githubApi(t, () => apiNow);
    const env = { ...rn.env, GITHUB_API_URL: api.url };
    const step = async (runId: string): Promise<ProcResult> => {
      const res = await runActionProcess(runInputs(ws), { ...env, GITHUB_RUN_ID: runId });
      expect(res.timedOut, describeProc(res)).toBe(false);
      return res;
    };

    expect((await step('1')).code).toBe(1);
    expect(api.issues).toHaveLength(0);

    apiNow = Date.now() - 30 * 3600_000; // the issue is opened "yesterday", as the API sees it
    expect((await step('2')).code).toBe(1);
    expect(api.issues).toHaveLength(1);
    const issue = api.issues[0]!;
    expect(issue.labels).toEqual([{ name: 'wiki-daily' }]);
    expect(issue.body).toContain('2 consecutive daily runs failed');
    expect(issue.body).toContain('(https://github.com/owner/wiki/actions/runs/1)');
    expect(issue.body).toContain('(https://github.com/owner/wiki/actions/runs/2)');

    apiNow = Date.now();
    expect((await step('3')).code).toBe(1);
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]!.body).toContain('3 consecutive daily runs failed');
    expect((await step('4')).code).toBe(1);
    expect(issue.comments).toHaveLength(1);
    expect(issue.state).toBe('open');

    ws.server.setRoute('/only.xml', { body: fixture, contentType: 'application/rss+xml; charset=utf-8' });
    const ok = await step('5');
    expect(ok.code, describeProc(ok)).toBe(0);
    expect(issue.state).toBe('closed');
    expect(issue.comments.at(-1)!.body).toContain('Recovered');
    expect(issue.comments.at(-1)!.body).toContain('/actions/runs/5');
    expect(api.issues).toHaveLength(1);
    expect(api.writes().map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /repos/owner/wiki/issues',
      'POST /repos/owner/wiki/issues/1/comments',
      'POST /repos/owner/wiki/issues/1/comments',
      'PATCH /repos/owner/wiki/issues/1',
    ]);
  }, TIMEOUT_MS * 2);

  it('dry-run (INPUT_DRY-RUN, hyphen kept): plans, writes and commits nothing, lists the files it would change', async (t) => {
    const ws = await workspace(t);
    const rn = await runner(t, ws.root);
    const res = await runActionProcess(runInputs(ws, { 'dry-run': 'true' }), rn.env);
    expect(res.code, describeProc(res)).toBe(0);
    const outputs = parseGithubOutput(await readFile(rn.outputFile, 'utf8'));
    const report = JSON.parse(await readFile(outputs.report!, 'utf8')) as RunReport;
    expect(report.dryRun).toBe(true);
    expect(outputs['commit-sha']).toBe('');
    expect(outputs['changed-files']!.split('\n')).toEqual(report.changedFiles);
    expect(report.changedFiles).toContain(`news/${report.date}.md`);
    expect(report.diff).toContain(`+++ b/news/${report.date}.md`);
    const summary = await readFile(rn.summaryFile, 'utf8');
    expect(summary).toContain('(dry run)');
    expect(summary.startsWith('## Planned — ')).toBe(true);
    expect(summary).toContain(`#### \`news/${report.date}.md\``);
    expect(summary).not.toContain('/commit/');
    expect((await git(ws.root, ['status', '--porcelain', '--untracked-files=all'])).trim()).toBe('');
    expect(await git(ws.origin, ['rev-list', '--count', 'main'])).toBe('1\n');
  }, TIMEOUT_MS);

  it('collect: outputs a status and a summary with the sources table, and writes nothing to the wiki', async (t) => {
    const ws = await workspace(t);
    const rn = await runner(t, ws.root);
    const res = await runActionProcess(runInputs(ws, { command: 'collect' }), rn.env);
    expect(res.code, describeProc(res)).toBe(0);
    const outputs = parseGithubOutput(await readFile(rn.outputFile, 'utf8'));
    const report = JSON.parse(await readFile(outputs.report!, 'utf8')) as RunReport;
    expect(report.command).toBe('collect');
    expect(outputs.status).toBe(report.status);
    expect(['success', 'partial']).toContain(outputs.status);
    expect(outputs['items-added']).toBe('0');
    expect(outputs['commit-sha']).toBe('');
    const summary = await readFile(rn.summaryFile, 'utf8');
    expect(summary).toContain(`## goyoonjung-wiki daily — collect ${report.date}`);
    expect(summary).toContain(`**${report.status}** — ${report.itemsCollected} items from ${report.sources.length} sources`);
    expect(summary).toContain('| source | kind | result | HTTP | items | time |');
    expect(report.sources.length).toBe(ws.config.sources.length);
    for (const s of report.sources) expect(summary).toMatch(new RegExp(`\\| \`${s.id}\` \\| [a-z-]+ \\| .* \\| ${s.httpStatus ?? ''} \\| ${s.items} \\|`));
    expect((await git(ws.root, ['status', '--porcelain'])).trim()).toBe('');
    expect(await git(ws.origin, ['rev-list', '--count', 'main'])).toBe('1\n');
  }, TIMEOUT_MS);
});

describe.concurrent('Action run on GitHub Actions (GITHUB_ACTIONS=true)', () => {
  it('uploads the backup snapshot as artifact wiki-backup-<id> to the results service', async (t) => {
    const ws = await workspace(t);
    const rn = await runner(t, ws.root);
    const actions: ActionsServer = await startActionsServer({ runBackendId: '777001', jobBackendId: 'job-3' });
    t.onTestFinished(() => actions.close());

    const res = await runActionProcess(runInputs(ws, { push: 'false' }), {
      ...rn.env,
      GITHUB_ACTIONS: 'true',
      ACTIONS_RESULTS_URL: actions.url,
      ACTIONS_RUNTIME_TOKEN: actions.runtimeToken,
    });
    expect(res.code, describeProc(res)).toBe(0);
    const outputs = parseGithubOutput(await readFile(rn.outputFile, 'utf8'));
    const report = JSON.parse(await readFile(outputs.report!, 'utf8')) as RunReport;
    expect(report.warnings.filter((w) => /artifact/.test(w))).toEqual([]);
    const id = report.backupId!;
    expect(id).toBeTruthy();
    expect(outputs['backup-id']).toBe(id);

    const uploaded = actions.artifacts.filter((a) => a.finalized);
    expect(uploaded.map((a) => a.name)).toEqual([`wiki-backup-${id}`]);
    const blob = actions.blobs.get(`actions-results/${uploaded[0]!.blob}`);
    expect(blob?.data.length).toBeGreaterThan(0);
    expect(uploaded[0]!.hash).toBe(`sha256:${createHash('sha256').update(blob!.data).digest('hex')}`);
    // The zip holds the snapshot's manifest (zip entry names are stored uncompressed).
    expect(blob!.data.includes(Buffer.from(`${id}.json`))).toBe(true);
    // push: false — committed locally, origin untouched.
    expect(report.committed).toBe(true);
    expect(report.pushed).toBe(false);
    expect(await git(ws.origin, ['rev-list', '--count', 'main'])).toBe('1\n');
    expect((await stat(outputs.report!)).isFile()).toBe(true);
  }, TIMEOUT_MS);
});
