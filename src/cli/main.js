/**
 * The local CLI (`wiki-daily …`): same commands as the Action, embedded defaults (state folder
 * `.wiki-daily/` in the root), human text on stdout or one JSON value with --json; logs, progress and
 * errors on stderr. No command prints the usage and exits 2.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { execute, failureOutcome } from '../app.js';
import { heldNow } from '../interrupt.js';
import { releaseHeldLocksSync } from '../ops/lock.js';
import { JsonLogger, StderrLogger, redact, registerSecret } from '../log.js';
import { parseCliArgs } from '../settings.js';
import { statePaths } from '../state.js';
import { Journal } from '../run/journal.js';
import { systemClock } from '../time.js';
import { besideProgress, progressReporter } from './progress.js';
/** What an interrupted command leaves behind: files it holds, lock records, uncommitted changes. */
function leftBehind(settings) {
    const out = heldNow();
    try {
        const locks = readdirSync(statePaths(settings.stateDir).locks).filter((f) => f.endsWith('.lock'));
        for (const l of locks)
            out.push(`lock ${l} in ${statePaths(settings.stateDir).locks} (the next run takes it over once stale; or: wiki-daily lock cleanup)`);
    }
    catch {
        // no lock folder: nothing held
    }
    // A run journal means the run had started writing (or was about to): the next run finishes or undoes it.
    const journal = new Journal(statePaths(settings.stateDir).root);
    if (existsSync(journal.file))
        out.push(`the run journal ${journal.file} (the next run finishes or undoes what this run started)`);
    try {
        const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: settings.root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
            .split('\n')
            .filter(Boolean);
        if (dirty.length)
            out.push(`${dirty.length} changed file(s) in ${settings.root} not committed (see git status; git restore/clean undoes them):\n${dirty.slice(0, 20).map((d) => `    ${d}`).join('\n')}`);
    }
    catch {
        // not a git repository, or git missing: nothing to add
    }
    return out;
}
export async function runCli(argv, env = process.env, io) {
    const out = io?.stdout ?? ((t) => process.stdout.write(t));
    let json = argv.includes('--json');
    let outcome;
    let onSigint;
    try {
        const settings = parseCliArgs(argv, env);
        if ('help' in settings) {
            out(`${settings.help}\n`);
            return 0;
        }
        json = settings.json;
        registerSecret(settings.token);
        registerSecret(settings.discordWebhook);
        registerSecret(settings.webhookUrl);
        const progressStream = io?.progress ?? process.stderr;
        const progress = progressReporter(progressStream, systemClock);
        // --log-format json: one JSON object per line for ELK or Loki, so no progress line in between.
        const logger = settings.logFormat === 'json'
            ? new JsonLogger(settings.verbose)
            : besideProgress(new StderrLogger(settings.verbose), progress, { debugShown: settings.verbose });
        onSigint = () => {
            progress.done();
            // Our own locks go first (the lock module would release them at exit anyway), so what is listed
            // below is only what really stays behind.
            const released = releaseHeldLocksSync();
            if (released.length)
                process.stderr.write(`\nreleased lock(s): ${released.join(', ')}`);
            const left = leftBehind(settings);
            process.stderr.write(`\ninterrupted: wiki-daily ${settings.command}${settings.subcommand ? ` ${settings.subcommand}` : ''} stopped.\n`);
            process.stderr.write(left.length ? `It left:\n${left.map((l) => `  - ${l}`).join('\n')}\n` : 'It left nothing behind.\n');
            process.exit(130);
        };
        // `demo --serve` stops on a signal by design and cleans up itself.
        if (!settings.serve)
            process.once('SIGINT', onSigint);
        try {
            outcome = await execute(settings, { logger, clock: systemClock, env, onProgress: (p) => progress.update(p) });
        }
        finally {
            progress.done();
        }
    }
    catch (err) {
        outcome = failureOutcome(err);
        process.stderr.write(`${redact(outcome.text)}\n`);
        if (!json)
            return outcome.exitCode;
    }
    finally {
        if (onSigint)
            process.off('SIGINT', onSigint);
    }
    out(redact(json ? `${JSON.stringify(outcome.json, null, 2)}\n` : `${outcome.text}\n`));
    return outcome.exitCode;
}
