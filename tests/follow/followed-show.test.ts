import { describe, expect, it } from 'vitest';
import {
  changeTarget,
  followedShowFromReport,
  httpsUrlOrNull,
  MAX_FOLLOW_CHANGES,
  MAX_FOLLOWED_SHOWS,
  readFollowChanges,
  readFollowedShows,
} from '../../utils/follow/followed-show';
import { sampleChange, sampleFollowed } from '../support/sample-follow';
import { sampleQuery, sampleReport } from '../support/sample-report';

describe('a followed show from a report', () => {
  it('keeps the show, its status, the deciding article and the query to re-check with', () => {
    const report = sampleReport({ query: sampleQuery({ pageRating: { source: 'imdb', value: 6.1, scale: 10 } }) });
    const followed = followedShowFromReport(report, 123);
    expect(followed).toEqual({
      tvmazeId: 61000,
      name: 'The Imperfects',
      tvmazeUrl: 'https://www.tvmaze.com/shows/61000/the-imperfects',
      query: sampleQuery(),
      status: 'canceled',
      source: {
        outlet: 'Deadline',
        headline: '‘The Imperfects’ Canceled By Netflix After One Season',
        url: 'https://news.google.com/rss/articles/CBMiEXAMPLE?oc=5',
        published: '2022-11-08T18:30:00.000Z',
      },
      followedAt: 123,
      checkedAt: report.fetchedAt,
    });
    // The page's own rating is not kept: it is the page's, read when it was open.
    expect(followed?.query).not.toHaveProperty('pageRating');
  });

  it('has nothing to follow for a film or a show not found', () => {
    expect(followedShowFromReport(sampleReport({ film: true }), 1)).toBeNull();
    expect(followedShowFromReport(sampleReport({ show: null, status: 'unknown' }), 1)).toBeNull();
  });

  it('keeps an article link only when it is https', () => {
    const base = sampleReport();
    const report = sampleReport({ evidence: { ...base.evidence!, url: 'javascript:alert(1)' } });
    expect(followedShowFromReport(report, 1)?.source?.url).toBeNull();
    const http = sampleReport({ evidence: { ...base.evidence!, url: 'http://example.com/a' } });
    expect(followedShowFromReport(http, 1)?.source?.url).toBeNull();
  });
});

describe('reading the stored lists', () => {
  it('drops invalid entries and duplicates, keeping the valid ones in order', () => {
    const good = sampleFollowed();
    const other = sampleFollowed({ tvmazeId: 7, name: 'Lupin' });
    const stored = [
      good,
      { ...good, status: 'doomed' },
      { ...other, tvmazeUrl: 'javascript:alert(1)' },
      { ...other, name: 'a\u0000b' },
      { ...other, extra: 1 },
      { ...good, name: 'Duplicate' },
      other,
      'junk',
      null,
    ];
    expect(readFollowedShows(stored)).toEqual([good, other]);
    expect(readFollowedShows('not a list')).toEqual([]);
    expect(readFollowedShows(undefined)).toEqual([]);
  });

  it('reads at most the caps', () => {
    const many = Array.from({ length: MAX_FOLLOWED_SHOWS + 20 }, (_, i) => sampleFollowed({ tvmazeId: i + 1 }));
    expect(readFollowedShows(many)).toHaveLength(MAX_FOLLOWED_SHOWS);
    const changes = Array.from({ length: 50 }, (_, i) => sampleChange({ id: `c${i}` }));
    expect(readFollowChanges(changes)).toHaveLength(MAX_FOLLOW_CHANGES);
  });
});

describe('where a change leads', () => {
  it('opens the article, else TVmaze’s page, and only https', () => {
    expect(changeTarget(sampleChange())).toBe('https://news.google.com/rss/articles/CBMiEXAMPLE?oc=5');
    expect(changeTarget(sampleChange({ source: null }))).toBe('https://www.tvmaze.com/shows/61000/the-imperfects');
    expect(
      changeTarget(
        sampleChange({ source: { outlet: null, headline: null, url: 'data:text/html,x', published: null } }),
      ),
    ).toBe('https://www.tvmaze.com/shows/61000/the-imperfects');
    expect(changeTarget(sampleChange({ source: null, tvmazeUrl: null }))).toBeNull();
  });

  it('refuses what is not a plain https URL', () => {
    expect(httpsUrlOrNull('https://deadline.com/a')).toBe('https://deadline.com/a');
    for (const url of [
      'javascript:alert(1)',
      'http://deadline.com/',
      'https://user:pw@deadline.com/',
      'not a url',
      '',
    ]) {
      expect(httpsUrlOrNull(url), url).toBeNull();
    }
    expect(httpsUrlOrNull(`https://deadline.com/${'a'.repeat(3000)}`)).toBeNull();
  });
});
