/** Backup before the first write, so any run can be rolled back. */
import type { Config } from '../../config/schema.js';
import { errorMessage } from '../../errors.js';
import { gitWorkTree } from '../../git/blobs.js';
import { uploadSnapshotArtifact } from '../../ops/backup/actions.js';
import { backupIncludes } from '../../ops/backup/includes.js';
import { createSnapshot, pruneSnapshots } from '../../ops/backup/store.js';
import { diskFreePct } from '../../ops/health.js';
import type { Clock } from '../../time.js';
import type { StageContext } from '../context.js';

export interface BackedUp {
  id: string;
  /** False when the tree was unchanged since snapshot `id` (its artifact lives in an earlier run). */
  created: boolean;
  /** The artifact this run uploaded (Actions). */
  artifact?: string;
  warnings: string[];
}

/** The snapshot of everything a run may write (the bench times it as the run does it). */
export async function snapshotBeforeRun(root: string, config: Config, storeDir: string, date: string, clock?: Clock): ReturnType<typeof createSnapshot> {
  const include = backupIncludes(config);
  // Files git vouches for are not read again when the store holds their blob, and the files are listed
  // by git rather than by walking the folders (outside git: walked, and all are read).
  const tree = await gitWorkTree(root, include);
  return createSnapshot(root, include, storeDir, { label: `before run ${date}`, ...(clock ? { clock } : {}), ...(tree ? { gitBlobs: tree.clean, files: tree.files } : {}) });
}

export async function backupRun(ctx: StageContext, date: string): Promise<BackedUp> {
  const { settings, config, state, clock } = ctx;
  const warnings: string[] = [];
  // Unreadable free space is no reason to fail the run: it only means no pruning.
  const free = await diskFreePct(settings.root).catch(() => undefined);
  if (free !== undefined && free < config.backup.pruneWhenDiskFreeBelowPct) {
    const pruned = await pruneSnapshots(state.backups, { keep: Math.min(5, config.backup.keep), maxSizeMb: config.backup.maxSizeMb / 4 });
    warnings.push(`recovered: disk ${free.toFixed(1)} % free, pruned ${pruned.removed.length} backups`);
  }
  const snap = await snapshotBeforeRun(settings.root, config, state.backups, date, clock);
  let artifact: string | undefined;
  if (snap.created && settings.onActions) {
    try {
      artifact = (await uploadSnapshotArtifact(state.backups, snap.id, { retentionDays: config.backup.artifactRetentionDays })).name;
    } catch (err) {
      warnings.push(`backup artifact upload failed: ${errorMessage(err)}`);
    }
  }
  return { id: snap.id, created: snap.created, ...(artifact ? { artifact } : {}), warnings };
}
