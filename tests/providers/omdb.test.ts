/** @vitest-environment node */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourceUnavailableError } from '../../utils/providers/http';
import {
  createOmdbClient,
  OMDB_CHECK_IMDB_ID,
  OmdbKeyError,
  parseOmdbAnswer,
  siteSearchUrl,
} from '../../utils/providers/omdb';
import { jsonResponse, readJsonFixture, stubFetch, textResponse } from './support/fetch-stub';

const NOW = Date.UTC(2026, 10, 30, 12);
const KEY = 'ab12cd34';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseOmdbAnswer', () => {
  it('reads IMDb (with votes), Rotten Tomatoes critics and Metacritic, each with its scale and link', () => {
    const answer = parseOmdbAnswer(readJsonFixture('omdb/series-full.json'), 'tt14537248', NOW);
    expect(answer).toEqual({
      kind: 'ratings',
      title: 'The Imperfects',
      ratings: [
        {
          source: 'imdb',
          value: 6.1,
          scale: 10,
          votes: 1500,
          observedAt: NOW,
          link: 'https://www.imdb.com/title/tt14537248/',
        },
        {
          source: 'rotten-tomatoes-critics',
          value: 79,
          scale: 100,
          observedAt: NOW,
          link: 'https://www.rottentomatoes.com/search?search=The%20Imperfects',
        },
        {
          source: 'metacritic',
          value: 70,
          scale: 100,
          observedAt: NOW,
          link: 'https://www.metacritic.com/search/The%20Imperfects/',
        },
      ],
    });
  });

  it('skips what OMDb marks "N/A" and falls back to neither guessing nor zero', () => {
    const imdbOnly = parseOmdbAnswer(readJsonFixture('omdb/series-imdb-only.json'), 'tt13443470', NOW);
    expect(imdbOnly.kind === 'ratings' && imdbOnly.ratings.map((r) => [r.source, r.value, r.votes])).toEqual([
      ['imdb', 8.1, 412345],
    ]);
    const none = parseOmdbAnswer(readJsonFixture('omdb/series-no-ratings.json'), 'tt99999990', NOW);
    expect(none).toEqual({ kind: 'ratings', title: 'An Unrated Pilot', ratings: [] });
  });

  it('takes the Ratings list when the top-level fields are missing, and Metascore when the list lacks Metacritic', () => {
    const answer = parseOmdbAnswer(
      {
        Response: 'True',
        Title: 'X',
        Ratings: [{ Source: 'Internet Movie Database', Value: '7.5/10' }],
        Metascore: '64',
      },
      'tt0000001',
      NOW,
    );
    expect(answer.kind === 'ratings' && answer.ratings.map((r) => [r.source, r.value, r.scale])).toEqual([
      ['imdb', 7.5, 10],
      ['metacritic', 64, 100],
    ]);
  });

  it('refuses out-of-scale and odd values instead of showing them', () => {
    const answer = parseOmdbAnswer(
      {
        Response: 'True',
        Title: 'X',
        imdbRating: '11.2',
        imdbVotes: '1.500',
        Ratings: [
          { Source: 'Rotten Tomatoes', Value: '140%' },
          { Source: 'Metacritic', Value: '7/10' },
          { Source: 'Internet Movie Database', Value: 'ten' },
        ],
        Metascore: 'N/A',
      },
      'tt0000001',
      NOW,
    );
    expect(answer).toEqual({ kind: 'ratings', title: 'X', ratings: [] });
  });

  it('tells a refused key, a used-up limit and an unknown title apart', () => {
    expect(parseOmdbAnswer(readJsonFixture('omdb/error-invalid-key.json'), 'tt1234567', NOW)).toEqual({
      kind: 'invalid-key',
    });
    expect(parseOmdbAnswer({ Response: 'False', Error: 'No API key provided.' }, 'tt1234567', NOW)).toEqual({
      kind: 'invalid-key',
    });
    expect(parseOmdbAnswer(readJsonFixture('omdb/error-limit.json'), 'tt1234567', NOW)).toEqual({
      kind: 'limit-reached',
    });
    expect(parseOmdbAnswer(readJsonFixture('omdb/error-incorrect-id.json'), 'tt1234567', NOW)).toEqual({
      kind: 'not-found',
    });
  });

  it('rejects JSON of neither documented shape as an invalid response', () => {
    for (const json of [{}, [], { Response: 'Maybe' }, { Error: 'Invalid API key!' }, null]) {
      expect(() => parseOmdbAnswer(json, 'tt1234567', NOW), JSON.stringify(json)).toThrow(SourceUnavailableError);
    }
  });

  it('loses only the Ratings list when that list is malformed', () => {
    expect(parseOmdbAnswer({ Response: 'True', Ratings: 'lots', imdbRating: '5.5' }, 'tt1234567', NOW)).toMatchObject({
      kind: 'ratings',
      title: null,
      ratings: [{ source: 'imdb', value: 5.5 }],
    });
  });
});

describe('siteSearchUrl', () => {
  it('builds a search on the site’s own host, the title encoded', () => {
    expect(siteSearchUrl('rotten-tomatoes', 'Law & Order: SVU')).toBe(
      'https://www.rottentomatoes.com/search?search=Law%20%26%20Order%3A%20SVU',
    );
    expect(siteSearchUrl('metacritic', '../../evil?x=1#y')).toBe(
      'https://www.metacritic.com/search/..%2F..%2Fevil%3Fx%3D1%23y/',
    );
    expect(new URL(siteSearchUrl('metacritic', '../../evil')).host).toBe('www.metacritic.com');
  });
});

describe('the OMDb client', () => {
  it('asks OMDb by IMDb id with the key, and nothing else', async () => {
    const requests = stubFetch(() => jsonResponse(readJsonFixture('omdb/series-full.json')));
    const ratings = await createOmdbClient({ now: () => NOW }).ratings('tt14537248', KEY);
    expect(requests.map((r) => r.url)).toEqual([`https://www.omdbapi.com/?i=tt14537248&apikey=${KEY}`]);
    expect(requests[0]?.init?.credentials).toBe('omit');
    expect(ratings.map((r) => r.source)).toEqual(['imdb', 'rotten-tomatoes-critics', 'metacritic']);
  });

  it('throws OmdbKeyError on a refused key (HTTP 401) and a rate-limit error on a used-up one', async () => {
    stubFetch(() => jsonResponse(readJsonFixture('omdb/error-invalid-key.json'), { status: 401 }));
    await expect(createOmdbClient().ratings('tt14537248', KEY)).rejects.toBeInstanceOf(OmdbKeyError);
    stubFetch(() => jsonResponse(readJsonFixture('omdb/error-limit.json'), { status: 401 }));
    await expect(createOmdbClient().ratings('tt14537248', KEY)).rejects.toMatchObject({
      name: 'SourceUnavailableError',
      reason: 'rate-limited',
    });
  });

  it('gives no ratings for a title OMDb doesn’t know', async () => {
    stubFetch(() => jsonResponse(readJsonFixture('omdb/error-incorrect-id.json')));
    expect(await createOmdbClient().ratings('tt14537248', KEY)).toEqual([]);
  });

  it('never puts anything but an IMDb id in the URL', async () => {
    const requests = stubFetch();
    await expect(createOmdbClient().ratings('tt1&apikey=x', KEY)).rejects.toBeInstanceOf(RangeError);
    expect(requests).toEqual([]);
  });

  describe('checkKey: one call', () => {
    it('accepted', async () => {
      const requests = stubFetch(() => jsonResponse(readJsonFixture('omdb/series-imdb-only.json')));
      expect(await createOmdbClient().checkKey(KEY)).toEqual({ result: 'accepted' });
      expect(requests.map((r) => r.url)).toEqual([`https://www.omdbapi.com/?i=${OMDB_CHECK_IMDB_ID}&apikey=${KEY}`]);
    });

    it('refused', async () => {
      stubFetch(() => jsonResponse(readJsonFixture('omdb/error-invalid-key.json'), { status: 401 }));
      expect(await createOmdbClient().checkKey(KEY)).toEqual({ result: 'refused' });
    });

    it('limited: a known key whose daily limit is used up', async () => {
      stubFetch(() => jsonResponse(readJsonFixture('omdb/error-limit.json'), { status: 401 }));
      expect(await createOmdbClient().checkKey(KEY)).toEqual({ result: 'limited' });
    });

    it('unreachable, which is not a wrong key: network, server error, garbage', async () => {
      stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      expect(await createOmdbClient().checkKey(KEY)).toEqual({ result: 'unreachable', reason: 'network' });
      stubFetch(() => textResponse('Service Unavailable', { status: 503 }));
      expect(await createOmdbClient().checkKey(KEY)).toEqual({ result: 'unreachable', reason: 'http-status' });
      stubFetch(() => textResponse('<html>captive portal</html>'));
      expect(await createOmdbClient().checkKey(KEY)).toEqual({ result: 'unreachable', reason: 'invalid-response' });
    });
  });
});
