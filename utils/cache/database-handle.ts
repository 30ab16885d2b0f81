import type { IDBPDatabase } from 'idb';
import { type OpenHooks, openShowFateDb, type ShowFateDb } from './database';

/** How the cache is doing, for the popup: IndexedDB, or memory only (and why). */
export interface StorageHealth {
  /** `indexeddb`: working; `degraded`: open, but a recent operation failed; `memory`: not usable now. */
  state: 'indexeddb' | 'degraded' | 'memory';
  /** A short reason, when not `indexeddb`. */
  reason: string | null;
}

/**
 * The one connection to ShowFate's database, shared by the report and trade stores. Never throws:
 * `get()` answers null while IndexedDB can't be used, and the stores then work from memory.
 *
 * - `indexedDB.open` throwing synchronously, or failing (a private window, a broken profile, a
 *   database left at a newer version by a downgrade) → memory, and opening is tried again later;
 * - an open that hangs (blocked by another connection) → memory for this call, the open stays
 *   pending and is used once it completes;
 * - a failed operation (a quota error on one write) → that call falls back, the database is kept;
 * - a newer version waiting for us, or the browser closing the connection → closed, reopened on
 *   the next call.
 */
export interface ShowFateDatabase {
  get(): Promise<IDBPDatabase<ShowFateDb> | null>;
  /** Reports an operation that failed on an open database (the caller falls back for that call). */
  operationFailed(error: unknown): void;
  health(): StorageHealth;
}

export interface ShowFateDatabaseOptions {
  open?: (hooks: OpenHooks) => Promise<IDBPDatabase<ShowFateDb>>;
  onFallback?: (error: unknown) => void;
  now?: () => number;
  /** How long a call waits for the database to open before using memory. */
  openTimeoutMs?: number;
  /** How long after a failed open the next one is tried. */
  retryOpenAfterMs?: number;
}

export const OPEN_TIMEOUT_MS = 3_000;
export const RETRY_OPEN_AFTER_MS = 60_000;
/** An operation failure older than this no longer counts against the database's health. */
const DEGRADED_FOR_MS = 5 * 60_000;

export function createShowFateDatabase(options: ShowFateDatabaseOptions = {}): ShowFateDatabase {
  const open = options.open ?? openShowFateDb;
  const onFallback =
    options.onFallback ?? ((error: unknown) => console.warn('ShowFate: IndexedDB unavailable, using memory', error));
  const now = options.now ?? Date.now;
  const openTimeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
  const retryOpenAfterMs = options.retryOpenAfterMs ?? RETRY_OPEN_AFTER_MS;

  let opened: IDBPDatabase<ShowFateDb> | null = null;
  let opening: Promise<IDBPDatabase<ShowFateDb>> | null = null;
  let openFailedAt: number | null = null;
  let openFailure: string | null = null;
  /** An open that didn't complete in time: later calls use memory at once until it does. */
  let timedOut: Promise<IDBPDatabase<ShowFateDb>> | null = null;
  let operationFailedAt: number | null = null;
  let operationFailure: string | null = null;

  const forget = (connection: IDBPDatabase<ShowFateDb> | null) => {
    if (connection && opened === connection) {
      opened = null;
      opening = null;
    }
  };

  function startOpening(): Promise<IDBPDatabase<ShowFateDb>> | null {
    let connection: IDBPDatabase<ShowFateDb> | null = null;
    let attempt: Promise<IDBPDatabase<ShowFateDb>>;
    try {
      attempt = open({
        // Let the newer version in: this worker reopens (or uses memory) on its next call.
        blocking: () => {
          connection?.close();
          forget(connection);
        },
        terminated: () => forget(connection),
      });
    } catch (error) {
      // `indexedDB.open` can throw synchronously (a sandboxed or disabled IndexedDB).
      failOpen(error);
      return null;
    }
    opening = attempt;
    openFailure = null;
    attempt.then(
      (db) => {
        connection = db;
        if (opening !== attempt) {
          // Abandoned meanwhile (e.g. closed by `blocking`): don't keep a stray connection.
          db.close();
          return;
        }
        opened = db;
        openFailedAt = null;
        // A blocked open that completed: IndexedDB is back.
        openFailure = null;
      },
      (error: unknown) => {
        if (opening === attempt) opening = null;
        failOpen(error);
      },
    );
    return attempt;
  }

  function failOpen(error: unknown) {
    openFailedAt = now();
    openFailure = describe(error);
    onFallback(error);
  }

  return {
    async get() {
      if (opened) return opened;
      if (!opening) {
        if (openFailedAt !== null && now() - openFailedAt < retryOpenAfterMs) return null;
        if (!startOpening()) return null;
      }
      const attempt = opening;
      // Already waited once for this open: don't make every call wait again.
      if (!attempt || attempt === timedOut) return null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), openTimeoutMs);
      });
      const result = await Promise.race([attempt.catch(() => null), timeout]);
      clearTimeout(timer);
      if (result === null && opening === attempt) {
        timedOut = attempt;
        openFailure = 'the database is blocked by another connection';
      }
      return result;
    },
    operationFailed(error) {
      operationFailedAt = now();
      operationFailure = describe(error);
      onFallback(error);
      // A closed connection can't recover: reopen on the next call.
      if (error instanceof Error && error.name === 'InvalidStateError') forget(opened);
    },
    health() {
      if (!opened)
        return openFailure === null ? { state: 'indexeddb', reason: null } : { state: 'memory', reason: openFailure };
      if (operationFailedAt !== null && now() - operationFailedAt < DEGRADED_FOR_MS) {
        return { state: 'degraded', reason: operationFailure };
      }
      return { state: 'indexeddb', reason: null };
    },
  };
}

/**
 * Runs `action` on the open database, or `fallback` when there is none or the action fails (the
 * failure is reported, so the popup can say the cache is degraded, and the database is kept).
 */
export async function withDatabase<T>(
  database: ShowFateDatabase,
  action: (db: IDBPDatabase<ShowFateDb>) => Promise<T>,
  fallback: () => Promise<T>,
): Promise<T> {
  const opened = await database.get();
  if (!opened) return fallback();
  try {
    return await action(opened);
  } catch (error) {
    database.operationFailed(error);
    return fallback();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? error.name : error.message || 'Error';
  if (error && typeof error === 'object' && 'name' in error) return String((error as { name: unknown }).name);
  return String(error);
}
