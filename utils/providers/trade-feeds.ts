/**
 * The trade press's own RSS feeds: where renewals and cancellations are announced first, with the
 * article's real URL (Google News only gives its own redirect). The background polls them on an
 * alarm; nothing about the user is sent, the whole feed is read.
 *
 * Their hosts are optional permissions, asked for from the options page (never at install).
 */
import { type NewsArticle, TRADE_FEED_SOURCES, TRADE_SOURCE_IDS, type TradeSourceId } from '../domain';
import { fetchText } from './http';
import { parseRssFeed } from './rss';

export interface TradeFeed {
  id: TradeSourceId;
  /** The outlet, as shown next to a headline. */
  outlet: string;
  /** The feed's URL: a constant, never taken from a page or a feed. */
  feedUrl: string;
  /** The host permission the feed and its articles need. */
  hostPermission: string;
}

/** The trade feeds, from their declaration in `utils/domain/news-sources.ts`. */
export const TRADE_FEEDS: readonly TradeFeed[] = TRADE_SOURCE_IDS.map((id) => {
  const { outlet, feedUrl } = TRADE_FEED_SOURCES[id];
  return { id, outlet, feedUrl, hostPermission: `${new URL(feedUrl).origin}/*` };
});

/** Every trade host, for the options page's permission request and the manifest's optional permissions. */
export const TRADE_HOST_PERMISSIONS: string[] = TRADE_FEEDS.map((feed) => feed.hostPermission);

/** A WordPress feed page is 10–50 items, well under a megabyte; a bigger body is not what we asked for. */
const TRADE_FEED_MAX_BYTES = 3_000_000;
const TRADE_FEED_MAX_ITEMS = 100;
const TRADE_FEED_TIMEOUT_MS = 10_000;

/** True when `url` is an https page on one of the trade outlets' hosts. */
export function tradeFeedForUrl(url: string): TradeFeed | undefined {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return undefined;
    host = parsed.host;
  } catch {
    return undefined;
  }
  return TRADE_FEEDS.find((feed) => new URL(feed.feedUrl).host === host);
}

/**
 * The feed's items as articles. Items whose link leaves the outlet's own host are dropped: an
 * article URL is only ever fetched (by opt-in article reading) on the host the user allowed.
 */
export function tradeFeedArticles(feed: TradeFeed, xml: string): NewsArticle[] {
  const host = new URL(feed.feedUrl).host;
  const articles: NewsArticle[] = [];
  for (const item of parseRssFeed(xml, { maxItems: TRADE_FEED_MAX_ITEMS })) {
    if (!item.title || !item.link || new URL(item.link).host !== host) continue;
    articles.push({
      headline: item.title,
      outlet: feed.outlet,
      url: item.link,
      published: item.published,
      source: feed.id,
    });
  }
  return articles;
}

export async function fetchTradeFeed(
  feed: TradeFeed,
  options: { fetchText?: typeof fetchText; signal?: AbortSignal } = {},
): Promise<NewsArticle[]> {
  const response = await (options.fetchText ?? fetchText)(feed.feedUrl, {
    source: feed.outlet,
    timeoutMs: TRADE_FEED_TIMEOUT_MS,
    maxBytes: TRADE_FEED_MAX_BYTES,
    signal: options.signal,
    headers: { accept: 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.8' },
  });
  return tradeFeedArticles(feed, response.text);
}
