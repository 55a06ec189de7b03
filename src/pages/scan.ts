/**
 * What the wiki already holds: every link and every entry id in the given pages and day logs, so
 * an item that a person (or an earlier run) already put anywhere is not added again. Pure: the
 * caller passes the text and, if it wants canonical URLs, the canonicaliser.
 */
import { compareStrings } from '../order.js';

export interface ExistingLinks {
  urls: Set<string>;
  ids: Set<string>;
  /** URLs the canonicaliser rejected (kept out of `urls`), as `path: url`. */
  invalid: string[];
}

const AUTOLINK = /<(https?:\/\/[^<>\s]+)>/gi;
/** `](url)` or `](<url>)`, with one level of balanced parentheses inside the URL (Wikipedia style). */
const MD_LINK = /\]\(\s*<?(https?:\/\/(?:[^\s()<>]|\([^\s()<>]*\))+)>?/gi;
const BARE = /https?:\/\/[^\s<>()[\]"'`|]+/gi;
const TRAILING_PUNCT = /[.,;:!?*_~'"]+$/;
/** An `id:` field on its own list line (never one quoted inside a title). */
const ID = /^[ \t>]*(?:[-*+][ \t]+)?id[ \t]*[:：][ \t]*`?(e[0-9a-z]{6,64})`?[ \t]*$/gim;

/** Every http(s) URL in a text: markdown links, autolinks, then bare URLs (each span read once). */
export function extractUrls(text: string): string[] {
  const out: string[] = [];
  let rest = text.replace(AUTOLINK, (_m, url: string) => {
    out.push(url);
    return ' ';
  });
  rest = rest.replace(MD_LINK, (_m, url: string) => {
    out.push(url);
    return '] ';
  });
  for (const m of rest.matchAll(BARE)) {
    const url = m[0].replace(TRAILING_PUNCT, '');
    if (/^https?:\/\/[^/?#]+/i.test(url)) out.push(url);
  }
  return out;
}

export function extractIds(text: string): string[] {
  return Array.from(text.matchAll(ID), (m) => m[1]!);
}

/**
 * Collect links and ids of all pages. Without `canonicalize` the URLs are returned as written;
 * with it, canonical — a URL it throws on is listed in `invalid` instead (a broken link in a
 * page must not stop the run, but is not silently lost either).
 */
export function scanExisting(pages: ReadonlyMap<string, string>, canonicalize?: (url: string) => string): ExistingLinks {
  const urls = new Set<string>();
  const ids = new Set<string>();
  const invalid: string[] = [];
  for (const [path, text] of [...pages].sort(([a], [b]) => compareStrings(a, b))) {
    for (const url of extractUrls(text)) {
      if (!canonicalize) {
        urls.add(url);
        continue;
      }
      try {
        urls.add(canonicalize(url));
      } catch {
        invalid.push(`${path}: ${url}`);
      }
    }
    for (const id of extractIds(text)) ids.add(id);
  }
  return { urls, ids, invalid };
}
