import { storage } from 'wxt/utils/storage';
import { NEWS_SOURCE_IDS, type NewsSourceId } from '../domain';
import { DEFAULT_FOLLOW_CHECK_FREQUENCY, type FollowCheckFrequency } from '../follow/follow-schedule';
import type { FollowChange, FollowedShow } from '../follow/followed-show';

/**
 * Every user setting, declared once. `local:` storage survives browser restarts and is shared by
 * the background, content scripts, popup and options page; `watch()` tells open tabs at once.
 */

/** Whether the panel is shown on streaming pages at all (the options page's main switch). */
export const overlayEnabled = storage.defineItem<boolean>('local:overlayEnabled', {
  fallback: true,
  version: 1,
});

/**
 * Whether the toolbar button carries the current tab's show status as a badge (issue 10). Show pages
 * watch it and tell the background again, so turning it on or off reaches open tabs at once.
 */
export const toolbarBadgeEnabled = storage.defineItem<boolean>('local:toolbarBadgeEnabled', {
  fallback: true,
  version: 1,
});

/** The panel collapsed to its badge: remembered across pages and tabs. */
export const panelCollapsed = storage.defineItem<boolean>('local:panelCollapsed', {
  fallback: false,
  version: 1,
});

export type NewsSourceSettings = Record<NewsSourceId, boolean>;

/** Every news source is on until the user turns it off (trade feeds also need their hosts allowed). */
export const DEFAULT_NEWS_SOURCES: NewsSourceSettings = Object.fromEntries(
  NEWS_SOURCE_IDS.map((id) => [id, true]),
) as NewsSourceSettings;

/** Which news sources the background may ask; each can be turned off in the options page. */
export const newsSources = storage.defineItem<NewsSourceSettings>('local:newsSources', {
  fallback: DEFAULT_NEWS_SOURCES,
  version: 1,
});

/** Opt-in: fetch the deciding article's own page to read facts out of it (needs a host permission). */
export const articleReadingEnabled = storage.defineItem<boolean>('local:articleReadingEnabled', {
  fallback: false,
  version: 1,
});

/**
 * Matches the user corrected by hand: `<service>:<serviceTitleId>` (or `<service>:title:<title>`)
 * → TVmaze id. Kept in settings, not in the cache, because clearing a cache must never lose them.
 */
export const matchCorrections = storage.defineItem<Record<string, number>>('local:matchCorrections', {
  fallback: {},
  version: 1,
});

/** Reads the whole news-source map, filling sources added after the user last saved it. */
export async function readNewsSources(): Promise<NewsSourceSettings> {
  return { ...DEFAULT_NEWS_SOURCES, ...(await newsSources.getValue()) };
}

/**
 * Followed shows (issue 10, point 3): data rather than a setting, kept here beside the corrections
 * for the same reason: clearing the report cache must never lose them. Written by the background
 * only (`followShow`, `unfollowShow`, imports and checks); the panel and the popup watch them.
 * Read back through `readFollowedShows` / `readFollowChanges`, which drop invalid entries.
 */
export const followedShows = storage.defineItem<FollowedShow[]>('local:followedShows', {
  fallback: [],
  version: 1,
});

/** "What changed" for followed shows, newest first, at most MAX_FOLLOW_CHANGES. */
export const followChanges = storage.defineItem<FollowChange[]>('local:followChanges', {
  fallback: [],
  version: 1,
});

/** Whether a followed show's status change raises a browser notification (the list records it either way). */
export const followNotificationsEnabled = storage.defineItem<boolean>('local:followNotificationsEnabled', {
  fallback: true,
  version: 1,
});

/** How often followed shows are re-checked in the background (FOLLOW_CHECK_FREQUENCIES). */
export const followCheckFrequency = storage.defineItem<FollowCheckFrequency>('local:followCheckFrequency', {
  fallback: DEFAULT_FOLLOW_CHECK_FREQUENCY,
  version: 1,
});
