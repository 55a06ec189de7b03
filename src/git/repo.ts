/**
 * git behind a small interface, with simple-git spawning the processes.
 *
 * The old system swept a person's unfinished edits into bot commits (`git add -A`) and never rebased before
 * pushing. Here:
 * - commits are built in a temporary index from exactly the given paths (plumbing: read-tree, update-index,
 *   write-tree, commit-tree, update-ref), so whatever a person has staged, modified or left untracked stays
 *   exactly as it was;
 * - a rejected push is rebased in a throw-away linked worktree, so the person's working tree is never
 *   stashed or reset; only when the rebase succeeded is the checkout moved forward with a two-tree
 *   `read-tree -m -u`, which carries local edits along and refuses (changing nothing) if they would be hit;
 * - a token is handed to one git process through GIT_CONFIG_* environment variables, never written to disk.
 */
import { Buffer } from 'node:buffer';
import { mkdtemp, readdir, realpath, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleGit } from 'simple-git';
import { GitError, errorMessage } from '../errors.js';
import { redact, registerSecret, type Logger } from '../log.js';
import { retry } from '../retry.js';
import { systemClock, type Clock } from '../time.js';
import { crashPoint } from '../faults.js';

interface CommitResult {
  committed: boolean;
  sha?: string;
  files: string[];
}

export interface PushResult {
  pushed: boolean;
  attempts: number;
  rebased: boolean;
  sha?: string;
  error?: string;
}

export interface GitIdentity {
  name: string;
  email: string;
}

export interface PushOptions {
  remote: string;
  /** Remote branch to update; default: the current branch. */
  branch?: string;
  attempts: number;
  token?: string;
  clock?: Clock;
  /** Backoff jitter in [0, 1); tests fix it. */
  random?: () => number;
}

export interface GitRepo {
  root: string;
  isRepo(): Promise<boolean>;
  headSha(): Promise<string | undefined>;
  currentBranch(): Promise<string>;
  /** paths with uncommitted changes (modified, staged, untracked), relative to root */
  dirtyFiles(): Promise<string[]>;
  /** stage and commit EXACTLY these files (added, modified or deleted); nothing else in the index or tree is included */
  /**
   * Stage and commit EXACTLY these files; nothing else in the index or tree is included. `contents`
   * overrides what is committed for some of them (text, or null = delete) instead of the file on disk:
   * the bot's own change to a page a person is editing is committed without the person's edit.
   */
  commitFiles(files: string[], message: string, author: GitIdentity, contents?: ReadonlyMap<string, string | null>): Promise<CommitResult>;
  /** A file's text at HEAD (root-relative path); undefined when HEAD does not have it. */
  readHead(file: string): Promise<string | undefined>;
  /** fetch + rebase + push, up to `attempts` times */
  push(opts: PushOptions): Promise<PushResult>;
  /** ahead/behind vs the remote tracking branch (for health) */
  aheadBehind(remote: string, branch?: string): Promise<{ ahead: number; behind: number } | undefined>;
  /** The same repository whose git processes are killed when `signal` aborts (the stage budget). */
  withSignal(signal: AbortSignal): GitRepo;
  /** HEAD is not on a branch. */
  isDetached(): Promise<boolean>;
  /** A remote of that name (or a URL/path given directly) is configured. */
  hasRemote(remote: string): Promise<boolean>;
  /** Commits on HEAD that the remote-tracking branch lacks, oldest first; undefined when there is no tracking ref. */
  unpushedCommits(remote: string, branch?: string): Promise<{ sha: string; authorEmail: string }[] | undefined>;
  /** First parent and author e-mail of a commit. */
  commitInfo(sha: string): Promise<{ parent?: string; authorEmail: string }>;
  /** The oldest commit on HEAD's first-parent line after `base` (undefined when HEAD is `base`). */
  firstCommitAfter(base: string): Promise<string | undefined>;
  /**
   * Under `paths` (root-relative folders or files), reset index entries to HEAD where the index
   * differs from HEAD but the working tree equals HEAD: what a commit killed between moving HEAD and
   * refreshing the index leaves (staged reversals). A person's staged edit (the working tree carries
   * it too) is left alone. Returns the root-relative paths reset.
   */
  resetStaleIndex(paths: string[]): Promise<string[]>;
  /** Move HEAD back from `sha` to `parent` (only if HEAD is still `sha`) and reset those paths' index entries. */
  undoCommit(sha: string, parent: string, files: string[]): Promise<void>;
}

type Env = Record<string, string>;

interface Layout {
  /** Real path of the top-level folder. */
  top: string;
  /** This worktree's git folder (where MERGE_HEAD, rebase-merge… live). */
  gitDir: string;
  /** Root relative to top ('' when they are the same). */
  prefix: string;
  realRoot: string;
}

/**
 * simple-git refuses to run when the environment holds variables it considers risky (EDITOR, GIT_ASKPASS,
 * GIT_CONFIG_GLOBAL, GIT_SSH_COMMAND…). Those guard against untrusted arguments; ours are fixed by this
 * module and paths always follow `--` or go through update-index, while such variables are normal on
 * developer machines and runners (and GIT_CONFIG_COUNT is how the token travels). Argument checks stay on.
 */
const ENV_CATEGORIES_ALLOWED = {
  allowUnsafeAskPass: true,
  allowUnsafeConfigEnvCount: true,
  allowUnsafeConfigPaths: true,
  allowUnsafeDiffExternal: true,
  allowUnsafeEditor: true,
  allowUnsafeGitProxy: true,
  allowUnsafePager: true,
  allowUnsafeSshCommand: true,
  allowUnsafeTemplateDir: true,
};

/**
 * C locale: error classification reads git's English messages. No prompts: a bot must fail, not hang on a
 * username question. Literal pathspecs: a page called `*.md` or `:x` is a file name, not a pattern.
 */
const BASE_ENV: Env = {
  LC_ALL: 'C',
  LANGUAGE: 'C',
  GIT_TERMINAL_PROMPT: '0',
  GIT_LITERAL_PATHSPECS: '1',
  GIT_EDITOR: 'true',
};

/** How many paths go on one command line (keeps far below ARG_MAX on every platform). */
const PATH_CHUNK = 200;

class GitCommandError extends GitError {
  constructor(
    readonly command: string,
    readonly output: string,
  ) {
    super(`git ${command} failed: ${output.trim() || '(no output)'}`);
  }
}

function ambientEnv(): Env {
  const env: Env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return env;
}

async function runGit(cwd: string, args: string[], extraEnv: Env = {}, signal?: AbortSignal): Promise<string> {
  let git;
  try {
    git = simpleGit({
      baseDir: cwd,
      ...(signal ? { abort: signal } : {}),
      trimmed: false,
      unsafe: ENV_CATEGORIES_ALLOWED,
      // Any non-zero exit is a failure, with stdout included: rebase reports conflicts on stdout.
      errors(error, result) {
        if (error) return error;
        if (result.exitCode === 0) return undefined;
        const out = Buffer.concat([...result.stdOut, ...result.stdErr]);
        return out.length ? out : Buffer.from(`exit code ${result.exitCode}`);
      },
    }).env({ ...ambientEnv(), ...BASE_ENV, ...extraEnv });
  } catch (err) {
    throw new GitError(redact(`cannot run git in ${cwd}: ${errorMessage(err)}`));
  }
  try {
    return await git.raw(args);
  } catch (err) {
    throw new GitCommandError(redact(args.slice(0, 2).join(' ')), redact(errorMessage(err)));
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function splitZ(text: string): string[] {
  return text.split('\0').filter((s) => s.length > 0);
}

function identityEnv(who: GitIdentity, committer: GitIdentity = who): Env {
  return {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
  };
}

/**
 * Environment that makes one git process send `Authorization: basic base64(x-access-token:<token>)`.
 * The header key is scoped to the remote's origin (as actions/checkout does), and first reset with an empty
 * value so a credential persisted by actions/checkout for the same origin is replaced, not sent twice.
 */
function tokenEnv(token: string, remoteUrl: string | undefined, ambient: Env = ambientEnv()): Env {
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  registerSecret(token);
  registerSecret(Buffer.from(token, 'utf8').toString('base64'));
  registerSecret(basic);
  let key = 'http.extraheader';
  if (remoteUrl) {
    try {
      const u = new URL(remoteUrl);
      if (u.protocol === 'http:' || u.protocol === 'https:') key = `http.${u.protocol}//${u.host}/.extraheader`;
    } catch {
      // not a URL (a path or scp-like ssh address): the header is irrelevant there, keep the generic key
    }
  }
  // Append after any GIT_CONFIG_* entries the environment already carries instead of clobbering them.
  const start = Number.parseInt(ambient.GIT_CONFIG_COUNT ?? '0', 10) || 0;
  return {
    GIT_CONFIG_COUNT: String(start + 2),
    [`GIT_CONFIG_KEY_${start}`]: key,
    [`GIT_CONFIG_VALUE_${start}`]: '',
    [`GIT_CONFIG_KEY_${start + 1}`]: key,
    [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${basic}`,
  };
}

/** `[rejected] … (fetch first | non-fast-forward)`: the remote branch moved; `[remote rejected]` is a hook's no. */
function isRejectedBecauseRemoteMoved(message: string): boolean {
  return /\[rejected\]/.test(message) && /fetch first|non-fast-forward|stale info/.test(message);
}

/** Failures that another attempt cannot fix. */
function isPermanentPushFailure(message: string): boolean {
  return /Authentication failed|could not read Username|terminal prompts disabled|returned error: 40[134]|Permission denied|Repository not found|does not appear to be a git repository|\[remote rejected\]|protected branch/i.test(
    message,
  );
}

function firstLines(text: string, max = 6): string {
  const lines = text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim().length > 0);
  return lines.slice(0, max).join('\n') + (lines.length > max ? `\n… (${lines.length - max} more lines)` : '');
}

class RebaseConflict extends Error {
  constructor(
    readonly files: string[],
    readonly output: string,
  ) {
    super(`rebase conflict in ${files.join(', ') || '(unknown files)'}`);
  }
}

class SimpleGitRepo implements GitRepo {
  private layout?: Promise<Layout>;

  constructor(
    readonly root: string,
    private readonly logger: Logger,
    private readonly signal?: AbortSignal,
  ) {}

  private git(args: string[], env?: Env, cwd = this.root): Promise<string> {
    this.logger.debug(`git ${args.join(' ')}${cwd === this.root ? '' : ` (in ${cwd})`}`);
    return runGit(cwd, args, env, this.signal);
  }

  withSignal(signal: AbortSignal): GitRepo {
    return new SimpleGitRepo(this.root, this.logger, signal);
  }

  async isDetached(): Promise<boolean> {
    try {
      await this.git(['symbolic-ref', '--quiet', 'HEAD']);
      return false;
    } catch (err) {
      if (err instanceof GitCommandError && /exit code 1$/.test(err.output.trim())) return true;
      throw err;
    }
  }

  async hasRemote(remote: string): Promise<boolean> {
    const names = (await this.git(['remote'])).split('\n').map((l) => l.trim());
    if (names.includes(remote)) return true;
    // A URL or path given directly as the remote.
    return /^[a-z][a-z0-9+.-]*:\/\/|^[^:]+@[^:]+:|^\/|^\./i.test(remote);
  }

  /** `refs/remotes/<remote>/<branch>` (branch: the current one) when it exists locally, else undefined. */
  private async remoteTrackingRef(remote: string, branch?: string): Promise<string | undefined> {
    const name = branch || (await this.currentBranch());
    const ref = `refs/remotes/${remote}/${name}`;
    try {
      await this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
      return ref;
    } catch {
      return undefined;
    }
  }

  async unpushedCommits(remote: string, branch?: string): Promise<{ sha: string; authorEmail: string }[] | undefined> {
    if (!(await this.headSha())) return [];
    const ref = await this.remoteTrackingRef(remote, branch);
    if (!ref) return undefined;
    const out = await this.git(['log', '--reverse', '--format=%H%x00%ae', `${ref}..HEAD`]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [sha, authorEmail] = l.split('\0');
        return { sha: sha!, authorEmail: authorEmail ?? '' };
      });
  }

  async commitInfo(sha: string): Promise<{ parent?: string; authorEmail: string }> {
    const [parents, authorEmail] = (await this.git(['log', '-1', '--format=%P%x00%ae', sha])).trim().split('\0');
    const parent = parents?.split(' ')[0];
    return { ...(parent ? { parent } : {}), authorEmail: authorEmail ?? '' };
  }

  async firstCommitAfter(base: string): Promise<string | undefined> {
    const out = await this.git(['rev-list', '--reverse', '--first-parent', `${base}..HEAD`]);
    return out.split('\n').find(Boolean);
  }

  async resetStaleIndex(paths: string[]): Promise<string[]> {
    const head = await this.headSha();
    if (!head || !paths.length) return [];
    const { top } = await this.paths();
    const specs = await Promise.all(paths.map((p) => this.toRepoPath(p)));
    const staged = splitZ(await this.git(['diff', '--cached', '--name-only', '-z', '--no-renames', head, '--', ...specs], {}, top));
    if (!staged.length) return [];
    // HEAD's blob of each staged path against the working file's hash (a path the index lost is
    // invisible to `git diff HEAD`, so compare hashes directly).
    const headBlobs = new Map<string, string>();
    for (const rec of splitZ(await this.git(['ls-tree', '-z', head, '--', ...staged], {}, top))) {
      const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(rec);
      if (m) headBlobs.set(m[2]!, m[1]!);
    }
    const present: string[] = [];
    for (const f of staged) if (await stat(path.join(top, f)).then((st) => st.isFile(), () => false)) present.push(f);
    const worktreeBlobs = new Map<string, string>();
    if (present.length) {
      const hashes = (await this.git(['hash-object', '--', ...present], {}, top)).trim().split('\n');
      present.forEach((f, i) => worktreeBlobs.set(f, hashes[i] ?? ''));
    }
    const stale = staged.filter((f) => headBlobs.get(f) === worktreeBlobs.get(f));
    for (const part of chunks(stale, PATH_CHUNK)) await this.git(['reset', '-q', head, '--', ...part], {}, top);
    return Promise.all(stale.map((f) => this.toRootPath(f)));
  }

  async undoCommit(sha: string, parent: string, files: string[]): Promise<void> {
    const { top } = await this.paths();
    await this.git(['update-ref', '-m', 'wiki-daily: undo a commit that could not be pushed', 'HEAD', parent, sha], {}, top);
    const specs = await Promise.all(files.map((f) => this.toRepoPath(f)));
    for (const part of chunks(specs, PATH_CHUNK)) await this.git(['reset', '-q', parent, '--', ...part], {}, top);
  }

  /** Top-level folder and the root's position inside it, so callers can give root-relative paths. */
  private paths(): Promise<Layout> {
    this.layout ??= (async () => {
      const [top, gitDir] = (await this.git(['rev-parse', '--show-toplevel', '--absolute-git-dir'])).trim().split('\n');
      if (!top || !gitDir) throw new GitError(`${this.root}: cannot locate the repository top level and git folder`);
      const realRoot = await realpath(this.root);
      const realTop = await realpath(top);
      const prefix = path.relative(realTop, realRoot);
      return { top: realTop, gitDir, prefix, realRoot };
    })();
    // A failed lookup (not a repo yet) must not be cached forever.
    this.layout.catch(() => {
      this.layout = undefined;
    });
    return this.layout;
  }

  private async toRepoPath(file: string): Promise<string> {
    const { prefix, realRoot } = await this.paths();
    let fromRoot: string;
    if (path.isAbsolute(file)) {
      const direct = path.relative(path.resolve(this.root), file);
      fromRoot = direct.startsWith('..') ? path.relative(realRoot, file) : direct;
    } else {
      fromRoot = path.normalize(file);
    }
    const inRepo = path.join(prefix, fromRoot);
    if (!fromRoot || fromRoot === '.' || inRepo.startsWith('..') || path.isAbsolute(inRepo)) {
      throw new GitError(`${file}: not a file inside the repository at ${this.root}`);
    }
    return inRepo.split(path.sep).join('/');
  }

  private async toRootPath(repoPath: string): Promise<string> {
    const { prefix } = await this.paths();
    return path.relative(prefix, repoPath.split('/').join(path.sep)).split(path.sep).join('/');
  }

  async isRepo(): Promise<boolean> {
    try {
      return (await this.git(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    } catch {
      return false;
    }
  }

  async headSha(): Promise<string | undefined> {
    try {
      const out = (await this.git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim();
      return out || undefined;
    } catch (err) {
      // An unborn branch (no commit yet) exits 1 without output; anything else is a real problem.
      if (err instanceof GitCommandError && /exit code 1$/.test(err.output.trim())) return undefined;
      throw err;
    }
  }

  async currentBranch(): Promise<string> {
    try {
      return (await this.git(['symbolic-ref', '--quiet', '--short', 'HEAD'])).trim();
    } catch (err) {
      if (err instanceof GitCommandError && /exit code 1$/.test(err.output.trim())) {
        throw new GitError(`HEAD is detached in ${this.root}: no current branch (set git.branch)`);
      }
      throw err;
    }
  }

  async dirtyFiles(): Promise<string[]> {
    // --branch: the `## branch` header makes the output never empty. simple-git waits 50 ms more for a
    // command that printed nothing (its completion plugin), and a clean tree is the usual case.
    const out = await this.git(['status', '--porcelain=v1', '--branch', '-z', '--untracked-files=all']);
    const fields = out.split('\0');
    const files = new Set<string>();
    for (let i = 0; i < fields.length; i++) {
      const entry = fields[i]!;
      if (entry.length < 4 || entry.startsWith('## ')) continue;
      const xy = entry.slice(0, 2);
      files.add(entry.slice(3));
      // Renames and copies carry the original path as the next field.
      if (xy.includes('R') || xy.includes('C')) {
        const from = fields[++i];
        if (from) files.add(from);
      }
    }
    const rel = await Promise.all([...files].map((f) => this.toRootPath(f)));
    return rel.sort();
  }

  /** Refuse to write commits in the middle of a person's merge, rebase, cherry-pick or revert. */
  private async assertNoOperationInProgress(): Promise<void> {
    const { gitDir } = await this.paths();
    const markers = ['MERGE_HEAD', 'rebase-merge', 'rebase-apply', 'CHERRY_PICK_HEAD', 'REVERT_HEAD'];
    const found: string[] = [];
    for (const marker of markers) {
      if (await stat(path.join(gitDir, marker)).then(() => true, () => false)) found.push(marker);
    }
    if (found.length) {
      throw new GitError(
        `a git operation is in progress in ${this.root} (${found.join(', ')}); finish or abort it before the bot commits`,
      );
    }
  }

  async readHead(file: string): Promise<string | undefined> {
    const repoPath = await this.toRepoPath(file);
    const { top } = await this.paths();
    try {
      return await this.git(['show', `HEAD:${repoPath}`], {}, top);
    } catch {
      return undefined;
    }
  }

  async commitFiles(
    files: string[],
    message: string,
    author: GitIdentity,
    contents?: ReadonlyMap<string, string | null>,
  ): Promise<CommitResult> {
    if (!message.trim()) throw new GitError('commit message is empty');
    const paths = [...new Set(await Promise.all(files.map((f) => this.toRepoPath(f))))].sort();
    if (!paths.length) return { committed: false, files: [] };
    await this.assertNoOperationInProgress();
    const { top, gitDir } = await this.paths();
    const head = await this.headSha();

    // The temporary index lives in the git folder, not the system temp folder: a commit killed midway
    // leaves it where the next commit of this repository looks for it and removes it.
    for (const name of await removeStaleTempDirs(gitDir, TEMP_INDEX_PREFIX)) this.logger.info(`removed a temporary git index a killed commit left behind: ${name}`);
    const tmp = await mkdtemp(path.join(gitDir, TEMP_INDEX_PREFIX));
    try {
      const indexEnv = { GIT_INDEX_FILE: path.join(tmp, 'index') };
      await this.git(head ? ['read-tree', head] : ['read-tree', '--empty'], indexEnv, top);
      // --remove records files that are gone; a path that neither exists nor is tracked is ignored.
      const explicit = new Map<string, string | null>();
      for (const [file, text] of contents ?? []) explicit.set(await this.toRepoPath(file), text);
      const fromDisk = paths.filter((p) => !explicit.has(p));
      for (const part of chunks(fromDisk, PATH_CHUNK)) {
        await this.git(['update-index', '--add', '--remove', '--', ...part], indexEnv, top);
      }
      for (const [repoPath, text] of explicit) {
        if (!paths.includes(repoPath)) continue;
        if (text === null) {
          await this.git(['update-index', '--force-remove', '--', repoPath], indexEnv, top);
          continue;
        }
        const blobFile = path.join(tmp, 'blob');
        await writeFile(blobFile, text);
        const blob = (await this.git(['hash-object', '-w', `--path=${repoPath}`, blobFile], {}, top)).trim();
        const staged = (await this.git(['ls-files', '-s', '--', repoPath], indexEnv, top)).trim();
        const mode = /^(\d{6}) /.exec(staged)?.[1] ?? '100644';
        await this.git(['update-index', '--add', '--cacheinfo', `${mode},${blob},${repoPath}`], indexEnv, top);
      }
      const tree = (await this.git(['write-tree'], indexEnv, top)).trim();
      const changed = head
        ? splitZ(await this.git(['diff-tree', '-r', '-z', '--no-renames', '--name-only', head, tree], {}, top))
        : splitZ(await this.git(['ls-tree', '-r', '-z', '--name-only', tree], {}, top));
      if (!changed.length) {
        this.logger.info(`nothing to commit: ${paths.length} file(s) unchanged against HEAD`);
        return { committed: false, files: [] };
      }
      const sha = (
        await this.git(['commit-tree', tree, ...(head ? ['-p', head] : []), '-m', message], identityEnv(author), top)
      ).trim();
      crashPoint('commit-before-ref');
      // The old value makes this fail instead of overwriting a commit someone made in the meantime.
      await this.git(['update-ref', '-m', `wiki-daily: ${message.split('\n')[0]}`, 'HEAD', sha, head ?? ''], {}, top);
      crashPoint('commit-after-ref');
      // Bring the real index in line for just these paths, so they do not show as staged reversals.
      try {
        for (const part of chunks(changed, PATH_CHUNK)) {
          await this.git(['reset', '-q', sha, '--', ...part], {}, top);
        }
      } catch (err) {
        this.logger.warn(
          `committed ${sha.slice(0, 7)} but could not refresh the index for its files (run \`git reset -q -- <files>\`): ${errorMessage(err)}`,
        );
      }
      const rootFiles = await Promise.all(changed.map((f) => this.toRootPath(f)));
      this.logger.info(`committed ${sha.slice(0, 7)} (${changed.length} file(s)): ${message.split('\n')[0]}`);
      return { committed: true, sha, files: rootFiles };
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  private async remoteUrl(remote: string): Promise<string | undefined> {
    try {
      return (await this.git(['remote', 'get-url', remote])).trim() || undefined;
    } catch {
      // `remote` may be a URL or path given directly
      return remote;
    }
  }

  async push(opts: PushOptions): Promise<PushResult> {
    const clock = opts.clock ?? systemClock;
    const maxAttempts = Math.max(1, Math.floor(opts.attempts || 3));
    const branch = opts.branch || (await this.currentBranch());
    const remote = opts.remote;
    const authEnv = opts.token ? tokenEnv(opts.token, await this.remoteUrl(remote)) : {};
    const trackingRef = /^[A-Za-z0-9._-]+$/.test(remote) ? `refs/remotes/${remote}/${branch}` : undefined;
    const { top } = await this.paths();
    const head = await this.headSha();
    if (!head) throw new GitError(`nothing to push: ${this.root} has no commit yet`);
    let sha = head;

    let rebased = false;
    type Failed = { error: string; logged: boolean };
    /** The remote moved under us: fetch and rebase onto it before the next attempt. Returns the error, if any. */
    const catchUp = async (): Promise<string | undefined> => {
      try {
        const fetchSpec = trackingRef ? `+refs/heads/${branch}:${trackingRef}` : `refs/heads/${branch}`;
        await this.git(['fetch', '--no-tags', remote, fetchSpec], authEnv, top);
        const upstream = trackingRef ?? (await this.git(['rev-parse', 'FETCH_HEAD'], {}, top)).trim();
        const newHead = await this.rebaseOnto(sha, upstream, `${remote}/${branch}`);
        if (newHead !== sha) rebased = true;
        sha = newHead;
      } catch (err) {
        const error =
          err instanceof RebaseConflict
            ? redact(
                `cannot push: our commit(s) conflict with new commits on ${remote}/${branch} in ${err.files.join(', ') || '(unknown files)'}; ` +
                  `the rebase was aborted and HEAD, index and working tree are as before (local commit ${sha.slice(0, 7)} kept). ` +
                  `Resolve by hand: git pull --rebase ${remote} ${branch}`,
              )
            : redact(`cannot push to ${remote}/${branch}: ${errorMessage(err)}`);
        this.logger.error(error);
        return error;
      }
      return undefined;
    };
    const outcome = await retry<true, Failed>(
      async (attempt) => {
        try {
          await this.git(['push', remote, `HEAD:refs/heads/${branch}`], authEnv, top);
        } catch (err) {
          const msg = errorMessage(err);
          const error = `push to ${remote}/${branch} failed (attempt ${attempt} of ${maxAttempts}): ${firstLines(msg)}`;
          if (!isRejectedBecauseRemoteMoved(msg)) {
            this.logger.warn(error);
            return { ok: false, failure: { error, logged: false }, retryable: !isPermanentPushFailure(msg) };
          }
          if (attempt < maxAttempts) {
            this.logger.warn(`push attempt ${attempt} rejected: ${remote}/${branch} has new commits; fetching and rebasing`);
            const caughtUp = await catchUp();
            if (caughtUp) return { ok: false, failure: { error: caughtUp, logged: true }, retryable: false };
          }
          return { ok: false, failure: { error, logged: false }, retryable: true };
        }
        this.logger.info(`pushed ${sha.slice(0, 7)} to ${remote}/${branch} (attempt ${attempt}${rebased ? ', after rebase' : ''})`);
        return { ok: true, value: true };
      },
      { attempts: maxAttempts, baseDelayMs: 1000, maxDelayMs: 30_000, clock, ...(opts.random ? { random: opts.random } : {}) },
    );
    if (outcome.ok) return { pushed: true, attempts: outcome.attempts, rebased, sha };
    const error = outcome.failure.logged ? outcome.failure.error : redact(outcome.failure.error);
    if (!outcome.failure.logged) this.logger.error(error);
    return { pushed: false, attempts: outcome.attempts, rebased, error };
  }

  /**
   * Replay HEAD's commits onto `upstream` in a temporary detached worktree (clean by construction, so no
   * stash is needed), then move this checkout to the result while keeping local edits. Throws
   * RebaseConflict (after `rebase --abort`) or GitError; in both cases HEAD, index and tree are untouched.
   */
  private async rebaseOnto(oldHead: string, upstream: string, label: string): Promise<string> {
    await this.assertNoOperationInProgress();
    const { top, gitDir } = await this.paths();
    const committerLine = (await this.git(['log', '-1', '--format=%cn%x00%ce', oldHead], {}, top)).trim();
    const [cName, cEmail] = committerLine.split('\0');
    const committer = { GIT_COMMITTER_NAME: cName || 'wiki-daily', GIT_COMMITTER_EMAIL: cEmail || 'wiki-daily@localhost' };

    // Like the temporary index: in the git folder, where the next push finds what a killed one left.
    const stale = await removeStaleTempDirs(gitDir, TEMP_REBASE_PREFIX);
    if (stale.length) {
      await this.git(['worktree', 'prune'], {}, top).catch(() => undefined);
      for (const name of stale) this.logger.info(`removed a temporary rebase worktree a killed push left behind: ${name}`);
    }
    const tmp = await mkdtemp(path.join(gitDir, TEMP_REBASE_PREFIX));
    const wt = path.join(tmp, 'worktree');
    let newHead: string;
    try {
      await this.git(['worktree', 'add', '--detach', '--quiet', wt, oldHead], {}, top);
      try {
        await this.git(['rebase', '--quiet', upstream], committer, wt);
      } catch (err) {
        let files: string[] = [];
        try {
          files = splitZ(await this.git(['diff', '--name-only', '-z', '--diff-filter=U'], {}, wt));
        } finally {
          await this.git(['rebase', '--abort'], {}, wt).catch((abortErr: unknown) =>
            this.logger.warn(`rebase --abort in ${wt} failed: ${errorMessage(abortErr)}`),
          );
        }
        if (files.length) throw new RebaseConflict(files, errorMessage(err));
        throw new GitError(`rebase onto ${label} failed: ${firstLines(errorMessage(err))}`);
      }
      newHead = (await this.git(['rev-parse', 'HEAD'], {}, wt)).trim();
    } finally {
      await this.git(['worktree', 'remove', '--force', wt], {}, top).catch((err: unknown) =>
        this.logger.warn(`could not remove temporary worktree ${wt}: ${errorMessage(err)}`),
      );
      await rm(tmp, { recursive: true, force: true });
      await this.git(['worktree', 'prune'], {}, top).catch(() => undefined);
    }
    if (newHead === oldHead) return oldHead;

    // Stat-only differences would otherwise make read-tree think files are locally modified.
    await this.git(['update-index', '-q', '--refresh'], {}, top).catch(() => undefined);
    try {
      await this.git(['read-tree', '-m', '-u', oldHead, newHead], {}, top);
    } catch (err) {
      const msg = errorMessage(err);
      const files = [...msg.matchAll(/Entry '([^']+)'|^\s+(\S.*)$/gm)].map((m) => m[1] ?? m[2]).filter(Boolean);
      throw new GitError(
        `${label} changed files that have uncommitted local edits${files.length ? ` (${[...new Set(files)].join(', ')})` : ''}; ` +
          `nothing was changed locally. Commit or stash those edits, then push again. git said: ${firstLines(msg)}`,
      );
    }
    await this.git(['update-ref', '-m', `wiki-daily: rebase onto ${label}`, 'HEAD', newHead, oldHead], {}, top);
    this.logger.info(`rebased ${oldHead.slice(0, 7)} onto ${label}: now ${newHead.slice(0, 7)}`);
    return newHead;
  }

  async aheadBehind(remote: string, branch?: string): Promise<{ ahead: number; behind: number } | undefined> {
    const ref = await this.remoteTrackingRef(remote, branch);
    if (!ref) return undefined;
    const out = (await this.git(['rev-list', '--left-right', '--count', `HEAD...${ref}`])).trim();
    const [ahead, behind] = out.split(/\s+/).map((n) => Number.parseInt(n, 10));
    if (ahead === undefined || behind === undefined || Number.isNaN(ahead) || Number.isNaN(behind)) {
      throw new GitError(`unexpected rev-list output for HEAD...${ref}: ${out}`);
    }
    return { ahead, behind };
  }
}

const TEMP_INDEX_PREFIX = 'wiki-daily-index-';
const TEMP_REBASE_PREFIX = 'wiki-daily-rebase-';
/** Older than this, a temporary folder belongs to no running commit or push (they take seconds). */
export const STALE_TEMP_INDEX_MS = 10 * 60_000;

/** Remove the temporary `prefix` folders in `gitDir` older than STALE_TEMP_INDEX_MS; returns their names. */
async function removeStaleTempDirs(gitDir: string, prefix: string, nowMs = Date.now()): Promise<string[]> {
  const entries = await readdir(gitDir, { withFileTypes: true });
  const removed: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory() || !e.name.startsWith(prefix)) continue;
    const dir = path.join(gitDir, e.name);
    const st = await stat(dir).catch(() => undefined);
    if (!st || nowMs - st.mtimeMs < STALE_TEMP_INDEX_MS) continue;
    await rm(dir, { recursive: true, force: true });
    removed.push(e.name);
  }
  return removed;
}

export function openRepo(root: string, logger: Logger): GitRepo {
  return new SimpleGitRepo(path.resolve(root), logger);
}
