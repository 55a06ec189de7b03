/** Commit exactly the run's files, through a temporary index (see GitRepo.commitFiles). */
import { crashPoint } from '../../faults.js';
import { botIdentity } from '../../git/publish.js';
export async function commitRun(ctx, repo, date, files, contents) {
    const { config } = ctx;
    const parent = await repo.headSha();
    const message = config.git.commitMessage.replace(/\{date\}/g, date);
    const res = await repo.commitFiles(files, message, botIdentity(config), contents);
    crashPoint('after-commit');
    return { committed: res.committed, ...(res.sha ? { sha: res.sha } : {}), ...(parent ? { parent } : {}), files: res.files };
}
