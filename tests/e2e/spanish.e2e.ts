/**
 * The extension in a Spanish Chromium (`--lang=es`, with Debian's chromium-l10n locale packs): the
 * panel's status word, the toolbar button's title, the popup and the options page in Spanish, and
 * numbers and dates written the Spanish way (Intl in the browser's language).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../utils/status/fate-status';
import { useExtensionEnvironment } from './support/environment';
import { messageIn } from './support/locale-text';
import { inPanel, statusOf } from './support/panel';
import { LOOKUP_TIMEOUT, UI_TIMEOUT } from './support/timeouts';

const env = useExtensionEnvironment({ locale: 'es' });
const IMPERFECTS = 'https://www.netflix.com/title/81214929';

describe('ShowFate in Spanish', () => {
  it('runs in a browser whose language is Spanish', async () => {
    const language = await env.session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
    );
    expect(language).toMatch(/^es\b/);
    // The manifest's description is the Spanish one (`__MSG_extDescription__`).
    const description = await env.session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getMessage(id: string): string } } }).chrome.i18n.getMessage(
        'extDescription',
      ),
    );
    expect(description).toBe(messageIn('es', 'extDescription'));
  });

  it("says the panel's status, its article date and its rating in Spanish", async () => {
    const page = await env.openPage(IMPERFECTS);
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    const badge = inPanel(page, 'showfate-status').first();
    expect(await badge.textContent()).toBe('Cancelada');
    expect(await badge.textContent()).toBe(messageIn('es', STATUS_LABELS.canceled));
    expect(await badge.getAttribute('title')).toBe(messageIn('es', 'statusCanceledDescription'));
    // "Cancelada · Deadline · 8 nov 2022": the status word, the outlet and a Spanish date (day first,
    // a lower-case month abbreviation).
    const line = await inPanel(page, 'showfate-article').locator('.sf-article-line').textContent();
    expect(line).toMatch(/^Cancelada · .+ · \d{1,2} [a-z]{3,5}\.? \d{4}$/);
    // A decimal comma: "6,3/10".
    const rating = await inPanel(page, 'showfate-rating').first().textContent();
    expect(rating).toMatch(/\d,\d\/10/);
    expect(await inPanel(page, 'showfate-collapse').getAttribute('aria-label')).toBe(
      messageIn('es', 'panelCollapseLabel'),
    );

    // The toolbar button's title for this tab names the show and its status in Spanish. (Without the
    // "tabs" permission a tab's URL is hidden from the worker: every tab's title is read.)
    await expect
      .poll(
        () =>
          env.session.worker.evaluate(async () => {
            const { chrome } = globalThis as unknown as {
              chrome: {
                tabs: { query(q: object): Promise<{ id: number }[]> };
                action: { getTitle(d: { tabId: number }): Promise<string> };
              };
            };
            const tabs = await chrome.tabs.query({});
            return Promise.all(tabs.map((tab) => chrome.action.getTitle({ tabId: tab.id })));
          }),
        { timeout: UI_TIMEOUT },
      )
      .toContain('ShowFate: The Imperfects: Cancelada');
    await page.close();
  });

  it('writes the popup in Spanish', async () => {
    const page = await env.openPage(IMPERFECTS);
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    await page.bringToFront();
    const popup = await env.session.openPopup();
    const current = popup.locator('[data-testid="showfate-current"] [data-testid="showfate-status"]');
    // The badge is there while the popup is still checking ("Comprobando…"): wait for the status.
    await expect.poll(() => current.getAttribute('data-status'), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    expect(await current.textContent()).toBe('Cancelada');
    expect(await popup.locator('#sf-current-heading').textContent()).toBe('Esta pestaña');
    expect(await popup.locator('#sf-recent-heading').textContent()).toBe('Vistas recientemente');
    expect(await popup.locator('[data-testid="showfate-open-options"]').textContent()).toBe('Opciones');
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^es\b/);
    await popup.close();
    await page.close();
  });

  it('writes the options page in Spanish, numbers included', async () => {
    const options = await env.session.openOptions();
    await expect
      .poll(() => options.locator('[data-testid="showfate-options-complete"]').count(), { timeout: UI_TIMEOUT })
      .toBe(1);
    expect(await options.title()).toBe('Opciones de ShowFate');
    const legends = await options.locator('legend').allTextContents();
    expect(legends).toContain('En las páginas de streaming');
    expect(legends).toContain('Servicios de streaming');
    expect(legends).toContain('Privacidad: qué recibe cada servidor');
    const usage = options.locator('[data-testid="showfate-cache-usage"]');
    await expect.poll(() => usage.textContent(), { timeout: UI_TIMEOUT }).toMatch(/informes? guardados?/);
    // "… unos 12 kB." / "… unos 1,2 MB.": the size in Spanish digits and units.
    expect(await usage.textContent()).toMatch(
      /^\d+ informes? guardados? y \d+ titular(es)? de la prensa especializada, unos [\d,]+\s(bytes?|kB|MB)\.$/,
    );
    expect(await options.locator('[data-testid="showfate-clear-cache"]').textContent()).toBe('Vaciar la caché');
    if (process.env.SHOWFATE_SCREENSHOTS) {
      await options.screenshot({
        path: resolve(import.meta.dirname, '../../assets/screenshots/options-spanish.png'),
        fullPage: true,
      });
    }
    await options.close();
  });
});
