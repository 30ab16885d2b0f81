/**
 * The followed list as a file (issue 10, point 3): exported as versioned JSON, imported only after
 * the whole file is validated, so a bad file changes nothing. Problems come back as data (which
 * entry, what is wrong) for the options page to say in the user's language.
 */
import * as v from 'valibot';
import { type FollowedShow, followedShowSchema, MAX_FOLLOWED_SHOWS } from './followed-show';

export const FOLLOW_FILE_FORMAT = 'showfate-followed-shows';
export const FOLLOW_FILE_VERSION = 1;
/** A real export of 200 shows is about 120 kB; anything over 1 MB is refused before it is parsed. */
export const MAX_FOLLOW_FILE_CHARS = 1_000_000;

export interface FollowFile {
  format: typeof FOLLOW_FILE_FORMAT;
  version: typeof FOLLOW_FILE_VERSION;
  exportedAt: string;
  shows: FollowedShow[];
}

export type FollowImportProblem =
  | { problem: 'too-large' }
  | { problem: 'not-json' }
  | { problem: 'not-an-export' }
  | { problem: 'wrong-version'; version: string }
  | { problem: 'bad-entry'; entry: number; detail: string }
  | { problem: 'too-many'; max: number };

export type FollowImportResult =
  | { ok: true; added: number; alreadyFollowed: number; total: number }
  | ({ ok: false } & FollowImportProblem);

export function buildFollowFile(shows: readonly FollowedShow[], now: number): FollowFile {
  return {
    format: FOLLOW_FILE_FORMAT,
    version: FOLLOW_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    shows: [...shows],
  };
}

export function followFileName(now: number): string {
  return `showfate-followed-shows-${new Date(now).toISOString().slice(0, 10)}.json`;
}

const envelopeSchema = v.looseObject({
  format: v.literal(FOLLOW_FILE_FORMAT),
  version: v.unknown(),
  shows: v.unknown(),
});

const fileSchema = v.strictObject({
  format: v.literal(FOLLOW_FILE_FORMAT),
  version: v.literal(FOLLOW_FILE_VERSION),
  exportedAt: v.pipe(v.string(), v.maxLength(64)),
  shows: v.pipe(v.array(v.unknown()), v.maxLength(MAX_FOLLOWED_SHOWS)),
});

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ')
    .slice(0, 300);
}

/**
 * The shows of an exported file, or what is wrong with it. Everything is checked before anything is
 * returned: size, JSON, format and version, then every entry (numbered from 1) against the same
 * schema the stored list is read with. Duplicate TVmaze ids within the file are an error too.
 */
export function parseFollowFile(
  text: string,
): { ok: true; shows: FollowedShow[] } | ({ ok: false } & FollowImportProblem) {
  if (text.length > MAX_FOLLOW_FILE_CHARS) return { ok: false, problem: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!v.is(envelopeSchema, data)) return { ok: false, problem: 'not-an-export' };
  if (data.version !== FOLLOW_FILE_VERSION) {
    return { ok: false, problem: 'wrong-version', version: String(data.version).slice(0, 20) };
  }
  if (Array.isArray(data.shows) && data.shows.length > MAX_FOLLOWED_SHOWS) {
    return { ok: false, problem: 'too-many', max: MAX_FOLLOWED_SHOWS };
  }
  const file = v.safeParse(fileSchema, data);
  if (!file.success) return { ok: false, problem: 'not-an-export' };
  const shows: FollowedShow[] = [];
  const ids = new Set<number>();
  for (const [index, entry] of file.output.shows.entries()) {
    const parsed = v.safeParse(followedShowSchema, entry);
    if (!parsed.success) {
      return { ok: false, problem: 'bad-entry', entry: index + 1, detail: describeIssues(parsed.issues) };
    }
    if (ids.has(parsed.output.tvmazeId)) {
      return { ok: false, problem: 'bad-entry', entry: index + 1, detail: 'the same show is listed twice' };
    }
    ids.add(parsed.output.tvmazeId);
    shows.push(parsed.output);
  }
  return { ok: true, shows };
}

/**
 * The followed list with an import merged in. A show already followed (same TVmaze id) keeps the
 * record it has: its status is what ShowFate last saw itself, and the next check compares against
 * it. Only shows not yet followed are added, at the end, in the file's order.
 */
export function mergeFollowedShows(
  existing: readonly FollowedShow[],
  imported: readonly FollowedShow[],
): { shows: FollowedShow[]; added: number; alreadyFollowed: number } | null {
  const known = new Set(existing.map((show) => show.tvmazeId));
  const fresh = imported.filter((show) => !known.has(show.tvmazeId));
  const shows = [...existing, ...fresh];
  if (shows.length > MAX_FOLLOWED_SHOWS) return null;
  return { shows, added: fresh.length, alreadyFollowed: imported.length - fresh.length };
}
