/**
 * Keys of a map under a path prefix. The wiki index's base read without parsing (src/pages/wikiindex.ts
 * LazyIndex) answers it with a binary search over its sorted lines; walking all of its keys would read
 * every one of its 100,000 lines to find the few hundred day logs.
 */
export interface PrefixKeys {
  keysUnder(prefix: string): string[];
}

/** The keys of `map` that start with `prefix` (in the map's order, or the index's sorted order). */
export function keysUnder(map: ReadonlyMap<string, unknown>, prefix: string): string[] {
  const own = (map as Partial<PrefixKeys>).keysUnder;
  if (typeof own === 'function') return own.call(map, prefix);
  const out: string[] = [];
  for (const k of map.keys()) if (k.startsWith(prefix)) out.push(k);
  return out;
}
