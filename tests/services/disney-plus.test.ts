import { describe, expect, it } from 'vitest';
import type { PageShow } from '../../utils/domain';
import { disneyPlusService } from '../../utils/services/disney-plus';
import { loadFixture } from './load-fixture';

const MANDALORIAN_URL = 'https://www.disneyplus.com/browse/entity-7df81cf5-6be5-4e05-9ff6-da33baf0b94d';

function read(fixture: string, url: string): PageShow | null {
  return disneyPlusService.read(loadFixture('disney-plus', fixture), new URL(url))?.show ?? null;
}

describe('disney-plus detect', () => {
  it.each([
    [MANDALORIAN_URL, 'title', '7df81cf5-6be5-4e05-9ff6-da33baf0b94d'],
    ['https://www.disneyplus.com/en-gb/series/the-mandalorian/3jLIGMDYINqD', 'title', '3jLIGMDYINqD'],
    ['https://www.disneyplus.com/fr-fr/movies/soul/77zlWrb9vRYp', 'title', '77zlWrb9vRYp'],
    ['https://www.disneyplus.com/play/5b1b7b34-8a0e-4c5e-a3b1-9d0c1f2e3a4b', 'player', null],
  ])('%s', (url, kind, serviceTitleId) => {
    expect(disneyPlusService.detect(new URL(url))).toEqual({ kind, serviceTitleId });
  });
});

describe('disney-plus read', () => {
  it('reads a series details page', () => {
    expect(read('show-series.html', MANDALORIAN_URL)).toEqual({
      service: 'disney-plus',
      serviceTitleId: '7df81cf5-6be5-4e05-9ff6-da33baf0b94d',
      title: 'The Mandalorian',
      year: 2019,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('ignores JSON-LD left from the previous details page', () => {
    // The same markup at another entity's URL: the title treatment is live, the JSON-LD is not.
    const url = 'https://www.disneyplus.com/browse/entity-11111111-2222-4333-8444-555555555555';
    expect(read('show-series.html', url)).toEqual({
      service: 'disney-plus',
      serviceTitleId: '11111111-2222-4333-8444-555555555555',
      title: 'The Mandalorian',
      year: null,
      kind: 'unknown',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads a film page', () => {
    expect(read('show-film.html', 'https://www.disneyplus.com/movies/encanto/33q7DY1rtHQH')).toEqual({
      service: 'disney-plus',
      serviceTitleId: '33q7DY1rtHQH',
      title: 'Encanto',
      year: 2021,
      kind: 'film',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads the show from the player', () => {
    expect(read('player.html', 'https://www.disneyplus.com/play/5b1b7b34-8a0e-4c5e-a3b1-9d0c1f2e3a4b')).toEqual({
      service: 'disney-plus',
      serviceTitleId: null,
      title: 'Loki',
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'player',
    });
  });

  it('returns null on a redesigned page', () => {
    expect(read('redesigned.html', MANDALORIAN_URL)).toBeNull();
  });
});
