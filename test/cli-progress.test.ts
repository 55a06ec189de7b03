import { describe, expect, it } from 'vitest';
import { besideProgress, progressLine, progressReporter } from '../src/cli/progress.js';
import { fakeClock } from './support/clock.js';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, write: (t: string) => writes.push(t) };
}

const at = (done: number, items = done * 2, failures = 0) => ({ sourcesDone: done, sourcesTotal: 60, items, failures });

describe('progress of long work', () => {
  it('formats sources done/total, items, failures and elapsed seconds', () => {
    expect(progressLine(at(12, 30, 2), 18_400)).toBe('collect: 12/60 sources · 30 items · 2 failed · 18 s');
  });

  it('not a TTY: silent for short work, then one plain line about every 10 s, and a last line when done', () => {
    const clock = fakeClock();
    const out = stream(false);
    const p = progressReporter(out, clock);
    for (let i = 1; i <= 60; i++) {
      clock.advance(500); // 60 sources over 30 s
      p.update(at(i));
    }
    p.done();
    expect(out.writes).toEqual([
      'collect: 20/60 sources · 40 items · 0 failed · 10 s\n',
      'collect: 40/60 sources · 80 items · 0 failed · 20 s\n',
      'collect: 60/60 sources · 120 items · 0 failed · 30 s\n',
    ]);
    expect(out.writes.every((w) => !w.includes('\r'))).toBe(true);
  });

  it('not a TTY: the last line says where it ended when the final update fell between two lines', () => {
    const clock = fakeClock();
    const out = stream(false);
    const p = progressReporter(out, clock);
    clock.advance(10_000);
    p.update(at(59));
    clock.advance(2_000);
    p.update(at(60));
    p.done();
    expect(out.writes).toEqual(['collect: 59/60 sources · 118 items · 0 failed · 10 s\n', 'collect: 60/60 sources · 120 items · 0 failed · 12 s\n']);
  });

  it('not a TTY and quick: prints nothing at all', () => {
    const clock = fakeClock();
    const out = stream(false);
    const p = progressReporter(out, clock);
    p.update(at(60));
    p.done();
    expect(out.writes).toEqual([]);
  });

  it('a TTY: one live line rewritten in place (at most every 100 ms), cleared at the end', () => {
    const clock = fakeClock();
    const out = stream(true);
    const p = progressReporter(out, clock);
    p.update(at(1)); // at 0 ms: too soon
    clock.advance(150);
    p.update(at(2, 4, 1));
    clock.advance(50);
    p.update(at(3)); // 50 ms after the last draw: skipped
    clock.advance(10);
    p.update(at(60)); // finished: always drawn once shown
    p.done();
    expect(out.writes).toEqual([
      '\r\x1b[2Kcollect: 2/60 sources · 4 items · 1 failed · 0 s',
      '\r\x1b[2Kcollect: 60/60 sources · 120 items · 0 failed · 0 s',
      '\r\x1b[2K',
    ]);
  });

  it('a TTY: a log line clears the live line first, and the next update redraws it at once', () => {
    const clock = fakeClock();
    const out = stream(true);
    const p = progressReporter(out, clock);
    clock.advance(200);
    p.update(at(1));
    const logged: string[] = [];
    const logger = besideProgress({ debug() {}, info: (m) => { out.writes.push(`${m}\n`); logged.push(m); }, warn() {}, error() {} }, p, { debugShown: false });
    logger.debug('not shown: must not clear the line');
    logger.info('source x: timed out');
    clock.advance(10);
    p.update(at(2));
    expect(out.writes).toEqual([
      '\r\x1b[2Kcollect: 1/60 sources · 2 items · 0 failed · 0 s',
      '\r\x1b[2K',
      'source x: timed out\n',
      '\r\x1b[2Kcollect: 2/60 sources · 4 items · 0 failed · 0 s',
    ]);
    expect(logged).toEqual(['source x: timed out']);
  });
});
