/**
 * The fixture-hosts child process (bench/fixture-hosts.ts) seen from a benchmark: start it, reset and
 * read the servers' counters, close it. Shared by the collect and links benchmarks.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
/** The fixture-hosts child, driven by request/answer messages. */
export class Hosts {
    child;
    nextId = 1;
    waiting = new Map();
    constructor(child) {
        this.child = child;
        child.on('message', (raw) => {
            const m = raw;
            if ('id' in m) {
                this.waiting.get(m.id)?.(m);
                this.waiting.delete(m.id);
            }
        });
    }
    /** `count` hosts (127.0.0.1 … 127.0.0.count), `perHost` feed URLs each, `latencyMs` before every answer. */
    static start(count, perHost, latencyMs) {
        const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixture-hosts.js');
        const child = fork(script, [String(count), String(perHost), String(latencyMs)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        return new Promise((resolve, reject) => {
            child.once('error', reject);
            child.once('exit', (code) => reject(new Error(`fixture hosts exited (${code}) before they were ready`)));
            child.once('message', (raw) => {
                const m = raw;
                if (m.type === 'ready')
                    resolve({ hosts: new Hosts(child), feeds: m.feeds });
                else
                    reject(new Error(`fixture hosts: unexpected first message ${JSON.stringify(m)}`));
            });
        });
    }
    ask(type) {
        const id = this.nextId++;
        return new Promise((resolve) => {
            this.waiting.set(id, resolve);
            this.child.send({ id, type });
        });
    }
    async reset() {
        await this.ask('reset');
    }
    async stats() {
        const m = await this.ask('stats');
        if (m.type !== 'stats')
            throw new Error(`fixture hosts: expected stats, got ${m.type}`);
        return { maxInFlight: m.maxInFlight, requests: m.requests, conditional: m.conditional };
    }
    async close() {
        this.child.removeAllListeners('exit');
        if (this.child.connected)
            await this.ask('close');
    }
}
