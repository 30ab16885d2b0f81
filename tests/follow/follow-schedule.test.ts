import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  FOLLOW_CHECK_ALARM,
  FOLLOW_CHECK_FREQUENCIES,
  followPeriodMs,
  syncFollowAlarm,
} from '../../utils/follow/follow-schedule';

beforeEach(() => fakeBrowser.reset());

describe('the follow check alarm', () => {
  it('is absent while nothing is followed', async () => {
    expect(await syncFollowAlarm(browser.alarms, { followedCount: 0, frequency: 'daily' })).toBe('none');
    expect(await browser.alarms.get(FOLLOW_CHECK_ALARM)).toBeUndefined();
  });

  it('repeats daily by default, its first run one period away', async () => {
    const before = Date.now();
    expect(await syncFollowAlarm(browser.alarms, { followedCount: 1, frequency: undefined })).toBe('created');
    const alarm = await browser.alarms.get(FOLLOW_CHECK_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(before + 24 * 3_600_000);
  });

  it('is left alone when it already has the period (a restarted worker must not push it back)', async () => {
    await syncFollowAlarm(browser.alarms, { followedCount: 1, frequency: 'daily' });
    const create = vi.spyOn(browser.alarms, 'create');
    expect(await syncFollowAlarm(browser.alarms, { followedCount: 3, frequency: 'daily' })).toBe('kept');
    expect(create).not.toHaveBeenCalled();
  });

  it.each(Object.entries(FOLLOW_CHECK_FREQUENCIES))('follows the frequency %s', async (frequency, minutes) => {
    await syncFollowAlarm(browser.alarms, { followedCount: 1, frequency: 'daily' });
    await syncFollowAlarm(browser.alarms, { followedCount: 1, frequency });
    expect((await browser.alarms.get(FOLLOW_CHECK_ALARM))?.periodInMinutes).toBe(minutes);
    expect(followPeriodMs(frequency)).toBe(minutes * 60_000);
  });

  it('falls back to daily for a frequency it does not know, and goes when the last show is unfollowed', async () => {
    await syncFollowAlarm(browser.alarms, { followedCount: 1, frequency: 'hourly' });
    expect((await browser.alarms.get(FOLLOW_CHECK_ALARM))?.periodInMinutes).toBe(24 * 60);
    expect(await syncFollowAlarm(browser.alarms, { followedCount: 0, frequency: 'daily' })).toBe('cleared');
    expect(await browser.alarms.get(FOLLOW_CHECK_ALARM)).toBeUndefined();
  });
});
