#!/usr/bin/env node
// `npm test`: (1) dist/ is what the sources build, (2) the workflows lint clean, (3) the type check,
// (4) the vitest suite on the
// machine's Node (20 here) and again on Node 24 — the runtime action.yml declares — fetched on demand
// into ~/.cache/wiki-daily/node-<version> (never into node_modules, where it would shadow the user's
// `node`). Ends with the plain line `N passed, N failed` that CI reads.
//
// If Node 24 cannot be fetched the pass is skipped loudly; in CI (CI=true) that is a failure, so CI
// never passes without the runner's runtime having run the suite. SKIP_NODE24=1 skips it on purpose.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { ensureNode24, findNodes, NODE24_VERSION } from './lib/runtimes.mjs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

/** PATH where `node` is the given binary, so child processes the tests spawn use the same runtime. */
function pathFor(node) {
  const rest = (process.env.PATH ?? '').split(path.delimiter).filter((d) => !d.split(path.sep).includes('node_modules'));
  return [path.dirname(node), path.join(root, 'node_modules', '.bin-none'), ...rest].join(path.delimiter);
}

function step(name, cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status === 0) passed++;
  else {
    failed++;
    console.error(`✗ ${name} failed (exit ${r.status ?? r.signal})`);
  }
}

// The second runtime runs the unit suites and the process-level Action test (the runner's view);
// the slow in-process git/e2e scenarios run once, on the machine's Node, to keep `npm test` short.
const SECOND_RUNTIME_EXCLUDES = [
  'test/git/repo.test.ts',
  'test/e2e/ops.test.ts',
  'test/e2e/cli.test.ts',
  'test/e2e/run-*.test.ts',
  'test/e2e/newcomer.test.ts',
  'test/e2e/curate.test.ts',
  'test/e2e/demo.test.ts',
  'test/shard/merge.test.ts',
];

function vitest(node, label, excludes = []) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'wiki-daily-test-'));
  const results = path.join(tmp, 'vitest.json');
  console.error(`\n── vitest on ${label} ──`);
  const r = spawnSync(
    node,
    [
      path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${results}`,
      ...excludes.map((e) => `--exclude=${e}`),
      ...extra,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: pathFor(node) } },
  );
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    const json = JSON.parse(readFileSync(results, 'utf8'));
    counts = {
      passed: json.numPassedTests ?? 0,
      failed: json.numFailedTests ?? 0,
      skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
    };
    // A suite that failed to load has no failed tests but must still fail the run.
    if (r.status !== 0 && !json.numFailedTests) counts.failed++;
  } catch {
    counts.failed++;
    console.error(`✗ vitest on ${label} produced no results`);
  }
  rmSync(tmp, { recursive: true, force: true });
  console.error(`${label}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
}

const [main] = findNodes();
const node = main.exe;
if (!process.env.SKIP_CHECK_DIST) step('check-dist', node, [path.join(root, 'scripts', 'check-dist.mjs')]);
step('workflow lint', node, [path.join(root, 'scripts', 'lint-workflows.mjs')]);
step('typecheck', node, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', root]);

vitest(node, `Node ${main.version}`);
if (process.env.SKIP_NODE24) console.error(`\nNode ${NODE24_VERSION} pass skipped (SKIP_NODE24 set)`);
else if (main.version.split('.')[0] === `v${NODE24_VERSION.split('.')[0]}`) console.error(`\nthe machine's Node is ${main.version}: one pass covers Node 24`);
else {
  const n24 = ensureNode24();
  if (n24.exe) {
    if (n24.fetched) console.error(`\nfetched Node ${NODE24_VERSION} into ${path.dirname(path.dirname(n24.exe))}`);
    vitest(n24.exe, `Node ${NODE24_VERSION} (unit suites and the Action as the runner runs it)`, SECOND_RUNTIME_EXCLUDES);
  } else {
    const banner = '!'.repeat(78);
    console.error(`\n${banner}\n!! Node ${NODE24_VERSION} pass NOT RUN: ${n24.error}\n!! The action runs on node24; this run did not test that runtime.\n${banner}`);
    if (process.env.CI === 'true') {
      console.error('✗ in CI the Node 24 pass is required (set SKIP_NODE24=1 to skip it on purpose)');
      failed++;
    }
  }
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
