/**
 * OMDb and TMDB in the fixture world (issue 10): answers in the shapes both APIs document (see
 * utils/providers/omdb.ts and tmdb.ts and tests/fixtures/{omdb,tmdb}/README.md), for the keys below
 * only. The numbers are our own; the seed show's follow what its article quotes.
 */

/** The one OMDb key the fixture OMDb accepts. */
export const E2E_OMDB_KEY = 'e2e0mdb1';
/** The one TMDB v3 key the fixture TMDB accepts. */
export const E2E_TMDB_KEY = '5f0e2e5f0e2e5f0e2e5f0e2e5f0e2e00';

interface WorldRatings {
  title: string;
  imdbRating: string;
  imdbVotes: string;
  tomatometer: string | null;
  metascore: string | null;
  tmdb: { id: number; status: string; voteAverage: number; voteCount: number };
}

/** By IMDb id. tt0944947 is the title OMDb's key check asks for. */
const RATINGS: Record<string, WorldRatings> = {
  tt14537248: {
    title: 'The Imperfects',
    imdbRating: '6.1',
    imdbVotes: '1,500',
    tomatometer: '79%',
    metascore: '70',
    tmdb: { id: 205715, status: 'Canceled', voteAverage: 6.4, voteCount: 143 },
  },
  // TVmaze says To Be Determined and no news says anything: TMDB's "Canceled" decides it.
  tt5290382: {
    title: 'Mindhunter',
    imdbRating: '8.6',
    imdbVotes: '320,000',
    tomatometer: '97%',
    metascore: '74',
    tmdb: { id: 67744, status: 'Canceled', voteAverage: 8.3, voteCount: 3100 },
  },
  tt0944947: {
    title: 'Game of Thrones',
    imdbRating: '9.2',
    imdbVotes: '2,400,000',
    tomatometer: '89%',
    metascore: null,
    tmdb: { id: 1399, status: 'Ended', voteAverage: 8.5, voteCount: 25000 },
  },
};

export interface RatingApiAnswer {
  status: number;
  body: string;
}

const json = (status: number, body: unknown): RatingApiAnswer => ({ status, body: JSON.stringify(body) });

/** `GET https://www.omdbapi.com/?i=<tt>&apikey=<key>`. */
export function answerOmdb(url: URL): RatingApiAnswer {
  const key = url.searchParams.get('apikey');
  if (!key) return json(401, { Response: 'False', Error: 'No API key provided.' });
  if (key !== E2E_OMDB_KEY) return json(401, { Response: 'False', Error: 'Invalid API key!' });
  const id = url.searchParams.get('i') ?? '';
  const known = RATINGS[id];
  if (!known) return json(200, { Response: 'False', Error: 'Incorrect IMDb ID.' });
  const ratings = [
    { Source: 'Internet Movie Database', Value: `${known.imdbRating}/10` },
    ...(known.tomatometer ? [{ Source: 'Rotten Tomatoes', Value: known.tomatometer }] : []),
    ...(known.metascore ? [{ Source: 'Metacritic', Value: `${known.metascore}/100` }] : []),
  ];
  return json(200, {
    Title: known.title,
    Year: '2022',
    Rated: 'TV-14',
    Genre: 'Drama',
    Plot: 'N/A',
    Poster: 'N/A',
    Ratings: ratings,
    Metascore: known.metascore ?? 'N/A',
    imdbRating: known.imdbRating,
    imdbVotes: known.imdbVotes,
    imdbID: id,
    Type: 'series',
    totalSeasons: '1',
    Response: 'True',
  });
}

/** `/3/authentication`, `/3/find/<id>?external_source=imdb_id` and `/3/tv/<id>`, v3 key or Bearer. */
export function answerTmdb(url: URL, authorization: string | undefined): RatingApiAnswer {
  const key = url.searchParams.get('api_key') ?? authorization?.replace(/^Bearer /, '') ?? null;
  if (key !== E2E_TMDB_KEY) {
    return json(401, {
      success: false,
      status_code: 7,
      status_message: 'Invalid API key: You must be granted a valid key.',
    });
  }
  const notFound = json(404, {
    success: false,
    status_code: 34,
    status_message: 'The resource you requested could not be found.',
  });
  if (url.pathname === '/3/authentication') {
    return json(200, { success: true, status_code: 1, status_message: 'Success.' });
  }
  const find = /^\/3\/find\/(tt\d+)$/.exec(url.pathname);
  if (find && url.searchParams.get('external_source') === 'imdb_id') {
    const known = RATINGS[find[1] ?? ''];
    return json(200, {
      movie_results: [],
      person_results: [],
      tv_results: known ? [{ id: known.tmdb.id, name: known.title, media_type: 'tv' }] : [],
      tv_episode_results: [],
      tv_season_results: [],
    });
  }
  const tv = /^\/3\/tv\/(\d+)$/.exec(url.pathname);
  const show = tv ? Object.values(RATINGS).find((entry) => String(entry.tmdb.id) === tv[1]) : undefined;
  if (!show) return notFound;
  return json(200, {
    id: show.tmdb.id,
    name: show.title,
    status: show.tmdb.status,
    type: 'Scripted',
    vote_average: show.tmdb.voteAverage,
    vote_count: show.tmdb.voteCount,
  });
}
