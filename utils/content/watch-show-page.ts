import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageShow } from '../domain';
import type { PageState } from '../messaging/protocol';
import { reportKey } from '../reports/report-key';
import { openShadowRoots } from '../services/page-metadata';
import { isBetterLayer } from '../services/page-show';
import type { PageReading, StreamingService } from '../services/service';
import { createContextTimers } from './context-timers';
import { fetchSameOriginJson } from './fetch-same-origin-json';

/**
 * At most one read per this interval while the DOM changes. A throttle, not a debounce: a player
 * page never stops mutating (progress bar, subtitles), and a debounce would never fire there. The
 * first change after a quiet interval is read at once (the Netflix modal rendering its show must not
 * wait 250 ms: issue 12's budget is 50 ms from readable title to status), later ones at its end.
 */
const READ_INTERVAL_MS = 250;
/**
 * The throttle while the page has given no show yet (the URL is new, its markup still renders):
 * shorter, so a show that appears is read within this (issue 12: status within 50 ms of a readable
 * title). It ends with the first reading, or when the page gives up (GIVE_UP_AFTER_MS).
 */
const READ_INTERVAL_WHILE_READING_MS = 40;
/**
 * The throttle once the page's show has held for SETTLED_AFTER_MS: a page that never stops
 * mutating (a player, a home page's rows behind the modal) costs a read a second, not four. A show
 * change on the same URL is still seen, a second later (it must hold 1 s before it counts anyway).
 */
const READ_INTERVAL_SETTLED_MS = 1_000;
const SETTLED_AFTER_MS = 2_000;
/** A show URL whose markup still gave nothing after this long is reported as unrecognized. */
const GIVE_UP_AFTER_MS = 10_000;
/**
 * After an in-app navigation, the markup can still show the previous show for a moment (Netflix's
 * modal, Disney+'s head tags). A reading identical to the previous page's is only believed once
 * this long has passed, or the markup has changed to something else.
 */
const SETTLE_AFTER_NAVIGATION_MS = 1_000;
/**
 * On one URL, a show's reading that changes is only believed once it has held this long: a page
 * that rewrites its title every 250 ms would otherwise start a lookup (and store a report) each
 * time (issue 11, finding 7). A real page settles on its show well within this.
 */
const STABLE_ON_SAME_URL_MS = 1_000;
/**
 * At most one new show per this interval, whatever the page does (URL changes included); the last
 * one asked for is published when the interval ends, so the panel always ends on the page's show.
 */
const MIN_SHOW_INTERVAL_MS = 500;
/** The DOM changes that can bring a show's name: nodes, and the attributes that carry names. */
const OBSERVED_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['alt', 'content', 'aria-label'],
};
/**
 * While the page's own data is being asked for a URL (Netflix's player), its markup readings wait at
 * most this long: the page data names the show by its id, and publishing the markup's title first
 * would start a second lookup (a title match) that the page data then replaces.
 */
const PAGE_DATA_WAIT_MS = 500;
/** How many URLs' last good readings are kept (a session of in-app browsing, not a history). */
const REMEMBERED_READINGS = 50;

/** The URL a reading belongs to: path and query (Netflix's modal is `?jbv=<id>`), never the hash. */
function readingKey(url: URL): string {
  return `${url.origin}${url.pathname}${url.search}`;
}

export interface WatchShowPageOptions {
  /** How the `page-data` layer asks the page's own site; tests inject their own. */
  fetchJson?: (url: string) => Promise<unknown>;
}

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
 *
 * A reading stays until a reading from an equal or better layer replaces it, and the last good
 * reading of each URL is remembered: a player overlay that leaves the DOM (Disney+ after ~12 s
 * idle), or a return to a URL already read, keeps the show instead of losing it.
 */
export function watchShowPage(
  ctx: ContentScriptContext,
  service: StreamingService,
  onChange: (state: PageState) => void,
  options: WatchShowPageOptions = {},
): { current: () => PageState } {
  const fetchJson = options.fetchJson ?? ((url: string) => fetchSameOriginJson(url, location.origin));
  const lastGoodReadings = new Map<string, PageReading>();
  const timers = createContextTimers(ctx);
  let state: PageState = { state: 'reading' };
  let stateKey = '';
  let observer: MutationObserver | undefined;
  let pendingRead: number | undefined;
  let lastReadAt = Number.NEGATIVE_INFINITY;
  let giveUp: number | undefined;
  let settle: number | undefined;
  /** The show the page showed before the last URL change, and when the URL changed. */
  let previousIdentity: string | null = null;
  let navigatedAt = 0;
  /** The URL (`readingKey`) the current reading is of. */
  let currentKey = '';
  /** A different reading on the same URL, and since when it has held. */
  let candidate: { key: string; since: number } | null = null;
  let stableCheck: number | undefined;
  let lastShowAt = -Infinity;
  /** The URL (`readingKey`) whose page data is still being asked, while markup readings wait for it. */
  let pageDataPending: string | null = null;
  let pendingShow: number | undefined;

  const keyOf = (next: PageState) =>
    next.state === 'show' ? `show|${reportKey(next.show)}|${next.show.pageKind}` : next.state;

  function publish(next: PageState) {
    const nextKey = keyOf(next);
    state = next;
    if (nextKey === stateKey) return;
    timers.clear(pendingShow);
    pendingShow = undefined;
    if (next.state === 'show') {
      const wait = lastShowAt + MIN_SHOW_INTERVAL_MS - Date.now();
      if (wait > 0) {
        // Too soon after the last show: publish whatever the page shows when the interval ends.
        pendingShow = timers.set(() => {
          pendingShow = undefined;
          const latest = state;
          if (keyOf(latest) === stateKey) return;
          stateKey = keyOf(latest);
          if (latest.state === 'show') lastShowAt = Date.now();
          onChange(latest);
        }, wait);
        return;
      }
      lastShowAt = Date.now();
    }
    stateKey = nextKey;
    onChange(next);
  }

  /**
   * Whether a reading may replace the show already published for this same URL (see
   * STABLE_ON_SAME_URL_MS). A better layer's reading of the URL counts at once.
   */
  function settledOnSameUrl(url: URL, reading: PageReading): boolean {
    if (state.state !== 'show' || currentKey !== readingKey(url)) {
      candidate = null;
      return true;
    }
    const key = keyOf({ state: 'show', show: reading.show, layer: reading.layer, path: url.pathname });
    if (key === stateKey || isBetterLayer(reading.layer, state.layer)) {
      candidate = null;
      return true;
    }
    const now = Date.now();
    if (candidate?.key !== key) candidate = { key, since: now };
    if (now - candidate.since >= STABLE_ON_SAME_URL_MS) {
      candidate = null;
      return true;
    }
    timers.clear(stableCheck);
    stableCheck = timers.set(readNow, STABLE_ON_SAME_URL_MS - (now - candidate.since));
    return false;
  }

  /** Open shadow roots already observed (a root is never observed twice). */
  let observedRoots = new WeakSet<ParentNode>();

  /** For services that read shadow roots: observes each open one not yet observed. */
  function observeShadowRoots() {
    if (!service.readsShadowRoots || !observer) return;
    for (const root of openShadowRoots(document).slice(1)) {
      if (observedRoots.has(root)) continue;
      observedRoots.add(root);
      observer.observe(root, OBSERVED_CHANGES);
    }
  }

  function stopObserving() {
    observer?.disconnect();
    observer = undefined;
    observedRoots = new WeakSet();
    timers.clear(pendingRead);
    pendingRead = undefined;
    timers.clear(giveUp);
    timers.clear(settle);
    timers.clear(stableCheck);
  }

  /** Publishes a reading of `url`, unless the page already shows a better one of that URL. */
  function accept(url: URL, reading: PageReading) {
    if (state.state === 'show' && currentKey === readingKey(url) && isBetterLayer(state.layer, reading.layer)) {
      return;
    }
    if (!settledOnSameUrl(url, reading)) return;
    timers.clear(giveUp);
    currentKey = readingKey(url);
    lastGoodReadings.delete(currentKey);
    lastGoodReadings.set(currentKey, reading);
    if (lastGoodReadings.size > REMEMBERED_READINGS) {
      const oldest = lastGoodReadings.keys().next().value;
      if (oldest !== undefined) lastGoodReadings.delete(oldest);
    }
    publish({ state: 'show', show: reading.show, layer: reading.layer, path: url.pathname });
  }

  function readNow() {
    const url = new URL(location.href);
    // The URL can change between a DOM mutation and its throttled read.
    if (!service.detect(url)) return;
    observeShadowRoots();
    let reading: PageReading | null = null;
    try {
      reading = service.read(document, url);
    } catch (error) {
      // A service's reader must never throw, but if a redesign makes one do so, the page must not see it.
      console.debug('ShowFate: reading the page failed', error);
    }
    // Nothing readable now (an overlay that left, markup not rendered yet): what was read stays.
    if (!reading) return;
    const waited = Date.now() - navigatedAt;
    if (markupIdentity(reading.show) === previousIdentity && waited < SETTLE_AFTER_NAVIGATION_MS) {
      timers.clear(settle);
      settle = timers.set(readNow, SETTLE_AFTER_NAVIGATION_MS - waited);
      return;
    }
    // The page's own data is on its way for this URL: a lesser reading waits for it (or its time-out).
    if (pageDataPending === readingKey(url) && reading.layer !== 'page-data') return;
    accept(url, reading);
  }

  function readInterval(): number {
    if (state.state === 'reading') return READ_INTERVAL_WHILE_READING_MS;
    return state.state === 'show' && Date.now() - lastShowAt >= SETTLED_AFTER_MS
      ? READ_INTERVAL_SETTLED_MS
      : READ_INTERVAL_MS;
  }

  /** One read in the next task, or at the end of the throttle interval when the last read was recent. */
  function scheduleRead() {
    if (pendingRead !== undefined) return;
    pendingRead = timers.set(
      () => {
        pendingRead = undefined;
        lastReadAt = Date.now();
        readNow();
      },
      Math.max(0, lastReadAt + readInterval() - Date.now()),
    );
  }

  /** The `page-data` layer: asked on arrival at a URL, kept only if the page is still at that URL. */
  function askPageData(url: URL) {
    const readPageData = service.readPageData;
    if (!readPageData) return;
    const key = readingKey(url);
    pageDataPending = key;
    /** Page data answered (or failed, or took too long): markup readings of this URL count again. */
    const stopWaiting = () => {
      timers.clear(waitLimit);
      if (pageDataPending !== key) return;
      pageDataPending = null;
      if (!ctx.isInvalid && readingKey(new URL(location.href)) === key) readNow();
    };
    const waitLimit = timers.set(stopWaiting, PAGE_DATA_WAIT_MS);
    readPageData(url, fetchJson).then(
      (reading) => {
        if (reading && !ctx.isInvalid && readingKey(new URL(location.href)) === key) accept(url, reading);
        stopWaiting();
      },
      (error: unknown) => {
        // The page's other layers still answer: this one is a bonus, not a requirement.
        console.debug('ShowFate: the page data request failed', error);
        stopWaiting();
      },
    );
  }

  /**
   * `url` is where the page is going: WXT fires `wxt:locationchange` from the Navigation API's
   * `navigate` event, before `location` changes, so the first read waits for the next task.
   */
  function onLocation(url: URL) {
    stopObserving();
    pageDataPending = null;
    // Through quick successive navigations, the show last on screen stays the one to distrust.
    if (state.state === 'show') previousIdentity = markupIdentity(state.show);
    else if (state.state !== 'reading') previousIdentity = null;
    navigatedAt = Date.now();
    const match = service.detect(url);
    if (!match) {
      currentKey = '';
      publish({ state: 'not-a-show-page', service: service.id, path: url.pathname });
      return;
    }
    const remembered = lastGoodReadings.get(readingKey(url));
    if (remembered) {
      // Back on a URL already read: its show, at once; the page's markup may still improve on it.
      currentKey = readingKey(url);
      publish({ state: 'show', show: remembered.show, layer: remembered.layer, path: url.pathname });
    } else {
      currentKey = '';
      publish({ state: 'reading' });
    }
    // A URL whose remembered reading came from the page data needs no second request.
    if (remembered?.layer !== 'page-data') askPageData(url);
    lastReadAt = Number.NEGATIVE_INFINITY;
    scheduleRead();
    observer = new MutationObserver(scheduleRead);
    observer.observe(document.documentElement, OBSERVED_CHANGES);
    giveUp = timers.set(() => {
      if (state.state === 'reading') publish({ state: 'unrecognized', service: service.id, path: url.pathname });
    }, GIVE_UP_AFTER_MS);
  }

  ctx.addEventListener(window, 'wxt:locationchange', (event) => onLocation(event.newUrl));
  ctx.onInvalidated(() => {
    stopObserving();
    timers.clear(pendingShow);
  });
  onLocation(new URL(location.href));
  return { current: () => state };
}
