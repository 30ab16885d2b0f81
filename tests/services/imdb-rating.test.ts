import { describe, expect, it } from 'vitest';
import { imdbService, readImdbAggregateRating } from '../../utils/services/imdb';
import { loadFixture } from './load-fixture';

const readRating = (fixture: string, url: string) =>
  imdbService.read(loadFixture('imdb', fixture), new URL(url))?.show.pageRating ?? null;

describe("an IMDb title page's own rating", () => {
  it('is read from the JSON-LD of this title, numbers written as text included', () => {
    expect(readRating('show-rated.html', 'https://www.imdb.com/title/tt14537248/')).toEqual({
      source: 'imdb',
      value: 6.1,
      scale: 10,
      votes: 1500,
    });
  });

  it("is the rating of the JSON-LD node naming the URL's tt, never another node's", () => {
    // Under Breaking Bad's tt only its node counts; under a tt no node names, there is none.
    expect(readRating('show-rated.html', 'https://www.imdb.com/title/tt0903747/')).toEqual({
      source: 'imdb',
      value: 9.5,
      scale: 10,
      votes: 2300000,
    });
    expect(readRating('show-rated.html', 'https://www.imdb.com/title/tt0000001/')).toBeNull();
  });

  it('carries no URL from the page', () => {
    const rating = readRating('show-rated.html', 'https://www.imdb.com/title/tt14537248/');
    expect(JSON.stringify(rating)).not.toContain('evil.example');
  });

  it('is absent where the page has none: a film without one, an episode, a page without JSON-LD', () => {
    expect(readRating('show-episode.html', 'https://www.imdb.com/title/tt2301451/')).toBeNull();
    expect(readRating('redesigned.html', 'https://www.imdb.com/title/tt0000009/')).toBeNull();
  });

  it.each([
    ['no aggregate', {}],
    ['a list instead of an object', { aggregateRating: [{ ratingValue: 7 }] }],
    ['a value that is not a number', { aggregateRating: { ratingValue: 'great' } }],
    ['a value above its scale', { aggregateRating: { ratingValue: 11 } }],
    ['a negative value', { aggregateRating: { ratingValue: -1 } }],
    ['another scale', { aggregateRating: { ratingValue: 4, bestRating: 5 } }],
  ])('refuses %s', (_case, node) => {
    expect(readImdbAggregateRating(node)).toBeNull();
  });

  it('keeps the score but drops a vote count that is not a count', () => {
    expect(readImdbAggregateRating({ aggregateRating: { ratingValue: 7, ratingCount: 'many' } })).toEqual({
      source: 'imdb',
      value: 7,
      scale: 10,
    });
    expect(readImdbAggregateRating({ aggregateRating: { ratingValue: 7, ratingCount: 1.5 } })).toEqual({
      source: 'imdb',
      value: 7,
      scale: 10,
    });
  });
});
