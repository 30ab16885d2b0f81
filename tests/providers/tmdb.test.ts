/** @vitest-environment node */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourceUnavailableError } from '../../utils/providers/http';
import { isApiKeyShape, tmdbCredential } from '../../utils/providers/rating-api-keys';
import { createTmdbClient, parseTmdbFind, parseTmdbTv, TmdbKeyError, tmdbShowUrl } from '../../utils/providers/tmdb';
import { jsonResponse, readJsonFixture, stubFetch, textResponse } from './support/fetch-stub';

const NOW = Date.UTC(2026, 10, 30, 12);
const V3_KEY = '0123456789abcdef0123456789abcdef';
const V4_TOKEN =
  'eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJzaG93ZmF0ZS10ZXN0Iiwic2NvcGVzIjpbImFwaV9yZWFkIl19.c2lnbmF0dXJlLW9mLW91ci1vd24';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('TMDB credentials', () => {
  it('tells a v3 key from a v4 read access token by shape, and refuses anything else', () => {
    expect(tmdbCredential(V3_KEY)).toEqual({ kind: 'v3-key', key: V3_KEY });
    expect(tmdbCredential(` ${V4_TOKEN} `)).toEqual({ kind: 'v4-token', token: V4_TOKEN });
    for (const bad of ['', 'abc', `${V3_KEY}0`, 'eyJ.x.y', `${V4_TOKEN}\nX-Evil: 1`, 'key&api_key=other']) {
      expect(tmdbCredential(bad), bad).toBeNull();
      expect(isApiKeyShape('tmdb', bad), bad).toBe(false);
    }
  });

  it('takes OMDb keys as short alphanumeric strings only', () => {
    expect(isApiKeyShape('omdb', 'ab12cd34')).toBe(true);
    for (const bad of ['', 'ab1', 'ab12cd34&i=tt1', 'ab12 cd34', 'x'.repeat(41)]) {
      expect(isApiKeyShape('omdb', bad), bad).toBe(false);
    }
  });
});

describe('parsing TMDB answers', () => {
  it('finds the TV result of a /3/find answer, and none in an empty one', () => {
    expect(parseTmdbFind(readJsonFixture('tmdb/find-imdb.json'))).toEqual([205715]);
    expect(parseTmdbFind(readJsonFixture('tmdb/find-none.json'))).toEqual([]);
    expect(parseTmdbFind({ tv_results: [{ id: 'x' }, { id: 7 }] })).toEqual([7]);
    expect(() => parseTmdbFind({ results: [] })).toThrow(SourceUnavailableError);
  });

  it('reads status, vote average and count, linked to TMDB’s page from the id', () => {
    expect(parseTmdbTv(readJsonFixture('tmdb/tv-canceled.json'), NOW)).toEqual({
      tmdbId: 205715,
      status: 'Canceled',
      rating: {
        source: 'tmdb',
        value: 6.4,
        scale: 10,
        votes: 143,
        observedAt: NOW,
        link: 'https://www.themoviedb.org/tv/205715',
      },
    });
    expect(tmdbShowUrl(1)).toBe('https://www.themoviedb.org/tv/1');
  });

  it('gives no rating without votes (TMDB says 0.0), and no status for a word it doesn’t document', () => {
    expect(parseTmdbTv(readJsonFixture('tmdb/tv-returning-unrated.json'), NOW)).toEqual({
      tmdbId: 300001,
      status: 'Returning Series',
      rating: null,
    });
    expect(parseTmdbTv({ id: 5, status: 'Rumoured', vote_average: 12, vote_count: 3 }, NOW)).toEqual({
      tmdbId: 5,
      status: null,
      rating: null,
    });
    expect(() => parseTmdbTv({ name: 'no id' }, NOW)).toThrow(SourceUnavailableError);
  });
});

describe('the TMDB client', () => {
  it('finds the show by IMDb id, then reads it, with a v3 key as `api_key`', async () => {
    const requests = stubFetch(
      () => jsonResponse(readJsonFixture('tmdb/find-imdb.json')),
      () => jsonResponse(readJsonFixture('tmdb/tv-canceled.json')),
    );
    const facts = await createTmdbClient({ now: () => NOW }).showFacts({ imdbId: 'tt14537248' }, V3_KEY);
    expect(requests.map((r) => r.url)).toEqual([
      `https://api.themoviedb.org/3/find/tt14537248?external_source=imdb_id&api_key=${V3_KEY}`,
      `https://api.themoviedb.org/3/tv/205715?api_key=${V3_KEY}`,
    ]);
    expect(new Headers(requests[0]?.init?.headers).get('authorization')).toBeNull();
    expect(facts?.status).toBe('Canceled');
    expect(facts?.rating?.value).toBe(6.4);
  });

  it('sends a v4 token as a Bearer header and never in the URL; falls back to the TVDB id', async () => {
    const requests = stubFetch(
      () => jsonResponse(readJsonFixture('tmdb/find-imdb.json')),
      () => jsonResponse(readJsonFixture('tmdb/tv-canceled.json')),
    );
    await createTmdbClient().showFacts({ imdbId: null, tvdbId: 412345 }, V4_TOKEN);
    expect(requests[0]?.url).toBe('https://api.themoviedb.org/3/find/412345?external_source=tvdb_id');
    for (const request of requests) {
      expect(request.url).not.toContain(V4_TOKEN);
      expect(new Headers(request.init?.headers).get('authorization')).toBe(`Bearer ${V4_TOKEN}`);
    }
  });

  it('is null when TMDB knows no such show (no TV result, or a 404), and asks nothing without an id', async () => {
    stubFetch(() => jsonResponse(readJsonFixture('tmdb/find-none.json')));
    expect(await createTmdbClient().showFacts({ imdbId: 'tt14537248' }, V3_KEY)).toBeNull();
    stubFetch(
      () => jsonResponse(readJsonFixture('tmdb/find-imdb.json')),
      () => jsonResponse(readJsonFixture('tmdb/error-not-found.json'), { status: 404 }),
    );
    expect(await createTmdbClient().showFacts({ imdbId: 'tt14537248' }, V3_KEY)).toBeNull();
    const requests = stubFetch();
    expect(await createTmdbClient().showFacts({ imdbId: 'not-an-id' }, V3_KEY)).toBeNull();
    expect(requests).toEqual([]);
  });

  it('throws TmdbKeyError when TMDB refuses the credential', async () => {
    stubFetch(() => jsonResponse(readJsonFixture('tmdb/error-invalid-key.json'), { status: 401 }));
    await expect(createTmdbClient().showFacts({ imdbId: 'tt14537248' }, V3_KEY)).rejects.toBeInstanceOf(TmdbKeyError);
  });

  describe('checkKey: one call to /3/authentication', () => {
    it('accepted', async () => {
      const requests = stubFetch(() => jsonResponse(readJsonFixture('tmdb/authentication-ok.json')));
      expect(await createTmdbClient().checkKey(V3_KEY)).toEqual({ result: 'accepted' });
      expect(requests.map((r) => r.url)).toEqual([`https://api.themoviedb.org/3/authentication?api_key=${V3_KEY}`]);
    });

    it('refused (HTTP 401), and a malformed credential refused without a call', async () => {
      stubFetch(() => jsonResponse(readJsonFixture('tmdb/error-invalid-key.json'), { status: 401 }));
      expect(await createTmdbClient().checkKey(V4_TOKEN)).toEqual({ result: 'refused' });
      const requests = stubFetch();
      expect(await createTmdbClient().checkKey('nope')).toEqual({ result: 'refused' });
      expect(requests).toEqual([]);
    });

    it('unreachable, which is not a wrong key', async () => {
      stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      expect(await createTmdbClient().checkKey(V3_KEY)).toEqual({ result: 'unreachable', reason: 'network' });
      stubFetch(() => textResponse('Bad gateway', { status: 502 }));
      expect(await createTmdbClient().checkKey(V3_KEY)).toEqual({ result: 'unreachable', reason: 'http-status' });
      stubFetch(() => jsonResponse({ success: false }));
      expect(await createTmdbClient().checkKey(V3_KEY)).toEqual({ result: 'unreachable', reason: 'invalid-response' });
    });
  });
});
