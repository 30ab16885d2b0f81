/**
 * "Copy page details": what a user can paste into a report of a page ShowFate misread. Only the
 * service, the URL's path (never its query or hash, which can carry account or tracking data), the
 * layer the show was read from, what was read, and ShowFate's version: nothing from the page's
 * markup, no other tab, no settings.
 */

import type { PageState } from '../messaging/protocol';
import { READING_LAYERS, type ReadingLayer } from '../services/service';

export interface PageDetails {
  service: string;
  /** The URL's path alone. */
  path: string;
  /** The layer the show was read from; null when nothing was read. */
  layer: ReadingLayer | null;
  /** What was read, when something was. */
  reading: {
    title: string;
    year: number | null;
    kind: string;
    pageKind: string;
    serviceTitleId: string | null;
    imdbId: string | null;
  } | null;
  /** What ShowFate made of the page, in words. */
  outcome: 'show' | 'unrecognized' | 'not-a-show-page';
  version: string;
}

/** The details of a tab's page state; null for a page still being read. */
export function pageDetailsFromState(state: PageState, version: string): PageDetails | null {
  switch (state.state) {
    case 'show': {
      const { show } = state;
      return {
        service: show.service,
        path: pathOnly(state.path),
        layer: state.layer,
        reading: {
          title: show.title,
          year: show.year,
          kind: show.kind,
          pageKind: show.pageKind,
          serviceTitleId: show.serviceTitleId,
          imdbId: show.imdbId,
        },
        outcome: 'show',
        version,
      };
    }
    case 'unrecognized':
    case 'not-a-show-page':
      return {
        service: state.service,
        path: pathOnly(state.path),
        layer: null,
        reading: null,
        outcome: state.state,
        version,
      };
    default:
      return null;
  }
}

/** A path as the content script sent it, with anything after `?` or `#` cut off all the same. */
function pathOnly(path: string): string {
  return path.split(/[?#]/)[0] ?? '';
}

const OUTCOMES: Record<PageDetails['outcome'], string> = {
  show: 'read a show',
  unrecognized: "a show page's URL, but nothing on it could be read",
  'not-a-show-page': 'not a show page',
};

/** The plain text put on the clipboard. */
export function formatPageDetails(details: PageDetails): string {
  const none = '—';
  const lines = [
    `ShowFate ${details.version}`,
    `Service: ${details.service}`,
    `URL path: ${details.path}`,
    `Outcome: ${OUTCOMES[details.outcome]}`,
    `Read from: ${details.layer ? READING_LAYERS[details.layer] : none}`,
  ];
  if (details.reading) {
    const { reading } = details;
    lines.push(
      `Title: ${reading.title}`,
      `Year: ${reading.year ?? none}`,
      `Kind: ${reading.kind}`,
      `Page kind: ${reading.pageKind}`,
      `Service title id: ${reading.serviceTitleId ?? none}`,
      `IMDb id: ${reading.imdbId ?? none}`,
    );
  }
  return lines.join('\n');
}
