import { describe, expect, it } from 'vitest';
import type { PageShow } from '../../utils/domain';
import { appleTvService } from '../../utils/services/apple-tv';
import { loadFixture } from './load-fixture';

const SEVERANCE_ID = 'umc.cmc.1srk2goyh2q2zdxcx605w8vtx';
const SEVERANCE_URL = `https://tv.apple.com/us/show/severance/${SEVERANCE_ID}`;
const EPISODE_URL = `https://tv.apple.com/us/episode/good-news-about-hell/umc.cmc.3r9v3l0h1v2x6kq3d3v6j7z1t?showId=${SEVERANCE_ID}`;

function read(fixture: string, url: string): PageShow | null {
  return appleTvService.read(loadFixture('apple-tv', fixture), new URL(url))?.show ?? null;
}

describe('apple-tv read', () => {
  it('reads a show page', () => {
    expect(read('show-series.html', SEVERANCE_URL)).toEqual({
      service: 'apple-tv',
      serviceTitleId: SEVERANCE_ID,
      title: 'Severance',
      year: 2022,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('ignores meta tags that describe another item', () => {
    // The Severance page's head, still in place at another show's URL after in-app navigation.
    expect(
      read('show-series.html', 'https://tv.apple.com/us/show/ted-lasso/umc.cmc.vtoh0mn0xn7t3c643xqonfzy'),
    ).toBeNull();
  });

  it('reads a film page', () => {
    const url = 'https://tv.apple.com/us/movie/killers-of-the-flower-moon/umc.cmc.5x1fg9vferlfeutzpq6rra1zf';
    expect(read('show-film.html', url)).toEqual({
      service: 'apple-tv',
      serviceTitleId: 'umc.cmc.5x1fg9vferlfeutzpq6rra1zf',
      title: 'Killers of the Flower Moon',
      year: 2023,
      kind: 'film',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads the series of an episode page, not the episode', () => {
    expect(read('player.html', EPISODE_URL)).toEqual({
      service: 'apple-tv',
      serviceTitleId: SEVERANCE_ID,
      title: 'Severance',
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'player',
    });
  });

  it('reads the series from the header link when there is no JSON-LD or showId', () => {
    expect(
      read('player-link-only.html', 'https://tv.apple.com/gb/episode/pilot/umc.cmc.6fmw7ot0wzd7xq3c1v8n2b4yk'),
    ).toEqual({
      service: 'apple-tv',
      serviceTitleId: 'umc.cmc.vtoh0mn0xn7t3c643xqonfzy',
      title: 'Ted Lasso',
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'player',
    });
  });

  it('returns null on a redesigned page', () => {
    expect(read('redesigned.html', SEVERANCE_URL)).toBeNull();
  });
});
