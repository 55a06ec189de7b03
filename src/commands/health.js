/**
 * `wiki-daily health | status | monitor`: gather real readings (machine, git, locks, backups, run
 * history, today's day log), evaluate them, and show or write the result.
 *
 * The run history in the state folder can be lost (a new machine, an evicted cache), so the day logs
 * committed in the repository are read too: "last success" is judged on the repository state.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { errorMessage, UsageError } from '../errors.js';
import { writeFileAtomic } from '../fsutil.js';
import { listSnapshots, storeSize } from '../ops/backup/store.js';
import { notifyRun } from '../ops/discord.js';
import { gatherHealth, runsFromDayLogs } from '../ops/gather.js';
import { buildStatus, statusTargets } from '../ops/status.js';
import { finishReport, newReport } from '../report/report.js';
import { statePaths } from '../state.js';
import { runUrlFrom } from '../github-env.js';
function healthText(h) {
    const icon = { ok: '✓', warn: '!', critical: '✗' };
    return [`health: ${h.level.toUpperCase()}`, ...h.checks.map((c) => `  ${icon[c.level]} ${c.name}: ${c.reason}`)].join('\n');
}
/** The watchdog's alert: a critical health result goes to Discord like a failed run (throttled the same way); the next healthy one is its "recovered". */
async function alertCritical(h, settings, config, deps, today) {
    const critical = h.checks.filter((c) => c.level === 'critical');
    const report = finishReport(newReport('health', config, deps.clock.now()), deps.clock.now());
    report.date = today;
    report.status = critical.length ? 'failed' : 'success';
    report.reason = critical.length ? `health critical: ${critical.map((c) => `${c.name} — ${c.reason}`).join('; ')}` : 'health ok';
    report.errors = critical.map((c) => `${c.name}: ${c.reason}`);
    const env = deps.env;
    const runUrl = runUrlFrom(env);
    if (runUrl)
        report.runUrl = runUrl;
    await notifyRun(report, {
        // Throttle on which checks are critical, not on their live numbers (CPU 93 % vs 94 % is one problem).
        throttleKey: `health:${critical.map((c) => c.name).sort().join(',')}`,
        ...(settings.discordWebhook ? { webhookUrl: settings.discordWebhook } : {}),
        settings: { ...config.discord, notifySuccess: false },
        statePaths: statePaths(settings.stateDir),
        logger: deps.logger,
        clock: deps.clock,
    });
}
export async function cmdHealth(settings, deps) {
    const config = await loadConfig(settings.configFile);
    if (settings.command === 'monitor') {
        // The parser requires --interval; the Action has no monitor input, so a missing one is a bug here.
        if (settings.intervalSeconds === undefined)
            throw new UsageError('monitor needs --interval S');
        const interval = settings.intervalSeconds * 1000;
        const count = settings.count ?? Infinity;
        const samples = [];
        let worst = 0;
        for (let i = 0; i < count; i++) {
            const g = await gatherHealth(settings, config, deps);
            const line = `${new Date(deps.clock.now()).toISOString()} ${g.health.level}: ${g.health.checks
                .filter((c) => c.level !== 'ok')
                .map((c) => `${c.name} (${c.reason})`)
                .join('; ') || 'all checks ok'}`;
            if (settings.json)
                samples.push({ at: new Date(deps.clock.now()).toISOString(), ...g.health });
            else
                deps.logger.info(line);
            worst = Math.max(worst, g.health.level === 'critical' ? 1 : 0);
            if (i + 1 < count)
                await deps.clock.sleep(interval);
        }
        return { exitCode: worst, json: samples, text: `monitor: ${samples.length || count} sample(s)`, outputs: {} };
    }
    const g = await gatherHealth(settings, config, deps);
    if (settings.command === 'status') {
        const state = statePaths(settings.stateDir);
        const pageRel = config.pages.systemStatusPage;
        const pageFile = path.join(settings.root, pageRel);
        let existing;
        try {
            existing = await readFile(pageFile, 'utf8');
        }
        catch {
            existing = undefined;
        }
        const snaps = await listSnapshots(state.backups);
        const status = buildStatus({
            runs: g.runs,
            health: g.health,
            backups: snaps.map((s) => ({ id: s.id, createdAt: s.createdAt, bytes: s.size })),
            backupStoreBytes: await storeSize(state.backups),
            now: deps.clock.now(),
            timezone: config.timezone,
            ...(existing !== undefined ? { existingPage: existing } : {}),
            pageFile: pageRel,
            // issue 12: availability over 90 days from the committed day logs, and the guide's targets.
            dayLogRuns: await runsFromDayLogs(settings.root, config, deps.clock.now(), 90),
            targets: statusTargets(config),
        });
        const changed = status.markdown !== existing;
        if (changed && !settings.dryRun)
            await writeFileAtomic(pageFile, status.markdown);
        const what = !changed ? `${pageRel} is up to date` : settings.dryRun ? `would write ${pageRel} (dry run: nothing written)` : `wrote ${pageRel}`;
        return {
            exitCode: 0,
            json: settings.dryRun ? { ...status.json, dryRun: true, wouldWrite: changed ? pageRel : null } : status.json,
            text: `${what}\n${healthText(g.health)}`,
            outputs: { status: g.health.level, 'changed-files': changed && !settings.dryRun ? pageRel : '' },
        };
    }
    // Every result goes through the alert logic, not only critical ones: a healthy check after a critical
    // one is what sends "recovered" (notifySuccess stays off, so a healthy result is otherwise silent).
    try {
        await alertCritical(g.health, settings, config, deps, g.today);
    }
    catch (err) {
        deps.logger.warn(`health alert not sent: ${errorMessage(err)}`);
    }
    // issue 12 (maintainer view): the watchdog applies the failure-issue rule too.
    if (settings.command === 'health') {
        const { afterHealthForMaintainer } = await import('../ops/maintainer.js');
        await afterHealthForMaintainer({ health: g.health, history: g.runs, config, settings, deps });
    }
    const critical = g.health.checks.filter((c) => c.level === 'critical');
    return {
        exitCode: g.health.level === 'critical' ? 1 : 0,
        ...(critical.length ? { failureReason: `health critical: ${critical.map((c) => `${c.name} — ${c.reason}`).join('; ')}` } : {}),
        json: g.health,
        text: healthText(g.health),
        summary: `## wiki-daily health: ${g.health.level}\n\n| check | level | reason |\n|---|---|---|\n${g.health.checks
            .map((c) => `| ${c.name} | ${c.level} | ${c.reason.replace(/\|/g, '\\|')} |`)
            .join('\n')}\n`,
        outputs: { status: g.health.level },
    };
}
