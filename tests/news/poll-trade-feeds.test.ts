/** @vitest-environment node */
import { describe, expect, it, vi } from 'vitest';
import type { TradeArticleStore } from '../../utils/cache/trade-article-store';
import type { NewsArticle } from '../../utils/domain';
import { pollTradeFeeds } from '../../utils/news/poll-trade-feeds';
import { TRADE_FEEDS } from '../../utils/providers/trade-feeds';

const article = (headline: string, source: NewsArticle['source'] = 'deadline'): NewsArticle => ({
  headline,
  outlet: 'Deadline',
  url: `https://deadline.com/${encodeURIComponent(headline)}/`,
  published: '2024-01-01T00:00:00.000Z',
  source,
});

function memoryTradeStore(): TradeArticleStore & { urls: Set<string> } {
  const urls = new Set<string>();
  return {
    urls,
    async add(articles) {
      const fresh = articles.filter((a) => !urls.has(a.url));
      for (const a of fresh) urls.add(a.url);
      return fresh;
    },
    async findForShow() {
      return [];
    },
    async clear() {
      const cleared = urls.size;
      urls.clear();
      return cleared;
    },
  };
}

describe('polling the trade press', () => {
  it('keeps the new headlines of every feed and reports them once', async () => {
    const store = memoryTradeStore();
    const onNewArticles = vi.fn(async () => {});
    const fetchFeed = vi.fn(async () => [article('‘A’ Canceled'), article('‘B’ Renewed')]);
    const first = await pollTradeFeeds({
      feeds: TRADE_FEEDS.slice(0, 1),
      fetchFeed,
      store,
      onNewArticles,
      now: () => 1,
    });
    expect(first).toEqual([{ feed: 'deadline', added: 2, error: null }]);
    expect(onNewArticles).toHaveBeenCalledTimes(1);

    const second = await pollTradeFeeds({
      feeds: TRADE_FEEDS.slice(0, 1),
      fetchFeed,
      store,
      onNewArticles,
      now: () => 2,
    });
    expect(second).toEqual([{ feed: 'deadline', added: 0, error: null }]);
    expect(onNewArticles).toHaveBeenCalledTimes(1);
  });

  it('goes on with the other feeds when one fails', async () => {
    const store = memoryTradeStore();
    const fetchFeed = vi.fn(async (feed: (typeof TRADE_FEEDS)[number]) => {
      if (feed.id === 'deadline') throw new Error('Deadline unavailable (timeout)');
      return [article(`‘${feed.id}’ Renewed`, feed.id)];
    });
    const results = await pollTradeFeeds({
      feeds: TRADE_FEEDS,
      fetchFeed,
      store,
      onNewArticles: async () => {},
      now: () => 1,
    });
    expect(results[0]).toEqual({ feed: 'deadline', added: 0, error: 'Deadline unavailable (timeout)' });
    expect(results.slice(1).every((result) => result.added === 1 && result.error === null)).toBe(true);
    expect(store.urls.size).toBe(TRADE_FEEDS.length - 1);
  });

  it('asks nothing when no feed is on', async () => {
    const fetchFeed = vi.fn();
    expect(
      await pollTradeFeeds({
        feeds: [],
        fetchFeed,
        store: memoryTradeStore(),
        onNewArticles: async () => {},
        now: () => 1,
      }),
    ).toEqual([]);
    expect(fetchFeed).not.toHaveBeenCalled();
  });
});
