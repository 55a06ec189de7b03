/**
 * The end of a run and of a watchdog check, in process: failure issue, JSON webhook, metrics file and
 * Pushgateway, each against a loopback stand-in.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/app.js';
import { parseConfig } from '../../src/config/load.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { afterRunForMaintainer } from '../../src/ops/maintainer.js';
import { newReport, finishReport } from '../../src/report/report.js';
import { parseCliArgs, type Settings } from '../../src/settings.js';
import { statePaths } from '../../src/state.js';
import { fakeClock } from '../support/clock.js';
import { startDiscordReceiver } from '../support/discord-receiver.js';
import { fixtureRoute, withWorkspace } from '../support/e2e.js';
import { startGitHubApi } from '../support/github-api.js';

function settings(args: string[], ws: { root: string; stateDir: string; configFile: string }): Settings {
  return parseCliArgs([...args, '--root', ws.root, '--state', ws.stateDir, '--config', ws.configFile], {}) as Settings;
}

async function pushgateway(): Promise<{ url: string; bodies: { method: string; url: string; body: string }[]; close(): Promise<void> }> {
  const bodies: { method: string; url: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bodies.push({ method: req.method ?? '', url: req.url ?? '', body });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies, close: () => new Promise((r) => server.close(() => r())) };
}

describe('end of a run, for the maintainer', () => {
  it('writes the metrics file, pushes it, posts the summary JSON, and only looks up the issue on success', async () => {
    const gw = await pushgateway();
    const hook = await startDiscordReceiver();
    const api = await startGitHubApi({ owner: 'owner', repo: 'wiki', now: Date.now });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-maint-'));
    try {
      await withWorkspace(
        {
          onlyExtraSources: true,
          extraSources: [{ id: 'atom', url: '{{BASE}}/atom.xml' }],
          extraRoutes: { '/atom.xml': await fixtureRoute('atom.xml', 'application/atom+xml') },
          overrides: { monitoring: { pushgatewayUrl: gw.url } },
        },
        async (ws) => {
          const metricsFile = path.join(dir, 'wiki_daily.prom');
          const s = { ...settings(['run', '--force', '--metrics', metricsFile], ws), webhookUrl: hook.url };
          const env = { GITHUB_REPOSITORY: 'owner/wiki', GITHUB_API_URL: api.url, GITHUB_TOKEN: 'ghs_envtoken' };
          const out = await execute(s, { logger: new MemoryLogger(), clock: fakeClock(Date.now()), env });
          const report = out.report!;
          expect(report.status).toBe('success');
          expect(report.warnings).toEqual([]);

          const families = parsePrometheusTextFormat(await readFile(metricsFile, 'utf8'));
          const v = (name: string, label?: [string, string]) =>
            families.find((f) => f.name === name)?.metrics.find((m) => !label || m.labels?.[label[0]] === label[1])?.value;
          expect(v('wiki_daily_run_status', ['status', 'success'])).toBe('1');
          expect(v('wiki_daily_source_outcome', ['outcome', 'fetched'])).toBe('1');
          expect(Number(v('wiki_daily_last_success_timestamp_seconds'))).toBe(Date.parse(report.finishedAt!) / 1000);
          expect(Number(v('wiki_daily_items_added'))).toBe(report.itemsAdded);

          expect(gw.bodies.map((b) => `${b.method} ${b.url}`)).toEqual(['PUT /metrics/job/wiki-daily']);
          expect(gw.bodies[0]!.body).toBe(await readFile(metricsFile, 'utf8'));

          expect(hook.messages).toHaveLength(1);
          expect(hook.messages[0]).toMatchObject({ schema: 'wiki-daily/run-summary@1', command: 'run', status: 'success', itemsAdded: report.itemsAdded });

          expect(api.writes()).toEqual([]);
          expect(api.calls.map((c) => c.authorization)).toEqual(['token ghs_envtoken']);
        },
      );
    } finally {
      await Promise.all([gw.close(), hook.close(), api.close(), rm(dir, { recursive: true, force: true })]);
    }
  }, 60_000);

  it('the watchdog: a critical health result opens the failure issue', async () => {
    const api = await startGitHubApi({ owner: 'owner', repo: 'wiki', now: Date.now });
    try {
      await withWorkspace(
        { onlyExtraSources: true, extraSources: [{ id: 'atom', url: '{{BASE}}/atom.xml' }], extraRoutes: { '/atom.xml': await fixtureRoute('atom.xml', 'application/atom+xml') } },
        async (ws) => {
          const env = { GITHUB_REPOSITORY: 'owner/wiki', GITHUB_API_URL: api.url, GITHUB_TOKEN: 'ghs_envtoken', GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '42' };
          const run = await execute(settings(['run', '--force'], ws), { logger: new MemoryLogger(), clock: fakeClock(Date.now() - 3 * 86_400_000), env: {} });
          expect(run.report!.status).toBe('success');
          const health = await execute(settings(['health', '--json'], ws), { logger: new MemoryLogger(), clock: fakeClock(Date.now()), env });
          expect(health.exitCode).toBe(1);
          expect(api.issues).toHaveLength(1);
          expect(api.issues[0]!.body).toMatch(/health check last success: /);
          expect(api.issues[0]!.body).toContain('[this watchdog check](https://github.com/owner/wiki/actions/runs/42)');
          // The same day again: the issue is the de-dup state, nothing more is written.
          await execute(settings(['health', '--json'], ws), { logger: new MemoryLogger(), clock: fakeClock(Date.now()), env });
          expect(api.writes()).toHaveLength(1);
        },
      );
    } finally {
      await api.close();
    }
  }, 60_000);

  it('an unreachable Pushgateway or webhook is a warning on the report; the metrics file is still written', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-maint-'));
    try {
      const config = parseConfig({ sources: [{ id: 'a', url: 'https://a.example/' }], monitoring: { pushgatewayUrl: 'http://127.0.0.1:9' } });
      const clock = fakeClock(Date.parse('2026-11-27T00:00:00Z'));
      const report = finishReport(newReport('run', config, clock.now()), clock.now() + 1000);
      report.status = 'success';
      const metricsFile = path.join(dir, 'm.prom');
      await afterRunForMaintainer({
        report,
        history: [],
        config,
        settings: { metricsFile, webhookUrl: 'http://127.0.0.1:9/hook-secret-path' },
        state: statePaths(path.join(dir, 'state')),
        deps: { logger: new MemoryLogger(), clock, env: {} },
      });
      expect(report.warnings).toHaveLength(2);
      expect(report.warnings[0]).toMatch(/^webhook not sent: /);
      expect(report.warnings[0]).not.toContain('hook-secret-path');
      expect(report.warnings[1]).toMatch(/^metrics not pushed: /);
      // the webhook's two retries, on the injected clock: full-jitter waits under 1 s and 2 s (src/retry.ts)
      expect(clock.sleeps).toHaveLength(2);
      expect(clock.sleeps[0]).toBeLessThan(1000);
      expect(clock.sleeps[1]).toBeLessThan(2000);
      expect(parsePrometheusTextFormat(await readFile(metricsFile, 'utf8')).length).toBeGreaterThan(5);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
