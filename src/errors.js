/**
 * Typed errors and the one place that maps them to exit codes.
 *
 * Exit codes: 0 success/partial/skipped, 1 the run failed (or every source failed), 2 usage or config.
 * Anything that is not one of ours (including non-Error throws) is a failed run, never swallowed.
 */
export class WikiDailyError extends Error {
    exitCode = 1;
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** Bad command line or action inputs. */
export class UsageError extends WikiDailyError {
    exitCode = 2;
}
/** The config file is missing, unreadable or invalid; `issues` name each key path. */
export class ConfigError extends WikiDailyError {
    file;
    issues;
    locations;
    exitCode = 2;
    constructor(message, file, issues = [], 
    /** The same issues with their line in the file (for annotations and the job summary). */
    locations = issues.map((m) => ({ message: m }))) {
        super(issues.length ? `${message}\n${issues.map((i) => `  - ${i}`).join('\n')}` : message);
        this.file = file;
        this.issues = issues;
        this.locations = locations;
    }
}
/** A wiki page cannot be safely edited (e.g. broken managed-region markers); names the file and line. */
export class PageError extends WikiDailyError {
    file;
    line;
    constructor(message, file, line) {
        super(`${file}${line ? `:${line}` : ''}: ${message}`);
        this.file = file;
        this.line = line;
    }
}
/** git refused (conflict, push rejected after all attempts, dirty state we must not touch). */
export class GitError extends WikiDailyError {
}
/** Another run holds the lock and did not release it within the wait. */
export class LockError extends WikiDailyError {
}
/** A run or stage exceeded its time budget. */
export class BudgetError extends WikiDailyError {
    stage;
    budgetMs;
    constructor(stage, budgetMs) {
        super(`stage "${stage}" exceeded its time budget of ${budgetMs < 10_000 ? `${Math.round(budgetMs)} ms` : `${Math.round(budgetMs / 1000)} s`}`);
        this.stage = stage;
        this.budgetMs = budgetMs;
    }
}
/** Backup store problems (corrupt blob, unknown snapshot id). */
export class BackupError extends WikiDailyError {
}
/** Turn anything thrown into a message, including non-Error values. */
export function errorMessage(err) {
    if (err instanceof Error)
        return err.message || err.name;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err) ?? String(err);
    }
    catch {
        return String(err);
    }
}
export function exitCodeFor(err) {
    return err instanceof WikiDailyError ? err.exitCode : 1;
}
