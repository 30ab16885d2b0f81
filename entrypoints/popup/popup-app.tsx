import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useFollow } from '../../components/hooks/use-follow';
import { useShowCorrection } from '../../components/hooks/use-show-correction';
import type { CopyState } from '../../components/page-details';
import { type CurrentTabView, PopupView } from '../../components/popup-view';
import { ShowPicker } from '../../components/show-picker';
import type { RecentShow } from '../../utils/cache/database';
import type { StorageHealth } from '../../utils/cache/database-handle';
import { isRenderableReport } from '../../utils/cache/record-schemas';
import { formatPageDetails, type PageDetails, pageDetailsFromState } from '../../utils/diagnostics/page-details';
import { t } from '../../utils/i18n/translate';
import { askThroughRestarts } from '../../utils/messaging/ask-through-restarts';
import { describeLookupError } from '../../utils/messaging/describe-error';
import { type PageState, sendMessage } from '../../utils/messaging/protocol';
import { readEnabledServices } from '../../utils/settings/settings';

/**
 * The tab the popup is about. Normally the active tab of the popup's window; when the popup is
 * opened as a page of its own (a pinned tab, a window of its own), that tab is the popup itself,
 * so the active tab of the last other window is meant.
 */
async function findCurrentTab(): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent();
  const candidates = self
    ? await browser.tabs.query({ active: true })
    : await browser.tabs.query({ active: true, currentWindow: true });
  return candidates.find((tab) => tab.id !== self?.id)?.id;
}

/** How long the popup waits for a page that is still rendering its show before saying so. */
const READING_RETRY_MS = 400;
const READING_RETRIES = 25;

interface CurrentTab {
  view: CurrentTabView;
  /** What "Copy page details" copies, when the tab's content script answered. */
  details: PageDetails | null;
}

async function loadCurrentTab(): Promise<CurrentTab> {
  const view = (state: CurrentTabView): CurrentTab => ({ view: state, details: null });
  const tabId = await findCurrentTab();
  if (tabId === undefined) return view({ state: 'unsupported' });
  let page: PageState;
  try {
    page = await sendMessage('getPageState', undefined, tabId);
    // A single-page app may still be rendering the show: ask again for a few seconds.
    for (let retry = 0; page.state === 'reading' && retry < READING_RETRIES; retry += 1) {
      await new Promise((resolve) => setTimeout(resolve, READING_RETRY_MS));
      page = await sendMessage('getPageState', undefined, tabId);
    }
  } catch {
    // No content script answers: not a streaming page ShowFate knows.
    return view({ state: 'unsupported' });
  }
  const details = pageDetailsFromState(page, browser.runtime.getManifest().version);
  if (page.state !== 'show') return { view: page, details };
  // Turned off for this service in the options: no lookup, and the popup says why.
  if (!(await readEnabledServices())[page.show.service]) {
    return { view: { state: 'service-off', service: page.show.service }, details };
  }
  try {
    const show = page.show;
    const report = await askThroughRestarts(() => sendMessage('getShowReport', show));
    // Checked before drawing: a report of another shape is an error, not a crash.
    if (!isRenderableReport(report)) {
      return { view: { state: 'error', message: t('errorUnreadableAnswer') }, details };
    }
    return { view: { state: 'report', report }, details };
  } catch (error) {
    return { view: { state: 'error', message: describeLookupError(error) }, details };
  }
}

/** What the popup says when the cache isn't IndexedDB: lookups work, but slower and forgotten on restart. */
export function StorageNote({ health }: { health: StorageHealth | null }) {
  if (!health || health.state === 'indexeddb') return null;
  return (
    <p class="sf-note sf-note--warning" role="status" data-testid="showfate-storage-degraded" data-state={health.state}>
      {health.state === 'memory' ? t('popupStorageMemory') : t('popupStorageDegraded')}
      {health.reason ? ` (${health.reason})` : ''}
    </p>
  );
}

export function PopupApp() {
  const [current, setCurrent] = useState<CurrentTabView>({ state: 'loading' });
  const [recent, setRecent] = useState<RecentShow[] | null>(null);
  const [details, setDetails] = useState<PageDetails | null>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [health, setHealth] = useState<StorageHealth | null>(null);
  const follow = useFollow();
  const currentReport = current.state === 'report' ? current.report : null;
  // "Check now" (or a scheduled check) changed the current tab's show: show its refreshed report.
  const changedAt = follow.changedSinceMount(currentReport?.show?.tvmazeId);
  useEffect(() => {
    if (changedAt === 0 || !currentReport) return;
    sendMessage('getShowReport', currentReport.query).then(
      (report) => isRenderableReport(report) && setCurrent({ state: 'report', report }),
      () => {},
    );
    // The check's fresh report also updated the show's line in "recently seen".
    sendMessage('getRecentShows').then(
      (shows) => Array.isArray(shows) && setRecent(shows),
      () => {},
    );
  }, [changedAt]);
  const correction = useShowCorrection(current.state === 'report' ? current.report.query : null, {
    picked: () => setCurrent({ state: 'loading' }),
    corrected: (report) => setCurrent({ state: 'report', report }),
    failed: (message) => setCurrent({ state: 'error', message }),
  });

  useEffect(() => {
    loadCurrentTab().then(
      (tab) => {
        setCurrent(tab.view);
        setDetails(tab.details);
      },
      (error: unknown) => setCurrent({ state: 'error', message: describeLookupError(error) }),
    );
  }, []);
  // Asked after the current tab so a show looked up just now is already on the list.
  useEffect(() => {
    if (current.state === 'loading') return;
    sendMessage('getRecentShows').then(
      (shows) => setRecent(Array.isArray(shows) ? shows : []),
      () => setRecent([]),
    );
    sendMessage('getStorageHealth').then(setHealth, () => setHealth(null));
  }, [current.state]);

  const copyPageDetails = () => {
    if (!details) return;
    navigator.clipboard.writeText(formatPageDetails(details)).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };

  return (
    <>
      <StorageNote health={health} />
      <PopupView
        data={{
          current,
          recent,
          details: details && { page: details, copy },
          follow: {
            toggle: follow.toggleFor(currentReport),
            list: { shows: follow.shows, changes: follow.changes, check: follow.check },
          },
        }}
        actions={{
          onOpenOptions: () => void browser.runtime.openOptionsPage(),
          onWrongShow: correction.open,
          onCopyPageDetails: copyPageDetails,
          onToggleFollow: () => currentReport && follow.toggle(currentReport),
          onUnfollow: follow.unfollow,
          onCheckNow: follow.checkNow,
        }}
      >
        {correction.picker && <ShowPicker data={{ view: correction.picker }} actions={correction.actions} />}
      </PopupView>
    </>
  );
}
