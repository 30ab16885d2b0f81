/**
 * OMDb (https://www.omdbapi.com/): the ratings people quote, by IMDb id, with the user's own key.
 *
 * `GET https://www.omdbapi.com/?i=<tt id>&apikey=<key>` answers (as OMDb documents and serves it)
 * `{"Title":"…","imdbRating":"6.1","imdbVotes":"1,500","Metascore":"70","Ratings":[{"Source":
 * "Internet Movie Database","Value":"6.1/10"},{"Source":"Rotten Tomatoes","Value":"79%"},{"Source":
 * "Metacritic","Value":"70/100"}],"imdbID":"tt…","Response":"True"}`, every value a string and
 * "N/A" where unknown. A refusal is `{"Response":"False","Error":"…"}`: "Invalid API key!" and
 * "No API key provided." (HTTP 401), "Request limit reached!" (HTTP 401, the free key's daily
 * 1,000), "Incorrect IMDb ID." and "Error getting data." (HTTP 200).
 *
 * Rotten Tomatoes' score here is the critics' Tomatometer. OMDb gives no page address for it or for
 * Metacritic (its `tomatoURL` needs `tomatoes=true` and is "N/A" for most titles), so those ratings
 * link to a search for the title on the site's own host, built from a constant base: never a URL
 * taken from the answer.
 */
import * as v from 'valibot';
import type { Rating } from '../domain';
import { fetchText, parseJsonAnswer, SourceUnavailableError } from './http';
import { createRateLimiter } from './rate-limit';
import type { ApiKeyCheck, KeyedRatingClientDeps } from './rating-api-keys';
import { METACRITIC_WEB, OMDB_API, ROTTEN_TOMATOES_WEB } from './source-hosts';

export const OMDB_SOURCE = 'OMDb';

/** OMDb's documented error texts (compared without case: they are prose, not codes). */
const INVALID_KEY = /^(invalid api key!?|no api key provided\.?)$/i;
const LIMIT_REACHED = /^request limit reached!?$/i;

/** OMDb refused the key itself: the user has to fix it in the options page. */
export class OmdbKeyError extends Error {
  override readonly name = 'OmdbKeyError';
}

const RatingEntrySchema = v.object({ Source: v.string(), Value: v.string() });

const SuccessSchema = v.object({
  Response: v.literal('True'),
  Title: v.optional(v.string()),
  imdbID: v.optional(v.string()),
  imdbRating: v.optional(v.string()),
  imdbVotes: v.optional(v.string()),
  Metascore: v.optional(v.string()),
  // One odd entry must not lose the others: a malformed list counts as none.
  Ratings: v.optional(v.fallback(v.array(RatingEntrySchema), []), []),
});

const FailureSchema = v.object({
  Response: v.literal('False'),
  Error: v.optional(v.string(), ''),
});

const AnswerSchema = v.variant('Response', [SuccessSchema, FailureSchema]);

export type OmdbAnswer =
  | { kind: 'ratings'; title: string | null; ratings: Rating[] }
  /** OMDb knows no such title (or had none to give): no ratings, not an error. */
  | { kind: 'not-found' }
  | { kind: 'invalid-key' }
  | { kind: 'limit-reached' };

/** "6.1" → 6.1; "N/A" or anything else → null. */
function scoreOutOf10(text: string | undefined): number | null {
  const match = /^\s*(\d{1,2}(?:\.\d{1,2})?)\s*$/.exec(text ?? '');
  const value = match ? Number(match[1]) : Number.NaN;
  return value >= 0 && value <= 10 ? value : null;
}

/** "1,500" or "1500" → 1500; "N/A" → undefined. */
function voteCount(text: string | undefined): number | undefined {
  const trimmed = text?.trim() ?? '';
  if (!/^\d{1,3}(,\d{3})*$|^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed.replaceAll(',', ''));
  return Number.isSafeInteger(value) ? value : undefined;
}

/** "79%" → 79. */
function percent(text: string | undefined): number | null {
  const match = /^\s*(\d{1,3})\s*%\s*$/.exec(text ?? '');
  const value = match ? Number(match[1]) : Number.NaN;
  return value >= 0 && value <= 100 ? value : null;
}

/** "70/100" → 70, "6.1/10" → 6.1 (with `scale` 10). */
function fraction(text: string | undefined, scale: 10 | 100): number | null {
  const match = /^\s*(\d{1,3}(?:\.\d{1,2})?)\s*\/\s*(\d{2,3})\s*$/.exec(text ?? '');
  if (!match || Number(match[2]) !== scale) return null;
  const value = Number(match[1]);
  return value >= 0 && value <= scale ? value : null;
}

/** "70" → 70 (OMDb's `Metascore`). */
function metascore(text: string | undefined): number | null {
  const match = /^\s*(\d{1,3})\s*$/.exec(text ?? '');
  const value = match ? Number(match[1]) : Number.NaN;
  return value >= 0 && value <= 100 ? value : null;
}

/** A search on `base`'s own host for `title`: the honest link when we don't know the page. */
export function siteSearchUrl(site: 'rotten-tomatoes' | 'metacritic', title: string): string {
  const query = encodeURIComponent(title.replace(/\s+/g, ' ').trim().slice(0, 200));
  // Rotten Tomatoes' search page takes `?search=`; Metacritic's is a path segment.
  return site === 'rotten-tomatoes'
    ? `${ROTTEN_TOMATOES_WEB}/search?search=${query}`
    : `${METACRITIC_WEB}/search/${query}/`;
}

/**
 * Reads an OMDb answer for IMDb id `imdbId` (whose page the IMDb rating links to), stamping each
 * rating with `observedAt`. Throws `SourceUnavailableError` (invalid-response) for JSON that is
 * neither of OMDb's two documented shapes.
 */
export function parseOmdbAnswer(json: unknown, imdbId: string, observedAt: number): OmdbAnswer {
  const result = v.safeParse(AnswerSchema, json);
  if (!result.success) {
    throw new SourceUnavailableError(
      OMDB_SOURCE,
      'invalid-response',
      `not an OMDb answer: ${v.summarize(result.issues)}`,
    );
  }
  const answer = result.output;
  if (answer.Response === 'False') {
    const error = answer.Error.trim();
    if (INVALID_KEY.test(error)) return { kind: 'invalid-key' };
    if (LIMIT_REACHED.test(error)) return { kind: 'limit-reached' };
    return { kind: 'not-found' };
  }

  const quoted = (source: string) => answer.Ratings.find((entry) => entry.Source === source)?.Value;
  const title = answer.Title && answer.Title !== 'N/A' ? answer.Title.trim() || null : null;
  const ratings: Rating[] = [];

  const imdb = scoreOutOf10(answer.imdbRating) ?? fraction(quoted('Internet Movie Database'), 10);
  if (imdb !== null) {
    const votes = voteCount(answer.imdbVotes);
    ratings.push({
      source: 'imdb',
      value: imdb,
      scale: 10,
      ...(votes === undefined ? {} : { votes }),
      observedAt,
      link: `https://www.imdb.com/title/${imdbId}/`,
    });
  }
  const tomatometer = percent(quoted('Rotten Tomatoes'));
  if (tomatometer !== null) {
    ratings.push({
      source: 'rotten-tomatoes-critics',
      value: tomatometer,
      scale: 100,
      observedAt,
      ...(title ? { link: siteSearchUrl('rotten-tomatoes', title) } : {}),
    });
  }
  const metacritic = fraction(quoted('Metacritic'), 100) ?? metascore(answer.Metascore);
  if (metacritic !== null) {
    ratings.push({
      source: 'metacritic',
      value: metacritic,
      scale: 100,
      observedAt,
      ...(title ? { link: siteSearchUrl('metacritic', title) } : {}),
    });
  }
  return { kind: 'ratings', title, ratings };
}

// --- Client -------------------------------------------------------------------------------------

export interface OmdbClient {
  /**
   * IMDb, Rotten Tomatoes (critics) and Metacritic for `imdbId`; [] when OMDb has none. Throws
   * `OmdbKeyError` when OMDb refuses the key, `SourceUnavailableError` when it can't answer
   * (its daily limit included).
   */
  ratings(imdbId: string, key: string, options?: { signal?: AbortSignal }): Promise<Rating[]>;
  /** One call with `key`: what OMDb says about it. */
  checkKey(key: string): Promise<ApiKeyCheck>;
}

export type OmdbClientDeps = KeyedRatingClientDeps;

/** An OMDb answer is a few KB. */
const OMDB_MAX_BYTES = 200_000;
const OMDB_TIMEOUT_MS = 8_000;
/** A title every OMDb key can look up (Game of Thrones): the key check's one call. */
export const OMDB_CHECK_IMDB_ID = 'tt0944947';

export function createOmdbClient(deps: OmdbClientDeps = {}): OmdbClient {
  const now = deps.now ?? Date.now;
  async function ask(imdbId: string, key: string, signal?: AbortSignal): Promise<OmdbAnswer> {
    if (!/^tt\d{5,10}$/.test(imdbId)) throw new RangeError('not an IMDb id');
    const url = `${OMDB_API}/?i=${encodeURIComponent(imdbId)}&apikey=${encodeURIComponent(key.trim())}`;
    // OMDb says "wrong key" and "limit reached" with HTTP 401 and a JSON body worth reading.
    const response = await (deps.fetchText ?? fetchText)(url, {
      source: OMDB_SOURCE,
      timeoutMs: OMDB_TIMEOUT_MS,
      maxBytes: OMDB_MAX_BYTES,
      headers: { Accept: 'application/json' },
      acceptStatuses: [401],
      signal,
      rateLimiter: deps.rateLimiter,
    });
    return parseOmdbAnswer(parseJsonAnswer(OMDB_SOURCE, response), imdbId, now());
  }

  return {
    async ratings(imdbId, key, options = {}) {
      const answer = await ask(imdbId, key, options.signal);
      switch (answer.kind) {
        case 'ratings':
          return answer.ratings;
        case 'not-found':
          return [];
        case 'invalid-key':
          throw new OmdbKeyError('OMDb refused the key');
        case 'limit-reached':
          throw new SourceUnavailableError(OMDB_SOURCE, 'rate-limited', "the key's daily limit is reached");
      }
    },
    async checkKey(key) {
      try {
        const answer = await ask(OMDB_CHECK_IMDB_ID, key);
        if (answer.kind === 'invalid-key') return { result: 'refused' };
        if (answer.kind === 'limit-reached') return { result: 'limited' };
        // Ratings or "Incorrect IMDb ID.": either way OMDb answered for this key.
        return { result: 'accepted' };
      } catch (error) {
        if (error instanceof SourceUnavailableError) return { result: 'unreachable', reason: error.reason };
        throw error;
      }
    },
  };
}

/**
 * OMDb documents no rate other than the free key's 1,000 a day; the report cache (12 hours) keeps
 * ShowFate far under it. This keeps a burst of tabs polite: at most 10 calls a second.
 */
export const OMDB_RATE_LIMIT = { limit: 10, windowMs: 1_000 } as const;

/** The client the background uses. */
export const omdbClient: OmdbClient = createOmdbClient({ rateLimiter: createRateLimiter(OMDB_RATE_LIMIT) });
