/**
 * Pages shaped like what the live sites serve in 2026 (docs/detection.md), end to end: the built
 * extension in Debian's Chromium on the services' real host names, answered by the local fixture
 * server (support/service-pages.ts). The Disney+ player keeps its title in nested open shadow roots
 * and drops its overlay after a while; Prime Video names the show only in its title art; Peacock's
 * public /watch-online/ pages; Netflix's player asks Netflix's own metadata endpoint (same origin, the
 * user's session) which show an episode id belongs to. The popup says which layer the show was read from.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { type ExtensionSession, launchExtension } from './support/launch-extension';
import { inPanel, statusOf } from './support/panel';
import { SERVICE_PAGES, type ServicePageName } from './support/service-pages';

let server: FixtureServer;
let session: ExtensionSession;
/** Uncaught errors of every page opened, as "url: message". */
let pageErrors: string[] = [];

const LOOKUP_TIMEOUT = 15_000;

async function openPage(name: ServicePageName | string): Promise<Page> {
  const page = await session.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(name in SERVICE_PAGES ? SERVICE_PAGES[name as ServicePageName].url : name);
  return page;
}

/** The popup for `page`'s tab, once it says which layer the show was read from; returns that layer. */
async function popupReadFrom(page: Page): Promise<string | null> {
  await page.bringToFront();
  const popup = await session.openPopup();
  const readFrom = popup.locator('[data-testid="showfate-current"] [data-testid="showfate-read-from"]');
  try {
    await expect.poll(() => readFrom.count(), { timeout: LOOKUP_TIMEOUT }).toBe(1);
    expect(await readFrom.textContent()).toMatch(/^Read from: /);
    expect(await popup.locator('[data-testid="showfate-copy-details"]').textContent()).toBe('Copy page details');
    return await readFrom.getAttribute('data-layer');
  } finally {
    await popup.close();
  }
}

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension(server);
}, 60_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
  pageErrors = [];
});

describe('the Disney+ player', () => {
  it('reads the title inside open shadow roots, and keeps it when the overlay leaves the DOM', async () => {
    const page = await openPage('disneyPlusPlayerShadowRoot');
    // The content script cannot see the title with a plain query, only by walking the shadow roots.
    expect(await page.evaluate(() => document.querySelector('.title-field'))).toBeNull();
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('ended');
    const toggle = inPanel(page, 'showfate-collapse');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await expect.poll(() => inPanel(page, 'showfate-title').textContent()).toBe('Loki');

    // The player drops its whole overlay after ~12 s idle (docs/detection.md, Disney+).
    await page.evaluate(() => document.querySelector('disney-web-player-ui')?.remove());
    await page.waitForTimeout(1_000);
    expect(await statusOf(page)).toBe('ended');
    expect(await inPanel(page, 'showfate-title').textContent()).toBe('Loki');
    expect(await page.locator('showfate-panel').count()).toBe(1);
    // Still the overlay's reading, not the tab title's that the page now falls back to.
    expect(await popupReadFrom(page)).toBe('page-markup');
    await page.close();
  });

  it('sees the overlay when it renders inside a shadow root, after the tab title was read', async () => {
    const page = await openPage('disneyPlusPlayerLateOverlay');
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('ended');
    // The overlay comes 1.5 s after load, inside the player's shadow root only.
    await page.waitForTimeout(2_500);
    expect(await popupReadFrom(page)).toBe('page-markup');
    await page.close();
  });
});

describe('the Prime Video title-art page', () => {
  it.each([
    ['primeVideoTitleArt' as const],
    // The same page in Amazon's store under a language prefix (amazon.com/-/es/gp/video/…).
    ['primeVideoTitleArtSpanishStore' as const],
  ])('names the show from the title art alone on %s', async (name) => {
    const page = await openPage(name);
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('ending');
    expect(await inPanel(page, 'showfate-title').textContent()).toBe('The Boys');
    expect(await inPanel(page, 'showfate-collapse').getAttribute('aria-expanded')).toBe('true');
    expect(await popupReadFrom(page)).toBe('page-markup');
    await page.close();
  });
});

describe("Peacock's /watch-online/ page", () => {
  it('is detected and read from its meta tags', async () => {
    const page = await openPage('peacockWatchOnline');
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('ended');
    expect(await inPanel(page, 'showfate-title').textContent()).toBe('The Office');
    expect(await popupReadFrom(page)).toBe('structured-data');
    await page.close();
  });
});

describe('Copy page details', () => {
  it('puts the service, path, layer, reading and version on the clipboard, and nothing else', async () => {
    const page = await openPage(
      'https://www.peacocktv.com/watch-online/tv/the-office/4902514835143843112?utm_source=x#top',
    );
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('ended');
    await page.bringToFront();
    const popup = await session.openPopup();
    try {
      const button = popup.locator('[data-testid="showfate-copy-details"]');
      await expect.poll(() => button.count(), { timeout: LOOKUP_TIMEOUT }).toBe(1);
      await popup.bringToFront();
      await button.click();
      await expect.poll(() => button.textContent()).toBe('Copied');
      // The clipboard is the browser's: read it back from an ordinary page allowed to (an extension's
      // origin cannot be granted the permission).
      await session.context.grantPermissions(['clipboard-read'], { origin: 'https://www.peacocktv.com' });
      await page.bringToFront();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const version = await popup.evaluate(
        () =>
          (
            globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }
          ).chrome.runtime.getManifest().version,
      );
      expect(copied).toBe(
        [
          `ShowFate ${version}`,
          'Service: peacock',
          'URL path: /watch-online/tv/the-office/4902514835143843112',
          'Outcome: read a show',
          'Read from: structured data',
          'Title: The Office',
          'Year: —',
          'Kind: series',
          'Page kind: title',
          'Service title id: 4902514835143843112',
          'IMDb id: —',
        ].join('\n'),
      );
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

describe("Netflix's player and its metadata endpoint", () => {
  // In the fixture world an episode's id is its show's plus one; Stranger Things is in Wikidata.
  const EPISODE_ID = '80057282';
  const METADATA_PATH = `/nq/website/memberapi/release/metadata?movieid=${EPISODE_ID}`;

  it("names the episode's show by its Netflix id, asked with the user's own session", async () => {
    await session.context.addCookies([
      { name: 'NetflixId', value: 'fixture-session', domain: '.netflix.com', path: '/', secure: true, sameSite: 'Lax' },
    ]);
    server.extraRoutes.set(`www.netflix.com${METADATA_PATH}`, {
      type: 'application/json',
      body: JSON.stringify({
        video: {
          id: 80057281,
          title: 'Stranger Things',
          type: 'show',
          currentEpisode: Number(EPISODE_ID),
          seasons: [
            { seq: 1, year: 2016, episodes: [{ episodeId: Number(EPISODE_ID), seq: 1, title: 'Chapter One' }] },
          ],
        },
      }),
    });
    try {
      const page = await openPage(`https://www.netflix.com/watch/${EPISODE_ID}?trackId=14170286`);
      await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('ending');
      expect(await popupReadFrom(page)).toBe('page-data');
      const toggle = inPanel(page, 'showfate-collapse');
      await toggle.click();
      await expect.poll(() => inPanel(page, 'showfate-title').textContent()).toBe('Stranger Things');
      // The show's Netflix id went to Wikidata: an exact match, not one by title.
      expect(await inPanel(page, 'showfate-match').count()).toBe(0);
      const asked = server.requestsTo('www.netflix.com').filter((request) => request.path === METADATA_PATH);
      expect(asked).toHaveLength(1);
      expect(asked[0]?.cookie).toContain('NetflixId=fixture-session');
      await page.close();
    } finally {
      server.extraRoutes.delete(`www.netflix.com${METADATA_PATH}`);
      await session.context.clearCookies();
    }
  });

  it('falls back to the player overlay when the endpoint does not answer', async () => {
    const page = await openPage('https://www.netflix.com/watch/80057282');
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('ending');
    expect(await popupReadFrom(page)).toBe('page-markup');
    await page.close();
  });
});
