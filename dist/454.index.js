export const id = 454;
export const ids = [454];
export const modules = {

/***/ 33454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdBackup: () => (/* binding */ cmdBackup)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19827);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _git_repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14134);
/* harmony import */ var _ops_backup_actions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46356);
/* harmony import */ var _ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40334);
/* harmony import */ var _run_daily_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96567);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2462);







function mb(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
function listText(list) {
    if (!list.length)
        return 'no snapshots';
    return list.map((s) => `${s.id}  ${s.createdAt}  ${s.files} files  ${mb(s.size)}${s.label ? `  ${s.label}` : ''}`).join('\n');
}
async function cmdBackup(settings, deps) {
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(settings.configFile);
    const store = (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .statePaths */ .V)(settings.stateDir).backups;
    const include = (0,_run_daily_js__WEBPACK_IMPORTED_MODULE_5__/* .backupIncludes */ .q1)(config);
    switch (settings.subcommand) {
        case 'create': {
            const snap = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__/* .createSnapshot */ .$p)(settings.root, include, store, { label: 'manual', clock: deps.clock });
            let artifact = '';
            if (snap.created && settings.onActions) {
                const up = await (0,_ops_backup_actions_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadSnapshotArtifact */ .eh)(store, snap.id, { retentionDays: config.backup.artifactRetentionDays, logger: deps.logger });
                artifact = up.name;
            }
            const text = snap.created
                ? `snapshot ${snap.id}: ${snap.files} files, ${snap.blobsAdded} new blobs (${mb(snap.bytesAdded)})${artifact ? `, artifact ${artifact}` : ''}`
                : `nothing changed since snapshot ${snap.id}; no new snapshot`;
            return { exitCode: 0, json: { ...snap, ...(artifact ? { artifact } : {}) }, text, outputs: { status: 'success', 'backup-id': snap.id } };
        }
        case 'list': {
            const list = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__/* .listSnapshots */ .Cb)(store);
            return { exitCode: 0, json: list, text: listText(list), outputs: { status: 'success', 'backup-id': list[0]?.id ?? '' } };
        }
        case 'verify': {
            const res = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__/* .verifySnapshots */ .V6)(store, settings.target);
            const text = res.ok
                ? `verified ${res.checked} files: all intact`
                : `${res.problems.length} problem(s) in the backup store:\n${res.problems.map((p) => `  ${p.problem}: ${p.path} (snapshot ${p.snapshot})`).join('\n')}`;
            return { exitCode: res.ok ? 0 : 1, json: res, text, outputs: { status: res.ok ? 'success' : 'failed' } };
        }
        case 'restore': {
            const id = settings.target;
            if (settings.backupRunId || (settings.onActions && !(await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__/* .listSnapshots */ .Cb)(store)).some((s) => s.id === id))) {
                const runId = settings.backupRunId ? Number(settings.backupRunId) : undefined;
                await (0,_ops_backup_actions_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadSnapshotArtifact */ .Rt)(store, {
                    id,
                    ...(runId ? { runId } : {}),
                    ...(settings.token ? { token: settings.token } : {}),
                    logger: deps.logger,
                });
            }
            const verify = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__/* .verifySnapshots */ .V6)(store, id);
            if (!verify.ok)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupError */ .hj(`snapshot ${id} is damaged; nothing restored: ${verify.problems.map((p) => `${p.problem} ${p.path}`).join(', ')}`);
            const res = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreSnapshot */ .n5)(store, id, settings.root, include);
            const changed = [...res.written, ...res.removed].sort();
            let commitSha = '';
            if (settings.onActions && changed.length) {
                // On Actions a restore is a commit, so it reaches the wiki and can itself be reverted.
                const repo = (0,_git_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepo */ .B8)(settings.root, deps.logger);
                const commit = await repo.commitFiles(changed, `restore: ${id}`, { name: config.git.authorName, email: config.git.authorEmail });
                commitSha = commit.sha ?? '';
                if (commit.committed && settings.push) {
                    const pushed = await repo.push({ remote: config.git.remote, attempts: config.git.pushAttempts, ...(settings.token ? { token: settings.token } : {}), clock: deps.clock });
                    if (!pushed.pushed)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupError */ .hj(`restored and committed ${commitSha.slice(0, 8)}, but push failed: ${pushed.error ?? 'unknown'}`);
                }
            }
            const text = `restored snapshot ${id}: ${res.written.length} files written, ${res.removed.length} removed${commitSha ? `, commit ${commitSha.slice(0, 8)}` : ''}`;
            return { exitCode: 0, json: { id, ...res, ...(commitSha ? { commitSha } : {}) }, text, outputs: { status: 'success', 'backup-id': id, 'changed-files': changed.join('\n'), 'commit-sha': commitSha } };
        }
        case 'prune': {
            const res = await (0,_ops_backup_store_js__WEBPACK_IMPORTED_MODULE_4__/* .pruneSnapshots */ .C4)(store, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupError */ .hj(`unknown backup command ${settings.subcommand ?? ''}: use create, list, verify, restore or prune`);
    }
}


/***/ })

};
