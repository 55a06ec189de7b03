/**
 * What every command takes and returns. Commands import these from here, never from app.ts: app.ts
 * dispatches to the commands, so an import back would be a cycle.
 */
import type { CollectProgressCallback } from '../collect/collect.js';
import type { Logger } from '../log.js';
import type { RunReport } from '../model.js';
import type { Settings } from '../settings.js';
import type { Clock } from '../time.js';

export interface Deps {
  logger: Logger;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  /** Progress of long work (the CLI shows it; the Action logs through the logger instead). */
  onProgress?: CollectProgressCallback;
}

export interface CommandOutcome {
  exitCode: number;
  /** What `--json` prints (one JSON value). */
  json: unknown;
  /** What a person reads in a terminal. */
  text: string;
  /** Markdown for the GitHub job summary. */
  summary?: string;
  /** Step outputs (Action). */
  outputs: Record<string, string>;
  /** Why the command failed, for the Action's failure message (defaults to the report's reason). */
  failureReason?: string;
  report?: RunReport;
  /** Warning annotations with a file and line (Action: core.warning; e.g. one per broken link). */
  annotations?: { message: string; file: string; line: number; title?: string }[];
}

/** Runs one command (app.ts `execute`), handed to commands that run others (the demo runs `run`). */
export type Execute = (settings: Settings, deps: Deps) => Promise<CommandOutcome>;

/** The Action's step outputs for a run report. */
export function reportOutputs(r: RunReport): Record<string, string> {
  return {
    status: r.status,
    'items-added': String(r.itemsAdded),
    'changed-files': r.changedFiles.join('\n'),
    'commit-sha': r.commitSha ?? '',
    'backup-id': r.backupId ?? '',
  };
}

export function exitCodeForStatus(status: string): number {
  return status === 'failed' ? 1 : 0;
}
