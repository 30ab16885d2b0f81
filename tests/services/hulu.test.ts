import { describe, expect, it } from 'vitest';
import type { PageShow } from '../../utils/domain';
import { huluService } from '../../utils/services/hulu';
import { loadFixture, parseHtml } from './load-fixture';

const BEAR_URL = 'https://www.hulu.com/series/the-bear-05eb6a8e-90ed-4947-8c0b-e6536cbddd5f';

function read(fixture: string, url: string): PageShow | null {
  return huluService.read(loadFixture('hulu', fixture), new URL(url))?.show ?? null;
}

describe('hulu read', () => {
  it('reads a series page', () => {
    expect(read('show-series.html', BEAR_URL)).toEqual({
      service: 'hulu',
      serviceTitleId: '05eb6a8e-90ed-4947-8c0b-e6536cbddd5f',
      title: 'The Bear',
      year: 2022,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads a film page from its masthead logo', () => {
    expect(read('show-film.html', 'https://www.hulu.com/movie/prey-2b6a7f4e-41f1-4a4a-9c1f-0f3f4e5d6c7b')).toEqual({
      service: 'hulu',
      serviceTitleId: '2b6a7f4e-41f1-4a4a-9c1f-0f3f4e5d6c7b',
      title: 'Prey',
      year: null,
      kind: 'film',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('cleans the tab title when nothing else is there', () => {
    const document = parseHtml('<title>Watch The Bear Streaming Online | Hulu</title>');
    expect(huluService.read(document, new URL(BEAR_URL))?.show?.title).toBe('The Bear');
  });

  it('reads the show from the player', () => {
    expect(read('player.html', 'https://www.hulu.com/watch/a4f9c1d2-3b5e-4f60-8a7b-9c0d1e2f3a4b')).toEqual({
      service: 'hulu',
      serviceTitleId: null,
      title: 'The Bear',
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'player',
    });
  });

  it('prefers an episode JSON-LD node about the playing video', () => {
    const document = parseHtml(`<script type="application/ld+json">
      {"@type":"TVEpisode","name":"Forks","url":"https://www.hulu.com/watch/a4f9c1d2-3b5e-4f60-8a7b-9c0d1e2f3a4b",
       "partOfSeries":{"@type":"TVSeries","name":"The Bear","startDate":"2022-06-23"}}</script>`);
    const url = new URL('https://www.hulu.com/watch/a4f9c1d2-3b5e-4f60-8a7b-9c0d1e2f3a4b');
    expect(huluService.read(document, url)?.show ?? null).toMatchObject({
      title: 'The Bear',
      year: 2022,
      kind: 'series',
    });
  });

  it('returns null on a redesigned page', () => {
    expect(read('redesigned.html', BEAR_URL)).toBeNull();
  });
});
