/**
 * Builds the `PageReading` a service's `read` returns, so every service cleans titles, rejects
 * placeholder titles ("Netflix", "Home") and orders its sources by layer the same way
 * (docs/detection.md, "Layered reading").
 */

import type { Rating, ServiceId, TitleKind } from '../domain';
import { cleanTitle, isSiteName } from './clean-title';
import { type PageMatch, type PageReading, READING_LAYER_ORDER, type ReadingLayer } from './service';

/** One place a page may name its show: the raw text, and the layer it sits in. */
export interface TitleCandidate {
  layer: ReadingLayer;
  text: string | null | undefined;
}

/** Data the service keys by the page's own id (Netflix's metadata for a /watch id). */
export const fromPageData = (text: string | null | undefined): TitleCandidate => ({ layer: 'page-data', text });
/** JSON-LD, app state, `og:`/`apple:` meta tags. */
export const fromStructuredData = (text: string | null | undefined): TitleCandidate => ({
  layer: 'structured-data',
  text,
});
/** Stable attributes of the rendered markup: `data-testid`, `alt`, unhashed class names. */
export const fromMarkup = (text: string | null | undefined): TitleCandidate => ({ layer: 'page-markup', text });
/** The document's title. */
export const fromTabTitle = (text: string | null | undefined): TitleCandidate => ({ layer: 'tab-title', text });

export interface PageShowFields {
  /** Where the title was read (cleaned here). */
  title: TitleCandidate | null;
  year?: number | null;
  kind?: TitleKind;
  imdbId?: string | null;
  /** Overrides the URL's id (e.g. a player page that names its show's id). */
  serviceTitleId?: string | null;
  /** The page's own rating of the title (IMDb), when it has one. */
  pageRating?: Rating | null;
}

/** A cleaned title, or null when it is empty or only the site's own name. */
export function usableTitle(raw: string | null | undefined): string | null {
  const title = cleanTitle(raw);
  return title && !isSiteName(title) ? title : null;
}

const layerRank = (layer: ReadingLayer) => READING_LAYER_ORDER.indexOf(layer);

/** Whether layer `a` is more exact than layer `b`. */
export function isBetterLayer(a: ReadingLayer, b: ReadingLayer): boolean {
  return layerRank(a) < layerRank(b);
}

/**
 * The first candidate that cleans to a usable title, the more exact layer first; within a layer, in
 * the caller's order of trust.
 */
export function firstUsableTitle(...candidates: TitleCandidate[]): TitleCandidate | null {
  const ordered = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => layerRank(a.candidate.layer) - layerRank(b.candidate.layer) || a.index - b.index);
  return ordered.find(({ candidate }) => usableTitle(candidate.text) !== null)?.candidate ?? null;
}

/** The page's show and the layer its title came from, or null when no usable title was found. */
export function createPageReading(service: ServiceId, match: PageMatch, fields: PageShowFields): PageReading | null {
  const title = usableTitle(fields.title?.text);
  if (!title || !fields.title) {
    return null;
  }
  return {
    show: {
      service,
      serviceTitleId: fields.serviceTitleId === undefined ? match.serviceTitleId : fields.serviceTitleId,
      title,
      year: fields.year ?? null,
      kind: fields.kind ?? 'unknown',
      imdbId: fields.imdbId ?? null,
      pageKind: match.kind,
      ...(fields.pageRating ? { pageRating: fields.pageRating } : {}),
    },
    layer: fields.title.layer,
  };
}
