import { browser } from 'wxt/browser';
import { createFollowStore } from '../follow/follow-store';
import type { ReportCache } from '../reports/report-cache';
import { followChanges, followCheckFrequency, followedShows, followNotificationsEnabled } from '../settings/settings';
import { createFollowService, type FollowService } from './follow-service';

/** Wires following to the real storage, alarms, notifications and the background's report cache. */
export function createLiveFollowService(reports: ReportCache): FollowService {
  return createFollowService({
    store: createFollowStore({ shows: followedShows, changes: followChanges }),
    reports,
    alarms: browser.alarms,
    notifications: {
      create: (id, options) => browser.notifications.create(id, options),
      clear: (id) => browser.notifications.clear(id),
    },
    // Only ever an https URL of our own report (changeTarget): the article or TVmaze's page.
    openTab: (url) => browser.tabs.create({ url }),
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    notificationsEnabled: () => followNotificationsEnabled.getValue(),
    frequency: () => followCheckFrequency.getValue(),
  });
}
