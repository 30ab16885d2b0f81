import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticleFacts } from '../../utils/verdict/article-facts';
import type { ArticleFacts } from '../../utils/verdict/types';

function article(name: string): string {
  return readFileSync(join(import.meta.dirname, 'articles', name), 'utf8');
}

// The seed article lives in ../shared, which a fresh clone of the project does not have.
// (Paths via node:path: under happy-dom the global URL is not Node's.)
const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'seed', 'the-imperfects-canceled.txt');
const hasSeed = existsSync(SEED);

describe('extractArticleFacts on the seed article', () => {
  it.skipIf(!hasSeed)('reads The Imperfects cancellation (skipped when ../shared/seed is absent)', () => {
    const facts = extractArticleFacts(readFileSync(SEED, 'utf8'), 'The Imperfects');
    expect(facts).toEqual<ArticleFacts>({
      verdict: 'canceled',
      season: 2,
      network: 'Netflix',
      decidedOn: '2022-11-08',
      premiered: '2022-09-08',
      ratings: [
        { source: 'rotten-tomatoes-audience', value: 79, scale: 100 },
        { source: 'imdb', value: 6.1, scale: 10, votes: 1500 },
      ],
    });
  });

  it.skipIf(!hasSeed)('gives no Metacritic or critics score where the article says there are too few reviews', () => {
    const facts = extractArticleFacts(readFileSync(SEED, 'utf8'), 'The Imperfects');
    const sources = facts.ratings.map((rating) => rating.source);
    expect(sources).not.toContain('metacritic');
    expect(sources).not.toContain('rotten-tomatoes-critics');
  });
});

describe('extractArticleFacts on our own articles', () => {
  it('reads a British cancellation: "cancelled", "series", day-first dates, a premiere in the year before', () => {
    expect(extractArticleFacts(article('harbour-lights-cancelled.txt'), 'Harbour Lights')).toEqual<ArticleFacts>({
      verdict: 'canceled',
      season: 3,
      network: 'ITV',
      decidedOn: '2023-02-03',
      premiered: '2022-12-12',
      ratings: [
        { source: 'rotten-tomatoes-critics', value: 91, scale: 100, votes: 23 },
        { source: 'rotten-tomatoes-audience', value: 64, scale: 100 },
        { source: 'imdb', value: 7.4, scale: 10, votes: 12000 },
        { source: 'metacritic', value: 72, scale: 100 },
      ],
    });
  });

  it('reads a renewal, ignoring a share of viewers and another show canceled in an aside', () => {
    expect(extractArticleFacts(article('quiet-harbor-renewed.txt'), 'Quiet Harbor')).toEqual<ArticleFacts>({
      verdict: 'renewed',
      season: 3,
      network: 'Hulu',
      decidedOn: '2024-04-16',
      premiered: '2023-03-03',
      ratings: [
        { source: 'rotten-tomatoes-critics', value: 94, scale: 100, votes: 52 },
        { source: 'metacritic', value: 78, scale: 100 },
        { source: 'rotten-tomatoes-audience', value: 88, scale: 100 },
        { source: 'imdb', value: 7.9, scale: 10 },
      ],
    });
  });

  it('reads a final season announcement, with critics and Metacritic scores and "45K ratings"', () => {
    expect(extractArticleFacts(article('ember-falls-final-season.txt'), 'Ember Falls')).toEqual<ArticleFacts>({
      verdict: 'ending',
      season: 5,
      network: 'Peacock',
      decidedOn: '2025-01-09',
      premiered: '2021-10-02',
      ratings: [
        { source: 'rotten-tomatoes-critics', value: 93, scale: 100 },
        { source: 'metacritic', value: 81, scale: 100 },
        { source: 'imdb', value: 8.2, scale: 10, votes: 45000 },
      ],
    });
  });

  it('reads a revival, naming the network that picked the show up, not the one that canceled it', () => {
    expect(extractArticleFacts(article('signal-lost-revived.txt'), 'Signal Lost')).toEqual<ArticleFacts>({
      verdict: 'revived',
      season: 3,
      network: 'Netflix',
      decidedOn: '2023-08-21',
      premiered: '2021-09-12',
      ratings: [{ source: 'rotten-tomatoes-critics', value: 85, scale: 100 }],
    });
  });

  it('reads speculation as no verdict and no decision date, keeping the facts it does state', () => {
    expect(extractArticleFacts(article('night-orchard-speculation.txt'), 'Night Orchard')).toEqual<ArticleFacts>({
      verdict: 'none',
      season: null,
      network: 'Netflix',
      decidedOn: null,
      premiered: '2024-06-01',
      ratings: [{ source: 'imdb', value: 7, scale: 10, votes: 8300 }],
    });
  });

  it('takes the verdict from the first sentences when the headline has none', () => {
    const text =
      'What happened to Glass Harbor?\n\nNetflix has canceled the series after one season. It premiered on May 2, 2024.';
    expect(extractArticleFacts(text, 'Glass Harbor')).toMatchObject({ verdict: 'canceled', network: 'Netflix' });
  });

  it('keeps "none" for other news of the show (a trailer, a review) whatever its first sentences recall', () => {
    const trailer =
      'Netflix drops the trailer for Glass Harbor season 3\n\nGlass Harbor was canceled by Hulu in 2023. The new season arrives in May.';
    expect(extractArticleFacts(trailer, 'Glass Harbor').verdict).toBe('none');
    const review =
      'Glass Harbor season 4 review: a fitting farewell\n\nThe fourth season of Glass Harbor will be its last.';
    expect(extractArticleFacts(review, 'Glass Harbor').verdict).toBe('none');
  });

  it('returns empty facts for text about something else', () => {
    expect(extractArticleFacts('Weather\n\nRain all week.', 'Glass Harbor')).toEqual<ArticleFacts>({
      verdict: 'none',
      season: null,
      network: null,
      decidedOn: null,
      premiered: null,
      ratings: [],
    });
  });
});
