/**
 * The real @actions/artifact client against the loopback results service.
 * GITHUB_API_URL must be set before @actions/github is first imported (it fixes its base URL at
 * load), so the whole environment is installed in beforeAll, before any backend call.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError } from '../../src/errors.js';
import {
  artifactNameFor,
  downloadSnapshotArtifact,
  uploadSnapshotArtifact,
} from '../../src/ops/backup/actions.js';
import { createDeltaSnapshot, createSnapshot, readManifest, resolveSnapshot, restoreSnapshot } from '../../src/ops/backup/store.js';
import type { Clock } from '../../src/time.js';
import { startActionsServer, type ActionsServer } from '../support/actions-server.js';

const INCLUDE = ['pages', 'data'];
const API_TOKEN = 'ghs_test_token_for_rest';
const RUN_ID = '4242';

let server: ActionsServer;
let tmp: string;
let workspace: string;
let root: string;
let store: string;
const savedEnv = { ...process.env };
let stdout: string[] = [];

const clock: Clock = (() => {
  let t = Date.parse('2026-06-02T03:00:00Z');
  return { now: () => (t += 60_000), sleep: async () => {} };
})();

async function put(rel: string, content: string): Promise<void> {
  const abs = path.join(root, rel);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, content);
}

async function treeFiles(dir: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  async function walk(rel: string): Promise<void> {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else if (e.isFile()) out[r] = await readFile(path.join(dir, r));
    }
  }
  await walk('');
  return out;
}

async function treeHashes(dir: string): Promise<Record<string, string>> {
  const files = await treeFiles(dir);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, createHash('sha256').update(v).digest('hex')]));
}

/** Minimal zip reader (central directory + stored/deflated entries) to inspect what the server received. */
function unzip(zip: Buffer): Record<string, Buffer> {
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: Record<string, Buffer> = {};
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const method = zip.readUInt16LE(p + 10);
    const compSize = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataStart, dataStart + compSize);
    if (!name.endsWith('/')) out[name] = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function setEnv(vars: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

beforeAll(async () => {
  server = await startActionsServer({ runBackendId: RUN_ID, jobBackendId: 'job-7', apiToken: API_TOKEN });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wiki-backup-actions-'));
  workspace = path.join(tmp, 'workspace');
  await mkdir(path.join(tmp, 'runner-temp'), { recursive: true });
  for (const k of Object.keys(process.env)) {
    if (/^(GITHUB_|ACTIONS_|RUNNER_)/.test(k) || /_proxy$/i.test(k)) delete process.env[k];
  }
  setEnv({
    ACTIONS_RESULTS_URL: server.url,
    ACTIONS_RUNTIME_TOKEN: server.runtimeToken,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: server.apiUrl,
    GITHUB_REPOSITORY: 'owner/goyoonjung-wiki',
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: path.join(tmp, 'runner-temp'),
    NO_PROXY: '127.0.0.1,localhost',
  });
  // The toolkit logs through @actions/core to stdout and reports swallowed failures only there as ::warning::.
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});

afterAll(async () => {
  vi.restoreAllMocks();
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

beforeEach(async () => {
  stdout = [];
  root = path.join(workspace, 'wiki');
  store = path.join(workspace, 'wiki', '.wiki-daily', 'backups');
  await rm(workspace, { recursive: true, force: true });
  await put('pages/profile.md', '# 고윤정\n\nActress.\n');
  await put('pages/works/drama.md', '# Dramas\n\n- Moving (2023)\n');
  await put('data/seen.json', '{"seen":["a"]}\n');
});

function toolkitWarnings(): string[] {
  return stdout.join('').split('\n').filter((l) => l.startsWith('::warning') || l.startsWith('::error'));
}

describe('artifact backend', () => {
  it('uploads a snapshot artifact and downloads it into a fresh store, this run and cross-run', async () => {
    const snap = await createSnapshot(root, INCLUDE, store, { clock });
    const treeBefore = await treeHashes(path.join(root, 'pages'));
    const manifest = await readManifest(store, snap.id);

    const up = await uploadSnapshotArtifact(store, snap.id, { retentionDays: 5 });
    expect(up.name).toBe(`wiki-backup-${snap.id}`);
    expect(up.files).toBe(1 + 3);

    // What arrived: a finalized artifact whose zip holds the manifest and each blob, byte for byte.
    const art = server.artifacts.find((a) => a.name === up.name)!;
    expect(art.finalized).toBe(true);
    expect(art.id).toBe(up.artifactId);
    expect(Date.parse(art.expiresAt!) - Date.now()).toBeGreaterThan(4.9 * 86_400_000);
    const blob = server.blobs.get(`actions-results/${art.blob}`)!;
    expect(blob.via).toBe('blocks');
    expect(blob.contentType).toBe('application/zip');
    expect(art.hash).toBe(`sha256:${createHash('sha256').update(blob.data).digest('hex')}`);
    expect(up.digest).toBe(art.hash!.slice('sha256:'.length));
    const entries = unzip(blob.data);
    const storeFiles = await treeFiles(store);
    expect(Object.keys(entries).sort()).toEqual(Object.keys(storeFiles).sort());
    for (const [name, bytes] of Object.entries(entries)) expect(bytes.equals(storeFiles[name]!), name).toBe(true);

    // This run's artifact, into an empty store, then a restore from it.
    const store2 = path.join(tmp, 'store2');
    const down = await downloadSnapshotArtifact(store2, { id: snap.id });
    expect(down).toEqual({ artifactName: up.name, artifactId: art.id, snapshots: [snap.id], blobsAdded: 3 });
    expect(await treeFiles(store2)).toEqual(storeFiles);
    await put('pages/profile.md', 'damaged\n');
    await put('pages/stray.md', 'stray\n');
    await restoreSnapshot(store2, snap.id, root, ['pages']);
    expect(await treeHashes(path.join(root, 'pages'))).toEqual(treeBefore);

    // An earlier run's artifact, found and fetched through the REST API with a token.
    const store3 = path.join(tmp, 'store3');
    const cross = await downloadSnapshotArtifact(store3, {
      artifactName: up.name,
      runId: Number(RUN_ID),
      token: API_TOKEN,
      repository: 'owner/goyoonjung-wiki',
    });
    expect(cross.snapshots).toEqual([snap.id]);
    expect((await readManifest(store3, snap.id)).files).toEqual(manifest.files);
    expect(server.requests.map((r) => r.path.split("?")[0])).toEqual(
      expect.arrayContaining([
        `/api/repos/owner/goyoonjung-wiki/actions/runs/${RUN_ID}/artifacts`,
        `/api/repos/owner/goyoonjung-wiki/actions/artifacts/${art.id}/zip`,
      ]),
    );
    expect(toolkitWarnings()).toEqual([]);

    await expect(
      downloadSnapshotArtifact(path.join(tmp, 'store4'), { id: snap.id, runId: Number(RUN_ID), token: 'wrong', repository: 'owner/goyoonjung-wiki' }),
    ).rejects.toThrow(BackupError);
  });

  it('uploads a delta snapshot as the full snapshot it resolves to, so its artifact alone restores it on an empty store', async () => {
    const full = await createSnapshot(root, INCLUDE, store, { clock });
    const fullFiles = (await readManifest(store, full.id)).files;
    const record = (rel: string) => fullFiles.find((f) => f.path === rel);
    await put('pages/profile.md', '# 고윤정\n\nActress. Edited.\n');
    await rm(path.join(root, 'pages/works/drama.md'));
    await put('pages/new.md', 'new\n');
    const delta = await createDeltaSnapshot(root, store, { id: full.id, files: full.files }, [
      { path: 'pages/new.md', base: undefined },
      { path: 'pages/profile.md', base: record('pages/profile.md') },
      { path: 'pages/works/drama.md', base: record('pages/works/drama.md') },
    ], { clock });
    expect(delta).toMatchObject({ created: true, files: 3 });
    expect(await readManifest(store, delta.id)).toMatchObject({ base: full.id, removed: ['pages/works/drama.md'] });
    const treeNow = await treeHashes(path.join(root, 'pages'));

    const up = await uploadSnapshotArtifact(store, delta.id);
    // One full manifest under the delta's id and the three blobs it holds (not the removed file's, not the old profile).
    expect(up.files).toBe(1 + 3);
    const art = server.artifacts.find((a) => a.name === up.name)!;
    const zipped = unzip(server.blobs.get(`actions-results/${art.blob}`)!.data);
    const resolved = await resolveSnapshot(store, delta.id);
    const held = resolved.files.map((f) => `blobs/${f.sha256.slice(0, 2)}/${f.sha256}`);
    expect(Object.keys(zipped).sort()).toEqual([...held, `snapshots/${delta.id}.json`].sort());
    for (const f of resolved.files) expect(createHash('sha256').update(zipped[`blobs/${f.sha256.slice(0, 2)}/${f.sha256}`]!).digest('hex')).toBe(f.sha256);
    // The staging folder (a manifest and a link to the store's blobs) is gone.
    expect((await readdir(path.join(tmp, 'runner-temp'))).filter((n) => n.startsWith('wiki-backup-upload-'))).toEqual([]);

    const empty = path.join(tmp, 'store-delta');
    const down = await downloadSnapshotArtifact(empty, { id: delta.id });
    expect(down).toMatchObject({ snapshots: [delta.id], blobsAdded: 3 });
    expect(await readManifest(empty, delta.id)).toMatchObject({ files: resolved.files });
    expect((await readManifest(empty, delta.id)).base).toBeUndefined();
    await put('pages/profile.md', 'damaged\n');
    await restoreSnapshot(empty, delta.id, root, ['pages']);
    expect(await treeHashes(path.join(root, 'pages'))).toEqual(treeNow);
  });

  it('refuses a damaged snapshot, an unknown artifact, and a download whose digest does not match', async () => {
    const snap = await createSnapshot(root, INCLUDE, store, { clock });
    const manifest = await readManifest(store, snap.id);
    const blobFile = path.join(store, 'blobs', manifest.files[0]!.sha256.slice(0, 2), manifest.files[0]!.sha256);
    const good = await readFile(blobFile);
    await writeFile(blobFile, Buffer.concat([good, Buffer.from('!')]));
    await expect(uploadSnapshotArtifact(store, snap.id)).rejects.toThrow(new RegExp(`${manifest.files[0]!.path} \\(corrupt\\)`));
    expect(server.artifacts.some((a) => a.name === artifactNameFor(snap.id))).toBe(false);
    await writeFile(blobFile, good);

    await expect(downloadSnapshotArtifact(path.join(tmp, 's'), { id: '20000101T000000Z-00000000' })).rejects.toThrow(
      /artifact wiki-backup-20000101T000000Z-00000000 not found in this run/,
    );

    await uploadSnapshotArtifact(store, snap.id);
    const art = server.artifacts.find((a) => a.name === artifactNameFor(snap.id))!;
    art.hash = `sha256:${'0'.repeat(64)}`;
    const target = path.join(tmp, 'tampered');
    await expect(downloadSnapshotArtifact(target, { id: snap.id })).rejects.toThrow(/does not match its recorded digest/);
    await expect(readdir(path.join(target, 'snapshots'))).rejects.toThrow(/ENOENT/);
  });
});
