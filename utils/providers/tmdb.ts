/**
 * TMDB (https://developer.themoviedb.org/): its users' vote average and its own status for a show,
 * with the user's own credential: a v3 API key (sent as the `api_key` query parameter) or a v4 API
 * read access token (sent as `Authorization: Bearer`), told apart by their shape.
 *
 * Two calls per show: `GET /3/find/<tt id>?external_source=imdb_id` (or `tvdb_id`) gives
 * `tv_results: [{id, name, …}]`, then `GET /3/tv/<id>` gives `status` ("Returning Series", "Ended",
 * "Canceled", "In Production", "Planned", "Pilot"), `vote_average` (0–10) and `vote_count`.
 * Refusals are `{"success":false,"status_code":7,"status_message":"Invalid API key: …"}` with
 * HTTP 401; an unknown id is HTTP 404 with `status_code` 34.
 */
import * as v from 'valibot';
import type { Rating } from '../domain';
import { fetchText, parseJsonAnswer, SourceUnavailableError, type TextResponse } from './http';
import { createRateLimiter } from './rate-limit';
import { type ApiKeyCheck, type KeyedRatingClientDeps, type TmdbCredential, tmdbCredential } from './rating-api-keys';
import { TMDB_API, TMDB_WEB } from './source-hosts';

export const TMDB_SOURCE = 'TMDB';

/** TMDB's statuses for a TV show, as its API documents them. */
export const TMDB_STATUSES = ['Returning Series', 'Ended', 'Canceled', 'In Production', 'Planned', 'Pilot'] as const;
export type TmdbStatus = (typeof TMDB_STATUSES)[number];

/** TMDB refused the credential: the user has to fix it in the options page. */
export class TmdbKeyError extends Error {
  override readonly name = 'TmdbKeyError';
}

const TmdbId = v.pipe(v.number(), v.integer(), v.minValue(1));

const FindSchema = v.object({
  // Entries without a usable id are skipped, not fatal.
  tv_results: v.array(v.unknown()),
});

const TvSchema = v.object({
  id: TmdbId,
  // An unknown or missing status is no evidence, not a broken answer.
  status: v.optional(v.fallback(v.nullable(v.picklist(TMDB_STATUSES)), null), null),
  vote_average: v.optional(v.fallback(v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(10))), null), null),
  vote_count: v.optional(v.fallback(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))), null), null),
});

/** What TMDB says about one show. */
export interface TmdbShowFacts {
  tmdbId: number;
  status: TmdbStatus | null;
  /** Null when nobody voted (TMDB then says 0.0). */
  rating: Rating | null;
}

/** The TMDB show ids in a `/3/find` answer, in TMDB's order. */
export function parseTmdbFind(json: unknown): number[] {
  const result = v.safeParse(FindSchema, json);
  if (!result.success) {
    throw new SourceUnavailableError(
      TMDB_SOURCE,
      'invalid-response',
      `not a TMDB find answer: ${v.summarize(result.issues)}`,
    );
  }
  return result.output.tv_results.flatMap((entry) => {
    const id = v.safeParse(v.object({ id: TmdbId }), entry);
    return id.success ? [id.output.id] : [];
  });
}

/** A `/3/tv/<id>` answer as facts, the rating stamped with `observedAt` and linked to TMDB's page. */
export function parseTmdbTv(json: unknown, observedAt: number): TmdbShowFacts {
  const result = v.safeParse(TvSchema, json);
  if (!result.success) {
    throw new SourceUnavailableError(TMDB_SOURCE, 'invalid-response', `not a TMDB show: ${v.summarize(result.issues)}`);
  }
  const { id, status, vote_average: average, vote_count: count } = result.output;
  const rating: Rating | null =
    average !== null && count !== null && count > 0
      ? { source: 'tmdb', value: average, scale: 10, votes: count, observedAt, link: tmdbShowUrl(id) }
      : null;
  return { tmdbId: id, status, rating };
}

/** TMDB's page for a show, from its numeric id alone. */
export function tmdbShowUrl(id: number): string {
  return `${TMDB_WEB}/tv/${id}`;
}

// --- Client -------------------------------------------------------------------------------------

export interface TmdbLookup {
  imdbId?: string | null;
  tvdbId?: number | null;
}

export interface TmdbClient {
  /**
   * The show TMDB links to the IMDb id (else the TVDB id), or null when it knows none. Throws
   * `TmdbKeyError` for a refused credential, `SourceUnavailableError` when TMDB can't answer.
   */
  showFacts(lookup: TmdbLookup, credential: string, options?: { signal?: AbortSignal }): Promise<TmdbShowFacts | null>;
  /** One call with the credential (`/3/authentication`): what TMDB says about it. */
  checkKey(credential: string): Promise<ApiKeyCheck>;
}

export type TmdbClientDeps = KeyedRatingClientDeps;

const TMDB_MAX_BYTES = 1_000_000;
const TMDB_TIMEOUT_MS = 8_000;

export function createTmdbClient(deps: TmdbClientDeps = {}): TmdbClient {
  const now = deps.now ?? Date.now;

  /** GETs `path` (with its query) as `credential`; 401 → TmdbKeyError, 404 → null. */
  async function get(path: string, credential: TmdbCredential, signal?: AbortSignal): Promise<TextResponse | null> {
    const separator = path.includes('?') ? '&' : '?';
    const url =
      credential.kind === 'v3-key'
        ? `${TMDB_API}${path}${separator}api_key=${encodeURIComponent(credential.key)}`
        : `${TMDB_API}${path}`;
    const response = await (deps.fetchText ?? fetchText)(url, {
      source: TMDB_SOURCE,
      timeoutMs: TMDB_TIMEOUT_MS,
      maxBytes: TMDB_MAX_BYTES,
      headers: {
        Accept: 'application/json',
        ...(credential.kind === 'v4-token' ? { Authorization: `Bearer ${credential.token}` } : {}),
      },
      acceptStatuses: [401, 404],
      signal,
      rateLimiter: deps.rateLimiter,
    });
    if (response.status === 401) throw new TmdbKeyError('TMDB refused the credential');
    return response.status === 404 ? null : response;
  }

  function credentialOf(value: string): TmdbCredential {
    const credential = tmdbCredential(value);
    if (!credential) throw new TmdbKeyError('not a TMDB API key or read access token');
    return credential;
  }

  return {
    async showFacts(lookup, value, options = {}) {
      const credential = credentialOf(value);
      const imdbId = lookup.imdbId && /^tt\d{5,10}$/.test(lookup.imdbId) ? lookup.imdbId : null;
      const tvdbId = lookup.tvdbId && Number.isSafeInteger(lookup.tvdbId) && lookup.tvdbId > 0 ? lookup.tvdbId : null;
      const [externalId, source] = imdbId ? [imdbId, 'imdb_id'] : tvdbId ? [String(tvdbId), 'tvdb_id'] : [null, null];
      if (!externalId) return null;
      const found = await get(
        `/3/find/${encodeURIComponent(externalId)}?external_source=${source}`,
        credential,
        options.signal,
      );
      const [tmdbId] = found ? parseTmdbFind(parseJsonAnswer(TMDB_SOURCE, found)) : [];
      if (tmdbId === undefined) return null;
      const show = await get(`/3/tv/${tmdbId}`, credential, options.signal);
      return show ? parseTmdbTv(parseJsonAnswer(TMDB_SOURCE, show), now()) : null;
    },
    async checkKey(value) {
      const credential = tmdbCredential(value);
      if (!credential) return { result: 'refused' };
      try {
        const response = await get('/3/authentication', credential);
        // 200 with `success: true` is the documented answer; a 404 here is not TMDB as documented.
        if (!response) return { result: 'unreachable', reason: 'invalid-response' };
        const answer = v.safeParse(v.object({ success: v.literal(true) }), parseJsonAnswer(TMDB_SOURCE, response));
        return answer.success ? { result: 'accepted' } : { result: 'unreachable', reason: 'invalid-response' };
      } catch (error) {
        if (error instanceof TmdbKeyError) return { result: 'refused' };
        if (error instanceof SourceUnavailableError) return { result: 'unreachable', reason: error.reason };
        throw error;
      }
    },
  };
}

/**
 * TMDB documents an upper limit of about 50 requests a second per IP and answers 429 beyond it
 * (https://developer.themoviedb.org/docs/rate-limiting); a show costs two, and the report cache
 * keeps repeats away. This stays well under it.
 */
export const TMDB_RATE_LIMIT = { limit: 20, windowMs: 1_000 } as const;

/** The client the background uses. */
export const tmdbClient: TmdbClient = createTmdbClient({ rateLimiter: createRateLimiter(TMDB_RATE_LIMIT) });
