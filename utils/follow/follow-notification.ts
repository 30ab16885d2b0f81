/**
 * The browser notification of a followed show's change: the show, the new status and the source.
 * Its id carries the change's id, so a click (possibly in a worker started just for it) finds the
 * change in storage and opens its article.
 */
import { t } from '../i18n/translate';
import { statusLabel } from '../status/fate-status';
import type { FollowChange } from './followed-show';

export const FOLLOW_NOTIFICATION_PREFIX = 'showfate-change:';

export interface FollowNotification {
  id: string;
  /**
   * Only what Firefox also supports (type 'basic', iconUrl, title, message: MDN's NotificationOptions);
   * it refuses some others (buttons) outright, so the headline is not added as `contextMessage`.
   */
  options: { type: 'basic'; iconUrl: string; title: string; message: string };
}

/** Who said it: the deciding article's outlet, else TVmaze (whose status the change rests on). */
export function changeSourceName(change: Pick<FollowChange, 'source'>): string {
  if (!change.source) return 'TVmaze';
  return change.source.outlet ?? t('followSourceNews');
}

export function notificationFor(change: FollowChange, iconUrl: string): FollowNotification {
  return {
    id: `${FOLLOW_NOTIFICATION_PREFIX}${change.id}`,
    options: {
      type: 'basic',
      iconUrl,
      title: t('followNotificationTitle', change.name, statusLabel(change.to)),
      message: t(
        'followNotificationMessage',
        statusLabel(change.from),
        statusLabel(change.to),
        changeSourceName(change),
      ),
    },
  };
}

/** The change id a notification id names, or null for someone else's notification. */
export function changeIdOfNotification(notificationId: string): string | null {
  return notificationId.startsWith(FOLLOW_NOTIFICATION_PREFIX)
    ? notificationId.slice(FOLLOW_NOTIFICATION_PREFIX.length)
    : null;
}
