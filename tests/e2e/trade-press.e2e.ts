/**
 * The trade press end to end: the user allows the trade feeds from the options page (a real
 * browser permission prompt, answered from the keyboard), the background polls Deadline's feed,
 * a decision Google News doesn't have shows up with the article's real URL, and opt-in article
 * reading adds what the article's page says. Needs an X display: `npm run test:e2e` runs the
 * suite under xvfb-run.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useExtensionEnvironment } from './support/environment';
import { inPanel, statusOf } from './support/panel';
import { LOOKUP_TIMEOUT, QUIET_PERIOD_MS, UI_TIMEOUT } from './support/timeouts';

const hasDisplay = Boolean(process.env.DISPLAY);

const MINDHUNTER = 'https://www.netflix.com/title/80114855';
const ARTICLE_URL = 'https://deadline.com/2020/01/mindhunter-will-not-return-season-3-netflix-1202834567/';

/** The permission prompt is a native dialog: focus moves to it, Tab reaches "Allow", Return presses it. */
function answerPermissionPromptWithAllow() {
  execFileSync('xdotool', ['key', '--delay', '100', 'Tab', 'Return']);
}

describe.skipIf(!hasDisplay)('trade press and article reading (needs an X display: run under xvfb-run)', () => {
  // Headed: the permission prompt is a native dialog, answered with xdotool on the X display.
  const env = useExtensionEnvironment({ headed: true });

  it('asks for nothing from the trade press before the user allows it', async () => {
    const page = await env.openPage(MINDHUNTER);
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('pending');
    expect(env.server.requestsTo('deadline.com')).toEqual([]);
    await page.close();
  });

  it('polls the feeds once allowed, and shows a decision Google News missed, with the real article URL', async () => {
    const options = await env.session.openOptions();
    const access = options.locator('[data-testid="showfate-trade-access"]');
    await expect.poll(() => access.textContent(), { timeout: UI_TIMEOUT }).toContain('Allow trade-press feeds');
    expect(await options.locator('input[data-testid="showfate-source-deadline"]').isDisabled()).toBe(true);

    await access.click();
    // The prompt takes a moment to open and take the focus.
    await options.waitForTimeout(QUIET_PERIOD_MS);
    answerPermissionPromptWithAllow();
    await expect.poll(() => access.textContent(), { timeout: UI_TIMEOUT }).toContain('Stop reading the trade press');
    expect(await options.locator('input[data-testid="showfate-source-deadline"]').isChecked()).toBe(true);

    // Allowing starts a poll at once instead of waiting for the hourly alarm.
    await expect
      .poll(() => env.server.requestsTo('deadline.com').map((r) => r.path), { timeout: LOOKUP_TIMEOUT })
      .toContain('/v/tv/feed/');
    await expect.poll(() => env.server.requestsTo('tvline.com').length, { timeout: LOOKUP_TIMEOUT }).toBeGreaterThan(0);

    const page = await env.openPage(MINDHUNTER);
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    const article = inPanel(page, 'showfate-article');
    expect(await article.getAttribute('href')).toBe(ARTICLE_URL);
    expect(await article.textContent()).toContain('Canceled · Deadline · Jan 17, 2020');
    expect(await article.getAttribute('data-published')).toBe('2020-01-17T19:05:00.000Z');
    // Article reading is still off: the article page itself was never requested.
    expect(env.server.requestsTo('deadline.com').some((r) => r.path.startsWith('/2020/'))).toBe(false);
    expect(await inPanel(page, 'showfate-article-facts').count()).toBe(0);
    await page.close();
    await options.close();
  });

  it('reads the deciding article when the user opts in, and shows what it adds', async () => {
    const options = await env.session.openOptions();
    const reading = options.locator('input[data-testid="showfate-article-reading-toggle"]');
    await expect.poll(() => reading.isChecked(), { timeout: UI_TIMEOUT }).toBe(false);
    await reading.check();
    await expect.poll(() => options.locator('[data-testid="showfate-options-status"]').textContent()).toBe('Saved.');

    const page = await env.openPage(MINDHUNTER);
    const facts = inPanel(page, 'showfate-article-facts');
    await expect.poll(() => facts.count(), { timeout: LOOKUP_TIMEOUT }).toBe(1);
    const text = await facts.textContent();
    expect(text).toContain('From the Deadline article');
    expect(text).toContain('decided Jan 17, 2020');
    expect(text).toContain('no season 3');
    const imdb = inPanel(page, 'showfate-rating').and(page.locator('[data-source="imdb"]'));
    expect(await imdb.getAttribute('data-origin')).toBe('article');
    expect(await imdb.textContent()).toContain('8.6/10');
    expect(
      await inPanel(page, 'showfate-rating').and(page.locator('[data-source="rotten-tomatoes-critics"]')).textContent(),
    ).toContain('97%');
    expect(env.server.requestsTo('deadline.com').map((r) => r.path)).toContain(new URL(ARTICLE_URL).pathname);
    await page.close();
    await options.close();
  });

  it('stops reading a feed the user turns off', async () => {
    const options = await env.session.openOptions();
    const deadline = options.locator('input[data-testid="showfate-source-deadline"]');
    await expect.poll(() => deadline.isChecked(), { timeout: UI_TIMEOUT }).toBe(true);
    await deadline.uncheck();
    await expect.poll(() => options.locator('[data-testid="showfate-options-status"]').textContent()).toBe('Saved.');

    const page = await env.openPage(MINDHUNTER);
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('pending');
    expect(await inPanel(page, 'showfate-article').count()).toBe(0);
    await page.close();
    await options.close();
  });
});
