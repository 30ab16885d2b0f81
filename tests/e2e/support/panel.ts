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

/** The show's name in the panel (present only while the panel is expanded). */
export function panelTitle(page: Page): Locator {
  return inPanel(page, 'showfate-title');
}

/** How many panel hosts the page has: 0 where the extension shows nothing, never more than 1. */
export function panelHostCount(page: Page): Promise<number> {
  return page.locator('showfate-panel').count();
}

/** The collapse/expand button of the panel. */
export function collapseToggle(page: Page): Locator {
  return page.locator('showfate-panel button[data-testid="showfate-collapse"]');
}

/** What a test needs of a page to read it by script: Playwright's and Puppeteer's pages both fit. */
export interface ScriptablePage {
  evaluate(fn: () => PanelSnapshot): Promise<PanelSnapshot>;
}

/** The panel as plain data, read by a script in the page (works in any browser driver). */
export interface PanelSnapshot {
  hosts: number;
  status: string | null;
  statusText: string | null;
  title: string | null;
  expanded: boolean | null;
  articleHref: string | null;
  articleText: string | null;
  tvmazeHref: string | null;
  /** The polite live region's text: what a screen reader announces. */
  announcement: string | null;
}

export function readPanel(page: ScriptablePage): Promise<PanelSnapshot> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('showfate-panel');
    const root = hosts[0]?.shadowRoot ?? null;
    const el = (testId: string) => root?.querySelector(`[data-testid="${testId}"]`) ?? null;
    const text = (testId: string) => el(testId)?.textContent ?? null;
    const toggle = el('showfate-collapse');
    return {
      hosts: hosts.length,
      status: el('showfate-status')?.getAttribute('data-status') ?? null,
      statusText: text('showfate-status'),
      title: text('showfate-title'),
      expanded: toggle ? toggle.getAttribute('aria-expanded') === 'true' : null,
      articleHref: el('showfate-article')?.getAttribute('href') ?? null,
      articleText: text('showfate-article'),
      tvmazeHref: el('showfate-source-tvmaze')?.getAttribute('href') ?? null,
      announcement: text('showfate-announcement'),
    };
  });
}
