/**
 * Builds the `PageShow` a service's `read` returns, so every service cleans titles and rejects
 * placeholder titles ("Netflix", "Home") the same way.
 */

import { cleanTitle, isSiteName } from './clean-title';
import type { PageMatch, PageShow, ServiceId, TitleKind } from './service';

export interface PageShowFields {
  /** The raw title (cleaned here). */
  title: string | null | undefined;
  year?: number | null;
  kind?: TitleKind;
  imdbId?: string | null;
  /** Overrides the URL's id (e.g. a player page that names its show's id). */
  serviceTitleId?: string | null;
}

/** A cleaned title, or null when it is empty or only the site's own name. */
export function usableTitle(raw: string | null | undefined): string | null {
  const title = cleanTitle(raw);
  return title && !isSiteName(title) ? title : null;
}

/** The first candidate that cleans to a usable title, in the caller's order of trust. */
export function firstUsableTitle(...candidates: Array<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const title = usableTitle(candidate);
    if (title) {
      return title;
    }
  }
  return null;
}

/** The page's show, or null when no usable title was found. */
export function createPageShow(service: ServiceId, match: PageMatch, fields: PageShowFields): PageShow | null {
  const title = usableTitle(fields.title);
  if (!title) {
    return null;
  }
  return {
    service,
    serviceTitleId: fields.serviceTitleId === undefined ? match.serviceTitleId : fields.serviceTitleId,
    title,
    year: fields.year ?? null,
    kind: fields.kind ?? 'unknown',
    imdbId: fields.imdbId ?? null,
    pageKind: match.kind,
  };
}
