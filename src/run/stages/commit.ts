/** Commit exactly the run's files (through a temporary index), then push with fetch/rebase/retry. */
import { errorMessage, GitError } from '../../errors.js';
import { crashPoint } from '../../faults.js';
import type { GitRepo, PushResult } from '../../git/repo.js';
import type { StageContext } from '../context.js';

export interface Committed {
  committed: boolean;
  sha?: string;
  parent?: string;
  files: string[];
}

export async function commitRun(
  ctx: StageContext,
  repo: GitRepo,
  date: string,
  files: string[],
  contents?: ReadonlyMap<string, string | null>,
): Promise<Committed> {
  const { config } = ctx;
  const parent = await repo.headSha();
  const message = config.git.commitMessage.replace(/\{date\}/g, date);
  const res = await repo.commitFiles(files, message, { name: config.git.authorName, email: config.git.authorEmail }, contents);
  crashPoint('after-commit');
  return { committed: res.committed, ...(res.sha ? { sha: res.sha } : {}), ...(parent ? { parent } : {}), files: res.files };
}

export async function pushRun(ctx: StageContext, repo: GitRepo): Promise<PushResult> {
  const { settings, config, clock } = ctx;
  try {
    return await repo.push({
      remote: config.git.remote,
      ...(config.git.branch ? { branch: config.git.branch } : {}),
      attempts: config.git.pushAttempts,
      ...(settings.token ? { token: settings.token } : {}),
      clock,
    });
  } catch (err) {
    if (err instanceof GitError) return { pushed: false, attempts: 1, rebased: false, error: errorMessage(err) };
    throw err;
  }
}
