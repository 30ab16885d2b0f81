/**
 * Max / HBO Max, under every name it has had: play.max.com, play.hbomax.com, www.max.com,
 * www.hbomax.com and bare hbomax.com (docs/detection.md, HBO Max: the HBO Max → Max → HBO Max
 * rebrands broke peers that matched one host). Show pages `/show/<id>`, film pages `/movie/<id>`, the marketing site's
 * `/shows/<slug>` and `/movies/<slug>`, the first HBO Max's `/page/urn:hbo:page:<id>:type:series`;
 * players `/video/watch/…`, `/player/urn:hbo:…` and the first HBO Max's `/episode/urn:hbo:episode:…`,
 * `/feature/urn:hbo:feature:…`.
 */

import { STREAMING_SERVICE_FACTS, type TitleKind } from '../domain';
import { readCurrentTitleMetadata, readShowFromJsonLd } from './json-ld-show';
import { urlMatchesAnyPattern } from './match-pattern';
import { jsonLdTypes, readDocumentTitle, readText } from './page-metadata';
import { createPageReading, firstUsableTitle, fromMarkup, fromStructuredData, fromTabTitle } from './page-show';
import type { PageMatch, PageReading, StreamingService } from './service';
import { firstKnownKind, hasEpisodeMarker, kindFromOgType } from './title-kind';

export const MAX_MATCHES = [
  'https://play.max.com/*',
  'https://play.hbomax.com/*',
  'https://www.max.com/*',
  'https://www.hbomax.com/*',
  // Bare hbomax.com is linked too; www.hbomax.com redirects to play.hbomax.com since the 2025-07
  // rebrand (josuesto/stream-comfort `fixtures/hbomax/README.md`, 2026-09-07).
  'https://hbomax.com/*',
];

// Country and language before the route on the relaunched sites: /gb/en/, /es/, /pt-br/.
const LOCALE_PREFIX = /^(?:\/[a-z]{2}(?:-[a-z]{2})?){1,2}(?=\/)/i;
const SEGMENT = '[^/]+';

interface MaxRoute {
  pattern: RegExp;
  kind: TitleKind;
}

// Title routes; the last capture group is the id.
const TITLE_ROUTES: MaxRoute[] = [
  { pattern: new RegExp(`^/show/(${SEGMENT})/?$`), kind: 'series' },
  { pattern: new RegExp(`^/movie/(${SEGMENT})/?$`), kind: 'film' },
  // Marketing pages: a slug, sometimes followed by an id.
  { pattern: new RegExp(`^/shows/(?:${SEGMENT}/)?(${SEGMENT})/?$`), kind: 'series' },
  { pattern: new RegExp(`^/movies/(?:${SEGMENT}/)?(${SEGMENT})/?$`), kind: 'film' },
  { pattern: /^\/page\/(urn:hbo:page:[A-Za-z0-9_-]+:type:series)\/?$/, kind: 'series' },
  { pattern: /^\/series\/(urn:hbo:series:[A-Za-z0-9_-]+)\/?$/, kind: 'series' },
  { pattern: /^\/page\/(urn:hbo:page:[A-Za-z0-9_-]+:type:feature)\/?$/, kind: 'film' },
];

const PLAYER_ROUTES: MaxRoute[] = [
  { pattern: /^\/video\/watch\/[^/]+(?:\/[^/]+)?\/?$/, kind: 'unknown' },
  { pattern: /^\/player\/urn:hbo:[^/]+$/, kind: 'unknown' },
  { pattern: /^\/episode\/urn:hbo:episode:[^/]+$/, kind: 'series' },
  { pattern: /^\/feature\/urn:hbo:feature:[^/]+$/, kind: 'film' },
];

function routePath(url: URL): string {
  return url.pathname.replace(LOCALE_PREFIX, '');
}

export function detectMaxPage(url: URL): PageMatch | null {
  if (!urlMatchesAnyPattern(url, MAX_MATCHES)) {
    return null;
  }
  const path = routePath(url);
  for (const route of TITLE_ROUTES) {
    const id = route.pattern.exec(path)?.[1];
    if (id) {
      return { kind: 'title', serviceTitleId: id };
    }
  }
  if (PLAYER_ROUTES.some((route) => route.pattern.test(path))) {
    // Player ids are the episode's or the edit's, not the show's.
    return { kind: 'player', serviceTitleId: null };
  }
  return null;
}

function kindFromRoute(url: URL): TitleKind {
  const path = routePath(url);
  return [...TITLE_ROUTES, ...PLAYER_ROUTES].find((route) => route.pattern.test(path))?.kind ?? 'unknown';
}

function readMaxTitlePage(document: Document, url: URL, match: PageMatch): PageReading | null {
  const titleId = match.serviceTitleId;
  const { show, og } = readCurrentTitleMetadata(document, titleId);
  const title = firstUsableTitle(
    fromStructuredData(show?.name),
    fromStructuredData(og?.title),
    // "Name • Max", "Name | HBO Max" (docs/detection.md). On a show or film page only: the
    // player's tab title is the episode's.
    fromTabTitle(readDocumentTitle(document)),
  );
  return createPageReading('max', match, {
    title,
    year: show?.year ?? null,
    kind: firstKnownKind(kindFromRoute(url), show?.kind ?? 'unknown', og ? kindFromOgType(og.type) : 'unknown'),
  });
}

// The player overlay's title ("The Last of Us") and its "S1 E3: Episode" line, in the main
// document (no shadow DOM): PreMiD/Activities `websites/H/HBO Max` (2025-07 to 2026-07) and
// josuesto/stream-comfort `fixtures/hbomax/player-es.html` (inspected 2026-09-07). The player's tab
// title is the episode's name ("Trust Fall • HBO Max", Gabrieldev707/ControlFawkes `max.js`,
// 2026-08-26), so it is never read here.
const PLAYER_TITLE = '[data-testid="player-ux-asset-title"]';
const PLAYER_SEASON_EPISODE = '[data-testid="player-ux-season-episode"]';

function readMaxPlayer(document: Document, url: URL, match: PageMatch): PageReading | null {
  const routeKind = kindFromRoute(url);
  const show = readShowFromJsonLd(document, {
    // A series node in the head is a leftover of the show page the viewer came from; only a film's
    // or an episode's node describes what plays.
    acceptShow: (node) => jsonLdTypes(node).includes('Movie'),
  });
  if (show) {
    return createPageReading('max', match, { title: fromStructuredData(show.name), year: show.year, kind: show.kind });
  }
  const episodeLine = readText(document, PLAYER_SEASON_EPISODE);
  return createPageReading('max', match, {
    title: fromMarkup(readText(document, PLAYER_TITLE)),
    kind: firstKnownKind(routeKind, hasEpisodeMarker(episodeLine) ? 'series' : 'unknown'),
  });
}

function readMaxPage(document: Document, url: URL): PageReading | null {
  const match = detectMaxPage(url);
  if (!match) {
    return null;
  }
  return match.kind === 'player' ? readMaxPlayer(document, url, match) : readMaxTitlePage(document, url, match);
}

export const maxService: StreamingService = {
  id: 'max',
  name: STREAMING_SERVICE_FACTS.max.name,
  matches: MAX_MATCHES,
  examples: {
    title: [
      'https://play.max.com/show/c8ea8e19-cae7-4683-9b62-cdbbed744784',
      'https://play.hbomax.com/show/c8ea8e19-cae7-4683-9b62-cdbbed744784',
      'https://play.max.com/movie/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      'https://www.max.com/shows/the-last-of-us/c8ea8e19-cae7-4683-9b62-cdbbed744784',
      'https://www.hbomax.com/gb/en/shows/succession/5a8f1b2c-3d4e-4f50-a617-b8c9d0e1f2a3',
      'https://www.max.com/movies/dune/7d6c5b4a-3f2e-4d1c-b0a9-f8e7d6c5b4a3',
      'https://play.hbomax.com/page/urn:hbo:page:GVU2cggagzYNJjhsJATwo:type:series',
      'https://hbomax.com/shows/the-pitt/4a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      'https://hbomax.com/show/c8ea8e19-cae7-4683-9b62-cdbbed744784',
    ],
    player: [
      'https://play.max.com/video/watch/6a3b5c7d-9e1f-4a2b-8c3d-5e7f9a1b3c5d/0f2e4d6c-8b0a-4c2e-9f4d-6b8a0c2e4f6a',
      'https://play.hbomax.com/player/urn:hbo:episode:GYsDFogXZzsImwwEAAAAE',
      'https://play.hbomax.com/episode/urn:hbo:episode:GYsDFogXZzsImwwEAAAAE',
      'https://play.hbomax.com/feature/urn:hbo:feature:GYjbQ4gW6Z8JdwwEAAAJL',
      'https://play.hbomax.com/video/watch/6a3b5c7d-9e1f-4a2b-8c3d-5e7f9a1b3c5d',
    ],
    none: [
      'https://play.max.com/',
      'https://play.max.com/home',
      'https://play.max.com/search',
      'https://play.max.com/settings/profile',
      'https://www.max.com/',
      'https://www.hbomax.com/gb/en',
      'https://play.hbomax.com/page/urn:hbo:page:home',
      'https://hbomax.com/',
    ],
  },
  detect: detectMaxPage,
  read: readMaxPage,
};
