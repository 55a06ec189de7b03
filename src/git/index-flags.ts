/**
 * Whether git's index holds entries whose work-tree changes `git diff-index` would not report:
 * assume-unchanged and skip-worktree entries (and intent-to-add, conflict stages, submodules, which a
 * list of changed files cannot describe). Read from the index file itself: at 100,000 files
 * `git ls-files -v` printed 2.3 MB that cost a tenth of a second to take in through a pipe, where the
 * 10 MB index file is one read and a loop over its entries. The format is git's
 * Documentation/gitformat-index.txt (versions 2, 3 and 4); a split or sparse index, or anything
 * unexpected, is "unknown" and the caller asks git instead.
 */
import { readFile } from 'node:fs/promises';

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
 * `indexFile`: the index (`git rev-parse --git-path index`); `hashBytes`: 20 (sha1) or 32 (sha256);
 * `where`: root-relative folders as the index names paths (the root being the top of the work tree).
 */
export async function indexFlags(indexFile: string, hashBytes: number, where: readonly string[]): Promise<IndexFlags> {
  let buf: Buffer;
  try {
    buf = await readFile(indexFile);
  } catch {
    return 'unknown';
  }
  return scanIndex(buf, hashBytes, where);
}

export function scanIndex(buf: Buffer, hashBytes: number, where: readonly string[]): IndexFlags {
  if (buf.length < 12 + hashBytes || buf.toString('latin1', 0, 4) !== 'DIRC') return 'unknown';
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return 'unknown';
  const count = buf.readUInt32BE(8);
  const end = buf.length - hashBytes;
  /** Offset of the flags field in an entry: ten 32-bit stat fields, then the object id. */
  const flagsAt = 40 + hashBytes;
  let at = 12;
  /** Version 4: the previous entry's name, in a buffer reused from entry to entry. */
  let previous = Buffer.alloc(4096);
  let previousLength = 0;
  let flagged = false;
  for (let i = 0; i < count; i++) {
    if (at + flagsAt + 2 > end) return 'unknown';
    const mode = buf.readUInt32BE(at + 24);
    const flags = buf.readUInt16BE(at + flagsAt);
    let nameAt = at + flagsAt + 2;
    let extended = 0;
    if (flags & EXTENDED) {
      if (version < 3) return 'unknown';
      extended = buf.readUInt16BE(nameAt);
      nameAt += 2;
    }
    const unusual = (flags & (ASSUME_VALID | STAGE_MASK)) !== 0 || (extended & (SKIP_WORKTREE | INTENT_TO_ADD)) !== 0 || mode === GITLINK;
    let name: string | undefined;
    if (version === 4) {
      // Prefix-compressed: how many bytes to drop from the previous name (git's varint), then the rest, NUL-ended.
      if (nameAt >= end) return 'unknown';
      let byte = buf[nameAt++]!;
      let strip = byte & 0x7f;
      while (byte & 0x80) {
        if (nameAt >= end || strip > 1 << 24) return 'unknown';
        byte = buf[nameAt++]!;
        strip = ((strip + 1) << 7) + (byte & 0x7f);
      }
      const nul = buf.indexOf(0, nameAt);
      if (nul < 0 || nul >= end || strip > previousLength) return 'unknown';
      const kept = previousLength - strip;
      if (kept + (nul - nameAt) > previous.length) previous = Buffer.concat([previous, Buffer.alloc(kept + (nul - nameAt))]);
      buf.copy(previous, kept, nameAt, nul);
      previousLength = kept + (nul - nameAt);
      if (unusual) name = previous.toString('utf8', 0, previousLength);
      at = nul + 1;
    } else {
      let nameLen = flags & NAME_MASK;
      if (nameLen === NAME_MASK) {
        const nul = buf.indexOf(0, nameAt);
        if (nul < 0 || nul >= end) return 'unknown';
        nameLen = nul - nameAt;
      }
      if (unusual) name = buf.toString('utf8', nameAt, nameAt + nameLen);
      // Padded with 1 to 8 NULs to a multiple of 8 bytes from the entry's start.
      const length = nameAt - at + nameLen;
      at += (length + 8) & ~7;
    }
    if (unusual && where.some((w) => isUnder(name!, w))) flagged = true;
  }
  // Extensions: a split index keeps entries (and their flags) in another file; a sparse one folds folders.
  while (at + 8 <= end) {
    const signature = buf.toString('latin1', at, at + 4);
    if (signature === 'link' || signature === 'sdir') return 'unknown';
    at += 8 + buf.readUInt32BE(at + 4);
  }
  if (at !== end) return 'unknown';
  return flagged ? 'flagged' : 'plain';
}
