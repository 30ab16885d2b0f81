/**
 * The one way ShowFate's background fetches text from a data source.
 *
 * Runs in the MV3 service worker: only `fetch`, streams, `AbortSignal` and timers, no DOM.
 * Every failure that means "the source can't answer right now" becomes a `SourceUnavailableError`,
 * so the caller can serve its cache marked outdated instead of guessing what went wrong.
 */

export type SourceFailureReason =
  /** fetch rejected: offline, DNS, TLS, CORS, connection reset. */
  | 'network'
  /** No complete answer within the time allowed (headers or body). */
  | 'timeout'
  /** An HTTP status the caller did not ask to handle itself. */
  | 'http-status'
  /** The body was larger than the caller allows. */
  | 'too-large'
  /** HTTP 429 still after the allowed retries, or a Retry-After longer than we are willing to wait. */
  | 'rate-limited'
  /** The source answered, but not with what it documents (bad JSON, not RSS, unexpected shape). */
  | 'invalid-response';

export interface SourceUnavailableDetails {
  /** The HTTP status when there was one. */
  status?: number | null;
  /** How long the source asked us to wait (Retry-After), in ms, when it said. */
  retryAfterMs?: number | null;
  cause?: unknown;
}

/** The source (TVmaze, Google News, …) could not be used for this request. */
export class SourceUnavailableError extends Error {
  override readonly name = 'SourceUnavailableError';
  readonly source: string;
  readonly reason: SourceFailureReason;
  readonly status: number | null;
  readonly retryAfterMs: number | null;

  constructor(source: string, reason: SourceFailureReason, detail: string, details: SourceUnavailableDetails = {}) {
    super(`${source} unavailable (${reason}): ${detail}`, details.cause === undefined ? {} : { cause: details.cause });
    this.source = source;
    this.reason = reason;
    this.status = details.status ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }
}

/** A JSON answer's value; text that isn't JSON means `source` can't be used right now. */
export function parseJsonAnswer(source: string, response: TextResponse): unknown {
  try {
    return JSON.parse(response.text);
  } catch (error) {
    throw new SourceUnavailableError(source, 'invalid-response', 'the answer is not JSON', {
      status: response.status,
      cause: error,
    });
  }
}

export function isSourceUnavailableError(error: unknown): error is SourceUnavailableError {
  return error instanceof SourceUnavailableError;
}

/** Waits `ms`; rejects with the signal's reason when it aborts. Injected in tests so they never wait. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const defaultSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export interface FetchTextOptions {
  /** Named in errors and logs ("TVmaze"); defaults to the URL's host. */
  source?: string;
  /** Per attempt, covering headers and body. */
  timeoutMs?: number;
  /** Counted on the decoded (decompressed) bytes as they stream in. */
  maxBytes?: number;
  headers?: Record<string, string>;
  /** The caller's own abort (e.g. the tab navigated away): rethrown as is, it is not the source's fault. */
  signal?: AbortSignal;
  /** Non-2xx statuses handed back instead of thrown: TVmaze's 404 means "no match", not "down". */
  acceptStatuses?: readonly number[];
  /** Retries after HTTP 429 only; other failures are not retried (the cache covers them). */
  maxRetries?: number;
  sleep?: Sleep;
  /**
   * Hosts the answer may come from after redirects; by default only the requested URL's own. The
   * final URL is checked (an extension's fetch can't see the hops of a followed redirect, and
   * `redirect: 'manual'` hides the Location header), so a feed or an article redirected to another
   * host, or to plain http, is refused before its body is read (issue 11, finding 10).
   */
  allowedHosts?: readonly string[];
  /** The host's request budget, shared by every caller (TVmaze's 20 per 10 s). */
  rateLimiter?: { acquire(signal?: AbortSignal): Promise<void>; pauseFor(ms: number): void };
  /** 0 ≤ x < 1, for the back-off's jitter; tests pass a constant. */
  random?: () => number;
}

export interface TextResponse {
  status: number;
  text: string;
  headers: Headers;
  /** The final URL after redirects (TVmaze's IMDb lookup answers with a 301). */
  url: string;
  redirected: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 1_000_000;
export const DEFAULT_MAX_RETRIES = 2;
/** TVmaze asks for a back-off of at least 2 s after a 429 (docs/data-sources.md, TVmaze). */
export const RETRY_BASE_DELAY_MS = 2_000;
/**
 * A Retry-After longer than this is not waited out: the panel would sit on "Checking…" for ages.
 * The error carries `retryAfterMs` so the caller can serve the cache and try later.
 */
export const MAX_RETRY_AFTER_MS = 10_000;

/**
 * GETs `url` and returns its body as text.
 * Throws `SourceUnavailableError` for network errors, timeouts, unaccepted statuses, oversized bodies
 * and persistent rate limiting; rethrows the caller's own abort reason unchanged.
 */
export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<TextResponse> {
  const source = options.source ?? hostOf(url);
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const sleep = options.sleep ?? defaultSleep;

  for (let attempt = 0; ; attempt++) {
    await options.rateLimiter?.acquire(options.signal);
    const response = await fetchOnce(url, source, options);
    if (response.status !== 429) return response;

    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    if (attempt >= maxRetries) {
      throw new SourceUnavailableError(source, 'rate-limited', `HTTP 429 after ${attempt + 1} attempts`, {
        status: 429,
        retryAfterMs,
      });
    }
    if (retryAfterMs !== null && retryAfterMs > MAX_RETRY_AFTER_MS) {
      throw new SourceUnavailableError(source, 'rate-limited', `HTTP 429, asked to wait ${retryAfterMs} ms`, {
        status: 429,
        retryAfterMs,
      });
    }
    // Exponential from 2 s (2 s, 4 s), never shorter than what the source asked for, plus up to half
    // as much again at random: lookups that were refused together don't all come back together.
    const backoff = RETRY_BASE_DELAY_MS * 2 ** attempt;
    const delay = Math.max(backoff, retryAfterMs ?? 0) + Math.floor((options.random ?? Math.random)() * (backoff / 2));
    options.rateLimiter?.pauseFor(Math.max(backoff, retryAfterMs ?? 0));
    await sleep(delay, options.signal);
  }
}

/** One attempt. A 429 is returned (body discarded) so the loop above can decide to retry. */
async function fetchOnce(url: string, source: string, options: FetchTextOptions): Promise<TextResponse> {
  const outer = options.signal;
  if (outer?.aborted) throw outer.reason;

  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeoutSignal = AbortSignal.timeout(timeoutMs);
  // AbortSignal.any would do this, but Firefox only has it from 124 and we support 115 ESR.
  const controller = new AbortController();
  const abortFrom = (signal: AbortSignal) => () => controller.abort(signal.reason);
  const onTimeout = abortFrom(timeoutSignal);
  const onOuterAbort = outer ? abortFrom(outer) : null;
  timeoutSignal.addEventListener('abort', onTimeout, { once: true });
  if (outer && onOuterAbort) outer.addEventListener('abort', onOuterAbort, { once: true });

  try {
    const response = await fetch(url, {
      method: 'GET',
      headers: options.headers,
      signal: controller.signal,
      // No cookies or referrer to the sources: which show someone looks at is nobody else's business.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
    });

    const finalUrl = response.url || url;
    if (!isAllowedFinalUrl(finalUrl, options.allowedHosts ?? [hostOf(url)])) {
      void response.body?.cancel().catch(() => undefined);
      throw new SourceUnavailableError(source, 'invalid-response', `redirected to ${describeHost(finalUrl)}`, {
        status: response.status,
      });
    }
    if (response.status === 429) {
      void response.body?.cancel().catch(() => undefined);
      return { status: 429, text: '', headers: response.headers, url: response.url || url, redirected: false };
    }
    const accepted = response.ok || (options.acceptStatuses ?? []).includes(response.status);
    if (!accepted) {
      void response.body?.cancel().catch(() => undefined);
      throw new SourceUnavailableError(source, 'http-status', `HTTP ${response.status}`, { status: response.status });
    }

    const text = await readBodyText(response, options.maxBytes ?? DEFAULT_MAX_BYTES, source);
    return {
      status: response.status,
      text,
      headers: response.headers,
      url: response.url || url,
      redirected: response.redirected,
    };
  } catch (error) {
    if (error instanceof SourceUnavailableError) throw error;
    if (outer?.aborted) throw outer.reason;
    if (timeoutSignal.aborted) {
      throw new SourceUnavailableError(source, 'timeout', `no answer within ${timeoutMs} ms`, { cause: error });
    }
    throw new SourceUnavailableError(source, 'network', describe(error), { cause: error });
  } finally {
    timeoutSignal.removeEventListener('abort', onTimeout);
    if (outer && onOuterAbort) outer.removeEventListener('abort', onOuterAbort);
  }
}

/** Streams the body, stopping as soon as it passes `maxBytes` so a huge answer never sits in memory. */
async function readBodyText(response: Response, maxBytes: number, source: string): Promise<string> {
  const tooLarge = (detail: string) =>
    new SourceUnavailableError(source, 'too-large', `${detail} (limit ${maxBytes} bytes)`, {
      status: response.status,
    });

  // Content-Length counts compressed bytes, which are never more than the decoded ones: safe to refuse early.
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(`body declared as ${declared} bytes`);
  }
  if (!response.body) return '';

  const decoder = createDecoder(response.headers.get('content-type'));
  const reader = response.body.getReader();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(`body passed ${received} bytes`);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function createDecoder(contentType: string | null): TextDecoder {
  const charset = /charset\s*=\s*"?([\w-]+)"?/i.exec(contentType ?? '')?.[1];
  if (charset) {
    try {
      return new TextDecoder(charset);
    } catch {
      // An unknown label: TVmaze and Google News serve UTF-8 anyway.
    }
  }
  return new TextDecoder('utf-8');
}

/**
 * Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Returns ms to wait (0 for a date in the past), or null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only the IMF-fixdate form ("Wed, 21 Oct 2015 07:28:00 GMT") that current servers send; the obsolete
  // forms are ignored (null → plain back-off). Checked first because Date.parse also takes "-5" as a year.
  if (!/^[a-z]{3}, \d{2} [a-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/i.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** Whether a response's final URL is https on one of `hosts`. */
function isAllowedFinalUrl(url: string, hosts: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && hosts.includes(parsed.host);
  } catch {
    return false;
  }
}

function describeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'an unreadable URL';
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
