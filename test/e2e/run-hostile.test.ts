/**
 * A feed whose titles try to break the pages (comments, markers, scripts, javascript:/data: links,
 * headings, table pipes, a huge title): after the run every page keeps exactly its own structure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRegions } from '../../src/pages/regions.js';
import { isolateGitConfig } from '../support/git.js';
import { countUrl, fixtureRoute, withWorkspace } from '../support/e2e.js';

let restoreGit: () => void;
beforeAll(async () => {
  restoreGit = await isolateGitConfig();
});
afterAll(() => restoreGit?.());

const MARKER_LINE = /^<!-- (?:wiki-daily:(?:begin|end) [^\s<>]+|TOC:START|TOC:END) -->$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

interface Shape {
  /** Heading lines outside managed regions. */
  headingsOutside: string[];
  /** Heading lines inside managed regions. */
  headingsInside: string[];
  /** Lines that are neither marker lines nor free of comment syntax. */
  strayComments: string[];
}

function shape(text: string, file: string): Shape {
  const regions = findRegions(text, file);
  const inRegion = (line: number) => regions.some((r) => line > r.beginLine && line < r.endLine);
  const out: Shape = { headingsOutside: [], headingsInside: [], strayComments: [] };
  let fenced = false;
  text.split('\n').forEach((line, i) => {
    const n = i + 1;
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (MARKER_LINE.test(line.trim())) return;
    if (line.includes('<!--') || line.includes('-->')) out.strayComments.push(`${file}:${n}: ${line.slice(0, 120)}`);
    if (!fenced && HEADING.test(line)) (inRegion(n) ? out.headingsInside : out.headingsOutside).push(line);
  });
  return out;
}

/** Destinations of inline links `[t](dest)` (unescaped brackets) and autolinks `<scheme:…>`. */
function linkTargets(text: string): string[] {
  const inline = [...text.matchAll(/(?<!\\)\]\(\s*<?([^)\s>]*)/g)].map((m) => m[1]!);
  const auto = [...text.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)].map((m) => m[1]!);
  return [...inline, ...auto];
}

describe('wiki-daily run with a hostile feed', () => {
  it('writes hostile titles as inert text and leaves every page structurally intact', async () => {
    const extraRoutes = { '/hostile.xml': await fixtureRoute('hostile.xml', 'application/rss+xml; charset=utf-8') };
    const extraSources = [{ id: 'hostile', name: 'Hostile', url: '{{BASE}}/hostile.xml' }];
    await withWorkspace({ extraRoutes, extraSources }, async (ws) => {
      const before = await ws.hashes();
      const mdFiles = [...before.keys()].filter((p) => p.endsWith('.md'));
      const shapesBefore = new Map<string, Shape>();
      for (const rel of mdFiles) shapesBefore.set(rel, shape(await ws.read(rel), rel));

      const { report } = await ws.run();
      expect(report.errors).toEqual([]);
      expect(report.pushed).toBe(true);
      const hostile = report.sources.find((s) => s.id === 'hostile')!;
      expect(hostile.outcome).toBe('fetched');
      // Two items link to javascript: / data: and are skipped; seven remain.
      expect(hostile.items).toBe(7);

      const after = [...(await ws.hashes()).keys()].filter((p) => p.endsWith('.md'));
      expect(after).toEqual(expect.arrayContaining(mdFiles));
      const queue = await ws.read('pages/promotion_queue.md');
      for (let i = 1; i <= 6; i++) expect(countUrl(queue, `https://news.example.com/a/${i}`), `a/${i}`).toBe(1);
      expect(queue).toMatch(/<https:\/\/news\.example\.com\/a\/7[^>]*>/);

      for (const rel of after) {
        const text = await ws.read(rel);
        // Parses: every marker well-formed, no region opened by a title.
        const s = shape(text, rel);
        expect(text, rel).not.toMatch(/<script/i);
        for (const target of linkTargets(text)) expect(target, `${rel}: link ${target}`).not.toMatch(/^\s*(javascript|data|vbscript):/i);
        expect(s.strayComments, rel).toEqual([]);
        const was = shapesBefore.get(rel);
        if (was) expect(s.headingsOutside, rel).toEqual(was.headingsOutside);
        // Inside regions only the bot's own headings (years, report sections), never a title.
        for (const h of s.headingsInside) expect(h, `${rel}: heading from a feed title`).not.toMatch(/고윤정|화보|인터뷰/);
        // No line broke out of its entry: no feed text starts a line as a heading, table row or list item of its own.
        for (const line of text.split('\n')) {
          if (!line.includes('news.example.com') && !/고윤정 (-->|&lt;|단독|\\\||클릭)/.test(line)) continue;
          expect(line, `${rel}: feed text on a line of its own`).toMatch(/^\s*- /);
        }
      }

      // The entry holding the 1,601-character title is capped.
      const longLine = queue.split('\n').find((l) => l.includes('고윤정 고윤정 고윤정'))!;
      expect(longLine.length).toBeLessThan(1_100);
      expect(longLine).toMatch(/…$/);
    });
  });
});
