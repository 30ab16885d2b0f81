/**
 * Answers the popup's `getPageState` from the small content script, without the messaging library
 * (it brings the webextension polyfill's message plumbing and would double the script's size). It
 * speaks @webext-core/messaging's wire format, which `sendMessage('getPageState', …, tabId)` in
 * the popup uses: a request `{ id, type, data, timestamp }`, an answer `{ res }`. Every other
 * message is left alone, for the show-page script's own listeners.
 */
import { browser } from 'wxt/browser';
import type { PageState } from '../messaging/protocol';

/** Whether a runtime message is the popup's question (only its shape is trusted, never its data). */
export function isPageStateQuestion(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const { type, timestamp } = message as { type?: unknown; timestamp?: unknown };
  return type === 'getPageState' && typeof timestamp === 'number';
}

/** Starts answering; returns the function that stops it. */
export function answerPageStateQuestion(current: () => PageState): () => void {
  const listener = (message: unknown) =>
    isPageStateQuestion(message) ? Promise.resolve({ res: current() }) : undefined;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
