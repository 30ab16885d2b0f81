/**
 * How a page's show is validated wherever one arrives from outside the background's own code: a
 * message from a tab (utils/messaging/validate-message.ts) or a followed show read back from storage
 * or an imported file (utils/follow/followed-show.ts). Declared once so the two accept the same shows.
 */
import * as v from 'valibot';
import { SERVICE_IDS } from './streaming-services';

/** No control characters: text is shown and sent on, never executed, but junk has no business here. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const PLAIN_TEXT = /^[^\u0000-\u001f\u007f]*$/;

/** A TVmaze show id. */
export const TVMAZE_ID_SCHEMA = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000));

/** The fields of a page's show besides its title and the page's own rating. */
export const PAGE_SHOW_ENTRIES = {
  service: v.picklist(SERVICE_IDS, 'unknown service'),
  serviceTitleId: v.nullable(v.pipe(v.string(), v.regex(/^[\w.:-]{1,120}$/, 'malformed service title id'))),
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
  kind: v.picklist(['series', 'film', 'unknown']),
  imdbId: v.nullable(v.pipe(v.string(), v.regex(/^tt\d{5,10}$/, 'malformed IMDb id'))),
  pageKind: v.picklist(['title', 'player']),
};
