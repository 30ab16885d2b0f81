/**
 * The other services' pages for the end-to-end suite, served by host by the fixture server: mostly
 * the saved markup the services' unit tests read (tests/fixtures/<service>/*.html), each at a URL its
 * service's `detect` claims (the URL its comment names), plus a few generated pages where no saved
 * page fits: a Disney+ single-page app, a Peacock page for the correction flow, and "redesigned" pages
 * (markup with nothing readable) at show URLs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES_DIRECTORY = join(import.meta.dirname, '..', '..', 'fixtures');

export interface ServicePage {
  /** The page's real URL. A page whose URL has a query is served for that exact query only. */
  url: string;
  /** Saved markup, `<service-id>/<file>.html` under tests/fixtures. */
  fixture?: string;
  /** A generated page. */
  render?: () => string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Disney+ details entities the single-page app knows; it is entered at Loki's. */
const DISNEY_APP_LOKI = { id: 'c3e1a7f0-2b4d-4e6f-8a9b-0c1d2e3f4a5b', name: 'Loki', year: 2021, seasons: 2 };
const DISNEY_APP_TITLES = [
  DISNEY_APP_LOKI,
  { id: '7df81cf5-6be5-4e05-9ff6-da33baf0b94d', name: 'The Mandalorian', year: 2019, seasons: 3 },
];

/**
 * Disney+ as the single-page app it is: links change the URL with pushState and the details render a
 * moment later; the head's JSON-LD stays the first page's (docs/detection.md: it goes stale in-app).
 */
function disneyPlusApp(first: (typeof DISNEY_APP_TITLES)[number]): string {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'TVSeries',
    name: first.name,
    url: `https://www.disneyplus.com/browse/entity-${first.id}`,
    startDate: `${first.year}-06-09`,
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(first.name)} | Disney+</title>
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head>
<body style="min-height:900px">
<nav><a data-spa href="/home" data-testid="nav-home">Home</a></nav>
<div id="app_body_content"></div>
<script>
const titles = ${JSON.stringify(DISNEY_APP_TITLES)};
function render() {
  const root = document.getElementById('app_body_content');
  root.replaceChildren();
  const id = /^\\/browse\\/entity-([0-9a-f-]{36})$/.exec(location.pathname)?.[1];
  const title = titles.find((t) => t.id === id);
  if (!title) {
    document.title = 'Home | Disney+';
    for (const t of titles) {
      const card = document.createElement('a');
      card.setAttribute('data-spa', '');
      card.href = '/browse/entity-' + t.id;
      card.setAttribute('aria-label', t.name);
      card.textContent = t.name;
      root.append(card);
    }
    return;
  }
  document.title = title.name + ' | Disney+';
  const treatment = document.createElement('div');
  treatment.setAttribute('data-testid', 'details-title-treatment');
  const logo = document.createElement('img');
  logo.alt = title.name;
  treatment.append(logo);
  const meta = document.createElement('div');
  meta.setAttribute('data-testid', 'details-metadata');
  meta.textContent = title.year + ' • ' + title.seasons + ' Seasons';
  root.append(treatment, meta);
  for (const other of titles.filter((t) => t !== title)) {
    const link = document.createElement('a');
    link.setAttribute('data-spa', '');
    link.setAttribute('data-testid', 'suggested');
    link.href = '/browse/entity-' + other.id;
    link.textContent = other.name;
    root.append(link);
  }
}
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-spa]');
  if (!link) return;
  event.preventDefault();
  history.pushState({}, '', link.getAttribute('href'));
  setTimeout(render, 150);
});
window.addEventListener('popstate', () => setTimeout(render, 150));
render();
</script>
</body></html>`;
}

/** Peacock's in-app title page: og tags and a heading, no year and no JSON-LD. */
function peacockAssetPage(name: string, url: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)} | Peacock</title>
<meta property="og:title" content="${escapeHtml(name)}">
<meta property="og:url" content="${escapeHtml(url)}"></head>
<body style="min-height:900px"><div id="root"><h1>${escapeHtml(name)}</h1></div></body></html>`;
}

/**
 * The Disney+ player before its controls show: the player's open shadow root is there, and the
 * overlay with the title is rendered into it a moment later, by script, as the real player does when
 * the mouse moves (docs/detection.md, Disney+). Only the shadow root changes, not the document.
 */
function disneyPlusLateOverlayPlayer(name: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)} | Disney+</title></head>
<body style="min-height:900px">
<disney-web-player-ui><template shadowrootmode="open"><div class="player-ui"></div></template></disney-web-player-ui>
<video></video>
<script>
setTimeout(() => {
  const ui = document.querySelector('disney-web-player-ui').shadowRoot.querySelector('.player-ui');
  const bug = document.createElement('title-bug');
  const root = bug.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  button.className = 'title-btn';
  const title = document.createElement('div');
  title.className = 'title-field';
  title.textContent = ${JSON.stringify(name)};
  const subtitle = document.createElement('div');
  subtitle.className = 'subtitle-field';
  subtitle.textContent = 'S1:E2 The Variant';
  button.append(title, subtitle);
  root.append(button);
  ui.append(bug);
}, 1500);
</script>
</body></html>`;
}

const BATTLESTAR = 'https://www.peacocktv.com/watch/asset/tv/battlestar-galactica/5f3c2a1b-7d9e-3c4f-8a2b-6e1d0c9b8a7f';

export const SERVICE_PAGES = {
  // Prime Video: a season page and its player overlay (same URL, autoplay=1), Amazon's store, a film.
  primeVideoSeries: {
    url: 'https://www.primevideo.com/detail/0KRGHGZCHKS920ZQGY5LBRF7MA',
    fixture: 'prime-video/show-series.html',
  },
  primeVideoPlayer: {
    url: 'https://www.primevideo.com/detail/0KRGHGZCHKS920ZQGY5LBRF7MA?autoplay=1&t=0',
    fixture: 'prime-video/player.html',
  },
  primeVideoAmazonSeason4: {
    url: 'https://www.amazon.com/gp/video/detail/B0CRP4Y4WC',
    fixture: 'prime-video/show-series-season-4.html',
  },
  primeVideoFilm: {
    url: 'https://www.primevideo.com/region/eu/detail/0QN2VSJ7J5D6TCMAHYKUQQ5J1S',
    fixture: 'prime-video/show-film.html',
  },
  primeVideoRedesigned: {
    url: 'https://www.primevideo.com/detail/0REDESIGNEDQ8D3KRPZV1XMN2B',
    fixture: 'prime-video/redesigned.html',
  },

  // Disney+: the details page, the player, a film (older URL form), the single-page app.
  disneyPlusSeries: {
    url: 'https://www.disneyplus.com/browse/entity-7df81cf5-6be5-4e05-9ff6-da33baf0b94d',
    fixture: 'disney-plus/show-series.html',
  },
  disneyPlusPlayer: {
    url: 'https://www.disneyplus.com/play/5b1b7b34-8a0e-4c5e-a3b1-9d0c1f2e3a4b',
    fixture: 'disney-plus/player.html',
  },
  disneyPlusFilm: {
    url: 'https://www.disneyplus.com/movies/encanto/33q7DY1rtHQH',
    fixture: 'disney-plus/show-film.html',
  },
  disneyPlusApp: {
    url: `https://www.disneyplus.com/browse/entity-${DISNEY_APP_LOKI.id}`,
    render: () => disneyPlusApp(DISNEY_APP_LOKI),
  },
  disneyPlusRedesigned: {
    url: 'https://www.disneyplus.com/browse/entity-0e0d0c0b-0a09-4807-8605-040302010000',
    fixture: 'disney-plus/redesigned.html',
  },

  hulu: {
    url: 'https://www.hulu.com/series/the-bear-05eb6a8e-90ed-4947-8c0b-e6536cbddd5f',
    fixture: 'hulu/show-series.html',
  },
  huluPlayer: { url: 'https://www.hulu.com/watch/a4f9c1d2-3b5e-4f60-8a7b-9c0d1e2f3a4b', fixture: 'hulu/player.html' },
  huluFilm: {
    url: 'https://www.hulu.com/movie/prey-2b6a7f4e-41f1-4a4a-9c1f-0f3f4e5d6c7b',
    fixture: 'hulu/show-film.html',
  },
  huluRedesigned: {
    url: 'https://www.hulu.com/series/unknown-show-9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
    fixture: 'hulu/redesigned.html',
  },

  // Max under both of its current hosts, and the HBO Max marketing site the HBO Max fixture is from.
  maxSeries: { url: 'https://play.max.com/show/c8ea8e19-cae7-4683-9b62-cdbbed744784', fixture: 'max/show-series.html' },
  maxHbomaxSeries: {
    url: 'https://play.hbomax.com/show/5a8f1b2c-3d4e-4f50-a617-b8c9d0e1f2a3',
    fixture: 'max/show-series-hbomax.html',
  },
  maxHbomaxMarketing: {
    url: 'https://www.hbomax.com/gb/en/shows/succession/5a8f1b2c-3d4e-4f50-a617-b8c9d0e1f2a3',
    fixture: 'max/show-series-hbomax.html',
  },
  maxPlayer: {
    url: 'https://play.max.com/video/watch/6a3b5c7d-9e1f-4a2b-8c3d-5e7f9a1b3c5d/0f2e4d6c-8b0a-4c2e-9f4d-6b8a0c2e4f6a',
    fixture: 'max/player.html',
  },
  maxFilm: { url: 'https://play.max.com/movie/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', fixture: 'max/show-film.html' },
  maxRedesigned: {
    url: 'https://play.hbomax.com/show/1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a',
    fixture: 'max/redesigned.html',
  },

  appleTvSeries: {
    url: 'https://tv.apple.com/us/show/severance/umc.cmc.1srk2goyh2q2zdxcx605w8vtx',
    fixture: 'apple-tv/show-series.html',
  },
  appleTvPlayer: {
    url: 'https://tv.apple.com/us/episode/good-news-about-hell/umc.cmc.3r9v3l0h1v2x6kq3d3v6j7z1t?showId=umc.cmc.1srk2goyh2q2zdxcx605w8vtx',
    fixture: 'apple-tv/player.html',
  },
  appleTvPlayerLinkOnly: {
    url: 'https://tv.apple.com/gb/episode/pilot/umc.cmc.6fmw7ot0wzd7xq3c1v8n2b4yk',
    fixture: 'apple-tv/player-link-only.html',
  },
  appleTvFilm: {
    url: 'https://tv.apple.com/us/movie/killers-of-the-flower-moon/umc.cmc.5x1fg9vferlfeutzpq6rra1zf',
    fixture: 'apple-tv/show-film.html',
  },
  appleTvRedesigned: {
    url: 'https://tv.apple.com/us/show/unknown-show/umc.cmc.0redesigned0page0apple0tv',
    fixture: 'apple-tv/redesigned.html',
  },

  paramountPlusSeries: {
    url: 'https://www.paramountplus.com/shows/tulsa-king/',
    fixture: 'paramount-plus/show-series.html',
  },
  paramountPlusPlayer: {
    url: 'https://www.paramountplus.com/shows/tulsa-king/video/Lr3a9Dq1bVYk_gdqPKMW5eGwGPYBTKxK/tulsa-king-go-west/',
    fixture: 'paramount-plus/player.html',
  },
  paramountPlusFilm: {
    url: 'https://www.paramountplus.com/movies/top-gun-maverick/wQH9yE_y_Dt1ekDYm3yelhhTyrmk2VsA/',
    fixture: 'paramount-plus/show-film.html',
  },
  paramountPlusRedesigned: {
    url: 'https://www.paramountplus.com/shows/unknown-show/',
    fixture: 'paramount-plus/redesigned.html',
  },

  peacockSeries: {
    url: 'https://www.peacocktv.com/watch/asset/tv/the-office/4902514835143843112',
    fixture: 'peacock/show-series.html',
  },
  peacockCatalogue: {
    url: 'https://www.peacocktv.com/stream-tv/the-office',
    fixture: 'peacock/show-series-catalogue.html',
  },
  peacockPlayer: {
    url: 'https://www.peacocktv.com/watch/playback/vod/GMO_00000000224510_02_HDSDR/4b2c8e1a-6d3f-3a5b-9c7e-1f0a2b3c4d5e',
    fixture: 'peacock/player.html',
  },
  peacockFilm: {
    url: 'https://www.peacocktv.com/watch/asset/movies/oppenheimer/1e3f5a7c-9b2d-3e4f-8a6b-0c1d2e3f4a5b',
    fixture: 'peacock/show-film.html',
  },
  peacockRedesigned: {
    url: 'https://www.peacocktv.com/watch/asset/tv/unknown-show/6109283746501928374',
    fixture: 'peacock/redesigned.html',
  },
  // The correction flow: a title two TVmaze shows share, on a page without a year; then a season tab.
  peacockBattlestar: { url: BATTLESTAR, render: () => peacockAssetPage('Battlestar Galactica', BATTLESTAR) },
  peacockBattlestarSeason: {
    url: `${BATTLESTAR}/seasons/1`,
    render: () => peacockAssetPage('Battlestar Galactica', BATTLESTAR),
  },

  // Pages as the live sites serve them in 2026 (docs/detection.md; tests/e2e/real-pages.e2e.ts): the
  // Disney+ player with its title in open shadow roots, Prime Video's title art (also on Amazon's
  // store under a language prefix), Peacock's public /watch-online/ page.
  disneyPlusPlayerShadowRoot: {
    url: 'https://www.disneyplus.com/en-gb/play/79955576-c891-414d-a8c3-1b2c3d4e5f60',
    fixture: 'disney-plus/player-shadow-root.html',
  },
  disneyPlusPlayerLateOverlay: {
    url: 'https://www.disneyplus.com/play/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    render: () => disneyPlusLateOverlayPlayer('Loki'),
  },
  primeVideoTitleArt: {
    url: 'https://www.primevideo.com/detail/0TITLEARTKS920ZQGY5LBRF7MA',
    fixture: 'prime-video/show-title-art.html',
  },
  primeVideoTitleArtSpanishStore: {
    url: 'https://www.amazon.com/-/es/gp/video/detail/B0TITLEART',
    fixture: 'prime-video/show-title-art.html',
  },
  peacockWatchOnline: {
    url: 'https://www.peacocktv.com/watch-online/tv/the-office/4902514835143843112',
    fixture: 'peacock/watch-online-series.html',
  },

  imdbSeries: { url: 'https://www.imdb.com/title/tt0903747/', fixture: 'imdb/show-series.html' },
  imdbEpisode: { url: 'https://www.imdb.com/title/tt2301451/', fixture: 'imdb/show-episode.html' },
  imdbPlayer: { url: 'https://www.imdb.com/video/vi3286805273/?playlistId=tt0903747', fixture: 'imdb/player.html' },
  imdbFilm: { url: 'https://www.imdb.com/title/tt15398776/', fixture: 'imdb/show-film.html' },
  imdbRedesigned: { url: 'https://www.imdb.com/title/tt0000009/', fixture: 'imdb/redesigned.html' },
} satisfies Record<string, ServicePage>;

export type ServicePageName = keyof typeof SERVICE_PAGES;

/** The Disney+ single-page app's entity URLs, by show name. */
export const DISNEY_APP_URLS = Object.fromEntries(
  DISNEY_APP_TITLES.map((title) => [title.name, `https://www.disneyplus.com/browse/entity-${title.id}`]),
) as Record<string, string>;

/** Every host the pages above live on. */
export const SERVICE_HOSTS = [
  ...new Set(Object.values(SERVICE_PAGES).map((page: ServicePage) => new URL(page.url).hostname)),
];

/**
 * The page at this URL: an exact match of path and query first, else a page whose URL has no query
 * and the same path (real links carry tracking parameters).
 */
export function findServicePage(url: URL): string | null {
  const pages: ServicePage[] = Object.values(SERVICE_PAGES);
  const sameHost = pages.filter((page) => new URL(page.url).hostname === url.hostname);
  const page =
    sameHost.find((candidate) => {
      const known = new URL(candidate.url);
      return known.pathname === url.pathname && known.search === url.search;
    }) ??
    sameHost.find((candidate) => {
      const known = new URL(candidate.url);
      return known.pathname === url.pathname && known.search === '';
    });
  if (!page) return null;
  if (page.render) return page.render();
  return readFileSync(join(FIXTURES_DIRECTORY, page.fixture ?? ''), 'utf8');
}
