#!/usr/bin/env node
// Prove the committed dist/ is exactly what the sources build: rebuild into a temp folder and compare
// every file (names and bytes). Exit 1 with the differences otherwise.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'wiki-daily-dist-'));
const fresh = path.join(tmp, 'dist');

function files(dir) {
  const out = [];
  const walk = (rel) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const p = path.join(rel, name);
      if (statSync(path.join(dir, p)).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  try {
    walk('');
  } catch {
    return [];
  }
  return out.sort();
}

try {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), fresh], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const committed = files(path.join(root, 'dist'));
  const built = files(fresh);
  const problems = [];
  for (const f of built) if (!committed.includes(f)) problems.push(`missing from dist/: ${f}`);
  for (const f of committed) if (!built.includes(f)) problems.push(`stale file in dist/: ${f}`);
  for (const f of built.filter((x) => committed.includes(x))) {
    if (!readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(root, 'dist', f)))) problems.push(`differs: dist/${f}`);
  }
  if (problems.length) {
    console.error(`check-dist: dist/ is not what the sources build (run \`npm run build\` and commit dist/):\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.error(`check-dist: dist/ matches the sources (${built.length} files)`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
