import type { Rating, RatingSource, ResolvedShow } from '../utils/domain';
import { formatDate as formatLocalDate, formatNumber, type MessageId, t, uiLocale } from '../utils/i18n/translate';

/** A day as the UI language writes it; UTC, since article dates are days, not moments. */
const DAY: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' };

/** "Nov 8, 2022" / "8 nov 2022" from an ISO date or date-time; null for anything unparseable. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : formatLocalDate(time, DAY);
}

/** "Nov 8, 2022" / "8 nov 2022" from a time in ms; null for a time that isn't one (a corrupt record's NaN). */
export function formatTimestamp(ms: number): string | null {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : formatLocalDate(date, DAY);
}

/** "2019–2023", "2022–", or null. */
export function formatYears(show: Pick<ResolvedShow, 'premiered' | 'ended'>): string | null {
  const start = show.premiered?.slice(0, 4);
  if (!start) return null;
  const end = show.ended?.slice(0, 4);
  return end ? (end === start ? start : `${start}–${end}`) : `${start}–`;
}

/** Each rating source's name, as a message id (Rotten Tomatoes says whose score it is). */
export const RATING_SOURCE_NAMES: Record<RatingSource, MessageId> = {
  tvmaze: 'ratingTvmaze',
  imdb: 'ratingImdb',
  tmdb: 'ratingTmdb',
  'rotten-tomatoes-critics': 'ratingRottenTomatoesCritics',
  'rotten-tomatoes-audience': 'ratingRottenTomatoesAudience',
  metacritic: 'ratingMetacritic',
};

/** A rating source's name in the user's language. */
export function ratingSourceName(source: RatingSource): string {
  return t(RATING_SOURCE_NAMES[source]);
}

/**
 * "7.4/10", "79%" (Rotten Tomatoes' scores are percentages) or "70/100" (Metacritic's Metascore),
 * in the user's number format ("7,4/10", "79 %" in Spanish).
 */
export function formatRating(rating: Rating): string {
  const percentage = rating.source === 'rotten-tomatoes-critics' || rating.source === 'rotten-tomatoes-audience';
  if (percentage && rating.scale === 100) return formatNumber(Math.round(rating.value) / 100, { style: 'percent' });
  if (rating.scale === 100) return `${formatNumber(Math.round(rating.value))}/${formatNumber(100)}`;
  return `${formatNumber(Number(rating.value.toFixed(1)))}/${formatNumber(rating.scale)}`;
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

/** "a, b and c" ("a, b y c"): a list of names in a sentence, in the UI language. */
export function joinAsList(items: readonly string[]): string {
  return new Intl.ListFormat(uiLocale(), { style: 'long', type: 'conjunction' }).format(items);
}
