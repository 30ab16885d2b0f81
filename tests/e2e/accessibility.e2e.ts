/**
 * Accessibility in real Chromium: axe-core (from npm, injected into the page) audits the panel
 * inside its shadow root, the popup and the options page, in light and dark, with no serious or
 * critical finding allowed. Then the keyboard alone: reaching and working the panel, the popup and
 * the options; the status always in words, not only in color; and the polite live region that
 * tells a screen reader the status when the panel appears.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { type FateStatus, STATUS_LABELS } from '../../utils/status/fate-status';
import { useExtensionEnvironment } from './support/environment';
import { messageIn } from './support/locale-text';
import { collapseToggle, inPanel, panelTitle, statusOf } from './support/panel';
import { clearCachedReports } from './support/report-cache';
import { SERVICE_PAGES } from './support/service-pages';
import { LOOKUP_TIMEOUT, UI_TIMEOUT } from './support/timeouts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;
const SCREENSHOTS = process.env.SHOWFATE_SCREENSHOTS ? resolve(import.meta.dirname, '../../assets/screenshots') : null;

const env = useExtensionEnvironment();

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe in `page` (evaluated over the DevTools protocol, so extension pages' CSP doesn't block
 * it) on `context` and returns its serious and critical findings. `context` may reach into the
 * panel's shadow root with axe's `fromShadowDom`.
 */
async function seriousFindings(page: Page, context: unknown = { exclude: [] }): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async (scope) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: unknown,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
            passes: unknown[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(scope, { resultTypes: ['violations', 'passes'] });
    return {
      passes: result.passes.length,
      violations: result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => JSON.stringify(node.target)),
      })),
    };
  }, context);
  // An audit that checked nothing (wrong context) must not pass silently.
  expect(findings.passes).toBeGreaterThan(0);
  return findings.violations.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
}

/** The panel's part of the page: axe's context for the shadow root of `showfate-panel`. */
const PANEL_CONTEXT = { include: [{ fromShadowDom: ['showfate-panel', '[data-testid="showfate-panel"]'] }] };

/** The data-testid of the focused element, looking through open shadow roots ('' for none). */
function focusedTestId(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.getAttribute('data-testid') ?? active?.tagName.toLowerCase() ?? '';
  });
}

/** The focused element's outline (looking through open shadow roots): how the keyboard's place is seen. */
function focusOutline(page: Page): Promise<{ style: string; width: string }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const style = active ? getComputedStyle(active) : null;
    return { style: style?.outlineStyle ?? 'none', width: style?.outlineWidth ?? '0px' };
  });
}

/** Presses Tab until the element with `testId` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, testId: string, limit = 40): Promise<void> {
  const seen: string[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedTestId(page);
    if (focused === testId) return;
    seen.push(focused);
  }
  throw new Error(`Tab never reached ${testId}; it went through: ${seen.join(', ')}`);
}

describe.each(SCHEMES)('axe audit, %s', (scheme) => {
  it('the panel (expanded, with a report and an article) has no serious or critical finding', async () => {
    const page = await env.openPage('https://www.netflix.com/title/81214929');
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    expect(await seriousFindings(page, PANEL_CONTEXT)).toEqual([]);
    await page.close();
  });

  it('the panel collapsed, the error state, and a not-found report have none either', async () => {
    const collapsed = await env.openPage('https://www.netflix.com/watch/80057282');
    await collapsed.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => statusOf(collapsed), { timeout: LOOKUP_TIMEOUT }).toBe('ending');
    expect(await seriousFindings(collapsed, PANEL_CONTEXT)).toEqual([]);
    await collapsed.close();

    env.server.offlineHosts.add('api.tvmaze.com');
    // A title no earlier test has cached.
    const failed = await env.openPage(`https://www.netflix.com/title/80994082?scheme=${scheme}`);
    await failed.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => statusOf(failed), { timeout: LOOKUP_TIMEOUT + 5_000 }).toBe('error');
    expect(await seriousFindings(failed, PANEL_CONTEXT)).toEqual([]);
    await failed.close();
    env.server.offlineHosts.clear();

    const notFound = await env.openPage(SERVICE_PAGES.peacockBattlestar.url);
    await notFound.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => inPanel(notFound, 'showfate-not-found').count(), { timeout: LOOKUP_TIMEOUT }).toBe(1);
    expect(await seriousFindings(notFound, PANEL_CONTEXT)).toEqual([]);
    await notFound.close();
  });

  it('the popup (current show and recent shows) has none', async () => {
    const page = await env.openPage('https://www.netflix.com/title/81231974');
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('renewed');
    await page.bringToFront();
    const popup = await env.session.openPopup();
    await popup.emulateMedia({ colorScheme: scheme });
    const current = popup.locator('[data-testid="showfate-current"] [data-testid="showfate-status"]');
    await expect.poll(() => current.count(), { timeout: LOOKUP_TIMEOUT }).toBe(1);
    await expect.poll(() => popup.locator('[data-testid="showfate-recent-item"]').count()).toBeGreaterThan(0);
    expect(await seriousFindings(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the options page has none', async () => {
    const options = await env.session.openOptions();
    await options.emulateMedia({ colorScheme: scheme });
    await expect
      .poll(() => options.locator('input[data-testid="showfate-overlay-toggle"]').count(), { timeout: UI_TIMEOUT })
      .toBe(1);
    // The services, panel, cache and privacy sections load on their own: audited once they are there.
    await expect
      .poll(() => options.locator('[data-testid="showfate-privacy-host"]').count(), { timeout: UI_TIMEOUT })
      .toBeGreaterThan(0);
    expect(await seriousFindings(options)).toEqual([]);
    if (SCREENSHOTS) await options.screenshot({ path: resolve(SCREENSHOTS, `options-${scheme}.png`), fullPage: true });
    await options.close();
  });
});

describe('the keyboard alone', () => {
  // Collapsing is remembered for every tab: each test starts from the expanded panel, whatever an
  // earlier one left behind.
  beforeEach(async () => {
    await env.session.worker.evaluate(() => {
      type LocalArea = { set(items: Record<string, unknown>): Promise<void> };
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome;
      return storage.local.set({ panelCollapsed: false });
    });
  });

  it('reaches the panel with Tab, collapses and expands it, and follows its links', async () => {
    const page = await env.openPage('https://www.netflix.com/title/81214929');
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    await tabTo(page, 'showfate-collapse');
    // The focus is visible: the panel's own focus ring, whatever the site's CSS does.
    expect(await focusOutline(page)).toEqual({ style: 'solid', width: '2px' });
    await page.keyboard.press('Enter');
    await expect.poll(() => collapseToggle(page).getAttribute('aria-expanded')).toBe('false');
    // The focus stays on the toggle (moved back to it in the commit that redraws the card), so the
    // same key brings the panel back.
    await expect.poll(() => focusedTestId(page)).toBe('showfate-collapse');
    await page.keyboard.press('Space');
    await expect.poll(() => panelTitle(page).count()).toBe(1);
    // The deciding article and the sources are links the keyboard reaches.
    await tabTo(page, 'showfate-article', 10);
    await tabTo(page, 'showfate-source-tvmaze', 10);
    await page.close();
  });

  it('corrects the show from the keyboard: Wrong show?, type, Enter, pick', async () => {
    const page = await env.openPage('https://www.netflix.com/title/70205012');
    await expect.poll(() => inPanel(page, 'showfate-wrong-show').count(), { timeout: LOOKUP_TIMEOUT }).toBe(1);
    await tabTo(page, 'showfate-wrong-show');
    await page.keyboard.press('Enter');
    // The picker takes the focus in its search field.
    await expect.poll(() => focusedTestId(page)).toBe('showfate-picker-input');
    await page.keyboard.press('Enter');
    await expect.poll(() => inPanel(page, 'showfate-candidate').count(), { timeout: LOOKUP_TIMEOUT }).toBe(2);
    await tabTo(page, 'showfate-candidate', 10);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => inPanel(page, 'showfate-match').textContent(), { timeout: LOOKUP_TIMEOUT })
      .toContain('Your choice');
    await page.close();
  });

  it('works the options toggle with Space', async () => {
    const options = await env.session.openOptions();
    const toggle = options.locator('input[data-testid="showfate-overlay-toggle"]');
    await expect.poll(() => toggle.isChecked(), { timeout: UI_TIMEOUT }).toBe(true);
    await tabTo(options, 'showfate-overlay-toggle');
    await options.keyboard.press('Space');
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await options.keyboard.press('Space');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await options.close();
  });

  it('moves through the popup: the current show, then the recent shows', async () => {
    const page = await env.openPage('https://www.netflix.com/title/81214929');
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    await page.bringToFront();
    const popup = await env.session.openPopup();
    await expect
      .poll(
        () =>
          popup.locator('[data-testid="showfate-current"] [data-testid="showfate-status"]').getAttribute('data-status'),
        { timeout: LOOKUP_TIMEOUT },
      )
      .toBe('canceled');
    await tabTo(popup, 'showfate-source-tvmaze', 15);
    await popup.close();
    await page.close();
  });
});

describe('the status is told in words', () => {
  it('every status badge of the panel and the popup carries its label as text', async () => {
    const page = await env.openPage('https://www.netflix.com/title/81231974');
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('renewed');
    expect(await inPanel(page, 'showfate-status').first().textContent()).toBe(messageIn('en', STATUS_LABELS.renewed));
    await page.bringToFront();
    const popup = await env.session.openPopup();
    const recent = popup.locator('[data-testid="showfate-recent-status"]');
    await expect.poll(() => recent.count(), { timeout: LOOKUP_TIMEOUT }).toBeGreaterThan(1);
    const badges = await recent.evaluateAll((elements) =>
      elements.map((element) => ({ status: element.getAttribute('data-status'), text: element.textContent })),
    );
    for (const badge of badges) {
      expect(badge.text).toBe(messageIn('en', STATUS_LABELS[badge.status as FateStatus]));
    }
    await popup.close();
    await page.close();
  });
});

describe('a screen reader', () => {
  it('hears the status from a polite live region that was there, empty, before the status came', async () => {
    // Nothing cached and a slow TVmaze: the panel shows "looking up" first, the status later.
    await clearCachedReports(env.session.worker);
    env.server.slowHosts.set('api.tvmaze.com', 1_500);
    const page = await env.openPage('https://www.netflix.com/title/80057281');
    const region = inPanel(page, 'showfate-announcement');
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('loading');
    expect(await region.getAttribute('role')).toBe('status');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(await region.textContent()).toBe('');
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('ending');
    expect(await region.textContent()).toBe('ShowFate: Stranger Things: Ending.');
    // Chromium's accessibility tree gives assistive technology a status with that name.
    expect(await page.locator('showfate-panel').ariaSnapshot()).toContain(
      'status: "ShowFate: Stranger Things: Ending."',
    );
    await page.close();
  });
});
