/**
 * Reaching into the extension's own IndexedDB from its service worker, to set up what only time
 * would otherwise bring: reports growing old, or a cache emptied.
 */
import type { Worker } from 'playwright-core';

/**
 * Runs in the service worker (so it is self-contained): ages every report by `ageMs`, or empties
 * the store when `ageMs` is null.
 */
function rewriteReports(worker: Worker, ageMs: number | null): Promise<void> {
  return worker.evaluate(async (ms) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('showfate');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('reports', 'readwrite');
      const store = transaction.objectStore('reports');
      if (ms === null) {
        store.clear();
      } else {
        store.openCursor().onsuccess = (event) => {
          const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
          if (!cursor) return;
          cursor.update({ ...cursor.value, storedAt: cursor.value.storedAt - ms });
          cursor.continue();
        };
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, ageMs);
}

/** Moves every cached report `hours` into the past, as if that long had passed since it was stored. */
export function ageCachedReports(worker: Worker, hours: number): Promise<void> {
  return rewriteReports(worker, hours * 3_600_000);
}

/** Empties the report cache: the next visit of every page resolves its show anew. */
export function clearCachedReports(worker: Worker): Promise<void> {
  return rewriteReports(worker, null);
}
