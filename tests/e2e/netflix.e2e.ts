/**
 * Netflix end to end: the built extension in Debian's Chromium, www.netflix.com, api.tvmaze.com
 * and news.google.com answered by the local fixture server (support/fixture-server.ts).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { type ExtensionSession, launchExtension } from './support/launch-extension';
import { statusOf } from './support/panel';
import { ageCachedReports } from './support/report-cache';

const SCREENSHOTS = process.env.SHOWFATE_SCREENSHOTS ? resolve(import.meta.dirname, '../../assets/screenshots') : null;

let server: FixtureServer;
let session: ExtensionSession;

const panel = (page: Page) => page.locator('showfate-panel [data-testid="showfate-panel"]');

/** The panel's status element: `getAttribute('data-status')` answers at once, null while there is no panel. */
const status = (page: Page) => ({
  getAttribute: (_name: 'data-status') => statusOf(page),
  textContent: () => page.locator('showfate-panel [data-testid="showfate-status"]').first().textContent(),
});

async function openPage(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`https://www.netflix.com${path}`);
  return page;
}

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension(server);
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

beforeEach(() => {
  server.offlineHosts.clear();
});

describe('Netflix title page (logged out)', () => {
  it('shows the status, ratings, the deciding article and the TVmaze source', async () => {
    const page = await openPage('/title/81214929');
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('canceled');
    expect(await status(page).textContent()).toBe('Canceled');
    expect(await page.locator('showfate-panel [data-testid="showfate-title"]').textContent()).toBe('The Imperfects');

    const rating = page.locator('showfate-panel [data-testid="showfate-rating"][data-source="tvmaze"]');
    expect(await rating.textContent()).toContain('6.3/10');

    const article = page.locator('showfate-panel a[data-testid="showfate-article"]');
    expect(await article.getAttribute('href')).toMatch(/^https:\/\/news\.google\.com\/rss\/articles\//);
    expect(await article.getAttribute('target')).toBe('_blank');
    expect(await article.getAttribute('data-published')).toBe('2022-11-08T18:30:00.000Z');
    expect(await article.textContent()).toContain('Canceled · Deadline · Nov 8, 2022');
    expect(await article.textContent()).toContain('‘The Imperfects’ Canceled By Netflix After One Season');

    const tvmaze = page.locator('showfate-panel a[data-testid="showfate-source-tvmaze"]');
    expect(await tvmaze.getAttribute('href')).toBe('https://www.tvmaze.com/shows/61000/the-imperfects');
    // The panel lives in a shadow root: the page's own document has no trace of our markup.
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid^="showfate"]').length)).toBe(0);
    expect(await page.locator('showfate-panel').count()).toBe(1);
    if (SCREENSHOTS) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.screenshot({ path: resolve(SCREENSHOTS, 'panel-netflix-title.png') });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: resolve(SCREENSHOTS, 'panel-netflix-title-dark.png') });
    }
    await page.close();
  });

  it('reads titles behind a locale prefix, and prefers the Netflix show among same-titled ones', async () => {
    const page = await openPage('/gb/title/70178217');
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('ended');
    expect(await page.locator('showfate-panel [data-testid="showfate-title"]').textContent()).toBe('House of Cards');
    const details = await page.locator('showfate-panel .sf-details').textContent();
    expect(details).toContain('2013–2018');
    expect(details).toContain('Netflix');
    await page.close();
  });

  it('gives a film no series status and no panel', async () => {
    const page = await openPage('/title/81458416');
    await page.waitForTimeout(2_000);
    expect(await page.locator('showfate-panel').count()).toBe(0);
    expect(server.requests.some((request) => request.path.includes('Glass'))).toBe(false);
    await page.close();
  });
});

describe('Netflix browse page (logged in, single-page app)', () => {
  it('follows the detail modal: none on the home page, opens, switches and closes without a reload', async () => {
    const page = await openPage('/browse');
    await page.evaluate(() => {
      (window as unknown as { loadMarker: number }).loadMarker = 42;
    });
    await page.waitForTimeout(1_500);
    expect(await page.locator('showfate-panel').count()).toBe(0);

    await page.click('[data-uia="standard-card"][data-id="81231974"]', { timeout: 5_000 });
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('renewed');
    expect(await page.locator('showfate-panel [data-testid="showfate-title"]').textContent()).toBe('Wednesday');

    // Another card while the modal is open: the panel follows, never reading the billboard's show.
    await page.click('[data-uia="standard-card"][data-id="81214929"]', { timeout: 5_000 });
    await expect
      .poll(() => page.locator('showfate-panel [data-testid="showfate-title"]').textContent(), { timeout: 15_000 })
      .toBe('The Imperfects');
    expect(await status(page).getAttribute('data-status')).toBe('canceled');
    expect(await page.locator('showfate-panel').count()).toBe(1);

    await page.click('[data-uia="previewModal-closebtn"]', { timeout: 5_000 });
    await expect
      .poll(() => page.locator('showfate-panel [data-testid="showfate-panel"]').count(), { timeout: 5_000 })
      .toBe(0);
    expect(await page.evaluate(() => (window as unknown as { loadMarker: number }).loadMarker)).toBe(42);
    await page.close();
  });

  it('opens straight onto a modal from a jbv link', async () => {
    const page = await openPage('/browse?jbv=80057281');
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('ending');
    expect(await page.locator('showfate-panel a[data-testid="showfate-article"]').textContent()).toContain(
      'Final Season',
    );
    await page.close();
  });
});

describe('Netflix player', () => {
  it('starts collapsed to the badge, and expands from the keyboard', async () => {
    const page = await openPage('/watch/80057282');
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('ending');
    const toggle = page.locator('showfate-panel button[data-testid="showfate-collapse"]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('showfate-panel [data-testid="showfate-title"]').count()).toBe(0);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('showfate-panel [data-testid="showfate-title"]').textContent())
      .toBe('Stranger Things');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });
});

describe('the panel', () => {
  it('collapses to its badge and remembers it across pages', async () => {
    const page = await openPage('/title/80114855');
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('pending');
    await page.locator('showfate-panel button[data-testid="showfate-collapse"]').click();
    await expect.poll(() => page.locator('showfate-panel [data-testid="showfate-title"]').count()).toBe(0);
    expect(await status(page).getAttribute('data-status')).toBe('pending');
    if (SCREENSHOTS) await page.screenshot({ path: resolve(SCREENSHOTS, 'panel-collapsed.png') });

    await page.reload();
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('pending');
    expect(
      await page.locator('showfate-panel button[data-testid="showfate-collapse"]').getAttribute('aria-expanded'),
    ).toBe('false');
    await page.locator('showfate-panel button[data-testid="showfate-collapse"]').click();
    await expect.poll(() => page.locator('showfate-panel [data-testid="showfate-title"]').count()).toBe(1);
    await page.close();
  });

  it('shows a second visit from the cache, without any network request', async () => {
    const first = await openPage('/title/81231974');
    await expect.poll(() => status(first).getAttribute('data-status'), { timeout: 15_000 }).toBe('renewed');
    await first.close();

    const before = server.requests.length;
    const second = await openPage('/title/81231974');
    await expect.poll(() => status(second).getAttribute('data-status'), { timeout: 15_000 }).toBe('renewed');
    await second.waitForTimeout(500);
    const after = server.requests.slice(before).filter((request) => request.host !== 'www.netflix.com');
    expect(after).toEqual([]);
    await second.close();
  });

  it('shows the last known status, marked out of date, when the network is down', async () => {
    const first = await openPage('/title/81214929');
    await expect.poll(() => status(first).getAttribute('data-status'), { timeout: 15_000 }).toBe('canceled');
    await first.close();

    await ageCachedReports(session.worker, 13);
    server.offlineHosts.add('api.tvmaze.com');
    server.offlineHosts.add('news.google.com');
    const before = server.requestsTo('api.tvmaze.com').length;
    const page = await openPage('/title/81214929');
    await expect
      .poll(() => page.locator('showfate-panel [data-testid="showfate-outdated"]').count(), { timeout: 20_000 })
      .toBe(1);
    expect(await status(page).getAttribute('data-status')).toBe('canceled');
    expect(await page.locator('showfate-panel [data-testid="showfate-outdated"]').textContent()).toMatch(/out of date/);
    // It did try the network: the report is marked outdated because the refresh failed.
    expect(server.requestsTo('api.tvmaze.com').length).toBeGreaterThan(before);
    await page.close();
  });

  it('says so when the network is down and nothing is cached, and recovers on retry', async () => {
    server.offlineHosts.add('api.tvmaze.com');
    const page = await openPage('/title/80994082');
    const error = page.locator('showfate-panel [data-testid="showfate-error"]');
    await expect.poll(() => error.count(), { timeout: 20_000 }).toBe(1);
    expect(await status(page).getAttribute('data-status')).toBe('error');
    expect(await error.textContent()).toContain('could not reach TVmaze');

    server.offlineHosts.clear();
    await page.locator('showfate-panel [data-testid="showfate-retry"]').click();
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('airing');
    await page.close();
  });
});

describe('popup', () => {
  it("shows the current tab's show and the recently seen shows, newest first", async () => {
    const page = await openPage('/title/81214929');
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('canceled');
    await page.bringToFront();

    const popup = await session.openPopup();
    const current = popup.locator('[data-testid="showfate-current"] [data-testid="showfate-status"]');
    await expect.poll(() => current.getAttribute('data-status'), { timeout: 15_000 }).toBe('canceled');
    expect(await popup.locator('[data-testid="showfate-current"] [data-testid="showfate-title"]').textContent()).toBe(
      'The Imperfects',
    );
    const recent = popup.locator('[data-testid="showfate-recent"] [data-testid="showfate-recent-item"]');
    await expect.poll(() => recent.count()).toBeGreaterThanOrEqual(3);
    expect(await recent.first().locator('.sf-recent-title').textContent()).toBe('The Imperfects');
    expect(await recent.first().locator('[data-testid="showfate-recent-status"]').getAttribute('data-status')).toBe(
      'canceled',
    );
    const titles = await recent.locator('.sf-recent-title').allTextContents();
    expect(new Set(titles).size).toBe(titles.length);
    if (SCREENSHOTS) await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup.png') });
    await popup.close();
    await page.close();
  });

  it('says when the current tab is not a show page', async () => {
    const page = await openPage('/browse');
    await page.bringToFront();
    const popup = await session.openPopup();
    await expect.poll(() => popup.locator('[data-testid="showfate-no-show"]').count(), { timeout: 10_000 }).toBe(1);
    await popup.close();
    await page.close();
  });
});

describe('options', () => {
  it('turns the panel off in open tabs and on new loads, and back on', async () => {
    const page = await openPage('/title/81231974');
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('renewed');

    const options = await session.openOptions();
    const toggle = options.locator('input[data-testid="showfate-overlay-toggle"]');
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => panel(page).count(), { timeout: 5_000 }).toBe(0);

    const later = await openPage('/title/81214929');
    await later.waitForTimeout(1_500);
    expect(await panel(later).count()).toBe(0);

    await toggle.check();
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 10_000 }).toBe('renewed');
    await expect.poll(() => status(later).getAttribute('data-status'), { timeout: 10_000 }).toBe('canceled');
    await options.close();
    await page.close();
    await later.close();
  });
});
