/** Fault schedules and property tests that are random but replayable from the seed: the bench's generator. */
export { seededRandom } from '../../bench/rand.js';

/** The seed for this test process: WIKI_TEST_SEED when set (to replay a failure), otherwise fixed. */
export function testSeed(fallback: number): number {
  const s = Number(process.env.WIKI_TEST_SEED);
  return Number.isInteger(s) && s > 0 ? s : fallback;
}
