/**
 * The repository's own tool files: the example config, action.yml and the workflows (every workflow
 * pinned and injection-free). Never the wiki's content (pages/, news/, data/, wiki-daily.yml): that
 * grows with every run and is checked by `wiki-daily lint` in CI (test/lint.test.ts, wiki-lint.yml);
 * the frozen fixture wiki's structure is pinned in test/fixture-wiki.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../src/config/load.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8');

type Yaml = Record<string, unknown>;
const asMap = (v: unknown, where: string): Yaml => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${where}: expected a mapping`);
  return v as Yaml;
};

// ── the example config (a tool file, not the wiki's content) ─────────────────────────────────────

describe('wiki-daily.example.yml', () => {
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
  it('has the daily, daily-sharded, watchdog, restore, ci, wiki-lint and links workflows', () => {
    expect(workflowFiles.sort()).toEqual(['ci.yml', 'daily-sharded.yml', 'daily.yml', 'links.yml', 'restore.yml', 'watchdog.yml', 'wiki-lint.yml']);
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
    expect([...new Set(local.map((s) => s.file))].sort()).toEqual(['ci.yml', 'daily-sharded.yml', 'daily.yml', 'links.yml', 'restore.yml', 'watchdog.yml', 'wiki-lint.yml']);
    for (const { file, step } of local) {
      for (const key of Object.keys(asMap(step.with, `${file} with`))) expect(declared, `${file}: input ${key}`).toContain(key);
    }
  });

  it('runs the daily update once a day, serialised, with contents: write and issues: write only', () => {
    const wf = workflow('daily.yml');
    const on = asMap(wf.on, 'daily on');
    // Off the top of the hour, where GitHub delays and drops scheduled runs.
    expect(on.schedule).toEqual([{ cron: '17 0 * * *' }]);
    const inputs = asMap(asMap(on.workflow_dispatch, 'workflow_dispatch').inputs, 'inputs');
    expect(Object.keys(inputs).sort()).toEqual(['dry-run', 'force', 'promote']);
    for (const name of ['dry-run', 'force']) expect(inputs[name]).toMatchObject({ type: 'boolean', default: false });
    expect(inputs.promote).toMatchObject({ type: 'string', default: '' });
    expect(wf.permissions).toEqual({ contents: 'write', issues: 'write' });
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
      'webhook-url': '${{ secrets.WIKI_DAILY_WEBHOOK_URL }}',
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
    expect(wf.permissions).toEqual({ contents: 'read', issues: 'write' });
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

  it('checks the links weekly off the hour, in the daily lock, keeping only the link results', () => {
    const wf = workflow('links.yml');
    const on = asMap(wf.on, 'links on');
    const schedule = on.schedule as { cron: string }[];
    expect(schedule).toHaveLength(1);
    const [minute, hour, dom, month, dow] = schedule[0]!.cron.split(' ');
    expect(Number(minute)).toBeGreaterThan(0);
    expect([hour, dom, month]).toEqual([expect.stringMatching(/^\d+$/), '*', '*']);
    expect(dow).toMatch(/^[0-6]$/);
    expect(asMap(asMap(on.workflow_dispatch, 'workflow_dispatch').inputs, 'inputs').refresh).toMatchObject({ type: 'boolean', default: false });
    expect(wf.permissions).toEqual({ contents: 'write' });
    expect(wf.concurrency).toEqual(workflow('daily.yml').concurrency);
    const checkout = stepNamed('links.yml', 'actions/checkout@')[0]!.step;
    expect(checkout.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
    const key = 'wiki-daily-links-${{ github.run_id }}-${{ github.run_attempt }}';
    expect(stepNamed('links.yml', 'actions/cache/restore@')[0]!.step.with).toEqual({ path: '.wiki-daily/links.json', key, 'restore-keys': 'wiki-daily-links-' });
    const save = stepNamed('links.yml', 'actions/cache/save@')[0]!;
    expect(save.step).toMatchObject({ if: 'always()', with: { path: '.wiki-daily/links.json', key } });
    const links = stepNamed('links.yml', './')[0]!;
    expect(links.step.with).toMatchObject({ command: 'links' });
    expect(String(asMap(links.step.with, 'links with').refresh)).toContain('inputs.refresh');
    expect(links.index).toBeLessThan(save.index);
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

  it('lints the wiki content on push to main and on PRs, only when content changes, without a token in the checkout', () => {
    const wf = workflow('wiki-lint.yml');
    const on = asMap(wf.on, 'wiki-lint on');
    const content = ['pages/**', 'news/**', 'data/**', 'wiki-daily.yml'];
    const push = asMap(on.push, 'push');
    expect(push.branches).toEqual(['main']);
    expect(push.paths).toEqual(expect.arrayContaining(content));
    expect(asMap(on.pull_request, 'pull_request').paths).toEqual(expect.arrayContaining(content));
    expect(wf.permissions).toEqual({ contents: 'read' });
    const checkout = stepNamed('wiki-lint.yml', 'actions/checkout@');
    expect(checkout).toHaveLength(1);
    expect(asMap(checkout[0]!.step.with, 'checkout with')['persist-credentials']).toBe(false);
    const lint = stepNamed('wiki-lint.yml', './');
    expect(lint.map((s) => s.step.with)).toEqual([{ command: 'lint' }]);
    expect(lint[0]!.step['continue-on-error']).toBeUndefined();
  });
});
