import type { Rating, RatingSource } from '../utils/domain';
import { METACRITIC_WEB, ROTTEN_TOMATOES_WEB, TMDB_WEB } from '../utils/providers/source-hosts';

/**
 * Where a rating may link, checked again at render time: a report crossed a message channel and
 * sat in IndexedDB, so its `link` is only followed when it is https on that source's own site, in
 * the shape its provider builds. IMDb's link is never taken from a rating: it comes from the exact
 * IMDb id (`imdbTitleUrl`).
 */
const LINK_RULES: Partial<Record<RatingSource, { origin: string; path: RegExp; kind: 'page' | 'search' }>> = {
  tmdb: { origin: TMDB_WEB, path: /^\/tv\/\d{1,10}$/, kind: 'page' },
  // OMDb gives no page for these: the provider links a search for the title on the site itself.
  'rotten-tomatoes-critics': { origin: ROTTEN_TOMATOES_WEB, path: /^\/search$/, kind: 'search' },
  metacritic: { origin: METACRITIC_WEB, path: /^\/search\/[^/]+\/$/, kind: 'search' },
};

export interface RatingLink {
  href: string;
  /** A search on the site for the title, not the title's own page: the panel says so. */
  kind: 'page' | 'search';
}

/** The rating's link, or null when it has none we are willing to follow. */
export function ratingLink(rating: Rating): RatingLink | null {
  const rule = LINK_RULES[rating.source];
  if (!rule || !rating.link) return null;
  let url: URL;
  try {
    url = new URL(rating.link);
  } catch {
    return null;
  }
  if (url.origin !== rule.origin || url.username !== '' || url.password !== '' || url.hash !== '') return null;
  if (!rule.path.test(url.pathname)) return null;
  return { href: url.href, kind: rule.kind };
}
