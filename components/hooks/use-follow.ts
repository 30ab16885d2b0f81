/**
 * Following, as the panel and the popup use it: the followed list and "what changed" (asked once
 * from the background, then watched in storage, so a follow in another tab or a check shows here
 * at once), and the follow toggle, unfollow and "check now", each a message to the background: it
 * alone writes the list.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ShowReport } from '../../utils/domain';
import {
  type FollowChange,
  type FollowedShow,
  readFollowChanges,
  readFollowedShows,
} from '../../utils/follow/followed-show';
import { t } from '../../utils/i18n/translate';
import { sendMessage } from '../../utils/messaging/protocol';
import { followChanges, followedShows } from '../../utils/settings/settings';
import type { FollowToggleData } from '../follow-button';
import type { FollowCheckView } from '../followed-shows';

export interface FollowControls {
  /** null until the list is read. */
  shows: FollowedShow[] | null;
  changes: FollowChange[];
  check: FollowCheckView;
  /** The toggle's state for a report's show; null when the report has nothing to follow. */
  toggleFor: (report: ShowReport | null) => FollowToggleData | null;
  toggle: (report: ShowReport) => void;
  unfollow: (tvmazeId: number) => void;
  checkNow: () => void;
  /**
   * When the newest change of a show recorded after this hook mounted was found (0 for none): a
   * panel or popup showing that show asks for its report again, which the check has just refreshed.
   */
  changedSinceMount: (tvmazeId: number | undefined) => number;
}

export function useFollow(): FollowControls {
  const [shows, setShows] = useState<FollowedShow[] | null>(null);
  const [changes, setChanges] = useState<FollowChange[]>([]);
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [check, setCheck] = useState<FollowCheckView>({ state: 'idle' });
  const [mountedAt] = useState(() => Date.now());

  useEffect(() => {
    let active = true;
    let watched = false;
    sendMessage('getFollowState').then(
      (state) => {
        // A change watched meanwhile is newer than this answer.
        if (!active || watched) return;
        setShows(readFollowedShows(state?.shows));
        setChanges(readFollowChanges(state?.changes));
      },
      () => active && !watched && setShows([]),
    );
    const stopShows = followedShows.watch((value) => {
      watched = true;
      setShows(readFollowedShows(value));
    });
    const stopChanges = followChanges.watch((value) => setChanges(readFollowChanges(value)));
    return () => {
      active = false;
      stopShows();
      stopChanges();
    };
  }, []);

  const isFollowed = (tvmazeId: number) => shows?.some((show) => show.tvmazeId === tvmazeId) ?? false;

  const run = (tvmazeId: number, request: () => Promise<unknown>) => {
    setBusy(tvmazeId);
    setError(null);
    request().then(
      () => setBusy(null),
      () => {
        setBusy(null);
        setError(t('followToggleFailed'));
      },
    );
  };

  return {
    shows,
    changes,
    check,
    toggleFor(report) {
      if (!report?.show || report.film || shows === null) return null;
      return { followed: isFollowed(report.show.tvmazeId), busy: busy === report.show.tvmazeId, error };
    },
    toggle(report) {
      const show = report.show;
      if (!show) return;
      if (isFollowed(show.tvmazeId)) run(show.tvmazeId, () => sendMessage('unfollowShow', show.tvmazeId));
      else {
        const { pageRating: _pageRating, ...query } = report.query;
        run(show.tvmazeId, () => sendMessage('followShow', query));
      }
    },
    unfollow: (tvmazeId) => run(tvmazeId, () => sendMessage('unfollowShow', tvmazeId)),
    changedSinceMount(tvmazeId) {
      const change = changes.find((entry) => entry.tvmazeId === tvmazeId);
      return change && change.at >= mountedAt ? change.at : 0;
    },
    checkNow() {
      setCheck({ state: 'checking' });
      sendMessage('checkFollowedNow').then(
        (summary) => setCheck({ state: 'done', summary }),
        () => setCheck({ state: 'error' }),
      );
    },
  };
}
