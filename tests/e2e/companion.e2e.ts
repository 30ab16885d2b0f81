/**
 * Issue 10's companion features in real Chromium: the toolbar badge per tab, the panel that stays
 * in place while a single-page app moves between shows, and IMDb's own rating on its title pages.
 * The badge is read back from the service worker (`chrome.action.getBadgeText({tabId})`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionEnvironment } from './support/environment';
import { panelTitle, statusOf } from './support/panel';
import { ACTION_TIMEOUT, LOOKUP_TIMEOUT, UI_TIMEOUT } from './support/timeouts';

const env = useExtensionEnvironment();
const netflix = (path: string) => env.openPage(`https://www.netflix.com${path}`);

const expectStatus = (page: Page, status: string, timeout = LOOKUP_TIMEOUT) =>
  expect.poll(() => statusOf(page), { timeout }).toBe(status);

interface TabButton {
  text: string;
  title: string;
  color: number[];
}

/** The part of the worker's `chrome` API read here (the e2e files are typed without @types/chrome). */
interface WorkerChrome {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId: number }): Promise<number[]>;
  };
}

/** The toolbar button of every open tab, as the extension drew it (tabs without a badge left out). */
function badgedTabs(): Promise<TabButton[]> {
  return env.session.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const tabs = await chrome.tabs.query({});
    const buttons = await Promise.all(
      tabs.map(async (tab) => {
        const tabId = tab.id as number;
        return {
          text: await chrome.action.getBadgeText({ tabId }),
          title: await chrome.action.getTitle({ tabId }),
          color: [...(await chrome.action.getBadgeBackgroundColor({ tabId }))],
        };
      }),
    );
    return buttons.filter((button) => button.text !== '');
  });
}

const badgeTexts = async () => (await badgedTabs()).map((button) => button.text);

describe('the toolbar badge', () => {
  it("carries the show page's status for that tab, with the status in the button's title", async () => {
    const page = await netflix('/title/81214929');
    await expectStatus(page, 'canceled');
    await expect.poll(badgeTexts, { timeout: UI_TIMEOUT }).toEqual(['CXL']);
    const [button] = await badgedTabs();
    expect(button?.title).toBe('ShowFate: The Imperfects: Canceled');
    // #b3261e, the panel's colour for "canceled".
    expect(button?.color).toEqual([0xb3, 0x26, 0x1e, 255]);

    // A second show page in another tab gets its own badge; the first keeps its own.
    const other = await netflix('/title/81231974');
    await expectStatus(other, 'renewed');
    await expect.poll(async () => (await badgeTexts()).sort(), { timeout: UI_TIMEOUT }).toEqual(['CXL', 'NEW']);
    await other.close();

    // Loading another page of the site (not a show page) in the same tab clears it.
    await page.goto('https://www.netflix.com/browse');
    await expect.poll(badgeTexts, { timeout: UI_TIMEOUT }).toEqual([]);
    await page.close();
  });

  it('follows a single-page app between shows and clears when the show goes away', async () => {
    const page = await netflix('/browse');
    await page.click('[data-uia="standard-card"][data-id="81231974"]', { timeout: ACTION_TIMEOUT });
    await expectStatus(page, 'renewed');
    await expect.poll(badgeTexts, { timeout: UI_TIMEOUT }).toEqual(['NEW']);

    await page.click('[data-uia="standard-card"][data-id="81214929"]', { timeout: ACTION_TIMEOUT });
    await expect.poll(() => panelTitle(page).textContent(), { timeout: LOOKUP_TIMEOUT }).toBe('The Imperfects');
    await expect.poll(badgeTexts, { timeout: UI_TIMEOUT }).toEqual(['CXL']);

    await page.click('[data-uia="previewModal-closebtn"]', { timeout: ACTION_TIMEOUT });
    await expect.poll(badgeTexts, { timeout: UI_TIMEOUT }).toEqual([]);
    await page.close();
  });

  it('is turned off and on from the options page, in open tabs, without a reload', async () => {
    const page = await netflix('/title/81214929');
    await expectStatus(page, 'canceled');
    await expect.poll(badgeTexts, { timeout: UI_TIMEOUT }).toEqual(['CXL']);
    await page.evaluate(() => {
      (window as unknown as { loadMarker: number }).loadMarker = 7;
    });

    const options = await env.session.openOptions();
    const toggle = options.locator('input[data-testid="showfate-badge-toggle"]');
    await expect.poll(() => toggle.isChecked(), { timeout: UI_TIMEOUT }).toBe(true);
    await toggle.uncheck();
    await expect.poll(badgeTexts, { timeout: UI_TIMEOUT }).toEqual([]);
    // The panel itself stays: only the badge was turned off.
    expect(await statusOf(page)).toBe('canceled');

    await toggle.check();
    await expect.poll(badgeTexts, { timeout: UI_TIMEOUT }).toEqual(['CXL']);
    expect(await page.evaluate(() => (window as unknown as { loadMarker: number }).loadMarker)).toBe(7);
    await options.close();
    await page.close();
  });
});

describe('a single-page app moving between shows', () => {
  it('keeps the same panel in place, loading, then shows the next show', async () => {
    const page = await netflix('/browse');
    await page.click('[data-uia="standard-card"][data-id="81231974"]', { timeout: ACTION_TIMEOUT });
    await expectStatus(page, 'renewed');

    // Watched from the page: every status the panel shows, and whether its host or its card was
    // ever replaced or taken out of the page.
    await page.evaluate(() => {
      const host = document.querySelector('showfate-panel');
      const root = host?.shadowRoot;
      const card = root?.querySelector('[data-testid="showfate-panel"]');
      if (!host || !root || !card) throw new Error('no panel to watch');
      const seen: string[] = [];
      const record = () => {
        const status = root.querySelector('[data-testid="showfate-status"]')?.getAttribute('data-status') ?? 'none';
        if (seen.at(-1) !== status) seen.push(status);
      };
      const watch = {
        seen,
        hostLeft: false,
        cardReplaced: false,
      };
      new MutationObserver(() => {
        record();
        if (root.querySelector('[data-testid="showfate-panel"]') !== card) watch.cardReplaced = true;
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      new MutationObserver(() => {
        if (!host.isConnected) watch.hostLeft = true;
      }).observe(document.documentElement, { subtree: true, childList: true });
      (window as unknown as { panelWatch: typeof watch }).panelWatch = watch;
      record();
    });

    await page.click('[data-uia="standard-card"][data-id="81214929"]', { timeout: ACTION_TIMEOUT });
    await expect.poll(() => panelTitle(page).textContent(), { timeout: LOOKUP_TIMEOUT }).toBe('The Imperfects');
    await expectStatus(page, 'canceled');
    const watch = await page.evaluate(
      () =>
        (window as unknown as { panelWatch: { seen: string[]; hostLeft: boolean; cardReplaced: boolean } }).panelWatch,
    );
    expect(watch.hostLeft).toBe(false);
    expect(watch.cardReplaced).toBe(false);
    expect(watch.seen).toEqual(['renewed', 'loading', 'canceled']);
    expect(await page.evaluate(() => document.querySelectorAll('showfate-panel').length)).toBe(1);

    // Leaving the shows (the modal closed) still takes the panel away.
    await page.click('[data-uia="previewModal-closebtn"]', { timeout: ACTION_TIMEOUT });
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('showfate-panel').length)).toBe(0);
    await page.close();
  });
});

describe("an IMDb title page's own rating", () => {
  const rating = (page: Page, source: string) =>
    page.locator(`showfate-panel [data-testid="showfate-rating"][data-source="${source}"]`);

  it('is shown beside TVmaze’s, with its scale and votes, linked to IMDb’s page for the exact id', async () => {
    const page = await env.openPage('https://www.imdb.com/title/tt0903747/');
    await expectStatus(page, 'ended');
    expect(await rating(page, 'tvmaze').textContent()).toContain('9.2/10');
    const imdb = rating(page, 'imdb');
    expect(await imdb.textContent()).toContain('9.5/10');
    expect(await imdb.textContent()).toContain('2,300,000 votes');
    const link = imdb.locator('a');
    expect(await link.getAttribute('href')).toBe('https://www.imdb.com/title/tt0903747/');
    expect(await link.getAttribute('target')).toBe('_blank');
    // The rating stays on the machine: no request carried it.
    expect(env.server.requests.some((request) => request.path.includes('9.5'))).toBe(false);
    await page.close();
  });

  it('takes only its own title’s rating, and never links a URL from the page', async () => {
    const fixture = readFileSync(resolve(import.meta.dirname, '../fixtures/imdb/show-rated.html'), 'utf8');
    env.server.extraRoutes.set('www.imdb.com/title/tt14537248/', { type: 'text/html', body: fixture });
    const page = await env.openPage('https://www.imdb.com/title/tt14537248/');
    await expectStatus(page, 'canceled');
    expect(await panelTitle(page).textContent()).toBe('The Imperfects');
    const imdb = rating(page, 'imdb');
    // 6.1 from 1,500 (this title's JSON-LD), not the recommendation's 9.5.
    expect(await imdb.textContent()).toContain('6.1/10');
    expect(await imdb.textContent()).toContain('1,500 votes');
    expect(await imdb.locator('a').getAttribute('href')).toBe('https://www.imdb.com/title/tt14537248/');
    const hrefs = await page.evaluate(() =>
      [...(document.querySelector('showfate-panel')?.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.href),
    );
    expect(hrefs.some((href) => href.includes('evil.example'))).toBe(false);
    expect(await rating(page, 'imdb').count()).toBe(1);
    await page.close();
  });
});
