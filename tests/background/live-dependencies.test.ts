/**
 * The background's real wiring (issue 8, point 4): real stores on fake-indexeddb, real providers
 * on a stubbed fetch that answers like TVmaze, Wikidata, Google News and Deadline, settings in the
 * fake browser's storage. Only the permissions API (absent from the fake browser) is stubbed.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLiveBackgroundDependencies } from '../../utils/background/live-dependencies';
import { openShowFateDb } from '../../utils/cache/database';
import { reportKey } from '../../utils/reports/report-key';
import { DEFAULT_NEWS_SOURCES, matchCorrections, newsSources } from '../../utils/settings/settings';
import { jsonResponse, readFixture, readJsonFixture, textResponse } from '../providers/support/fetch-stub';
import { sampleQuery } from '../support/sample-report';

/** Answers every source by URL, and counts the requests per host. */
function stubSources() {
  const requests: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      requests.push(url.host);
      const routed = (response: Response) => {
        Object.defineProperty(response, 'url', { value: url.href });
        return response;
      };
      if (url.host === 'query.wikidata.org') return routed(jsonResponse(readJsonFixture('wikidata/imdb-none.json')));
      if (url.host === 'api.tvmaze.com' && url.pathname === '/search/shows') {
        return routed(jsonResponse(readJsonFixture('tvmaze/search-the-imperfects.json')));
      }
      if (url.host === 'api.tvmaze.com' && url.pathname.startsWith('/shows/')) {
        return routed(jsonResponse(readJsonFixture('tvmaze/show-the-imperfects.json')));
      }
      if (url.host === 'news.google.com') {
        return routed(textResponse(readFixture('news/google-news-the-imperfects.xml')));
      }
      if (url.host === 'deadline.com') return routed(textResponse(readFixture('news/trade-wordpress-rss.xml')));
      return routed(textResponse('', { status: 404 }));
    }),
  );
  return requests;
}

let permitted: (origins: string[]) => Promise<boolean>;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  permitted = async () => false;
  vi.spyOn(browser.permissions, 'contains').mockImplementation(({ origins = [] }) => permitted(origins));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the live background dependencies', () => {
  it('build a report from the real sources and cache it in IndexedDB', async () => {
    const requests = stubSources();
    const background = createLiveBackgroundDependencies();
    const report = await background.reports.get(sampleQuery());
    expect(report.show?.name).toBe('The Imperfects');
    expect(report.status).toBe('canceled');
    expect(report.newsUnavailable).toBe(false);
    expect(requests).toContain('api.tvmaze.com');
    expect(requests).toContain('news.google.com');
    expect(background.store.health().state).toBe('indexeddb');
    const db = await openShowFateDb();
    expect(await db.getAllKeys('reports')).toEqual([reportKey(sampleQuery())]);
    db.close();
  });

  it('still answer when the trade-press index fails (findNews never throws)', async () => {
    stubSources();
    permitted = async () => {
      throw new Error('permissions API unavailable');
    };
    const report = await createLiveBackgroundDependencies().reports.get(sampleQuery());
    expect(report.show?.name).toBe('The Imperfects');
    expect(report.newsUnavailable).toBe(true);
  });

  it('still answer with trade feeds on when IndexedDB throws on open', async () => {
    stubSources();
    permitted = async () => true;
    globalThis.indexedDB = {
      open() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const background = createLiveBackgroundDependencies();
    const polled = await background.pollTradeFeeds();
    expect(polled.find((result) => result.feed === 'deadline')).toMatchObject({ error: null });
    const report = await background.reports.get(sampleQuery());
    expect(report.status).toBe('canceled');
    expect(report.newsUnavailable).toBe(false);
    expect(background.store.health()).toEqual({ state: 'memory', reason: 'SecurityError' });
  });

  it('poll only the feeds the user left on and allowed', async () => {
    const requests = stubSources();
    permitted = async (origins) => origins.includes('https://deadline.com/*');
    await newsSources.setValue({ ...DEFAULT_NEWS_SOURCES, tvline: false });
    await createLiveBackgroundDependencies().pollTradeFeeds();
    expect(requests).toEqual(['deadline.com']);
  });

  it('remember a correction and make the other cached pages of that title follow it', async () => {
    stubSources();
    const background = createLiveBackgroundDependencies();
    const episode = sampleQuery({ pageKind: 'player', title: 'The Imperfects' });
    await background.reports.get(sampleQuery());
    await background.reports.get({ ...episode, year: null });
    await background.rememberCorrection(sampleQuery(), 60752);
    expect(await matchCorrections.getValue()).toEqual({ 'netflix:81214929': 60752 });
    expect(await background.store.getReport(reportKey({ ...episode, year: null }))).toBeUndefined();
    const corrected = await background.reports.get(sampleQuery());
    expect(corrected.matchMethod).toBe('user-choice');
  });
});
