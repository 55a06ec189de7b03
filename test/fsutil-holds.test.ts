/** fileHolds: a file compared with a text a window at a time (apply checks planned texts without reading them in). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileHolds, writeFileAtomic } from '../src/fsutil.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'holds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fileHolds', () => {
  it('is undefined for a missing file, true for the same text, false for any other', async () => {
    const f = path.join(dir, 'a.txt');
    expect(await fileHolds(f, 'x')).toBeUndefined();
    writeFileSync(f, '고윤정 wiki\n');
    expect(await fileHolds(f, '고윤정 wiki\n')).toBe(true);
    expect(await fileHolds(f, '고윤정 wiki')).toBe(false);
    expect(await fileHolds(f, '고윤정 wiki\n\n')).toBe(false);
    expect(await fileHolds(f, '고윤정 wikI\n')).toBe(false);
    writeFileSync(f, '');
    expect(await fileHolds(f, '')).toBe(true);
    expect(await fileHolds(f, 'a')).toBe(false);
  });

  it('compares texts longer than its window, with multi-byte characters and a surrogate pair on the window edge', async () => {
    const f = path.join(dir, 'big.txt');
    // 1 MiB window: put an emoji (a surrogate pair) across the boundary at UTF-16 unit 1,048,576.
    const text = `${'a'.repeat((1 << 20) - 1)}😀${'가나다\n'.repeat(300_000)}`;
    writeFileSync(f, text);
    expect(await fileHolds(f, text)).toBe(true);
    expect(await fileHolds(f, `${text.slice(0, -2)}X\n`)).toBe(false);
    expect(await fileHolds(f, text.replace('😀', '😁'))).toBe(false);
  });

  it('writeFileAtomic writes a long text a window at a time, byte for byte', async () => {
    const f = path.join(dir, 'written.txt');
    const text = `${'b'.repeat((1 << 20) - 1)}😀${'라마\n'.repeat(700_000)}`;
    await writeFileAtomic(f, text);
    expect(readFileSync(f, 'utf8')).toBe(text);
    expect(await fileHolds(f, text)).toBe(true);
  });
});
