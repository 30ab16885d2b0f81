import { browser } from 'wxt/browser';
import type { ReportStore } from '../cache/report-store';
import { TRADE_POLL_ALARM, TRADE_POLL_PERIOD_MINUTES, type TradePollResult } from '../news/poll-trade-feeds';
import { articleReadingEnabled, newsSources, omdbApiKey, tmdbApiKey } from '../settings/settings';

/**
 * The trade press is polled hourly by an alarm (alarms survive the worker's restarts, so it is
 * only created when missing), and at once when the user allows it or turns a feed on. Changing
 * the sources makes every cached report stale: each is rebuilt on its next visit.
 */
export function registerSourceListeners(background: {
  store: ReportStore;
  pollTradeFeeds: () => Promise<TradePollResult[]>;
}): void {
  const pollNow = () => {
    background
      .pollTradeFeeds()
      .catch((error: unknown) => console.warn('ShowFate: polling the trade press failed', error));
  };
  const forgetReports = () => {
    background.store.forgetReports(() => true).catch(() => {});
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TRADE_POLL_ALARM) pollNow();
  });
  browser.alarms.get(TRADE_POLL_ALARM).then((existing) => {
    if (!existing)
      browser.alarms.create(TRADE_POLL_ALARM, { periodInMinutes: TRADE_POLL_PERIOD_MINUTES, delayInMinutes: 1 });
  });

  browser.permissions.onAdded.addListener(() => {
    forgetReports();
    pollNow();
  });
  browser.permissions.onRemoved.addListener(forgetReports);
  newsSources.watch(() => {
    forgetReports();
    pollNow();
  });
  articleReadingEnabled.watch(forgetReports);
  // A rating key saved or removed changes what a report holds: ratings appear (or go) on the next visit.
  omdbApiKey.watch(forgetReports);
  tmdbApiKey.watch(forgetReports);
}
