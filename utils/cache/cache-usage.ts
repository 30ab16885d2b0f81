import type { IDBPDatabase } from 'idb';
import type { ShowFateDb } from './database';
import { type ShowFateDatabase, withDatabase } from './database-handle';
import type { ReportStore } from './report-store';
import type { TradeArticleStore } from './trade-article-store';

/**
 * What the options page says about the cache: how many reports and trade headlines are kept, and
 * about how much room they take. Only these two stores are the cache: the "recently seen" list,
 * corrections, follows and settings are the user's own and are neither counted nor cleared.
 */
export interface CacheUsage {
  reports: number;
  articles: number;
  /** The records' size as UTF-8 JSON: close to, not exactly, what IndexedDB keeps on disk. */
  bytes: number;
  /** False when IndexedDB is not in use (memory only): nothing is kept across restarts then. */
  persistent: boolean;
}

const encoder = new TextEncoder();

async function measureStore(
  db: IDBPDatabase<ShowFateDb>,
  name: 'reports' | 'tradeArticles',
): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  // A cursor, not getAll(): a few thousand records are read one at a time, never all held at once.
  for (let cursor = await db.transaction(name).store.openCursor(); cursor; cursor = await cursor.continue()) {
    count += 1;
    bytes += encoder.encode(JSON.stringify(cursor.value)).length;
  }
  return { count, bytes };
}

/** Counts and sizes the two cache stores of the open database (zeros while it runs from memory). */
export function measureCacheUsage(database: ShowFateDatabase): Promise<CacheUsage> {
  return withDatabase<CacheUsage>(
    database,
    async (db) => {
      const [reports, articles] = await Promise.all([measureStore(db, 'reports'), measureStore(db, 'tradeArticles')]);
      return {
        reports: reports.count,
        articles: articles.count,
        bytes: reports.bytes + articles.bytes,
        persistent: true,
      };
    },
    async () => ({ reports: 0, articles: 0, bytes: 0, persistent: false }),
  );
}

/**
 * "Clear cache": every cached report and trade headline, in IndexedDB and in memory. Lookups start
 * afresh (the trade index refills on the next hourly poll); the recently-seen list, corrections,
 * follows and settings live elsewhere and stay.
 */
export async function clearCache(stores: { reports: ReportStore; tradeArticles: TradeArticleStore }): Promise<void> {
  await Promise.all([stores.reports.forgetReports(() => true), stores.tradeArticles.clear()]);
}
