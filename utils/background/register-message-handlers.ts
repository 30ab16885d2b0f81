import type { CacheUsage } from '../cache/cache-usage';
import type { ReportStore } from '../cache/report-store';
import type { ResolvedShow } from '../domain';
import { onMessage } from '../messaging/protocol';
import {
  parseApiKeyCheck,
  parseExtensionPageRequest,
  parsePageShow,
  parseShowCorrection,
  parseShowTitle,
  parseTabBadge,
  requireExtensionPage,
} from '../messaging/validate-message';
import type { ApiKeyCheck } from '../providers/rating-api-keys';
import type { RatingApi } from '../providers/source-hosts';
import { withPageRating } from '../reports/merge-ratings';
import type { ReportCache } from '../reports/report-cache';
import type { TabBadge } from '../toolbar/toolbar-badge';

/**
 * What the background's handlers work with: the report cache, the store behind it, TVmaze's search
 * and the user's corrections. Wired to the real network and IndexedDB by `live-dependencies.ts`,
 * to fakes in tests. ("Service" is kept for streaming services.)
 */
export interface BackgroundDependencies {
  reports: ReportCache;
  store: ReportStore;
  searchCandidates: (title: string) => Promise<ResolvedShow[]>;
  rememberCorrection: (query: ReturnType<typeof parsePageShow>, tvmazeId: number) => Promise<void>;
  /** Draws (or clears, for `null`) the toolbar badge of one tab, as the user's badge setting allows. */
  showTabBadge: (tabId: number, badge: TabBadge | null) => Promise<void>;
  /** One call to `api` with `key` (when its host is allowed): whether the key works. */
  checkApiKey: (api: RatingApi, key: string) => Promise<ApiKeyCheck>;
  /** The extension's base URL ("chrome-extension://<id>/"): only its pages may use the cache controls. */
  extensionBaseUrl: string;
  /** The cache's record counts and approximate size (options page). */
  cacheUsage: () => Promise<CacheUsage>;
  /** Forgets cached reports and trade headlines; follows, corrections and settings stay. */
  clearCache: () => Promise<void>;
}

/**
 * Every message the background answers, registered at once and synchronously (MV3 may start
 * the worker just to deliver one message). Each handler validates its data first: content scripts
 * relay what hostile pages contain.
 */
export function registerMessageHandlers(background: BackgroundDependencies): void {
  // The page's own rating (IMDb's) is merged into every answer: it was read just now.
  onMessage('peekShowReport', async ({ data }) => {
    const query = parsePageShow(data);
    const report = await background.reports.peek(query);
    return report && withPageRating(report, query, Date.now());
  });
  onMessage('getShowReport', async ({ data }) => {
    const query = parsePageShow(data);
    return withPageRating(await background.reports.get(query), query, Date.now());
  });
  onMessage('getRecentShows', () => background.store.listRecent());
  onMessage('getStorageHealth', () => background.store.health());
  onMessage('searchShowCandidates', ({ data }) => background.searchCandidates(parseShowTitle(data)));
  onMessage('correctShowMatch', async ({ data }) => {
    const { query, tvmazeId } = parseShowCorrection(data);
    await background.rememberCorrection(query, tvmazeId);
    return withPageRating(await background.reports.get(query, { forceRefresh: true }), query, Date.now());
  });
  // Only a tab's own content script names its badge: an extension page has no tab to draw on.
  onMessage('showTabBadge', async ({ data, sender }) => {
    const badge = parseTabBadge(data);
    const tabId = sender?.tab?.id;
    if (typeof tabId === 'number' && tabId >= 0) await background.showTabBadge(tabId, badge);
  });
  // Only the options page checks a key: a content script (which relays pages) has no key to check.
  onMessage('checkApiKey', async ({ data, sender }) => {
    requireExtensionPage(sender, background.extensionBaseUrl);
    const { api, key } = parseApiKeyCheck(data);
    return background.checkApiKey(api, key);
  });
  onMessage('getCacheUsage', ({ data, sender }) => {
    parseExtensionPageRequest(data, sender, background.extensionBaseUrl);
    return background.cacheUsage();
  });
  onMessage('clearCache', async ({ data, sender }) => {
    parseExtensionPageRequest(data, sender, background.extensionBaseUrl);
    await background.clearCache();
    return background.cacheUsage();
  });
}
