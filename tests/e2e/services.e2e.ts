/**
 * Every other streaming service end to end: the built extension in Debian's Chromium on each
 * service's real host names (answered by the local fixture server with the services' saved markup,
 * support/service-pages.ts), api.tvmaze.com and news.google.com answered from the fixture world.
 * Per service: a show page gets the right status and show, a player page the right show collapsed,
 * a film page no panel. Then single-page navigation on Disney+, and redesigned pages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionEnvironment } from './support/environment';
import { FIXTURE_HOSTS } from './support/fixture-server';
import { collapseToggle, inPanel, panelHostCount, panelTitle, statusOf } from './support/panel';
import { DISNEY_APP_URLS, SERVICE_HOSTS, SERVICE_PAGES, type ServicePageName } from './support/service-pages';
import { LOOKUP_TIMEOUT, UI_TIMEOUT } from './support/timeouts';

const env = useExtensionEnvironment();

const panelMatch = (page: Page) => inPanel(page, 'showfate-match');

/** A service page by its name in support/service-pages.ts, or any URL. */
function openPage(name: ServicePageName | string): Promise<Page> {
  return env.openPage(name in SERVICE_PAGES ? SERVICE_PAGES[name as ServicePageName].url : name);
}

/**
 * Opens the popup for `page`'s tab until it shows `testId` (the popup reads the tab's state once, when
 * it opens: a page still being read needs another look). Returns the popup, open.
 */
async function popupShowing(page: Page, testId: string, timeout = LOOKUP_TIMEOUT): Promise<Page> {
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.bringToFront();
    const popup = await env.session.openPopup();
    const current = popup.locator(`[data-testid="showfate-current"] [data-testid="${testId}"]`);
    // The popup asks the tab, then (for a show) the background: give it a moment to answer.
    const found = await expect
      .poll(() => current.count(), { timeout: 2_000, interval: 100 })
      .toBe(1)
      .then(
        () => true,
        () => false,
      );
    if (found) return popup;
    const shown = await popup.locator('[data-testid="showfate-current"]').textContent();
    await popup.close();
    if (Date.now() > deadline) throw new Error(`The popup for ${page.url()} never showed ${testId}; it said: ${shown}`);
  }
}

interface ExpectedShow {
  page: ServicePageName;
  name: string;
  status: string;
  /** 'title' when TVmaze was searched by the page's title, 'exact' when the page gave an IMDb id. */
  match: 'title' | 'exact';
}

/** The panel on a show page: expanded, with the status, the resolved show and how it was matched. */
async function expectShowPanel(expected: ExpectedShow) {
  const page = await openPage(expected.page);
  await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe(expected.status);
  expect(await panelTitle(page).textContent()).toBe(expected.name);
  if (expected.match === 'title') {
    expect(await panelMatch(page).textContent()).toContain('Matched by title');
  } else {
    expect(await panelMatch(page).count()).toBe(0);
  }
  const toggle = collapseToggle(page);
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  expect(await page.locator('showfate-panel').count()).toBe(1);
  await page.close();
}

/** The panel on a player page: collapsed to its badge, the right show once expanded. */
async function expectPlayerPanel(expected: ExpectedShow) {
  const page = await openPage(expected.page);
  await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe(expected.status);
  const toggle = collapseToggle(page);
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await panelTitle(page).count()).toBe(0);
  await toggle.click();
  await expect.poll(() => panelTitle(page).textContent()).toBe(expected.name);
  if (expected.match === 'title') {
    expect(await panelMatch(page).textContent()).toContain('Matched by title');
  } else {
    expect(await panelMatch(page).count()).toBe(0);
  }
  await page.close();
}

/**
 * A film page: the content script reads it (the popup says "film", so this is not a page that simply
 * hasn't been read yet), and shows no panel; TVmaze is never asked about the film.
 */
async function expectFilmWithoutPanel(pageName: ServicePageName, filmName: string) {
  const page = await openPage(pageName);
  const popup = await popupShowing(page, 'showfate-film');
  expect(await popup.locator('[data-testid="showfate-film"]').textContent()).toContain(filmName);
  await popup.close();
  expect(await panelHostCount(page)).toBe(0);
  const searched = env.server.requestsTo('api.tvmaze.com').map((request) => decodeURIComponent(request.path));
  expect(searched.filter((path) => path.includes(filmName))).toEqual([]);
  await page.close();
}

interface ServiceCase {
  service: string;
  shows: ExpectedShow[];
  players: ExpectedShow[];
  film: { page: ServicePageName; name: string };
}

const SERVICES: ServiceCase[] = [
  {
    service: 'Prime Video',
    shows: [
      { page: 'primeVideoSeries', name: 'The Boys', status: 'ending', match: 'title' },
      // Amazon's store: a later season's page (its year badge is that season's, not the premiere's).
      { page: 'primeVideoAmazonSeason4', name: 'The Boys', status: 'ending', match: 'title' },
    ],
    players: [{ page: 'primeVideoPlayer', name: 'The Boys', status: 'ending', match: 'title' }],
    film: { page: 'primeVideoFilm', name: 'Road House' },
  },
  {
    service: 'Disney+',
    shows: [{ page: 'disneyPlusSeries', name: 'The Mandalorian', status: 'pending', match: 'title' }],
    players: [{ page: 'disneyPlusPlayer', name: 'Loki', status: 'ended', match: 'title' }],
    film: { page: 'disneyPlusFilm', name: 'Encanto' },
  },
  {
    service: 'Hulu',
    shows: [{ page: 'hulu', name: 'The Bear', status: 'airing', match: 'title' }],
    players: [{ page: 'huluPlayer', name: 'The Bear', status: 'airing', match: 'title' }],
    film: { page: 'huluFilm', name: 'Prey' },
  },
  {
    service: 'Max',
    shows: [
      { page: 'maxSeries', name: 'The Last of Us', status: 'renewed', match: 'title' },
      { page: 'maxHbomaxSeries', name: 'Succession', status: 'ended', match: 'title' },
      { page: 'maxHbomaxMarketing', name: 'Succession', status: 'ended', match: 'title' },
    ],
    players: [{ page: 'maxPlayer', name: 'The Last of Us', status: 'renewed', match: 'title' }],
    film: { page: 'maxFilm', name: 'Dune' },
  },
  {
    service: 'Apple TV+',
    shows: [{ page: 'appleTvSeries', name: 'Severance', status: 'renewed', match: 'title' }],
    players: [
      { page: 'appleTvPlayer', name: 'Severance', status: 'renewed', match: 'title' },
      // An episode linked without ?showId=: the show is read off the page header's link.
      { page: 'appleTvPlayerLinkOnly', name: 'Ted Lasso', status: 'revived', match: 'title' },
    ],
    film: { page: 'appleTvFilm', name: 'Killers of the Flower Moon' },
  },
  {
    service: 'Paramount+',
    shows: [{ page: 'paramountPlusSeries', name: 'Tulsa King', status: 'canceled', match: 'title' }],
    players: [{ page: 'paramountPlusPlayer', name: 'Tulsa King', status: 'canceled', match: 'title' }],
    film: { page: 'paramountPlusFilm', name: 'Top Gun: Maverick' },
  },
  {
    service: 'Peacock',
    shows: [
      { page: 'peacockSeries', name: 'The Office', status: 'ended', match: 'title' },
      { page: 'peacockCatalogue', name: 'The Office', status: 'ended', match: 'title' },
    ],
    players: [{ page: 'peacockPlayer', name: 'The Office', status: 'ended', match: 'title' }],
    film: { page: 'peacockFilm', name: 'Oppenheimer' },
  },
  {
    service: 'IMDb',
    shows: [
      { page: 'imdbSeries', name: 'Breaking Bad', status: 'ended', match: 'exact' },
      // An episode's page is about its series: the series' tt id, from the episode's link up to it.
      { page: 'imdbEpisode', name: 'Breaking Bad', status: 'ended', match: 'exact' },
    ],
    // IMDb's "player" is a title's trailer page.
    players: [{ page: 'imdbPlayer', name: 'Breaking Bad', status: 'ended', match: 'exact' }],
    film: { page: 'imdbFilm', name: 'Oppenheimer' },
  },
];

it('maps every service host to the fixture server', () => {
  expect(SERVICE_HOSTS.filter((host) => !(FIXTURE_HOSTS as readonly string[]).includes(host))).toEqual([]);
});

describe.each(SERVICES)('$service', ({ shows, players, film }) => {
  it.each(shows)('show page $page: $name, $status', (expected) => expectShowPanel(expected));
  it.each(players)('player page $page: $name collapsed, $status', (expected) => expectPlayerPanel(expected));
  it(`film page ${film.page}: ${film.name} gets no panel`, () => expectFilmWithoutPanel(film.page, film.name));
});

describe('IMDb exact ids', () => {
  it('looks the tt id up on TVmaze, never searching by title', async () => {
    const before = env.server.requestsTo('api.tvmaze.com').length;
    const page = await openPage('imdbSeries');
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('ended');
    const asked = env.server
      .requestsTo('api.tvmaze.com')
      .slice(before)
      .map((request) => request.path);
    // Answered from the cache when an earlier test looked it up; else one exact lookup.
    expect(asked.filter((path) => path.startsWith('/search') || path.startsWith('/singlesearch'))).toEqual([]);
    expect(await inPanel(page, 'showfate-source-tvmaze').getAttribute('href')).toBe(
      'https://www.tvmaze.com/shows/61110/breaking-bad',
    );
    await page.close();
  });
});

describe('Disney+ single-page app', () => {
  it('follows in-app navigation without a reload: show → show → home → back', async () => {
    const page = await openPage(DISNEY_APP_URLS.Loki!);
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('ended');
    expect(await panelTitle(page).textContent()).toBe('Loki');
    await page.evaluate(() => {
      (window as unknown as { loadMarker: number }).loadMarker = 7;
    });

    // Another show's details, by pushState: the head's JSON-LD still names Loki.
    const lokiSearches = () =>
      env.server.requestsTo('api.tvmaze.com').filter((request) => /[?&]q=Loki\b/i.test(request.path)).length;
    const searchesBefore = lokiSearches();
    await page.click('[data-testid="suggested"]');
    await expect.poll(() => panelTitle(page).textContent(), { timeout: LOOKUP_TIMEOUT }).toBe('The Mandalorian');
    expect(page.url()).toBe(DISNEY_APP_URLS['The Mandalorian']);
    // The stale markup was not taken for the new page: no lookup of "Loki" under The Mandalorian's id.
    expect(lokiSearches()).toBe(searchesBefore);
    await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe('pending');
    expect(await panelHostCount(page)).toBe(1);

    // Home is no show's page: the panel goes.
    await page.click('[data-testid="nav-home"]');
    await expect.poll(() => panelHostCount(page), { timeout: UI_TIMEOUT }).toBe(0);

    // Back (popstate) to the details: the panel comes back.
    await page.goBack();
    await expect.poll(() => panelTitle(page).count(), { timeout: LOOKUP_TIMEOUT }).toBe(1);
    await expect.poll(() => panelTitle(page).textContent(), { timeout: LOOKUP_TIMEOUT }).toBe('The Mandalorian');
    expect(await panelHostCount(page)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { loadMarker?: number }).loadMarker)).toBe(7);
    await page.close();
  });
});

describe('a redesigned page at a show URL', () => {
  const REDESIGNED: ServicePageName[] = [
    'primeVideoRedesigned',
    'disneyPlusRedesigned',
    'huluRedesigned',
    'maxRedesigned',
    'appleTvRedesigned',
    'paramountPlusRedesigned',
    'peacockRedesigned',
    'imdbRedesigned',
  ];

  it("gets no panel and no page error, and the popup says it wasn't recognized", async () => {
    // All at once: the content script gives up on each after 10 s. A readable page among them shows
    // that each popup is about its own tab.
    const pages = await Promise.all(REDESIGNED.map((name) => openPage(name)));
    const readable = await openPage('peacockCatalogue');
    for (const page of pages) {
      const popup = await popupShowing(page, 'showfate-unrecognized');
      expect(await popup.locator('[data-testid="showfate-unrecognized"]').textContent()).toContain(
        "This page wasn't recognized",
      );
      await popup.close();
      expect(await panelHostCount(page)).toBe(0);
    }
    const popup = await popupShowing(readable, 'showfate-title');
    expect(await popup.locator('[data-testid="showfate-current"] [data-testid="showfate-title"]').textContent()).toBe(
      'The Office',
    );
    await popup.close();
    expect(await panelHostCount(readable)).toBe(1);
    expect(env.pageErrors).toEqual([]);
    for (const page of [...pages, readable]) await page.close();
  });
});
