import type { DecisiveVerdict, FateStatus } from '../status/fate-status';
import type { NewsSourceId } from './news-sources';
import type { PageShow } from './page-show';

export type RatingSource =
  | 'tvmaze'
  | 'imdb'
  | 'tmdb'
  | 'rotten-tomatoes-critics'
  | 'rotten-tomatoes-audience'
  | 'metacritic';

export interface Rating {
  source: RatingSource;
  value: number;
  /** 10 for x/10 scores, 100 for percentages. */
  scale: number;
  votes?: number;
  /**
   * When this value was read at its source (ms since the epoch), where known: ratings of one source
   * from several places are merged to the freshest (utils/reports/merge-ratings.ts).
   */
  observedAt?: number;
  /**
   * Where the rating can be seen, built by its provider from a constant https base and an id or an
   * encoded title (never a URL an API or page handed us); the panel checks the host again before
   * linking. IMDb's link is always rebuilt from the exact IMDb id instead.
   */
  link?: string;
}

export interface NewsArticle {
  headline: string;
  /** The outlet's name ("Deadline"), from the feed's <source> or the trade feed itself. */
  outlet: string | null;
  /** https: link to the article (Google News gives its own redirect link). */
  url: string;
  /** ISO 8601, or null when the feed had no usable date. */
  published: string | null;
  source: NewsSourceId;
}

/** The TVmaze show, reduced to what ShowFate shows and decides with. */
export interface ResolvedShow {
  tvmazeId: number;
  name: string;
  /** TVmaze's page for the show: linked as the CC BY-SA attribution. */
  tvmazeUrl: string;
  type: string | null;
  language: string | null;
  /** TVmaze's own status: Running, Ended, To Be Determined, In Development. */
  tvmazeStatus: string | null;
  premiered: string | null;
  ended: string | null;
  network: string | null;
  imdbId: string | null;
  rating: number | null;
  /** TVmaze's `updated`, unix seconds. */
  updated: number | null;
}

/** How the show was found: an exact id, or a title match (said plainly in the panel). */
export type MatchMethod = 'imdb-id' | 'service-id' | 'user-choice' | 'title';

export interface Evidence {
  headline: string;
  outlet: string | null;
  url: string;
  published: string | null;
  verdict: DecisiveVerdict;
  season: number | null;
  /** The headline's words that decided the verdict ("pulls the plug"), shown as the panel's "why". */
  decidedBy?: string | null;
}

/** What the deciding article itself says, read from its page (opt-in article reading). */
export interface ArticleFindings {
  /** The article read: the evidence's real URL, on a host the user allowed. */
  url: string;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) of the decision, when the article states it. */
  decidedOn: string | null;
  /** The season renewed, ending, or not coming, when the article states it. */
  season: number | null;
  network: string | null;
  premiered: string | null;
  /** Ratings quoted in the article (IMDb, Rotten Tomatoes, Metacritic). */
  ratings: Rating[];
}

export interface ShowReport {
  /** The page's query this report answers. */
  query: PageShow;
  /** Null when no confident match: the panel says "not found" with `query.title`. */
  show: ResolvedShow | null;
  matchMethod: MatchMethod | null;
  status: FateStatus;
  evidence: Evidence | null;
  ratings: Rating[];
  /** When the data behind this report was fetched (ms since epoch). */
  fetchedAt: number;
  /** Facts from the deciding article's own page, when the user turned article reading on. */
  articleFindings: ArticleFindings | null;
  /** A news source failed during this lookup: the status rests on the others (and TVmaze). */
  newsUnavailable: boolean;
  /** Outlets reported contradicting decisions at about the same time; the status is the better supported. */
  conflictingReports?: boolean;
  /** True when served from the cache because the network failed: possibly out of date. */
  outdated: boolean;
  /** A film: ShowFate gives films no series status. */
  film: boolean;
}
