import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerSourceListeners } from '../../utils/background/register-source-listeners';
import { createMemoryReportStore } from '../../utils/cache/report-store';
import { TRADE_POLL_ALARM, TRADE_POLL_PERIOD_MINUTES } from '../../utils/news/poll-trade-feeds';
import { articleReadingEnabled, DEFAULT_NEWS_SOURCES, newsSources } from '../../utils/settings/settings';
import { sampleReport } from '../support/sample-report';

type Listener = () => void;
let permissionAdded: Listener[];
let permissionRemoved: Listener[];

beforeEach(() => {
  fakeBrowser.reset();
  permissionAdded = [];
  permissionRemoved = [];
  // The fake browser has no permissions API: record the listeners to call them as the browser would.
  vi.spyOn(browser.permissions.onAdded, 'addListener').mockImplementation((listener) => {
    permissionAdded.push(listener as Listener);
  });
  vi.spyOn(browser.permissions.onRemoved, 'addListener').mockImplementation((listener) => {
    permissionRemoved.push(listener as Listener);
  });
});

async function wire() {
  const store = createMemoryReportStore();
  await store.putReport({ key: 'k', report: sampleReport(), storedAt: 1 });
  const forget = vi.spyOn(store, 'forgetReports');
  const pollTradeFeeds = vi.fn(async () => []);
  registerSourceListeners({ store, pollTradeFeeds });
  // Let the alarm check and storage watchers settle.
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { store, forget, pollTradeFeeds };
}

describe('the trade-press polling and source listeners', () => {
  it('creates the hourly alarm once, and polls when it fires', async () => {
    const { pollTradeFeeds } = await wire();
    const alarm = await browser.alarms.get(TRADE_POLL_ALARM);
    expect(alarm?.periodInMinutes).toBe(TRADE_POLL_PERIOD_MINUTES);
    await fakeBrowser.alarms.onAlarm.trigger({ name: TRADE_POLL_ALARM, scheduledTime: Date.now() });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: Date.now() });
    expect(pollTradeFeeds).toHaveBeenCalledTimes(1);
  });

  it('keeps an existing alarm (alarms outlive the worker; re-creating would reset its schedule)', async () => {
    await browser.alarms.create(TRADE_POLL_ALARM, { periodInMinutes: TRADE_POLL_PERIOD_MINUTES, delayInMinutes: 30 });
    const before = (await browser.alarms.get(TRADE_POLL_ALARM))?.scheduledTime;
    const create = vi.spyOn(browser.alarms, 'create');
    await wire();
    expect(create).not.toHaveBeenCalled();
    expect((await browser.alarms.get(TRADE_POLL_ALARM))?.scheduledTime).toBe(before);
  });

  it('forgets every cached report and polls when a host is allowed; forgets when one is removed', async () => {
    const { forget, pollTradeFeeds, store } = await wire();
    for (const listener of permissionAdded) listener();
    expect(pollTradeFeeds).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(forget).toHaveBeenCalledTimes(1));
    expect(await store.getReport('k')).toBeUndefined();
    for (const listener of permissionRemoved) listener();
    expect(forget).toHaveBeenCalledTimes(2);
  });

  it('follows the options page: news sources changed → forget and poll; article reading → forget', async () => {
    const { forget, pollTradeFeeds } = await wire();
    await newsSources.setValue({ ...DEFAULT_NEWS_SOURCES, variety: false });
    await vi.waitFor(() => expect(pollTradeFeeds).toHaveBeenCalledTimes(1));
    expect(forget).toHaveBeenCalledTimes(1);
    await articleReadingEnabled.setValue(true);
    await vi.waitFor(() => expect(forget).toHaveBeenCalledTimes(2));
    expect(pollTradeFeeds).toHaveBeenCalledTimes(1);
  });

  it('never lets a failed poll escape', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { pollTradeFeeds } = await wire();
    pollTradeFeeds.mockRejectedValueOnce(new Error('offline'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: TRADE_POLL_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
  });
});
