/**
 * One typed Settings object, built either from the command line or from the action's inputs, so every
 * command behaves the same in both places. Parsing is strict: an unknown flag is a UsageError (exit 2).
 */
import path from 'node:path';
import { DEFAULT_CONFIG_FILE } from './config/load.js';
import { UsageError } from './errors.js';
import { DEFAULT_STATE_DIR } from './state.js';

export const COMMANDS = ['run', 'collect', 'demo', 'backup', 'health', 'status', 'monitor', 'lock', 'schema', 'lint', 'links', 'promote', 'reject', 'shards'] as const;
export type Command = (typeof COMMANDS)[number];

export const SUBCOMMANDS: Partial<Record<Command, readonly string[]>> = {
  backup: ['create', 'list', 'verify', 'restore', 'prune'],
  lock: ['status', 'cleanup', 'test'],
};

export interface Settings {
  command: Command;
  subcommand?: string;
  /** Positional argument after the subcommand (backup restore ID, backup verify [ID]). */
  target?: string;
  root: string;
  configFile: string;
  stateDir: string;
  json: boolean;
  dryRun: boolean;
  force: boolean;
  refresh: boolean;
  push: boolean;
  verbose: boolean;
  token?: string;
  discordWebhook?: string;
  backupRunId?: string;
  keep?: number;
  maxSizeMb?: number;
  intervalSeconds?: number;
  count?: number;
  /** Output file for `schema` (default stdout), the plan file for `shards`, the folder for `collect --shard`. */
  out?: string;
  /** `promote ID --to PAGE`: the page to promote to instead of the routed one. */
  promoteTo?: string;
  /** `run`: entries to promote (`ID[=PAGE]`, space/comma separated): the `promote` input or WIKI_DAILY_PROMOTE. */
  promote?: string;
  /** Sharding (issue 13): `collect --shard I/N`, its `--plan FILE`, and `run --from DIR` (repeatable). */
  shard?: string;
  shardPlan?: string;
  from?: string[];
  onActions: boolean;
  /** --- issue 12 (maintainer view) --- */
  /** `--log-format json`: one JSON object per log line on stderr. */
  logFormat?: 'text' | 'json';
  /** `--metrics FILE` / input `metrics-file`: Prometheus text exposition of the run's figures. */
  metricsFile?: string;
  /** Generic JSON webhook (env WIKI_DAILY_WEBHOOK_URL / input `webhook-url`): gets the run summary JSON. */
  webhookUrl?: string;
}

type FlagSpec = { kind: 'bool'; key: keyof Settings } | { kind: 'value'; key: keyof Settings; number?: boolean; repeat?: boolean };

const FLAGS: Record<string, FlagSpec> = {
  '--config': { kind: 'value', key: 'configFile' },
  '--root': { kind: 'value', key: 'root' },
  '--state': { kind: 'value', key: 'stateDir' },
  '--json': { kind: 'bool', key: 'json' },
  '--dry-run': { kind: 'bool', key: 'dryRun' },
  '--force': { kind: 'bool', key: 'force' },
  '--refresh': { kind: 'bool', key: 'refresh' },
  '--no-push': { kind: 'bool', key: 'push' },
  '--verbose': { kind: 'bool', key: 'verbose' },
  '--keep': { kind: 'value', key: 'keep', number: true },
  '--max-size': { kind: 'value', key: 'maxSizeMb', number: true },
  '--interval': { kind: 'value', key: 'intervalSeconds', number: true },
  '--count': { kind: 'value', key: 'count', number: true },
  '--run-id': { kind: 'value', key: 'backupRunId' },
  '--out': { kind: 'value', key: 'out' },
  // issue 12 (maintainer view)
  '--log-format': { kind: 'value', key: 'logFormat' },
  '--metrics': { kind: 'value', key: 'metricsFile' },
  '--to': { kind: 'value', key: 'promoteTo' },
  '--shard': { kind: 'value', key: 'shard' },
  '--plan': { kind: 'value', key: 'shardPlan' },
  '--from': { kind: 'value', key: 'from', repeat: true },
};

export const USAGE = `Usage: wiki-daily <command> [options]

Commands:
  run                      the daily update: collect → gate → write pages → commit → push → report
  collect                  fetch and parse every source; print what was collected (no writes but the HTTP cache)
  demo                     the whole daily update offline, against bundled fixture feeds served on loopback,
                           in a temporary copy of the wiki; prints the maintainer's summary
  backup create|list|verify [ID]|restore ID|prune [--keep N] [--max-size MB]
  health                   system, git, lock, backup and run checks (exit 1 when critical)
  status                   write pages/system_status.md from run history and health
  monitor --interval S [--count N]   print health every S seconds
  lock status|cleanup|test
  schema [--out FILE]      print the JSON Schema of the config file
  lint                     check the wiki's content (config, routed pages, regions, entries, ids, seen file,
                           TOC markers, pinned facts); each problem as file:line; exit 1 when any
  links [--refresh]        check every link in pages/ and write pages/link_health.md (exit 1 only above links.failAbove)
  promote ID [--to PAGE]   move a queue/pool entry to its routed page (or PAGE); commit and push
  reject ID                remove a queue/pool entry for good (recorded in data/rejected.tsv); commit and push
  shards --count N [--out PLAN]   split the sources by host into N shards; --json prints the Actions matrix
  collect --shard I/N --out DIR [--plan PLAN]   collect one shard only; write its items and report to DIR
  run --from DIR [--from DIR …]   skip collection: gate → pages → commit → push over the shard outputs

Options (every command):
  --config FILE   config file (default ${DEFAULT_CONFIG_FILE} in the root)
  --root DIR      wiki root (default: current directory)
  --state DIR     state folder (default ${DEFAULT_STATE_DIR} in the root; git-ignored)
  --json          print one JSON value on stdout (logs go to stderr)
  --verbose       debug logging
  --log-format F  text (default) or json: one JSON object per log line on stderr (for ELK / Loki)
  --metrics FILE  write the run's figures in Prometheus text format (node-exporter textfile collector)
Options (run):
  --dry-run       write nothing; print the planned edits as a unified diff
  --no-push       commit but do not push
  --force         run even if a successful run happened less than 6 h ago today
  --refresh       ignore the HTTP cache freshness window (conditional requests still sent)
Options (links):
  --refresh       ignore the link results kept from the last links.keepDays days (check every link again)
Environment: DISCORD_WEBHOOK_URL (alerts), WIKI_DAILY_WEBHOOK_URL (run summary JSON), WIKI_DAILY_TOKEN (push auth, optional; otherwise git's own credentials).
Exit codes: 0 success/partial/skipped, 1 failed, 2 usage or config error.`;

function defaults(env: NodeJS.ProcessEnv): Settings {
  return {
    command: 'run',
    root: '.',
    configFile: '',
    stateDir: '',
    json: false,
    dryRun: false,
    force: false,
    refresh: false,
    push: true,
    verbose: false,
    onActions: env.GITHUB_ACTIONS === 'true',
  };
}

/** Resolve root, config and state paths (config and state relative to the root unless absolute). */
function finish(s: Settings): Settings {
  const root = path.resolve(s.root);
  const configFile = path.resolve(root, s.configFile || DEFAULT_CONFIG_FILE);
  const stateDir = path.resolve(root, s.stateDir || DEFAULT_STATE_DIR);
  return { ...s, root, configFile, stateDir, ...(s.metricsFile ? { metricsFile: path.resolve(s.metricsFile) } : {}) };
}

function parseNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} takes a non-negative number, got "${value}"`);
  return n;
}

function checkCommand(s: Settings, positionals: string[]): Settings {
  const [cmd, sub, target, ...extra] = positionals;
  if (!cmd) return s;
  if (!(COMMANDS as readonly string[]).includes(cmd)) throw new UsageError(`unknown command "${cmd}"\n\n${USAGE}`);
  const command = cmd as Command;
  const subs = SUBCOMMANDS[command];
  if (subs) {
    if (!sub || !subs.includes(sub))
      throw new UsageError(`"${command}" needs one of: ${subs.join(', ')}${sub ? ` (got "${sub}")` : ''}`);
    if (command === 'backup' && sub === 'restore' && !target) throw new UsageError('backup restore needs a snapshot ID');
    const allowsTarget = command === 'backup' && (sub === 'restore' || sub === 'verify');
    if ((target && !allowsTarget) || extra.length)
      throw new UsageError(`unexpected argument "${allowsTarget ? extra[0] : target}"`);
    return { ...s, command, subcommand: sub, ...(target ? { target } : {}) };
  }
  if (command === 'promote' || command === 'reject') {
    if (!sub) throw new UsageError(`${command} needs an entry ID`);
    if (target) throw new UsageError(`unexpected argument "${target}"`);
    return { ...s, command, target: sub };
  }
  if (sub) throw new UsageError(`unexpected argument "${sub}" after "${command}"`);
  return { ...s, command };
}

/** `wiki-daily <command> [sub] [target] [--flags]` */
export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Settings | 'help' {
  let s = defaults(env);
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h' || arg === 'help') return 'help';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const spec = FLAGS[name];
    if (!spec) throw new UsageError(`unknown option "${name}"\n\n${USAGE}`);
    if (spec.kind === 'bool') {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      s = { ...s, [spec.key]: spec.key === 'push' ? false : true };
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    if (spec.repeat) s = { ...s, [spec.key]: [...((s[spec.key] as string[] | undefined) ?? []), value] };
    else s = { ...s, [spec.key]: spec.number ? parseNumber(name, value) : value };
  }
  s = checkCommand(s, positionals);
  s.token = env.WIKI_DAILY_TOKEN || undefined;
  s.discordWebhook = env.DISCORD_WEBHOOK_URL || undefined;
  if (env.WIKI_DAILY_WEBHOOK_URL) s.webhookUrl = env.WIKI_DAILY_WEBHOOK_URL;
  if (s.logFormat !== undefined && s.logFormat !== 'text' && s.logFormat !== 'json')
    throw new UsageError(`--log-format must be text or json, got "${String(s.logFormat)}"`);
  if (env.WIKI_DAILY_PROMOTE?.trim()) s.promote = env.WIKI_DAILY_PROMOTE.trim();
  return finish(s);
}

/** The action's inputs, read through a getter (core.getInput in production, a map in tests). */
export function parseActionInputs(getInput: (name: string) => string, env: NodeJS.ProcessEnv = process.env): Settings {
  const bool = (name: string, dflt: boolean): boolean => {
    const v = getInput(name).trim().toLowerCase();
    if (v === '') return dflt;
    if (['true', 'yes', '1', 'on'].includes(v)) return true;
    if (['false', 'no', '0', 'off'].includes(v)) return false;
    throw new UsageError(`input "${name}" must be true or false, got "${v}"`);
  };
  const num = (name: string): number | undefined => {
    const v = getInput(name).trim();
    return v === '' ? undefined : parseNumber(`input "${name}"`, v);
  };
  const commandLine = (getInput('command').trim() || 'run').split(/\s+/);
  const target = getInput('backup-id').trim();
  const positionals = [...commandLine];
  if (commandLine[0] === 'backup' && (commandLine[1] === 'restore' || commandLine[1] === 'verify') && target && !commandLine[2])
    positionals.push(target);
  let s: Settings = {
    ...defaults(env),
    root: getInput('root').trim() || env.GITHUB_WORKSPACE || '.',
    configFile: getInput('config').trim(),
    stateDir: getInput('state').trim(),
    json: false,
    dryRun: bool('dry-run', false),
    force: bool('force', false),
    refresh: bool('refresh', false),
    push: bool('push', true),
    verbose: env.RUNNER_DEBUG === '1',
  };
  const keep = num('keep');
  const maxSizeMb = num('max-size-mb');
  if (keep !== undefined) s.keep = keep;
  if (maxSizeMb !== undefined) s.maxSizeMb = maxSizeMb;
  const runId = getInput('backup-run-id').trim();
  if (runId) s.backupRunId = runId;
  const promote = getInput('promote').trim();
  if (promote) s.promote = promote;
  s = checkCommand(s, positionals);
  const token = getInput('token').trim();
  const webhook = getInput('discord-webhook').trim() || env.DISCORD_WEBHOOK_URL || '';
  if (token) s.token = token;
  if (webhook) s.discordWebhook = webhook;
  // issue 12 (maintainer view): optional inputs; getInput returns '' for inputs action.yml lacks.
  const metricsFile = getInput('metrics-file').trim();
  if (metricsFile) s.metricsFile = metricsFile;
  const webhookUrl = getInput('webhook-url').trim() || env.WIKI_DAILY_WEBHOOK_URL || '';
  if (webhookUrl) s.webhookUrl = webhookUrl;
  return finish(s);
}
