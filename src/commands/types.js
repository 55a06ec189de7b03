/** The Action's step outputs for a run report. */
export function reportOutputs(r) {
    return {
        status: r.status,
        'items-added': String(r.itemsAdded),
        'changed-files': r.changedFiles.join('\n'),
        'commit-sha': r.commitSha ?? '',
        'backup-id': r.backupId ?? '',
    };
}
export function exitCodeForStatus(status) {
    return status === 'failed' ? 1 : 0;
}
