/**
 * The local CLI (`wiki-daily …`): same commands as the Action, embedded defaults (state folder
 * `.wiki-daily/` in the root), human text on stdout or one JSON value with --json; logs on stderr.
 */
import { execute, failureOutcome, type CommandOutcome } from '../app.js';
import { JsonLogger, StderrLogger, redact, registerSecret } from '../log.js';
import { parseCliArgs, USAGE } from '../settings.js';
import { systemClock } from '../time.js';

export interface CliIo {
  stdout: (text: string) => void;
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env, io?: CliIo): Promise<number> {
  const out = io?.stdout ?? ((t: string) => process.stdout.write(t));
  let json = argv.includes('--json');
  let outcome: CommandOutcome;
  try {
    const settings = parseCliArgs(argv, env);
    if (settings === 'help') {
      out(`${USAGE}\n`);
      return 0;
    }
    json = settings.json;
    registerSecret(settings.token);
    registerSecret(settings.discordWebhook);
    registerSecret(settings.webhookUrl);
    const logger = settings.logFormat === 'json' ? new JsonLogger(settings.verbose) : new StderrLogger(settings.verbose);
    outcome = await execute(settings, { logger, clock: systemClock, env });
  } catch (err) {
    outcome = failureOutcome(err);
    process.stderr.write(`${redact(outcome.text)}\n`);
    if (!json) return outcome.exitCode;
  }
  out(redact(json ? `${JSON.stringify(outcome.json, null, 2)}\n` : `${outcome.text}\n`));
  return outcome.exitCode;
}
