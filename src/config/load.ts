/**
 * Read, parse and validate the YAML config. Every problem is reported with the file, the key path
 * (`sources[2].url`) and what was expected; nothing is half-applied.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Range } from 'yaml';
import { z } from 'zod';
import { ConfigError, type ConfigIssueLocation } from '../errors.js';
import { sha256Hex } from '../fsutil.js';
import { configSchema, type Config } from './schema.js';
import { formatPath } from '../state-schemas.js';

export const DEFAULT_CONFIG_FILE = 'wiki-daily.yml';

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return `${where}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    return `${where}: "kind" must be one of feed, google-news, youtube, html`;
  }
  return `${where}: ${issue.message}`;
}

/** Where a key path points in the YAML source: the node itself, else its nearest existing parent. */
type Locate = (path: ReadonlyArray<PropertyKey>) => { line: number; column: number } | undefined;

/**
 * A Locate over a parsed document: walk the key path through maps and sequences; the position is that
 * of the last map KEY on the way (`url:` rather than its value), or of the sequence item, so the
 * annotation lands on the line a person edits. A path that leaves the document stops at the deepest
 * node found (a missing required key points at its parent).
 */
function yamlLocator(doc: Document, lines: LineCounter): Locate {
  return (keyPath) => {
    let node: unknown = doc.contents;
    let at: Range | undefined = isNode(node) ? node.range ?? undefined : undefined;
    for (const k of keyPath) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === k);
        if (!pair) break;
        if (isNode(pair.key) && pair.key.range) at = pair.key.range;
        node = pair.value;
      } else if (isSeq(node) && typeof k === 'number') {
        const item = node.items[k];
        if (!isNode(item)) break;
        if (item.range) at = item.range;
        node = item;
      } else break;
    }
    if (!at) return undefined;
    const pos = lines.linePos(at[0]);
    return { line: pos.line, column: pos.col };
  };
}

/** Key paths of the duplicate/unknown-reference checks, for locating them like zod issues. */
type Check = { path: (string | number)[]; message: string };

/** Validate an already-parsed value (from YAML or an object in tests). */
export function parseConfig(value: unknown, file = '(inline)', locate?: Locate): Config {
  const located = (msgPath: ReadonlyArray<PropertyKey>, message: string): ConfigIssueLocation => {
    const at = locate?.(msgPath);
    return { message, ...(at ? { line: at.line, column: at.column } : {}) };
  };
  const result = configSchema.safeParse(value ?? {});
  if (!result.success) {
    const issues = result.error.issues;
    throw new ConfigError(
      `invalid config ${file}`,
      file,
      issues.map(describeIssue),
      // An unknown key is reported on its parent object; point at the key itself.
      issues.map((i) => located(i.code === 'unrecognized_keys' ? [...i.path, i.keys[0]!] : i.path, describeIssue(i))),
    );
  }
  const seen = new Set<string>();
  const dupes: Check[] = [];
  result.data.sources.forEach((s, i) => {
    if (seen.has(s.id)) dupes.push({ path: ['sources', i, 'id'], message: `sources[${i}].id: duplicate id "${s.id}"` });
    seen.add(s.id);
  });
  result.data.routing.rules.forEach((r, i) => {
    for (const [j, sid] of r.sources.entries())
      if (!seen.has(sid))
        dupes.push({ path: ['routing', 'rules', i, 'sources', j], message: `routing.rules[${i}].sources[${j}]: no source has id "${sid}"` });
  });
  if (dupes.length)
    throw new ConfigError(
      `invalid config ${file}`,
      file,
      dupes.map((d) => d.message),
      dupes.map((d) => located(d.path, d.message)),
    );
  return result.data;
}

/** The YAML document of a config text as plain data (not validated yet); syntax errors name the line and column. */
function parseYaml(text: string, file: string): { value: unknown; locate: Locate } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length) {
    const locations = doc.errors.map((e): ConfigIssueLocation => {
      const pos = e.linePos?.[0];
      const message = `${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${e.message.split('\n')[0]}`;
      return { message, ...(pos ? { line: pos.line, column: pos.col } : {}) };
    });
    throw new ConfigError(
      `config ${file} is not valid YAML`,
      file,
      locations.map((l) => l.message),
      locations,
    );
  }
  return { value: doc.toJS(), locate: yamlLocator(doc, lines) };
}

/** Parse YAML text; syntax errors name the line and column. */
export function parseConfigText(text: string, file = '(inline)'): Config {
  const { value, locate } = parseYaml(text, file);
  return parseConfig(value, file, locate);
}

async function readConfigText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === 'ENOENT' ? `config file not found: ${file}` : `cannot read config ${file}: ${(err as Error).message}`,
      file,
    );
  }
}

/**
 * A config text's YAML, already parsed (before validation), with the sha256 of the text it came from.
 * The shard plan carries it: for a config of thousands of sources the YAML parse is the largest part
 * of a shard's start (about 0.15-0.2 s of CPU for 3,000 sources in a fresh process), and every shard
 * would repeat the plan job's parse of the very same file.
 */
export interface ConfigSnapshot {
  sha256: string;
  value: unknown;
}

/**
 * Read and validate the config. With a snapshot of the same text (same sha256) its parsed YAML is
 * validated instead of parsing the text again: the same text gives the same value, so the result is
 * the same Config. A different text is parsed as usual; so is one whose snapshot does not validate,
 * so that the errors name their lines.
 */
export async function loadConfig(file: string, snapshot?: ConfigSnapshot): Promise<Config> {
  const text = await readConfigText(file);
  if (snapshot && snapshot.sha256 === sha256Hex(text)) {
    try {
      return parseConfig(snapshot.value, file);
    } catch (err) {
      // Located errors come from the text itself, below.
      if (!(err instanceof ConfigError)) throw err;
    }
  }
  return parseConfigText(text, file);
}

/** The config and a snapshot of its parsed YAML (for the shard plan). */
export async function loadConfigWithSnapshot(file: string): Promise<{ config: Config; snapshot: ConfigSnapshot }> {
  const text = await readConfigText(file);
  const { value, locate } = parseYaml(text, file);
  return { config: parseConfig(value, file, locate), snapshot: { sha256: sha256Hex(text), value } };
}

/** JSON Schema of the config (input side: defaults shown, nothing required that has one). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'wiki-daily configuration', $id: 'https://goyoonjung-wiki/wiki-daily.schema.json' };
}
