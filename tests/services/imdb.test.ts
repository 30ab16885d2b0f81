import { describe, expect, it } from 'vitest';
import type { PageShow } from '../../utils/domain';
import { imdbService } from '../../utils/services/imdb';
import { loadFixture } from './load-fixture';

function read(fixture: string, url: string): PageShow | null {
  return imdbService.read(loadFixture('imdb', fixture), new URL(url))?.show ?? null;
}

describe('imdb detect', () => {
  it.each([
    ['https://www.imdb.com/title/tt0903747/episodes/?season=5', 'title', 'tt0903747'],
    ['https://m.imdb.com/title/tt0903747/', 'title', 'tt0903747'],
    ['https://www.imdb.com/fr/title/tt6468322/', 'title', 'tt6468322'],
    ['https://www.imdb.com/video/vi3286805273/?playlistId=tt0903747', 'player', 'tt0903747'],
    ['https://www.imdb.com/title/tt0903747/videoplayer/vi3286805273/', 'player', 'tt0903747'],
  ])('%s', (url, kind, serviceTitleId) => {
    expect(imdbService.detect(new URL(url))).toEqual({ kind, serviceTitleId });
  });
});

describe('imdb read', () => {
  it('reads a series page', () => {
    expect(read('show-series.html', 'https://www.imdb.com/title/tt0903747/')).toEqual({
      service: 'imdb',
      serviceTitleId: 'tt0903747',
      title: 'Breaking Bad',
      year: 2008,
      kind: 'series',
      imdbId: 'tt0903747',
      pageKind: 'title',
      pageRating: { source: 'imdb', value: 9.5, scale: 10, votes: 2300000 },
    });
  });

  it('reads the same page on m.imdb.com and on sub-pages', () => {
    expect(read('show-series.html', 'https://m.imdb.com/title/tt0903747/')).toMatchObject({
      title: 'Breaking Bad',
      imdbId: 'tt0903747',
    });
    expect(read('show-series.html', 'https://www.imdb.com/title/tt0903747/episodes/?season=5')).toMatchObject({
      title: 'Breaking Bad',
      imdbId: 'tt0903747',
    });
  });

  it('reads a film page', () => {
    expect(read('show-film.html', 'https://www.imdb.com/title/tt15398776/')).toEqual({
      service: 'imdb',
      serviceTitleId: 'tt15398776',
      title: 'Oppenheimer',
      year: 2023,
      kind: 'film',
      imdbId: 'tt15398776',
      pageKind: 'title',
    });
  });

  it('reads a French page: JSON-LD name, year and kind from the localized title string', () => {
    expect(read('show-non-english.html', 'https://www.imdb.com/fr/title/tt6468322/')).toEqual({
      service: 'imdb',
      serviceTitleId: 'tt6468322',
      title: 'La casa de papel',
      year: 2017,
      kind: 'series',
      imdbId: 'tt6468322',
      pageKind: 'title',
    });
  });

  it('reads only the title strings when JSON-LD and og:type are gone', () => {
    const document = loadFixture('imdb', 'show-series.html');
    document.querySelector('script[type="application/ld+json"]')?.remove();
    document.querySelector('meta[property="og:type"]')?.remove();
    expect(imdbService.read(document, new URL('https://www.imdb.com/title/tt0903747/'))?.show ?? null).toMatchObject({
      title: 'Breaking Bad',
      year: 2008,
      kind: 'series',
    });
  });

  it('reads the series of an episode page, with the series id', () => {
    expect(read('show-episode.html', 'https://www.imdb.com/title/tt2301451/')).toEqual({
      service: 'imdb',
      serviceTitleId: 'tt0903747',
      title: 'Breaking Bad',
      year: null,
      kind: 'series',
      imdbId: 'tt0903747',
      pageKind: 'title',
    });
  });

  it('reads the title a trailer page plays', () => {
    expect(read('player.html', 'https://www.imdb.com/video/vi3286805273/?playlistId=tt0903747')).toEqual({
      service: 'imdb',
      serviceTitleId: 'tt0903747',
      title: 'Breaking Bad',
      year: null,
      kind: 'unknown',
      imdbId: 'tt0903747',
      pageKind: 'player',
    });
  });

  it('returns null on a redesigned page', () => {
    expect(read('redesigned.html', 'https://www.imdb.com/title/tt0903747/')).toBeNull();
  });
});
