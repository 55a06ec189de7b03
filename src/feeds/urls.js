function withoutTrailingSlash(base) {
    return base.replace(/\/+$/, '');
}
export function sourceUrl(source, http) {
    switch (source.kind) {
        case 'google-news': {
            // ceid's ":" is kept literal because that is how Google itself writes the parameter.
            const ceid = encodeURIComponent(source.ceid).replace(/%3A/gi, ':');
            return (`${withoutTrailingSlash(http.googleNewsBaseUrl)}/rss/search?q=${encodeURIComponent(source.query)}` +
                `&hl=${encodeURIComponent(source.hl)}&gl=${encodeURIComponent(source.gl)}&ceid=${ceid}`);
        }
        case 'youtube':
            return `${withoutTrailingSlash(http.youtubeBaseUrl)}/feeds/videos.xml?channel_id=${encodeURIComponent(source.channelId)}`;
        case 'feed':
        case 'html':
            return source.url;
    }
}
