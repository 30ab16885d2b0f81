import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { useFollow } from '../../components/hooks/use-follow';
import { useShowCorrection } from '../../components/hooks/use-show-correction';
import { type PanelView, ShowPanel } from '../../components/show-panel';
import { ShowPicker } from '../../components/show-picker';
import { isRenderableReport } from '../../utils/cache/record-schemas';
import type { PageShow } from '../../utils/domain';
import { t } from '../../utils/i18n/translate';
import { askThroughRestarts } from '../../utils/messaging/ask-through-restarts';
import { describeLookupError } from '../../utils/messaging/describe-error';
import { sendMessage } from '../../utils/messaging/protocol';
import { reportKey } from '../../utils/reports/report-key';
import {
  isPanelCorner,
  type PanelCorner,
  panelCollapsed,
  panelCorner,
  panelStartsCollapsed,
} from '../../utils/settings/settings';
import type { TabBadge } from '../../utils/toolbar/toolbar-badge';

const unreadableReport = () => t('errorUnreadableReport');

/**
 * The panel's wiring: asks the background for the page's report (the cached one first, for an
 * instant paint, then the fresh one) and keeps the collapsed state. The markup is ShowPanel's.
 * `query` null: the page moved to another show that isn't read yet; the panel stays where it is and
 * says it is loading, rather than leaving and coming back (issue 10, point 5).
 */
export function PanelApp({ query, onView }: { query: PageShow | null; onView?: (view: PanelView) => void }) {
  const title = query?.title ?? null;
  const [view, setView] = useState<PanelView>({ state: 'loading', title });
  // The toolbar badge follows what the panel shows (show-page/index.tsx sends it to the background).
  useEffect(() => onView?.(view), [view]);
  const [attempt, setAttempt] = useState(0);
  const [collapsed, toggleCollapsed] = useCollapsedState(query?.pageKind === 'player');
  const corner = usePanelCorner();
  const key = query ? reportKey(query) : null;
  const follow = useFollow();
  const shownReport = view.state === 'report' ? view.report : null;
  // A check found news of this show while the panel is open: show the refreshed report.
  const changedAt = follow.changedSinceMount(shownReport?.show?.tvmazeId);
  useEffect(() => {
    if (changedAt > 0) setAttempt((n) => n + 1);
  }, [changedAt]);
  const correction = useShowCorrection(query, {
    picked: () => setView({ state: 'loading', title }),
    corrected: (report) => setView({ state: 'report', report, refreshing: false }),
    failed: (message) => setView({ state: 'error', title: title ?? '', message }),
  });

  // A layout effect: it runs right after the render, where Preact defers a plain effect to after the
  // next frame (~16 ms), and the cached report's question is the status's critical path (issue 12).
  useLayoutEffect(() => {
    let active = true;
    setView({ state: 'loading', title });
    correction.actions.onCancel();
    if (!query) return;
    sendMessage('peekShowReport', query)
      .then((cached) => {
        // Only paint the cached report if the fresh one hasn't arrived first.
        if (active && cached && isRenderableReport(cached)) {
          setView((current) =>
            current.state === 'loading' ? { state: 'report', report: cached, refreshing: true } : current,
          );
        }
      })
      .catch(() => {
        // The fresh lookup below reports errors; a failed peek just means no instant paint.
      });
    // MV3 can stop the worker mid-lookup: asked again until it answers (ask-through-restarts.ts).
    const stopAsking = new AbortController();
    askThroughRestarts(() => sendMessage('getShowReport', query), { signal: stopAsking.signal }).then(
      (report) => {
        if (!active) return;
        // Checked before drawing: a report that isn't the shape the panel draws is an error, not a crash.
        setView(
          isRenderableReport(report)
            ? { state: 'report', report, refreshing: false }
            : { state: 'error', title: query.title, message: unreadableReport() },
        );
      },
      (error: unknown) => {
        if (!active) return;
        setView((current) =>
          current.state === 'report'
            ? { ...current, refreshing: false, report: { ...current.report, outdated: true } }
            : { state: 'error', title: query.title, message: describeLookupError(error) },
        );
      },
    );
    return () => {
      active = false;
      stopAsking.abort();
    };
  }, [key, attempt]);

  return (
    <ShowPanel
      data={{ view, collapsed, corner, follow: follow.toggleFor(shownReport) }}
      actions={{
        onToggleCollapsed: toggleCollapsed,
        onRetry: () => setAttempt((n) => n + 1),
        onWrongShow: correction.open,
        onToggleFollow: () => shownReport && follow.toggle(shownReport),
      }}
    >
      {correction.picker && !collapsed && (
        <ShowPicker data={{ view: correction.picker }} actions={correction.actions} />
      )}
    </ShowPanel>
  );
}

/**
 * Title pages remember the collapsed state (one setting for every tab); player pages always start
 * collapsed so the badge doesn't cover the video, and toggling there stays on that page. With
 * "start collapsed" on (options), every page starts collapsed the same way; turning it on folds
 * open panels at once.
 */
function useCollapsedState(playerPage: boolean): [boolean, () => void] {
  const [remembered, setRemembered] = useState<boolean | null>(null);
  const [startsCollapsed, setStartsCollapsed] = useState(false);
  /** This page's own state, when it doesn't follow the remembered one (null: not toggled here). */
  const [local, setLocal] = useState<boolean | null>(null);
  useEffect(() => {
    panelStartsCollapsed.getValue().then(setStartsCollapsed, () => setStartsCollapsed(false));
    return panelStartsCollapsed.watch((value) => {
      setStartsCollapsed(value);
      setLocal(null);
    });
  }, []);
  useEffect(() => {
    if (playerPage) return;
    panelCollapsed.getValue().then(setRemembered, () => setRemembered(false));
    return panelCollapsed.watch((value) => setRemembered(value));
  }, [playerPage]);

  if (playerPage || startsCollapsed) {
    const collapsed = local ?? true;
    return [collapsed, () => setLocal(!collapsed)];
  }
  const collapsed = remembered ?? false;
  return [collapsed, () => void panelCollapsed.setValue(!collapsed)];
}

/** The options page's corner, followed live: open panels move when it changes. */
function usePanelCorner(): PanelCorner {
  const [corner, setCorner] = useState<PanelCorner>('bottom-right');
  useEffect(() => {
    const take = (value: unknown) => setCorner(isPanelCorner(value) ? value : 'bottom-right');
    panelCorner.getValue().then(take, () => take(null));
    return panelCorner.watch(take);
  }, []);
  return corner;
}

/**
 * The toolbar badge for what the panel shows: a report's status with the show's name; nothing while
 * looking up or after a failure (an old status must not linger over a new show).
 */
export function tabBadgeForView(view: PanelView): TabBadge | null {
  if (view.state !== 'report' || view.report.film) return null;
  return { status: view.report.status, title: view.report.show?.name ?? view.report.query.title };
}
