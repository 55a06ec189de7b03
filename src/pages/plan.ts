/**
 * The pure planner: current page texts and gated items in, page edits out. No I/O, no clock —
 * the run's local date and time are inputs — so the same input always gives the same plan.
 *
 * Idempotence rule: when no entry is added and the day log's status and source results are
 * what they already say, the plan has no edits (no history line for a no-op run). The one
 * exception is a day log the current run marked `running` (markDayLogRunning): it is put back
 * to its settled text, byte for byte what it was before the run.
 */
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { PageError, WikiDailyError } from '../errors.js';
import type { GatedItem, RunStatus, SourceReport } from '../model.js';
import { safeRelativePath } from '../fsutil.js';
import { localDate } from '../time.js';
import {
  DAYLOG_REGION,
  dayLogItemLine,
  dayLogPath,
  historyLine,
  isSourceOk,
  renderStatusBody,
  settledStatusBody,
  updateDayLog,
} from './daylog.js';
import { compareEntries, mergeEntries, type EntryData } from './entries.js';
import { renderNewsIndex, type ListingSummaries } from './indexes.js';
import { INDEX_REGION, planKnowledgeListings, planPageIndex } from './listings.js';
import { AUTO_SECTION_HEADING, beginMarker, endMarker, ensureRegion, regionBody, replaceRegion } from './regions.js';
import { publishedUrl } from '../gate/canonical.js';
import { safeLink } from './sanitize.js';
import { scanExisting } from './scan.js';
import { updateToc } from './toc.js';
import { compareStrings } from '../order.js';

export interface PlanInput {
  config: Config;
  /** Local date of the run, YYYY-MM-DD. */
  date: string;
  /** Local time of the run, HH:MM. */
  time: string;
  /** Current content of every page it may touch (path relative to the wiki root → text); missing = new file. */
  files: Map<string, string>;
  /** land/queue/pool items are written; other lanes are ignored. */
  items: GatedItem[];
  run: { status: RunStatus; reason?: string; sources: SourceReport[] };
  /** Canonicaliser for links already on a page (so a hand-written variant of a URL counts as present). */
  canonicalize?: (url: string) => string;
  /** Listing facts of files not in `files` (the wiki index), so the index pages need not read every page. */
  listing?: ListingSummaries;
  /**
   * `files` already carry a content change of this run besides the items (curation moved entries):
   * the day log, knowledge pages and indexes follow it even when no item is new.
   */
  contentChanged?: boolean;
  /**
   * Reads a page not in `files` that the plan finds it must write: the split by-year listing's year
   * pages (src/pages/byyear.ts), read only when their rows change. Without it they count as absent.
   */
  readPage?: (path: string) => string | undefined;
}

export interface PageEdit {
  path: string;
  before: string | undefined;
  after: string;
}

export interface Plan {
  /** Sorted by path; never an edit whose after equals before. */
  edits: PageEdit[];
  /** Page → entries added. */
  added: Record<string, number>;
  /** Items actually written (to mark seen); items whose page could not be edited are not here. */
  written: GatedItem[];
  /** Pages that could not be edited safely (broken markers…); their items were not written. */
  errors: PageError[];
  /**
   * The listings of every page (page index, by-year page) were planned from the wiki as given: the
   * wiki index written with this plan may vouch for them (src/pages/views.ts).
   */
  views: boolean;
  /** The listings planned by splicing rather than a full render (src/pages/listings.ts), for the log and the tests. */
  spliced: string[];
}

/** Region name of an entries section. */
export function entriesRegion(section: string): string {
  return `entries:${section}`;
}

/** A config path in the one form used as a key of `files` (`./pages//a.md` → `pages/a.md`); never outside the root. */
/** Where the day log of a local date lives (the planner, the run and health must agree exactly). */
export function dayLogPathFor(config: Config, date: string): string {
  return dayLogPath(wikiPath(config.pages.newsDir), date);
}

function wikiPath(p: string): string {
  return safeRelativePath(p, 'page path');
}

function newPageText(page: string, config: Config): string {
  const title =
    page === wikiPath(config.pages.queuePage)
      ? '승격 대기열'
      : page === wikiPath(config.pages.poolPage)
        ? '후보 풀'
        : path.posix.basename(page).replace(/\.md$/i, '');
  return `# ${title}\n`;
}

/** A new index page holds just its title and the region (no `## 자동 수집` heading needed). */
function indexSkeleton(title: string): string {
  return `# ${title}\n\n${beginMarker(INDEX_REGION)}\n${endMarker(INDEX_REGION)}\n`;
}

export interface Target {
  page: string;
  section: string;
}

/** The page and section an item lands in (undefined: not written). */
export function targetOf(item: GatedItem, config: Config): Target | undefined {
  switch (item.lane) {
    case 'land':
      return { page: item.page ?? config.routing.defaultPage, section: item.section ?? config.routing.defaultSection };
    case 'queue':
      return { page: config.pages.queuePage, section: 'main' };
    case 'pool':
      return { page: config.pages.poolPage, section: 'main' };
    default:
      return undefined;
  }
}

/** The wiki path a written item lands on (for listing the run's added entries). */
export function pageOf(item: GatedItem, config: Config): string | undefined {
  const t = targetOf(item, config);
  return t ? wikiPath(t.page) : undefined;
}

function entryDate(published: string | undefined, timeZone: string): string | undefined {
  if (!published || Number.isNaN(Date.parse(published))) return undefined;
  return localDate(published, timeZone);
}

/**
 * The link a page shows: as published, tracking parameters removed (gate/canonical.ts publishedUrl).
 * The canonical URL stays the id and the dedupe key only.
 */
export function shownLink(item: Pick<GatedItem, 'link' | 'canonicalUrl'>): string {
  try {
    const shown = publishedUrl(item.link);
    return safeLink(shown) ? shown : item.canonicalUrl;
  } catch {
    return item.canonicalUrl;
  }
}

function toEntry(item: GatedItem, timeZone: string): EntryData {
  const date = entryDate(item.published, timeZone);
  return {
    id: item.id,
    ...(date ? { date } : {}),
    outlet: item.outlet ?? item.host,
    kind: item.kind,
    title: item.title,
    url: shownLink(item),
    confidence: item.confidence,
    // Queue and pool entries carry the promote/reject checkboxes of the curation loop.
    ...(item.lane === 'queue' || item.lane === 'pool' ? { curation: true } : {}),
  };
}


/** One level below the last heading before the region's begin marker (at least `##`). */
export function yearLevelFor(text: string, region: string): number {
  const marker = text.indexOf(`<!-- wiki-daily:begin ${region} -->`);
  if (marker < 0) return 2;
  let level = 1;
  let fenced = false;
  for (const line of text.slice(0, marker).split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const h = fenced ? null : /^(#{1,6})[ \t]/.exec(line);
    if (h) level = h[1]!.length;
  }
  return Math.min(6, Math.max(2, level + 1));
}

export function planEdits(input: PlanInput): Plan {
  const { config, date, time, items, run } = input;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new WikiDailyError(`plan: date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  if (!/^\d{2}:\d{2}$/.test(time)) throw new WikiDailyError(`plan: time must be HH:MM, got ${JSON.stringify(time)}`);
  const tz = config.timezone;
  const work = new Map(input.files);
  const touched = new Set<string>();
  const errors: PageError[] = [];
  const added: Record<string, number> = {};
  const written: GatedItem[] = [];

  // Group writable items by page and section.
  const groups = new Map<string, Map<string, GatedItem[]>>();
  for (const item of items) {
    const target = targetOf(item, config);
    if (!target || !safeLink(item.canonicalUrl)) continue;
    target.page = wikiPath(target.page);
    const sections = groups.get(target.page) ?? new Map<string, GatedItem[]>();
    groups.set(target.page, sections);
    const list = sections.get(target.section) ?? [];
    sections.set(target.section, list);
    list.push(item);
  }

  const defaultYear = Number(date.slice(0, 4));
  for (const page of [...groups.keys()].sort(compareStrings)) {
    const sections = groups.get(page)!;
    try {
      let text = work.get(page) ?? newPageText(page, config);
      const known = scanExisting(new Map([[page, text]]), input.canonicalize);
      const pageWritten: { item: GatedItem; entry: EntryData }[] = [];
      for (const section of [...sections.keys()].sort(compareStrings)) {
        const name = entriesRegion(section);
        const byId = new Map<string, GatedItem>();
        const entries = sections.get(section)!.map((item) => {
          byId.set(item.id, item);
          return toEntry(item, tz);
        });
        const withRegion = ensureRegion(text, name, AUTO_SECTION_HEADING, page);
        const result = mergeEntries(regionBody(withRegion, name, page)!, entries, {
          file: page,
          defaultYear,
          maxTitleLength: config.pages.maxTitleLength,
          ...(input.canonicalize ? { canonicalize: input.canonicalize } : {}),
          knownIds: known.ids,
          knownUrls: known.urls,
          yearHeadingLevel: yearLevelFor(withRegion, name),
        });
        if (result.added.length === 0) continue;
        text = replaceRegion(withRegion, name, result.body, page);
        for (const e of result.added) {
          known.ids.add(e.id);
          pageWritten.push({ item: byId.get(e.id)!, entry: e });
        }
      }
      if (pageWritten.length === 0) continue;
      work.set(page, text);
      touched.add(page);
      added[page] = pageWritten.length;
      pageWritten.sort((a, b) => compareEntries(a.entry, b.entry));
      written.push(...pageWritten.map((w) => w.item));
    } catch (err) {
      if (!(err instanceof PageError)) throw err;
      errors.push(err);
    }
  }
  const totalAdded = written.length;

  // The day log: rewritten only when something was added or its status/sources differ.
  const logPath = dayLogPathFor(config, date);
  const existingLog = work.get(logPath);
  const statusBody = renderStatusBody(run.status, run.reason, run.sources);
  const settled = settledStatusBody(existingLog, logPath);
  if (totalAdded === 0 && settled === statusBody && !input.contentChanged) {
    const edits: PageEdit[] = [];
    if (existingLog !== undefined && regionBody(existingLog, DAYLOG_REGION, logPath) !== statusBody) {
      edits.push({ path: logPath, before: existingLog, after: replaceRegion(existingLog, DAYLOG_REGION, statusBody, logPath) });
    }
    return { edits, added, written, errors: uniqueErrors(errors), views: false, spliced: [] };
  }
  const itemLines = written.map((item) =>
    dayLogItemLine(
      { outlet: item.outlet ?? item.host, title: item.title, url: shownLink(item), kind: item.kind, page: wikiPath(targetOf(item, config)!.page) },
      config.pages.maxTitleLength,
    ),
  );
  const ok = run.sources.filter(isSourceOk).length;
  work.set(
    logPath,
    updateDayLog(existingLog, logPath, {
      date,
      statusBody,
      historyLine: historyLine(time, run.status, totalAdded, ok, run.sources.length),
      itemLines,
      maxItems: config.pages.maxDayLogItems,
    }),
  );
  touched.add(logPath);

  // Knowledge pages (entries per year, newest entries) follow the content; listed by the index below.
  // The listings of every page are spliced when the wiki index vouches for them (src/pages/listings.ts).
  const readBefore = new Map<string, string>();
  const knowledge = planKnowledgeListings(config, work, input.listing, touched, input.readPage);
  const spliced: string[] = knowledge.spliced ? [path.posix.normalize(config.pages.byYearPage)] : [];
  errors.push(...knowledge.errors);
  for (const e of knowledge.edits) {
    // A year page read through readPage: its text as read is the edit's `before`.
    if (e.before !== undefined && !input.files.has(e.path)) readBefore.set(e.path, e.before);
    work.set(e.path, e.after);
    touched.add(e.path);
  }

  // Indexes: only when their listing differs from what they say.
  const indexes: [string, (p: string) => { body: string; errors: PageError[]; spliced?: true }, string][] = [
    [wikiPath(config.pages.indexPage), (p) => planPageIndex(p, wikiPath(config.pages.pagesDir), work, input.listing, touched), indexSkeleton('문서 목록')],
    [wikiPath(config.pages.newsIndexPage), (p) => renderNewsIndex(p, wikiPath(config.pages.newsDir), work, input.listing), indexSkeleton('수집 로그 목록')],
  ];
  for (const [indexPath, render, skeleton] of indexes) {
    try {
      const text = ensureRegion(work.get(indexPath) ?? skeleton, INDEX_REGION, AUTO_SECTION_HEADING, indexPath);
      const rendered = render(indexPath);
      errors.push(...rendered.errors);
      if (rendered.spliced) spliced.push(indexPath);
      if (regionBody(text, INDEX_REGION, indexPath) === rendered.body && text === work.get(indexPath)) continue;
      work.set(indexPath, replaceRegion(text, INDEX_REGION, rendered.body, indexPath));
      touched.add(indexPath);
    } catch (err) {
      if (!(err instanceof PageError)) throw err;
      errors.push(err);
    }
  }

  for (const p of touched) {
    try {
      work.set(p, updateToc(work.get(p)!, p));
    } catch (err) {
      if (!(err instanceof PageError)) throw err;
      errors.push(err);
    }
  }

  const edits = [...touched]
    .sort(compareStrings)
    .map((p): PageEdit => ({ path: p, before: input.files.get(p) ?? readBefore.get(p), after: work.get(p)! }))
    .filter((e) => e.after !== e.before);
  return { edits, added, written, errors: uniqueErrors(errors), views: true, spliced };
}

/** A broken page is met by the entries step and again by the index: report it once. */
function uniqueErrors(errors: PageError[]): PageError[] {
  const byMessage = new Map<string, PageError>();
  for (const e of errors) if (!byMessage.has(e.message)) byMessage.set(e.message, e);
  return [...byMessage.values()];
}
