/**
 * Everything a show page needs beyond the URL check: every service's page readers, the page
 * watcher, Preact and the panel. Built as its own script, loaded by the content script
 * (entrypoints/content/index.ts) only once the tab is on a show URL (issue 12), and run in the
 * content script's own isolated world, so the page can neither see nor call it.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ErrorBoundary } from '../../components/error-boundary';
// Inlined into the script rather than shipped as a file of its own: nothing to load or probe.
import panelCss from '../../components/showfate.css?inline';
import { ignoreUntrustedEvents } from '../../utils/content/ignore-untrusted-events';
import { publishShowPageStarter, type StartShowPage } from '../../utils/content/show-page-script';
import { watchShowPage } from '../../utils/content/watch-show-page';
import { type PageState, sendMessage } from '../../utils/messaging/protocol';
import { findServiceForUrl } from '../../utils/services/registry';
import {
  enabledServices,
  overlayEnabled,
  readEnabledServices,
  toolbarBadgeEnabled,
} from '../../utils/settings/settings';
import type { TabBadge } from '../../utils/toolbar/toolbar-badge';
import { PanelApp, tabBadgeForView } from '../content/panel-app';

const startShowPage: StartShowPage = async (ctx, documentParsed) => {
  const service = findServiceForUrl(new URL(location.href));
  if (!service) return;

  let enabled: boolean | undefined;
  /** Whether the user left this service on (options: per-service off): off, no panel and no lookups. */
  let serviceOn: boolean | undefined;
  let state: PageState = { state: 'reading' };
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;

  // A film gets no panel: ShowFate has no series status to give it (the popup says "film").
  const wantsPanel = () =>
    enabled === true && serviceOn === true && state.state === 'show' && state.show.kind !== 'film';

  /** A promise, so two quick page changes share one UI instead of racing to create two. */
  const createUi = () =>
    createShadowRootUi(ctx, {
      name: 'showfate-panel',
      css: panelCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container, shadow) => {
        // The root is open (the panel's DOM is a public contract), so page scripts can reach it:
        // only the user's own clicks and keys act.
        ignoreUntrustedEvents(shadow);
        return container;
      },
      onRemove: (container) => container && render(null, container),
    });

  // The toolbar badge mirrors the panel: the background draws it on this tab (issue 10).
  let badge: TabBadge | null = null;
  let sentBadge: string | undefined;
  function sendBadge() {
    const next = wantsPanel() ? badge : null;
    const key = JSON.stringify(next);
    if (key === sentBadge || ctx.isInvalid) return;
    sentBadge = key;
    sendMessage('showTabBadge', next).catch(() => {
      // The worker was restarting: asked again on the next change.
      sentBadge = undefined;
    });
  }

  /** The panel is on screen (with a show, or waiting for the next one). */
  let panelShown = false;
  /** The show the panel is for, or null when there is none to show. */
  const panelQuery = () => (wantsPanel() && state.state === 'show' ? state.show : null);
  /**
   * A single-page app moved from a show to a URL whose show isn't read yet: the panel stays in
   * place, loading, instead of leaving and coming back (issue 10, point 5). A page that turns out
   * to have no show (a film, "unrecognized", the home page) removes it.
   */
  const keepsPanelWhileReading = () =>
    enabled === true && serviceOn === true && panelShown && state.state === 'reading';

  // Exactly one panel per page: created once, then re-rendered or removed as the page changes.
  async function showPanel() {
    sendBadge();
    if (!panelQuery() && !keepsPanelWhileReading()) {
      panelShown = false;
      (await ui)?.remove();
      return;
    }
    ui ??= createUi();
    const panel = await ui;
    // Re-check after the await: the page may have moved on while the CSS loaded.
    const query = panelQuery();
    if (!query && !keepsPanelWhileReading()) {
      panelShown = false;
      panel.remove();
      return;
    }
    if (!panel.mounted) panel.mount();
    if (panel.mounted) {
      panelShown = true;
      render(
        <ErrorBoundary frameClass="sf-panel">
          <PanelApp
            query={query}
            onView={(view) => {
              badge = tabBadgeForView(view);
              sendBadge();
            }}
          />
        </ErrorBoundary>,
        panel.mounted,
      );
    }
  }

  // While the page still parses: the setting (a storage read) and the panel's shadow root (not yet
  // mounted), so neither delays the status once the show is read.
  void overlayEnabled.getValue().then((value) => {
    enabled ??= value;
    void showPanel();
  });
  void readEnabledServices().then((services) => {
    serviceOn ??= services[service.id];
    void showPanel();
  });
  await documentParsed;
  if (ctx.isInvalid) return;
  ui ??= createUi();
  const page = watchShowPage(ctx, service, (next) => {
    state = next;
    void showPanel();
  });
  ctx.onInvalidated(
    overlayEnabled.watch((value) => {
      enabled = value;
      void showPanel();
    }),
  );
  // A service turned off removes the panel (its lookup is dropped with it) and the badge at once.
  ctx.onInvalidated(
    enabledServices.watch((services) => {
      serviceOn = services?.[service.id] ?? true;
      void showPanel();
    }),
  );
  // Turned on or off in the options page: said again, and the background draws it or clears it.
  ctx.onInvalidated(
    toolbarBadgeEnabled.watch(() => {
      sentBadge = undefined;
      sendBadge();
    }),
  );
  ctx.onInvalidated(() => void ui?.then((panel) => panel.remove()));
  return page.current;
};

export default defineUnlistedScript(() => publishShowPageStarter(startShowPage));
