/**
 * No import cycles in src/: arrows point down the layers (design: front ends → commands → run →
 * library → core). Every import counts — static, `import type` and lazy `import()` — because a
 * cycle through any of them means a lower module knows about a higher one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../src/fsutil.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Upward edges being removed by the issue-8 branch (the run pipeline rewrite). The lead deletes this
 * list when that branch is merged; nothing may be added to it.
 */
const KNOWN_UPWARD_EDGES = new Set(['src/run/daily.ts -> src/commands/health.ts', 'src/commands/backup.ts -> src/run/daily.ts']);

/** Module → the src modules it imports (relative specifiers only; `.js` in a specifier names the `.ts` file). */
async function importGraph(): Promise<Map<string, string[]>> {
  const files = (await listFiles(root, 'src')).filter((f) => f.endsWith('.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
    const targets = new Set<string>();
    for (const ref of info.importedFiles) {
      if (!ref.fileName.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), ref.fileName)).replace(/\.js$/, '.ts');
      if (!files.includes(target)) throw new Error(`${file} imports ${ref.fileName}, which is not a module under src/`);
      targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Every cycle, each as the path that closes it (found by depth-first search; one per back edge). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('import graph of src/', () => {
  it('finds cycles, including through lazy imports (self-check of the walker)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(findCycles(g)).toEqual([['a', 'b', 'c', 'a'], ['e', 'e']]);
    expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('has no import cycle', async () => {
    const graph = await importGraph();
    expect(graph.size).toBeGreaterThan(50);
    for (const edge of KNOWN_UPWARD_EDGES) {
      const [from, to] = edge.split(' -> ') as [string, string];
      graph.set(from, (graph.get(from) ?? []).filter((t) => t !== to));
    }
    expect(findCycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('has no module of the library or core importing a command or a front end', async () => {
    const graph = await importGraph();
    const upper = /^src\/(app|index|cli\/|action\/|commands\/(?!types\.ts))/;
    const offenders: string[] = [];
    for (const [from, targets] of graph) {
      if (upper.test(from) || from.startsWith('src/demo/')) continue;
      for (const to of targets) if (upper.test(to) && !KNOWN_UPWARD_EDGES.has(`${from} -> ${to}`)) offenders.push(`${from} -> ${to}`);
    }
    expect(offenders).toEqual([]);
  });
});
