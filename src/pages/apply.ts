/** Write planned edits to disk, atomically per file. */
import path from 'node:path';
import { PageError } from '../errors.js';
import { readIfExists, writeFileAtomic } from '../fsutil.js';
import type { PageEdit } from './plan.js';

function resolveInside(root: string, rel: string): string {
  const base = path.resolve(root);
  const file = path.resolve(base, rel);
  if (path.isAbsolute(rel) || (file !== base && !file.startsWith(base + path.sep))) {
    throw new PageError('edit path is outside the wiki root', rel);
  }
  return file;
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
  const pending: { rel: string; file: string; after: string }[] = [];
  for (const edit of edits) {
    const file = resolveInside(root, edit.path);
    const current = await readIfExists(file);
    if (current === edit.after) continue;
    if (options.verifyBefore && current !== edit.before) {
      throw new PageError(
        current === undefined ? 'was deleted since the edit was planned' : 'changed on disk since the edit was planned; run again',
        edit.path,
      );
    }
    pending.push({ rel: edit.path, file, after: edit.after });
  }
  for (const p of pending) await writeFileAtomic(p.file, p.after);
  return pending.map((p) => p.rel).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
