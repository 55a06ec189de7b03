// One bundle, two entry points. The runner executes dist/index.js (the Action); dist/cli.js sets the
// flag below and imports this same bundle, so the CLI and the Action can never drift apart.
// Everything else is imported lazily: the first log line appears before any heavy module loads.
const cliMode = (globalThis as { __WIKI_DAILY_CLI__?: boolean }).__WIKI_DAILY_CLI__ === true;

if (cliMode) {
  void import('./cli/main.js').then(async ({ runCli }) => {
    process.exitCode = await runCli(process.argv.slice(2));
  });
} else {
  process.stdout.write(`wiki-daily: ${process.env['INPUT_COMMAND'] || 'run'} starting (node ${process.version})\n`);
  void import('./action/main.js').then(({ run }) => run());
}
