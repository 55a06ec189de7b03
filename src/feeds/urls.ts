/**
 * The URL to request for a source. Base URLs of the well-known services come from HttpSettings so the
 * tests and the offline demo can point them at a loopback server.
 */
import type { HttpSettings, SourceConfig } from '../config/schema.js';

function withoutTrailingSlash(base: string): string {
  return base.replace(/\/+$/, '');
}

export function sourceUrl(source: SourceConfig, http: HttpSettings): string {
  switch (source.kind) {
    case 'google-news': {
      // ceid's ":" is kept literal because that is how Google itself writes the parameter.
      const ceid = encodeURIComponent(source.ceid).replace(/%3A/gi, ':');
      return (
        `${withoutTrailingSlash(http.googleNewsBaseUrl)}/rss/search?q=${encodeURIComponent(source.query)}` +
        `&hl=${encodeURIComponent(source.hl)}&gl=${encodeURIComponent(source.gl)}&ceid=${ceid}`
      );
    }
    case 'youtube':
      return `${withoutTrailingSlash(http.youtubeBaseUrl)}/feeds/videos.xml?channel_id=${encodeURIComponent(source.channelId)}`;
    case 'feed':
    case 'html':
      return source.url;
  }
}
