/**
 * Logging behind a tiny interface so the same code logs to stderr (CLI; stdout stays clean for --json)
 * or through @actions/core (Action). Secrets registered with `secret()` are masked in both.
 */
export interface Logger {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
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

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
