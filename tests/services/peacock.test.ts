import { describe, expect, it } from 'vitest';
import type { PageShow } from '../../utils/domain';
import { peacockService } from '../../utils/services/peacock';
import { loadFixture } from './load-fixture';

const OFFICE_URL = 'https://www.peacocktv.com/watch/asset/tv/the-office/4902514835143843112';

function read(fixture: string, url: string): PageShow | null {
  return peacockService.read(loadFixture('peacock', fixture), new URL(url))?.show ?? null;
}

describe('peacock read', () => {
  it('reads an in-app show page', () => {
    expect(read('show-series.html', OFFICE_URL)).toEqual({
      service: 'peacock',
      serviceTitleId: '4902514835143843112',
      title: 'The Office',
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads a catalogue page with JSON-LD', () => {
    expect(read('show-series-catalogue.html', 'https://www.peacocktv.com/stream-tv/the-office')).toEqual({
      service: 'peacock',
      serviceTitleId: 'the-office',
      title: 'The Office',
      year: 2005,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads a film page', () => {
    const url = 'https://www.peacocktv.com/watch/asset/movies/oppenheimer/1e3f5a7c-9b2d-3e4f-8a6b-0c1d2e3f4a5b';
    expect(read('show-film.html', url)).toEqual({
      service: 'peacock',
      serviceTitleId: '1e3f5a7c-9b2d-3e4f-8a6b-0c1d2e3f4a5b',
      title: 'Oppenheimer',
      year: null,
      kind: 'film',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads the show from the player header', () => {
    const url =
      'https://www.peacocktv.com/watch/playback/vod/GMO_00000000224510_02_HDSDR/4b2c8e1a-6d3f-3a5b-9c7e-1f0a2b3c4d5e';
    expect(read('player.html', url)).toEqual({
      service: 'peacock',
      serviceTitleId: null,
      title: 'The Office',
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'player',
    });
  });

  it('returns null on a redesigned page', () => {
    expect(read('redesigned.html', OFFICE_URL)).toBeNull();
  });
});
