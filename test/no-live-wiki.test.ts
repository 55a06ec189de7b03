/**
 * Static guard: no test resolves the live wiki (`pages/`, `news/`, `data/`, `wiki-daily.yml` at the
 * project root). That content grows with every daily run and every person's edit; tests use the
 * frozen fixture wiki (test/support/fixture-wiki.ts) instead. test/e2e/run-grown-wiki.test.ts proves
 * the same thing dynamically, on a copy of the project whose wiki has grown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../src/fsutil.js';
import { PROJECT_ROOT } from './support/fixture-wiki.js';

const LIVE = String.raw`(?:pages|news|data)(?:/|['"\`])|wiki-daily\.yml['"\`]`;

/**
 * Where a test file reaches for the live wiki, as `line: reason`. A line marked `live-wiki-ok: why`
 * is exempt: only the grown-wiki proof, which grows the live wiki of a COPY of the project, needs it.
 */
export function liveWikiReads(source: string): string[] {
  // Names bound to the project root: the shared constant, or anything computed from import.meta.url.
  const rootNames = new Set(['PROJECT_ROOT']);
  for (const m of source.matchAll(/\b(?:const|let)\s+(\w+)\s*=[^;\n]*import\.meta\.url/g)) rootNames.add(m[1]!);
  const names = [...rootNames].join('|');
  const rules: Array<[RegExp, string]> = [
    [new RegExp(String.raw`\b(?:${names})\b\s*,\s*['"\`](?:\./)?(?:${LIVE})`), 'joins the project root with live wiki content'],
    [new RegExp(String.raw`new URL\(\s*['"\`](?:\.\./)+(?:${LIVE})`), 'resolves live wiki content relative to the test file'],
    [
      new RegExp(String.raw`\b(?:readFile|readFileSync|readdir|readdirSync|stat|statSync|existsSync|access|cp|createReadStream|loadConfig)\(\s*['"\`](?:\./)?(?:${LIVE})`),
      'reads live wiki content relative to the working directory (the project root)',
    ],
    [/\bprepareDemoWorkspace\(/, 'starts a workspace from the live wiki (use prepareFixtureWorkspace)'],
    [/\bprojectRoot:\s*\w*ROOT\b(?![^}\n]*wikiRoot)/i, 'passes the project root as the wiki to copy (use prepareFixtureWorkspace)'],
    [/(?:runCliProcess|startCliProcess|parseCliArgs)\(\s*\[\s*['"`]demo['"`](?![^\]\n]*--(?:wiki|serve)\b)/, 'runs the demo on the live wiki (pass --wiki FIXTURE_WIKI)'],
  ];
  const out: string[] = [];
  source.split('\n').forEach((line, i) => {
    if (line.includes('live-wiki-ok:')) return;
    for (const [re, reason] of rules) if (re.test(line)) out.push(`${i + 1}: ${reason}: ${line.trim()}`);
  });
  return out;
}

describe('no test reads the live wiki', () => {
  it('recognises each way a test could reach for it', () => {
    const bad = [
      "const root = fileURLToPath(new URL('..', import.meta.url));\nconst t = readFileSync(path.join(root, 'pages', 'index.md'));",
      "const cfg = path.join(PROJECT_ROOT, 'wiki-daily.yml');",
      "const seen = readFileSync(new URL('../data/seen.tsv', import.meta.url), 'utf8');",
      "const seen = await readFile('data/seen.tsv', 'utf8');",
      "const ws = await prepareDemoWorkspace({ projectRoot: PROJECT_ROOT });",
      "const ws = await make({ projectRoot: PROJECT_ROOT, extra: 1 });",
      "const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');\nawait cp(path.join(here, 'news/'), dest);",
      "const settings = parseCliArgs(['demo'], {}) as Settings;",
      "const r = await runCliProcess(['demo', '--keep']);",
    ];
    for (const b of bad) expect(liveWikiReads(b).length, b).toBeGreaterThan(0);
    const fine = [
      "const feeds = path.join(PROJECT_ROOT, 'fixtures', 'feeds');",
      "const schema = readFileSync(new URL('../wiki-daily.schema.json', import.meta.url), 'utf8');",
      "await readFile(path.join(ws.root, 'pages/press.md'), 'utf8');",
      "const ws = await prepareFixtureWorkspace({ extraSources });",
      "expect(s.configFile).toBe(path.resolve('wiki-daily.yml'));",
      "return prepareDemoWorkspace_({ projectRoot: PROJECT_ROOT, wikiRoot: FIXTURE_WIKI });",
      "ws = await prepareDemoWorkspace({ projectRoot: copy }); // live-wiki-ok: a copy, on purpose",
      "const settings = parseCliArgs(['demo', '--wiki', FIXTURE_WIKI], {}) as Settings;",
      "const served = startCliProcess(['demo', '--serve', '--out', ready]);",
    ];
    for (const f of fine) expect(liveWikiReads(f), f).toEqual([]);
  });

  it('holds for every test file and test helper', async () => {
    const files = (await listFiles(PROJECT_ROOT, 'test')).filter((f) => f.endsWith('.ts') && f !== 'test/no-live-wiki.test.ts');
    expect(files.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const f of files) {
      // The one place that may name prepareDemoWorkspace: it passes the fixture wiki explicitly.
      if (f === 'test/support/fixture-wiki.ts') continue;
      for (const hit of liveWikiReads(readFileSync(path.join(PROJECT_ROOT, f), 'utf8'))) found.push(`${f}:${hit}`);
    }
    expect(found).toEqual([]);
    // The exemption stays rare: only the grown-wiki proof uses it.
    const exempt = files.filter((f) => readFileSync(path.join(PROJECT_ROOT, f), 'utf8').includes('live-wiki-ok:'));
    expect(exempt).toEqual(['test/e2e/run-grown-wiki.test.ts']);
  });
});
