import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { sourceUrl } from '../../src/feeds/urls.js';

describe('sourceUrl', () => {
  const config = parseConfig({
    sources: [
      { id: 'gn', query: '"고윤정" 화보 OR 인터뷰 when:60d' },
      { id: 'gn-en', query: '"Go Youn-jung" when:30d', hl: 'en-US', gl: 'US', ceid: 'US:en' },
      { id: 'yt', channelId: 'UCQ2O-iftmnlfrBuNsUUTofQ' },
      { id: 'elle', url: 'https://www.elle.co.kr/?s=%EA%B3%A0%EC%9C%A4%EC%A0%95&feed=rss2' },
      { id: 'kbs', kind: 'html', url: 'https://kstar.kbs.co.kr/person_view.html?idx=220921', linkPattern: 'list_view' },
    ],
  });
  const [gn, gnEn, yt, elle, kbs] = config.sources;

  it('builds Google News search URLs with the encoded query and locale', () => {
    expect(sourceUrl(gn!, config.http)).toBe(
      'https://news.google.com/rss/search?q=%22%EA%B3%A0%EC%9C%A4%EC%A0%95%22%20%ED%99%94%EB%B3%B4%20OR%20%EC%9D%B8%ED%84%B0%EB%B7%B0%20when%3A60d&hl=ko&gl=KR&ceid=KR:ko',
    );
    expect(sourceUrl(gnEn!, config.http)).toBe('https://news.google.com/rss/search?q=%22Go%20Youn-jung%22%20when%3A30d&hl=en-US&gl=US&ceid=US:en');
  });

  it('builds YouTube channel feed URLs', () => {
    expect(sourceUrl(yt!, config.http)).toBe('https://www.youtube.com/feeds/videos.xml?channel_id=UCQ2O-iftmnlfrBuNsUUTofQ');
  });

  it('uses the configured base URLs (loopback in tests), trailing slash or not', () => {
    const http = { ...config.http, googleNewsBaseUrl: 'http://127.0.0.1:41234/', youtubeBaseUrl: 'http://127.0.0.1:41235' };
    expect(sourceUrl(gn!, http).startsWith('http://127.0.0.1:41234/rss/search?q=')).toBe(true);
    expect(sourceUrl(yt!, http)).toBe('http://127.0.0.1:41235/feeds/videos.xml?channel_id=UCQ2O-iftmnlfrBuNsUUTofQ');
  });

  it('feed and html sources are fetched at their own URL', () => {
    expect(sourceUrl(elle!, config.http)).toBe('https://www.elle.co.kr/?s=%EA%B3%A0%EC%9C%A4%EC%A0%95&feed=rss2');
    expect(sourceUrl(kbs!, config.http)).toBe('https://kstar.kbs.co.kr/person_view.html?idx=220921');
  });
});
