/**
 * Telling a film from a series (docs/detection.md, "Telling a film from a series"): a film must never
 * be shown a series' renewal status, so every reader says 'unknown' rather than guess.
 */

import type { TitleKind } from '../domain';

// schema.org types for a show, a season of one or an episode of one.
// IMDb's TVMiniSeries is a series; its TVMovie and TVSpecial are one-off titles, films for us
// (tveronesi/imdbinfo, 2026-07; docs/detection.md, IMDb).
const SERIES_SCHEMA_TYPES = new Set([
  'TVSeries',
  'TVMiniSeries',
  'TVSeason',
  'TVEpisode',
  'Episode',
  'CreativeWorkSeries',
  'CreativeWorkSeason',
]);
const FILM_SCHEMA_TYPES = new Set(['Movie', 'TVMovie', 'TVSpecial']);

/** The kind JSON-LD `@type`s say; 'unknown' when they say neither or both. */
export function kindFromSchemaTypes(types: readonly string[]): TitleKind {
  const series = types.some((type) => SERIES_SCHEMA_TYPES.has(type));
  const film = types.some((type) => FILM_SCHEMA_TYPES.has(type));
  if (series === film) {
    return 'unknown';
  }
  return series ? 'series' : 'film';
}

/** The kind an `og:type` says (video.tv_show, video.episode, video.movie). */
export function kindFromOgType(ogType: string | null): TitleKind {
  switch (ogType?.toLowerCase()) {
    case 'video.tv_show':
    case 'video.episode':
      return 'series';
    case 'video.movie':
      return 'film';
    default:
      return 'unknown';
  }
}

// "3 Seasons", "2 Parts", "8 Episodes", and the same in the languages Netflix's UI ships most
// (de, es/pt, fr, it, nl, pl, sv, da/no). Letters are matched with \p{L} so "Säsonger" works.
const SEASON_COUNT =
  /(?<![\p{L}\d])(\d+)\s+(?:Seasons?|Parts?|Staffeln?|Temporadas?|Saisons?|Stagion[ei]|Seizoen(?:en)?|Sezon(?:y|ów)?|Säsong(?:er)?|Sæson(?:er)?|Sesong(?:er)?|Teile?)(?![\p{L}])/iu;
const EPISODE_COUNT = /(?<![\p{L}\d])\d+\s+(?:Episodes?|Folgen?|Episodios?|Episódios?|Épisodes?|Episodi)(?![\p{L}])/iu;
const SERIES_WORDS =
  /(?<![\p{L}])(?:Limited Series|Mini-?series|Docuseries|Miniserie|Mini-série|Serie limitada)(?![\p{L}])/iu;
// "1h 52m", "1 h 52 min", "97 min", "1 Std. 52 Min.": a running time is a film's.
const RUNTIME = /(?<![\p{L}\d])\d+\s?(?:h|hr|hrs|Std\.?|min|m|Min\.?)(?![\p{L}])/iu;

/** How many seasons (or Netflix "Parts") a details line lists, or null. */
export function seasonCountFromText(text: string | null): number | null {
  const count = text ? SEASON_COUNT.exec(text)?.[1] : undefined;
  return count ? Number(count) : null;
}

/**
 * The kind a details line says ("3 Seasons 2019 TV-MA" → series, "2021 1h 52m PG-13" → film).
 * Series words win over a running time, since episode lists also show durations.
 */
export function kindFromDetailsText(text: string | null): TitleKind {
  if (!text) {
    return 'unknown';
  }
  if (SEASON_COUNT.test(text) || EPISODE_COUNT.test(text) || SERIES_WORDS.test(text)) {
    return 'series';
  }
  return RUNTIME.test(text) ? 'film' : 'unknown';
}

// "S1:E3" (Netflix), "S1 E3", "S1, E3", "T1:E3" (Spanish UI), "E3", "Ep. 3", "Season 1, Ep. 4".
const EPISODE_MARKER =
  /(?<![\p{L}\d])(?:\p{L}{1,3}\.?\s?\d+\s?[:,.]?\s?\p{L}{1,3}\.?\s?\d+|E\d+|Ep\.?\s?\d+|Episode\s+\d+|Season\s+\d+)(?![\p{L}\d])/iu;

/** Whether a player's label marks an episode ("S1:E3", "Season 1, Ep. 4"). */
export function hasEpisodeMarker(text: string | null): boolean {
  return text ? EPISODE_MARKER.test(text) : false;
}

/** The first known kind, in the order the caller trusts its sources. */
export function firstKnownKind(...kinds: TitleKind[]): TitleKind {
  return kinds.find((kind) => kind !== 'unknown') ?? 'unknown';
}
