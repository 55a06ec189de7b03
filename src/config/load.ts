/**
 * Read, parse and validate the YAML config. Every problem is reported with the file, the key path
 * (`sources[2].url`) and what was expected; nothing is half-applied.
 */
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
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

/** Validate an already-parsed value (from YAML or an object in tests). */
export function parseConfig(value: unknown, file = '(inline)'): Config {
  const result = configSchema.safeParse(value ?? {});
  if (!result.success) {
    throw new ConfigError(`invalid config ${file}`, file, result.error.issues.map(describeIssue));
  }
  const seen = new Set<string>();
  const dupes: string[] = [];
  result.data.sources.forEach((s, i) => {
    if (seen.has(s.id)) dupes.push(`sources[${i}].id: duplicate id "${s.id}"`);
    seen.add(s.id);
  });
  result.data.routing.rules.forEach((r, i) => {
    for (const [j, sid] of r.sources.entries())
      if (!seen.has(sid)) dupes.push(`routing.rules[${i}].sources[${j}]: no source has id "${sid}"`);
  });
  if (dupes.length) throw new ConfigError(`invalid config ${file}`, file, dupes);
  return result.data;
}

/** Parse YAML text; syntax errors name the line and column. */
export function parseConfigText(text: string, file = '(inline)'): Config {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    throw new ConfigError(
      `config ${file} is not valid YAML`,
      file,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return `${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${e.message.split('\n')[0]}`;
      }),
    );
  }
  return parseConfig(doc.toJS(), file);
}

export async function loadConfig(file: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === 'ENOENT' ? `config file not found: ${file}` : `cannot read config ${file}: ${(err as Error).message}`,
      file,
    );
  }
  return parseConfigText(text, file);
}

/** JSON Schema of the config (input side: defaults shown, nothing required that has one). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'wiki-daily configuration', $id: 'https://goyoonjung-wiki/wiki-daily.schema.json' };
}
