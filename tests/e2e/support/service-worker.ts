/** Doing to the extension's service worker what Chrome does on its own. */
import { expect } from 'vitest';
import type { ExtensionSession } from './launch-extension';
import { UI_TIMEOUT } from './timeouts';

/**
 * Stops the extension's service worker, as Chrome does when it idles one out, through the DevTools
 * protocol of one of the extension's own pages; resolves once Chrome reports the worker stopped.
 */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const extensionPage = await session.context.newPage();
  await extensionPage.goto(`chrome-extension://${session.extensionId}/options.html`);
  const cdp = await session.context.newCDPSession(extensionPage);
  const scope = `chrome-extension://${session.extensionId}/`;
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.filter((version) => version.scriptURL.startsWith(scope));
    if (ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped')) stopped = true;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => stopped, { timeout: UI_TIMEOUT }).toBe(true);
  await cdp.detach();
  await extensionPage.close();
}
