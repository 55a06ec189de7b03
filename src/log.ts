/**
 * Logging behind a tiny interface so the same code logs to stderr (CLI; stdout stays clean for --json)
 * or through @actions/core (Action). Secrets registered with `secret()` are masked in both.
 */
export interface Logger {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
  /**
   * Run `fn` as one named stage of the log (a collapsible `::group::` on Actions, a `stage` field in
   * JSON logs). Optional: loggers without it just run `fn`; call it through `logStage`.
   */
  group?<T>(stage: string, fn: () => Promise<T>): Promise<T>;
}

/** One stage of a run as one log group (the run orchestrator wraps each stage in this). */
export function logStage<T>(logger: Logger, stage: string, fn: () => Promise<T>): Promise<T> {
  return logger.group ? logger.group(stage, fn) : fn();
}

const secrets = new Set<string>();

/** Register a value that must never appear in any log, report or page. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 4) secrets.add(value);
}

/** Replace every registered secret (and credentials in URLs) with ***. */
export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  // user:password@ or token@ in URLs
  return out.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, '$1***@');
}

export class StderrLogger implements Logger {
  constructor(private readonly verbose = false) {}
  debug(msg: string): void {
    if (this.verbose) process.stderr.write(`debug: ${redact(msg)}\n`);
  }
  info(msg: string): void {
    process.stderr.write(`${redact(msg)}\n`);
  }
  warn(msg: string): void {
    process.stderr.write(`warning: ${redact(msg)}\n`);
  }
  error(msg: string): void {
    process.stderr.write(`error: ${redact(msg)}\n`);
  }
}

type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** A source id when the message is about one (`source elle: HTTP 500` — the collector's form). */
function sourceOf(msg: string): string | undefined {
  return /^source ([A-Za-z0-9][\w.-]*):/.exec(msg)?.[1];
}

/**
 * `--log-format json`: one JSON object per line on stderr — time, level, stage, source, message — for
 * ELK or Loki. Groups nest; `stage` is the innermost one.
 */
export class JsonLogger implements Logger {
  private readonly stages: string[] = [];
  constructor(
    private readonly verbose = false,
    private readonly write: (line: string) => void = (l) => void process.stderr.write(l),
    private readonly now: () => number = Date.now,
  ) {}
  private emit(level: LogLevel, msg: string): void {
    const message = redact(msg);
    const source = sourceOf(message);
    const stage = this.stages.at(-1);
    const line = { time: new Date(this.now()).toISOString(), level, ...(stage ? { stage } : {}), ...(source ? { source } : {}), message };
    this.write(`${JSON.stringify(line)}\n`);
  }
  debug(msg: string): void {
    if (this.verbose) this.emit('debug', msg);
  }
  info(msg: string): void {
    this.emit('info', msg);
  }
  warn(msg: string): void {
    this.emit('warn', msg);
  }
  error(msg: string): void {
    this.emit('error', msg);
  }
  async group<T>(stage: string, fn: () => Promise<T>): Promise<T> {
    this.stages.push(stage);
    try {
      return await fn();
    } finally {
      this.stages.pop();
    }
  }
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
