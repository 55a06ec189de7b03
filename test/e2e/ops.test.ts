/**
 * Operations scenarios with the built CLI as a real process: a run killed with SIGKILL between its
 * writes and the run after it, backup/damage/restore and a corrupted backup store, two runs at
 * once, Discord delivery with the receiver down, and health exit codes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import type { DemoOptions, DemoWorkspace } from '../../src/demo/workspace.js';
import { FIXTURE_SEEN_IDS, prepareFixtureWorkspace } from '../support/fixture-wiki.js';
import { canonicalUrl } from '../../src/gate/canonical.js';
import { parseSeen } from '../../src/gate/seen.js';
import type { RunReport } from '../../src/model.js';
import { COLORS } from '../../src/ops/discord.js';
import { listSnapshots } from '../../src/ops/backup/store.js';
import { newDayLog, parseDayLog, renderStatusBody, updateDayLog } from '../../src/pages/daylog.js';
import { parseEntries } from '../../src/pages/entries.js';
import { findRegions } from '../../src/pages/regions.js';
import { localDate } from '../../src/time.js';
import { startDiscordReceiver, type DiscordReceiver } from '../support/discord-receiver.js';
import { git } from '../support/git.js';
import { parseSingleJson, PROJECT_ROOT, runCliProcess, startCliProcess, type ProcResult } from '../support/proc.js';
import { listFiles } from '../../src/fsutil.js';

const FEEDS = path.join(PROJECT_ROOT, 'fixtures', 'feeds');

function describeProc(r: ProcResult): string {
  return `exit ${r.code} signal ${r.signal}${r.timedOut ? ' (timed out)' : ''}\n--- stdout ---\n${r.stdout.slice(0, 4000)}\n--- stderr ---\n${r.stderr.slice(0, 4000)}`;
}

/** The scenarios are independent (own wiki, origin, fixture server), so they run side by side. */
const E2E_TIMEOUT_MS = 90_000;

async function workspace(t: TestContext, opts: Omit<DemoOptions, 'projectRoot' | 'wikiRoot'> = {}): Promise<DemoWorkspace> {
  const ws = await prepareFixtureWorkspace(opts);
  t.onTestFinished(() => ws.close());
  return ws;
}

async function until(what: string, predicate: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function filesUnder(root: string, dirs: string[]): Promise<string[]> {
  return (await Promise.all(dirs.map((d) => listFiles(root, d)))).flat().sort();
}

async function sha256Tree(root: string, dirs: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await filesUnder(root, dirs)) out[f] = createHash('sha256').update(await readFile(path.join(root, f))).digest('hex');
  return out;
}

/**
 * Every page must parse (a half-written page has broken region markers) and every entry must be
 * there once: ids and canonical URLs unique across all entry regions, and every id in the seen
 * file present on a page.
 */
async function auditWiki(ws: DemoWorkspace): Promise<{ ids: Map<string, number>; urls: Map<string, number>; seenIds: string[] }> {
  const ids = new Map<string, number>();
  const urls = new Map<string, number>();
  for (const rel of await filesUnder(ws.root, ['pages', 'news'])) {
    if (!rel.endsWith('.md')) continue;
    const text = await readFile(path.join(ws.root, rel), 'utf8');
    const regions = findRegions(text, rel);
    if (!rel.startsWith('pages/')) continue;
    for (const r of regions.filter((x) => x.name.startsWith('entries'))) {
      const parsed = parseEntries(text.slice(r.bodyStart, r.bodyEnd), rel);
      expect(parsed.problems, rel).toEqual([]);
      for (const e of parsed.entries) {
        ids.set(e.id!, (ids.get(e.id!) ?? 0) + 1);
        const u = canonicalUrl(e.url!);
        urls.set(u, (urls.get(u) ?? 0) + 1);
      }
    }
  }
  const seenFile = ws.config.pages.seenFile;
  const seenIds = parseSeen(await readFile(path.join(ws.root, seenFile), 'utf8'), seenFile)
    .entries()
    .map((e) => e.id);
  return { ids, urls, seenIds };
}

function today(ws: DemoWorkspace): string {
  return localDate(Date.now(), ws.config.timezone);
}

async function readDayLog(ws: DemoWorkspace, date: string) {
  const rel = `${ws.config.pages.newsDir}/${date}.md`;
  return parseDayLog(await readFile(path.join(ws.root, rel), 'utf8'), rel, ws.config.timezone);
}

async function rewriteConfig(ws: DemoWorkspace, edit: (raw: Record<string, any>) => void): Promise<void> {
  const raw = parseYaml(await readFile(ws.configFile, 'utf8')) as Record<string, any>;
  edit(raw);
  await writeFile(ws.configFile, toYaml(raw));
}

describe.concurrent('operations scenarios (built CLI processes)', () => {
  it('a run killed with SIGKILL in the middle, then the next run: takes over the lock, records the crash in the run history, leaves no half-written page and loses or doubles nothing', async (t) => {
    const magazine = await readFile(path.join(FEEDS, 'rss2-magazine.xml'));
    const slowRoute = { body: magazine, contentType: 'application/rss+xml; charset=utf-8' };
    const ws = await workspace(t, {
      // The slow source repeats the ELLE feed's items, so the recovery run also has to de-duplicate.
      extraSources: [{ id: 'slow', name: 'Slow magazine', url: '{{BASE}}/slow/feed', kindHint: 'pictorial' }],
      extraRoutes: { '/slow/feed': { ...slowRoute, latencyMs: 10_000 } },
    });
    const date = today(ws);
    const dayLogRel = `${ws.config.pages.newsDir}/${date}.md`;
    const headBefore = (await git(ws.root, ['rev-parse', 'HEAD'])).trim();

    const victim = startCliProcess(['run', '--force', '--root', ws.root]);
    let ended: ProcResult | undefined;
    void victim.result.then((r) => (ended = r));
    await until('the slow source to be requested', () => {
      if (ended) throw new Error(`the run ended before it reached the slow source:\n${describeProc(ended)}`);
      return ws.server.requests.some((r) => r.path.startsWith('/slow/feed'));
    });
    victim.kill('SIGKILL');
    const killed = await victim.result;
    expect(killed.signal, describeProc(killed)).toBe('SIGKILL');

    // Killed where intended: after the lock, the journal and the backup, before any page write. The
    // wiki shows no trace of it (no "running" mark): the crash is known from the journal in the state folder.
    const lockFile = path.join(ws.stateDir, 'locks', 'run.lock');
    const owner = JSON.parse(await readFile(lockFile, 'utf8')) as { pid: number };
    expect(owner.pid).toBe(victim.pid);
    expect(JSON.parse(await readFile(path.join(ws.stateDir, 'journal', 'journal.json'), 'utf8'))).toMatchObject({ phase: 'started', date });
    expect(await listSnapshots(path.join(ws.stateDir, 'backups'))).toHaveLength(1);
    expect((await git(ws.root, ['rev-parse', 'HEAD'])).trim()).toBe(headBefore);
    expect((await git(ws.root, ['status', '--porcelain', '--untracked-files=all'])).trim()).toBe('');

    ws.server.setRoute('/slow/feed', slowRoute);
    const r = await runCliProcess(['run', '--force', '--json', '--root', ws.root]);
    expect(r.code, describeProc(r)).toBe(0);
    const report = parseSingleJson(r.stdout) as RunReport;
    expect(report.status).toBe('partial'); // the demo's broken feed
    expect(report.sources.find((s) => s.id === 'slow')?.outcome).toBe('fetched');
    const repaired = report.repaired ?? [];
    expect(repaired.some((w) => w.includes(`took over lock 'run' from pid ${victim.pid}`) && w.includes('no longer running')), repaired.join('\n')).toBe(true);

    // The crash is in the run history as failed with a reason; the day log holds only this run's status.
    const history = (await readFile(path.join(ws.stateDir, 'runs.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { status: string; reason?: string });
    expect(history.filter((h) => h.status === 'failed').map((h) => h.reason)).toEqual([expect.stringMatching(/did not finish/)]);
    expect(history.at(-1)!.status).toBe(report.status);
    const log = await readDayLog(ws, date);
    expect(log.status).toBe(report.status);
    expect(log.history.map((h) => h.status)).toEqual([report.status]);

    // Everything the run wrote is committed and pushed; the lock is released.
    expect((await git(ws.root, ['status', '--porcelain', '--untracked-files=all'])).trim()).toBe('');
    expect((await git(ws.origin, ['rev-parse', 'main'])).trim()).toBe(report.commitSha);
    expect(report.changedFiles).toContain(dayLogRel);
    await expect(stat(lockFile)).rejects.toMatchObject({ code: 'ENOENT' });

    // Nothing half written, lost or doubled.
    const audit = await auditWiki(ws);
    for (const [id, n] of audit.ids) expect(n, `entry ${id}`).toBe(1);
    for (const [u, n] of audit.urls) expect(n, `URL ${u}`).toBe(1);
    expect(report.itemsAdded).toBeGreaterThan(0);
    // Every item the gate let through was written (the killed run's items are not lost)…
    expect(report.itemsAdded).toBe(report.lanes.land + report.lanes.queue + report.lanes.pool);
    expect(report.lanes.duplicate).toBeGreaterThan(0); // the slow feed repeats ELLE's items
    // …and every id in the seen file now is the fixture wiki's own or one this run wrote.
    expect(audit.seenIds.filter((id) => !FIXTURE_SEEN_IDS.has(id))).toHaveLength(report.itemsAdded);
    expect(audit.seenIds.filter((id) => FIXTURE_SEEN_IDS.has(id))).toHaveLength(FIXTURE_SEEN_IDS.size);
    for (const id of audit.seenIds) expect(audit.ids.has(id), `seen ${id} is on a page`).toBe(true);
  }, E2E_TIMEOUT_MS);

  it('backups through the CLI: restores damaged pages byte for byte; a flipped byte in a blob makes verify exit 1 naming it', async (t) => {
    const ws = await workspace(t);
    const include = ['pages', 'news', 'data'];
    const before = await sha256Tree(ws.root, include);

    const c = await runCliProcess(['backup', 'create', '--json', '--root', ws.root]);
    expect(c.code, describeProc(c)).toBe(0);
    const { id } = parseSingleJson(c.stdout) as { id: string };

    // Damage: change one page, delete one, add one (also in a new folder).
    const pages = Object.keys(before).filter((f) => f.startsWith('pages/'));
    expect(pages.length).toBeGreaterThan(3);
    await writeFile(path.join(ws.root, pages[0]!), 'vandalised\n');
    await rm(path.join(ws.root, pages[1]!));
    await writeFile(path.join(ws.root, 'pages', 'spam.md'), '# spam\n');
    await mkdir(path.join(ws.root, 'pages', 'junk'), { recursive: true });
    await writeFile(path.join(ws.root, 'pages', 'junk', 'more.md'), 'junk\n');
    expect(await sha256Tree(ws.root, include)).not.toEqual(before);

    const r = await runCliProcess(['backup', 'restore', id, '--root', ws.root]);
    expect(r.code, describeProc(r)).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^restored snapshot ${id}: 2 files written, 2 removed`));
    expect(await sha256Tree(ws.root, include)).toEqual(before);
    expect((await git(ws.root, ['status', '--porcelain', '--untracked-files=all'])).trim()).toBe('');

    const ok = await runCliProcess(['backup', 'verify', '--root', ws.root]);
    expect(ok.code, describeProc(ok)).toBe(0);

    // Flip one byte of a blob that exactly one file of the snapshot uses.
    const store = path.join(ws.stateDir, 'backups');
    const manifest = JSON.parse(await readFile(path.join(store, 'snapshots', `${id}.json`), 'utf8')) as {
      files: Array<{ path: string; sha256: string }>;
    };
    const users = new Map<string, string[]>();
    for (const f of manifest.files) users.set(f.sha256, [...(users.get(f.sha256) ?? []), f.path]);
    const [sha, [damagedFile]] = [...users].find(([, files]) => files.length === 1 && files[0]!.startsWith('pages/')) as [string, [string]];
    const blob = (await filesUnder(store, ['blobs'])).find((b) => path.basename(b) === sha)!;
    expect(blob).toBeDefined();
    const bytes = await readFile(path.join(store, blob));
    bytes[0] = bytes[0]! ^ 0x01;
    await writeFile(path.join(store, blob), bytes);

    const bad = await runCliProcess(['backup', 'verify', '--root', ws.root]);
    expect(bad.code, describeProc(bad)).toBe(1);
    expect(bad.stdout).toContain('1 problem(s) in the backup store');
    expect(bad.stdout).toContain(`corrupt: ${damagedFile} (snapshot ${id})`);

    // A restore from the damaged snapshot refuses before touching anything.
    await writeFile(path.join(ws.root, pages[0]!), 'vandalised again\n');
    const refused = await runCliProcess(['backup', 'restore', id, '--root', ws.root]);
    expect(refused.code, describeProc(refused)).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`snapshot ${id} is damaged; nothing restored`));
    expect(await readFile(path.join(ws.root, pages[0]!), 'utf8')).toBe('vandalised again\n');
  }, E2E_TIMEOUT_MS);

  it('two runs at once: with a short lock wait the second gives up naming the holder; with a longer one it waits and never overlaps', async (t) => {
    const magazine = await readFile(path.join(FEEDS, 'rss2-magazine.xml'));
    const route = { body: magazine, contentType: 'application/rss+xml; charset=utf-8' };
    const ws = await workspace(t, {
      onlyExtraSources: true,
      extraSources: [{ id: 'slow', name: 'Slow magazine', url: '{{BASE}}/slow/feed', kindHint: 'pictorial' }],
      extraRoutes: { '/slow/feed': { ...route, latencyMs: 2_500 } },
      overrides: { lock: { waitMinutes: 0.02 } },
    });

    const a = startCliProcess(['run', '--force', '--root', ws.root]);
    const b = startCliProcess(['run', '--force', '--root', ws.root]);
    const [ra, rb] = await Promise.all([a.result, b.result]);
    const results = [
      { pid: a.pid, r: ra },
      { pid: b.pid, r: rb },
    ];
    const winners = results.filter((x) => x.r.code === 0);
    const losers = results.filter((x) => x.r.code !== 0);
    expect(winners, results.map((x) => describeProc(x.r)).join('\n')).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const loser = losers[0]!.r;
    expect(loser.code, describeProc(loser)).toBe(1);
    expect(loser.stderr).toMatch(new RegExp(`error: lock 'run' is held by pid ${winners[0]!.pid} on host \\S+ \\(wiki-daily run\\)`));
    expect(loser.stderr).toMatch(/gave up after waiting/);
    expect(ws.server.requests.filter((q) => q.path.startsWith('/slow/feed'))).toHaveLength(1);

    // Now a wait long enough for the first run to finish.
    await rewriteConfig(ws, (raw) => {
      raw.lock = { ...raw.lock, waitMinutes: 0.5 };
    });
    ws.server.setRoute('/slow/feed', { ...route, latencyMs: 1_500 });
    ws.server.resetStats();
    const c = startCliProcess(['run', '--force', '--refresh', '--json', '--root', ws.root]);
    const d = startCliProcess(['run', '--force', '--refresh', '--json', '--root', ws.root]);
    const [rc, rd] = await Promise.all([c.result, d.result]);
    expect(rc.code, describeProc(rc)).toBe(0);
    expect(rd.code, describeProc(rd)).toBe(0);
    const waited = [rc, rd].filter((r) => /waiting up to .* for lock 'run' is held by pid \d+/.test(r.stderr));
    expect(waited, [rc, rd].map(describeProc).join('\n')).toHaveLength(1);
    const reports = [rc, rd].map((r) => parseSingleJson(r.stdout) as RunReport);
    expect(reports.map((r) => r.status)).toEqual(['success', 'success']);
    // One request per run (--refresh revalidates), never two at the same time.
    const reqs = ws.server.requests.filter((q) => q.path.startsWith('/slow/feed'));
    expect(reqs).toHaveLength(2);
    expect(ws.server.maxInFlight).toBe(1);
    expect(reqs[1]!.at - reqs[0]!.at).toBeGreaterThanOrEqual(1_500);
    await expect(stat(path.join(ws.stateDir, 'locks', 'run.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
    // Only the config this test edited differs from the last commit.
    expect((await git(ws.root, ['status', '--porcelain', '--untracked-files=all'])).trim()).toBe('M wiki-daily.yml');
  }, E2E_TIMEOUT_MS);

  it('Discord end to end: sends one message with the counts; queues it while the receiver is down and delivers it next run; never leaks the URL', async (t) => {
    const ws = await workspace(t, { overrides: { discord: { retries: 0, throttleMinutes: 0 } } });
    const discord: DiscordReceiver = await startDiscordReceiver();
    t.onTestFinished(() => discord.close());
    const env = { DISCORD_WEBHOOK_URL: discord.url };
    // Pushing is not what this scenario is about; --no-push keeps each run short.
    const outputs: string[] = [];

    const first = await runCliProcess(['run', '--force', '--no-push', '--json', '--root', ws.root], { env });
    outputs.push(first.stdout, first.stderr);
    expect(first.code, describeProc(first)).toBe(0);
    const r1 = parseSingleJson(first.stdout) as RunReport;
    expect(discord.messages).toHaveLength(1);
    const embed = discord.messages[0].embeds[0] as { color: number; title: string; fields: Array<{ name: string; value: string }> };
    expect(embed.color).toBe(COLORS[r1.status as 'partial']);
    expect(embed.fields.find((f) => f.name === 'Items added')?.value).toBe(`${r1.itemsAdded} (of ${r1.itemsCollected} collected)`);
    expect(embed.fields.find((f) => f.name === 'Sources ok / failed')?.value).toBe(
      `${r1.sources.filter((s) => s.outcome !== 'failed').length} / ${r1.sources.filter((s) => s.outcome === 'failed').length}`,
    );
    expect(r1.itemsAdded).toBeGreaterThan(0);

    await discord.down();
    const second = await runCliProcess(['run', '--force', '--no-push', '--json', '--root', ws.root], { env });
    outputs.push(second.stdout, second.stderr);
    expect(second.code, describeProc(second)).toBe(0);
    const r2 = parseSingleJson(second.stdout) as RunReport;
    expect(r2.warnings).toContain('Discord unreachable: 1 message(s) queued for the next run');
    const queueFile = path.join(ws.stateDir, 'discord-queue.json');
    const queue = JSON.parse(await readFile(queueFile, 'utf8')) as Array<{ payload: { embeds: Array<{ title: string }> } }>;
    expect(queue).toHaveLength(1);
    expect(queue[0]!.payload.embeds[0]!.title).toContain(`${r2.status} (${r2.date})`);

    await discord.up();
    const third = await runCliProcess(['run', '--force', '--no-push', '--json', '--root', ws.root], { env });
    outputs.push(third.stdout, third.stderr);
    expect(third.code, describeProc(third)).toBe(0);
    // The queued message first, then this run's.
    expect(discord.messages).toHaveLength(3);
    expect(discord.messages[1]).toEqual(queue[0]!.payload);
    const r3 = parseSingleJson(third.stdout) as RunReport;
    expect(discord.messages[1].embeds[0].timestamp).toBe(r2.finishedAt);
    expect(discord.messages[2].embeds[0].timestamp).toBe(r3.finishedAt);
    const queueAfter = await readFile(queueFile, 'utf8').then((t) => JSON.parse(t) as unknown[]).catch(() => []);
    expect(queueAfter).toEqual([]);

    // The URL and its token are nowhere: process output, reports, pages, state files.
    const files = [
      ...(await filesUnder(ws.root, ['pages', 'news', 'data'])),
      ...(await filesUnder(ws.root, ['.wiki-daily'])),
    ];
    const contents = await Promise.all(files.map((f) => readFile(path.join(ws.root, f), 'utf8')));
    const committed = await git(ws.root, ['log', '-p', '--all']);
    const haystacks = [...outputs, ...contents, committed];
    for (const secret of [discord.url, discord.token, encodeURIComponent(discord.token)]) {
      const hits = haystacks.filter((h) => h.includes(secret)).length;
      expect(hits, `the webhook secret ${secret.slice(0, 16)}… appears in ${hits} place(s)`).toBe(0);
    }
    expect(files.some((f) => f.endsWith('discord-queue.json'))).toBe(true);
  }, E2E_TIMEOUT_MS);

  it('health exit codes: exits 0 while today’s day log is ok and 1 (critical) once it says failed', async (t) => {
    // Machine thresholds out of reach, so only the day log decides on a busy test machine.
    const ws = await workspace(t, {
      overrides: {
        health: { cpuCriticalPct: 1000, memCriticalPct: 1000, diskFreeCriticalPct: -1, processesCritical: 100_000, lastSuccessMaxAgeHours: 100_000 },
      },
    });
    const date = today(ws);
    const rel = `${ws.config.pages.newsDir}/${date}.md`;
    const ok = updateDayLog(newDayLog(date), rel, {
      date,
      statusBody: renderStatusBody('success', undefined, []),
      historyLine: `- 09:00 success, +0 items, sources 0/0`,
      maxItems: 10,
    });
    await writeFile(path.join(ws.root, rel), ok);

    const good = await runCliProcess(['health', '--json', '--root', ws.root]);
    const hGood = parseSingleJson(good.stdout) as { level: string; checks: Array<{ name: string; level: string; reason: string }> };
    expect(hGood.checks.find((c) => c.name === 'day log')).toMatchObject({ level: 'ok' });
    expect(hGood.level).not.toBe('critical');
    expect(good.code, describeProc(good)).toBe(0);

    const failed = updateDayLog(ok, rel, { date, statusBody: renderStatusBody('failed', 'push failed: remote rejected', []), historyLine: '- 10:00 failed, +0 items, sources 0/0', maxItems: 10 });
    await writeFile(path.join(ws.root, rel), failed);
    const bad = await runCliProcess(['health', '--json', '--root', ws.root]);
    const hBad = parseSingleJson(bad.stdout) as typeof hGood;
    expect(hBad.level).toBe('critical');
    expect(hBad.checks.find((c) => c.name === 'day log')).toMatchObject({ level: 'critical', reason: `today's run failed (${date})` });
    expect(hBad.checks.filter((c) => c.level === 'critical').map((c) => c.name)).toEqual(['day log']);
    expect(bad.code, describeProc(bad)).toBe(1);
  }, E2E_TIMEOUT_MS);
});
