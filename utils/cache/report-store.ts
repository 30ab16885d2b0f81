import type { IDBPDatabase } from 'idb';
import type { CachedReport, RecentShow, ShowFateDb } from './database';
import { createShowFateDatabase, type ShowFateDatabase, type StorageHealth, withDatabase } from './database-handle';
import { readCachedReport, readRecentShow } from './record-schemas';

/** How many shows the popup's "recently seen" list keeps. */
export const RECENT_LIMIT = 30;
/**
 * Reports kept; the least recently used go first. A report is a few KB: 1,000 is a few MB, and
 * more shows than most people open in months.
 */
export const REPORT_LIMIT = 1_000;
/** Reading a report marks it used, at most this often (a write per read would double the traffic). */
const USED_AT_GRANULARITY_MS = 60_000;

/** Where reports and the recent list are kept: IndexedDB, or memory when IndexedDB fails. */
export interface ReportStore {
  getReport(key: string): Promise<CachedReport | undefined>;
  putReport(entry: CachedReport): Promise<void>;
  /** Drops the cached reports `stale` picks (new trade news about their show): they rebuild on next visit. */
  forgetReports(stale: (entry: CachedReport) => boolean): Promise<number>;
  markSeen(entry: RecentShow): Promise<void>;
  listRecent(limit?: number): Promise<RecentShow[]>;
  /** Whether the cache is IndexedDB or memory: the popup says so when it is not working. */
  health(): StorageHealth;
}

/** The slower but working path: a private window or a broken profile can refuse IndexedDB. */
export function createMemoryReportStore(limit = REPORT_LIMIT): ReportStore & { has(key: string): boolean } {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const reports = new Map<string, CachedReport>();
  const recent = new Map<string, RecentShow>();
  return {
    has: (key) => reports.has(key),
    async getReport(key) {
      const entry = reports.get(key);
      if (entry) {
        reports.delete(key);
        reports.set(key, entry);
      }
      return entry;
    },
    async putReport(entry) {
      reports.delete(entry.key);
      reports.set(entry.key, entry);
      for (const key of reports.keys()) {
        if (reports.size <= limit) break;
        reports.delete(key);
      }
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
    health: () => ({ state: 'memory', reason: null }),
  };
}

export interface IndexedDbReportStoreOptions {
  /** The shared connection (live-dependencies passes one for both stores). */
  database?: ShowFateDatabase;
  /** Used when `database` isn't given. */
  open?: () => Promise<IDBPDatabase<ShowFateDb>>;
  onFallback?: (error: unknown) => void;
  now?: () => number;
  limit?: number;
}

/**
 * The IndexedDB store, with memory beside it. IndexedDB that can't be opened (or is blocked) sends
 * calls to memory until it can; a failed operation (a quota error on one write) sends only that
 * call to memory. A report whose write failed lives in memory, and reads take the newer of the two,
 * so nothing is lost or goes stale; "forget" reaches both. Every record read is validated: a corrupt
 * one is deleted and treated as absent.
 */
export function createIndexedDbReportStore(options: IndexedDbReportStoreOptions = {}): ReportStore {
  const now = options.now ?? Date.now;
  const limit = options.limit ?? REPORT_LIMIT;
  const database =
    options.database ??
    createShowFateDatabase({
      ...(options.open ? { open: options.open } : {}),
      ...(options.onFallback ? { onFallback: options.onFallback } : {}),
      now,
    });
  const memory = createMemoryReportStore(limit);

  const withDb = <T>(action: (db: IDBPDatabase<ShowFateDb>) => Promise<T>, fallback: () => Promise<T>) =>
    withDatabase(database, action, fallback);

  /** The stored report, validated; a corrupt record is deleted. */
  async function readReport(db: IDBPDatabase<ShowFateDb>, key: string): Promise<CachedReport | undefined> {
    const raw: unknown = await db.get('reports', key);
    if (raw === undefined) return undefined;
    const entry = readCachedReport(raw);
    if (!entry) {
      await db.delete('reports', key);
      return undefined;
    }
    if (now() - (entry.usedAt ?? 0) > USED_AT_GRANULARITY_MS) {
      // Marking it used is best effort: a failure here must not lose the read.
      db.put('reports', { ...entry, usedAt: now() }).catch(() => undefined);
    }
    return entry;
  }

  return {
    async getReport(key) {
      const remembered = await memory.getReport(key);
      const stored = await withDb(
        (db) => readReport(db, key),
        async () => undefined,
      );
      if (!stored) return remembered;
      if (!remembered) return stored;
      return remembered.storedAt > stored.storedAt ? remembered : stored;
    },
    async putReport(entry) {
      const record = { ...entry, usedAt: now() };
      const written = await withDb(
        async (db) => {
          const tx = db.transaction('reports', 'readwrite');
          await tx.store.put(record);
          // Evict the least recently used beyond the limit.
          const excess = (await tx.store.count()) - limit;
          let cursor = excess > 0 ? await tx.store.index('by-used-at').openCursor() : null;
          for (let removed = 0; cursor && removed < excess; removed += 1) {
            await cursor.delete();
            cursor = await cursor.continue();
          }
          await tx.done;
          return true;
        },
        async () => false,
      );
      if (written) await memory.forgetReports((kept) => kept.key === entry.key);
      else await memory.putReport(record);
    },
    async forgetReports(stale) {
      const fromMemory = await memory.forgetReports(stale);
      const fromDb = await withDb(
        async (db) => {
          const tx = db.transaction('reports', 'readwrite');
          let forgotten = 0;
          for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
            const entry = readCachedReport(cursor.value);
            // A corrupt record is dropped too: it would never be used.
            if (entry && !stale(entry)) continue;
            await cursor.delete();
            forgotten += 1;
          }
          await tx.done;
          return forgotten;
        },
        async () => 0,
      );
      return fromMemory + fromDb;
    },
    async markSeen(entry) {
      const written = await withDb(
        async (db) => {
          const tx = db.transaction('recent', 'readwrite');
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
          return true;
        },
        async () => false,
      );
      if (!written) await memory.markSeen(entry);
    },
    async listRecent(listLimit = RECENT_LIMIT) {
      const stored = await withDb(
        async (db) => {
          const newestFirst: RecentShow[] = [];
          let cursor = await db.transaction('recent').store.index('by-seen-at').openCursor(null, 'prev');
          while (cursor && newestFirst.length < listLimit) {
            const show = readRecentShow(cursor.value);
            if (show) newestFirst.push(show);
            cursor = await cursor.continue();
          }
          return newestFirst;
        },
        async () => [],
      );
      // Shows noted while IndexedDB failed are in memory: merge, newest first, one line per show.
      const byKey = new Map<string, RecentShow>();
      for (const show of [...stored, ...(await memory.listRecent(listLimit))]) {
        const known = byKey.get(show.key);
        if (!known || known.seenAt < show.seenAt) byKey.set(show.key, show);
      }
      return [...byKey.values()].sort((a, b) => b.seenAt - a.seenAt).slice(0, listLimit);
    },
    health: () => database.health(),
  };
}
