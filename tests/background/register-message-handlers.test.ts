import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundDependencies } from '../../utils/background/register-message-handlers';
import { createMemoryReportStore } from '../../utils/cache/report-store';
import { InvalidMessageError } from '../../utils/messaging/validate-message';
import { sampleQuery, sampleReport, sampleShow } from '../support/sample-report';

/** The handlers registered, by message name: the test calls them as @webext-core/messaging would. */
const handlers = new Map<string, (message: { data: unknown }) => unknown>();
vi.mock('../../utils/messaging/protocol', () => ({
  onMessage: (name: string, handler: (message: { data: unknown }) => unknown) => {
    handlers.set(name, handler);
    return () => handlers.delete(name);
  },
}));

const { registerMessageHandlers } = await import('../../utils/background/register-message-handlers');

function fakeDependencies() {
  const store = createMemoryReportStore();
  const wired = {
    reports: { peek: vi.fn(async () => sampleReport()), get: vi.fn(async () => sampleReport()) },
    store,
    searchCandidates: vi.fn(async () => [sampleShow()]),
    rememberCorrection: vi.fn(async () => {}),
    showTabBadge: vi.fn(async () => {}),
    checkApiKey: vi.fn(async () => ({ result: 'accepted' as const })),
    extensionBaseUrl: 'chrome-extension://showfate/',
    cacheUsage: vi.fn(async () => ({ reports: 3, articles: 2, bytes: 4096, persistent: true })),
    clearCache: vi.fn(async () => {}),
  } satisfies BackgroundDependencies;
  return wired;
}

const call = (name: string, data?: unknown, sender?: unknown) => handlers.get(name)?.({ data, sender } as never);

beforeEach(() => handlers.clear());

describe('the background’s message handlers', () => {
  it('registers every message of the protocol at once', () => {
    registerMessageHandlers(fakeDependencies());
    expect([...handlers.keys()].sort()).toEqual([
      'checkApiKey',
      'clearCache',
      'correctShowMatch',
      'getCacheUsage',
      'getRecentShows',
      'getShowReport',
      'getStorageHealth',
      'peekShowReport',
      'searchShowCandidates',
      'showTabBadge',
    ]);
  });

  it('validates what a page relayed before any service sees it', async () => {
    const wired = fakeDependencies();
    registerMessageHandlers(wired);
    for (const [name, data] of [
      ['peekShowReport', { ...sampleQuery(), service: 'evil' }],
      ['getShowReport', { ...sampleQuery(), title: 'x'.repeat(301) }],
      ['getShowReport', { ...sampleQuery(), extra: 'field' }],
      ['searchShowCandidates', 'tab\there'],
      ['correctShowMatch', { query: sampleQuery(), tvmazeId: -1 }],
    ] as const) {
      await expect(
        Promise.resolve().then(() => call(name, data)),
        name,
      ).rejects.toBeInstanceOf(InvalidMessageError);
    }
    expect(wired.reports.peek).not.toHaveBeenCalled();
    expect(wired.reports.get).not.toHaveBeenCalled();
    expect(wired.searchCandidates).not.toHaveBeenCalled();
    expect(wired.rememberCorrection).not.toHaveBeenCalled();
  });

  it('hands valid messages to the right service', async () => {
    const wired = fakeDependencies();
    registerMessageHandlers(wired);
    await call('peekShowReport', sampleQuery());
    expect(wired.reports.peek).toHaveBeenCalledWith(sampleQuery());
    await call('getShowReport', sampleQuery());
    expect(wired.reports.get).toHaveBeenCalledWith(sampleQuery());
    expect(await call('searchShowCandidates', '  Dark  ')).toEqual([sampleShow()]);
    expect(wired.searchCandidates).toHaveBeenCalledWith('Dark');
    expect(await call('getRecentShows')).toEqual([]);
    expect(await call('getStorageHealth')).toEqual({ state: 'memory', reason: null });
  });

  it('remembers a correction first, then rebuilds the report with a forced refresh', async () => {
    const wired = fakeDependencies();
    const order: string[] = [];
    wired.rememberCorrection.mockImplementation(async () => void order.push('remember'));
    wired.reports.get.mockImplementation(async () => {
      order.push('get');
      return sampleReport({ matchMethod: 'user-choice' });
    });
    registerMessageHandlers(wired);
    const report = await call('correctShowMatch', { query: sampleQuery(), tvmazeId: 42 });
    expect(order).toEqual(['remember', 'get']);
    expect(wired.rememberCorrection).toHaveBeenCalledWith(sampleQuery(), 42);
    expect(wired.reports.get).toHaveBeenCalledWith(sampleQuery(), { forceRefresh: true });
    expect(report).toMatchObject({ matchMethod: 'user-choice' });
  });

  it('draws the toolbar badge of the tab that sent it, and only after validating it', async () => {
    const wired = fakeDependencies();
    registerMessageHandlers(wired);
    const tab = { tab: { id: 7 } };
    await call('showTabBadge', { status: 'canceled', title: ' Dark ' }, tab);
    expect(wired.showTabBadge).toHaveBeenCalledWith(7, { status: 'canceled', title: 'Dark' });
    await call('showTabBadge', null, tab);
    expect(wired.showTabBadge).toHaveBeenLastCalledWith(7, null);
    // An extension page (no tab) has no badge to draw.
    await call('showTabBadge', null, {});
    expect(wired.showTabBadge).toHaveBeenCalledTimes(2);
    for (const bad of [
      { status: 'loading', title: 'Dark' },
      { status: 'canceled', title: '' },
      'CXL',
      { status: 'ended', title: 'x', color: 'red' },
    ]) {
      await expect(Promise.resolve().then(() => call('showTabBadge', bad, tab))).rejects.toBeInstanceOf(
        InvalidMessageError,
      );
    }
    expect(wired.showTabBadge).toHaveBeenCalledTimes(2);
  });

  it('measures and clears the cache for the options page only, never for a page', async () => {
    const wired = fakeDependencies();
    registerMessageHandlers(wired);
    const optionsPage = { url: 'chrome-extension://showfate/options.html', tab: { id: 3 } };
    expect(await call('getCacheUsage', undefined, optionsPage)).toEqual({
      reports: 3,
      articles: 2,
      bytes: 4096,
      persistent: true,
    });
    expect(await call('clearCache', undefined, optionsPage)).toMatchObject({ reports: 3 });
    expect(wired.clearCache).toHaveBeenCalledTimes(1);
    for (const [sender, data] of [
      // A content script's message carries its page's URL.
      [{ url: 'https://www.netflix.com/title/80100172', tab: { id: 7 } }, undefined],
      [{ url: 'https://chrome-extension.evil.example/options.html' }, undefined],
      [{ url: 'chrome-extension://showfate.evil/options.html' }, undefined],
      [{}, undefined],
      [undefined, undefined],
      [optionsPage, { everything: true }],
    ] as const) {
      await expect(Promise.resolve().then(() => call('clearCache', data, sender))).rejects.toBeInstanceOf(
        InvalidMessageError,
      );
      await expect(Promise.resolve().then(() => call('getCacheUsage', data, sender))).rejects.toBeInstanceOf(
        InvalidMessageError,
      );
    }
    expect(wired.clearCache).toHaveBeenCalledTimes(1);
  });

  it("merges the page's own rating into the answers, fresher than an article's quote", async () => {
    const wired = fakeDependencies();
    const quoted = async () => sampleReport({ ratings: [{ source: 'imdb', value: 6.1, scale: 10, votes: 1500 }] });
    wired.reports.get.mockImplementation(quoted);
    wired.reports.peek.mockImplementation(quoted);
    registerMessageHandlers(wired);
    const pageRating = { source: 'imdb', value: 6.4, scale: 10, votes: 2100 };
    const query = { ...sampleQuery(), service: 'imdb', imdbId: 'tt14537248', pageRating };
    for (const name of ['getShowReport', 'peekShowReport']) {
      const report = (await call(name, query)) as { ratings: { value: number; observedAt?: number }[] };
      expect(report.ratings, name).toHaveLength(1);
      expect(report.ratings[0]?.value, name).toBe(6.4);
      expect(report.ratings[0]?.observedAt, name).toBeGreaterThan(0);
    }
  });
});
