import { describe, expect, it } from 'vitest';
import { createFollowStore } from '../../utils/follow/follow-store';
import type { FollowChange, FollowedShow } from '../../utils/follow/followed-show';
import { MAX_FOLLOW_CHANGES, MAX_FOLLOWED_SHOWS } from '../../utils/follow/followed-show';
import { memoryValue, sampleChange, sampleFollowed } from '../support/sample-follow';

function store(shows: FollowedShow[] = [], changes: FollowChange[] = []) {
  const items = { shows: memoryValue(shows), changes: memoryValue(changes) };
  return { items, store: createFollowStore(items) };
}

describe('the follow store', () => {
  it('follows, refreshes a followed show keeping when it was first followed, and unfollows', async () => {
    const { store: follow } = store();
    expect(await follow.follow(sampleFollowed({ followedAt: 1 }))).toBe(true);
    expect(await follow.follow(sampleFollowed({ followedAt: 5, status: 'canceled' }))).toBe(true);
    expect(await follow.list()).toEqual([sampleFollowed({ followedAt: 1, status: 'canceled' })]);
    await follow.unfollow(61000);
    expect(await follow.list()).toEqual([]);
  });

  it('keeps both of two follows asked at the same time (writes are queued, not lost)', async () => {
    const { store: follow } = store();
    await Promise.all([
      follow.follow(sampleFollowed({ tvmazeId: 1 })),
      follow.follow(sampleFollowed({ tvmazeId: 2 })),
      follow.follow(sampleFollowed({ tvmazeId: 3 })),
    ]);
    expect((await follow.list()).map((show) => show.tvmazeId)).toEqual([1, 2, 3]);
  });

  it('refuses a new show once the list is full', async () => {
    const full = Array.from({ length: MAX_FOLLOWED_SHOWS }, (_, i) => sampleFollowed({ tvmazeId: i + 1 }));
    const { store: follow } = store(full);
    expect(await follow.follow(sampleFollowed({ tvmazeId: 9_999 }))).toBe(false);
    expect(await follow.list()).toHaveLength(MAX_FOLLOWED_SHOWS);
  });

  it('updates only a show still followed', async () => {
    const { store: follow, items } = store([sampleFollowed()]);
    expect(await follow.update(sampleFollowed({ status: 'renewed' }))).toBe(true);
    expect((await follow.list())[0]?.status).toBe('renewed');
    await follow.unfollow(61000);
    const writes = items.shows.writes.length;
    expect(await follow.update(sampleFollowed({ status: 'ended' }))).toBe(false);
    expect(items.shows.writes).toHaveLength(writes);
  });

  it('keeps "what changed" newest first and capped', async () => {
    const { store: follow } = store();
    for (let i = 0; i < MAX_FOLLOW_CHANGES + 5; i += 1) await follow.addChange(sampleChange({ id: `c${i}`, at: i }));
    const changes = await follow.changes();
    expect(changes).toHaveLength(MAX_FOLLOW_CHANGES);
    expect(changes[0]?.id).toBe(`c${MAX_FOLLOW_CHANGES + 4}`);
    expect(changes.at(-1)?.id).toBe('c5');
  });

  it('merges an import, writing nothing when nothing is new', async () => {
    const { store: follow, items } = store([sampleFollowed()]);
    expect(await follow.merge([sampleFollowed({ status: 'ended' })])).toEqual({
      added: 0,
      alreadyFollowed: 1,
      total: 1,
    });
    expect(items.shows.writes).toHaveLength(0);
    expect(await follow.merge([sampleFollowed({ tvmazeId: 2 })])).toEqual({ added: 1, alreadyFollowed: 0, total: 2 });
  });
});
