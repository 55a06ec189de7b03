/**
 * The run journal, in the state folder: what a run is about to write, so that the next run can tell a
 * dead run's writes from a person's uncommitted edits and undo or complete them.
 *
 *   journal/journal.json   { phase, head, entries: [{ path, before, planned }] }  (hashes: sha256 hex)
 *   journal/blobs/<sha256> the text each file had before the run (for undo)
 *
 * Written atomically (fsync + rename) before the first page write; cleared when the run is done.
 * A journal found at start means the run that wrote it died (or was killed).
 */
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { WikiDailyError, errorMessage } from '../errors.js';
import { readIfExists, sha256Hex, writeFileAtomic } from '../fsutil.js';
import { blobPath } from '../ops/backup/store.js';

const entrySchema = z.object({
  path: z.string().min(1),
  /** null: the file did not exist before the run. */
  before: z.string().nullable(),
  planned: z.string(),
});
const journalSchema = z.object({
  version: z.literal(1),
  startedAt: z.string(),
  date: z.string(),
  /** HEAD when the run started writing (undefined: no git or no commit yet). */
  head: z.string().optional(),
  /** started: nothing written yet; writing: page writes may be on disk; committed: the commit exists. */
  phase: z.enum(['started', 'writing', 'committed']),
  commitSha: z.string().optional(),
  /** The status the run's day log records (what the history gets if the commit is completed). */
  runStatus: z.enum(['success', 'partial']).optional(),
  entries: z.array(entrySchema),
});
export type JournalEntry = z.infer<typeof entrySchema>;
export type JournalData = z.infer<typeof journalSchema>;

export class Journal {
  readonly dir: string;
  readonly file: string;
  /**
   * @param backupStore the content-addressed backup store (same sha256 of the same bytes): a text the
   *   run's own backup already holds is not copied again (the seen file can be megabytes).
   */
  constructor(
    stateRoot: string,
    private readonly backupStore?: string,
    /** How files are written (the run's write layer, so fault tests reach the journal too). */
    private readonly writeText: (file: string, data: string) => Promise<void> = writeFileAtomic,
  ) {
    this.dir = path.join(stateRoot, 'journal');
    this.file = path.join(this.dir, 'journal.json');
  }

  private async fromBackup(hash: string): Promise<string | undefined> {
    if (!this.backupStore) return undefined;
    const text = await readIfExists(blobPath(this.backupStore, hash)).catch(() => undefined);
    return text !== undefined && sha256Hex(text) === hash ? text : undefined;
  }

  /** The journal a dead run left, or undefined. An unreadable journal is an error naming the file. */
  async read(): Promise<JournalData | undefined> {
    const text = await readIfExists(this.file);
    if (text === undefined) return undefined;
    try {
      return journalSchema.parse(JSON.parse(text));
    } catch (err) {
      throw new WikiDailyError(`${this.file}: unreadable run journal (${errorMessage(err)}); delete it after checking \`git status\``);
    }
  }

  async write(data: JournalData): Promise<void> {
    await this.writeText(this.file, `${JSON.stringify(data)}\n`);
  }

  /** Keep the text a file had before the run, so an undo can put it back. */
  async saveBlob(text: string): Promise<string> {
    const hash = sha256Hex(text);
    if (this.backupStore && (await stat(blobPath(this.backupStore, hash)).then((st) => st.isFile(), () => false))) return hash;
    await mkdir(path.join(this.dir, 'blobs'), { recursive: true });
    const blob = path.join(this.dir, 'blobs', hash);
    if ((await readIfExists(blob)) !== text) await this.writeText(blob, text);
    return hash;
  }

  async readBlob(hash: string): Promise<string> {
    const own = await readIfExists(path.join(this.dir, 'blobs', hash));
    const text = own ?? (await this.fromBackup(hash)) ?? (await readFile(path.join(this.dir, 'blobs', hash), 'utf8'));
    if (sha256Hex(text) !== hash) throw new WikiDailyError(`${this.dir}/blobs/${hash}: journal blob does not match its hash`);
    return text;
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true });
    await rm(path.join(this.dir, 'blobs'), { recursive: true, force: true });
  }
}
