/**
 * Time budgets: the whole run (default 2 h) and each stage. Past a budget the stage is abandoned,
 * recorded as failed in the report, and the run stops cleanly with status failed.
 */
import { BudgetError, errorMessage } from '../errors.js';
import type { RunReport } from '../model.js';
import type { Clock } from '../time.js';

export class Budget {
  private readonly deadline: number;
  constructor(
    private readonly clock: Clock,
    totalMs: number,
    private readonly stageMs: Record<string, number>,
    private readonly report: RunReport,
  ) {
    this.deadline = clock.now() + totalMs;
  }

  remainingMs(): number {
    return this.deadline - this.clock.now();
  }

  /** Run one stage under min(stage budget, what is left of the run budget); time it into the report. */
  async stage<T>(name: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const started = this.clock.now();
    const stageBudget = this.stageMs[name];
    const limit = Math.max(0, Math.min(stageBudget ?? Infinity, this.remainingMs()));
    if (limit <= 0) {
      const err = new BudgetError(`${name} (run budget)`, 0);
      this.report.stages.push({ stage: name, durationMs: 0, ok: false, error: err.message });
      throw err;
    }
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const overrun = new Promise<never>((_, reject) => {
      if (!Number.isFinite(limit)) return;
      timer = setTimeout(() => {
        const err = new BudgetError(stageBudget !== undefined && stageBudget <= limit ? name : `${name} (run budget)`, limit);
        controller.abort(err);
        reject(err);
      }, limit);
      timer.unref?.();
    });
    try {
      const value = await Promise.race([fn(controller.signal), overrun]);
      this.report.stages.push({ stage: name, durationMs: this.clock.now() - started, ok: true });
      return value;
    } catch (err) {
      this.report.stages.push({ stage: name, durationMs: this.clock.now() - started, ok: false, error: errorMessage(err) });
      throw err;
    } finally {
      if (timer) clearTimeout(timer);
    }
  }
}

export function minutes(n: number): number {
  return Math.round(n * 60_000);
}
