import { browser } from 'wxt/browser';
import { FOLLOW_CHECK_ALARM, FOLLOW_RESUME_ALARM } from '../follow/follow-schedule';
import { onMessage } from '../messaging/protocol';
import { parseFollowFileText, parsePageShow, parseTvmazeId, requireExtensionPage } from '../messaging/validate-message';
import { followCheckFrequency, followedShows } from '../settings/settings';
import type { FollowService } from './follow-service';

/**
 * Following (issue 10, point 3), registered at once and synchronously like every other listener:
 * the messages (each validated), the check alarms, the notification's click, and the alarm kept in
 * step with the list and the frequency. Import, export and "check now" are for ShowFate's own pages
 * only: a content script relays a hostile page.
 */
export function registerFollowHandlers(follow: FollowService): void {
  const extensionOrigin = browser.runtime.getURL('/');
  onMessage('followShow', ({ data }) => follow.follow(parsePageShow(data)));
  onMessage('unfollowShow', ({ data }) => follow.unfollow(parseTvmazeId(data)));
  onMessage('getFollowState', () => follow.state());
  onMessage('checkFollowedNow', ({ sender }) => {
    requireExtensionPage(sender, extensionOrigin);
    return follow.checkNow();
  });
  onMessage('exportFollowedShows', ({ sender }) => {
    requireExtensionPage(sender, extensionOrigin);
    return follow.exportFile();
  });
  onMessage('importFollowedShows', ({ data, sender }) => {
    requireExtensionPage(sender, extensionOrigin);
    return follow.importFile(parseFollowFileText(data));
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== FOLLOW_CHECK_ALARM && alarm.name !== FOLLOW_RESUME_ALARM) return;
    follow.runScheduled().catch((error: unknown) => console.warn('ShowFate: checking followed shows failed', error));
  });
  browser.notifications?.onClicked.addListener((notificationId) => {
    follow
      .openNotification(notificationId)
      .catch((error: unknown) => console.warn('ShowFate: opening the notification failed', error));
  });

  const syncAlarm = () => {
    follow.syncAlarm().catch((error: unknown) => console.warn('ShowFate: scheduling the follow check failed', error));
  };
  syncAlarm();
  followedShows.watch(syncAlarm);
  followCheckFrequency.watch(syncAlarm);
}
