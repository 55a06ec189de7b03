/**
 * JavaScript's own string order (UTF-16 code units, as `<` compares), as a sort comparator: the same on
 * every machine, unlike localeCompare. Every file list, key list and index line the wiki writes is
 * sorted this way, so two runs (or two shards) write the same bytes.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
