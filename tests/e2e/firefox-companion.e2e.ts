/**
 * The companion features of issue 10 in real Firefox (firefox-esr, MV2 build): the toolbar badge
 * through `browserAction` (MV2's name for MV3's `action`), the panel staying in place while the
 * Netflix modal switches shows, an IMDb title page's own rating, API keys saved in the options page
 * (the optional host permissions of MV2) and the ratings they bring, and following a show with
 * "Check now" and Firefox's notifications. The Chromium suites (companion, ratings-keys and follow)
 * check the same behaviour in more detail; this file proves the MV2 paths.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefoxEnvironment } from './support/firefox';
import { LUPIN, serveLupinCancellation } from './support/follow-world';
import { readPanel } from './support/panel';
import { E2E_OMDB_KEY, E2E_TMDB_KEY } from './support/rating-apis';
import { LOOKUP_TIMEOUT, UI_TIMEOUT } from './support/timeouts';

const env = useFirefoxEnvironment();

const statusOf = async (page: Page) => (await readPanel(page)).status;
const expectStatus = (page: Page, status: string) =>
  expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe(status);

interface TabButton {
  url: string;
  text: string;
  title: string;
}

/**
 * Every tab's toolbar button as the add-on drew it, read with the add-on's own APIs from one of
 * its pages (MV2 has no service worker to evaluate in). Tabs without a badge are left out.
 */
async function badgedTabs(): Promise<TabButton[]> {
  const reader = await env.session.openExtensionPage('options.html');
  try {
    const buttons = await reader.evaluate(async () => {
      interface BrowserActionApi {
        getBadgeText(details: { tabId: number }): Promise<string>;
        getTitle(details: { tabId: number }): Promise<string>;
      }
      const api = (
        globalThis as unknown as {
          browser: {
            tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
            browserAction: BrowserActionApi;
          };
        }
      ).browser;
      const tabs = await api.tabs.query({});
      return Promise.all(
        tabs.map(async (tab) => ({
          url: tab.url ?? '',
          text: await api.browserAction.getBadgeText({ tabId: tab.id as number }),
          title: await api.browserAction.getTitle({ tabId: tab.id as number }),
        })),
      );
    });
    return buttons.filter((button) => button.text !== '');
  } finally {
    await reader.close();
  }
}

describe('the toolbar badge in Firefox', () => {
  it("carries the show page's status for that tab, with the status in the button's title", async () => {
    const page = await env.openPage('https://www.netflix.com/title/81214929');
    await expectStatus(page, 'canceled');
    await expect
      .poll(async () => (await badgedTabs()).map(({ text, title }) => ({ text, title })), { timeout: UI_TIMEOUT })
      .toEqual([{ text: 'CXL', title: 'ShowFate: The Imperfects: Canceled' }]);

    // A page of the site that is not a show page clears it.
    await page.goto('https://www.netflix.com/browse');
    await expect.poll(async () => (await badgedTabs()).length, { timeout: UI_TIMEOUT }).toBe(0);
    await page.close();
  });
});

describe('the Netflix modal switching shows in Firefox', () => {
  it('keeps the same panel, passing through loading, and the badge follows', async () => {
    const page = await env.openPage('https://www.netflix.com/browse');
    await page.click('[data-uia="standard-card"][data-id="81231974"]');
    await expectStatus(page, 'renewed');
    await page.evaluate(() => {
      const host = document.querySelector('showfate-panel');
      const root = host?.shadowRoot;
      if (!host || !root) throw new Error('no panel to watch');
      const watch = { seen: [] as string[], hostLeft: false };
      const record = () => {
        const status = root.querySelector('[data-testid="showfate-status"]')?.getAttribute('data-status') ?? 'none';
        if (watch.seen.at(-1) !== status) watch.seen.push(status);
      };
      new MutationObserver(record).observe(root, { subtree: true, childList: true, attributes: true });
      new MutationObserver(() => {
        if (!host.isConnected) watch.hostLeft = true;
      }).observe(document.documentElement, { subtree: true, childList: true });
      (window as unknown as { panelWatch: typeof watch }).panelWatch = watch;
      record();
    });

    await page.click('[data-uia="standard-card"][data-id="81214929"]');
    await expect.poll(async () => (await readPanel(page)).title, { timeout: LOOKUP_TIMEOUT }).toBe('The Imperfects');
    await expectStatus(page, 'canceled');
    const watch = await page.evaluate(
      () => (window as unknown as { panelWatch: { seen: string[]; hostLeft: boolean } }).panelWatch,
    );
    expect(watch.hostLeft).toBe(false);
    expect(watch.seen).toEqual(['renewed', 'loading', 'canceled']);
    await expect
      .poll(async () => (await badgedTabs()).map(({ text }) => text), { timeout: UI_TIMEOUT })
      .toEqual(['CXL']);
    await page.close();
  });
});

describe("an IMDb title page's own rating in Firefox", () => {
  it('is shown with its scale and votes, linked to IMDb by the exact id', async () => {
    const page = await env.openPage('https://www.imdb.com/title/tt0903747/');
    await expectStatus(page, 'ended');
    const imdb = await page.evaluate(() => {
      const root = document.querySelector('showfate-panel')?.shadowRoot;
      const rating = root?.querySelector('[data-testid="showfate-rating"][data-source="imdb"]');
      return rating ? { text: rating.textContent ?? '', href: rating.querySelector('a')?.href ?? null } : null;
    });
    expect(imdb?.text).toContain('9.5/10');
    expect(imdb?.text).toContain('2,300,000 votes');
    expect(imdb?.href).toBe('https://www.imdb.com/title/tt0903747/');
    await page.close();
  });
});

/** The panel's follow toggle's `aria-pressed`, or null while it isn't drawn. */
function panelFollowPressed(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document
        .querySelector('showfate-panel')
        ?.shadowRoot?.querySelector('[data-testid="showfate-follow"]')
        ?.getAttribute('aria-pressed') ?? null,
  );
}

/** An attribute of the first element matching `selector` in `page`, or null when there is none. */
function attributeOf(page: Page, selector: string, name: string): Promise<string | null> {
  return page.evaluate(
    (css, attribute) => document.querySelector(css)?.getAttribute(attribute) ?? null,
    selector,
    name,
  );
}

describe('following a show in Firefox', () => {
  it('follows from the panel, checks now from the popup, notifies the change, and unfollows', async () => {
    const page = await env.openPage(`https://www.netflix.com/title/${LUPIN.netflixId}`);
    await expect.poll(async () => (await readPanel(page)).status, { timeout: LOOKUP_TIMEOUT }).toBe('airing');
    await expect.poll(() => panelFollowPressed(page), { timeout: UI_TIMEOUT }).toBe('false');
    await page.click('showfate-panel >>> [data-testid="showfate-follow"]');
    await expect.poll(() => panelFollowPressed(page), { timeout: UI_TIMEOUT }).toBe('true');

    const popup = await env.session.openPopupFor(page);
    const item = `[data-testid="showfate-followed-item"][data-tvmaze-id="${LUPIN.tvmazeId}"]`;
    await expect
      .poll(() => attributeOf(popup, `${item} [data-testid="showfate-followed-status"]`, 'data-status'), {
        timeout: UI_TIMEOUT,
      })
      .toBe('airing');

    await popup.evaluate(() => {
      type NotificationEvent = { addListener(listener: (id: string) => void): void };
      const scope = globalThis as unknown as {
        shownNotifications: string[];
        browser: { notifications: { onShown?: NotificationEvent; onClosed: NotificationEvent } };
      };
      scope.shownNotifications = [];
      const remember = (id: string) => {
        if (!scope.shownNotifications.includes(id)) scope.shownNotifications.push(id);
      };
      scope.browser.notifications.onShown?.addListener(remember);
      scope.browser.notifications.onClosed.addListener(remember);
    });
    serveLupinCancellation(env.server);
    await popup.click('button[data-testid="showfate-check-now"]');
    const result = '[data-testid="showfate-check-result"]';
    await expect.poll(() => attributeOf(popup, result, 'data-state'), { timeout: LOOKUP_TIMEOUT }).toBe('done');
    expect(await popup.$eval(result, (element) => element.textContent)).toBe('Shows checked: 1; changed: 1.');

    // Firefox's notification. Headless Firefox closes a notification within moments (no system
    // alert service), so `getAll()` is too late: the popup listened to the add-on's notification
    // events before "Check now", and the one notification shown is the change's.
    const shown = () =>
      popup.evaluate(() => (globalThis as unknown as { shownNotifications: string[] }).shownNotifications);
    await expect.poll(async () => (await shown()).length, { timeout: UI_TIMEOUT }).toBe(1);
    const notifications = await shown();
    expect(notifications[0]).toMatch(new RegExp(`^showfate-change:${LUPIN.tvmazeId}-`));

    // "What changed" in the open popup, and the open panel follows the refreshed report.
    const change = `[data-testid="showfate-change"][data-tvmaze-id="${LUPIN.tvmazeId}"]`;
    await expect.poll(() => attributeOf(popup, change, 'data-to'), { timeout: UI_TIMEOUT }).toBe('canceled');
    expect(await attributeOf(popup, change, 'data-from')).toBe('airing');
    await expect.poll(async () => (await readPanel(page)).status, { timeout: UI_TIMEOUT }).toBe('canceled');

    // Unfollow in the popup: the list empties and the panel's toggle follows at once.
    await popup.click(`${item} button[data-testid="showfate-unfollow"]`);
    await expect.poll(() => popup.$$(item).then((found) => found.length), { timeout: UI_TIMEOUT }).toBe(0);
    await expect.poll(() => panelFollowPressed(page), { timeout: UI_TIMEOUT }).toBe('false');
    await popup.close();
    await page.close();
  });
});

/** The options page's answer for an API's key: "accepted", "refused", … (null while none). */
function keyResult(options: Page, api: 'omdb' | 'tmdb'): Promise<string | null> {
  return attributeOf(options, `[data-testid="showfate-${api}-key-status"]`, 'data-result');
}

/** The rating sources the panel shows, in order. */
function ratingSources(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...(document.querySelector('showfate-panel')?.shadowRoot?.querySelectorAll('[data-testid="showfate-rating"]') ??
        []),
    ].map((item) => item.getAttribute('data-source') ?? ''),
  );
}

describe('API keys and the ratings they bring, in Firefox', () => {
  it('saves both keys (the hosts as MV2 optional permissions) and the panel shows every rating', async () => {
    const options = await env.session.openExtensionPage('options.html');
    for (const [api, key] of [
      ['omdb', E2E_OMDB_KEY],
      ['tmdb', E2E_TMDB_KEY],
    ] as const) {
      await options.type(`input[data-testid="showfate-${api}-key"]`, key);
      await options.keyboard.press('Enter');
      await expect.poll(() => keyResult(options, api), { timeout: UI_TIMEOUT }).toBe('accepted');
    }
    await options.close();

    const page = await env.openPage('https://www.netflix.com/title/81214929');
    await expect
      .poll(() => ratingSources(page), { timeout: LOOKUP_TIMEOUT })
      .toEqual(['tvmaze', 'imdb', 'rotten-tomatoes-critics', 'metacritic', 'tmdb']);
    expect(env.server.requestsTo('www.omdbapi.com').length).toBeGreaterThan(0);
    expect(env.server.requestsTo('api.themoviedb.org').length).toBeGreaterThan(0);
    await page.close();
  });
});
