/**
 * Child processes for the process-level tests: the built Action (`node dist/index.js`) and the built
 * CLI (`node dist/cli.js`), each with a controlled environment, captured stdout/stderr, its exit
 * code or signal, and a hard timeout (a hung child fails the test instead of hanging the suite).
 *
 * The environment starts from this process's, minus everything that would make the child behave
 * differently on a developer machine, in CI or on a runner: GitHub/Actions/runner variables, action
 * inputs, tokens, the webhook variable, proxies and the machine's git config and identity (CI is a
 * fresh machine with no git identity).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ACTION_ENTRY = path.join(PROJECT_ROOT, 'dist', 'index.js');
export const CLI_ENTRY = path.join(PROJECT_ROOT, 'dist', 'cli.js');

const DEFAULT_TIMEOUT_MS = 25_000;

export interface ProcResult {
  /** Exit code; null when the process ended by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** The process was killed by our timeout. */
  timedOut: boolean;
}

export interface ProcOptions {
  /** Merged over cleanEnv(); a value of undefined removes the variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
}

export interface RunningProcess {
  child: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has exited and its pipes are drained. */
  result: Promise<ProcResult>;
  /** Resolves once `pattern` appears on stderr (rejects if the process ends first or on timeout). */
  waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): void;
}

let emptyGitConfig: string | undefined;

function gitConfigFile(): string {
  if (!emptyGitConfig) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wiki-proc-gitconfig-'));
    emptyGitConfig = path.join(dir, 'gitconfig');
    writeFileSync(emptyGitConfig, '');
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return emptyGitConfig;
}

const DROPPED = [
  /^GITHUB_/,
  /^ACTIONS_/,
  /^RUNNER_/,
  /^INPUT_/,
  /^GIT_/,
  /_proxy$/i,
  /^(DISCORD_WEBHOOK_URL|WIKI_DAILY_TOKEN|EMAIL|CI|NODE_OPTIONS|VITEST.*|NODE_ENV|FORCE_COLOR|NO_COLOR)$/,
];

/** This process's environment without anything that would change the child's behaviour. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || DROPPED.some((re) => re.test(k))) continue;
    env[k] = v;
  }
  return {
    ...env,
    GIT_CONFIG_GLOBAL: gitConfigFile(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    NO_PROXY: '127.0.0.1,localhost',
  };
}

function buildEnv(extra: ProcOptions['env']): NodeJS.ProcessEnv {
  const env = cleanEnv();
  for (const [k, v] of Object.entries(extra ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Start `node <script> ...args`; the caller awaits `result`. */
export function startNode(script: string, args: string[], opts: ProcOptions = {}): RunningProcess {
  const started = Date.now();
  const child = spawn(process.execPath, [script, ...args], {
    cwd: opts.cwd ?? PROJECT_ROOT,
    env: buildEnv(opts.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start node ${script}`);
  let stdout = '';
  let stderr = '';
  const stderrWaiters = new Set<{ pattern: RegExp; resolve: () => void }>();
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    for (const w of [...stderrWaiters]) {
      if (w.pattern.test(stderr)) {
        stderrWaiters.delete(w);
        w.resolve();
      }
    }
  });
  let timedOut = false;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const result = new Promise<ProcResult>((resolve, reject) => {
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`node ${script} ${args.join(' ')}: ${err.message}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, durationMs: Date.now() - started, timedOut });
    });
  });
  return {
    child,
    pid: child.pid,
    stdout: () => stdout,
    stderr: () => stderr,
    result,
    waitForStderr(pattern, waitMs = timeoutMs) {
      if (pattern.test(stderr)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const entry = { pattern, resolve: () => (clearTimeout(t), resolve()) };
        const t = setTimeout(() => {
          stderrWaiters.delete(entry);
          reject(new Error(`stderr never matched ${pattern} within ${waitMs} ms; stderr so far:\n${stderr}`));
        }, waitMs);
        stderrWaiters.add(entry);
        void result.then(() => {
          if (!stderrWaiters.has(entry)) return;
          stderrWaiters.delete(entry);
          clearTimeout(t);
          reject(new Error(`process ended before stderr matched ${pattern}; stderr:\n${stderr}`));
        });
      });
    },
    kill(signal = 'SIGTERM') {
      child.kill(signal);
    },
  };
}

/** `node dist/cli.js ...args` to completion. */
export function runCliProcess(args: string[], opts: ProcOptions = {}): Promise<ProcResult> {
  return startNode(CLI_ENTRY, args, opts).result;
}

export function startCliProcess(args: string[], opts: ProcOptions = {}): RunningProcess {
  return startNode(CLI_ENTRY, args, opts);
}

/**
 * `node dist/index.js` as the runner starts it: inputs arrive as `INPUT_<NAME>` variables with the
 * name upper-cased and hyphens kept (`INPUT_DRY-RUN`), which only an env object can carry.
 */
export function runActionProcess(
  inputs: Record<string, string>,
  env: Record<string, string | undefined>,
  opts: Omit<ProcOptions, 'env'> = {},
): Promise<ProcResult> {
  const inputEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs)) inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return startNode(ACTION_ENTRY, [], { ...opts, env: { ...env, ...inputEnv } }).result;
}

/**
 * Parse a GITHUB_OUTPUT file: `name<<DELIM\nvalue\nDELIM` blocks (what @actions/core writes) and
 * plain `name=value` lines. A name written twice keeps the last value, as the runner does.
 */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: block "${name}" has no closing ${delim}`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: unreadable line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** Exactly one JSON value on stdout (whitespace around it allowed); throws with the text otherwise. */
export function parseSingleJson(stdout: string): unknown {
  try {
    return JSON.parse(stdout);
  } catch (err) {
    throw new Error(`stdout is not exactly one JSON value (${(err as Error).message}):\n${stdout.slice(0, 2000)}`);
  }
}
