import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { formatRating } from '../../components/format';
import { ratingLink } from '../../components/rating-links';
import { ShowSummary } from '../../components/show-summary';
import type { Rating } from '../../utils/domain';
import { sampleReport } from '../support/sample-report';

const KEYED: Rating[] = [
  { source: 'tvmaze', value: 6.3, scale: 10 },
  { source: 'imdb', value: 6.1, scale: 10, votes: 1500, link: 'https://evil.example/imdb' },
  {
    source: 'rotten-tomatoes-critics',
    value: 79,
    scale: 100,
    link: 'https://www.rottentomatoes.com/search?search=The%20Imperfects',
  },
  { source: 'metacritic', value: 70, scale: 100, link: 'https://www.metacritic.com/search/The%20Imperfects/' },
  { source: 'tmdb', value: 6.4, scale: 10, votes: 143, link: 'https://www.themoviedb.org/tv/205715' },
];

function ratingsOf(ratings: Rating[]) {
  const { container } = render(<ShowSummary data={{ report: sampleReport({ ratings }) }} />);
  return [...container.querySelectorAll('[data-testid="showfate-rating"]')].map((item) => {
    const link = item.querySelector<HTMLAnchorElement>('a[data-testid="showfate-rating-link"]');
    return {
      source: item.getAttribute('data-source'),
      text: item.textContent,
      href: link?.getAttribute('href') ?? null,
      kind: link?.getAttribute('data-link-kind') ?? null,
      title: link?.getAttribute('title') ?? null,
      target: link?.getAttribute('target') ?? null,
    };
  });
}

describe('ratings in the panel', () => {
  it('shows each source with its scale, linked to its own site', () => {
    expect(ratingsOf(KEYED)).toEqual([
      { source: 'tvmaze', text: 'TVmaze 6.3/10', href: null, kind: null, title: null, target: null },
      {
        source: 'imdb',
        text: 'IMDb 6.1/10 (1,500 votes)',
        // From the exact IMDb id, never from the rating's own link.
        href: 'https://www.imdb.com/title/tt14537248/',
        kind: 'page',
        title: null,
        target: '_blank',
      },
      {
        source: 'rotten-tomatoes-critics',
        text: 'Rotten Tomatoes (critics) 79%',
        href: 'https://www.rottentomatoes.com/search?search=The%20Imperfects',
        kind: 'search',
        title: 'Search Rotten Tomatoes (critics) for “The Imperfects”',
        target: '_blank',
      },
      {
        source: 'metacritic',
        text: 'Metacritic 70/100',
        href: 'https://www.metacritic.com/search/The%20Imperfects/',
        kind: 'search',
        title: 'Search Metacritic for “The Imperfects”',
        target: '_blank',
      },
      {
        source: 'tmdb',
        text: 'TMDB 6.4/10 (143 votes)',
        href: 'https://www.themoviedb.org/tv/205715',
        kind: 'page',
        title: null,
        target: '_blank',
      },
    ]);
  });

  it('drops a link that is not https on the source’s own site, in its provider’s shape', () => {
    const hostile: Rating[] = [
      { source: 'tmdb', value: 6, scale: 10, link: 'http://www.themoviedb.org/tv/1' },
      { source: 'metacritic', value: 6, scale: 100, link: 'https://www.metacritic.com.evil.example/search/x/' },
      { source: 'rotten-tomatoes-critics', value: 6, scale: 100, link: 'javascript:alert(1)' },
      {
        source: 'rotten-tomatoes-audience',
        value: 6,
        scale: 100,
        link: 'https://www.rottentomatoes.com/search?search=x',
      },
    ];
    for (const rating of hostile) expect(ratingLink(rating), rating.link).toBeNull();
    for (const link of [
      'https://user:pw@www.themoviedb.org/tv/1',
      'https://www.themoviedb.org/tv/1/../../login',
      'https://www.themoviedb.org/movie/1',
      'https://www.themoviedb.org/tv/1#x',
    ]) {
      expect(ratingLink({ source: 'tmdb', value: 6, scale: 10, link }), link).toBeNull();
    }
    expect(ratingsOf(hostile).every((rating) => rating.href === null)).toBe(true);
  });

  it('formats percentages, out-of-100 and out-of-10 scores', () => {
    expect(formatRating({ source: 'rotten-tomatoes-critics', value: 79, scale: 100 })).toBe('79%');
    expect(formatRating({ source: 'rotten-tomatoes-audience', value: 81.4, scale: 100 })).toBe('81%');
    expect(formatRating({ source: 'metacritic', value: 70, scale: 100 })).toBe('70/100');
    expect(formatRating({ source: 'tmdb', value: 6.42, scale: 10 })).toBe('6.4/10');
  });
});
