import type { IDBPDatabase } from 'idb';
import { type CachedReport, openShowFateDb, type RecentShow, type ShowFateDb } from './database';

/** How many shows the popup's "recently seen" list keeps. */
export const RECENT_LIMIT = 30;

/** Where reports and the recent list are kept: IndexedDB, or memory when IndexedDB fails. */
export interface ReportStore {
  getReport(key: string): Promise<CachedReport | undefined>;
  putReport(entry: CachedReport): Promise<void>;
  /** Drops the cached reports `stale` picks (new trade news about their show): they rebuild on next visit. */
  forgetReports(stale: (entry: CachedReport) => boolean): Promise<number>;
  markSeen(entry: RecentShow): Promise<void>;
  listRecent(limit?: number): Promise<RecentShow[]>;
}

/** The slower but working path: a private window or a broken profile can refuse IndexedDB. */
export function createMemoryReportStore(): ReportStore {
  const reports = new Map<string, CachedReport>();
  const recent = new Map<string, RecentShow>();
  return {
    async getReport(key) {
      return reports.get(key);
    },
    async putReport(entry) {
      reports.set(entry.key, entry);
    },
    async forgetReports(stale) {
      let forgotten = 0;
      for (const entry of [...reports.values()]) {
        if (stale(entry) && reports.delete(entry.key)) forgotten += 1;
      }
      return forgotten;
    },
    async markSeen(entry) {
      recent.set(entry.key, entry);
      const newestFirst = [...recent.values()].sort((a, b) => b.seenAt - a.seenAt);
      for (const old of newestFirst.slice(RECENT_LIMIT)) recent.delete(old.key);
    },
    async listRecent(limit = RECENT_LIMIT) {
      return [...recent.values()].sort((a, b) => b.seenAt - a.seenAt).slice(0, limit);
    },
  };
}

/**
 * The IndexedDB store. Opening is lazy and happens once; if it fails (or any later operation
 * does), every call from then on goes to the memory store, so the extension keeps working
 * without a cache instead of failing every lookup.
 */
export function createIndexedDbReportStore(
  open: () => Promise<IDBPDatabase<ShowFateDb>> = openShowFateDb,
  onFallback: (error: unknown) => void = (error) =>
    console.warn('ShowFate: IndexedDB unavailable, caching in memory', error),
): ReportStore {
  const memory = createMemoryReportStore();
  let database: Promise<IDBPDatabase<ShowFateDb> | null> | undefined;

  function db(): Promise<IDBPDatabase<ShowFateDb> | null> {
    database ??= open().catch((error: unknown) => {
      onFallback(error);
      return null;
    });
    return database;
  }

  async function withDb<T>(
    action: (db: IDBPDatabase<ShowFateDb>) => Promise<T>,
    fallback: () => Promise<T>,
  ): Promise<T> {
    const opened = await db();
    if (!opened) return fallback();
    try {
      return await action(opened);
    } catch (error) {
      onFallback(error);
      database = Promise.resolve(null);
      return fallback();
    }
  }

  return {
    getReport: (key) =>
      withDb(
        (d) => d.get('reports', key),
        () => memory.getReport(key),
      ),
    putReport: (entry) =>
      withDb(
        async (d) => {
          await d.put('reports', entry);
        },
        () => memory.putReport(entry),
      ),
    forgetReports: (stale) =>
      withDb(
        async (d) => {
          const tx = d.transaction('reports', 'readwrite');
          let forgotten = 0;
          for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
            if (!stale(cursor.value)) continue;
            await cursor.delete();
            forgotten += 1;
          }
          await tx.done;
          return forgotten;
        },
        () => memory.forgetReports(stale),
      ),
    markSeen: (entry) =>
      withDb(
        async (d) => {
          const tx = d.transaction('recent', 'readwrite');
          await tx.store.put(entry);
          // Prune the oldest beyond the limit, walking the index newest first.
          let cursor = await tx.store.index('by-seen-at').openCursor(null, 'prev');
          let kept = 0;
          while (cursor) {
            kept += 1;
            if (kept > RECENT_LIMIT) await cursor.delete();
            cursor = await cursor.continue();
          }
          await tx.done;
        },
        () => memory.markSeen(entry),
      ),
    listRecent: (limit = RECENT_LIMIT) =>
      withDb(
        async (d) => {
          const newestFirst: RecentShow[] = [];
          let cursor = await d.transaction('recent').store.index('by-seen-at').openCursor(null, 'prev');
          while (cursor && newestFirst.length < limit) {
            newestFirst.push(cursor.value);
            cursor = await cursor.continue();
          }
          return newestFirst;
        },
        () => memory.listRecent(limit),
      ),
  };
}
