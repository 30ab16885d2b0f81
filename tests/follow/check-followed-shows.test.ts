import { describe, expect, it, vi } from 'vitest';
import type { ShowReport } from '../../utils/domain';
import {
  assessFollowedShow,
  checkFollowedShows,
  FOLLOW_CHECK_SPACING_MS,
  type FollowCheckDependencies,
} from '../../utils/follow/check-followed-shows';
import { createFollowStore } from '../../utils/follow/follow-store';
import type { FollowedShow } from '../../utils/follow/followed-show';
import { memoryValue, sampleFollowed } from '../support/sample-follow';
import { sampleReport, sampleShow } from '../support/sample-report';

const NOW = Date.UTC(2026, 10, 30, 12);

function setUp(shows: FollowedShow[], reportFor: (show: FollowedShow) => ShowReport | Promise<ShowReport>) {
  const store = createFollowStore({ shows: memoryValue(shows), changes: memoryValue([]) });
  const deps = {
    store,
    fetchReport: vi.fn(async (query: FollowedShow['query']) => {
      const show = shows.find((entry) => entry.query.title === query.title);
      if (!show) throw new Error('unknown query');
      return reportFor(show);
    }),
    notify: vi.fn(async () => {}),
    notificationsEnabled: vi.fn(async () => true),
    now: () => NOW,
    sleep: vi.fn(async () => {}),
  } satisfies FollowCheckDependencies;
  return { store, deps };
}

const canceledReport = sampleReport();
const airingReport = sampleReport({ status: 'airing', evidence: null });

describe('checking followed shows', () => {
  it('records a status change, notifies it, and updates the show', async () => {
    const { store, deps } = setUp([sampleFollowed({ status: 'airing' })], () => canceledReport);
    const summary = await checkFollowedShows(deps);
    expect(summary).toEqual({ checked: 1, changed: 1, failed: 0, finishedAt: NOW });
    const [change] = await store.changes();
    expect(change).toMatchObject({
      tvmazeId: 61000,
      name: 'The Imperfects',
      from: 'airing',
      to: 'canceled',
      at: NOW,
      source: { outlet: 'Deadline', url: 'https://news.google.com/rss/articles/CBMiEXAMPLE?oc=5' },
    });
    expect(deps.notify).toHaveBeenCalledExactlyOnceWith(change);
    expect(await store.list()).toMatchObject([{ status: 'canceled', checkedAt: NOW, source: { outlet: 'Deadline' } }]);
  });

  it('asks for a fresh report of the stored query', async () => {
    const followed = sampleFollowed();
    const { deps } = setUp([followed], () => airingReport);
    await checkFollowedShows(deps);
    expect(deps.fetchReport).toHaveBeenCalledExactlyOnceWith(followed.query);
  });

  it('confirms an unchanged status without a change or a notification', async () => {
    const { store, deps } = setUp([sampleFollowed({ status: 'airing' })], () => airingReport);
    expect(await checkFollowedShows(deps)).toMatchObject({ checked: 1, changed: 0, failed: 0 });
    expect(await store.changes()).toEqual([]);
    expect(deps.notify).not.toHaveBeenCalled();
    expect((await store.list())[0]?.checkedAt).toBe(NOW);
  });

  it('records the change but raises no notification when notifications are off', async () => {
    const { store, deps } = setUp([sampleFollowed()], () => canceledReport);
    deps.notificationsEnabled.mockResolvedValue(false);
    await checkFollowedShows(deps);
    expect(await store.changes()).toHaveLength(1);
    expect(deps.notify).not.toHaveBeenCalled();
  });

  it.each([
    ['served from the cache because the network failed', { ...canceledReport, outdated: true }],
    ['for another show (the title now matches someone else)', sampleReport({ show: sampleShow({ tvmazeId: 5 }) })],
    ['without a match', sampleReport({ show: null, status: 'unknown', evidence: null })],
    ['"unknown" where a status was known', sampleReport({ status: 'unknown', evidence: null })],
    ['of a film', { ...canceledReport, film: true }],
  ])('counts a report %s as a failed check: nothing changes', async (_, report) => {
    const followed = sampleFollowed();
    const { store, deps } = setUp([followed], () => report as ShowReport);
    expect(await checkFollowedShows(deps)).toMatchObject({ checked: 1, changed: 0, failed: 1 });
    expect(await store.list()).toEqual([followed]);
    expect(await store.changes()).toEqual([]);
    expect(deps.notify).not.toHaveBeenCalled();
  });

  it('goes on after a show whose lookup throws, and after a notification that fails', async () => {
    const shows = [
      sampleFollowed({ tvmazeId: 1, query: { ...sampleFollowed().query, title: 'Broken' } }),
      sampleFollowed(),
    ];
    const { store, deps } = setUp(shows, (show) => {
      if (show.tvmazeId === 1) throw new Error('offline');
      return canceledReport;
    });
    deps.notify.mockRejectedValue(new Error('no notifications here'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await checkFollowedShows(deps)).toMatchObject({ checked: 2, changed: 1, failed: 1 });
    expect(await store.changes()).toHaveLength(1);
  });

  it('spaces the shows out, the longest unconfirmed first, and checks only those due', async () => {
    const query = (title: string) => ({ ...sampleFollowed().query, title });
    const shows = [
      sampleFollowed({ tvmazeId: 1, query: query('A'), checkedAt: 300 }),
      sampleFollowed({ tvmazeId: 2, query: query('B'), checkedAt: 100 }),
      sampleFollowed({ tvmazeId: 3, query: query('C'), checkedAt: 200 }),
      sampleFollowed({ tvmazeId: 4, query: query('D'), checkedAt: 5_000 }),
    ];
    const { deps } = setUp(shows, (show) => sampleReport({ show: sampleShow({ tvmazeId: show.tvmazeId }) }));
    const summary = await checkFollowedShows(deps, { confirmedBefore: 1_000 });
    expect(summary.checked).toBe(3);
    expect(deps.fetchReport.mock.calls.map(([asked]) => asked.title)).toEqual(['B', 'C', 'A']);
    expect(deps.sleep.mock.calls).toEqual([[FOLLOW_CHECK_SPACING_MS], [FOLLOW_CHECK_SPACING_MS]]);
  });

  it('drops the news of a show unfollowed while it was being checked', async () => {
    const { store, deps } = setUp([sampleFollowed()], async () => {
      await store.unfollow(61000);
      return canceledReport;
    });
    expect(await checkFollowedShows(deps)).toMatchObject({ checked: 1, changed: 0 });
    expect(await store.changes()).toEqual([]);
    expect(deps.notify).not.toHaveBeenCalled();
  });
});

describe('what a fresh report says', () => {
  it('takes the newest name and source, and gives a change an id the notification can carry', () => {
    const assessment = assessFollowedShow(
      sampleFollowed({ name: 'Imperfects' }),
      sampleReport({ show: sampleShow({ name: 'The Imperfects' }) }),
      NOW,
    );
    expect(assessment.kind).toBe('confirmed');
    if (assessment.kind !== 'confirmed') return;
    expect(assessment.updated.name).toBe('The Imperfects');
    expect(assessment.change?.id).toMatch(/^61000-[a-z0-9]+$/);
  });
});
