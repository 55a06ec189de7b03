/** Backup before the first write, so any run can be rolled back. */
import type { Config } from '../../config/schema.js';
import { errorMessage } from '../../errors.js';
import { uploadSnapshotArtifact } from '../../ops/backup/actions.js';
import { snapshotWithGit, type GitSnapshotResult } from '../../ops/backup/delta.js';
import { backupIncludes } from '../../ops/backup/includes.js';
import { pruneSnapshots } from '../../ops/backup/store.js';
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
export async function snapshotBeforeRun(root: string, config: Config, storeDir: string, date: string, clock?: Clock): Promise<GitSnapshotResult> {
  // A delta on the last snapshot that reads only what git says changed since it; a full snapshot
  // where git cannot say (outside git: the folders walked and every file read).
  return snapshotWithGit(root, backupIncludes(config), storeDir, { label: `before run ${date}`, ...(clock ? { clock } : {}) });
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
