/**
 * IndexedDB breaking under a running extension, in real Chromium (issue 11): another context
 * upgrades the database past our version (as a downgrade leaves it). The worker lets go of its
 * connection instead of blocking the upgrade, keeps answering from memory, and the popup says the
 * cache isn't working.
 */
import { describe, expect, it } from 'vitest';
import { useExtensionEnvironment } from './support/environment';
import { statusOf } from './support/panel';

const env = useExtensionEnvironment();

describe('a database upgraded past our version while the extension runs', () => {
  it('keeps lookups working from memory, and the popup says storage is degraded', async () => {
    const first = await env.openPage('https://www.netflix.com/title/81231974');
    await expect.poll(() => statusOf(first), { timeout: 15_000 }).toBe('renewed');

    // Another context opens the database at a newer version. This only completes if the worker
    // closes its own connection when asked (`blocking`).
    const upgraded = await env.session.worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('showfate', 99);
          request.onupgradeneeded = () => request.result.createObjectStore('from-the-future');
          request.onsuccess = () => {
            const { version } = request.result;
            request.result.close();
            resolve(version);
          };
          request.onerror = () => reject(request.error);
          setTimeout(() => reject(new Error('the upgrade stayed blocked')), 5_000);
        }),
    );
    expect(upgraded).toBe(99);

    const second = await env.openPage('https://www.netflix.com/title/80057281');
    await expect.poll(() => statusOf(second), { timeout: 15_000 }).toBe('ending');

    await second.bringToFront();
    const popup = await env.session.openPopup();
    const note = popup.locator('[data-testid="showfate-storage-degraded"]');
    await expect.poll(() => note.count(), { timeout: 15_000 }).toBe(1);
    expect(await note.getAttribute('data-state')).toBe('memory');
    expect(await note.textContent()).toContain('VersionError');
    // The popup still shows the tab's show.
    const current = popup.locator('[data-testid="showfate-current"] [data-testid="showfate-status"]');
    await expect.poll(() => current.getAttribute('data-status'), { timeout: 15_000 }).toBe('ending');
    await popup.close();
  });
});
