import type { PageShow } from '../domain';

type KeyFields = Pick<PageShow, 'service' | 'serviceTitleId' | 'imdbId' | 'title' | 'year' | 'kind'>;

/**
 * The key a page's report is cached under. The title is always part of it, even next to an id:
 * single-page apps can show the previous title's markup under the next title's URL for a moment
 * (Netflix's modal, Disney+'s stale JSON-LD), and an id-only key would then file one show's
 * report under another's id.
 */
export function reportKey(query: KeyFields): string {
  const id = query.imdbId ?? query.serviceTitleId ?? '';
  return `${query.service}:${id}:${query.title.trim().toLowerCase()}|${query.year ?? ''}|${query.kind}`;
}

/**
 * The key a user's correction is remembered under: the service's own id when the page has one
 * (so it holds on every page of that title), else the title and year.
 */
export function correctionKey(query: KeyFields): string {
  if (query.serviceTitleId) return `${query.service}:${query.serviceTitleId}`;
  if (query.imdbId) return `${query.service}:${query.imdbId}`;
  return `${query.service}:title:${query.title.trim().toLowerCase()}|${query.year ?? ''}`;
}
