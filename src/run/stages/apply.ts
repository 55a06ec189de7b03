/**
 * Apply: journal first (file, hash before, hash planned, and the text before), then the page writes,
 * the seen file last. A failure rolls back every file this run wrote; the journal lets the next run
 * do the same if this process dies half-way.
 */
import path from 'node:path';
import pLimit from 'p-limit';
import { errorMessage } from '../../errors.js';
import { crashPoint } from '../../faults.js';
import { readIfExists, sha256Hex, unchangedSinceRead } from '../../fsutil.js';
import { applyEdits, describeIoError, type WriteIo } from '../../pages/apply.js';
import type { PageEdit } from '../../pages/plan.js';
import { wikiIndexFiles } from '../../pages/wikiindex.js';
import { seenFiles } from '../../gate/seen.js';
import type { Journal, JournalData, JournalEntry } from '../journal.js';
import type { StageContext } from '../context.js';

/** Edits the journal looks at at once. */
const JOURNAL_CONCURRENCY = 16;

/**
 * Record what the run is about to write (file, hash before with the old text kept, hash planned)
 * before the first write; returns the journal as written.
 */
export async function journalWrites(ctx: StageContext, journal: Journal, base: JournalData, edits: readonly PageEdit[]): Promise<JournalData> {
  return journalEdits(ctx.settings.root, journal, base, edits);
}

/** journalWrites for the wiki under `root` (the bench times it as the run does it). */
export async function journalEdits(root: string, journal: Journal, base: JournalData, edits: readonly PageEdit[]): Promise<JournalData> {
  // A few at a time, in the edits' order: each is two or three file-system calls (a stat, the blob's
  // stat in the backup store), and one after another they were most of the stage for a few hundred pages.
  const found = await pLimit(JOURNAL_CONCURRENCY).map(edits, async (e): Promise<JournalEntry | undefined> => {
    const file = path.join(root, e.path);
    // The text the plan read, when the file's stat says it has not changed since (src/fsutil.ts): at
    // 100,000 pages the wiki index and the listings are tens of MB each, read once is enough.
    const current = e.before !== undefined && (await unchangedSinceRead(file, e.before)) ? e.before : await readIfExists(file);
    if (current === e.after) return undefined;
    return { path: e.path, before: current === undefined ? null : await journal.saveBlob(current), planned: sha256Hex(e.after) };
  });
  const entries = found.filter((x): x is JournalEntry => x !== undefined);
  const data: JournalData = { ...base, phase: 'writing', entries };
  await journal.write(data);
  crashPoint('after-journal');
  return data;
}

/**
 * The page writes, then the seen files (the base before the recent file: a compaction killed in between
 * leaves entries in both, never in neither), the wiki index last (its base before its overlay: a
 * compaction killed in between leaves an overlay that names the old base, which is then not used, and
 * the new base alone is the index the run meant); returns the root-relative paths that changed, sorted.
 */
export async function applyRun(ctx: StageContext, edits: readonly PageEdit[]): Promise<string[]> {
  return applyEdits(ctx.settings.root, edits, { verifyBefore: true, last: [...seenFiles(ctx.config.pages.seenFile), ...wikiIndexFiles()], io: ctx.io });
}

export interface Undone {
  restored: string[];
  /** Files that match neither the hash before nor the planned one: a person's edit, left alone. */
  leftAlone: string[];
  problems: string[];
}

/**
 * Put back every journaled file that still holds what the run planned to write. Files already back
 * to their old text are fine; anything else is someone's edit and stays as it is.
 */
export async function undoWrites(root: string, journal: Journal, data: JournalData, io: WriteIo): Promise<Undone> {
  const out: Undone = { restored: [], leftAlone: [], problems: [] };
  for (const e of [...data.entries].reverse()) {
    const file = path.join(root, e.path);
    try {
      const current = await readIfExists(file);
      const hash = current === undefined ? null : sha256Hex(current);
      if (hash === e.before) continue;
      if (hash !== e.planned) {
        out.leftAlone.push(e.path);
        continue;
      }
      if (e.before === null) await io.remove(file);
      else await io.write(file, await journal.readBlob(e.before));
      out.restored.push(e.path);
    } catch (err) {
      out.problems.push(`${e.path}: ${describeIoError(err) || errorMessage(err)}`);
    }
  }
  return out;
}
