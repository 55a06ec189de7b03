/** Skip guard: a successful run less than N hours ago, the same local day, is enough (unless --force). */
import path from 'node:path';
import { readIfExists } from '../../fsutil.js';
import { readRuns } from '../../ops/history.js';
import { parseDayLog } from '../../pages/daylog.js';
import { dayLogPathFor } from '../../pages/plan.js';
import { localDateTime } from '../../time.js';
/** Why this run is skipped, or undefined to go on. */
export async function skipReason(ctx, date) {
    const { settings, config, clock } = ctx;
    if (settings.force)
        return undefined;
    const rel = dayLogPathFor(config, date);
    const text = await readIfExists(path.join(settings.root, rel));
    if (text === undefined)
        return undefined;
    const parsed = parseDayLog(text, rel, config.timezone);
    if (parsed.status !== 'success')
        return undefined;
    const history = await readRuns(ctx.state.runsFile, 200);
    const lastOk = [...history].reverse().find((r) => r.status === 'success' && r.command === 'run' && r.date === date);
    const windowMs = config.schedule.skipIfSucceededWithinHours * 3_600_000;
    const lastOkAt = lastOk ? Date.parse(lastOk.finishedAt) : parsed.lastRunAt ? Date.parse(parsed.lastRunAt) : undefined;
    if (lastOkAt === undefined || clock.now() - lastOkAt >= windowMs)
        return undefined;
    return `a successful run finished at ${localDateTime(lastOkAt, config.timezone)} (less than ${config.schedule.skipIfSucceededWithinHours} h ago); use --force to run anyway`;
}
