/**
 * Peacock (www.peacocktv.com) (detection.md, Peacock): in-app title pages
 * `/watch/asset/tv/<slug>/<id>` and `/watch/asset/movies/<slug>/<id>`, the player
 * `/watch/playback/…`, and the public catalogue pages `/stream-tv/<slug>`, `/stream-movies/<slug>`.
 */

import { readCurrentTitleMetadata } from './json-ld-show';
import { urlMatchesAnyPattern } from './match-pattern';
import { readDocumentTitle, readText } from './page-metadata';
import { createPageShow, firstUsableTitle } from './page-show';
import type { PageMatch, PageShow, StreamingService, TitleKind } from './service';
import { firstKnownKind, hasEpisodeMarker } from './title-kind';

const PEACOCK_MATCHES = ['https://www.peacocktv.com/*'];

const SLUG = '[a-z0-9][a-z0-9-]*';
// Asset pages: the numeric or uuid-like id after the slug is the title's; season tabs may follow.
const ASSET_PATH = new RegExp(`^/watch/asset/(tv|movies)/${SLUG}/([A-Za-z0-9-]+)(?:/.*)?$`, 'i');
const CATALOGUE_PATH = new RegExp(`^/(stream-tv|stream-movies)/(${SLUG})/?$`, 'i');
const PLAYER_PATH = /^\/watch\/playback\/.+/;

function detectPeacockPage(url: URL): PageMatch | null {
  if (!urlMatchesAnyPattern(url, PEACOCK_MATCHES)) {
    return null;
  }
  const asset = ASSET_PATH.exec(url.pathname);
  if (asset?.[2]) {
    return { kind: 'title', serviceTitleId: asset[2] };
  }
  const catalogue = CATALOGUE_PATH.exec(url.pathname);
  if (catalogue?.[2]) {
    return { kind: 'title', serviceTitleId: catalogue[2].toLowerCase() };
  }
  if (PLAYER_PATH.test(url.pathname)) {
    // Playback ids are the episode's or the film's.
    return { kind: 'player', serviceTitleId: null };
  }
  return null;
}

function kindFromPath(url: URL): TitleKind {
  const section = ASSET_PATH.exec(url.pathname)?.[1] ?? CATALOGUE_PATH.exec(url.pathname)?.[1];
  if (section === 'tv' || section === 'stream-tv') {
    return 'series';
  }
  return section === 'movies' || section === 'stream-movies' ? 'film' : 'unknown';
}

function readPeacockTitlePage(document: Document, url: URL, match: PageMatch): PageShow | null {
  const titleId = match.serviceTitleId;
  const { show, og } = readCurrentTitleMetadata(document, titleId);
  // og:title and <title> (detection.md), after JSON-LD, which the catalogue pages carry.
  const title = firstUsableTitle(show?.name, og?.title ?? null, readDocumentTitle(document));
  return createPageShow('peacock', match, {
    title,
    year: show?.year ?? null,
    kind: firstKnownKind(kindFromPath(url), show?.kind ?? 'unknown'),
  });
}

// The player's header title and the metadata panel's title (detection.md). BEM class names, not
// hashed. Which one names the show rather than the episode is unverified: the header comes first
// and the kind is only 'series' when an episode marker ("S1 E3") is shown beside it.
const PLAYER_HEADER = '.playback-header';
const PLAYER_HEADER_TITLE = '.playback-header__title';
const PLAYER_METADATA_TITLE = '.playback-metadata__container-title';

function readPeacockPlayer(document: Document, match: PageMatch): PageShow | null {
  const header = readText(document, PLAYER_HEADER);
  return createPageShow('peacock', match, {
    title: firstUsableTitle(readText(document, PLAYER_HEADER_TITLE), readText(document, PLAYER_METADATA_TITLE)),
    kind: hasEpisodeMarker(header) ? 'series' : 'unknown',
  });
}

function readPeacockPage(document: Document, url: URL): PageShow | null {
  const match = detectPeacockPage(url);
  if (!match) {
    return null;
  }
  return match.kind === 'player' ? readPeacockPlayer(document, match) : readPeacockTitlePage(document, url, match);
}

export const peacockService: StreamingService = {
  id: 'peacock',
  name: 'Peacock',
  matches: PEACOCK_MATCHES,
  tvmazeNetworks: ['Peacock'],
  examples: {
    title: [
      'https://www.peacocktv.com/watch/asset/tv/the-office/4902514835143843112',
      'https://www.peacocktv.com/watch/asset/tv/poker-face/7cd1a28a-2b33-3d6f-a4a6-e5c9d2f1a0b3/seasons/1',
      'https://www.peacocktv.com/watch/asset/movies/oppenheimer/1e3f5a7c-9b2d-3e4f-8a6b-0c1d2e3f4a5b',
      'https://www.peacocktv.com/stream-tv/the-office',
      'https://www.peacocktv.com/stream-movies/oppenheimer',
    ],
    player: [
      'https://www.peacocktv.com/watch/playback/vod/GMO_00000000224510_02_HDSDR/4b2c8e1a-6d3f-3a5b-9c7e-1f0a2b3c4d5e',
      'https://www.peacocktv.com/watch/playback/playable/9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4',
    ],
    none: [
      'https://www.peacocktv.com/',
      'https://www.peacocktv.com/watch/home',
      'https://www.peacocktv.com/watch/search',
      'https://www.peacocktv.com/watch/tv',
      'https://www.peacocktv.com/watch/movies',
      'https://www.peacocktv.com/watch/account',
      'https://www.peacocktv.com/watch/asset/tv/',
    ],
  },
  detect: detectPeacockPage,
  read: readPeacockPage,
};
