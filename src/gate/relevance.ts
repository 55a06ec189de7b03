/**
 * Is an item about her? A weighted score over title, summary and URL, with word lists that veto
 * name collisions (a different 고윤정 in a real-estate story) unless an entertainment word is present.
 *
 * Matching compares text keys (see text.ts): case, spacing, hyphens and Unicode composition do not
 * matter, so `고 윤정` and `Go Youn-jung` match the terms `고윤정` and `go younjung`.
 *
 * Decisions:
 * - a trusted source is accepted whatever its score and whatever words it uses: it is trusted
 *   precisely because it only ever talks about her (the score is still computed for the report);
 * - exclusion and allowContext words are looked for in the title and the summary;
 * - a trustedOutlets entry matches an outlet whose key equals its key, or a host on a label boundary.
 */
import type { RelevanceSettings } from '../config/schema.js';
import type { NormalizedItem } from '../model.js';
import { hostOf } from './canonical.js';
import { formatNumber, hostMatchesSuffix, matchKey, normalizeHostSuffix, safeDecode } from './text.js';

interface RelevanceResult {
  score: number;
  accepted: boolean;
  reason: string;
}

interface PreparedTerm {
  key: string;
  weight: number;
}

function prepareTerms(terms: RelevanceSettings['terms']): PreparedTerm[] {
  return terms
    .map((t) => (typeof t === 'string' ? { key: matchKey(t), weight: 1 } : { key: matchKey(t.term), weight: t.weight }))
    .filter((t) => t.key !== '');
}

function keysOf(words: readonly string[]): string[] {
  return words.map(matchKey).filter((k) => k !== '');
}

/** Weight of the best term found in `fieldKey`, 0 when none. */
function bestWeight(fieldKey: string, terms: readonly PreparedTerm[]): number {
  let best = 0;
  for (const t of terms) if (t.weight > best && fieldKey.includes(t.key)) best = t.weight;
  return best;
}

function safeHost(url: string): string | undefined {
  try {
    return hostOf(url);
  } catch {
    return undefined;
  }
}

function isTrustedOutlet(item: NormalizedItem, trustedOutlets: readonly string[]): boolean {
  if (!trustedOutlets.length) return false;
  const outletKey = item.outlet ? matchKey(item.outlet) : '';
  const host = safeHost(item.link);
  return trustedOutlets.some((entry) => {
    if (outletKey && matchKey(entry) === outletKey) return true;
    const suffix = normalizeHostSuffix(entry);
    return host !== undefined && suffix.includes('.') && hostMatchesSuffix(host, suffix);
  });
}

export function scoreRelevance(item: NormalizedItem, s: RelevanceSettings, trusted: boolean): RelevanceResult {
  const titleKey = matchKey(item.title);
  const summaryKey = matchKey(item.summary ?? '');
  const urlKey = matchKey(safeDecode(item.link));
  const terms = prepareTerms(s.terms);

  const parts: [string, number][] = [
    ['title', s.weights.title * bestWeight(titleKey, terms)],
    ['summary', s.weights.summary * bestWeight(summaryKey, terms)],
    ['url', s.weights.url * bestWeight(urlKey, terms)],
    ['context', keysOf(s.contextTerms).some((k) => titleKey.includes(k)) ? s.weights.context : 0],
    ['outlet', isTrustedOutlet(item, s.trustedOutlets) ? s.weights.trustedOutlet : 0],
  ];
  const score = parts.reduce((sum, [, v]) => sum + v, 0);
  const detail = parts
    .filter(([, v]) => v !== 0)
    .map(([name, v]) => `${name} ${formatNumber(v)}`)
    .join(', ');
  const why = detail ? `(${detail})` : '(nothing matched)';

  if (trusted) return { score, accepted: true, reason: `trusted source, score ${formatNumber(score)} ${why}` };

  const textKeys = [titleKey, summaryKey];
  let allowNote = '';
  const excludedBy = s.exclude.find((w) => {
    const k = matchKey(w);
    return k !== '' && textKeys.some((t) => t.includes(k));
  });
  if (excludedBy !== undefined) {
    const allowedBy = s.allowContext.find((w) => {
      const k = matchKey(w);
      return k !== '' && textKeys.some((t) => t.includes(k));
    });
    if (allowedBy === undefined) return { score, accepted: false, reason: `excluded by '${excludedBy}'` };
    allowNote = `; '${excludedBy}' allowed by '${allowedBy}'`;
  }

  const accepted = score >= s.threshold;
  const comparison = accepted ? '≥' : '<';
  return {
    score,
    accepted,
    reason: `score ${formatNumber(score)} ${comparison} ${formatNumber(s.threshold)} ${why}${allowNote}`,
  };
}
