/**
 * From what a page says (PageShow) to the TVmaze show, by the most exact key available:
 * an IMDb id first (no guessing), then the service's own id mapped to an IMDb id through Wikidata,
 * then the title with the year and the service's networks.
 *
 * Outcomes, which the caller treats differently:
 * - `{ show, method }`: found;
 * - `null`: TVmaze answered and no confident match exists (the panel says "not found"), or the page is a film;
 * - throws `SourceUnavailableError`: TVmaze could not be asked (offline, timeout, 429, odd answer),
 *   so the caller serves its cache marked outdated instead of claiming "not found".
 *   Wikidata being unavailable never throws: it only costs the exact step, and the title search follows.
 */

import type { MatchMethod, PageShow, ResolvedShow, ServiceId } from '../domain';
import { isImdbId, type TvmazeCandidate, type TvmazeClient, tvmazeClient } from '../providers/tvmaze';
import { hasWikidataServiceProperty, mapServiceIdToImdb } from '../providers/wikidata';
import { chooseShowMatch } from './match-show';

export interface ResolvedMatch {
  show: ResolvedShow;
  method: Extract<MatchMethod, 'imdb-id' | 'service-id' | 'title'>;
  /**
   * 1 for an exact id (the page's IMDb id, or the service's id through Wikidata);
   * the matcher's confidence (0.55–1) for a title match.
   */
  confidence: number;
}

/** A service's title id → its IMDb id, or null; throws only the caller's abort. */
export type ServiceIdToImdb = (
  service: ServiceId,
  serviceTitleId: string,
  options: { signal?: AbortSignal },
) => Promise<string | null>;

export interface ResolveShowOptions {
  signal?: AbortSignal;
  /** The Wikidata step; tests inject one that needs no network. */
  mapServiceIdToImdb?: ServiceIdToImdb;
}

export async function resolveShow(
  query: PageShow,
  preferredNetworks: readonly string[],
  client: TvmazeClient = tvmazeClient,
  options: ResolveShowOptions = {},
): Promise<ResolvedMatch | null> {
  // Films get no series status; the caller shows its film notice. TVmaze lists no films anyway,
  // so a lookup could only find a same-titled series.
  if (query.kind === 'film') return null;
  const { signal } = options;

  // A page's id is untrusted input: only a well-formed tt… id is sent, anything else falls to the title.
  if (isImdbId(query.imdbId)) {
    const show = await client.lookupByImdb(query.imdbId, { signal });
    if (show) return { show, method: 'imdb-id', confidence: 1 };
    // TVmaze doesn't know every IMDb id (new or obscure shows): the title may still find it.
  }

  const title = query.title.trim();
  const matchTitle = (candidates: TvmazeCandidate[]): ResolvedMatch | null => {
    const match = chooseShowMatch(candidates, { title, year: query.year, kind: query.kind }, preferredNetworks);
    return match ? { show: match.show, method: 'title', confidence: match.confidence } : null;
  };

  // No usable IMDb id, but the service's own id (a Netflix number, …): Wikidata may map it to one
  // (P1874 Netflix ID → P345 IMDb ID, …; see utils/providers/wikidata.ts). An exact id beats any title match.
  // Wikidata and the title search don't depend on each other, so both are asked at once (issue 12):
  // a cold lookup waits for the slower of the two, not their sum. When the search already holds the
  // show Wikidata names (TVmaze's search answers carry each show's IMDb id), no third request is needed.
  if (!isImdbId(query.imdbId) && query.serviceTitleId !== null && hasWikidataServiceProperty(query.service)) {
    const searching = settle(title === '' ? Promise.resolve([]) : client.searchShows(title, { signal }));
    const imdbId = await mapServiceIdSafely(query.service, query.serviceTitleId, options);
    if (imdbId !== null) {
      const searched = await searching;
      const found = searched.ok ? searched.value.find((candidate) => candidate.show.imdbId === imdbId) : undefined;
      if (found) return { show: found.show, method: 'service-id', confidence: 1 };
      const show = await client.lookupByImdb(imdbId, { signal });
      if (show) return { show, method: 'service-id', confidence: 1 };
      // Wikidata knows the title, TVmaze not under that IMDb id (a film, a season's id): try the title.
    }
    const searched = await searching;
    if (!searched.ok) throw searched.error;
    return title === '' ? null : matchTitle(searched.value);
  }

  if (title === '') return null;
  return matchTitle(await client.searchShows(title, { signal }));
}

/** A promise's outcome as a value: a search started early must not reject unobserved if it isn't needed. */
async function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * The Wikidata step, held to "never throws but the caller's abort" whatever mapper is injected:
 * Wikidata is an extra, TVmaze the source of record. An answer that isn't an IMDb id counts as none.
 */
async function mapServiceIdSafely(
  service: ServiceId,
  serviceTitleId: string,
  options: ResolveShowOptions,
): Promise<string | null> {
  const { signal } = options;
  try {
    const imdbId = await (options.mapServiceIdToImdb ?? mapServiceIdToImdb)(service, serviceTitleId, { signal });
    return isImdbId(imdbId) ? imdbId : null;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    console.warn('ShowFate: Wikidata mapping failed', error);
    return null;
  }
}
