/**
 * The GitHub Action: inputs → Settings → the shared dispatcher → job summary, step outputs, report file.
 * The only setFailed is in run()'s catch.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { execute, failureOutcome } from '../app.js';
import { errorMessage, WikiDailyError } from '../errors.js';
import { redact, registerSecret, type Logger } from '../log.js';
import { progressReporter } from '../cli/progress.js';
import { parseActionInputs } from '../settings.js';
import { systemClock } from '../time.js';

class CoreLogger implements Logger {
  debug(msg: string): void {
    core.debug(redact(msg));
  }
  info(msg: string): void {
    core.info(redact(msg));
  }
  warn(msg: string): void {
    core.warning(redact(msg));
  }
  error(msg: string): void {
    core.error(redact(msg));
  }
}

export async function run(): Promise<void> {
  // Once the command's own outputs are set, a failure must not overwrite them: `health` reports
  // status=critical (not "failed") and the watchdog's later steps read it.
  let outputsSet = false;
  try {
    const settings = parseActionInputs((name) => core.getInput(name));
    for (const secret of [settings.token, settings.discordWebhook]) {
      if (secret) {
        core.setSecret(secret);
        registerSecret(secret);
      }
    }
    core.info(`wiki-daily ${settings.command}${settings.subcommand ? ` ${settings.subcommand}` : ''} in ${settings.root}`);
    // CI logs are not a terminal: a progress line about every 10 s, so long work is never silent.
    const progress = progressReporter({ write: (t) => core.info(t.trimEnd()), isTTY: false }, systemClock);
    const outcome = await execute(settings, { logger: new CoreLogger(), clock: systemClock, env: process.env, onProgress: (p) => progress.update(p) });
    progress.done();
    for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, redact(value));
    outputsSet = Object.keys(outcome.outputs).length > 0;
    const reportFile = path.join(process.env.RUNNER_TEMP || settings.stateDir, `wiki-daily-${settings.command}.json`);
    await mkdir(path.dirname(reportFile), { recursive: true });
    await writeFile(reportFile, redact(JSON.stringify(outcome.json, null, 2)));
    core.setOutput('report', reportFile);
    if (outcome.summary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(redact(outcome.summary)).write();
    core.info(redact(outcome.text));
    if (outcome.exitCode !== 0) {
      const reason = outcome.failureReason ?? outcome.report?.reason ?? (outcome.text.split('\n')[0] || 'failed');
      throw new WikiDailyError(redact(reason));
    }
  } catch (err) {
    // Outputs first, so a later `if:` step can read status=failed even when the run never started.
    const failure = failureOutcome(err);
    if (!outputsSet) for (const [name, value] of Object.entries(failure.outputs)) core.setOutput(name, redact(value));
    core.setFailed(redact(errorMessage(err)));
  }
}
