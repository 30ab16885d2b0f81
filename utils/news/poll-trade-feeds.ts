import type { NewsArticle } from '../domain';
import type { TradeFeed } from '../providers/trade-feeds';

/** The alarm that polls the trade feeds; an hour is well inside how fast trades report decisions. */
export const TRADE_POLL_ALARM = 'poll-trade-feeds';
export const TRADE_POLL_PERIOD_MINUTES = 60;

/** Where new headlines go: the trade index (`utils/cache/trade-article-store.ts`) in the background. */
export interface TradeHeadlineStore {
  /** Adds the articles not seen before; returns the new ones. */
  add(articles: NewsArticle[], now: number): Promise<NewsArticle[]>;
}

export interface TradePollDeps {
  /** Feeds the user left on and allowed (host permission granted). */
  feeds: readonly TradeFeed[];
  fetchFeed(feed: TradeFeed): Promise<NewsArticle[]>;
  store: TradeHeadlineStore;
  /** Called with every headline not seen before, so cached reports about those shows are refreshed. */
  onNewArticles(articles: NewsArticle[]): Promise<void>;
  now(): number;
}

export interface TradePollResult {
  feed: TradeFeed['id'];
  added: number;
  error: string | null;
}

/** Fetches every feed, keeps the new headlines. One feed failing never stops the others. */
export async function pollTradeFeeds(deps: TradePollDeps): Promise<TradePollResult[]> {
  const results: TradePollResult[] = [];
  const added: NewsArticle[] = [];
  for (const feed of deps.feeds) {
    try {
      const fresh = await deps.store.add(await deps.fetchFeed(feed), deps.now());
      added.push(...fresh);
      results.push({ feed: feed.id, added: fresh.length, error: null });
    } catch (error) {
      results.push({ feed: feed.id, added: 0, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (added.length > 0) await deps.onNewArticles(added);
  return results;
}
