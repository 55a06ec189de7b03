/**
 * Delta snapshots (src/ops/backup/delta.ts snapshotWithGit): a run's snapshot reads only what git says
 * changed since the last one and stores the difference. What it holds must be exactly what a full,
 * walk-based snapshot of the same tree holds, through every kind of edit, and every reader (restore,
 * verify, list, prune) must see the resolved snapshot.
 */
import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BackupError } from '../../src/errors.js';
import { DELTA_CHAIN_CAP, gitBaseFile, snapshotWithGit, type GitSnapshotResult } from '../../src/ops/backup/delta.js';
import {
  createSnapshot,
  listSnapshots,
  manifestPath,
  pruneSnapshots,
  readManifest,
  resolveSnapshot,
  restoreSnapshot,
  verifySnapshots,
} from '../../src/ops/backup/store.js';
import { StepClock } from '../support/clock.js';
import { gitSync, isolateGitConfig } from '../support/git.js';
import { seededRandom, testSeed } from '../support/rand.js';

const INCLUDE = ['pages', 'news', 'data'];

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
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wiki-backup-delta-'));
  root = path.join(tmp, 'wiki');
  store = path.join(tmp, 'state', 'backups');
  clock = new StepClock();
  await put('pages/profile.md', '# 고윤정\n');
  await put('pages/works/drama.md', '# Dramas\n');
  await put('news/2026/06.md', '# June\n');
  await put('data/seen.tsv', 'id\n');
  await put('README.md', 'not backed up\n');
  await put('.gitignore', '*.ignored\n');
  gitSync(tmp, 'init', '-q', '-b', 'main', root);
  commitAll('wiki');
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function put(rel: string, content: string): Promise<void> {
  const abs = path.join(root, rel);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, content);
}

function commitAll(message: string): void {
  gitSync(root, 'add', '-A', '--', ...INCLUDE, '.gitignore', 'README.md');
  gitSync(root, 'commit', '-q', '--allow-empty', '-m', message);
}

/** sha256 of every regular file under the include paths of `dir` (what a walk-based snapshot holds). */
async function includedHashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) await walk(r);
      else if (e.isFile()) out[r] = createHash('sha256').update(await readFile(path.join(dir, r))).digest('hex');
    }
  }
  for (const inc of INCLUDE) await walk(inc);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const snap = (): Promise<GitSnapshotResult> => snapshotWithGit(root, INCLUDE, store, { clock });

/** What a full, walk-based snapshot of the tree lists now (path, sha256, size), from a store of its own. */
async function walkedFiles(): Promise<unknown[]> {
  const walked = path.join(tmp, 'state', 'walked');
  const full = await createSnapshot(root, INCLUDE, walked, { clock });
  return (await readManifest(walked, full.id)).files;
}

describe('snapshotWithGit', () => {
  it('through seeded edits of every kind, each delta holds what a full walk-based snapshot holds, and restores it byte for byte', async () => {
    const seed = testSeed(1313);
    const rand = seededRandom(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const taken: { id: string; tree: Record<string, string> }[] = [];
    const kinds: string[] = [];
    let n = 0;
    const first = await snap();
    expect(first.kind).toBe('full');
    taken.push({ id: first.id, tree: await includedHashes(root) });
    const ops = ['add', 'change', 'delete', 'rename', 'untracked', 'ignored', 'staged', 'chmod', 'revert', 'symlink'] as const;
    for (let step = 0; step < 14; step++) {
      const did: string[] = [];
      for (let k = 0; k < 2 + Math.floor(rand() * 4); k++) {
        const existing = Object.keys(await includedHashes(root));
        const op = pick(ops);
        const target = pick(existing);
        n++;
        did.push(`${op} ${target ?? ''}`);
        if (op === 'add') {
          await put(`${pick(INCLUDE)}/new${n}.md`, `new ${n}\n`);
        } else if (op === 'untracked') await put(`pages/untracked${n}.md`, `untracked ${n}\n`);
        else if (op === 'ignored') await put(`${pick(INCLUDE)}/tmp/x${n}.ignored`, `ignored ${n}\n`);
        else if (op === 'symlink') await symlink('../README.md', path.join(root, 'pages', `link${n}.md`));
        else if (!target) continue;
        else if (op === 'change') await put(target, `changed ${n}\n${rand()}\n`);
        else if (op === 'delete') await rm(path.join(root, target));
        else if (op === 'rename') await rename(path.join(root, target), path.join(root, `${path.posix.dirname(target)}/renamed${n}.md`));
        else if (op === 'staged') {
          await put(target, `staged ${n}\n`);
          if (!target.endsWith('.ignored')) gitSync(root, 'add', '--', target);
        } else if (op === 'chmod') await chmod(path.join(root, target), 0o755);
        else if (op === 'revert') gitSync(root, 'checkout', '-q', 'HEAD', '--', INCLUDE[0]!);
      }
      // Half the runs start from a commit of what a person did (the bot commits its own writes).
      if (rand() < 0.5) commitAll(`step ${step}`);
      const s = await snap();
      kinds.push(s.kind);
      const resolved = await resolveSnapshot(store, s.id);
      expect(resolved.files, `seed ${seed}, step ${step}: ${did.join('; ')}`).toEqual(await walkedFiles());
      expect(s.files).toBe(resolved.files.length);
      taken.push({ id: s.id, tree: await includedHashes(root) });
    }
    expect(kinds.filter((k) => k === 'delta').length, kinds.join(' ')).toBe(kinds.length);
    expect((await readManifest(store, taken.at(-1)!.id)).base).toBeDefined();
    expect((await verifySnapshots(store)).ok).toBe(true);

    // Each snapshot back into a folder of its own, one after another: every restore is exact.
    const elsewhere = path.join(tmp, 'restored');
    for (const t of taken) {
      await restoreSnapshot(store, t.id, elsewhere, INCLUDE);
      expect(await includedHashes(elsewhere)).toEqual(t.tree);
    }
  });

  it('makes no snapshot when nothing changed, and reads only the changed files', async () => {
    const first = await snap();
    const again = await snap();
    expect(again).toEqual({ ...first, created: false, bytesAdded: 0, blobsAdded: 0, kind: 'delta' });
    // A commit that changes nothing under the include paths, and a file rewritten with the same bytes.
    await put('README.md', 'other\n');
    await put('pages/profile.md', '# 고윤정\n');
    commitAll('readme');
    expect(await snap()).toMatchObject({ id: first.id, created: false });

    await put('pages/profile.md', '# 고윤정\n\nActress.\n');
    const changed = await snap();
    expect(changed).toMatchObject({ created: true, kind: 'delta', files: 4, blobsAdded: 1 });
    const manifest = await readManifest(store, changed.id);
    expect(manifest).toMatchObject({ base: first.id, removed: [] });
    expect(manifest.files.map((f) => f.path)).toEqual(['pages/profile.md']);
    expect((await listSnapshots(store)).map((s) => [s.id, s.files])).toEqual([
      [changed.id, 4],
      [first.id, 4],
    ]);
  });

  it('takes a full snapshot past the chain cap, from the chain (not the wiki)', async () => {
    let last = await snap();
    for (let i = 0; i < DELTA_CHAIN_CAP; i++) {
      await put('data/seen.tsv', `id\n${i}\n`);
      last = await snap();
      expect(last.kind).toBe(i === DELTA_CHAIN_CAP - 1 ? 'compact' : 'delta');
    }
    const full = await readManifest(store, last.id);
    expect(full.base).toBeUndefined();
    expect(full.files).toEqual(await walkedFiles());
    await put('data/seen.tsv', 'id\nafter\n');
    expect((await snap()).kind).toBe('delta');
  });

  it('takes a full snapshot, still exact, when the recorded commit is gone, in a shallow clone, or outside git', async () => {
    await snap();
    // History rewritten and the old commit pruned away (a force-push seen from a fresh runner).
    await put('pages/profile.md', '# rewritten\n');
    gitSync(root, 'add', '-A');
    gitSync(root, 'commit', '-q', '--amend', '-m', 'rewritten');
    await put('data/seen.tsv', 'id\nx\n');
    const recorded = JSON.parse(await readFile(gitBaseFile(store), 'utf8')) as { commit: string };
    gitSync(root, 'reflog', 'expire', '--expire=now', '--all');
    gitSync(root, 'gc', '-q', '--prune=now');
    expect(() => gitSync(root, 'cat-file', '-e', recorded.commit)).toThrow();
    const afterRewrite = await snap();
    expect(afterRewrite.kind).toBe('full');
    expect((await readManifest(store, afterRewrite.id)).files).toEqual(await walkedFiles());

    // A shallow clone of a later commit, with the same store: the recorded commit is not in it.
    commitAll('later');
    const shallow = path.join(tmp, 'shallow');
    gitSync(tmp, 'clone', '-q', '--depth', '1', `file://${root}`, shallow);
    await writeFile(path.join(shallow, 'pages', 'local.md'), 'local\n');
    await writeFile(gitBaseFile(store), (await readFile(gitBaseFile(store), 'utf8')).replace(/"commit":"[0-9a-f]+"/, `"commit":"${recorded.commit}"`));
    const inShallow = await snapshotWithGit(shallow, INCLUDE, store, { clock });
    expect(inShallow.kind).toBe('full');
    expect(await includedHashes(shallow)).toEqual(await restoredHashes(inShallow.id));

    // Not a repository: walked, and no base recorded for it.
    await rm(path.join(root, '.git'), { recursive: true });
    await put('news/2026/07.md', '# July\n');
    const outside = await snap();
    expect(outside.kind).toBe('full');
    expect(await includedHashes(root)).toEqual(await restoredHashes(outside.id));
    expect((await snap()).kind).toBe('full');
  });

  it('works from a wiki in a folder of the repository, and with a split index (git asked for the flags)', async () => {
    const repo = path.join(tmp, 'repo');
    await mkdir(repo, { recursive: true });
    await rename(root, path.join(repo, 'wiki'));
    root = path.join(repo, 'wiki');
    await rename(path.join(root, '.git'), path.join(repo, '.git'));
    gitSync(repo, 'add', '-A');
    gitSync(repo, 'commit', '-qm', 'moved into a folder');
    expect((await snap()).kind).toBe('full');
    await put('pages/profile.md', '# edited in a folder\n');
    await put('data/new.tsv', 'new\n');
    gitSync(repo, 'update-index', '--split-index');
    gitSync(repo, 'add', '-A');
    gitSync(repo, 'commit', '-qm', 'edit');
    await put('news/2026/06.md', '# dirty\n');
    const s = await snap();
    expect(s.kind).toBe('delta');
    expect((await readManifest(store, s.id)).files.map((f) => f.path)).toEqual(['data/new.tsv', 'news/2026/06.md', 'pages/profile.md']);
    expect((await resolveSnapshot(store, s.id)).files).toEqual(await walkedFiles());
    gitSync(repo, 'update-index', '--assume-unchanged', 'wiki/pages/profile.md');
    await put('pages/profile.md', '# hidden\n');
    expect((await snap()).kind).toBe('full');
  });

  it('takes a full snapshot when entries are flagged assume-unchanged (git would hide their changes)', async () => {
    await snap();
    gitSync(root, 'update-index', '--assume-unchanged', 'pages/profile.md');
    await put('pages/profile.md', '# hidden from git\n');
    const s = await snap();
    expect(s.kind).toBe('full');
    expect(await includedHashes(root)).toEqual(await restoredHashes(s.id));
  });
});

async function restoredHashes(id: string): Promise<Record<string, string>> {
  const dir = path.join(tmp, `restore-${id}`);
  await restoreSnapshot(store, id, dir, INCLUDE);
  return includedHashes(dir);
}

describe('reading manifests', () => {
  it('reads its own line layout and any other the same, and refuses in either what the schema refuses, naming it', async () => {
    const first = await snap();
    const file = manifestPath(store, first.id);
    const text = await readFile(file, 'utf8');
    const files = (await readManifest(store, first.id)).files;
    expect(files.map((f) => f.path)).toEqual(['data/seen.tsv', 'news/2026/06.md', 'pages/profile.md', 'pages/works/drama.md']);
    await writeFile(file, JSON.stringify(JSON.parse(text)));
    expect((await readManifest(store, first.id)).files).toEqual(files);
    for (const [from, to, problem] of [
      ['"pages/profile.md"', '"../escape.md"', /files\[2\]\.path: not a path inside the wiki root/],
      [`"${files[0]!.sha256}"`, '"xyz"', /files\[0\]\.sha256: not a sha256/],
      ['"size":3}', '"size":-3}', /files\[0\]\.size/],
    ] as const) {
      expect(text).toContain(from);
      await writeFile(file, text.replace(from, to));
      await expect(readManifest(store, first.id)).rejects.toThrow(problem);
    }
  });
});

describe('delta snapshots in the store', () => {
  /** A full snapshot and three deltas on it, each changing the tree; returns their ids oldest first with each tree. */
  async function chainOfFour(): Promise<{ id: string; tree: Record<string, string> }[]> {
    const out: { id: string; tree: Record<string, string> }[] = [];
    const edits: Record<string, string | null>[] = [{}, { 'pages/a.md': 'a1\n' }, { 'pages/a.md': 'a2\n', 'pages/b.md': 'b\n' }, { 'pages/works/drama.md': null, 'data/seen.tsv': 'id\n3\n' }];
    for (const edit of edits) {
      for (const [rel, content] of Object.entries(edit)) {
        if (content === null) await rm(path.join(root, rel));
        else await put(rel, content);
      }
      const s = await snap();
      expect(s.created).toBe(true);
      out.push({ id: s.id, tree: await includedHashes(root) });
    }
    expect((await readManifest(store, out[3]!.id)).base).toBe(out[2]!.id);
    return out;
  }

  it('prune removing a base keeps every kept snapshot restorable', async () => {
    const chain = await chainOfFour();
    const pruned = await pruneSnapshots(store, { keep: 2, maxSizeMb: 100, clock });
    expect(pruned.removed.sort()).toEqual([chain[0]!.id, chain[1]!.id].sort());
    // The oldest kept delta was rewritten as a full snapshot; the newest still rests on it.
    expect((await readManifest(store, chain[2]!.id)).base).toBeUndefined();
    expect((await readManifest(store, chain[3]!.id)).base).toBe(chain[2]!.id);
    expect(await verifySnapshots(store)).toMatchObject({ ok: true, problems: [] });
    for (const t of chain.slice(2)) expect(await restoredHashes(t.id)).toEqual(t.tree);
    // The next run's delta finds its base recorded and present.
    await put('pages/c.md', 'c\n');
    expect((await snap()).kind).toBe('delta');
  });

  it('re-bases a kept delta on its nearest kept base when the one between goes, and a crash in the fold leaves every manifest resolving', async () => {
    const chain = await chainOfFour();
    // The newest two cannot be verified (a blob only each of them holds is damaged): the newest verified, the second, is kept too.
    const onlyIn = async (id: string, rel: string) => (await resolveSnapshot(store, id)).files.find((f) => f.path === rel)!.sha256;
    const blobOf = (sha: string) => path.join(store, 'blobs', sha.slice(0, 2), sha);
    const b = blobOf(await onlyIn(chain[2]!.id, 'pages/a.md'));
    const s3 = blobOf(await onlyIn(chain[3]!.id, 'data/seen.tsv'));
    const good = { b: await readFile(b), s3: await readFile(s3) };
    await writeFile(b, 'damaged');
    await writeFile(s3, 'damaged');
    const before = await listSnapshots(store);

    const crash = new Error('crash in the fold');
    await expect(
      pruneSnapshots(store, {
        keep: 1,
        maxSizeMb: 100,
        clock,
        afterFold: () => {
          throw crash;
        },
      }),
    ).rejects.toBe(crash);
    // Nothing deleted yet, and every snapshot still lists the same files.
    expect(await listSnapshots(store)).toEqual(before);

    await pruneSnapshots(store, { keep: 1, maxSizeMb: 100, clock });
    expect((await listSnapshots(store)).map((s) => s.id)).toEqual([chain[3]!.id, chain[1]!.id]);
    expect((await readManifest(store, chain[3]!.id)).base).toBe(chain[1]!.id);
    expect((await readManifest(store, chain[1]!.id)).base).toBeUndefined();
    await writeFile(s3, good.s3);
    await writeFile(b, good.b);
    expect((await verifySnapshots(store)).ok).toBe(true);
    for (const t of [chain[1]!, chain[3]!]) expect(await restoredHashes(t.id)).toEqual(t.tree);
  });

  it('a missing or damaged base is an error naming its file, and verify reports it', async () => {
    const chain = await chainOfFour();
    const baseFile = manifestPath(store, chain[1]!.id);
    await rm(baseFile);
    const err = await restoreSnapshot(store, chain[3]!.id, path.join(tmp, 'r'), INCLUDE).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as Error).message).toContain(baseFile);
    await expect(listSnapshots(store)).rejects.toThrow(baseFile);
    const verify = await verifySnapshots(store);
    expect(verify.ok).toBe(false);
    expect(verify.problems).toEqual(
      expect.arrayContaining([
        { snapshot: chain[2]!.id, path: `snapshots/${chain[1]!.id}.json`, problem: 'missing' },
        { snapshot: chain[3]!.id, path: `snapshots/${chain[1]!.id}.json`, problem: 'missing' },
      ]),
    );
    expect(await verifySnapshots(store, chain[3]!.id)).toMatchObject({ ok: false, problems: [{ snapshot: chain[3]!.id, path: `snapshots/${chain[1]!.id}.json`, problem: 'missing' }] });
    // The run does not build on a broken chain: a full snapshot instead.
    await put('pages/d.md', 'd\n');
    const s = await snap();
    expect(s.kind).toBe('full');

    await writeFile(baseFile, '{"id": "not json');
    const damaged = await verifySnapshots(store, chain[2]!.id);
    expect(damaged.problems).toEqual([{ snapshot: chain[2]!.id, path: `snapshots/${chain[1]!.id}.json`, problem: 'corrupt' }]);
    await expect(resolveSnapshot(store, chain[2]!.id)).rejects.toThrow(baseFile);
    expect(await restoredHashes(chain[0]!.id)).toEqual(chain[0]!.tree);
  });
});
