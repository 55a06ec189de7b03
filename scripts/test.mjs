#!/usr/bin/env node
// `npm test`: (1) dist/ is what the sources build, (2) the type check, (3) the vitest suite.
// Ends with the plain line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function step(name, cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status === 0) passed++;
  else {
    failed++;
    console.error(`✗ ${name} failed (exit ${r.status ?? r.signal})`);
  }
}

if (!process.env.SKIP_CHECK_DIST) step('check-dist', process.execPath, [path.join(root, 'scripts', 'check-dist.mjs')]);
step('typecheck', process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', root]);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'wiki-daily-test-'));
const results = path.join(tmp, 'vitest.json');
const vitest = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}`, ...extra],
  { cwd: root, stdio: 'inherit' },
);
try {
  const json = JSON.parse(readFileSync(results, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
  skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  // A suite that failed to load has no failed tests but must still fail the run.
  if (vitest.status !== 0 && !json.numFailedTests) failed++;
} catch {
  failed++;
  console.error('✗ vitest produced no results');
}
rmSync(tmp, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
