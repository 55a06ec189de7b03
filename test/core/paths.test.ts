import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { BackupError, PageError, WikiDailyError } from '../../src/errors.js';
import { relativePathProblem, safeRelativePath } from '../../src/fsutil.js';

describe('safeRelativePath (the one check for root-relative paths)', () => {
  it('returns the one normalised form', () => {
    expect(safeRelativePath('pages/a.md', 'page')).toBe('pages/a.md');
    expect(safeRelativePath('./pages//a.md', 'page')).toBe('pages/a.md');
    expect(safeRelativePath('pages\\sub\\a.md', 'page')).toBe('pages/sub/a.md');
    expect(safeRelativePath('pages/', 'include')).toBe('pages');
    expect(safeRelativePath('pages/./a.md', 'page')).toBe('pages/a.md');
  });

  it.each([
    ['', 'it is empty'],
    ['  ', 'it is empty'],
    ['.', 'it is the root itself'],
    ['./', 'it is the root itself'],
    ['pages/..', 'it contains ".."'],
    ['../outside.md', 'it contains ".."'],
    ['a/../b.md', 'it contains ".."'],
    ['..\\x.md', 'it contains ".."'],
    ['/etc/passwd', 'it is absolute'],
    ['\\\\server\\share', 'it is absolute'],
    ['C:\\x.md', 'it is absolute'],
    ['c:x.md', 'it is absolute'],
  ])('refuses %j: %s', (p, reason) => {
    expect(relativePathProblem(p)).toBe(reason);
    expect(() => safeRelativePath(p, 'page path')).toThrow(`page path ${JSON.stringify(p)} must be a path inside the wiki root, but ${reason}`);
  });

  it('throws the error class the caller asks for', () => {
    expect(() => safeRelativePath('..', 'include path', (m) => new BackupError(m))).toThrow(BackupError);
    expect(() => safeRelativePath('/x', 'edit path', (m) => new PageError(m, '/x'))).toThrow(PageError);
    expect(() => safeRelativePath('/x', 'page path')).toThrow(WikiDailyError);
  });

  it('is what the config schema checks, naming the key', () => {
    expect(() => parseConfigText('pages:\n  pagesDir: ../elsewhere\n', 'cfg.yml')).toThrow(/pages\.pagesDir.*inside the wiki root.*it contains "\.\."/s);
    expect(() => parseConfigText('pages:\n  newsDir: .\n', 'cfg.yml')).toThrow(/pages\.newsDir.*it is the root itself/s);
  });
});
