/**
 * TVmaze: who the show is, its status and dates (https://www.tvmaze.com/api).
 *
 * Answers are parsed defensively: TVmaze's shape has grown over the years (pre-2021 recordings lack
 * `ended`), and any field may be null. Only `id` and `name` are required of a show; any other field
 * that is missing or of the wrong type becomes null instead of rejecting the whole show.
 * `summary` (HTML) and `image` are dropped on purpose: ShowFate never renders API HTML.
 */
import * as v from 'valibot';
import type { ResolvedShow } from '../domain';
import { sliceWellFormed } from '../text/well-formed';
import { fetchText, parseJsonAnswer, type Sleep, SourceUnavailableError, type TextResponse } from './http';
import { createRateLimiter, type RateLimiter, TVMAZE_RATE_LIMIT } from './rate-limit';
import { TVMAZE_API, TVMAZE_WEB } from './source-hosts';

export const TVMAZE_SOURCE = 'TVmaze';

/** A search hit: TVmaze's relevance score (roughly 0–1, best first) and the show. */
export interface TvmazeCandidate {
  score: number;
  show: ResolvedShow;
}

/** TVmaze answered with JSON we can't read as a show: a clear error instead of a crash downstream. */
export class TvmazePayloadError extends Error {
  override readonly name = 'TvmazePayloadError';
}

// --- Validation ---------------------------------------------------------------------------------

const IMDB_ID = /^tt\d{5,10}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is an IMDb title id (tt + 5–10 digits), the only form we put in a lookup URL. */
export function isImdbId(value: unknown): value is string {
  return typeof value === 'string' && IMDB_ID.test(value);
}

/** Missing, null or of the wrong type → null: one odd field must not lose us the show. */
function lenient<const TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.optional(v.fallback(v.nullable(schema), null), null);
}

const NonEmptyString = v.pipe(v.string(), v.trim(), v.nonEmpty());

const ChannelSchema = v.object({ name: NonEmptyString });

const ShowSchema = v.object({
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  name: NonEmptyString,
  url: lenient(v.string()),
  type: lenient(NonEmptyString),
  language: lenient(NonEmptyString),
  status: lenient(NonEmptyString),
  premiered: lenient(v.pipe(v.string(), v.regex(ISO_DAY))),
  ended: lenient(v.pipe(v.string(), v.regex(ISO_DAY))),
  rating: lenient(v.object({ average: lenient(v.pipe(v.number(), v.minValue(0), v.maxValue(10))) })),
  network: lenient(ChannelSchema),
  webChannel: lenient(ChannelSchema),
  externals: lenient(v.object({ imdb: lenient(v.pipe(v.string(), v.regex(IMDB_ID))) })),
  updated: lenient(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

type TvmazeShow = v.InferOutput<typeof ShowSchema>;

const SearchEntrySchema = v.object({
  // A missing or odd score only costs the candidate TVmaze's small say in the ranking.
  score: v.optional(v.fallback(v.pipe(v.number(), v.finite()), 0), 0),
  show: ShowSchema,
});

/**
 * Whether `url` is a TVmaze show page on https://www.tvmaze.com, the only link we keep as attribution.
 * Rejects other hosts, other schemes, credentials, ports and non-show paths.
 */
export function tvmazeShowUrlIsSafe(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.origin === TVMAZE_WEB &&
    parsed.username === '' &&
    parsed.password === '' &&
    /^\/shows\/\d+(\/[a-z0-9-]*)?$/.test(parsed.pathname)
  );
}

/**
 * The attribution link to keep for show `id`: TVmaze's own `url` when it is a safe page for the same
 * show (an http:// one, as in old answers, is upgraded), else one built from the id (TVmaze redirects
 * `/shows/:id` to the slugged page).
 */
export function safeTvmazeShowUrl(url: string | null, id: number): string {
  const fallback = `${TVMAZE_WEB}/shows/${id}`;
  if (url === null) return fallback;
  const upgraded = url.startsWith('http://www.tvmaze.com/') ? `https://${url.slice('http://'.length)}` : url;
  if (!tvmazeShowUrlIsSafe(upgraded)) return fallback;
  const { pathname } = new URL(upgraded);
  // A link to another show would credit the wrong page.
  if (pathname.split('/')[2] !== String(id)) return fallback;
  return `${TVMAZE_WEB}${pathname}`;
}

function toResolvedShow(show: TvmazeShow): ResolvedShow {
  return {
    tvmazeId: show.id,
    name: show.name,
    tvmazeUrl: safeTvmazeShowUrl(show.url, show.id),
    type: show.type,
    language: show.language,
    tvmazeStatus: show.status,
    premiered: show.premiered,
    ended: show.ended,
    // A broadcaster decides a network show's fate; a streamer-only show only has a web channel.
    network: show.network?.name ?? show.webChannel?.name ?? null,
    imdbId: show.externals?.imdb ?? null,
    rating: show.rating?.average ?? null,
    updated: show.updated,
  };
}

/** Reads one TVmaze show object. Throws `TvmazePayloadError` when it lacks a usable id or name. */
export function parseTvmazeShow(json: unknown): ResolvedShow {
  const result = v.safeParse(ShowSchema, json);
  if (!result.success) {
    throw new TvmazePayloadError(`not a TVmaze show: ${v.summarize(result.issues)}`);
  }
  return toResolvedShow(result.output);
}

/**
 * Reads a `/search/shows` answer. The answer must be an array; an entry that isn't a usable show is
 * skipped rather than failing the search (one odd record shouldn't hide the right show).
 */
export function parseTvmazeSearch(json: unknown): TvmazeCandidate[] {
  if (!Array.isArray(json)) {
    throw new TvmazePayloadError('not a TVmaze search answer: expected an array');
  }
  const candidates: TvmazeCandidate[] = [];
  for (const entry of json) {
    const result = v.safeParse(SearchEntrySchema, entry);
    if (result.success) candidates.push({ score: result.output.score, show: toResolvedShow(result.output.show) });
  }
  return candidates;
}

// --- Client -------------------------------------------------------------------------------------

export interface TvmazeRequestOptions {
  signal?: AbortSignal;
}

export interface TvmazeClient {
  /** `GET /search/shows?q=`: up to 10 scored candidates, best first; [] when nothing matches. */
  searchShows(title: string, options?: TvmazeRequestOptions): Promise<TvmazeCandidate[]>;
  /** `GET /singlesearch/shows?q=`: TVmaze's single best guess, or null (404 with an empty body). */
  singleSearch(title: string, options?: TvmazeRequestOptions): Promise<ResolvedShow | null>;
  /** `GET /lookup/shows?imdb=`: the exact show (after TVmaze's 301), or null when TVmaze doesn't know the id. */
  lookupByImdb(imdbId: string, options?: TvmazeRequestOptions): Promise<ResolvedShow | null>;
  /** `GET /shows/:id`, or null when there is no such show. */
  getShow(id: number, options?: TvmazeRequestOptions): Promise<ResolvedShow | null>;
}

export interface TvmazeClientDeps {
  fetchText?: typeof fetchText;
  /** Passed to fetchText for the 429 back-off; tests inject one that doesn't wait. */
  sleep?: Sleep;
  timeoutMs?: number;
  /** Shared by every lookup of the worker: TVmaze's budget is per IP, not per tab. */
  rateLimiter?: RateLimiter;
}

/** Search answers are ~30 KB; a show with embeds a few hundred KB at most. */
const TVMAZE_MAX_BYTES = 1_000_000;
const TVMAZE_TIMEOUT_MS = 8_000;
/** Page titles are short; a huge "title" is not a title, and TVmaze gains nothing from it. */
const MAX_QUERY_LENGTH = 200;

export function createTvmazeClient(deps: TvmazeClientDeps = {}): TvmazeClient {
  const get = (url: string, acceptStatuses: readonly number[], signal: AbortSignal | undefined) =>
    (deps.fetchText ?? fetchText)(url, {
      source: TVMAZE_SOURCE,
      timeoutMs: deps.timeoutMs ?? TVMAZE_TIMEOUT_MS,
      maxBytes: TVMAZE_MAX_BYTES,
      headers: { Accept: 'application/json' },
      acceptStatuses,
      signal,
      sleep: deps.sleep,
      rateLimiter: deps.rateLimiter,
    });

  /** A show answer, or null for 404: TVmaze says "no such show" with 404 and an (often empty) body. */
  const getShowOrNull = async (url: string, signal: AbortSignal | undefined): Promise<ResolvedShow | null> => {
    const response = await get(url, [404], signal);
    if (response.status === 404) return null;
    return readPayload(response, parseTvmazeShow);
  };

  return {
    async searchShows(title, options = {}) {
      const query = cleanQuery(title);
      if (query === '') return [];
      const response = await get(`${TVMAZE_API}/search/shows?q=${encodeURIComponent(query)}`, [], options.signal);
      return readPayload(response, parseTvmazeSearch);
    },

    async singleSearch(title, options = {}) {
      const query = cleanQuery(title);
      if (query === '') return null;
      return getShowOrNull(`${TVMAZE_API}/singlesearch/shows?q=${encodeURIComponent(query)}`, options.signal);
    },

    async lookupByImdb(imdbId, options = {}) {
      if (!isImdbId(imdbId)) throw new RangeError(`not an IMDb id: ${JSON.stringify(imdbId).slice(0, 40)}`);
      const response = await get(
        `${TVMAZE_API}/lookup/shows?imdb=${encodeURIComponent(imdbId)}`,
        [404],
        options.signal,
      );
      if (response.status === 404) return null;
      // fetch followed TVmaze's 301 to /shows/:id; anywhere off the API is not an answer we asked for.
      if (response.redirected && !response.url.startsWith(`${TVMAZE_API}/`)) {
        throw new SourceUnavailableError(TVMAZE_SOURCE, 'invalid-response', 'IMDb lookup redirected off the API', {
          status: response.status,
        });
      }
      return readPayload(response, parseTvmazeShow);
    },

    async getShow(id, options = {}) {
      if (!Number.isSafeInteger(id) || id < 1) throw new RangeError(`not a TVmaze show id: ${id}`);
      return getShowOrNull(`${TVMAZE_API}/shows/${encodeURIComponent(String(id))}`, options.signal);
    },
  };
}

/** The client the background uses. */
export const tvmazeClient: TvmazeClient = createTvmazeClient({ rateLimiter: createRateLimiter(TVMAZE_RATE_LIMIT) });

/** One line of at most MAX_QUERY_LENGTH code units, well-formed so `encodeURIComponent` can't throw. */
function cleanQuery(title: string): string {
  return sliceWellFormed(title.replace(/\s+/g, ' ').trim(), MAX_QUERY_LENGTH).trim();
}

/** JSON and shape problems mean TVmaze can't be used right now: the caller serves its cache. */
function readPayload<T>(response: TextResponse, parse: (json: unknown) => T): T {
  const json = parseJsonAnswer(TVMAZE_SOURCE, response);
  try {
    return parse(json);
  } catch (error) {
    if (!(error instanceof TvmazePayloadError)) throw error;
    throw new SourceUnavailableError(TVMAZE_SOURCE, 'invalid-response', error.message, {
      status: response.status,
      cause: error,
    });
  }
}
