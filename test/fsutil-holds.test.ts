/** fileHolds: a file compared with a text a window at a time (apply checks planned texts without reading them in). */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileHolds, readIfExists, sha256Hex, unchangedSinceRead, writeFileAtomic } from '../src/fsutil.js';
import { gitBlobId } from '../src/git/blobs.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'holds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

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

  it('finds a difference in the very last byte of a text several windows long', async () => {
    const f = path.join(dir, 'last-byte.txt');
    // Three windows and a bit, multi-byte throughout, so the last window starts mid-file at a byte offset ≠ unit offset.
    const text = `${'가'.repeat(3 * (1 << 20) + 17)}z`;
    writeFileSync(f, text);
    expect(await fileHolds(f, text)).toBe(true);
    // Same length in units and in bytes: only the comparison of the last window can tell.
    expect(await fileHolds(f, `${text.slice(0, -1)}y`)).toBe(false);
    // The first byte too (first window), and one byte less or more at the end.
    expect(await fileHolds(f, `나${text.slice(1)}`)).toBe(false);
    expect(await fileHolds(f, text.slice(0, -1))).toBe(false);
    expect(await fileHolds(f, `${text}z`)).toBe(false);
  });

  it('keeps a surrogate pair whole when it straddles the second window edge, and tells a pair from its neighbour', async () => {
    const f = path.join(dir, 'pair-second-edge.txt');
    // The pair sits at units 2,097,151–2,097,152: the second window ends between its halves.
    const text = `${'a'.repeat((1 << 20) - 1)}😀${'b'.repeat((1 << 20) - 2)}🎉${'끝\n'.repeat(10)}`;
    expect(text.charCodeAt(2 * (1 << 20) - 1)).toBe(0xd83c);
    writeFileSync(f, text);
    expect(await fileHolds(f, text)).toBe(true);
    expect(await fileHolds(f, text.replace('🎉', '🎊'))).toBe(false);
  });

  it('tells a file shorter or longer than a small text apart, whatever the bytes per unit', async () => {
    const f = path.join(dir, 'small.txt');
    writeFileSync(f, 'aa');
    expect(await fileHolds(f, 'aaaa')).toBe(false); // 2 bytes for 4 units: within the 1–3 bytes/unit range, so compared
    writeFileSync(f, '가나');
    expect(await fileHolds(f, '가나')).toBe(true);
    expect(await fileHolds(f, 'ab가')).toBe(false);
    expect(await fileHolds(f, '가나a')).toBe(false);
    writeFileSync(f, '😀');
    expect(await fileHolds(f, '😀')).toBe(true);
    expect(await fileHolds(f, '\ud83d')).toBe(false); // a lone half is a replacement character, not the pair's bytes
  });

  it('allocates buffers the size of the text, not of the window, for a small page', async () => {
    const f = path.join(dir, 'page.md');
    const text = '# 고윤정\n\n- 기사 링크\n'.repeat(300); // about 8 KB on disk
    writeFileSync(f, text);
    const alloc = vi.spyOn(Buffer, 'allocUnsafe');
    expect(await fileHolds(f, text)).toBe(true);
    const sizes = alloc.mock.calls.map(([n]) => n);
    expect(sizes.length).toBeGreaterThan(0);
    // 3 bytes per UTF-16 unit at most: apply calls this for every page it writes.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(text.length * 3);
  });

  it('writeFileAtomic writes a long text a window at a time, byte for byte', async () => {
    const f = path.join(dir, 'written.txt');
    const text = `${'b'.repeat((1 << 20) - 1)}😀${'라마\n'.repeat(700_000)}`;
    await writeFileAtomic(f, text);
    expect(readFileSync(f, 'utf8')).toBe(text);
    expect(await fileHolds(f, text)).toBe(true);
  });

  it("the journal's sha256 and git's blob id hash a long text a window at a time, as its UTF-8 bytes", () => {
    const text = `${'c'.repeat((1 << 20) - 1)}😀${'바사\n'.repeat(700_000)}`;
    expect(sha256Hex(text)).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
    expect(sha256Hex('')).toBe(createHash('sha256').digest('hex'));
    expect(sha256Hex(text.replace('😀', '😁'))).not.toBe(sha256Hex(text));
    const bytes = Buffer.from(text, 'utf8');
    expect(gitBlobId(text)).toBe(createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex'));
    expect(gitBlobId(text)).toBe(gitBlobId(bytes));
  });
});

describe('fileHolds after readIfExists (vouched for by the stat taken at the read)', () => {
  const old = new Date(Date.now() - 60_000);

  it('trusts an unchanged file read through readIfExists without reading it again', async () => {
    const f = path.join(dir, 'stamped.txt');
    writeFileSync(f, 'seen v1\n');
    utimesSync(f, old, old);
    const text = (await readIfExists(f))!;
    // ctime moved with utimes just now: racily clean, so the stat does not vouch yet.
    expect(await unchangedSinceRead(f, text)).toBe(false);
    expect(await fileHolds(f, text)).toBe(true);
  });

  it('vouches only while inode, size, mtime and ctime are the ones read, and only for the text read', async () => {
    const f = path.join(dir, 'stamped2.txt');
    writeFileSync(f, 'seen v1\n');
    utimesSync(f, old, old);
    // The ctime cannot be set back: pretend the read happened long after by faking the clock.
    const now = Date.now;
    vi.spyOn(Date, 'now').mockImplementation(() => now() + 10_000);
    const text = (await readIfExists(f))!;
    vi.restoreAllMocks();
    expect(await unchangedSinceRead(f, text)).toBe(true);
    expect(await unchangedSinceRead(f, 'seen v2\n')).toBe(false);
    expect(await fileHolds(f, 'seen v2\n')).toBe(false);
    // A person's edit of the same size with the mtime put back still changes the ctime: compared in full.
    writeFileSync(f, 'seen v2\n');
    utimesSync(f, old, old);
    expect(await unchangedSinceRead(f, text)).toBe(false);
    expect(await fileHolds(f, text)).toBe(false);
    expect(await fileHolds(f, 'seen v2\n')).toBe(true);
    // Replaced by a new file (another inode), as an atomic write does.
    const again = (await readIfExists(f))!;
    await writeFileAtomic(f, again);
    expect(await unchangedSinceRead(f, again)).toBe(false);
    expect(await fileHolds(f, again)).toBe(true);
  });
});

describe('readIfExists', () => {
  it('reads a file of many 512 KiB chunks whole, multi-byte characters included', async () => {
    const f = path.join(dir, 'whole.txt');
    const text = `${'고윤정 '.repeat(900_000)}end\n`;
    writeFileSync(f, text);
    expect(await readIfExists(f)).toBe(text);
    writeFileSync(f, '');
    expect(await readIfExists(f)).toBe('');
    expect(await readIfExists(path.join(dir, 'missing.txt'))).toBeUndefined();
  });

  it('reads a file that grew after its stat to its end', async () => {
    const f = path.join(dir, 'grown.txt');
    const text = `${'a'.repeat(100_000)}고윤정\n`;
    writeFileSync(f, text);
    // The stat reports the file as it was before it grew (3 bytes): the read goes on past that size.
    const { open } = await import('node:fs/promises');
    const fh = await open(f);
    const proto = Object.getPrototypeOf(fh) as { stat: (...a: unknown[]) => Promise<{ size: bigint }> };
    await fh.close();
    const stat = proto.stat;
    vi.spyOn(proto, 'stat').mockImplementation(async function (this: unknown, ...a: unknown[]) {
      const st = await stat.apply(this, a);
      return Object.assign(Object.create(Object.getPrototypeOf(st)), st, { size: 3n });
    });
    expect(await readIfExists(f)).toBe(text);
  });
});
