/**
 * The user's keys for the keyed rating APIs (OMDb, TMDB): what a key looks like, and what checking
 * one can say. A key is sent to its own API only, as that API documents (OMDb: the `apikey` query
 * parameter; TMDB: `api_key` for a v3 key, `Authorization: Bearer` for a v4 read access token).
 */
import type { fetchText, SourceFailureReason } from './http';
import type { RateLimiter } from './rate-limit';
import type { RatingApi } from './source-hosts';

/**
 * What one check call said about a key.
 * - `accepted`: the API answered with data for it.
 * - `limited`: the API knows the key but refuses it for now (OMDb's daily limit): it is kept.
 * - `refused`: the API says the key is wrong (OMDb "Invalid API key!", TMDB status_code 7).
 * - `unreachable`: no answer we could read (offline, timeout, a 5xx, garbage): nothing is known
 *   about the key, which is not the same as a wrong one.
 * - `not-permitted`: the browser doesn't allow ShowFate to reach that API's host.
 */
/** What the keyed rating clients (omdb.ts, tmdb.ts) take from their caller; tests inject all three. */
export interface KeyedRatingClientDeps {
  fetchText?: typeof fetchText;
  rateLimiter?: RateLimiter;
  now?: () => number;
}

export type ApiKeyCheck =
  | { result: 'accepted' }
  | { result: 'limited' }
  | { result: 'refused' }
  | { result: 'unreachable'; reason: SourceFailureReason }
  | { result: 'not-permitted' };

/**
 * OMDb's keys are short alphanumeric strings (8 hex digits as issued); a little room either way
 * for other issued forms, but nothing that could carry a path, a query or a header.
 */
export const OMDB_KEY_PATTERN = /^[A-Za-z0-9]{6,40}$/;

/** TMDB's v3 API key: 32 hexadecimal digits. */
export const TMDB_V3_KEY_PATTERN = /^[0-9a-f]{32}$/i;

/** TMDB's v4 API read access token: a JWT, three base64url parts joined by dots. */
export const TMDB_V4_TOKEN_PATTERN = /^eyJ[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{10,2000}$/;

export type TmdbCredential = { kind: 'v3-key'; key: string } | { kind: 'v4-token'; token: string };

/** A TMDB key or token by its shape, or null when it is neither. */
export function tmdbCredential(value: string): TmdbCredential | null {
  const trimmed = value.trim();
  if (TMDB_V3_KEY_PATTERN.test(trimmed)) return { kind: 'v3-key', key: trimmed };
  if (TMDB_V4_TOKEN_PATTERN.test(trimmed)) return { kind: 'v4-token', token: trimmed };
  return null;
}

/** Whether `value` has the shape of a key for `api` (checked before anything is sent or stored). */
export function isApiKeyShape(api: RatingApi, value: string): boolean {
  return api === 'omdb' ? OMDB_KEY_PATTERN.test(value.trim()) : tmdbCredential(value) !== null;
}
