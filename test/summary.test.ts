/**
 * The job summary as the maintainer reads it: entries added, the commit link, a dry run's plan, and
 * the summary of a run whose config is invalid. Also the annotations and JSON log lines.
 */
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../src/config/load.js';
import { ConfigError } from '../src/errors.js';
import { JsonLogger, logStage } from '../src/log.js';
import type { AddedEntry, GatedItem, RunReport, SourceReport } from '../src/model.js';
import { configAnnotations, reportAnnotations, ANNOTATION_CAP } from '../src/report/annotations.js';
import { renderConfigErrorSummary, renderSummary, splitDiff, SUMMARY_ENTRY_LIMIT } from '../src/report/render.js';
import { addedEntries, cacheStats, collectionStatus, finishReport, newReport } from '../src/report/report.js';
import { parseConfig } from '../src/config/load.js';
import { unifiedDiff } from '../src/pages/diff.js';

const REPO = 'https://github.com/owner/wiki';
const SHA = '0123456789abcdef0123456789abcdef01234567';

function src(id: string, outcome: SourceReport['outcome'], error?: string): SourceReport {
  return { id, kind: 'feed', url: `https://x.invalid/${id}`, outcome, items: 2, durationMs: 10, bytesDownloaded: 0, attempts: 1, ...(error ? { error } : {}) };
}

function entry(i: number, page = 'pages/pictorials.md'): AddedEntry {
  return { title: `화보 [${i}] | 고윤정`, url: `https://www.elle.co.kr/article/${i}`, outlet: 'ELLE Korea', page };
}

function run(sources: SourceReport[], entries: AddedEntry[]): RunReport {
  const r = newReport('run', { timezone: 'Asia/Seoul' }, Date.parse('2026-11-27T00:00:00Z'));
  r.sources = sources;
  const cs = collectionStatus(sources);
  r.status = cs.status;
  if (cs.reason) r.reason = cs.reason;
  r.cache = cacheStats(sources);
  r.entries = entries;
  r.itemsAdded = entries.length;
  r.pages = {};
  for (const e of entries) r.pages[e.page] = (r.pages[e.page] ?? 0) + 1;
  return finishReport(r, Date.parse('2026-11-27T00:01:00Z'));
}

const entryRows = (md: string): string[] => md.split('\n').filter((l) => l.startsWith('| [화보'));

describe('job summary of a success', () => {
  it('lists every entry (title linked, outlet, page) and links the pushed commit', () => {
    const r = run([src('elle', 'fetched')], [entry(1), entry(2, 'pages/videos.md')]);
    r.committed = true;
    r.commitSha = SHA;
    r.pushed = true;
    const md = renderSummary(r, { repoUrl: REPO, ref: SHA });
    expect(md).toContain('### Entries added (2)');
    expect(entryRows(md)).toEqual([
      '| [화보 \\[1\\] \\| 고윤정](https://www.elle.co.kr/article/1) | ELLE Korea | `pages/pictorials.md` |',
      '| [화보 \\[2\\] \\| 고윤정](https://www.elle.co.kr/article/2) | ELLE Korea | `pages/videos.md` |',
    ]);
    expect(md).toContain(`[\`01234567\`](${REPO}/commit/${SHA})`);
    expect(md).not.toContain('Planned');
  });

  it('lists the first 50 entries and counts the rest', () => {
    const r = run([src('elle', 'fetched')], Array.from({ length: 73 }, (_, i) => entry(i)));
    const md = renderSummary(r, { repoUrl: REPO });
    expect(entryRows(md)).toHaveLength(SUMMARY_ENTRY_LIMIT);
    expect(entryRows(md)[49]).toContain('article/49)');
    expect(md).toContain('… and 23 more (73 in all).');
  });

  it('never links an entry whose URL is not http(s)', () => {
    const r = run([src('elle', 'fetched')], [{ title: 'x', url: 'javascript:alert(1)', page: 'pages/a.md' }]);
    const md = renderSummary(r);
    expect(md).toContain('| x |  | `pages/a.md` |');
    expect(md).not.toContain('javascript:');
  });
});

describe('job summary of a partial run', () => {
  it('names the failing source and does not link a commit that was not pushed', () => {
    const r = run([src('elle', 'fetched'), src('broken', 'failed', 'HTTP 500')], [entry(1)]);
    r.committed = true;
    r.commitSha = SHA;
    r.pushed = false;
    const md = renderSummary(r, { repoUrl: REPO });
    expect(md).toContain('🟡 **partial**');
    expect(md).toContain('- source `broken`: HTTP 500');
    expect(md).toContain('`01234567` (not pushed)');
    expect(md).not.toContain('/commit/');
    expect(entryRows(md)).toHaveLength(1);
  });
});

describe('job summary of a dry run', () => {
  it('is headed Planned, shows page diffs first and the seen file last, collapsed', () => {
    const r = run([src('elle', 'fetched')], [entry(1)]);
    r.dryRun = true;
    r.diff = unifiedDiff([
      { path: 'data/seen.tsv', before: 'a\n', after: 'a\nb\n' },
      { path: 'pages/pictorials.md', before: '# 화보\n', after: '# 화보\n\n- new entry\n' },
      { path: 'news/2026-11-27.md', before: undefined, after: '# 2026-11-27\n' },
    ]);
    const md = renderSummary(r, { repoUrl: REPO, seenFile: 'data/seen.tsv' });
    expect(md.startsWith('## Planned — goyoonjung-wiki daily — run 2026-11-27')).toBe(true);
    expect(md).toContain('### Entries to add (1)');
    const news = md.indexOf('#### `news/2026-11-27.md`');
    const page = md.indexOf('#### `pages/pictorials.md`');
    const seen = md.indexOf('<details><summary>Seen file <code>data/seen.tsv</code></summary>');
    const entries = md.indexOf('### Entries to add');
    expect(news).toBeGreaterThan(0);
    expect(page).toBeGreaterThan(news);
    // The page diffs come before everything else; the seen file's diff after them, collapsed.
    expect(entries).toBeGreaterThan(page);
    expect(seen).toBeGreaterThan(page);
    expect(md.slice(page, seen)).toContain('+- new entry');
    expect(md.slice(seen)).toContain('+b');
    expect(md.slice(0, seen)).not.toContain('+b\n');
    expect(md).not.toContain('Planned edits');
  });

  it('collapses the recent seen file (a large wiki writes it) like the seen file, after the pages', () => {
    const r = run([src('elle', 'fetched')], [entry(1)]);
    r.dryRun = true;
    r.diff = unifiedDiff([
      { path: 'data/seen-recent.tsv', before: 'h\n', after: 'h\nrecent line\n' },
      { path: 'pages/pictorials.md', before: '# 화보\n', after: '# 화보\n\n- new entry\n' },
    ]);
    const md = renderSummary(r, { repoUrl: REPO, seenFile: 'data/seen.tsv' });
    const page = md.indexOf('#### `pages/pictorials.md`');
    const recent = md.indexOf('<details><summary>Seen file <code>data/seen-recent.tsv</code></summary>');
    expect(page).toBeGreaterThan(0);
    expect(recent).toBeGreaterThan(page);
    expect(md).not.toContain('#### `data/seen-recent.tsv`');
    expect(md.slice(recent)).toContain('+recent line');
  });

  it('collapses the wiki index files after the pages and the seen file', () => {
    const r = run([src('elle', 'fetched')], [entry(1)]);
    r.dryRun = true;
    r.diff = unifiedDiff([
      { path: 'data/wiki-index-recent.tsv', before: 'h\n', after: 'h\npages/pictorials.md\tline\n' },
      { path: 'data/wiki-index.tsv', before: undefined, after: 'base\n' },
      { path: 'data/seen.tsv', before: 'a\n', after: 'a\nb\n' },
      { path: 'pages/pictorials.md', before: '# 화보\n', after: '# 화보\n\n- new entry\n' },
    ]);
    const md = renderSummary(r, { repoUrl: REPO, seenFile: 'data/seen.tsv' });
    const page = md.indexOf('#### `pages/pictorials.md`');
    const seen = md.indexOf('<details><summary>Seen file <code>data/seen.tsv</code></summary>');
    const base = md.indexOf('<details><summary>Wiki index <code>data/wiki-index.tsv</code></summary>');
    const overlay = md.indexOf('<details><summary>Wiki index <code>data/wiki-index-recent.tsv</code></summary>');
    expect(page).toBeGreaterThan(0);
    expect(seen).toBeGreaterThan(page);
    // Both after the seen file, in path order (the overlay's name sorts first).
    expect(base).toBeGreaterThan(seen);
    expect(overlay).toBeGreaterThan(seen);
    expect(md).not.toContain('#### `data/wiki-index');
    expect(md.slice(overlay)).toContain('+pages/pictorials.md\tline');
    expect(md.slice(0, base)).not.toContain('+base');
  });

  it('splits a unified diff per file, new files included', () => {
    const d = unifiedDiff([
      { path: 'a.md', before: 'x\n', after: 'y\n' },
      { path: 'b.md', before: undefined, after: 'z\n' },
    ]);
    expect(splitDiff(d).map((c) => c.path)).toEqual(['a.md', 'b.md']);
    expect(splitDiff(d)[1]!.text).toContain('--- /dev/null');
  });
});

describe('invalid config', () => {
  const text = [
    'timezone: Asia/Seoul', // 1
    'sources:', // 2
    '  - id: elle', // 3
    '    url: https://www.elle.co.kr/rss', // 4
    '  - id: vogue', // 5
    '    url: not a url', // 6
    '    colour: red', // 7
    'discord:', // 8
    '  retries: many', // 9
    '',
  ].join('\n');

  function configError(): ConfigError {
    try {
      parseConfigText(text, 'wiki-daily.yml');
    } catch (err) {
      if (err instanceof ConfigError) return err;
      throw err;
    }
    throw new Error('config parsed');
  }

  it('maps each zod key path to its line in the YAML file', () => {
    const err = configError();
    const byLine = Object.fromEntries(err.locations.map((l) => [l.line, l.message]));
    expect(byLine[6]).toMatch(/^sources\[1\]\.url: /);
    expect(byLine[7]).toBe('sources[1]: unknown key "colour"');
    expect(byLine[9]).toMatch(/^discord\.retries: /);
    expect(err.locations).toHaveLength(3);
  });

  it('locates the cross-checks too (duplicate ids)', () => {
    try {
      parseConfigText('sources:\n  - id: a\n    url: https://a.example/\n  - id: a\n    url: https://b.example/\n', 'c.yml');
      throw new Error('parsed');
    } catch (err) {
      expect((err as ConfigError).locations).toEqual([{ message: 'sources[1].id: duplicate id "a"', line: 4, column: 5 }]);
    }
  });

  it('a YAML syntax error keeps its line', () => {
    try {
      parseConfigText('sources:\n  - id: a\n   url: [\n', 'c.yml');
      throw new Error('parsed');
    } catch (err) {
      expect((err as ConfigError).locations[0]!.line).toBeGreaterThan(1);
    }
  });

  it('becomes one error annotation per problem and a summary listing file:line', () => {
    const err = configError();
    const anns = configAnnotations('wiki-daily.yml', err.locations, err.message);
    expect(anns.map((a) => [a.level, a.file, a.line])).toEqual([
      ['error', 'wiki-daily.yml', 6],
      ['error', 'wiki-daily.yml', 7],
      ['error', 'wiki-daily.yml', 9],
    ]);
    const md = renderConfigErrorSummary(err, 'wiki-daily.yml');
    expect(md).toContain('🔴 **failed** — invalid config `wiki-daily.yml`');
    expect(md).toContain('### Config errors (3)');
    expect(md).toContain('| `wiki-daily.yml:6` | sources[1].url: ');
    expect(md).toContain('| `wiki-daily.yml:7` | sources[1]: unknown key "colour" |');
    expect(md).toContain('| `wiki-daily.yml:9` | discord.retries: ');
  });

  it('an object config (no file) still validates, without lines', () => {
    expect(() => parseConfig({ sources: [] })).toThrow(ConfigError);
  });
});

describe('run annotations', () => {
  it('each failing source and each warning, capped with one count annotation', () => {
    const r = run([src('elle', 'fetched'), src('broken', 'failed', 'HTTP 500')], []);
    r.warnings = Array.from({ length: 30 }, (_, i) => `warning ${i}`);
    const anns = reportAnnotations(r);
    expect(anns).toHaveLength(ANNOTATION_CAP + 1);
    expect(anns[0]).toEqual({ level: 'warning', title: 'source broken failed', message: 'HTTP 500' });
    expect(anns[1]!.message).toBe('warning 0');
    expect(anns.at(-1)!.message).toBe('11 more warnings not annotated (31 in all); see the job summary and the log');
    expect(reportAnnotations(run([src('a', 'fetched')], []))).toEqual([]);
  });
});

describe('entries from the plan', () => {
  it('carry the page the entry block went to, the canonical URL and the outlet', () => {
    const config = parseConfig({ sources: [{ id: 'a', url: 'https://a.example/' }] });
    const base = { sourceId: 'a', sourceKind: 'feed', link: 'https://a.example/x?utm=1', canonicalUrl: 'https://a.example/x', id: 'e1', host: 'a.example', score: 1, reason: '', kind: 'news', confidence: 'high' } as const;
    const items: GatedItem[] = [
      { ...base, title: 'landed', lane: 'land', page: 'pages/news.md', outlet: 'A' },
      { ...base, title: 'queued', lane: 'queue' },
    ];
    expect(addedEntries(items, config)).toEqual([
      { title: 'landed', url: 'https://a.example/x', outlet: 'A', page: 'pages/news.md' },
      { title: 'queued', url: 'https://a.example/x', outlet: 'a.example', page: config.pages.queuePage },
    ]);
  });
});

describe('JSON logs', () => {
  it('one JSON object per line with time, level, stage, source and message; secrets redacted', async () => {
    const lines: string[] = [];
    const log = new JsonLogger(false, (l) => lines.push(l), () => Date.parse('2026-11-27T00:00:00Z'));
    log.info('starting');
    await logStage(log, 'collect', async () => {
      log.warn('source elle: HTTP 500 from https://user:pw@example.com/feed');
      log.debug('hidden unless verbose');
    });
    log.error('done');
    expect(lines.every((l) => l.endsWith('\n') && l.indexOf('\n') === l.length - 1)).toBe(true);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { time: '2026-11-27T00:00:00.000Z', level: 'info', message: 'starting' },
      { time: '2026-11-27T00:00:00.000Z', level: 'warn', stage: 'collect', source: 'elle', message: 'source elle: HTTP 500 from https://***@example.com/feed' },
      { time: '2026-11-27T00:00:00.000Z', level: 'error', message: 'done' },
    ]);
  });
});
