/**
 * Wikidata: from a streaming service's own title id to the title's IMDb id, without guessing by title.
 * One SPARQL query (https://query.wikidata.org, no key, CC0 data): the item holding the service's id,
 * and its IMDb ID (P345). The caller then looks the IMDb id up on TVmaze, the source of record.
 *
 * Wikidata is an extra: every failure (offline, timeout, 429, odd answer, no item, two items) answers null
 * and the caller falls back to the title search. The only throw is the caller's own abort.
 *
 * A page's id is untrusted input: it is checked whole against its service's id form below and only then
 * put in the query, escaped anyway. An id that fits no form is never sent.
 */
import * as v from 'valibot';
import type { ServiceId } from '../domain';
import { fetchText } from './http';
import { WIKIDATA_SPARQL } from './source-hosts';
import { isImdbId } from './tvmaze';

export const WIKIDATA_SOURCE = 'Wikidata';

/**
 * Wikimedia asks browser code to name itself in `Api-User-Agent` (it can't set `User-Agent`):
 * https://meta.wikimedia.org/wiki/User-Agent_policy
 */
export const WIKIDATA_API_USER_AGENT = 'ShowFate/0.1 (browser extension)';

/**
 * The Wikidata properties used here. How each was confirmed (no live Wikidata access while writing this;
 * a property is listed only when public code that queries Wikidata names it the same way):
 * - P345, P1874: docs/data-sources.md, and many SPARQL queries in public repositories.
 * - P6467, P7596, P8055, P8298, P9751: named identically in several unrelated projects' Wikidata code;
 *   P9751 also in josh/wikidatabots, a bot that edits it (`not_found_P9751.py`, "Apple TV show ID").
 * - P13902 (Disney+ browse ID, `entity-<uuid>`), P14440 (Prime Video ID), P14462 (Prime Video GTI,
 *   `amzn1.dv.gti.<uuid>`): newer properties, each named with its value form by two or three projects.
 * Left out, unconfirmed: Paramount+ and Peacock. One project alone names P13147 and P11815 for them, with
 * value forms (a video id; a "tv/<slug>" path) that don't match what their pages give us (a show slug;
 * an asset id): sending their ids could only miss or, worse, hit something else.
 */
export const WIKIDATA_PROPERTY = {
  imdbId: 'P345',
  netflixId: 'P1874',
  huluSeriesId: 'P6467',
  disneyPlusSeriesId: 'P7596',
  amazonPrimeVideoId: 'P8055',
  hboMaxId: 'P8298',
  appleTvShowId: 'P9751',
  disneyPlusBrowseId: 'P13902',
  primeVideoId: 'P14440',
  primeVideoGti: 'P14462',
} as const;

const P = WIKIDATA_PROPERTY;

/**
 * Each service's series property on Wikidata: the services whose page ids can be mapped.
 * Some services have a second property for a newer id form (Disney+'s entity ids, Prime Video's GTIs);
 * `WIKIDATA_ID_FORMS` says which property takes which form.
 */
export const WIKIDATA_SERVICE_PROPERTIES: Partial<Record<ServiceId, string>> = {
  netflix: P.netflixId,
  'disney-plus': P.disneyPlusSeriesId,
  hulu: P.huluSeriesId,
  'prime-video': P.amazonPrimeVideoId,
  'apple-tv': P.appleTvShowId,
  max: P.hboMaxId,
};

/** Whether ShowFate knows a Wikidata property for this service's ids. */
export function hasWikidataServiceProperty(service: ServiceId): boolean {
  return WIKIDATA_SERVICE_PROPERTIES[service] !== undefined;
}

/**
 * How the query matches the value:
 * - 'exact': the stored value is exactly `value`;
 * - 'slug-suffix': the stored value is `value`, or ends with "-" + `value` (Hulu stores "slug-uuid"
 *   as its URLs show it, while the page gives us the uuid alone; the uuid alone is unique).
 */
export type WikidataValueMatch = 'exact' | 'slug-suffix';

/** What to ask Wikidata for one page id: the value as Wikidata stores it, in which properties. */
export interface WikidataServiceKey {
  properties: readonly string[];
  value: string;
  match: WikidataValueMatch;
}

export interface ServiceIdForm {
  /** The whole id as the service's detector gives it (`PageShow.serviceTitleId`). */
  pattern: RegExp;
  /** The properties whose values take this form; several only when the id's shape can't collide. */
  properties: readonly [string, ...string[]];
  /** The stored value, from the page's id (default: the id as is). */
  toValue?: (id: string) => string;
  match?: WikidataValueMatch;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const lower = (id: string) => id.toLowerCase();

/**
 * Per service, the id forms its detector gives (utils/services/*.ts) and the value each is sent as.
 * Patterns are anchored and narrow: digits, letters, and only the separators the form has.
 */
export const WIKIDATA_ID_FORMS: Partial<Record<ServiceId, readonly ServiceIdForm[]>> = {
  // /title/80100172: the number as is.
  netflix: [{ pattern: /^[1-9]\d{5,9}$/, properties: [P.netflixId] }],
  'disney-plus': [
    // /browse/entity-<uuid>: P13902 stores "entity-<uuid>" (collections are "page-…": never a show's page).
    {
      pattern: new RegExp(`^${UUID}$`, 'i'),
      properties: [P.disneyPlusBrowseId],
      toValue: (id) => `entity-${lower(id)}`,
    },
    // Older /series/<slug>/<id>: P7596 stores the 12-character id alone.
    { pattern: /^[A-Za-z0-9]{12}$/, properties: [P.disneyPlusSeriesId] },
  ],
  // /series/<slug>-<uuid>: the detector keeps the uuid only (lower case); see 'slug-suffix'.
  hulu: [{ pattern: new RegExp(`^${UUID}$`, 'i'), properties: [P.huluSeriesId], toValue: lower, match: 'slug-suffix' }],
  'prime-video': [
    // An amazon.com ASIN: P8055 holds the US store's; P14440 may hold one too.
    { pattern: /^B0[0-9A-Z]{8}$/, properties: [P.amazonPrimeVideoId, P.primeVideoId] },
    // primevideo.com's own 26-character id.
    { pattern: /^[0-9A-Z]{26}$/, properties: [P.primeVideoId] },
    { pattern: new RegExp(`^amzn1\\.dv\\.gti\\.${UUID}$`, 'i'), properties: [P.primeVideoGti], toValue: lower },
  ],
  // /show/<slug>/umc.cmc.<id>: the id as is (lower case letters and digits).
  'apple-tv': [{ pattern: /^umc\.cmc\.[a-z0-9]{10,40}$/, properties: [P.appleTvShowId] }],
  // P8298's formatter URL is https://play.hbomax.com/$1, so a value is the page's path after the host.
  // "series/urn:hbo:series:…" values exist (public code reading P8298 meets them); "page/…" and
  // "show/<uuid>" (today's play.max.com/show/<uuid>) follow from the formatter, unverified against live data.
  max: [
    { pattern: new RegExp(`^${UUID}$`, 'i'), properties: [P.hboMaxId], toValue: (id) => `show/${lower(id)}` },
    { pattern: /^urn:hbo:series:[A-Za-z0-9_-]{10,40}$/, properties: [P.hboMaxId], toValue: (id) => `series/${id}` },
    {
      pattern: /^urn:hbo:page:[A-Za-z0-9_-]{10,40}:type:series$/,
      properties: [P.hboMaxId],
      toValue: (id) => `page/${id}`,
    },
  ],
};

/** The key to send for a page id, or null when the service has no property or the id fits no form. */
export function wikidataKeyForServiceId(service: ServiceId, serviceTitleId: string): WikidataServiceKey | null {
  for (const form of WIKIDATA_ID_FORMS[service] ?? []) {
    if (!form.pattern.test(serviceTitleId)) continue;
    return {
      properties: form.properties,
      value: form.toValue ? form.toValue(serviceTitleId) : serviceTitleId,
      match: form.match ?? 'exact',
    };
  }
  return null;
}

// --- Query --------------------------------------------------------------------------------------

const PROPERTY_ID = /^P[1-9]\d{0,8}$/;

const SPARQL_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A SPARQL double-quoted string literal (ECHAR escapes, SPARQL 1.1 §19.7) holding `value` and nothing more. */
export function sparqlStringLiteral(value: string): string {
  return `"${value.replace(/[\\"\n\r\t\b\f]/g, (char) => SPARQL_ESCAPES[char] ?? '')}"`;
}

/**
 * The IMDb ids of the items whose `property` (or any of several) holds `id`:
 * `SELECT DISTINCT ?imdb WHERE { ?item wdt:P1874 "80100172" ; wdt:P345 ?imdb } LIMIT 5`.
 * DISTINCT so that five rows are five different ids; two are enough to call the answer ambiguous.
 * Callers pass an id already checked against its form (`wikidataKeyForServiceId`); it is escaped anyway.
 * Throws RangeError for a malformed property id (a programming error, never page input).
 */
export function buildServiceIdQuery(
  property: string | readonly string[],
  id: string,
  match: WikidataValueMatch = 'exact',
): string {
  const properties = typeof property === 'string' ? [property] : property;
  if (properties.length === 0 || !properties.every((p) => PROPERTY_ID.test(p))) {
    throw new RangeError(`not Wikidata property ids: ${JSON.stringify(properties).slice(0, 80)}`);
  }
  const path = properties.length === 1 ? `wdt:${properties[0]}` : `(${properties.map((p) => `wdt:${p}`).join('|')})`;
  const imdb = `wdt:${WIKIDATA_PROPERTY.imdbId} ?imdb`;
  if (match === 'exact') {
    return `SELECT DISTINCT ?imdb WHERE { ?item ${path} ${sparqlStringLiteral(id)} ; ${imdb} } LIMIT 5`;
  }
  return (
    `SELECT DISTINCT ?imdb WHERE { ?item ${path} ?id ; ${imdb} . ` +
    `FILTER(?id = ${sparqlStringLiteral(id)} || STRENDS(?id, ${sparqlStringLiteral(`-${id}`)})) } LIMIT 5`
  );
}

/** The request URL for a query (GET: short queries, and WDQS caches GETs). */
export function wikidataQueryUrl(query: string): string {
  return `${WIKIDATA_SPARQL}?format=json&query=${encodeURIComponent(query)}`;
}

// --- Answer -------------------------------------------------------------------------------------

/** SPARQL 1.1 Query Results JSON: only `results.bindings` matters; the rest may be anything. */
const SparqlAnswerSchema = v.object({ results: v.object({ bindings: v.array(v.unknown()) }) });

const ImdbBindingSchema = v.object({ imdb: v.object({ type: v.literal('literal'), value: v.string() }) });

/**
 * The one IMDb title id a SPARQL answer gives, or null: for none, for several different ones (the service
 * id is on two items, or the item has two IMDb ids: ambiguous), and for anything that isn't such an answer.
 * Rows without a usable `?imdb` and non-title IMDb ids (nm…, co…) are skipped.
 */
export function parseImdbAnswer(json: unknown): string | null {
  const answer = v.safeParse(SparqlAnswerSchema, json);
  if (!answer.success) return null;
  const ids = new Set<string>();
  for (const binding of answer.output.results.bindings) {
    const row = v.safeParse(ImdbBindingSchema, binding);
    if (row.success && isImdbId(row.output.imdb.value)) ids.add(row.output.imdb.value);
  }
  const [only, ...others] = ids;
  return only !== undefined && others.length === 0 ? only : null;
}

// --- Request ------------------------------------------------------------------------------------

export interface WikidataRequestOptions {
  /** Injected in tests; defaults to the shared `fetchText`. */
  fetchText?: typeof fetchText;
  /** The caller's own abort: rethrown as is. */
  signal?: AbortSignal;
}

/** A page lookup waits on this: short, since the title search is the fallback anyway. */
const WIKIDATA_TIMEOUT_MS = 5_000;
/** Five rows of JSON are under 1 KB; anything near this is not the answer we asked for. */
const WIKIDATA_MAX_BYTES = 200_000;

/**
 * The IMDb id Wikidata gives for a service's title id, or null (no property for the service, an id that
 * fits no form, no item, an ambiguous answer, or Wikidata unavailable). Never throws but the caller's abort.
 */
export async function mapServiceIdToImdb(
  service: ServiceId,
  serviceTitleId: string,
  options: WikidataRequestOptions = {},
): Promise<string | null> {
  const key = wikidataKeyForServiceId(service, serviceTitleId);
  if (!key) return null;
  const { signal } = options;
  try {
    const response = await (options.fetchText ?? fetchText)(
      wikidataQueryUrl(buildServiceIdQuery(key.properties, key.value, key.match)),
      {
        source: WIKIDATA_SOURCE,
        timeoutMs: WIKIDATA_TIMEOUT_MS,
        maxBytes: WIKIDATA_MAX_BYTES,
        headers: { Accept: 'application/sparql-results+json', 'Api-User-Agent': WIKIDATA_API_USER_AGENT },
        // A 429 is not waited out: the title search is quicker than any back-off.
        maxRetries: 0,
        signal,
      },
    );
    return parseImdbAnswer(JSON.parse(response.text));
  } catch {
    if (signal?.aborted) throw signal.reason;
    // Offline, timeout, HTTP error, not JSON: the title search decides instead.
    return null;
  }
}
