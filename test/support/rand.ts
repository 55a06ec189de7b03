/** A small seeded PRNG (mulberry32): fault schedules that are random but replayable from the seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed for this test process: WIKI_TEST_SEED when set (to replay a failure), otherwise fixed. */
export function testSeed(fallback: number): number {
  const s = Number(process.env.WIKI_TEST_SEED);
  return Number.isInteger(s) && s > 0 ? s : fallback;
}
