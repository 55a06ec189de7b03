import { emptyLaneCounts } from '../model.js';
import { errorMessage } from '../errors.js';
import { canonicalUrl, entryId, hostOf, otherSchemeVariant } from './canonical.js';
import { gradeHost } from './grades.js';
import { scoreRelevance } from './relevance.js';
import { routeItem } from './route.js';
import { hostMatchesSuffix, matchKey } from './text.js';
/** Hosts whose own announcements are confirmations, not reports (label-boundary suffixes). */
const OFFICIAL_HOSTS = [
    'maa.co.kr',
    'netflix.com',
    'disneyplus.com',
    'tving.com',
    'about.netflix.com',
    'tvn.cjenm.com',
];
export const CONFIDENCE = {
    official: '공식확정',
    report: '보도(1차)',
    queued: '검토 대기',
    candidate: '후보',
};
const ALREADY_IN_WIKI = 'already in the wiki';
const UNDECODED_GOOGLE_NEWS = 'Google News link not resolved yet (waits for the next run)';
function isOfficialHost(host) {
    return OFFICIAL_HOSTS.some((suffix) => hostMatchesSuffix(host, suffix));
}
/**
 * Key for near-duplicates: the title with case, width, spacing and punctuation removed. Used only
 * within a run and only between items of the same outlet.
 */
export function titleKey(title) {
    return title
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, '');
}
const LANE_RANK = { land: 0, queue: 1, pool: 2 };
function isCandidate(w) {
    return w.lane === 'land' || w.lane === 'queue' || w.lane === 'pool';
}
/** Sort order of a group of duplicates: the first one is kept. */
function preference(a, b) {
    // items already marked duplicate sort last (only reachable when grouping by title)
    const la = isCandidate(a) ? LANE_RANK[a.lane] : 3;
    const lb = isCandidate(b) ? LANE_RANK[b.lane] : 3;
    if (la !== lb)
        return la - lb;
    const da = a.publishedMs !== undefined ? 0 : 1;
    const db = b.publishedMs !== undefined ? 0 : 1;
    if (da !== db)
        return da - db;
    return a.sourceRank - b.sourceRank || a.index - b.index;
}
function parsePublished(published) {
    if (published === undefined)
        return undefined;
    const ms = Date.parse(published);
    return Number.isNaN(ms) ? undefined : ms;
}
function evaluate(item, index, config, sourceRanks) {
    const base = {
        index,
        sourceRank: sourceRanks.get(item.sourceId) ?? Number.MAX_SAFE_INTEGER,
        item,
        score: 0,
        gradedLand: false,
        publishedMs: parsePublished(item.published),
        ...(item.outlet !== undefined ? { outlet: item.outlet } : {}),
    };
    let canonical;
    let host;
    try {
        canonical = canonicalUrl(item.link);
        host = hostOf(canonical);
    }
    catch (err) {
        // the raw link still gets a stable id so the report can name the item consistently
        return {
            ...base,
            canonicalUrl: item.link,
            id: entryId(item.link),
            host: '',
            lane: 'discard',
            reason: `unusable link from source ${item.sourceId}: ${errorMessage(err)}`,
        };
    }
    const id = entryId(canonical);
    const trusted = config.sources.find((s) => s.id === item.sourceId)?.trusted ?? false;
    const relevance = scoreRelevance(item, config.relevance, trusted);
    const common = { ...base, canonicalUrl: canonical, id, host, score: relevance.score };
    if (!relevance.accepted)
        return { ...common, lane: 'irrelevant', reason: relevance.reason };
    const grade = gradeHost(host, config.grades);
    const gradeReason = grade.suffix
        ? `host ${host} → ${grade.lane} (listed as '${grade.suffix}')`
        : `host ${host} → ${grade.lane} (not listed: default)`;
    if (item.undecoded)
        return { ...common, lane: 'discard', reason: `${UNDECODED_GOOGLE_NEWS}; ${gradeReason}` };
    return {
        ...common,
        lane: grade.lane,
        gradedLand: grade.lane === 'land',
        reason: `${relevance.reason}; ${gradeReason}`,
    };
}
function isKnown(w, seen, existing) {
    const alt = otherSchemeVariant(w.canonicalUrl);
    return (seen.has(w.id) ||
        seen.hasUrl(w.canonicalUrl) ||
        existing.ids.has(w.id) ||
        existing.urls.has(w.canonicalUrl) ||
        (alt !== undefined && existing.urls.has(alt)));
}
function groupBy(works, key) {
    const groups = new Map();
    for (const w of works) {
        const k = key(w);
        if (k === undefined)
            continue;
        const g = groups.get(k);
        if (g)
            g.push(w);
        else
            groups.set(k, [w]);
    }
    for (const g of groups.values())
        g.sort(preference);
    return groups;
}
function markDuplicate(w, reason) {
    w.lane = 'duplicate';
    w.reason = reason;
}
function dedupe(works, seen, existing) {
    const candidates = works.filter(isCandidate);
    // 1. the same id in this run: keep the best, fill its outlet from the others
    const winners = [];
    for (const [, group] of groupBy(candidates, (w) => w.id)) {
        const [best, ...rest] = group;
        if (best.outlet === undefined) {
            const withOutlet = rest.find((w) => w.outlet !== undefined);
            if (withOutlet?.outlet !== undefined)
                best.outlet = withOutlet.outlet;
        }
        if (group.some((w) => isKnown(w, seen, existing))) {
            for (const w of group)
                markDuplicate(w, ALREADY_IN_WIKI);
            continue;
        }
        for (const w of rest) {
            markDuplicate(w, `duplicate of ${best.id}: the same URL from source ${best.item.sourceId} is kept (${best.lane})`);
        }
        winners.push(best);
    }
    // 2. the same title from the same outlet in this run (e.g. one article under two URLs)
    const titleGroups = groupBy(candidates, (w) => {
        const outlet = w.outlet ? matchKey(w.outlet) : '';
        const title = titleKey(w.item.title);
        return outlet && title ? `${outlet}\u0000${title}` : undefined;
    });
    const winnerSet = new Set(winners);
    for (const [, group] of titleGroups) {
        const known = group.find((w) => w.lane === 'duplicate' && w.reason === ALREADY_IN_WIKI);
        const alive = group.filter((w) => winnerSet.has(w) && w.lane !== 'duplicate');
        if (known) {
            for (const w of alive)
                markDuplicate(w, `${ALREADY_IN_WIKI} (same title from the same outlet as ${known.id})`);
            continue;
        }
        const [best, ...rest] = alive;
        if (!best)
            continue;
        for (const w of rest)
            markDuplicate(w, `duplicate of ${best.id}: the same title from the same outlet is kept`);
    }
}
function finish(w, config) {
    const kindHint = w.item.kindHint ?? 'news';
    const out = {
        ...w.item,
        canonicalUrl: w.canonicalUrl,
        id: w.id,
        host: w.host,
        score: w.score,
        lane: w.lane,
        reason: w.reason,
        kind: kindHint,
        confidence: '',
    };
    if (w.outlet !== undefined)
        out.outlet = w.outlet;
    switch (w.lane) {
        case 'land': {
            const route = routeItem(w.item, config.routing);
            out.page = route.page;
            out.section = route.section;
            out.kind = route.kind ?? kindHint;
            out.confidence = w.gradedLand && isOfficialHost(w.host) ? CONFIDENCE.official : CONFIDENCE.report;
            break;
        }
        case 'queue':
            out.page = config.pages.queuePage;
            out.section = 'main';
            out.confidence = CONFIDENCE.queued;
            break;
        case 'pool':
            out.page = config.pages.poolPage;
            out.section = 'main';
            out.confidence = CONFIDENCE.candidate;
            break;
        default:
            break;
    }
    return out;
}
/** Newest first, undated last, then by id, then input order: the same input always gives the same order. */
function outputOrder(a, b) {
    const pa = a.publishedMs ?? Number.NEGATIVE_INFINITY;
    const pb = b.publishedMs ?? Number.NEGATIVE_INFINITY;
    if (pa !== pb)
        return pb > pa ? 1 : -1;
    if (a.id !== b.id)
        return a.id < b.id ? -1 : 1;
    return a.index - b.index;
}
export function gateItems(input) {
    const { config } = input;
    const sourceRanks = new Map(config.sources.map((s, i) => [s.id, i]));
    const works = input.items.map((item, i) => evaluate(item, i, config, sourceRanks));
    dedupe(works, input.seen, input.existing);
    const counts = emptyLaneCounts();
    for (const w of works)
        counts[w.lane] += 1;
    const items = [...works].sort(outputOrder).map((w) => finish(w, config));
    return { items, counts };
}
