export function progressLine(p, elapsedMs) {
    return `collect: ${p.sourcesDone}/${p.sourcesTotal} sources · ${p.items} items · ${p.failures} failed · ${Math.round(elapsedMs / 1000)} s`;
}
export function progressReporter(stream, clock, opts = {}) {
    const tty = stream.isTTY === true;
    const every = tty ? (opts.ttyEveryMs ?? 100) : (opts.everyMs ?? 10_000);
    const started = clock.now();
    let lastAt = started;
    let shown = false;
    let last;
    let lastShown;
    let cleared = false;
    return {
        update(p) {
            last = p;
            const now = clock.now();
            const finished = p.sourcesDone === p.sourcesTotal;
            // Non-TTY: nothing for short work; then one line per interval. TTY: redraw at most every 100 ms
            // (and at once after a log line cleared it).
            if (now - lastAt < every && !(tty && shown && (finished || cleared)))
                return;
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
            if (tty && shown && !cleared)
                stream.write('\r\x1b[2K');
            else if (!tty && shown && last && last !== lastShown)
                stream.write(`${progressLine(last, clock.now() - started)}\n`);
        },
    };
}
/** A logger that clears the live progress line before each of its lines (they share stderr). */
export function besideProgress(logger, progress, opts) {
    return {
        // A debug line that is not shown must not clear the live line.
        debug: (m) => (opts.debugShown && progress.interrupt(), logger.debug(m)),
        info: (m) => (progress.interrupt(), logger.info(m)),
        warn: (m) => (progress.interrupt(), logger.warn(m)),
        error: (m) => (progress.interrupt(), logger.error(m)),
    };
}
