import { describe, expect, it } from 'vitest';
import type { PageShow } from '../../utils/domain';
import { maxService } from '../../utils/services/max';
import { loadFixture } from './load-fixture';

const LAST_OF_US_URL = 'https://play.max.com/show/c8ea8e19-cae7-4683-9b62-cdbbed744784';

function read(fixture: string, url: string): PageShow | null {
  return maxService.read(loadFixture('max', fixture), new URL(url))?.show ?? null;
}

describe('max detect', () => {
  it.each([
    [LAST_OF_US_URL, 'title', 'c8ea8e19-cae7-4683-9b62-cdbbed744784'],
    ['https://www.hbomax.com/gb/en/shows/succession/5a8f1b2c', 'title', '5a8f1b2c'],
    ['https://www.max.com/shows/succession', 'title', 'succession'],
    [
      'https://play.hbomax.com/page/urn:hbo:page:GVU2cggagzYNJjhsJATwo:type:series',
      'title',
      'urn:hbo:page:GVU2cggagzYNJjhsJATwo:type:series',
    ],
    ['https://play.hbomax.com/player/urn:hbo:episode:GYsDFogXZzsImwwEAAAAE', 'player', null],
  ])('%s', (url, kind, serviceTitleId) => {
    expect(maxService.detect(new URL(url))).toEqual({ kind, serviceTitleId });
  });
});

describe('max read', () => {
  it('reads a show page', () => {
    expect(read('show-series.html', LAST_OF_US_URL)).toEqual({
      service: 'max',
      serviceTitleId: 'c8ea8e19-cae7-4683-9b62-cdbbed744784',
      title: 'The Last of Us',
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads an HBO Max marketing page with JSON-LD in @graph', () => {
    const url = 'https://www.hbomax.com/gb/en/shows/succession/5a8f1b2c-3d4e-4f50-a617-b8c9d0e1f2a3';
    expect(read('show-series-hbomax.html', url)).toEqual({
      service: 'max',
      serviceTitleId: '5a8f1b2c-3d4e-4f50-a617-b8c9d0e1f2a3',
      title: 'Succession',
      year: 2018,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads a film page', () => {
    expect(read('show-film.html', 'https://play.max.com/movie/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d')).toEqual({
      service: 'max',
      serviceTitleId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      title: 'Dune',
      year: null,
      kind: 'film',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads the show from the player', () => {
    const url =
      'https://play.max.com/video/watch/6a3b5c7d-9e1f-4a2b-8c3d-5e7f9a1b3c5d/0f2e4d6c-8b0a-4c2e-9f4d-6b8a0c2e4f6a';
    expect(read('player.html', url)).toEqual({
      service: 'max',
      serviceTitleId: null,
      title: 'The Last of Us',
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'player',
    });
  });

  it('returns null on a redesigned page', () => {
    expect(read('redesigned.html', LAST_OF_US_URL)).toBeNull();
  });
});
