/** Reading the panel (inside the `showfate-panel` element's open shadow root) from a test. */
import type { Locator, Page } from 'playwright-core';

/** An element of the panel's public DOM contract, by its data-testid (Playwright pierces open shadow roots). */
export function inPanel(page: Page, testId: string): Locator {
  return page.locator(`showfate-panel [data-testid="${testId}"]`);
}

/**
 * The panel's status, or null while there is no panel. Answers at once: a plain locator would
 * wait for the element, and `expect.poll` could not poll.
 */
export async function statusOf(page: Page): Promise<string | null> {
  const badge = inPanel(page, 'showfate-status');
  return (await badge.count()) > 0 ? badge.first().getAttribute('data-status') : null;
}
