/**
 * The extension in real Firefox: Debian's firefox-esr, headless, with the MV2 build
 * (.output/firefox-mv2) as a temporary add-on, the same fixture world behind the real host names
 * (support/firefox.ts). The main journeys of the Chromium suite, one page of every other service,
 * and what differs from Chromium: an MV2 background page instead of a service worker, the trade
 * hosts as optional_permissions, and the browser.* promise APIs the popup and options rely on.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefoxEnvironment } from './support/firefox';
import { readPanel } from './support/panel';
import { SERVICE_PAGES, type ServicePageName } from './support/service-pages';
import { LOOKUP_TIMEOUT, UI_TIMEOUT } from './support/timeouts';

const env = useFirefoxEnvironment();

const statusOf = async (page: Page) => (await readPanel(page)).status;
const titleOf = async (page: Page) => (await readPanel(page)).title;
const expectStatus = (page: Page, status: string, timeout = LOOKUP_TIMEOUT) =>
  expect.poll(() => statusOf(page), { timeout }).toBe(status);

/** A selector inside the panel's open shadow root (Puppeteer's `>>>` pierces it). */
const inPanel = (testId: string) => `showfate-panel >>> [data-testid="${testId}"]`;

/** Whether `selector` matches now (no waiting). */
const has = async (page: Page, selector: string) => (await page.$$(selector)).length > 0;

describe('Netflix in Firefox', () => {
  it('title page: canceled, with the deciding article and the TVmaze source, in a shadow root', async () => {
    const page = await env.openPage('https://www.netflix.com/title/81214929');
    await expectStatus(page, 'canceled');
    const panel = await readPanel(page);
    expect(panel.hosts).toBe(1);
    expect(panel.statusText).toBe('Canceled');
    expect(panel.title).toBe('The Imperfects');
    expect(panel.articleHref).toMatch(/^https:\/\/news\.google\.com\/rss\/articles\//);
    expect(panel.articleText).toContain('Canceled · Deadline · Nov 8, 2022');
    expect(panel.articleText).toContain('‘The Imperfects’ Canceled By Netflix After One Season');
    expect(panel.tvmazeHref).toBe('https://www.tvmaze.com/shows/61000/the-imperfects');
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid^="showfate"]').length)).toBe(0);
    // The background page's requests went through the proxy to the fixture server.
    expect(env.server.requestsTo('api.tvmaze.com').length).toBeGreaterThan(0);
    expect(env.server.requestsTo('news.google.com').length).toBeGreaterThan(0);
    await page.close();
  });

  it('browse page: follows the detail modal through in-app navigation, without a reload', async () => {
    const page = await env.openPage('https://www.netflix.com/browse');
    await page.evaluate(() => {
      (window as unknown as { loadMarker: number }).loadMarker = 42;
    });
    await env.quietPeriod();
    expect((await readPanel(page)).hosts).toBe(0);

    await page.click('[data-uia="standard-card"][data-id="81231974"]');
    await expectStatus(page, 'renewed');
    expect(await titleOf(page)).toBe('Wednesday');

    await page.click('[data-uia="standard-card"][data-id="81214929"]');
    await expect.poll(() => titleOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('The Imperfects');
    expect(await statusOf(page)).toBe('canceled');
    expect((await readPanel(page)).hosts).toBe(1);

    await page.click('[data-uia="previewModal-closebtn"]');
    await expect.poll(() => has(page, inPanel('showfate-panel')), { timeout: UI_TIMEOUT }).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { loadMarker: number }).loadMarker)).toBe(42);
    await page.close();
  });

  it('a film: no panel, and TVmaze is never asked about it', async () => {
    const page = await env.openPage('https://www.netflix.com/title/81458416');
    await env.quietPeriod();
    expect((await readPanel(page)).hosts).toBe(0);
    expect(env.server.requests.some((request) => request.path.includes('Glass'))).toBe(false);
    await page.close();
  });

  it('the player: collapsed to the badge, expanded from the keyboard', async () => {
    const page = await env.openPage('https://www.netflix.com/watch/80057282');
    await expectStatus(page, 'ending');
    expect((await readPanel(page)).expanded).toBe(false);
    await page.focus(inPanel('showfate-collapse'));
    await page.keyboard.press('Enter');
    await expect.poll(() => titleOf(page)).toBe('Stranger Things');
    expect((await readPanel(page)).expanded).toBe(true);
    await page.close();
  });
});

describe('popup and options in Firefox', () => {
  it("the popup shows the current tab's show and the recently seen shows", async () => {
    const page = await env.openPage('https://www.netflix.com/title/81214929');
    await expectStatus(page, 'canceled');
    const popup = await env.session.openPopupFor(page);
    const current = '[data-testid="showfate-current"] [data-testid="showfate-status"]';
    await expect
      .poll(
        async () => ((await has(popup, current)) ? popup.$eval(current, (el) => el.getAttribute('data-status')) : null),
        {
          timeout: LOOKUP_TIMEOUT,
        },
      )
      .toBe('canceled');
    expect(
      await popup.$eval('[data-testid="showfate-current"] [data-testid="showfate-title"]', (el) => el.textContent),
    ).toBe('The Imperfects');
    const recent = await popup.$$eval('[data-testid="showfate-recent-item"] .sf-recent-title', (els) =>
      els.map((el) => el.textContent),
    );
    expect(recent[0]).toBe('The Imperfects');
    expect(recent.length).toBeGreaterThanOrEqual(2);
    await popup.close();
    await page.close();
  });

  it('the options toggle turns the panel off in an open tab, and back on', async () => {
    const page = await env.openPage('https://www.netflix.com/title/81231974');
    await expectStatus(page, 'renewed');
    const options = await env.session.openExtensionPage('options.html');
    const toggle = 'input[data-testid="showfate-overlay-toggle"]';
    await expect
      .poll(() => options.$eval(toggle, (el) => (el as HTMLInputElement).checked), { timeout: UI_TIMEOUT })
      .toBe(true);
    await options.click(toggle);
    await expect.poll(() => has(page, inPanel('showfate-panel')), { timeout: UI_TIMEOUT }).toBe(false);
    await options.click(toggle);
    await expectStatus(page, 'renewed', UI_TIMEOUT);
    await options.close();
    await page.close();
  });
});

describe('every other service in Firefox', () => {
  const SHOWS: { page: ServicePageName; name: string; status: string }[] = [
    { page: 'primeVideoSeries', name: 'The Boys', status: 'ending' },
    { page: 'disneyPlusSeries', name: 'The Mandalorian', status: 'pending' },
    { page: 'hulu', name: 'The Bear', status: 'airing' },
    { page: 'maxSeries', name: 'The Last of Us', status: 'renewed' },
    { page: 'appleTvSeries', name: 'Severance', status: 'renewed' },
    { page: 'paramountPlusSeries', name: 'Tulsa King', status: 'canceled' },
    { page: 'peacockSeries', name: 'The Office', status: 'ended' },
    { page: 'imdbSeries', name: 'Breaking Bad', status: 'ended' },
  ];

  it.each(SHOWS)('$page: $name, $status', async ({ page: name, name: show, status }) => {
    const page = await env.openPage(SERVICE_PAGES[name].url);
    await expectStatus(page, status);
    expect(await titleOf(page)).toBe(show);
    expect((await readPanel(page)).hosts).toBe(1);
    await page.close();
  });
});

describe('what Firefox does differently', () => {
  it('runs the background as an MV2 background page, keeping its reports in the add-on’s IndexedDB', async () => {
    const options = await env.session.openExtensionPage('options.html');
    const background = await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
      const page = (await api.runtime.getBackgroundPage()) as Window | null;
      const manifest = api.runtime.getManifest();
      const reports = await new Promise<number>((done, fail) => {
        const open = indexedDB.open('showfate');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('reports').objectStore('reports').count();
          count.onsuccess = () => done(count.result);
          count.onerror = () => fail(count.error);
        };
      });
      return {
        path: page?.location.pathname ?? null,
        manifestVersion: manifest.manifest_version,
        scripts: (manifest as { background?: { scripts?: string[] } }).background?.scripts ?? null,
        // The native browser.* API answers with promises (no callback-style chrome.* needed).
        promise: api.storage.local.get(null) instanceof Promise,
        reports,
      };
    });
    expect(background).toEqual({
      path: '/_generated_background_page.html',
      manifestVersion: 2,
      // Firefox hands the manifest's paths back resolved against the add-on's moz-extension:// origin.
      scripts: [env.session.extensionUrl('background.js')],
      promise: true,
      reports: expect.any(Number),
    });
    // The earlier tests' lookups were stored by the background page, in the add-on's origin.
    expect(background.reports).toBeGreaterThan(0);
    await options.close();
  });

  it('asks for the trade press as optional_permissions, and polls the feeds once the user allows them', async () => {
    const options = await env.session.openExtensionPage('options.html');
    const permissions = () =>
      options.evaluate(async () => {
        const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
        return {
          optional: (api.runtime.getManifest() as { optional_permissions?: string[] }).optional_permissions ?? [],
          deadline: await api.permissions.contains({ origins: ['https://deadline.com/*'] }),
        };
      });
    const before = await permissions();
    expect(before.optional).toContain('https://deadline.com/*');
    expect(before.deadline).toBe(false);
    expect(env.server.requestsTo('deadline.com')).toEqual([]);

    const access = '[data-testid="showfate-trade-access"]';
    await expect
      .poll(() => options.$eval(access, (el) => el.textContent), { timeout: UI_TIMEOUT })
      .toContain('Allow trade-press feeds');
    await options.click(access);
    await expect.poll(async () => (await permissions()).deadline, { timeout: UI_TIMEOUT }).toBe(true);
    await expect
      .poll(() => options.$eval(access, (el) => el.textContent), { timeout: UI_TIMEOUT })
      .toContain('Stop reading the trade press');
    await expect
      .poll(() => env.server.requestsTo('deadline.com').map((r) => r.path), { timeout: LOOKUP_TIMEOUT })
      .toContain('/v/tv/feed/');

    // Mindhunter's decision is only in Deadline's feed: the panel shows it, with the real article URL.
    const page = await env.openPage('https://www.netflix.com/title/80114855');
    await expectStatus(page, 'canceled');
    expect((await readPanel(page)).articleHref).toBe(
      'https://deadline.com/2020/01/mindhunter-will-not-return-season-3-netflix-1202834567/',
    );
    await page.close();
    await options.close();
  });
});
