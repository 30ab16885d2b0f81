import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createLiveBackgroundServices } from '../utils/background/live-services';
import { registerMessageHandlers } from '../utils/background/register-message-handlers';
import { TRADE_POLL_ALARM, TRADE_POLL_PERIOD_MINUTES } from '../utils/news/poll-trade-feeds';
import { newsSources } from '../utils/settings/settings';

// Synchronous on purpose: MV3 restarts the worker to deliver an event, and listeners must be
// registered in the first turn. Everything that must outlive the worker is in IndexedDB or storage.
export default defineBackground(() => {
  const services = createLiveBackgroundServices();
  registerMessageHandlers(services);

  const pollNow = () =>
    void services
      .pollTradeFeeds()
      .catch((error: unknown) => console.warn('ShowFate: polling the trade press failed', error));

  // The trade press is polled hourly; the alarm survives worker restarts, so it is only (re)created here.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TRADE_POLL_ALARM) pollNow();
  });
  void browser.alarms.get(TRADE_POLL_ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(TRADE_POLL_ALARM, { periodInMinutes: TRADE_POLL_PERIOD_MINUTES, delayInMinutes: 1 });
  });
  // Poll at once when the user allows the trade press or turns a feed on, instead of within the hour.
  browser.permissions.onAdded.addListener(pollNow);
  newsSources.watch(pollNow);
});
