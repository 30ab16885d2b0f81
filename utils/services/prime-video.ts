/**
 * Prime Video, on its own site (www.primevideo.com/detail/<id>, also under /region/<r>/ and a
 * /-/<lang>/ prefix) and inside Amazon's stores (www.amazon.<tld>/gp/video/detail/<ASIN>, also
 * under a /-/<lang>/ prefix) (docs/detection.md, Prime Video). Detail pages are per season: the id
 * is the season's, and "Season 4" in the title is stripped. The player is an overlay on the detail
 * page; its URL is the detail URL, with `autoplay=1` when playback was started from a link.
 */

import { STREAMING_SERVICE_FACTS } from '../domain';
import { seasonNumberInTitle } from './clean-title';
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
  yearFromDate,
} from './page-metadata';
import {
  createPageReading,
  firstUsableTitle,
  fromMarkup,
  fromStructuredData,
  fromTabTitle,
  usableTitle,
} from './page-show';
import type { PageMatch, PageReading, StreamingService } from './service';
import { firstKnownKind, hasEpisodeMarker, kindFromOgType, kindFromSchemaTypes } from './title-kind';

// Every Amazon store that sells Prime Video, as PreMiD/Activities `websites/P/Prime Video`
// (2026-07) lists them. Match patterns cannot wildcard a TLD, so each is named.
const AMAZON_STORES = [
  'www.amazon.com',
  'www.amazon.co.uk',
  'www.amazon.de',
  'www.amazon.co.jp',
  'www.amazon.ca',
  'www.amazon.fr',
  'www.amazon.it',
  'www.amazon.es',
  'www.amazon.in',
  'www.amazon.com.br',
  'www.amazon.com.au',
  'www.amazon.com.mx',
];

// Only Amazon's video section, also under a language prefix (amazon.com/-/es/gp/video/…): the
// content script has no business on the rest of the store.
export const PRIME_VIDEO_MATCHES = [
  'https://www.primevideo.com/*',
  ...AMAZON_STORES.flatMap((host) => [`https://${host}/gp/video/*`, `https://${host}/-/*/gp/video/*`]),
];

// Prime Video title ids: 26-character GTIs (0H3DDB4KBJFNDCKKLHNRLRLVKQ), 10-character ASINs
// (B08BYXW1JJ) or long-form GTIs (amzn1.dv.gti.<uuid>).
const TITLE_ID = /^(?:[A-Z0-9]{10,40}|amzn1\.dv\.gti\.[0-9a-f-]{36})$/;
const PRIMEVIDEO_PREFIX = /^(?:\/region\/[a-z]{2})?(?:\/-\/[a-z]{2}(?:[-_][a-z]{2})?)?(?=\/)/i;
// Amazon's stores put the language before the route: /-/es/gp/video/detail/…, /-/en_US/….
const STORE_LANGUAGE_PREFIX = /^\/-\/[a-z]{2}(?:[-_][a-z]{2})?(?=\/)/i;

/**
 * The id in a detail path's segments after "detail" or "dp": `/detail/<id>`, `/detail/<slug>/<id>`,
 * `/detail/<id>/ref=atv_dp`. The last segment shaped like an id wins; "ref=…" segments are
 * tracking.
 */
function titleIdAfter(segments: string[]): string | null {
  const candidates = segments.filter((segment) => !segment.startsWith('ref=') && TITLE_ID.test(segment));
  return candidates.at(-1) ?? null;
}

export function detectPrimeVideoPage(url: URL): PageMatch | null {
  if (!urlMatchesAnyPattern(url, PRIME_VIDEO_MATCHES)) {
    return null;
  }
  let afterRoute: string[];
  if (url.hostname === 'www.primevideo.com') {
    const segments = url.pathname.replace(PRIMEVIDEO_PREFIX, '').split('/').filter(Boolean);
    // primevideo.com sells nothing else, so /dp/<id> is a title too.
    if (segments[0] !== 'detail' && segments[0] !== 'dp') {
      return null;
    }
    afterRoute = segments.slice(1);
  } else {
    const segments = url.pathname.replace(STORE_LANGUAGE_PREFIX, '').split('/').filter(Boolean);
    if (segments[0] !== 'gp' || segments[1] !== 'video' || segments[2] !== 'detail') {
      return null;
    }
    afterRoute = segments.slice(3);
  }
  const id = titleIdAfter(afterRoute);
  if (!id) {
    return null;
  }
  // The overlay player keeps the detail URL and the season's id.
  const kind = url.searchParams.get('autoplay') === '1' ? 'player' : 'title';
  return { kind, serviceTitleId: id };
}

// The player overlay's title and its episode line ("Season 1, Ep. 4 The Name"). Class names of
// Amazon's player SDK, not hashed. PreMiD/Activities `websites/P/Prime Video/presence.ts` (2026-07)
// reads the heading inside `.atvwebplayersdk-player-container` and `.atvwebplayersdk-title-text`,
// and `.atvwebplayersdk-episode-info` before the older `.atvwebplayersdk-subtitle-text`.
const PLAYER_TITLE = '.atvwebplayersdk-title-text, .atvwebplayersdk-player-container h1';
const PLAYER_SUBTITLE = '.atvwebplayersdk-episode-info, .atvwebplayersdk-subtitle-text';
// While playing, the tab title is "Prime Video: Batman: The Animated Series: Volume 3": the show,
// after the brand, before the volume (Gabrieldev707/ControlFawkes `prime.js`, measured 2026-08-26).
const PLAYER_TAB_TITLE = /^(?:Amazon\s+)?Prime Video\s*:\s*/i;

/** The player's tab title, when it has the player's "Prime Video: …" form. */
function playerTabTitle(document: Document): string | null {
  const title = readDocumentTitle(document);
  return title && PLAYER_TAB_TITLE.test(title) ? title : null;
}

/**
 * The player overlay names the show; the season page beneath it (same URL) still tells the kind
 * and year when the overlay's subtitle does not.
 */
function readPrimeVideoPlayer(document: Document, match: PageMatch): PageReading | null {
  const overlayTitle = readText(document, PLAYER_TITLE);
  const title = firstUsableTitle(fromMarkup(overlayTitle), fromTabTitle(playerTabTitle(document)));
  if (!title) {
    return null;
  }
  const subtitle = readText(document, PLAYER_SUBTITLE);
  const beneath = readPrimeVideoDetail(document, match)?.show ?? null;
  const sameShow = beneath !== null && beneath.title === usableTitle(title.text);
  return createPageReading('prime-video', match, {
    title,
    year: sameShow ? beneath.year : null,
    // No subtitle is not proof of a film (it renders late): only the page beneath can say so.
    kind: hasEpisodeMarker(subtitle) ? 'series' : sameShow ? beneath.kind : 'unknown',
  });
}

// The detail hero. Since 2026 the page carries no JSON-LD and no og: tags, and the name is the alt
// of the title art: `h1[data-testid="title-art"] img` (Ephellon/web-to-plex `src/cloud/amazon.js`,
// 2026). PreMiD/Activities `websites/P/Prime Video/presence.ts` (2026-07) reads the same image as
// `.DVWebNode-detail-atf-wrapper picture img[alt]`, keeping `h1[data-automation-id="title"]` (text or
// image) only as a fallback, as we do.
const TITLE_ART_IMAGE = 'h1[data-testid="title-art"] img';
const ATF_PICTURE_IMAGE = '.DVWebNode-detail-atf-wrapper picture img';
const HERO_TITLE = 'h1[data-automation-id="title"]';
// The year badge, beside the title (docs/detection.md, Prime Video).
const HERO_YEAR = '[data-automation-id="release-year-badge"]';
// The running-time badge ("2 h 1 min"). Unverified: assumed from the naming of its sibling badges.
// Only used to call a page a film when nothing says "Season".
const HERO_RUNTIME = '[data-automation-id="runtime-badge"]';
// An episode list makes the page a show's (web-to-plex `amazon.js`, 2026; PreMiD reads the same
// rows as `[data-testid="episode-list-item"]`).
const EPISODE_LIST_ITEM = '[data-testid="episode-list-item"]';

function readPrimeVideoDetail(document: Document, match: PageMatch): PageReading | null {
  const heroText = readText(document, HERO_TITLE);
  const documentTitle = readDocumentTitle(document);
  const ogUrl = readMeta(document, 'og:url');
  const ogTitle = describesTitle(ogUrl, match.serviceTitleId) ? readMeta(document, 'og:title') : null;
  // Not served today; read if present, for pages that add it back.
  const node = findJsonLdNode(readJsonLd(document), ['TVSeries', 'TVSeason', 'Movie'], (candidate) =>
    describesTitle(jsonLdText(candidate, 'url'), match.serviceTitleId),
  );
  const title = firstUsableTitle(
    fromStructuredData(jsonLdText(node, 'name')),
    fromStructuredData(ogTitle),
    fromMarkup(readImageAlt(document, TITLE_ART_IMAGE)),
    fromMarkup(readImageAlt(document, ATF_PICTURE_IMAGE)),
    fromMarkup(heroText),
    fromMarkup(readImageAlt(document, `${HERO_TITLE} img`)),
    // "Watch The Boys - Season 1 | Prime Video".
    fromTabTitle(documentTitle),
  );
  if (!title) {
    return null;
  }
  const season = [heroText, ogTitle, documentTitle].map(seasonNumberInTitle).find((value) => value !== null) ?? null;
  const kind = firstKnownKind(
    season !== null ? 'series' : 'unknown',
    node ? kindFromSchemaTypes(jsonLdTypes(node)) : 'unknown',
    ogTitle ? kindFromOgType(readMeta(document, 'og:type')) : 'unknown',
    document.querySelector(EPISODE_LIST_ITEM) ? 'series' : 'unknown',
    readText(document, HERO_RUNTIME) ? 'film' : 'unknown',
  );
  // The badge shows this season's year: only season 1's (or a film's) is the premiere.
  const year =
    season !== null && season > 1
      ? null
      : (findYearInText(readText(document, HERO_YEAR)) ?? yearFromDate(jsonLdText(node, 'datePublished')));
  return createPageReading('prime-video', match, { title, year, kind });
}

function readPrimeVideoPage(document: Document, url: URL): PageReading | null {
  const match = detectPrimeVideoPage(url);
  if (!match) {
    return null;
  }
  if (match.kind === 'player') {
    // The overlay sits on the detail page: until it shows its title, the page beneath names the show.
    return readPrimeVideoPlayer(document, match) ?? readPrimeVideoDetail(document, match);
  }
  return readPrimeVideoDetail(document, match);
}

export const primeVideoService: StreamingService = {
  id: 'prime-video',
  name: STREAMING_SERVICE_FACTS['prime-video'].name,
  matches: PRIME_VIDEO_MATCHES,
  examples: {
    title: [
      'https://www.primevideo.com/detail/0KRGHGZCHKS920ZQGY5LBRF7MA/ref=atv_hm_hom_c_cjm7wb_2_1',
      'https://www.primevideo.com/detail/The-Boys/0KRGHGZCHKS920ZQGY5LBRF7MA',
      'https://www.primevideo.com/region/eu/detail/0QN2VSJ7J5D6TCMAHYKUQQ5J1S/ref=atv_sr_def_c_unkc__1_1_1',
      'https://www.primevideo.com/-/de/detail/0KRGHGZCHKS920ZQGY5LBRF7MA',
      'https://www.primevideo.com/detail/amzn1.dv.gti.d8b2a1f5-6a66-8d8c-7e5b-3f4c0d9a1e11/',
      'https://www.amazon.com/gp/video/detail/B07QNH1GYX/ref=atv_dp_share_cu_r',
      'https://www.amazon.co.uk/gp/video/detail/B0875L45GK',
      'https://www.amazon.de/gp/video/detail/B07FPR4M1S/ref=atv_sr_def_c_unkc_1_1_1',
      // The other stores and the language prefix (PreMiD/Activities `websites/P/Prime Video`, 2026-07).
      'https://www.amazon.co.jp/gp/video/detail/B08BYXW1JJ/',
      'https://www.amazon.ca/gp/video/detail/B07QNH1GYX/ref=atv_hm_hom_1_c_8pZiqd_2_1',
      'https://www.amazon.fr/gp/video/detail/B0875L45GK',
      'https://www.amazon.it/gp/video/detail/B0875L45GK',
      'https://www.amazon.es/gp/video/detail/B0875L45GK',
      'https://www.amazon.in/gp/video/detail/B0875L45GK',
      'https://www.amazon.com.br/gp/video/detail/B0875L45GK',
      'https://www.amazon.com.au/gp/video/detail/B0875L45GK',
      'https://www.amazon.com.mx/gp/video/detail/B0875L45GK',
      'https://www.amazon.com/-/es/gp/video/detail/B07QNH1GYX/ref=atv_dp_share_cu_r',
      'https://www.amazon.de/-/en/gp/video/detail/B07FPR4M1S',
    ],
    player: [
      'https://www.primevideo.com/detail/0KRGHGZCHKS920ZQGY5LBRF7MA/ref=atv_dp_btf_el_prime_sd_tv_play?autoplay=1&t=0',
      'https://www.amazon.com/gp/video/detail/B07QNH1GYX/ref=atv_dp_watch?autoplay=1&t=0',
      'https://www.primevideo.com/region/eu/detail/0QN2VSJ7J5D6TCMAHYKUQQ5J1S?autoplay=1',
      'https://www.amazon.com/-/es/gp/video/detail/B07QNH1GYX/ref=atv_dp_watch?autoplay=1&t=0',
    ],
    none: [
      'https://www.primevideo.com/',
      'https://www.primevideo.com/storefront/home/ref=atv_hm_hom_legacy_redirect',
      'https://www.primevideo.com/search/ref=atv_sr_sug?phrase=the+boys',
      'https://www.primevideo.com/region/eu/storefront/tv',
      'https://www.amazon.com/gp/video/storefront',
      'https://www.amazon.co.uk/gp/video/mystuff/watchlist',
      'https://www.amazon.com/The-Boys-Season-1/dp/B07QNH1GYX',
      'https://www.amazon.de/',
      'https://www.amazon.co.jp/gp/video/storefront/',
      'https://www.amazon.com/-/es/gp/video/storefront',
      'https://www.amazon.fr/-/en/dp/B0875L45GK',
    ],
  },
  detect: detectPrimeVideoPage,
  read: readPrimeVideoPage,
};
