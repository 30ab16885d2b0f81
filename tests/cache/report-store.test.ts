import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, openShowFateDb } from '../../utils/cache/database';
import { createIndexedDbReportStore, createMemoryReportStore, RECENT_LIMIT } from '../../utils/cache/report-store';
import { sampleReport } from '../support/sample-report';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

const recentEntry = (n: number) => ({
  key: `tvmaze:${n}`,
  title: `Show ${n}`,
  status: 'airing' as const,
  tvmazeId: n,
  seenAt: 1_000 + n,
});

describe('the IndexedDB report store', () => {
  it('keeps reports in the real database across store instances', async () => {
    const entry = { key: 'netflix:1:the imperfects|2022|series', report: sampleReport(), storedAt: 123 };
    await createIndexedDbReportStore().putReport(entry);

    const reopened = createIndexedDbReportStore();
    expect(await reopened.getReport(entry.key)).toMatchObject(entry);
    expect(await reopened.getReport('missing')).toBeUndefined();

    const db = await openShowFateDb();
    expect(db.name).toBe(DB_NAME);
    expect(await db.count('reports')).toBe(1);
    db.close();
  });

  it('lists recent shows newest first and keeps only the newest RECENT_LIMIT', async () => {
    const store = createIndexedDbReportStore();
    for (let n = 1; n <= RECENT_LIMIT + 5; n += 1) await store.markSeen(recentEntry(n));
    const recent = await store.listRecent();
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent[0]?.tvmazeId).toBe(RECENT_LIMIT + 5);
    expect(recent.at(-1)?.tvmazeId).toBe(6);
    expect(await store.listRecent(3)).toHaveLength(3);
  });

  it('moves a show seen again to the top instead of listing it twice', async () => {
    const store = createIndexedDbReportStore();
    await store.markSeen(recentEntry(1));
    await store.markSeen(recentEntry(2));
    await store.markSeen({ ...recentEntry(1), seenAt: 5_000 });
    expect((await store.listRecent()).map((show) => show.tvmazeId)).toEqual([1, 2]);
  });

  it('falls back to memory, and keeps working, when IndexedDB cannot be opened', async () => {
    const onFallback = vi.fn();
    const store = createIndexedDbReportStore({
      open: () => Promise.reject(new Error('QuotaExceededError')),
      onFallback,
    });
    const entry = { key: 'k', report: sampleReport(), storedAt: 1 };
    await store.putReport(entry);
    expect(await store.getReport('k')).toMatchObject(entry);
    await store.markSeen(recentEntry(7));
    expect(await store.listRecent()).toEqual([recentEntry(7)]);
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('falls back to memory when an operation fails on an open database', async () => {
    const onFallback = vi.fn();
    const broken = {
      get: () => Promise.reject(new Error('InvalidStateError')),
      transaction: () => {
        throw new Error('InvalidStateError');
      },
    };
    const store = createIndexedDbReportStore({ open: async () => broken as never, onFallback });
    expect(await store.getReport('k')).toBeUndefined();
    await store.putReport({ key: 'k', report: sampleReport(), storedAt: 1 });
    expect((await store.getReport('k'))?.storedAt).toBe(1);
    expect(onFallback).toHaveBeenCalled();
  });
});

describe('the memory report store', () => {
  it('behaves like the IndexedDB one', async () => {
    const store = createMemoryReportStore();
    for (let n = 1; n <= RECENT_LIMIT + 2; n += 1) await store.markSeen(recentEntry(n));
    const recent = await store.listRecent();
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent[0]?.tvmazeId).toBe(RECENT_LIMIT + 2);
  });
});
