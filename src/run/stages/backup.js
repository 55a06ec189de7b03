/** Backup before the first write, so any run can be rolled back. */
import { errorMessage } from '../../errors.js';
import { uploadSnapshotArtifact } from '../../ops/backup/actions.js';
import { backupIncludes } from '../../ops/backup/includes.js';
import { createSnapshot, pruneSnapshots } from '../../ops/backup/store.js';
import { diskFreePct } from '../../ops/health.js';
export async function backupRun(ctx, date) {
    const { settings, config, state, clock } = ctx;
    const warnings = [];
    // Unreadable free space is no reason to fail the run: it only means no pruning.
    const free = await diskFreePct(settings.root).catch(() => undefined);
    if (free !== undefined && free < config.backup.pruneWhenDiskFreeBelowPct) {
        const pruned = await pruneSnapshots(state.backups, { keep: Math.min(5, config.backup.keep), maxSizeMb: config.backup.maxSizeMb / 4 });
        warnings.push(`recovered: disk ${free.toFixed(1)} % free, pruned ${pruned.removed.length} backups`);
    }
    const snap = await createSnapshot(settings.root, backupIncludes(config), state.backups, { label: `before run ${date}`, clock });
    let artifact;
    if (snap.created && settings.onActions) {
        try {
            artifact = (await uploadSnapshotArtifact(state.backups, snap.id, { retentionDays: config.backup.artifactRetentionDays })).name;
        }
        catch (err) {
            warnings.push(`backup artifact upload failed: ${errorMessage(err)}`);
        }
    }
    return { id: snap.id, created: snap.created, ...(artifact ? { artifact } : {}), warnings };
}
