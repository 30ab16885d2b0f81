/**
 * The followed list and "what changed", over two storage items (settings.ts). The background is the
 * only writer; its writes are queued one after another so a check, a follow from a tab and an
 * import never overwrite each other's read-modify-write.
 */
import { mergeFollowedShows } from './follow-file';
import {
  type FollowChange,
  type FollowedShow,
  MAX_FOLLOW_CHANGES,
  MAX_FOLLOWED_SHOWS,
  readFollowChanges,
  readFollowedShows,
} from './followed-show';

/** The part of a `@wxt-dev/storage` item the store uses. */
export interface StoredValue<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export interface FollowStore {
  list(): Promise<FollowedShow[]>;
  changes(): Promise<FollowChange[]>;
  /** Follows a show, or refreshes its record when already followed; false when the list is full. */
  follow(show: FollowedShow): Promise<boolean>;
  unfollow(tvmazeId: number): Promise<void>;
  /** Replaces a followed show's record; false (and nothing written) when it was unfollowed meanwhile. */
  update(show: FollowedShow): Promise<boolean>;
  /** Puts a change first in "what changed", dropping the oldest beyond MAX_FOLLOW_CHANGES. */
  addChange(change: FollowChange): Promise<void>;
  /** Merges imported shows in (see mergeFollowedShows); null when the list would exceed its cap. */
  merge(imported: FollowedShow[]): Promise<{ added: number; alreadyFollowed: number; total: number } | null>;
}

export function createFollowStore(items: {
  shows: StoredValue<FollowedShow[]>;
  changes: StoredValue<FollowChange[]>;
}): FollowStore {
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs `write` after every write asked before it. */
  function serialized<T>(write: () => Promise<T>): Promise<T> {
    const turn = queue.then(write);
    queue = turn.catch(() => undefined);
    return turn;
  }
  const list = async () => readFollowedShows(await items.shows.getValue());

  return {
    list,
    changes: async () => readFollowChanges(await items.changes.getValue()),
    follow: (show) =>
      serialized(async () => {
        const shows = await list();
        const index = shows.findIndex((entry) => entry.tvmazeId === show.tvmazeId);
        if (index >= 0) {
          // Following again keeps when it was first followed.
          shows[index] = { ...show, followedAt: shows[index]?.followedAt ?? show.followedAt };
        } else {
          if (shows.length >= MAX_FOLLOWED_SHOWS) return false;
          shows.push(show);
        }
        await items.shows.setValue(shows);
        return true;
      }),
    unfollow: (tvmazeId) =>
      serialized(async () => {
        const shows = await list();
        const kept = shows.filter((show) => show.tvmazeId !== tvmazeId);
        if (kept.length !== shows.length) await items.shows.setValue(kept);
      }),
    update: (show) =>
      serialized(async () => {
        const shows = await list();
        const index = shows.findIndex((entry) => entry.tvmazeId === show.tvmazeId);
        if (index < 0) return false;
        shows[index] = show;
        await items.shows.setValue(shows);
        return true;
      }),
    addChange: (change) =>
      serialized(async () => {
        const changes = readFollowChanges(await items.changes.getValue()).filter((entry) => entry.id !== change.id);
        await items.changes.setValue([change, ...changes].slice(0, MAX_FOLLOW_CHANGES));
      }),
    merge: (imported) =>
      serialized(async () => {
        const merged = mergeFollowedShows(await list(), imported);
        if (!merged) return null;
        if (merged.added > 0) await items.shows.setValue(merged.shows);
        return { added: merged.added, alreadyFollowed: merged.alreadyFollowed, total: merged.shows.length };
      }),
  };
}
