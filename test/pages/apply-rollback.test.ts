/** applyEdits is all or nothing: a failed write puts back every file it wrote, with no temp file left. */
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/fsutil.js';
import { applyEdits, diskIo, type WriteIo } from '../../src/pages/apply.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'apply-rollback-'));
  await mkdir(path.join(dir, 'pages'));
  await mkdir(path.join(dir, 'data'));
  await writeFile(path.join(dir, 'pages/a.md'), 'a before\n');
  await writeFile(path.join(dir, 'pages/b.md'), 'b before\n');
  await writeFile(path.join(dir, 'data/seen.tsv'), 'seen before\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const edits = [
  { path: 'pages/a.md', before: 'a before\n', after: 'a after\n' },
  { path: 'pages/b.md', before: 'b before\n', after: 'b after\n' },
  { path: 'pages/new.md', before: undefined, after: 'new\n' },
  { path: 'data/seen.tsv', before: 'seen before\n', after: 'seen after\n' },
];

function recording(failAt?: number, code = 'ENOSPC'): WriteIo & { order: string[] } {
  const io = {
    order: [] as string[],
    async write(file: string, data: string) {
      io.order.push(path.relative(dir, file));
      if (io.order.length === failAt) throw Object.assign(new Error(`${code}: no space left on device, write`), { code });
      await writeFileAtomic(file, data);
    },
    remove: diskIo.remove,
  };
  return io;
}

async function tree(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const d of ['pages', 'data']) for (const f of await readdir(path.join(dir, d))) out[`${d}/${f}`] = await readFile(path.join(dir, d, f), 'utf8');
  return out;
}

describe('applyEdits rollback', () => {
  it('writes the seen file last', async () => {
    const io = recording();
    const changed = await applyEdits(dir, edits, { verifyBefore: true, last: ['data/seen.tsv'], io });
    expect(io.order.at(-1)).toBe('data/seen.tsv');
    expect(changed).toEqual(['data/seen.tsv', 'pages/a.md', 'pages/b.md', 'pages/new.md']);
  });

  it.each([1, 2, 3, 4])('a failure at write %i puts every file back, names the file and the errno code, and leaves no temp file', async (n) => {
    const before = await tree();
    const io = recording(n);
    const err = await applyEdits(dir, edits, { verifyBefore: true, last: ['data/seen.tsv'], io }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PageError);
    const failed = io.order[n - 1]!;
    expect((err as Error).message).toBe(`${failed}: cannot write: ENOSPC (no space left on device)`);
    expect(await tree()).toEqual(before);
  });
});
