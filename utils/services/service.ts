/**
 * The interface every streaming service implements, one file per service, listed in `registry.ts`.
 * Detection is pure: functions of a `URL` and a `Document`, never `location`, storage or messaging,
 * so each service is tested on saved markup (tests/fixtures/<service>/<case>.html).
 */

export const SERVICE_IDS = [
  'netflix',
  'prime-video',
  'disney-plus',
  'hulu',
  'max',
  'apple-tv',
  'paramount-plus',
  'peacock',
  'imdb',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

/** What kind of page a URL is, as far as the URL alone tells. */
export type PageKind = 'title' | 'player';

/** A URL the service claims, before the page's markup is read. */
export interface PageMatch {
  kind: PageKind;
  /** The service's own id for the title, when the URL carries it (Netflix 80100172, an IMDb tt…). */
  serviceTitleId: string | null;
}

export type TitleKind = 'series' | 'film' | 'unknown';

/** What a page says about the show it is about: the query the background resolves. */
export interface PageShow {
  service: ServiceId;
  /** The service's own id for the title (stable key for remembered corrections), or null. */
  serviceTitleId: string | null;
  /** Cleaned title: no "Watch …", "| Netflix Official Site", "Season 4". */
  title: string;
  /** A year the page shows (premiere or release), or null. */
  year: number | null;
  kind: TitleKind;
  /** An exact IMDb id (tt…), when the page carries one. */
  imdbId: string | null;
  pageKind: PageKind;
}

export interface ServiceExamples {
  /** URLs of show/title pages this service claims. */
  title: string[];
  /** URLs of episode/player pages this service claims. */
  player: string[];
  /** URLs on this service's hosts that are not about one show (home, search, account, browse rows). */
  none: string[];
}

export interface StreamingService {
  id: ServiceId;
  /** Name shown to people ("Prime Video"). */
  name: string;
  /** Match patterns for the content script and for hosts (https://www.netflix.com/*). */
  matches: string[];
  /** The TVmaze network / web channel names this service publishes under, for scoring matches. */
  tvmazeNetworks: string[];
  examples: ServiceExamples;
  /** Whether this URL is a page about one title, from the URL alone. */
  detect(url: URL): PageMatch | null;
  /**
   * Reads the show off the page's current DOM; null when the markup holds nothing usable yet
   * (single-page apps render late: the caller retries on DOM changes for a while).
   */
  read(document: Document, url: URL): PageShow | null;
}
