import type { ComponentChildren } from 'preact';
import type { ShowReport } from '../utils/shows/show-report';
import { ShowSummary } from './show-summary';
import { StatusBadge } from './status-badge';

/** What the panel is showing: the lookup in progress, its failure, or its report. */
export type PanelView =
  | { state: 'loading'; title: string }
  | { state: 'error'; title: string; message: string }
  | { state: 'report'; report: ShowReport; refreshing: boolean };

export interface ShowPanelProps {
  data: { view: PanelView; collapsed: boolean };
  actions: {
    onToggleCollapsed: () => void;
    onRetry: () => void;
    onWrongShow?: () => void;
  };
  /** Shown in place of the summary (the "wrong show?" picker). */
  children?: ComponentChildren;
}

/** The corner card on a streaming page; collapses to its status badge. */
export function ShowPanel({ data: { view, collapsed }, actions, children }: ShowPanelProps) {
  const status = view.state === 'report' ? view.report.status : view.state;
  const toggle = (
    <button
      type="button"
      class="sf-icon-button"
      data-testid="showfate-collapse"
      aria-expanded={!collapsed}
      aria-label={collapsed ? 'Expand ShowFate panel' : 'Collapse ShowFate panel'}
      title={collapsed ? 'Expand' : 'Collapse'}
      onClick={actions.onToggleCollapsed}
    >
      {collapsed ? '+' : '−'}
    </button>
  );

  if (collapsed) {
    return (
      <section class="sf-panel sf-panel--collapsed" aria-label="ShowFate" data-testid="showfate-panel">
        <span class="sf-brand" aria-hidden="true">
          SF
        </span>
        {view.state === 'report' && view.report.film ? (
          <span class="sf-badge sf-badge--unknown">Film</span>
        ) : (
          <StatusBadge data={{ status }} />
        )}
        {toggle}
      </section>
    );
  }

  return (
    <section class="sf-panel" aria-label="ShowFate" data-testid="showfate-panel" aria-busy={view.state === 'loading'}>
      <header class="sf-panel-header">
        <span class="sf-brand">ShowFate</span>
        {view.state === 'report' && view.refreshing && (
          <span class="sf-refreshing" role="status">
            updating…
          </span>
        )}
        {toggle}
      </header>
      {children ?? <PanelBody view={view} actions={actions} />}
    </section>
  );
}

function PanelBody({ view, actions }: { view: PanelView; actions: ShowPanelProps['actions'] }) {
  switch (view.state) {
    case 'loading':
      return (
        <div class="sf-summary" role="status">
          <StatusBadge data={{ status: 'loading' }} />
          <p class="sf-note">Looking up “{view.title}”…</p>
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
            Try again
          </button>
        </div>
      );
    case 'report':
      return <ShowSummary data={{ report: view.report }} actions={{ onWrongShow: actions.onWrongShow }} />;
  }
}
