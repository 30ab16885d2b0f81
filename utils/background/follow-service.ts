/**
 * Following shows, as the background does it (issue 10, point 3): follow and unfollow, the
 * scheduled and on-demand checks, the notification's click, export and import. The browser's APIs
 * and the storage items come in as dependencies (wired in `live-follow.ts`), so tests drive it all.
 */
import type { PageShow } from '../domain';
import { checkFollowedShows } from '../follow/check-followed-shows';
import { buildFollowFile, type FollowImportResult, parseFollowFile } from '../follow/follow-file';
import { changeIdOfNotification, notificationFor } from '../follow/follow-notification';
import {
  type AlarmsApi,
  FOLLOW_RESUME_ALARM,
  FOLLOW_RESUME_DELAY_MINUTES,
  followPeriodMs,
  syncFollowAlarm,
} from '../follow/follow-schedule';
import type { FollowStore } from '../follow/follow-store';
import {
  changeTarget,
  type FollowChange,
  type FollowCheckSummary,
  type FollowedShow,
  type FollowState,
  followedShowFromReport,
  MAX_FOLLOWED_SHOWS,
} from '../follow/followed-show';
import type { ReportCache } from '../reports/report-cache';

export interface FollowService {
  /** Follows the show of a page's query, with the report ShowFate has for it; throws when there is no show to follow. */
  follow(query: PageShow): Promise<FollowedShow>;
  unfollow(tvmazeId: number): Promise<void>;
  state(): Promise<FollowState>;
  /** Every followed show, now (the popup's "Check now"). */
  checkNow(): Promise<FollowCheckSummary>;
  /** The alarm's check: the shows not confirmed within the last half period. */
  runScheduled(): Promise<FollowCheckSummary | null>;
  exportFile(): Promise<string>;
  importFile(text: string): Promise<FollowImportResult>;
  /** A notification was clicked: opens its change's article (or the show's TVmaze page). */
  openNotification(notificationId: string): Promise<void>;
  /** Makes the check alarm match the list and the frequency. */
  syncAlarm(): Promise<void>;
}

/** Why a show can't be followed (a film, no confident match, or the list is full). */
export class FollowError extends Error {
  override name = 'FollowError';
}

export interface FollowServiceDependencies {
  store: FollowStore;
  reports: ReportCache;
  alarms: AlarmsApi;
  notifications: {
    create(id: string, options: ReturnType<typeof notificationFor>['options']): Promise<unknown>;
    clear(id: string): Promise<unknown>;
  };
  openTab: (url: string) => Promise<unknown>;
  iconUrl: string;
  notificationsEnabled: () => Promise<boolean>;
  frequency: () => Promise<unknown>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  spacingMs?: number;
}

export function createFollowService(deps: FollowServiceDependencies): FollowService {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  /** One check at a time in this worker; a second one waits for the first. */
  let running: Promise<unknown> = Promise.resolve();
  let checking = false;

  function runExclusive(confirmedBefore: number): Promise<FollowCheckSummary> {
    const run = running.then(async () => {
      checking = true;
      // Set while the check runs: if the worker is stopped mid-check, this alarm wakes it to finish.
      await deps.alarms.create(FOLLOW_RESUME_ALARM, { delayInMinutes: FOLLOW_RESUME_DELAY_MINUTES });
      try {
        return await checkFollowedShows(
          {
            store: deps.store,
            fetchReport: (query) => deps.reports.get(query, { forceRefresh: true }),
            notify: async (change: FollowChange) => {
              const { id, options } = notificationFor(change, deps.iconUrl);
              await deps.notifications.create(id, options);
            },
            notificationsEnabled: deps.notificationsEnabled,
            now,
            sleep,
            spacingMs: deps.spacingMs,
          },
          { confirmedBefore },
        );
      } finally {
        checking = false;
        await deps.alarms.clear(FOLLOW_RESUME_ALARM);
      }
    });
    running = run.catch(() => undefined);
    return run;
  }

  return {
    async follow(query) {
      const show = followedShowFromReport(await deps.reports.get(query), now());
      if (!show) throw new FollowError('There is no series to follow on this page.');
      if (!(await deps.store.follow(show))) throw new FollowError('The followed list is full.');
      return show;
    },
    unfollow: (tvmazeId) => deps.store.unfollow(tvmazeId),
    async state() {
      const [shows, changes] = await Promise.all([deps.store.list(), deps.store.changes()]);
      return { shows, changes };
    },
    checkNow: () => runExclusive(Number.POSITIVE_INFINITY),
    async runScheduled() {
      // The resume alarm fired while this worker is still checking: it is alive, so re-arm and wait.
      if (checking) {
        await deps.alarms.create(FOLLOW_RESUME_ALARM, { delayInMinutes: FOLLOW_RESUME_DELAY_MINUTES });
        return null;
      }
      return runExclusive(now() - followPeriodMs(await deps.frequency()) / 2);
    },
    async exportFile() {
      return JSON.stringify(buildFollowFile(await deps.store.list(), now()), null, 2);
    },
    async importFile(text) {
      const parsed = parseFollowFile(text);
      if (!parsed.ok) return parsed;
      const merged = await deps.store.merge(parsed.shows);
      return merged ? { ok: true, ...merged } : { ok: false, problem: 'too-many', max: MAX_FOLLOWED_SHOWS };
    },
    async openNotification(notificationId) {
      const changeId = changeIdOfNotification(notificationId);
      if (changeId === null) return;
      const change = (await deps.store.changes()).find((entry) => entry.id === changeId);
      const target = change ? changeTarget(change) : null;
      if (target) await deps.openTab(target);
      await deps.notifications.clear(notificationId);
    },
    async syncAlarm() {
      await syncFollowAlarm(deps.alarms, {
        followedCount: (await deps.store.list()).length,
        frequency: await deps.frequency(),
      });
    },
  };
}
