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

export function tuneHeap(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['WIKI_DAILY_HEAP'] === 'default') return false;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  return true;
}
