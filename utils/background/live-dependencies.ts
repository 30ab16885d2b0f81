import { browser } from 'wxt/browser';
import { clearCache, measureCacheUsage } from '../cache/cache-usage';
import { createShowFateDatabase } from '../cache/database-handle';
import { createIndexedDbReportStore } from '../cache/report-store';
import { createTradeArticleStore } from '../cache/trade-article-store';
import { type NewsArticle, type PageShow, streamingServiceFacts } from '../domain';
import { quotedTitleMatchKeys } from '../news/headline-titles';
import { pollTradeFeeds, type TradePollResult } from '../news/poll-trade-feeds';
import { readArticleFindings } from '../news/read-article';
import { buildNewsQuery, fetchGoogleNews, titleIsAmbiguous } from '../providers/google-news';
import { omdbClient } from '../providers/omdb';
import { RATING_API_HOST_PERMISSIONS, type RatingApi } from '../providers/source-hosts';
import { tmdbClient } from '../providers/tmdb';
import { fetchTradeFeed, TRADE_FEEDS, type TradeFeed } from '../providers/trade-feeds';
import { tvmazeClient } from '../providers/tvmaze';
import { buildShowReport, type ReportSources } from '../reports/build-show-report';
import { createKeyedRatings } from '../reports/keyed-ratings';
import { createReportCache } from '../reports/report-cache';
import { correctionKey } from '../reports/report-key';
import {
  articleReadingEnabled,
  matchCorrections,
  type NewsSourceSettings,
  omdbApiKey,
  readNewsSources,
  tmdbApiKey,
  toolbarBadgeEnabled,
} from '../settings/settings';
import { resolveShow } from '../shows/resolve-show';
import { titleMatchKey } from '../text/title-match-key';
import { applyToolbarButton, type ToolbarAction, toolbarButtonFor } from '../toolbar/toolbar-badge';
import type { BackgroundDependencies } from './register-message-handlers';

/** The toolbar button's API: `action` in MV3 (Chromium), `browserAction` in Firefox's MV2. */
function toolbarAction(): ToolbarAction | undefined {
  const api = browser as unknown as { action?: ToolbarAction; browserAction?: ToolbarAction };
  return api.action ?? api.browserAction;
}

function preferredNetworks(query: PageShow): readonly string[] {
  return streamingServiceFacts(query.service).tvmazeNetworks;
}

function hasHostPermission(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** Trade feeds the user left on and whose hosts the browser lets us read. */
async function activeTradeFeeds(enabled: NewsSourceSettings): Promise<TradeFeed[]> {
  const active: TradeFeed[] = [];
  for (const feed of TRADE_FEEDS) {
    if (enabled[feed.id] && (await hasHostPermission(feed.hostPermission))) active.push(feed);
  }
  return active;
}

/** The user's key for a keyed rating API ('' when none), from `storage.local`. */
function readApiKey(api: RatingApi): Promise<string> {
  return (api === 'omdb' ? omdbApiKey : tmdbApiKey).getValue();
}

/** Wires the background's dependencies to the real network, IndexedDB and the user's settings. */
export function createLiveBackgroundDependencies(): BackgroundDependencies & {
  pollTradeFeeds(): Promise<TradePollResult[]>;
} {
  // One connection for both stores: one open, one health to report.
  const database = createShowFateDatabase();
  const store = createIndexedDbReportStore({ database });
  const tradeArticles = createTradeArticleStore({ database });

  const sources: ReportSources = {
    resolve: (query) => resolveShow(query, preferredNetworks(query), tvmazeClient),
    async correctedShow(query) {
      const tvmazeId = (await matchCorrections.getValue())[correctionKey(query)];
      return tvmazeId ? tvmazeClient.getShow(tvmazeId) : null;
    },
    async findNews(show) {
      const enabled = await readNewsSources();
      let complete = true;
      const [searched, trade] = await Promise.all([
        enabled['google-news']
          ? fetchGoogleNews(show).catch((error: unknown) => {
              console.warn('ShowFate: Google News unavailable', error);
              complete = false;
              return [];
            })
          : [],
        activeTradeFeeds(enabled)
          .then(async (feeds) => {
            if (feeds.length === 0) return [];
            const ids = new Set<string>(feeds.map((feed) => feed.id));
            return (await tradeArticles.findForShow(show.name)).filter((article) => ids.has(article.source));
          })
          // The promise says a failing source gives no articles, never an error (issue 8).
          .catch((error: unknown) => {
            console.warn('ShowFate: the trade-press index is unavailable', error);
            complete = false;
            return [];
          }),
      ]);
      return { articles: [...trade, ...searched], complete };
    },
    // News alongside resolution: the page's title is searched as it stands, and the answer kept when
    // TVmaze's show makes the same search (issue 12). A one-word title's search names the network:
    // the page's service's (Netflix on a Netflix page); without one (IMDb) it waits for TVmaze's.
    earlyNews: {
      fromPage(query) {
        const name = query.title.trim().replace(/\s+/g, ' ');
        const network = preferredNetworks(query)[0] ?? null;
        return titleIsAmbiguous(name) && network === null ? null : { name, network };
      },
      fits: (early, resolved) =>
        buildNewsQuery(early) === buildNewsQuery(resolved) &&
        titleMatchKey(early.name) === titleMatchKey(resolved.name),
    },
    readArticle: (evidence, show) =>
      readArticleFindings(evidence, show.name, {
        isEnabled: () => articleReadingEnabled.getValue(),
        isPermitted: async (url) => hasHostPermission(`${new URL(url).origin}/*`),
      }),
    keyedRatings: createKeyedRatings({
      omdb: omdbClient,
      tmdb: tmdbClient,
      readKey: readApiKey,
      isPermitted: (api) => hasHostPermission(RATING_API_HOST_PERMISSIONS[api]),
    }),
    now: Date.now,
  };

  const reports = createReportCache({ store, build: (query) => buildShowReport(query, sources) });

  /** New trade headlines about a show make its cached report stale: it is rebuilt on the next visit. */
  async function forgetReportsAbout(articles: NewsArticle[]) {
    const titles = new Set(articles.flatMap((article) => quotedTitleMatchKeys(article.headline)));
    await store.forgetReports((entry) => !!entry.report.show && titles.has(titleMatchKey(entry.report.show.name)));
  }

  return {
    reports,
    store,
    searchCandidates: async (title) => (await tvmazeClient.searchShows(title)).map((candidate) => candidate.show),
    rememberCorrection: async (query, tvmazeId) => {
      const key = correctionKey(query);
      const corrections = await matchCorrections.getValue();
      await matchCorrections.setValue({ ...corrections, [key]: tvmazeId });
      // Other pages of the same title (an episode, the modal) have reports cached under their own
      // keys: they must follow the correction on their next visit, not in 12 hours.
      await store.forgetReports((entry) => correctionKey(entry.report.query) === key);
    },
    showTabBadge: async (tabId, badge) => {
      const action = toolbarAction();
      if (!action) return;
      await applyToolbarButton(action, tabId, toolbarButtonFor(badge, await toolbarBadgeEnabled.getValue()));
    },
    checkApiKey: async (api, key) => {
      if (!(await hasHostPermission(RATING_API_HOST_PERMISSIONS[api]))) return { result: 'not-permitted' };
      return api === 'omdb' ? omdbClient.checkKey(key) : tmdbClient.checkKey(key);
    },
    extensionBaseUrl: browser.runtime.getURL('/'),
    cacheUsage: () => measureCacheUsage(database),
    clearCache: () => clearCache({ reports: store, tradeArticles }),
    pollTradeFeeds: async () =>
      pollTradeFeeds({
        feeds: await activeTradeFeeds(await readNewsSources()),
        fetchFeed: (feed) => fetchTradeFeed(feed),
        store: tradeArticles,
        onNewArticles: forgetReportsAbout,
        now: Date.now,
      }),
  };
}
