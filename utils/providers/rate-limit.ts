/**
 * A per-host request budget, kept by the background for every tab at once: TVmaze allows 20 calls
 * per 10 seconds per IP (https://www.tvmaze.com/api#rate-limiting), and a user opening a dozen
 * tabs, or a page changing show every second, must not make it answer 429 for everyone.
 *
 * A sliding window: a request starts when fewer than `limit` started in the last `windowMs`, in the
 * order asked. After a 429 the whole host is paused, so waiting requests don't all retry at once.
 */
import { defaultSleep, type Sleep } from './http';

export interface RateLimiter {
  /** Resolves when a request may start; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** The host said "too many" (429): nobody starts for `ms`. */
  pauseFor(ms: number): void;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
  sleep?: Sleep;
}

export function createRateLimiter({
  limit,
  windowMs,
  now = Date.now,
  sleep = defaultSleep,
}: RateLimiterOptions): RateLimiter {
  /** Start times of the requests in the current window, oldest first. */
  const started: number[] = [];
  let pausedUntil = 0;
  /** Requests are admitted one after another, first asked first served. */
  let queue: Promise<void> = Promise.resolve();

  async function admit(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const time = now();
      while (started.length > 0 && (started[0] ?? 0) <= time - windowMs) started.shift();
      const waitForPause = pausedUntil - time;
      const waitForWindow = started.length < limit ? 0 : (started[0] ?? time) + windowMs - time;
      const wait = Math.max(waitForPause, waitForWindow);
      if (wait <= 0) {
        started.push(time);
        return;
      }
      await sleep(wait, signal);
    }
  }

  return {
    acquire(signal) {
      const turn = queue.then(() => admit(signal));
      // The next in line waits for this one's admission, not for its success.
      queue = turn.catch(() => undefined);
      return turn;
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
  };
}

/** TVmaze's documented limit: 20 calls every 10 seconds. */
export const TVMAZE_RATE_LIMIT = { limit: 20, windowMs: 10_000 } as const;
