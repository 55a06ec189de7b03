import { describe, expect, it } from 'vitest';
import type { SourceReport } from '../../src/model.js';
import {
  dayLogItemLine,
  parseDayLog,
  renderStatusBody,
  settledStatusBody,
  sourceResult,
  updateDayLog,
} from '../../src/pages/daylog.js';

const FILE = 'news/2026-11-27.md';

function source(id: string, over: Partial<SourceReport> = {}): SourceReport {
  return { id, kind: 'feed', url: `https://${id}.example/feed`, outcome: 'fetched', items: 4, durationMs: 120, bytesDownloaded: 900, attempts: 1, ...over };
}

describe('source results', () => {
  it('never calls a failed or empty source ok', () => {
    expect(sourceResult(source('a'))).toBe('ok (4 items)');
    expect(sourceResult(source('a', { outcome: 'failed', items: 0, error: 'HTTP 503 from https://a.example/feed' }))).toBe('failed: HTTP 503 from https://a.example/feed');
    expect(sourceResult(source('a', { outcome: 'failed', items: 7 }))).toBe('failed: unknown error');
    expect(sourceResult(source('a', { items: 0 }))).toBe('empty: no parseable items');
    expect(sourceResult(source('a', { outcome: 'not-modified', items: 0 }))).toBe('empty: no parseable items');
  });

  it('renders only stable facts: durations, bytes, attempts and cache outcomes do not show', () => {
    const a = renderStatusBody('partial', 'yt failed', [source('elle'), source('yt', { kind: 'youtube', outcome: 'failed', items: 0, error: 'timeout | 20 s' })]);
    const b = renderStatusBody('partial', 'yt failed', [
      source('elle', { outcome: 'fresh', durationMs: 1, bytesDownloaded: 0, attempts: 3 }),
      source('yt', { kind: 'youtube', outcome: 'failed', items: 0, error: 'timeout | 20 s', durationMs: 99999, attempts: 3 }),
    ]);
    expect(a).toBe(b);
    expect(a).toBe(
      [
        '- 상태: 부분성공 partial',
        '- 사유: yt failed',
        '- 소스: 정상 1 / 전체 2',
        '',
        '| 소스 | 종류 | 결과 |',
        '| --- | --- | --- |',
        '| `elle` | feed | ok (4 items) |',
        '| `yt` | youtube | failed: timeout \\| 20 s |',
        '',
      ].join('\n'),
    );
  });
});

describe('day log file', () => {
  const notes = '\n## 메모\n\n사람이 남긴 메모는 그대로.\n';

  function log(): string {
    const first = updateDayLog(undefined, FILE, {
      date: '2026-11-27',
      statusBody: renderStatusBody('success', undefined, [source('elle')]),
      historyLine: '- 09:00 success, +2 items, sources 1/1',
      itemLines: ['- \\[ELLE\\] [a](https://e.example/a) (pictorial → `pages/p.md`)'],
      maxItems: 10,
    });
    return first + notes;
  }

  it('parses back status, reason, sources, history and items', () => {
    const text = updateDayLog(log(), FILE, {
      date: '2026-11-27',
      statusBody: renderStatusBody('failed', 'all 1 sources failed', [source('elle', { outcome: 'failed', items: 0, error: 'DNS' })]),
      historyLine: '- 15:30 failed, +0 items, sources 0/1',
      maxItems: 10,
    });
    expect(text.startsWith('# 2026-11-27 수집 로그\n')).toBe(true);
    expect(text.endsWith(notes)).toBe(true);
    const p = parseDayLog(text, FILE, 'Asia/Seoul');
    expect(p.status).toBe('failed');
    expect(p.reason).toBe('all 1 sources failed');
    expect(p.sources).toEqual([{ id: 'elle', kind: 'feed', result: 'failed: DNS' }]);
    expect(p.history).toEqual([
      { line: '- 09:00 success, +2 items, sources 1/1', time: '09:00', status: 'success', added: 2, ok: 1, total: 1 },
      { line: '- 15:30 failed, +0 items, sources 0/1', time: '15:30', status: 'failed', added: 0, ok: 0, total: 1 },
    ]);
    expect(p.items).toHaveLength(1);
    expect(p.lastRunTime).toBe('15:30');
    expect(p.lastRunAt).toBe('2026-11-27T06:30:00.000Z');
    expect(parseDayLog(text, FILE).lastRunAt).toBeUndefined();
  });

  it('reads a log an older run left running, and settles it to the status before that run', () => {
    const settled = log();
    // What earlier versions wrote at the start of a run: the status line, and the one before it kept.
    const running = settled.replace('- 상태: 성공 success\n', '- 상태: 진행중 running (10:15 시작)\n- 직전 상태: 성공 success\n');
    expect(running).not.toBe(settled);
    const p = parseDayLog(running, FILE);
    expect(p.status).toBe('running');
    expect(p.previousStatus).toBe('success');
    expect(running.endsWith(notes)).toBe(true);
    expect(settledStatusBody(running, FILE)).toBe(settledStatusBody(settled, FILE));
  });

  it('adds its regions to a hand-written log without touching its text', () => {
    const human = '# 2026-11-27\r\n\r\n예전 시스템이 쓴 로그\r\n- 상태: 성공';
    const out = updateDayLog(human, FILE, { date: '2026-11-27', statusBody: renderStatusBody('success', undefined, []), maxItems: 10 });
    expect(out.startsWith(human + '\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parseDayLog(out, FILE).status).toBe('success');
  });

  it('lists at most maxItems items and counts the rest', () => {
    const lines = Array.from({ length: 7 }, (_, i) => `- \\[o\\] [t${i}](https://e.example/${i}) (k → \`p\`)`);
    let text = updateDayLog(undefined, FILE, { date: '2026-11-27', statusBody: 's\n', itemLines: lines.slice(0, 4), maxItems: 5 });
    text = updateDayLog(text, FILE, { date: '2026-11-27', statusBody: 's\n', itemLines: lines.slice(4), maxItems: 5 });
    const items = parseDayLog(text, FILE).items;
    expect(items).toEqual([...lines.slice(0, 5), '- … 외 2건 (목록 생략)']);
    text = updateDayLog(text, FILE, { date: '2026-11-27', statusBody: 's\n', itemLines: lines.slice(0, 3), maxItems: 5 });
    expect(parseDayLog(text, FILE).items.at(-1)).toBe('- … 외 5건 (목록 생략)');
  });

  it('writes item lines whose outlet cannot form a link', () => {
    expect(dayLogItemLine({ outlet: 'YouTube/채널', title: '[x](javascript:alert(1))', url: 'https://www.youtube.com/watch?v=a(b)', kind: 'video', page: 'pages/promotion_queue.md' }, 200)).toBe(
      '- \\[YouTube/채널\\] [\\[x\\](javascript:alert(1))](https://www.youtube.com/watch?v=a%28b%29) (video → `pages/promotion_queue.md`)',
    );
  });
});
