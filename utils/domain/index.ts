/**
 * The domain: what ShowFate talks about (services, news sources, a page's show, the report), declared
 * once. It depends on nothing but the status vocabulary (`utils/status`), so every other folder can
 * import it without making a cycle (tests/architecture/folder-cycles.test.ts).
 */
export {
  NEWS_SOURCE_IDS,
  type NewsSourceId,
  TRADE_FEED_SOURCES,
  TRADE_SOURCE_IDS,
  type TradeFeedSource,
  type TradeSourceId,
} from './news-sources';
export type { PageKind, PageShow, TitleKind } from './page-show';
export { PAGE_SHOW_ENTRIES, PLAIN_TEXT, TVMAZE_ID_SCHEMA } from './page-show-schema';
export type {
  ArticleFindings,
  Evidence,
  MatchMethod,
  NewsArticle,
  Rating,
  RatingSource,
  ResolvedShow,
  ShowReport,
} from './show-report';
export {
  type PressNetwork,
  SERVICE_IDS,
  type ServiceId,
  STREAMING_SERVICE_FACTS,
  type StreamingServiceFacts,
  streamingServiceFacts,
} from './streaming-services';
