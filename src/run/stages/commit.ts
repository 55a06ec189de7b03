/** Commit exactly the run's files, through a temporary index (see GitRepo.commitFiles). */
import { crashPoint } from '../../faults.js';
import { botIdentity } from '../../git/publish.js';
import type { GitRepo } from '../../git/repo.js';
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
  const res = await repo.commitFiles(files, message, botIdentity(config), contents);
  crashPoint('after-commit');
  return { committed: res.committed, ...(res.sha ? { sha: res.sha } : {}), ...(parent ? { parent } : {}), files: res.files };
}
