/**
 * The bot's commits and pushes, with the one set of git settings from the config: the daily run's
 * commit and push stages, and the commits made outside it (the link-health page, curation, a restore
 * on Actions). Each commits exactly the files it is given (GitRepo.commitFiles) and pushes like the
 * daily run (fetch, rebase, retry).
 */
import type { Config } from '../config/schema.js';
import type { Clock } from '../time.js';
import type { GitIdentity, GitRepo, PushOptions, PushResult } from './repo.js';

export function botIdentity(config: Config): GitIdentity {
  return { name: config.git.authorName, email: config.git.authorEmail };
}

export function pushOptionsFor(config: Config, token: string | undefined, clock: Clock): PushOptions {
  return {
    remote: config.git.remote,
    ...(config.git.branch ? { branch: config.git.branch } : {}),
    attempts: config.git.pushAttempts,
    ...(token ? { token } : {}),
    clock,
  };
}

interface Published {
  committed: boolean;
  /** The commit (after a rebase: the rebased one); undefined when nothing changed. */
  sha?: string;
  /** Undefined when not asked to push or nothing was committed. */
  push?: PushResult;
}

/** Commit exactly `files` as the bot and, when `push` is set, push the commit. Never pushes a no-op. */
export async function commitAndPush(
  repo: GitRepo,
  files: readonly string[],
  message: string,
  config: Config,
  opts: { push: boolean; token?: string; clock: Clock },
): Promise<Published> {
  const commit = await repo.commitFiles([...files], message, botIdentity(config));
  const out: Published = { committed: commit.committed, ...(commit.sha ? { sha: commit.sha } : {}) };
  if (!commit.committed || !opts.push) return out;
  out.push = await repo.push(pushOptionsFor(config, opts.token, opts.clock));
  if (out.push.sha) out.sha = out.push.sha;
  return out;
}
