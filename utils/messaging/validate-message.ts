import * as v from 'valibot';
import { type PageShow, SERVICE_IDS } from '../domain';
import { MAX_FOLLOW_FILE_CHARS } from '../follow/follow-file';
import { FATE_STATUSES } from '../status/fate-status';
import type { TabBadge } from '../toolbar/toolbar-badge';

/** No control characters: titles are shown and sent on, never executed, but junk has no business here. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const PLAIN_TEXT = /^[^\u0000-\u001f\u007f]*$/;

const titleSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'title is empty'),
  v.maxLength(300, 'title is too long'),
  v.regex(PLAIN_TEXT, 'title has control characters'),
);

/**
 * A page's own rating (IMDb's): a 0–10 score and a vote count, nothing else. The time it was read is
 * the background's to stamp, not the page's to claim.
 */
const pageRatingSchema = v.strictObject({
  source: v.literal('imdb', 'only IMDb pages carry their own rating'),
  value: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10)),
  scale: v.literal(10, 'an IMDb rating is out of 10'),
  votes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e10))),
});

const pageShowSchema = v.strictObject({
  service: v.picklist(SERVICE_IDS, 'unknown service'),
  serviceTitleId: v.nullable(v.pipe(v.string(), v.regex(/^[\w.:-]{1,120}$/, 'malformed service title id'))),
  title: titleSchema,
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
  kind: v.picklist(['series', 'film', 'unknown']),
  imdbId: v.nullable(v.pipe(v.string(), v.regex(/^tt\d{5,10}$/, 'malformed IMDb id'))),
  pageKind: v.picklist(['title', 'player']),
  pageRating: v.optional(pageRatingSchema),
});

const correctionSchema = v.strictObject({
  query: pageShowSchema,
  tvmazeId: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000)),
});

const tabBadgeSchema = v.nullable(
  v.strictObject({
    status: v.picklist(FATE_STATUSES, 'unknown status'),
    title: titleSchema,
  }),
);

/** A message that failed validation: the sender gets this message, the background carries on. */
export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

function parseOrThrow<TSchema extends v.GenericSchema>(
  schema: TSchema,
  data: unknown,
  what: string,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new InvalidMessageError(`Invalid ${what}: ${problems.join('; ')}`);
}

export function parsePageShow(data: unknown): PageShow {
  return parseOrThrow(pageShowSchema, data, 'show query');
}

export function parseShowTitle(data: unknown): string {
  return parseOrThrow(titleSchema, data, 'title');
}

export function parseShowCorrection(data: unknown): { query: PageShow; tvmazeId: number } {
  return parseOrThrow(correctionSchema, data, 'show correction');
}

export function parseTabBadge(data: unknown): TabBadge | null {
  return parseOrThrow(tabBadgeSchema, data, 'tab badge');
}

/** A TVmaze show id (unfollowing). */
const tvmazeIdSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000));

export function parseTvmazeId(data: unknown): number {
  return parseOrThrow(tvmazeIdSchema, data, 'TVmaze id');
}

/**
 * An imported file's text. Only its type and an outer size bound here: its content is validated
 * whole by `parseFollowFile`, whose problems go back to the options page as data.
 */
const followFileTextSchema = v.pipe(
  v.string('the file must be text'),
  v.maxLength(2 * MAX_FOLLOW_FILE_CHARS, 'file is too large'),
);

export function parseFollowFileText(data: unknown): string {
  return parseOrThrow(followFileTextSchema, data, 'followed-shows file');
}

/** For messages only extension pages may send (import, export, check now): never a content script. */
export function requireExtensionPage(sender: { url?: string } | undefined, extensionOrigin: string): void {
  if (!sender?.url?.startsWith(extensionOrigin)) {
    throw new InvalidMessageError("Only ShowFate's own pages may send this message.");
  }
}
