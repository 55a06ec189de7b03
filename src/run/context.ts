/** What every stage of the daily run receives, and what the caller of runDaily may inject. */
import type { CollectProgressCallback } from '../collect/collect.js';
import type { Config } from '../config/schema.js';
import type { Logger } from '../log.js';
import type { NormalizedItem, SourceReport } from '../model.js';
import type { WriteIo } from '../pages/apply.js';
import type { Settings } from '../settings.js';
import type { StatePaths } from '../state.js';
import type { Clock } from '../time.js';

/** The collect stage's output: what another collector (files, shards) can supply instead of fetching. */
export interface Collected {
  sources: SourceReport[];
  items: NormalizedItem[];
  /** What the collector has to say about sources it could not supply (a missing or failed shard). */
  notes?: string[];
}

export interface StageContext {
  settings: Settings;
  config: Config;
  logger: Logger;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  state: StatePaths;
  io: WriteIo;
  /** Progress of the collect stage (the CLI's live line, the Action's periodic line). */
  onProgress?: CollectProgressCallback;
  /** Base seen entries from which new ones go to the recent seen file (src/gate/seenstore.ts; tests lower it). */
  seenThreshold?: number;
}

/** Replaces fetching: e.g. `run --from DIR` reads collected items from files. */
export type CollectFn = (ctx: StageContext, signal: AbortSignal) => Promise<Collected>;

export interface RunContext {
  settings: Settings;
  config: Config;
  logger: Logger;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  /** Instead of fetching the configured sources. */
  collect?: CollectFn;
  /** Page, seen-file and probe writes (tests inject ENOSPC/EACCES here). */
  io?: WriteIo;
  onProgress?: CollectProgressCallback;
  /** See StageContext.seenThreshold. */
  seenThreshold?: number;
}
