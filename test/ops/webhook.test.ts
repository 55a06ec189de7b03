/**
 * The generic JSON webhook goes through the one retry helper: 5xx/429/network errors retried with
 * full-jitter backoff on the injected clock, Retry-After obeyed (and a too-long one ends the retries),
 * any other status final, the URL never in the warning.
 */
import { describe, expect, it } from 'vitest';
import { postRunSummary, WEBHOOK_MAX_RETRY_AFTER_MS } from '../../src/ops/webhook.js';
import { newReport } from '../../src/report/report.js';
import { fakeClock } from '../support/clock.js';

const URL_ = 'https://hooks.example.invalid/secret-path/abc123';
const report = () => newReport('run', { timezone: 'Asia/Seoul' }, Date.parse('2026-11-29T00:00:00Z'));

/** A fetch that answers from a script: a status (with headers), or an Error to throw. */
function scripted(answers: (number | [number, Record<string, string>] | Error)[]) {
  const calls: { url: string; body: string }[] = [];
  const impl = (async (input: URL | string, init?: RequestInit) => {
    calls.push({ url: String(input), body: String(init?.body) });
    const a = answers[calls.length - 1] ?? 200;
    if (a instanceof Error) throw a;
    const [status, headers] = Array.isArray(a) ? a : [a, {}];
    return new Response(status === 204 ? null : 'x', { status, headers });
  }) as typeof fetch;
  return { impl, calls };
}

describe('postRunSummary', () => {
  it('delivers the summary once on success, without waiting', async () => {
    const clock = fakeClock();
    const f = scripted([204]);
    expect(await postRunSummary(URL_, report(), { clock, fetchImpl: f.impl })).toBeUndefined();
    expect(f.calls).toHaveLength(1);
    expect(JSON.parse(f.calls[0]!.body)).toMatchObject({ schema: 'wiki-daily/run-summary@1', command: 'run' });
    expect(clock.sleeps).toEqual([]);
  });

  it('retries 5xx and network errors with full-jitter backoff on the injected clock', async () => {
    const clock = fakeClock();
    const f = scripted([503, new Error('socket hang up'), 200]);
    expect(await postRunSummary(URL_, report(), { clock, fetchImpl: f.impl, random: () => 0.5 })).toBeUndefined();
    expect(f.calls).toHaveLength(3);
    // ceilings 1 s then 2 s, halved by random() = 0.5
    expect(clock.sleeps).toEqual([500, 1000]);
  });

  it("waits for the server's Retry-After on 429 instead of the backoff", async () => {
    const clock = fakeClock();
    const f = scripted([[429, { 'retry-after': '7' }], 200]);
    expect(await postRunSummary(URL_, report(), { clock, fetchImpl: f.impl, random: () => 0.5 })).toBeUndefined();
    expect(clock.sleeps).toEqual([7000]);
  });

  it('gives up at once on a Retry-After longer than the limit, and on a 4xx', async () => {
    const clock = fakeClock();
    const long = scripted([[503, { 'retry-after': String(WEBHOOK_MAX_RETRY_AFTER_MS / 1000 + 1) }]]);
    expect(await postRunSummary(URL_, report(), { clock, fetchImpl: long.impl })).toBe('webhook not sent: HTTP 503 (the server asked to wait 61 s)');
    expect(long.calls).toHaveLength(1);
    const gone = scripted([404]);
    expect(await postRunSummary(URL_, report(), { clock, fetchImpl: gone.impl })).toBe('webhook not sent: HTTP 404');
    expect(gone.calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('stops after the attempts and never names the URL', async () => {
    const clock = fakeClock();
    const f = scripted([500, 500, new Error(`connect ECONNREFUSED ${URL_}`)]);
    const warning = await postRunSummary(URL_, report(), { clock, fetchImpl: f.impl, random: () => 0 });
    expect(f.calls).toHaveLength(3);
    expect(warning).toMatch(/^webhook not sent: connect ECONNREFUSED /);
    expect(warning).not.toContain('secret-path');
    expect(clock.sleeps).toEqual([0, 0]);
  });

  it('refuses a URL that is not http(s) without a request', async () => {
    const f = scripted([]);
    expect(await postRunSummary('ftp://x.invalid/y', report(), { clock: fakeClock(), fetchImpl: f.impl })).toBe('webhook not sent: the webhook URL is not an absolute http(s) URL');
    expect(f.calls).toHaveLength(0);
  });
});
