/**
 * Every news source ShowFate reads, declared once. Google News is searched by the show's name; the
 * trade press's feeds are read whole (nothing is sent) once the user allows their hosts. The
 * provider (`utils/providers/trade-feeds.ts`), the settings' defaults, the cache's record schema,
 * the options page and the manifest's optional host permissions are all derived from this table.
 */

export interface TradeFeedSource {
  /** The outlet, as shown next to a headline. */
  outlet: string;
  /** The outlet as the options page lists it (which of its feeds is read). */
  optionsName: string;
  /** The feed's URL: a constant, never taken from a page or a feed. Its host is the permission asked for. */
  feedUrl: string;
}

export const TRADE_FEED_SOURCES = {
  deadline: { outlet: 'Deadline', optionsName: 'Deadline (TV)', feedUrl: 'https://deadline.com/v/tv/feed/' },
  tvline: { outlet: 'TVLine', optionsName: 'TVLine', feedUrl: 'https://tvline.com/feed/' },
  variety: { outlet: 'Variety', optionsName: 'Variety (TV)', feedUrl: 'https://variety.com/v/tv/feed/' },
  'whats-on-netflix': {
    outlet: "What's on Netflix",
    optionsName: "What's on Netflix",
    feedUrl: 'https://www.whats-on-netflix.com/feed/',
  },
} as const satisfies Record<string, TradeFeedSource>;

export type TradeSourceId = keyof typeof TRADE_FEED_SOURCES;
export const TRADE_SOURCE_IDS = Object.keys(TRADE_FEED_SOURCES) as [TradeSourceId, ...TradeSourceId[]];

/** Where a news headline came from: the search, or one trade feed. */
export type NewsSourceId = 'google-news' | TradeSourceId;
export const NEWS_SOURCE_IDS: readonly [NewsSourceId, ...NewsSourceId[]] = ['google-news', ...TRADE_SOURCE_IDS];
