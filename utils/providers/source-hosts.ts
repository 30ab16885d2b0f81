/**
 * The data sources' addresses, in one place: the manifest's host permissions and every request URL
 * are built from these constants. A URL is never taken from a page, an API answer or a feed and then
 * fetched: pages are untrusted, and the background holds host permissions they don't.
 */
import type { MessageId } from '../i18n/translate';

/** TVmaze's API (no key, CORS open, CC BY-SA data). */
export const TVMAZE_API = 'https://api.tvmaze.com';

/** TVmaze's human-facing site: the only origin a kept `tvmazeUrl` (the attribution link) may point to. */
export const TVMAZE_WEB = 'https://www.tvmaze.com';

/** Google News' RSS search endpoint (no key). */
export const GOOGLE_NEWS_RSS = 'https://news.google.com/rss/search';

/** Wikidata's SPARQL endpoint (no key, CORS open, CC0 data): a service's title id → an IMDb id. */
export const WIKIDATA_SPARQL = 'https://query.wikidata.org/sparql';

/** A source the background always may ask, and what it tells that source (the options page's privacy list). */
export interface SourceHost {
  /** The source as people know it. */
  name: string;
  /** Its base URL: the host permission is its origin. */
  baseUrl: string;
  /** What it receives, as a message id (`public/_locales`). */
  receives: MessageId;
  /** When it receives it. */
  when: MessageId;
}

/**
 * The install-time data sources, declared once: the manifest's host permissions below and the
 * options page's privacy section are derived from this table (trade feeds: `utils/domain/news-sources.ts`).
 */
export const SOURCE_HOSTS = {
  tvmaze: { name: 'TVmaze', baseUrl: TVMAZE_API, receives: 'privacyTvmazeReceives', when: 'privacyWhenAlways' },
  'google-news': {
    name: 'Google News',
    baseUrl: GOOGLE_NEWS_RSS,
    receives: 'privacyGoogleNewsReceives',
    when: 'privacyWhenGoogleNews',
  },
  wikidata: {
    name: 'Wikidata',
    baseUrl: WIKIDATA_SPARQL,
    receives: 'privacyWikidataReceives',
    when: 'privacyWhenWikidata',
  },
} as const satisfies Record<string, SourceHost>;

/**
 * Hosts the background fetches from, for the manifest's `host_permissions` (wxt.config.ts).
 * A plain mutable array because the manifest type is `string[]` and WXT may append to it in dev mode.
 *
 * Adding a source: add its base URL constant above and its row to `SOURCE_HOSTS`. Trade-press feeds
 * (e.g. 'https://deadline.com/*', 'https://tvline.com/*', 'https://variety.com/*') fit here too,
 * but each host added here becomes an install-time permission warning; a feed the user turns on
 * in the options page belongs in `optional_host_permissions`, requested at that moment instead.
 */
export const SOURCE_HOST_PERMISSIONS: string[] = Object.values(SOURCE_HOSTS).map(
  (source) => `${new URL(source.baseUrl).origin}/*`,
);
/**
 * OMDb (https://www.omdbapi.com/): IMDb's rating and votes, Rotten Tomatoes' critics score and
 * Metacritic's, by IMDb id. Needs the user's own key; asked for only once one is saved.
 */
export const OMDB_API = 'https://www.omdbapi.com';

/** TMDB's API (https://developer.themoviedb.org/): its vote average and its own status. Needs the user's key. */
export const TMDB_API = 'https://api.themoviedb.org';

/** TMDB's human-facing site: the only origin a TMDB rating links to (built from TMDB's numeric id). */
export const TMDB_WEB = 'https://www.themoviedb.org';

/**
 * The keyed rating APIs' hosts: optional host permissions (wxt.config.ts), asked for in the options
 * page when the user saves that API's key, never at install. One entry per API, so a key asks for
 * its own host only.
 */
export const RATING_API_HOST_PERMISSIONS = {
  omdb: 'https://www.omdbapi.com/*',
  tmdb: 'https://api.themoviedb.org/*',
} as const satisfies Record<string, string>;

export type RatingApi = keyof typeof RATING_API_HOST_PERMISSIONS;

/** The keyed rating APIs, in the order the options page lists them. */
export const RATING_APIS: readonly RatingApi[] = ['omdb', 'tmdb'];

/**
 * Rotten Tomatoes' and Metacritic's sites: a rating from OMDb links to a search on its own site for
 * the title (OMDb gives no page address for either; see utils/providers/omdb.ts).
 */
export const ROTTEN_TOMATOES_WEB = 'https://www.rottentomatoes.com';
export const METACRITIC_WEB = 'https://www.metacritic.com';
