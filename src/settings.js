/**
 * One typed Settings object, built either from the command line or from the action's inputs, so every
 * command behaves the same in both places. Commands and their flags are declared in command-table.ts;
 * parsing (node:util parseArgs) is strict per command: a flag the command does not take is a UsageError
 * (exit 2).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COMMANDS, commandHelp, findCommand, FLAG_ALIASES, FLAGS, flagsOf, globalUsage, groupHelp, subcommandsOf } from './command-table.js';
import { DEFAULT_CONFIG_FILE } from './config/load.js';
import { UsageError } from './errors.js';
import { DEFAULT_STATE_DIR } from './state.js';
/** The global usage (derived from the command table). */
const USAGE = globalUsage();
function defaults(env) {
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
function finish(s) {
    const root = path.resolve(s.root);
    const configFile = path.resolve(root, s.configFile || DEFAULT_CONFIG_FILE);
    const stateDir = path.resolve(root, s.stateDir || DEFAULT_STATE_DIR);
    return { ...s, root, configFile, stateDir, ...(s.metricsFile ? { metricsFile: path.resolve(s.metricsFile) } : {}) };
}
function parseNumber(flag, value, integer = false) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)))
        throw new UsageError(`${flag} takes a non-negative ${integer ? 'whole ' : ''}number, got "${value}"`);
    return n;
}
/** Find the table entry for positionals (`backup restore ID` → the `backup restore` entry + target). */
function resolveCommand(positionals, forHelp = false) {
    const [cmd, sub, ...rest] = positionals;
    if (!cmd)
        throw new UsageError(`no command given\n\n${USAGE}`);
    if (!COMMANDS.includes(cmd))
        throw new UsageError(`unknown command "${cmd}"\n\n${USAGE}`);
    const subs = subcommandsOf(cmd);
    let spec;
    let args;
    if (subs.length) {
        spec = sub ? findCommand(`${cmd} ${sub}`) : undefined;
        if (!spec)
            throw new UsageError(`"${cmd}" needs one of: ${subs.join(', ')}${sub ? ` (got "${sub}")` : ''}`);
        args = rest;
    }
    else {
        spec = findCommand(cmd);
        if (!spec)
            throw new UsageError(`command "${cmd}" has no entry in the command table`);
        args = sub === undefined ? [] : [sub, ...rest];
    }
    const [target, ...extra] = args;
    if (forHelp)
        return { spec };
    if (spec.arg?.required && !target)
        throw new UsageError(`${spec.name} needs ${spec.arg.noun ?? spec.arg.name}`);
    const unexpected = spec.arg ? extra[0] : target;
    if (unexpected !== undefined)
        throw new UsageError(`unexpected argument "${unexpected}" after "${spec.name}"`);
    return { spec, ...(spec.arg && target ? { target } : {}) };
}
/**
 * The words before the command is known (`backup restore ID`): every arg that is not a flag nor the
 * value of a flag that takes one. Only used to find the command; its own parse gives the real ones.
 */
function guessPositionals(argv) {
    const takesValue = new Set(Object.entries(FLAGS).filter(([, f]) => f.type !== 'boolean').map(([n]) => n));
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--')
            return [...out, ...argv.slice(i + 1)];
        if (!a.startsWith('-') || a === '-')
            out.push(a);
        else if (!a.includes('=') && takesValue.has(a.replace(/^--?/, '')) && argv[i + 1] !== undefined && !argv[i + 1].startsWith('-'))
            i++;
    }
    return out;
}
/** The command's own flags (with its aliases) as parseArgs options, and alias → flag name. */
function commandParseOptions(spec) {
    const options = { help: { type: 'boolean', short: 'h' } };
    const canonical = new Map();
    for (const name of flagsOf(spec)) {
        options[name] = { type: FLAGS[name].type === 'boolean' ? 'boolean' : 'string', ...(FLAGS[name].type === 'strings' ? { multiple: true } : {}) };
        canonical.set(name, name);
    }
    for (const [alias, to] of Object.entries(FLAG_ALIASES[spec.name] ?? {})) {
        options[alias] = { type: FLAGS[to].type === 'boolean' ? 'boolean' : 'string' };
        canonical.set(alias, to);
    }
    return { options, canonical };
}
/** Apply one command's flags. A flag the command does not take is a usage error naming both. */
function applyFlags(s, spec, argv) {
    const { options, canonical } = commandParseOptions(spec);
    // strict: false so the messages are ours (naming the command); every token is checked below.
    const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
    const out = { ...s };
    for (const t of tokens) {
        if (t.kind !== 'option')
            continue;
        if (t.name === 'help')
            return { help: commandHelp(spec) };
        const name = canonical.get(t.name);
        if (!name)
            throw new UsageError(`unknown option "${t.rawName}" for "${spec.name}" (see wiki-daily ${spec.name} --help)`);
        const f = FLAGS[name];
        if (f.type === 'boolean') {
            if (t.value !== undefined)
                throw new UsageError(`${t.rawName} takes no value`);
            out[f.key] = !f.negates;
            continue;
        }
        if (t.value === undefined || t.value === '')
            throw new UsageError(`${t.rawName} needs a value`);
        if (f.choices && !f.choices.includes(t.value))
            throw new UsageError(`${t.rawName} must be ${f.choices.join(' or ')}, got "${t.value}"`);
        if (f.type === 'strings')
            out[f.key] = [...(out[f.key] ?? []), t.value];
        else
            out[f.key] = f.type === 'string' ? t.value : parseNumber(t.rawName, t.value, f.type === 'integer');
    }
    return out;
}
/** The help for the words given: a group alone (`backup`) lists its subcommands, else one command's help. */
function helpFor(words) {
    if (!words.length)
        return USAGE;
    if (words.length === 1 && subcommandsOf(words[0]).length)
        return groupHelp(words[0]);
    return commandHelp(resolveCommand(words, true).spec);
}
/**
 * `wiki-daily <command> [sub] [target] [--flags]`. No command is a usage error (exit 2): the daily
 * update, which commits and pushes, only runs when asked for by name.
 */
export function parseCliArgs(argv, env = process.env) {
    const guess = guessPositionals(argv);
    if (guess[0] === 'help')
        return { help: helpFor(guess.slice(1)) };
    if (argv.includes('--help') || argv.includes('-h'))
        return { help: helpFor(guess) };
    // The command decides which flags take a value, so its own parse gives the real positionals.
    const spec = resolveCommand(guess, true).spec;
    const [command, subcommand] = spec.name.split(' ');
    const flagged = applyFlags({ ...defaults(env), command, ...(subcommand ? { subcommand } : {}) }, spec, argv);
    if ('help' in flagged)
        return flagged;
    const { positionals } = parseArgs({ args: argv, options: commandParseOptions(spec).options, strict: false, allowPositionals: true });
    const { target } = resolveCommand(positionals);
    const s = { ...flagged, ...(target ? { target } : {}) };
    const problem = spec.check?.(s);
    if (problem)
        throw new UsageError(problem);
    s.token = env.WIKI_DAILY_TOKEN || undefined;
    s.discordWebhook = env.DISCORD_WEBHOOK_URL || undefined;
    if (env.WIKI_DAILY_WEBHOOK_URL)
        s.webhookUrl = env.WIKI_DAILY_WEBHOOK_URL;
    if (s.command === 'run' && env.WIKI_DAILY_PROMOTE?.trim())
        s.promote = env.WIKI_DAILY_PROMOTE.trim();
    return finish(s);
}
/** The action's inputs, read through a getter (core.getInput in production, a map in tests). */
export function parseActionInputs(getInput, env = process.env) {
    const bool = (name, dflt) => {
        const v = getInput(name).trim().toLowerCase();
        if (v === '')
            return dflt;
        if (['true', 'yes', '1', 'on'].includes(v))
            return true;
        if (['false', 'no', '0', 'off'].includes(v))
            return false;
        throw new UsageError(`input "${name}" must be true or false, got "${v}"`);
    };
    const num = (name) => {
        const v = getInput(name).trim();
        return v === '' ? undefined : parseNumber(`input "${name}"`, v);
    };
    const commandLine = (getInput('command').trim() || 'run').split(/\s+/);
    const target = getInput('backup-id').trim();
    const positionals = [...commandLine];
    if (commandLine[0] === 'backup' && (commandLine[1] === 'restore' || commandLine[1] === 'verify') && target && !commandLine[2])
        positionals.push(target);
    let s = {
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
    if (keep !== undefined)
        s.keep = keep;
    if (maxSizeMb !== undefined)
        s.maxSizeMb = maxSizeMb;
    const runId = getInput('backup-run-id').trim();
    if (runId)
        s.backupRunId = runId;
    const { spec, target: positionalTarget } = resolveCommand(positionals);
    const [command, subcommand] = spec.name.split(' ');
    s = { ...s, command, ...(subcommand ? { subcommand } : {}), ...(positionalTarget ? { target: positionalTarget } : {}) };
    // The action always passes every input (defaults included), so only dry-run is checked per command:
    // asking a command that writes to dry-run when it cannot is an error, never a silent real write.
    if (s.dryRun && !spec.flags.includes('dry-run'))
        throw new UsageError(`input "dry-run" is not supported by "${spec.name}": it would write anyway`);
    const problem = spec.check?.(s);
    if (problem)
        throw new UsageError(problem);
    const token = getInput('token').trim();
    const webhook = getInput('discord-webhook').trim() || env.DISCORD_WEBHOOK_URL || '';
    if (token)
        s.token = token;
    if (webhook)
        s.discordWebhook = webhook;
    // Optional inputs: getInput returns '' for an input action.yml lacks.
    const promote = getInput('promote').trim();
    if (promote)
        s.promote = promote;
    const metricsFile = getInput('metrics-file').trim();
    if (metricsFile)
        s.metricsFile = metricsFile;
    // `from`: the shard output folders for a merging run (daily-sharded.yml), one per line or space-separated.
    const from = getInput('from').split(/\s+/).filter(Boolean);
    if (from.length) {
        if (spec.name !== 'run')
            throw new UsageError(`input "from" is only for "run" (got command "${spec.name}")`);
        s.from = from;
    }
    const webhookUrl = getInput('webhook-url').trim() || env.WIKI_DAILY_WEBHOOK_URL || '';
    if (webhookUrl)
        s.webhookUrl = webhookUrl;
    return finish(s);
}
