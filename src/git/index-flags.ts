/**
 * Whether git's index holds entries whose work-tree changes `git diff-index` would not report:
 * assume-unchanged and skip-worktree entries (and intent-to-add, conflict stages, submodules, which a
 * list of changed files cannot describe). Read from the index file itself: at 100,000 files
 * `git ls-files -v` printed 2.3 MB that cost a tenth of a second to take in through a pipe, where the
 * 9 MB index file is a loop over its entries, read a megabyte at a time. The format is git's
 * Documentation/gitformat-index.txt (versions 2, 3 and 4); a split or sparse index, or anything
 * unexpected, is "unknown" and the caller asks git instead.
 */
import { open, type FileHandle } from 'node:fs/promises';

/** What the index says of the entries under some folders. */
export type IndexFlags = 'plain' | 'flagged' | 'unknown';

const ASSUME_VALID = 0x8000;
const EXTENDED = 0x4000;
const STAGE_MASK = 0x3000;
const NAME_MASK = 0x0fff;
const SKIP_WORKTREE = 0x4000;
const INTENT_TO_ADD = 0x2000;
const GITLINK = 0o160000;

const isUnder = (file: string, dir: string) => file === dir || file.startsWith(`${dir}/`);

/**
 * A window onto the index file: at 100,000 files the index is 9 MB, and reading it whole added that
 * to the run's peak memory; entries are read through 1 MB instead.
 */
class Window {
  buf: Buffer;
  /** File offset of buf[0], and how many bytes of buf hold the file from there. */
  private base = 0;
  private length = 0;

  constructor(
    private readonly fh: FileHandle,
    readonly size: number,
    bytes: number,
  ) {
    this.buf = Buffer.allocUnsafe(bytes);
  }

  /**
   * Where file offset `at` is in `buf`, when it holds `n` bytes from there: without a promise or an
   * object, as for nearly every entry (one per entry of 100,000 was most of the scan's memory).
   */
  peek(at: number, n: number): number | undefined {
    return at >= this.base && at + n <= this.base + this.length ? at - this.base : undefined;
  }

  /** peek's NUL search: the offset of the first NUL at or after `at` when the buffer holds it. */
  peekNul(at: number): number | undefined {
    if (at < this.base || at >= this.base + this.length) return undefined;
    const found = this.buf.indexOf(0, at - this.base);
    return found >= 0 && found < this.length ? this.base + found : undefined;
  }

  /** As peek, reading the file when needed (fewer than `n` bytes only at the end of the file). */
  async at(at: number, n: number): Promise<number> {
    if (at < this.base || at + n > this.base + this.length) {
      const keep = at >= this.base && at < this.base + this.length ? this.base + this.length - at : 0;
      if (keep) this.buf.copy(this.buf, 0, at - this.base, this.length);
      if (n > this.buf.length) {
        const bigger = Buffer.allocUnsafe(Math.max(n, this.buf.length * 2));
        this.buf.copy(bigger, 0, 0, keep);
        this.buf = bigger;
      }
      this.base = at;
      this.length = keep;
      while (this.length < this.buf.length && this.base + this.length < this.size) {
        const { bytesRead } = await this.fh.read(this.buf, this.length, this.buf.length - this.length, this.base + this.length);
        if (!bytesRead) break;
        this.length += bytesRead;
      }
    }
    return at - this.base;
  }

  /** The file offset of the first NUL at or after `at` (before `end`), or -1. */
  async nul(at: number, end: number): Promise<number> {
    for (let n = 4096; ; n *= 2) {
      const i = await this.at(at, Math.min(n, end - at));
      const found = this.buf.indexOf(0, i);
      if (found >= 0 && found < i + Math.min(n, end - at)) return at + found - i;
      if (at + n >= end) return -1;
    }
  }
}

/**
 * `indexFile`: the index (`git rev-parse --git-path index`); `hashBytes`: 20 (sha1) or 32 (sha256);
 * `where`: root-relative folders as the index names paths (the root being the top of the work tree).
 */
export async function indexFlags(indexFile: string, hashBytes: number, where: readonly string[], windowBytes = 1 << 20): Promise<IndexFlags> {
  let fh: FileHandle;
  try {
    fh = await open(indexFile, 'r');
  } catch {
    return 'unknown';
  }
  try {
    return await scanIndex(new Window(fh, (await fh.stat()).size, windowBytes), hashBytes, where);
  } catch {
    return 'unknown';
  } finally {
    await fh.close();
  }
}

async function scanIndex(w: Window, hashBytes: number, where: readonly string[]): Promise<IndexFlags> {
  const end = w.size - hashBytes;
  if (end < 12) return 'unknown';
  await w.at(0, 12);
  const head = w.buf;
  if (head.toString('latin1', 0, 4) !== 'DIRC') return 'unknown';
  const version = head.readUInt32BE(4);
  if (version < 2 || version > 4) return 'unknown';
  const count = head.readUInt32BE(8);
  /** Offset of the flags field in an entry: ten 32-bit stat fields, then the object id. */
  const flagsAt = 40 + hashBytes;
  let at = 12;
  /** Version 4: the previous entry's name, in a buffer reused from entry to entry. */
  let previous = Buffer.alloc(4096);
  let previousLength = 0;
  let flagged = false;
  for (let e = 0; e < count; e++) {
    if (at + flagsAt + 4 > end) return 'unknown';
    const i = w.peek(at, flagsAt + 4) ?? (await w.at(at, flagsAt + 4));
    const buf = w.buf;
    const mode = buf.readUInt32BE(i + 24);
    const flags = buf.readUInt16BE(i + flagsAt);
    let nameAt = at + flagsAt + 2;
    let extended = 0;
    if (flags & EXTENDED) {
      if (version < 3) return 'unknown';
      extended = buf.readUInt16BE(i + flagsAt + 2);
      nameAt += 2;
    }
    const unusual = (flags & (ASSUME_VALID | STAGE_MASK)) !== 0 || (extended & (SKIP_WORKTREE | INTENT_TO_ADD)) !== 0 || mode === GITLINK;
    let name: string | undefined;
    if (version === 4) {
      // Prefix-compressed: how many bytes to drop from the previous name (git's varint), then the rest, NUL-ended.
      if (nameAt >= end) return 'unknown';
      const v = w.peek(nameAt, Math.min(16, end - nameAt)) ?? (await w.at(nameAt, Math.min(16, end - nameAt)));
      let k = v;
      let byte = w.buf[k++]!;
      let strip = byte & 0x7f;
      while (byte & 0x80) {
        if (k - v >= 16 || strip > 1 << 24) return 'unknown';
        byte = w.buf[k++]!;
        strip = ((strip + 1) << 7) + (byte & 0x7f);
      }
      const suffixAt = nameAt + (k - v);
      const nul = w.peekNul(suffixAt) ?? (await w.nul(suffixAt, end));
      if (nul < 0 || nul >= end || strip > previousLength) return 'unknown';
      const kept = previousLength - strip;
      const suffix = nul - suffixAt;
      if (kept + suffix > previous.length) previous = Buffer.concat([previous, Buffer.alloc(kept + suffix)]);
      const s = w.peek(suffixAt, suffix) ?? (await w.at(suffixAt, suffix));
      w.buf.copy(previous, kept, s, s + suffix);
      previousLength = kept + suffix;
      if (unusual) name = previous.toString('utf8', 0, previousLength);
      at = nul + 1;
    } else {
      let nameLen = flags & NAME_MASK;
      if (nameLen === NAME_MASK) {
        const nul = w.peekNul(nameAt) ?? (await w.nul(nameAt, end));
        if (nul < 0 || nul >= end) return 'unknown';
        nameLen = nul - nameAt;
      }
      if (unusual) {
        const n = w.peek(nameAt, nameLen) ?? (await w.at(nameAt, nameLen));
        name = w.buf.toString('utf8', n, n + nameLen);
      }
      // Padded with 1 to 8 NULs to a multiple of 8 bytes from the entry's start.
      const length = nameAt - at + nameLen;
      at += (length + 8) & ~7;
    }
    if (unusual && where.some((dir) => isUnder(name!, dir))) flagged = true;
  }
  // Extensions: a split index keeps entries (and their flags) in another file; a sparse one folds folders.
  while (at + 8 <= end) {
    const i = await w.at(at, 8);
    const signature = w.buf.toString('latin1', i, i + 4);
    if (signature === 'link' || signature === 'sdir') return 'unknown';
    at += 8 + w.buf.readUInt32BE(i + 4);
  }
  if (at !== end) return 'unknown';
  return flagged ? 'flagged' : 'plain';
}
