/**
 * The show a page's JSON-LD is about: a `TVSeries` or `Movie` by its own name, an `Episode` or
 * `TVSeason` by its `partOfSeries` (docs/detection.md: Apple TV+, Paramount+). An episode's own name is
 * never returned as the show's.
 */

import type { TitleKind } from '../domain';
import {
  describesTitle,
  findJsonLdNode,
  type JsonLdNode,
  jsonLdChild,
  jsonLdText,
  jsonLdTypes,
  readJsonLd,
  readMeta,
  yearFromDate,
} from './page-metadata';
import { kindFromSchemaTypes } from './title-kind';

export interface JsonLdShow {
  name: string;
  /** Premiere or release year, when the node gives a date. */
  year: number | null;
  kind: TitleKind;
  /** The show's own URL, when given (its id is in it). */
  url: string | null;
}

export interface JsonLdShowFilter {
  /** Whether a TVSeries/Movie node is about this page (e.g. its url names the page's id). */
  acceptShow?: (node: JsonLdNode) => boolean;
  /** Whether an Episode/TVSeason node is about this page. */
  acceptPart?: (node: JsonLdNode) => boolean;
}

// IMDb also types titles TVMiniSeries, TVMovie and TVSpecial (docs/detection.md, IMDb).
const SHOW_TYPES = ['TVSeries', 'TVMiniSeries', 'Movie', 'TVMovie', 'TVSpecial', 'CreativeWorkSeries'];
const PART_TYPES = ['Episode', 'TVEpisode', 'TVSeason', 'CreativeWorkSeason'];

function dateYear(node: JsonLdNode | null): number | null {
  return yearFromDate(
    jsonLdText(node, 'startDate') ??
      jsonLdText(node, 'datePublished') ??
      jsonLdText(node, 'dateCreated') ??
      // Hulu puts the premiere in a PublicationEvent: `releasedEvent.startDate` (Ephellon/web-to-plex
      // `src/cloud/hulu.js`, 2026; docs/detection.md, Hulu).
      jsonLdText(jsonLdChild(node, 'releasedEvent'), 'startDate'),
  );
}

export function readShowFromJsonLd(document: Document, filter: JsonLdShowFilter = {}): JsonLdShow | null {
  const nodes = readJsonLd(document);
  const show = findJsonLdNode(nodes, SHOW_TYPES, filter.acceptShow);
  const showName = jsonLdText(show, 'name');
  if (show && showName) {
    return {
      name: showName,
      year: dateYear(show),
      kind: kindFromSchemaTypes(jsonLdTypes(show)),
      url: jsonLdText(show, 'url'),
    };
  }
  const part = findJsonLdNode(nodes, PART_TYPES, filter.acceptPart);
  const series = jsonLdChild(part, 'partOfSeries');
  const seriesName = jsonLdText(series, 'name');
  if (!seriesName) {
    return null;
  }
  // An episode's own date is not the show's premiere: only the series' date counts.
  return { name: seriesName, year: dateYear(series), kind: 'series', url: jsonLdText(series, 'url') };
}

export interface CurrentTitleMetadata {
  /** The JSON-LD show whose `url` names the page's title id. */
  show: JsonLdShow | null;
  /** `og:title` and `og:type`, when `og:url` names the page's title id; null otherwise. */
  og: { title: string | null; type: string | null } | null;
}

/**
 * A title page's JSON-LD show and og tags, each kept only when its URL names this page's title:
 * single-page apps leave the previous page's tags in the head after in-app navigation
 * (docs/detection.md, Disney+), and reading them would name the previous show.
 */
export function readCurrentTitleMetadata(
  document: Document,
  titleId: string | null,
  options: { requireUrl?: boolean } = {},
): CurrentTitleMetadata {
  // With `requireUrl`, a tag that names no URL is not known to be about this page either.
  const isCurrent = (tagUrl: string | null) =>
    options.requireUrl && !tagUrl ? false : describesTitle(tagUrl, titleId);
  const show = readShowFromJsonLd(document, {
    acceptShow: (node) => isCurrent(jsonLdText(node, 'url')),
  });
  const og = isCurrent(readMeta(document, 'og:url'))
    ? { title: readMeta(document, 'og:title'), type: readMeta(document, 'og:type') }
    : null;
  return { show, og };
}
