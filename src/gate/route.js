import { matchKey } from './text.js';
export function routeItem(item, r) {
    const textKeys = [matchKey(item.title), matchKey(item.summary ?? '')];
    for (const [index, rule] of r.rules.entries()) {
        const hasCriteria = rule.keywords.length > 0 || rule.sources.length > 0 || rule.kinds.length > 0;
        const matches = !hasCriteria ||
            rule.keywords.some((w) => {
                const k = matchKey(w);
                return k !== '' && textKeys.some((t) => t.includes(k));
            }) ||
            rule.sources.includes(item.sourceId) ||
            (item.kindHint !== undefined && rule.kinds.includes(item.kindHint));
        if (matches) {
            const result = { page: rule.page, section: rule.section, rule: index };
            if (rule.kind !== undefined)
                result.kind = rule.kind;
            return result;
        }
    }
    return { page: r.defaultPage, section: r.defaultSection };
}
