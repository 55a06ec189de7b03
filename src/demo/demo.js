/**
 * `wiki-daily demo`: the whole daily update with no internet. Bundled fixture feeds (every kind the
 * product reads, plus one broken feed) are served on 127.0.0.1; the wiki is copied into a temporary
 * git clone with a bare `origin`; then `run` happens twice — the second time to show that an unchanged
 * world changes nothing. Prints what a maintainer would read.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseEntries } from '../pages/entries.js';
import { regionBody } from '../pages/regions.js';
import { demoGoogleNewsTokens, findProjectRoot, git, prepareDemoWorkspace } from './workspace.js';
import { holding } from '../interrupt.js';
import { writeFileAtomic } from '../fsutil.js';
/**
 * What a maintainer does in GitHub's web editor between two runs: tick `승격 promote` on the queue entry
 * that came from an opaque Google News link, and commit. Returns the entry's id and link, or undefined.
 */
async function tickPromoteOnGoogleNewsEntry(ws, projectRoot) {
    const queuePath = ws.config.pages.queuePage;
    const file = path.join(ws.root, queuePath);
    const text = await readFile(file, 'utf8');
    const resolved = new Set(Object.values(await demoGoogleNewsTokens(path.join(projectRoot, 'fixtures', 'feeds'))));
    const entry = parseEntries(regionBody(text, 'entries:main', queuePath) ?? '', queuePath).entries.find((e) => e.url && resolved.has(e.url));
    if (!entry?.id || !entry.url)
        return undefined;
    const ticked = text.replace(`  - id: ${entry.id}\n  - [ ] 승격 promote`, `  - id: ${entry.id}\n  - [x] 승격 promote`);
    if (ticked === text)
        return undefined;
    await writeFile(file, ticked);
    await git(ws.root, 'commit', '-q', '-m', `Promote ${entry.id} (ticked in the web editor)`, '--', queuePath);
    return { id: entry.id, url: entry.url };
}
/** `execute` runs the `run` command (passed in by app.ts, which imports this module: no cycle). */
export async function runDemo(settings, deps, execute) {
    const projectRoot = await findProjectRoot(settings.root);
    // A maintainer's demo shows their own (live) wiki; `--serve` is what the tool's CI runs the action
    // against, and CI must never depend on the live wiki's content (issue 7): it starts from the frozen
    // fixture wiki.
    const wikiRoot = settings.demoWiki ? path.resolve(settings.demoWiki) : settings.serve ? path.join(projectRoot, 'fixtures', 'wiki') : projectRoot;
    const ws = await prepareDemoWorkspace({ projectRoot, wikiRoot });
    deps.logger.info(`demo: fixture feeds on ${ws.server.url}, wiki copied from ${wikiRoot} to ${ws.root}, origin ${ws.origin}`);
    const keep = settings.keepWorkspace === true;
    const release = holding(`the demo's temporary folder ${ws.dir} (delete it, or keep it: it is outside the wiki)`);
    if (settings.serve)
        return serveUntilStopped(ws, wikiRoot, settings, deps, keep, release);
    try {
        const runSettings = {
            ...settings,
            command: 'run',
            root: ws.root,
            configFile: ws.configFile,
            stateDir: ws.stateDir,
            force: true,
            dryRun: false,
            push: true,
            json: false,
            // A demo never alerts the real Discord channel or uses a real token.
            onActions: false,
        };
        delete runSettings.discordWebhook;
        delete runSettings.token;
        const demoDeps = { ...deps, env: {} };
        const first = await execute(runSettings, demoDeps);
        const gn = { ...ws.googleNews.stats };
        const promoted = await tickPromoteOnGoogleNewsEntry(ws, projectRoot);
        const second = await execute(runSettings, demoDeps);
        const log = await git(ws.origin, 'log', '--format=%h %s (%an)', 'main');
        const stat = first.report?.commitSha ? await git(ws.root, 'show', '--stat', '--format=', first.report.commitSha) : '';
        const r2 = second.report;
        const text = [
            '══ wiki-daily demo (offline: fixture feeds on loopback, a temporary copy of the wiki) ══',
            '',
            '── Run 1: what the terminal shows ──',
            first.text,
            '',
            '── Run 1: the GitHub job summary a maintainer reads ──',
            first.summary ?? '',
            '── Google News: opaque AU_yq links resolved by the loopback Google News endpoints ──',
            `${gn.batches} resolved with ${gn.pages + gn.batches} requests (${gn.pages} article pages + ${gn.batches} batchexecute), ${gn.tooMany} answered 429; never written with a Google link`,
            '',
            '── Curation: the maintainer ticks "승격 promote" on that entry in the web editor and commits ──',
            promoted ? `${promoted.id} <${promoted.url}>: run 2 moves it from the queue to its routed page` : '(no Google News entry in the queue to promote)',
            '',
            '── Run 2 (same feeds, served from the HTTP cache / 304; the ticked entry is promoted) ──',
            `${r2.status}: ${r2.itemsAdded} entries added, ${r2.changedFiles.length} files changed, commit: ${r2.commitSha && r2.committed ? r2.commitSha.slice(0, 8) : 'none'}, cache hit rate ${Math.round(r2.cache.hitRate * 100)} %`,
            '',
            '── origin/main after the demo ──',
            log,
            '',
            stat ? `── files in the bot commit ──\n${stat}\n` : '',
            keep
                ? `The demo wiki is kept at ${ws.root} (--keep; delete ${ws.dir} when done).`
                : `The temporary demo wiki was removed (use --keep to look at it afterwards).`,
        ].join('\n');
        return {
            exitCode: first.exitCode,
            json: { workspace: ws.dir, kept: keep, root: ws.root, first: first.report, second: r2, originLog: log.split('\n') },
            text,
            ...(first.summary ? { summary: first.summary } : {}),
            outputs: first.outputs,
            ...(first.report ? { report: first.report } : {}),
        };
    }
    finally {
        await ws.close({ keepFiles: keep });
        release();
        deps.logger.debug(`demo workspace ${path.basename(ws.dir)} ${keep ? 'kept' : 'removed'}`);
    }
}
/**
 * `demo --serve [--out FILE]`: prepare the demo wiki and keep the fixture feeds served until SIGTERM or
 * SIGINT, so CI can run the action itself (`uses: ./`) against them. The wiki is the frozen fixture
 * wiki (fixtures/wiki). FILE gets {root, configFile, stateDir, url, origin, wikiSource} once everything
 * is ready (written last, so its presence means ready).
 */
async function serveUntilStopped(ws, wikiSource, settings, deps, keep, release) {
    const ready = { root: ws.root, configFile: ws.configFile, stateDir: ws.stateDir, url: ws.server.url, origin: ws.origin, wikiSource };
    if (settings.out)
        await writeFileAtomic(settings.out, `${JSON.stringify(ready, null, 2)}\n`);
    deps.logger.info(`demo: serving until stopped (SIGTERM/SIGINT); wiki at ${ws.root}, config ${ws.configFile}`);
    const signal = await new Promise((resolve) => {
        const stop = (sig) => {
            process.off('SIGTERM', onTerm);
            process.off('SIGINT', onInt);
            resolve(sig);
        };
        const onTerm = () => stop('SIGTERM');
        const onInt = () => stop('SIGINT');
        process.on('SIGTERM', onTerm);
        process.on('SIGINT', onInt);
    });
    await ws.close({ keepFiles: keep });
    release();
    return { exitCode: 0, json: { ...ready, stoppedBy: signal, kept: keep }, text: `demo server stopped (${signal})${keep ? `; wiki kept at ${ws.root}` : ''}`, outputs: {} };
}
