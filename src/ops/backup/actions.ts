/**
 * Off-machine copies of single backup snapshots as workflow artifacts, so a restore can reach back
 * to an earlier run. (The whole store travels between runs through the workflow's actions/cache
 * step, not through this code.)
 *
 * The toolkit clients are imported lazily: together they pull in the Azure SDK and Octokit, which
 * would slow every CLI command's cold start while only the backup steps use them. They read their
 * configuration (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, RUNNER_TEMP, GITHUB_WORKSPACE) from
 * process.env at call time, except @actions/github, which fixes GITHUB_API_URL when first imported.
 * They log through @actions/core, i.e. to stdout.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BackupError, errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import {
  blobPath,
  fullManifestOf,
  isSnapshotId,
  manifestPath,
  putBlob,
  putManifest,
  readManifest,
  resolveSnapshot,
  snapshotsDir,
  verifySnapshots,
} from './store.js';

export const ARTIFACT_PREFIX = 'wiki-backup-';

export function artifactNameFor(id: string): string {
  return `${ARTIFACT_PREFIX}${id}`;
}

function requireEnv(names: string[], what: string): void {
  const missing = names.filter((n) => !process.env[n]);
  if (missing.length) throw new BackupError(`${what} needs ${missing.join(', ')} (only set inside GitHub Actions)`);
}

interface ArtifactUploadResult {
  name: string;
  artifactId?: number;
  size?: number;
  /** sha256 of the uploaded zip, as the toolkit computed it. */
  digest?: string;
  files: number;
}

/**
 * Upload one snapshot (manifest + its blobs, laid out as in the store) as artifact
 * `wiki-backup-<id>`. The snapshot is verified first: an artifact of a damaged snapshot would only
 * fail later, at restore time, when it is needed. A delta goes as the full snapshot it resolves to
 * (same id), so the artifact alone restores it on a fresh runner whichever artifacts of earlier runs
 * have expired, and is no larger than a full snapshot's was (a chain's own blobs would add every
 * day's changes to every upload).
 */
export async function uploadSnapshotArtifact(
  storeDir: string,
  id: string,
  opts: { retentionDays?: number; logger?: Logger } = {},
): Promise<ArtifactUploadResult> {
  requireEnv(['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'], 'uploading a backup artifact');
  const dir = path.resolve(storeDir);
  const check = await verifySnapshots(dir, id);
  if (!check.ok) {
    const list = check.problems.map((p) => `${p.path} (${p.problem})`).join(', ');
    throw new BackupError(`snapshot ${id} is damaged and was not uploaded: ${list}`);
  }
  const snapshot = await resolveSnapshot(dir, id);
  // A delta's full manifest is written into a folder of its own, beside a link to the store's blobs:
  // the artifact is laid out as a store holding one full snapshot, and nothing is copied.
  let rootDirectory = dir;
  let staging: string | undefined;
  if (snapshot.chain.length > 1) {
    staging = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'wiki-backup-upload-'));
    rootDirectory = staging;
  }
  try {
    if (staging) {
      await symlink(path.join(dir, 'blobs'), path.join(staging, 'blobs'), 'dir');
      await putManifest(staging, fullManifestOf(snapshot), { ownFiles: true });
    }
    return await uploadStoreFiles(rootDirectory, id, snapshot.files, opts);
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
  }
}

async function uploadStoreFiles(
  dir: string,
  id: string,
  held: readonly { sha256: string }[],
  opts: { retentionDays?: number; logger?: Logger },
): Promise<ArtifactUploadResult> {
  const files = [manifestPath(dir, id), ...new Set(held.map((f) => blobPath(dir, f.sha256)))];
  const name = artifactNameFor(id);
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  let res;
  try {
    res = await client.uploadArtifact(
      name,
      files,
      dir,
      opts.retentionDays !== undefined ? { retentionDays: opts.retentionDays } : {},
    );
  } catch (err) {
    throw new BackupError(`uploading artifact ${name} from ${dir} failed: ${errorMessage(err)}`, { cause: err });
  }
  opts.logger?.info(`snapshot ${id} uploaded as artifact ${name} (${files.length} files, ${res.size ?? '?'} bytes zipped)`);
  const out: ArtifactUploadResult = { name, files: files.length };
  if (res.id !== undefined) out.artifactId = res.id;
  if (res.size !== undefined) out.size = res.size;
  if (res.digest !== undefined) out.digest = res.digest;
  return out;
}

interface ArtifactDownloadOptions {
  artifactName?: string;
  /** Snapshot id; the artifact name is derived from it when `artifactName` is not given. */
  id?: string;
  /** Another workflow run's id; needs `token` (actions:read) and goes through the REST API. */
  runId?: number;
  token?: string;
  /** owner/name; defaults to GITHUB_REPOSITORY. */
  repository?: string;
  logger?: Logger;
}

interface ArtifactDownloadResult {
  artifactName: string;
  artifactId: number;
  /** Snapshot ids now present in the local store from this artifact. */
  snapshots: string[];
  blobsAdded: number;
}

/**
 * Fetch a backup artifact (this run's, or an earlier run's with `runId`) and import it into the
 * local store so restoreSnapshot can use it. Every blob is re-hashed before it is filed, and a
 * manifest is only written once all its blobs are present, so a truncated or tampered artifact
 * adds nothing a restore could trip over.
 */
export async function downloadSnapshotArtifact(storeDir: string, opts: ArtifactDownloadOptions): Promise<ArtifactDownloadResult> {
  const name = opts.artifactName ?? (opts.id !== undefined ? artifactNameFor(opts.id) : undefined);
  if (!name) throw new BackupError('downloading a backup artifact needs an artifact name or a snapshot id');
  requireEnv(['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'], `downloading artifact ${name}`);
  const dir = path.resolve(storeDir);

  let findBy: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string } | undefined;
  if (opts.runId !== undefined) {
    const repository = opts.repository ?? process.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo, extra] = repository.split('/');
    if (!owner || !repo || extra !== undefined) {
      throw new BackupError(`downloading artifact ${name} from run ${opts.runId} needs a repository as owner/name (got "${repository}")`);
    }
    if (!opts.token) throw new BackupError(`downloading artifact ${name} from run ${opts.runId} needs a token with actions:read`);
    findBy = { token: opts.token, workflowRunId: opts.runId, repositoryOwner: owner, repositoryName: repo };
  }
  const where = findBy ? `run ${findBy.workflowRunId} of ${findBy.repositoryOwner}/${findBy.repositoryName}` : 'this run';

  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const tmp = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), `wiki-backup-${randomBytes(3).toString('hex')}-`));
  try {
    let artifactId: number;
    let digest: string | undefined;
    try {
      const { artifact } = await client.getArtifact(name, findBy ? { findBy } : undefined);
      artifactId = artifact.id;
      digest = artifact.digest;
    } catch (err) {
      throw new BackupError(`artifact ${name} not found in ${where}: ${errorMessage(err)}`, { cause: err });
    }
    let mismatch: boolean | undefined;
    try {
      const res = await client.downloadArtifact(artifactId, {
        path: tmp,
        ...(digest ? { expectedHash: digest.startsWith('sha256:') ? digest : `sha256:${digest}` } : {}),
        ...(findBy ? { findBy } : {}),
      });
      mismatch = res.digestMismatch;
    } catch (err) {
      throw new BackupError(`downloading artifact ${name} (id ${artifactId}) from ${where} failed: ${errorMessage(err)}`, { cause: err });
    }
    if (mismatch) throw new BackupError(`artifact ${name} (id ${artifactId}) from ${where} does not match its recorded digest`);

    const imported = await importDownloadedStore(tmp, dir, name);
    opts.logger?.info(`artifact ${name} imported: snapshots ${imported.snapshots.join(', ')}; ${imported.blobsAdded} new blob(s)`);
    return { artifactName: name, artifactId, ...imported };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Copy the manifests and blobs of an unpacked artifact into the store, verifying each blob. */
async function importDownloadedStore(src: string, storeDir: string, what: string): Promise<{ snapshots: string[]; blobsAdded: number }> {
  let names: string[];
  try {
    names = (await readdir(snapshotsDir(src))).filter((n) => n.endsWith('.json'));
  } catch (err) {
    throw new BackupError(`artifact ${what} holds no snapshots/ folder: ${errorMessage(err)}`, { cause: err });
  }
  const ids = names.map((n) => n.slice(0, -'.json'.length));
  const bad = ids.filter((id) => !isSnapshotId(id));
  if (bad.length) throw new BackupError(`artifact ${what} holds unexpected manifests: ${bad.join(', ')}`);
  if (!ids.length) throw new BackupError(`artifact ${what} holds no snapshot manifest`);

  let blobsAdded = 0;
  // Every snapshot as it resolves within the artifact (a delta brings its chain); bases are filed
  // before the deltas on them, so the store never holds a delta whose base it lacks.
  const resolved = await Promise.all(ids.map((id) => resolveSnapshot(src, id)));
  resolved.sort((a, b) => a.chain.length - b.chain.length);
  /** Blobs already filed for a snapshot before (a chain's snapshots share most of theirs). */
  const filed = new Set<string>();
  for (const snapshot of resolved) {
    const id = snapshot.id;
    const problems: string[] = [];
    for (const sha256 of new Set(snapshot.files.map((f) => f.sha256))) {
      if (filed.has(sha256)) continue;
      let data: Buffer;
      try {
        data = await readFile(blobPath(src, sha256));
      } catch {
        problems.push(`blob ${sha256} is missing from the artifact`);
        continue;
      }
      try {
        // replaceCorrupt: the artifact may be exactly what repairs a damaged local copy.
        if ((await putBlob(storeDir, data, sha256, { replaceCorrupt: true })).written) blobsAdded += 1;
        filed.add(sha256);
      } catch (err) {
        problems.push(errorMessage(err));
      }
    }
    if (problems.length) {
      throw new BackupError(`artifact ${what}: snapshot ${id} has unusable blobs, not imported: ${problems.join('; ')}`);
    }
    await putManifest(storeDir, await readManifest(src, id));
  }
  return { snapshots: ids.sort(), blobsAdded };
}
