import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/fsutil.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'walk-'));
  for (const f of ['b/2.md', 'b/1.md', 'a.md', 'b/deep/x.txt', 'store/blobs/ab', 'outside/secret.md']) {
    await mkdir(path.dirname(path.join(root, f)), { recursive: true });
    await writeFile(path.join(root, f), f);
  }
  await symlink(path.join(root, 'outside'), path.join(root, 'b', 'link-dir'));
  await symlink(path.join(root, 'a.md'), path.join(root, 'b', 'link.md'));
  await symlink(path.join(root, 'outside'), path.join(root, 'linked'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('listFiles (the one folder walker)', () => {
  it('lists regular files, sorted, root-relative with /, and never follows a symlink', async () => {
    expect(await listFiles(root, 'b')).toEqual(['b/1.md', 'b/2.md', 'b/deep/x.txt']);
    expect(await listFiles(root, '')).toEqual(['a.md', 'b/1.md', 'b/2.md', 'b/deep/x.txt', 'outside/secret.md', 'store/blobs/ab']);
  });

  it('a missing folder is empty; a symlinked starting folder is not entered', async () => {
    expect(await listFiles(root, 'nope')).toEqual([]);
    expect(await listFiles(root, 'linked')).toEqual([]);
  });

  it('a starting point that is a file lists that file', async () => {
    expect(await listFiles(root, 'a.md')).toEqual(['a.md']);
  });

  it('prune skips a folder without reading it', async () => {
    const asked: string[] = [];
    const files = await listFiles(root, '', {
      prune: (rel) => {
        asked.push(rel);
        return rel === 'store' || rel === 'outside';
      },
    });
    expect(files).toEqual(['a.md', 'b/1.md', 'b/2.md', 'b/deep/x.txt']);
    expect(asked).not.toContain('store/blobs');
  });

  it('an unreadable folder is an error, not an empty list', async () => {
    await writeFile(path.join(root, 'file'), 'x');
    await expect(listFiles(path.join(root, 'file'), 'sub')).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});
