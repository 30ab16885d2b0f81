/**
 * Peacock (www.peacocktv.com) (docs/detection.md, Peacock): in-app title pages
 * `/watch/asset/tv/<slug>/<id>` and `/watch/asset/movie(s)/<slug>/<id>`, their canonical public
 * twins `/watch-online/(tv|movies)/<slug>/<id>`, the player `/watch/playback/…`, and the older
 * catalogue pages `/stream-tv/<slug>`, `/stream-movies/<slug>`. Episode pages under a show's URL
 * (`…/<id>/seasons/1/episodes/<slug>/<uuid>`) are the show's.
 */

import { STREAMING_SERVICE_FACTS, type TitleKind } from '../domain';
import { readCurrentTitleMetadata } from './json-ld-show';
import { urlMatchesAnyPattern } from './match-pattern';
import { readDocumentTitle, readText } from './page-metadata';
import { createPageReading, firstUsableTitle, fromMarkup, fromStructuredData, fromTabTitle } from './page-show';
import type { PageMatch, PageReading, StreamingService } from './service';
import { firstKnownKind, hasEpisodeMarker } from './title-kind';

export const PEACOCK_MATCHES = ['https://www.peacocktv.com/*'];

// Slugs keep the title's dots: "mrs.-davis" (cultpodcasts/RedditPodcastPoster, Peacock URL
// matcher tests, 2026).
const SLUG = '[a-z0-9][a-z0-9.-]*';
// Asset pages: the numeric or uuid-like id after the slug is the title's; season and episode paths
// may follow. `/watch/asset/movie/…` (singular) is as real as `/movies/` (RedditPodcastPoster's
// tests rewrite one to the other), and `/watch-online/…` is the public twin of each asset page.
const ASSET_PATH = new RegExp(`^/(?:watch/asset|watch-online)/(tv|movies?)/${SLUG}/([A-Za-z0-9-]+)(?:/.*)?$`, 'i');
// Catalogue pages named by their slug alone: `/stream-tv/<slug>`, and `/watch-online/tv/<slug>` as
// linked from other sites.
const CATALOGUE_PATH = new RegExp(`^/(stream-tv|stream-movies|watch-online/tv|watch-online/movies)/(${SLUG})/?$`, 'i');
const PLAYER_PATH = /^\/watch\/playback\/.+/;

export function detectPeacockPage(url: URL): PageMatch | null {
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
  const section = (ASSET_PATH.exec(url.pathname)?.[1] ?? CATALOGUE_PATH.exec(url.pathname)?.[1])?.toLowerCase();
  if (section === 'tv' || section === 'stream-tv' || section === 'watch-online/tv') {
    return 'series';
  }
  const films = ['movie', 'movies', 'stream-movies', 'watch-online/movies'];
  return section && films.includes(section) ? 'film' : 'unknown';
}

function readPeacockTitlePage(document: Document, url: URL, match: PageMatch): PageReading | null {
  const titleId = match.serviceTitleId;
  const { show, og } = readCurrentTitleMetadata(document, titleId);
  const title = firstUsableTitle(
    fromStructuredData(show?.name),
    fromStructuredData(og?.title),
    // "The Office - Peacock": the in-app asset pages carry no server-rendered meta, and
    // PreMiD/Activities `websites/P/Peacock/presence.ts` (2026-07-23) names them by their tab title.
    fromTabTitle(readDocumentTitle(document)),
  );
  return createPageReading('peacock', match, {
    title,
    year: show?.year ?? null,
    kind: firstKnownKind(kindFromPath(url), show?.kind ?? 'unknown'),
  });
}

// The player's title: PreMiD/Activities `websites/P/Peacock/presence.ts` (2026-07-23) reads
// `[data-testid="metadata-title"]` first, and its description `[data-testid="metadata-description"]`
// holds the episode line; the 2020 BEM classes (header title, metadata panel title) are kept after
// it. The kind is only 'series' when an episode marker ("S1 E3") is shown.
const PLAYER_TITLE = '[data-testid="metadata-title"]';
const PLAYER_DESCRIPTION = '[data-testid="metadata-description"]';
const PLAYER_HEADER = '.playback-header';
const PLAYER_HEADER_TITLE = '.playback-header__title';
const PLAYER_METADATA_TITLE = '.playback-metadata__container-title';

function readPeacockPlayer(document: Document, match: PageMatch): PageReading | null {
  const episodeLines = [readText(document, PLAYER_DESCRIPTION), readText(document, PLAYER_HEADER)];
  return createPageReading('peacock', match, {
    title: firstUsableTitle(
      fromMarkup(readText(document, PLAYER_TITLE)),
      fromMarkup(readText(document, PLAYER_HEADER_TITLE)),
      fromMarkup(readText(document, PLAYER_METADATA_TITLE)),
    ),
    kind: episodeLines.some(hasEpisodeMarker) ? 'series' : 'unknown',
  });
}

function readPeacockPage(document: Document, url: URL): PageReading | null {
  const match = detectPeacockPage(url);
  if (!match) {
    return null;
  }
  return match.kind === 'player' ? readPeacockPlayer(document, match) : readPeacockTitlePage(document, url, match);
}

export const peacockService: StreamingService = {
  id: 'peacock',
  name: STREAMING_SERVICE_FACTS.peacock.name,
  matches: PEACOCK_MATCHES,
  examples: {
    title: [
      'https://www.peacocktv.com/watch/asset/tv/the-office/4902514835143843112',
      'https://www.peacocktv.com/watch/asset/tv/poker-face/7cd1a28a-2b33-3d6f-a4a6-e5c9d2f1a0b3/seasons/1',
      'https://www.peacocktv.com/watch/asset/movies/oppenheimer/1e3f5a7c-9b2d-3e4f-8a6b-0c1d2e3f4a5b',
      'https://www.peacocktv.com/stream-tv/the-office',
      'https://www.peacocktv.com/stream-movies/oppenheimer',
      // Canonical public pages, the singular movie route and dotted slugs (cultpodcasts/RedditPodcastPoster).
      'https://www.peacocktv.com/watch-online/tv/mrs.-davis/5074205589847182112',
      'https://www.peacocktv.com/watch-online/tv/parks-and-recreation/5883799404534408112/seasons/1',
      'https://www.peacocktv.com/watch-online/tv/the-office-uk/8893980556248533112/seasons/1/episodes/work-experience-episode-2/9694b7a9-ffae-3b84-9606-5f852ccffee0',
      'https://www.peacocktv.com/watch-online/movies/despicable-me-2/41bacec9-efbf-3ae4-8358-5f4c1917c743',
      'https://www.peacocktv.com/watch-online/tv/the-office',
      'https://www.peacocktv.com/watch/asset/movie/despicable-me-2/f45c2853-4230-3910-aa53-51ac37f5a788',
      'https://www.peacocktv.com/watch/asset/tv/mrs.-davis/5074205589847182112',
      'https://www.peacocktv.com/watch/asset/tv/the-office-uk/8893980556248533112/seasons/1/episodes/work-experience-episode-2/9694b7a9-ffae-3b84-9606-5f852ccffee0',
    ],
    player: [
      'https://www.peacocktv.com/watch/playback/vod/GMO_00000000224510_02_HDSDR/4b2c8e1a-6d3f-3a5b-9c7e-1f0a2b3c4d5e',
      'https://www.peacocktv.com/watch/playback/playable/9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4',
      'https://www.peacocktv.com/watch/playback/vod/GMO_00000000391471_01/8e388082-094f-3974-951b-03332f1a1e67',
      'https://www.peacocktv.com/watch/playback/vod/_/99d0061c-9f02-3093-819d-c397049a8106',
    ],
    none: [
      'https://www.peacocktv.com/',
      'https://www.peacocktv.com/watch/home',
      'https://www.peacocktv.com/watch/search',
      'https://www.peacocktv.com/watch/tv',
      'https://www.peacocktv.com/watch/movies',
      'https://www.peacocktv.com/watch/account',
      'https://www.peacocktv.com/watch/asset/tv/',
      'https://www.peacocktv.com/watch-online/tv',
      'https://www.peacocktv.com/watch-online/movies/',
    ],
  },
  detect: detectPeacockPage,
  read: readPeacockPage,
};
