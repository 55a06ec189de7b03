import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discordSettings, type DiscordSettings } from '../../src/config/schema.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { emptyLaneCounts, type RunReport, type RunStatus, type SourceReport } from '../../src/model.js';
import {
  buildEmbed,
  COLORS,
  EMBED_LIMITS,
  fitEmbed,
  MAX_QUEUE,
  notifyRun,
  type DiscordEmbed,
  type DiscordOptions,
} from '../../src/ops/discord.js';
import { statePaths, type StatePaths } from '../../src/state.js';
import type { Clock } from '../../src/time.js';
import { startDiscordReceiver, type DiscordReceiver } from '../support/discord-receiver.js';
import { fakeClock } from '../support/clock.js';

const T0 = Date.parse('2026-11-27T00:00:00.000Z');
const MIN = 60_000;

function source(id: string, failed = false, error?: string): SourceReport {
  return {
    id,
    kind: 'feed',
    url: `https://example.com/${id}.xml`,
    outcome: failed ? 'failed' : 'fetched',
    items: failed ? 0 : 3,
    ...(failed ? { error: error ?? `HTTP 503 from https://example.com/${id}.xml` } : {}),
    durationMs: 120,
    bytesDownloaded: 1000,
    attempts: 1,
  };
}

function report(status: RunStatus, over: Partial<RunReport> = {}): RunReport {
  return {
    command: 'run',
    status,
    startedAt: '2026-11-27T00:00:00.000Z',
    finishedAt: '2026-11-27T00:01:30.000Z',
    durationMs: 90_000,
    date: '2026-11-27',
    timezone: 'Asia/Seoul',
    dryRun: false,
    sources: [source('elle'), source('vogue')],
    cache: { hits: 1, conditionalHits: 0, misses: 1, hitRate: 0.5 },
    itemsCollected: 12,
    itemsAdded: 4,
    lanes: emptyLaneCounts(),
    pages: {},
    changedFiles: ['pages/press.md', 'news/2026-11-27.md'],
    committed: true,
    commitSha: 'abcdef0123456789',
    pushed: true,
    stages: [],
    errors: [],
    warnings: [],
    anomalies: [],
    runUrl: 'https://github.com/o/r/actions/runs/42',
    ...over,
  };
}


function embedTotal(e: DiscordEmbed): number {
  return (
    e.title.length +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

describe('buildEmbed', () => {
  it('colours and titles each status, with counts, failing sources, failing step and the run link', () => {
    const ok = buildEmbed(report('success'));
    expect(ok.color).toBe(0x2ecc71);
    expect(ok.title).toBe('goyoonjung-wiki daily — success (2026-11-27)');
    expect(ok.url).toBe('https://github.com/o/r/actions/runs/42');
    const byName = Object.fromEntries(ok.fields.map((f) => [f.name, f.value]));
    expect(byName['Items added']).toBe('4 (of 12 collected)');
    expect(byName['Sources ok / failed']).toBe('2 / 0');
    expect(byName['Changed files']).toBe('2 (commit abcdef0)');
    expect(byName['Run']).toBe('[workflow run](https://github.com/o/r/actions/runs/42)');
    expect(ok.fields.some((f) => f.name.startsWith('Failing'))).toBe(false);

    const partial = buildEmbed(report('partial', { sources: [source('elle'), source('vogue', true, 'HTTP 503')] }));
    expect(partial.color).toBe(0xf1c40f);
    expect(partial.fields.find((f) => f.name === 'Failing source: vogue')?.value).toBe('HTTP 503');
    expect(partial.fields.find((f) => f.name === 'Sources ok / failed')?.value).toBe('1 / 1');

    const failed = buildEmbed(
      report('failed', {
        reason: 'push rejected after 3 attempts',
        stages: [
          { stage: 'collect', durationMs: 10, ok: true },
          { stage: 'push', durationMs: 10, ok: false, error: 'rejected (non-fast-forward)' },
        ],
        errors: ['push: rejected'],
      }),
    );
    expect(failed.color).toBe(0xe74c3c);
    expect(failed.title).toBe('goyoonjung-wiki daily — failed (2026-11-27)');
    expect(failed.description).toContain('push rejected after 3 attempts');
    expect(failed.description).toContain('• push: rejected');
    expect(failed.fields.find((f) => f.name === 'Failing step')?.value).toBe('push: rejected (non-fast-forward)');
  });

  it('lists at most 10 failing sources and keeps every Discord limit', () => {
    const sources = Array.from({ length: 30 }, (_, i) => source(`src-${i}`, true, `E${i} `.repeat(700)));
    const e = buildEmbed(
      report('failed', {
        sources,
        reason: 'R'.repeat(10_000),
        errors: Array.from({ length: 40 }, (_, i) => `error ${i} ${'x'.repeat(500)}`),
        date: 'D'.repeat(400),
      }),
    );
    const failingFields = e.fields.filter((f) => f.name.startsWith('Failing source: '));
    expect(failingFields).toHaveLength(10);
    expect(e.fields.find((f) => f.name === '…and 20 more failing sources')?.value).toContain('src-29');
    expect(e.title.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(e.title.endsWith('…')).toBe(true);
    expect(e.description!.length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(e.fields.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const f of e.fields) {
      expect(f.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    }
    expect(embedTotal(e)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    // Shortening takes the longest texts first: small fields survive intact.
    expect(e.fields.find((f) => f.name === 'Items added')?.value).toBe('4 (of 12 collected)');
  });

  it('fitEmbed caps the number of fields at 25 and never splits a surrogate pair', () => {
    const e = fitEmbed({
      title: '😀'.repeat(200),
      color: COLORS.other,
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `f${i}`, value: 'v' })),
    });
    expect(e.fields).toHaveLength(25);
    expect(e.title.length).toBeLessThanOrEqual(256);
    expect(e.title).toMatch(/^(😀)+…$/u);
  });
});

describe('notifyRun', () => {
  let dir: string;
  let paths: StatePaths;
  let receiver: DiscordReceiver;
  let logger: MemoryLogger;
  let clock: ReturnType<typeof fakeClock>;
  const results: unknown[] = [];

  function opts(over: Partial<DiscordOptions> = {}, settings: Partial<DiscordSettings> = {}): DiscordOptions {
    return {
      webhookUrl: receiver.url,
      settings: { ...discordSettings.parse({}), ...settings },
      statePaths: paths,
      logger,
      clock,
      // Full-jitter backoff draws half of each ceiling (1 s, 2 s, 4 s…).
      random: () => 0.5,
      ...over,
    };
  }

  async function notify(r: RunReport, o: DiscordOptions = opts()) {
    const res = await notifyRun(r, o);
    results.push(res);
    return res;
  }

  async function fileText(file: string): Promise<string> {
    try {
      return await readFile(file, 'utf8');
    } catch {
      return '';
    }
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'wd-discord-'));
    paths = statePaths(path.join(dir, 'state'));
    receiver = await startDiscordReceiver();
    logger = new MemoryLogger();
    clock = fakeClock(T0);
    results.length = 0;
  });

  afterEach(async () => {
    // Whatever a test did, the webhook must not leak into logs, results or state files.
    const everything = [
      ...logger.lines,
      JSON.stringify(results),
      await fileText(paths.discordQueue),
      await fileText(paths.discordState),
    ].join('\n');
    expect(everything).not.toContain(receiver.token);
    expect(everything).not.toContain('/api/webhooks/');
    await receiver.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('without a webhook skips with an info line and writes nothing', async () => {
    const res = await notify(report('failed'), opts({ webhookUrl: undefined }));
    expect(res).toEqual({ sent: 0, queued: 0, throttled: false, skipped: 'no webhook configured' });
    expect(logger.lines).toEqual(['discord: no webhook configured; no alert sent']);
    expect(await fileText(paths.discordState)).toBe('');
  });

  it('reports an unexpanded placeholder as an error instead of silently doing nothing', async () => {
    const res = await notify(report('failed'), opts({ webhookUrl: '${DISCORD_WEBHOOK_URL}' }));
    expect(res.skipped).toBe('invalid webhook URL');
    expect(res.error).toMatch(/not an absolute http\(s\) URL/);
    expect(logger.lines.some((l) => l.startsWith('error: discord:'))).toBe(true);
    expect(receiver.requests).toHaveLength(0);
  });

  it('sends a success message with username, embed and no mentions', async () => {
    const res = await notify(report('success'));
    expect(res).toEqual({ sent: 1, queued: 0, throttled: false });
    expect(receiver.messages).toHaveLength(1);
    const msg = receiver.messages[0];
    expect(msg.username).toBe('goyoonjung-wiki');
    expect(msg.allowed_mentions).toEqual({ parse: [] });
    expect(msg.embeds[0].title).toBe('goyoonjung-wiki daily — success (2026-11-27)');
    expect(msg.embeds[0].color).toBe(0x2ecc71);
  });

  it('sends nothing for a skipped run', async () => {
    const res = await notify(report('skipped', { reason: 'already succeeded today' }));
    expect(res.sent).toBe(0);
    expect(res.skipped).toBe('no message for a skipped run');
    expect(receiver.requests).toHaveLength(0);
  });

  it('throttles the same failure for throttleMinutes, then sends it again; a different failure goes through', async () => {
    const fail = report('failed', { reason: 'collect: every source failed' });
    expect(await notify(fail)).toMatchObject({ sent: 1, throttled: false });
    clock.advance(10 * MIN);
    expect(await notify(fail)).toMatchObject({ sent: 0, throttled: true, queued: 0 });
    clock.advance(19 * MIN); // 29 min after the first
    expect(await notify(fail)).toMatchObject({ sent: 0, throttled: true });
    expect(receiver.messages).toHaveLength(1);

    clock.advance(2 * MIN); // 31 min after the first
    expect(await notify(fail)).toMatchObject({ sent: 1, throttled: false });
    expect(receiver.messages).toHaveLength(2);

    const other = report('failed', { reason: 'push rejected' });
    expect(await notify(other)).toMatchObject({ sent: 1, throttled: false });
    const partial = report('partial', { sources: [source('elle'), source('vogue', true)] });
    expect(await notify(partial)).toMatchObject({ sent: 1, throttled: false });
    // Same failing source set, different error text: still the same failure.
    const partialAgain = report('partial', { sources: [source('elle'), source('vogue', true, 'timeout after 20 s')] });
    expect(await notify(partialAgain)).toMatchObject({ sent: 0, throttled: true });
    expect(receiver.messages.map((m) => m.embeds[0].color)).toEqual([
      COLORS.failed,
      COLORS.failed,
      COLORS.failed,
      COLORS.partial,
    ]);
  });

  it('throttles on an explicit throttleKey when the reason carries changing numbers', async () => {
    const o = opts({ throttleKey: 'health:cpu' });
    expect(await notify(report('failed', { command: 'health', reason: 'CPU load 93.1%' }), o)).toMatchObject({ sent: 1 });
    clock.advance(5 * MIN);
    expect(await notify(report('failed', { command: 'health', reason: 'CPU load 97.4%' }), o)).toMatchObject({
      sent: 0,
      throttled: true,
    });
    // Without the key the changing reason would count as a new failure.
    expect(await notify(report('failed', { command: 'health', reason: 'CPU load 95.0%' }))).toMatchObject({ sent: 1 });
  });

  it('after failures sends one "recovered" message, then behaves normally', async () => {
    await notify(report('failed', { reason: 'x' }));
    clock.advance(5 * MIN);
    await notify(report('failed', { reason: 'x' })); // throttled, still counts as failing
    clock.advance(5 * MIN);
    const rec = await notify(report('success'));
    expect(rec).toMatchObject({ sent: 1, throttled: false });
    const recovered = receiver.messages.at(-1).embeds[0];
    expect(recovered.title).toBe('goyoonjung-wiki daily — recovered (2026-11-27)');
    expect(recovered.color).toBe(COLORS.success);
    expect(recovered.description).toContain('after 2 failing or partial runs');

    await notify(report('success'));
    expect(receiver.messages).toHaveLength(3);
    expect(receiver.messages.map((m) => m.embeds[0].title)).toEqual([
      'goyoonjung-wiki daily — failed (2026-11-27)',
      'goyoonjung-wiki daily — recovered (2026-11-27)',
      'goyoonjung-wiki daily — success (2026-11-27)',
    ]);
    // Recovery resets the throttle: the same failure right after is alerted again.
    clock.advance(1 * MIN);
    expect(await notify(report('failed', { reason: 'x' }))).toMatchObject({ sent: 1, throttled: false });
  });

  it('with notifySuccess off sends failures and the recovery but not plain successes', async () => {
    const o = opts({}, { notifySuccess: false });
    expect(await notify(report('success'), o)).toMatchObject({ sent: 0, skipped: 'success notifications are off' });
    expect(await notify(report('failed'), o)).toMatchObject({ sent: 1 });
    expect(await notify(report('success'), o)).toMatchObject({ sent: 1 });
    expect(await notify(report('success'), o)).toMatchObject({ sent: 0, skipped: 'success notifications are off' });
    expect(receiver.messages.map((m) => m.embeds[0].title)).toEqual([
      'goyoonjung-wiki daily — failed (2026-11-27)',
      'goyoonjung-wiki daily — recovered (2026-11-27)',
    ]);
  });

  it('retries 500s with full-jitter exponential backoff on the injected clock', async () => {
    receiver.failNext(2, 500);
    const res = await notify(report('failed'));
    expect(res).toMatchObject({ sent: 1, queued: 0 });
    expect(receiver.requests.map((r) => r.status)).toEqual([500, 500, 204]);
    expect(clock.sleeps).toEqual([500, 1000]);
    expect(receiver.messages).toHaveLength(1);
  });

  it('honours 429 retry_after from the JSON body and from the Retry-After header', async () => {
    receiver.failNext(1, 429, 1.5, { retryAfterIn: 'body' });
    expect(await notify(report('success'))).toMatchObject({ sent: 1 });
    expect(clock.sleeps).toEqual([1500]);
    receiver.failNext(1, 429, 3, { retryAfterIn: 'header' });
    expect(await notify(report('success'))).toMatchObject({ sent: 1 });
    expect(clock.sleeps).toEqual([1500, 3000]);
    expect(receiver.requests.map((r) => r.status)).toEqual([429, 204, 429, 204]);
  });

  it('queues a rate limit longer than a minute instead of stalling the run', async () => {
    receiver.failNext(1, 429, 600);
    const res = await notify(report('failed'));
    expect(res).toMatchObject({ sent: 0, queued: 1 });
    expect(clock.sleeps).toEqual([]);
    expect(receiver.requests).toHaveLength(1);
  });

  it('queues when the receiver is down, then flushes the queue oldest first before the new message', async () => {
    await receiver.down();
    const first = await notify(report('failed', { reason: 'first', date: '2026-11-25' }));
    expect(first).toMatchObject({ sent: 0, queued: 1 });
    expect(first.error).toMatch(/ECONNREFUSED|fetch failed/);
    expect(clock.sleeps).toEqual([500, 1000, 2000]); // retries: 3
    const queueText = await readFile(paths.discordQueue, 'utf8');
    const queue = JSON.parse(queueText);
    expect(queue).toHaveLength(1);
    expect(Object.keys(queue[0]).sort()).toEqual(['payload', 'queuedAt']);
    expect(queue[0].payload.embeds[0].title).toBe('goyoonjung-wiki daily — failed (2026-11-25)');
    expect(queueText).not.toContain('127.0.0.1');

    clock.advance(60 * MIN);
    const second = await notify(report('failed', { reason: 'second', date: '2026-11-26' }));
    expect(second).toMatchObject({ sent: 0, queued: 1 });
    // The queue could not be flushed, so the new message waited behind it without its own retries.
    expect(clock.sleeps).toHaveLength(6);
    expect(JSON.parse(await readFile(paths.discordQueue, 'utf8'))).toHaveLength(2);

    await receiver.up();
    clock.advance(60 * MIN);
    const third = await notify(report('success', { date: '2026-11-27' }));
    expect(third).toMatchObject({ sent: 3, queued: 0, throttled: false });
    expect(third.error).toBeUndefined();
    expect(receiver.messages.map((m) => m.embeds[0].title)).toEqual([
      'goyoonjung-wiki daily — failed (2026-11-25)',
      'goyoonjung-wiki daily — failed (2026-11-26)',
      'goyoonjung-wiki daily — recovered (2026-11-27)',
    ]);
    expect(JSON.parse(await readFile(paths.discordQueue, 'utf8'))).toEqual([]);
  });

  it('drops a message Discord refuses as malformed (400) instead of queueing it forever', async () => {
    receiver.failNext(1, 400);
    const res = await notify(report('failed'));
    expect(res).toMatchObject({ sent: 0, queued: 0, dropped: 1 });
    expect(res.error).toMatch(/HTTP 400/);
    expect(receiver.requests).toHaveLength(1);
  });

  it('keeps the queue bounded to the newest 50 messages', async () => {
    const old = Array.from({ length: MAX_QUEUE }, (_, i) => ({
      queuedAt: new Date(T0 - (MAX_QUEUE - i) * MIN).toISOString(),
      payload: { username: 'u', embeds: [{ title: `old ${i}`, color: 1, fields: [] }], allowed_mentions: { parse: [] } },
    }));
    const { writeFileAtomic } = await import('../../src/fsutil.js');
    await writeFileAtomic(paths.discordQueue, JSON.stringify(old));
    await receiver.down();
    const res = await notify(report('failed'), opts({}, { retries: 0 }));
    expect(res).toMatchObject({ queued: 1, dropped: 1 });
    const queue = JSON.parse(await readFile(paths.discordQueue, 'utf8'));
    expect(queue).toHaveLength(MAX_QUEUE);
    expect(queue[0].payload.embeds[0].title).toBe('old 1');
    expect(queue.at(-1).payload.embeds[0].title).toBe('goyoonjung-wiki daily — failed (2026-11-27)');
  });

  it('never throws and never leaks the webhook, even when fetch quotes the URL in its error', async () => {
    const url = receiver.url;
    const res = await notify(
      report('failed'),
      opts({
        fetchImpl: (async () => {
          throw new Error(`connect failed for ${url}`);
        }) as typeof fetch,
      }),
    );
    expect(res.queued).toBe(1);
    expect(res.error).toContain('connect failed for ***');

    // A report whose text quotes the webhook is scrubbed before it is sent or stored.
    await notify(report('failed', { reason: `bad hook ${url}` }), opts({}, { throttleMinutes: 0 }));
    expect(JSON.stringify(receiver.messages)).not.toContain(receiver.token);

    // An unusable state folder (a file where a folder must be) is reported, not thrown.
    const blocker = path.join(dir, 'blocker');
    await writeFile(blocker, 'x');
    const broken = statePaths(path.join(blocker, 'state'));
    const res2 = await notify(report('failed', { reason: 'y' }), opts({ statePaths: broken }));
    expect(res2.error).toMatch(/alerting failed|ENOTDIR/);
  });

  it('starts over from a corrupt state or queue file with a warning', async () => {
    const { writeFileAtomic } = await import('../../src/fsutil.js');
    await writeFileAtomic(paths.discordState, '{not json');
    await writeFileAtomic(paths.discordQueue, '[{"nope": 1}]');
    const res = await notify(report('failed'));
    expect(res).toMatchObject({ sent: 1 });
    expect(logger.lines.filter((l) => l.startsWith('warning: discord:'))).toEqual([
      `warning: discord: ${paths.discordQueue}: entry 0: unreadable queued message (queuedAt: Invalid input: expected string, received undefined (and 1 more problem)); dropped`,
      expect.stringMatching(
        new RegExp(`^warning: discord: ${paths.discordState.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: unreadable Discord state \\(not valid JSON: .+\\); starting a new state`),
      ),
    ]);
  });
});
