/**
 * A streaming page's own scripts must not act for the user (issue 11, finding 8): the panel's
 * shadow root is open (its DOM is a public contract), so a page script can reach its buttons and
 * click them; those clicks must do nothing, while the user's own clicks work.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionEnvironment } from './support/environment';
import { inPanel, statusOf } from './support/panel';

const env = useExtensionEnvironment();

/** What a hostile page script can do: reach into the open root and click, or dispatch its own events. */
function clickFromThePage(page: Page, testId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const button = document
      .querySelector('showfate-panel')
      ?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!button) return false;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    return true;
  }, testId);
}

const tvmazeSearches = () => env.server.requestsTo('api.tvmaze.com').filter((r) => r.path.startsWith('/search/shows'));

describe('a page script driving the panel', () => {
  it('cannot open "Wrong show?" or collapse the panel; the user can', async () => {
    // Matched by title: the panel offers "Wrong show?".
    const page = await env.openPage('https://www.netflix.com/title/70205012');
    await expect.poll(() => statusOf(page), { timeout: 15_000 }).toBe('ended');
    const searchesBefore = tvmazeSearches().length;

    expect(await clickFromThePage(page, 'showfate-wrong-show')).toBe(true);
    expect(await clickFromThePage(page, 'showfate-collapse')).toBe(true);
    await page.waitForTimeout(1_000);
    expect(await inPanel(page, 'showfate-picker').count()).toBe(0);
    expect(tvmazeSearches().length).toBe(searchesBefore);
    expect(await inPanel(page, 'showfate-collapse').getAttribute('aria-expanded')).toBe('true');

    // The user's own click (trusted input from the browser) works.
    await inPanel(page, 'showfate-wrong-show').click();
    await expect.poll(() => inPanel(page, 'showfate-candidate').count(), { timeout: 15_000 }).toBe(2);
    // A page script can't pick a candidate for the user either.
    expect(await clickFromThePage(page, 'showfate-candidate')).toBe(true);
    await page.waitForTimeout(1_000);
    expect(await inPanel(page, 'showfate-picker').count()).toBe(1);
    expect(await inPanel(page, 'showfate-match').count()).toBe(0);
  });
});
