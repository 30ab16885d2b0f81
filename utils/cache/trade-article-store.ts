import type { IDBPDatabase } from 'idb';
import { quotedTitleKeys } from '../news/headline-titles';
import { normalizeTitle } from '../shows/normalize-title';
import type { NewsArticle } from '../shows/show-report';
import { openShowFateDb, type ShowFateDb, type TradeArticleEntry } from './database';

/** Headlines kept: a year of the four feeds is a few thousand; older decisions are in Google News too. */
export const TRADE_ARTICLE_LIMIT = 4_000;

export interface TradeArticleStore {
  /** Adds the articles not seen before; returns the new ones. */
  add(articles: NewsArticle[], now: number): Promise<NewsArticle[]>;
  /** Trade articles that may be about the show: those quoting its title, else those naming it. */
  findForShow(showName: string): Promise<NewsArticle[]>;
}

function toEntry(article: NewsArticle, now: number): TradeArticleEntry {
  const publishedAt = article.published ? Date.parse(article.published) : 0;
  return {
    ...article,
    titleKeys: quotedTitleKeys(article.headline),
    publishedAt: Number.isNaN(publishedAt) ? 0 : publishedAt,
    storedAt: now,
  };
}

function toArticle({ headline, outlet, url, published, source }: TradeArticleEntry): NewsArticle {
  return { headline, outlet, url, published, source };
}

export function createTradeArticleStore(
  open: () => Promise<IDBPDatabase<ShowFateDb>> = openShowFateDb,
): TradeArticleStore {
  let database: Promise<IDBPDatabase<ShowFateDb>> | undefined;
  const db = () => {
    database ??= open();
    return database;
  };

  return {
    async add(articles, now) {
      const tx = (await db()).transaction('tradeArticles', 'readwrite');
      const added: NewsArticle[] = [];
      for (const article of articles) {
        if (await tx.store.getKey(article.url)) continue;
        await tx.store.put(toEntry(article, now));
        added.push(article);
      }
      // Prune the oldest beyond the limit.
      const excess = (await tx.store.count()) - TRADE_ARTICLE_LIMIT;
      let cursor = excess > 0 ? await tx.store.index('by-published-at').openCursor() : null;
      for (let removed = 0; cursor && removed < excess; removed += 1) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
      await tx.done;
      return added;
    },

    async findForShow(showName) {
      const key = normalizeTitle(showName);
      if (!key) return [];
      const store = (await db()).transaction('tradeArticles').store;
      const quoted = await store.index('by-title').getAll(key);
      if (quoted.length > 0) return quoted.map(toArticle);
      // Some outlets don't quote titles (TVLine: "Grey's Anatomy Renewed for Season 22"): look for
      // the name as whole words among the headlines that quote nothing. The classifier decides the rest.
      const unquoted = (await store.getAll()).filter((entry) => entry.titleKeys.length === 0);
      return unquoted.filter((entry) => ` ${normalizeTitle(entry.headline)} `.includes(` ${key} `)).map(toArticle);
    },
  };
}
