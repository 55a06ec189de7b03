/**
 * Layout of the state folder (local default `.wiki-daily/` in the wiki root, git-ignored; on Actions
 * persisted with actions/cache). Losing it loses only speed and history, never entries: the dedupe
 * state that matters lives in the repository (pages.seenFile).
 */
import path from 'node:path';

export const DEFAULT_STATE_DIR = '.wiki-daily';

export interface StatePaths {
  root: string;
  /** HTTP cache: one JSON meta + body file per URL. */
  httpCache: string;
  /** Content-addressed backup store (blobs/ + snapshots/). */
  backups: string;
  /** CLI locks. */
  locks: string;
  /** One JSON line per finished run (status, durations, counts) for health, status and anomalies. */
  runsFile: string;
  /** Discord messages that could not be delivered yet, and the throttle memory. */
  discordQueue: string;
  discordState: string;
  /** Google News token → publisher URL, and items waiting for resolution (src/collect/googlenews.ts). */
  googleNews: string;
  /** New entries a run deferred because of `limits` (ops/backlog.ts); the next run adds them. */
  backlog: string;
  /** The commit the wiki index was last checked at, so the next run compares only what changed since (src/pages/indexcheck.ts). */
  indexCheck: string;
}

export function statePaths(stateDir: string): StatePaths {
  const root = path.resolve(stateDir);
  return {
    root,
    httpCache: path.join(root, 'http-cache'),
    backups: path.join(root, 'backups'),
    locks: path.join(root, 'locks'),
    runsFile: path.join(root, 'runs.jsonl'),
    discordQueue: path.join(root, 'discord-queue.json'),
    discordState: path.join(root, 'discord-state.json'),
    googleNews: path.join(root, 'google-news.json'),
    backlog: path.join(root, 'backlog.json'),
    indexCheck: path.join(root, 'index-check.json'),
  };
}
