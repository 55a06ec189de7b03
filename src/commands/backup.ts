/**
 * `wiki-daily backup create | list | verify [ID] | restore ID | prune`.
 * The store is content-addressed under the state folder; on Actions snapshots also go out as artifacts.
 */
import type { CommandOutcome, Deps } from './types.js';
import { loadConfig } from '../config/load.js';
import { BackupError } from '../errors.js';
import { commitAndPush } from '../git/publish.js';
import { openRepo } from '../git/repo.js';
import { ARTIFACT_PREFIX, downloadSnapshotArtifact, uploadSnapshotArtifact } from '../ops/backup/actions.js';
import { snapshotWithGit } from '../ops/backup/delta.js';
import {
  listSnapshots,
  pruneSnapshots,
  restoreSnapshot,
  verifySnapshots,
  type SnapshotInfo,
} from '../ops/backup/store.js';
import { backupIncludes } from '../ops/backup/includes.js';
import type { Settings } from '../settings.js';
import { statePaths } from '../state.js';

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function listText(list: SnapshotInfo[]): string {
  if (!list.length) return 'no snapshots';
  return list.map((s) => `${s.id}  ${s.createdAt}  ${s.files} files  ${mb(s.size)}${s.label ? `  ${s.label}` : ''}`).join('\n');
}

export async function cmdBackup(settings: Settings, deps: Deps): Promise<CommandOutcome> {
  const config = await loadConfig(settings.configFile);
  const store = statePaths(settings.stateDir).backups;
  const include = backupIncludes(config);
  switch (settings.subcommand) {
    case 'create': {
      // As a run takes it: a delta on the last snapshot when git can say what changed (and the base of the next).
      const snap = await snapshotWithGit(settings.root, include, store, { label: 'manual', clock: deps.clock });
      let artifact = '';
      if (snap.created && settings.onActions) {
        const up = await uploadSnapshotArtifact(store, snap.id, { retentionDays: config.backup.artifactRetentionDays, logger: deps.logger });
        artifact = up.name;
      }
      const text = snap.created
        ? `snapshot ${snap.id}: ${snap.files} files, ${snap.blobsAdded} new blobs (${mb(snap.bytesAdded)})${artifact ? `, artifact ${artifact}` : ''}`
        : `nothing changed since snapshot ${snap.id}; no new snapshot`;
      return { exitCode: 0, json: { ...snap, ...(artifact ? { artifact } : {}) }, text, outputs: { status: 'success', 'backup-id': snap.id } };
    }
    case 'list': {
      const list = await listSnapshots(store);
      return { exitCode: 0, json: list, text: listText(list), outputs: { status: 'success', 'backup-id': list[0]?.id ?? '' } };
    }
    case 'verify': {
      if (!settings.target && !(await listSnapshots(store)).length)
        return { exitCode: 0, json: { ok: true, checked: 0, problems: [], snapshots: 0 }, text: `no snapshots in ${store}: nothing to verify`, outputs: { status: 'success' } };
      const res = await verifySnapshots(store, settings.target);
      const text = res.ok
        ? `verified ${res.checked} files: all intact`
        : `${res.problems.length} problem(s) in the backup store:\n${res.problems.map((p) => `  ${p.problem}: ${p.path} (snapshot ${p.snapshot})`).join('\n')}`;
      return { exitCode: res.ok ? 0 : 1, json: res, text, outputs: { status: res.ok ? 'success' : 'failed' } };
    }
    case 'restore': {
      const id = settings.target!;
      const stored = await listSnapshots(store);
      if (!settings.backupRunId && !stored.some((s) => s.id === id)) {
        // Explain where the snapshot would be, instead of looking for it in this run's (empty) artifacts.
        const newest = stored.slice(0, 5).map((s) => s.id);
        throw new BackupError(
          `snapshot ${id} is not in the backup store ${store}${newest.length ? ` (newest there: ${newest.join(', ')})` : ' (it holds no snapshots)'}. ` +
            (settings.onActions
              ? `Its artifact ${ARTIFACT_PREFIX}${id} is kept by the daily run that took it: run again with backup-run-id set to that run's id (its job summary says "artifact … in this run (run id N)"); artifacts expire after backup.artifactRetentionDays (${config.backup.artifactRetentionDays}) days.`
              : 'Pick one from `wiki-daily backup list`, or on Actions give the run that holds its artifact (--run-id).'),
        );
      }
      if (settings.backupRunId) {
        const runId = settings.backupRunId ? Number(settings.backupRunId) : undefined;
        await downloadSnapshotArtifact(store, {
          id,
          ...(runId ? { runId } : {}),
          ...(settings.token ? { token: settings.token } : {}),
          logger: deps.logger,
        });
      }
      const verify = await verifySnapshots(store, id);
      if (!verify.ok)
        throw new BackupError(
          `snapshot ${id} is damaged; nothing restored: ${verify.problems.map((p) => `${p.problem} ${p.path}`).join(', ')}`,
        );
      const res = await restoreSnapshot(store, id, settings.root, include);
      const changed = [...res.written, ...res.removed].sort();
      let commitSha = '';
      if (settings.onActions && changed.length) {
        // On Actions a restore is a commit, so it reaches the wiki and can itself be reverted.
        const repo = openRepo(settings.root, deps.logger);
        const published = await commitAndPush(repo, changed, `restore: ${id}`, config, {
          push: settings.push,
          ...(settings.token ? { token: settings.token } : {}),
          clock: deps.clock,
        });
        commitSha = published.sha ?? '';
        if (published.push && !published.push.pushed)
          throw new BackupError(`restored and committed ${commitSha.slice(0, 8)}, but push failed: ${published.push.error ?? 'unknown'}`);
      }
      const text = `restored snapshot ${id}: ${res.written.length} files written, ${res.removed.length} removed${commitSha ? `, commit ${commitSha.slice(0, 8)}` : ''}`;
      return { exitCode: 0, json: { id, ...res, ...(commitSha ? { commitSha } : {}) }, text, outputs: { status: 'success', 'backup-id': id, 'changed-files': changed.join('\n'), 'commit-sha': commitSha } };
    }
    case 'prune': {
      const res = await pruneSnapshots(store, {
        keep: settings.keep ?? config.backup.keep,
        maxSizeMb: settings.maxSizeMb ?? config.backup.maxSizeMb,
        clock: deps.clock,
      });
      return {
        exitCode: 0,
        json: res,
        text: `pruned ${res.removed.length} snapshot(s), freed ${mb(res.freedBytes)}`,
        outputs: { status: 'success' },
      };
    }
    default:
      throw new BackupError(`unknown backup command ${settings.subcommand ?? ''}: use create, list, verify, restore or prune`);
  }
}
