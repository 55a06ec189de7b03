import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError } from '../../src/errors.js';
import {
  blobPath,
  createSnapshot,
  listSnapshots,
  pruneSnapshots,
  readManifest,
  restoreSnapshot,
  storeSize,
  verifySnapshots,
} from '../../src/ops/backup/store.js';
import { StepClock } from '../support/clock.js';

const INCLUDE = ['pages', 'news', 'data'];


let tmp: string;
let root: string;
let store: string;
let clock: StepClock;

async function put(rel: string, content: string | Buffer): Promise<void> {
  const abs = path.join(root, rel);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, content);
}

/** sha256 of every regular file under `dir`, keyed by relative path. */
async function treeHashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else if (e.isFile()) out[r] = createHash('sha256').update(await readFile(path.join(dir, r))).digest('hex');
    }
  }
  await walk('');
  return out;
}

async function countBlobs(): Promise<number> {
  return Object.keys(await treeHashes(path.join(store, 'blobs'))).length;
}

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wiki-backup-store-'));
  root = path.join(tmp, 'wiki');
  store = path.join(tmp, 'state', 'backups');
  clock = new StepClock();
  await put('pages/profile.md', '# 고윤정\n\nActress.\n');
  await put('pages/works/drama.md', '# Dramas\n\n- Moving (2023)\n');
  await put('pages/works/film.md', '# Films\n');
  await put('data/seen.json', '{"seen":["a","b"]}\n');
  await put('data/dup.txt', '# Films\n'); // same bytes as film.md: one blob
  await put('README.md', 'not backed up\n');
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('createSnapshot', () => {
  it('is incremental: an unchanged tree makes no snapshot and no blobs; one changed file adds one blob', async () => {
    const first = await createSnapshot(root, INCLUDE, store, { clock, label: 'daily' });
    expect(first.created).toBe(true);
    expect(first.files).toBe(5);
    expect(first.blobsAdded).toBe(4);
    expect(first.id).toMatch(/^20260601T000000Z-[0-9a-f]{8}$/);
    expect(await countBlobs()).toBe(4);

    const second = await createSnapshot(root, INCLUDE, store, { clock });
    expect(second).toEqual({ id: first.id, created: false, files: 5, bytesAdded: 0, blobsAdded: 0 });
    expect(await countBlobs()).toBe(4);
    expect(await listSnapshots(store)).toHaveLength(1);

    const changed = '# 고윤정\n\nActress and model.\n';
    await put('pages/profile.md', changed);
    const third = await createSnapshot(root, INCLUDE, store, { clock });
    expect(third.created).toBe(true);
    expect(third.blobsAdded).toBe(1);
    expect(third.bytesAdded).toBe(Buffer.byteLength(changed));
    expect(await countBlobs()).toBe(5);

    const list = await listSnapshots(store);
    expect(list.map((s) => s.id)).toEqual([third.id, first.id]);
    expect(list[1]).toMatchObject({ files: 5, label: 'daily', createdAt: '2026-06-01T00:00:00.000Z' });
    expect(list[0]!.label).toBeUndefined();

    const manifest = await readManifest(store, third.id);
    expect(manifest.files.map((f) => f.path)).toEqual([
      'data/dup.txt',
      'data/seen.json',
      'pages/profile.md',
      'pages/works/drama.md',
      'pages/works/film.md',
    ]);
    expect(manifest.totalSize).toBe(manifest.files.reduce((n, f) => n + f.size, 0));
    expect(await storeSize(store)).toBeGreaterThan(manifest.totalSize);
  });

  it('skips symlinks and missing include paths, and never backs up the store itself', async () => {
    await symlink(path.join(root, 'README.md'), path.join(root, 'pages', 'link.md'));
    const insideStore = path.join(root, 'data', '.state');
    const res = await createSnapshot(root, ['pages', 'data', 'does-not-exist'], insideStore, { clock });
    await createSnapshot(root, ['pages', 'data'], insideStore, { clock });
    const manifest = await readManifest(insideStore, res.id);
    expect(manifest.files.map((f) => f.path)).not.toContain('pages/link.md');
    expect(manifest.files.some((f) => f.path.startsWith('data/.state'))).toBe(false);
    expect(manifest.files).toHaveLength(5);
  });

  it('refuses include paths that escape or equal the root', async () => {
    await expect(createSnapshot(root, ['../etc'], store)).rejects.toThrow(BackupError);
    await expect(createSnapshot(root, ['.'], store)).rejects.toThrow(/include path "." must be a path inside the wiki root, but it is the root itself/);
    await expect(createSnapshot(root, ['/abs'], store)).rejects.toThrow(BackupError);
  });
});

describe('restoreSnapshot', () => {
  it('makes the included tree byte-identical again and removes stray files', async () => {
    const before = await treeHashes(root);
    const { id } = await createSnapshot(root, INCLUDE, store, { clock });

    await put('pages/profile.md', 'vandalised\n');
    await unlink(path.join(root, 'pages/works/drama.md'));
    await put('pages/stray.md', 'should go\n');
    await put('pages/new/deep/stray2.md', 'should go too\n');
    await put('news/2026-06-01.md', 'not in the snapshot\n');
    // A file replaced by a folder of the same name.
    await unlink(path.join(root, 'pages/works/film.md'));
    await put('pages/works/film.md/inner.md', 'x');
    await put('README.md', 'outside the includes: untouched\n');

    const res = await restoreSnapshot(store, id, root, INCLUDE);
    expect(res.written.sort()).toEqual(['pages/profile.md', 'pages/works/drama.md', 'pages/works/film.md']);
    expect(res.removed.sort()).toEqual([
      'news/2026-06-01.md',
      'pages/new/deep/stray2.md',
      'pages/stray.md',
      'pages/works/film.md/inner.md',
    ]);

    const after = await treeHashes(root);
    const expected = { ...before, 'README.md': after['README.md']! };
    expect(after).toEqual(expected);
    expect(await readFile(path.join(root, 'README.md'), 'utf8')).toBe('outside the includes: untouched\n');
    await expect(readdir(path.join(root, 'pages/new'))).rejects.toThrow(/ENOENT/);

    // Restoring again is a no-op.
    expect(await restoreSnapshot(store, id, root, INCLUDE)).toEqual({ written: [], removed: [] });
  });

  it('restores an older snapshot, and only under the given includes', async () => {
    const old = await createSnapshot(root, INCLUDE, store, { clock });
    await put('pages/profile.md', 'v2\n');
    await put('data/seen.json', '{"seen":[]}\n');
    await createSnapshot(root, INCLUDE, store, { clock });

    const res = await restoreSnapshot(store, old.id, root, ['pages']);
    expect(res).toEqual({ written: ['pages/profile.md'], removed: [] });
    expect(await readFile(path.join(root, 'pages/profile.md'), 'utf8')).toBe('# 고윤정\n\nActress.\n');
    expect(await readFile(path.join(root, 'data/seen.json'), 'utf8')).toBe('{"seen":[]}\n');
  });

  it('names the newest snapshots when the id is unknown', async () => {
    const a = await createSnapshot(root, INCLUDE, store, { clock });
    const err = await restoreSnapshot(store, '20990101T000000Z-deadbeef', root, INCLUDE).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as Error).message).toContain('unknown snapshot "20990101T000000Z-deadbeef"');
    expect((err as Error).message).toContain(a.id);
    await expect(restoreSnapshot(store, '../../etc/passwd', root, INCLUDE)).rejects.toThrow(/unknown snapshot/);
  });
});

describe('verifySnapshots', () => {
  it('catches a flipped byte, names file and snapshot, and restore refuses before writing anything', async () => {
    const s1 = await createSnapshot(root, INCLUDE, store, { clock });
    await put('pages/works/drama.md', '# Dramas\n\n- Moving (2023)\n- Trauma Code (2025)\n');
    const s2 = await createSnapshot(root, INCLUDE, store, { clock });
    expect(await verifySnapshots(store)).toEqual({ ok: true, checked: 10, problems: [] });

    const manifest = await readManifest(store, s1.id);
    const profile = manifest.files.find((f) => f.path === 'pages/profile.md')!;
    const blob = blobPath(store, profile.sha256);
    const bytes = await readFile(blob);
    bytes[3] = bytes[3]! ^ 0x01;
    await writeFile(blob, bytes);

    const all = await verifySnapshots(store);
    expect(all.ok).toBe(false);
    expect(all.problems).toEqual(
      expect.arrayContaining([
        { snapshot: s1.id, path: 'pages/profile.md', problem: 'corrupt' },
        { snapshot: s2.id, path: 'pages/profile.md', problem: 'corrupt' },
      ]),
    );
    expect(all.problems).toHaveLength(2);

    const drama = (await readManifest(store, s2.id)).files.find((f) => f.path === 'pages/works/drama.md')!;
    await unlink(blobPath(store, drama.sha256));
    const one = await verifySnapshots(store, s2.id);
    expect(one.checked).toBe(5);
    expect(one.problems).toEqual(
      expect.arrayContaining([
        { snapshot: s2.id, path: 'pages/profile.md', problem: 'corrupt' },
        { snapshot: s2.id, path: 'pages/works/drama.md', problem: 'missing' },
      ]),
    );

    // Damage the tree, then try to restore from the damaged store: nothing may change.
    await put('pages/profile.md', 'damaged\n');
    await put('pages/stray.md', 'stray\n');
    await unlink(path.join(root, 'data/seen.json'));
    const damaged = await treeHashes(root);
    const err = await restoreSnapshot(store, s1.id, root, INCLUDE).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as Error).message).toContain('pages/profile.md: blob corrupt');
    expect((err as Error).message).toContain('nothing was changed');
    expect(await treeHashes(root)).toEqual(damaged);
  });

  it('reports an unreadable manifest instead of failing the whole check', async () => {
    const s = await createSnapshot(root, INCLUDE, store, { clock });
    await writeFile(path.join(store, 'snapshots', `${s.id}.json`), '{"id": truncated');
    const res = await verifySnapshots(store);
    expect(res.problems).toEqual([{ snapshot: s.id, path: `snapshots/${s.id}.json`, problem: 'corrupt' }]);
    await expect(listSnapshots(store)).rejects.toThrow(/not valid JSON/);
  });

  it('names the file and the key of a manifest of the wrong shape, and what it means', async () => {
    const s = await createSnapshot(root, INCLUDE, store, { clock });
    const file = path.join(store, 'snapshots', `${s.id}.json`);
    const manifest = JSON.parse(await readFile(file, 'utf8'));
    manifest.files[1].sha256 = 'abc';
    await writeFile(file, JSON.stringify(manifest));
    await expect(readManifest(store, s.id)).rejects.toThrow(
      `${file}: unreadable snapshot manifest (files[1].sha256: not a sha256); this snapshot cannot be listed or restored (\`wiki-daily backup verify\` lists every damaged one)`,
    );
    manifest.files[1].sha256 = manifest.files[0].sha256;
    manifest.files[1].path = '../escape.md';
    await writeFile(file, JSON.stringify(manifest));
    await expect(readManifest(store, s.id)).rejects.toThrow(`(files[1].path: not a path inside the wiki root: it contains "..")`);
  });
});

describe('pruneSnapshots', () => {
  async function makeSnapshots(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      await put('pages/profile.md', `# 고윤정 revision ${i}\n${'x'.repeat(1000 * (i + 1))}\n`);
      ids.push((await createSnapshot(root, INCLUDE, store, { clock })).id);
    }
    return ids.reverse(); // newest first
  }

  it('keeps the newest `keep` and garbage-collects blobs only they referenced', async () => {
    const ids = await makeSnapshots(5);
    expect(await countBlobs()).toBe(3 + 5); // drama, film (= dup), seen + five profile.md revisions
    const sizeBefore = await storeSize(store);

    const res = await pruneSnapshots(store, { keep: 2, maxSizeMb: 100 });
    expect(res.removed.sort()).toEqual(ids.slice(2).sort());
    expect((await listSnapshots(store)).map((s) => s.id)).toEqual(ids.slice(0, 2));
    expect(await countBlobs()).toBe(5); // 3 shared + 2 profile revisions
    expect(res.freedBytes).toBe(sizeBefore - (await storeSize(store)));
    expect(res.freedBytes).toBeGreaterThan(1000 + 2000 + 3000);
    expect((await verifySnapshots(store)).ok).toBe(true);
  });

  it('drops oldest until under maxSizeMb but never the newest verified snapshot', async () => {
    const ids = await makeSnapshots(3);
    const res = await pruneSnapshots(store, { keep: 3, maxSizeMb: 0.000001 });
    expect(res.removed.sort()).toEqual(ids.slice(1).sort());
    expect((await listSnapshots(store)).map((s) => s.id)).toEqual([ids[0]]);
    expect((await verifySnapshots(store)).ok).toBe(true);
  });

  it('protects the newest snapshot that verifies when newer ones are damaged', async () => {
    const ids = await makeSnapshots(3);
    const newest = await readManifest(store, ids[0]!);
    const profile = newest.files.find((f) => f.path === 'pages/profile.md')!;
    await writeFile(blobPath(store, profile.sha256), 'garbage');

    const res = await pruneSnapshots(store, { keep: 1, maxSizeMb: 0.000001 });
    expect((await listSnapshots(store)).map((s) => s.id)).toEqual([ids[1]]);
    expect(res.removed.sort()).toEqual([ids[0], ids[2]].sort());
    expect((await verifySnapshots(store)).ok).toBe(true);

    const restored = await restoreSnapshot(store, ids[1]!, root, INCLUDE);
    expect(restored.written).toEqual(['pages/profile.md']);
    expect(await readFile(path.join(root, 'pages/profile.md'), 'utf8')).toContain('revision 1');
  });
});
