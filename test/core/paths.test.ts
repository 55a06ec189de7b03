import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { BackupError, PageError, WikiDailyError } from '../../src/errors.js';
import { relativePathProblem, safeRelativePath } from '../../src/fsutil.js';
import { seededRandom } from '../support/rand.js';

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

  it("gives the full check's answer for any path, through its shortcut for plain ones (seeded)", () => {
    // The check as it reads without the shortcut: the oracle for random paths over the characters that matter.
    const full = (p: string): string | undefined => {
      const posix = p.replace(/\\/g, '/');
      if (posix.trim() === '') return 'it is empty';
      if (posix.startsWith('/') || /^[a-zA-Z]:/.test(posix)) return 'it is absolute';
      if (posix.split('/').includes('..')) return 'it contains ".."';
      if ((path.posix.normalize(posix).replace(/\/+$/, '') || '.') === '.') return 'it is the root itself';
      return undefined;
    };
    const random = seededRandom(7);
    const chars = ['a', 'C', '한', '.', '.', '/', '/', '\\', ':', ' ', '\t'];
    let problems = 0;
    for (let i = 0; i < 20_000; i++) {
      let p = '';
      for (let n = Math.floor(random() * 7); n > 0; n--) p += chars[Math.floor(random() * chars.length)];
      expect(relativePathProblem(p), JSON.stringify(p)).toBe(full(p));
      if (full(p)) problems++;
    }
    expect(problems).toBeGreaterThan(2_000);
    expect(problems).toBeLessThan(18_000);
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
