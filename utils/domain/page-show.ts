import type { Rating } from './show-report';
import type { ServiceId } from './streaming-services';

/** What kind of page a URL is, as far as the URL alone tells. */
export type PageKind = 'title' | 'player';

export type TitleKind = 'series' | 'film' | 'unknown';

/** What a page says about the show it is about: the query the background resolves. */
export interface PageShow {
  service: ServiceId;
  /** The service's own id for the title (stable key for remembered corrections), or null. */
  serviceTitleId: string | null;
  /** Cleaned title: no "Watch …", "| Netflix Official Site", "Season 4". */
  title: string;
  /** A year the page shows (premiere or release), or null. */
  year: number | null;
  kind: TitleKind;
  /** An exact IMDb id (tt…), when the page carries one. */
  imdbId: string | null;
  pageKind: PageKind;
  /**
   * The page's own rating of the title, where the page is a ratings site's (IMDb's JSON-LD
   * `aggregateRating`): shown beside the sources' ratings, and never sent anywhere.
   */
  pageRating?: Rating;
}
