/**
 * From what a page says (PageShow) to the TVmaze show, by the most exact key available:
 * an IMDb id first (no guessing), then the title with the year and the service's networks.
 *
 * Outcomes, which the caller treats differently:
 * - `{ show, method }`: found;
 * - `null`: TVmaze answered and no confident match exists (the panel says "not found"), or the page is a film;
 * - throws `SourceUnavailableError`: TVmaze could not be asked (offline, timeout, 429, odd answer),
 *   so the caller serves its cache marked outdated instead of claiming "not found".
 */
import { isImdbId, type TvmazeClient, tvmazeClient } from '../providers/tvmaze';
import type { PageShow } from '../services/service';
import { chooseShowMatch } from './match-show';
import type { ResolvedShow } from './show-report';

export interface ResolvedMatch {
  show: ResolvedShow;
  method: 'imdb-id' | 'title';
  /** 1 for an exact id; the matcher's confidence (0.55–1) for a title match. */
  confidence: number;
}

export interface ResolveShowOptions {
  signal?: AbortSignal;
}

export async function resolveShow(
  query: PageShow,
  preferredNetworks: string[],
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

  // EXTENSION POINT (service id → IMDb id): when `query.imdbId` is null but `query.serviceTitleId` is
  // set (a Netflix id, …), a Wikidata step (P1874 Netflix ID → P345 IMDb ID, see
  // shared/research/data-sources.md) goes here: map the id, then `client.lookupByImdb` as above, and
  // report it as MatchMethod 'service-id' (widen `ResolvedMatch['method']` then). It belongs before the
  // title search because an exact id beats any title match; a Wikidata failure must fall through to the
  // title search, never throw, since Wikidata is an extra and TVmaze is the source of record.

  const title = query.title.trim();
  if (title === '') return null;
  const candidates = await client.searchShows(title, { signal });
  const match = chooseShowMatch(candidates, { title, year: query.year, kind: query.kind }, preferredNetworks);
  return match ? { show: match.show, method: 'title', confidence: match.confidence } : null;
}
