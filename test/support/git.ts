/**
 * Real git fixtures for tests: a bare "origin" on disk, clones of it, and an optional loopback smart-HTTP
 * server (git http-backend) for testing authentication. Helpers run plain `git` so the code under test is
 * checked against git itself, not against itself.
 *
 * All helper commands ignore the machine's global and system git config (default branch, hooks, signing,
 * identity), so results are the same on every machine; `isolateGitConfig()` does the same for the code
 * under test.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

let emptyConfig: Promise<string> | undefined;

/** One empty file per test process standing in for ~/.gitconfig. */
function emptyGlobalConfig(): Promise<string> {
  emptyConfig ??= (async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'wiki-git-config-')), 'gitconfig');
    await writeFile(file, '');
    return file;
  })();
  return emptyConfig;
}

const IDENTITY_VARS = ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'EMAIL'];

/** Environment for the helpers' own git commands. */
async function helperEnv(extra: Record<string, string> = {}): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of IDENTITY_VARS) delete env[k];
  return {
    ...env,
    GIT_CONFIG_GLOBAL: await emptyGlobalConfig(),
    GIT_CONFIG_NOSYSTEM: '1',
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
    ...extra,
  };
}

/**
 * Make this test process (and the code under test) ignore the machine's git config and identity, as on a
 * fresh runner. Returns a function that restores the previous environment.
 */
export async function isolateGitConfig(): Promise<() => void> {
  const saved: Record<string, string | undefined> = {};
  const set = (k: string, v: string | undefined) => {
    if (!(k in saved)) saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  };
  set('GIT_CONFIG_GLOBAL', await emptyGlobalConfig());
  set('GIT_CONFIG_NOSYSTEM', '1');
  for (const k of IDENTITY_VARS) set(k, undefined);
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    const pending = emptyConfig;
    emptyConfig = undefined;
    void pending?.then((file) => rm(path.dirname(file), { recursive: true, force: true }));
  };
}

const SYNC_GIT_ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.test', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.test' };

/** Plain git, synchronously, as a fixed author (after isolateGitConfig): for tests that script a repository step by step. */
export function gitSync(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...SYNC_GIT_ENV }, encoding: 'utf8' });
}

/** Run plain git; resolves with stdout, rejects with a message holding the command, cwd and stderr. */
export async function git(cwd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<string> {
  const env = await helperEnv(extraEnv);
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`git ${args.join(' ')} (in ${cwd}) failed: ${stderr || stdout || err.message}`));
      else resolve(stdout);
    });
  });
}

/** `git status --porcelain` lines, sorted; the before/after snapshot tests compare. */
export async function porcelain(dir: string): Promise<string[]> {
  const out = await git(dir, ['status', '--porcelain=v1', '--untracked-files=all']);
  return out.split('\n').filter(Boolean).sort();
}

/** Files changed by a commit, as `<status>\t<path>` (A/M/D). */
export async function commitFiles(dir: string, rev = 'HEAD'): Promise<string[]> {
  const out = await git(dir, ['-c', 'core.quotePath=false', 'show', '--no-renames', '--name-status', '--format=', rev]);
  return out.split('\n').filter(Boolean).sort();
}

/** Write (string) or delete (null) files under dir, creating folders. */
export async function writeFiles(dir: string, files: Record<string, string | null>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    if (content === null) {
      await unlink(file);
    } else {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }
}

export interface Remote {
  /** Base temp folder holding the bare repo and all clones. */
  base: string;
  /** Path of the bare repository ("origin"). */
  bare: string;
  /** Initial commit with these files on main, pushed to the bare repo. */
  seed(files: Record<string, string>): Promise<void>;
  /** A fresh working clone with user.name/email configured locally; `depth` makes a shallow clone. */
  clone(opts?: { depth?: number }): Promise<string>;
  /** Write/delete files in a clone, commit them, and (by default) push to origin main. Returns the sha. */
  commitInClone(
    dir: string,
    files: Record<string, string | null>,
    message: string,
    opts?: { push?: boolean },
  ): Promise<string>;
  /** Commit subjects on the bare main, newest first. */
  log(): Promise<string[]>;
  /** A file's content at the bare main. */
  show(file: string): Promise<string>;
  /** sha of the bare main, or '' when there is none yet. */
  head(): Promise<string>;
  cleanup(): Promise<void>;
}

const SEEDER = {
  GIT_AUTHOR_NAME: 'Seeder',
  GIT_AUTHOR_EMAIL: 'seed@example.test',
  GIT_COMMITTER_NAME: 'Seeder',
  GIT_COMMITTER_EMAIL: 'seed@example.test',
};

export async function makeRemote(): Promise<Remote> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'wiki-git-'));
  const bare = path.join(base, 'origin.git');
  await git(base, ['init', '--quiet', '--bare', '--initial-branch=main', bare]);
  let clones = 0;

  const remote: Remote = {
    base,
    bare,
    async seed(files) {
      const dir = path.join(base, 'seed');
      await git(base, ['init', '--quiet', '--initial-branch=main', dir]);
      await writeFiles(dir, files);
      await git(dir, ['add', '--all']);
      await git(dir, ['commit', '--quiet', '-m', 'seed'], SEEDER);
      await git(dir, ['push', '--quiet', bare, 'HEAD:refs/heads/main']);
      await rm(dir, { recursive: true, force: true });
    },
    async clone(opts = {}) {
      const dir = path.join(base, `clone-${++clones}`);
      const source = opts.depth ? `file://${bare}` : bare;
      // `clone -c` writes the identity into the clone's own .git/config in the same command.
      await git(base, [
        'clone',
        '--quiet',
        '-c',
        `user.name=Person ${clones}`,
        '-c',
        `user.email=person${clones}@example.test`,
        ...(opts.depth ? ['--depth', String(opts.depth)] : []),
        source,
        dir,
      ]);
      return dir;
    },
    async commitInClone(dir, files, message, opts = {}) {
      await writeFiles(dir, files);
      await git(dir, ['add', '--all', '--', ...Object.keys(files)]);
      await git(dir, ['commit', '--quiet', '-m', message]);
      if (opts.push ?? true) await git(dir, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
      return (await git(dir, ['rev-parse', 'HEAD'])).trim();
    },
    async log() {
      const out = await git(bare, ['log', '--format=%s', 'main']);
      return out.split('\n').filter(Boolean);
    },
    async show(file) {
      return git(bare, ['show', `main:${file}`]);
    },
    async head() {
      return (await git(bare, ['rev-parse', '--verify', '--quiet', 'main']).catch(() => '')).trim();
    },
    async cleanup() {
      await rm(base, { recursive: true, force: true });
    },
  };
  return remote;
}

export interface GitHttpServer {
  /** URL of a bare repo under the served root, e.g. url('origin.git'). */
  url(repo: string): string;
  /** Authorization header of every request, in order ('' when absent). */
  authorizations: string[];
  /** Answer the next n requests with HTTP 500 (a flaky server). */
  failNext(n: number): void;
  close(): Promise<void>;
}

/**
 * Serve the bare repos under `root` over smart HTTP on 127.0.0.1 through `git http-backend` (CGI).
 * With `requireAuthorization`, any request whose Authorization header differs gets 401.
 */
export async function serveGitOverHttp(
  root: string,
  opts: { requireAuthorization?: string } = {},
): Promise<GitHttpServer> {
  const authorizations: string[] = [];
  let failures = 0;
  const env = await helperEnv();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const auth = req.headers.authorization ?? '';
    authorizations.push(auth);
    if (failures > 0) {
      failures--;
      res.writeHead(500, { 'content-type': 'text/plain' }).end('flaky');
      req.resume();
      return;
    }
    if (opts.requireAuthorization !== undefined && auth !== opts.requireAuthorization) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end();
      req.resume();
      return;
    }
    const child = spawn('git', ['http-backend'], {
      env: {
        ...env,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-length'] ? { CONTENT_LENGTH: req.headers['content-length'] } : {}),
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_USER: 'bot',
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    req.pipe(child.stdin);
    let head = Buffer.alloc(0);
    let headersSent = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const text = head.toString('latin1');
      const end = text.search(/\r?\n\r?\n/);
      if (end < 0) return;
      const sep = /\r?\n\r?\n/.exec(text.slice(end))![0].length;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of text.slice(0, end).split(/\r?\n/)) {
        const i = line.indexOf(':');
        if (i < 0) continue;
        const name = line.slice(0, i).trim();
        const value = line.slice(i + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      headersSent = true;
      res.write(head.subarray(end + sep));
    });
    child.stderr.resume();
    child.on('close', () => {
      if (!headersSent) res.writeHead(502).end('http-backend produced no headers');
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (repo) => `http://127.0.0.1:${port}/${repo}`,
    authorizations,
    failNext(n) {
      failures = n;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
