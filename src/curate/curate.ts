/**
 * The curation loop of the promotion queue and the candidate pool, as a pure planner: page texts in,
 * page edits out (no I/O, no clock: the run's local date is an input).
 *
 * - Promote: an entry whose `- [x] 승격 promote` box is ticked (one small edit in GitHub's web
 *   editor), or whose id is requested (`wiki-daily promote ID [--to PAGE]`, the `promote` dispatch
 *   input), moves to the page routing gives it (or PAGE; a page may also be named on the ticked line)
 *   under the right year heading. The block moves as written — the person's text is kept — without its
 *   checkboxes and with the status 보도(1차); its id stays.
 * - Reject: `- [x] 제외 reject` or `wiki-daily reject ID` removes the entry and records it in the
 *   rejected file; its id is (already) in the seen file, so the gate never lets it back.
 * - Archive: pool entries dated more than `poolMaxAgeDays` before the run move to the yearly archive
 *   page (`archivePage` with the entry's year).
 *
 * Idempotent: a moved entry loses its checkboxes and an archived one is past the pool; planning the
 * result again gives no edits.
 */
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { PageError, errorMessage } from '../errors.js';
import { posixPath, relativePathProblem } from '../fsutil.js';
import { CONFIDENCE } from '../gate/gate.js';
import { entryId } from '../gate/canonical.js';
import { routeItem } from '../gate/route.js';
import type { SeenEntry } from '../gate/seen.js';
import { seenStoreFromTexts, type SeenStore } from '../gate/seenstore.js';
import { insertEntryLines, isEntryDate, parseEntries, type ParsedEntry } from '../pages/entries.js';
import { entriesRegion, yearLevelFor, type PageEdit } from '../pages/plan.js';
import { AUTO_SECTION_HEADING, ensureRegion, findRegions, regionBody, replaceRegion } from '../pages/regions.js';
import { scanExisting } from '../pages/scan.js';
import { isYearPage } from '../pages/byyear.js';
import { compareStrings } from '../order.js';

export interface CurationRequests {
  promote: Array<{ id: string; to?: string }>;
  reject: string[];
}

export interface CurationInput {
  config: Config;
  /** Local date of the run, YYYY-MM-DD. */
  date: string;
  /** Every page that may be read or touched (queue, pool, routed pages, archive pages), by wiki path. */
  files: ReadonlyMap<string, string>;
  /** The seen set (base and recent seen file, src/gate/seenstore.ts); else the seen file's text (undefined = none yet). */
  seen?: SeenStore;
  seenText?: string;
  /** Current rejected file (undefined = none yet). */
  rejectedText?: string;
  requests?: CurationRequests;
  canonicalize: (url: string) => string;
}

export interface CurationAction {
  id: string;
  action: 'promote' | 'reject' | 'archive';
  from: string;
  to?: string;
  title?: string;
}

export interface CurationResult {
  /** Sorted by path; never an edit whose after equals before. */
  edits: PageEdit[];
  actions: CurationAction[];
  /** Requests that could not be carried out, and boxes that contradict each other. */
  problems: string[];
  /** Seen entries this curation adds (their edits are among `edits`): a run plans its own on top of them. */
  seenAdded: SeenEntry[];
}

export const REJECTED_HEADER = '# wiki-daily rejected entries: id<TAB>rejected on (YYYY-MM-DD)<TAB>URL; sorted by id; never collected again';

const TICKED = /^[ \t]+[-*+][ \t]+\[[xX]\][ \t]*(.*)$/;
const CHECKBOX = /^[ \t]+[-*+][ \t]+\[[ xX]\]/;
const STATUS_LINE = /^([ \t]+[-*+][ \t]+상태[ \t]*[:：][ \t]*).*$/;
const YEAR_HEADING = /^#{2,6}[ \t]+\d{4}[ \t]*#*[ \t]*$/;
const ANY_HEADING = /^#{1,6}[ \t]/;

/** The rejected file's ids → line. Tolerant of comments and blank lines; other lines are kept as written. */
export function parseRejected(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of (text ?? '').replace(/\r\n/g, '\n').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const id = line.split('\t')[0]!.trim();
    if (id && !out.has(id)) out.set(id, line);
  }
  return out;
}

export function serializeRejected(entries: Map<string, string>): string {
  const lines = [...entries].sort(([a], [b]) => compareStrings(a, b)).map(([, l]) => l);
  return `${REJECTED_HEADER}\n${lines.map((l) => `${l}\n`).join('')}`;
}

/**
 * A page a person names to promote to: a topical markdown page under pagesDir (the one path check of
 * fsutil), never the queue, the pool or a page the run generates (indexes, reports, knowledge pages).
 */
function checkTarget(page: string, config: Config): string | undefined {
  const n = posixPath(page);
  if (relativePathProblem(n) !== undefined || !n.endsWith('.md')) return undefined;
  const p = config.pages;
  if (!n.startsWith(`${p.pagesDir}/`)) return undefined;
  const generated = [p.queuePage, p.poolPage, p.indexPage, p.dailyReportPage, p.systemStatusPage, p.byYearPage, p.timelinePage, config.links.page];
  return generated.includes(n) || isYearPage(config, n) ? undefined : n;
}

interface Found {
  page: string;
  region: string;
  entry: ParsedEntry;
  /** The block's lines in the region body. */
  lines: string[];
  action?: 'promote' | 'reject' | 'archive';
  to?: string;
}

function tickedAction(lines: readonly string[]): { action?: 'promote' | 'reject'; to?: string; conflict: boolean } {
  let promote = false;
  let reject = false;
  let to: string | undefined;
  for (const line of lines) {
    const m = TICKED.exec(line);
    if (!m) continue;
    if (/승격|promote/i.test(m[1]!)) {
      promote = true;
      to ??= /(\S+\.md)\b/.exec(m[1]!)?.[1];
    } else if (/제외|reject/i.test(m[1]!)) reject = true;
  }
  if (promote && reject) return { conflict: true };
  return { ...(promote ? { action: 'promote' as const } : reject ? { action: 'reject' as const } : {}), ...(to ? { to } : {}), conflict: false };
}

/** The region body without the removed line ranges, and without year headings left empty. */
function removeLines(body: string, remove: ReadonlyArray<[number, number]>): string {
  const lines = body.replace(/\n$/, '').split('\n');
  const drop = new Set<number>();
  for (const [from, to] of remove) for (let i = from; i < to; i++) drop.add(i);
  const kept = lines.filter((_, i) => !drop.has(i));
  const out: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i]!;
    if (YEAR_HEADING.test(line)) {
      let j = i + 1;
      while (j < kept.length && kept[j]!.trim() === '') j++;
      if (j >= kept.length || ANY_HEADING.test(kept[j]!)) {
        i = j - 1;
        continue;
      }
    }
    // never two blank lines in a row where a block was taken out
    if (line.trim() === '' && (out.length === 0 || out[out.length - 1]!.trim() === '')) continue;
    out.push(line);
  }
  while (out.length && out[out.length - 1]!.trim() === '') out.pop();
  return out.length ? `${out.join('\n')}\n` : '';
}

export function planCuration(input: CurationInput): CurationResult {
  const { config, date } = input;
  const problems: string[] = [];
  const actions: CurationAction[] = [];
  const work = new Map(input.files);
  const touched = new Set<string>();
  const requestedPromote = new Map((input.requests?.promote ?? []).map((p) => [p.id, p.to] as const));
  const requestedReject = new Set(input.requests?.reject ?? []);
  const rejected = parseRejected(input.rejectedText);
  const queue = config.pages.queuePage;
  const pool = config.pages.poolPage;
  const cutoff = new Date(Date.parse(`${date}T00:00:00Z`) - config.curation.poolMaxAgeDays * 86_400_000).toISOString().slice(0, 10);

  // 1. What happens to each queue/pool entry.
  const found: Found[] = [];
  const seenIds = new Set<string>();
  for (const page of [queue, pool]) {
    const text = work.get(page);
    if (text === undefined) continue;
    try {
      for (const region of findRegions(text, page).filter((r) => r.name.startsWith('entries:'))) {
        const body = regionBody(text, region.name, page)!;
        const bodyLines = body.replace(/\n$/, '').split('\n');
        for (const entry of parseEntries(body, page).entries) {
          if (!entry.id) continue;
          seenIds.add(entry.id);
          const lines = bodyLines.slice(entry.line - 1, entry.endLine);
          const f: Found = { page, region: region.name, entry, lines };
          const ticked = tickedAction(lines);
          if (ticked.conflict) {
            problems.push(`${page}: entry ${entry.id} has both 승격 promote and 제외 reject ticked; left as it is`);
            continue;
          }
          if (requestedReject.has(entry.id) || ticked.action === 'reject') f.action = 'reject';
          else if (requestedPromote.has(entry.id) || ticked.action === 'promote') {
            f.action = 'promote';
            const to = requestedPromote.get(entry.id) ?? ticked.to;
            if (to !== undefined) f.to = to;
          } else if (page === pool && isEntryDate(entry.date) && entry.date < cutoff) f.action = 'archive';
          if (f.action) found.push(f);
        }
      }
    } catch (err) {
      if (!(err instanceof PageError)) throw err;
      problems.push(errorMessage(err));
    }
  }
  for (const id of [...requestedPromote.keys(), ...requestedReject]) {
    if (!seenIds.has(id) && !(requestedReject.has(id) && rejected.has(id))) problems.push(`entry ${id} is not in ${queue} or ${pool}`);
  }

  // 2. Insert the moved blocks; a block whose target cannot take it stays where it is.
  const removals = new Map<string, Map<string, Array<[number, number]>>>();
  // Only the moved entries' ids are looked up: a large base seen file is never read whole here.
  const store = input.seen ?? seenStoreFromTexts(config.pages.seenFile, input.seenText, undefined);
  const seen = store.among(found.flatMap((f) => (f.entry.id ? [f.entry.id] : [])));
  const seenAdded: SeenEntry[] = [];
  for (const f of found) {
    const e = f.entry;
    const canonical = e.url ? safe(() => input.canonicalize(e.url!)) : undefined;
    let target: { page: string; section: string } | undefined;
    let moved: string[] = f.lines.filter((l) => !CHECKBOX.test(l));
    if (f.action === 'promote') {
      if (f.to !== undefined) {
        const page = checkTarget(f.to, config);
        if (!page) {
          problems.push(`entry ${e.id}: cannot promote to ${JSON.stringify(f.to)} (a topical .md page under ${config.pages.pagesDir}/, not the queue, the pool or a generated page)`);
          continue;
        }
        target = { page, section: config.routing.rules.find((r) => r.page === page)?.section ?? config.routing.defaultSection };
      } else {
        const route = routeItem({ sourceId: '', sourceKind: 'feed', title: e.title ?? '', link: e.url ?? '', ...(e.kind ? { kindHint: e.kind } : {}) }, config.routing);
        target = { page: route.page, section: route.section };
      }
      moved = moved.map((l) => l.replace(STATUS_LINE, `$1${CONFIDENCE.report}`));
    } else if (f.action === 'archive') {
      target = { page: config.curation.archivePage.replace(/\{year\}/g, e.date!.slice(0, 4)), section: 'main' };
    }
    if (target) {
      try {
        const region = entriesRegion(target.section);
        const heading = f.action === 'archive' ? `# 후보 풀 보관 ${e.date!.slice(0, 4)}\n` : `# ${path.posix.basename(target.page, '.md')}\n`;
        const before = work.get(target.page) ?? heading;
        const text = ensureRegion(before, region, AUTO_SECTION_HEADING, target.page);
        const known = scanExisting(new Map([[target.page, text]]), input.canonicalize);
        const r = insertEntryLines(regionBody(text, region, target.page)!, { id: e.id!, ...(e.date ? { date: e.date } : {}), ...(e.url ? { url: e.url } : {}) }, moved, {
          file: target.page,
          defaultYear: Number(date.slice(0, 4)),
          canonicalize: input.canonicalize,
          knownIds: known.ids,
          knownUrls: known.urls,
          yearHeadingLevel: yearLevelFor(text, region),
        });
        // Already there (a repeated command, or a person copied it by hand): only the removal is left to do.
        if (r.added) {
          work.set(target.page, replaceRegion(text, region, r.body, target.page));
          touched.add(target.page);
        }
      } catch (err) {
        if (!(err instanceof PageError)) throw err;
        problems.push(`entry ${e.id}: ${errorMessage(err)}; left in ${f.page}`);
        continue;
      }
    } else if (f.action === 'reject' && !rejected.has(e.id!)) {
      rejected.set(e.id!, `${e.id}\t${date}\t${e.url ?? ''}`);
    }
    // The gate knows written entries by the seen file; a hand-added entry gets its line now.
    if (canonical && entryId(canonical) === e.id && !seen.has(e.id)) {
      seen.add(e.id, date, canonical);
      seenAdded.push({ id: e.id, date, url: canonical });
    }
    const byRegion = removals.get(f.page) ?? new Map<string, Array<[number, number]>>();
    removals.set(f.page, byRegion);
    const list = byRegion.get(f.region) ?? [];
    byRegion.set(f.region, list);
    list.push([e.line - 1, e.endLine]);
    actions.push({ id: e.id!, action: f.action!, from: f.page, ...(target ? { to: target.page } : {}), ...(e.title ? { title: e.title } : {}) });
  }

  // 3. Take the moved and rejected blocks out of the queue and the pool.
  for (const [page, byRegion] of removals) {
    let text = work.get(page)!;
    for (const [region, ranges] of byRegion) text = replaceRegion(text, region, removeLines(regionBody(text, region, page)!, ranges), page);
    work.set(page, text);
    touched.add(page);
  }

  const edits: PageEdit[] = [...touched]
    .sort()
    .map((p) => ({ path: p, before: input.files.get(p), after: work.get(p)! }))
    .filter((e) => e.after !== e.before);
  if (edits.length) {
    edits.push(...store.write(seenAdded).edits);
    const rejectedAfter = serializeRejected(rejected);
    if (actions.some((a) => a.action === 'reject') && rejectedAfter !== input.rejectedText)
      edits.push({ path: config.curation.rejectedFile, before: input.rejectedText, after: rejectedAfter });
    edits.sort((a, b) => compareStrings(a.path, b.path));
  }
  return { edits, actions, problems, seenAdded };
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/**
 * `ID[=PAGE]` items separated by spaces, commas or new lines (the `promote` dispatch input and the
 * WIKI_DAILY_PROMOTE variable). Throws naming the item that is not an entry id.
 */
export function parsePromoteList(text: string | undefined): CurationRequests['promote'] {
  const out: CurationRequests['promote'] = [];
  for (const item of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    const [id, to] = item.split('=', 2) as [string, string | undefined];
    if (!/^e[0-9a-f]{12}$/.test(id)) throw new Error(`promote: "${item}" is not an entry id (e + 12 hex digits, optionally =PAGE)`);
    out.push({ id, ...(to ? { to } : {}) });
  }
  return out;
}
