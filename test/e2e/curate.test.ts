/**
 * The curation loop end to end, in a real temp repository with a bare origin: a person ticks boxes in
 * pages/promotion_queue.md in another clone (as GitHub's web editor would commit), the next run moves
 * or removes the entries, exactly once; `wiki-daily promote|reject` does the same from the command line.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/app.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { parseEntries } from '../../src/pages/entries.js';
import { regionBody } from '../../src/pages/regions.js';
import { parseCliArgs, type Settings } from '../../src/settings.js';
import { systemClock } from '../../src/time.js';
import { commitFiles, isolateGitConfig, porcelain } from '../support/git.js';
import { changedPaths, openWorkspace, type E2eWorkspace } from '../support/e2e.js';
import { runCliProcess } from '../support/proc.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const QUEUE = 'pages/promotion_queue.md';
const NEWS1 = 'https://www.news1.kr/entertain/celebrity/5612399';
const SPORTSWORLD = 'https://www.sportsworldi.com/newsView/20261126509876';
const WKOREA = 'https://www.wkorea.com/2026/11/25/goyounjung-marithe-winter/';

let restoreGit: () => void;
let ws: E2eWorkspace;

function queueEntries(text: string) {
  return parseEntries(regionBody(text, 'entries:main', QUEUE) ?? '', QUEUE).entries;
}
function idOf(text: string, url: string): string {
  const e = queueEntries(text).find((x) => x.url === url);
  if (!e?.id) throw new Error(`no queue entry for ${url}`);
  return e.id;
}
/** What a person does in the web editor: tick one box of one entry. */
function tick(text: string, id: string, box: '승격 promote' | '제외 reject'): string {
  const out = text.replace(new RegExp(`(  - id: ${id}\\n(?:  - \\[[ x]\\] .*\\n)*?)  - \\[ \\] ${box}`), `$1  - [x] ${box}`);
  if (out === text) throw new Error(`no "${box}" box for ${id}`);
  return out;
}
async function sh(cwd: string, ...args: string[]): Promise<string> {
  return (await run('git', args, { cwd })).stdout;
}
/** Every file under dir with its size (relative, sorted). */
async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return Promise.all(files.sort().map(async (f) => `${path.relative(dir, f)} ${(await stat(f)).size}`));
}
function cli(args: string[]): Settings {
  const s = parseCliArgs([...args, '--root', ws.root, '--state', ws.stateDir, '--config', ws.configFile], {});
  if ('help' in s) throw new Error('help');
  return s;
}

beforeAll(async () => {
  restoreGit = await isolateGitConfig();
  ws = await openWorkspace();
  await ws.run();
}, 60_000);

afterAll(async () => {
  await ws?.close();
  restoreGit?.();
});

describe('curation loop', () => {
  it('ticked boxes committed by a person: the next run promotes and rejects exactly once, and a rejected entry never comes back', async () => {
    const queue = await ws.read(QUEUE);
    const promoteId = idOf(queue, NEWS1);
    const rejectId = idOf(queue, SPORTSWORLD);
    expect(queue).toContain(`  - id: ${promoteId}\n  - [ ] 승격 promote\n  - [ ] 제외 reject\n`);

    // A person in another clone (GitHub's web editor commits the same way) ticks two boxes and pushes.
    const person = await ws.cloneOrigin();
    const edited = tick(tick(await readFile(path.join(person, QUEUE), 'utf8'), promoteId, '승격 promote'), rejectId, '제외 reject');
    await writeFile(path.join(person, QUEUE), edited);
    await sh(person, 'commit', '-qam', 'Promote one, reject one');
    await sh(person, 'push', '-q', 'origin', 'main');
    await sh(ws.root, 'pull', '-q', '--rebase', 'origin', 'main');
    const originBefore = await ws.originLog('%s');

    const second = await ws.run();
    expect(second.report.errors).toEqual([]);
    expect(second.report.warnings.filter((w) => w.startsWith('curation'))).toEqual([]);
    const log = await ws.originLog('%s');
    // Exactly one commit on top of the person's: the run's own, which carries the curation (nothing new
    // was collected), through the same journal, apply and commit as every entry.
    expect(log.slice(0, log.length - originBefore.length)).toEqual([`daily: update ${second.report.date}`]);
    // routed by the wiki's own rules: a campaign ("캠페인") goes to the pictorials page
    expect([...(second.report.curated ?? [])].sort()).toEqual([`promote ${promoteId} → pages/pictorials.md`, `reject ${rejectId}`].sort());
    const curationFiles = (await commitFiles(ws.origin, 'main')).map((l) => l.split('\t')[1]).sort();
    expect(curationFiles).toEqual(expect.arrayContaining(['data/rejected.tsv', 'pages/pictorials.md', QUEUE, 'pages/by_year.md', 'pages/timeline.md']));
    // The knowledge pages follow the move: the promoted entry is listed on its new page.
    expect(await ws.originShow('pages/timeline.md')).toContain('pictorials.md');

    const after = await ws.originShow(QUEUE);
    expect(queueEntries(after).map((e) => e.id)).not.toContain(promoteId);
    expect(queueEntries(after).map((e) => e.id)).not.toContain(rejectId);
    expect(queueEntries(after)).toHaveLength(queueEntries(queue).length - 2);
    const press = await ws.originShow('pages/pictorials.md');
    expect(press.split(`  - id: ${promoteId}\n`)).toHaveLength(2);
    expect(press).toContain(`  - 링크(원문): <${NEWS1}>\n  - 상태: 보도(1차)\n  - id: ${promoteId}\n`);
    expect(press).toMatch(/## 2026\n/);
    expect(await ws.originShow('data/rejected.tsv')).toContain(`${rejectId}\t`);
    for (const text of [after, press]) expect(text).not.toContain('[x]');
    expect(await porcelain(ws.root)).toEqual([]);

    // Idempotent: another run (and one without the state folder) changes nothing.
    await ws.run();
    await rm(ws.stateDir, { recursive: true, force: true });
    const fresh = await ws.run();
    expect(fresh.report.itemsAdded).toBe(0);
    expect(await ws.originLog('%s')).toEqual(log);
    const final = await ws.read(QUEUE);
    expect(final).toBe(after);
    expect(final).not.toContain(SPORTSWORLD);
  }, 60_000);

  it('wiki-daily promote ID --to PAGE and reject ID commit and push; an unknown id changes nothing', async () => {
    const queue = await ws.read(QUEUE);
    const id = idOf(queue, WKOREA.replace(/\/$/, '/'));
    const promoted = await execute(cli(['promote', id, '--to', 'pages/pictorials.md']), { logger: new MemoryLogger(), clock: systemClock, env: {} });
    expect(promoted.exitCode).toBe(0);
    expect(promoted.text).toMatch(new RegExp(`^promote ${id} \\(.+\\): ${QUEUE} → pages/pictorials.md\\ncommitted [0-9a-f]+ and pushed$`));
    expect(await ws.originShow('pages/pictorials.md')).toContain(`  - id: ${id}\n`);
    expect(queueEntries(await ws.originShow(QUEUE)).map((e) => e.id)).not.toContain(id);

    const head = await ws.originHead();
    const again = await execute(cli(['promote', id]), { logger: new MemoryLogger(), clock: systemClock, env: {} });
    expect(again.exitCode).toBe(1);
    expect(again.text).toContain(`problem: entry ${id} is not in ${QUEUE} or pages/candidate_pool.md`);
    expect(await ws.originHead()).toBe(head);

    const other = queueEntries(await ws.read(QUEUE))[0]!.id!;
    const rejected = await execute(cli(['reject', other]), { logger: new MemoryLogger(), clock: systemClock, env: {} });
    expect(rejected.exitCode).toBe(0);
    expect(await ws.originShow('data/rejected.tsv')).toContain(`${other}\t`);
    expect(await ws.originLog('%s')).toContain('curate: reject 1');
    expect(await porcelain(ws.root)).toEqual([]);
  }, 60_000);

  it('promote --dry-run and reject --dry-run print the planned diff and write, commit and push nothing', async () => {
    const queue = await ws.read(QUEUE);
    const [first, second] = queueEntries(queue).map((e) => e.id!);
    const head = await ws.originHead();
    const stateBefore = await listTree(ws.stateDir);
    const rejectedBefore = await ws.read('data/rejected.tsv');
    const deps = () => ({ logger: new MemoryLogger(), clock: systemClock, env: {} });

    const promoted = await execute(cli(['promote', first!, '--dry-run']), deps());
    expect(promoted.exitCode).toBe(0);
    expect(promoted.text).toContain(`promote ${first} (`);
    expect(promoted.text).toContain('dry run: nothing written');
    expect(promoted.text).toContain(`--- a/${QUEUE}`);
    expect(promoted.outputs['commit-sha']).toBe('');

    const rejected = await execute(cli(['reject', second!, '--dry-run']), deps());
    expect(rejected.exitCode).toBe(0);
    expect(rejected.text).toContain('dry run: nothing written');
    expect(rejected.text).toContain('--- a/data/rejected.tsv');

    expect(await ws.read(QUEUE)).toBe(queue);
    expect(await ws.read('data/rejected.tsv')).toBe(rejectedBefore);
    expect(await porcelain(ws.root)).toEqual([]);
    expect(await listTree(ws.stateDir)).toEqual(stateBefore);
    expect(await ws.originHead()).toBe(head);
    expect((await ws.git('rev-parse', 'HEAD')).trim()).toBe(head);
  }, 60_000);

  it('a queue with uncommitted edits is left alone: exit 1, nothing written, committed or pushed', async () => {
    const queue = await ws.read(QUEUE);
    const id = queueEntries(queue)[0]!.id!;
    const local = queue.replace('# ', '# (a person is editing) ');
    await writeFile(path.join(ws.root, QUEUE), local);
    const head = await ws.originHead();
    const out = await execute(cli(['promote', id]), { logger: new MemoryLogger(), clock: systemClock, env: {} });
    expect(out.exitCode).toBe(1);
    expect(out.text).toContain(`problem: curation not applied: uncommitted edits in ${QUEUE} (commit them first)`);
    expect(await ws.read(QUEUE)).toBe(local);
    expect(await porcelain(ws.root)).toEqual([` M ${QUEUE}`]);
    expect(await ws.originHead()).toBe(head);
    expect((await ws.git('rev-parse', 'HEAD')).trim()).toBe(head);
    await ws.git('checkout', '--', QUEUE);
  }, 60_000);

  it('the promote input of the dispatch workflow reaches the run', async () => {
    const id = queueEntries(await ws.read(QUEUE))[0]!.id!;
    const settings = { ...ws.settings(), promote: id };
    const out = await execute(settings, { logger: new MemoryLogger(), clock: systemClock, env: {} });
    expect(out.report?.errors).toEqual([]);
    expect(queueEntries(await ws.originShow(QUEUE)).map((e) => e.id)).not.toContain(id);
    expect((await ws.originLog('%s'))[0]).toBe(`daily: update ${out.report!.date}`);
    expect(out.report?.curated).toEqual([expect.stringMatching(new RegExp(`^promote ${id} → pages/`))]);
  }, 60_000);

  it('a failed run curates nothing: origin, tree and the ticked box stay as they were, and the next good run curates', async () => {
    const id = queueEntries(await ws.read(QUEUE))[0]!.id!;
    const person = await ws.cloneOrigin();
    await writeFile(path.join(person, QUEUE), tick(await readFile(path.join(person, QUEUE), 'utf8'), id, '승격 promote'));
    await sh(person, 'commit', '-qam', 'Promote one');
    await sh(person, 'push', '-q', 'origin', 'main');
    await sh(ws.root, 'pull', '-q', '--rebase', 'origin', 'main');
    const head = await ws.originHead();
    const before = await ws.hashes();

    // Every source unreachable: the run fails, so it must leave no trace, the curation included.
    const failing = path.join(path.dirname(ws.root), 'failing.yml');
    await writeFile(failing, (await readFile(ws.configFile, 'utf8')).replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://127.0.0.1:9'));
    const failed = await ws.run(['--config', failing]);
    expect(failed.report.status).toBe('failed');
    expect(failed.report.curated).toBeUndefined();
    expect(await ws.originHead()).toBe(head);
    expect(changedPaths(before, await ws.hashes())).toEqual([]);
    expect(await porcelain(ws.root)).toEqual([]);
    expect(await ws.read(QUEUE)).toContain('- [x] 승격 promote');

    const good = await ws.run();
    expect(good.report.curated).toEqual([expect.stringMatching(new RegExp(`^promote ${id} → pages/`))]);
    expect(queueEntries(await ws.originShow(QUEUE)).map((e) => e.id)).not.toContain(id);
    expect(await ws.originShow(QUEUE)).not.toContain('[x]');
  }, 60_000);

  it('a run killed in the middle of writing a curation: the next run lands the promoted entry exactly once', async () => {
    const id = queueEntries(await ws.read(QUEUE))[0]!.id!;
    const person = await ws.cloneOrigin();
    await writeFile(path.join(person, QUEUE), tick(await readFile(path.join(person, QUEUE), 'utf8'), id, '승격 promote'));
    await sh(person, 'commit', '-qam', 'Promote one more');
    await sh(person, 'push', '-q', 'origin', 'main');
    await sh(ws.root, 'pull', '-q', '--rebase', 'origin', 'main');
    const head = await ws.originHead();

    // Killed after the first page write of the run (the curation's pages are written with the rest).
    const killed = await runCliProcess(['run', '--root', ws.root, '--state', ws.stateDir, '--config', ws.configFile, '--force'], {
      env: { WIKI_DAILY_CRASH_AT: 'apply-write:1' },
      timeoutMs: 30_000,
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(await ws.originHead()).toBe(head);

    const next = await ws.run();
    expect(next.report.status).not.toBe('failed');
    expect(next.report.repaired?.length).toBeGreaterThan(0);
    expect(await porcelain(ws.root)).toEqual([]);
    // Exactly once across the pages, on a topical page, and gone from the queue.
    const where: string[] = [];
    for (const rel of (await sh(ws.root, 'ls-files', 'pages')).split('\n').filter((f) => f.endsWith('.md'))) {
      if (rel === 'pages/timeline.md' || rel === 'pages/by_year.md') continue; // views that repeat entries
      const n = (await ws.originShow(rel).catch(() => '')).split(`  - id: ${id}\n`).length - 1;
      for (let k = 0; k < n; k++) where.push(rel);
    }
    expect(where).toHaveLength(1);
    expect(where[0]).not.toBe(QUEUE);
  }, 60_000);
});
