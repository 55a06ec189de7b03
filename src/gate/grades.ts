/**
 * Domain grades: which lane an article's host sends it to. Suffixes match on label boundaries
 * (`kbs.co.kr` matches `news.kbs.co.kr`, not `xkbs.co.kr`) and the longest matching suffix wins
 * across all lanes, so `news.naver.com` in land beats `naver.com` in queue.
 *
 * The same suffix listed in two lanes is a config mistake; the more cautious lane wins
 * (discard > pool > queue > land) so a mistake never publishes more than intended.
 */
import type { GradeSettings, Lane } from '../config/schema.js';
import { hostMatchesSuffix, normalizeHostSuffix } from './text.js';

interface GradeResult {
  lane: Lane;
  /** The matched suffix; absent when no list names the host (the default lane applies). */
  suffix?: string;
}

/** Most cautious first: on a tie of suffix length the earlier lane wins. */
const LANES_BY_CAUTION: readonly Lane[] = ['discard', 'pool', 'queue', 'land'];

export function gradeHost(host: string, g: GradeSettings): GradeResult {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  let best: GradeResult | undefined;
  for (const lane of LANES_BY_CAUTION) {
    for (const raw of g[lane]) {
      const suffix = normalizeHostSuffix(raw);
      if (!suffix || !hostMatchesSuffix(h, suffix)) continue;
      if (!best?.suffix || suffix.length > best.suffix.length) best = { lane, suffix };
    }
  }
  return best ?? { lane: g.default };
}
