/** @vitest-environment node */
// Node, not happy-dom: this code runs in the service worker, where there is no DOM either.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  defaultSleep,
  fetchText,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  RETRY_BASE_DELAY_MS,
  SourceUnavailableError,
} from '../../utils/providers/http';
import {
  hangingHandler,
  jsonResponse,
  recordingSleep,
  streamingResponse,
  stubFetch,
  textResponse,
} from './support/fetch-stub';

// The 429 back-off's jitter at its low end, so the waits are exact (tests/providers/rate-limit.test.ts covers the jitter).
beforeEach(() => {
  vi.spyOn(Math, 'random').mockReturnValue(0);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function failure(promise: Promise<unknown>): Promise<SourceUnavailableError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SourceUnavailableError);
  return error as SourceUnavailableError;
}

describe('fetchText', () => {
  it('returns status, text and headers of a 2xx answer', async () => {
    stubFetch(() => jsonResponse({ ok: true }, { headers: { 'Cache-Control': 'public, max-age=3600' } }));
    const response = await fetchText('https://api.tvmaze.com/shows/1');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ ok: true });
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(response.redirected).toBe(false);
  });

  it('sends no cookies or referrer, and passes the headers given', async () => {
    const requests = stubFetch(() => textResponse('ok'));
    await fetchText('https://api.tvmaze.com/x', { headers: { Accept: 'application/json' } });
    const init = requests[0]?.init;
    expect(init?.credentials).toBe('omit');
    expect(init?.referrerPolicy).toBe('no-referrer');
    expect(init?.headers).toEqual({ Accept: 'application/json' });
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('Pokémon – Élite ’');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // Split inside the two-byte "é" and the three-byte "’".
        for (const [from, to] of [
          [0, 4],
          [4, 5],
          [5, bytes.length - 1],
          [bytes.length - 1, bytes.length],
        ] as const) {
          controller.enqueue(bytes.slice(from, to));
        }
        controller.close();
      },
    });
    stubFetch(() => new Response(body));
    const { text } = await fetchText('https://news.google.com/rss/search?q=x');
    expect(text).toBe('Pokémon – Élite ’');
  });

  it('throws http-status for an unaccepted status, and returns an accepted one', async () => {
    stubFetch(
      () => textResponse('', { status: 404 }),
      () => textResponse('', { status: 404 }),
    );
    const error = await failure(fetchText('https://api.tvmaze.com/shows/0', { source: 'TVmaze' }));
    expect(error.reason).toBe('http-status');
    expect(error.status).toBe(404);
    expect(error.source).toBe('TVmaze');
    expect(error.message).toContain('TVmaze unavailable (http-status)');

    const accepted = await fetchText('https://api.tvmaze.com/shows/0', { acceptStatuses: [404] });
    expect(accepted).toMatchObject({ status: 404, text: '' });
  });

  it('names the host as the source when none is given', async () => {
    stubFetch(() => textResponse('', { status: 500 }));
    const error = await failure(fetchText('https://api.tvmaze.com/shows/1'));
    expect(error.source).toBe('api.tvmaze.com');
  });

  it('maps a rejected fetch to a network error', async () => {
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await failure(fetchText('https://api.tvmaze.com/shows/1'));
    expect(error.reason).toBe('network');
    expect(error).toMatchObject({ cause: expect.any(TypeError) });
  });

  it('times out a server that never answers', async () => {
    stubFetch(hangingHandler);
    const error = await failure(fetchText('https://api.tvmaze.com/shows/1', { timeoutMs: 20 }));
    expect(error.reason).toBe('timeout');
    expect(error.message).toContain('20 ms');
  });

  it('times out a body that stalls after the headers', async () => {
    stubFetch(({ init }) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"partial":'));
          init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return new Response(body);
    });
    const error = await failure(fetchText('https://api.tvmaze.com/shows/1', { timeoutMs: 20 }));
    expect(error.reason).toBe('timeout');
  });

  it("rethrows the caller's own abort, not a source error", async () => {
    stubFetch(hangingHandler);
    const controller = new AbortController();
    const pending = fetchText('https://api.tvmaze.com/shows/1', { signal: controller.signal, timeoutMs: 5_000 });
    controller.abort(new DOMException('navigated away', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', message: 'navigated away' });
  });

  it('refuses a body declared larger than maxBytes without reading it', async () => {
    stubFetch(() => textResponse('x'.repeat(2_000), { headers: { 'Content-Length': '2000' } }));
    const error = await failure(fetchText('https://news.google.com/rss/search?q=x', { maxBytes: 1_000 }));
    expect(error.reason).toBe('too-large');
    expect(error.message).toContain('limit 1000 bytes');
  });

  it('stops reading a streamed body as soon as it passes maxBytes', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x78);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
    });
    stubFetch(() => new Response(body));
    const error = await failure(fetchText('https://news.google.com/rss/search?q=x', { maxBytes: 2_000_000 }));
    expect(error.reason).toBe('too-large');
    // An endless body: it must have stopped just past 2 MB, not read on.
    expect(pulled).toBeLessThan(40);
  });

  it('accepts a body of exactly maxBytes', async () => {
    stubFetch(() => streamingResponse(4, 250));
    const { text } = await fetchText('https://news.google.com/rss/search?q=x', { maxBytes: 1_000 });
    expect(text).toHaveLength(1_000);
  });

  describe('HTTP 429', () => {
    it('retries after 2 s and succeeds', async () => {
      const requests = stubFetch(
        () => textResponse('Too Many Requests', { status: 429 }),
        () => textResponse('{"id":1}'),
      );
      const { sleep, waits } = recordingSleep();
      const response = await fetchText('https://api.tvmaze.com/shows/1', { sleep });
      expect(response.text).toBe('{"id":1}');
      expect(requests).toHaveLength(2);
      expect(waits).toEqual([RETRY_BASE_DELAY_MS]);
    });

    it('backs off exponentially and honours a longer Retry-After', async () => {
      stubFetch(
        () => textResponse('', { status: 429, headers: { 'Retry-After': '5' } }),
        () => textResponse('', { status: 429 }),
        () => textResponse('ok'),
      );
      const { sleep, waits } = recordingSleep();
      await fetchText('https://api.tvmaze.com/shows/1', { sleep });
      expect(waits).toEqual([5_000, 4_000]);
    });

    it('gives up after 2 retries as rate-limited', async () => {
      const requests = stubFetch(
        () => textResponse('', { status: 429 }),
        () => textResponse('', { status: 429 }),
        () => textResponse('', { status: 429, headers: { 'Retry-After': '3' } }),
      );
      const { sleep, waits } = recordingSleep();
      const error = await failure(fetchText('https://api.tvmaze.com/shows/1', { sleep, source: 'TVmaze' }));
      expect(error.reason).toBe('rate-limited');
      expect(error.status).toBe(429);
      expect(error.retryAfterMs).toBe(3_000);
      expect(requests).toHaveLength(3);
      expect(waits).toEqual([2_000, 4_000]);
    });

    it('does not wait out a Retry-After longer than the cap', async () => {
      stubFetch(() => textResponse('', { status: 429, headers: { 'Retry-After': '3600' } }));
      const { sleep, waits } = recordingSleep();
      const error = await failure(fetchText('https://api.tvmaze.com/shows/1', { sleep }));
      expect(error.reason).toBe('rate-limited');
      expect(error.retryAfterMs).toBe(3_600_000);
      expect(waits).toEqual([]);
      expect(MAX_RETRY_AFTER_MS).toBeLessThan(3_600_000);
    });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2024, 0, 15, 10, 0, 0);

  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7_000);
    expect(parseRetryAfter('Mon, 15 Jan 2024 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 15 Jan 2024 09:00:00 GMT', now)).toBe(0);
  });

  it('returns null when absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
  });
});

describe('defaultSleep', () => {
  it('waits, and rejects when its signal aborts', async () => {
    await expect(defaultSleep(1)).resolves.toBeUndefined();
    const controller = new AbortController();
    const pending = defaultSleep(10_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });
});
