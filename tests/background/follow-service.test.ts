import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFollowService, FollowError } from '../../utils/background/follow-service';
import { FOLLOW_FILE_FORMAT } from '../../utils/follow/follow-file';
import { FOLLOW_CHECK_ALARM, FOLLOW_RESUME_ALARM } from '../../utils/follow/follow-schedule';
import { createFollowStore } from '../../utils/follow/follow-store';
import type { FollowChange, FollowedShow } from '../../utils/follow/followed-show';
import { installLocale } from '../support/browser-i18n';
import { memoryValue, sampleChange, sampleFollowed } from '../support/sample-follow';
import { sampleQuery, sampleReport } from '../support/sample-report';

const NOW = Date.UTC(2026, 10, 30, 12);

beforeEach(() => fakeBrowser.reset());

function setUp({ shows = [] as FollowedShow[], changes = [] as FollowChange[], frequency = 'daily' } = {}) {
  const store = createFollowStore({ shows: memoryValue(shows), changes: memoryValue(changes) });
  const reports = { peek: vi.fn(async () => null), get: vi.fn(async () => sampleReport()) };
  const notifications = { create: vi.fn(async () => 'id'), clear: vi.fn(async () => true) };
  const openTab = vi.fn(async () => ({}));
  const service = createFollowService({
    store,
    reports,
    alarms: browser.alarms,
    notifications,
    openTab,
    iconUrl: 'chrome-extension://id/icon/128.png',
    notificationsEnabled: async () => true,
    frequency: async () => frequency,
    now: () => NOW,
    sleep: async () => {},
  });
  return { service, store, reports, notifications, openTab };
}

describe('following in the background', () => {
  it('follows the show of a query with its own report, not with anything the page says', async () => {
    const { service, store, reports } = setUp();
    const followed = await service.follow(sampleQuery());
    expect(reports.get).toHaveBeenCalledExactlyOnceWith(sampleQuery());
    expect(followed).toMatchObject({ tvmazeId: 61000, name: 'The Imperfects', status: 'canceled', followedAt: NOW });
    expect(await store.list()).toEqual([followed]);
  });

  it('refuses a film or a show not found', async () => {
    const { service, reports } = setUp();
    reports.get.mockResolvedValueOnce(sampleReport({ film: true }));
    await expect(service.follow(sampleQuery())).rejects.toBeInstanceOf(FollowError);
    reports.get.mockResolvedValueOnce(sampleReport({ show: null }));
    await expect(service.follow(sampleQuery())).rejects.toBeInstanceOf(FollowError);
  });

  it('checks now with the cache bypassed, notifies the change, and holds a resume alarm only while checking', async () => {
    const { service, reports, notifications } = setUp({ shows: [sampleFollowed({ status: 'airing' })] });
    let resumeDuringCheck: unknown;
    reports.get.mockImplementation(async () => {
      resumeDuringCheck = await browser.alarms.get(FOLLOW_RESUME_ALARM);
      return sampleReport();
    });
    expect(await service.checkNow()).toEqual({ checked: 1, changed: 1, failed: 0, finishedAt: NOW });
    expect(reports.get).toHaveBeenCalledWith(sampleFollowed().query, { forceRefresh: true });
    expect(resumeDuringCheck).toBeDefined();
    expect(await browser.alarms.get(FOLLOW_RESUME_ALARM)).toBeUndefined();
    expect(notifications.create).toHaveBeenCalledOnce();
    const [id, options] = notifications.create.mock.calls[0] as unknown as [string, Record<string, string>];
    expect(id).toMatch(/^showfate-change:61000-/);
    expect(options).toEqual({
      type: 'basic',
      iconUrl: 'chrome-extension://id/icon/128.png',
      title: 'The Imperfects: now Canceled',
      message: 'Was Airing, now Canceled, according to Deadline. Click to read more.',
    });
  });

  it('says the notification in the browser’s language', async () => {
    installLocale('es');
    const { service, notifications } = setUp({ shows: [sampleFollowed({ status: 'airing' })] });
    await service.checkNow();
    const [, options] = notifications.create.mock.calls[0] as unknown as [string, Record<string, string>];
    // The status words too (statusLabel), not only the sentence around them.
    expect(options.message).toBe('Antes: En emisión; ahora: Cancelada, según Deadline. Haz clic para saber más.');
  });

  it('checks on schedule only the shows not confirmed within the last half period', async () => {
    const fresh = sampleFollowed({ tvmazeId: 1, checkedAt: NOW - 3_600_000 });
    const stale = sampleFollowed({ checkedAt: NOW - 13 * 3_600_000 });
    const { service, reports } = setUp({ shows: [fresh, stale] });
    expect(await service.runScheduled()).toMatchObject({ checked: 1 });
    expect(reports.get).toHaveBeenCalledTimes(1);
  });

  it('keeps the check alarm in step with the list', async () => {
    const { service } = setUp({ shows: [sampleFollowed()] });
    await service.syncAlarm();
    expect((await browser.alarms.get(FOLLOW_CHECK_ALARM))?.periodInMinutes).toBe(1440);
    await service.unfollow(61000);
    await service.syncAlarm();
    expect(await browser.alarms.get(FOLLOW_CHECK_ALARM)).toBeUndefined();
  });

  it('opens the change’s article when its notification is clicked, and nothing for another notification', async () => {
    const change = sampleChange();
    const { service, openTab, notifications } = setUp({ changes: [change] });
    await service.openNotification(`showfate-change:${change.id}`);
    expect(openTab).toHaveBeenCalledExactlyOnceWith('https://news.google.com/rss/articles/CBMiEXAMPLE?oc=5');
    expect(notifications.clear).toHaveBeenCalledWith(`showfate-change:${change.id}`);
    await service.openNotification('someone-else:1');
    await service.openNotification('showfate-change:unknown');
    expect(openTab).toHaveBeenCalledOnce();
  });

  it('exports a versioned file and imports it back, refusing a bad one without a change', async () => {
    const { service, store } = setUp({ shows: [sampleFollowed()] });
    const text = await service.exportFile();
    expect(JSON.parse(text)).toMatchObject({ format: FOLLOW_FILE_FORMAT, version: 1, shows: [sampleFollowed()] });
    await service.unfollow(61000);
    expect(await service.importFile('{oops')).toEqual({ ok: false, problem: 'not-json' });
    expect(await store.list()).toEqual([]);
    expect(await service.importFile(text)).toEqual({ ok: true, added: 1, alreadyFollowed: 0, total: 1 });
    expect(await store.list()).toEqual([sampleFollowed()]);
  });
});
