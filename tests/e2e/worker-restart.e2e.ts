/**
 * MV3 stops the service worker whenever it likes (issue 11): a lookup in flight when it stops must
 * still complete on the page's next ask, since nothing the lookup needs lives only in the worker's
 * memory. Here the worker is stopped through the DevTools protocol while TVmaze is still answering.
 */
import { describe, expect, it } from 'vitest';
import { useExtensionEnvironment } from './support/environment';
import { statusOf } from './support/panel';
import { stopServiceWorker } from './support/service-worker';

const env = useExtensionEnvironment({ checkConsoleErrors: true });

const tvmazeSearchesFor = (name: string) =>
  env.server
    .requestsTo('api.tvmaze.com')
    .filter((request) => decodeURIComponent(request.path).replace(/\+/g, ' ').includes(name));

describe('the service worker stopped mid-request', () => {
  it('completes the lookup on the page’s next ask', async () => {
    // TVmaze answers Wednesday's first search slowly: the worker is stopped while it waits.
    let delayed = false;
    env.server.intercept = ({ host, url }) => {
      if (host !== 'api.tvmaze.com' || delayed || !(url.searchParams.get('q') ?? '').includes('Wednesday')) return null;
      delayed = true;
      return { kind: 'delay', ms: 4_000 };
    };
    const page = await env.openPage('https://www.netflix.com/title/81231974');
    await expect.poll(() => tvmazeSearchesFor('Wednesday').length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await statusOf(page)).toBe('loading');

    await stopServiceWorker(env.session);

    // The panel asks again once the worker is gone; a new worker answers it from scratch.
    await expect.poll(() => statusOf(page), { timeout: 20_000 }).toBe('renewed');
    expect(tvmazeSearchesFor('Wednesday').length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('showfate-panel').count()).toBe(1);

    // What the new worker stored outlives it too: a second stop, and the report comes from the cache.
    await stopServiceWorker(env.session);
    const before = tvmazeSearchesFor('Wednesday').length;
    const again = await env.openPage('https://www.netflix.com/title/81231974');
    await expect.poll(() => statusOf(again), { timeout: 20_000 }).toBe('renewed');
    expect(tvmazeSearchesFor('Wednesday').length).toBe(before);
  });
});
