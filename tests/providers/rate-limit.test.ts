import { describe, expect, it } from 'vitest';
import { fetchText, RETRY_BASE_DELAY_MS } from '../../utils/providers/http';
import { createRateLimiter, TVMAZE_RATE_LIMIT } from '../../utils/providers/rate-limit';
import { createTvmazeClient } from '../../utils/providers/tvmaze';
import { jsonResponse, stubFetch, textResponse } from './support/fetch-stub';

/** A clock that only moves when someone sleeps: waits are exact and instant. */
function virtualTime() {
  const clock = { now: 0 };
  const sleep = async (ms: number) => {
    clock.now += ms;
  };
  return { clock, now: () => clock.now, sleep };
}

describe('the per-host rate limiter', () => {
  it('starts at most 20 TVmaze requests in any 10 s, however many are asked at once', async () => {
    const time = virtualTime();
    const limiter = createRateLimiter({ ...TVMAZE_RATE_LIMIT, now: time.now, sleep: time.sleep });
    const startedAt: number[] = [];
    await Promise.all(Array.from({ length: 45 }, () => limiter.acquire().then(() => startedAt.push(time.now()))));
    expect(startedAt).toHaveLength(45);
    for (const start of startedAt) {
      const inWindow = startedAt.filter((other) => other > start - 10_000 && other <= start);
      expect(inWindow.length).toBeLessThanOrEqual(20);
    }
    expect(startedAt.filter((at) => at === 0)).toHaveLength(20);
    expect(startedAt.at(-1)).toBe(20_000);
  });

  it('keeps 25 simultaneous lookups through the TVmaze client under the limit', async () => {
    const time = virtualTime();
    const limiter = createRateLimiter({ ...TVMAZE_RATE_LIMIT, now: time.now, sleep: time.sleep });
    const client = createTvmazeClient({ rateLimiter: limiter, sleep: time.sleep });
    const sentAt: number[] = [];
    stubFetch(
      ...Array.from({ length: 25 }, () => () => {
        sentAt.push(time.now());
        return jsonResponse([]);
      }),
    );
    await Promise.all(Array.from({ length: 25 }, (_, n) => client.searchShows(`Show ${n}`)));
    expect(sentAt.filter((at) => at < 10_000)).toHaveLength(20);
    expect(sentAt.filter((at) => at >= 10_000)).toHaveLength(5);
  });

  it('pauses every caller after a 429, and the retries are spread by jitter', async () => {
    const time = virtualTime();
    const limiter = createRateLimiter({ limit: 100, windowMs: 10_000, now: time.now, sleep: time.sleep });
    limiter.pauseFor(2_000);
    await limiter.acquire();
    expect(time.now()).toBe(2_000);

    const waits: number[] = [];
    const randoms = [0, 0.5, 0.99];
    for (const random of randoms) {
      stubFetch(
        () => textResponse('', { status: 429 }),
        () => textResponse('ok'),
      );
      await fetchText('https://api.tvmaze.com/shows/1', {
        sleep: async (ms) => {
          waits.push(ms);
        },
        random: () => random,
      });
    }
    expect(waits[0]).toBe(RETRY_BASE_DELAY_MS);
    expect(new Set(waits).size).toBe(3);
    for (const wait of waits) {
      expect(wait).toBeGreaterThanOrEqual(RETRY_BASE_DELAY_MS);
      expect(wait).toBeLessThan(RETRY_BASE_DELAY_MS * 1.5);
    }
  });

  it('tells the limiter to pause the host when TVmaze answers 429', async () => {
    const time = virtualTime();
    const limiter = createRateLimiter({ limit: 100, windowMs: 10_000, now: time.now, sleep: time.sleep });
    stubFetch(
      () => textResponse('', { status: 429, headers: { 'Retry-After': '4' } }),
      () => textResponse('ok'),
    );
    // The lookup's own back-off sleep doesn't move this clock: only the limiter's pause can.
    await fetchText('https://api.tvmaze.com/shows/1', { rateLimiter: limiter, sleep: async () => {}, random: () => 0 });
    // The retry went through the limiter, which held it (and would hold any other lookup) for
    // the 4 s TVmaze asked for.
    expect(time.now()).toBe(4_000);
    await limiter.acquire();
    expect(time.now()).toBe(4_000);
  });

  it('gives up waiting when the caller aborts', async () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('navigated away'));
    await expect(waiting).rejects.toThrow('navigated away');
    // The queue is not stuck behind the aborted caller.
    const quick = createRateLimiter({ limit: 1, windowMs: 10 });
    await quick.acquire();
    await expect(quick.acquire()).resolves.toBeUndefined();
  });
});
