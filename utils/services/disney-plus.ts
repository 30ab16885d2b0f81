/**
 * Disney+ (www.disneyplus.com) (docs/detection.md, Disney+): details pages `/browse/entity-<uuid>`
 * (older `/<locale>/series/<slug>/<id>` and `/movies/<slug>/<id>`), player `/play/<uuid>` (older
 * `/<locale>/video/<uuid>`). JSON-LD can be stale after in-app navigation, so head tags are only
 * trusted when their URL names this page's id. The player's title lives in an open shadow root.
 */

import { STREAMING_SERVICE_FACTS, type TitleKind } from '../domain';
import { readCurrentTitleMetadata } from './json-ld-show';
import { urlMatchesAnyPattern } from './match-pattern';
import { querySelectorDeep, readDocumentTitle, readImageAlt, spacedText } from './page-metadata';
import { createPageReading, firstUsableTitle, fromMarkup, fromStructuredData, fromTabTitle } from './page-show';
import type { PageMatch, PageReading, StreamingService } from './service';
import { firstKnownKind, hasEpisodeMarker, kindFromOgType } from './title-kind';

export const DISNEY_PLUS_MATCHES = ['https://www.disneyplus.com/*'];

// Language-region prefix: /en-gb/, /nl-nl/, /fr-ca/ (or a bare language).
const LOCALE_PREFIX = /^\/[a-z]{2}(?:-[a-z]{2})?(?=\/)/i;
const ENTITY_PATH = /^\/browse\/entity-([0-9a-f-]{36})\/?$/i;
const SERIES_OR_MOVIE_PATH = /^\/(series|movies)\/[^/]+\/([A-Za-z0-9-]+)\/?$/;
const PLAYER_PATH = /^\/(?:play|video)\/[A-Za-z0-9-]+\/?$/;

export function detectDisneyPlusPage(url: URL): PageMatch | null {
  if (!urlMatchesAnyPattern(url, DISNEY_PLUS_MATCHES)) {
    return null;
  }
  const path = url.pathname.replace(LOCALE_PREFIX, '');
  const entityId = ENTITY_PATH.exec(path)?.[1];
  if (entityId) {
    return { kind: 'title', serviceTitleId: entityId };
  }
  const legacyId = SERIES_OR_MOVIE_PATH.exec(path)?.[2];
  if (legacyId) {
    return { kind: 'title', serviceTitleId: legacyId };
  }
  if (PLAYER_PATH.test(path)) {
    // The playback id is the episode's or the film's, not the series entity's.
    return { kind: 'player', serviceTitleId: null };
  }
  return null;
}

/** What the older URLs say about the kind: /series/… or /movies/…. */
function kindFromPath(url: URL): TitleKind {
  const section = SERIES_OR_MOVIE_PATH.exec(url.pathname.replace(LOCALE_PREFIX, ''))?.[1];
  if (section === 'series') {
    return 'series';
  }
  return section === 'movies' ? 'film' : 'unknown';
}

// The details page's title treatment image, whose alt is the name. Seen by PreMiD/Activities
// `websites/D/Disney+/presence.ts` from 2024-05 to 2026-08 (docs/detection.md, Disney+).
const TITLE_TREATMENT_IMAGE = '[data-testid="details-title-treatment"] img';

function readDisneyPlusDetails(document: Document, url: URL, match: PageMatch): PageReading | null {
  const titleId = match.serviceTitleId;
  // Only head tags whose URL names this entity: the app keeps the first page's after navigating.
  const { show, og } = readCurrentTitleMetadata(document, titleId, { requireUrl: true });
  const title = firstUsableTitle(
    fromStructuredData(show?.name),
    fromStructuredData(og?.title),
    fromMarkup(readImageAlt(document, TITLE_TREATMENT_IMAGE)),
    // "<Name> | Disney+".
    fromTabTitle(readDocumentTitle(document)),
  );
  return createPageReading('disney-plus', match, {
    title,
    year: show?.year ?? null,
    kind: firstKnownKind(kindFromPath(url), show?.kind ?? 'unknown', og ? kindFromOgType(og.type) : 'unknown'),
  });
}

// The player's title bar: the show's or film's name, and for an episode a subtitle like
// "T1:E1 Never Meet Your Heroes". Measured on the live player 2026-08-26 by
// Gabrieldev707/ControlFawkes `browser-extension/src/content/providers/disney.js`: both sit inside
// the `title-bug` element's open shadow root (title-bug ▸ .title-btn ▸ .title-field/.subtitle-field),
// and the whole overlay leaves the DOM after about 12 s without mouse movement (the content script
// keeps the last good reading for the URL). PreMiD stopped reading these in 2026-03.
const PLAYER_TITLE = '.title-btn .title-field, .title-field';
const PLAYER_SUBTITLE = '.title-btn .subtitle-field, .subtitle-field';

function deepText(document: Document, selector: string): string | null {
  const element = querySelectorDeep(document, selector);
  return element ? spacedText(element) || null : null;
}

function readDisneyPlusPlayer(document: Document, match: PageMatch): PageReading | null {
  const subtitle = deepText(document, PLAYER_SUBTITLE);
  const overlayTitle = deepText(document, PLAYER_TITLE);
  if (overlayTitle) {
    const kind = hasEpisodeMarker(subtitle) ? 'series' : subtitle ? 'unknown' : 'film';
    return createPageReading('disney-plus', match, { title: fromMarkup(overlayTitle), kind });
  }
  // Without the overlay, the tab title ("Hawkeye | Disney+", same source) still names the work,
  // but says nothing of its kind.
  return createPageReading('disney-plus', match, { title: fromTabTitle(readDocumentTitle(document)) });
}

function readDisneyPlusPage(document: Document, url: URL): PageReading | null {
  const match = detectDisneyPlusPage(url);
  if (!match) {
    return null;
  }
  return match.kind === 'player' ? readDisneyPlusPlayer(document, match) : readDisneyPlusDetails(document, url, match);
}

export const disneyPlusService: StreamingService = {
  id: 'disney-plus',
  name: STREAMING_SERVICE_FACTS['disney-plus'].name,
  matches: DISNEY_PLUS_MATCHES,
  examples: {
    title: [
      'https://www.disneyplus.com/browse/entity-7df81cf5-6be5-4e05-9ff6-da33baf0b94d',
      'https://www.disneyplus.com/en-gb/browse/entity-3a5596d6-0291-4ca7-8e3f-4d3c1a2b5e6f',
      'https://www.disneyplus.com/en-gb/series/the-mandalorian/3jLIGMDYINqD',
      'https://www.disneyplus.com/series/loki/6pARMvILBGzF',
      'https://www.disneyplus.com/movies/encanto/33q7DY1rtHQH',
      'https://www.disneyplus.com/fr-fr/movies/soul/77zlWrb9vRYp',
    ],
    player: [
      'https://www.disneyplus.com/play/5b1b7b34-8a0e-4c5e-a3b1-9d0c1f2e3a4b',
      'https://www.disneyplus.com/en-gb/play/0c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5',
      'https://www.disneyplus.com/nl-nl/video/f3f11053-d810-4b92-9c95-567bef5f215d',
    ],
    none: [
      'https://www.disneyplus.com/',
      'https://www.disneyplus.com/home',
      'https://www.disneyplus.com/en-gb/home',
      'https://www.disneyplus.com/search',
      'https://www.disneyplus.com/browse/',
      'https://www.disneyplus.com/account',
      'https://www.disneyplus.com/watchlist',
      'https://www.disneyplus.com/brand/pixar',
    ],
  },
  // The player's overlay comes and goes inside its shadow roots.
  readsShadowRoots: true,
  detect: detectDisneyPlusPage,
  read: readDisneyPlusPage,
};
