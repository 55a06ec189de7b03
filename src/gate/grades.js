import { hostMatchesSuffix, normalizeHostSuffix } from './text.js';
/** Most cautious first: on a tie of suffix length the earlier lane wins. */
const LANES_BY_CAUTION = ['discard', 'pool', 'queue', 'land'];
export function gradeHost(host, g) {
    const h = host.trim().toLowerCase().replace(/\.$/, '');
    let best;
    for (const lane of LANES_BY_CAUTION) {
        for (const raw of g[lane]) {
            const suffix = normalizeHostSuffix(raw);
            if (!suffix || !hostMatchesSuffix(h, suffix))
                continue;
            if (!best?.suffix || suffix.length > best.suffix.length)
                best = { lane, suffix };
        }
    }
    return best ?? { lane: g.default };
}
