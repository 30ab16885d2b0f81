import type { Rating, RatingSource, ResolvedShow } from '../utils/domain';

const dateFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Nov 8, 2022" from an ISO date or date-time; null for anything unparseable. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : dateFormat.format(time);
}

/** "Nov 8, 2022" from a time in ms; null for a time that isn't one (a corrupt record's NaN). */
export function formatTimestamp(ms: number): string | null {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : dateFormat.format(date);
}

/** "2019–2023", "2022–", or null. */
export function formatYears(show: Pick<ResolvedShow, 'premiered' | 'ended'>): string | null {
  const start = show.premiered?.slice(0, 4);
  if (!start) return null;
  const end = show.ended?.slice(0, 4);
  return end ? (end === start ? start : `${start}–${end}`) : `${start}–`;
}

export const RATING_SOURCE_NAMES: Record<RatingSource, string> = {
  tvmaze: 'TVmaze',
  imdb: 'IMDb',
  tmdb: 'TMDB',
  'rotten-tomatoes-critics': 'Rotten Tomatoes (critics)',
  'rotten-tomatoes-audience': 'Rotten Tomatoes (audience)',
  metacritic: 'Metacritic',
};

/** "7.4/10", "79%" (Rotten Tomatoes' scores are percentages) or "70/100" (Metacritic's Metascore). */
export function formatRating(rating: Rating): string {
  const percentage = rating.source === 'rotten-tomatoes-critics' || rating.source === 'rotten-tomatoes-audience';
  if (percentage && rating.scale === 100) return `${Math.round(rating.value)}%`;
  if (rating.scale === 100) return `${Math.round(rating.value)}/100`;
  return `${Number(rating.value.toFixed(1))}/${rating.scale}`;
}

/** Only https: links are ever rendered: feeds and APIs are untrusted. */
export function safeHttpsUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "a, b and c": a list of names in a sentence. */
export function joinAsList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
