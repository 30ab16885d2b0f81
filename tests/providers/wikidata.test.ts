/** @vitest-environment node */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SERVICE_IDS } from '../../utils/domain';
import { SourceUnavailableError } from '../../utils/providers/http';
import { SOURCE_HOST_PERMISSIONS, WIKIDATA_SPARQL } from '../../utils/providers/source-hosts';
import {
  buildServiceIdQuery,
  hasWikidataServiceProperty,
  mapServiceIdToImdb,
  parseImdbAnswer,
  sparqlStringLiteral,
  WIKIDATA_API_USER_AGENT,
  WIKIDATA_ID_FORMS,
  WIKIDATA_SERVICE_PROPERTIES,
  wikidataKeyForServiceId,
  wikidataQueryUrl,
} from '../../utils/providers/wikidata';
import {
  hangingHandler,
  jsonResponse,
  readJsonFixture,
  streamingResponse,
  stubFetch,
  textResponse,
} from './support/fetch-stub';

afterEach(() => {
  vi.unstubAllGlobals();
});

const HULU_UUID = '05eb6a8e-90ed-4947-8c0b-e6536cbddd5f';
const DISNEY_ENTITY = '7df81cf5-6be5-4e05-9ff6-da33baf0b94d';
const MAX_UUID = 'c8ea8e19-cae7-4683-9b62-cdbbed744784';

/** The SPARQL text a request URL carries. */
function queryOf(url: string): string | null {
  return new URL(url).searchParams.get('query');
}

/** The query with its escape sequences and literal contents removed: what the parser sees as structure. */
function structureOf(query: string): string {
  return query.replace(/\\./g, '').replace(/"[^"]*"/g, '""');
}

describe('the Wikidata property table', () => {
  it('maps the six services with a confirmed property, and no others', () => {
    expect(WIKIDATA_SERVICE_PROPERTIES).toEqual({
      netflix: 'P1874',
      'disney-plus': 'P7596',
      hulu: 'P6467',
      'prime-video': 'P8055',
      'apple-tv': 'P9751',
      max: 'P8298',
    });
    // Paramount+ and Peacock: no property confirmed; IMDb pages carry the IMDb id itself.
    for (const service of ['paramount-plus', 'peacock', 'imdb'] as const) {
      expect(hasWikidataServiceProperty(service)).toBe(false);
    }
  });

  it('has id forms for exactly the services in the table, each naming its property or a sibling', () => {
    for (const service of SERVICE_IDS) {
      const property = WIKIDATA_SERVICE_PROPERTIES[service];
      const forms = WIKIDATA_ID_FORMS[service];
      expect(forms !== undefined, service).toBe(property !== undefined);
      if (!forms || !property) continue;
      expect(
        forms.some((form) => form.properties.includes(property)),
        service,
      ).toBe(true);
      for (const form of forms) {
        for (const p of form.properties) expect(p).toMatch(/^P[1-9]\d*$/);
        // Anchored at both ends: an id must fit whole.
        expect(form.pattern.source.startsWith('^') && form.pattern.source.endsWith('$'), service).toBe(true);
      }
    }
  });

  it('is covered by an install-time host permission', () => {
    expect(WIKIDATA_SPARQL).toBe('https://query.wikidata.org/sparql');
    expect(SOURCE_HOST_PERMISSIONS).toContain('https://query.wikidata.org/*');
  });
});

describe('wikidataKeyForServiceId', () => {
  it.each([
    ['netflix', '80100172', ['P1874'], '80100172', 'exact'],
    ['disney-plus', DISNEY_ENTITY.toUpperCase(), ['P13902'], `entity-${DISNEY_ENTITY}`, 'exact'],
    ['disney-plus', '3jLIGMDYINqD', ['P7596'], '3jLIGMDYINqD', 'exact'],
    ['hulu', HULU_UUID.toUpperCase(), ['P6467'], HULU_UUID, 'slug-suffix'],
    ['prime-video', 'B07QNH1GYX', ['P8055', 'P14440'], 'B07QNH1GYX', 'exact'],
    ['prime-video', '0KRGHGZCHKS920ZQGY5LBRF7MA', ['P14440'], '0KRGHGZCHKS920ZQGY5LBRF7MA', 'exact'],
    [
      'prime-video',
      'amzn1.dv.gti.D8B2A1F5-6A66-8D8C-7E5B-3F4C0D9A1E11',
      ['P14462'],
      'amzn1.dv.gti.d8b2a1f5-6a66-8d8c-7e5b-3f4c0d9a1e11',
      'exact',
    ],
    ['apple-tv', 'umc.cmc.1srk2goyh2q2zdxcx605w8vtx', ['P9751'], 'umc.cmc.1srk2goyh2q2zdxcx605w8vtx', 'exact'],
    ['max', MAX_UUID, ['P8298'], `show/${MAX_UUID}`, 'exact'],
    ['max', 'urn:hbo:series:GXkRjxwjR68PDwwEAABKJ', ['P8298'], 'series/urn:hbo:series:GXkRjxwjR68PDwwEAABKJ', 'exact'],
    [
      'max',
      'urn:hbo:page:GVU2cggagzYNJjhsJATwo:type:series',
      ['P8298'],
      'page/urn:hbo:page:GVU2cggagzYNJjhsJATwo:type:series',
      'exact',
    ],
  ] as const)('%s %s → %j %s', (service, id, properties, value, match) => {
    expect(wikidataKeyForServiceId(service, id)).toEqual({ properties, value, match });
  });

  it.each([
    ['netflix', '"; DROP'],
    ['netflix', '81214929"}'],
    ['netflix', '81214929" ; wdt:P345 ?imdb } #'],
    ['netflix', 'https://www.netflix.com/title/80100172'],
    ['netflix', '80100172\n'],
    ['netflix', ' 80100172'],
    ['netflix', '0080100172'],
    ['netflix', ''],
    ['disney-plus', `entity-${DISNEY_ENTITY}`],
    ['disney-plus', '3jLIGMDYINqD"'],
    ['hulu', `the-bear-${HULU_UUID}`],
    ['hulu', `${HULU_UUID}\\`],
    ['prime-video', 'b07qnh1gyx'],
    ['prime-video', 'The-Boys'],
    ['apple-tv', 'umc.cmc.1SRK2GOYH2Q2'],
    ['apple-tv', 'umc.cpc.2ay7ej6wy9y2dnqyl1f5ve05r'],
    ['max', 'the-last-of-us'],
    ['max', 'urn:hbo:page:GYjbQ4gW6Z8JdwwEAAAJL:type:feature'],
    ['paramount-plus', 'tulsa-king'],
    ['peacock', '4902514835143843112'],
    ['imdb', 'tt14828838'],
  ] as const)('%s %j → nothing to send', (service, id) => {
    expect(wikidataKeyForServiceId(service, id)).toBeNull();
  });
});

describe('buildServiceIdQuery', () => {
  it('asks for the IMDb ids of the items holding the id', () => {
    expect(buildServiceIdQuery('P1874', '80100172')).toBe(
      'SELECT DISTINCT ?imdb WHERE { ?item wdt:P1874 "80100172" ; wdt:P345 ?imdb } LIMIT 5',
    );
  });

  it('asks several properties at once as alternatives', () => {
    expect(buildServiceIdQuery(['P8055', 'P14440'], 'B07QNH1GYX')).toBe(
      'SELECT DISTINCT ?imdb WHERE { ?item (wdt:P8055|wdt:P14440) "B07QNH1GYX" ; wdt:P345 ?imdb } LIMIT 5',
    );
  });

  it('matches a Hulu uuid alone or at the end of a "slug-uuid" value', () => {
    expect(buildServiceIdQuery('P6467', HULU_UUID, 'slug-suffix')).toBe(
      `SELECT DISTINCT ?imdb WHERE { ?item wdt:P6467 ?id ; wdt:P345 ?imdb . FILTER(?id = "${HULU_UUID}" || STRENDS(?id, "-${HULU_UUID}")) } LIMIT 5`,
    );
  });

  it('escapes the id so that it can never leave its string literal', () => {
    const hostile = '81214929"} ; ?x ?y ?z . # \\" \n\r\t\b\f';
    const query = buildServiceIdQuery('P1874', hostile);
    expect(query).toContain(String.raw`"81214929\"} ; ?x ?y ?z . # \\\" \n\r\t\b\f"`);
    expect(structureOf(query)).toBe('SELECT DISTINCT ?imdb WHERE { ?item wdt:P1874 "" ; wdt:P345 ?imdb } LIMIT 5');
    expect(structureOf(buildServiceIdQuery('P6467', hostile, 'slug-suffix'))).toBe(
      'SELECT DISTINCT ?imdb WHERE { ?item wdt:P6467 ?id ; wdt:P345 ?imdb . FILTER(?id = "" || STRENDS(?id, "")) } LIMIT 5',
    );
  });

  it('refuses a malformed property id', () => {
    for (const property of ['P0', 'p1874', 'wdt:P1874', 'P1874 ; ?x', 'Q42', '']) {
      expect(() => buildServiceIdQuery(property, '80100172'), property).toThrow(RangeError);
    }
    expect(() => buildServiceIdQuery([], '80100172')).toThrow(RangeError);
    expect(() => buildServiceIdQuery(['P8055', 'P14440|wdt:P31'], 'B07QNH1GYX')).toThrow(RangeError);
  });

  it('writes SPARQL string literals with ECHAR escapes', () => {
    expect(sparqlStringLiteral('plain')).toBe('"plain"');
    expect(sparqlStringLiteral('a"b\\c')).toBe(String.raw`"a\"b\\c"`);
    expect(sparqlStringLiteral('\n\r\t\b\f')).toBe(String.raw`"\n\r\t\b\f"`);
  });

  it('sends the query as a GET on the SPARQL endpoint, asking for JSON', () => {
    const query = buildServiceIdQuery('P1874', '80100172');
    const url = wikidataQueryUrl(query);
    expect(url.startsWith('https://query.wikidata.org/sparql?format=json&query=')).toBe(true);
    expect(queryOf(url)).toBe(query);
  });
});

describe('parseImdbAnswer', () => {
  it('reads the one IMDb id', () => {
    expect(parseImdbAnswer(readJsonFixture('wikidata/imdb-one.json'))).toBe('tt14828838');
  });

  it('answers null for no item', () => {
    expect(parseImdbAnswer(readJsonFixture('wikidata/imdb-none.json'))).toBeNull();
  });

  it('answers null for two different ids: ambiguous', () => {
    expect(parseImdbAnswer(readJsonFixture('wikidata/imdb-two.json'))).toBeNull();
  });

  it('skips odd rows and repeats of the same id', () => {
    expect(parseImdbAnswer(readJsonFixture('wikidata/imdb-one-with-noise.json'))).toBe('tt14828838');
  });

  it('answers null for anything that is not a SPARQL answer', () => {
    expect(parseImdbAnswer(readJsonFixture('wikidata/malformed.json'))).toBeNull();
    for (const json of [null, 'tt14828838', [], {}, { results: null }, { results: { bindings: null } }]) {
      expect(parseImdbAnswer(json), JSON.stringify(json)).toBeNull();
    }
  });
});

describe('mapServiceIdToImdb', () => {
  it('maps a Netflix id to its IMDb id, naming itself to Wikimedia', async () => {
    const requests = stubFetch(() => jsonResponse(readJsonFixture('wikidata/imdb-one.json')));
    expect(await mapServiceIdToImdb('netflix', '81223914')).toBe('tt14828838');

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url.startsWith(`${WIKIDATA_SPARQL}?format=json&query=`)).toBe(true);
    expect(queryOf(request?.url ?? '')).toBe(buildServiceIdQuery('P1874', '81223914'));
    const headers = new Headers(request?.init?.headers);
    expect(headers.get('Api-User-Agent')).toBe(WIKIDATA_API_USER_AGENT);
    expect(WIKIDATA_API_USER_AGENT).toMatch(/^ShowFate\/\d/);
    expect(headers.get('Accept')).toBe('application/sparql-results+json');
    expect(request?.init?.credentials).toBe('omit');
  });

  it('sends each service id in the form Wikidata stores it', async () => {
    const requests = stubFetch(
      () => jsonResponse(readJsonFixture('wikidata/imdb-one.json')),
      () => jsonResponse(readJsonFixture('wikidata/imdb-one.json')),
    );
    await mapServiceIdToImdb('disney-plus', DISNEY_ENTITY);
    await mapServiceIdToImdb('hulu', HULU_UUID);
    expect(queryOf(requests[0]?.url ?? '')).toContain(`wdt:P13902 "entity-${DISNEY_ENTITY}"`);
    expect(queryOf(requests[1]?.url ?? '')).toContain(`STRENDS(?id, "-${HULU_UUID}")`);
  });

  it.each([
    ['no item', () => jsonResponse(readJsonFixture('wikidata/imdb-none.json'))],
    ['two different ids', () => jsonResponse(readJsonFixture('wikidata/imdb-two.json'))],
    ['the wrong shape', () => jsonResponse(readJsonFixture('wikidata/malformed.json'))],
    ['a query-service error page', () => textResponse('java.util.concurrent.TimeoutException\n\tat java.base/…')],
    ['truncated JSON', () => textResponse('{"head":{"vars":["imdb"]},"results":{"bindi')],
    ['HTTP 500', () => textResponse('', { status: 500 })],
    ['an oversized body', () => streamingResponse(300, 1000)],
    [
      'a network error',
      () => {
        throw new TypeError('Failed to fetch');
      },
    ],
  ])('answers null for %s', async (_name, handler) => {
    stubFetch(handler);
    expect(await mapServiceIdToImdb('netflix', '81223914')).toBeNull();
  });

  it('answers null at once for HTTP 429: the title search is quicker than a back-off', async () => {
    const requests = stubFetch(() => textResponse('', { status: 429, headers: { 'Retry-After': '1' } }));
    expect(await mapServiceIdToImdb('netflix', '81223914')).toBeNull();
    expect(requests).toHaveLength(1);
  });

  it('asks with a short timeout and a small size limit, and answers null when they are passed', async () => {
    const fetchText = vi.fn(async () => {
      throw new SourceUnavailableError('Wikidata', 'timeout', 'no answer within 5000 ms');
    });
    expect(await mapServiceIdToImdb('netflix', '81223914', { fetchText })).toBeNull();
    expect(fetchText).toHaveBeenCalledWith(
      expect.stringMatching(/^https:\/\/query\.wikidata\.org\/sparql\?/),
      expect.objectContaining({ source: 'Wikidata', timeoutMs: 5_000, maxBytes: 200_000, maxRetries: 0 }),
    );
  });

  it('never asks for ids that fit no form, nor for services without a property', async () => {
    const requests = stubFetch();
    for (const id of ['"; DROP', '81214929"}', 'https://www.netflix.com/title/81214929']) {
      expect(await mapServiceIdToImdb('netflix', id)).toBeNull();
    }
    expect(await mapServiceIdToImdb('peacock', '4902514835143843112')).toBeNull();
    expect(await mapServiceIdToImdb('paramount-plus', 'tulsa-king')).toBeNull();
    expect(requests).toEqual([]);
  });

  it("rethrows the caller's own abort instead of answering null", async () => {
    const controller = new AbortController();
    stubFetch(hangingHandler);
    const pending = mapServiceIdToImdb('netflix', '81223914', { signal: controller.signal });
    const reason = new DOMException('navigated away', 'AbortError');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);

    const requests = stubFetch();
    await expect(mapServiceIdToImdb('netflix', '81223914', { signal: controller.signal })).rejects.toBe(reason);
    expect(requests).toEqual([]);
  });
});
