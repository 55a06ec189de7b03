/**
 * Which page and section a landed item goes to. Rules are tried in order and the first match wins;
 * a rule matches when any of its criteria does (a keyword in the title or summary, the item's source
 * id, or its kind hint), and a rule without criteria matches everything (a catch-all at the end).
 * Keywords are compared like relevance terms: case- and spacing-insensitive.
 */
import type { RoutingSettings } from '../config/schema.js';
import type { NormalizedItem } from '../model.js';
import { matchKey } from './text.js';

interface RouteResult {
  page: string;
  section: string;
  /** Entry kind the matched rule imposes, if any. */
  kind?: string;
  /** Index of the matched rule in routing.rules; absent when the defaults applied. */
  rule?: number;
}

export function routeItem(item: NormalizedItem, r: RoutingSettings): RouteResult {
  const textKeys = [matchKey(item.title), matchKey(item.summary ?? '')];
  for (const [index, rule] of r.rules.entries()) {
    const hasCriteria = rule.keywords.length > 0 || rule.sources.length > 0 || rule.kinds.length > 0;
    const matches =
      !hasCriteria ||
      rule.keywords.some((w) => {
        const k = matchKey(w);
        return k !== '' && textKeys.some((t) => t.includes(k));
      }) ||
      rule.sources.includes(item.sourceId) ||
      (item.kindHint !== undefined && rule.kinds.includes(item.kindHint));
    if (matches) {
      const result: RouteResult = { page: rule.page, section: rule.section, rule: index };
      if (rule.kind !== undefined) result.kind = rule.kind;
      return result;
    }
  }
  return { page: r.defaultPage, section: r.defaultSection };
}
