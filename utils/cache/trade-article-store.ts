import type { IDBPDatabase } from 'idb';
import type { NewsArticle } from '../domain';
import { quotedTitleMatchKeys } from '../news/headline-titles';
import { titleMatchKey } from '../text/title-match-key';
import type { ShowFateDb, TradeArticleEntry } from './database';
import { createShowFateDatabase, type ShowFateDatabase, withDatabase } from './database-handle';
import { readTradeArticle } from './record-schemas';

/** Headlines kept: a year of the four feeds is a few thousand; older decisions are in Google News too. */
export const TRADE_ARTICLE_LIMIT = 4_000;

export interface TradeArticleStore {
  /** Adds the articles not seen before; returns the new ones. */
  add(articles: NewsArticle[], now: number): Promise<NewsArticle[]>;
  /** Trade articles that may be about the show: those quoting its title, else those naming it. */
  findForShow(showName: string): Promise<NewsArticle[]>;
  /** Forgets every headline ("Clear cache" in the options); returns how many were kept. Feeds refill it. */
  clear(): Promise<number>;
}

function toEntry(article: NewsArticle, now: number): TradeArticleEntry {
  const publishedAt = article.published ? Date.parse(article.published) : 0;
  return {
    ...article,
    titleKeys: quotedTitleMatchKeys(article.headline),
    publishedAt: Number.isNaN(publishedAt) ? 0 : publishedAt,
    storedAt: now,
  };
}

function toArticle({ headline, outlet, url, published, source }: TradeArticleEntry): NewsArticle {
  return { headline, outlet, url, published, source };
}

/** Quoting the show's title first; else, among headlines that quote nothing, naming it as whole words. */
function pickForShow(entries: Iterable<TradeArticleEntry>, key: string): TradeArticleEntry[] {
  const all = [...entries];
  const quoted = all.filter((entry) => entry.titleKeys.includes(key));
  if (quoted.length > 0) return quoted;
  // Some outlets don't quote titles (TVLine: "Grey's Anatomy Renewed for Season 22"): look for
  // the name as whole words among the headlines that quote nothing. The classifier decides the rest.
  return all.filter(
    (entry) => entry.titleKeys.length === 0 && ` ${titleMatchKey(entry.headline)} `.includes(` ${key} `),
  );
}

/** The trade index in memory: used when IndexedDB can't be, pruned in the order headlines were seen. */
export function createMemoryTradeArticleStore(limit = TRADE_ARTICLE_LIMIT): TradeArticleStore {
  const entries = new Map<string, TradeArticleEntry>();
  return {
    async add(articles, now) {
      const added: NewsArticle[] = [];
      for (const article of articles) {
        if (entries.has(article.url)) continue;
        entries.set(article.url, toEntry(article, now));
        added.push(article);
      }
      for (const url of entries.keys()) {
        if (entries.size <= limit) break;
        entries.delete(url);
      }
      return added;
    },
    async findForShow(showName) {
      const key = titleMatchKey(showName);
      return key ? pickForShow(entries.values(), key).map(toArticle) : [];
    },
    async clear() {
      const cleared = entries.size;
      entries.clear();
      return cleared;
    },
  };
}

export interface TradeArticleStoreOptions {
  database?: ShowFateDatabase;
  open?: () => Promise<IDBPDatabase<ShowFateDb>>;
  onFallback?: (error: unknown) => void;
  limit?: number;
}

/**
 * The trade index in IndexedDB, with the same memory fallback as the report store (issue 8): a
 * broken IndexedDB must not fail lookups once trade feeds are on. Headlines added while IndexedDB
 * failed live in memory, and lookups read both. Records are validated on read; the oldest *seen*
 * are pruned first, so a headline dated 2099 can't outlive everything else.
 */
export function createTradeArticleStore(options: TradeArticleStoreOptions = {}): TradeArticleStore {
  const limit = options.limit ?? TRADE_ARTICLE_LIMIT;
  const database =
    options.database ??
    createShowFateDatabase({
      ...(options.open ? { open: options.open } : {}),
      ...(options.onFallback ? { onFallback: options.onFallback } : {}),
    });
  const memory = createMemoryTradeArticleStore(limit);

  const withDb = <T>(action: (db: IDBPDatabase<ShowFateDb>) => Promise<T>, fallback: () => Promise<T>) =>
    withDatabase(database, action, fallback);

  return {
    add: (articles, now) =>
      withDb(
        async (db) => {
          const tx = db.transaction('tradeArticles', 'readwrite');
          const added: NewsArticle[] = [];
          for (const article of articles) {
            if (await tx.store.getKey(article.url)) continue;
            await tx.store.put(toEntry(article, now));
            added.push(article);
          }
          // Prune the first seen beyond the limit.
          const excess = (await tx.store.count()) - limit;
          let cursor = excess > 0 ? await tx.store.index('by-stored-at').openCursor() : null;
          for (let removed = 0; cursor && removed < excess; removed += 1) {
            await cursor.delete();
            cursor = await cursor.continue();
          }
          await tx.done;
          return added;
        },
        () => memory.add(articles, now),
      ),

    async findForShow(showName) {
      const key = titleMatchKey(showName);
      if (!key) return [];
      const stored = await withDb(
        async (db) => {
          const store = db.transaction('tradeArticles').store;
          const quoted = await store.index('by-title').getAll(key);
          const candidates = quoted.length > 0 ? quoted : await store.getAll();
          const valid: TradeArticleEntry[] = [];
          for (const raw of candidates as unknown[]) {
            const entry = readTradeArticle(raw);
            if (entry) valid.push(entry);
          }
          return pickForShow(valid, key).map(toArticle);
        },
        async () => [],
      );
      const seen = new Set(stored.map((article) => article.url));
      return [...stored, ...(await memory.findForShow(showName)).filter((article) => !seen.has(article.url))];
    },

    async clear() {
      const fromMemory = await memory.clear();
      const fromDb = await withDb(
        async (db) => {
          const tx = db.transaction('tradeArticles', 'readwrite');
          const count = await tx.store.count();
          await tx.store.clear();
          await tx.done;
          return count;
        },
        async () => 0,
      );
      return fromMemory + fromDb;
    },
  };
}
