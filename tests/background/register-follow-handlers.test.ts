import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FollowService } from '../../utils/background/follow-service';
import { FOLLOW_CHECK_ALARM, FOLLOW_RESUME_ALARM } from '../../utils/follow/follow-schedule';
import { InvalidMessageError } from '../../utils/messaging/validate-message';
import { followCheckFrequency, followedShows } from '../../utils/settings/settings';
import { sampleFollowed } from '../support/sample-follow';
import { sampleQuery } from '../support/sample-report';

/** The handlers registered, by message name: the test calls them as @webext-core/messaging would. */
const handlers = new Map<string, (message: { data: unknown; sender?: unknown }) => unknown>();
vi.mock('../../utils/messaging/protocol', () => ({
  onMessage: (name: string, handler: (message: { data: unknown }) => unknown) => {
    handlers.set(name, handler);
    return () => handlers.delete(name);
  },
}));

const { registerFollowHandlers } = await import('../../utils/background/register-follow-handlers');

const call = async (name: string, data?: unknown, sender?: unknown) => handlers.get(name)?.({ data, sender });
const extensionPage = { url: browser.runtime.getURL('/popup.html') };
const contentScript = { url: 'https://www.netflix.com/title/1', tab: { id: 3 } };

function fakeService() {
  return {
    follow: vi.fn(async () => sampleFollowed()),
    unfollow: vi.fn(async () => {}),
    state: vi.fn(async () => ({ shows: [], changes: [] })),
    checkNow: vi.fn(async () => ({ checked: 0, changed: 0, failed: 0, finishedAt: 1 })),
    runScheduled: vi.fn(async () => null),
    exportFile: vi.fn(async () => '{}'),
    importFile: vi.fn(async () => ({ ok: true as const, added: 0, alreadyFollowed: 0, total: 0 })),
    openNotification: vi.fn(async () => {}),
    syncAlarm: vi.fn(async () => {}),
  } satisfies FollowService;
}

beforeEach(() => {
  fakeBrowser.reset();
  handlers.clear();
});

describe('the follow messages and listeners', () => {
  it('validates what a page relayed before following or unfollowing', async () => {
    const service = fakeService();
    registerFollowHandlers(service);
    await call('followShow', sampleQuery(), contentScript);
    expect(service.follow).toHaveBeenCalledWith(sampleQuery());
    await expect(call('followShow', { ...sampleQuery(), title: '' }, contentScript)).rejects.toBeInstanceOf(
      InvalidMessageError,
    );
    await expect(call('unfollowShow', '61000', contentScript)).rejects.toBeInstanceOf(InvalidMessageError);
    await expect(call('unfollowShow', -1, contentScript)).rejects.toBeInstanceOf(InvalidMessageError);
    await call('unfollowShow', 61000, contentScript);
    expect(service.unfollow).toHaveBeenCalledExactlyOnceWith(61000);
  });

  it('answers import, export and "check now" from ShowFate’s own pages only', async () => {
    const service = fakeService();
    registerFollowHandlers(service);
    for (const name of ['checkFollowedNow', 'exportFollowedShows', 'importFollowedShows']) {
      await expect(call(name, '{}', contentScript), name).rejects.toBeInstanceOf(InvalidMessageError);
      await expect(call(name, '{}', undefined), name).rejects.toBeInstanceOf(InvalidMessageError);
    }
    expect(service.checkNow).not.toHaveBeenCalled();
    expect(service.importFile).not.toHaveBeenCalled();
    await call('checkFollowedNow', undefined, extensionPage);
    await call('importFollowedShows', '{"a":1}', extensionPage);
    expect(service.importFile).toHaveBeenCalledWith('{"a":1}');
    await expect(call('importFollowedShows', { text: 1 }, extensionPage)).rejects.toBeInstanceOf(InvalidMessageError);
  });

  it('checks on its two alarms and no other, and syncs the alarm when the list or the frequency changes', async () => {
    const service = fakeService();
    registerFollowHandlers(service);
    await fakeBrowser.alarms.onAlarm.trigger({ name: FOLLOW_CHECK_ALARM, scheduledTime: Date.now() });
    await fakeBrowser.alarms.onAlarm.trigger({ name: FOLLOW_RESUME_ALARM, scheduledTime: Date.now() });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'showfate-trade-poll', scheduledTime: Date.now() });
    expect(service.runScheduled).toHaveBeenCalledTimes(2);
    expect(service.syncAlarm).toHaveBeenCalledTimes(1);
    await followedShows.setValue([sampleFollowed()]);
    await followCheckFrequency.setValue('weekly');
    await vi.waitFor(() => expect(service.syncAlarm).toHaveBeenCalledTimes(3));
  });

  it('hands a clicked notification to the service (which opens only its own changes)', async () => {
    const service = fakeService();
    registerFollowHandlers(service);
    await fakeBrowser.notifications.onClicked.trigger('showfate-change:61000-x');
    expect(service.openNotification).toHaveBeenCalledExactlyOnceWith('showfate-change:61000-x');
  });
});
