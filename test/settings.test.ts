import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_TABLE, commandHelp } from '../src/command-table.js';
import { UsageError } from '../src/errors.js';
import { parseActionInputs, parseCliArgs, type Settings } from '../src/settings.js';

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Settings {
  const s = parseCliArgs(args, env);
  if ('help' in s) throw new Error('unexpected help');
  return s;
}

describe('CLI arguments', () => {
  it('runs in the current directory with embedded paths', () => {
    const s = cli(['run']);
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
    [[], /no command given\n\nUsage: wiki-daily <command>/],
    [['--dry-run'], /no command given/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['run', '--colour'], /unknown option "--colour" for "run"/],
    [['health', '--keep', '3'], /unknown option "--keep" for "health"/],
    [['backup', 'create', '--dry-run'], /unknown option "--dry-run" for "backup create"/],
    [['backup', 'prune', '--dry-run'], /unknown option "--dry-run" for "backup prune"/],
    [['schema', '--force'], /unknown option "--force" for "schema"/],
    [['monitor'], /monitor needs --interval S/],
    [['monitor', '--interval', '0'], /--interval must be more than 0/],
    [['monitor', '--interval', '5', '--json'], /monitor --json needs --count N/],
    [['monitor', '--interval', '5', '--count', '1.5'], /--count takes a non-negative whole number/],
    [['backup', 'verify', 'a', 'b'], /unexpected argument "b" after "backup verify"/],
    [['backup', 'nope'], /"backup" needs one of: .* \(got "nope"\)/],
    [['backup'], /"backup" needs one of: create, list, verify, restore, prune/],
    [['backup', 'restore'], /needs a snapshot ID/],
    [['run', 'extra'], /unexpected argument "extra" after "run"/],
    [["backup", "prune", "--keep", "many"], /--keep takes a non-negative whole number/],
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

  it('answers --help with the global usage, or with the command\'s own help', () => {
    const help = (args: string[]) => {
      const r = parseCliArgs(args, {});
      if (!('help' in r)) throw new Error('no help');
      return r.help;
    };
    expect(help(['--help'])).toMatch(/^Usage: wiki-daily <command> \[options\]/);
    expect(help(['help'])).toBe(help(['--help']));
    const run = help(['run', '-h']);
    expect(run).toMatch(/^Usage: wiki-daily run \[options\]/);
    expect(run).toContain('--no-push');
    expect(run).not.toContain('--interval');
    const restore = help(['backup', 'restore', '--help']);
    expect(restore).toMatch(/^Usage: wiki-daily backup restore ID \[options\]/);
    expect(restore).toContain('--run-id ID');
    expect(restore).toContain('--dry-run is not accepted');
    expect(help(['help', 'backup', 'restore'])).toBe(restore);
    expect(help(['monitor', '--help'])).toContain('--interval S');
    expect(help(['demo', '--help'])).toContain('--keep ');
  });

  it('says what a shared flag means for each command', () => {
    const help = (args: string[]) => {
      const r = parseCliArgs(args, {});
      if (!('help' in r)) throw new Error('no help');
      return r.help;
    };
    const line = (text: string, flag: string) => text.split('\n').find((l) => l.startsWith(`  ${flag}`))?.replace(/\s+/g, ' ').trim();
    expect(line(help(['links', '--help']), '--refresh')).toBe('--refresh check every link again, ignoring the results kept for links.keepDays');
    expect(line(help(['run', '--help']), '--refresh')).toBe('--refresh ignore the HTTP cache freshness window (conditional requests still sent)');
    expect(line(help(['shards', '--help']), '--count')).toBe('--count N how many shards to split the sources into (required, 1 or more)');
    expect(line(help(['monitor', '--help']), '--count')).toBe('--count N stop after N samples (default: until Ctrl-C)');
    expect(line(help(['schema', '--help']), '--out')).toBe('--out FILE write the schema to FILE instead of stdout');
    expect(line(help(['shards', '--help']), '--out')).toBe('--out FILE write the shard plan to FILE (read by collect --plan)');
    expect(line(help(['collect', '--help']), '--out')).toBe('--out DIR with --shard: the folder the shard output is written to (for run --from)');
    expect(line(help(['demo', '--help']), '--out')).toBe('--out FILE with --serve: write {root, configFile, url} of the prepared demo wiki to FILE');
    // No command's help mentions another command's meaning of a shared flag.
    for (const spec of COMMAND_TABLE) expect(commandHelp(spec), spec.name).not.toMatch(/see the command|monitor:|shards:|schema:/);
  });

  it('lists the subcommands of a group for `backup --help`, `help lock`', () => {
    const help = (args: string[]) => {
      const r = parseCliArgs(args, {});
      if (!('help' in r)) throw new Error('no help');
      return r.help;
    };
    const backup = help(['backup', '--help']);
    expect(backup.split('\n')[0]).toBe('Usage: wiki-daily backup <create|list|verify|restore|prune> [options]');
    for (const sub of ['create', 'list', 'verify [ID]', 'restore ID', 'prune']) expect(backup).toMatch(new RegExp(`^  ${sub.replace(/[[\]]/g, '\\$&')} +\\S`, 'm'));
    expect(help(['help', 'backup'])).toBe(backup);
    const lock = help(['lock', '-h']);
    expect(lock.split('\n')[0]).toBe('Usage: wiki-daily lock <status|cleanup|test> [options]');
    expect(lock).toContain('wiki-daily lock <subcommand> --help shows the options of one subcommand.');
    expect(help(['lock', 'cleanup', '--help'])).toMatch(/^Usage: wiki-daily lock cleanup \[options\]/);
  });

  it('takes the demo\'s --keep as a switch and prune\'s --keep as a number', () => {
    expect(cli(['demo', '--keep'])).toMatchObject({ command: 'demo', keepWorkspace: true });
    expect(cli(['demo']).keepWorkspace).toBeUndefined();
    expect(cli(['backup', 'prune', '--keep=4'])).toMatchObject({ keep: 4 });
  });

  it('accepts --dry-run on every command that writes in the wiki or honours it', () => {
    expect(cli(['status', '--dry-run']).dryRun).toBe(true);
    expect(cli(['lock', 'cleanup', '--dry-run']).dryRun).toBe(true);
    expect(cli(['run', '--dry-run']).dryRun).toBe(true);
    expect(cli(['links', '--dry-run']).dryRun).toBe(true);
    expect(cli(['promote', 'e0123456789ab', '--dry-run']).dryRun).toBe(true);
    expect(cli(['reject', 'e0123456789ab', '--dry-run']).dryRun).toBe(true);
  });
});

describe('command table', () => {
  it('every command that writes honours --dry-run or does not accept it, and every group is a Command', async () => {
    const { COMMAND_TABLE, FLAGS } = await import('../src/command-table.js');
    const { COMMANDS } = await import('../src/command-table.js');
    for (const spec of COMMAND_TABLE) {
      expect(COMMANDS as readonly string[]).toContain(spec.name.split(' ')[0]);
      for (const f of spec.flags) expect(FLAGS, `${spec.name} --${f}`).toHaveProperty(f);
    }
    const honouring = COMMAND_TABLE.filter((c) => c.flags.includes('dry-run')).map((c) => c.name);
    expect(honouring.sort()).toEqual(['links', 'lock cleanup', 'promote', 'reject', 'run', 'status']);
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

  it("leaves keep and max-size-mb to the config's backup.keep / backup.maxSizeMb under action.yml's own defaults", async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const declared = (parse(readFileSync(path.join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs;
    expect(declared.keep?.default).toBe('');
    expect(declared['max-size-mb']?.default).toBe('');
    // What the runner passes when the workflow sets nothing: every input at its action.yml default.
    const defaults = (m: Record<string, string>) => (name: string) => m[name] ?? String(declared[name]?.default ?? '');
    const s = parseActionInputs(defaults({ command: 'backup prune', token: 'ghs_x' }), {});
    expect(s).toMatchObject({ command: 'backup', subcommand: 'prune' });
    expect(s.keep).toBeUndefined();
    expect(s.maxSizeMb).toBeUndefined();
    expect(parseActionInputs(defaults({ command: 'backup prune', keep: '7', 'max-size-mb': '120' }), {})).toMatchObject({ keep: 7, maxSizeMb: 120 });
    expect(() => parseActionInputs(defaults({ command: 'backup prune', keep: 'lots' }), {})).toThrow(/input "keep" takes a non-negative number, got "lots"/);
  });

  it('takes the shard output folders of a merging run from the from input, for run only', () => {
    expect(parseActionInputs(inputs({ command: 'run', from: 'shard-outputs' }), {}).from).toEqual(['shard-outputs']);
    expect(parseActionInputs(inputs({ command: 'run', from: ' a/1\nb/2  c\n' }), {}).from).toEqual(['a/1', 'b/2', 'c']);
    expect(parseActionInputs(inputs({ command: 'run', from: '' }), {}).from).toBeUndefined();
    expect(() => parseActionInputs(inputs({ command: 'collect', from: 'x' }), {})).toThrow('input "from" is only for "run" (got command "collect")');
  });

  it('splits a command line and takes the backup id input', () => {
    const s = parseActionInputs(inputs({ command: 'backup restore', 'backup-id': '20261127T000000Z-abcdef12', 'backup-run-id': '99' }), {});
    expect(s).toMatchObject({ command: 'backup', subcommand: 'restore', target: '20261127T000000Z-abcdef12', backupRunId: '99' });
  });

  it('rejects dry-run for a command that cannot honour it', () => {
    expect(() => parseActionInputs(inputs({ command: 'backup prune', 'dry-run': 'true' }), {})).toThrow(/input "dry-run" is not supported by "backup prune"/);
    expect(parseActionInputs(inputs({ command: 'status', 'dry-run': 'true' }), {}).dryRun).toBe(true);
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

describe('flags whose meaning depends on the command', () => {
  const parse = (args: string[]) => {
    const s = parseCliArgs(args, {});
    if ('help' in s) throw new Error('help');
    return s;
  };
  it('demo --keep is a switch even before a flag that takes a value', () => {
    expect(parse(['demo', '--keep', '--serve', '--out', '/tmp/r.json'])).toMatchObject({ keepWorkspace: true, serve: true, out: '/tmp/r.json' });
    expect(parse(['demo', '--serve', '--keep'])).toMatchObject({ keepWorkspace: true, serve: true });
  });
  it('flags may come before the command and its target', () => {
    expect(parse(['--root', '/w', 'backup', 'restore', '20261127T000012Z-5556df99'])).toMatchObject({ root: '/w', subcommand: 'restore', target: '20261127T000012Z-5556df99' });
    expect(parse(['--keep', '3', 'backup', 'prune'])).toMatchObject({ keep: 3, subcommand: 'prune' });
  });
  it('demo --out without --serve is a usage error', () => {
    expect(() => parse(['demo', '--out', 'x.json'])).toThrow(/demo --out needs --serve/);
  });
});
