/**
 * The interface every streaming service implements, one file per service, listed in `registry.ts`.
 * Detection is pure: functions of a `URL` and a `Document`, never `location`, storage or messaging,
 * so each service is tested on saved markup (tests/fixtures/<service>/<case>.html).
 */
import type { PageKind, PageShow, ServiceId } from '../domain';

/** A URL the service claims, before the page's markup is read. */
export interface PageMatch {
  kind: PageKind;
  /** The service's own id for the title, when the URL carries it (Netflix 80100172, an IMDb tt…). */
  serviceTitleId: string | null;
}

/**
 * Where a reading came from, most exact first (docs/detection.md, "Layered reading"): data the
 * service keys by the page's own id, structured data (JSON-LD, app state, meta tags), stable
 * attributes of the page's markup (`data-testid`, `alt`, BEM classes), the tab title. A redesign
 * that removes one layer leaves the next: the page degrades instead of breaking.
 */
export const READING_LAYERS = {
  'page-data': 'page data',
  'structured-data': 'structured data',
  'page-markup': 'page markup',
  'tab-title': 'tab title',
} as const;
export type ReadingLayer = keyof typeof READING_LAYERS;

/** The layers in order of trust, most exact first. */
export const READING_LAYER_ORDER = Object.keys(READING_LAYERS) as ReadingLayer[];

/** What a page says about its show, and the layer the show's title was read from. */
export interface PageReading {
  show: PageShow;
  layer: ReadingLayer;
}

export interface ServiceExamples {
  /** URLs of show/title pages this service claims. */
  title: string[];
  /** URLs of episode/player pages this service claims. */
  player: string[];
  /** URLs on this service's hosts that are not about one show (home, search, account, browse rows). */
  none: string[];
}

export interface StreamingService {
  id: ServiceId;
  /** Name shown to people ("Prime Video"): `STREAMING_SERVICE_FACTS[id].name`. */
  name: string;
  /** Match patterns for the content script and for hosts (https://www.netflix.com/*). */
  matches: string[];
  examples: ServiceExamples;
  /**
   * Whether the page keeps what `read` needs inside open shadow roots (Disney+'s player): the content
   * script then also watches those roots for changes, which a document-level observer cannot see.
   */
  readsShadowRoots?: boolean;
  /** Whether this URL is a page about one title, from the URL alone. */
  detect(url: URL): PageMatch | null;
  /**
   * Reads the show off the page's current DOM, trying each layer in `READING_LAYER_ORDER`; null when
   * the markup holds nothing usable yet (single-page apps render late: the caller retries on DOM
   * changes for a while).
   */
  read(document: Document, url: URL): PageReading | null;
  /**
   * Optional: asks the service's own site, same-origin and with the user's own session, for the
   * page's title by the id in its URL (the `page-data` layer). Only for endpoints the site itself
   * uses; the request URL is built from a constant and the URL's validated id, and the response is
   * validated. Null when the URL has no such id or the answer is unusable.
   */
  readPageData?(url: URL, fetchJson: (url: string) => Promise<unknown>): Promise<PageReading | null>;
}
