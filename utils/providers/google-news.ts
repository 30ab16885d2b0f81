/**
 * Google News RSS search: the articles behind a verdict ("canceled", "renewed", …).
 *
 * Feed facts (docs/data-sources.md): `<title>` is "Headline - Publisher" where the suffix
 * equals `<source>`; `<link>` is Google's own https redirect to the article; `<pubDate>` is RFC 822;
 * `<description>` is escaped HTML and is ignored here. The channel's terms allow personal,
 * non-commercial feed-reader use, which is what the extension does for its user.
 */

import type { NewsArticle, ResolvedShow } from '../domain';
import { titleMatchKey } from '../text/title-match-key';
import { sliceWellFormed, toWellFormed } from '../text/well-formed';
import { fetchText, type Sleep, SourceUnavailableError } from './http';
import { NewsFeedError, parseRssFeed, type RssItem, type RssParseOptions } from './rss';
import { GOOGLE_NEWS_RSS } from './source-hosts';

export const GOOGLE_NEWS_SOURCE = 'Google News';

/** The words headlines use for a decision about a show (see "How headlines phrase a show's fate"). */
export const NEWS_DECISION_TERMS = '(canceled OR cancelled OR renewed OR "final season" OR revived)';

/** Added when a short/common title has no network to pin it to TV: "Lost" alone finds lost luggage. */
const TV_CONTEXT_TERMS = '(series OR show OR season)';

/** Titles are short; a cap keeps an odd TVmaze name from making an absurd URL. */
const MAX_NAME_LENGTH = 150;

export type NewsQueryShow = Pick<ResolvedShow, 'name' | 'network'> & Partial<Pick<ResolvedShow, 'premiered'>>;

/**
 * Whether a title is too common to search alone, so the query adds the network.
 * Rule: after normalization (which drops a leading "the"), the title is ONE word ("Girls", "You",
 * "Lost", "Evil", "The Office", "The Bear", "Shameless", "Severance"), or 6 letters or fewer in all
 * ("Mr Mom"). There is no dictionary to tell "Severance" (severance pay) from "The Imperfects", so every
 * one-word title gets the network: that costs a distinctive title little, since articles about a
 * decision name the network. Titles of several words ("Good Girls") pass unaided: the quoted phrase
 * is specific enough.
 */
export function titleIsAmbiguous(name: string): boolean {
  const normalized = titleMatchKey(name);
  if (normalized === '') return true;
  return !normalized.includes(' ') || normalized.replace(/ /g, '').length <= 6;
}

/**
 * The search for decision news about a show:
 * `"Show Name" (canceled OR cancelled OR renewed OR "final season" OR revived)`, plus `"Network"` when
 * the title is ambiguous (or TV words when there is no network).
 * `premiered` is accepted, so a ResolvedShow fits, but not searched: the decision comes seasons after the
 * premiere and articles seldom repeat its year.
 */
export function buildNewsQuery(show: NewsQueryShow): string {
  const name = sliceWellFormed(quotable(show.name), MAX_NAME_LENGTH).trim();
  const parts = [`"${name}"`, NEWS_DECISION_TERMS];
  if (titleIsAmbiguous(show.name)) {
    const network = show.network === null ? '' : sliceWellFormed(quotable(show.network), MAX_NAME_LENGTH).trim();
    parts.push(network === '' ? TV_CONTEXT_TERMS : `"${network}"`);
  }
  return parts.join(' ');
}

/** The RSS search URL; US English, because the headline classifier reads English. */
export function googleNewsSearchUrl(query: string): string {
  return `${GOOGLE_NEWS_RSS}?q=${encodeURIComponent(toWellFormed(query))}&hl=en-US&gl=US&ceid=US:en`;
}

/**
 * Google News items as NewsArticles; [] for a body that isn't a feed (never throws).
 * Items without a title or an https link are skipped; repeats (same link, or same headline from the
 * same outlet, as Google lists syndicated copies) are kept once, first seen first.
 */
export function parseGoogleNewsRss(xml: string, options: RssParseOptions = {}): NewsArticle[] {
  try {
    return googleNewsArticles(parseRssFeed(xml, options));
  } catch (error) {
    if (error instanceof NewsFeedError) return [];
    throw error;
  }
}

/** RSS items → NewsArticles with Google's " - Publisher" suffix removed. */
export function googleNewsArticles(items: readonly RssItem[]): NewsArticle[] {
  const articles: NewsArticle[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (item.title === null || item.link === null) continue;
    const headline = stripGoogleNewsSource(item.title, item.sourceName);
    const keys = [`url:${item.link}`, `headline:${headline.toLowerCase()}|${(item.sourceName ?? '').toLowerCase()}`];
    if (keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    articles.push({
      headline,
      outlet: item.sourceName,
      url: item.link,
      published: item.published,
      source: 'google-news',
    });
  }
  return articles;
}

/**
 * "Headline - Publisher" → "Headline", only when the suffix is exactly the item's `<source>`:
 * headlines contain " - " themselves ("9-1-1 - Lone Star canceled"), so no other dash is touched.
 * Google News's own format, known exactly; the verdict's `stripPublisherSuffix` guesses a publisher
 * tail in any headline.
 */
export function stripGoogleNewsSource(title: string, publisher: string | null): string {
  if (!publisher) return title;
  const suffix = ` - ${publisher}`;
  if (!title.endsWith(suffix)) return title;
  const headline = title.slice(0, -suffix.length).trim();
  return headline === '' ? title : headline;
}

export interface FetchGoogleNewsOptions extends RssParseOptions {
  signal?: AbortSignal;
  fetchText?: typeof fetchText;
  sleep?: Sleep;
}

/** A Google News search answer is ~100 KB for 100 items; 2 MB leaves room and still bounds memory. */
const GOOGLE_NEWS_MAX_BYTES = 2_000_000;
const GOOGLE_NEWS_TIMEOUT_MS = 8_000;

/**
 * Fetches and reads the decision news for a show.
 * Throws `SourceUnavailableError` when Google News can't be reached or answers with something that
 * isn't a feed (a consent or error page): the caller keeps its cached verdict rather than
 * concluding "no news".
 */
export async function fetchGoogleNews(
  show: NewsQueryShow,
  options: FetchGoogleNewsOptions = {},
): Promise<NewsArticle[]> {
  const url = googleNewsSearchUrl(buildNewsQuery(show));
  const response = await (options.fetchText ?? fetchText)(url, {
    source: GOOGLE_NEWS_SOURCE,
    timeoutMs: GOOGLE_NEWS_TIMEOUT_MS,
    maxBytes: GOOGLE_NEWS_MAX_BYTES,
    headers: { Accept: 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.8' },
    signal: options.signal,
    sleep: options.sleep,
  });

  // Google sends some visitors to a consent page first; that page is not news.
  if (response.redirected && new URL(response.url).origin !== new URL(GOOGLE_NEWS_RSS).origin) {
    throw new SourceUnavailableError(GOOGLE_NEWS_SOURCE, 'invalid-response', 'redirected away from Google News', {
      status: response.status,
    });
  }
  try {
    return googleNewsArticles(parseRssFeed(response.text, { maxItems: options.maxItems }));
  } catch (error) {
    if (!(error instanceof NewsFeedError)) throw error;
    throw new SourceUnavailableError(GOOGLE_NEWS_SOURCE, 'invalid-response', error.message, {
      status: response.status,
      cause: error,
    });
  }
}

/** Double quotes would end the quoted phrase early; Google ignores most other punctuation inside one. */
function quotable(text: string): string {
  return text
    .replace(/["\u201c\u201d]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
