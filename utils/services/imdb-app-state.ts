/**
 * IMDb's title pages are a Next.js app: the state the page was rendered from sits in
 * `<script id="__NEXT_DATA__" type="application/json">`, and `props.pageProps.aboveTheFoldData`
 * describes the title — `id`, `titleText.text`, `titleType.id` ("tvSeries", "tvMiniSeries", "movie",
 * "tvMovie", "tvSpecial", "tvEpisode"…), `releaseYear.year`, and for an episode `series.series` with
 * the series' own `id`, `titleText` and `releaseYear`. The shape is that of the real payloads in
 * tveronesi/imdbinfo `tests/sample_json_source/sample_series.json` and `sample_episode.json`
 * (2026-07; docs/detection.md, IMDb). Only these fields are checked, and bounded.
 */

import * as v from 'valibot';
import type { TitleKind } from '../domain';

const IMDB_ID = v.pipe(v.string(), v.regex(/^tt\d{7,}$/));
const TEXT = v.object({ text: v.pipe(v.string(), v.maxLength(500)) });
const YEAR = v.nullish(
  v.object({ year: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(1880), v.maxValue(2100))) }),
);

const aboveTheFoldSchema = v.object({
  id: IMDB_ID,
  titleText: v.nullish(TEXT),
  titleType: v.nullish(v.object({ id: v.nullish(v.pipe(v.string(), v.maxLength(50))) })),
  releaseYear: YEAR,
  series: v.nullish(
    v.object({
      series: v.nullish(v.object({ id: IMDB_ID, titleText: v.nullish(TEXT), releaseYear: YEAR })),
    }),
  ),
});

const nextDataSchema = v.object({
  props: v.object({ pageProps: v.object({ aboveTheFoldData: aboveTheFoldSchema }) }),
});

/** IMDb's own `__NEXT_DATA__` is about 1–2 MB on a title page; far more is not that. */
const MAX_APP_STATE_CHARACTERS = 5_000_000;

// IMDb's title types: a series, a one-off (films, TV films and specials, shorts, videos).
const SERIES_TYPES = new Set(['tvSeries', 'tvMiniSeries']);
const ONE_OFF_TYPES = new Set(['movie', 'tvMovie', 'tvSpecial', 'short', 'tvShort', 'video']);

export interface ImdbAppStateTitle {
  id: string;
  title: string | null;
  year: number | null;
  kind: TitleKind;
  /** For an episode, its series (`kind` is then 'series'). */
  series: { id: string; title: string | null; year: number | null } | null;
  isEpisode: boolean;
}

/** The title the page's app state describes, or null when the page has none of the expected shape. */
export function readImdbAppState(document: Document): ImdbAppStateTitle | null {
  const script = document.querySelector('script#__NEXT_DATA__');
  const text = script?.textContent ?? '';
  if (!text || text.length > MAX_APP_STATE_CHARACTERS) {
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = v.safeParse(nextDataSchema, data);
  if (!parsed.success) {
    return null;
  }
  const fold = parsed.output.props.pageProps.aboveTheFoldData;
  const type = fold.titleType?.id ?? '';
  const series = fold.series?.series ?? null;
  const isEpisode = type === 'tvEpisode';
  return {
    id: fold.id,
    title: fold.titleText?.text ?? null,
    year: fold.releaseYear?.year ?? null,
    kind: SERIES_TYPES.has(type) || isEpisode ? 'series' : ONE_OFF_TYPES.has(type) ? 'film' : 'unknown',
    series: series
      ? { id: series.id, title: series.titleText?.text ?? null, year: series.releaseYear?.year ?? null }
      : null,
    isEpisode,
  };
}
