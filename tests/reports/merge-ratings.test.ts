import { describe, expect, it } from 'vitest';
import type { Rating } from '../../utils/domain';
import { imdbTitleUrl, mergeRatings, withPageRating } from '../../utils/reports/merge-ratings';
import { sampleQuery, sampleReport } from '../support/sample-report';

const tvmaze: Rating = { source: 'tvmaze', value: 6.3, scale: 10 };
const quotedImdb: Rating = { source: 'imdb', value: 6.1, scale: 10, votes: 1500 };
const pageImdb: Rating = { source: 'imdb', value: 6.4, scale: 10, votes: 2100 };

describe('merging ratings', () => {
  it('keeps one rating per source, the freshest, in the order the sources first appear', () => {
    expect(
      mergeRatings([tvmaze, quotedImdb, { ...pageImdb, observedAt: 2000 }, { ...quotedImdb, observedAt: 1000 }]),
    ).toEqual([tvmaze, { ...pageImdb, observedAt: 2000 }]);
  });

  it('counts a rating without a time as the oldest, and keeps the first of equals', () => {
    expect(mergeRatings([{ ...pageImdb, observedAt: 5 }, quotedImdb])).toEqual([{ ...pageImdb, observedAt: 5 }]);
    expect(mergeRatings([quotedImdb, pageImdb])).toEqual([quotedImdb]);
    expect(mergeRatings([])).toEqual([]);
  });

  it("merges the page's own rating into a report, as read now", () => {
    const report = sampleReport({ ratings: [tvmaze, quotedImdb] });
    const query = sampleQuery({ service: 'imdb', imdbId: 'tt14537248', pageRating: pageImdb });
    expect(withPageRating(report, query, 1234).ratings).toEqual([tvmaze, { ...pageImdb, observedAt: 1234 }]);
    // Without a page rating, or for a film, the report is as it was.
    expect(withPageRating(report, sampleQuery(), 1234)).toBe(report);
    const film = sampleReport({ film: true, ratings: [] });
    expect(withPageRating(film, query, 1234)).toBe(film);
  });

  it("builds IMDb's page from an exact id only", () => {
    expect(imdbTitleUrl('tt14537248')).toBe('https://www.imdb.com/title/tt14537248/');
    for (const bad of [
      null,
      undefined,
      '',
      'tt12',
      'tt1234567/../../evil',
      'https://evil.example/tt1234567',
      'nm0000138',
    ]) {
      expect(imdbTitleUrl(bad)).toBeNull();
    }
  });
});
