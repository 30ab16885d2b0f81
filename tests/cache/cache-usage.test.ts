import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearCache, measureCacheUsage } from '../../utils/cache/cache-usage';
import { createShowFateDatabase } from '../../utils/cache/database-handle';
import { createIndexedDbReportStore } from '../../utils/cache/report-store';
import { createTradeArticleStore } from '../../utils/cache/trade-article-store';
import {
  enabledServices,
  matchCorrections,
  newsSources,
  overlayEnabled,
  panelCorner,
} from '../../utils/settings/settings';
import { sampleReport } from '../support/sample-report';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

function stores() {
  const database = createShowFateDatabase();
  return {
    database,
    reports: createIndexedDbReportStore({ database }),
    tradeArticles: createTradeArticleStore({ database }),
  };
}

const article = (n: number) => ({
  headline: `‘Show ${n}’ Canceled at Netflix`,
  outlet: 'Deadline',
  url: `https://deadline.com/2026/11/show-${n}/`,
  published: '2026-11-20T10:00:00Z',
  source: 'deadline' as const,
});

describe('the cache in the options page', () => {
  it('counts the cached reports and trade headlines, and their size as JSON', async () => {
    const { database, reports, tradeArticles } = stores();
    expect(await measureCacheUsage(database)).toEqual({ reports: 0, articles: 0, bytes: 0, persistent: true });
    const entry = { key: 'netflix:1|2022|series', report: sampleReport(), storedAt: 1 };
    await reports.putReport(entry);
    await reports.putReport({ ...entry, key: 'netflix:2|2022|series' });
    await tradeArticles.add([article(1), article(2), article(3)], 5);
    const usage = await measureCacheUsage(database);
    expect(usage).toMatchObject({ reports: 2, articles: 3, persistent: true });
    // At least the reports' own JSON, and not wildly more (the stored records add a few fields).
    const oneReport = new TextEncoder().encode(JSON.stringify(entry)).length;
    expect(usage.bytes).toBeGreaterThan(2 * oneReport);
    expect(usage.bytes).toBeLessThan(2 * oneReport + 3 * 1_000 + 500);
  });

  it('clears reports and trade headlines only: recent shows, corrections, follows and settings survive', async () => {
    const { database, reports, tradeArticles } = stores();
    await reports.putReport({ key: 'netflix:1|2022|series', report: sampleReport(), storedAt: 1 });
    await reports.markSeen({
      key: 'tvmaze:61000',
      title: 'The Imperfects',
      status: 'canceled',
      tvmazeId: 61000,
      seenAt: 9,
    });
    await tradeArticles.add([article(1)], 5);
    await matchCorrections.setValue({ 'netflix:81214929': 61000 });
    await overlayEnabled.setValue(false);
    await panelCorner.setValue('top-left');
    await enabledServices.setValue({ ...(await enabledServices.getValue()), hulu: false });
    await newsSources.setValue({ ...(await newsSources.getValue()), variety: false });
    // Whatever else the user keeps in storage (followed shows, keys) is not the cache's either.
    await fakeBrowser.storage.local.set({ followedShows: [{ tvmazeId: 61000 }] });
    const before = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(6);

    await clearCache({ reports, tradeArticles });

    expect(await measureCacheUsage(database)).toEqual({ reports: 0, articles: 0, bytes: 0, persistent: true });
    expect(await reports.getReport('netflix:1|2022|series')).toBeUndefined();
    expect(await tradeArticles.findForShow('Show 1')).toEqual([]);
    expect(await reports.listRecent()).toHaveLength(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(await matchCorrections.getValue()).toEqual({ 'netflix:81214929': 61000 });
  });

  it('says the cache is not kept when IndexedDB cannot be opened', async () => {
    const database = createShowFateDatabase({
      open: () => Promise.reject(new DOMException('denied', 'SecurityError')),
      onFallback: () => {},
    });
    expect(await measureCacheUsage(database)).toEqual({ reports: 0, articles: 0, bytes: 0, persistent: false });
  });
});
