/**
 * The fixture-hosts child process (bench/fixture-hosts.ts) seen from a benchmark: start it, reset and
 * read the servers' counters, close it. Shared by the collect and links benchmarks.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostMessage, HostRequest, HostStats } from './fixture-hosts.js';

/** The fixture-hosts child, driven by request/answer messages. */
export class Hosts {
  private nextId = 1;
  private readonly waiting = new Map<number, (m: HostMessage) => void>();
  private constructor(private readonly child: ChildProcess) {
    child.on('message', (raw: unknown) => {
      const m = raw as HostMessage;
      if ('id' in m) {
        this.waiting.get(m.id)?.(m);
        this.waiting.delete(m.id);
      }
    });
  }

  /** `count` hosts (127.0.0.1 … 127.0.0.count), `perHost` feed URLs each, `latencyMs` before every answer. */
  static start(count: number, perHost: number, latencyMs: number): Promise<{ hosts: Hosts; feeds: string[][] }> {
    const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixture-hosts.js');
    const child = fork(script, [String(count), String(perHost), String(latencyMs)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`fixture hosts exited (${code}) before they were ready`)));
      child.once('message', (raw: unknown) => {
        const m = raw as HostMessage;
        if (m.type === 'ready') resolve({ hosts: new Hosts(child), feeds: m.feeds });
        else reject(new Error(`fixture hosts: unexpected first message ${JSON.stringify(m)}`));
      });
    });
  }

  private ask(type: HostRequest['type']): Promise<HostMessage> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.send({ id, type } satisfies HostRequest);
    });
  }

  async reset(): Promise<void> {
    await this.ask('reset');
  }

  async stats(): Promise<HostStats> {
    const m = await this.ask('stats');
    if (m.type !== 'stats') throw new Error(`fixture hosts: expected stats, got ${m.type}`);
    return { maxInFlight: m.maxInFlight, requests: m.requests, conditional: m.conditional, cpuMs: m.cpuMs, loopDelayP99Ms: m.loopDelayP99Ms, loopDelayMaxMs: m.loopDelayMaxMs };
  }

  async close(): Promise<void> {
    this.child.removeAllListeners('exit');
    if (this.child.connected) await this.ask('close');
  }
}
