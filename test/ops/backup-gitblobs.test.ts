/**
 * The backup snapshot with git's blob ids (createSnapshot's gitBlobs, src/git/blobs.ts gitWorkTree):
 * a file git vouches for is not read when the store's table says it holds its blob; everything else
 * (changed, untracked, ignored, outside git, a table the store cannot vouch for) is read as before,
 * and what the snapshot restores is the exact bytes.
 */
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BackupError } from '../../src/errors.js';
import { gitBlobId, gitWorkTree } from '../../src/git/blobs.js';
import { createSnapshot, manifestPath, readManifest, restoreSnapshot } from '../../src/ops/backup/store.js';
import { StepClock } from '../support/clock.js';
import { git, isolateGitConfig, writeFiles } from '../support/git.js';

const INCLUDE = ['pages', 'data'];
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');


let restoreEnv: () => void;
let tmp: string;
let root: string;
let store: string;
let clock: StepClock;

beforeAll(async () => {
  restoreEnv = await isolateGitConfig();
});
afterAll(() => restoreEnv());

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wiki-backup-git-'));
  root = path.join(tmp, 'wiki');
  store = path.join(tmp, 'state', 'backups');
  clock = new StepClock();
  await writeFiles(root, {
    'pages/a.md': '# A\n',
    'pages/b.md': '# 비\n',
    'data/seen.tsv': 'id\n',
    '.gitignore': 'pages/ignored.md\n',
  });
  await git(root, ['init', '-q', '-b', 'main']);
  await git(root, ['add', '-A']);
  await git(root, ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'wiki']);
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const snapshot = async () => createSnapshot(root, INCLUDE, store, { clock, gitBlobs: (await gitWorkTree(root, INCLUDE))!.clean });

async function shaOf(id: string, rel: string): Promise<string | undefined> {
  return (await readManifest(store, id)).files.find((f) => f.path === rel)?.sha256;
}

describe('createSnapshot with git blob ids', () => {
  it('lists exactly the tracked files git finds unchanged', async () => {
    await writeFiles(root, { 'pages/a.md': '# A edited\n', 'pages/new.md': 'new\n' });
    const clean = (await gitWorkTree(root, INCLUDE))?.clean;
    expect([...clean!.keys()].sort()).toEqual(['data/seen.tsv', 'pages/b.md']);
    expect(clean!.get('pages/b.md')).toBe(gitBlobId('# 비\n'));
    expect(await gitWorkTree(path.join(tmp, 'state'), INCLUDE).catch(() => 'threw')).toBeUndefined();
  });

  it('takes a file git vouches for from the table without reading it', async () => {
    const first = await snapshot();
    expect(first.blobsAdded).toBe(3);
    const table = await readFile(path.join(store, 'git-blobs.tsv'), 'utf8');
    expect(table.split('\n').filter(Boolean)).toHaveLength(4);
    expect(table).toContain(`${gitBlobId('# A\n')}\t${sha256('# A\n')}\t4\n`);
    // Told (falsely) that pages/a.md still has its committed blob: the snapshot believes it, so it did not read the file.
    await writeFile(path.join(root, 'pages/a.md'), '# A changed behind git\n');
    const gitBlobs = new Map([...(await gitWorkTree(root, INCLUDE))!.clean, ['pages/a.md', gitBlobId('# A\n')]]);
    const second = await createSnapshot(root, INCLUDE, store, { clock, gitBlobs });
    expect(second).toEqual({ id: first.id, created: false, files: 3, bytesAdded: 0, blobsAdded: 0 });
  });

  it('reads what git does not vouch for (changed, untracked, ignored) and restores the exact bytes', async () => {
    const first = await snapshot();
    await writeFiles(root, { 'pages/a.md': '# A edited\n', 'pages/new.md': 'new\n', 'pages/ignored.md': 'ignored\n' });
    const second = await snapshot();
    expect(second.created).toBe(true);
    expect(second.blobsAdded).toBe(3);
    expect(await shaOf(second.id, 'pages/a.md')).toBe(sha256('# A edited\n'));
    expect(await shaOf(second.id, 'pages/new.md')).toBe(sha256('new\n'));
    expect(await shaOf(second.id, 'pages/ignored.md')).toBe(sha256('ignored\n'));
    expect(await shaOf(second.id, 'pages/b.md')).toBe(sha256('# 비\n'));
    // The table now pairs the edited file's blob too (computed from the bytes read).
    expect(await readFile(path.join(store, 'git-blobs.tsv'), 'utf8')).toContain(`${gitBlobId('# A edited\n')}\t${sha256('# A edited\n')}\t11\n`);

    await writeFiles(root, { 'pages/a.md': 'lost\n', 'pages/b.md': null });
    await restoreSnapshot(store, first.id, root, INCLUDE);
    expect(await readFile(path.join(root, 'pages/a.md'), 'utf8')).toBe('# A\n');
    expect(await readFile(path.join(root, 'pages/b.md'), 'utf8')).toBe('# 비\n');
    await expect(readFile(path.join(root, 'pages/new.md'))).rejects.toThrow(/ENOENT/);
  });

  it('copies a file larger than its read chunk into the store piece by piece, once for two equal files, and restores its bytes', async () => {
    const big = `${'가'.repeat(400_000)}\n${'x'.repeat(1 << 20)}😀\n`;
    await writeFiles(root, { 'pages/big.md': big, 'data/big-copy.md': big });
    const snap = await snapshot();
    expect(snap.blobsAdded).toBe(4);
    expect(snap.bytesAdded).toBe(Buffer.byteLength(big) + 4 + Buffer.byteLength('# 비\n') + 3);
    expect(await shaOf(snap.id, 'pages/big.md')).toBe(sha256(big));
    expect(await shaOf(snap.id, 'data/big-copy.md')).toBe(sha256(big));
    // No temporary file left in the store; the table pairs the big file's git blob id.
    expect((await readdir(path.join(store, 'blobs'))).filter((n) => !/^[0-9a-f]{2}$/.test(n))).toEqual([]);
    expect(await readFile(path.join(store, 'git-blobs.tsv'), 'utf8')).toContain(`${gitBlobId(big)}\t${sha256(big)}\t${Buffer.byteLength(big)}\n`);
    await writeFiles(root, { 'pages/big.md': 'small now\n' });
    await restoreSnapshot(store, snap.id, root, INCLUDE);
    expect(await readFile(path.join(root, 'pages/big.md'), 'utf8')).toBe(big);
  });

  it('does not believe a table whose snapshot is gone, or one it cannot read: everything is read again', async () => {
    const first = await snapshot();
    const lie = new Map([...(await gitWorkTree(root, INCLUDE))!.clean, ['pages/a.md', gitBlobId('# A\n')]]);
    await writeFile(path.join(root, 'pages/a.md'), '# A changed behind git\n');
    await unlink(manifestPath(store, first.id));
    const second = await createSnapshot(root, INCLUDE, store, { clock, gitBlobs: lie });
    expect(await shaOf(second.id, 'pages/a.md')).toBe(sha256('# A changed behind git\n'));

    await writeFile(path.join(root, 'pages/a.md'), '# A changed again\n');
    const table = path.join(store, 'git-blobs.tsv');
    await writeFile(table, (await readFile(table, 'utf8')).replace(/\t(\d+)\n$/, '\tx$1\n'));
    const third = await createSnapshot(root, INCLUDE, store, { clock, gitBlobs: new Map([...lie, ['pages/a.md', gitBlobId('# A changed behind git\n')]]) });
    expect(await shaOf(third.id, 'pages/a.md')).toBe(sha256('# A changed again\n'));
  });

  it('refuses, naming the file and writing no manifest, a file whose name would not read back as a path inside the root', async () => {
    await writeFiles(root, { 'pages/..\\x.md': 'a backslash reads as a separator\n' });
    const err = await snapshot().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as Error).message).toMatch(/unreadable snapshot manifest \(files\[\d+\]\.path: not a path inside the wiki root: it contains "\.\."\); it was not written/);
    expect(await readdir(path.join(store, 'snapshots')).catch(() => [])).toEqual([]);
  });
});

describe('the files of a snapshot as git lists them (gitWorkTree)', () => {
  /** The manifest's files, without its id and time. */
  const filesOf = async (dir: string, id: string) => (await readManifest(dir, id)).files.map((f) => `${f.path} ${f.sha256} ${f.size}`);

  it('are exactly what a walk of the folders finds: changed, deleted, untracked, ignored, symlinks, a file turned folder, the store inside', async () => {
    await writeFiles(root, {
      'pages/sub/deep/c.md': '# C\n',
      'pages/고윤정 화보.md': '# 화보\n',
      'pages/run.sh': '#!/bin/sh\n',
      'pages/old.md': '# old\n',
      'pages/was-file.md': '# becomes a folder\n',
      'data/rejected.tsv': 'id\tdate\turl\n',
    });
    await symlink('a.md', path.join(root, 'pages/link-tracked.md'));
    await chmod(path.join(root, 'pages/run.sh'), 0o755);
    await git(root, ['add', '-A']);
    await git(root, ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'more']);
    await writeFiles(root, {
      'pages/a.md': '# A, edited\n',
      'pages/old.md': null,
      'pages/ignored.md': '# ignored, still a file of the folder\n',
      'pages/new/untracked.md': '# new\n',
      'data/state-like/x.json': '{}\n',
    });
    await rm(path.join(root, 'pages/was-file.md'));
    await writeFiles(root, { 'pages/was-file.md/inner.md': '# inner\n' });
    await symlink('b.md', path.join(root, 'pages/link-untracked.md'));
    await symlink('sub', path.join(root, 'pages/dir-link'));
    const inside = path.join(root, 'data', 'store');
    const tree = (await gitWorkTree(root, INCLUDE))!;
    expect(tree.files).toContain('pages/ignored.md');
    expect(tree.files).toContain('pages/was-file.md/inner.md');
    expect(tree.files).not.toContain('pages/old.md');
    expect(tree.files.filter((f) => f.includes('link'))).toEqual([]);
    expect(tree.clean.has('pages/a.md')).toBe(false);
    expect(tree.clean.get('pages/b.md')).toBe(gitBlobId('# 비\n'));

    // The store inside an include: left out either way (a first snapshot creates it, the second sees it).
    const walked0 = await createSnapshot(root, INCLUDE, inside, { clock });
    const walked = await createSnapshot(root, INCLUDE, inside, { clock, label: 'walk' });
    const again = (await gitWorkTree(root, INCLUDE))!;
    expect(again.files.some((f) => f.startsWith('data/store/'))).toBe(true);
    const listed = await createSnapshot(root, INCLUDE, inside, { clock, gitBlobs: again.clean, files: again.files });
    expect(walked.id).toBe(walked0.id);
    expect(listed.id).toBe(walked.id);
    expect(await filesOf(inside, listed.id)).toEqual(await filesOf(inside, walked.id));
    expect((await filesOf(inside, listed.id)).length).toBe(11);
  });

  it("reads what git's flags hide from diff-files: an assume-unchanged file edited, a skip-worktree file gone", async () => {
    await git(root, ['update-index', '--assume-unchanged', 'pages/a.md']);
    await git(root, ['update-index', '--skip-worktree', 'pages/b.md']);
    await writeFiles(root, { 'pages/a.md': '# A, edited behind git\'s back\n', 'pages/b.md': null });
    const tree = (await gitWorkTree(root, INCLUDE))!;
    expect([...tree.clean.keys()]).toEqual(['data/seen.tsv']);
    expect(tree.files).toEqual(['data/seen.tsv', 'pages/a.md']);
    const snap = await createSnapshot(root, INCLUDE, store, { clock, gitBlobs: tree.clean, files: tree.files });
    expect(await shaOf(snap.id, 'pages/a.md')).toBe(sha256("# A, edited behind git's back\n"));
    expect(await shaOf(snap.id, 'pages/b.md')).toBeUndefined();
  });

  it('is not used where a walk would differ: a nested repository', async () => {
    await writeFiles(root, { 'pages/nested/x.md': '# x\n' });
    await git(path.join(root, 'pages/nested'), ['init', '-q']);
    expect(await gitWorkTree(root, INCLUDE)).toBeUndefined();
    expect(await gitWorkTree(path.join(tmp, 'no-such'), INCLUDE)).toBeUndefined();
  });
});
