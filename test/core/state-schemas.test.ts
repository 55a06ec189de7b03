import { describe, expect, it } from 'vitest';
import {
  checkState,
  corruptStateMessage,
  discordQueuedMessageSchema,
  discordStateSchema,
  formatPath,
  httpCacheMetaSchema,
  lockRecordSchema,
  parseState,
  runRecordSchema,
  snapshotManifestSchema,
} from '../../src/state-schemas.js';

const SHA = 'a'.repeat(64);

describe('parseState / checkState', () => {
  it('names invalid JSON', () => {
    expect(parseState(lockRecordSchema, '{"pid":')).toEqual({ ok: false, problem: expect.stringMatching(/^not valid JSON: .+/) });
  });

  it('names the first wrong key path and counts the rest', () => {
    expect(checkState(lockRecordSchema, { pid: 'x', host: 1, command: 'run', startedAt: '2026-01-01T00:00:00Z' })).toEqual({
      ok: false,
      problem: 'pid: Invalid input: expected number, received string (and 1 more problem)',
    });
    expect(checkState(lockRecordSchema, [])).toEqual({ ok: false, problem: '(top level): Invalid input: expected object, received array' });
  });

  it('returns the parsed value', () => {
    const rec = { pid: 7, host: 'h', command: 'run', startedAt: '2026-01-01T00:00:00Z', id: 'abc' };
    expect(parseState(lockRecordSchema, JSON.stringify(rec))).toEqual({ ok: true, value: rec });
  });

  it('formats paths the way the config errors do', () => {
    expect(formatPath(['files', 2, 'sha256'])).toBe('files[2].sha256');
    expect(formatPath([])).toBe('(top level)');
  });

  it('one message shape: where, what, why, what next', () => {
    expect(corruptStateMessage('/s/runs.jsonl:3', 'run history line', 'status: bad', 'line skipped')).toBe(
      '/s/runs.jsonl:3: unreadable run history line (status: bad); line skipped',
    );
  });
});

describe('one schema per persisted file', () => {
  it('http cache meta', () => {
    const meta = { version: 1, url: 'https://x/', status: 200, storedAt: 1, bodyBytes: 3, finalUrl: 'https://x/', bodySha256: SHA };
    expect(checkState(httpCacheMetaSchema, meta).ok).toBe(true);
    expect(checkState(httpCacheMetaSchema, { ...meta, version: 2 })).toMatchObject({ ok: false, problem: expect.stringMatching(/^version: /) });
    expect(checkState(httpCacheMetaSchema, { ...meta, bodyBytes: -1 })).toMatchObject({ ok: false, problem: expect.stringMatching(/^bodyBytes: /) });
  });

  it('backup manifest', () => {
    const m = { id: '20260101T000000Z-0123abcd', createdAt: '2026-01-01T00:00:00.000Z', files: [{ path: 'pages/a.md', sha256: SHA, size: 1 }] };
    expect(checkState(snapshotManifestSchema, m).ok).toBe(true);
    expect(checkState(snapshotManifestSchema, { ...m, id: 'x' })).toEqual({ ok: false, problem: 'id: not a snapshot id' });
    expect(checkState(snapshotManifestSchema, { ...m, createdAt: 'soon' })).toEqual({ ok: false, problem: 'createdAt: not a date' });
    expect(checkState(snapshotManifestSchema, { ...m, files: [{ path: '/etc/passwd', sha256: SHA, size: 1 }] })).toEqual({
      ok: false,
      problem: 'files[0].path: not a path inside the wiki root: it is absolute',
    });
  });

  it('run history line', () => {
    const r = {
      command: 'run', status: 'success', startedAt: 'a', finishedAt: 'b', durationMs: 1, date: '2026-01-01',
      itemsCollected: 1, itemsAdded: 0, sourcesOk: 1, sourcesFailed: 0, cacheHitRate: 0, committed: false,
    };
    expect(checkState(runRecordSchema, r).ok).toBe(true);
    expect(checkState(runRecordSchema, { ...r, committed: 'yes' })).toMatchObject({ ok: false, problem: expect.stringMatching(/^committed: /) });
  });

  it('discord state and queued message', () => {
    expect(checkState(discordStateSchema, { alertedAt: { k: 'x' }, unresolved: 2.7 })).toEqual({ ok: true, value: { alertedAt: { k: 'x' }, unresolved: 2 } });
    expect(checkState(discordStateSchema, { alertedAt: { k: 1 }, unresolved: 0 })).toMatchObject({ ok: false, problem: expect.stringMatching(/^alertedAt\.k: /) });
    expect(checkState(discordQueuedMessageSchema, { queuedAt: 'x', payload: { embeds: [{}], username: 'u' } }).ok).toBe(true);
    expect(checkState(discordQueuedMessageSchema, { queuedAt: 'x', payload: {} })).toMatchObject({ ok: false, problem: expect.stringMatching(/^payload\.embeds: /) });
  });

  it('lock record', () => {
    expect(checkState(lockRecordSchema, { pid: 1, host: 'h', command: 'c', startedAt: 'not a date' })).toEqual({ ok: false, problem: 'startedAt: not a date' });
  });
});
