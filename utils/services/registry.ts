/**
 * Every streaming service ShowFate reads, listed explicitly: adding a service is one file, its
 * fixtures and one line here (tests/services/convention.test.ts fails on a service left out).
 */

import { appleTvService } from './apple-tv';
import { disneyPlusService } from './disney-plus';
import { huluService } from './hulu';
import { imdbService } from './imdb';
import { urlMatchesAnyPattern } from './match-pattern';
import { maxService } from './max';
import { netflixService } from './netflix';
import { paramountPlusService } from './paramount-plus';
import { peacockService } from './peacock';
import { primeVideoService } from './prime-video';
import type { PageMatch, StreamingService } from './service';

export const STREAMING_SERVICES: readonly StreamingService[] = [
  netflixService,
  primeVideoService,
  disneyPlusService,
  huluService,
  maxService,
  appleTvService,
  paramountPlusService,
  peacockService,
  imdbService,
];

/**
 * The service whose match patterns cover this URL. Mostly that is the host; Amazon's patterns
 * also name the path (/gp/video/*), so the rest of the store belongs to no service.
 */
export function findServiceForUrl(url: URL): StreamingService | undefined {
  return STREAMING_SERVICES.find((service) => urlMatchesAnyPattern(url, service.matches));
}

/** The service and what its URL says, when the URL is a page about one title; null otherwise. */
export function detectPage(url: URL): { service: StreamingService; match: PageMatch } | null {
  const service = findServiceForUrl(url);
  const match = service?.detect(url);
  return service && match ? { service, match } : null;
}

/** Every service's match patterns, once each: the content script's `matches`. */
export const CONTENT_SCRIPT_MATCHES: string[] = [...new Set(STREAMING_SERVICES.flatMap((service) => service.matches))];
