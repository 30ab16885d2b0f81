import type { ComponentChildren } from 'preact';
import type { RecentShow } from '../utils/cache/database';
import type { PageDetails } from '../utils/diagnostics/page-details';
import { SERVICE_IDS, type ServiceId, type ShowReport, STREAMING_SERVICE_FACTS } from '../utils/domain';
import { t } from '../utils/i18n/translate';
import type { PageState } from '../utils/messaging/protocol';
import type { FollowToggleData } from './follow-button';
import { FollowedShows, type FollowedShowsData } from './followed-shows';
import { joinAsList } from './format';
import { type CopyState, PageDetailsBar } from './page-details';
import { RecentShows } from './recent-shows';
import { ShowSummary } from './show-summary';
import { StatusBadge } from './status-badge';

/** "Netflix, Prime Video, … and IMDb", from each service's own name (in the UI language's list style). */
const supportedServiceNames = () => joinAsList(SERVICE_IDS.map((id) => STREAMING_SERVICE_FACTS[id].name));

/** What the popup knows about the current tab. */
export type CurrentTabView =
  | { state: 'loading' }
  | { state: 'unsupported' }
  | Exclude<PageState, { state: 'show' }>
  | { state: 'report'; report: ShowReport }
  /** The user turned ShowFate off for this tab's service (options). */
  | { state: 'service-off'; service: ServiceId }
  | { state: 'error'; message: string };

interface PopupViewProps {
  data: {
    current: CurrentTabView;
    recent: RecentShow[] | null;
    /** The current tab's page details ("Copy page details"), when its content script answered. */
    details?: { page: PageDetails; copy: CopyState } | null;
    /** Followed shows (issue 10, point 3): the current show's toggle, the list, "what changed". */
    follow?: { toggle: FollowToggleData | null; list: FollowedShowsData } | null;
  };
  actions: {
    onOpenOptions: () => void;
    onWrongShow?: () => void;
    onCopyPageDetails?: () => void;
    onToggleFollow?: () => void;
    onUnfollow?: (tvmazeId: number) => void;
    onCheckNow?: () => void;
  };
  /** Shown in place of the current tab's summary (the "wrong show?" picker). */
  children?: ComponentChildren;
}

export function PopupView({ data: { current, recent, details, follow }, actions, children }: PopupViewProps) {
  return (
    <main class="sf-popup-main">
      <header class="sf-popup-header">
        <h1 class="sf-popup-title">ShowFate</h1>
        <button
          type="button"
          class="sf-link-button"
          data-testid="showfate-open-options"
          onClick={actions.onOpenOptions}
        >
          {t('popupOptions')}
        </button>
      </header>
      <section aria-labelledby="sf-current-heading" data-testid="showfate-current">
        <h2 id="sf-current-heading" class="sf-section-title">
          {t('popupThisTab')}
        </h2>
        {children ?? (
          <CurrentTab
            view={current}
            onWrongShow={actions.onWrongShow}
            follow={follow?.toggle}
            onToggleFollow={actions.onToggleFollow}
          />
        )}
        {details && actions.onCopyPageDetails && (
          <PageDetailsBar
            data={{ details: details.page, copy: details.copy }}
            actions={{ onCopy: actions.onCopyPageDetails }}
          />
        )}
      </section>
      {follow && actions.onUnfollow && actions.onCheckNow && (
        <section aria-labelledby="sf-followed-heading" data-testid="showfate-following">
          <h2 id="sf-followed-heading" class="sf-section-title">
            {t('followHeading')}
          </h2>
          <FollowedShows
            data={follow.list}
            actions={{ onUnfollow: actions.onUnfollow, onCheckNow: actions.onCheckNow }}
          />
        </section>
      )}
      <section aria-labelledby="sf-recent-heading">
        <h2 id="sf-recent-heading" class="sf-section-title">
          {t('popupRecentlySeen')}
        </h2>
        {recent ? <RecentShows data={{ shows: recent }} /> : <p class="sf-note">{t('commonLoading')}</p>}
      </section>
    </main>
  );
}

function CurrentTab({
  view,
  onWrongShow,
  follow,
  onToggleFollow,
}: {
  view: CurrentTabView;
  onWrongShow?: () => void;
  follow?: FollowToggleData | null;
  onToggleFollow?: () => void;
}) {
  switch (view.state) {
    case 'loading':
    case 'reading':
      return (
        <div class="sf-summary" role="status">
          <StatusBadge data={{ status: 'loading' }} />
        </div>
      );
    case 'report':
      return <ShowSummary data={{ report: view.report, follow }} actions={{ onWrongShow, onToggleFollow }} />;
    case 'error':
      return (
        <div class="sf-summary" role="alert">
          <StatusBadge data={{ status: 'error' }} />
          <p class="sf-note">{view.message}</p>
        </div>
      );
    case 'unrecognized':
      return (
        <p class="sf-note" data-testid="showfate-unrecognized">
          {t('popupUnrecognized')}
        </p>
      );
    case 'not-a-show-page':
      return (
        <p class="sf-note" data-testid="showfate-no-show">
          {t('popupNoShow')}
        </p>
      );
    case 'service-off':
      return (
        <p class="sf-note" data-testid="showfate-service-off">
          {t('popupServiceOff', STREAMING_SERVICE_FACTS[view.service].name)}
        </p>
      );
    case 'unsupported':
      return (
        <p class="sf-note" data-testid="showfate-unsupported">
          {t('popupUnsupported', supportedServiceNames())}
        </p>
      );
  }
}
