import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ErrorBoundary } from '../../components/error-boundary';
// Inlined into the script rather than shipped as a web-accessible file: no page can load or probe it.
import panelCss from '../../components/showfate.css?inline';
import { ignoreUntrustedEvents } from '../../utils/content/ignore-untrusted-events';
import { watchShowPage } from '../../utils/content/watch-show-page';
import { onMessage, type PageState } from '../../utils/messaging/protocol';
import { CONTENT_SCRIPT_MATCHES, findServiceForUrl } from '../../utils/services/registry';
import { overlayEnabled } from '../../utils/settings/settings';
import { PanelApp } from './panel-app';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  cssInjectionMode: 'manual',
  async main(ctx) {
    const service = findServiceForUrl(new URL(location.href));
    if (!service) return;

    let enabled = await overlayEnabled.getValue();
    let state: PageState = { state: 'reading' };
    let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;

    // A film gets no panel: ShowFate has no series status to give it (the popup says "film").
    const wantsPanel = () => enabled && state.state === 'show' && state.show.kind !== 'film';

    // Exactly one panel per page: created once, then re-rendered or removed as the page changes.
    async function showPanel() {
      if (!wantsPanel()) {
        (await ui)?.remove();
        return;
      }
      // A promise, so two quick page changes share one UI instead of racing to create two.
      ui ??= createShadowRootUi(ctx, {
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
      const panel = await ui;
      // Re-check after the await: the page may have moved on while the CSS loaded.
      if (!wantsPanel() || state.state !== 'show') {
        panel.remove();
        return;
      }
      if (!panel.mounted) panel.mount();
      if (panel.mounted) {
        render(
          <ErrorBoundary frameClass="sf-panel">
            <PanelApp query={state.show} />
          </ErrorBoundary>,
          panel.mounted,
        );
      }
    }

    const page = watchShowPage(ctx, service, (next) => {
      state = next;
      void showPanel();
    });
    ctx.onInvalidated(onMessage('getPageState', () => page.current()));
    ctx.onInvalidated(
      overlayEnabled.watch((value) => {
        enabled = value;
        void showPanel();
      }),
    );
    ctx.onInvalidated(() => void ui?.then((panel) => panel.remove()));
  },
});
