/** Write planned edits to disk, atomically per file. */
import path from 'node:path';
import pLimit from 'p-limit';
import { PageError } from '../errors.js';
import { readIfExists, safeRelativePath, writeFileAtomic } from '../fsutil.js';
import type { PageEdit } from './plan.js';

function resolveInside(root: string, rel: string): string {
  return path.join(path.resolve(root), safeRelativePath(rel, 'edit path', (message) => new PageError(message, rel)));
}

export interface ApplyOptions {
  /**
   * Refuse to write when a file on disk is neither the edit's `before` nor its `after` (a person
   * edited it after planning): nothing is written and a PageError names the file. Off by default
   * because a caller may plan from a text it has since replaced on disk itself (the `running`
   * mark of the day log) — such a caller should plan from the text on disk and turn this on.
   */
  verifyBefore?: boolean;
}

/**
 * Apply edits under `root`; returns the relative paths whose content actually changed (differs
 * from the disk at write time), sorted. All checks run before the first write.
 */
export async function applyEdits(root: string, edits: readonly PageEdit[], options: ApplyOptions = {}): Promise<string[]> {
  const files = edits.map((edit) => resolveInside(root, edit.path));
  const contents = await mapLimited(files, readIfExists);
  const pending: { rel: string; file: string; after: string }[] = [];
  for (const [i, edit] of edits.entries()) {
    const file = files[i]!;
    const current = contents[i];
    if (current === edit.after) continue;
    if (options.verifyBefore && current !== edit.before) {
      throw new PageError(
        current === undefined ? 'was deleted since the edit was planned' : 'changed on disk since the edit was planned; run again',
        edit.path,
      );
    }
    pending.push({ rel: edit.path, file, after: edit.after });
  }
  await mapLimited(pending, (p) => writeFileAtomic(p.file, p.after));
  return pending.map((p) => p.rel).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
