import { describe, expect, it } from 'vitest';
import {
  buildFollowFile,
  FOLLOW_FILE_FORMAT,
  followFileName,
  MAX_FOLLOW_FILE_CHARS,
  mergeFollowedShows,
  parseFollowFile,
} from '../../utils/follow/follow-file';
import { MAX_FOLLOWED_SHOWS } from '../../utils/follow/followed-show';
import { sampleFollowed } from '../support/sample-follow';

const lupin = sampleFollowed({ tvmazeId: 61006, name: 'Lupin' });
const imperfects = sampleFollowed();
const fileOf = (shows: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: FOLLOW_FILE_FORMAT, version: 1, exportedAt: '2026-11-30T10:00:00.000Z', shows, ...extra });

describe('the followed-shows file', () => {
  it('round-trips an export', () => {
    const text = JSON.stringify(buildFollowFile([imperfects, lupin], Date.UTC(2026, 10, 30)));
    expect(JSON.parse(text)).toMatchObject({
      format: FOLLOW_FILE_FORMAT,
      version: 1,
      exportedAt: '2026-11-30T00:00:00.000Z',
    });
    expect(parseFollowFile(text)).toEqual({ ok: true, shows: [imperfects, lupin] });
    expect(followFileName(Date.UTC(2026, 10, 30, 15))).toBe('showfate-followed-shows-2026-11-30.json');
  });

  it.each([
    ['', { problem: 'not-json' }],
    ['{"format": ', { problem: 'not-json' }],
    ['<html>', { problem: 'not-json' }],
    ['[]', { problem: 'not-an-export' }],
    ['null', { problem: 'not-an-export' }],
    ['{"shows": []}', { problem: 'not-an-export' }],
    [JSON.stringify({ format: 'other-app', version: 1, shows: [] }), { problem: 'not-an-export' }],
    [fileOf([], { version: 2 }), { problem: 'wrong-version', version: '2' }],
    [fileOf([], { version: '1' }), { problem: 'wrong-version', version: '1' }],
    [fileOf([], { exportedAt: 5 }), { problem: 'not-an-export' }],
    [fileOf([], { shows: {} }), { problem: 'not-an-export' }],
  ])('refuses %s', (text, problem) => {
    expect(parseFollowFile(text)).toEqual({ ok: false, ...problem });
  });

  it('names the first bad entry, counting from 1, and what is wrong with it', () => {
    const result = parseFollowFile(fileOf([imperfects, { ...lupin, status: 'doomed' }]));
    expect(result).toMatchObject({ ok: false, problem: 'bad-entry', entry: 2 });
    expect(result.ok === false && result.problem === 'bad-entry' && result.detail).toContain('status');
  });

  it.each([
    ['a javascript: link', { tvmazeUrl: 'javascript:alert(1)' }],
    ['an http article', { source: { outlet: 'X', headline: 'h', url: 'http://x.test/', published: null } }],
    ['markup-free but control characters in the name', { name: 'Lupin\u0007' }],
    ['a name of 10,000 characters', { name: 'x'.repeat(10_000) }],
    ['a key of its own', { extra: true }],
    ['a prototype key', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['a negative id', { tvmazeId: -1 }],
    ['a fractional time', { checkedAt: 1.5 }],
    ['an unknown service', { query: { ...lupin.query, service: 'myspace' } }],
  ])('refuses an entry with %s', (_, change) => {
    const entry = { ...lupin, ...change };
    const result = parseFollowFile(fileOf([entry]));
    expect(result).toMatchObject({ ok: false, problem: 'bad-entry', entry: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses the same show twice in one file', () => {
    expect(parseFollowFile(fileOf([lupin, imperfects, { ...lupin, name: 'Lupin again' }]))).toMatchObject({
      ok: false,
      problem: 'bad-entry',
      entry: 3,
      detail: 'the same show is listed twice',
    });
  });

  it('refuses more shows than are ever followed, and a file over 1 MB before parsing it', () => {
    const many = Array.from({ length: MAX_FOLLOWED_SHOWS + 1 }, (_, i) => ({ ...lupin, tvmazeId: i + 1 }));
    expect(parseFollowFile(fileOf(many))).toEqual({ ok: false, problem: 'too-many', max: MAX_FOLLOWED_SHOWS });
    const huge = fileOf([{ ...lupin, name: 'x'.repeat(MAX_FOLLOW_FILE_CHARS) }]);
    expect(parseFollowFile(huge)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('answers hostile input of 1 MB in well under a second', () => {
    const deep = `${'['.repeat(400_000)}${']'.repeat(400_000)}`;
    const wide = fileOf(Array.from({ length: 60_000 }, () => 0));
    const longString = fileOf([{ ...lupin, name: 'y'.repeat(MAX_FOLLOW_FILE_CHARS - 2_000) }]);
    for (const text of [deep, wide, longString]) {
      expect(text.length).toBeLessThanOrEqual(MAX_FOLLOW_FILE_CHARS);
      const started = performance.now();
      expect(parseFollowFile(text).ok).toBe(false);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});

describe('merging an import', () => {
  it('adds only shows not yet followed, after the existing ones; a duplicate keeps the existing record', () => {
    const existing = [{ ...lupin, status: 'canceled' as const, checkedAt: 99 }];
    const merged = mergeFollowedShows(existing, [imperfects, { ...lupin, status: 'renewed' }]);
    expect(merged).toEqual({ shows: [existing[0], imperfects], added: 1, alreadyFollowed: 1 });
  });

  it('refuses a merge past the cap', () => {
    const existing = Array.from({ length: MAX_FOLLOWED_SHOWS }, (_, i) => sampleFollowed({ tvmazeId: i + 1 }));
    expect(mergeFollowedShows(existing, [sampleFollowed({ tvmazeId: 99_999 })])).toBeNull();
    expect(mergeFollowedShows(existing, [existing[0]!])).toMatchObject({ added: 0, alreadyFollowed: 1 });
  });
});
