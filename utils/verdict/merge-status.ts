import type { FateStatus } from '../status/fate-status';
import type { ClassifiedArticle, HeadlineVerdict, TvmazeFacts } from './types';

/**
 * Combines what TVmaze says with what the news says into one status.
 *
 * TVmaze knows whether a show is running or over but has no "canceled" (a cancellation and a
 * planned finale are both "Ended"); the news knows why, but goes stale. The rules:
 *
 * - Without decisive news, TVmaze's status maps directly (Running → airing, Ended → ended, …).
 * - The newest decisive article wins: renewed-then-canceled is canceled, canceled-then-revived is
 *   revived. Undated articles rank below dated ones (their age is unknown).
 * - For a show TVmaze calls Ended, news must fit the end:
 *   - a cancellation agrees with "Ended" and explains it, so it counts when it is undated or dated
 *     after (ended − CANCELLATION_LEAD_DAYS). Networks often announce a cancellation while the last
 *     episodes still air; an older one means the show ran on after it (it was revived, then ended).
 *   - a renewal or revival contradicts "Ended", so it counts only when dated after the end date
 *     (the show came back after TVmaze's last record). An older or undated one is history: ended.
 *   - an ending (final season) article explains a planned end: the status is ended, with that
 *     article as evidence.
 * - A final season announced for a running show is `ending`.
 * - Articles dated long before the show premiered are about an earlier show with the same name.
 */

/**
 * How long before TVmaze's end date a cancellation may be announced and still explain the end.
 * 90 days covers a season's last episodes airing after the announcement (broadcast shows canceled
 * in spring finish in early summer); a revival in between would add at least a new season,
 * which takes far longer than that.
 */
export const CANCELLATION_LEAD_DAYS = 90;

/**
 * Early renewals come before a premiere, but not this long before: older articles are about
 * another show with the same name (a remake's title brings up the original's news).
 */
export const BEFORE_PREMIERE_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface MergedStatus {
  status: FateStatus;
  evidence: ClassifiedArticle | null;
}

export function mergeStatus(tvmaze: TvmazeFacts | null, articles: ClassifiedArticle[]): MergedStatus {
  const base = fromTvmaze(tvmaze?.status ?? null);
  const premiered = parseDay(tvmaze?.premiered ?? null);
  const decisive = newestFirst(
    articles.filter((article) => article.verdict !== 'none' && !predates(article, premiered)),
  );

  if (base !== 'ended') {
    const newest = decisive[0];
    return newest ? { status: asStatus(newest.verdict), evidence: newest } : { status: base, evidence: null };
  }

  const ended = parseDay(tvmaze?.ended ?? null);
  for (const article of decisive) {
    const status = statusForEndedShow(article, ended);
    if (status) return { status, evidence: article };
  }
  return { status: 'ended', evidence: null };
}

/** A decisive verdict names its status ("canceled" → canceled); `none` never gets here. */
function asStatus(verdict: HeadlineVerdict): FateStatus {
  return verdict === 'none' ? 'unknown' : verdict;
}

function fromTvmaze(status: string | null): FateStatus {
  switch (status?.trim().toLowerCase()) {
    case 'running':
      return 'airing';
    case 'ended':
      return 'ended';
    case 'to be determined':
      return 'pending';
    case 'in development':
      return 'in-development';
    default:
      return 'unknown';
  }
}

/** What one article means for a show TVmaze calls Ended; null when it is out of date. */
function statusForEndedShow(article: ClassifiedArticle, ended: number | null): FateStatus | null {
  const published = parseInstant(article.published);
  switch (article.verdict) {
    case 'ending':
      return 'ended';
    case 'canceled':
      if (published === null || ended === null) return 'canceled';
      return published >= ended - CANCELLATION_LEAD_DAYS * DAY_MS ? 'canceled' : null;
    case 'renewed':
    case 'revived':
      if (published === null || ended === null) return null;
      return published > ended + DAY_MS ? asStatus(article.verdict) : null;
    default:
      return null;
  }
}

function predates(article: ClassifiedArticle, premiered: number | null): boolean {
  const published = parseInstant(article.published);
  return published !== null && premiered !== null && published < premiered - BEFORE_PREMIERE_DAYS * DAY_MS;
}

/**
 * Newest first; undated after all dated ones, in their given order. Articles from the same
 * instant settle by verdict (revived, canceled, ending, renewed), so the order never depends
 * on the feed's.
 */
function newestFirst(articles: ClassifiedArticle[]): ClassifiedArticle[] {
  return articles
    .map((article, index) => ({ article, index, time: parseInstant(article.published) }))
    .sort((a, b) => {
      if (a.time === null || b.time === null) return a.time === null ? (b.time === null ? a.index - b.index : 1) : -1;
      return b.time - a.time || precedence(a.article.verdict) - precedence(b.article.verdict) || a.index - b.index;
    })
    .map(({ article }) => article);
}

const PRECEDENCE: HeadlineVerdict[] = ['revived', 'canceled', 'ending', 'renewed', 'none'];

function precedence(verdict: HeadlineVerdict): number {
  return PRECEDENCE.indexOf(verdict);
}

/** An ISO 8601 instant in ms, or null when missing or unreadable. */
function parseInstant(value: string | null): number | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

/** A TVmaze YYYY-MM-DD day, as the start of that day in UTC. */
function parseDay(value: string | null): number | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return parseInstant(`${value}T00:00:00Z`);
}
