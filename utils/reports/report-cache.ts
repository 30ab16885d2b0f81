import type { ReportStore } from '../cache/report-store';
import type { PageShow, ShowReport } from '../domain';
import { reportKey } from './report-key';

/** A found show's report is fresh for 12 hours: decisions are rare, and TVmaze itself caches an hour. */
export const REPORT_MAX_AGE_MS = 12 * 60 * 60 * 1000;
/** "Not found" and films are re-asked sooner: TVmaze adds new shows every day. */
export const UNMATCHED_MAX_AGE_MS = 6 * 60 * 60 * 1000;
/** A report built while a news source was down is re-asked soon: the news may change its status. */
export const NEWS_UNAVAILABLE_MAX_AGE_MS = 30 * 60 * 1000;

export interface ReportCacheOptions {
  store: ReportStore;
  /** Builds a report from the network; throws SourceUnavailableError when the sources are unreachable. */
  build: (query: PageShow) => Promise<ShowReport>;
  now?: () => number;
}

/**
 * Reports by page show: served from the store while fresh, built from the network when not, the
 * last known one when the network fails. What the background answers `getShowReport` with.
 */
export interface ReportCache {
  /** The cached report at any age, for an instant first paint; null when never seen. */
  peek(query: PageShow): Promise<ShowReport | null>;
  /**
   * A fresh report: the cache when young enough (no network at all), else the network. When the
   * network fails, the last known report comes back marked `outdated`; with none, the error is thrown.
   */
  get(query: PageShow, options?: { forceRefresh?: boolean }): Promise<ShowReport>;
}

interface InFlightLookup {
  request: Promise<ShowReport>;
  /** A forced refresh started after this one: this one's answer must not overwrite it in the cache. */
  superseded: boolean;
}

export function createReportCache({ store, build, now = Date.now }: ReportCacheOptions): ReportCache {
  // One network lookup per key at a time: a page that asks twice (peek+get, two frames, SPA
  // navigation back and forth) shares the same request. Only in memory, on purpose: it dies with
  // the service worker, and what outlives it is in the store.
  const inFlight = new Map<string, InFlightLookup>();

  function isFresh(report: ShowReport, storedAt: number): boolean {
    const maxAge = !report.show
      ? UNMATCHED_MAX_AGE_MS
      : report.newsUnavailable
        ? NEWS_UNAVAILABLE_MAX_AGE_MS
        : REPORT_MAX_AGE_MS;
    return now() - storedAt < maxAge;
  }

  async function noteSeen(report: ShowReport): Promise<void> {
    if (report.show) {
      await store.markSeen({
        key: `tvmaze:${report.show.tvmazeId}`,
        title: report.show.name,
        status: report.status,
        tvmazeId: report.show.tvmazeId,
        seenAt: now(),
      });
    }
  }

  /**
   * The network lookup for `key`, shared with one already running unless `force`: a forced refresh
   * (after a correction) must not join a lookup that started before it and may have read "no
   * correction" (issue 11, finding 4). The lookup it replaces still answers its own callers, but
   * its report is not stored: the newer one's is.
   */
  function refresh(key: string, query: PageShow, force: boolean): Promise<ShowReport> {
    const running = inFlight.get(key);
    if (running && !force) return running.request;
    if (running) running.superseded = true;
    const lookup = { superseded: false } as InFlightLookup;
    lookup.request = build(query)
      .then(async (report) => {
        if (lookup.superseded) return report;
        await store.putReport({ key, report, storedAt: report.fetchedAt });
        await noteSeen(report);
        return report;
      })
      .finally(() => {
        if (inFlight.get(key) === lookup) inFlight.delete(key);
      });
    inFlight.set(key, lookup);
    return lookup.request;
  }

  return {
    async peek(query) {
      const cached = await store.getReport(reportKey(query));
      return cached ? { ...cached.report, query } : null;
    },

    async get(query, { forceRefresh = false } = {}) {
      const key = reportKey(query);
      const cached = await store.getReport(key);
      if (cached && !forceRefresh && isFresh(cached.report, cached.storedAt)) {
        await noteSeen(cached.report);
        return { ...cached.report, query };
      }
      try {
        return { ...(await refresh(key, query, forceRefresh)), query };
      } catch (error) {
        if (!cached) throw error;
        return { ...cached.report, query, outdated: true };
      }
    },
  };
}
