import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ShowReport } from '../utils/domain';
import { t } from '../utils/i18n/translate';
import type { PanelCorner } from '../utils/settings/settings';
import { statusLabel } from '../utils/status/fate-status';
import type { FollowToggleData } from './follow-button';
import { ShowSummary } from './show-summary';
import { StatusBadge } from './status-badge';

/** What the panel is showing: the lookup in progress, its failure, or its report. */
export type PanelView =
  /** `title` null: a single-page app moved to another show that is not read yet (issue 10, point 5). */
  | { state: 'loading'; title: string | null }
  | { state: 'error'; title: string; message: string }
  | { state: 'report'; report: ShowReport; refreshing: boolean };

export interface ShowPanelProps {
  /**
   * `corner`: where the panel sits (the options page's choice); bottom right when not given.
   * `follow`: the follow toggle of the report's show (issue 10, point 3), when it has one.
   */
  data: { view: PanelView; collapsed: boolean; corner?: PanelCorner; follow?: FollowToggleData | null };
  actions: {
    onToggleCollapsed: () => void;
    onRetry: () => void;
    onWrongShow?: () => void;
    onToggleFollow?: () => void;
  };
  /** Shown in place of the summary (the "wrong show?" picker). */
  children?: ComponentChildren;
}

/** The corner card on a streaming page; collapses to its status badge. */
export function ShowPanel({
  data: { view, collapsed, corner = 'bottom-right', follow },
  actions,
  children,
}: ShowPanelProps) {
  const status = view.state === 'report' ? view.report.status : view.state;
  // The toggle sits elsewhere in the collapsed card, so it is a new element after a toggle: give
  // it the focus back, or a keyboard user would be left on the page's <body>. A layout effect: it
  // runs in the same commit as the new markup, where a plain effect waits for the next frame and
  // leaves the focus on <body> meanwhile (long enough for a key press to be lost on a busy machine).
  const toggleRef = useRef<HTMLButtonElement>(null);
  const refocusToggle = useRef(false);
  useLayoutEffect(() => {
    if (!refocusToggle.current) return;
    refocusToggle.current = false;
    toggleRef.current?.focus();
  }, [collapsed]);
  // The same when the picker (which had the focus) closes: the focus comes back to the panel.
  const showsPicker = Boolean(children);
  const showedPicker = useRef(showsPicker);
  useLayoutEffect(() => {
    if (showedPicker.current && !showsPicker) toggleRef.current?.focus();
    showedPicker.current = showsPicker;
  }, [showsPicker]);
  const toggle = (
    <button
      ref={toggleRef}
      type="button"
      class="sf-icon-button"
      data-testid="showfate-collapse"
      aria-expanded={!collapsed}
      aria-label={collapsed ? t('panelExpandLabel') : t('panelCollapseLabel')}
      title={collapsed ? t('panelExpand') : t('panelCollapse')}
      onClick={() => {
        refocusToggle.current = true;
        actions.onToggleCollapsed();
      }}
    >
      {collapsed ? '+' : '−'}
    </button>
  );

  if (collapsed) {
    return (
      <section
        class={`sf-panel sf-panel--collapsed sf-panel--${corner}`}
        aria-label="ShowFate"
        data-testid="showfate-panel"
        data-corner={corner}
      >
        <Announcement view={view} />
        <span class="sf-brand" aria-hidden="true">
          SF
        </span>
        {view.state === 'report' && view.report.film ? (
          <span class="sf-badge sf-badge--unknown">{t('panelFilm')}</span>
        ) : (
          <StatusBadge data={{ status }} />
        )}
        {toggle}
      </section>
    );
  }

  return (
    <section
      class={`sf-panel sf-panel--${corner}`}
      aria-label="ShowFate"
      data-testid="showfate-panel"
      data-corner={corner}
      aria-busy={view.state === 'loading'}
    >
      <Announcement view={view} />
      <header class="sf-panel-header">
        <span class="sf-brand">ShowFate</span>
        {view.state === 'report' && view.refreshing && (
          <span class="sf-refreshing" role="status">
            {t('panelUpdating')}
          </span>
        )}
        {toggle}
      </header>
      {children ?? <PanelBody view={view} follow={follow} actions={actions} />}
    </section>
  );
}

/** What a screen reader says once the status is known ("" while it isn't: nothing is announced). */
export function announcementOf(view: PanelView): string {
  if (view.state !== 'report') return '';
  const { report } = view;
  if (report.film) return t('panelAnnounceFilm', report.query.title);
  const name = report.show?.name ?? report.query.title;
  return t('panelAnnounceStatus', name, statusLabel(report.status));
}

/**
 * A polite live region, present from the panel's first paint (a region added together with its
 * text is not reliably announced): the status is spoken when it arrives, without taking the focus
 * or interrupting. Errors are announced by their own alert.
 */
function Announcement({ view }: { view: PanelView }) {
  return (
    <p class="sf-visually-hidden" role="status" aria-live="polite" data-testid="showfate-announcement">
      {announcementOf(view)}
    </p>
  );
}

function PanelBody({
  view,
  follow,
  actions,
}: {
  view: PanelView;
  follow?: FollowToggleData | null;
  actions: ShowPanelProps['actions'];
}) {
  switch (view.state) {
    case 'loading':
      return (
        <div class="sf-summary" role="status">
          <StatusBadge data={{ status: 'loading' }} />
          <p class="sf-note">{view.title === null ? t('panelReadingNext') : t('panelLookingUp', view.title)}</p>
        </div>
      );
    case 'error':
      return (
        <div class="sf-summary" role="alert">
          <StatusBadge data={{ status: 'error' }} />
          <p class="sf-note" data-testid="showfate-error">
            {view.message}
          </p>
          <button type="button" class="sf-button" data-testid="showfate-retry" onClick={actions.onRetry}>
            {t('commonTryAgain')}
          </button>
        </div>
      );
    case 'report':
      return (
        <ShowSummary
          data={{ report: view.report, follow }}
          actions={{ onWrongShow: actions.onWrongShow, onToggleFollow: actions.onToggleFollow }}
        />
      );
  }
}
