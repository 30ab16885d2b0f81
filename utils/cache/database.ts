import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { NewsArticle, ShowReport } from '../shows/show-report';
import type { FateStatus } from '../status/fate-status';

/** A report as cached: the key it answers and when it was stored. */
export interface CachedReport {
  key: string;
  report: ShowReport;
  storedAt: number;
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
  /** Normalized titles the headline quotes (‘The Imperfects’ → "imperfects"): the index by show. */
  titleKeys: string[];
  /** `published` as a number, for pruning the oldest (0 when the feed gave no date). */
  publishedAt: number;
  storedAt: number;
}

/**
 * The one IndexedDB schema of ShowFate. Bump DB_VERSION and add a step to `upgrade` for every
 * change: users keep their cache across updates.
 */
export interface ShowFateDb extends DBSchema {
  reports: { key: string; value: CachedReport };
  recent: { key: string; value: RecentShow; indexes: { 'by-seen-at': number } };
  tradeArticles: {
    key: string;
    value: TradeArticleEntry;
    indexes: { 'by-title': string; 'by-published-at': number };
  };
}

export const DB_NAME = 'showfate';
export const DB_VERSION = 2;

export function openShowFateDb(): Promise<IDBPDatabase<ShowFateDb>> {
  return openDB<ShowFateDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('reports', { keyPath: 'key' });
        db.createObjectStore('recent', { keyPath: 'key' }).createIndex('by-seen-at', 'seenAt');
      }
      if (oldVersion < 2) {
        const trade = db.createObjectStore('tradeArticles', { keyPath: 'url' });
        trade.createIndex('by-title', 'titleKeys', { multiEntry: true });
        trade.createIndex('by-published-at', 'publishedAt');
      }
    },
  });
}
