import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundDependencies } from '../../utils/background/register-message-handlers';
import { createMemoryReportStore } from '../../utils/cache/report-store';
import { InvalidMessageError, parseApiKeyCheck } from '../../utils/messaging/validate-message';
import { sampleReport } from '../support/sample-report';

const handlers = new Map<string, (message: { data: unknown; sender?: unknown }) => unknown>();
vi.mock('../../utils/messaging/protocol', () => ({
  onMessage: (name: string, handler: (message: { data: unknown }) => unknown) => {
    handlers.set(name, handler);
    return () => handlers.delete(name);
  },
}));

const { registerMessageHandlers } = await import('../../utils/background/register-message-handlers');

const V3_KEY = '0123456789abcdef0123456789abcdef';
const OPTIONS_PAGE = { url: 'chrome-extension://showfate/options.html', tab: { id: 3 } };

function wire() {
  const checkApiKey = vi.fn(async () => ({ result: 'accepted' as const }));
  const dependencies = {
    reports: { peek: vi.fn(async () => sampleReport()), get: vi.fn(async () => sampleReport()) },
    store: createMemoryReportStore(),
    searchCandidates: vi.fn(async () => []),
    rememberCorrection: vi.fn(async () => {}),
    showTabBadge: vi.fn(async () => {}),
    checkApiKey,
    extensionBaseUrl: 'chrome-extension://showfate/',
    cacheUsage: vi.fn(async () => ({ reports: 0, articles: 0, bytes: 0, persistent: true })),
    clearCache: vi.fn(async () => {}),
  } satisfies BackgroundDependencies;
  registerMessageHandlers(dependencies);
  return checkApiKey;
}

const call = (data: unknown, sender: unknown) =>
  Promise.resolve().then(() => handlers.get('checkApiKey')?.({ data, sender }));

beforeEach(() => handlers.clear());

describe('checkApiKey', () => {
  it('checks a well-formed key from the options page with its own API', async () => {
    const checkApiKey = wire();
    expect(await call({ api: 'tmdb', key: ` ${V3_KEY} ` }, OPTIONS_PAGE)).toEqual({ result: 'accepted' });
    expect(checkApiKey).toHaveBeenCalledWith('tmdb', V3_KEY);
    await call({ api: 'omdb', key: 'ab12cd34' }, OPTIONS_PAGE);
    expect(checkApiKey).toHaveBeenLastCalledWith('omdb', 'ab12cd34');
  });

  it('refuses a content script (which relays pages), and anything that is not a key of that API', async () => {
    const checkApiKey = wire();
    await expect(
      call({ api: 'omdb', key: 'ab12cd34' }, { url: 'https://www.netflix.com/title/1', tab: { id: 1 } }),
    ).rejects.toBeInstanceOf(InvalidMessageError);
    await expect(call({ api: 'omdb', key: 'ab12cd34' }, undefined)).rejects.toBeInstanceOf(InvalidMessageError);
    for (const data of [
      { api: 'imdb', key: 'ab12cd34' },
      { api: 'omdb', key: 'ab12cd34&i=tt1' },
      { api: 'omdb', key: V3_KEY.repeat(2) },
      { api: 'tmdb', key: 'ab12cd34' },
      { api: 'tmdb', key: `${V3_KEY}\r\nX-Evil: 1` },
      { api: 'omdb', key: 'ab12cd34', url: 'https://evil.example/' },
      'ab12cd34',
    ]) {
      await expect(call(data, OPTIONS_PAGE), JSON.stringify(data)).rejects.toBeInstanceOf(InvalidMessageError);
    }
    expect(checkApiKey).not.toHaveBeenCalled();
  });

  it('parses to the API and the trimmed key alone', () => {
    expect(parseApiKeyCheck({ api: 'omdb', key: ' ab12cd34 ' })).toEqual({ api: 'omdb', key: 'ab12cd34' });
  });
});
