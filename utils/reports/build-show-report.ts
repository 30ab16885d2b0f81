import type {
  ArticleFindings,
  Evidence,
  MatchMethod,
  NewsArticle,
  PageShow,
  Rating,
  ResolvedShow,
  ShowReport,
} from '../domain';
import { type ClassifiedArticle, classifyHeadlineWithReason, mergeStatus, withTmdbStatus } from '../verdict';
import { mergeRatings } from './merge-ratings';

/** What a news search needs to know of a show. */
export type NewsShow = Pick<ResolvedShow, 'name' | 'network'>;

/** What building a report needs from the outside world; the background wires the real sources. */
export interface ReportSources {
  /** Finds the show the page means, or null when no match is confident enough. */
  resolve(query: PageShow): Promise<{ show: ResolvedShow; method: MatchMethod } | null>;
  /** The TVmaze show the user picked for this page, when they corrected a match. */
  correctedShow(query: PageShow): Promise<ResolvedShow | null>;
  /**
   * News about the show from every enabled source. A failing source yields no articles, not an
   * error (no news is better than a wrong verdict), and `complete: false` says one failed.
   */
  findNews(show: NewsShow): Promise<{ articles: NewsArticle[]; complete: boolean }>;
  /**
   * Optional: asking for the news alongside resolution (issue 12). `fromPage` gives the show the
   * page's title alone stands for when its news search needs nothing TVmaze adds (a distinctive title
   * needs no network), and `fits` says whether news found for it is the news the resolved show would
   * get (the same search). Without it, or when it doesn't fit, the news waits for the resolved show.
   */
  earlyNews?: {
    fromPage(query: PageShow): NewsShow | null;
    fits(early: NewsShow, resolved: ResolvedShow): boolean;
  };
  /**
   * Facts read from the deciding article's own page; null when article reading is off, the
   * article's real URL is unknown or its host isn't allowed, or the page can't be read.
   */
  readArticle(evidence: Evidence, show: ResolvedShow): Promise<ArticleFindings | null>;
  /**
   * Optional: ratings from the APIs the user gave a key for (OMDb, TMDB) and TMDB's status, asked
   * alongside the news. Never fails the report: a failing API gives nothing (utils/reports/keyed-ratings.ts).
   */
  keyedRatings?(show: ResolvedShow, query: PageShow): Promise<KeyedRatings>;
  now(): number;
}

/** What the keyed rating APIs add to a report. */
export interface KeyedRatings {
  ratings: Rating[];
  /** TMDB's status ("Canceled", "Ended", "Returning Series", …), or null without a TMDB answer. */
  tmdbStatus: string | null;
}

const NO_KEYED_RATINGS: KeyedRatings = { ratings: [], tmdbStatus: null };

/**
 * Resolves the page's show, reads the news about it and merges both into one status. Throws when
 * TVmaze is unreachable, so the caller can fall back to the last known report.
 */
export async function buildShowReport(query: PageShow, sources: ReportSources): Promise<ShowReport> {
  const base = { query, fetchedAt: sources.now(), outdated: false, articleFindings: null, newsUnavailable: false };
  // A film has no renewal to report: saying "Ended" or "Canceled" about it would be wrong.
  if (query.kind === 'film') {
    return { ...base, show: null, matchMethod: null, status: 'unknown', evidence: null, ratings: [], film: true };
  }

  const corrected = await sources.correctedShow(query);
  // A corrected page means the page's title misled once: its news waits for the chosen show.
  const earlyShow = corrected ? null : (sources.earlyNews?.fromPage(query) ?? null);
  const earlyNews = earlyShow
    ? sources.findNews(earlyShow).catch(() => null) // unused if it fails: the resolved show asks again
    : null;
  const match = corrected ? { show: corrected, method: 'user-choice' as const } : await sources.resolve(query);
  if (!match) {
    return { ...base, show: null, matchMethod: null, status: 'unknown', evidence: null, ratings: [], film: false };
  }

  const { show } = match;
  // Asked alongside the news; whatever goes wrong there, the report goes on without it.
  const keyed = Promise.resolve()
    .then(() => sources.keyedRatings?.(show, query) ?? NO_KEYED_RATINGS)
    .catch(() => NO_KEYED_RATINGS);
  const early = earlyShow && earlyNews && sources.earlyNews?.fits(earlyShow, show) ? await earlyNews : null;
  const news = early ?? (await sources.findNews(show));
  const articles = classifyArticles(withoutFutureDates(news.articles, base.fetchedAt), show.name);
  const { ratings: keyedRatings, tmdbStatus } = await keyed;
  const verdict = withTmdbStatus(
    mergeStatus({ status: show.tvmazeStatus, premiered: show.premiered, ended: show.ended }, articles),
    tmdbStatus,
  );
  const evidence = toEvidence(verdict.evidence);
  const articleFindings = evidence ? await sources.readArticle(evidence, show) : null;
  return {
    ...base,
    show,
    matchMethod: match.method,
    status: verdict.status,
    evidence,
    articleFindings,
    ratings: mergeRatings([...ratingsOf(show), ...keyedRatings, ...(articleFindings?.ratings ?? [])]),
    newsUnavailable: !news.complete,
    conflictingReports: verdict.conflicting,
    film: false,
  };
}

/** Feeds' clocks and time zones are off by hours at worst; a date further ahead is not a date. */
export const MAX_FUTURE_DATE_MS = 24 * 60 * 60 * 1000;

/**
 * Articles dated more than a day ahead lose their date (issue 11, finding 6): "newest decisive
 * article wins", and an item dated 2099 would otherwise beat a real cancellation for good. Without
 * a date it still counts, but as undated evidence.
 */
export function withoutFutureDates(articles: NewsArticle[], now: number): NewsArticle[] {
  return articles.map((article) => {
    const time = article.published ? Date.parse(article.published) : Number.NaN;
    return Number.isFinite(time) && time > now + MAX_FUTURE_DATE_MS ? { ...article, published: null } : article;
  });
}

function toEvidence(article: ClassifiedArticle | null): Evidence | null {
  if (!article || article.verdict === 'none') return null;
  const { headline, outlet, url, published, verdict, season, decidedBy = null } = article;
  return { headline, outlet, url, published, verdict, season, decidedBy };
}

export function classifyArticles(articles: NewsArticle[], showName: string): ClassifiedArticle[] {
  return articles.map((article) => ({ ...article, ...classifyHeadlineWithReason(article.headline, showName) }));
}

function ratingsOf(show: ResolvedShow): Rating[] {
  return show.rating === null ? [] : [{ source: 'tvmaze', value: show.rating, scale: 10 }];
}
