/**
 * The failure issue: one open GitHub issue labelled `wiki-daily` while the daily update is failing,
 * closed by the first successful run (Upptime's pattern).
 *
 * The open issue IS the de-duplication state — no cache that can be evicted. It is found through the
 * issues list endpoint by its label; "at most one comment a day" is judged on the issue's own
 * `updated_at` (opening or commenting both set it), in the wiki's timezone.
 *
 * The daily run (at its end) and the watchdog (`health`) both call syncFailureIssue with what they
 * know; the rule is the same for both:
 *   - failing (N consecutive failed runs, or a critical health result) and no open issue → open one;
 *   - failing and an open issue not touched today → one comment;
 *   - a successful (or partial) run and an open issue → close it with a comment.
 */
import { getOctokit } from '@actions/github';
import { errorMessage } from '../errors.js';
import { redact } from '../log.js';
import { localDate } from '../time.js';
/** Consecutive failed runs at the end of the history (skipped runs neither break nor extend the streak). */
export function trailingFailures(history) {
    const out = [];
    for (let i = history.length - 1; i >= 0; i--) {
        const r = history[i];
        if (r.command !== 'run' || r.status === 'skipped' || r.status === 'running')
            continue;
        if (r.status !== 'failed')
            break;
        out.unshift(r);
    }
    return out;
}
/**
 * The daily run's view. `history` must already hold this run (afterRun appends it first), so the
 * streak counts it.
 */
export function subjectFromRun(run, history, afterFailures) {
    const streak = trailingFailures(history);
    const failing = run.status === 'failed' && streak.length >= afterFailures;
    return {
        kind: 'run',
        failing,
        recovered: run.status === 'success' || run.status === 'partial',
        reasons: failing ? [`${streak.length} consecutive daily runs failed; the last: ${run.reason ?? 'no reason given'}`] : [],
        ...(run.runUrl ? { runUrl: run.runUrl } : {}),
        failedRuns: streak,
    };
}
/** The watchdog's view: a critical health result opens the issue at once. */
export function subjectFromHealth(health, history, runUrl) {
    const critical = health.checks.filter((c) => c.level === 'critical');
    return {
        kind: 'health',
        failing: critical.length > 0,
        recovered: false,
        reasons: critical.map((c) => `health check ${c.name}: ${c.reason}`),
        ...(runUrl ? { runUrl } : {}),
        failedRuns: trailingFailures(history),
    };
}
export const ISSUE_TITLE = 'wiki-daily: the daily update is failing';
function body(subject, heading) {
    const lines = [heading, ''];
    for (const r of subject.reasons)
        lines.push(`- ${redact(r)}`);
    if (subject.runUrl)
        lines.push('', `Reported by [this ${subject.kind === 'run' ? 'run' : 'watchdog check'}](${subject.runUrl}).`);
    const linked = subject.failedRuns.filter((r) => r.runUrl).slice(-10);
    if (linked.length) {
        lines.push('', 'Failed runs:', '');
        for (const r of linked)
            lines.push(`- [${r.date} ${r.startedAt.slice(11, 16)} UTC](${r.runUrl})${r.reason ? ` — ${redact(r.reason).slice(0, 200)}` : ''}`);
    }
    lines.push('', '<sub>Opened and closed by wiki-daily. The first successful run closes this issue.</sub>');
    return lines.join('\n');
}
/** Apply the rule against the repository's issues. Throws on API errors (callers turn them into warnings). */
async function syncFailureIssue(subject, opts) {
    if (!opts.settings.enabled || (!subject.failing && !subject.recovered))
        return { action: 'none' };
    const [owner, repo] = opts.repository.split('/');
    if (!owner || !repo)
        throw new Error(`GITHUB_REPOSITORY must be owner/repo, got "${opts.repository}"`);
    const octokit = getOctokit(opts.token, {
        baseUrl: (opts.apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
        ...(opts.fetch ? { request: { fetch: opts.fetch } } : {}),
    });
    const label = opts.settings.label;
    const { data: open } = await octokit.rest.issues.listForRepo({ owner, repo, labels: label, state: 'open', per_page: 100 });
    // Pull requests come through the issues endpoint too; only a real issue is ours.
    const ours = open.filter((i) => !i.pull_request).sort((a, b) => a.number - b.number)[0];
    const today = localDate(opts.now, opts.timezone);
    if (subject.recovered) {
        if (!ours)
            return { action: 'none' };
        await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: ours.number,
            body: `Recovered: the daily update succeeded${subject.runUrl ? ` ([run](${subject.runUrl}))` : ''}. Closing.`,
        });
        await octokit.rest.issues.update({ owner, repo, issue_number: ours.number, state: 'closed', state_reason: 'completed' });
        opts.logger.info(`failure issue #${ours.number} closed: the run succeeded`);
        return { action: 'closed', issueNumber: ours.number, issueUrl: ours.html_url };
    }
    if (!ours) {
        const { data: created } = await octokit.rest.issues.create({
            owner,
            repo,
            title: ISSUE_TITLE,
            labels: [label],
            body: body(subject, `The daily update of the wiki is failing (${today}).`),
        });
        opts.logger.warn(`failure issue #${created.number} opened: ${created.html_url}`);
        return { action: 'opened', issueNumber: created.number, issueUrl: created.html_url };
    }
    if (localDate(ours.updated_at, opts.timezone) === today) {
        opts.logger.info(`failure issue #${ours.number} already updated today; no comment`);
        return { action: 'none', issueNumber: ours.number, issueUrl: ours.html_url };
    }
    await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: ours.number,
        body: body(subject, `Still failing (${today}).`),
    });
    return { action: 'commented', issueNumber: ours.number, issueUrl: ours.html_url };
}
/**
 * The callers' wrapper: environment → options; never throws (a broken issue API must not fail the
 * run), returns a warning instead. No repository or no token = nothing to do (a laptop run).
 */
export async function syncFailureIssueFromEnv(subject, args) {
    const repository = args.env.GITHUB_REPOSITORY;
    const token = args.token || args.env.GITHUB_TOKEN;
    if (!repository || !token)
        return {};
    try {
        const result = await syncFailureIssue(subject, {
            settings: args.settings,
            repository,
            token,
            ...(args.env.GITHUB_API_URL ? { apiUrl: args.env.GITHUB_API_URL } : {}),
            timezone: args.timezone,
            now: args.now,
            logger: args.logger,
            ...(args.fetch ? { fetch: args.fetch } : {}),
        });
        return { result };
    }
    catch (err) {
        return { warning: `failure issue not updated: ${redact(errorMessage(err))}` };
    }
}
