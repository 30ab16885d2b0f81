import type { PageShow, Rating, ShowReport } from '../domain';

/**
 * One rating per source, the freshest: ratings of one source can come from several places (TVmaze
 * for its own, the page's own IMDb rating, an article quoting IMDb or Rotten Tomatoes). The one
 * read most recently (`observedAt`) wins; a rating without a time counts as the oldest, and among
 * equals the first listed. Each source keeps the place of its first appearance.
 */
export function mergeRatings(ratings: readonly Rating[]): Rating[] {
  const bySource = new Map<Rating['source'], Rating>();
  for (const rating of ratings) {
    const known = bySource.get(rating.source);
    if (!known || (rating.observedAt ?? -Infinity) > (known.observedAt ?? -Infinity)) {
      bySource.set(rating.source, rating);
    }
  }
  return [...bySource.values()];
}

/**
 * The report with the page's own rating merged in (read just now, so fresher than one cached or
 * quoted by an article). A cached report is built from an earlier visit's page: its ratings are
 * merged with this visit's, never replaced by them. A film's report shows no ratings.
 */
export function withPageRating(report: ShowReport, query: PageShow, now: number): ShowReport {
  if (!query.pageRating || report.film) return report;
  return { ...report, ratings: mergeRatings([...report.ratings, { ...query.pageRating, observedAt: now }]) };
}

/** IMDb's page for a title, built from its exact id alone (never a URL a page or feed handed us). */
export function imdbTitleUrl(imdbId: string | null | undefined): string | null {
  return imdbId && /^tt\d{5,10}$/.test(imdbId) ? `https://www.imdb.com/title/${imdbId}/` : null;
}
