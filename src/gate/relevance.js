import { hostOf } from './canonical.js';
import { formatNumber, hostMatchesSuffix, matchKey, normalizeHostSuffix, safeDecode } from './text.js';
function prepareTerms(terms) {
    return terms
        .map((t) => (typeof t === 'string' ? { key: matchKey(t), weight: 1 } : { key: matchKey(t.term), weight: t.weight }))
        .filter((t) => t.key !== '');
}
function keysOf(words) {
    return words.map(matchKey).filter((k) => k !== '');
}
/** Weight of the best term found in `fieldKey`, 0 when none. */
function bestWeight(fieldKey, terms) {
    let best = 0;
    for (const t of terms)
        if (t.weight > best && fieldKey.includes(t.key))
            best = t.weight;
    return best;
}
function safeHost(url) {
    try {
        return hostOf(url);
    }
    catch {
        return undefined;
    }
}
function isTrustedOutlet(item, trustedOutlets) {
    if (!trustedOutlets.length)
        return false;
    const outletKey = item.outlet ? matchKey(item.outlet) : '';
    const host = safeHost(item.link);
    return trustedOutlets.some((entry) => {
        if (outletKey && matchKey(entry) === outletKey)
            return true;
        const suffix = normalizeHostSuffix(entry);
        return host !== undefined && suffix.includes('.') && hostMatchesSuffix(host, suffix);
    });
}
export function scoreRelevance(item, s, trusted) {
    const titleKey = matchKey(item.title);
    const summaryKey = matchKey(item.summary ?? '');
    const urlKey = matchKey(safeDecode(item.link));
    const terms = prepareTerms(s.terms);
    const parts = [
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
    if (trusted)
        return { score, accepted: true, reason: `trusted source, score ${formatNumber(score)} ${why}` };
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
        if (allowedBy === undefined)
            return { score, accepted: false, reason: `excluded by '${excludedBy}'` };
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
