/** @vitest-environment node */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SourceUnavailableError } from '../../utils/providers/http';
import {
  createTvmazeClient,
  isImdbId,
  parseTvmazeSearch,
  parseTvmazeShow,
  safeTvmazeShowUrl,
  TvmazePayloadError,
  tvmazeShowUrlIsSafe,
} from '../../utils/providers/tvmaze';
import {
  hangingHandler,
  jsonResponse,
  readJsonFixture,
  recordingSleep,
  redirectedResponse,
  streamingResponse,
  stubFetch,
  textResponse,
} from './support/fetch-stub';

// The 429 back-off's jitter at its low end, so the waits are exact (tests/providers/rate-limit.test.ts covers the jitter).
beforeEach(() => {
  vi.spyOn(Math, 'random').mockReturnValue(0);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseTvmazeShow', () => {
  it('reduces a current show object to a ResolvedShow (web channel, summary dropped)', () => {
    const show = parseTvmazeShow(readJsonFixture('tvmaze/show-the-imperfects.json'));
    expect(show).toEqual({
      tvmazeId: 60752,
      name: 'The Imperfects',
      tvmazeUrl: 'https://www.tvmaze.com/shows/60752/the-imperfects',
      type: 'Scripted',
      language: 'English',
      tvmazeStatus: 'Ended',
      premiered: '2022-09-08',
      ended: '2022-09-08',
      network: 'Netflix',
      imdbId: 'tt14828838',
      rating: 6.4,
      updated: 1704119222,
    });
    expect(JSON.stringify(show)).not.toContain('<p>');
  });

  it('reads an old shape lacking `ended`, upgrading its http:// TVmaze url', () => {
    const show = parseTvmazeShow(readJsonFixture('tvmaze/show-old-shape.json'));
    expect(show).toMatchObject({
      tvmazeId: 335,
      name: 'Sherlock',
      tvmazeUrl: 'https://www.tvmaze.com/shows/335/sherlock',
      ended: null,
      network: 'BBC One',
      tvmazeStatus: 'Ended',
    });
  });

  it('turns every odd field into null but keeps the show', () => {
    expect(parseTvmazeShow(readJsonFixture('tvmaze/show-odd-fields.json'))).toEqual({
      tvmazeId: 9001,
      name: 'Odd Fields',
      tvmazeUrl: 'https://www.tvmaze.com/shows/9001',
      type: null,
      language: null,
      tvmazeStatus: null,
      premiered: null,
      ended: null,
      network: null,
      imdbId: null,
      rating: null,
      updated: null,
    });
  });

  it('throws a clear TvmazePayloadError for a payload without a usable id or name', () => {
    for (const payload of [readJsonFixture('tvmaze/show-malformed.json'), null, [], 'Shameless', { id: 1 }]) {
      expect(() => parseTvmazeShow(payload)).toThrow(TvmazePayloadError);
    }
    expect(() => parseTvmazeShow(readJsonFixture('tvmaze/show-malformed.json'))).toThrow(/not a TVmaze show[\s\S]*id/);
  });

  it('prefers the network over the web channel when both are set', () => {
    const show = parseTvmazeShow({
      id: 7,
      name: 'Both',
      network: { name: 'CBS' },
      webChannel: { name: 'Paramount+' },
    });
    expect(show.network).toBe('CBS');
  });
});

describe('parseTvmazeSearch', () => {
  it('keeps the scores and both same-titled shows', () => {
    const candidates = parseTvmazeSearch(readJsonFixture('tvmaze/search-shameless.json'));
    expect(candidates.map((c) => [c.score, c.show.tvmazeId, c.show.network, c.show.premiered])).toEqual([
      [0.9093, 150, 'Showtime', '2011-01-09'],
      [0.9071, 1284, 'Channel 4', '2004-01-13'],
      [0.6502, 49104, 'Showtime', '2020-12-06'],
    ]);
  });

  it('skips unusable entries and defaults a missing score to 0', () => {
    const candidates = parseTvmazeSearch(readJsonFixture('tvmaze/search-mixed.json'));
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ score: 0, show: { tvmazeId: 175, network: 'Netflix' } });
  });

  it('throws for an answer that is not an array', () => {
    expect(() => parseTvmazeSearch(readJsonFixture('tvmaze/search-malformed.json'))).toThrow(TvmazePayloadError);
  });
});

describe('TVmaze urls and ids', () => {
  it('accepts only https://www.tvmaze.com show pages', () => {
    expect(tvmazeShowUrlIsSafe('https://www.tvmaze.com/shows/150/shameless')).toBe(true);
    expect(tvmazeShowUrlIsSafe('https://www.tvmaze.com/shows/150')).toBe(true);
    for (const url of [
      'http://www.tvmaze.com/shows/150/shameless',
      'https://tvmaze.com/shows/150',
      'https://www.tvmaze.com.evil.example/shows/150',
      'https://user:pw@www.tvmaze.com/shows/150',
      'https://www.tvmaze.com:8443/shows/150',
      'https://www.tvmaze.com/people/1/someone',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(tvmazeShowUrlIsSafe(url), url).toBe(false);
    }
  });

  it('falls back to a url built from the id', () => {
    expect(safeTvmazeShowUrl('https://evil.example/shows/150', 150)).toBe('https://www.tvmaze.com/shows/150');
    expect(safeTvmazeShowUrl('https://www.tvmaze.com/shows/151/other', 150)).toBe('https://www.tvmaze.com/shows/150');
    expect(safeTvmazeShowUrl(null, 150)).toBe('https://www.tvmaze.com/shows/150');
    expect(safeTvmazeShowUrl('https://www.tvmaze.com/shows/150/shameless?x=1#y', 150)).toBe(
      'https://www.tvmaze.com/shows/150/shameless',
    );
  });

  it('validates IMDb ids', () => {
    expect(isImdbId('tt1586680')).toBe(true);
    expect(isImdbId('tt12345')).toBe(true);
    for (const id of ['tt1234', 'tt12345678901', 'nm1586680', 'tt1586680&thetvdb=1', ' tt1586680', null, 1586680]) {
      expect(isImdbId(id), String(id)).toBe(false);
    }
  });
});

describe('TVmaze client', () => {
  const { sleep } = recordingSleep();
  const client = createTvmazeClient({ sleep });

  it('searchShows builds the URL from the API constant and an encoded title', async () => {
    const requests = stubFetch(() => jsonResponse(readJsonFixture('tvmaze/search-the-office.json')));
    const candidates = await client.searchShows('  The Office & Co?  ');
    expect(requests[0]?.url).toBe('https://api.tvmaze.com/search/shows?q=The%20Office%20%26%20Co%3F');
    expect(candidates).toHaveLength(4);
  });

  it('searchShows sends an emoji cut at the length limit, or a lone surrogate, as well-formed text', async () => {
    const requests = stubFetch(
      () => jsonResponse([]),
      () => jsonResponse([]),
    );
    // 199 letters and an emoji: the 200-code-unit cut falls inside the emoji.
    expect(await client.searchShows(`${'a'.repeat(199)}\uD83D\uDE00`)).toEqual([]);
    expect(requests[0]?.url).toBe(`https://api.tvmaze.com/search/shows?q=${'a'.repeat(199)}`);
    expect(await client.searchShows('Dark \uD800 Side')).toEqual([]);
    expect(requests[1]?.url).toBe('https://api.tvmaze.com/search/shows?q=Dark%20%EF%BF%BD%20Side');
  });

  it('searchShows does not call TVmaze for an empty title', async () => {
    const requests = stubFetch();
    expect(await client.searchShows('   ')).toEqual([]);
    expect(requests).toHaveLength(0);
  });

  it('singleSearch answers null for 404 with an empty body', async () => {
    const requests = stubFetch(() => textResponse('', { status: 404 }));
    expect(await client.singleSearch('Aoeu Htns')).toBeNull();
    expect(requests[0]?.url).toBe('https://api.tvmaze.com/singlesearch/shows?q=Aoeu%20Htns');
  });

  it('singleSearch returns the show', async () => {
    stubFetch(() => jsonResponse(readJsonFixture('tvmaze/show-old-shape.json')));
    expect((await client.singleSearch('Sherlock'))?.tvmazeId).toBe(335);
  });

  it('lookupByImdb follows the 301 to /shows/:id', async () => {
    const requests = stubFetch(() =>
      redirectedResponse(
        jsonResponse(readJsonFixture('tvmaze/show-the-imperfects.json')),
        'https://api.tvmaze.com/shows/60752',
      ),
    );
    const show = await client.lookupByImdb('tt14828838');
    expect(requests[0]?.url).toBe('https://api.tvmaze.com/lookup/shows?imdb=tt14828838');
    expect(show?.tvmazeId).toBe(60752);
  });

  it('lookupByImdb answers null when TVmaze does not know the id', async () => {
    stubFetch(() => textResponse('', { status: 404 }));
    expect(await client.lookupByImdb('tt0000001')).toBeNull();
  });

  it('lookupByImdb refuses a malformed id before any request', async () => {
    const requests = stubFetch();
    await expect(client.lookupByImdb('tt1&thetvdb=1')).rejects.toThrow(RangeError);
    await expect(client.lookupByImdb('https://evil.example/')).rejects.toThrow(RangeError);
    expect(requests).toHaveLength(0);
  });

  it('lookupByImdb rejects a redirect off the API', async () => {
    stubFetch(() => redirectedResponse(jsonResponse({ id: 1, name: 'x' }), 'https://evil.example/shows/1'));
    await expect(client.lookupByImdb('tt1586680')).rejects.toMatchObject({ reason: 'invalid-response' });
  });

  it('getShow builds /shows/:id, answers null for 404, refuses bad ids', async () => {
    const requests = stubFetch(
      () => jsonResponse(readJsonFixture('tvmaze/show-the-imperfects.json')),
      () => textResponse('{"name":"Not Found","status":404}', { status: 404 }),
    );
    expect((await client.getShow(60752))?.name).toBe('The Imperfects');
    expect(await client.getShow(999_999_999)).toBeNull();
    expect(requests.map((r) => r.url)).toEqual([
      'https://api.tvmaze.com/shows/60752',
      'https://api.tvmaze.com/shows/999999999',
    ]);
    await expect(client.getShow(0)).rejects.toThrow(RangeError);
    await expect(client.getShow(1.5)).rejects.toThrow(RangeError);
  });

  it('reports a non-JSON or malformed answer as invalid-response', async () => {
    stubFetch(
      () => textResponse('<html>Service Unavailable</html>'),
      () => jsonResponse(readJsonFixture('tvmaze/show-malformed.json')),
      () => jsonResponse(readJsonFixture('tvmaze/search-malformed.json')),
    );
    for (const call of [() => client.getShow(1), () => client.getShow(1), () => client.searchShows('x')]) {
      const error = await call().catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(SourceUnavailableError);
      expect(error).toMatchObject({ source: 'TVmaze', reason: 'invalid-response' });
    }
  });

  it('retries a 429 and then succeeds', async () => {
    const waits = recordingSleep();
    const retrying = createTvmazeClient({ sleep: waits.sleep });
    stubFetch(
      () => textResponse('', { status: 429 }),
      () => jsonResponse(readJsonFixture('tvmaze/search-shameless.json')),
    );
    expect(await retrying.searchShows('Shameless')).toHaveLength(3);
    expect(waits.waits).toEqual([2_000]);
  });

  it('reports unreachable TVmaze as SourceUnavailableError', async () => {
    const quick = createTvmazeClient({ sleep, timeoutMs: 20 });
    stubFetch(hangingHandler, () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(quick.searchShows('Shameless')).rejects.toMatchObject({ reason: 'timeout', source: 'TVmaze' });
    await expect(quick.searchShows('Shameless')).rejects.toMatchObject({ reason: 'network' });
  });

  it('refuses an oversized answer', async () => {
    stubFetch(() => streamingResponse(40, 64 * 1024));
    await expect(client.searchShows('Shameless')).rejects.toMatchObject({ reason: 'too-large' });
  });
});
