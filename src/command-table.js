/**
 * Every command of the CLI (and the Action's `command` input) as one declarative entry: its flags with
 * their types, its positional argument, its help text and whether it writes. The parser in settings.ts,
 * the global usage and each command's `--help` are all derived from this table, so adding a command or
 * a flag is one entry here (plus its code), never a parser edit.
 */
import { isSnapshotId } from './ops/backup/store.js';
export const COMMANDS = ['run', 'collect', 'demo', 'backup', 'health', 'status', 'monitor', 'lock', 'schema', 'lint', 'links', 'promote', 'reject', 'shards'];
/** A snapshot id or a workflow run id given on the command line or as an action input. */
function checkBackupIds(s) {
    if (s.target !== undefined && !isSnapshotId(s.target))
        return `"${s.target}" is not a snapshot id (they look like 20261127T000012Z-5556df99: see backup list or a daily run's summary)`;
    if (s.backupRunId !== undefined && !/^[1-9]\d{0,19}$/.test(s.backupRunId))
        return `run id "${s.backupRunId}" is not a workflow run id (a number, as in …/actions/runs/<id>)`;
    return undefined;
}
/** Flags every command takes. */
const COMMON_FLAGS = ['config', 'root', 'state', 'json', 'verbose', 'log-format'];
/** Every flag any command takes. A flag a command does not list is a usage error for that command. */
export const FLAGS = {
    config: { type: 'string', key: 'configFile', value: 'FILE', help: 'config file (default wiki-daily.yml in the root)' },
    root: { type: 'string', key: 'root', value: 'DIR', help: 'wiki root (default: current directory)' },
    state: { type: 'string', key: 'stateDir', value: 'DIR', help: 'state folder (default .wiki-daily in the root; git-ignored)' },
    json: { type: 'boolean', key: 'json', help: 'print one JSON value on stdout (logs go to stderr)' },
    verbose: { type: 'boolean', key: 'verbose', help: 'debug logging; `collect` lists every item' },
    'dry-run': { type: 'boolean', key: 'dryRun', help: 'write nothing; show what would change' },
    'no-push': { type: 'boolean', key: 'push', negates: true, help: 'commit but do not push' },
    force: { type: 'boolean', key: 'force', help: 'run even if a successful run happened less than 6 h ago today' },
    refresh: { type: 'boolean', key: 'refresh', help: 'ignore the HTTP cache freshness window (conditional requests still sent)' },
    keep: { type: 'integer', key: 'keep', value: 'N', help: 'snapshots to keep (default backup.keep)' },
    'max-size': { type: 'number', key: 'maxSizeMb', value: 'MB', help: 'store size budget (default backup.maxSizeMb)' },
    interval: { type: 'number', key: 'intervalSeconds', value: 'S', help: 'seconds between samples (required, > 0)' },
    count: { type: 'integer', key: 'count', value: 'N', help: 'how many (see the command)' },
    'run-id': { type: 'string', key: 'backupRunId', value: 'ID', help: 'the workflow run whose artifact holds the snapshot (Actions)' },
    out: { type: 'string', key: 'out', value: 'PATH', help: 'where to write (see the command)' },
    'log-format': { type: 'string', key: 'logFormat', value: 'F', choices: ['text', 'json'], help: 'text (default) or json: one JSON object per log line on stderr (ELK, Loki)' },
    metrics: { type: 'string', key: 'metricsFile', value: 'FILE', help: "write the run's figures in the Prometheus text format (node-exporter textfile collector)" },
    to: { type: 'string', key: 'promoteTo', value: 'PAGE', help: 'promote to this page instead of the routed one' },
    shard: { type: 'string', key: 'shard', value: 'I/N', help: 'collect only shard I of N (sources split by host; see shards)' },
    plan: { type: 'string', key: 'shardPlan', value: 'FILE', help: 'the shard plan written by `shards --out` (default: planned again from the config)' },
    from: { type: 'strings', key: 'from', value: 'DIR', help: 'skip collection and use the shard outputs in DIR (repeatable)' },
    'keep-workspace': { type: 'boolean', key: 'keepWorkspace', help: 'keep the temporary demo wiki instead of deleting it' },
    serve: { type: 'boolean', key: 'serve', help: 'only prepare the demo wiki and serve the fixture feeds until stopped' },
    wiki: { type: 'string', key: 'demoWiki', value: 'DIR', help: "copy this wiki (its pages/, news/, data/ and wiki-daily.yml) instead of the repository's own" },
};
/** Short aliases: `demo --keep` reads better than `--keep-workspace`, and `--keep N` belongs to prune. */
export const FLAG_ALIASES = {
    demo: { keep: 'keep-workspace' },
};
export const COMMAND_TABLE = [
    {
        name: 'run',
        flags: ['dry-run', 'no-push', 'force', 'refresh', 'metrics', 'from'],
        summary: 'the daily update: collect → gate → write pages → commit → push → report',
        help: `Collects every source, writes new entries into the pages, commits exactly the files it changed in
this clone and pushes the commit to the remote (git.remote/git.branch in the config).
Try it safely first: \`wiki-daily demo\` (offline, a temporary copy), \`run --dry-run\` (writes nothing,
prints the planned edits as a diff), \`run --no-push\` (commits locally only).`,
        writes: 'wiki',
    },
    {
        name: 'collect',
        flags: ['refresh', 'shard', 'out', 'plan'],
        summary: 'fetch and parse every source; list per source its counts and newest titles (no wiki writes)',
        help: 'Shows per source how many items it gave and the newest titles (every item with --verbose). Writes only the HTTP cache in the state folder.',
        flagHelp: { out: { value: 'DIR', help: 'with --shard: the folder the shard output is written to (for run --from)' } },
        writes: 'state',
        check: (s) => (s.shard !== undefined && !s.out ? 'collect --shard needs --out DIR (the folder the shard output is written to)' : s.out && s.shard === undefined ? 'collect --out needs --shard I/N' : undefined),
    },
    {
        name: 'demo',
        flags: ['keep-workspace', 'serve', 'out', 'wiki'],
        summary: 'the whole daily update offline against bundled fixture feeds, in a temporary copy of the wiki',
        help: 'Serves fixture feeds on 127.0.0.1, copies the wiki into a temporary git clone with a bare origin,\nruns the update twice and prints what a maintainer reads. The temporary folder is removed unless --keep.',
        flagHelp: { out: { value: 'FILE', help: 'with --serve: write {root, configFile, url} of the prepared demo wiki to FILE' } },
        writes: 'temp',
        check: (s) => (s.out && !s.serve ? 'demo --out needs --serve (the demo prints its summary on stdout)' : undefined),
    },
    { name: 'backup create', flags: [], summary: 'snapshot pages/, news/ and data/ into the backup store', writes: 'state' },
    { name: 'backup list', flags: [], summary: 'list the snapshots, newest first', writes: 'nothing' },
    {
        name: 'backup verify',
        arg: { name: 'ID', required: false, help: 'one snapshot (default: all)' },
        flags: [],
        summary: 'check every stored file against its hash',
        writes: 'nothing',
        check: checkBackupIds,
    },
    {
        name: 'backup restore',
        arg: { name: 'ID', required: true, help: 'the snapshot id (see backup list, or a daily run summary)', noun: 'a snapshot ID' },
        flags: ['run-id', 'no-push'],
        summary: 'put the wiki back as it was in a snapshot (on Actions: as a commit)',
        help: 'Verifies the snapshot first; a damaged snapshot restores nothing.',
        writes: 'wiki',
        check: checkBackupIds,
    },
    { name: 'backup prune', flags: ['keep', 'max-size'], summary: 'drop old snapshots beyond --keep / --max-size', writes: 'state' },
    { name: 'health', flags: [], summary: 'system, git, lock, backup and run checks (exit 1 when critical)', writes: 'state' },
    { name: 'status', flags: ['dry-run'], summary: 'write pages/system_status.md from run history and health', writes: 'wiki' },
    {
        name: 'monitor',
        flags: ['interval', 'count'],
        summary: 'print health every --interval seconds',
        help: 'One line per sample until Ctrl-C, or N samples with --count. --json needs --count (it prints one JSON array at the end).',
        flagHelp: { count: 'stop after N samples (default: until Ctrl-C)' },
        writes: 'nothing',
        check: (s) => {
            if (s.intervalSeconds === undefined)
                return 'monitor needs --interval S (seconds between samples)';
            if (!(s.intervalSeconds > 0))
                return '--interval must be more than 0 seconds';
            if (s.json && s.count === undefined)
                return 'monitor --json needs --count N: it prints one JSON array when the samples are done';
            return undefined;
        },
    },
    { name: 'lock status', flags: [], summary: 'show the CLI lock and whether it is stale', writes: 'nothing' },
    { name: 'lock cleanup', flags: ['dry-run'], summary: 'remove stale locks', writes: 'state' },
    { name: 'lock test', flags: [], summary: 'check that locking works in the state folder', writes: 'state' },
    {
        name: 'schema',
        flags: ['out'],
        summary: 'print the JSON Schema of the config file',
        flagHelp: { out: { value: 'FILE', help: 'write the schema to FILE instead of stdout' } },
        writes: 'nothing',
    },
    {
        name: 'lint',
        flags: [],
        summary: "check the wiki's content (config, routed pages, regions, entries, ids, seen file, TOC markers, pinned facts); each problem as file:line",
        help: 'Exit 1 when there is any problem. Works for any valid wiki, empty or with 100,000 entries.',
        writes: 'nothing',
    },
    {
        name: 'links',
        flags: ['refresh', 'dry-run'],
        summary: 'check every link in pages/ and write pages/link_health.md (exit 1 only above links.failAbove)',
        help: 'Each unique URL is checked once (HEAD, GET when HEAD is refused) through the same polite fetcher as collect.\nResults are kept for links.keepDays in the state folder; --refresh checks every link again.',
        flagHelp: {
            refresh: 'check every link again, ignoring the results kept for links.keepDays',
            'dry-run': 'check the links but write nothing (no report page, no kept results, no commit)',
        },
        writes: 'wiki',
    },
    {
        name: 'promote',
        arg: { name: 'ID', required: true, help: 'the entry id in the promotion queue or the candidate pool', noun: 'an entry ID' },
        flags: ['to', 'no-push', 'dry-run'],
        summary: 'move a queue/pool entry to its routed page (or --to PAGE); commit and push',
        flagHelp: { 'dry-run': 'write, commit and push nothing; print the planned edits as a diff' },
        writes: 'wiki',
    },
    {
        name: 'reject',
        arg: { name: 'ID', required: true, help: 'the entry id in the promotion queue or the candidate pool', noun: 'an entry ID' },
        flags: ['no-push', 'dry-run'],
        summary: 'remove a queue/pool entry for good (recorded in data/rejected.tsv); commit and push',
        flagHelp: { 'dry-run': 'write, commit and push nothing; print the planned edits as a diff' },
        writes: 'wiki',
    },
    {
        name: 'shards',
        flags: ['count', 'out'],
        summary: 'split the sources by host into --count N shards; --json prints the Actions matrix',
        help: 'Every host lives in exactly one shard (per-host politeness holds across shards); the split is balanced\nby the cost measured in earlier runs and deterministic. --out FILE writes the plan for `collect --plan`.',
        flagHelp: {
            count: 'how many shards to split the sources into (required, 1 or more)',
            out: { value: 'FILE', help: 'write the shard plan to FILE (read by collect --plan)' },
        },
        writes: 'nothing',
        check: (s) => (s.count === undefined || s.count < 1 ? 'shards needs --count N (1 or more)' : undefined),
    },
];
export function findCommand(name) {
    return COMMAND_TABLE.find((c) => c.name === name);
}
/** Subcommand names of a group (`backup` → create, list, …); empty for a plain command. */
export function subcommandsOf(group) {
    return COMMAND_TABLE.filter((c) => c.name.startsWith(`${group} `)).map((c) => c.name.slice(group.length + 1));
}
export function flagsOf(spec) {
    return [...COMMON_FLAGS, ...spec.flags];
}
/** A flag's placeholder and help as this command means it (its override, else the shared text). */
function flagText(name, spec) {
    const f = FLAGS[name];
    const own = spec.flagHelp?.[name];
    if (own === undefined)
        return { ...(f.value ? { value: f.value } : {}), help: f.help };
    return typeof own === 'string' ? { ...(f.value ? { value: f.value } : {}), help: own } : own;
}
function flagLine(name, spec) {
    const alias = Object.entries(FLAG_ALIASES[spec.name] ?? {}).find(([, to]) => to === name)?.[0];
    const { value, help } = flagText(name, spec);
    return `  ${`--${alias ?? name}${value ? ` ${value}` : ''}`.padEnd(18)}${help}`;
}
export function commandHelp(spec) {
    const synopsis = `wiki-daily ${spec.name}${spec.arg ? (spec.arg.required ? ` ${spec.arg.name}` : ` [${spec.arg.name}]`) : ''} [options]`;
    const lines = [`Usage: ${synopsis}`, '', spec.summary];
    if (spec.help)
        lines.push('', spec.help);
    if (spec.arg)
        lines.push('', `  ${spec.arg.name.padEnd(18)}${spec.arg.help}`);
    const own = spec.flags;
    if (own.length) {
        lines.push('', 'Options:');
        for (const f of own)
            lines.push(flagLine(f, spec));
    }
    lines.push('', 'Common options:');
    for (const f of COMMON_FLAGS)
        lines.push(flagLine(f, spec));
    if (spec.writes !== 'nothing' && !spec.flags.includes('dry-run'))
        lines.push('', `Writes ${spec.writes === 'wiki' ? 'in the wiki' : spec.writes === 'temp' ? 'a temporary folder' : 'in the state folder'}; --dry-run is not accepted.`);
    return lines.join('\n');
}
/** `wiki-daily backup --help`: the subcommands of a group, each with its summary. */
export function groupHelp(group) {
    const specs = COMMAND_TABLE.filter((c) => c.name.startsWith(`${group} `));
    const subs = specs.map((s) => s.name.slice(group.length + 1));
    return [
        `Usage: wiki-daily ${group} <${subs.join('|')}> [options]`,
        '',
        'Subcommands:',
        ...specs.map((s) => `  ${(s.name.slice(group.length + 1) + (s.arg ? ` ${s.arg.required ? s.arg.name : `[${s.arg.name}]`}` : '')).padEnd(22)}${s.summary}`),
        '',
        `wiki-daily ${group} <subcommand> --help shows the options of one subcommand.`,
    ].join('\n');
}
export function globalUsage() {
    const groups = new Map();
    for (const c of COMMAND_TABLE) {
        const g = c.name.split(' ')[0];
        groups.set(g, [...(groups.get(g) ?? []), c]);
    }
    const lines = ['Usage: wiki-daily <command> [options]', '', 'Commands:'];
    for (const [g, specs] of groups) {
        if (specs.length === 1 && specs[0].name === g) {
            lines.push(`  ${g.padEnd(24)}${specs[0].summary}`);
            continue;
        }
        lines.push(`  ${g} ${specs.map((s) => s.name.slice(g.length + 1)).join('|')}`);
        for (const s of specs)
            lines.push(`    ${(s.name.slice(g.length + 1) + (s.arg ? ` ${s.arg.required ? s.arg.name : `[${s.arg.name}]`}` : '')).padEnd(22)}${s.summary}`);
    }
    lines.push('', 'Common options:', ...COMMON_FLAGS.map((f) => `  ${`--${f}${FLAGS[f].value ? ` ${FLAGS[f].value}` : ''}`.padEnd(18)}${FLAGS[f].help}`), '', 'wiki-daily <command> --help shows the options of one command.', 'Environment: DISCORD_WEBHOOK_URL (alerts), WIKI_DAILY_WEBHOOK_URL (run summary JSON), WIKI_DAILY_TOKEN (push auth,', "  optional; otherwise git's own credentials), WIKI_DAILY_PROMOTE (run: ids to promote, like the action's promote input).", 'Exit codes: 0 success/partial/skipped, 1 failed, 2 usage or config error, 130 interrupted (Ctrl-C).');
    return lines.join('\n');
}
