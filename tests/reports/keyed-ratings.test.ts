/** @vitest-environment node */
import { describe, expect, it, vi } from 'vitest';
import type { Rating } from '../../utils/domain';
import { SourceUnavailableError } from '../../utils/providers/http';
import type { RatingApi } from '../../utils/providers/source-hosts';
import type { TmdbShowFacts } from '../../utils/providers/tmdb';
import { buildShowReport, type ReportSources } from '../../utils/reports/build-show-report';
import { createKeyedRatings, type KeyedRatingDeps } from '../../utils/reports/keyed-ratings';
import { sampleQuery, sampleShow } from '../support/sample-report';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const omdbRatings: Rating[] = [
  {
    source: 'imdb',
    value: 6.1,
    scale: 10,
    votes: 1500,
    observedAt: NOW,
    link: 'https://www.imdb.com/title/tt14537248/',
  },
  { source: 'rotten-tomatoes-critics', value: 79, scale: 100, observedAt: NOW },
];
const tmdbFacts: TmdbShowFacts = {
  tmdbId: 205715,
  status: 'Canceled',
  rating: {
    source: 'tmdb',
    value: 6.4,
    scale: 10,
    votes: 143,
    observedAt: NOW,
    link: 'https://www.themoviedb.org/tv/205715',
  },
};

function deps(
  overrides: Partial<KeyedRatingDeps> = {},
  keys: Partial<Record<RatingApi, string>> = { omdb: 'ab12cd34', tmdb: 'k'.repeat(32) },
) {
  return {
    omdb: { ratings: vi.fn(async () => omdbRatings) },
    tmdb: { showFacts: vi.fn(async () => tmdbFacts) },
    readKey: vi.fn(async (api: RatingApi) => keys[api] ?? ''),
    isPermitted: vi.fn(async () => true),
    warn: vi.fn(),
    ...overrides,
  } satisfies KeyedRatingDeps;
}

describe('keyed ratings', () => {
  it('asks each API that has a key and its host, by the page’s IMDb id first, else TVmaze’s', async () => {
    const wired = deps();
    const result = await createKeyedRatings(wired)(sampleShow(), sampleQuery({ imdbId: 'tt0000042' }));
    expect(wired.omdb.ratings).toHaveBeenCalledWith('tt0000042', 'ab12cd34', expect.anything());
    expect(wired.tmdb.showFacts).toHaveBeenCalledWith({ imdbId: 'tt0000042' }, 'k'.repeat(32), expect.anything());
    expect(result).toEqual({ ratings: [...omdbRatings, tmdbFacts.rating], tmdbStatus: 'Canceled' });
    await createKeyedRatings(wired)(sampleShow(), sampleQuery({ imdbId: null }));
    expect(wired.omdb.ratings).toHaveBeenLastCalledWith('tt14537248', 'ab12cd34', expect.anything());
  });

  it('asks nothing without a key, without the host permission, or without an IMDb id', async () => {
    const keyless = deps({}, {});
    expect(await createKeyedRatings(keyless)(sampleShow(), sampleQuery())).toEqual({ ratings: [], tmdbStatus: null });
    const refused = deps({ isPermitted: vi.fn(async () => false) });
    expect(await createKeyedRatings(refused)(sampleShow(), sampleQuery())).toEqual({ ratings: [], tmdbStatus: null });
    const noId = deps();
    await createKeyedRatings(noId)(sampleShow({ imdbId: null }), sampleQuery({ imdbId: null }));
    for (const wired of [keyless, refused, noId]) {
      expect(wired.omdb.ratings).not.toHaveBeenCalled();
      expect(wired.tmdb.showFacts).not.toHaveBeenCalled();
    }
  });

  it('keeps one API’s answer when the other fails', async () => {
    const wired = deps({
      omdb: { ratings: vi.fn(async () => Promise.reject(new SourceUnavailableError('OMDb', 'network', 'down'))) },
    });
    const result = await createKeyedRatings(wired)(sampleShow(), sampleQuery());
    expect(result).toEqual({ ratings: [tmdbFacts.rating], tmdbStatus: 'Canceled' });
    expect(wired.warn).toHaveBeenCalledOnce();
  });
});

describe('a slow API', () => {
  it('is given up after the timeout, with what the other gave', async () => {
    const hanging = vi.fn(
      (_id: string, _key: string, options?: { signal?: AbortSignal }) =>
        new Promise<Rating[]>((_resolve, reject) => {
          options?.signal?.addEventListener('abort', () => reject(options.signal?.reason), { once: true });
        }),
    );
    const wired = deps({ omdb: { ratings: hanging }, timeoutMs: 20 });
    const result = await createKeyedRatings(wired)(sampleShow(), sampleQuery());
    expect(result).toEqual({ ratings: [tmdbFacts.rating], tmdbStatus: 'Canceled' });
    expect(hanging).toHaveBeenCalledOnce();
  });
});

describe('a report with keyed ratings', () => {
  function sources(overrides: Partial<ReportSources> = {}): ReportSources {
    return {
      resolve: vi.fn(async () => ({ show: sampleShow(), method: 'imdb-id' as const })),
      correctedShow: vi.fn(async () => null),
      findNews: vi.fn(async () => ({ articles: [], complete: true })),
      readArticle: vi.fn(async () => null),
      now: () => NOW,
      ...overrides,
    };
  }

  it('merges them one per source beside TVmaze’s, and takes TMDB’s Canceled as evidence', async () => {
    const keyedRatings = vi.fn(async () => ({
      ratings: [...omdbRatings, tmdbFacts.rating as Rating],
      tmdbStatus: 'Canceled',
    }));
    const report = await buildShowReport(sampleQuery(), sources({ keyedRatings }));
    expect(report.ratings.map((rating) => rating.source)).toEqual([
      'tvmaze',
      'imdb',
      'rotten-tomatoes-critics',
      'tmdb',
    ]);
    // The sample show is Ended on TVmaze and there is no news: TMDB's word makes it canceled.
    expect(report.status).toBe('canceled');
    expect(keyedRatings).toHaveBeenCalledWith(sampleShow(), sampleQuery());
  });

  it('never fails because of them: a throwing or rejecting source gives a report without them', async () => {
    for (const keyedRatings of [
      vi.fn(() => {
        throw new Error('sync');
      }),
      vi.fn(async () => Promise.reject(new Error('async'))),
    ]) {
      const report = await buildShowReport(sampleQuery(), sources({ keyedRatings: keyedRatings as never }));
      expect(report.status).toBe('ended');
      expect(report.ratings.map((rating) => rating.source)).toEqual(['tvmaze']);
    }
  });
});

describe('merging keyed ratings with the others', () => {
  it('keeps one rating per source: OMDb’s IMDb beats an article’s quote, the page’s own beats both', async () => {
    const { mergeRatings, withPageRating } = await import('../../utils/reports/merge-ratings');
    const quoted: Rating = { source: 'imdb', value: 5.9, scale: 10, votes: 1200, observedAt: NOW - 86_400_000 };
    const merged = mergeRatings([{ source: 'tvmaze', value: 6.3, scale: 10 }, quoted, ...omdbRatings]);
    expect(merged.map((rating) => [rating.source, rating.value])).toEqual([
      ['tvmaze', 6.3],
      ['imdb', 6.1],
      ['rotten-tomatoes-critics', 79],
    ]);
    const report = await buildShowReport(sampleQuery(), {
      resolve: vi.fn(async () => ({ show: sampleShow(), method: 'imdb-id' as const })),
      correctedShow: vi.fn(async () => null),
      findNews: vi.fn(async () => ({ articles: [], complete: true })),
      readArticle: vi.fn(async () => null),
      keyedRatings: vi.fn(async () => ({ ratings: omdbRatings, tmdbStatus: null })),
      now: () => NOW,
    });
    const onImdbPage = withPageRating(
      report,
      sampleQuery({ service: 'imdb', pageRating: { source: 'imdb', value: 6.2, scale: 10, votes: 1600 } }),
      NOW + 1000,
    );
    expect(onImdbPage.ratings.filter((rating) => rating.source === 'imdb')).toEqual([
      { source: 'imdb', value: 6.2, scale: 10, votes: 1600, observedAt: NOW + 1000 },
    ]);
  });
});
