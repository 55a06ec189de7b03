/**
 * Typed errors and the one place that maps them to exit codes.
 *
 * Exit codes: 0 success/partial/skipped, 1 the run failed (or every source failed), 2 usage or config.
 * Anything that is not one of ours (including non-Error throws) is a failed run, never swallowed.
 */

export class WikiDailyError extends Error {
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad command line or action inputs. */
export class UsageError extends WikiDailyError {
  override readonly exitCode = 2;
}

/** One config problem with where it is (1-based line/column in the file, when known). */
export interface ConfigIssueLocation {
  message: string;
  line?: number;
  column?: number;
}

/** The config file is missing, unreadable or invalid; `issues` name each key path. */
export class ConfigError extends WikiDailyError {
  override readonly exitCode = 2;
  constructor(
    message: string,
    readonly file: string,
    readonly issues: string[] = [],
    /** The same issues with their line in the file (for annotations and the job summary). */
    readonly locations: ConfigIssueLocation[] = issues.map((m) => ({ message: m })),
  ) {
    super(issues.length ? `${message}\n${issues.map((i) => `  - ${i}`).join('\n')}` : message);
  }
}

/** A wiki page cannot be safely edited (e.g. broken managed-region markers); names the file and line. */
export class PageError extends WikiDailyError {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
}

/** git refused (conflict, push rejected after all attempts, dirty state we must not touch). */
export class GitError extends WikiDailyError {}

/** Another run holds the lock and did not release it within the wait. */
export class LockError extends WikiDailyError {}

/** A run or stage exceeded its time budget. */
export class BudgetError extends WikiDailyError {
  constructor(
    readonly stage: string,
    readonly budgetMs: number,
  ) {
    super(`stage "${stage}" exceeded its time budget of ${budgetMs < 10_000 ? `${Math.round(budgetMs)} ms` : `${Math.round(budgetMs / 1000)} s`}`);
  }
}

/** Backup store problems (corrupt blob, unknown snapshot id). */
export class BackupError extends WikiDailyError {}

/** Turn anything thrown into a message, including non-Error values. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

export function exitCodeFor(err: unknown): number {
  return err instanceof WikiDailyError ? err.exitCode : 1;
}
