/**
 * The hand-over between the content script that runs on every page of a streaming site (a URL
 * check) and the show-page script it loads on a show URL (readers, watcher, panel). The show-page
 * script is built on its own (entrypoints/show-page/) and `import()`ed from the extension by the
 * content script; it runs in the content script's isolated world and leaves its starter on that
 * world's global object, which the page cannot reach.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageState } from '../messaging/protocol';

/** The built show-page script, relative to the extension's root (web-accessible to the streaming sites only). */
export const SHOW_PAGE_SCRIPT_PATH = '/show-page.js';

/**
 * Starts reading the page and showing the panel once `documentParsed` settles (what can be done
 * before, is). Resolves to the page's current state, for the popup's question (undefined when the
 * page turned out to be no service's).
 */
export type StartShowPage = (
  ctx: ContentScriptContext,
  documentParsed: Promise<void>,
) => Promise<(() => PageState) | undefined>;

const STARTER = Symbol.for('showfate.startShowPage');

export function publishShowPageStarter(start: StartShowPage): void {
  (globalThis as { [STARTER]?: StartShowPage })[STARTER] = start;
}

/**
 * Loads the show-page script once per tab and hands back its starter. `load` is how the module is
 * fetched (the browser's `import()` of the extension URL; tests inject their own).
 */
export async function loadShowPageStarter(load: () => Promise<unknown>): Promise<StartShowPage> {
  await load();
  const start = (globalThis as { [STARTER]?: StartShowPage })[STARTER];
  if (typeof start !== 'function') throw new Error('ShowFate: the show-page script did not load');
  return start;
}
