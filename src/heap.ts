/**
 * The V8 heap tuned for a short batch job, before anything big is allocated (src/index.ts calls this
 * first; the run-cost bench does the same in its measured process).
 *
 * Node 24's V8 lets the young generation grow to 64 MB semi-spaces (128 MB committed) once a process
 * allocates briskly; a daily run on 10,000 pages keeps ~60 MB alive, so that growth alone put its peak
 * RSS at ~210 MB (bench 7, issue 13). Without growth the young generation stays at its starting size:
 * more, smaller scavenges, the same run time in the bench, ~50 MB less peak. The flag is read each
 * time V8 considers growing the young generation, so setting it after start-up takes effect (unlike
 * --max-semi-space-size, which is fixed when the heap is set up). WIKI_DAILY_HEAP=default leaves V8 as is.
 */
import v8 from 'node:v8';

/**
 * `--heap-growing-percent=100`: after each full collection the old generation may grow to twice what
 * survived it, where V8 otherwise allows up to four times for a process that allocates fast. At
 * 100,000 pages a run keeps ~110 MB alive and made ~60 MB of garbage before V8 collected it: peak RSS
 * 265-315 MB, now 260-270 MB, for ~20 ms more of collection (issue 13, bench/runcost.ts). Like the
 * semi-space flag, it is read whenever V8 sets the next limit, so it takes effect when set after start-up.
 */
export const HEAP_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=100'] as const;

export function tuneHeap(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['WIKI_DAILY_HEAP'] === 'default') return false;
  for (const flag of HEAP_FLAGS) v8.setFlagsFromString(flag);
  return true;
}
