/**
 * The data sources' addresses, in one place: the manifest's host permissions and every request URL
 * are built from these constants. A URL is never taken from a page, an API answer or a feed and then
 * fetched: pages are untrusted, and the background holds host permissions they don't.
 */

/** TVmaze's API (no key, CORS open, CC BY-SA data). */
export const TVMAZE_API = 'https://api.tvmaze.com';

/** TVmaze's human-facing site: the only origin a kept `tvmazeUrl` (the attribution link) may point to. */
export const TVMAZE_WEB = 'https://www.tvmaze.com';

/** Google News' RSS search endpoint (no key). */
export const GOOGLE_NEWS_RSS = 'https://news.google.com/rss/search';

/** Wikidata's SPARQL endpoint (no key, CORS open, CC0 data): a service's title id → an IMDb id. */
export const WIKIDATA_SPARQL = 'https://query.wikidata.org/sparql';

/**
 * Hosts the background fetches from, for the manifest's `host_permissions` (wxt.config.ts).
 * A plain mutable array because the manifest type is `string[]` and WXT may append to it in dev mode.
 *
 * Adding a source: add its base URL constant above and its pattern here. Trade-press feeds
 * (e.g. 'https://deadline.com/*', 'https://tvline.com/*', 'https://variety.com/*') fit here too,
 * but each host added here becomes an install-time permission warning; a feed the user turns on
 * in the options page belongs in `optional_host_permissions`, requested at that moment instead.
 */
export const SOURCE_HOST_PERMISSIONS: string[] = [
  'https://api.tvmaze.com/*',
  'https://news.google.com/*',
  'https://query.wikidata.org/*',
];
