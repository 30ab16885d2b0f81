/**
 * Prime Video, on its own site (www.primevideo.com/detail/<id>, also under /region/<r>/ and a
 * /-/<lang>/ prefix) and inside Amazon's stores (www.amazon.<tld>/gp/video/detail/<ASIN>)
 * (detection.md, Prime Video). Detail pages are per season: the id is the season's, and
 * "Season 4" in the title is stripped. The player is an overlay on the detail page; its URL is the
 * detail URL with `autoplay=1`.
 */

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
import { createPageShow, firstUsableTitle, usableTitle } from './page-show';
import type { PageMatch, PageShow, StreamingService } from './service';
import { firstKnownKind, hasEpisodeMarker, kindFromOgType, kindFromSchemaTypes } from './title-kind';

// Only Amazon's video section: the content script has no business on the rest of the store.
const PRIME_VIDEO_MATCHES = [
  'https://www.primevideo.com/*',
  'https://www.amazon.com/gp/video/*',
  'https://www.amazon.co.uk/gp/video/*',
  'https://www.amazon.de/gp/video/*',
];

// Prime Video title ids: 26-character GTIs (0H3DDB4KBJFNDCKKLHNRLRLVKQ), 10-character ASINs
// (B08BYXW1JJ) or long-form GTIs (amzn1.dv.gti.<uuid>).
const TITLE_ID = /^(?:[A-Z0-9]{10,40}|amzn1\.dv\.gti\.[0-9a-f-]{36})$/;
const PRIMEVIDEO_PREFIX = /^(?:\/region\/[a-z]{2})?(?:\/-\/[a-z]{2}(?:[-_][a-z]{2})?)?(?=\/)/i;

/**
 * The id in a detail path's segments after "detail" or "dp": `/detail/<id>`, `/detail/<slug>/<id>`,
 * `/detail/<id>/ref=atv_dp`. The last segment shaped like an id wins; "ref=…" segments are
 * tracking.
 */
function titleIdAfter(segments: string[]): string | null {
  const candidates = segments.filter((segment) => !segment.startsWith('ref=') && TITLE_ID.test(segment));
  return candidates.at(-1) ?? null;
}

function detectPrimeVideoPage(url: URL): PageMatch | null {
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
    const segments = url.pathname.split('/').filter(Boolean);
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

// The player overlay's title and subtitle ("Season 1, Ep. 4 The Name") (detection.md). Class names
// of Amazon's player SDK, not hashed.
const PLAYER_TITLE = '.atvwebplayersdk-title-text';
const PLAYER_SUBTITLE = '.atvwebplayersdk-subtitle-text';

/**
 * The player overlay names the show; the season page beneath it (same URL) still tells the kind
 * and year when the overlay's subtitle does not.
 */
function readPrimeVideoPlayer(document: Document, match: PageMatch): PageShow | null {
  const title = readText(document, PLAYER_TITLE);
  if (!title) {
    return null;
  }
  const subtitle = readText(document, PLAYER_SUBTITLE);
  const beneath = readPrimeVideoDetail(document, match);
  const sameShow = beneath !== null && beneath.title === usableTitle(title);
  return createPageShow('prime-video', match, {
    title,
    year: sameShow ? beneath.year : null,
    // No subtitle is not proof of a film (it renders late): only the page beneath can say so.
    kind: hasEpisodeMarker(subtitle) ? 'series' : sameShow ? beneath.kind : 'unknown',
  });
}

// The detail hero: h1 with the name as text or as the alt of a title-treatment image, and the
// year badge (detection.md).
const HERO_TITLE = 'h1[data-automation-id="title"]';
const HERO_YEAR = '[data-automation-id="release-year-badge"]';
// The running-time badge ("2 h 1 min"). Not in detection.md and unverified: assumed from the
// naming of its sibling badges. Only used to call a page a film when nothing says "Season".
const HERO_RUNTIME = '[data-automation-id="runtime-badge"]';

function readPrimeVideoDetail(document: Document, match: PageMatch): PageShow | null {
  const heroText = readText(document, HERO_TITLE);
  const heroAlt = readImageAlt(document, `${HERO_TITLE} img`);
  const documentTitle = readDocumentTitle(document);
  const ogUrl = readMeta(document, 'og:url');
  const ogTitle = describesTitle(ogUrl, match.serviceTitleId) ? readMeta(document, 'og:title') : null;
  // Not documented for Prime Video; read if present, for pages that add it.
  const node = findJsonLdNode(readJsonLd(document), ['TVSeries', 'TVSeason', 'Movie'], (candidate) =>
    describesTitle(jsonLdText(candidate, 'url'), match.serviceTitleId),
  );
  const title = firstUsableTitle(heroText, heroAlt, jsonLdText(node, 'name'), ogTitle, documentTitle);
  if (!title) {
    return null;
  }
  const season = [heroText, ogTitle, documentTitle].map(seasonNumberInTitle).find((value) => value !== null) ?? null;
  const kind = firstKnownKind(
    season !== null ? 'series' : 'unknown',
    node ? kindFromSchemaTypes(jsonLdTypes(node)) : 'unknown',
    ogTitle ? kindFromOgType(readMeta(document, 'og:type')) : 'unknown',
    readText(document, HERO_RUNTIME) ? 'film' : 'unknown',
  );
  // The badge shows this season's year: only season 1's (or a film's) is the premiere.
  const year =
    season !== null && season > 1
      ? null
      : (findYearInText(readText(document, HERO_YEAR)) ?? yearFromDate(jsonLdText(node, 'datePublished')));
  return createPageShow('prime-video', match, { title, year, kind });
}

function readPrimeVideoPage(document: Document, url: URL): PageShow | null {
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
  name: 'Prime Video',
  matches: PRIME_VIDEO_MATCHES,
  tvmazeNetworks: ['Prime Video', 'Amazon Prime Video'],
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
    ],
    player: [
      'https://www.primevideo.com/detail/0KRGHGZCHKS920ZQGY5LBRF7MA/ref=atv_dp_btf_el_prime_sd_tv_play?autoplay=1&t=0',
      'https://www.amazon.com/gp/video/detail/B07QNH1GYX/ref=atv_dp_watch?autoplay=1&t=0',
      'https://www.primevideo.com/region/eu/detail/0QN2VSJ7J5D6TCMAHYKUQQ5J1S?autoplay=1',
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
    ],
  },
  detect: detectPrimeVideoPage,
  read: readPrimeVideoPage,
};
