/**
 * Re-checking followed shows (issue 10, point 3): each with a fresh report (the cache's freshness
 * bypassed), one show at a time, spaced out.
 *
 * Rate limits: a show's fresh report costs at most 3 TVmaze calls (search, lookup or show) and 2
 * Google News searches (the page's title and TVmaze's name, when they differ). TVmaze allows 20
 * calls per 10 s (utils/providers/rate-limit.ts holds every request of the background to that);
 * Google News documents no limit, so ShowFate stays far below anything a person's browsing makes:
 * one show every 5 s is at most 24 Google News searches and 36 TVmaze calls a minute (TVmaze's
 * limit is 120 a minute). 200 followed shows (the cap) take about 17 minutes.
 */
import type { ShowReport } from '../domain';
import type { FollowStore } from './follow-store';
import {
  type FollowChange,
  type FollowCheckSummary,
  type FollowedShow,
  type FollowQuery,
  followSourceOf,
  httpsUrlOrNull,
} from './followed-show';

/** The pause between two shows of one check. */
export const FOLLOW_CHECK_SPACING_MS = 5_000;

export interface FollowCheckDependencies {
  store: FollowStore;
  /** A fresh report for the query (the cache's freshness bypassed); the last known one marked outdated when offline. */
  fetchReport: (query: FollowQuery) => Promise<ShowReport>;
  /** Raises the browser notification of a change. */
  notify: (change: FollowChange) => Promise<void>;
  notificationsEnabled: () => Promise<boolean>;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  spacingMs?: number;
}

export type FollowAssessment =
  | { kind: 'failed' }
  | { kind: 'confirmed'; updated: FollowedShow; change: FollowChange | null };

/**
 * What a fresh report says about a followed show. Not an answer (nothing changes): a report served
 * from the cache because the network failed, no match or a film, another show matched, or
 * "unknown" where a status was known (a lost answer is not news).
 */
export function assessFollowedShow(show: FollowedShow, report: ShowReport, now: number): FollowAssessment {
  if (report.outdated || !report.show || report.film || report.show.tvmazeId !== show.tvmazeId) {
    return { kind: 'failed' };
  }
  if (report.status === 'unknown' && show.status !== 'unknown') return { kind: 'failed' };
  const source = followSourceOf(report);
  const tvmazeUrl = httpsUrlOrNull(report.show.tvmazeUrl) ?? show.tvmazeUrl;
  const updated: FollowedShow = {
    ...show,
    name: report.show.name,
    tvmazeUrl,
    status: report.status,
    source,
    checkedAt: now,
  };
  if (report.status === show.status) return { kind: 'confirmed', updated, change: null };
  return {
    kind: 'confirmed',
    updated,
    change: {
      id: `${show.tvmazeId}-${now.toString(36)}`,
      tvmazeId: show.tvmazeId,
      name: updated.name,
      from: show.status,
      to: report.status,
      at: now,
      source,
      tvmazeUrl,
    },
  };
}

/**
 * Checks the followed shows last confirmed before `confirmedBefore` (all of them by default),
 * the longest unconfirmed first, writing each result as it comes: a worker stopped mid-check loses
 * nothing, and the next run starts with the shows it didn't reach.
 */
export async function checkFollowedShows(
  deps: FollowCheckDependencies,
  { confirmedBefore = Number.POSITIVE_INFINITY }: { confirmedBefore?: number } = {},
): Promise<FollowCheckSummary> {
  const spacing = deps.spacingMs ?? FOLLOW_CHECK_SPACING_MS;
  const due = (await deps.store.list())
    .filter((show) => show.checkedAt < confirmedBefore)
    .sort((a, b) => a.checkedAt - b.checkedAt);
  const summary: FollowCheckSummary = { checked: 0, changed: 0, failed: 0, finishedAt: 0 };
  for (const [index, show] of due.entries()) {
    if (index > 0) await deps.sleep(spacing);
    let assessment: FollowAssessment;
    try {
      assessment = assessFollowedShow(show, await deps.fetchReport(show.query), deps.now());
    } catch (error) {
      console.warn('ShowFate: checking a followed show failed', error);
      assessment = { kind: 'failed' };
    }
    summary.checked += 1;
    if (assessment.kind === 'failed') {
      summary.failed += 1;
      continue;
    }
    // Unfollowed while it was being checked: its news is no longer wanted.
    if (!(await deps.store.update(assessment.updated)) || !assessment.change) continue;
    summary.changed += 1;
    await deps.store.addChange(assessment.change);
    if (await deps.notificationsEnabled()) {
      await deps.notify(assessment.change).catch((error: unknown) => {
        console.warn('ShowFate: the notification could not be shown', error);
      });
    }
  }
  summary.finishedAt = deps.now();
  return summary;
}
