import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { parseActionInputs, parseCliArgs, type Settings } from '../src/settings.js';

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Settings {
  const s = parseCliArgs(args, env);
  if (s === 'help') throw new Error('unexpected help');
  return s;
}

describe('CLI arguments', () => {
  it('defaults to run in the current directory with embedded paths', () => {
    const s = cli([]);
    expect(s.command).toBe('run');
    expect(s.root).toBe(path.resolve('.'));
    expect(s.configFile).toBe(path.resolve('wiki-daily.yml'));
    expect(s.stateDir).toBe(path.resolve('.wiki-daily'));
    expect(s).toMatchObject({ json: false, dryRun: false, force: false, refresh: false, push: true });
  });

  it('resolves config and state relative to --root and reads every flag', () => {
    const s = cli(['run', '--root', '/w', '--config=c.yml', '--state', '/s', '--json', '--dry-run', '--force', '--refresh', '--no-push']);
    expect(s).toMatchObject({ root: '/w', configFile: '/w/c.yml', stateDir: '/s', json: true, dryRun: true, force: true, refresh: true, push: false });
  });

  it('takes subcommands and their targets', () => {
    expect(cli(['backup', 'restore', '20261127T000000Z-abcdef12'])).toMatchObject({ command: 'backup', subcommand: 'restore', target: '20261127T000000Z-abcdef12' });
    expect(cli(['backup', 'prune', '--keep', '3', '--max-size', '50'])).toMatchObject({ keep: 3, maxSizeMb: 50 });
    expect(cli(['monitor', '--interval', '5', '--count', '2'])).toMatchObject({ intervalSeconds: 5, count: 2 });
    expect(cli(['lock', 'status']).subcommand).toBe('status');
  });

  it('takes links with --refresh and --json, and no argument after it', () => {
    expect(cli(['links', '--refresh', '--json'])).toMatchObject({ command: 'links', refresh: true, json: true });
    expect(() => cli(['links', 'now'])).toThrow('unexpected argument "now" after "links"');
    expect(parseActionInputs((n) => ({ command: 'links', refresh: 'true' })[n] ?? '', {})).toMatchObject({ command: 'links', refresh: true });
  });

  it('reads secrets only from the environment', () => {
    const s = cli(['run'], { DISCORD_WEBHOOK_URL: 'https://discord.invalid/api/webhooks/1/x', WIKI_DAILY_TOKEN: 'tok-123' });
    expect(s.discordWebhook).toBe('https://discord.invalid/api/webhooks/1/x');
    expect(s.token).toBe('tok-123');
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['run', '--colour'], /unknown option "--colour"/],
    [['backup'], /"backup" needs one of: create, list, verify, restore, prune/],
    [['backup', 'restore'], /needs a snapshot ID/],
    [['run', 'extra'], /unexpected argument "extra"/],
    [['backup', 'prune', '--keep', 'many'], /--keep takes a non-negative number/],
    [['run', '--config'], /--config needs a value/],
    [['run', '--json=yes'], /--json takes no value/],
  ])('rejects %j with a usage error (exit 2)', (args, message) => {
    let err: unknown;
    try {
      parseCliArgs(args, {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(message);
  });

  it('answers --help', () => {
    expect(parseCliArgs(['--help'], {})).toBe('help');
    expect(parseCliArgs(['run', '-h'], {})).toBe('help');
  });
});

describe('curation commands', () => {
  it('promote ID [--to PAGE], reject ID, and the ids to promote in a run', () => {
    expect(cli(['promote', 'e0123456789ab', '--to', 'pages/works.md'])).toMatchObject({ command: 'promote', target: 'e0123456789ab', promoteTo: 'pages/works.md' });
    expect(cli(['reject', 'e0123456789ab'])).toMatchObject({ command: 'reject', target: 'e0123456789ab' });
    expect(() => cli(['promote'])).toThrow('promote needs an entry ID');
    expect(() => cli(['reject', 'e0123456789ab', 'extra'])).toThrow('unexpected argument "extra"');
    expect(cli(['run'], { WIKI_DAILY_PROMOTE: ' e0123456789ab ' }).promote).toBe('e0123456789ab');
    expect(cli(['run']).promote).toBeUndefined();
    const fromAction = parseActionInputs((name) => ({ command: 'run', promote: 'e0123456789ab=pages/works.md' })[name] ?? '', {});
    expect(fromAction.promote).toBe('e0123456789ab=pages/works.md');
  });
});

describe('action inputs', () => {
  const inputs = (m: Record<string, string>) => (name: string) => m[name] ?? '';

  it('builds the same settings as the CLI', () => {
    const s = parseActionInputs(
      inputs({ command: 'run', config: 'wiki-daily.yml', root: '/ws', state: '.wiki-daily', 'dry-run': 'true', force: 'false', push: 'false', token: 'ghs_x', 'discord-webhook': 'https://d.invalid/api/webhooks/1/y' }),
      { GITHUB_ACTIONS: 'true' },
    );
    expect(s).toMatchObject({ command: 'run', root: '/ws', configFile: '/ws/wiki-daily.yml', stateDir: '/ws/.wiki-daily', dryRun: true, force: false, push: false, token: 'ghs_x', onActions: true });
    expect(s.discordWebhook).toBe('https://d.invalid/api/webhooks/1/y');
  });

  it('tolerates empty inputs (scheduled runs have none) and uses the workspace', () => {
    const s = parseActionInputs(inputs({}), { GITHUB_WORKSPACE: '/checkout' });
    expect(s).toMatchObject({ command: 'run', root: '/checkout', dryRun: false, force: false, push: true });
  });

  it('splits a command line and takes the backup id input', () => {
    const s = parseActionInputs(inputs({ command: 'backup restore', 'backup-id': '20261127T000000Z-abcdef12', 'backup-run-id': '99' }), {});
    expect(s).toMatchObject({ command: 'backup', subcommand: 'restore', target: '20261127T000000Z-abcdef12', backupRunId: '99' });
  });

  it('rejects a boolean input that is not a boolean, naming it', () => {
    expect(() => parseActionInputs(inputs({ 'dry-run': 'maybe' }), {})).toThrow(/input "dry-run" must be true or false/);
  });
});

describe('issue 12 flags and inputs', () => {
  it('--log-format json and --metrics FILE (resolved to an absolute path); a bad format is a usage error', () => {
    const s = parseCliArgs(['run', '--log-format', 'json', '--metrics', 'out/wiki.prom'], {}) as Settings;
    expect(s.logFormat).toBe('json');
    expect(s.metricsFile).toBe(path.resolve('out/wiki.prom'));
    expect(() => parseCliArgs(['run', '--log-format', 'xml'], {})).toThrow(/--log-format must be text or json, got "xml"/);
  });

  it('the generic webhook from WIKI_DAILY_WEBHOOK_URL or the webhook-url input; metrics-file input', () => {
    expect((parseCliArgs(['run'], { WIKI_DAILY_WEBHOOK_URL: 'https://hooks.example/x' }) as Settings).webhookUrl).toBe('https://hooks.example/x');
    const inputs: Record<string, string> = { 'webhook-url': 'https://hooks.example/y', 'metrics-file': '/tmp/m.prom' };
    const a = parseActionInputs((n) => inputs[n] ?? '', {});
    expect(a.webhookUrl).toBe('https://hooks.example/y');
    expect(a.metricsFile).toBe('/tmp/m.prom');
    expect(parseActionInputs(() => '', {}).metricsFile).toBeUndefined();
  });
});
