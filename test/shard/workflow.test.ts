/**
 * daily-sharded.yml: plan → matrix collect → one merge holding the run lock; switched by one
 * repository variable against daily.yml. Read as YAML, so a rename or a lost condition fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from '../support/e2e.js';

type Any = Record<string, any>;
const load = (f: string): Any => parseYaml(readFileSync(path.join(PROJECT_ROOT, '.github', 'workflows', f), 'utf8')) as Any;

describe('daily-sharded.yml', () => {
  const wf = load('daily-sharded.yml');
  const jobs = wf.jobs as Any;
  const uses = (job: string, prefix: string): Any[] => (jobs[job].steps as Any[]).filter((s) => String(s.uses ?? '').startsWith(prefix));
  const runs = (job: string): string => (jobs[job].steps as Any[]).map((s) => String(s.run ?? '')).join('\n');

  it('plans once, collects on a matrix from the plan, and merges in one job that holds the run lock', () => {
    expect(Object.keys(jobs)).toEqual(['plan', 'collect', 'merge']);
    expect(jobs.plan.outputs.matrix).toBe('${{ steps.plan.outputs.matrix }}');
    expect(runs('plan')).toContain('shards --count "$SHARDS" --out shard-plan.json --json | jq -c .');
    expect(jobs.plan.steps.find((s: Any) => s.id === 'plan').shell).toBe('bash');
    expect(jobs.collect.needs).toBe('plan');
    expect(jobs.collect.strategy).toEqual({ 'fail-fast': false, matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}' });
    expect(runs('collect')).toContain('collect --shard "$SHARD" --plan shard-plan.json --out shard-output');
    expect(jobs.merge.needs).toEqual(['plan', 'collect']);
    expect(jobs.merge.if).toContain('!cancelled()');
    expect(jobs.merge.concurrency).toEqual({ group: 'wiki-daily-${{ github.ref }}', 'cancel-in-progress': false });
    expect(wf.concurrency).toBeUndefined();
    expect(runs('merge')).not.toContain('dist/cli.js');
  });

  it('merges through the action, like daily.yml: credentials, outputs, summary and the failure issue', () => {
    const daily = load('daily.yml');
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(jobs.merge.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(jobs.merge.permissions).toEqual(daily.permissions);
    const checkout = uses('merge', 'actions/checkout@')[0]!;
    expect(checkout.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
    const local = uses('merge', './');
    expect(local).toHaveLength(1);
    const step = local[0]!;
    expect(step.id).toBe('daily');
    expect(step.with).toEqual({
      command: 'run',
      from: 'shard-outputs',
      token: '${{ github.token }}',
      'dry-run': '${{ inputs.dry-run == true }}',
      force: '${{ inputs.force == true }}',
      'discord-webhook': '${{ secrets.DISCORD_WEBHOOK_URL }}',
      'webhook-url': '${{ secrets.WIKI_DAILY_WEBHOOK_URL }}',
    });
    const dailyWith = (daily.jobs.update.steps as Any[]).find((s) => s.uses === './')!.with as Any;
    for (const key of ['discord-webhook', 'webhook-url', 'dry-run', 'force']) expect(step.with[key], key).toBe(dailyWith[key]);
    // The download comes before the merge, and the state is saved after it, even when it failed.
    const names = (jobs.merge.steps as Any[]).map((s) => String(s.uses ?? '').split('@')[0]);
    expect(names).toEqual(['actions/checkout', 'actions/cache/restore', 'actions/download-artifact', './', 'actions/cache/save']);
    expect(uses('merge', 'actions/cache/save@')[0]!.if).toBe('always()');
  });

  it('moves outputs as artifacts with node24 releases of the artifact actions', () => {
    const up = [...uses('plan', 'actions/upload-artifact@'), ...uses('collect', 'actions/upload-artifact@')];
    expect(up.map((s) => s.uses)).toEqual(Array(2).fill('actions/upload-artifact@b7c566a772e6b6bfb58ed0dc250532a479d7789f'));
    expect(up[1]!.with.name).toBe('shard-output-${{ steps.tag.outputs.tag }}');
    expect(up[1]!.if).toBe('always()');
    const down = uses('merge', 'actions/download-artifact@')[0]!;
    expect(down.uses).toBe('actions/download-artifact@37930b1c2abaa49bbe596cd826c3c89aef350131');
    expect(down.with).toEqual({ pattern: 'shard-output-*', path: 'shard-outputs', 'merge-multiple': true });
  });

  it('gives each shard its own HTTP cache key, restorable from any shard', () => {
    const restore = uses('collect', 'actions/cache/restore@')[0]!;
    const save = uses('collect', 'actions/cache/save@')[0]!;
    expect(restore.with.path).toBe('.wiki-daily/http-cache');
    expect(restore.with.key).toBe('wiki-daily-http-${{ steps.tag.outputs.tag }}-${{ github.run_id }}-${{ github.run_attempt }}');
    expect(String(restore.with['restore-keys']).trim().split('\n')).toEqual(['wiki-daily-http-${{ steps.tag.outputs.tag }}-', 'wiki-daily-http-']);
    expect(save.with.key).toBe(restore.with.key);
    expect(save.if).toBe('always()');
  });

  it('is switched against daily.yml by one repository variable', () => {
    expect(jobs.plan.if).toContain("vars.WIKI_DAILY_SHARDS != ''");
    const daily = load('daily.yml');
    expect(daily.jobs.update.if).toContain("vars.WIKI_DAILY_SHARDS == ''");
    expect(wf.on.schedule).toEqual(daily.on.schedule);
  });
});
