/**
 * Time budgets: the whole run (default 2 h) and each stage. Past a budget the stage is abandoned,
 * recorded as failed in the report, and the run stops cleanly with status failed.
 *
 * The stage function receives the budget's AbortSignal: it hands it to the fetcher and to git, so a
 * stage past its budget stops where it is instead of running on behind the run's back.
 */
import { BudgetError, errorMessage } from '../errors.js';
import { logStage } from '../log.js';
export class Budget {
    clock;
    stageMs;
    report;
    logger;
    deadline;
    /**
     * Set once a stage was stopped by the run budget. Timers may fire a millisecond before the clock
     * reaches the deadline, so "time left" alone would hand the next stage a 1 ms budget that a fast
     * stage beats; once the run budget has fired, it has fired for every later stage.
     */
    runBudgetSpent = false;
    constructor(clock, totalMs, stageMs, report, 
    /** Each stage becomes one log group (a `::group::` on Actions) when given. */
    logger) {
        this.clock = clock;
        this.stageMs = stageMs;
        this.report = report;
        this.logger = logger;
        this.deadline = clock.now() + totalMs;
    }
    remainingMs() {
        return this.runBudgetSpent ? 0 : Math.max(0, this.deadline - this.clock.now());
    }
    /** Run one stage under min(stage budget, what is left of the run budget); time it into the report. */
    stage(name, fn) {
        return this.logger ? logStage(this.logger, name, () => this.timed(name, fn)) : this.timed(name, fn);
    }
    async timed(name, fn) {
        const started = this.clock.now();
        const stageBudget = this.stageMs[name];
        const remaining = this.remainingMs();
        const limit = Math.min(stageBudget ?? Infinity, remaining);
        if (remaining <= 0) {
            this.runBudgetSpent = true;
            const err = new BudgetError(`${name} (run budget)`, 0);
            this.report.stages.push({ stage: name, durationMs: 0, ok: false, error: err.message });
            throw err;
        }
        const byStageBudget = stageBudget !== undefined && stageBudget <= remaining;
        const controller = new AbortController();
        let timer;
        const overrun = new Promise((_, reject) => {
            if (!Number.isFinite(limit))
                return;
            timer = setTimeout(() => {
                if (!byStageBudget)
                    this.runBudgetSpent = true;
                const err = new BudgetError(byStageBudget ? name : `${name} (run budget)`, limit);
                controller.abort(err);
                reject(err);
            }, limit);
            timer.unref?.();
        });
        try {
            const value = await Promise.race([fn(controller.signal), overrun]);
            this.report.stages.push({ stage: name, durationMs: this.clock.now() - started, ok: true });
            return value;
        }
        catch (err) {
            this.report.stages.push({ stage: name, durationMs: this.clock.now() - started, ok: false, error: errorMessage(err) });
            throw err;
        }
        finally {
            if (timer)
                clearTimeout(timer);
        }
    }
}
export function minutes(n) {
    return Math.round(n * 60_000);
}
