import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerSourceListeners } from '../../utils/background/register-source-listeners';
import { createMemoryReportStore } from '../../utils/cache/report-store';
import { omdbApiKey, tmdbApiKey } from '../../utils/settings/settings';
import { sampleReport } from '../support/sample-report';

const sendMessage = vi.fn();
vi.mock('../../utils/messaging/protocol', () => ({
  sendMessage: (...args: unknown[]) => sendMessage(...args),
  onMessage: () => () => {},
}));

const { removeApiKey, saveApiKey } = await import('../../entrypoints/options/api-keys-panel');

const V3_KEY = '0123456789abcdef0123456789abcdef';

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockReset();
  // The fake browser has no permissions API: stand in for the browser's answer.
  vi.spyOn(browser.permissions.onAdded, 'addListener').mockImplementation(() => {});
  vi.spyOn(browser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
});

function grant(answer: boolean) {
  const request = vi.fn(async () => answer);
  const remove = vi.fn(async () => true);
  browser.permissions.request = request as never;
  browser.permissions.remove = remove as never;
  return { request, remove };
}

describe('the API keys in settings', () => {
  it('live in storage.local only, empty until saved', async () => {
    expect(await omdbApiKey.getValue()).toBe('');
    expect(await tmdbApiKey.getValue()).toBe('');
    await omdbApiKey.setValue('ab12cd34');
    await tmdbApiKey.setValue(V3_KEY);
    expect(await browser.storage.local.get(['omdbApiKey', 'tmdbApiKey'])).toEqual({
      omdbApiKey: 'ab12cd34',
      tmdbApiKey: V3_KEY,
    });
    expect(await browser.storage.sync.get(null)).toEqual({});
  });

  it('make every cached report stale when one is saved or removed (ratings come or go on the next visit)', async () => {
    const store = createMemoryReportStore();
    await store.putReport({ key: 'k', report: sampleReport(), storedAt: 1 });
    registerSourceListeners({ store, pollTradeFeeds: vi.fn(async () => []) });
    await omdbApiKey.setValue('ab12cd34');
    await vi.waitFor(() => expect(store.has('k')).toBe(false));
    await store.putReport({ key: 'k', report: sampleReport(), storedAt: 1 });
    await tmdbApiKey.removeValue();
    await tmdbApiKey.setValue(V3_KEY);
    await vi.waitFor(() => expect(store.has('k')).toBe(false));
  });
});

describe('saving a key from the options page', () => {
  it('asks for that API’s host only, checks the key through the background, and stores it when accepted', async () => {
    const { request } = grant(true);
    sendMessage.mockResolvedValue({ result: 'accepted' });
    expect(await saveApiKey('tmdb', V3_KEY)).toEqual({ result: 'accepted' });
    expect(request).toHaveBeenCalledExactlyOnceWith({ origins: ['https://api.themoviedb.org/*'] });
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith('checkApiKey', { api: 'tmdb', key: V3_KEY });
    expect(await tmdbApiKey.getValue()).toBe(V3_KEY);
  });

  it('keeps a key the API knows but has limited for now', async () => {
    grant(true);
    sendMessage.mockResolvedValue({ result: 'limited' });
    expect(await saveApiKey('omdb', 'ab12cd34')).toEqual({ result: 'limited' });
    expect(await omdbApiKey.getValue()).toBe('ab12cd34');
  });

  it('stores nothing for a refused key or an unreachable API', async () => {
    grant(true);
    for (const answer of [{ result: 'refused' }, { result: 'unreachable', reason: 'network' }]) {
      sendMessage.mockResolvedValue(answer);
      expect(await saveApiKey('omdb', 'ab12cd34')).toEqual(answer);
      expect(await omdbApiKey.getValue()).toBe('');
    }
  });

  it('sends nothing when the browser refuses the host, or the key is empty or malformed', async () => {
    const { request } = grant(false);
    expect(await saveApiKey('omdb', 'ab12cd34')).toEqual({ result: 'not-permitted' });
    expect(await saveApiKey('omdb', '')).toEqual({ result: 'empty' });
    expect(await saveApiKey('tmdb', 'not a key')).toEqual({ result: 'malformed' });
    expect(request).toHaveBeenCalledOnce();
    expect(sendMessage).not.toHaveBeenCalled();
    expect(await omdbApiKey.getValue()).toBe('');
  });

  it('removes a key and gives its host back', async () => {
    const { remove } = grant(true);
    await omdbApiKey.setValue('ab12cd34');
    await removeApiKey('omdb');
    expect(await omdbApiKey.getValue()).toBe('');
    expect(remove).toHaveBeenCalledWith({ origins: ['https://www.omdbapi.com/*'] });
  });
});
