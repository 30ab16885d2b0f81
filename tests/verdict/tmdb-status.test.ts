/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import { mergeStatus, withTmdbStatus } from '../../utils/verdict';
import type { ClassifiedArticle } from '../../utils/verdict/types';

const tvmaze = (status: string | null, ended: string | null = null) => ({ status, premiered: '2022-09-08', ended });
const NOW = Date.parse('2026-11-30T12:00:00Z');

const renewal: ClassifiedArticle = {
  headline: '‘Show’ Renewed For Season 2 At Netflix',
  outlet: 'Deadline',
  url: 'https://deadline.com/2025/01/show-renewed/',
  published: '2025-01-10T12:00:00Z',
  source: 'deadline',
  verdict: 'renewed',
  season: 2,
};

describe('TMDB’s status as one more piece of evidence', () => {
  it('turns TVmaze’s Ended into canceled when TMDB says Canceled (TVmaze has no such word)', () => {
    const merged = withTmdbStatus(mergeStatus(tvmaze('Ended', '2022-09-08'), [], NOW), 'Canceled');
    expect(merged).toEqual({ status: 'canceled', evidence: null, conflicting: false });
  });

  it('settles TVmaze’s To Be Determined with TMDB’s Canceled or Ended, not with Returning Series', () => {
    const pending = mergeStatus(tvmaze('To Be Determined'), [], NOW);
    expect(withTmdbStatus(pending, 'Canceled').status).toBe('canceled');
    expect(withTmdbStatus(pending, 'Ended').status).toBe('ended');
    expect(withTmdbStatus(pending, 'Returning Series').status).toBe('pending');
  });

  it('keeps TVmaze’s Running as airing, whatever TMDB says', () => {
    const airing = mergeStatus(tvmaze('Running'), [], NOW);
    for (const status of ['Canceled', 'Ended', 'Planned']) expect(withTmdbStatus(airing, status).status).toBe('airing');
  });

  it('stands in where TVmaze says nothing usable', () => {
    const unknown = mergeStatus(tvmaze(null), [], NOW);
    expect(withTmdbStatus(unknown, 'Returning Series').status).toBe('airing');
    expect(withTmdbStatus(unknown, 'Ended').status).toBe('ended');
    expect(withTmdbStatus(unknown, 'Canceled').status).toBe('canceled');
    for (const status of ['In Production', 'Planned', 'Pilot']) {
      expect(withTmdbStatus(unknown, status).status).toBe('in-development');
    }
    expect(withTmdbStatus(unknown, 'Rumoured').status).toBe('unknown');
    expect(withTmdbStatus(unknown, null).status).toBe('unknown');
  });

  it('never overrides decisive news, which is dated', () => {
    const renewed = mergeStatus(tvmaze('Running'), [renewal], NOW);
    expect(renewed.status).toBe('renewed');
    expect(withTmdbStatus(renewed, 'Canceled')).toBe(renewed);
  });
});
