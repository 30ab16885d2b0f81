/**
 * Which URLs are show pages, from the URL alone: what the content script that runs on every page
 * of a streaming site needs, and nothing else (issue 12: under 12 KB gzipped). Each service's own
 * `detect` and match patterns are imported by name, so the bundler leaves its page readers out;
 * tests/content/show-page-urls.test.ts checks this list against the registry, service by service.
 */

import type { ServiceId } from '../domain';
import { APPLE_TV_MATCHES, detectAppleTvPage } from '../services/apple-tv';
import { DISNEY_PLUS_MATCHES, detectDisneyPlusPage } from '../services/disney-plus';
import { detectHuluPage, HULU_MATCHES } from '../services/hulu';
import { detectImdbPage, IMDB_MATCHES } from '../services/imdb';
import { urlMatchesAnyPattern } from '../services/match-pattern';
import { detectMaxPage, MAX_MATCHES } from '../services/max';
import { detectNetflixPage, NETFLIX_MATCHES } from '../services/netflix';
import { detectParamountPlusPage, PARAMOUNT_PLUS_MATCHES } from '../services/paramount-plus';
import { detectPeacockPage, PEACOCK_MATCHES } from '../services/peacock';
import { detectPrimeVideoPage, PRIME_VIDEO_MATCHES } from '../services/prime-video';
import type { PageMatch } from '../services/service';

export interface ShowPageUrls {
  id: ServiceId;
  matches: readonly string[];
  detect(url: URL): PageMatch | null;
}

/** In the registry's order (utils/services/registry.ts). */
export const SHOW_PAGE_URLS: readonly ShowPageUrls[] = [
  { id: 'netflix', matches: NETFLIX_MATCHES, detect: detectNetflixPage },
  { id: 'prime-video', matches: PRIME_VIDEO_MATCHES, detect: detectPrimeVideoPage },
  { id: 'disney-plus', matches: DISNEY_PLUS_MATCHES, detect: detectDisneyPlusPage },
  { id: 'hulu', matches: HULU_MATCHES, detect: detectHuluPage },
  { id: 'max', matches: MAX_MATCHES, detect: detectMaxPage },
  { id: 'apple-tv', matches: APPLE_TV_MATCHES, detect: detectAppleTvPage },
  { id: 'paramount-plus', matches: PARAMOUNT_PLUS_MATCHES, detect: detectParamountPlusPage },
  { id: 'peacock', matches: PEACOCK_MATCHES, detect: detectPeacockPage },
  { id: 'imdb', matches: IMDB_MATCHES, detect: detectImdbPage },
];

/** The service whose patterns cover this URL (as `findServiceForUrl`), without its readers. */
export function serviceOfUrl(url: URL): ShowPageUrls | undefined {
  return SHOW_PAGE_URLS.find((service) => urlMatchesAnyPattern(url, service.matches));
}

/** Every service's match patterns, once each: the content script's `matches`. */
export const SHOW_SITE_MATCHES: string[] = [...new Set(SHOW_PAGE_URLS.flatMap((service) => service.matches))];
