/**
 * Read, parse and validate the YAML config. Every problem is reported with the file, the key path
 * (`sources[2].url`) and what was expected; nothing is half-applied.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { configSchema } from './schema.js';
import { formatPath } from '../state-schemas.js';
export const DEFAULT_CONFIG_FILE = 'wiki-daily.yml';
function describeIssue(issue) {
    const where = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
        return `${where}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    }
    if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
        return `${where}: "kind" must be one of feed, google-news, youtube, html`;
    }
    return `${where}: ${issue.message}`;
}
/**
 * A Locate over a parsed document: walk the key path through maps and sequences; the position is that
 * of the last map KEY on the way (`url:` rather than its value), or of the sequence item, so the
 * annotation lands on the line a person edits. A path that leaves the document stops at the deepest
 * node found (a missing required key points at its parent).
 */
function yamlLocator(doc, lines) {
    return (keyPath) => {
        let node = doc.contents;
        let at = isNode(node) ? node.range ?? undefined : undefined;
        for (const k of keyPath) {
            if (isMap(node)) {
                const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === k);
                if (!pair)
                    break;
                if (isNode(pair.key) && pair.key.range)
                    at = pair.key.range;
                node = pair.value;
            }
            else if (isSeq(node) && typeof k === 'number') {
                const item = node.items[k];
                if (!isNode(item))
                    break;
                if (item.range)
                    at = item.range;
                node = item;
            }
            else
                break;
        }
        if (!at)
            return undefined;
        const pos = lines.linePos(at[0]);
        return { line: pos.line, column: pos.col };
    };
}
/** Validate an already-parsed value (from YAML or an object in tests). */
export function parseConfig(value, file = '(inline)', locate) {
    const located = (msgPath, message) => {
        const at = locate?.(msgPath);
        return { message, ...(at ? { line: at.line, column: at.column } : {}) };
    };
    const result = configSchema.safeParse(value ?? {});
    if (!result.success) {
        const issues = result.error.issues;
        throw new ConfigError(`invalid config ${file}`, file, issues.map(describeIssue), 
        // An unknown key is reported on its parent object; point at the key itself.
        issues.map((i) => located(i.code === 'unrecognized_keys' ? [...i.path, i.keys[0]] : i.path, describeIssue(i))));
    }
    const seen = new Set();
    const dupes = [];
    result.data.sources.forEach((s, i) => {
        if (seen.has(s.id))
            dupes.push({ path: ['sources', i, 'id'], message: `sources[${i}].id: duplicate id "${s.id}"` });
        seen.add(s.id);
    });
    result.data.routing.rules.forEach((r, i) => {
        for (const [j, sid] of r.sources.entries())
            if (!seen.has(sid))
                dupes.push({ path: ['routing', 'rules', i, 'sources', j], message: `routing.rules[${i}].sources[${j}]: no source has id "${sid}"` });
    });
    if (dupes.length)
        throw new ConfigError(`invalid config ${file}`, file, dupes.map((d) => d.message), dupes.map((d) => located(d.path, d.message)));
    return result.data;
}
/** Parse YAML text; syntax errors name the line and column. */
export function parseConfigText(text, file = '(inline)') {
    const lines = new LineCounter();
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines });
    if (doc.errors.length) {
        const locations = doc.errors.map((e) => {
            const pos = e.linePos?.[0];
            const message = `${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${e.message.split('\n')[0]}`;
            return { message, ...(pos ? { line: pos.line, column: pos.col } : {}) };
        });
        throw new ConfigError(`config ${file} is not valid YAML`, file, locations.map((l) => l.message), locations);
    }
    return parseConfig(doc.toJS(), file, yamlLocator(doc, lines));
}
export async function loadConfig(file) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new ConfigError(code === 'ENOENT' ? `config file not found: ${file}` : `cannot read config ${file}: ${err.message}`, file);
    }
    return parseConfigText(text, file);
}
/** JSON Schema of the config (input side: defaults shown, nothing required that has one). */
export function configJsonSchema() {
    const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' });
    return { ...schema, title: 'wiki-daily configuration', $id: 'https://goyoonjung-wiki/wiki-daily.schema.json' };
}
