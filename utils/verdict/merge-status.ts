import type { FateStatus } from '../status/fate-status';
import { type ClassifiedArticle, HEADLINE_VERDICTS, type HeadlineVerdict, type TvmazeFacts } from './types';

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
 *     article as evidence, also where other outlets called the same announcement a cancellation
 *     ("CBS cancels X, season 5 will be its last"): the show got its planned last season.
 *   - reports from the time of the end come first: a cancellation or an ending reported more than
 *     RETROSPECTIVE_DAYS after it looks back (or is a spin-off's news) and counts only when nothing
 *     nearer the end is decisive.
 * - A final season announced for a running show is `ending`.
 * - Articles dated long before the show premiered are about an earlier show with the same name;
 *   articles dated in the future are wrong, and never count.
 * - One misread headline must not flip a show. A renewal within a year after a cancellation is a
 *   revival (outlets often write "renews" for a rescue). When a cancellation and a renewal are
 *   reported within CONFLICT_WINDOW_DAYS of each other, the better-supported one wins (more
 *   articles, the trade press counting double) and the report says the outlets disagree.
 */

/**
 * How long before TVmaze's end date a cancellation may be announced and still explain the end.
 * Networks cancel a show while its last season still airs, and sometimes a whole season ahead
 * ("dropped by NBC, will end after the 2024 season": eleven months, measured on real news).
 * Older than this, the show ran on after it (it was revived, then ended).
 */
export const CANCELLATION_LEAD_DAYS = 400;

/**
 * Early renewals come before a premiere, but not this long before: older articles are about
 * another show with the same name (a remake's title brings up the original's news).
 */
export const BEFORE_PREMIERE_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A cancellation is announced at the latest about this long after the last episode (streamers
 * decide months after a season's release); later reports look back on the end.
 */
export const RETROSPECTIVE_DAYS = 365;

/** Reports of a cancellation and a renewal this close together contradict each other. */
export const CONFLICT_WINDOW_DAYS = 30;
/** A renewal this soon after a cancellation is the show being saved. */
export const REVIVAL_WINDOW_DAYS = 365;
/** Outlets whose TV decisions come from the networks themselves: their reports count double. */
const TRADE_PRESS = /\b(?:deadline|variety|hollywood reporter|thr|tvline|tv line)\b/i;

export interface MergedStatus {
  status: FateStatus;
  evidence: ClassifiedArticle | null;
  /** Outlets reported contradicting decisions at about the same time; the status is the better supported. */
  conflicting: boolean;
}

export function mergeStatus(
  tvmaze: TvmazeFacts | null,
  articles: ClassifiedArticle[],
  now: number = Date.now(),
): MergedStatus {
  const base = fromTvmaze(tvmaze?.status ?? null);
  const premiered = parseDay(tvmaze?.premiered ?? null);
  const decisive = newestFirst(
    articles.filter(
      (article) => article.verdict !== 'none' && !predates(article, premiered) && !fromTheFuture(article, now),
    ),
  );

  if (base !== 'ended') {
    const newest = decisive[0];
    if (!newest) return { status: base, evidence: null, conflicting: false };
    return settle(newest, decisive);
  }

  const ended = parseDay(tvmaze?.ended ?? null);
  const ranked = decisive
    .map((article) => ({ article, rank: rankForEndedShow(article, ended) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ article }) => article);
  for (const article of ranked) {
    const status = statusForEndedShow(article, ended);
    if (status) return { status, evidence: article, conflicting: false };
  }
  return { status: 'ended', evidence: null, conflicting: false };
}

/** The newest decisive article's status, checked against the reports just before it. */
function settle(newest: ClassifiedArticle, decisive: ClassifiedArticle[]): MergedStatus {
  const newestTime = parseInstant(newest.published);
  if (newestTime === null) return { status: asStatus(newest.verdict), evidence: newest, conflicting: false };
  const within = (days: number, verdict: HeadlineVerdict) =>
    decisive.filter((article) => {
      const time = parseInstant(article.published);
      return article.verdict === verdict && time !== null && time <= newestTime && newestTime - time <= days * DAY_MS;
    });

  if (newest.verdict === 'renewed' && within(REVIVAL_WINDOW_DAYS, 'canceled').length > 0) {
    const rivals = within(CONFLICT_WINDOW_DAYS, 'canceled');
    const renewals = within(CONFLICT_WINDOW_DAYS, 'renewed');
    // A rescue is news for days; one stray "renewed" against several fresh cancellations is doubt.
    if (support(rivals) > 2 * support(renewals)) {
      return { status: 'canceled', evidence: rivals[0] ?? newest, conflicting: true };
    }
    return { status: 'revived', evidence: newest, conflicting: false };
  }
  if (newest.verdict === 'canceled') {
    const rivals = [...within(CONFLICT_WINDOW_DAYS, 'renewed'), ...within(CONFLICT_WINDOW_DAYS, 'revived')];
    if (rivals.length > 0) {
      const cancellations = within(CONFLICT_WINDOW_DAYS, 'canceled');
      const rival = rivals.sort((a, b) => (parseInstant(b.published) ?? 0) - (parseInstant(a.published) ?? 0))[0];
      return support(rivals) > support(cancellations) && rival
        ? { status: asStatus(rival.verdict), evidence: rival, conflicting: true }
        : { status: 'canceled', evidence: newest, conflicting: true };
    }
  }
  return { status: asStatus(newest.verdict), evidence: newest, conflicting: false };
}

/** How much a set of reports weighs: one per outlet, the trade press two. */
function support(articles: ClassifiedArticle[]): number {
  const outlets = new Map<string, number>();
  for (const article of articles) {
    const outlet = (article.outlet ?? article.url).toLowerCase();
    outlets.set(outlet, TRADE_PRESS.test(outlet) ? 2 : 1);
  }
  return [...outlets.values()].reduce((a, b) => a + b, 0);
}

/** A date more than a day ahead is a feed's error (a 2099 date must not win for good). */
function fromTheFuture(article: ClassifiedArticle, now: number): boolean {
  const published = parseInstant(article.published);
  return published !== null && published > now + DAY_MS;
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

/**
 * The order an Ended show's reports are weighed in (stable, so newest first within a rank): a
 * return after the end first (it is news); then a planned end announced in the run-up to the end
 * (within CANCELLATION_LEAD_DAYS, or undated: "season 6 will be the last", the show ended as
 * planned, whatever outlets called the announcement); then the rest; reports looking back on the end last.
 */
function rankForEndedShow({ verdict, published: date }: ClassifiedArticle, ended: number | null): number {
  const published = parseInstant(date);
  if (ended === null) return 2;
  if (published === null) return verdict === 'ending' ? 1.5 : 2;
  const endNews = verdict === 'canceled' || verdict === 'ending';
  // A cancellation or an end reported long after the last episode looks back on it ("Why X was
  // canceled", or a spin-off's news under the show's name): it stands only when nothing from the
  // time of the end says otherwise.
  if (endNews && published > ended + RETROSPECTIVE_DAYS * DAY_MS) return 3;
  if (!endNews && published > ended + DAY_MS) return 0;
  if (verdict === 'ending' && published >= ended - CANCELLATION_LEAD_DAYS * DAY_MS) return 1;
  return 2;
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

function precedence(verdict: HeadlineVerdict): number {
  return HEADLINE_VERDICTS.indexOf(verdict);
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

/**
 * TMDB's own status for the show (issue 10), as one more piece of evidence. Kept apart from
 * `mergeStatus` on purpose (the verdict rules are being reworked; this only reads its result):
 *
 * - Decisive news still wins (`merged.evidence` set): it is dated, and TMDB's status is not.
 * - TMDB has the word TVmaze lacks: "Canceled". It turns TVmaze's "Ended" or "To Be Determined"
 *   into `canceled`; a show TVmaze calls Running keeps `airing` (its remaining episodes may still
 *   air, and TVmaze follows schedules more closely).
 * - "Ended" settles a "To Be Determined".
 * - Where TVmaze said nothing usable (`unknown`), TMDB's status stands in: Returning Series →
 *   airing, Ended → ended, Canceled → canceled, In Production / Planned / Pilot → in development.
 */
export function withTmdbStatus(merged: MergedStatus, tmdbStatus: string | null | undefined): MergedStatus {
  if (!tmdbStatus || merged.evidence) return merged;
  const tmdb = fromTmdb(tmdbStatus);
  if (tmdb === null) return merged;
  const refined =
    merged.status === 'unknown'
      ? tmdb
      : tmdb === 'canceled' && (merged.status === 'ended' || merged.status === 'pending')
        ? 'canceled'
        : tmdb === 'ended' && merged.status === 'pending'
          ? 'ended'
          : merged.status;
  return refined === merged.status ? merged : { ...merged, status: refined };
}

function fromTmdb(status: string): FateStatus | null {
  switch (status.trim().toLowerCase()) {
    case 'returning series':
      return 'airing';
    case 'ended':
      return 'ended';
    case 'canceled':
    case 'cancelled':
      return 'canceled';
    case 'in production':
    case 'planned':
    case 'pilot':
      return 'in-development';
    default:
      return null;
  }
}
