/** `wiki-daily demo` shows Google News resolution by the loopback endpoints and one promoted entry. */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/app.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { parseCliArgs, type Settings } from '../../src/settings.js';
import { systemClock } from '../../src/time.js';
import { isolateGitConfig } from '../support/git.js';
import { FIXTURE_WIKI } from '../support/fixture-wiki.js';

let restoreGit: () => void;
beforeAll(async () => {
  restoreGit = await isolateGitConfig();
});
afterAll(() => restoreGit?.());

describe('wiki-daily demo', () => {
  it('resolves the opaque Google News link on loopback and promotes that entry through a ticked box', async () => {
    // The frozen fixture wiki, never the live one (the demo itself defaults to the repository's wiki).
    const settings = parseCliArgs(['demo', '--wiki', FIXTURE_WIKI], {}) as Settings;
    const out = await execute(settings, { logger: new MemoryLogger(), clock: systemClock, env: {} });
    const json = out.json as { workspace: string; originLog: string[] };
    try {
      expect(out.text).toContain('1 resolved with 2 requests (1 article pages + 1 batchexecute), 0 answered 429; never written with a Google link');
      expect(out.text).toMatch(/e[0-9a-f]{12} <https:\/\/www\.news1\.kr\/entertain\/celebrity\/5612399>: run 2 moves it from the queue to its routed page/);
      expect(json.originLog.map((l) => l.replace(/^\S+ /, ''))).toEqual([
        expect.stringMatching(/^daily: update \d{4}-\d{2}-\d{2} \(wiki-daily\[bot\]\)$/),
        expect.stringMatching(/^Promote e[0-9a-f]{12} \(ticked in the web editor\) \(Demo Maintainer\)$/),
        expect.stringMatching(/^daily: update \d{4}-\d{2}-\d{2} \(wiki-daily\[bot\]\)$/),
        'wiki before the demo run (Demo Maintainer)',
      ]);
    } finally {
      await rm(json.workspace, { recursive: true, force: true });
    }
  }, 60_000);
});
