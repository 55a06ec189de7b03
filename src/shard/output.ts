/**
 * What a shard hands to the merge job (an Actions artifact), and the plan file the plan job hands to
 * the shards. Both are versioned JSON, validated with zod on read; a bad file is an error naming it.
 *
 *   <out>/shard-002-of-004.json   { format, version, shard, plan, status, reason?, sources, items }
 *
 * The file name carries the shard, so the outputs of all shards can be downloaded into one folder
 * (download-artifact `merge-multiple`) or into one folder each; `run --from` accepts both.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { ConfigSnapshot } from '../config/load.js';
import { errorMessage, WikiDailyError } from '../errors.js';
import { writeFileAtomic } from '../fsutil.js';
import type { NormalizedItem, RunStatus, SourceReport } from '../model.js';
import { normalizedItemSchema, sourceKindSchema } from '../item-schema.js';
import { formatShard, type ShardPlan, type ShardSpec } from './plan.js';

const SHARD_OUTPUT_FORMAT = 'wiki-daily-shard';
const SHARD_PLAN_FORMAT = 'wiki-daily-shard-plan';

const sourceKind = sourceKindSchema;
const normalizedItem = normalizedItemSchema;

const sourceReport = z.strictObject({
  id: z.string().min(1),
  kind: sourceKind,
  url: z.string(),
  outcome: z.enum(['fetched', 'not-modified', 'fresh', 'failed']),
  httpStatus: z.number().int().optional(),
  items: z.number().int().nonnegative(),
  error: z.string().optional(),
  warnings: z.array(z.string()).optional(),
  durationMs: z.number().nonnegative(),
  bytesDownloaded: z.number().nonnegative(),
  attempts: z.number().int().nonnegative(),
});

const shardName = z.string().regex(/^\d+\/\d+$/, 'I/N');

const plannedShard = z.strictObject({
  shard: shardName,
  hosts: z.array(z.string()),
  sources: z.array(z.string()),
  cost: z.number().nonnegative(),
});

const planBody = {
  count: z.number().int().min(1),
  shards: z.array(plannedShard).min(1),
};

/** The config's parsed YAML and its text's sha256 (config/load.ts ConfigSnapshot), so shards skip the parse. */
const configSnapshot = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'not a sha256'), value: z.unknown() });

const planFile = z.strictObject({ format: z.literal(SHARD_PLAN_FORMAT), version: z.literal(1), ...planBody, config: configSnapshot.optional() });

const shardOutput = z.strictObject({
  format: z.literal(SHARD_OUTPUT_FORMAT),
  version: z.literal(1),
  shard: shardName,
  createdAt: z.string(),
  plan: z.strictObject(planBody),
  status: z.enum(['success', 'partial', 'failed']),
  reason: z.string().optional(),
  sources: z.array(sourceReport),
  items: z.array(normalizedItem),
});

export type ShardOutput = z.infer<typeof shardOutput>;

function shardFileName(spec: ShardSpec): string {
  const w = (n: number) => String(n).padStart(3, '0');
  return `shard-${w(spec.index)}-of-${w(spec.count)}.json`;
}

const SHARD_FILE = /^shard-(\d+)-of-(\d+)\.json$/;

function validate<T>(schema: z.ZodType<T>, value: unknown, file: string, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
  throw new WikiDailyError(`${file}: not a ${what} (${issues.join('; ')})`);
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new WikiDailyError(`${file}: not JSON (${errorMessage(err)})`, { cause: err });
  }
}

export async function writePlanFile(file: string, plan: ShardPlan, config?: ConfigSnapshot): Promise<void> {
  const head = JSON.stringify({ format: SHARD_PLAN_FORMAT, version: 1, ...plan }, null, 1);
  // The snapshot on one line at the end: the plan above stays readable, the file stays small.
  const text = config ? `${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n "config": ${JSON.stringify(config)}\n}` : head;
  await writeFileAtomic(file, `${text}\n`);
}

export async function readPlanFile(file: string): Promise<ShardPlan> {
  return (await readPlan(file)).plan;
}

/** The plan and, when the plan job wrote one, its snapshot of the config (see loadConfig). */
export async function readPlan(file: string): Promise<{ plan: ShardPlan; config?: ConfigSnapshot }> {
  const p = validate(planFile, await readJson(file), file, 'shard plan');
  return { plan: { count: p.count, shards: p.shards }, ...(p.config ? { config: { sha256: p.config.sha256, value: p.config.value } } : {}) };
}

interface ShardOutputInput {
  spec: ShardSpec;
  plan: ShardPlan;
  status: Exclude<RunStatus, 'skipped' | 'running'>;
  reason?: string;
  sources: SourceReport[];
  items: NormalizedItem[];
  createdAt: string;
}

/** Write one shard's output into `dir`; returns the file written. */
export async function writeShardOutput(dir: string, out: ShardOutputInput): Promise<string> {
  const file = path.join(path.resolve(dir), shardFileName(out.spec));
  const value: ShardOutput = {
    format: SHARD_OUTPUT_FORMAT,
    version: 1,
    shard: formatShard(out.spec),
    createdAt: out.createdAt,
    plan: out.plan,
    status: out.status,
    ...(out.reason ? { reason: out.reason } : {}),
    // itemList is the `collect --json` view; the items travel once, in `items`.
    sources: out.sources.map(({ itemList: _omit, ...s }) => s),
    items: out.items,
  };
  await writeFileAtomic(file, `${JSON.stringify(value)}\n`);
  return file;
}

export interface FoundShardOutput {
  file: string;
  /** From the file name: what the file claims to be, even when it cannot be read. */
  shard: string;
  output?: ShardOutput;
  /** Why the file could not be used. */
  error?: string;
}

/**
 * Every shard output file in the given folders (sorted by path). A folder that does not exist or holds
 * none is reported in `notes`, not thrown: a missing artifact is a missing shard, the run goes on partial.
 */
export async function findShardOutputs(dirs: readonly string[]): Promise<{ found: FoundShardOutput[]; notes: string[] }> {
  const found: FoundShardOutput[] = [];
  const notes: string[] = [];
  for (const dir of [...new Set(dirs.map((d) => path.resolve(d)))]) {
    const isDir = await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) {
      notes.push(`shard output folder ${dir} does not exist`);
      continue;
    }
    const names = (await readdir(dir)).filter((n) => SHARD_FILE.test(n)).sort();
    if (!names.length) notes.push(`no shard output (shard-I-of-N.json) in ${dir}`);
    for (const name of names) {
      const m = SHARD_FILE.exec(name)!;
      const file = path.join(dir, name);
      const shard = `${Number(m[1])}/${Number(m[2])}`;
      try {
        const output = validate(shardOutput, await readJson(file), file, 'shard output');
        if (output.shard !== shard) throw new WikiDailyError(`${file}: says shard ${output.shard} but is named for ${shard}`);
        found.push({ file, shard, output });
      } catch (err) {
        found.push({ file, shard, error: errorMessage(err) });
      }
    }
  }
  return { found, notes };
}
