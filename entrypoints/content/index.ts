/**
 * Runs on every page of the streaming sites, so it stays small (issue 12: under 12 KB gzipped):
 * a URL check, and on a show URL (at load, or when a single-page app navigates to one) the
 * show-page script with the readers and the panel, loaded once from the extension
 * (entrypoints/show-page/). Elsewhere it does nothing but answer the popup's "what is this page?".
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { answerPageStateQuestion } from '../../utils/content/answer-page-state';
import { loadShowPageStarter, SHOW_PAGE_SCRIPT_PATH } from '../../utils/content/show-page-script';
import { SHOW_SITE_MATCHES, serviceOfUrl } from '../../utils/content/show-page-urls';
import type { PageState } from '../../utils/messaging/protocol';

export default defineContentScript({
  matches: SHOW_SITE_MATCHES,
  // From the start, so a show page's script loads while the page is still parsing; it starts
  // reading once the document is parsed (a half-parsed page could give a lesser reading first).
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  main(ctx) {
    const service = serviceOfUrl(new URL(location.href));
    if (!service) return;

    const notAShowPage = (url: URL): PageState => ({
      state: 'not-a-show-page',
      service: service.id,
      path: url.pathname,
    });
    let state: PageState = notAShowPage(new URL(location.href));
    /** Where the popup's answer comes from: this script's state, then the show-page script's. */
    let pageState = () => state;
    let started = false;
    ctx.onInvalidated(answerPageStateQuestion(() => pageState()));

    const documentParsed = () =>
      document.readyState === 'loading'
        ? new Promise<void>((done) => ctx.addEventListener(document, 'DOMContentLoaded', () => done(), { once: true }))
        : Promise.resolve();

    function startShowPage() {
      started = true;
      state = { state: 'reading' };
      const parsed = documentParsed();
      loadShowPageStarter(() => import(/* @vite-ignore */ browser.runtime.getURL(SHOW_PAGE_SCRIPT_PATH))).then(
        async (start) => {
          if (ctx.isInvalid) return;
          const current = await start(ctx, parsed);
          if (current) pageState = current;
        },
        (error: unknown) => console.warn('ShowFate: the show-page script could not be loaded', error),
      );
    }

    if (service.detect(new URL(location.href))) {
      startShowPage();
      return;
    }
    // Not a show page (yet): only the URL is watched. Once the show-page script runs, its own
    // watcher follows every later navigation, and this listener does nothing more.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      if (started) return;
      if (service.detect(newUrl)) startShowPage();
      else state = notAShowPage(newUrl);
    });
  },
});
