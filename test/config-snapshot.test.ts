/**
 * The config snapshot a shard plan carries (config/load.ts ConfigSnapshot): a shard validates the plan
 * job's parsed YAML instead of parsing the same file again, and only when the file is the same text.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, loadConfigWithSnapshot } from '../src/config/load.js';
import { ConfigError } from '../src/errors.js';
import { readPlan, writePlanFile } from '../src/shard/output.js';

const TEXT = 'timezone: Asia/Seoul\nsources:\n  - id: elle\n    url: https://www.elle.co.kr/?s=x&feed=rss2\n  - id: vogue\n    url: https://www.vogue.co.kr/feed/\n';
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('config snapshot', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'config-snapshot-'));
    file = path.join(dir, 'wiki-daily.yml');
    await writeFile(file, TEXT);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('holds the parsed YAML and the sha256 of the text; validating it gives the same config as parsing', async () => {
    const { config, snapshot } = await loadConfigWithSnapshot(file);
    expect(snapshot.sha256).toBe(sha(TEXT));
    expect(snapshot.value).toEqual({ timezone: 'Asia/Seoul', sources: [{ id: 'elle', url: 'https://www.elle.co.kr/?s=x&feed=rss2' }, { id: 'vogue', url: 'https://www.vogue.co.kr/feed/' }] });
    expect(await loadConfig(file, snapshot)).toEqual(config);
    expect(await loadConfig(file)).toEqual(config);
  });

  it('is used instead of the YAML only for the same text', async () => {
    // A snapshot naming this very text but holding another value shows which one was read.
    const forged = { sha256: sha(TEXT), value: { timezone: 'UTC', sources: [{ id: 'elle', url: 'https://www.elle.co.kr/?s=x&feed=rss2' }] } };
    expect((await loadConfig(file, forged)).timezone).toBe('UTC');
    // The file edited after the plan: its text is parsed, the snapshot ignored.
    await writeFile(file, TEXT.replace('Asia/Seoul', 'Europe/Paris'));
    const edited = await loadConfig(file, forged);
    expect(edited.timezone).toBe('Europe/Paris');
    expect(edited.sources.map((s) => s.id)).toEqual(['elle', 'vogue']);
  });

  it('a snapshot that does not validate falls back to the text, whose errors name their lines', async () => {
    const bad = { sha256: sha(TEXT), value: { sources: [{ id: 'elle', url: 'ftp://nowhere' }] } };
    expect((await loadConfig(file, bad)).sources).toHaveLength(2);
    const invalid = 'sources:\n  - id: elle\n    url: ftp://nowhere\n';
    await writeFile(file, invalid);
    const err = await loadConfig(file, { sha256: sha(invalid), value: { sources: [{ id: 'elle', url: 'ftp://nowhere' }] } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).locations).toEqual([{ message: 'sources[0].url: an absolute http: or https: URL', line: 3, column: 5 }]);
  });

  it('travels in the plan file; a plan without one still reads', async () => {
    const { snapshot } = await loadConfigWithSnapshot(file);
    const plan = { count: 1, shards: [{ shard: '1/1', hosts: ['www.elle.co.kr:443', 'www.vogue.co.kr:443'], sources: ['elle', 'vogue'], cost: 2 }] };
    const planFile = path.join(dir, 'plan.json');
    await writePlanFile(planFile, plan, snapshot);
    expect(JSON.parse(await readFile(planFile, 'utf8'))).toMatchObject({ format: 'wiki-daily-shard-plan', version: 1, count: 1, config: snapshot });
    expect(await readPlan(planFile)).toEqual({ plan, config: snapshot });
    await writePlanFile(planFile, plan);
    expect(await readPlan(planFile)).toEqual({ plan });
    await writeFile(planFile, JSON.stringify({ format: 'wiki-daily-shard-plan', version: 1, ...plan, config: { sha256: 'x', value: {} } }));
    await expect(readPlan(planFile)).rejects.toThrow(`${planFile}: not a shard plan (config.sha256: not a sha256)`);
  });
});
