/**
 * The companion features of issue 10 in real Firefox (firefox-esr, MV2 build): the toolbar badge
 * through `browserAction` (MV2's name for MV3's `action`), the panel staying in place while the
 * Netflix modal switches shows, and an IMDb title page's own rating. The Chromium suite
 * (companion.e2e.ts) checks the same behaviour in more detail; this file proves the MV2 paths.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefoxEnvironment } from './support/firefox';
import { readPanel } from './support/panel';
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
