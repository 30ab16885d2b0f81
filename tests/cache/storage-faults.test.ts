/**
 * IndexedDB failing in every way a browser lets it (issue 11, finding 3; issue 8, point 4): the
 * stores keep answering, say how they are doing, don't give up a working database after one failed
 * write, validate what they read, bound what they keep, and keep the user's data across upgrades.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DB_VERSION, openShowFateDb } from '../../utils/cache/database';
import { createShowFateDatabase } from '../../utils/cache/database-handle';
import { createIndexedDbReportStore, createMemoryReportStore } from '../../utils/cache/report-store';
import { createTradeArticleStore } from '../../utils/cache/trade-article-store';
import type { NewsArticle } from '../../utils/domain';
import { sampleReport } from '../support/sample-report';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const quiet = () => vi.fn();
const entry = (key: string, storedAt = 1) => ({ key, report: sampleReport(), storedAt });
const trade = (n: number, published = '2024-01-01T00:00:00.000Z'): NewsArticle => ({
  headline: `‘Show ${n}’ Renewed`,
  outlet: 'Deadline',
  url: `https://deadline.com/${n}/`,
  published,
  source: 'deadline',
});

/** Opens the database as version 2 left it (before LRU indexes), with raw IndexedDB. */
async function writeVersion2Database(): Promise<void> {
  const db = await openDB(DB_NAME, 2, {
    upgrade(raw) {
      raw.createObjectStore('reports', { keyPath: 'key' });
      raw.createObjectStore('recent', { keyPath: 'key' }).createIndex('by-seen-at', 'seenAt');
      const tradeStore = raw.createObjectStore('tradeArticles', { keyPath: 'url' });
      tradeStore.createIndex('by-title', 'titleKeys', { multiEntry: true });
      tradeStore.createIndex('by-published-at', 'publishedAt');
    },
  });
  await db.put('reports', entry('old-report', 500));
  await db.put('recent', { key: 'tvmaze:1', title: 'Old Show', status: 'ended', tvmazeId: 1, seenAt: 500 });
  await db.put('tradeArticles', {
    ...trade(1),
    titleKeys: ['show 1'],
    publishedAt: Date.parse('2024-01-01'),
    storedAt: 500,
  });
  db.close();
}

describe('IndexedDB that cannot be opened', () => {
  it('keeps working from memory when indexedDB.open throws synchronously', async () => {
    globalThis.indexedDB = {
      open() {
        throw new DOMException('IndexedDB is disabled', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const store = createIndexedDbReportStore({ onFallback: quiet() });
    await store.putReport(entry('k'));
    expect((await store.getReport('k'))?.storedAt).toBe(1);
    expect(store.health()).toEqual({ state: 'memory', reason: 'SecurityError' });

    const trades = createTradeArticleStore({ onFallback: quiet() });
    expect(await trades.add([trade(1)], 0)).toHaveLength(1);
    expect(await trades.findForShow('Show 1')).toHaveLength(1);
  });

  it('keeps working when the database is at a newer version (after a downgrade)', async () => {
    (await openDB(DB_NAME, DB_VERSION + 5)).close();
    const onFallback = quiet();
    const database = createShowFateDatabase({ onFallback });
    const store = createIndexedDbReportStore({ database });
    const trades = createTradeArticleStore({ database });
    await store.putReport(entry('k'));
    expect((await store.getReport('k'))?.storedAt).toBe(1);
    // The trade store used to cache the rejected open and fail every lookup.
    expect(await trades.add([trade(2)], 0)).toHaveLength(1);
    expect((await trades.findForShow('Show 2')).map((a) => a.url)).toEqual(['https://deadline.com/2/']);
    expect(store.health().state).toBe('memory');
    expect(store.health().reason).toBe('VersionError');
    expect(onFallback).toHaveBeenCalled();
  });

  it('tries to open again later instead of giving up for the worker’s life', async () => {
    const clock = { now: 0 };
    let fail = true;
    const open = vi.fn(() => (fail ? Promise.reject(new Error('UnknownError')) : openShowFateDb()));
    const store = createIndexedDbReportStore({
      database: createShowFateDatabase({ open, onFallback: quiet(), now: () => clock.now }),
    });
    await store.putReport(entry('early'));
    expect(store.health().state).toBe('memory');
    fail = false;
    clock.now += 61_000;
    await store.putReport(entry('later'));
    expect(store.health().state).toBe('indexeddb');
    const db = await openShowFateDb();
    expect(await db.getAllKeys('reports')).toEqual(['later']);
    db.close();
    // The one written while IndexedDB was down is still served from memory.
    expect(await store.getReport('early')).toBeDefined();
  });

  it('answers from memory while the database is blocked, and uses it once unblocked', async () => {
    const old = await openDB(DB_NAME, 2, {
      upgrade(raw) {
        raw.createObjectStore('reports', { keyPath: 'key' });
        raw.createObjectStore('recent', { keyPath: 'key' }).createIndex('by-seen-at', 'seenAt');
        const t = raw.createObjectStore('tradeArticles', { keyPath: 'url' });
        t.createIndex('by-title', 'titleKeys', { multiEntry: true });
        t.createIndex('by-published-at', 'publishedAt');
      },
      // An old tab's connection that never lets go on its own.
    });
    const store = createIndexedDbReportStore({
      database: createShowFateDatabase({ onFallback: quiet(), openTimeoutMs: 50 }),
    });
    const started = Date.now();
    await store.putReport(entry('k'));
    expect((await store.getReport('k'))?.storedAt).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(store.health()).toMatchObject({ state: 'memory' });
    old.close();
    await vi.waitFor(() => expect(store.health().state).toBe('indexeddb'));
    await store.putReport(entry('after', 2));
    const db = await openShowFateDb();
    expect(await db.getAllKeys('reports')).toEqual(['after']);
    db.close();
  });
});

describe('one failed operation on an open database', () => {
  it('does not give up the database: other reports are still read, and "forget" reaches IndexedDB', async () => {
    const seeded = await openShowFateDb();
    await seeded.put('reports', entry('in-db', 10));
    seeded.close();

    let failNextWrite = true;
    const open = async () => {
      const db = await openShowFateDb();
      const transaction = db.transaction.bind(db);
      db.transaction = ((...args: Parameters<typeof transaction>) => {
        if (args[1] === 'readwrite' && failNextWrite) {
          failNextWrite = false;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return transaction(...args);
      }) as typeof db.transaction;
      return db;
    };
    const store = createIndexedDbReportStore({ open, onFallback: quiet() });
    await store.putReport(entry('quota-hit', 20));
    expect(store.health()).toEqual({ state: 'degraded', reason: 'QuotaExceededError' });
    // Still reading IndexedDB, and the report whose write failed is kept in memory.
    expect((await store.getReport('in-db'))?.storedAt).toBe(10);
    expect((await store.getReport('quota-hit'))?.storedAt).toBe(20);
    await store.putReport(entry('next', 30));
    // "Forget" reaches IndexedDB: after a restart the stale report doesn't come back.
    expect(await store.forgetReports(() => true)).toBe(3);
    const restarted = createIndexedDbReportStore({ onFallback: quiet() });
    expect(await restarted.getReport('in-db')).toBeUndefined();
    expect(await restarted.getReport('next')).toBeUndefined();
  });
});

describe('corrupt records', () => {
  it('are dropped on read (and deleted), never handed on', async () => {
    const db = await openShowFateDb();
    await db.put('reports', { key: 'bad', report: { ...sampleReport(), ratings: undefined }, storedAt: 1 } as never);
    await db.put('reports', { key: 'bad-date', report: { ...sampleReport(), fetchedAt: Number.NaN }, storedAt: 1 });
    await db.put('reports', entry('good'));
    await db.put('recent', { key: 'r1', title: 'Fine', status: 'ended', tvmazeId: 1, seenAt: 5 });
    await db.put('recent', { key: 'r2', title: 'Broken', status: 'exploded', tvmazeId: 2, seenAt: 6 } as never);
    await db.put('tradeArticles', { url: 'https://deadline.com/x/', titleKeys: ['show 9'], storedAt: 1 } as never);
    db.close();

    const store = createIndexedDbReportStore({ onFallback: quiet() });
    expect(await store.getReport('bad')).toBeUndefined();
    expect(await store.getReport('bad-date')).toBeUndefined();
    expect(await store.getReport('good')).toBeDefined();
    expect((await store.listRecent()).map((show) => show.key)).toEqual(['r1']);
    expect(await createTradeArticleStore().findForShow('Show 9')).toEqual([]);

    const after = await openShowFateDb();
    expect(await after.getAllKeys('reports')).toEqual(['good']);
    after.close();
  });
});

describe('schema upgrades', () => {
  it('keeps the data a database of the previous version holds, and bounds it from then on', async () => {
    await writeVersion2Database();
    const clock = { now: 10_000 };
    const store = createIndexedDbReportStore({ onFallback: quiet(), now: () => clock.now, limit: 2 });
    expect((await store.getReport('old-report'))?.storedAt).toBe(500);
    expect((await store.listRecent()).map((show) => show.title)).toEqual(['Old Show']);
    expect((await createTradeArticleStore().findForShow('Show 1')).map((a) => a.url)).toEqual([
      'https://deadline.com/1/',
    ]);

    const db = await openShowFateDb();
    expect(db.version).toBe(DB_VERSION);
    expect(typeof (await db.get('reports', 'old-report'))?.usedAt).toBe('number');
    db.close();

    // The migrated report takes part in eviction like any other.
    clock.now += 120_000;
    await store.putReport(entry('a'));
    clock.now += 1;
    await store.putReport(entry('b'));
    expect(await store.getReport('old-report')).toBeUndefined();
  });
});

describe('least-recently-used eviction', () => {
  it('bounds the reports in IndexedDB, keeping the ones read recently', async () => {
    const clock = { now: 0 };
    const store = createIndexedDbReportStore({ onFallback: quiet(), now: () => clock.now, limit: 3 });
    for (const key of ['a', 'b', 'c']) {
      clock.now += 120_000;
      await store.putReport(entry(key));
    }
    clock.now += 120_000;
    await store.getReport('a');
    clock.now += 120_000;
    await store.putReport(entry('d'));
    const db = await openShowFateDb();
    expect((await db.getAllKeys('reports')).sort()).toEqual(['a', 'c', 'd']);
    db.close();
  });

  it('bounds the memory store the same way', async () => {
    const store = createMemoryReportStore(2);
    await store.putReport(entry('a'));
    await store.putReport(entry('b'));
    await store.getReport('a');
    await store.putReport(entry('c'));
    expect(store.has('a')).toBe(true);
    expect(store.has('b')).toBe(false);
  });

  it('prunes trade headlines in the order they were seen, so one dated 2099 does not stay forever', async () => {
    const trades = createTradeArticleStore({ limit: 2 });
    await trades.add([trade(1, '2099-01-01T00:00:00.000Z')], 1_000);
    await trades.add([trade(2, '2024-01-01T00:00:00.000Z')], 2_000);
    await trades.add([trade(3, '2024-02-01T00:00:00.000Z')], 3_000);
    expect(await trades.findForShow('Show 1')).toEqual([]);
    expect(await trades.findForShow('Show 2')).toHaveLength(1);
    expect(await trades.findForShow('Show 3')).toHaveLength(1);
  });
});
