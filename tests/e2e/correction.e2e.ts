/**
 * "Wrong show?" end to end: a page whose title two TVmaze shows share, the picker searching TVmaze
 * (the fixture server's /search/shows), the user's pick shown as "Your choice", and the pick
 * remembered for that page's service id: after a reload, and on another page of the same title.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionEnvironment } from './support/environment';
import { inPanel, statusOf } from './support/panel';
import { clearCachedReports } from './support/report-cache';
import { SERVICE_PAGES } from './support/service-pages';
import { LOOKUP_TIMEOUT } from './support/timeouts';

const env = useExtensionEnvironment();
const openPage = (url: string) => env.openPage(url);

/** The TVmaze show the panel shows, by the id in its TVmaze link; null while it shows none. */
const shownTvmazeId = async (page: Page) => {
  const link = inPanel(page, 'showfate-source-tvmaze');
  if ((await link.count()) === 0) return null;
  return Number(/\/shows\/(\d+)\//.exec((await link.getAttribute('href')) ?? '')?.[1]);
};

/** The panel shows the user's pick: that show, marked "Your choice". */
async function expectUsersChoice(page: Page, tvmazeId: number, details: string) {
  await expect.poll(() => shownTvmazeId(page), { timeout: LOOKUP_TIMEOUT }).toBe(tvmazeId);
  expect(await inPanel(page, 'showfate-match').textContent()).toContain('Your choice');
  expect(await page.locator('showfate-panel .sf-details').first().textContent()).toBe(details);
  // The choice can be changed again.
  expect(await inPanel(page, 'showfate-wrong-show').textContent()).toBe('Change');
}

describe('a title match the user corrects', () => {
  // Netflix's page names the American remake's year (2011); the viewer is watching the British original.
  const TITLE_PAGE = 'https://www.netflix.com/title/70205012';

  it('picks the other same-titled show, and keeps it after a reload and on the detail modal', async () => {
    const page = await openPage(TITLE_PAGE);
    await expect.poll(() => shownTvmazeId(page), { timeout: LOOKUP_TIMEOUT }).toBe(61050);
    expect(await inPanel(page, 'showfate-title').textContent()).toBe('Shameless');
    expect(await page.locator('showfate-panel .sf-details').first().textContent()).toBe('2011–2021 · Showtime');
    expect(await inPanel(page, 'showfate-match').textContent()).toContain('Matched by title');

    const searchesBefore = env.server
      .requestsTo('api.tvmaze.com')
      .filter((r) => r.path.startsWith('/search/shows')).length;
    await inPanel(page, 'showfate-wrong-show').click();
    expect(await inPanel(page, 'showfate-picker-input').inputValue()).toBe('Shameless');
    const candidates = inPanel(page, 'showfate-candidate');
    await expect.poll(() => candidates.count(), { timeout: LOOKUP_TIMEOUT }).toBe(2);
    expect(await candidates.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-tvmaze-id')))).toEqual([
      '61050',
      '61051',
    ]);
    expect(await candidates.nth(1).textContent()).toContain('2004–2013 · Channel 4');
    const searches = env.server.requestsTo('api.tvmaze.com').filter((r) => r.path.startsWith('/search/shows'));
    expect(searches.length).toBe(searchesBefore + 1);
    expect(searches.at(-1)?.path).toBe('/search/shows?q=Shameless');

    await page.locator('showfate-panel [data-testid="showfate-candidate"][data-tvmaze-id="61051"]').click();
    await expectUsersChoice(page, 61051, '2004–2013 · Channel 4');
    expect(await statusOf(page)).toBe('ended');
    expect(await inPanel(page, 'showfate-picker').count()).toBe(0);

    // A reload: remembered (the report cache holds the corrected report).
    await page.reload();
    await expectUsersChoice(page, 61051, '2004–2013 · Channel 4');
    await page.close();

    // The same Netflix id on another page, with nothing cached: the remembered choice, not a new title match.
    await clearCachedReports(env.session.worker);
    const before = env.server.requestsTo('api.tvmaze.com').length;
    const modal = await openPage('https://www.netflix.com/browse?jbv=70205012');
    await expectUsersChoice(modal, 61051, '2004–2013 · Channel 4');
    const asked = env.server
      .requestsTo('api.tvmaze.com')
      .slice(before)
      .map((request) => request.path);
    expect(asked).toContain('/shows/61051');
    expect(asked.filter((path) => path.startsWith('/search/') || path.startsWith('/singlesearch/'))).toEqual([]);
    await modal.close();
  });

  it('leaves other titles of the same service to the matcher', async () => {
    const page = await openPage('https://www.netflix.com/title/81231974');
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('renewed');
    expect(await inPanel(page, 'showfate-title').textContent()).toBe('Wednesday');
    expect(await inPanel(page, 'showfate-match').textContent()).toContain('Matched by title');
    await page.close();
  });
});

describe('a title TVmaze cannot tell apart', () => {
  it('says not found, then the user searches TVmaze and picks the show; remembered on the season tab', async () => {
    // The season tab first: its own "not found" report is cached before the user corrects anything.
    const seasonFirst = await openPage(SERVICE_PAGES.peacockBattlestarSeason.url);
    await expect.poll(() => inPanel(seasonFirst, 'showfate-not-found').count(), { timeout: LOOKUP_TIMEOUT }).toBe(1);
    await seasonFirst.close();

    const page = await openPage(SERVICE_PAGES.peacockBattlestar.url);
    await expect.poll(() => inPanel(page, 'showfate-not-found').count(), { timeout: LOOKUP_TIMEOUT }).toBe(1);
    expect(await statusOf(page)).toBe('unknown');
    expect(await inPanel(page, 'showfate-not-found').textContent()).toContain('Battlestar Galactica');
    expect(await inPanel(page, 'showfate-title').count()).toBe(0);

    const search = inPanel(page, 'showfate-wrong-show');
    expect(await search.textContent()).toBe('Search TVmaze');
    await search.click();
    // Any title can be searched: a shorter one finds both shows too.
    await inPanel(page, 'showfate-picker-input').fill('Battlestar');
    await inPanel(page, 'showfate-picker-search').click();
    const candidates = inPanel(page, 'showfate-candidate');
    await expect.poll(() => candidates.count(), { timeout: LOOKUP_TIMEOUT }).toBe(2);
    expect(env.server.requestsTo('api.tvmaze.com').map((request) => request.path)).toContain(
      '/search/shows?q=Battlestar',
    );
    await page.locator('showfate-panel [data-testid="showfate-candidate"][data-tvmaze-id="61053"]').click();
    await expectUsersChoice(page, 61053, '2004–2009 · Syfy');
    expect(await inPanel(page, 'showfate-title').textContent()).toBe('Battlestar Galactica');

    await page.reload();
    await expectUsersChoice(page, 61053, '2004–2009 · Syfy');
    await page.close();

    // The season tab, another URL of the same Peacock asset id: its cached "not found" gave way
    // to the correction at once, not when its cache entry would have expired.
    const season = await openPage(SERVICE_PAGES.peacockBattlestarSeason.url);
    await expectUsersChoice(season, 61053, '2004–2009 · Syfy');
    await season.close();
  });
});

describe('correcting from the popup', () => {
  it("offers the same picker in the toolbar popup, and the page's panel follows the pick", async () => {
    const page = await openPage('https://www.netflix.com/title/70205012');
    await expect.poll(() => shownTvmazeId(page), { timeout: LOOKUP_TIMEOUT }).not.toBeNull();
    const before = await shownTvmazeId(page);
    const other = before === 61050 ? 61051 : 61050;
    await page.bringToFront();

    const popup = await env.session.openPopup();
    const change = popup.locator('[data-testid="showfate-current"] [data-testid="showfate-wrong-show"]');
    await expect.poll(() => change.count(), { timeout: LOOKUP_TIMEOUT }).toBe(1);
    await change.click();
    const candidates = popup.locator('[data-testid="showfate-candidate"]');
    await expect.poll(() => candidates.count(), { timeout: LOOKUP_TIMEOUT }).toBe(2);
    await popup.locator(`[data-testid="showfate-candidate"][data-tvmaze-id="${other}"]`).click();
    const link = popup.locator('[data-testid="showfate-current"] [data-testid="showfate-source-tvmaze"]');
    await expect.poll(() => link.getAttribute('href'), { timeout: LOOKUP_TIMEOUT }).toContain(`/shows/${other}/`);
    expect(
      await popup.locator('[data-testid="showfate-current"] [data-testid="showfate-match"]').textContent(),
    ).toContain('Your choice');
    await popup.close();

    await page.reload();
    await expect.poll(() => shownTvmazeId(page), { timeout: LOOKUP_TIMEOUT }).toBe(other);
    await page.close();
  });
});
