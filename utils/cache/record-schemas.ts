/**
 * What a stored record must look like to be used. IndexedDB keeps whatever was written: an older
 * version's shape, a half-written record, or one another extension or a bug corrupted. Every record
 * read is checked against these schemas; one that fails is dropped (and deleted), never rendered.
 * The panel and popup check reports with the same schema before drawing them.
 */
import * as v from 'valibot';
import { NEWS_SOURCE_IDS, SERVICE_IDS } from '../domain';
import { FATE_STATUSES } from '../status/fate-status';
import type { CachedReport, RecentShow, TradeArticleEntry } from './database';

const finiteNumber = v.pipe(v.number(), v.finite());
/** A time in ms since the epoch that `new Date(…).toISOString()` accepts. */
const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const nullableString = v.nullable(v.string());
const RATING_SOURCES = [
  'tvmaze',
  'imdb',
  'tmdb',
  'rotten-tomatoes-critics',
  'rotten-tomatoes-audience',
  'metacritic',
] as const;

const pageShowSchema = v.object({
  service: v.picklist(SERVICE_IDS),
  serviceTitleId: nullableString,
  title: v.string(),
  year: v.nullable(v.pipe(v.number(), v.integer())),
  kind: v.picklist(['series', 'film', 'unknown']),
  imdbId: nullableString,
  pageKind: v.picklist(['title', 'player']),
});

const resolvedShowSchema = v.object({
  tvmazeId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  name: v.string(),
  tvmazeUrl: v.string(),
  type: nullableString,
  language: nullableString,
  tvmazeStatus: nullableString,
  premiered: nullableString,
  ended: nullableString,
  network: nullableString,
  imdbId: nullableString,
  rating: v.nullable(finiteNumber),
  updated: v.nullable(finiteNumber),
});

const ratingSchema = v.object({
  source: v.picklist(RATING_SOURCES),
  value: finiteNumber,
  scale: v.pipe(finiteNumber, v.minValue(1)),
  votes: v.optional(finiteNumber),
  observedAt: v.optional(timestamp),
  link: v.optional(v.string()),
});

const evidenceSchema = v.object({
  headline: v.string(),
  outlet: nullableString,
  url: v.string(),
  published: nullableString,
  verdict: v.picklist(['canceled', 'renewed', 'ending', 'revived']),
  season: v.nullable(finiteNumber),
  // Absent in reports cached before it existed.
  decidedBy: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(400)))),
});

const articleFindingsSchema = v.object({
  url: v.string(),
  outlet: nullableString,
  decidedOn: nullableString,
  season: v.nullable(finiteNumber),
  network: nullableString,
  premiered: nullableString,
  ratings: v.array(ratingSchema),
});

export const showReportSchema = v.object({
  query: pageShowSchema,
  show: v.nullable(resolvedShowSchema),
  matchMethod: v.nullable(v.picklist(['imdb-id', 'service-id', 'user-choice', 'title'])),
  status: v.picklist(FATE_STATUSES),
  evidence: v.nullable(evidenceSchema),
  ratings: v.array(ratingSchema),
  fetchedAt: timestamp,
  articleFindings: v.nullable(articleFindingsSchema),
  newsUnavailable: v.boolean(),
  outdated: v.boolean(),
  film: v.boolean(),
});

const cachedReportSchema = v.object({
  key: v.string(),
  report: showReportSchema,
  storedAt: timestamp,
  usedAt: v.optional(timestamp),
});

const recentShowSchema = v.object({
  key: v.string(),
  title: v.string(),
  status: v.picklist(FATE_STATUSES),
  tvmazeId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  seenAt: timestamp,
});

const tradeArticleSchema = v.object({
  headline: v.string(),
  outlet: nullableString,
  url: v.string(),
  published: nullableString,
  source: v.picklist(NEWS_SOURCE_IDS),
  titleKeys: v.array(v.string()),
  publishedAt: finiteNumber,
  storedAt: timestamp,
});

/** The record, when it has the shape a cached report must have; else null. */
export function readCachedReport(value: unknown): CachedReport | null {
  const result = v.safeParse(cachedReportSchema, value);
  return result.success ? (value as CachedReport) : null;
}

export function readRecentShow(value: unknown): RecentShow | null {
  return v.safeParse(recentShowSchema, value).success ? (value as RecentShow) : null;
}

export function readTradeArticle(value: unknown): TradeArticleEntry | null {
  return v.safeParse(tradeArticleSchema, value).success ? (value as TradeArticleEntry) : null;
}

/** Whether a report (from the cache or the message channel) can be drawn without throwing. */
export function isRenderableReport(value: unknown): boolean {
  return v.safeParse(showReportSchema, value).success;
}
