import * as v from 'valibot';
import { PAGE_SHOW_ENTRIES, type PageShow, PLAIN_TEXT, TVMAZE_ID_SCHEMA } from '../domain';
import { MAX_FOLLOW_FILE_CHARS } from '../follow/follow-file';
import { isApiKeyShape } from '../providers/rating-api-keys';
import { RATING_APIS, type RatingApi } from '../providers/source-hosts';
import { FATE_STATUSES } from '../status/fate-status';
import type { TabBadge } from '../toolbar/toolbar-badge';

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
  ...PAGE_SHOW_ENTRIES,
  title: titleSchema,
  pageRating: v.optional(pageRatingSchema),
});

const correctionSchema = v.strictObject({
  query: pageShowSchema,
  tvmazeId: TVMAZE_ID_SCHEMA,
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

/** An API key to check: a known API, and a key of that API's shape (nothing else reaches a URL or header). */
const apiKeyCheckSchema = v.pipe(
  v.strictObject({
    api: v.picklist(RATING_APIS, 'unknown API'),
    key: v.pipe(v.string(), v.trim(), v.maxLength(2100, 'key is too long')),
  }),
  v.check((input) => isApiKeyShape(input.api, input.key), 'not a key of that API'),
);

export function parseApiKeyCheck(data: unknown): { api: RatingApi; key: string } {
  return parseOrThrow(apiKeyCheckSchema, data, 'API key check');
}
/** Who sent a message, as the browser tells the background (`runtime.MessageSender`). */
export interface MessageSender {
  url?: string;
  id?: string;
}

/**
 * A message only the extension's own pages may send (the options page's cache controls): no data,
 * and a sender whose URL is under the extension's base URL (`runtime.getURL('/')`, ending in "/").
 * A content script's messages carry the page's URL, so a page can never clear or measure the cache
 * through one. (Compared as text: `URL.origin` is "null" for extension schemes in some engines.)
 */
export function parseExtensionPageRequest(
  data: unknown,
  sender: MessageSender | undefined,
  extensionBaseUrl: string,
): void {
  if (data !== undefined && data !== null) throw new InvalidMessageError('Invalid request: it takes no data');
  requireExtensionPage(sender, extensionBaseUrl);
}

/** Throws unless `sender` is one of the extension's own pages (see parseExtensionPageRequest). */
export function requireExtensionPage(sender: MessageSender | undefined, extensionBaseUrl: string): void {
  const url = sender?.url;
  if (typeof url !== 'string' || !extensionBaseUrl.endsWith('/') || !url.startsWith(extensionBaseUrl)) {
    throw new InvalidMessageError("Invalid request: only the extension's own pages may send it");
  }
}

/** A TVmaze show id (unfollowing). */
export function parseTvmazeId(data: unknown): number {
  return parseOrThrow(TVMAZE_ID_SCHEMA, data, 'TVmaze id');
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
