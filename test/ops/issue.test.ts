import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../support/memory-logger.js';
import type { HealthResult } from '../../src/ops/health.js';
import type { RunRecord } from '../../src/ops/history.js';
import {
  ISSUE_TITLE,
  subjectFromHealth,
  subjectFromRun,
  syncFailureIssueFromEnv,
  trailingFailures,
} from '../../src/ops/issue.js';
import { fakeClock, type FakeClock } from '../support/clock.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';

const SETTINGS = { enabled: true, label: 'wiki-daily', afterFailures: 2 };
const DAY = 86_400_000;

function rec(i: number, status: RunRecord['status'], over: Partial<RunRecord> = {}): RunRecord {
  const t = Date.parse('2026-05-01T00:00:00Z') + i * DAY;
  return {
    command: 'run',
    status,
    startedAt: new Date(t).toISOString(),
    finishedAt: new Date(t + 60_000).toISOString(),
    durationMs: 60_000,
    date: new Date(t).toISOString().slice(0, 10),
    itemsCollected: 1,
    itemsAdded: 0,
    sourcesOk: 1,
    sourcesFailed: 0,
    cacheHitRate: 0,
    committed: false,
    runUrl: `https://github.com/owner/wiki/actions/runs/${1000 + i}`,
    ...(status === 'failed' ? { reason: `all sources failed (${i})` } : {}),
    ...over,
  };
}

describe('failure issue rule', () => {
  let api: GitHubApi;
  let clock: FakeClock;
  let logger: MemoryLogger;
  beforeEach(async () => {
    clock = fakeClock(Date.parse('2026-05-03T00:05:00Z'));
    api = await startGitHubApi({ owner: 'owner', repo: 'wiki', now: clock.now });
    logger = new MemoryLogger();
  });
  afterEach(() => api.close());

  const env = (): NodeJS.ProcessEnv => ({ GITHUB_REPOSITORY: 'owner/wiki', GITHUB_API_URL: api.url });
  const sync = (subject: Parameters<typeof syncFailureIssueFromEnv>[0]) =>
    syncFailureIssueFromEnv(subject, { settings: SETTINGS, env: env(), token: 'ghs_testtoken', timezone: 'Asia/Seoul', now: clock.now(), logger });

  it('counts only the trailing failed runs, skipping skipped runs', () => {
    const h = [rec(0, 'failed'), rec(1, 'success'), rec(2, 'failed'), rec(3, 'skipped'), rec(4, 'failed')];
    expect(trailingFailures(h).map((r) => r.startedAt)).toEqual([h[2]!.startedAt, h[4]!.startedAt]);
  });

  it('one failure opens nothing; the second opens one issue; more failures comment at most once a day; success closes it', async () => {
    const history = [rec(0, 'success'), rec(1, 'failed')];
    expect((await sync(subjectFromRun(history[1]!, history, 2))).result?.action).toBe('none');
    expect(api.writes()).toEqual([]);

    history.push(rec(2, 'failed'));
    const opened = await sync(subjectFromRun(history[2]!, history, 2));
    expect(opened.result?.action).toBe('opened');
    expect(api.issues).toHaveLength(1);
    const issue = api.issues[0]!;
    expect(issue.title).toBe(ISSUE_TITLE);
    expect(issue.labels).toEqual([{ name: 'wiki-daily' }]);
    expect(issue.body).toContain('2 consecutive daily runs failed');
    expect(issue.body).toContain('(https://github.com/owner/wiki/actions/runs/1001)');
    expect(issue.body).toContain('(https://github.com/owner/wiki/actions/runs/1002)');
    // Found by its label through the list endpoint, with the job token.
    const list = api.calls.find((c) => c.method === 'GET')!;
    expect(list.path).toBe('/repos/owner/wiki/issues');
    expect(list.query).toMatchObject({ labels: 'wiki-daily', state: 'open' });
    expect(list.authorization).toBe('token ghs_testtoken');

    // The watchdog, the same day: critical health, but the issue was touched today → nothing.
    const health: HealthResult = { level: 'critical', checks: [{ name: 'last-success', level: 'critical', reason: 'no success for 40 h' }] };
    expect((await sync(subjectFromHealth(health, history))).result?.action).toBe('none');
    history.push(rec(2.5, 'failed'));
    expect((await sync(subjectFromRun(history[3]!, history, 2))).result?.action).toBe('none');
    expect(issue.comments).toHaveLength(0);

    // The next day: one comment, then nothing more that day.
    clock.advance(DAY);
    expect((await sync(subjectFromHealth(health, history))).result?.action).toBe('commented');
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]!.body).toContain('health check last-success: no success for 40 h');
    history.push(rec(3, 'failed'));
    expect((await sync(subjectFromRun(history[4]!, history, 2))).result?.action).toBe('none');
    expect(issue.comments).toHaveLength(1);
    expect(api.issues).toHaveLength(1);

    // The watchdog never closes; the first successful run does, with a comment.
    expect((await sync(subjectFromHealth({ level: 'ok', checks: [] }, history))).result?.action).toBe('none');
    history.push(rec(4, 'success'));
    const closed = await sync(subjectFromRun({ status: 'success', runUrl: 'https://github.com/owner/wiki/actions/runs/2000' }, history, 2));
    expect(closed.result).toMatchObject({ action: 'closed', issueNumber: 1 });
    expect(issue.state).toBe('closed');
    expect(issue.comments.at(-1)!.body).toContain('Recovered');
    expect(issue.comments.at(-1)!.body).toContain('runs/2000');

    // A later success with no open issue writes nothing.
    const before = api.writes().length;
    expect((await sync(subjectFromRun({ status: 'success' }, history, 2))).result?.action).toBe('none');
    expect(api.writes().length).toBe(before);
  });

  it('a critical health result opens the issue at once', async () => {
    const health: HealthResult = { level: 'critical', checks: [{ name: 'today-log', level: 'critical', reason: 'today failed' }] };
    const res = await sync(subjectFromHealth(health, [], 'https://github.com/owner/wiki/actions/runs/9'));
    expect(res.result?.action).toBe('opened');
    expect(api.issues[0]!.body).toContain('health check today-log: today failed');
    expect(api.issues[0]!.body).toContain('[this watchdog check](https://github.com/owner/wiki/actions/runs/9)');
  });

  it('an API outage is a warning, not a thrown error, and leaves no issue', async () => {
    api.failWith(500);
    const history = [rec(1, 'failed'), rec(2, 'failed')];
    const res = await sync(subjectFromRun(history[1]!, history, 2));
    expect(res.result).toBeUndefined();
    expect(res.warning).toMatch(/^failure issue not updated: /);
    expect(res.warning).not.toContain('ghs_testtoken');
    expect(api.issues).toEqual([]);
  });

  it('does nothing without a repository or token (a laptop run) or when disabled', async () => {
    const history = [rec(1, 'failed'), rec(2, 'failed')];
    const subject = subjectFromRun(history[1]!, history, 2);
    expect(await syncFailureIssueFromEnv(subject, { settings: SETTINGS, env: { GITHUB_API_URL: api.url }, token: 't0ken', timezone: 'UTC', now: clock.now(), logger })).toEqual({});
    expect(await syncFailureIssueFromEnv(subject, { settings: { ...SETTINGS, enabled: false }, env: env(), token: 't0ken', timezone: 'UTC', now: clock.now(), logger })).toEqual({ result: { action: 'none' } });
    expect(api.calls).toEqual([]);
  });
});
