import { describe, expect, it } from 'vitest';
import type { PageShow } from '../../utils/domain';
import { netflixService } from '../../utils/services/netflix';
import { loadFixture, parseHtml } from './load-fixture';

function read(fixture: string, url: string): PageShow | null {
  return netflixService.read(loadFixture('netflix', fixture), new URL(url))?.show ?? null;
}

describe('netflix detect', () => {
  it.each([
    ['https://www.netflix.com/title/80100172', { kind: 'title', serviceTitleId: '80100172' }],
    ['https://www.netflix.com/gb/title/80100172', { kind: 'title', serviceTitleId: '80100172' }],
    ['https://www.netflix.com/gb-en/title/80100172/', { kind: 'title', serviceTitleId: '80100172' }],
    ['https://www.netflix.com/browse?jbv=80057281', { kind: 'title', serviceTitleId: '80057281' }],
    ['https://www.netflix.com/browse/genre/83?jbv=80100172', { kind: 'title', serviceTitleId: '80100172' }],
    ['https://www.netflix.com/search?q=dark&jbv=80100172', { kind: 'title', serviceTitleId: '80100172' }],
    ['https://www.netflix.com/watch/81091393?trackId=1', { kind: 'player', serviceTitleId: null }],
  ])('%s', (url, expected) => {
    expect(netflixService.detect(new URL(url))).toEqual(expected);
  });

  it.each([
    'https://www.netflix.com/',
    'https://www.netflix.com/browse',
    'https://www.netflix.com/search?q=dark',
    'https://www.netflix.com/YourAccount',
    'https://www.netflix.com/login',
    'https://help.netflix.com/title/80100172',
    'https://www.example.com/title/80100172',
  ])('%s → null', (url) => {
    expect(netflixService.detect(new URL(url))).toBeNull();
  });
});

describe('netflix title page (logged out)', () => {
  it('reads a series from JSON-LD', () => {
    expect(read('title-series.html', 'https://www.netflix.com/title/80100172')).toEqual({
      service: 'netflix',
      serviceTitleId: '80100172',
      title: 'Dark',
      year: 2017,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads a film from JSON-LD Movie', () => {
    expect(read('title-film.html', 'https://www.netflix.com/title/80175798')).toEqual({
      service: 'netflix',
      serviceTitleId: '80175798',
      title: 'The Irishman',
      year: 2019,
      kind: 'film',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads a locale-prefixed page whose JSON-LD is an array', () => {
    expect(read('title-locale-gb.html', 'https://www.netflix.com/gb/title/80057281')).toEqual({
      service: 'netflix',
      serviceTitleId: '80057281',
      title: 'Stranger Things',
      year: 2016,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads a Spanish page: JSON-LD name, not the localized og:title', () => {
    expect(read('title-non-english.html', 'https://www.netflix.com/es/title/80192098')).toEqual({
      service: 'netflix',
      serviceTitleId: '80192098',
      title: 'La casa de papel',
      year: 2017,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('cleans the Spanish og:title when JSON-LD is missing', () => {
    const document = loadFixture('netflix', 'title-non-english.html');
    for (const script of Array.from(document.querySelectorAll('script'))) {
      script.remove();
    }
    expect(
      netflixService.read(document, new URL('https://www.netflix.com/es/title/80192098'))?.show ?? null,
    ).toMatchObject({
      title: 'La casa de papel',
      year: null,
      kind: 'unknown',
    });
  });

  it('returns the page-language name a German page gives (no original title is carried)', () => {
    const document = parseHtml(`<html lang="de"><head>
      <title>Haus des Geldes | Netflix</title>
      <script type="application/ld+json">{"@type":"TVSeries","url":"https://www.netflix.com/de/title/80192098","name":"Haus des Geldes","dateCreated":"2017-5-2"}</script>
      </head><body></body></html>`);
    expect(
      netflixService.read(document, new URL('https://www.netflix.com/de/title/80192098'))?.show ?? null,
    ).toMatchObject({
      title: 'Haus des Geldes',
      serviceTitleId: '80192098',
      year: 2017,
    });
  });

  it('reads JSON-LD with a raw line break and a trailing comma', () => {
    expect(read('title-broken-json-ld.html', 'https://www.netflix.com/title/80117552')).toEqual({
      service: 'netflix',
      serviceTitleId: '80117552',
      title: 'Ozark',
      year: 2017,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('ignores JSON-LD and og tags left over from another title', () => {
    // In-app navigation to Stranger Things left Dark's head tags; the tab title has moved on.
    const document = loadFixture('netflix', 'title-series.html');
    document.title = 'Stranger Things | Netflix Official Site';
    expect(netflixService.read(document, new URL('https://www.netflix.com/title/80057281'))?.show ?? null).toEqual({
      service: 'netflix',
      serviceTitleId: '80057281',
      title: 'Stranger Things',
      year: null,
      kind: 'unknown',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads the modal when a logged-in visitor opens /title/<id>', () => {
    expect(read('browse-modal-series.html', 'https://www.netflix.com/title/80100172')).toMatchObject({
      title: 'Dark',
      kind: 'series',
      pageKind: 'title',
    });
  });

  it('returns null on an empty page', () => {
    expect(
      netflixService.read(parseHtml('<title>Netflix</title>'), new URL('https://www.netflix.com/title/1'))?.show ??
        null,
    ).toBeNull();
  });
});

describe('netflix detail modal (logged in)', () => {
  it('reads the modal, not the billboard', () => {
    expect(read('browse-modal-series.html', 'https://www.netflix.com/browse?jbv=80100172')).toEqual({
      service: 'netflix',
      serviceTitleId: '80100172',
      title: 'Dark',
      // "3 Seasons 2020": 2020 is the latest season's year, not the premiere, so none is given.
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('gives the year of a limited series and decodes its name', () => {
    expect(read('browse-modal-limited-series.html', 'https://www.netflix.com/browse/genre/83?jbv=80234304')).toEqual({
      service: 'netflix',
      serviceTitleId: '80234304',
      title: "The Queen's Gambit",
      year: 2020,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads a film from its running time', () => {
    expect(read('browse-modal-film.html', 'https://www.netflix.com/browse?jbv=80175798')).toEqual({
      service: 'netflix',
      serviceTitleId: '80175798',
      title: 'The Irishman',
      year: 2019,
      kind: 'film',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('falls back to the tab title only while a modal is open without an alt', () => {
    expect(read('browse-modal-no-alt.html', 'https://www.netflix.com/browse?jbv=80117552')).toEqual({
      service: 'netflix',
      serviceTitleId: '80117552',
      title: 'Ozark',
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('returns null while only the billboard is rendered', () => {
    expect(read('browse-no-modal.html', 'https://www.netflix.com/browse?jbv=80100172')).toBeNull();
  });

  it('returns null once the modal is removed (in-app navigation), never reading the billboard', () => {
    const document = loadFixture('netflix', 'browse-modal-series.html');
    const url = new URL('https://www.netflix.com/browse?jbv=80100172');
    expect(netflixService.read(document, url)?.show?.title).toBe('Dark');

    document.querySelector('[data-uia="modal-motion-container-DETAIL_MODAL"]')?.remove();
    // The tab title still says "Dark - Netflix" and the billboard "Squid Game": neither is read.
    expect(netflixService.read(document, url)?.show ?? null).toBeNull();
  });

  it('accepts the dialog form of the modal', () => {
    const document = parseHtml(`<div role="dialog" data-uia="preview-modal-container-DETAIL_MODAL">
      <img class="previewModal--player-titleTreatment-logo" alt="Ozark">
      <div data-uia="previewModal--detailsMetadata"><span>2017</span><span>1 Season</span></div></div>`);
    expect(
      netflixService.read(document, new URL('https://www.netflix.com/browse?jbv=80117552'))?.show ?? null,
    ).toMatchObject({
      title: 'Ozark',
      year: 2017,
      kind: 'series',
    });
  });

  it('ignores the hover mini modal', () => {
    const document = parseHtml(`<div data-uia="modal-motion-container-MINI_MODAL" class="previewModal--container">
      <img class="previewModal--player-titleTreatment-logo" alt="Ozark"></div>`);
    expect(
      netflixService.read(document, new URL('https://www.netflix.com/browse?jbv=80100172'))?.show ?? null,
    ).toBeNull();
  });
});

describe('netflix player', () => {
  it('reads the show, not the episode', () => {
    expect(read('watch-episode.html', 'https://www.netflix.com/watch/81091393')).toEqual({
      service: 'netflix',
      serviceTitleId: null,
      title: 'Stranger Things',
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'player',
    });
  });

  it('reads a film', () => {
    expect(read('watch-film.html', 'https://www.netflix.com/watch/80175798')).toEqual({
      service: 'netflix',
      serviceTitleId: null,
      title: 'The Irishman',
      year: null,
      kind: 'film',
      imdbId: null,
      pageKind: 'player',
    });
  });

  it('never returns the episode title when the show heading is missing', () => {
    const document = parseHtml('<div data-uia="video-title"><span>S1:E3</span><span>Chapter Three</span></div>');
    expect(netflixService.read(document, new URL('https://www.netflix.com/watch/1'))?.show ?? null).toBeNull();
  });

  it('returns null while the controls are hidden', () => {
    expect(
      netflixService.read(parseHtml('<title>Netflix</title>'), new URL('https://www.netflix.com/watch/1'))?.show ??
        null,
    ).toBeNull();
  });
});

describe('netflix read on other pages', () => {
  it('returns null where detect does', () => {
    const document = loadFixture('netflix', 'browse-modal-series.html');
    expect(netflixService.read(document, new URL('https://www.netflix.com/browse'))?.show ?? null).toBeNull();
  });
});
