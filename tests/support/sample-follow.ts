import type { StoredValue } from '../../utils/follow/follow-store';
import type { FollowChange, FollowedShow } from '../../utils/follow/followed-show';
import { sampleQuery } from './sample-report';

export function sampleFollowed(overrides: Partial<FollowedShow> = {}): FollowedShow {
  return {
    tvmazeId: 61000,
    name: 'The Imperfects',
    tvmazeUrl: 'https://www.tvmaze.com/shows/61000/the-imperfects',
    query: sampleQuery(),
    status: 'airing',
    source: null,
    followedAt: Date.UTC(2026, 10, 1),
    checkedAt: Date.UTC(2026, 10, 1),
    ...overrides,
  };
}

export function sampleChange(overrides: Partial<FollowChange> = {}): FollowChange {
  return {
    id: '61000-abc',
    tvmazeId: 61000,
    name: 'The Imperfects',
    from: 'airing',
    to: 'canceled',
    at: Date.UTC(2026, 10, 26),
    source: {
      outlet: 'Deadline',
      headline: '‘The Imperfects’ Canceled By Netflix After One Season',
      url: 'https://news.google.com/rss/articles/CBMiEXAMPLE?oc=5',
      published: '2022-11-08T18:30:00.000Z',
    },
    tvmazeUrl: 'https://www.tvmaze.com/shows/61000/the-imperfects',
    ...overrides,
  };
}

/** A storage item in memory, recording every value written. */
export function memoryValue<T>(initial: T): StoredValue<T> & { writes: T[]; current(): T } {
  let value = initial;
  const writes: T[] = [];
  return {
    writes,
    current: () => value,
    getValue: async () => structuredClone(value),
    setValue: async (next) => {
      value = structuredClone(next);
      writes.push(value);
    },
  };
}
