/**
 * Paramount+ (www.paramountplus.com) (docs/detection.md, Paramount+): show pages `/shows/<slug>/`
 * (and their tabs, `/shows/<slug>/episodes/`…), episode players `/shows/<slug>/video/<id>/<slug>/`
 * and `/shows/video/<id>/` (no show slug), film pages `/movies/<slug>/<id>/` and film players
 * `/movies/video/<id>/`. JSON-LD names the `TVSeries`, or the `Episode` with `partOfSeries`.
 * The show's slug is its stable id here: it is in most show and episode URLs.
 */

import { STREAMING_SERVICE_FACTS } from '../domain';
import { readShowFromJsonLd } from './json-ld-show';
import { urlMatchesAnyPattern } from './match-pattern';
import { describesTitle, jsonLdChild, jsonLdText, jsonLdTypes, readDocumentTitle, readMeta } from './page-metadata';
import { createPageReading, firstUsableTitle, fromStructuredData, fromTabTitle } from './page-show';
import type { PageMatch, PageReading, StreamingService } from './service';
import { firstKnownKind, kindFromOgType } from './title-kind';

export const PARAMOUNT_PLUS_MATCHES = ['https://www.paramountplus.com/*'];

// International storefronts prefix a country: /gb/shows/…, /au/movies/….
const LOCALE_PREFIX = /^\/[a-z]{2}(?=\/)/i;
// Slugs can hold underscores ("hawaii_five_0"), as yt-dlp's `yt_dlp/extractor/paramountplus.py`
// test URLs show (its last version, before the 2025-09 removal). "video" is a route, never a slug.
const SLUG = '(?!video(?:/|$))[a-z0-9][a-z0-9_-]*';
const EPISODE_PATH = new RegExp(`^/shows/(${SLUG})/video/[^/]+(?:/[^/]+)?/?$`, 'i');
const SHOW_PATH = new RegExp(`^/shows/(${SLUG})(?:/[^/]+)*/?$`, 'i');
// A player URL that names no show: `/shows/video/<id>/` (yt-dlp `paramountplus.py`; also how
// Paramount+ links are shared in other projects' tests).
const SHOWLESS_PLAYER_PATH = /^\/shows\/video\/[A-Za-z0-9_-]+\/?$/;
const FILM_PLAYER_PATH = /^\/movies\/video\/[^/]+\/?$/;
const FILM_PATH = new RegExp(`^/movies/(?!video/)${SLUG}/([A-Za-z0-9_-]+)/?$`, 'i');

export function detectParamountPlusPage(url: URL): PageMatch | null {
  if (!urlMatchesAnyPattern(url, PARAMOUNT_PLUS_MATCHES)) {
    return null;
  }
  const path = url.pathname.replace(LOCALE_PREFIX, '');
  if (SHOWLESS_PLAYER_PATH.test(path)) {
    return { kind: 'player', serviceTitleId: null };
  }
  const episodeShow = EPISODE_PATH.exec(path)?.[1];
  if (episodeShow) {
    // The episode URL still names its show: the slug is the show's id.
    return { kind: 'player', serviceTitleId: episodeShow.toLowerCase() };
  }
  const show = SHOW_PATH.exec(path)?.[1];
  if (show) {
    return { kind: 'title', serviceTitleId: show.toLowerCase() };
  }
  if (FILM_PLAYER_PATH.test(path)) {
    return { kind: 'player', serviceTitleId: null };
  }
  const filmId = FILM_PATH.exec(path)?.[1];
  if (filmId) {
    return { kind: 'title', serviceTitleId: filmId };
  }
  return null;
}

function readParamountPlusPage(document: Document, url: URL): PageReading | null {
  const match = detectParamountPlusPage(url);
  if (!match) {
    return null;
  }
  const path = url.pathname.replace(LOCALE_PREFIX, '');
  const isFilm = path.startsWith('/movies/');
  const titleId = match.serviceTitleId;
  const show = readShowFromJsonLd(document, {
    // A series node must be about this slug; on an episode page only the Episode node counts.
    acceptShow: (node) =>
      (match.kind === 'title' || jsonLdTypes(node).includes('Movie')) &&
      describesTitle(jsonLdText(node, 'url'), titleId),
    // Without a show slug in the URL, the page's Episode node is the only one there is to read.
    acceptPart: (node) => describesTitle(jsonLdText(jsonLdChild(node, 'partOfSeries'), 'url'), titleId),
  });
  const ogIsCurrent = match.kind === 'title' && describesTitle(readMeta(document, 'og:url'), titleId);
  // og:title and the tab title are the episode's on player pages, so only title pages read them.
  const title = firstUsableTitle(
    fromStructuredData(show?.name),
    fromStructuredData(ogIsCurrent ? readMeta(document, 'og:title') : null),
    // "Name | Paramount Plus" (docs/detection.md's clean-up list).
    fromTabTitle(match.kind === 'title' ? readDocumentTitle(document) : null),
  );
  return createPageReading('paramount-plus', match, {
    title,
    year: show?.year ?? null,
    kind: firstKnownKind(
      isFilm ? 'film' : 'series',
      show?.kind ?? 'unknown',
      ogIsCurrent ? kindFromOgType(readMeta(document, 'og:type')) : 'unknown',
    ),
  });
}

export const paramountPlusService: StreamingService = {
  id: 'paramount-plus',
  name: STREAMING_SERVICE_FACTS['paramount-plus'].name,
  matches: PARAMOUNT_PLUS_MATCHES,
  examples: {
    title: [
      'https://www.paramountplus.com/shows/tulsa-king/',
      'https://www.paramountplus.com/shows/star-trek-strange-new-worlds/episodes/',
      'https://www.paramountplus.com/gb/shows/yellowstone/',
      'https://www.paramountplus.com/shows/hawaii_five_0/',
      'https://www.paramountplus.com/shows/hawaii_five_0/episodes/',
      'https://www.paramountplus.com/movies/top-gun-maverick/wQH9yE_y_Dt1ekDYm3yelhhTyrmk2VsA/',
    ],
    player: [
      'https://www.paramountplus.com/shows/tulsa-king/video/Lr3a9Dq1bVYk_gdqPKMW5eGwGPYBTKxK/tulsa-king-go-west/',
      'https://www.paramountplus.com/gb/shows/yellowstone/video/xF6aM7RqJ8aB2cD4eF6gH8iJ0kL2mN4o/',
      'https://www.paramountplus.com/movies/video/wQH9yE_y_Dt1ekDYm3yelhhTyrmk2VsA/',
      'https://www.paramountplus.com/shows/video/esJvFlqdrcS_kFHnpxSuYp449E7tTexD/',
      'https://www.paramountplus.com/shows/video/esJvFlqdrcS_kFHnpxSuYp449E7tTexD',
      'https://www.paramountplus.com/shows/hawaii_five_0/video/AoXXIyaS4PQl1rBQsG0YJk7UvLmGmZkc/hawaii-five-0-ka-makani-kona/',
    ],
    none: [
      'https://www.paramountplus.com/',
      'https://www.paramountplus.com/home/',
      'https://www.paramountplus.com/shows/',
      'https://www.paramountplus.com/movies/',
      'https://www.paramountplus.com/search/',
      'https://www.paramountplus.com/account/',
      'https://www.paramountplus.com/gb/',
      'https://www.paramountplus.com/shows/video/',
    ],
  },
  detect: detectParamountPlusPage,
  read: readParamountPlusPage,
};
