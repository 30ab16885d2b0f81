/**
 * How long the end-to-end tests wait, named once. Generous for a 2-core CI machine running the
 * browser, the fixture server and the tests at once; a passing wait returns as soon as it holds.
 */

/** A page's panel after a lookup: the content script reads the page, the background asks TVmaze and the news. */
export const LOOKUP_TIMEOUT = 15_000;
/** A lookup while a host is down: the background's request has to fail (and be retried) first. */
export const OFFLINE_LOOKUP_TIMEOUT = 20_000;
/** An extension page (popup, options) reading its state, or the panel following a setting. */
export const UI_TIMEOUT = 10_000;
/** One click or key press on an element that is already there. */
export const ACTION_TIMEOUT = 5_000;
/**
 * How long to watch for something that must NOT happen (a panel on a film page, a request from
 * the cache): long enough for the content script and a lookup to have started.
 */
export const QUIET_PERIOD_MS = 1_500;
