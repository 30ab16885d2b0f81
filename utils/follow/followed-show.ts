/**
 * Followed shows (issue 10, point 3): what ShowFate remembers about a show the user follows, and the
 * "what changed" list. Kept in `storage.local` (settings.ts), not in the report cache, so clearing
 * the cache never loses them. Every record read back is validated: storage can hold anything an
 * older version or an import wrote.
 */
import * as v from 'valibot';
import { PAGE_SHOW_ENTRIES, type PageShow, PLAIN_TEXT, type ShowReport, TVMAZE_ID_SCHEMA } from '../domain';
import { FATE_STATUSES, type FateStatus } from '../status/fate-status';

/**
 * At most this many shows are followed: a scheduled check spaces the shows out (FOLLOW_CHECK_SPACING_MS,
 * check-followed-shows.ts), so 200 shows take about 17 minutes of one check every few hours.
 */
export const MAX_FOLLOWED_SHOWS = 200;
/** The "what changed" list keeps the 30 newest changes; older ones drop off the end. */
export const MAX_FOLLOW_CHANGES = 30;

/** The page query a followed show is re-checked with (the page's own rating is not kept). */
export type FollowQuery = Omit<PageShow, 'pageRating'>;

/** Where the status came from: the deciding article, or (null) TVmaze's own status. */
export interface FollowSource {
  outlet: string | null;
  headline: string | null;
  /** https only: opened when the user clicks the notification. */
  url: string | null;
  published: string | null;
}

export interface FollowedShow {
  tvmazeId: number;
  name: string;
  /** TVmaze's page for the show (https), the notification's fallback link. */
  tvmazeUrl: string | null;
  query: FollowQuery;
  /** The last status ShowFate saw: what a check compares against. */
  status: FateStatus;
  source: FollowSource | null;
  followedAt: number;
  /** When the status was last confirmed by a fresh report (ms since the epoch). */
  checkedAt: number;
}

/** One line of "what changed". */
export interface FollowChange {
  /** Also the notification's id (`FOLLOW_NOTIFICATION_PREFIX` + id): a click finds its change by it. */
  id: string;
  tvmazeId: number;
  name: string;
  from: FateStatus;
  to: FateStatus;
  at: number;
  source: FollowSource | null;
  tvmazeUrl: string | null;
}

/** The outcome of one check of every followed show (or the ones that were due). */
export interface FollowCheckSummary {
  checked: number;
  changed: number;
  /** Shows whose fresh report could not be had (offline, not found any more, another show matched). */
  failed: number;
  finishedAt: number;
}

/** What the popup and the panel draw. */
export interface FollowState {
  shows: FollowedShow[];
  changes: FollowChange[];
}

/** An https URL as a string, or null: only these are ever opened or linked. */
export function httpsUrlOrNull(url: string | null | undefined): string | null {
  if (!url || url.length > 2048) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return null;
    return parsed.href;
  } catch {
    return null;
  }
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max), v.regex(PLAIN_TEXT, 'has control characters'));
const name = v.pipe(text(300), v.trim(), v.minLength(1, 'is empty'));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const tvmazeId = TVMAZE_ID_SCHEMA;
const httpsUrl = v.pipe(
  v.string(),
  v.check((url) => httpsUrlOrNull(url) !== null, 'is not an https URL'),
);

const followQuerySchema = v.strictObject({ ...PAGE_SHOW_ENTRIES, title: name });

const followSourceSchema = v.nullable(
  v.strictObject({
    outlet: v.nullable(text(200)),
    headline: v.nullable(text(1000)),
    url: v.nullable(httpsUrl),
    published: v.nullable(text(64)),
  }),
);

export const followedShowSchema = v.strictObject({
  tvmazeId,
  name,
  tvmazeUrl: v.nullable(httpsUrl),
  query: followQuerySchema,
  status: v.picklist(FATE_STATUSES, 'unknown status'),
  source: followSourceSchema,
  followedAt: time,
  checkedAt: time,
});

export const followChangeSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,80}$/, 'malformed change id')),
  tvmazeId,
  name,
  from: v.picklist(FATE_STATUSES),
  to: v.picklist(FATE_STATUSES),
  at: time,
  source: followSourceSchema,
  tvmazeUrl: v.nullable(httpsUrl),
});

/** The valid entries of a stored list (one per TVmaze id, at most `max`); anything else is dropped. */
function readList<T extends { tvmazeId: number }>(
  value: unknown,
  schema: v.GenericSchema<unknown, T>,
  max: number,
  unique: (entry: T) => string,
): T[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const entries: T[] = [];
  for (const item of value.slice(0, max)) {
    const parsed = v.safeParse(schema, item);
    if (!parsed.success || seen.has(unique(parsed.output))) continue;
    seen.add(unique(parsed.output));
    entries.push(parsed.output);
  }
  return entries;
}

export function readFollowedShows(value: unknown): FollowedShow[] {
  return readList(value, followedShowSchema, MAX_FOLLOWED_SHOWS, (show) => String(show.tvmazeId));
}

export function readFollowChanges(value: unknown): FollowChange[] {
  return readList(value, followChangeSchema, MAX_FOLLOW_CHANGES, (change) => change.id);
}

/** The deciding article of a report as a follow source (its URL kept only when https), or null. */
export function followSourceOf(report: ShowReport): FollowSource | null {
  const evidence = report.evidence;
  if (!evidence) return null;
  return {
    outlet: evidence.outlet?.slice(0, 200) ?? null,
    headline: evidence.headline.slice(0, 1000),
    url: httpsUrlOrNull(evidence.url),
    published: evidence.published?.slice(0, 64) ?? null,
  };
}

/**
 * The followed-show record for a report of ShowFate's own, or null when there is nothing to follow
 * (no confident match, or a film). Checked against the schema: what is stored is always valid.
 */
export function followedShowFromReport(report: ShowReport, now: number): FollowedShow | null {
  if (!report.show || report.film) return null;
  const { pageRating: _pageRating, ...query } = report.query;
  const candidate: FollowedShow = {
    tvmazeId: report.show.tvmazeId,
    name: report.show.name,
    tvmazeUrl: httpsUrlOrNull(report.show.tvmazeUrl),
    query,
    status: report.status,
    source: followSourceOf(report),
    followedAt: now,
    checkedAt: report.fetchedAt,
  };
  const parsed = v.safeParse(followedShowSchema, candidate);
  return parsed.success ? parsed.output : null;
}

/** Where a change's notification leads: the deciding article, else the show's TVmaze page. */
export function changeTarget(change: Pick<FollowChange, 'source' | 'tvmazeUrl'>): string | null {
  return httpsUrlOrNull(change.source?.url) ?? httpsUrlOrNull(change.tvmazeUrl);
}
