/**
 * `wiki-daily links [--refresh] [--json]`: check every link of the wiki's pages, write the report page
 * (pages/link_health.md) when its content changed, and on Actions commit and push it through the same
 * safe commit and push as the daily run. Exit 1 only when more links are broken than links.failAbove.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CommandOutcome, Deps } from './types.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { GitError } from '../errors.js';
import { listFiles, posixPath, readIfExists, writeFileAtomic } from '../fsutil.js';
import { commitAndPush } from '../git/publish.js';
import { openRepo } from '../git/repo.js';
import { NoHttpCache } from '../http/cache.js';
import { Fetcher } from '../http/fetcher.js';
import { checkLinks, mergeKept, readKeptResults, writeKeptResults } from '../links/check.js';
import { extractLinks } from '../links/extract.js';
import { isYearPage } from '../pages/byyear.js';
import { linkAnnotations, linkReportJson, renderLinkHealthBody, renderLinkHealthPage, renderLinkSummary, renderLinkText } from '../links/report.js';
import type { Settings } from '../settings.js';
import { statePaths } from '../state.js';
import { localDate } from '../time.js';

/** Kept link results in the state folder. */
function linkStateFile(stateDir: string): string {
  return path.join(statePaths(stateDir).root, 'links.json');
}

/**
 * The pages whose links are checked: every .md under pagesDir except the report page itself and the
 * knowledge pages, which only repeat links written elsewhere.
 */
async function readLinkPages(root: string, config: Config): Promise<Map<string, string>> {
  const own = new Set([config.links.page, config.pages.byYearPage, config.pages.timelinePage].map(posixPath));
  const files = (await listFiles(root, posixPath(config.pages.pagesDir))).filter((f) => f.endsWith('.md') && !own.has(f) && !isYearPage(config, f));
  const pages = new Map<string, string>();
  for (const f of files) pages.set(f, await readFile(path.join(root, f), 'utf8'));
  return pages;
}

export async function cmdLinks(settings: Settings, deps: Deps): Promise<CommandOutcome> {
  const config = await loadConfig(settings.configFile);
  const { logger, clock } = deps;
  const pages = await readLinkPages(settings.root, config);
  const found = extractLinks(pages);
  for (const e of found.errors) logger.warn(`${e.message} (links on this page are checked without entry titles)`);

  const stateFile = linkStateFile(settings.stateDir);
  const kept = await readKeptResults(stateFile, logger);
  const fetcher = new Fetcher({ ...config.http, timeoutMs: config.links.timeoutMs }, new NoHttpCache(), { logger, clock });
  let results;
  try {
    results = await checkLinks(found.links, { fetcher, settings: config.links, kept, now: () => clock.now(), refresh: settings.refresh });
  } finally {
    await fetcher.close();
  }
  const check = { links: found.links, results, requests: fetcher.stats().requests };
  if (!settings.dryRun) await writeKeptResults(stateFile, mergeKept(kept, results), clock.now(), config.links.keepDays);

  const pageRel = posixPath(config.links.page);
  const pageFile = path.join(settings.root, pageRel);
  const before = await readIfExists(pageFile);
  const after = renderLinkHealthPage(before, renderLinkHealthBody(check, pageRel, pages), pageRel);
  const changed = after !== before;
  if (changed && !settings.dryRun) await writeFileAtomic(pageFile, after);

  let commitSha = '';
  if (changed && !settings.dryRun && settings.onActions) {
    // On Actions the page reaches the wiki as a commit of exactly this file, pushed like the daily run's.
    const repo = openRepo(settings.root, logger);
    const message = config.links.commitMessage.replace(/\{date\}/g, localDate(clock.now(), config.timezone));
    const published = await commitAndPush(repo, [pageRel], message, config, {
      push: settings.push,
      ...(settings.token ? { token: settings.token } : {}),
      clock,
    });
    commitSha = published.sha ?? '';
    if (published.push && !published.push.pushed)
      throw new GitError(`${pageRel} committed (${commitSha.slice(0, 8)}) but not pushed: ${published.push.error ?? 'unknown error'}`);
  }

  const json = linkReportJson(check);
  const failAbove = config.links.failAbove;
  const failed = failAbove !== undefined && json.broken > failAbove;
  const verdict = failed ? `${json.broken} broken links, more than links.failAbove (${failAbove})\n` : '';
  return {
    exitCode: failed ? 1 : 0,
    json,
    // The first line is what the Action reports as the failure.
    text: `${verdict}${renderLinkText(json, check)}\n${changed ? (settings.dryRun ? `would write ${pageRel}` : `wrote ${pageRel}`) : `${pageRel} unchanged`}`,
    summary: renderLinkSummary(json, check),
    outputs: {
      status: failed ? 'failed' : 'success',
      checked: String(json.checked),
      broken: String(json.broken),
      'changed-files': changed && !settings.dryRun ? pageRel : '',
      'commit-sha': commitSha,
    },
    annotations: linkAnnotations(check, config.links.maxAnnotations),
  };
}
