/**
 * Keys → ratings, end to end in Chromium (issue 10): without keys nothing reaches OMDb or TMDB; the
 * options page asks the browser for an API's host when its key is saved (a real permission prompt,
 * answered from the keyboard on the X display), checks the key with one call through the background
 * and says what the API said; with the keys saved, the panel shows IMDb, Rotten Tomatoes (critics),
 * Metacritic and TMDB with their scales and links. www.omdbapi.com and api.themoviedb.org are mapped
 * to the fixture server like every other real host (support/rating-apis.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionEnvironment } from './support/environment';
import { inPanel, statusOf } from './support/panel';
import { E2E_OMDB_KEY, E2E_TMDB_KEY } from './support/rating-apis';
import { LOOKUP_TIMEOUT, QUIET_PERIOD_MS, UI_TIMEOUT } from './support/timeouts';

const hasDisplay = Boolean(process.env.DISPLAY);
const SCREENSHOTS = process.env.SHOWFATE_SCREENSHOTS ? resolve(import.meta.dirname, '../../assets/screenshots') : null;

const IMPERFECTS = 'https://www.netflix.com/title/81214929';
const IMPERFECTS_IMDB = 'tt14537248';
/** TVmaze: To Be Determined; no news in Google News (trade feeds stay off in this file). */
const MINDHUNTER = 'https://www.netflix.com/title/80114855';

/** The permission prompt is a native dialog: focus moves to it, Tab reaches "Allow", Return presses it. */
function answerPermissionPromptWithAllow() {
  execFileSync('xdotool', ['key', '--delay', '100', 'Tab', 'Return']);
}

/** The panel's rating for `source`. */
function rating(page: Page, source: string) {
  return page.locator(`showfate-panel [data-testid="showfate-rating"][data-source="${source}"]`);
}

function ratingSources(page: Page): Promise<(string | null)[]> {
  return page
    .locator('showfate-panel [data-testid="showfate-rating"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-source')));
}

/** Types `key` into the API's own form and submits that form (Enter, as a keyboard user would). */
async function submitKey(options: Page, api: 'omdb' | 'tmdb', key: string) {
  const input = options.locator(`input[data-testid="showfate-${api}-key"]`);
  await input.fill(key);
  await input.press('Enter');
}

/** The bits of the worker's `chrome` this file reads. */
interface WorkerChrome {
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    sync: { get(keys: null): Promise<Record<string, unknown>> };
  };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
}

/** What the extension stored (local and sync) and whether the browser granted `origins`. */
function extensionState(worker: Worker, keys: string[], origins: string[]) {
  return worker.evaluate(
    async ({ keys, origins }) => {
      const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
      return {
        local: await chrome.storage.local.get(keys),
        sync: await chrome.storage.sync.get(null),
        granted: await chrome.permissions.contains({ origins }),
      };
    },
    { keys, origins },
  );
}

function keyStatus(options: Page, api: 'omdb' | 'tmdb') {
  return options.locator(`[data-testid="showfate-${api}-key-status"]`);
}

describe.skipIf(!hasDisplay)('rating keys and ratings (needs an X display: run under xvfb-run)', () => {
  // Headed: the permission prompt is a native dialog, answered with xdotool on the X display.
  const env = useExtensionEnvironment({ headed: true });

  it('asks neither OMDb nor TMDB anything while no key is saved', async () => {
    const page = await env.openPage(IMPERFECTS);
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    await env.quietPeriod(page);
    expect(await ratingSources(page)).toEqual(['tvmaze']);
    const mindhunter = await env.openPage(MINDHUNTER);
    await expect.poll(() => statusOf(mindhunter), { timeout: LOOKUP_TIMEOUT }).toBe('pending');
    await mindhunter.close();
    expect(env.server.requestsTo('www.omdbapi.com')).toEqual([]);
    expect(env.server.requestsTo('api.themoviedb.org')).toEqual([]);
    await page.close();
  });

  it('says clearly when OMDb refuses a key, after the browser allowed its host, and saves nothing', async () => {
    const options = await env.session.openOptions();
    await expect
      .poll(() => options.locator('input[data-testid="showfate-omdb-key"]').count(), { timeout: UI_TIMEOUT })
      .toBe(1);
    expect(await options.locator('label[for="sf-omdb-key"]').textContent()).toBe('OMDb API key');

    await submitKey(options, 'omdb', 'wrongkey1');
    // The prompt takes a moment to open and take the focus.
    await options.waitForTimeout(QUIET_PERIOD_MS);
    answerPermissionPromptWithAllow();
    await expect
      .poll(() => keyStatus(options, 'omdb').getAttribute('data-result'), { timeout: UI_TIMEOUT })
      .toBe('refused');
    expect(await keyStatus(options, 'omdb').textContent()).toContain('OMDb refused this key');
    // One check call, to OMDb, with the key typed.
    expect(env.server.requestsTo('www.omdbapi.com').map((r) => r.path)).toEqual(['/?i=tt0944947&apikey=wrongkey1']);
    expect((await extensionState(env.session.worker, ['omdbApiKey'], [])).local).toEqual({});
    await options.close();
  });

  it('tells a network failure apart from a wrong key (TMDB unreachable)', async () => {
    env.server.offlineHosts.add('api.themoviedb.org');
    const options = await env.session.openOptions();
    await expect
      .poll(() => options.locator('input[data-testid="showfate-tmdb-key"]').count(), { timeout: UI_TIMEOUT })
      .toBe(1);
    await submitKey(options, 'tmdb', E2E_TMDB_KEY);
    await options.waitForTimeout(QUIET_PERIOD_MS);
    answerPermissionPromptWithAllow();
    await expect
      .poll(() => keyStatus(options, 'tmdb').getAttribute('data-result'), { timeout: UI_TIMEOUT })
      .toBe('unreachable');
    const text = await keyStatus(options, 'tmdb').textContent();
    expect(text).toContain("Couldn't reach TMDB");
    expect(text).not.toContain('refused');
    expect((await extensionState(env.session.worker, ['tmdbApiKey'], [])).local).toEqual({});
    await options.close();
  });

  it('saves keys the APIs accept, in local storage only, and the panel shows every rating with its scale and link', async () => {
    const options = await env.session.openOptions();
    await expect
      .poll(() => options.locator('input[data-testid="showfate-omdb-key"]').count(), { timeout: UI_TIMEOUT })
      .toBe(1);
    // Both hosts were allowed above: no prompt this time.
    await submitKey(options, 'omdb', E2E_OMDB_KEY);
    await expect
      .poll(() => keyStatus(options, 'omdb').getAttribute('data-result'), { timeout: UI_TIMEOUT })
      .toBe('accepted');
    expect(await keyStatus(options, 'omdb').textContent()).toContain('OMDb accepted the key');
    await submitKey(options, 'tmdb', E2E_TMDB_KEY);
    await expect
      .poll(() => keyStatus(options, 'tmdb').getAttribute('data-result'), { timeout: UI_TIMEOUT })
      .toBe('accepted');
    expect(await keyStatus(options, 'tmdb').textContent()).toContain('TMDB accepted the key');

    const stored = await extensionState(
      env.session.worker,
      ['omdbApiKey', 'tmdbApiKey'],
      ['https://www.omdbapi.com/*', 'https://api.themoviedb.org/*'],
    );
    expect(stored).toEqual({
      local: { omdbApiKey: E2E_OMDB_KEY, tmdbApiKey: E2E_TMDB_KEY },
      sync: {},
      granted: true,
    });
    await options.close();

    const page = await env.openPage(IMPERFECTS);
    await expect
      .poll(() => ratingSources(page), { timeout: LOOKUP_TIMEOUT })
      .toEqual(['tvmaze', 'imdb', 'rotten-tomatoes-critics', 'metacritic', 'tmdb']);
    expect(await statusOf(page)).toBe('canceled');
    expect(await rating(page, 'imdb').textContent()).toContain('6.1/10');
    expect(await rating(page, 'imdb').textContent()).toContain('1,500 votes');
    expect(await rating(page, 'rotten-tomatoes-critics').textContent()).toContain('79%');
    expect(await rating(page, 'metacritic').textContent()).toContain('70/100');
    expect(await rating(page, 'tmdb').textContent()).toContain('6.4/10');

    const links = Object.fromEntries(
      await Promise.all(
        ['imdb', 'rotten-tomatoes-critics', 'metacritic', 'tmdb'].map(
          async (source) =>
            [
              source,
              await rating(page, source).locator('[data-testid="showfate-rating-link"]').getAttribute('href'),
            ] as const,
        ),
      ),
    );
    expect(links).toEqual({
      imdb: `https://www.imdb.com/title/${IMPERFECTS_IMDB}/`,
      'rotten-tomatoes-critics': 'https://www.rottentomatoes.com/search?search=The%20Imperfects',
      metacritic: 'https://www.metacritic.com/search/The%20Imperfects/',
      tmdb: 'https://www.themoviedb.org/tv/205715',
    });
    expect(await rating(page, 'rotten-tomatoes-critics').locator('a').getAttribute('title')).toBe(
      'Search Rotten Tomatoes (critics) for “The Imperfects”',
    );

    // Only the IMDb id and the key went out: one OMDb call and TMDB's find + show for this page.
    expect(env.server.requestsTo('www.omdbapi.com').map((r) => r.path)).toContain(
      `/?i=${IMPERFECTS_IMDB}&apikey=${E2E_OMDB_KEY}`,
    );
    expect(env.server.requestsTo('api.themoviedb.org').map((r) => r.path)).toEqual(
      expect.arrayContaining([
        `/3/find/${IMPERFECTS_IMDB}?external_source=imdb_id&api_key=${E2E_TMDB_KEY}`,
        `/3/tv/205715?api_key=${E2E_TMDB_KEY}`,
      ]),
    );

    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      // The panel's own box (the host element itself has no size: the panel is fixed inside its shadow root).
      const box = await inPanel(page, 'showfate-panel').boundingBox();
      if (!box) throw new Error('the panel has no box to photograph');
      const margin = 8;
      await page.screenshot({
        path: resolve(SCREENSHOTS, 'panel-ratings.png'),
        clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin },
      });
    }
    await page.close();
  });

  it('takes TMDB’s "Canceled" as evidence for a show TVmaze calls To Be Determined, without news', async () => {
    const page = await env.openPage(MINDHUNTER);
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('canceled');
    expect(await inPanel(page, 'showfate-article').count()).toBe(0);
    expect(await rating(page, 'tmdb').textContent()).toContain('8.3/10');
    await page.close();
  });

  it('removes a key: forgotten, its host given back, and no more requests to that API', async () => {
    const options = await env.session.openOptions();
    const remove = options.locator('button[data-testid="showfate-omdb-key-remove"]');
    await expect.poll(() => remove.count(), { timeout: UI_TIMEOUT }).toBe(1);
    await remove.click();
    await expect
      .poll(() => keyStatus(options, 'omdb').getAttribute('data-result'), { timeout: UI_TIMEOUT })
      .toBe('removed');
    const after = await extensionState(env.session.worker, ['omdbApiKey'], ['https://www.omdbapi.com/*']);
    expect({ key: after.local, granted: after.granted }).toEqual({ key: {}, granted: false });
    await options.close();

    const before = env.server.requestsTo('www.omdbapi.com').length;
    const page = await env.openPage(IMPERFECTS);
    await expect.poll(() => ratingSources(page), { timeout: LOOKUP_TIMEOUT }).toEqual(['tvmaze', 'tmdb']);
    await env.quietPeriod(page);
    expect(env.server.requestsTo('www.omdbapi.com').length).toBe(before);
    await page.close();
  });
});
