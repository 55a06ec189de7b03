/**
 * Write planned edits to disk, atomically per file, all or nothing: when one write fails, every file
 * this call already wrote is put back as it was, and the error names the file and the cause (ENOSPC,
 * EACCES …). Files listed in `last` (the seen file) are written only after every other write is on
 * disk, so nothing is marked seen unless the page that carries it was written.
 */
import path from 'node:path';
import pLimit from 'p-limit';
import { PageError, errorMessage } from '../errors.js';
import { fileHolds, readIfExists, safeRelativePath, writeFileAtomic } from '../fsutil.js';
import { crashPoint } from '../faults.js';
import { rm } from 'node:fs/promises';
import type { PageEdit } from './plan.js';
import { compareStrings } from '../order.js';

function resolveInside(root: string, rel: string): string {
  return path.join(path.resolve(root), safeRelativePath(rel, 'edit path', (message) => new PageError(message, rel)));
}

/** The file operations of apply, injectable so tests can fail the n-th write (ENOSPC, EACCES …). */
export interface WriteIo {
  write(file: string, data: string): Promise<void>;
  remove(file: string): Promise<void>;
}

export const diskIo: WriteIo = {
  write: (file, data) => writeFileAtomic(file, data),
  remove: (file) => rm(file, { force: true }),
};

interface ApplyOptions {
  /**
   * Refuse to write when a file on disk is neither the edit's `before` nor its `after` (a person
   * edited it after planning): nothing is written and a PageError names the file.
   */
  verifyBefore?: boolean;
  /** Root-relative paths written after all others (in this order). */
  last?: readonly string[];
  io?: WriteIo;
}

/** `ENOSPC (no space left on device)` from a Node error, or its message. */
export function describeIoError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string') {
    const detail = /^[A-Z]+: ([^,]+)/.exec(e.message ?? '')?.[1];
    return detail ? `${e.code} (${detail})` : e.code;
  }
  return errorMessage(err);
}

interface Pending {
  rel: string;
  file: string;
  before: string | undefined;
  after: string;
}

/**
 * Apply edits under `root`; returns the relative paths whose content actually changed (differs
 * from the disk at write time), sorted. All checks run before the first write.
 */
export async function applyEdits(root: string, edits: readonly PageEdit[], options: ApplyOptions = {}): Promise<string[]> {
  const io = options.io ?? diskIo;
  const files = edits.map((edit) => resolveInside(root, edit.path));
  // Compared against the planned texts on disk, not read into memory: the seen file and the wiki index
  // are tens of MB at 100,000 pages, and a second copy of each was most of a large run's peak memory.
  const states = await mapLimited(
    edits.map((edit, i) => ({ edit, file: files[i]! })),
    async ({ edit, file }): Promise<'before' | 'after' | 'missing' | 'other'> => {
      if (edit.before !== undefined) {
        const holdsBefore = await fileHolds(file, edit.before);
        if (holdsBefore === undefined) return 'missing';
        if (holdsBefore) return 'before';
      }
      const holdsAfter = await fileHolds(file, edit.after);
      if (holdsAfter === undefined) return 'missing';
      return holdsAfter ? 'after' : 'other';
    },
  );
  const pending: Pending[] = [];
  for (const [i, edit] of edits.entries()) {
    const file = files[i]!;
    const state = states[i]!;
    if (state === 'after') continue;
    const matchesBefore = state === 'before' || (state === 'missing' && edit.before === undefined);
    if (options.verifyBefore && !matchesBefore) {
      throw new PageError(state === 'missing' ? 'was deleted since the edit was planned' : 'changed on disk since the edit was planned; run again', edit.path);
    }
    // Without verifyBefore a file that changed anyway is put back as it is now if a later write fails.
    const current = matchesBefore ? (state === 'missing' ? undefined : edit.before) : await readIfExists(file);
    pending.push({ rel: edit.path, file, before: current, after: edit.after });
  }
  const lastOrder = options.last ?? [];
  const first = pending.filter((p) => !lastOrder.includes(p.rel));
  const lastOnes = lastOrder.flatMap((rel) => pending.filter((p) => p.rel === rel));

  const written: Pending[] = [];
  const writeOne = async (p: Pending): Promise<void> => {
    try {
      await io.write(p.file, p.after);
    } catch (err) {
      throw new PageError(`cannot write: ${describeIoError(err)}`, p.rel);
    }
    written.push(p);
    crashPoint('apply-write');
  };
  try {
    await mapLimited(first, writeOne);
    if (lastOnes.length) crashPoint('before-seen');
    for (const p of lastOnes) await writeOne(p);
  } catch (err) {
    const problems = await rollback(written, io);
    if (problems.length) {
      throw new PageError(`${errorMessage(err)}; rolling back also failed: ${problems.join('; ')}`, pending[0]!.rel);
    }
    throw err;
  }
  return pending.map((p) => p.rel).sort(compareStrings);
}

/** Put every written file back as it was; returns what could not be restored (file: cause). */
async function rollback(written: readonly Pending[], io: WriteIo): Promise<string[]> {
  const problems: string[] = [];
  for (const p of [...written].reverse()) {
    try {
      if (p.before === undefined) await io.remove(p.file);
      else await io.write(p.file, p.before);
    } catch (err) {
      problems.push(`${p.rel}: ${describeIoError(err)}`);
    }
  }
  return problems;
}

/**
 * Files read or written at once. Every write ends with an fsync: one at a time, a run that touches
 * a few hundred pages spends seconds waiting on the disk; a few in parallel share its flushes.
 */
const IO_CONCURRENCY = 16;

/**
 * `fn` over `items`, IO_CONCURRENCY at a time (p-limit), results in input order. After a failure no
 * new item is started (the queue is cleared); the ones under way finish, then the failure of the
 * earliest item is thrown (the same one a loop in order would have met first).
 */
async function mapLimited<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const limit = pLimit({ concurrency: IO_CONCURRENCY, rejectOnClear: true });
  const started = new Set<number>();
  const settled = await Promise.allSettled(
    items.map((item, index) =>
      limit(async () => {
        started.add(index);
        try {
          return await fn(item);
        } catch (err) {
          limit.clearQueue();
          throw err;
        }
      }),
    ),
  );
  // Items that never started were rejected by clearQueue(): not failures of their own.
  const failed = settled.findIndex((r, index) => r.status === 'rejected' && started.has(index));
  if (failed >= 0) throw (settled[failed] as PromiseRejectedResult).reason;
  return settled.map((r) => (r as PromiseFulfilledResult<R>).value);
}
