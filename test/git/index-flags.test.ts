/**
 * indexFlags reads git's index file to tell whether any entry under some folders is one whose
 * work-tree changes `git diff-index` would not report. Checked against git itself: index versions 2,
 * 3 and 4, flags set by `git update-index`, a conflict made by a real merge, a split index.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { indexFlags } from '../../src/git/index-flags.js';
import { gitSync, isolateGitConfig, writeFiles } from '../support/git.js';

let restoreEnv: () => void;
let root: string;

beforeAll(async () => {
  restoreEnv = await isolateGitConfig();
});
afterAll(() => restoreEnv());

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'wiki-index-flags-'));
  const files: Record<string, string> = { 'other/y.md': 'y\n' };
  // Names of every length around the 8-byte padding, and long ones.
  for (let i = 0; i < 20; i++) files[`pages/${'n'.repeat(i + 1)}.md`] = `${i}\n`;
  files[`pages/${'l'.repeat(250)}/${'m'.repeat(250)}.md`] = 'long\n';
  files['pages/x.md'] = 'x\n';
  files['pages/한글.md'] = 'k\n';
  await writeFiles(root, files);
  gitSync(root, 'init', '-q', '-b', 'main');
  gitSync(root, 'add', '-A');
  gitSync(root, 'commit', '-qm', 'wiki');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Read through a window of a few entries too (the index is read a megabyte at a time), and both must agree. */
const flags = async (where = ['pages']) => {
  const whole = await indexFlags(path.join(root, '.git', 'index'), 20, where);
  expect(await indexFlags(path.join(root, '.git', 'index'), 20, where, 100)).toBe(whole);
  return whole;
};

describe('indexFlags', () => {
  for (const version of [2, 3, 4]) {
    it(`index version ${version}: plain, then each kind of flag under the folders and only there`, async () => {
      gitSync(root, 'update-index', '--index-version', String(version));
      expect(await flags()).toBe('plain');
      gitSync(root, 'update-index', '--assume-unchanged', 'other/y.md');
      expect(await flags()).toBe('plain');
      expect(await flags(['other'])).toBe('flagged');
      gitSync(root, 'update-index', '--assume-unchanged', `pages/한글.md`);
      expect(await flags()).toBe('flagged');
      gitSync(root, 'update-index', '--no-assume-unchanged', `pages/한글.md`);
      expect(await flags()).toBe('plain');
      gitSync(root, 'update-index', '--skip-worktree', 'pages/x.md');
      expect(await flags()).toBe('flagged');
      gitSync(root, 'update-index', '--no-skip-worktree', 'pages/x.md');
      expect(await flags()).toBe('plain');
      await writeFiles(root, { 'pages/new.md': 'new\n' });
      gitSync(root, 'add', '--intent-to-add', 'pages/new.md');
      expect(await flags()).toBe('flagged');
    });
  }

  it('a conflicted merge is flagged; a split index is unknown (the caller asks git)', async () => {
    gitSync(root, 'checkout', '-q', '-b', 'side');
    await writeFiles(root, { 'pages/x.md': 'side\n' });
    gitSync(root, 'commit', '-qam', 'side');
    gitSync(root, 'checkout', '-q', 'main');
    await writeFiles(root, { 'pages/x.md': 'main\n' });
    gitSync(root, 'commit', '-qam', 'main');
    expect(() => gitSync(root, 'merge', '-q', 'side')).toThrow();
    expect(await flags()).toBe('flagged');
    expect(await flags(['other'])).toBe('plain');
    gitSync(root, 'merge', '--abort');
    expect(await flags()).toBe('plain');

    gitSync(root, 'update-index', '--split-index');
    expect(await flags()).toBe('unknown');
    expect(await indexFlags(path.join(root, '.git', 'no-index'), 20, ['pages'])).toBe('unknown');
  });
});
