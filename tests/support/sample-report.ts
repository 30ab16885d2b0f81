import type { PageShow, ResolvedShow, ShowReport } from '../../utils/domain';

export function sampleQuery(overrides: Partial<PageShow> = {}): PageShow {
  return {
    service: 'netflix',
    serviceTitleId: '81214929',
    title: 'The Imperfects',
    year: 2022,
    kind: 'series',
    imdbId: null,
    pageKind: 'title',
    ...overrides,
  };
}

export function sampleShow(overrides: Partial<ResolvedShow> = {}): ResolvedShow {
  return {
    tvmazeId: 61000,
    name: 'The Imperfects',
    tvmazeUrl: 'https://www.tvmaze.com/shows/61000/the-imperfects',
    type: 'Scripted',
    language: 'English',
    tvmazeStatus: 'Ended',
    premiered: '2022-09-08',
    ended: '2022-09-08',
    network: 'Netflix',
    imdbId: 'tt14537248',
    rating: 6.3,
    updated: 1_700_000_000,
    ...overrides,
  };
}

export function sampleReport(overrides: Partial<ShowReport> = {}): ShowReport {
  return {
    query: sampleQuery(),
    show: sampleShow(),
    matchMethod: 'title',
    status: 'canceled',
    evidence: {
      headline: '‘The Imperfects’ Canceled By Netflix After One Season',
      outlet: 'Deadline',
      url: 'https://news.google.com/rss/articles/CBMiEXAMPLE?oc=5',
      published: '2022-11-08T18:30:00.000Z',
      verdict: 'canceled',
      season: null,
    },
    ratings: [{ source: 'tvmaze', value: 6.3, scale: 10 }],
    fetchedAt: Date.UTC(2026, 10, 26, 12),
    outdated: false,
    articleFindings: null,
    newsUnavailable: false,
    film: false,
    ...overrides,
  };
}
