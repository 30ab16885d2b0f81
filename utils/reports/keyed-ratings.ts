import type { PageShow, Rating, ResolvedShow } from '../domain';
import type { OmdbClient } from '../providers/omdb';
import type { RatingApi } from '../providers/source-hosts';
import type { TmdbClient } from '../providers/tmdb';
import type { KeyedRatings } from './build-show-report';

export interface KeyedRatingDeps {
  omdb: Pick<OmdbClient, 'ratings'>;
  tmdb: Pick<TmdbClient, 'showFacts'>;
  /** The user's key for `api`, or '' when there is none. */
  readKey(api: RatingApi): Promise<string>;
  /** Whether the browser lets the background reach `api`'s host (an optional host permission). */
  isPermitted(api: RatingApi): Promise<boolean>;
  /** Told about a failing API; the report carries on without it. */
  warn?: (message: string, error: unknown) => void;
  /** How long a report waits for these APIs before going on without them. */
  timeoutMs?: number;
}

/** The keyed APIs are extras: a slow one must not hold the status back for long. */
export const KEYED_RATINGS_TIMEOUT_MS = 6_000;

/**
 * Ratings from the APIs the user gave a key for and allowed (OMDb: IMDb, Rotten Tomatoes critics,
 * Metacritic; TMDB: its vote average), and TMDB's status. Each API is asked only with a key and its
 * host permission, with the show's IMDb id (the page's own first, as the panel's IMDb link uses, else
 * TVmaze's); nothing else about the show or the user is sent. A failing API gives nothing.
 */
export function createKeyedRatings(deps: KeyedRatingDeps) {
  const warn = deps.warn ?? ((message: string, error: unknown) => console.warn(message, error));

  async function usableKey(api: RatingApi): Promise<string | null> {
    const key = (await deps.readKey(api)).trim();
    if (key === '') return null;
    return (await deps.isPermitted(api)) ? key : null;
  }

  return async function keyedRatings(show: ResolvedShow, query: PageShow): Promise<KeyedRatings> {
    const imdbId = query.imdbId ?? show.imdbId;
    if (!imdbId) return { ratings: [], tmdbStatus: null };
    const signal = AbortSignal.timeout(deps.timeoutMs ?? KEYED_RATINGS_TIMEOUT_MS);

    const omdb = usableKey('omdb').then(async (key): Promise<Rating[]> => {
      if (!key) return [];
      return deps.omdb.ratings(imdbId, key, { signal }).catch((error: unknown) => {
        warn('ShowFate: OMDb ratings unavailable', error);
        return [];
      });
    });
    const tmdb = usableKey('tmdb').then(async (key) => {
      if (!key) return null;
      return deps.tmdb.showFacts({ imdbId }, key, { signal }).catch((error: unknown) => {
        warn('ShowFate: TMDB unavailable', error);
        return null;
      });
    });
    const [omdbRatings, tmdbFacts] = await Promise.all([omdb.catch(() => []), tmdb.catch(() => null)]);
    return {
      ratings: [...omdbRatings, ...(tmdbFacts?.rating ? [tmdbFacts.rating] : [])],
      tmdbStatus: tmdbFacts?.status ?? null,
    };
  };
}
