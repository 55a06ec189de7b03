import type { Logger } from '../../src/log.js';

/** Collects log lines, prefixed by level as the console logger prints them. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  debug(msg: string): void {
    this.lines.push(`debug: ${msg}`);
  }
  info(msg: string): void {
    this.lines.push(msg);
  }
  warn(msg: string): void {
    this.lines.push(`warning: ${msg}`);
  }
  error(msg: string): void {
    this.lines.push(`error: ${msg}`);
  }
}
