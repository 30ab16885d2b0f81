import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CacheUsage } from '../cache/cache-usage';
import type { RecentShow } from '../cache/database';
import type { StorageHealth } from '../cache/database-handle';
import type { PageShow, ResolvedShow, ShowReport } from '../domain';
import type { FollowImportResult } from '../follow/follow-file';
import type { FollowCheckSummary, FollowedShow, FollowState } from '../follow/followed-show';
import type { ApiKeyCheck } from '../providers/rating-api-keys';
import type { RatingApi } from '../providers/source-hosts';
import type { ReadingLayer } from '../services/service';
import type { TabBadge } from '../toolbar/toolbar-badge';

/** What the content script of a tab knows about its page, for the popup. */
export type PageState =
  /**
   * The page is about one show, read from `layer` (page data, structured data, markup, tab title);
   * `path` is the page's URL path, without query or hash (for "Copy page details").
   */
  | { state: 'show'; show: PageShow; layer: ReadingLayer; path: string }
  /** A show page whose markup is still rendering. */
  | { state: 'reading' }
  /** A show page's URL, but no layer of the page held anything we could read (a redesign?). */
  | { state: 'unrecognized'; service: string; path: string }
  /** A page of a supported service that is not about one show (home, search, account). */
  | { state: 'not-a-show-page'; service: string; path: string };

/**
 * The one message protocol of ShowFate. Every message the background receives is validated
 * (utils/messaging/validate-message.ts) before use: pages can talk to content scripts, so their
 * data is untrusted.
 */
export interface ShowFateProtocol {
  /** The cached report at any age, for an instant first paint. */
  peekShowReport(query: PageShow): ShowReport | null;
  /** A fresh report (cache when young, else network; last known report when offline). */
  getShowReport(query: PageShow): ShowReport;
  /** Shows the user saw recently, newest first. */
  getRecentShows(): RecentShow[];
  /** TVmaze candidates for "wrong show?": the user picks the right one. */
  searchShowCandidates(title: string): ResolvedShow[];
  /** Remembers the user's pick for this page's show and returns the report for it. */
  correctShowMatch(data: { query: PageShow; tvmazeId: number }): ShowReport;
  /** Whether the cache works (IndexedDB) or ShowFate runs from memory: the popup says so. */
  getStorageHealth(): StorageHealth;
  /**
   * From a show page's content script: its show's status for the tab's toolbar badge, or `null` to
   * clear it (the page left the show, or the lookup is still running).
   */
  showTabBadge(badge: TabBadge | null): void;
  /** Sent to a tab's content script: what that page is about. */
  getPageState(): PageState;
  /**
   * From the options page only: one call to `api` with `key`, to say whether the key works before it
   * is saved (issue 10). The key goes to that API alone.
   */
  checkApiKey(data: { api: RatingApi; key: string }): ApiKeyCheck;
  /** From the options page only: how many reports and trade headlines are cached, and their size. */
  getCacheUsage(): CacheUsage;
  /** From the options page only: forgets cached reports and trade headlines (nothing else); the usage after. */
  clearCache(): CacheUsage;
  /** Follows the show of a page's query (the panel's or the popup's "Follow"), with ShowFate's own report of it. */
  followShow(query: PageShow): FollowedShow;
  /** Stops following a show, by TVmaze id. */
  unfollowShow(tvmazeId: number): void;
  /** The followed shows and "what changed" (the panel and the popup then watch the storage items). */
  getFollowState(): FollowState;
  /** Extension pages only: re-checks every followed show now (the popup's "Check now"). */
  checkFollowedNow(): FollowCheckSummary;
  /** Extension pages only: the followed list as a versioned JSON file's text. */
  exportFollowedShows(): string;
  /** Extension pages only: validates a whole exported file, then merges it into the followed list. */
  importFollowedShows(fileText: string): FollowImportResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ShowFateProtocol>();
