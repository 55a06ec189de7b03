/**
 * The seen file without parsing it: lookups by binary search over its sorted lines, and new entries
 * spliced in at their sorted places. For a file the bot wrote itself (its blob id is the one the wiki
 * index recorded), this gives byte for byte what parseSeen + add + serializeSeen give, at the cost of
 * one read and one write instead of validating and hashing every line (1,000,000 entries: ~1 s and
 * ~300 MB the other way). A file a person edited goes the careful way (parseSeen), once.
 * For a large wiki the base is not even read: see ./seenstore.ts (positioned lookups, a recent file).
 */
import { SEEN_HEADER, type SeenEntry } from './seen.js';

/** Offset of the first entry line (after the header), or -1 when the text does not start with it. */
function bodyStart(text: string): number {
  return text.startsWith(`${SEEN_HEADER}\n`) ? SEEN_HEADER.length + 1 : -1;
}

/** Offset of the start of the line that contains `offset`. */
function lineStartAt(text: string, offset: number, floor: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  return Math.max(floor, nl + 1);
}

function idAt(text: string, lineStart: number): string {
  const tab = text.indexOf('\t', lineStart);
  return text.slice(lineStart, tab < 0 ? text.indexOf('\n', lineStart) : tab);
}

/** Offset where a line for `id` is or would be inserted (first line whose id ≥ id). */
function lowerBound(text: string, id: string, start: number): number {
  let lo = start;
  let hi = text.length;
  // Invariant: every line starting before lo has an id < id; every line starting at or after hi has id ≥ id.
  while (lo < hi) {
    const mid = lineStartAt(text, (lo + hi) >>> 1, lo);
    const end = text.indexOf('\n', mid);
    const next = end < 0 ? text.length : end + 1;
    if (idAt(text, mid) < id) lo = next;
    else hi = mid;
  }
  return lo;
}

export function isFastSeenText(text: string): boolean {
  return bodyStart(text) >= 0 && (text.length === bodyStart(text) || text.endsWith('\n'));
}

/** The entries of the (sorted, bot-written) seen file whose id is one of `ids`. */
export function seenEntriesAmong(text: string, ids: Iterable<string>): SeenEntry[] {
  const start = bodyStart(text);
  if (start < 0) throw new Error('seen file without its header: use parseSeen');
  const found: SeenEntry[] = [];
  for (const id of ids) {
    const at = lowerBound(text, id, start);
    if (at >= text.length || idAt(text, at) !== id) continue;
    const end = text.indexOf('\n', at);
    const [, date, url] = text.slice(at, end < 0 ? text.length : end).split('\t');
    found.push({ id, date: date ?? '', url: url ?? '' });
  }
  return found;
}

/** The seen file with `entries` added at their sorted places; ids already present keep their line. */
export function insertSeen(text: string, entries: readonly SeenEntry[]): string {
  const start = bodyStart(text);
  if (start < 0) throw new Error('seen file without its header: use parseSeen');
  const fresh = [...new Map(entries.map((e) => [e.id, e] as const)).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parts: string[] = [];
  let copied = 0;
  let from = start;
  for (const e of fresh) {
    const at = lowerBound(text, e.id, from);
    if (at < text.length && idAt(text, at) === e.id) continue;
    parts.push(text.slice(copied, at), `${e.id}\t${e.date}\t${e.url}\n`);
    copied = at;
    from = at;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
