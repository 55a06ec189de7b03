/**
 * The GitHub Action: inputs → Settings → the shared dispatcher → job summary, step outputs, report file.
 * The only setFailed is in run()'s catch.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { execute, failureOutcome } from '../app.js';
import { ConfigError, errorMessage, WikiDailyError } from '../errors.js';
import { redact, registerSecret } from '../log.js';
import { configAnnotations, reportAnnotations } from '../report/annotations.js';
import { progressReporter } from '../cli/progress.js';
import { parseActionInputs } from '../settings.js';
import { systemClock } from '../time.js';
class CoreLogger {
    annotateWarnings;
    /**
     * For commands that end in a RunReport (run, collect, demo), the report's warnings and failing
     * sources become the annotations (capped, see report/annotations.ts); their log warnings stay plain
     * log lines so nothing is annotated twice.
     */
    constructor(annotateWarnings = true) {
        this.annotateWarnings = annotateWarnings;
    }
    debug(msg) {
        core.debug(redact(msg));
    }
    info(msg) {
        core.info(redact(msg));
    }
    warn(msg) {
        if (this.annotateWarnings)
            core.warning(redact(msg));
        else
            core.info(`Warning: ${redact(msg)}`);
    }
    error(msg) {
        core.error(redact(msg));
    }
    /** One collapsible group per stage in the job log. */
    group(stage, fn) {
        return core.group(stage, fn);
    }
}
/** An annotation as a workflow command (`::warning file=…,line=…::message`), through @actions/core. */
function annotate(a) {
    const props = {
        ...(a.title ? { title: redact(a.title) } : {}),
        ...(a.file ? { file: a.file } : {}),
        ...(a.line ? { startLine: a.line } : {}),
        ...(a.column ? { startColumn: a.column } : {}),
    };
    const msg = redact(a.message);
    if (a.level === 'error')
        core.error(msg, props);
    else if (a.level === 'warning')
        core.warning(msg, props);
    else
        core.notice(msg, props);
}
/** A path as GitHub maps annotations: relative to the checkout, forward slashes. */
function repoRelative(file) {
    const rel = path.relative(process.env.GITHUB_WORKSPACE || process.cwd(), file);
    return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}
/**
 * An invalid config: one error annotation per problem at its file and line, and a job summary that
 * lists them all — the run never started, so this is all the maintainer gets.
 */
async function reportConfigError(err) {
    const file = repoRelative(err.file);
    for (const a of configAnnotations(file, err.locations, err.message.split('\n')[0] ?? err.message))
        annotate(a);
    if (process.env.GITHUB_STEP_SUMMARY) {
        const { renderConfigErrorSummary } = await import('../report/render.js');
        await core.summary.addRaw(redact(renderConfigErrorSummary(err, file))).write();
    }
}
export async function run() {
    // Once the command's own outputs are set, a failure must not overwrite them: `health` reports
    // status=critical (not "failed") and the watchdog's later steps read it.
    let outputsSet = false;
    try {
        const settings = parseActionInputs((name) => core.getInput(name));
        for (const secret of [settings.token, settings.discordWebhook, settings.webhookUrl]) {
            if (secret) {
                core.setSecret(secret);
                registerSecret(secret);
            }
        }
        core.info(`wiki-daily ${settings.command}${settings.subcommand ? ` ${settings.subcommand}` : ''} in ${settings.root}`);
        const reportCommands = ['run', 'collect', 'demo'];
        // CI logs are not a terminal: a progress line about every 10 s, so long work is never silent.
        const progress = progressReporter({ write: (t) => core.info(t.trimEnd()), isTTY: false }, systemClock);
        const outcome = await execute(settings, {
            logger: new CoreLogger(!reportCommands.includes(settings.command)),
            clock: systemClock,
            env: process.env,
            onProgress: (p) => progress.update(p),
        });
        progress.done();
        if (outcome.report)
            for (const a of reportAnnotations(outcome.report))
                annotate(a);
        for (const [name, value] of Object.entries(outcome.outputs))
            core.setOutput(name, redact(value));
        outputsSet = Object.keys(outcome.outputs).length > 0;
        // Annotation paths are the repository's (the workspace), the outcome's are relative to the wiki root.
        const workspace = process.env.GITHUB_WORKSPACE || settings.root;
        for (const a of outcome.annotations ?? []) {
            const file = path.relative(workspace, path.resolve(settings.root, a.file)).split(path.sep).join('/');
            core.warning(redact(a.message), { file, startLine: a.line, ...(a.title ? { title: a.title } : {}) });
        }
        const reportFile = path.join(process.env.RUNNER_TEMP || settings.stateDir, `wiki-daily-${settings.command}.json`);
        await mkdir(path.dirname(reportFile), { recursive: true });
        await writeFile(reportFile, redact(JSON.stringify(outcome.json, null, 2)));
        core.setOutput('report', reportFile);
        if (outcome.summary && process.env.GITHUB_STEP_SUMMARY)
            await core.summary.addRaw(redact(outcome.summary)).write();
        core.info(redact(outcome.text));
        if (outcome.exitCode !== 0) {
            const reason = outcome.failureReason ?? outcome.report?.reason ?? (outcome.text.split('\n')[0] || 'failed');
            throw new WikiDailyError(redact(reason));
        }
    }
    catch (err) {
        // Outputs first, so a later `if:` step can read status=failed even when the run never started.
        const failure = failureOutcome(err);
        if (!outputsSet)
            for (const [name, value] of Object.entries(failure.outputs))
                core.setOutput(name, redact(value));
        if (err instanceof ConfigError) {
            // Each problem is already an annotation with its line; one more general error would repeat them.
            await reportConfigError(err).catch((e) => core.warning(`config error summary not written: ${redact(errorMessage(e))}`));
            core.info(redact(errorMessage(err)));
            process.exitCode = core.ExitCode.Failure;
            return;
        }
        core.setFailed(redact(errorMessage(err)));
    }
}
