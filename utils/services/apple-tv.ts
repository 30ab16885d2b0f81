/**
 * Apple TV+ (tv.apple.com) (docs/detection.md, Apple TV+): `/<country>/show/<slug>/umc.cmc.<id>`,
 * `/movie/…`, and episode pages `/episode/<slug>/umc.cmc.<id>?showId=umc.cmc.<show id>`, where
 * playback starts (claimed as the player kind). Pages carry `apple:title` and `apple:content_id`
 * meta tags and JSON-LD (`TVSeries`, `Movie`, or `Episode` with `partOfSeries`, possibly in `@graph`).
 */

import { STREAMING_SERVICE_FACTS } from '../domain';
import { readShowFromJsonLd } from './json-ld-show';
import { urlMatchesAnyPattern } from './match-pattern';
import { describesTitle, jsonLdText, readDocumentTitle, readMeta, spacedText, yearFromDate } from './page-metadata';
import { createPageReading, firstUsableTitle, fromMarkup, fromStructuredData, fromTabTitle } from './page-show';
import type { PageMatch, PageReading, StreamingService } from './service';

export const APPLE_TV_MATCHES = ['https://tv.apple.com/*'];

const CONTENT_ID = /^umc\.cmc\.[a-z0-9]+$/;
// Optional storefront country (/us/, /gb/); slugs may be percent-encoded non-Latin text.
const CONTENT_PATH = /^(?:\/[a-z]{2})?\/(show|movie|episode)\/(?:[^/]+\/)?(umc\.cmc\.[a-z0-9]+)\/?$/;

function showIdFromQuery(url: URL): string | null {
  const showId = url.searchParams.get('showId');
  return showId && CONTENT_ID.test(showId) ? showId : null;
}

export function detectAppleTvPage(url: URL): PageMatch | null {
  if (!urlMatchesAnyPattern(url, APPLE_TV_MATCHES)) {
    return null;
  }
  const match = CONTENT_PATH.exec(url.pathname);
  if (!match?.[1] || !match[2]) {
    return null;
  }
  if (match[1] === 'episode') {
    // The path's id is the episode's; the show's rides along as ?showId= when linked in-app.
    return { kind: 'player', serviceTitleId: showIdFromQuery(url) };
  }
  return { kind: 'title', serviceTitleId: match[2] };
}

function readAppleTvTitlePage(document: Document, url: URL, match: PageMatch): PageReading | null {
  const titleId = match.serviceTitleId;
  // apple:content_id names the item the meta tags describe; after in-app navigation they can
  // still describe the previous page.
  const contentId = readMeta(document, 'apple:content_id');
  const metaIsCurrent = !contentId || contentId === titleId;
  const show = readShowFromJsonLd(document, {
    acceptShow: (node) => describesTitle(jsonLdText(node, 'url'), titleId),
  });
  const ogIsCurrent = metaIsCurrent && describesTitle(readMeta(document, 'og:url'), titleId);
  const title = firstUsableTitle(
    fromStructuredData(metaIsCurrent ? readMeta(document, 'apple:title') : null),
    fromStructuredData(show?.name),
    fromStructuredData(ogIsCurrent ? readMeta(document, 'og:title') : null),
    // "Severance - Apple TV+" (docs/detection.md's clean-up list).
    fromTabTitle(metaIsCurrent ? readDocumentTitle(document) : null),
  );
  const isFilm = CONTENT_PATH.exec(url.pathname)?.[1] === 'movie';
  return createPageReading('apple-tv', match, {
    title,
    // og:video:release_date is what a peer scrobbler reads for the year when JSON-LD has none.
    year: show?.year ?? (metaIsCurrent ? yearFromDate(readMeta(document, 'og:video:release_date')) : null),
    kind: isFilm ? 'film' : 'series',
  });
}

function contentIdInHref(href: string | null): string | null {
  const id = href ? /\/show\/(?:[^/?#]+\/)?(umc\.cmc\.[a-z0-9]+)/.exec(href)?.[1] : undefined;
  return id ?? null;
}

/**
 * The episode page's link up to its show. With a known show id, the link to that show; otherwise
 * the one in the page header, where trakt-tools/universal-trakt-scrobbler
 * `src/services/apple-tv/AppleTvParser.ts` (2026-08-12) reads the show's name.
 */
function findShowLink(document: Document, showId: string | null): Element | null {
  const links = Array.from(document.querySelectorAll('a[href*="/show/"]'));
  if (showId) {
    return links.find((link) => contentIdInHref(link.getAttribute('href')) === showId) ?? null;
  }
  return document.querySelector('.page-header a[href*="/show/"]');
}

function readAppleTvEpisodePage(document: Document, url: URL, match: PageMatch): PageReading | null {
  const episodeId = CONTENT_PATH.exec(url.pathname)?.[2] ?? null;
  const showIdFromUrl = match.serviceTitleId;
  // The Episode node must be this episode's (its url holds the episode id), and its series the
  // show of ?showId= when the URL names one.
  const show = readShowFromJsonLd(document, {
    acceptShow: () => false,
    acceptPart: (node) => describesTitle(jsonLdText(node, 'url'), episodeId),
  });
  const seriesId = contentIdInHref(show?.url ?? null);
  const jsonLdFits = show && (!showIdFromUrl || !seriesId || seriesId === showIdFromUrl);
  const link = findShowLink(document, showIdFromUrl);
  const linkText = link ? link.getAttribute('aria-label') || spacedText(link) : null;
  // apple:title on an episode page is the episode's own title: never used here.
  const title = firstUsableTitle(fromStructuredData(jsonLdFits ? show.name : null), fromMarkup(linkText));
  return createPageReading('apple-tv', match, {
    title,
    year: jsonLdFits ? show.year : null,
    kind: 'series',
    serviceTitleId:
      showIdFromUrl ?? (jsonLdFits ? seriesId : null) ?? contentIdInHref(link?.getAttribute('href') ?? null),
  });
}

function readAppleTvPage(document: Document, url: URL): PageReading | null {
  const match = detectAppleTvPage(url);
  if (!match) {
    return null;
  }
  return match.kind === 'player'
    ? readAppleTvEpisodePage(document, url, match)
    : readAppleTvTitlePage(document, url, match);
}

export const appleTvService: StreamingService = {
  id: 'apple-tv',
  name: STREAMING_SERVICE_FACTS['apple-tv'].name,
  matches: APPLE_TV_MATCHES,
  examples: {
    title: [
      'https://tv.apple.com/us/show/severance/umc.cmc.1srk2goyh2q2zdxcx605w8vtx',
      'https://tv.apple.com/gb/show/ted-lasso/umc.cmc.vtoh0mn0xn7t3c643xqonfzy',
      'https://tv.apple.com/fr/show/slow-horses/umc.cmc.2szz3fdt71tl1ulnbp8utgq5o',
      'https://tv.apple.com/us/movie/killers-of-the-flower-moon/umc.cmc.5x1fg9vferlfeutzpq6rra1zf',
      'https://tv.apple.com/show/severance/umc.cmc.1srk2goyh2q2zdxcx605w8vtx',
    ],
    player: [
      'https://tv.apple.com/us/episode/good-news-about-hell/umc.cmc.3r9v3l0h1v2x6kq3d3v6j7z1t?showId=umc.cmc.1srk2goyh2q2zdxcx605w8vtx',
      'https://tv.apple.com/gb/episode/pilot/umc.cmc.6fmw7ot0wzd7xq3c1v8n2b4yk',
      'https://tv.apple.com/de/episode/die-gute-nachricht/umc.cmc.3r9v3l0h1v2x6kq3d3v6j7z1t?showId=umc.cmc.1srk2goyh2q2zdxcx605w8vtx&action=play',
    ],
    none: [
      'https://tv.apple.com/',
      'https://tv.apple.com/us',
      'https://tv.apple.com/us/search?term=severance',
      'https://tv.apple.com/us/channel/tvs.sbd.4000',
      'https://tv.apple.com/us/person/adam-scott/umc.cpc.2ay7ej6wy9y2dnqyl1f5ve05r',
      'https://tv.apple.com/us/clip/severance-official-trailer/umc.cmc.7c7cm4j3nqszvdt6gq8f1n7f6',
      'https://tv.apple.com/gb/room/edt.item.62327df1-6874-470e-98b2-a5bbeac509a2',
    ],
  },
  detect: detectAppleTvPage,
  read: readAppleTvPage,
};
