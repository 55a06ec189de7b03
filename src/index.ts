// One bundle, two entry points. The runner executes dist/index.js (the Action); dist/cli.js sets the
// flag below and imports this same bundle, so the CLI and the Action can never drift apart.
// Everything else is imported lazily: the first log line appears before any heavy module loads.
import { tuneHeap } from './heap.js';

const cliMode = (globalThis as { __WIKI_DAILY_CLI__?: boolean }).__WIKI_DAILY_CLI__ === true;
tuneHeap();

/** A chunk that fails to load (a damaged dist/, a missing file) must fail loudly, never exit 0 in silence. */
function loadFailed(what: string, err: unknown): void {
  const message = `wiki-daily: could not load ${what}: ${err instanceof Error ? err.message : String(err)}`;
  if (cliMode) process.stderr.write(`error: ${message}\n`);
  // On the runner an `::error::` line becomes an error annotation on the run (no @actions/core here: it
  // may be the very chunk that failed). Newlines would end the command, so they are escaped.
  else process.stdout.write(`::error title=wiki-daily failed to start::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  process.exitCode = 1;
}

if (cliMode) {
  void import('./cli/main.js').then(
    async ({ runCli }) => {
      process.exitCode = await runCli(process.argv.slice(2));
    },
    (err: unknown) => loadFailed('the CLI', err),
  );
} else {
  process.stdout.write(`wiki-daily: ${process.env['INPUT_COMMAND'] || 'run'} starting (node ${process.version})\n`);
  void import('./action/main.js').then(
    ({ run }) => run(),
    (err: unknown) => loadFailed('the action', err),
  );
}
