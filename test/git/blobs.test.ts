/** gitOut: git's output through an unlinked temporary file (not a pipe), whole and byte for byte. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gitOut } from '../../src/git/blobs.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gitout-'));
const repo = path.join(tmp, 'repo');
const scratch = path.join(tmp, 'scratch');
const savedTmp = process.env.TMPDIR;
const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: gitEnv, encoding: 'utf8', maxBuffer: 1 << 28 });
const FILES = 3000;

beforeAll(() => {
  execFileSync('mkdir', ['-p', path.join(repo, 'pages'), scratch]);
  git('init', '-q');
  // Long Korean names: git's listing is ~700 KB, many times a pipe's 64 KiB.
  for (let i = 0; i < FILES; i++) writeFileSync(path.join(repo, 'pages', `${String(i).padStart(5, '0')}-${'고윤정'.repeat(20)}.md`), `page ${i}\n`);
  git('add', '-A');
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('gitOut', () => {
  it('returns the whole output of a long listing, decoded, and leaves no file behind', async () => {
    process.env.TMPDIR = scratch;
    const out = await gitOut(repo, ['ls-files', '-s', '-z']);
    expect(out).toBeDefined();
    const records = out!.split('\0').filter(Boolean);
    expect(records).toHaveLength(FILES);
    expect(records[FILES - 1]).toMatch(new RegExp(`^100644 [0-9a-f]{40} 0\tpages/0${FILES - 1}-(고윤정){20}\\.md$`));
    expect(Buffer.byteLength(out!)).toBeGreaterThan(600_000);
    // Byte for byte what git prints (core.quotePath=false, as gitOut asks).
    expect(out).toBe(execFileSync('git', ['-c', 'core.quotePath=false', 'ls-files', '-s', '-z'], { cwd: repo, env: gitEnv, encoding: 'utf8', maxBuffer: 1 << 28 }));
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('is undefined when git fails (an unknown revision, not a repository) and leaves no file behind', async () => {
    process.env.TMPDIR = scratch;
    expect(await gitOut(repo, ['rev-parse', '--verify', 'no-such-branch^{commit}'])).toBeUndefined();
    expect(await gitOut(scratch, ['ls-files', '-s'])).toBeUndefined();
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('returns an empty text for an empty output', async () => {
    expect(await gitOut(repo, ['ls-files', '-o', '-z'])).toBe('');
  });
});
