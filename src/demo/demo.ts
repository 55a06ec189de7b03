/**
 * `wiki-daily demo`: the whole daily update with no internet. Bundled fixture feeds (every kind the
 * product reads, plus one broken feed) are served on 127.0.0.1; the wiki is copied into a temporary
 * git clone with a bare `origin`; then `run` happens twice — the second time to show that an unchanged
 * world changes nothing. Prints what a maintainer would read.
 */
import path from 'node:path';
import { execute, type CommandOutcome, type Deps } from '../app.js';
import { holding } from '../interrupt.js';
import type { Settings } from '../settings.js';
import { writeFileAtomic } from '../fsutil.js';
import { findProjectRoot, git, prepareDemoWorkspace, type DemoWorkspace } from './workspace.js';

export async function runDemo(settings: Settings, deps: Deps): Promise<CommandOutcome> {
  const projectRoot = await findProjectRoot(settings.root);
  const ws = await prepareDemoWorkspace({ projectRoot });
  deps.logger.info(`demo: fixture feeds on ${ws.server.url}, wiki copied to ${ws.root}, origin ${ws.origin}`);
  const keep = settings.keepWorkspace === true;
  const release = holding(`the demo's temporary folder ${ws.dir} (delete it, or keep it: it is outside the wiki)`);
  if (settings.serve) return serveUntilStopped(ws, settings, deps, keep, release);
  try {
    const runSettings: Settings = {
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
    const demoDeps: Deps = { ...deps, env: {} };
    const first = await execute(runSettings, demoDeps);
    const second = await execute(runSettings, demoDeps);
    const log = await git(ws.origin, 'log', '--format=%h %s (%an)', 'main');
    const stat = first.report?.commitSha ? await git(ws.root, 'show', '--stat', '--format=', first.report.commitSha) : '';
    const r2 = second.report!;
    const text = [
      '══ wiki-daily demo (offline: fixture feeds on loopback, a temporary copy of the wiki) ══',
      '',
      '── Run 1: what the terminal shows ──',
      first.text,
      '',
      '── Run 1: the GitHub job summary a maintainer reads ──',
      first.summary ?? '',
      '── Run 2 (same feeds, served from the HTTP cache / 304) ──',
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
  } finally {
    await ws.close({ keepFiles: keep });
    release();
    deps.logger.debug(`demo workspace ${path.basename(ws.dir)} ${keep ? 'kept' : 'removed'}`);
  }
}

/**
 * `demo --serve [--out FILE]`: prepare the demo wiki and keep the fixture feeds served until SIGTERM or
 * SIGINT, so CI can run the action itself (`uses: ./`) against them. FILE gets {root, configFile,
 * stateDir, url} once everything is ready (written last, so its presence means ready).
 */
async function serveUntilStopped(ws: DemoWorkspace, settings: Settings, deps: Deps, keep: boolean, release: () => void): Promise<CommandOutcome> {
  const ready = { root: ws.root, configFile: ws.configFile, stateDir: ws.stateDir, url: ws.server.url, origin: ws.origin };
  if (settings.out) await writeFileAtomic(settings.out, `${JSON.stringify(ready, null, 2)}\n`);
  deps.logger.info(`demo: serving until stopped (SIGTERM/SIGINT); wiki at ${ws.root}, config ${ws.configFile}`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const stop = (sig: NodeJS.Signals) => {
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
