/**
 * One canonical form per article URL, so the same article reached through a mobile host, an AMP
 * page, a tracking link or a YouTube share link gets one entry id, in this run and in every later one.
 *
 * Rules (in order):
 * - only absolute http(s) URLs; anything else throws InvalidUrlError naming the URL;
 * - Google AMP viewer / AMP cache wrappers (Google search `/amp/s/…` links, `cdn.ampproject.org` `/c/s/…` links) are unwrapped;
 * - YouTube videos (watch?v=, /shorts/, /embed/, /live/, /v/, youtu.be/, m./music./nocookie hosts)
 *   become `https://www.youtube.com/watch?v=ID`, every other parameter dropped;
 * - scheme and host lower case (the URL parser), default ports dropped, credentials dropped,
 *   trailing dot of the host dropped;
 * - `m.`, `mobile.`, `amp.` host prefixes stripped (m.news.naver.com → news.naver.com);
 * - AMP paths: `amp` path segments (`/amp/…`, `…/amp`), `.amp` before an extension or at the end;
 *   AMP switches in the query (`amp=1|true|yes|`, `outputType=amp`, `output=amp`);
 * - tracking parameters (TRACKING_PARAMS, TRACKING_PARAM_PREFIXES; names compared case-insensitively);
 * - fragments, except hash-router fragments (`#!/…`, `#/…`) which identify the page on some sites;
 * - trailing slashes (not the root path `/`); percent escapes in upper case;
 * - remaining query parameters sorted by name (stable: repeated names keep their order), each kept
 *   exactly as written, so no server ever sees a differently encoded value.
 *
 * The scheme is kept as given; entryId ignores it, so http:// and https:// forms are one entry.
 */
import crypto from 'node:crypto';
import { WikiDailyError } from '../errors.js';
import { safeDecode } from './text.js';

/** Query parameters that only track the click, never select content (lower case). */
const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // ad click ids
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'li_fat_id', 'igshid', 'igsh', 'epik',
  // analytics / campaign ids
  '_ga', '_gl', 'cmpid', 'ncid', 'spm', 'scm', 'ito', 's_cid', 'wt.mc_id', 'vero_id', 'vero_conv',
  'pk_campaign', 'pk_kwd', 'pk_source', 'pk_medium', 'pk_content',
  // newsletters (Mailchimp, HubSpot, Marketo)
  'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok',
  // referrers
  'ref', 'ref_src', 'ref_url',
  // Google News appends oc=5 to the article links it hands out; YouTube/Spotify share ids
  'oc', 'si',
]);

/** Parameter name prefixes that are tracking by convention (lower case). */
const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_', 'mtm_', 'hsa_'];

/** Host prefixes of mobile / AMP variants of a site. */
const MOBILE_HOST_PREFIXES: readonly string[] = ['m.', 'mobile.', 'amp.'];

const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_PATH_FORMS = new Set(['shorts', 'embed', 'live', 'v', 'e']);
/** Only on YouTube: parameters of a channel/playlist page that do not select content. */
const YOUTUBE_EXTRA_TRACKING = new Set(['feature', 'pp', 'ab_channel']);

const MAX_URL_IN_MESSAGE = 300;

/** A link that cannot be turned into a canonical URL; the message names the URL. */
export class InvalidUrlError extends WikiDailyError {
  constructor(
    readonly url: string,
    why: string,
  ) {
    const shown = url.length > MAX_URL_IN_MESSAGE ? `${url.slice(0, MAX_URL_IN_MESSAGE)}…` : url;
    super(`cannot canonicalise URL "${shown}": ${why}`);
  }
}

function parseHttpUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new InvalidUrlError(url, 'not a valid absolute URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new InvalidUrlError(url, `scheme "${u.protocol.replace(/:$/, '')}" is not http or https`);
  }
  if (!u.hostname) throw new InvalidUrlError(url, 'no host');
  return u;
}

/** The article URL inside a Google AMP viewer or AMP cache link, if this is one. */
function unwrapAmpViewer(u: URL): string | undefined {
  const host = u.hostname.replace(/\.$/, '');
  if (/^(?:www\.)?google\.[a-z.]+$/.test(host)) {
    const m = /^\/amp\/(s\/)?(.+)$/.exec(u.pathname);
    if (m?.[2]) return `${m[1] ? 'https' : 'http'}://${m[2]}${u.search}`;
  }
  if (host.endsWith('.cdn.ampproject.org')) {
    const m = /^\/[a-z]\/(s\/)?(.+)$/.exec(u.pathname);
    if (m?.[2]) return `${m[1] ? 'https' : 'http'}://${m[2]}${u.search}`;
  }
  return undefined;
}

function youtubeVideoId(u: URL, host: string): string | undefined {
  if (host !== 'youtu.be' && !YOUTUBE_HOSTS.has(host)) return undefined;
  const segments = u.pathname.split('/').filter(Boolean);
  if (host === 'youtu.be') {
    const id = segments[0];
    return id && YOUTUBE_ID.test(id) ? id : undefined;
  }
  if (segments[0] === 'watch') {
    const id = u.searchParams.get('v') ?? segments[1];
    return id && YOUTUBE_ID.test(id) ? id : undefined;
  }
  if (segments[0] && YOUTUBE_PATH_FORMS.has(segments[0])) {
    const id = segments[1];
    return id && YOUTUBE_ID.test(id) ? id : undefined;
  }
  return undefined;
}

function stripMobilePrefix(host: string): string {
  let h = host;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of MOBILE_HOST_PREFIXES) {
      const rest = h.slice(prefix.length);
      // keep at least "name.tld": m.com is a site, not a mobile variant of "com"
      if (h.startsWith(prefix) && rest.includes('.')) {
        h = rest;
        changed = true;
      }
    }
  }
  return h;
}

function canonicalPath(pathname: string): string {
  // Every link in the wiki is canonicalised on every run: skip the segment work when no "amp" is there.
  let path = /amp/i.test(pathname)
    ? pathname
        .split('/')
        .filter((s) => s.toLowerCase() !== 'amp')
        .map((s) => s.replace(/\.amp(?=\.[A-Za-z0-9]+$|$)/i, ''))
        .join('/')
    : pathname;
  path = path.replace(/\/+$/, '');
  if (!path.startsWith('/')) path = `/${path}`;
  return upperCaseEscapes(path);
}

function upperCaseEscapes(s: string): string {
  return s.includes('%') ? s.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase()) : s;
}

function isDroppedParam(name: string, value: string, youtube: boolean): boolean {
  if (TRACKING_PARAMS.has(name)) return true;
  if (TRACKING_PARAM_PREFIXES.some((p) => name.startsWith(p))) return true;
  if (youtube && YOUTUBE_EXTRA_TRACKING.has(name)) return true;
  const v = value.toLowerCase();
  if (name === 'amp') return v === '' || v === '1' || v === 'true' || v === 'yes';
  if (name === 'outputtype' || name === 'output') return v === 'amp';
  return false;
}

function canonicalQuery(search: string, youtube: boolean): string {
  const kept: { name: string; raw: string }[] = [];
  for (const raw of search.replace(/^\?/, '').split('&')) {
    if (!raw) continue;
    const eq = raw.indexOf('=');
    const name = safeDecode(eq < 0 ? raw : raw.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? '' : safeDecode(raw.slice(eq + 1));
    if (isDroppedParam(name, value, youtube)) continue;
    kept.push({ name, raw: upperCaseEscapes(raw) });
  }
  // Array.prototype.sort is stable: repeated names keep their relative order
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return kept.length ? `?${kept.map((k) => k.raw).join('&')}` : '';
}

function canonicalFragment(hash: string): string {
  // hash routers (#!/article/1, #/view/2) put the page itself in the fragment: dropping it would
  // merge different articles into one entry and lose all but the first
  return /^#!?\//.test(hash) ? hash : '';
}

function canonicalize(url: string, depth: number): string {
  const u = parseHttpUrl(url);
  if (depth === 0) {
    const inner = unwrapAmpViewer(u);
    if (inner) return canonicalize(inner, 1);
  }
  const host = u.hostname.replace(/\.$/, '');
  const videoId = youtubeVideoId(u, host);
  if (videoId) return `https://www.youtube.com/watch?v=${videoId}`;

  const youtube = YOUTUBE_HOSTS.has(host);
  const cleanHost = youtube ? 'www.youtube.com' : stripMobilePrefix(host);
  const port = u.port ? `:${u.port}` : '';
  return (
    `${u.protocol}//${cleanHost}${port}` +
    canonicalPath(u.pathname) +
    canonicalQuery(u.search, youtube) +
    canonicalFragment(u.hash)
  );
}

/**
 * The link as the publisher published it, for showing on a page: only the tracking parameters are
 * removed (each kept parameter exactly as written, in its order), and the trailing slash, host and
 * fragment stay — some servers answer a canonicalised chosun.com link without its final `/` with a
 * redirect or a 404. Links whose canonical form is itself the better working link keep that form:
 * YouTube videos (`/shorts/…`, youtu.be → watch?v=) and Google AMP viewer / AMP cache wrappers.
 * Throws InvalidUrlError like canonicalUrl.
 */
export function publishedUrl(url: string): string {
  const u = parseHttpUrl(url);
  const host = u.hostname.replace(/\.$/, '');
  if (unwrapAmpViewer(u) !== undefined || youtubeVideoId(u, host) !== undefined) return canonicalize(url, 0);
  const youtube = YOUTUBE_HOSTS.has(host);
  const kept = u.search
    .replace(/^\?/, '')
    .split('&')
    .filter((raw) => {
      if (!raw) return false;
      const eq = raw.indexOf('=');
      const name = safeDecode(eq < 0 ? raw : raw.slice(0, eq)).toLowerCase();
      return !(TRACKING_PARAMS.has(name) || TRACKING_PARAM_PREFIXES.some((p) => name.startsWith(p)) || (youtube && YOUTUBE_EXTRA_TRACKING.has(name)));
    });
  u.search = kept.length ? `?${kept.join('&')}` : '';
  return u.href;
}

/** The canonical form of an article URL (see the module comment); throws InvalidUrlError. */
export function canonicalUrl(url: string): string {
  let canonical = canonicalCache.get(url);
  if (canonical === undefined) {
    canonical = canonicalize(url, 0);
    // Bounded: cleared when full rather than evicted one by one (a run asks for a few thousand URLs).
    if (canonicalCache.size >= CANONICAL_CACHE_SIZE) canonicalCache.clear();
    canonicalCache.set(url, canonical);
  }
  return canonical;
}

/**
 * The same URL is canonicalised several times in a run — by the gate, by the planner for the links
 * already on a page, and again when the wiki index summarises the written page — and it is pure.
 */
const canonicalCache = new Map<string, string>();
const CANONICAL_CACHE_SIZE = 20_000;

/** The canonical form, or undefined for a link that is no valid URL (a person may write anything). */
export function safeCanonical(url: string): string | undefined {
  try {
    return canonicalUrl(url);
  } catch {
    return undefined;
  }
}

/**
 * sha256 of a string's UTF-8 bytes, in hex. Ids are computed for every link in the wiki and every
 * line of the seen file, so the one-shot crypto.hash (Node ≥ 20.12, several times faster than a
 * Hash object per call) is used when present.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** Lower-case host name of a URL (no port, no trailing dot); throws InvalidUrlError. */
export function hostOf(url: string): string {
  return parseHttpUrl(url).hostname.replace(/\.$/, '');
}

/** The same canonical URL with the other of http/https, for scheme-insensitive lookups. */
export function otherSchemeVariant(canonical: string): string | undefined {
  if (canonical.startsWith('https://')) return `http://${canonical.slice('https://'.length)}`;
  if (canonical.startsWith('http://')) return `https://${canonical.slice('http://'.length)}`;
  return undefined;
}

/** Stable entry id: 'e' + the first 12 hex digits of sha256 of the canonical URL without its scheme. */
export function entryId(canonical: string): string {
  const withoutScheme = canonical.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return `e${sha256Hex(withoutScheme).slice(0, 12)}`;
}
