/**
 * patches/feedsmith++fast-xml-parser+5.11.2.patch (applied by `npm install`'s postinstall, patch-package):
 * fast-xml-parser compiled its stopNodes (425 paths for feedsmith's RSS parser) on every parse, which
 * was most of a small feed's parse time and garbage. The patch compiles them once per parser options.
 * These tests check that the patch is installed and that a parser reused for many feeds still treats
 * each one's stop nodes (raw inner text) the same way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../src/feeds/parse.js';
import type { SourceConfig } from '../../src/config/schema.js';
import { PROJECT_ROOT } from '../support/proc.js';

const source = { id: 'outlet', kind: 'feed', url: 'https://outlet.example/feed', enabled: true } as SourceConfig;
const ctx = { source, url: 'https://outlet.example/feed', timezone: 'Asia/Seoul' };

function rss(n: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Outlet</title>
<item><title>고윤정 <b>소식</b> ${n}</title><link>https://outlet.example/news/${n}</link>
<description><![CDATA[<p>요약 ${n}</p>]]></description><pubDate>Thu, 26 Nov 2026 09:00:00 +0900</pubDate></item>
</channel></rss>`;
}

describe('the fast-xml-parser patch', () => {
  it('is installed where feedsmith imports fast-xml-parser from', () => {
    const dir = path.join(PROJECT_ROOT, 'node_modules', 'feedsmith', 'node_modules', 'fast-xml-parser');
    const patchFile = readFileSync(path.join(PROJECT_ROOT, 'patches', 'feedsmith++fast-xml-parser+5.11.2.patch'), 'utf8');
    // A Dependabot bump of feedsmith or fast-xml-parser makes the patch stale: patch-package then
    // fails the install; this says why.
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version).toBe('5.11.2');
    expect(patchFile).toContain('src/xmlparser/OrderedObjParser.js');
    expect(readFileSync(path.join(dir, 'src', 'xmlparser', 'OrderedObjParser.js'), 'utf8')).toContain('const stopNodeSets = new WeakMap();');
  });

  it('parses feed after feed with the same stop-node handling (title markup kept as text, CDATA summary)', () => {
    for (let n = 0; n < 3; n++) {
      const { items, warnings } = parseFeedText(rss(n), ctx);
      expect(warnings).toEqual([]);
      expect(items).toEqual([
        expect.objectContaining({ title: `고윤정 소식 ${n}`, link: `https://outlet.example/news/${n}`, summary: `요약 ${n}`, published: '2026-11-26T00:00:00.000Z' }),
      ]);
    }
  });
});
