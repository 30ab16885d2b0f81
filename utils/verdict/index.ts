/**
 * The verdict engine: pure functions from headlines, articles and TVmaze facts to a show's fate.
 * No network, no storage: the background calls these with what it fetched.
 */
export { extractArticleFacts } from './article-facts';
export { classifyHeadline, classifyHeadlineWithReason } from './classify-headline';
export { toCasedMatchingText } from './matching-text';
export { CANCELLATION_LEAD_DAYS, type MergedStatus, mergeStatus, withTmdbStatus } from './merge-status';
export { findQuotedSpans } from './show-mentions';
export type {
  ArticleFacts,
  ClassifiedArticle,
  HeadlineClassification,
  HeadlineVerdict,
  TvmazeFacts,
} from './types';
