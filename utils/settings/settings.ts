import { storage } from 'wxt/utils/storage';
import { NEWS_SOURCE_IDS, type NewsSourceId, SERVICE_IDS, type ServiceId } from '../domain';
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

export type ServiceSettings = Record<ServiceId, boolean>;

/** Every streaming service is on until the user turns it off, from the one list of services. */
export const DEFAULT_SERVICES: ServiceSettings = Object.fromEntries(
  SERVICE_IDS.map((id) => [id, true]),
) as ServiceSettings;

/**
 * Per streaming service: whether ShowFate works on its pages (the options page's service list).
 * Off: open tabs of that service drop their panel and badge and ask nothing (show-page/index.tsx watches it).
 */
export const enabledServices = storage.defineItem<ServiceSettings>('local:enabledServices', {
  fallback: DEFAULT_SERVICES,
  version: 1,
});

/** Reads the whole service map, filling services added after the user last saved it. */
export async function readEnabledServices(): Promise<ServiceSettings> {
  return { ...DEFAULT_SERVICES, ...(await enabledServices.getValue()) };
}

/** The four corners the panel can sit in; the first is the default. */
export const PANEL_CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type PanelCorner = (typeof PANEL_CORNERS)[number];

export function isPanelCorner(value: unknown): value is PanelCorner {
  return typeof value === 'string' && (PANEL_CORNERS as readonly string[]).includes(value);
}

/** Where the panel sits on streaming pages; open panels move at once (panel-app.tsx watches it). */
export const panelCorner = storage.defineItem<PanelCorner>('local:panelCorner', {
  fallback: 'bottom-right',
  version: 1,
});

/**
 * Whether every show page opens with the panel folded to its badge. On: expanding it lasts for that
 * page only; off: the folded state is remembered across pages (`panelCollapsed`).
 */
export const panelStartsCollapsed = storage.defineItem<boolean>('local:panelStartsCollapsed', {
  fallback: false,
  version: 1,
});
/**
 * The user's OMDb API key (issue 10), or '' for none. In `local:` storage only, never `sync:`: a key
 * is the user's secret for one API, and it is sent to that API alone (utils/providers/omdb.ts).
 * Saved by the options page once OMDb accepted it.
 */
export const omdbApiKey = storage.defineItem<string>('local:omdbApiKey', {
  fallback: '',
  version: 1,
});

/**
 * The user's TMDB credential (a v3 API key or a v4 read access token), or '' for none. `local:`
 * only, like the OMDb key; sent to api.themoviedb.org alone (utils/providers/tmdb.ts).
 */
export const tmdbApiKey = storage.defineItem<string>('local:tmdbApiKey', {
  fallback: '',
  version: 1,
});

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
