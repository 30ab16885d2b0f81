import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageState } from '../messaging/protocol';
import { reportKey } from '../reports/report-key';
import type { PageShow, StreamingService } from '../services/service';

/**
 * At most one read per this interval while the DOM changes. A throttle, not a debounce: a player
 * page never stops mutating (progress bar, subtitles), and a debounce would never fire there.
 */
const READ_INTERVAL_MS = 250;
/** A show URL whose markup still gave nothing after this long is reported as unrecognized. */
const GIVE_UP_AFTER_MS = 10_000;
/**
 * After an in-app navigation, the markup can still show the previous show for a moment (Netflix's
 * modal, Disney+'s head tags). A reading identical to the previous page's is only believed once
 * this long has passed, or the markup has changed to something else.
 */
const SETTLE_AFTER_NAVIGATION_MS = 1_000;

/**
 * How a stale reading is recognized: by its title alone, since the ids come from the new URL and
 * the year or kind can come from a different element of the same stale markup.
 */
function markupIdentity(show: PageShow): string {
  return show.title.trim().toLowerCase();
}

/**
 * Follows a single-page app's show: reads the page on load, on every URL change, and on DOM
 * changes while the URL is a show page (the Netflix modal renders after its URL changes, and
 * can still hold the previous show for a moment). Calls `onChange` only when the page's state
 * changes. Every listener and timer is tied to `ctx`, so all of it dies with the content script.
 */
export function watchShowPage(
  ctx: ContentScriptContext,
  service: StreamingService,
  onChange: (state: PageState) => void,
): { current: () => PageState } {
  let state: PageState = { state: 'reading' };
  let stateKey = '';
  let observer: MutationObserver | undefined;
  let pendingRead: number | undefined;
  let giveUp: number | undefined;
  let settle: number | undefined;
  /** The show the page showed before the last URL change, and when the URL changed. */
  let previousIdentity: string | null = null;
  let navigatedAt = 0;

  function publish(next: PageState) {
    const nextKey = next.state === 'show' ? `show|${reportKey(next.show)}|${next.show.pageKind}` : next.state;
    state = next;
    if (nextKey === stateKey) return;
    stateKey = nextKey;
    onChange(next);
  }

  function stopObserving() {
    observer?.disconnect();
    observer = undefined;
    clearTimeout(pendingRead);
    pendingRead = undefined;
    clearTimeout(giveUp);
    clearTimeout(settle);
  }

  function readNow() {
    const url = new URL(location.href);
    // The URL can change between a DOM mutation and its throttled read.
    if (!service.detect(url)) return;
    let show: PageShow | null = null;
    try {
      show = service.read(document, url);
    } catch (error) {
      // A service's reader must never throw, but if a redesign makes one do so, the page must not see it.
      console.debug('ShowFate: reading the page failed', error);
    }
    if (!show) return;
    const waited = Date.now() - navigatedAt;
    if (markupIdentity(show) === previousIdentity && waited < SETTLE_AFTER_NAVIGATION_MS) {
      clearTimeout(settle);
      settle = ctx.setTimeout(readNow, SETTLE_AFTER_NAVIGATION_MS - waited);
      return;
    }
    clearTimeout(giveUp);
    publish({ state: 'show', show });
  }

  /**
   * `url` is where the page is going: WXT fires `wxt:locationchange` from the Navigation API's
   * `navigate` event, before `location` changes, so the first read waits for the next task.
   */
  function onLocation(url: URL) {
    stopObserving();
    // Through quick successive navigations, the show last on screen stays the one to distrust.
    if (state.state === 'show') previousIdentity = markupIdentity(state.show);
    else if (state.state !== 'reading') previousIdentity = null;
    navigatedAt = Date.now();
    const match = service.detect(url);
    if (!match) {
      publish({ state: 'not-a-show-page', service: service.id });
      return;
    }
    publish({ state: 'reading' });
    pendingRead = ctx.setTimeout(() => {
      pendingRead = undefined;
      readNow();
    }, 0);
    observer = new MutationObserver(() => {
      pendingRead ??= ctx.setTimeout(() => {
        pendingRead = undefined;
        readNow();
      }, READ_INTERVAL_MS);
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['alt', 'content', 'aria-label'],
    });
    giveUp = ctx.setTimeout(() => {
      if (state.state === 'reading') publish({ state: 'unrecognized', service: service.id });
    }, GIVE_UP_AFTER_MS);
  }

  ctx.addEventListener(window, 'wxt:locationchange', (event) => onLocation(event.newUrl));
  ctx.onInvalidated(stopObserving);
  onLocation(new URL(location.href));
  return { current: () => state };
}
