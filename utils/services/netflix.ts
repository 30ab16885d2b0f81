/**
 * Netflix (www.netflix.com). Three kinds of page are about one title (docs/detection.md, Netflix):
 * - the logged-out title page `/title/<id>` (JSON-LD, og:title, `<title>`), also under a locale
 *   prefix (`/gb/title/<id>`, `/gb-en/title/<id>`);
 * - the logged-in detail modal over the home page `/browse?jbv=<id>` (no og tags or JSON-LD: the
 *   name is the alt of the modal's title image);
 * - the player `/watch/<id>`, whose id is an episode's (or the film's), never the show's.
 * The site is a single-page app: the caller re-reads on DOM and URL changes, so `read` only ever
 * looks at what is on the page now, and returns null until the part it needs is rendered.
 * For a player page, `readPageData` asks Netflix's own metadata endpoint (same origin, the user's
 * session) which show the episode id belongs to.
 */

import * as v from 'valibot';
import { STREAMING_SERVICE_FACTS } from '../domain';
import { urlMatchesAnyPattern } from './match-pattern';
import {
  describesTitle,
  findJsonLdNode,
  findYearInText,
  jsonLdText,
  jsonLdTypes,
  readDocumentTitle,
  readImageAlt,
  readJsonLd,
  readMeta,
  readText,
  spacedText,
  yearFromDate,
} from './page-metadata';
import {
  createPageReading,
  firstUsableTitle,
  fromMarkup,
  fromPageData,
  fromStructuredData,
  fromTabTitle,
} from './page-show';
import type { PageMatch, PageReading, StreamingService } from './service';
import {
  firstKnownKind,
  hasEpisodeMarker,
  kindFromDetailsText,
  kindFromOgType,
  kindFromSchemaTypes,
  seasonCountFromText,
} from './title-kind';

export const NETFLIX_MATCHES = ['https://www.netflix.com/*'];

// Country or country-language prefix before the route: /gb/, /gb-en/, /br-en/, /zh-Hant/ (hk).
const LOCALE_PREFIX = /^\/[a-z]{2}(?:-[a-z]{2,4})?(?=\/)/i;
// Numeric title ids (80057281); the optional trailing slash is how some shared links end.
const TITLE_PATH = /^\/title\/(\d+)\/?$/;
const WATCH_PATH = /^\/watch\/(\d+)\/?$/;
// The detail modal opens over any browse row (/browse, /browse/genre/83, /browse/my-list) and
// over search results; the open modal is the `jbv` query parameter.
const MODAL_HOST_PATH = /^\/(?:browse|search)(?:\/|$)/;

export function detectNetflixPage(url: URL): PageMatch | null {
  if (!urlMatchesAnyPattern(url, NETFLIX_MATCHES)) {
    return null;
  }
  const path = url.pathname.replace(LOCALE_PREFIX, '');
  const titleId = TITLE_PATH.exec(path)?.[1];
  if (titleId) {
    return { kind: 'title', serviceTitleId: titleId };
  }
  if (WATCH_PATH.test(path)) {
    // The watch id is the episode's, not the show's: resolving by it would miss.
    return { kind: 'player', serviceTitleId: null };
  }
  const modalId = url.searchParams.get('jbv');
  if (MODAL_HOST_PATH.test(path) && modalId && /^\d+$/.test(modalId)) {
    return { kind: 'title', serviceTitleId: modalId };
  }
  return null;
}

/** The logged-out title page: JSON-LD first, then og:title (docs/detection.md). */
function readNetflixTitlePage(document: Document, match: PageMatch): PageReading | null {
  const titleId = match.serviceTitleId;
  // JSON-LD `url` is https://www.netflix.com/title/<id>: one naming another id is stale.
  const node = findJsonLdNode(readJsonLd(document), ['TVSeries', 'Movie'], (candidate) =>
    describesTitle(jsonLdText(candidate, 'url'), titleId),
  );
  const ogUrl = readMeta(document, 'og:url');
  const ogIsCurrent = describesTitle(ogUrl, titleId);
  const title = firstUsableTitle(
    fromStructuredData(jsonLdText(node, 'name')),
    fromStructuredData(ogIsCurrent ? readMeta(document, 'og:title') : null),
  );
  if (!title) {
    return null;
  }
  const seasons = jsonLdText(node, 'numberOfSeasons');
  return createPageReading('netflix', match, {
    title,
    year: yearFromDate(jsonLdText(node, 'startDate') ?? jsonLdText(node, 'dateCreated')),
    kind: firstKnownKind(
      node ? kindFromSchemaTypes(jsonLdTypes(node)) : 'unknown',
      seasons ? 'series' : 'unknown',
      ogIsCurrent ? kindFromOgType(readMeta(document, 'og:type')) : 'unknown',
    ),
  });
}

// The logged-in detail modal (docs/detection.md, Netflix; selectors gathered from peers' source, not
// dated there, so the story-art image below is the better-attested one): its motion container's data-uia names it; the dialog
// or .previewModal--container forms are the same modal in other builds. The hover "mini modal"
// (MINI_MODAL) is deliberately not matched: it follows the mouse, not the URL.
const DETAIL_MODAL_SELECTOR = [
  '[data-uia="modal-motion-container-DETAIL_MODAL"]',
  '[role="dialog"][data-uia*="DETAIL_MODAL"]',
  '.previewModal--container[data-uia*="DETAIL_MODAL"]',
].join(', ');

// The modal's images whose alt is the name: the title-treatment logo (class seen in peers' source),
// the story art `img.playerModel--player__storyArt`, which most peers read today
// (docs/detection.md, Netflix, gathered 2026-11-30), and `previewModal--boxart`, the class the story
// art was expected under before, unverified on a live page, so it comes last.
const MODAL_TITLE_IMAGES = [
  'img.previewModal--player-titleTreatment-logo',
  'img.playerModel--player__storyArt',
  'img.previewModal--boxart',
];

// "3 Seasons 2019 TV-MA Drama" (docs/detection.md), inside the modal.
const MODAL_DETAILS = '[data-uia="previewModal--detailsMetadata"]';

/**
 * The logged-in detail modal. Never reads the billboard (`[data-uia="billboard-title"]`): it is
 * the home page's featured show, a different one (docs/detection.md). No modal yet → null.
 */
function readNetflixDetailModal(document: Document, match: PageMatch): PageReading | null {
  const modal = document.querySelector(DETAIL_MODAL_SELECTOR);
  if (!modal) {
    return null;
  }
  const imageAlt = MODAL_TITLE_IMAGES.map((selector) => readImageAlt(modal, selector)).find(Boolean);
  // The tab title ("Dark - Netflix") follows the open modal, so it is a fallback only while a modal
  // is open and its image has no alt yet.
  const title = firstUsableTitle(fromMarkup(imageAlt), fromTabTitle(readDocumentTitle(document)));
  const details = readText(modal, MODAL_DETAILS);
  const kind = kindFromDetailsText(details);
  const seasons = seasonCountFromText(details);
  // For a show with several seasons the modal's year is the latest season's, not the premiere:
  // passing it on would make "Stranger Things 2022" miss the 2016 show.
  const year = kind === 'series' && seasons !== null && seasons > 1 ? null : findYearInText(details);
  return createPageReading('netflix', match, { title, year, kind });
}

/**
 * The player's title overlay `[data-uia="video-title"]`: `<h4>Show</h4><span>S1:E3</span><span>Episode</span>`
 * for an episode ("T2:E1" in Spanish), the bare name for a film. Measured on the live player by
 * Gabrieldev707/ControlFawkes `browser-extension/src/content/providers/netflix.js` (2026-08-26;
 * docs/detection.md, Netflix). It is only in the DOM while the controls show; the caller retries, and
 * keeps the last reading once it leaves. The watch id is the episode's, so no service id is given
 * (the page-data layer finds the show's).
 */
function readNetflixPlayer(document: Document, match: PageMatch): PageReading | null {
  const overlay = document.querySelector('[data-uia="video-title"]');
  if (!overlay) {
    return null;
  }
  const heading = readText(overlay, 'h4');
  const spans = Array.from(overlay.querySelectorAll('span')).map((span) => spacedText(span));
  const markerIndex = spans.findIndex((text) => hasEpisodeMarker(text));
  if (heading) {
    // A heading without an episode marker is not known to be either.
    return createPageReading('netflix', match, {
      title: fromMarkup(heading),
      kind: markerIndex >= 0 ? 'series' : 'unknown',
    });
  }
  if (markerIndex >= 0) {
    // No heading but an episode marker: only a text before the marker can be the show's name,
    // never the episode title after it.
    return createPageReading('netflix', match, {
      title: fromMarkup(spans.slice(0, markerIndex).find(Boolean)),
      kind: 'series',
    });
  }
  // No heading and no episode marker: the form films take.
  return createPageReading('netflix', match, { title: fromMarkup(spacedText(overlay)), kind: 'film' });
}

function readNetflixPage(document: Document, url: URL): PageReading | null {
  const match = detectNetflixPage(url);
  if (!match) {
    return null;
  }
  if (match.kind === 'player') {
    return readNetflixPlayer(document, match);
  }
  if (TITLE_PATH.test(url.pathname.replace(LOCALE_PREFIX, ''))) {
    // Logged-in visitors to /title/<id> get the modal over the home page instead of the
    // logged-out page, and the tab title names the show on both.
    return (
      readNetflixTitlePage(document, match) ??
      readNetflixDetailModal(document, match) ??
      createPageReading('netflix', match, { title: fromTabTitle(readDocumentTitle(document)) })
    );
  }
  return readNetflixDetailModal(document, match);
}

/**
 * Netflix's own title metadata, which its web player asks for: `video` is the show (or the film)
 * the requested id belongs to, with its seasons and their episodes. The shape is what
 * PreMiD/Activities `websites/N/Netflix/functions/fetchMetadata.ts` (2026-03) and
 * trakt-tools/universal-trakt-scrobbler `src/services/netflix/NetflixApi.ts` (2026-08) read; only
 * the fields used here are checked, and bounded.
 */
const NETFLIX_ID = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));
const METADATA_YEAR = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1880), v.maxValue(2100)));
const netflixMetadataSchema = v.object({
  video: v.object({
    id: NETFLIX_ID,
    title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
    type: v.picklist(['show', 'movie']),
    year: METADATA_YEAR,
    seasons: v.optional(
      v.pipe(
        v.array(
          v.object({
            seq: v.optional(v.number()),
            year: METADATA_YEAR,
            episodes: v.optional(
              v.pipe(
                v.array(v.object({ id: v.optional(NETFLIX_ID), episodeId: v.optional(NETFLIX_ID) })),
                v.maxLength(2_000),
              ),
            ),
          }),
        ),
        v.maxLength(200),
      ),
    ),
  }),
});

const METADATA_ENDPOINT = 'https://www.netflix.com/nq/website/memberapi/release/metadata';
const WATCH_ID = /^\d{1,15}$/;

/** The metadata request for a /watch id: a constant URL and the validated id, nothing else. */
export function netflixMetadataUrl(watchId: string): string | null {
  if (!WATCH_ID.test(watchId)) {
    return null;
  }
  const url = new URL(METADATA_ENDPOINT);
  url.searchParams.set('movieid', watchId);
  return url.href;
}

/**
 * The show (or film) a /watch id plays, from the metadata endpoint's answer; null when the answer
 * does not have the expected shape or is not about this id (an episode of the show, or the film).
 */
export function parseNetflixMetadata(data: unknown, watchId: string, match: PageMatch): PageReading | null {
  const parsed = v.safeParse(netflixMetadataSchema, data);
  if (!parsed.success) {
    return null;
  }
  const { video } = parsed.output;
  const seasons = video.seasons ?? [];
  const isThisTitle =
    video.type === 'movie'
      ? String(video.id) === watchId
      : seasons.some((season) =>
          (season.episodes ?? []).some((episode) => String(episode.episodeId ?? episode.id) === watchId),
        );
  if (!isThisTitle) {
    return null;
  }
  // A show's premiere is its first season's year; a film's is its own.
  const year = video.type === 'movie' ? video.year : seasons.find((season) => season.seq === 1)?.year;
  return createPageReading('netflix', match, {
    title: fromPageData(video.title),
    year: year ?? null,
    kind: video.type === 'show' ? 'series' : 'film',
    serviceTitleId: String(video.id),
  });
}

/** A player page's show, asked of Netflix by the /watch id in its URL. */
async function readNetflixPageData(
  url: URL,
  fetchJson: (url: string) => Promise<unknown>,
): Promise<PageReading | null> {
  const match = detectNetflixPage(url);
  const watchId = WATCH_PATH.exec(url.pathname.replace(LOCALE_PREFIX, ''))?.[1];
  const request = watchId ? netflixMetadataUrl(watchId) : null;
  if (match?.kind !== 'player' || !watchId || !request) {
    return null;
  }
  return parseNetflixMetadata(await fetchJson(request), watchId, match);
}

export const netflixService: StreamingService = {
  id: 'netflix',
  name: STREAMING_SERVICE_FACTS.netflix.name,
  matches: NETFLIX_MATCHES,
  examples: {
    title: [
      'https://www.netflix.com/title/80100172',
      'https://www.netflix.com/title/80057281?s=i&trkid=13747225',
      'https://www.netflix.com/gb/title/80100172',
      'https://www.netflix.com/gb-en/title/80100172',
      'https://www.netflix.com/browse?jbv=80057281',
      'https://www.netflix.com/browse/genre/83?jbv=80100172',
      'https://www.netflix.com/browse/my-list?jbv=80100172&trackId=14170287',
      'https://www.netflix.com/search?q=dark&jbv=80100172',
    ],
    player: [
      'https://www.netflix.com/watch/80077209',
      'https://www.netflix.com/watch/80077209?trackId=14170286&tctx=2%2C0',
      'https://www.netflix.com/watch/81091393',
    ],
    none: [
      'https://www.netflix.com/',
      'https://www.netflix.com/browse',
      'https://www.netflix.com/browse/genre/83',
      'https://www.netflix.com/search?q=dark',
      'https://www.netflix.com/YourAccount',
      'https://www.netflix.com/login',
      'https://www.netflix.com/gb/',
      'https://www.netflix.com/gb-en/login',
      'https://www.netflix.com/browse?jbv=not-a-number',
      'https://www.netflix.com/title/',
    ],
  },
  detect: detectNetflixPage,
  read: readNetflixPage,
  readPageData: readNetflixPageData,
};
