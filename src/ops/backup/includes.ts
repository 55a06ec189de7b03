import path from 'node:path';
import type { Config } from '../../config/schema.js';

/** Files the run may write: pages, day logs, the seen file. Snapshotted before the first write. */
export function backupIncludes(config: Config): string[] {
  return [...new Set([config.pages.pagesDir, config.pages.newsDir, path.dirname(config.pages.seenFile)])].filter(
    (p) => p !== '.',
  );
}
