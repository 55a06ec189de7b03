import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageError } from '../../src/errors.js';
import { applyEdits } from '../../src/pages/apply.js';
import { unifiedDiff } from '../../src/pages/diff.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'wiki-pages-'));
  await mkdir(path.join(root, 'pages'));
  await writeFile(path.join(root, 'pages/a.md'), 'old a\n');
  await writeFile(path.join(root, 'pages/b.md'), 'same b\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('applyEdits', () => {
  it('writes changed and new files and returns only those, sorted', async () => {
    const changed = await applyEdits(root, [
      { path: 'pages/a.md', before: 'old a\n', after: 'new a\n' },
      { path: 'pages/b.md', before: 'old b\n', after: 'same b\n' }, // already on disk
      { path: 'news/2026-11-27.md', before: undefined, after: '# log\n' },
    ]);
    expect(changed).toEqual(['news/2026-11-27.md', 'pages/a.md']);
    expect(await readFile(path.join(root, 'pages/a.md'), 'utf8')).toBe('new a\n');
    expect(await readFile(path.join(root, 'news/2026-11-27.md'), 'utf8')).toBe('# log\n');
    expect((await readdir(path.join(root, 'pages'))).sort()).toEqual(['a.md', 'b.md']); // no temp files left
    expect(await applyEdits(root, [{ path: 'pages/a.md', before: 'old a\n', after: 'new a\n' }])).toEqual([]);
  });

  it('with verifyBefore, writes nothing when a file changed on disk since planning', async () => {
    await writeFile(path.join(root, 'pages/a.md'), 'a person edited this\n');
    const edits = [
      { path: 'news/x.md', before: undefined, after: 'x\n' },
      { path: 'pages/a.md', before: 'old a\n', after: 'new a\n' },
    ];
    await expect(applyEdits(root, edits, { verifyBefore: true })).rejects.toThrow(/pages\/a\.md: changed on disk since the edit was planned/);
    await expect(applyEdits(root, edits, { verifyBefore: true })).rejects.toBeInstanceOf(PageError);
    expect(await readFile(path.join(root, 'pages/a.md'), 'utf8')).toBe('a person edited this\n');
    await expect(readFile(path.join(root, 'news/x.md'), 'utf8')).rejects.toThrow(/ENOENT/);
    // Without it, the plan's text wins (the default contract: write what differs from disk).
    expect(await applyEdits(root, edits)).toEqual(['news/x.md', 'pages/a.md']);
    expect(await readFile(path.join(root, 'pages/a.md'), 'utf8')).toBe('new a\n');
  });

  it('an unreadable target among many: fails and writes nothing', async () => {
    await mkdir(path.join(root, 'pages/dir-3.md'));
    await mkdir(path.join(root, 'pages/dir-30.md'));
    const edits = Array.from({ length: 40 }, (_, i) => ({
      path: i === 3 || i === 30 ? `pages/dir-${i}.md` : `pages/new-${i}.md`,
      before: undefined,
      after: `page ${i}\n`,
    }));
    await expect(applyEdits(root, edits)).rejects.toMatchObject({ code: 'EISDIR' });
    expect((await readdir(path.join(root, 'pages'))).sort()).toEqual(['a.md', 'b.md', 'dir-3.md', 'dir-30.md']);
  });

  it('refuses paths outside the root', async () => {
    await expect(applyEdits(root, [{ path: '../escape.md', before: undefined, after: 'x' }])).rejects.toThrow(/edit path .* must be a path inside the wiki root/);
    await expect(applyEdits(root, [{ path: '/etc/x.md', before: undefined, after: 'x' }])).rejects.toThrow(/edit path .* must be a path inside the wiki root/);
  });
});

describe('unifiedDiff', () => {
  it('renders git-style a/ b/ patches, new files against /dev/null', () => {
    const diff = unifiedDiff([
      { path: 'pages/b.md', before: 'one\ntwo\n', after: 'one\nTWO\n' },
      { path: 'news/n.md', before: undefined, after: 'new\n' },
      { path: 'pages/same.md', before: 'x\n', after: 'x\n' },
    ]);
    expect(diff).toBe(
      [
        '--- /dev/null',
        '+++ b/news/n.md',
        '@@ -0,0 +1,1 @@',
        '+new',
        '--- a/pages/b.md',
        '+++ b/pages/b.md',
        '@@ -1,2 +1,2 @@',
        ' one',
        '-two',
        '+TWO',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff([])).toBe('');
  });
});
