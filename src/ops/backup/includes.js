import path from 'node:path';
/** Files the run may write: pages, day logs, the seen file. Snapshotted before the first write. */
export function backupIncludes(config) {
    return [...new Set([config.pages.pagesDir, config.pages.newsDir, path.dirname(config.pages.seenFile)])].filter((p) => p !== '.');
}
