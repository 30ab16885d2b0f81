import { describe, expect, it } from 'vitest';
import { extractRatings } from '../../utils/verdict/article-ratings';

describe('extractRatings', () => {
  it('gives each score to the site named in its own clause', () => {
    expect(
      extractRatings(
        'It has a 79% rating from audiences on RottenTomatoes and only a 6.1/10 rating from 1,500 reviews on IMDb.',
      ),
    ).toEqual([
      { source: 'rotten-tomatoes-audience', value: 79, scale: 100 },
      { source: 'imdb', value: 6.1, scale: 10, votes: 1500 },
    ]);
  });

  it('tells Rotten Tomatoes critics from audience scores', () => {
    expect(extractRatings('It has a 45% audience score and a 92% critics score on Rotten Tomatoes.')).toEqual([
      { source: 'rotten-tomatoes-critics', value: 92, scale: 100 },
      { source: 'rotten-tomatoes-audience', value: 45, scale: 100 },
    ]);
  });

  it('reads Metacritic in its usual forms', () => {
    expect(extractRatings('It earned a Metascore of 78.')).toEqual([{ source: 'metacritic', value: 78, scale: 100 }]);
    expect(extractRatings('The season scored 64 on Metacritic.')).toEqual([
      { source: 'metacritic', value: 64, scale: 100 },
    ]);
  });

  it('reads vote counts written with K and M', () => {
    expect(extractRatings('IMDb users rate it 8.2/10 (45K ratings).')[0]?.votes).toBe(45000);
    expect(extractRatings('It holds 9.1 on IMDb from 1.2M votes.')[0]?.votes).toBe(1200000);
  });

  it('gives no score where the article says there are too few reviews', () => {
    expect(extractRatings("There aren't enough reviews for Metacritic or RottenTomatoes to give an opinion.")).toEqual(
      [],
    );
    expect(extractRatings('There is no Tomatometer score yet, as too few critics reviewed the show.')).toEqual([]);
  });

  it('does not take a percentage of viewers for a rating', () => {
    expect(extractRatings('Netflix said 60% of viewers finished it, and it holds 85% on Rotten Tomatoes.')).toEqual([
      { source: 'rotten-tomatoes-critics', value: 85, scale: 100 },
    ]);
  });

  it('keeps the first score per site', () => {
    expect(extractRatings('Season 1 has 90% on Rotten Tomatoes. Season 2 has 70% on Rotten Tomatoes.')).toEqual([
      { source: 'rotten-tomatoes-critics', value: 90, scale: 100 },
    ]);
  });
});
