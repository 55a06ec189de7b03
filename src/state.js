/**
 * Layout of the state folder (local default `.wiki-daily/` in the wiki root, git-ignored; on Actions
 * persisted with actions/cache). Losing it loses only speed and history, never entries: the dedupe
 * state that matters lives in the repository (pages.seenFile).
 */
import path from 'node:path';
export const DEFAULT_STATE_DIR = '.wiki-daily';
export function statePaths(stateDir) {
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
    };
}
