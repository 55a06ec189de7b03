/**
 * A run that cannot even start (its config is invalid) is still a failed run: it goes to the run
 * history, the Discord alert and the failure issue like any other, so a broken config is never a
 * silent month. It writes nothing in the wiki. The config being unusable, the product's defaults
 * stand in for it (timezone, alert throttling, the failure-issue rule).
 */
import { configSchema } from '../config/schema.js';
import { errorMessage } from '../errors.js';
import { diskIo } from '../pages/apply.js';
import { finishReport, newReport } from '../report/report.js';
import { statePaths } from '../state.js';
import { reportRun } from './stages/report.js';
import { runUrlFrom } from '../github-env.js';
/** Defaults for everything but the sources (which a run that never starts does not need). */
function defaultConfig() {
    return configSchema.parse({ sources: [{ id: 'none', url: 'https://example.invalid/' }] });
}
export async function recordUnrunnable(settings, deps, err) {
    if (settings.dryRun)
        return;
    const config = defaultConfig();
    const report = newReport('run', config, deps.clock.now(), false);
    report.status = 'failed';
    report.reason = errorMessage(err);
    report.errors.push(report.reason);
    const runUrl = runUrlFrom(deps.env);
    if (runUrl)
        report.runUrl = runUrl;
    finishReport(report, deps.clock.now());
    const ctx = { settings, config, logger: deps.logger, clock: deps.clock, env: deps.env, state: statePaths(settings.stateDir), io: diskIo };
    try {
        await reportRun(ctx, report);
    }
    catch (inner) {
        deps.logger.warn(`the failed run could not be recorded: ${errorMessage(inner)}`);
    }
}
