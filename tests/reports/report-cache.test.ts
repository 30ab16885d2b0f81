import { describe, expect, it, vi } from 'vitest';
import { createMemoryReportStore } from '../../utils/cache/report-store';
import { SourceUnavailableError } from '../../utils/providers/http';
import {
  createReportCache,
  NEWS_UNAVAILABLE_MAX_AGE_MS,
  REPORT_MAX_AGE_MS,
  UNMATCHED_MAX_AGE_MS,
} from '../../utils/reports/report-cache';
import { reportKey } from '../../utils/reports/report-key';
import { sampleQuery, sampleReport } from '../support/sample-report';

function setup(now = 1_000_000) {
  const clock = { now };
  const store = createMemoryReportStore();
  const build = vi.fn(async () => sampleReport({ fetchedAt: clock.now }));
  const reports = createReportCache({ store, build, now: () => clock.now });
  return { clock, store, build, reports };
}

describe('the report cache rules', () => {
  it('answers a second request from the cache without building again', async () => {
    const { reports, build } = setup();
    await reports.get(sampleQuery());
    const second = await reports.get(sampleQuery());
    expect(build).toHaveBeenCalledTimes(1);
    expect(second.status).toBe('canceled');
    expect(second.outdated).toBe(false);
  });

  it('rebuilds a report older than the max age', async () => {
    const { reports, build, clock } = setup();
    await reports.get(sampleQuery());
    clock.now += REPORT_MAX_AGE_MS + 1;
    await reports.get(sampleQuery());
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('re-asks sooner for a show that was not found', async () => {
    const { reports, build, clock } = setup();
    build.mockImplementation(async () => sampleReport({ show: null, status: 'unknown', fetchedAt: clock.now }));
    await reports.get(sampleQuery());
    clock.now += UNMATCHED_MAX_AGE_MS + 1;
    await reports.get(sampleQuery());
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('re-asks soon when a news source was down during the lookup', async () => {
    const { reports, build, clock } = setup();
    build.mockImplementation(async () => sampleReport({ newsUnavailable: true, fetchedAt: clock.now }));
    await reports.get(sampleQuery());
    clock.now += NEWS_UNAVAILABLE_MAX_AGE_MS - 1;
    await reports.get(sampleQuery());
    expect(build).toHaveBeenCalledTimes(1);
    clock.now += 2;
    await reports.get(sampleQuery());
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('serves the last known report, marked outdated, when the network fails', async () => {
    const { reports, build, clock } = setup();
    await reports.get(sampleQuery());
    clock.now += REPORT_MAX_AGE_MS + 1;
    build.mockRejectedValueOnce(new SourceUnavailableError('TVmaze', 'network', 'connection refused'));
    const report = await reports.get(sampleQuery());
    expect(report.outdated).toBe(true);
    expect(report.status).toBe('canceled');
  });

  it('passes the error on when the network fails and nothing is cached', async () => {
    const { reports, build } = setup();
    build.mockRejectedValueOnce(new Error('TVmaze unreachable'));
    await expect(reports.get(sampleQuery())).rejects.toThrow('TVmaze unreachable');
  });

  it('shares one lookup between simultaneous requests for the same show', async () => {
    const { reports, build } = setup();
    await Promise.all([reports.get(sampleQuery()), reports.get(sampleQuery()), reports.get(sampleQuery())]);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('peeks at the cache at any age without building', async () => {
    const { reports, build, clock } = setup();
    expect(await reports.peek(sampleQuery())).toBeNull();
    await reports.get(sampleQuery());
    clock.now += REPORT_MAX_AGE_MS * 10;
    expect((await reports.peek(sampleQuery()))?.status).toBe('canceled');
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('rebuilds when asked to refresh (after the user corrects a match)', async () => {
    const { reports, build } = setup();
    await reports.get(sampleQuery());
    await reports.get(sampleQuery(), { forceRefresh: true });
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('does not let a forced refresh join a lookup already in flight (the correction race)', async () => {
    const { reports, build, store } = setup();
    let finishFirst: (report: ReturnType<typeof sampleReport>) => void = () => {};
    // The first lookup started before the user's correction was saved: it will answer the old match.
    build.mockImplementationOnce(() => new Promise((resolve) => (finishFirst = resolve)));
    build.mockImplementationOnce(async () => sampleReport({ matchMethod: 'user-choice', status: 'renewed' }));
    const first = reports.get(sampleQuery());
    const corrected = await reports.get(sampleQuery(), { forceRefresh: true });
    expect(build).toHaveBeenCalledTimes(2);
    expect(corrected.matchMethod).toBe('user-choice');
    finishFirst(sampleReport({ matchMethod: 'title', status: 'canceled' }));
    expect((await first).matchMethod).toBe('title');
    // The cache keeps the corrected report, not the late answer of the older lookup.
    expect((await store.getReport(reportKey(sampleQuery())))?.report.matchMethod).toBe('user-choice');
    expect((await reports.get(sampleQuery())).status).toBe('renewed');
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('adds found shows to the recent list, once per show', async () => {
    const { reports, store, clock } = setup();
    await reports.get(sampleQuery());
    clock.now += 10;
    await reports.get(sampleQuery({ service: 'imdb', serviceTitleId: null, imdbId: 'tt14537248' }));
    const recent = await store.listRecent();
    expect(recent).toHaveLength(1);
    expect(recent[0]).toMatchObject({ title: 'The Imperfects', status: 'canceled', seenAt: clock.now });
  });
});

describe('report keys', () => {
  it('keep the title next to an id, so a stale page cannot file one show under another id', () => {
    const a = reportKey(sampleQuery({ serviceTitleId: '1', title: 'Wednesday' }));
    const b = reportKey(sampleQuery({ serviceTitleId: '1', title: 'The Imperfects' }));
    expect(a).not.toBe(b);
    expect(reportKey(sampleQuery({ title: 'THE IMPERFECTS' }))).toBe(
      reportKey(sampleQuery({ title: 'The Imperfects' })),
    );
  });
});
