import { describe, expect, it } from 'vitest';
import { parseConfig, parseConfigText, configJsonSchema } from '../src/config/load.js';
import { ConfigError } from '../src/errors.js';

describe('config', () => {
  it('accepts a config with nothing but sources of {id, url} and fills every default', () => {
    const c = parseConfigText('sources:\n  - id: elle\n    url: https://www.elle.co.kr/?s=x&feed=rss2\n');
    expect(c.timezone).toBe('Asia/Seoul');
    expect(c.sources[0]).toMatchObject({ id: 'elle', kind: 'feed', enabled: true });
    expect(c.http.perHostConcurrency).toBe(6);
    expect(c.http.freshnessSeconds).toBe(3600);
    expect(c.grades.default).toBe('land');
    expect(c.relevance.threshold).toBe(0);
    expect(c.routing.defaultPage).toBe('pages/press.md');
  });

  it('infers google-news and youtube kinds', () => {
    const c = parseConfig({
      sources: [
        { id: 'gn', query: '고윤정 when:1d' },
        { id: 'yt', channelId: 'UCtx-7YigHLZx7icq0KqHhow' },
      ],
    });
    expect(c.sources.map((s) => s.kind)).toEqual(['google-news', 'youtube']);
    expect(c.sources[0]).toMatchObject({ hl: 'ko', gl: 'KR', ceid: 'KR:ko' });
  });

  it('names the key path of each error, including unknown keys', () => {
    let err: unknown;
    try {
      parseConfig({ sources: [{ id: 'a', url: 'ftp://x' }, { id: 'b', url: 'https://x', colour: 1 }], http: { perHostConcurency: 3 } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const issues = (err as ConfigError).issues;
    expect(issues).toContain('sources[0].url: an absolute http: or https: URL');
    expect(issues.some((i) => i.startsWith('sources[1]: unknown key "colour"'))).toBe(true);
    expect(issues.some((i) => i.startsWith('http: unknown key "perHostConcurency"'))).toBe(true);
  });

  it('rejects duplicate source ids and a webhook in the file', () => {
    expect(() => parseConfig({ sources: [{ id: 'a', url: 'https://x' }, { id: 'a', url: 'https://y' }] })).toThrow(/duplicate id "a"/);
    expect(() => parseConfig({ sources: [{ id: 'a', url: 'https://x' }], discord: { webhookUrl: 'https://discord.com/api/webhooks/1/x' } })).toThrow(/unknown key "webhookUrl"/);
  });

  it('reports YAML syntax errors with line numbers', () => {
    expect(() => parseConfigText('sources:\n  - id: a\n   url: [\n', 'x.yml')).toThrow(/x\.yml[\s\S]*line \d+/);
  });

  it('emits a JSON Schema', () => {
    const s = configJsonSchema();
    expect(JSON.stringify(s)).toContain('perHostConcurrency');
    expect((s.properties as Record<string, unknown>).sources).toBeTruthy();
  });
});
