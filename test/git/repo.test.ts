import { Buffer } from 'node:buffer';
import { access, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { GitError } from '../../src/errors.js';
import { openRepo, type GitRepo } from '../../src/git/repo.js';
import { MemoryLogger } from '../support/memory-logger.js';
import type { Clock } from '../../src/time.js';
import {
  commitFiles as filesOfCommit,
  git,
  isolateGitConfig,
  makeRemote,
  porcelain,
  serveGitOverHttp,
  writeFiles,
  type Remote,
} from '../support/git.js';
import { fakeClock } from '../support/clock.js';

const BOT = { name: 'wiki-daily[bot]', email: 'bot@example.test' };
const SEED = {
  'README.md': '# wiki\n',
  'notes.md': 'person notes\n',
  'pages/a.md': 'line 1\nline 2\nline 3\n',
  'pages/b.md': 'B\n',
};


/** A person's work in progress: a modified tracked file, a staged change and an untracked file. */
async function personWorkInProgress(dir: string): Promise<void> {
  await writeFiles(dir, { 'notes.md': 'person notes\nunfinished thought\n', 'pages/b.md': 'B staged by person\n' });
  await git(dir, ['add', 'pages/b.md']);
  await writeFiles(dir, { 'scratch.txt': 'untracked draft\n' });
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

let restoreEnv: () => void;
beforeAll(async () => {
  restoreEnv = await isolateGitConfig();
});
afterAll(() => restoreEnv());

/** A seeded origin and a clone of it, removed when the test ends (tests run concurrently: nothing shared). */
async function newRemote(t: TestContext): Promise<Remote> {
  const remote = await makeRemote();
  // the test's own hook: with concurrent tests the global onTestFinished may attach to another test
  t.onTestFinished(() => remote.cleanup());
  await remote.seed(SEED);
  return remote;
}

async function setup(t: TestContext): Promise<{ remote: Remote; dir: string; repo: GitRepo; logger: MemoryLogger }> {
  const remote = await newRemote(t);
  const dir = await remote.clone();
  const logger = new MemoryLogger();
  return { remote, dir, repo: openRepo(dir, logger), logger };
}

describe.concurrent('commitFiles', () => {
  it('commits exactly the given files and leaves a person’s modified, staged and untracked files as they were', async (t) => {
    const { dir, repo } = await setup(t);
    await personWorkInProgress(dir);
    const before = await porcelain(dir);
    expect(before).toEqual([' M notes.md', '?? scratch.txt', 'M  pages/b.md']);
    const seedSha = (await git(dir, ['rev-parse', 'HEAD'])).trim();

    await writeFiles(dir, { 'pages/a.md': 'line 1\nline 2\nline 3\nbot line\n', 'pages/새 페이지.md': '새\n', 'README.md': null });
    const result = await repo.commitFiles(['pages/a.md', 'pages/새 페이지.md', 'README.md'], 'daily: update 2026-05-01', BOT);

    expect(result.committed).toBe(true);
    expect(result.files.sort()).toEqual(['README.md', 'pages/a.md', 'pages/새 페이지.md']);
    expect(result.sha).toBe((await git(dir, ['rev-parse', 'HEAD'])).trim());
    expect(await filesOfCommit(dir)).toEqual(['A\tpages/새 페이지.md', 'D\tREADME.md', 'M\tpages/a.md']);
    expect((await git(dir, ['rev-parse', 'HEAD^'])).trim()).toBe(seedSha);
    expect((await git(dir, ['log', '-1', '--format=%an <%ae>|%cn <%ce>|%s'])).trim()).toBe(
      'wiki-daily[bot] <bot@example.test>|wiki-daily[bot] <bot@example.test>|daily: update 2026-05-01',
    );
    // The person's state is untouched: same porcelain, the staged change still staged, contents unchanged.
    expect(await porcelain(dir)).toEqual(before);
    expect((await git(dir, ['diff', '--cached', '--name-only'])).trim()).toBe('pages/b.md');
    expect(await git(dir, ['show', ':pages/b.md'])).toBe('B staged by person\n');
    expect(await readFile(path.join(dir, 'notes.md'), 'utf8')).toBe('person notes\nunfinished thought\n');
    expect(await readFile(path.join(dir, 'scratch.txt'), 'utf8')).toBe('untracked draft\n');
    // The committed content is the bot's, the person's staged blob is not in the commit.
    expect(await git(dir, ['show', 'HEAD:pages/b.md'])).toBe('B\n');
    expect(await git(dir, ['show', 'HEAD:pages/a.md'])).toBe('line 1\nline 2\nline 3\nbot line\n');
  });

  it('makes no commit when the given files do not differ from HEAD', async (t) => {
    const { dir, repo, logger } = await setup(t);
    await personWorkInProgress(dir);
    const head = (await git(dir, ['rev-parse', 'HEAD'])).trim();

    // unchanged tracked file, a file that neither exists nor is tracked, and a file the person changed
    // but that the bot did not name: none of them produce a commit.
    expect(await repo.commitFiles(['pages/a.md', 'pages/never.md'], 'daily', BOT)).toEqual({ committed: false, files: [] });
    expect(await repo.commitFiles([], 'daily', BOT)).toEqual({ committed: false, files: [] });
    expect((await git(dir, ['rev-parse', 'HEAD'])).trim()).toBe(head);
    expect(logger.lines.some((l) => l.includes('nothing to commit'))).toBe(true);
  });

  it('keeps its temporary index in the git folder and removes the ones a killed commit left there', async (t) => {
    const { dir, repo, logger } = await setup(t);
    const gitDir = path.join(dir, '.git');
    // A commit killed an hour ago left its folder; one started a moment ago (another process) is alive.
    const stale = path.join(gitDir, 'wiki-daily-index-killed1');
    const live = path.join(gitDir, 'wiki-daily-index-running');
    for (const d of [stale, live]) {
      await mkdir(d);
      await writeFile(path.join(d, 'index'), 'partial');
    }
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(stale, hourAgo, hourAgo);

    await writeFiles(dir, { 'pages/a.md': 'changed\n' });
    const result = await repo.commitFiles(['pages/a.md'], 'daily', BOT);
    expect(result.committed).toBe(true);
    // Only the live one is left: the stale one is gone, and this commit removed its own.
    expect((await readdir(gitDir)).filter((n) => n.startsWith('wiki-daily-index-'))).toEqual(['wiki-daily-index-running']);
    expect(await readFile(path.join(live, 'index'), 'utf8')).toBe('partial');
    expect(logger.lines.filter((l) => l.includes('temporary git index'))).toEqual([
      expect.stringContaining('removed a temporary git index a killed commit left behind: wiki-daily-index-killed1'),
    ]);
    // git does not see the folders: the tree stays clean and nothing else was committed.
    expect(await porcelain(dir)).toEqual([]);
    expect(await filesOfCommit(dir)).toEqual(['M\tpages/a.md']);
  });

  it('accepts absolute paths, rejects paths outside the repository', async (t) => {
    const { dir, repo } = await setup(t);
    await writeFiles(dir, { 'pages/b.md': 'B2\n' });
    const result = await repo.commitFiles([path.join(dir, 'pages/b.md')], 'abs', BOT);
    expect(result.files).toEqual(['pages/b.md']);
    await expect(repo.commitFiles(['../outside.md'], 'x', BOT)).rejects.toThrow(/not a file inside the repository/);
    await expect(repo.commitFiles(['../outside.md'], 'x', BOT)).rejects.toBeInstanceOf(GitError);
  });

  it('treats special characters in names literally (no pathspec magic)', async (t) => {
    const { dir, repo } = await setup(t);
    await writeFiles(dir, { 'pages/*.md': 'star\n', 'pages/b.md': 'B changed by person\n' });
    const result = await repo.commitFiles(['pages/*.md'], 'star', BOT);
    expect(result.files).toEqual(['pages/*.md']);
    expect(await filesOfCommit(dir)).toEqual(['A\tpages/*.md']);
    expect(await porcelain(dir)).toEqual([' M pages/b.md']);
  });

  it('creates the first commit of an empty repository', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wiki-git-unborn-'));
    try {
      await git(dir, ['init', '--quiet', '--initial-branch=main']);
      const repo = openRepo(dir, new MemoryLogger());
      expect(await repo.headSha()).toBeUndefined();
      await writeFiles(dir, { 'index.md': 'hello\n', 'other.md': 'not mine\n' });
      const result = await repo.commitFiles(['index.md'], 'first', BOT);
      expect(result).toMatchObject({ committed: true, files: ['index.md'] });
      expect(await repo.headSha()).toBe(result.sha);
      expect(await repo.currentBranch()).toBe('main');
      expect(await porcelain(dir)).toEqual(['?? other.md']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to commit while a merge is in progress', async (t) => {
    const { dir, repo } = await setup(t);
    const head = (await git(dir, ['rev-parse', 'HEAD'])).trim();
    await writeFile(path.join(dir, '.git', 'MERGE_HEAD'), `${head}\n`);
    await writeFiles(dir, { 'pages/a.md': 'x\n' });
    await expect(repo.commitFiles(['pages/a.md'], 'm', BOT)).rejects.toThrow(/MERGE_HEAD.*finish or abort/);
    expect((await git(dir, ['rev-parse', 'HEAD'])).trim()).toBe(head);
  });
});

describe.concurrent('push', () => {
  it('pushes a commit on the first attempt', async (t) => {
    const { remote, dir, repo } = await setup(t);
    await writeFiles(dir, { 'pages/a.md': 'new\n' });
    const { sha } = await repo.commitFiles(['pages/a.md'], 'daily: one', BOT);
    const result = await repo.push({ remote: 'origin', attempts: 3, clock: fakeClock() });
    expect(result).toEqual({ pushed: true, attempts: 1, rebased: false, sha });
    expect(await remote.log()).toEqual(['daily: one', 'seed']);
    expect(await remote.show('pages/a.md')).toBe('new\n');
    expect(await repo.aheadBehind('origin')).toEqual({ ahead: 0, behind: 0 });
  });

  it('rebases onto a remote that moved (non-conflicting) and keeps the person’s uncommitted edits', async (t) => {
    const { remote, dir, repo, logger } = await setup(t);
    const other = await remote.clone();
    await remote.commitInClone(other, { 'pages/other.md': 'from another clone\n', 'pages/a.md': 'line 1 edited elsewhere\nline 2\nline 3\n' }, 'other: edit');

    await personWorkInProgress(dir);
    await writeFiles(dir, { 'pages/a.md': 'line 1\nline 2\nline 3\nbot line\n' });
    const committed = await repo.commitFiles(['pages/a.md'], 'daily: bot', BOT);
    const before = await porcelain(dir);
    const clock = fakeClock();

    const result = await repo.push({ remote: 'origin', attempts: 3, clock, random: () => 0.5 });

    expect(result.pushed).toBe(true);
    expect(result.attempts).toBe(2);
    expect(result.rebased).toBe(true);
    expect(result.sha).not.toBe(committed.sha);
    expect(clock.sleeps).toEqual([500]); // full jitter: half of the 1 s ceiling
    expect(await remote.log()).toEqual(['daily: bot', 'other: edit', 'seed']);
    expect(await remote.show('pages/a.md')).toBe('line 1 edited elsewhere\nline 2\nline 3\nbot line\n');
    // The checkout moved to the pushed commit, with the other clone's file, and the person's work intact.
    expect((await git(dir, ['rev-parse', 'HEAD'])).trim()).toBe(result.sha);
    expect((await git(dir, ['rev-parse', 'refs/remotes/origin/main'])).trim()).toBe(result.sha);
    expect(await readFile(path.join(dir, 'pages/other.md'), 'utf8')).toBe('from another clone\n');
    expect(await readFile(path.join(dir, 'pages/a.md'), 'utf8')).toBe('line 1 edited elsewhere\nline 2\nline 3\nbot line\n');
    expect(await porcelain(dir)).toEqual(before);
    expect(await git(dir, ['show', ':pages/b.md'])).toBe('B staged by person\n');
    expect(await readFile(path.join(dir, 'notes.md'), 'utf8')).toBe('person notes\nunfinished thought\n');
    expect(await readFile(path.join(dir, 'scratch.txt'), 'utf8')).toBe('untracked draft\n');
    // No temporary worktree is left behind.
    expect((await git(dir, ['worktree', 'list', '--porcelain'])).match(/^worktree /gm)).toHaveLength(1);
    expect(logger.lines.some((l) => l.includes('rejected') && l.includes('rebasing'))).toBe(true);
  });

  it('keeps its temporary rebase worktree in the git folder and removes the one a killed push left there', async (t) => {
    const { remote, dir, repo, logger } = await setup(t);
    const gitDir = path.join(dir, '.git');
    // A push killed an hour ago while rebasing: its worktree folder and git's registration of it remain.
    const stale = path.join(gitDir, 'wiki-daily-rebase-killed1');
    await mkdir(stale);
    await git(dir, ['worktree', 'add', '--detach', '--quiet', path.join(stale, 'worktree'), 'HEAD']);
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(stale, hourAgo, hourAgo);
    expect((await git(dir, ['worktree', 'list', '--porcelain'])).match(/^worktree /gm)).toHaveLength(2);

    const other = await remote.clone();
    await remote.commitInClone(other, { 'pages/other.md': 'from another clone\n' }, 'other: edit');
    await writeFiles(dir, { 'pages/a.md': 'bot line\n' });
    await repo.commitFiles(['pages/a.md'], 'daily: bot', BOT);
    const result = await repo.push({ remote: 'origin', attempts: 3, clock: fakeClock(), random: () => 0.5 });
    expect(result).toMatchObject({ pushed: true, rebased: true });
    // The killed push's folder and registration are gone, and this push left none of its own.
    expect((await readdir(gitDir)).filter((n) => n.startsWith('wiki-daily-rebase-'))).toEqual([]);
    expect((await git(dir, ['worktree', 'list', '--porcelain'])).match(/^worktree /gm)).toHaveLength(1);
    expect(logger.lines).toEqual(expect.arrayContaining([expect.stringContaining('removed a temporary rebase worktree a killed push left behind: wiki-daily-rebase-killed1')]));
    expect(await porcelain(dir)).toEqual([]);
  });

  it('on a conflicting remote change: aborts, keeps HEAD, index, tree and the local commit, names the file', async (t) => {
    const { remote, dir, repo } = await setup(t);
    const other = await remote.clone();
    await remote.commitInClone(other, { 'pages/a.md': 'line 1\nline 2\nline 3\nTHEIR line\n' }, 'other: conflicting');
    const remoteHead = await remote.head();

    await personWorkInProgress(dir);
    await writeFiles(dir, { 'pages/a.md': 'line 1\nline 2\nline 3\nOUR line\n' });
    const committed = await repo.commitFiles(['pages/a.md'], 'daily: bot', BOT);
    const before = await porcelain(dir);

    const result = await repo.push({ remote: 'origin', attempts: 3, clock: fakeClock() });

    expect(result.pushed).toBe(false);
    expect(result.rebased).toBe(false);
    expect(result.attempts).toBe(1);
    expect(result.error).toMatch(/conflict/);
    expect(result.error).toContain('pages/a.md');
    expect(result.error).toContain('rebase was aborted');
    expect((await git(dir, ['rev-parse', 'HEAD'])).trim()).toBe(committed.sha);
    expect(await porcelain(dir)).toEqual(before);
    expect(await readFile(path.join(dir, 'pages/a.md'), 'utf8')).toBe('line 1\nline 2\nline 3\nOUR line\n');
    expect(await git(dir, ['show', ':pages/b.md'])).toBe('B staged by person\n');
    expect(await exists(path.join(dir, '.git', 'rebase-merge'))).toBe(false);
    expect(await exists(path.join(dir, '.git', 'rebase-apply'))).toBe(false);
    expect((await git(dir, ['worktree', 'list', '--porcelain'])).match(/^worktree /gm)).toHaveLength(1);
    expect(await remote.head()).toBe(remoteHead);
    expect(await remote.log()).toEqual(['other: conflicting', 'seed']);
    expect(await repo.aheadBehind('origin')).toEqual({ ahead: 1, behind: 1 });
  });

  it('refuses (changing nothing) when the remote changed a file the person is editing', async (t) => {
    const { remote, dir, repo } = await setup(t);
    const other = await remote.clone();
    await remote.commitInClone(other, { 'notes.md': 'notes changed upstream\n' }, 'other: notes');
    await personWorkInProgress(dir);
    await writeFiles(dir, { 'pages/a.md': 'bot\n' });
    const committed = await repo.commitFiles(['pages/a.md'], 'daily: bot', BOT);
    const before = await porcelain(dir);

    const result = await repo.push({ remote: 'origin', attempts: 3, clock: fakeClock() });

    expect(result.pushed).toBe(false);
    expect(result.error).toContain('notes.md');
    expect(result.error).toMatch(/uncommitted local edits/);
    expect((await git(dir, ['rev-parse', 'HEAD'])).trim()).toBe(committed.sha);
    expect(await porcelain(dir)).toEqual(before);
    expect(await readFile(path.join(dir, 'notes.md'), 'utf8')).toBe('person notes\nunfinished thought\n');
    expect(await remote.log()).toEqual(['other: notes', 'seed']);
  });

  it('with a single attempt, a rejected push is reported without rebasing', async (t) => {
    const { remote, dir, repo } = await setup(t);
    const other = await remote.clone();
    await remote.commitInClone(other, { 'pages/other.md': 'x\n' }, 'other');
    await writeFiles(dir, { 'pages/a.md': 'bot\n' });
    const committed = await repo.commitFiles(['pages/a.md'], 'daily: bot', BOT);
    const clock = fakeClock();
    const result = await repo.push({ remote: 'origin', attempts: 1, clock });
    expect(result).toMatchObject({ pushed: false, attempts: 1, rebased: false });
    expect(result.error).toMatch(/attempt 1 of 1.*\n?.*rejected/s);
    expect(clock.sleeps).toEqual([]);
    expect((await git(dir, ['rev-parse', 'HEAD'])).trim()).toBe(committed.sha);
  });

  it('works from a shallow clone (as actions/checkout makes)', async (t) => {
    const remote = await newRemote(t);
    const dir = await remote.clone({ depth: 1 });
    const other = await remote.clone();
    await remote.commitInClone(other, { 'pages/other.md': 'x\n' }, 'other');
    const repo = openRepo(dir, new MemoryLogger());
    await writeFiles(dir, { 'pages/a.md': 'bot\n' });
    await repo.commitFiles(['pages/a.md'], 'daily: shallow', BOT);
    const result = await repo.push({ remote: 'origin', attempts: 3, clock: fakeClock() });
    expect(result).toMatchObject({ pushed: true, attempts: 2, rebased: true });
    expect(await remote.log()).toEqual(['daily: shallow', 'other', 'seed']);
  });

  it('fails clearly on a detached HEAD without a branch', async (t) => {
    const { dir, repo } = await setup(t);
    await git(dir, ['checkout', '--quiet', '--detach']);
    await expect(repo.push({ remote: 'origin', attempts: 1 })).rejects.toThrow(/HEAD is detached/);
    expect(await repo.push({ remote: 'origin', branch: 'main', attempts: 1 })).toMatchObject({ pushed: true });
  });
});

describe.concurrent('push over HTTP with a token', () => {
  const TOKEN = 'ghs_TestToken1234567890abcdef';
  const HEADER = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;

  it('sends the token only as a header for that command: never in .git/config, the remote URL or the logs', async (t) => {
    const { remote, dir, repo, logger } = await setup(t);
    const server = await serveGitOverHttp(remote.base, { requireAuthorization: HEADER });
    try {
      const url = server.url('origin.git');
      await git(dir, ['remote', 'set-url', 'origin', url]);
      // Like actions/checkout's persisted credential for the same origin: must be replaced, not sent twice.
      await git(dir, ['config', `http.${new URL(url).origin}/.extraheader`, 'AUTHORIZATION: basic d3Jvbmc=']);
      // The remote moved, so the push is rejected once and the fetch also needs the token.
      const other = await remote.clone();
      await remote.commitInClone(other, { 'pages/other.md': 'x\n' }, 'other');
      await writeFiles(dir, { 'pages/a.md': 'bot\n' });
      await repo.commitFiles(['pages/a.md'], 'daily: token', BOT);

      const result = await repo.push({ remote: 'origin', attempts: 3, token: TOKEN, clock: fakeClock() });

      expect(result).toMatchObject({ pushed: true, attempts: 2, rebased: true });
      expect(await remote.log()).toEqual(['daily: token', 'other', 'seed']);
      expect(server.authorizations.length).toBeGreaterThanOrEqual(4);
      expect(server.authorizations.every((a) => a === HEADER)).toBe(true);

      const config = await readFile(path.join(dir, '.git', 'config'), 'utf8');
      const secrets = [TOKEN, Buffer.from(TOKEN).toString('base64'), HEADER.slice('basic '.length)];
      for (const s of secrets) {
        expect(config).not.toContain(s);
        expect(logger.lines.join('\n')).not.toContain(s);
      }
      expect((await git(dir, ['remote', 'get-url', 'origin'])).trim()).toBe(url);
      expect(logger.lines.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('without the token the push fails once (no retries for an auth failure) and the error is redacted', async (t) => {
    const { remote, dir, repo } = await setup(t);
    const server = await serveGitOverHttp(remote.base, { requireAuthorization: HEADER });
    try {
      await git(dir, ['remote', 'set-url', 'origin', server.url('origin.git')]);
      await writeFiles(dir, { 'pages/a.md': 'bot\n' });
      await repo.commitFiles(['pages/a.md'], 'daily', BOT);
      const clock = fakeClock();
      const result = await repo.push({ remote: 'origin', attempts: 3, clock });
      expect(result).toMatchObject({ pushed: false, attempts: 1, rebased: false });
      expect(result.error).toMatch(/could not read Username|terminal prompts disabled|Authentication failed/);
      expect(clock.sleeps).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('retries transient server errors with backoff and counts the attempts', async (t) => {
    const { remote, dir, repo, logger } = await setup(t);
    const server = await serveGitOverHttp(remote.base, { requireAuthorization: HEADER });
    try {
      await git(dir, ['remote', 'set-url', 'origin', server.url('origin.git')]);
      await writeFiles(dir, { 'pages/a.md': 'bot\n' });
      await repo.commitFiles(['pages/a.md'], 'daily: flaky', BOT);

      server.failNext(2);
      const clock = fakeClock();
      const ok = await repo.push({ remote: 'origin', attempts: 3, token: TOKEN, clock, random: () => 0.5 });
      expect(ok).toMatchObject({ pushed: true, attempts: 3, rebased: false });
      expect(clock.sleeps).toEqual([500, 1000]); // full jitter: half of each ceiling
      expect(await remote.log()).toEqual(['daily: flaky', 'seed']);

      await writeFiles(dir, { 'pages/a.md': 'bot 2\n' });
      await repo.commitFiles(['pages/a.md'], 'daily: down', BOT);
      server.failNext(1000);
      const down = await repo.push({ remote: 'origin', attempts: 3, token: TOKEN, clock: fakeClock() });
      expect(down).toMatchObject({ pushed: false, attempts: 3 });
      expect(down.error).toMatch(/attempt 3 of 3/);
      expect(down.error).toContain('500');
      expect(logger.lines.join('\n')).not.toContain(TOKEN);
    } finally {
      await server.close();
    }
  });
});

describe.concurrent('inspection', () => {
  it('reports repo state: isRepo, headSha, currentBranch, dirtyFiles, aheadBehind', async (t) => {
    const { dir, repo } = await setup(t);
    expect(await repo.isRepo()).toBe(true);
    expect(await repo.currentBranch()).toBe('main');
    expect(await repo.headSha()).toBe((await git(dir, ['rev-parse', 'HEAD'])).trim());
    expect(await repo.dirtyFiles()).toEqual([]);

    await personWorkInProgress(dir);
    await git(dir, ['mv', 'README.md', 'LIESMICH.md']);
    await writeFiles(dir, { '한글 파일.md': 'x\n' });
    expect(await repo.dirtyFiles()).toEqual(['LIESMICH.md', 'README.md', 'notes.md', 'pages/b.md', 'scratch.txt', '한글 파일.md']);

    expect(await repo.aheadBehind('origin')).toEqual({ ahead: 0, behind: 0 });
    expect(await repo.aheadBehind('nowhere')).toBeUndefined();

    const notRepo = await mkdtemp(path.join(os.tmpdir(), 'wiki-git-none-'));
    try {
      expect(await openRepo(notRepo, new MemoryLogger()).isRepo()).toBe(false);
      expect(await openRepo(path.join(notRepo, 'missing'), new MemoryLogger()).isRepo()).toBe(false);
    } finally {
      await rm(notRepo, { recursive: true, force: true });
    }
  });

  it('uses paths relative to a root inside the repository', async (t) => {
    const { dir } = await setup(t);
    const wikiRoot = path.join(dir, 'pages');
    await mkdir(wikiRoot, { recursive: true });
    const repo = openRepo(wikiRoot, new MemoryLogger());
    await writeFiles(dir, { 'pages/a.md': 'sub\n', 'notes.md': 'outside root\n' });
    expect(await repo.dirtyFiles()).toEqual(['../notes.md', 'a.md']);
    const result = await repo.commitFiles(['a.md'], 'sub', BOT);
    expect(result.files).toEqual(['a.md']);
    expect(await filesOfCommit(dir)).toEqual(['M\tpages/a.md']);
  });
});
