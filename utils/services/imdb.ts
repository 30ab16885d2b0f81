/**
 * IMDb (www.imdb.com, m.imdb.com) (docs/detection.md, IMDb): `/title/tt…/` and its sub-pages
 * (`/episodes`, `/reviews`…), also under a language prefix (`/fr/title/tt…`). The tt id is an
 * exact key, so the title matters less here than anywhere else. IMDb has no player; its video
 * pages (`/video/vi…?playlistId=tt…`, `/title/tt…/videoplayer/vi…`) play a title's trailers and
 * are claimed as the player kind.
 */

import { type Rating, STREAMING_SERVICE_FACTS, type TitleKind } from '../domain';
import { yearInParentheses } from './clean-title';
import { type ImdbAppStateTitle, readImdbAppState } from './imdb-app-state';
import { readShowFromJsonLd } from './json-ld-show';
import { urlMatchesAnyPattern } from './match-pattern';
import {
  describesTitle,
  findJsonLdNode,
  type JsonLdNode,
  jsonLdText,
  jsonLdTypes,
  readDocumentTitle,
  readJsonLd,
  readMeta,
  spacedText,
  yearFromDate,
} from './page-metadata';
import { createPageReading, firstUsableTitle, fromMarkup, fromStructuredData, fromTabTitle } from './page-show';
import type { PageMatch, PageReading, StreamingService } from './service';
import { firstKnownKind, kindFromOgType, kindFromSchemaTypes } from './title-kind';

export const IMDB_MATCHES = ['https://www.imdb.com/*', 'https://m.imdb.com/*'];

const LOCALE_PREFIX = /^\/[a-z]{2}(?:-[a-z]{2})?(?=\/)/i;
const IMDB_ID = /^tt\d{7,}$/;
const TITLE_PATH = /^\/title\/(tt\d{7,})(?:\/.*)?$/;
const TITLE_VIDEO_PATH = /^\/title\/(tt\d{7,})\/videoplayer\/vi\d+\/?$/;
const VIDEO_PATH = /^\/video\/vi\d+\/?$/;

export function detectImdbPage(url: URL): PageMatch | null {
  if (!urlMatchesAnyPattern(url, IMDB_MATCHES)) {
    return null;
  }
  const path = url.pathname.replace(LOCALE_PREFIX, '');
  const videoTitleId = TITLE_VIDEO_PATH.exec(path)?.[1];
  if (videoTitleId) {
    return { kind: 'player', serviceTitleId: videoTitleId };
  }
  const titleId = TITLE_PATH.exec(path)?.[1];
  if (titleId) {
    return { kind: 'title', serviceTitleId: titleId };
  }
  // A bare video page is not known to be about one title; with the playlist of a title it is.
  const playlistId = url.searchParams.get('playlistId');
  if (VIDEO_PATH.test(path) && playlistId && IMDB_ID.test(playlistId)) {
    return { kind: 'player', serviceTitleId: playlistId };
  }
  return null;
}

function imdbIdInHref(href: string | null | undefined): string | null {
  return href ? (/\/title\/(tt\d{7,})/.exec(href)?.[1] ?? null) : null;
}

/** The kind IMDb's title string says: "(TV Series 2008–2013)", "(TV Movie 2019)", "(2019)". */
function kindFromTitleParenthesis(raw: string | null): TitleKind {
  const parenthesis = raw ? /\(([^()]*)\)\s*(?:[-|⭐].*)?$/u.exec(raw)?.[1] : undefined;
  if (!parenthesis) {
    return 'unknown';
  }
  if (/\b(?:TV\s+(?:Mini[\s-])?Series|Série|Serie|Miniserie|Mini-série)\b/iu.test(parenthesis)) {
    return 'series';
  }
  // A bare year is how IMDb titles films; a "TV Movie" or "TV Special" is a one-off too.
  if (/^\s*\d{4}\s*$/.test(parenthesis) || /\bTV\s+(?:Movie|Special)\b/i.test(parenthesis)) {
    return 'film';
  }
  return 'unknown';
}

// Above an episode's title, the link to its series. Not in docs/detection.md: IMDb's hero-block
// data-testid as remembered from episode pages, unverified on the current layout; a JSON-LD
// partOfSeries comes first.
const SERIES_LINK = '[data-testid="hero-title-block__series-link"]';

/** An episode's page: reads its series, never the episode (whose tt is not the show's). */
function readImdbEpisodePage(
  document: Document,
  match: PageMatch,
  appState: ImdbAppStateTitle | null,
): PageReading | null {
  const series = readShowFromJsonLd(document, { acceptShow: () => false });
  const appSeries = appState?.series ?? null;
  const linkElement = document.querySelector(SERIES_LINK);
  const link = linkElement?.matches('a') ? linkElement : linkElement?.querySelector('a');
  const seriesId = imdbIdInHref(series?.url) ?? appSeries?.id ?? imdbIdInHref(link?.getAttribute('href'));
  const title = firstUsableTitle(
    fromStructuredData(series?.name),
    fromStructuredData(appSeries?.title),
    fromMarkup(linkElement ? spacedText(linkElement) : null),
  );
  return createPageReading('imdb', match, {
    title,
    year: series?.year ?? appSeries?.year ?? null,
    kind: 'series',
    imdbId: seriesId,
    serviceTitleId: seriesId,
  });
}

// The title types IMDb's JSON-LD uses: TVMiniSeries is a series; TVMovie and TVSpecial are one-off
// titles (tveronesi/imdbinfo, 2026-07, its `tests/sample_json_source/` payloads; docs/detection.md).
const TITLE_TYPES = ['TVSeries', 'TVMiniSeries', 'Movie', 'TVMovie', 'TVSpecial', 'TVEpisode', 'Episode'];

/** A JSON-LD number, which IMDb writes as a number and other pages as a string ("6.1", "1,500"). */
function jsonLdNumber(value: unknown): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/,/g, '')) : NaN;
  return Number.isFinite(number) ? number : null;
}

/**
 * The title's own IMDb rating: its JSON-LD `aggregateRating` (schema.org AggregateRating:
 * `ratingValue`, `ratingCount`, `bestRating`; IMDb writes bestRating 10 and worstRating 1, seen in
 * the title pages' JSON-LD that tveronesi/imdbinfo's samples hold, 2026-07). Only from the node that
 * describes this page's tt, and only a value within its scale: anything else is no rating.
 */
export function readImdbAggregateRating(node: JsonLdNode | null): Rating | null {
  const aggregate = node?.aggregateRating;
  if (!aggregate || typeof aggregate !== 'object' || Array.isArray(aggregate)) return null;
  const fields = aggregate as JsonLdNode;
  const value = jsonLdNumber(fields.ratingValue);
  const scale = fields.bestRating === undefined ? 10 : jsonLdNumber(fields.bestRating);
  const votes = jsonLdNumber(fields.ratingCount);
  if (value === null || scale !== 10 || value < 0 || value > scale) return null;
  const rating: Rating = { source: 'imdb', value, scale };
  if (votes !== null && Number.isInteger(votes) && votes >= 0 && votes <= 1e10) rating.votes = votes;
  return rating;
}

function readImdbTitlePage(document: Document, match: PageMatch): PageReading | null {
  const titleId = match.serviceTitleId;
  // imdb:pageConst is the page's own id (docs/detection.md); head tags naming another are stale.
  const pageConst = readMeta(document, 'imdb:pageConst');
  const headIsCurrent = !pageConst || pageConst === titleId;
  const node = findJsonLdNode(readJsonLd(document), TITLE_TYPES, (candidate) =>
    describesTitle(jsonLdText(candidate, 'url'), titleId),
  );
  const ogType = headIsCurrent ? readMeta(document, 'og:type') : null;
  const types = node ? jsonLdTypes(node) : [];
  // The app state only counts when it is about this page's tt (it goes stale like head tags).
  const state = readImdbAppState(document);
  const appState = state?.id === titleId ? state : null;
  if (types.includes('TVEpisode') || types.includes('Episode') || ogType === 'video.episode' || appState?.isEpisode) {
    return readImdbEpisodePage(document, match, appState);
  }
  const ogTitle = headIsCurrent ? readMeta(document, 'og:title') : null;
  const documentTitle = headIsCurrent ? readDocumentTitle(document) : null;
  // JSON-LD `name` is the title IMDb displays for the visitor's language/region; there is no
  // reliable "original title" field to prefer, and the tt id makes the match exact anyway.
  const title = firstUsableTitle(
    fromStructuredData(jsonLdText(node, 'name')),
    fromStructuredData(appState?.title),
    fromStructuredData(ogTitle),
    fromTabTitle(documentTitle),
  );
  return createPageReading('imdb', match, {
    title,
    year:
      yearFromDate(jsonLdText(node, 'datePublished') ?? jsonLdText(node, 'startDate')) ??
      appState?.year ??
      yearInParentheses(ogTitle) ??
      yearInParentheses(documentTitle),
    kind: firstKnownKind(
      kindFromSchemaTypes(types),
      appState?.kind ?? 'unknown',
      kindFromOgType(ogType),
      kindFromTitleParenthesis(ogTitle),
      kindFromTitleParenthesis(documentTitle),
    ),
    imdbId: titleId,
    pageRating: readImdbAggregateRating(node),
  });
}

/** A video page: the title is the one whose playlist plays; its name is on the link to it. */
function readImdbVideoPage(document: Document, match: PageMatch): PageReading | null {
  const titleId = match.serviceTitleId;
  const links = Array.from(document.querySelectorAll('a[href*="/title/tt"]')).filter(
    (link) => imdbIdInHref(link.getAttribute('href')) === titleId,
  );
  const title = firstUsableTitle(...links.map((link) => fromMarkup(spacedText(link))));
  return createPageReading('imdb', match, { title, imdbId: titleId });
}

function readImdbPage(document: Document, url: URL): PageReading | null {
  const match = detectImdbPage(url);
  if (!match) {
    return null;
  }
  return match.kind === 'player' ? readImdbVideoPage(document, match) : readImdbTitlePage(document, match);
}

export const imdbService: StreamingService = {
  id: 'imdb',
  name: STREAMING_SERVICE_FACTS.imdb.name,
  matches: IMDB_MATCHES,
  // Not a network: IMDb pages are matched by their exact tt id.
  examples: {
    title: [
      'https://www.imdb.com/title/tt0903747/',
      'https://www.imdb.com/title/tt5753856/?ref_=nv_sr_srsg_0',
      'https://www.imdb.com/title/tt0903747/episodes/?season=5',
      'https://m.imdb.com/title/tt0903747/',
      'https://www.imdb.com/fr/title/tt6468322/',
      'https://www.imdb.com/es-es/title/tt6468322/reviews',
    ],
    player: [
      'https://www.imdb.com/video/vi3286805273/?playlistId=tt0903747&ref_=tt_ov_vi',
      'https://www.imdb.com/title/tt0903747/videoplayer/vi3286805273/',
      'https://m.imdb.com/video/vi3286805273/?playlistId=tt0903747',
    ],
    none: [
      'https://www.imdb.com/',
      'https://www.imdb.com/name/nm0186505/',
      'https://www.imdb.com/chart/top/',
      'https://www.imdb.com/chart/toptv/',
      'https://www.imdb.com/find/?q=dark',
      'https://www.imdb.com/find?q=dark&s=tt',
      'https://m.imdb.com/chart/top/',
      'https://www.imdb.com/fr/name/nm0186505/',
      'https://www.imdb.com/video/vi3286805273/',
      'https://www.imdb.com/list/ls055592025/',
    ],
  },
  detect: detectImdbPage,
  read: readImdbPage,
};
