/**
 * Benchmark: one run's seen-file work on a large wiki, the way runs did it before the seen store (read
 * the whole file, look the candidates up in its text, splice the new lines in: a second whole string)
 * against the log-structured store (src/gate/seenstore.ts: positioned lookups in the base, new lines
 * into the recent file). Each mode runs in a fresh process, so the peak RSS is its own.
 *
 *   node <out>/bench/seenstore.js generate <dir> <entries>
 *   node <out>/bench/seenstore.js measure <dir> full|store <candidates>
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { entryId } from '../src/gate/canonical.js';
import { recentSeenFile, SEEN_HEADER, type SeenEntry } from '../src/gate/seen.js';
import { insertSeen, seenEntriesAmong } from '../src/gate/seenfile.js';
import { openSeenStore } from '../src/gate/seenstore.js';

const FILE = 'data/seen.tsv';
const url = (n: number) => `https://news.example.com/entertain/article/${n}?section=star&from=rss`;

function generate(root: string, entries: number): void {
  mkdirSync(path.join(root, 'data'), { recursive: true });
  const lines = Array.from({ length: entries }, (_, i) => `${entryId(url(i))}\t2026-01-01\t${url(i)}`).sort();
  writeFileSync(path.join(root, FILE), `${SEEN_HEADER}\n${lines.join('\n')}\n`);
  // The steady state of a large wiki: earlier runs left a recent file.
  writeFileSync(path.join(root, recentSeenFile(FILE)), `${SEEN_HEADER}\n`);
  process.stdout.write(JSON.stringify({ entries, baseBytes: readFileSync(path.join(root, FILE)).length }) + '\n');
}

async function measure(root: string, mode: string, k: number): Promise<void> {
  // Half of the candidates are known (every 997th entry), half are new articles: those get written.
  const known = Array.from({ length: k / 2 }, (_, i) => entryId(url(i * 997)));
  const fresh: SeenEntry[] = Array.from({ length: k / 2 }, (_, i) => ({ id: entryId(url(10_000_000 + i)), date: '2026-11-29', url: url(10_000_000 + i) }));
  const candidates = [...known, ...fresh.map((e) => e.id)];
  const t0 = performance.now();
  let found: number;
  let written: number;
  let baseBytesRead: number;
  if (mode === 'full') {
    const text = readFileSync(path.join(root, FILE), 'utf8');
    found = seenEntriesAmong(text, candidates).length;
    written = Buffer.byteLength(insertSeen(text, fresh));
    baseBytesRead = Buffer.byteLength(text);
  } else {
    // Trusted as the run trusts it: git's blob id equals the one the wiki index recorded.
    const store = await openSeenStore(root, FILE, { recordedBlob: 'same', gitBlob: 'same' });
    found = store.among(candidates).size;
    written = store.write(fresh).edits.reduce((n, e) => n + Buffer.byteLength(e.after), 0);
    baseBytesRead = store.baseBytesRead;
  }
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ mode, candidates: k, found, ms, baseBytesRead, bytesToWrite: written, peakRssKb: process.resourceUsage().maxRSS }) + '\n');
}

async function main(): Promise<void> {
  const [mode, dir, ...rest] = process.argv.slice(2);
  if (!dir) throw new Error('usage: seenstore.js generate <dir> <entries> | measure <dir> full|store <candidates>');
  const root = path.resolve(dir);
  if (mode === 'generate') generate(root, Number(rest[0]));
  else if (mode === 'measure') await measure(root, rest[0] ?? 'store', Number(rest[1] ?? 2000));
  else throw new Error(`unknown mode ${JSON.stringify(mode)}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench/seenstore: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
