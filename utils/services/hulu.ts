/**
 * Hulu (www.hulu.com) (docs/detection.md, Hulu): `/series/<slug>-<uuid>`, `/movie/<slug>-<uuid>`,
 * and the player `/watch/<uuid>` (the episode's or film's id). Title strings: JSON-LD, `og:title`
 * "Name", the details header, `<title>` "Watch Name Streaming Online | Hulu".
 */

import { STREAMING_SERVICE_FACTS } from '../domain';
import { readCurrentTitleMetadata, readShowFromJsonLd } from './json-ld-show';
import { urlMatchesAnyPattern } from './match-pattern';
import { describesTitle, jsonLdText, jsonLdTypes, readDocumentTitle, readImageAlt, readText } from './page-metadata';
import { createPageReading, firstUsableTitle, fromMarkup, fromStructuredData, fromTabTitle } from './page-show';
import type { PageMatch, PageReading, StreamingService } from './service';
import { firstKnownKind, hasEpisodeMarker } from './title-kind';

export const HULU_MATCHES = ['https://www.hulu.com/*'];

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// The slug is optional: links shared from the apps can carry the bare uuid.
const TITLE_PATH = new RegExp(`^/(series|movie)/(?:[a-z0-9-]+-)?(${UUID})/?$`, 'i');
const WATCH_PATH = new RegExp(`^/watch/${UUID}/?$`, 'i');

export function detectHuluPage(url: URL): PageMatch | null {
  if (!urlMatchesAnyPattern(url, HULU_MATCHES)) {
    return null;
  }
  const titleId = TITLE_PATH.exec(url.pathname)?.[2];
  if (titleId) {
    return { kind: 'title', serviceTitleId: titleId.toLowerCase() };
  }
  if (WATCH_PATH.test(url.pathname)) {
    return { kind: 'player', serviceTitleId: null };
  }
  return null;
}

// The details page's title. PreMiD/Activities `websites/H/Hulu/presence.ts` (2026-03-08) reads
// `.SimpleModalNav__title`, which replaced `.Masthead__title` there; the older masthead (text, or a
// logo image with the name in alt) is kept after it. BEM classes, not hashed.
const DETAILS_TITLE = '.SimpleModalNav__title';
const MASTHEAD_TITLE = '.Masthead__title';

function readHuluDetails(document: Document, url: URL, match: PageMatch): PageReading | null {
  const titleId = match.serviceTitleId;
  const { show, og } = readCurrentTitleMetadata(document, titleId);
  const title = firstUsableTitle(
    fromStructuredData(show?.name),
    fromStructuredData(og?.title),
    fromMarkup(readText(document, DETAILS_TITLE)),
    fromMarkup(readText(document, MASTHEAD_TITLE)),
    fromMarkup(readImageAlt(document, `${MASTHEAD_TITLE} img`)),
    // "Watch The Bear Streaming Online | Hulu".
    fromTabTitle(readDocumentTitle(document)),
  );
  const section = TITLE_PATH.exec(url.pathname)?.[1];
  return createPageReading('hulu', match, {
    title,
    year: show?.year ?? null,
    kind: firstKnownKind(section === 'series' ? 'series' : 'film', show?.kind ?? 'unknown'),
  });
}

// The player's metadata overlay under `#web-player-app`: the show's (or film's) name, and
// "S1 E3 - Episode" beneath (PreMiD/Activities `websites/H/Hulu/presence.ts`, 2026-03-08). BEM
// classes, not hashed; a JSON-LD episode's series comes first when the page has one.
const PLAYER_TITLE = '.PlayerMetadata__titleText';
const PLAYER_SUBTITLE = '.PlayerMetadata__subTitle';

function readHuluPlayer(document: Document, url: URL, match: PageMatch): PageReading | null {
  // Only JSON-LD about the video playing: a series node left in the head by the page the viewer
  // came from may be another show's.
  const watchId = url.pathname.split('/').filter(Boolean).at(-1) ?? null;
  const show = readShowFromJsonLd(document, {
    acceptShow: (node) => jsonLdTypes(node).includes('Movie') && describesTitle(jsonLdText(node, 'url'), watchId),
    acceptPart: (node) => describesTitle(jsonLdText(node, 'url'), watchId),
  });
  if (show) {
    return createPageReading('hulu', match, { title: fromStructuredData(show.name), year: show.year, kind: show.kind });
  }
  // No episode line is not proof of a film here: the kind stays unknown.
  const kind = hasEpisodeMarker(readText(document, PLAYER_SUBTITLE)) ? 'series' : 'unknown';
  return createPageReading('hulu', match, { title: fromMarkup(readText(document, PLAYER_TITLE)), kind });
}

function readHuluPage(document: Document, url: URL): PageReading | null {
  const match = detectHuluPage(url);
  if (!match) {
    return null;
  }
  return match.kind === 'player' ? readHuluPlayer(document, url, match) : readHuluDetails(document, url, match);
}

export const huluService: StreamingService = {
  id: 'hulu',
  name: STREAMING_SERVICE_FACTS.hulu.name,
  matches: HULU_MATCHES,
  examples: {
    title: [
      'https://www.hulu.com/series/the-bear-05eb6a8e-90ed-4947-8c0b-e6536cbddd5f',
      'https://www.hulu.com/series/only-murders-in-the-building-ef31c7e1-cd0d-4d48-8d4d-c1d0a6a3fa40',
      'https://www.hulu.com/movie/prey-2b6a7f4e-41f1-4a4a-9c1f-0f3f4e5d6c7b',
      'https://www.hulu.com/series/05eb6a8e-90ed-4947-8c0b-e6536cbddd5f',
    ],
    player: [
      'https://www.hulu.com/watch/a4f9c1d2-3b5e-4f60-8a7b-9c0d1e2f3a4b',
      'https://www.hulu.com/watch/0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0?lp_referrer=series',
    ],
    none: [
      'https://www.hulu.com/',
      'https://www.hulu.com/hub/home',
      'https://www.hulu.com/hub/tv',
      'https://www.hulu.com/search?q=the%20bear',
      'https://www.hulu.com/account',
      'https://www.hulu.com/series/',
      'https://www.hulu.com/watch/not-a-uuid',
    ],
  },
  detect: detectHuluPage,
  read: readHuluPage,
};
