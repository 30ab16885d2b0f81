import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { NewsArticle, ShowReport } from '../domain';
import type { FateStatus } from '../status/fate-status';

/** A report as cached: the key it answers and when it was stored. */
export interface CachedReport {
  key: string;
  report: ShowReport;
  storedAt: number;
  /** When it was last stored or read: the least recently used reports are evicted first (set by the store). */
  usedAt?: number;
}

/** One line of the popup's "recently seen" list. */
export interface RecentShow {
  key: string;
  title: string;
  status: FateStatus;
  tvmazeId: number | null;
  seenAt: number;
}

/** A trade-press headline, kept so a decision shows up even when a news search misses it. */
export interface TradeArticleEntry extends NewsArticle {
  /**
   * The match keys (`titleMatchKey`) of the titles the headline quotes (‘The Imperfects’ → "imperfects"):
   * the index by show (its `by-title` index since database version 2, so the field keeps its name).
   */
  titleKeys: string[];
  /** `published` as a number (0 when the feed gave no date). */
  publishedAt: number;
  /** When the headline was first seen: the index is pruned in this order, whatever the feed dates say. */
  storedAt: number;
}

/**
 * The one IndexedDB schema of ShowFate. Bump DB_VERSION and add a step to `upgrade` for every
 * change: users keep their cache across updates.
 */
export interface ShowFateDb extends DBSchema {
  reports: { key: string; value: CachedReport; indexes: { 'by-used-at': number } };
  recent: { key: string; value: RecentShow; indexes: { 'by-seen-at': number } };
  tradeArticles: {
    key: string;
    value: TradeArticleEntry;
    indexes: { 'by-title': string; 'by-published-at': number; 'by-stored-at': number };
  };
}

export const DB_NAME = 'showfate';
export const DB_VERSION = 3;

/** What the open connection should do when another version of the database wants in. */
export interface OpenHooks {
  /** A newer version (an update in another context) is waiting for this connection to close. */
  blocking?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  terminated?: () => void;
}

export function openShowFateDb(hooks: OpenHooks = {}): Promise<IDBPDatabase<ShowFateDb>> {
  return openDB<ShowFateDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        db.createObjectStore('reports', { keyPath: 'key' });
        db.createObjectStore('recent', { keyPath: 'key' }).createIndex('by-seen-at', 'seenAt');
      }
      if (oldVersion < 2) {
        const trade = db.createObjectStore('tradeArticles', { keyPath: 'url' });
        trade.createIndex('by-title', 'titleKeys', { multiEntry: true });
        trade.createIndex('by-published-at', 'publishedAt');
      }
      if (oldVersion < 3) {
        // Version 3: every store is bounded by least-recent use (issue 11). Reports gain `usedAt`,
        // filled in for the ones already kept (an index skips records without the field, and those
        // would never be evicted); trade headlines are pruned in the order they were seen.
        const reports = transaction.objectStore('reports');
        reports.createIndex('by-used-at', 'usedAt');
        void (async () => {
          for (let cursor = await reports.openCursor(); cursor; cursor = await cursor.continue()) {
            if (typeof cursor.value.usedAt !== 'number') {
              await cursor.update({ ...cursor.value, usedAt: Number(cursor.value.storedAt) || 0 });
            }
          }
        })();
        transaction.objectStore('tradeArticles').createIndex('by-stored-at', 'storedAt');
      }
    },
    blocking: () => hooks.blocking?.(),
    terminated: () => hooks.terminated?.(),
  });
}
