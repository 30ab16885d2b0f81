/**
 * The options page's per-service switches, panel corner and cache, in real Chromium: each reaches
 * open tabs without a reload (storage watches). A service turned off loses its panel and badge at
 * once and asks nothing more; the corner moves the panel; "Clear cache" empties reports and trade
 * headlines while corrections and settings stay.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExtensionEnvironment } from './support/environment';
import { panelHostCount, statusOf } from './support/panel';
import { SERVICE_PAGES } from './support/service-pages';
import { LOOKUP_TIMEOUT, UI_TIMEOUT } from './support/timeouts';

const env = useExtensionEnvironment();
const IMPERFECTS = 'https://www.netflix.com/title/81214929';
const SCREENSHOTS = process.env.SHOWFATE_SCREENSHOTS ? resolve(import.meta.dirname, '../../assets/screenshots') : null;

/** Writes `items` into the extension's storage.local from its worker. */
function setLocal(items: Record<string, unknown>): Promise<void> {
  return env.session.worker.evaluate((values) => {
    type LocalArea = { set(items: Record<string, unknown>): Promise<void> };
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome;
    return storage.local.set(values);
  }, items);
}

function getLocal(key: string): Promise<unknown> {
  return env.session.worker.evaluate(async (name) => {
    type LocalArea = { get(key: string): Promise<Record<string, unknown>> };
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome;
    return (await storage.local.get(name))[name];
  }, key);
}

/** The panel card's box in the viewport, read through its open shadow root. */
function panelBox(page: Page): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  return page.evaluate(() => {
    const card = document.querySelector('showfate-panel')?.shadowRoot?.querySelector('[data-testid="showfate-panel"]');
    if (!card) return null;
    const box = card.getBoundingClientRect();
    return {
      left: Math.round(box.left),
      top: Math.round(box.top),
      right: Math.round(window.innerWidth - box.right),
      bottom: Math.round(window.innerHeight - box.bottom),
    };
  });
}

async function openOptionsSection(): Promise<Page> {
  const options = await env.session.openOptions();
  await expect
    .poll(() => options.locator('[data-testid="showfate-options-complete"]').count(), { timeout: UI_TIMEOUT })
    .toBe(1);
  return options;
}

beforeEach(async () => {
  // Every test starts from the defaults: all services on, bottom right, expanded.
  await env.session.worker.evaluate(() => {
    type LocalArea = { remove(keys: string[]): Promise<void> };
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome;
    return storage.local.remove(['enabledServices', 'panelCorner', 'panelStartsCollapsed', 'panelCollapsed']);
  });
});

describe('per-service off', () => {
  it("removes the panel from that service's open tabs at once, stops its lookups, and leaves other services alone", async () => {
    const netflix = await env.openPage(IMPERFECTS);
    const hulu = await env.openPage(SERVICE_PAGES.hulu.url);
    await expect.poll(() => statusOf(netflix), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    await expect.poll(() => statusOf(hulu), { timeout: LOOKUP_TIMEOUT }).not.toBeNull();

    const options = await openOptionsSection();
    const netflixSwitch = options.locator('input[data-testid="showfate-service-netflix"]');
    expect(await netflixSwitch.isChecked()).toBe(true);
    await netflixSwitch.click();
    await expect
      .poll(() => options.locator('[data-testid="showfate-options-complete-status"]').textContent())
      .toBe('Saved.');
    expect(await getLocal('enabledServices')).toMatchObject({ netflix: false, hulu: true });

    // The open Netflix tab loses its panel without a reload; Hulu's keeps its own.
    await expect.poll(() => panelHostCount(netflix), { timeout: UI_TIMEOUT }).toBe(0);
    expect(await statusOf(hulu)).not.toBeNull();

    // A Netflix page opened now asks the background nothing: no TVmaze, Wikidata or news request.
    const before = env.server.requests.length;
    const fresh = await env.openPage('https://www.netflix.com/title/81231974');
    await env.quietPeriod(fresh);
    expect(await panelHostCount(fresh)).toBe(0);
    expect(
      env.server.requests
        .slice(before)
        .filter((request) => ['api.tvmaze.com', 'query.wikidata.org', 'news.google.com'].includes(request.host)),
    ).toEqual([]);

    // The popup says why, instead of looking the show up.
    await fresh.bringToFront();
    const popup = await env.session.openPopup();
    await expect
      .poll(() => popup.locator('[data-testid="showfate-service-off"]').textContent(), { timeout: LOOKUP_TIMEOUT })
      .toContain('Netflix');
    await popup.close();

    // Turned back on: the open tabs show their panel again, still without a reload.
    await netflixSwitch.click();
    await expect.poll(() => statusOf(netflix), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    await expect.poll(() => statusOf(fresh), { timeout: LOOKUP_TIMEOUT }).toBe('renewed');
    for (const page of [options, netflix, hulu, fresh]) await page.close();
  });
});

describe('the panel corner', () => {
  it('moves the open panel to the chosen corner at once, and back', async () => {
    const page = await env.openPage(IMPERFECTS);
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    const start = await panelBox(page);
    expect(start?.right).toBe(16);
    expect(start?.bottom).toBe(16);

    const options = await openOptionsSection();
    await options.locator('input[data-testid="showfate-corner-top-left"]').check();
    await expect.poll(async () => (await panelBox(page))?.left, { timeout: UI_TIMEOUT }).toBe(16);
    expect((await panelBox(page))?.top).toBe(16);

    await options.locator('input[data-testid="showfate-corner-bottom-left"]').check();
    await expect.poll(async () => (await panelBox(page))?.bottom, { timeout: UI_TIMEOUT }).toBe(16);
    expect((await panelBox(page))?.left).toBe(16);

    // "Start collapsed" folds the open panel to its badge.
    await options.locator('input[data-testid="showfate-start-collapsed"]').check();
    await expect
      .poll(() => page.locator('showfate-panel button[data-testid="showfate-collapse"]').getAttribute('aria-expanded'))
      .toBe('false');
    if (SCREENSHOTS) {
      await options.screenshot({ path: resolve(SCREENSHOTS, 'options-complete.png'), fullPage: true });
    }
    await options.close();
    await page.close();
  });
});

describe('Clear cache', () => {
  it('empties the cached reports through the background, and keeps corrections and settings', async () => {
    const page = await env.openPage(IMPERFECTS);
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    await page.close();
    await setLocal({ matchCorrections: { 'netflix:70205012': 61000 }, panelCorner: 'top-right' });

    const options = await openOptionsSection();
    const usage = options.locator('[data-testid="showfate-cache-usage"]');
    await expect.poll(() => usage.textContent(), { timeout: UI_TIMEOUT }).toMatch(/^[1-9]\d* saved reports? and/);
    await options.locator('[data-testid="showfate-clear-cache"]').click();
    await expect
      .poll(() => usage.textContent(), { timeout: UI_TIMEOUT })
      .toBe('Cache cleared. 0 saved reports and 0 trade-press headlines, about 0 bytes.');
    expect(await getLocal('matchCorrections')).toEqual({ 'netflix:70205012': 61000 });
    expect(await getLocal('panelCorner')).toBe('top-right');
    await options.close();
  });
});
