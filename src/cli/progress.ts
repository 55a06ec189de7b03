/**
 * Progress of long work (the collect stage) for a person watching: on a TTY one live line rewritten in
 * place (sources done/total, items, failures, elapsed); elsewhere (CI logs, pipes) a plain line about
 * every 10 s, so a slow run is never silent and a log is never flooded.
 */
import type { CollectProgress } from '../collect/collect.js';
import type { Logger } from '../log.js';
import type { Clock } from '../time.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export function progressLine(p: CollectProgress, elapsedMs: number): string {
  return `collect: ${p.sourcesDone}/${p.sourcesTotal} sources · ${p.items} items · ${p.failures} failed · ${Math.round(elapsedMs / 1000)} s`;
}

interface ProgressReporter {
  update(p: CollectProgress): void;
  /** Clears the live line (TTY) so what follows starts on a clean line. */
  done(): void;
  /** Before another line is written to the same stream: clear the live line; the next update redraws it. */
  interrupt(): void;
}

export function progressReporter(stream: ProgressStream, clock: Pick<Clock, 'now'>, opts: { everyMs?: number; ttyEveryMs?: number } = {}): ProgressReporter {
  const tty = stream.isTTY === true;
  const every = tty ? (opts.ttyEveryMs ?? 100) : (opts.everyMs ?? 10_000);
  const started = clock.now();
  let lastAt = started;
  let shown = false;
  let last: CollectProgress | undefined;
  let lastShown: CollectProgress | undefined;
  let cleared = false;
  return {
    update(p) {
      last = p;
      const now = clock.now();
      const finished = p.sourcesDone === p.sourcesTotal;
      // Non-TTY: nothing for short work; then one line per interval. TTY: redraw at most every 100 ms
      // (and at once after a log line cleared it).
      if (now - lastAt < every && !(tty && shown && (finished || cleared))) return;
      cleared = false;
      lastAt = now;
      shown = true;
      lastShown = p;
      stream.write(tty ? `\r\x1b[2K${progressLine(p, now - started)}` : `${progressLine(p, now - started)}\n`);
    },
    interrupt() {
      if (tty && shown && !cleared) {
        stream.write('\r\x1b[2K');
        cleared = true;
      }
    },
    done() {
      if (tty && shown && !cleared) stream.write('\r\x1b[2K');
      else if (!tty && shown && last && last !== lastShown) stream.write(`${progressLine(last, clock.now() - started)}\n`);
    },
  };
}

/** A logger that clears the live progress line before each of its lines (they share stderr). */
export function besideProgress(logger: Logger, progress: ProgressReporter, opts: { debugShown: boolean }): Logger {
  return {
    // A debug line that is not shown must not clear the live line.
    debug: (m) => (opts.debugShown && progress.interrupt(), logger.debug(m)),
    info: (m) => (progress.interrupt(), logger.info(m)),
    warn: (m) => (progress.interrupt(), logger.warn(m)),
    error: (m) => (progress.interrupt(), logger.error(m)),
  };
}
