/** @vitest-environment node */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageShow } from '../../utils/domain';
import { SourceUnavailableError } from '../../utils/providers/http';
import {
  createTvmazeClient,
  parseTvmazeSearch,
  parseTvmazeShow,
  type TvmazeClient,
} from '../../utils/providers/tvmaze';
import { type ResolveShowOptions, resolveShow } from '../../utils/shows/resolve-show';
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

/** No Wikidata step: these tests are about the IMDb id and the title (no network either way). */
const noWikidata: ResolveShowOptions = { mapServiceIdToImdb: async () => null };

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
    await resolveShow(page({ imdbId: 'tt1&thetvdb=2' }), ['Netflix'], client, noWikidata);
    expect(calls).toEqual(['search:The Imperfects']);
  });

  it('resolves same-titled shows by the page year and service', async () => {
    const { client } = fakeClient({ search: 'search-shameless' });
    const us = await resolveShow(page({ title: 'Shameless', year: 2011 }), ['Netflix'], client, noWikidata);
    const uk = await resolveShow(page({ title: 'Shameless', year: 2004 }), ['Netflix'], client, noWikidata);
    expect(us?.show.network).toBe('Showtime');
    expect(uk?.show.network).toBe('Channel 4');
  });

  it('answers null for no confident match', async () => {
    const { client } = fakeClient({ search: 'search-shameless' });
    expect(await resolveShow(page({ title: 'Shameless', year: null }), [], client, noWikidata)).toBeNull();
    expect(await resolveShow(page({ title: 'Shameless', year: 1975 }), [], client, noWikidata)).toBeNull();
  });

  it('answers null for films and empty titles without asking TVmaze', async () => {
    const { client, calls } = fakeClient({ search: 'search-house-of-cards' });
    expect(
      await resolveShow(page({ title: 'House of Cards', kind: 'film', imdbId: 'tt1856010' }), [], client),
    ).toBeNull();
    expect(await resolveShow(page({ title: '  ' }), [], client, noWikidata)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('throws SourceUnavailableError when TVmaze is unreachable, so the caller can serve its cache', async () => {
    const client = createTvmazeClient({ sleep: recordingSleep().sleep, timeoutMs: 20 });
    stubFetch(hangingHandler);
    await expect(resolveShow(page(), ['Netflix'], client, noWikidata)).rejects.toBeInstanceOf(SourceUnavailableError);

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

describe('resolveShow through the service id (Wikidata)', () => {
  /** A mapper answering `imdbId`, recording what it was asked. */
  function mapper(answer: string | null | Error) {
    return vi.fn<NonNullable<ResolveShowOptions['mapServiceIdToImdb']>>(async () => {
      if (answer instanceof Error) throw answer;
      return answer;
    });
  }

  it('maps the service id to an IMDb id, then looks it up: an exact match', async () => {
    const { client, calls } = fakeClient({ lookup: readJsonFixture('tvmaze/show-the-imperfects.json') });
    const mapServiceIdToImdb = mapper('tt14828838');
    const result = await resolveShow(page(), ['Netflix'], client, { mapServiceIdToImdb });
    expect(result).toMatchObject({ method: 'service-id', confidence: 1, show: { tvmazeId: 60752 } });
    // The title search runs alongside Wikidata; it found nothing, so the mapped id is looked up.
    expect(calls).toEqual(['search:The Imperfects', 'imdb:tt14828838']);
    expect(mapServiceIdToImdb).toHaveBeenCalledWith('netflix', '81223914', { signal: undefined });
  });

  it('takes the mapped show from the parallel title search when it is there: no third request', async () => {
    const { client, calls } = fakeClient({ search: 'search-the-imperfects' });
    const result = await resolveShow(page(), ['Netflix'], client, { mapServiceIdToImdb: mapper('tt14828838') });
    expect(result).toMatchObject({ method: 'service-id', confidence: 1, show: { tvmazeId: 60752 } });
    expect(calls).toEqual(['search:The Imperfects']);
  });

  it('asks Wikidata and TVmaze at the same time, not one after the other', async () => {
    const started: string[] = [];
    let answerWikidata: (imdb: string | null) => void = () => undefined;
    const mapServiceIdToImdb = vi.fn(
      () =>
        new Promise<string | null>((resolve) => {
          started.push('wikidata');
          answerWikidata = resolve;
        }),
    );
    const { client } = fakeClient({ search: 'search-the-imperfects' });
    const searchShows = client.searchShows.bind(client);
    client.searchShows = async (title, options) => {
      started.push('search');
      return searchShows(title, options);
    };
    const resolving = resolveShow(page(), ['Netflix'], client, { mapServiceIdToImdb });
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Wikidata has not answered yet, and the search is already under way.
    expect(started.sort()).toEqual(['search', 'wikidata']);
    answerWikidata(null);
    expect(await resolving).toMatchObject({ method: 'title', show: { tvmazeId: 60752 } });
  });

  it('throws when TVmaze is unreachable and Wikidata gave no id (the search was needed)', async () => {
    const { client } = fakeClient();
    const unavailable = new SourceUnavailableError('TVmaze', 'network', 'offline');
    client.searchShows = async () => Promise.reject(unavailable);
    await expect(resolveShow(page(), ['Netflix'], client, { mapServiceIdToImdb: mapper(null) })).rejects.toBe(
      unavailable,
    );
  });

  it('passes the caller signal to the mapping', async () => {
    const { client } = fakeClient({ lookup: readJsonFixture('tvmaze/show-the-imperfects.json') });
    const mapServiceIdToImdb = mapper('tt14828838');
    const { signal } = new AbortController();
    await resolveShow(page(), ['Netflix'], client, { mapServiceIdToImdb, signal });
    expect(mapServiceIdToImdb).toHaveBeenCalledWith('netflix', '81223914', { signal });
  });

  it('falls back to the title when Wikidata has no IMDb id for it', async () => {
    const { client, calls } = fakeClient({ search: 'search-the-imperfects' });
    const result = await resolveShow(page(), ['Netflix'], client, { mapServiceIdToImdb: mapper(null) });
    expect(result).toMatchObject({ method: 'title', show: { tvmazeId: 60752 } });
    expect(calls).toEqual(['search:The Imperfects']);
  });

  it('falls back to the title when the mapping fails, never throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { client, calls } = fakeClient({ search: 'search-the-imperfects' });
    const failing = mapper(new SourceUnavailableError('Wikidata', 'network', 'offline'));
    const result = await resolveShow(page(), ['Netflix'], client, { mapServiceIdToImdb: failing });
    expect(result).toMatchObject({ method: 'title', show: { tvmazeId: 60752 } });
    expect(calls).toEqual(['search:The Imperfects']);
    expect(warn).toHaveBeenCalled();
  });

  it('falls back to the title when TVmaze does not know the mapped IMDb id', async () => {
    const { client, calls } = fakeClient({ search: 'search-the-imperfects' });
    const result = await resolveShow(page(), ['Netflix'], client, { mapServiceIdToImdb: mapper('tt99999999') });
    expect(result).toMatchObject({ method: 'title' });
    expect(calls).toEqual(['search:The Imperfects', 'imdb:tt99999999']);
  });

  it('never looks up a mapped answer that is not an IMDb id', async () => {
    const { client, calls } = fakeClient({ search: 'search-the-imperfects' });
    await resolveShow(page(), ['Netflix'], client, { mapServiceIdToImdb: mapper('tt1&thetvdb=2') });
    expect(calls).toEqual(['search:The Imperfects']);
  });

  it('tries the service id when the page IMDb id is malformed', async () => {
    const { client, calls } = fakeClient({ lookup: readJsonFixture('tvmaze/show-the-imperfects.json') });
    const result = await resolveShow(page({ imdbId: 'tt1&thetvdb=2' }), ['Netflix'], client, {
      mapServiceIdToImdb: mapper('tt14828838'),
    });
    expect(result?.method).toBe('service-id');
    expect(calls).toEqual(['search:The Imperfects', 'imdb:tt14828838']);
  });

  it('asks Wikidata only without a usable IMDb id, with a service id, for a series, on a mapped service', async () => {
    const mapServiceIdToImdb = mapper('tt14828838');
    const { client } = fakeClient({ search: 'search-the-imperfects' });
    await resolveShow(page({ imdbId: 'tt99999999' }), ['Netflix'], client, { mapServiceIdToImdb });
    await resolveShow(page({ serviceTitleId: null }), ['Netflix'], client, { mapServiceIdToImdb });
    await resolveShow(page({ kind: 'film' }), ['Netflix'], client, { mapServiceIdToImdb });
    await resolveShow(page({ service: 'peacock', serviceTitleId: '4902514835143843112' }), ['Peacock'], client, {
      mapServiceIdToImdb,
    });
    await resolveShow(page({ service: 'paramount-plus', serviceTitleId: 'tulsa-king' }), [], client, {
      mapServiceIdToImdb,
    });
    expect(mapServiceIdToImdb).not.toHaveBeenCalled();
  });

  it("rethrows the caller's abort from the mapping instead of answering from the search", async () => {
    const { client, calls } = fakeClient({ search: 'search-the-imperfects' });
    const controller = new AbortController();
    const reason = new DOMException('navigated away', 'AbortError');
    const mapServiceIdToImdb = vi.fn(async () => {
      controller.abort(reason);
      throw reason;
    });
    await expect(
      resolveShow(page(), ['Netflix'], client, { mapServiceIdToImdb, signal: controller.signal }),
    ).rejects.toBe(reason);
    expect(calls).toEqual(['search:The Imperfects']);
  });

  it('runs end to end over fetch: Wikidata, then the IMDb lookup through the 301', async () => {
    const client = createTvmazeClient({ sleep: recordingSleep().sleep });
    // Routed by URL: Wikidata and the search go out together, in either order.
    const route = ({ url }: { url: string }) =>
      url.startsWith('https://query.wikidata.org/')
        ? jsonResponse(readJsonFixture('wikidata/imdb-one.json'))
        : url.startsWith('https://api.tvmaze.com/search/')
          ? jsonResponse([])
          : redirectedResponse(
              jsonResponse(readJsonFixture('tvmaze/show-the-imperfects.json')),
              'https://api.tvmaze.com/shows/60752',
            );
    const requests = stubFetch(route, route, route);
    const result = await resolveShow(page(), ['Netflix'], client);
    expect(result).toMatchObject({ method: 'service-id', confidence: 1, show: { name: 'The Imperfects' } });
    expect(requests.map((r) => new URL(r.url).origin + new URL(r.url).pathname).sort()).toEqual([
      'https://api.tvmaze.com/lookup/shows',
      'https://api.tvmaze.com/search/shows',
      'https://query.wikidata.org/sparql',
    ]);
    const wikidata = requests.find((r) => r.url.startsWith('https://query.wikidata.org/'));
    expect(new URL(wikidata?.url ?? '').searchParams.get('query')).toContain('wdt:P1874 "81223914"');
    expect(requests.at(-1)?.url).toBe('https://api.tvmaze.com/lookup/shows?imdb=tt14828838');
  });

  it('runs end to end over fetch: Wikidata down, then the title search', async () => {
    const client = createTvmazeClient({ sleep: recordingSleep().sleep });
    const route = ({ url }: { url: string }) =>
      url.startsWith('https://query.wikidata.org/')
        ? textResponse('', { status: 503 })
        : jsonResponse(readJsonFixture('tvmaze/search-the-imperfects.json'));
    const requests = stubFetch(route, route);
    const result = await resolveShow(page(), ['Netflix'], client);
    expect(result).toMatchObject({ method: 'title', show: { tvmazeId: 60752 } });
    expect(requests.map((r) => r.url)).toContain('https://api.tvmaze.com/search/shows?q=The%20Imperfects');
    expect(requests).toHaveLength(2);
  });
});
