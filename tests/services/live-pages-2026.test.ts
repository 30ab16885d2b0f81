/**
 * What the live sites serve in 2026, per service (docs/detection.md lists each fact with the public
 * code it comes from and its date). The markup here is ours, written to match that evidence: no
 * page of a streaming site was saved or copied.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disneyPlusService } from '../../utils/services/disney-plus';
import { huluService } from '../../utils/services/hulu';
import { imdbService } from '../../utils/services/imdb';
import { maxService } from '../../utils/services/max';
import { netflixMetadataUrl, netflixService, parseNetflixMetadata } from '../../utils/services/netflix';
import { paramountPlusService } from '../../utils/services/paramount-plus';
import { peacockService } from '../../utils/services/peacock';
import { primeVideoService } from '../../utils/services/prime-video';
import { detectPage } from '../../utils/services/registry';
import type { PageReading, StreamingService } from '../../utils/services/service';
import { attachDeclarativeShadowRoots, fixturePath, loadFixture, parseHtml } from './load-fixture';

function read(service: StreamingService, document: Document, url: string): PageReading | null {
  return service.read(document, new URL(url));
}

describe('Disney+: the player title inside open shadow roots', () => {
  const PLAYER_URL = 'https://www.disneyplus.com/en-gb/play/79955576-c891-414d-a8c3-1b2c3d4e5f60';

  it('reads the title-bug through three nested shadow roots', () => {
    const document = attachDeclarativeShadowRoots(loadFixture('disney-plus', 'player-shadow-root.html'));
    // Nothing is reachable without crossing the shadow boundary.
    expect(document.querySelector('.title-field')).toBeNull();
    expect(read(disneyPlusService, document, PLAYER_URL)).toEqual({
      show: {
        service: 'disney-plus',
        serviceTitleId: null,
        title: 'Loki',
        year: null,
        kind: 'series',
        imdbId: null,
        pageKind: 'player',
      },
      layer: 'page-markup',
    });
  });

  it('reads a shadow root attached by script, as the player does', () => {
    const document = parseHtml('<title>Hawkeye | Disney+</title><div id="host"></div>');
    const bug = document.createElement('title-bug');
    const root = bug.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.className = 'title-btn';
    const title = document.createElement('div');
    title.className = 'title-field';
    title.textContent = 'Hawkeye';
    button.append(title);
    root.append(button);
    document.getElementById('host')?.append(bug);
    expect(read(disneyPlusService, document, PLAYER_URL)?.show).toMatchObject({ title: 'Hawkeye', kind: 'film' });
  });

  it('falls back to the tab title once the overlay has left the DOM', () => {
    const document = attachDeclarativeShadowRoots(loadFixture('disney-plus', 'player-shadow-root.html'));
    document.querySelector('disney-web-player-ui')?.remove();
    expect(read(disneyPlusService, document, PLAYER_URL)).toMatchObject({
      show: { title: 'Loki', kind: 'unknown' },
      layer: 'tab-title',
    });
  });

  it('does not read a closed shadow root or the site name alone', () => {
    const document = parseHtml('<title>Disney+</title><div id="host"></div>');
    const host = document.getElementById('host');
    const closed = host?.attachShadow({ mode: 'closed' });
    const title = document.createElement('div');
    title.className = 'title-field';
    title.textContent = 'Secret';
    closed?.append(title);
    expect(read(disneyPlusService, document, PLAYER_URL)).toBeNull();
  });

  it('trusts details-page JSON-LD only when its url names the entity', () => {
    const url = 'https://www.disneyplus.com/browse/entity-7df81cf5-6be5-4e05-9ff6-da33baf0b94d';
    const stale = parseHtml(`<title>Loki | Disney+</title>
      <script type="application/ld+json">{"@type":"TVSeries","name":"Loki"}</script>
      <div data-testid="details-title-treatment"><img alt="The Mandalorian"></div>`);
    expect(read(disneyPlusService, stale, url)).toMatchObject({
      show: { title: 'The Mandalorian' },
      layer: 'page-markup',
    });
  });
});

describe('Prime Video: 2026 detail pages, player tab titles and every store', () => {
  it('reads the title art on a page with no JSON-LD and no og tags', () => {
    const document = loadFixture('prime-video', 'show-title-art.html');
    expect(document.querySelector('script[type="application/ld+json"], meta[property^="og:"]')).toBeNull();
    expect(read(primeVideoService, document, 'https://www.primevideo.com/detail/0KRGHGZCHKS920ZQGY5LBRF7MA')).toEqual({
      show: {
        service: 'prime-video',
        serviceTitleId: '0KRGHGZCHKS920ZQGY5LBRF7MA',
        title: 'The Boys',
        year: 2019,
        kind: 'series',
        imdbId: null,
        pageKind: 'title',
      },
      layer: 'page-markup',
    });
  });

  it('reads the ATF picture when the h1 is gone', () => {
    const document = parseHtml(`<title>Watch Fallout | Prime Video</title>
      <div class="DVWebNode-detail-atf-wrapper"><picture><img alt="Fallout"></picture></div>`);
    expect(read(primeVideoService, document, 'https://www.amazon.co.uk/gp/video/detail/B0CN4DXLWF')).toMatchObject({
      show: { title: 'Fallout' },
      layer: 'page-markup',
    });
  });

  it('reads the show, not "Volume 3", from the player tab title', () => {
    const document = loadFixture('prime-video', 'player-volume.html');
    expect(read(primeVideoService, document, 'https://www.amazon.com/gp/video/detail/B00HFN3BX4/')).toMatchObject({
      show: { title: 'Batman: The Animated Series', serviceTitleId: 'B00HFN3BX4' },
      layer: 'tab-title',
    });
  });

  it('reads the new player heading and its episode-info line', () => {
    const document = parseHtml(`<title>Prime Video: Reacher: Season 2</title>
      <div id="dv-web-player"><div class="atvwebplayersdk-player-container">
        <h1>Reacher</h1><div class="atvwebplayersdk-episode-info">Season 2, Ep. 3 Picture Says a Thousand Words</div>
      </div></div>`);
    const url = 'https://www.amazon.com/-/es/gp/video/detail/B0CMDR8JVC/ref=atv_dp_watch?autoplay=1&t=0';
    expect(read(primeVideoService, document, url)).toMatchObject({
      show: { title: 'Reacher', kind: 'series', pageKind: 'player' },
      layer: 'page-markup',
    });
  });

  it.each([
    ['https://www.amazon.co.jp/gp/video/detail/B08BYXW1JJ/', 'B08BYXW1JJ'],
    ['https://www.amazon.ca/gp/video/detail/B07QNH1GYX/ref=atv_hm_hom_1_c_8pZiqd_2_1', 'B07QNH1GYX'],
    ['https://www.amazon.fr/gp/video/detail/B0875L45GK', 'B0875L45GK'],
    ['https://www.amazon.com.mx/gp/video/detail/B0875L45GK', 'B0875L45GK'],
    ['https://www.amazon.com/-/es/gp/video/detail/B07QNH1GYX/ref=atv_dp_share_cu_r', 'B07QNH1GYX'],
    ['https://www.amazon.de/-/en/gp/video/detail/B07FPR4M1S', 'B07FPR4M1S'],
  ])('detects %s', (url, id) => {
    expect(detectPage(new URL(url))).toMatchObject({
      service: { id: 'prime-video' },
      match: { kind: 'title', serviceTitleId: id },
    });
  });

  it('stays off the rest of every store', () => {
    for (const url of ['https://www.amazon.co.jp/dp/B08BYXW1JJ', 'https://www.amazon.com/-/es/dp/B07QNH1GYX']) {
      expect(detectPage(new URL(url))).toBeNull();
    }
  });
});

describe('Paramount+: show-less player URLs and underscore slugs', () => {
  it('reads /shows/video/<id>/ as a player, not as a show named "video"', () => {
    const url = 'https://www.paramountplus.com/shows/video/esJvFlqdrcS_kFHnpxSuYp449E7tTexD/';
    expect(paramountPlusService.detect(new URL(url))).toEqual({ kind: 'player', serviceTitleId: null });
    const document = parseHtml(`<title>Ka Makani Kona - Hawaii Five-0 | Paramount Plus</title>
      <script type="application/ld+json">{"@type":"Episode","name":"Ka Makani Kona",
        "partOfSeries":{"@type":"TVSeries","name":"Hawaii Five-0","url":"https://www.paramountplus.com/shows/hawaii_five_0/"}}</script>`);
    expect(read(paramountPlusService, document, url)).toMatchObject({
      show: { title: 'Hawaii Five-0', kind: 'series', pageKind: 'player', serviceTitleId: null },
      layer: 'structured-data',
    });
  });

  it('never takes the episode tab title for the show on a show-less player', () => {
    const document = parseHtml('<title>Ka Makani Kona | Paramount Plus</title>');
    const url = 'https://www.paramountplus.com/shows/video/esJvFlqdrcS_kFHnpxSuYp449E7tTexD/';
    expect(read(paramountPlusService, document, url)).toBeNull();
  });

  it('detects slugs with underscores', () => {
    expect(paramountPlusService.detect(new URL('https://www.paramountplus.com/shows/hawaii_five_0/'))).toEqual({
      kind: 'title',
      serviceTitleId: 'hawaii_five_0',
    });
    const player = 'https://www.paramountplus.com/shows/hawaii_five_0/video/AoXXIyaS4PQl1rBQsG0YJk7UvLmGmZkc/x/';
    expect(paramountPlusService.detect(new URL(player))).toEqual({ kind: 'player', serviceTitleId: 'hawaii_five_0' });
  });
});

describe('Peacock: watch-online pages, the singular movie route, dotted slugs, the player', () => {
  it.each([
    ['https://www.peacocktv.com/watch-online/tv/mrs.-davis/5074205589847182112', '5074205589847182112'],
    [
      'https://www.peacocktv.com/watch-online/tv/the-office-uk/8893980556248533112/seasons/1/episodes/work-experience-episode-2/9694b7a9-ffae-3b84-9606-5f852ccffee0',
      '8893980556248533112',
    ],
    [
      'https://www.peacocktv.com/watch/asset/movie/despicable-me-2/f45c2853-4230-3910-aa53-51ac37f5a788',
      'f45c2853-4230-3910-aa53-51ac37f5a788',
    ],
    ['https://www.peacocktv.com/watch/asset/tv/mrs.-davis/5074205589847182112', '5074205589847182112'],
  ])('detects %s', (url, id) => {
    expect(peacockService.detect(new URL(url))).toEqual({ kind: 'title', serviceTitleId: id });
  });

  it('reads a watch-online page and its kind from the route', () => {
    const url = 'https://www.peacocktv.com/watch-online/tv/the-office/4902514835143843112';
    expect(read(peacockService, loadFixture('peacock', 'watch-online-series.html'), url)).toEqual({
      show: {
        service: 'peacock',
        serviceTitleId: '4902514835143843112',
        title: 'The Office',
        year: null,
        kind: 'series',
        imdbId: null,
        pageKind: 'title',
      },
      layer: 'structured-data',
    });
  });

  it('calls the singular movie route a film, from the tab title alone', () => {
    const url = 'https://www.peacocktv.com/watch/asset/movie/despicable-me-2/f45c2853-4230-3910-aa53-51ac37f5a788';
    expect(read(peacockService, parseHtml('<title>Despicable Me 2 - Peacock</title>'), url)).toMatchObject({
      show: { title: 'Despicable Me 2', kind: 'film' },
      layer: 'tab-title',
    });
  });

  it('reads the player title from data-testid="metadata-title"', () => {
    const url = 'https://www.peacocktv.com/watch/playback/vod/_/99d0061c-9f02-3093-819d-c397049a8106';
    expect(read(peacockService, loadFixture('peacock', 'player-metadata-title.html'), url)).toMatchObject({
      show: { title: 'The Office', kind: 'series', pageKind: 'player' },
      layer: 'page-markup',
    });
  });
});

describe('Netflix: the modal story art and the same-origin metadata endpoint', () => {
  it('reads the story art alt in the detail modal', () => {
    const document = parseHtml(`<title>Netflix</title>
      <div data-uia="modal-motion-container-DETAIL_MODAL">
        <img class="playerModel--player__storyArt" alt="Dark">
        <div data-uia="previewModal--detailsMetadata"><span>2017</span><span>3 Seasons</span></div>
      </div>`);
    expect(read(netflixService, document, 'https://www.netflix.com/browse?jbv=80100172')).toMatchObject({
      show: { title: 'Dark', kind: 'series', serviceTitleId: '80100172' },
      layer: 'page-markup',
    });
  });

  const watchMatch = { kind: 'player', serviceTitleId: null } as const;
  const metadata = (name: string) => JSON.parse(readFileSync(fixturePath('netflix', name), 'utf8')) as unknown;

  it('builds the request from the constant endpoint and the numeric id only', () => {
    expect(netflixMetadataUrl('80100174')).toBe(
      'https://www.netflix.com/nq/website/memberapi/release/metadata?movieid=80100174',
    );
    expect(netflixMetadataUrl('80100174&x=1')).toBeNull();
    expect(netflixMetadataUrl('')).toBeNull();
  });

  it("names an episode's show, its id, kind and premiere year", () => {
    expect(parseNetflixMetadata(metadata('metadata-episode.json'), '80100174', watchMatch)).toEqual({
      show: {
        service: 'netflix',
        serviceTitleId: '80100172',
        title: 'Dark',
        year: 2017,
        kind: 'series',
        imdbId: null,
        pageKind: 'player',
      },
      layer: 'page-data',
    });
  });

  it('names a film', () => {
    expect(parseNetflixMetadata(metadata('metadata-film.json'), '81458416', watchMatch)?.show).toMatchObject({
      title: 'Glass Onion: A Knives Out Mystery',
      serviceTitleId: '81458416',
      year: 2022,
      kind: 'film',
    });
  });

  it('rejects an answer about another title, or of another shape', () => {
    expect(parseNetflixMetadata(metadata('metadata-episode.json'), '99999999', watchMatch)).toBeNull();
    expect(parseNetflixMetadata(metadata('metadata-film.json'), '80100174', watchMatch)).toBeNull();
    for (const broken of [
      null,
      'Dark',
      { video: { id: '80100172', title: 'Dark', type: 'show' } },
      { video: { id: 80100172, title: '', type: 'show', seasons: [] } },
      { video: { id: 80100172, title: 'Dark', type: 'podcast' } },
      { video: { id: 80100172, title: 'x'.repeat(301), type: 'movie' } },
    ]) {
      expect(parseNetflixMetadata(broken, '80100172', watchMatch)).toBeNull();
    }
  });

  it('asks only on /watch pages, with the id of the URL', async () => {
    const asked: string[] = [];
    const fetchJson = async (url: string) => {
      asked.push(url);
      return metadata('metadata-episode.json');
    };
    const readPageData = netflixService.readPageData;
    expect(readPageData).toBeDefined();
    if (!readPageData) return;
    const reading = await readPageData(new URL('https://www.netflix.com/watch/80100174?trackId=1'), fetchJson);
    expect(reading).toMatchObject({ show: { title: 'Dark', serviceTitleId: '80100172' }, layer: 'page-data' });
    expect(await readPageData(new URL('https://www.netflix.com/title/80100172'), fetchJson)).toBeNull();
    expect(asked).toEqual(['https://www.netflix.com/nq/website/memberapi/release/metadata?movieid=80100174']);
  });
});

describe('Hulu: the 2026 details header and the JSON-LD release event', () => {
  const url = 'https://www.hulu.com/series/the-bear-05eb6a8e-90ed-4947-8c0b-e6536cbddd5f';

  it('reads .SimpleModalNav__title when no structured data names the show', () => {
    const document = parseHtml(
      `<title>Hulu</title><div class="SimpleModalNav"><h1 class="SimpleModalNav__title">The Bear</h1></div>`,
    );
    expect(read(huluService, document, url)).toMatchObject({
      show: { title: 'The Bear', kind: 'series' },
      layer: 'page-markup',
    });
  });

  it('takes the year from releasedEvent.startDate', () => {
    const document = parseHtml(`<script type="application/ld+json">{"@context":"http://schema.org","@type":"TVSeries",
      "name":"The Bear","url":"${url}","releasedEvent":{"@type":"PublicationEvent","startDate":"2022-06-23"}}</script>`);
    expect(read(huluService, document, url)).toMatchObject({
      show: { title: 'The Bear', year: 2022 },
      layer: 'structured-data',
    });
  });
});

describe('HBO Max: bare hbomax.com, and a player tab title that is the episode', () => {
  it('claims bare hbomax.com', () => {
    expect(maxService.detect(new URL('https://hbomax.com/show/c8ea8e19-cae7-4683-9b62-cdbbed744784'))).toEqual({
      kind: 'title',
      serviceTitleId: 'c8ea8e19-cae7-4683-9b62-cdbbed744784',
    });
    expect(detectPage(new URL('https://hbomax.com/'))).toBeNull();
  });

  const playerUrl = 'https://play.hbomax.com/video/watch/6a3b5c7d-9e1f-4a2b-8c3d-5e7f9a1b3c5d';

  it("reads the player's asset title, never the tab title", () => {
    const document = parseHtml(`<title>Trust Fall • HBO Max</title>
      <div data-testid="playerContainer"><div role="group" aria-label="video player" data-testid="overlay-root">
        <span data-testid="player-ux-asset-title">The Pitt</span>
        <span data-testid="player-ux-season-episode">T1 Ep.2:</span>
        <span data-testid="player-ux-asset-subtitle">Trust Fall</span>
      </div></div>`);
    expect(read(maxService, document, playerUrl)).toMatchObject({
      show: { title: 'The Pitt', kind: 'series', pageKind: 'player' },
      layer: 'page-markup',
    });
  });

  it('reads nothing while only the tab title (the episode) names something', () => {
    expect(read(maxService, parseHtml('<title>Trust Fall • HBO Max</title><video></video>'), playerUrl)).toBeNull();
  });
});

describe('IMDb: TV mini series, TV movies and TV specials', () => {
  const page = (type: string, name: string) =>
    parseHtml(`<meta property="imdb:pageConst" content="tt0000001">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","name":"${name}",
        "url":"https://www.imdb.com/title/tt0000001/","datePublished":"2019-05-06"}</script>`);

  it.each([
    ['TVMiniSeries', 'Chernobyl', 'series'],
    ['TVMovie', 'El Camino', 'film'],
    ['TVSpecial', 'Bandersnatch', 'film'],
  ])('reads a %s', (type, name, kind) => {
    expect(read(imdbService, page(type, name), 'https://www.imdb.com/title/tt0000001/')).toMatchObject({
      show: { title: name, kind, year: 2019, imdbId: 'tt0000001' },
      layer: 'structured-data',
    });
  });

  it('reads "TV Special" in the tab title as a one-off', () => {
    const document = parseHtml('<title>Bandersnatch (TV Special 2018) - IMDb</title>');
    expect(read(imdbService, document, 'https://www.imdb.com/title/tt0000001/')?.show).toMatchObject({
      title: 'Bandersnatch',
      kind: 'film',
      year: 2018,
    });
  });
});

describe("IMDb: the page's app state (__NEXT_DATA__)", () => {
  it('reads a title from the app state alone', () => {
    expect(
      read(imdbService, loadFixture('imdb', 'show-app-state-only.html'), 'https://www.imdb.com/title/tt7366338/'),
    ).toEqual({
      show: {
        service: 'imdb',
        serviceTitleId: 'tt7366338',
        title: 'Chernobyl',
        year: 2019,
        kind: 'series',
        imdbId: 'tt7366338',
        pageKind: 'title',
      },
      layer: 'structured-data',
    });
  });

  const appState = (aboveTheFoldData: unknown) =>
    `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { aboveTheFoldData } } })}</script>`;

  it("reads an episode's series, with the series' own tt id", () => {
    const document = parseHtml(
      appState({
        id: 'tt1628065',
        titleType: { id: 'tvEpisode', isEpisode: true },
        titleText: { text: 'Tell It to the Frogs' },
        releaseYear: { year: 2010 },
        series: { series: { id: 'tt1520211', titleText: { text: 'The Walking Dead' }, releaseYear: { year: 2010 } } },
      }),
    );
    expect(read(imdbService, document, 'https://www.imdb.com/title/tt1628065/')?.show).toMatchObject({
      title: 'The Walking Dead',
      imdbId: 'tt1520211',
      serviceTitleId: 'tt1520211',
      kind: 'series',
      year: 2010,
    });
  });

  it.each([
    ['tvMovie', 'film'],
    ['tvSpecial', 'film'],
    ['movie', 'film'],
    ['tvSeries', 'series'],
    ['podcastSeries', 'unknown'],
  ])('calls titleType %s a %s', (type, kind) => {
    const document = parseHtml(
      appState({ id: 'tt0000001', titleType: { id: type }, titleText: { text: 'Some Title' } }),
    );
    expect(read(imdbService, document, 'https://www.imdb.com/title/tt0000001/')?.show.kind).toBe(kind);
  });

  it('ignores app state about another title, or of another shape', () => {
    const stale = parseHtml(
      appState({ id: 'tt0000002', titleType: { id: 'tvSeries' }, titleText: { text: 'Previous' } }),
    );
    expect(read(imdbService, stale, 'https://www.imdb.com/title/tt0000001/')).toBeNull();
    const odd = parseHtml(
      '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"aboveTheFoldData":{"id":42}}}}</script>',
    );
    expect(read(imdbService, odd, 'https://www.imdb.com/title/tt0000001/')).toBeNull();
    const broken = parseHtml('<script id="__NEXT_DATA__" type="application/json">{"props":</script>');
    expect(read(imdbService, broken, 'https://www.imdb.com/title/tt0000001/')).toBeNull();
  });
});
