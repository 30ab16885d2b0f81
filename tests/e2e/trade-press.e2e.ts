/**
 * The trade press end to end: the user allows the trade feeds from the options page (a real
 * browser permission prompt, answered from the keyboard), the background polls Deadline's feed,
 * a decision Google News doesn't have shows up with the article's real URL, and opt-in article
 * reading adds what the article's page says. Needs an X display: `npm run test:e2e` runs the
 * suite under xvfb-run.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { type ExtensionSession, launchExtension } from './support/launch-extension';
import { inPanel, statusOf } from './support/panel';

const hasDisplay = Boolean(process.env.DISPLAY);

let server: FixtureServer;
let session: ExtensionSession;

const MINDHUNTER = 'https://www.netflix.com/title/80114855';
const ARTICLE_URL = 'https://deadline.com/2020/01/mindhunter-will-not-return-season-3-netflix-1202834567/';

/** The permission prompt is a native dialog: focus moves to it, Tab reaches "Allow", Return presses it. */
function answerPermissionPromptWithAllow() {
  execFileSync('xdotool', ['key', '--delay', '100', 'Tab', 'Return']);
}

describe.skipIf(!hasDisplay)('trade press and article reading (needs an X display: run under xvfb-run)', () => {
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension(server, { headed: true });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('asks for nothing from the trade press before the user allows it', async () => {
    const page = await session.context.newPage();
    await page.goto(MINDHUNTER);
    await expect.poll(() => statusOf(page), { timeout: 15_000 }).toBe('pending');
    expect(server.requestsTo('deadline.com')).toEqual([]);
    await page.close();
  });

  it('polls the feeds once allowed, and shows a decision Google News missed, with the real article URL', async () => {
    const options = await session.openOptions();
    const access = options.locator('[data-testid="showfate-trade-access"]');
    await expect.poll(() => access.textContent(), { timeout: 10_000 }).toContain('Allow trade-press feeds');
    expect(await options.locator('input[data-testid="showfate-source-deadline"]').isDisabled()).toBe(true);

    await access.click();
    await options.waitForTimeout(1_000);
    answerPermissionPromptWithAllow();
    await expect.poll(() => access.textContent(), { timeout: 10_000 }).toContain('Stop reading the trade press');
    expect(await options.locator('input[data-testid="showfate-source-deadline"]').isChecked()).toBe(true);

    // Allowing starts a poll at once instead of waiting for the hourly alarm.
    await expect
      .poll(() => server.requestsTo('deadline.com').map((r) => r.path), { timeout: 15_000 })
      .toContain('/v/tv/feed/');
    await expect.poll(() => server.requestsTo('tvline.com').length, { timeout: 15_000 }).toBeGreaterThan(0);

    const page = await session.context.newPage();
    await page.goto(MINDHUNTER);
    await expect.poll(() => statusOf(page), { timeout: 15_000 }).toBe('canceled');
    const article = inPanel(page, 'showfate-article');
    expect(await article.getAttribute('href')).toBe(ARTICLE_URL);
    expect(await article.textContent()).toContain('Canceled · Deadline · Jan 17, 2020');
    expect(await article.getAttribute('data-published')).toBe('2020-01-17T19:05:00.000Z');
    // Article reading is still off: the article page itself was never requested.
    expect(server.requestsTo('deadline.com').some((r) => r.path.startsWith('/2020/'))).toBe(false);
    expect(await inPanel(page, 'showfate-article-facts').count()).toBe(0);
    await page.close();
    await options.close();
  });

  it('reads the deciding article when the user opts in, and shows what it adds', async () => {
    const options = await session.openOptions();
    const reading = options.locator('input[data-testid="showfate-article-reading-toggle"]');
    await expect.poll(() => reading.isChecked(), { timeout: 10_000 }).toBe(false);
    await reading.check();
    await expect.poll(() => options.locator('[data-testid="showfate-options-status"]').textContent()).toBe('Saved.');

    const page = await session.context.newPage();
    await page.goto(MINDHUNTER);
    const facts = inPanel(page, 'showfate-article-facts');
    await expect.poll(() => facts.count(), { timeout: 15_000 }).toBe(1);
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
    expect(server.requestsTo('deadline.com').map((r) => r.path)).toContain(new URL(ARTICLE_URL).pathname);
    await page.close();
    await options.close();
  });

  it('stops reading a feed the user turns off', async () => {
    const options = await session.openOptions();
    const deadline = options.locator('input[data-testid="showfate-source-deadline"]');
    await expect.poll(() => deadline.isChecked(), { timeout: 10_000 }).toBe(true);
    await deadline.uncheck();
    await expect.poll(() => options.locator('[data-testid="showfate-options-status"]').textContent()).toBe('Saved.');

    const page = await session.context.newPage();
    await page.goto(MINDHUNTER);
    await expect.poll(() => statusOf(page), { timeout: 15_000 }).toBe('pending');
    expect(await inPanel(page, 'showfate-article').count()).toBe(0);
    await page.close();
    await options.close();
  });
});
