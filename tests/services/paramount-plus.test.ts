import { describe, expect, it } from 'vitest';
import type { PageShow } from '../../utils/domain';
import { paramountPlusService } from '../../utils/services/paramount-plus';
import { loadFixture } from './load-fixture';

function read(fixture: string, url: string): PageShow | null {
  return paramountPlusService.read(loadFixture('paramount-plus', fixture), new URL(url))?.show ?? null;
}

describe('paramount-plus read', () => {
  it('reads a show page', () => {
    expect(read('show-series.html', 'https://www.paramountplus.com/shows/tulsa-king/')).toEqual({
      service: 'paramount-plus',
      serviceTitleId: 'tulsa-king',
      title: 'Tulsa King',
      year: 2022,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads a film page', () => {
    const url = 'https://www.paramountplus.com/movies/top-gun-maverick/wQH9yE_y_Dt1ekDYm3yelhhTyrmk2VsA/';
    expect(read('show-film.html', url)).toEqual({
      service: 'paramount-plus',
      serviceTitleId: 'wQH9yE_y_Dt1ekDYm3yelhhTyrmk2VsA',
      title: 'Top Gun: Maverick',
      year: 2022,
      kind: 'film',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads the series of an episode player, not the episode', () => {
    const url =
      'https://www.paramountplus.com/shows/tulsa-king/video/Lr3a9Dq1bVYk_gdqPKMW5eGwGPYBTKxK/tulsa-king-go-west/';
    expect(read('player.html', url)).toEqual({
      service: 'paramount-plus',
      serviceTitleId: 'tulsa-king',
      title: 'Tulsa King',
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'player',
    });
  });

  it('never reads the episode title from a player page without JSON-LD', () => {
    const document = loadFixture('paramount-plus', 'player.html');
    document.querySelector('script[type="application/ld+json"]')?.remove();
    const url = new URL('https://www.paramountplus.com/shows/tulsa-king/video/Lr3a9Dq1bVYk_gdqPKMW5eGwGPYBTKxK/');
    expect(paramountPlusService.read(document, url)?.show ?? null).toBeNull();
  });

  it('returns null on a redesigned page', () => {
    expect(read('redesigned.html', 'https://www.paramountplus.com/shows/tulsa-king/')).toBeNull();
  });
});
