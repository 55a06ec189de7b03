/** One stage of a run as one log group (the run orchestrator wraps each stage in this). */
export function logStage(logger, stage, fn) {
    return logger.group ? logger.group(stage, fn) : fn();
}
const secrets = new Set();
/** Register a value that must never appear in any log, report or page. */
export function registerSecret(value) {
    if (value && value.length >= 4)
        secrets.add(value);
}
/** Replace every registered secret (and credentials in URLs) with ***. */
export function redact(text) {
    let out = text;
    for (const s of secrets)
        out = out.split(s).join('***');
    // user:password@ or token@ in URLs
    return out.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, '$1***@');
}
export class StderrLogger {
    verbose;
    constructor(verbose = false) {
        this.verbose = verbose;
    }
    debug(msg) {
        if (this.verbose)
            process.stderr.write(`debug: ${redact(msg)}\n`);
    }
    info(msg) {
        process.stderr.write(`${redact(msg)}\n`);
    }
    warn(msg) {
        process.stderr.write(`warning: ${redact(msg)}\n`);
    }
    error(msg) {
        process.stderr.write(`error: ${redact(msg)}\n`);
    }
}
/** A source id when the message is about one (`source elle: HTTP 500` — the collector's form). */
function sourceOf(msg) {
    return /^source ([A-Za-z0-9][\w.-]*):/.exec(msg)?.[1];
}
/**
 * `--log-format json`: one JSON object per line on stderr — time, level, stage, source, message — for
 * ELK or Loki. Groups nest; `stage` is the innermost one.
 */
export class JsonLogger {
    verbose;
    write;
    now;
    stages = [];
    constructor(verbose = false, write = (l) => void process.stderr.write(l), now = Date.now) {
        this.verbose = verbose;
        this.write = write;
        this.now = now;
    }
    emit(level, msg) {
        const message = redact(msg);
        const source = sourceOf(message);
        const stage = this.stages.at(-1);
        const line = { time: new Date(this.now()).toISOString(), level, ...(stage ? { stage } : {}), ...(source ? { source } : {}), message };
        this.write(`${JSON.stringify(line)}\n`);
    }
    debug(msg) {
        if (this.verbose)
            this.emit('debug', msg);
    }
    info(msg) {
        this.emit('info', msg);
    }
    warn(msg) {
        this.emit('warn', msg);
    }
    error(msg) {
        this.emit('error', msg);
    }
    async group(stage, fn) {
        this.stages.push(stage);
        try {
            return await fn();
        }
        finally {
            this.stages.pop();
        }
    }
}
export const silentLogger = { debug() { }, info() { }, warn() { }, error() { } };
