/** @vitest-environment node */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourceUnavailableError } from '../../utils/providers/http';
import {
  createTvmazeClient,
  parseTvmazeSearch,
  parseTvmazeShow,
  type TvmazeClient,
} from '../../utils/providers/tvmaze';
import type { PageShow } from '../../utils/services/service';
import { resolveShow } from '../../utils/shows/resolve-show';
import {
  hangingHandler,
  jsonResponse,
  readJsonFixture,
  recordingSleep,
  redirectedResponse,
  stubFetch,
  textResponse,
} from '../providers/support/fetch-stub';

afterEach(() => {
  vi.unstubAllGlobals();
});

function page(overrides: Partial<PageShow> = {}): PageShow {
  return {
    service: 'netflix',
    serviceTitleId: '81223914',
    title: 'The Imperfects',
    year: 2022,
    kind: 'series',
    imdbId: null,
    pageKind: 'title',
    ...overrides,
  };
}

/** A client answering from fixtures, recording what it was asked. */
function fakeClient(answers: { lookup?: unknown; search?: string } = {}) {
  const calls: string[] = [];
  const client: TvmazeClient = {
    async searchShows(title) {
      calls.push(`search:${title}`);
      return answers.search ? parseTvmazeSearch(readJsonFixture(`tvmaze/${answers.search}.json`)) : [];
    },
    async singleSearch(title) {
      calls.push(`single:${title}`);
      return null;
    },
    async lookupByImdb(imdbId) {
      calls.push(`imdb:${imdbId}`);
      return answers.lookup ? parseTvmazeShow(answers.lookup) : null;
    },
    async getShow(id) {
      calls.push(`show:${id}`);
      return null;
    },
  };
  return { client, calls };
}

describe('resolveShow', () => {
  it('uses the IMDb id first, as an exact match', async () => {
    const { client, calls } = fakeClient({ lookup: readJsonFixture('tvmaze/show-the-imperfects.json') });
    const result = await resolveShow(page({ imdbId: 'tt14828838' }), ['Netflix'], client);
    expect(result).toMatchObject({ method: 'imdb-id', confidence: 1, show: { tvmazeId: 60752 } });
    expect(calls).toEqual(['imdb:tt14828838']);
  });

  it('falls back to the title when TVmaze does not know the IMDb id', async () => {
    const { client, calls } = fakeClient({ search: 'search-the-imperfects' });
    const result = await resolveShow(page({ imdbId: 'tt99999999' }), ['Netflix'], client);
    expect(result).toMatchObject({ method: 'title', show: { tvmazeId: 60752 } });
    expect(calls).toEqual(['imdb:tt99999999', 'search:The Imperfects']);
  });

  it('never sends a malformed IMDb id: straight to the title', async () => {
    const { client, calls } = fakeClient({ search: 'search-the-imperfects' });
    await resolveShow(page({ imdbId: 'tt1&thetvdb=2' }), ['Netflix'], client);
    expect(calls).toEqual(['search:The Imperfects']);
  });

  it('resolves same-titled shows by the page year and service', async () => {
    const { client } = fakeClient({ search: 'search-shameless' });
    const us = await resolveShow(page({ title: 'Shameless', year: 2011 }), ['Netflix'], client);
    const uk = await resolveShow(page({ title: 'Shameless', year: 2004 }), ['Netflix'], client);
    expect(us?.show.network).toBe('Showtime');
    expect(uk?.show.network).toBe('Channel 4');
  });

  it('answers null for no confident match', async () => {
    const { client } = fakeClient({ search: 'search-shameless' });
    expect(await resolveShow(page({ title: 'Shameless', year: null }), [], client)).toBeNull();
    expect(await resolveShow(page({ title: 'Shameless', year: 1975 }), [], client)).toBeNull();
  });

  it('answers null for films and empty titles without asking TVmaze', async () => {
    const { client, calls } = fakeClient({ search: 'search-house-of-cards' });
    expect(
      await resolveShow(page({ title: 'House of Cards', kind: 'film', imdbId: 'tt1856010' }), [], client),
    ).toBeNull();
    expect(await resolveShow(page({ title: '  ' }), [], client)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('throws SourceUnavailableError when TVmaze is unreachable, so the caller can serve its cache', async () => {
    const client = createTvmazeClient({ sleep: recordingSleep().sleep, timeoutMs: 20 });
    stubFetch(hangingHandler);
    await expect(resolveShow(page(), ['Netflix'], client)).rejects.toBeInstanceOf(SourceUnavailableError);

    stubFetch(() => textResponse('', { status: 503 }));
    await expect(resolveShow(page({ imdbId: 'tt14828838' }), ['Netflix'], client)).rejects.toMatchObject({
      reason: 'http-status',
      status: 503,
    });
  });

  it('runs end to end over fetch: IMDb lookup 404, then the search', async () => {
    const client = createTvmazeClient({ sleep: recordingSleep().sleep });
    const requests = stubFetch(
      () => textResponse('', { status: 404 }),
      () => jsonResponse(readJsonFixture('tvmaze/search-house-of-cards.json')),
    );
    const result = await resolveShow(
      page({ title: 'House of Cards', year: 2013, imdbId: 'tt0000001' }),
      ['Netflix'],
      client,
    );
    expect(result).toMatchObject({ method: 'title', show: { tvmazeId: 175, network: 'Netflix' } });
    expect(requests.map((r) => r.url)).toEqual([
      'https://api.tvmaze.com/lookup/shows?imdb=tt0000001',
      'https://api.tvmaze.com/search/shows?q=House%20of%20Cards',
    ]);
  });

  it('runs end to end over fetch: IMDb lookup through the 301', async () => {
    const client = createTvmazeClient();
    stubFetch(() =>
      redirectedResponse(
        jsonResponse(readJsonFixture('tvmaze/show-the-imperfects.json')),
        'https://api.tvmaze.com/shows/60752',
      ),
    );
    const result = await resolveShow(page({ imdbId: 'tt14828838' }), ['Netflix'], client);
    expect(result).toMatchObject({ method: 'imdb-id', show: { name: 'The Imperfects' } });
  });
});
