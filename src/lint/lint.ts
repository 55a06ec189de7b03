/**
 * `wiki-daily lint`: what must hold for ANY valid wiki, empty or holding 100,000 entries, checked on
 * the live content (the tool's tests never read it). Every problem names file:line.
 *
 * Memory stays flat as the wiki grows: pages are read one at a time, the seen file is streamed line by
 * line, and only entry ids (for the duplicate check) are kept across files.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { parseConfig } from '../config/load.js';
import { lintSettings, pageSettings, type Config, type LintSettings, type PageSettings } from '../config/schema.js';
import { ConfigError, PageError, errorMessage } from '../errors.js';
import { listFiles } from '../fsutil.js';
import { parseSeen, seenFiles } from '../gate/seen.js';
import { parseWikiIndex, wikiIndexFiles } from '../pages/wikiindex.js';
import { entryProblems, parseEntries } from '../pages/entries.js';
import { findRegions } from '../pages/regions.js';
import { updateToc } from '../pages/toc.js';

export interface LintProblem {
  /** Relative to the wiki root (forward slashes) when inside it. */
  file: string;
  /** 1-based. */
  line: number;
  message: string;
}

interface LintResult {
  problems: LintProblem[];
  /** What was read, so "0 problems" can be told apart from "nothing checked". */
  checked: { pages: number; entries: number; seenLines: number; facts: number };
}

export function formatProblem(p: LintProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** The config as YAML (for line numbers) and, when valid, as a Config. */
interface ConfigView {
  rel: string;
  doc?: Document;
  lines?: LineCounter;
  config?: Config;
}

/** `sources[3].url` → ['sources', 3, 'url'] (the form formatPath writes in ConfigError issues). */
function pathSegments(where: string): Array<string | number> {
  return [...where.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!));
}

/** Line of the deepest node of `segments` present in the YAML (1 when none is). */
function lineOf(view: ConfigView, segments: ReadonlyArray<string | number>): number {
  if (!view.doc || !view.lines) return 1;
  for (let n = segments.length; n > 0; n--) {
    const node = view.doc.getIn(segments.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return view.lines.linePos(node.range[0]).line;
  }
  return 1;
}

async function readConfig(root: string, configFile: string, problems: LintProblem[]): Promise<ConfigView> {
  const rel = relativeName(root, configFile);
  let text: string;
  try {
    text = await readFile(configFile, 'utf8');
  } catch (err) {
    problems.push({ file: rel, line: 1, message: `cannot read the config: ${errorMessage(err)}` });
    return { rel };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push({ file: rel, line: e.linePos?.[0]?.line ?? 1, message: `YAML: ${e.message.split('\n')[0]}` });
    return { rel };
  }
  const view: ConfigView = { rel, doc, lines };
  checkNoSecrets(view, text, problems);
  try {
    view.config = parseConfig(doc.toJS(), rel);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    for (const issue of err.issues) {
      const colon = issue.indexOf(': ');
      const where = colon === -1 || issue.startsWith('(top level)') ? '' : issue.slice(0, colon);
      // An unknown key is reported on its parent; point at the key itself.
      const unknown = /: unknown keys? "([^"]+)"/.exec(issue)?.[1];
      const at = [...pathSegments(where), ...(unknown ? [unknown] : [])];
      problems.push({ file: rel, line: lineOf(view, at), message: `config ${issue}` });
    }
  }
  return view;
}

const SECRET_KEY = /webhook|token|secret|password|credential/i;
const SECRET_VALUE = /discord(?:app)?\.com\/api\/webhooks|ghp_[A-Za-z0-9]|github_pat_/i;

/** Secrets come from inputs and the environment only; one committed in the config is a leak. */
function checkNoSecrets(view: ConfigView, text: string, problems: LintProblem[]): void {
  const walk = (value: unknown, at: Array<string | number>): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (SECRET_KEY.test(k)) problems.push({ file: view.rel, line: lineOf(view, [...at, k]), message: `key "${k}" looks like a secret; secrets come from workflow inputs or the environment, never the config` });
        walk(v, [...at, k]);
      }
    }
  };
  walk(view.doc?.toJS(), []);
  text.split('\n').forEach((l, i) => {
    if (SECRET_VALUE.test(l)) problems.push({ file: view.rel, line: i + 1, message: 'holds what looks like a webhook URL or GitHub token' });
  });
}

function relativeName(root: string, file: string): string {
  const rel = path.relative(root, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function checkRoutes(root: string, view: ConfigView, problems: LintProblem[]): Promise<void> {
  const config = view.config;
  if (!config) return;
  const targets: Array<{ page: string; at: Array<string | number> }> = [
    ...config.routing.rules.map((r, i) => ({ page: r.page, at: ['routing', 'rules', i, 'page'] })),
    { page: config.routing.defaultPage, at: ['routing', 'defaultPage'] },
    { page: config.pages.queuePage, at: ['pages', 'queuePage'] },
    { page: config.pages.poolPage, at: ['pages', 'poolPage'] },
  ];
  const reported = new Set<string>();
  for (const t of targets) {
    if (reported.has(t.page) || (await isFile(path.join(root, t.page)))) continue;
    reported.add(t.page);
    problems.push({ file: view.rel, line: lineOf(view, t.at), message: `routes entries to ${t.page}, which does not exist` });
  }
}

/** PageError carries file and line; its message repeats them, which the problem list shows once. */
function fromPageError(err: unknown, file: string): LintProblem {
  if (err instanceof PageError) {
    const prefix = `${err.file}${err.line ? `:${err.line}` : ''}: `;
    return { file, line: err.line ?? 1, message: err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message };
  }
  throw err;
}

interface IdSeen {
  file: string;
  line: number;
}

function checkPage(rel: string, text: string, ids: Map<string, IdSeen>, problems: LintProblem[]): number {
  try {
    updateToc(text, rel);
  } catch (err) {
    problems.push(fromPageError(err, rel));
  }
  let regions;
  try {
    regions = findRegions(text, rel);
  } catch (err) {
    problems.push(fromPageError(err, rel));
    return 0;
  }
  let entries = 0;
  for (const r of regions) {
    if (!r.name.startsWith('entries:')) continue;
    // The body starts on the line after the begin marker; entry lines count from 1 inside it.
    const offset = r.beginLine;
    for (const e of parseEntries(text.slice(r.bodyStart, r.bodyEnd), rel).entries) {
      entries++;
      const line = offset + e.line;
      for (const p of entryProblems(e)) problems.push({ file: rel, line, message: `entry ${p}` });
      if (!e.id) continue;
      const first = ids.get(e.id);
      if (first) problems.push({ file: rel, line, message: `duplicate entry id ${e.id} (first at ${first.file}:${first.line})` });
      else ids.set(e.id, { file: rel, line });
    }
  }
  return entries;
}

/** Streams both seen files (the base and its recent file); each data line is checked by the product's own parser. */
async function checkSeen(root: string, pages: PageSettings, problems: LintProblem[]): Promise<number> {
  let data = 0;
  for (const rel of seenFiles(pages.seenFile)) data += await checkSeenFile(root, rel, problems);
  return data;
}

async function checkSeenFile(root: string, seenRel: string, problems: LintProblem[]): Promise<number> {
  const file = path.join(root, seenRel);
  if (!(await isFile(file))) return 0; // a fresh wiki has none yet; the first run writes it (a small one never has a recent file)
  const rel = relativeName(root, file);
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let data = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '' || line.startsWith('#')) continue;
    data++;
    try {
      parseSeen(`${line}\n`, rel);
    } catch (err) {
      const p = fromPageError(err, rel);
      problems.push({ ...p, line: n });
    }
  }
  return data;
}

/**
 * The wiki index (data/wiki-index.tsv and its overlay data/wiki-index-recent.tsv), when there is one:
 * every line of both must be readable. It is derived (a run re-reads what changed and rebuilds an
 * unreadable index; an overlay that extends another base is set aside), so an outdated index is no
 * problem; an unreadable one is, since every run would then read the whole wiki again. A wiki without
 * an index passes: the first run writes it.
 */
async function checkWikiIndex(root: string, problems: LintProblem[]): Promise<void> {
  for (const [i, rel] of wikiIndexFiles().entries()) await checkWikiIndexFile(root, rel, i === 1, problems);
}

async function checkWikiIndexFile(root: string, indexRel: string, overlay: boolean, problems: LintProblem[]): Promise<void> {
  const file = path.join(root, indexRel);
  if (!(await isFile(file))) return;
  const rel = relativeName(root, file);
  try {
    const index = parseWikiIndex(await readFile(file, 'utf8'), rel, { overlay });
    for (const f of index.values()) {
      try {
        void f.kproblem;
      } catch (err) {
        problems.push({ file: rel, line: 1, message: `${f.path}: knowledge field is not valid JSON (${errorMessage(err)})` });
      }
    }
  } catch (err) {
    problems.push(fromPageError(err, rel));
  }
}

async function checkFacts(root: string, view: ConfigView, lint: LintSettings, problems: LintProblem[]): Promise<void> {
  const texts = new Map<string, string | undefined>();
  for (const [i, fact] of lint.facts.entries()) {
    if (!texts.has(fact.page)) texts.set(fact.page, await readFile(path.join(root, fact.page), 'utf8').catch(() => undefined));
    const text = texts.get(fact.page);
    if (text === undefined) {
      problems.push({ file: view.rel, line: lineOf(view, ['lint', 'facts', i, 'page']), message: `pinned fact names ${fact.page}, which does not exist` });
    } else if (!text.includes(fact.text)) {
      problems.push({ file: fact.page, line: 1, message: `no longer states ${JSON.stringify(fact.text)} (pinned in ${view.rel} lint.facts[${i}])` });
    }
  }
}

/** Check the wiki at `root` against its config; never throws for a problem in the content. */
export async function lintWiki(root: string, configFile: string): Promise<LintResult> {
  const problems: LintProblem[] = [];
  const view = await readConfig(root, configFile, problems);
  // With an invalid config the pages are still checked, with its page settings when those are valid.
  const raw = (view.config ?? view.doc?.toJS() ?? {}) as { pages?: unknown; lint?: unknown };
  const pages: PageSettings = pageSettings.safeParse(raw.pages ?? {}).data ?? pageSettings.parse({});
  const lint: LintSettings = lintSettings.safeParse(raw.lint ?? {}).data ?? lintSettings.parse({});

  await checkRoutes(root, view, problems);

  const ids = new Map<string, IdSeen>();
  let pageCount = 0;
  let entries = 0;
  const files = new Set([...(await listFiles(root, pages.pagesDir)), ...(await listFiles(root, pages.newsDir))]);
  for (const rel of [...files].filter((f) => f.endsWith('.md')).sort()) {
    pageCount++;
    entries += checkPage(rel, await readFile(path.join(root, rel), 'utf8'), ids, problems);
  }

  const seenLines = await checkSeen(root, pages, problems);
  await checkWikiIndex(root, problems);
  await checkFacts(root, view, lint, problems);
  return { problems, checked: { pages: pageCount, entries, seenLines, facts: lint.facts.length } };
}
