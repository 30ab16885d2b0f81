/**
 * Following a show (issue 10, point 3) in real Chromium: follow from the panel, the popup lists it,
 * the fixture server starts serving a cancellation headline, "Check now" in the popup, the
 * notification read back in the service worker (`chrome.notifications.getAll()`), the "what changed"
 * entry, unfollowing (the panel follows at once), and the list's export and import in the options page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionEnvironment } from './support/environment';
import { LUPIN, serveLupinCancellation } from './support/follow-world';
import { inPanel, statusOf } from './support/panel';
import { stopServiceWorker } from './support/service-worker';
import { LOOKUP_TIMEOUT, UI_TIMEOUT } from './support/timeouts';

const SCREENSHOTS = process.env.SHOWFATE_SCREENSHOTS ? resolve(import.meta.dirname, '../../assets/screenshots') : null;

const env = useExtensionEnvironment();

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on a whole extension page, as "rule: targets". */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: { target: unknown }[] };
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Violation[]; passes: unknown[] }> } })
      .axe;
    const { violations, passes } = await axe.run();
    return {
      passes: passes.length,
      serious: violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`),
    };
  });
  // An audit that checked nothing must not pass.
  expect(result.passes).toBeGreaterThan(0);
  return result.serious;
}

interface StoredChange {
  id: string;
  name: string;
  from: string;
  to: string;
  source: { outlet: string | null; url: string | null } | null;
}

/** The part of the worker's `chrome` API read here (the e2e files are typed without @types/chrome). */
interface WorkerChrome {
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
  alarms: {
    get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
    create(name: string, info: { when: number }): Promise<void>;
  };
}

function workerNotifications(): Promise<string[]> {
  return env.session.worker.evaluate(async () =>
    Object.keys(await (globalThis as unknown as { chrome: WorkerChrome }).chrome.notifications.getAll()),
  );
}

function storedValue<T>(key: string): Promise<T | undefined> {
  return env.session.worker.evaluate(
    async (name) => (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.get(name))[name],
    key,
  ) as Promise<T | undefined>;
}

const followedIds = async () =>
  ((await storedValue<{ tvmazeId: number }[]>('followedShows')) ?? []).map((show) => show.tvmazeId);

const followToggle = (page: Page) => inPanel(page, 'showfate-follow');

/**
 * How long an alarm made to fire now may take: Chrome polls its alarms at a coarse granularity, so
 * one due right after another fired can wait several seconds.
 */
const ALARM_TIMEOUT = 45_000;

/** Where the extension's APIs are called from: its service worker, or one of its own pages. */
type ScriptTarget = Pick<Worker, 'evaluate'>;

/**
 * As if two days had passed since the followed shows were checked and they had last been seen
 * airing: the next check finds their current status as a change. Clears the shown notifications.
 */
function rewindFollowedShows(worker: ScriptTarget = env.session.worker): Promise<void> {
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const { followedShows } = (await chrome.storage.local.get('followedShows')) as {
      followedShows: { status: string; checkedAt: number }[];
    };
    const twoDaysAgo = Date.now() - 2 * 24 * 3_600_000;
    await chrome.storage.local.set({
      followedShows: followedShows.map((show) => ({ ...show, status: 'airing', checkedAt: twoDaysAgo })),
    });
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
}

/** Makes one of the follow alarms fire now (the browser then calls the worker's listener). */
function fireAlarm(name: string, worker: ScriptTarget = env.session.worker): Promise<void> {
  return worker.evaluate(
    (alarm) =>
      (globalThis as unknown as { chrome: WorkerChrome }).chrome.alarms.create(alarm, { when: Date.now() + 100 }),
    name,
  );
}

function alarmIn(worker: ScriptTarget, name: string): Promise<{ periodInMinutes?: number } | null> {
  return worker.evaluate(
    async (alarm) => (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.alarms.get(alarm)) ?? null,
    name,
  );
}

async function openLupin(status: string): Promise<Page> {
  const page = await env.openPage(`https://www.netflix.com/title/${LUPIN.netflixId}`);
  await expect.poll(() => statusOf(page), { timeout: LOOKUP_TIMEOUT }).toBe(status);
  return page;
}

/** The repeating check alarm's period in minutes, read in the worker (undefined: no alarm). */
function followCheckPeriod(): Promise<number | undefined> {
  return env.session.worker.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.alarms.get('showfate-follow-check'))
        ?.periodInMinutes,
  );
}

describe('following a show', () => {
  it('follows from the panel, lists it in the popup, and tells of a status change found by "Check now"', async () => {
    const page = await openLupin('airing');
    const toggle = followToggle(page);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: UI_TIMEOUT }).toBe('true');
    expect(await followedIds()).toEqual([LUPIN.tvmazeId]);
    // Something is followed: the daily check is scheduled.
    await expect.poll(followCheckPeriod, { timeout: UI_TIMEOUT }).toBe(24 * 60);

    await page.bringToFront();
    const popup = await env.session.openPopup();
    const item = popup.locator(`[data-testid="showfate-followed-item"][data-tvmaze-id="${LUPIN.tvmazeId}"]`);
    await expect.poll(() => item.count(), { timeout: UI_TIMEOUT }).toBe(1);
    expect(await item.locator('.sf-recent-title').textContent()).toBe('Lupin');
    expect(await item.locator('[data-testid="showfate-followed-status"]').getAttribute('data-status')).toBe('airing');
    // The popup's current show says it is followed too.
    const popupToggle = popup.locator('[data-testid="showfate-current"] button[data-testid="showfate-follow"]');
    await expect.poll(() => popupToggle.getAttribute('aria-pressed'), { timeout: LOOKUP_TIMEOUT }).toBe('true');
    expect(await popup.locator('[data-testid="showfate-changes-empty"]').count()).toBe(1);

    serveLupinCancellation(env.server);
    const newsBefore = env.server.requestsTo('news.google.com').length;
    const checkNow = popup.locator('button[data-testid="showfate-check-now"]');
    await checkNow.click();
    const result = popup.locator('[data-testid="showfate-check-result"]');
    await expect.poll(() => result.getAttribute('data-state'), { timeout: LOOKUP_TIMEOUT }).toBe('done');
    expect(await result.textContent()).toBe('Shows checked: 1; changed: 1.');
    expect(await checkNow.isDisabled()).toBe(false);
    // The check bypassed the 12-hour cache: the news was asked again.
    expect(env.server.requestsTo('news.google.com').length).toBeGreaterThan(newsBefore);

    // The notification, as the browser holds it, and the change it names.
    const notifications = await workerNotifications();
    const changes = (await storedValue<StoredChange[]>('followChanges')) ?? [];
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change).toMatchObject({ name: 'Lupin', from: 'airing', to: 'canceled', source: { outlet: 'Deadline' } });
    expect(change?.source?.url).toMatch(/^https:\/\/news\.google\.com\/rss\/articles\//);
    expect(notifications).toEqual([`showfate-change:${change?.id}`]);
    expect(change?.id.startsWith(`${LUPIN.tvmazeId}-`)).toBe(true);

    // "What changed", and the list's badge, in the open popup without a reload.
    const entry = popup.locator(`[data-testid="showfate-change"][data-tvmaze-id="${LUPIN.tvmazeId}"]`);
    await expect.poll(() => entry.count(), { timeout: UI_TIMEOUT }).toBe(1);
    expect(await entry.getAttribute('data-from')).toBe('airing');
    expect(await entry.getAttribute('data-to')).toBe('canceled');
    expect(await entry.locator('.sf-recent-title').textContent()).toBe('Lupin');
    expect(await entry.locator('[data-testid="showfate-change-source"]').textContent()).toContain('Deadline');
    await expect
      .poll(() => item.locator('[data-testid="showfate-followed-status"]').getAttribute('data-status'))
      .toBe('canceled');
    // The popup's current show and the open panel show the refreshed report too.
    await expect
      .poll(
        () =>
          popup.locator('[data-testid="showfate-current"] [data-testid="showfate-status"]').getAttribute('data-status'),
        {
          timeout: UI_TIMEOUT,
        },
      )
      .toBe('canceled');
    await expect.poll(() => statusOf(page), { timeout: UI_TIMEOUT }).toBe('canceled');
    await expect
      .poll(() => popup.locator('[data-testid="showfate-recent-status"]').first().getAttribute('data-status'), {
        timeout: UI_TIMEOUT,
      })
      .toBe('canceled');
    if (SCREENSHOTS) {
      // The toolbar popup's own width, not the test window's.
      await popup.setViewportSize({ width: 400, height: 700 });
      await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-followed.png'), fullPage: true });
    }
    expect(await accessibilityProblems(popup)).toEqual([]);

    // Unfollowing in the popup: gone from the list, and the open panel says so at once.
    await item.locator('button[data-testid="showfate-unfollow"]').click();
    await expect.poll(() => item.count(), { timeout: UI_TIMEOUT }).toBe(0);
    await expect.poll(() => followToggle(page).getAttribute('aria-pressed'), { timeout: UI_TIMEOUT }).toBe('false');
    expect(await followedIds()).toEqual([]);
    // Nothing followed: no check is scheduled.
    await expect
      .poll(
        () =>
          env.session.worker.evaluate(
            async () =>
              (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.alarms.get('showfate-follow-check')) ??
              null,
          ),
        { timeout: UI_TIMEOUT },
      )
      .toBeNull();
    await popup.close();
    await page.close();
  });

  it('exports the followed list and imports it back; a bad file changes nothing', async () => {
    // The check above cached the cancellation's report: the panel shows it.
    const page = await openLupin('canceled');
    await followToggle(page).click();
    await expect.poll(followedIds, { timeout: UI_TIMEOUT }).toEqual([LUPIN.tvmazeId]);

    const options = await env.session.openOptions();
    const status = options.locator('[data-testid="showfate-follow-options-status"]');
    await expect
      .poll(() => options.locator('[data-testid="showfate-follow-count"]').textContent(), { timeout: UI_TIMEOUT })
      .toBe('Shows you follow: 1.');
    expect(await accessibilityProblems(options)).toEqual([]);
    const downloading = options.waitForEvent('download');
    await options.locator('button[data-testid="showfate-follow-export"]').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^showfate-followed-shows-\d{4}-\d{2}-\d{2}\.json$/);
    const exportedPath = await download.path();
    const exported = JSON.parse(readFileSync(exportedPath, 'utf8')) as {
      format: string;
      version: number;
      shows: { tvmazeId: number; name: string; status: string }[];
    };
    expect(exported.format).toBe('showfate-followed-shows');
    expect(exported.version).toBe(1);
    expect(exported.shows.map((show) => [show.tvmazeId, show.name])).toEqual([[LUPIN.tvmazeId, 'Lupin']]);
    await expect.poll(() => status.textContent(), { timeout: UI_TIMEOUT }).toBe('Shows exported: 1.');

    // Unfollowed from the panel, so the import has something to bring back.
    await followToggle(page).click();
    await expect.poll(followedIds, { timeout: UI_TIMEOUT }).toEqual([]);

    const importFile = async (file: string | { name: string; mimeType: string; buffer: Buffer }) => {
      const choosing = options.waitForEvent('filechooser');
      await options.locator('input[data-testid="showfate-follow-import"]').click();
      await (await choosing).setFiles(file);
    };

    // A file that is not JSON: said plainly, and nothing changes.
    await importFile({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json {') });
    await expect.poll(() => status.textContent(), { timeout: UI_TIMEOUT }).toContain('not JSON');
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await followedIds()).toEqual([]);

    // An entry with a hostile link: the whole file is refused, with the entry's number.
    const hostile = { ...exported, shows: [{ ...exported.shows[0], tvmazeUrl: 'javascript:alert(1)' }] };
    await importFile({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    await expect
      .poll(() => status.textContent(), { timeout: UI_TIMEOUT })
      .toContain('Show 1 in that file is not valid');
    expect(await followedIds()).toEqual([]);

    await importFile(exportedPath);
    await expect
      .poll(() => status.textContent(), { timeout: UI_TIMEOUT })
      .toBe('Imported. Shows added: 1; already followed: 0.');
    expect(await followedIds()).toEqual([LUPIN.tvmazeId]);
    // The open panel follows the import at once.
    await expect.poll(() => followToggle(page).getAttribute('aria-pressed'), { timeout: UI_TIMEOUT }).toBe('true');

    // The same file again: a duplicate keeps the existing record.
    await importFile(exportedPath);
    await expect
      .poll(() => status.textContent(), { timeout: UI_TIMEOUT })
      .toBe('Imported. Shows added: 0; already followed: 1.');
    expect(await followedIds()).toEqual([LUPIN.tvmazeId]);
    await options.close();
    await page.close();
  });

  it('checks on its alarm, when the browser fires it, and records the change without a notification while they are off', async () => {
    // Left followed by the import above, with the cancellation as its status. As if two days had
    // passed and the show had last been seen airing: the next check finds the cancellation again.
    expect(await followedIds()).toEqual([LUPIN.tvmazeId]);
    serveLupinCancellation(env.server);
    const rewind = () => rewindFollowedShows();
    const fireCheckAlarm = () => fireAlarm('showfate-follow-check');
    const changeCount = async () => ((await storedValue<StoredChange[]>('followChanges')) ?? []).length;

    const options = await env.session.openOptions();
    const notificationsSwitch = options.locator('input[data-testid="showfate-follow-notifications"]');
    await expect.poll(() => notificationsSwitch.isChecked(), { timeout: UI_TIMEOUT }).toBe(true);
    await notificationsSwitch.uncheck();
    await expect.poll(() => storedValue<boolean>('followNotificationsEnabled'), { timeout: UI_TIMEOUT }).toBe(false);

    await rewind();
    const before = await changeCount();
    await fireCheckAlarm();
    await expect.poll(changeCount, { timeout: ALARM_TIMEOUT }).toBe(before + 1);
    const [latest] = (await storedValue<StoredChange[]>('followChanges')) ?? [];
    expect(latest).toMatchObject({ name: 'Lupin', from: 'airing', to: 'canceled' });
    // Recorded, but no notification: they are off.
    await env.quietPeriod(options);
    expect(await workerNotifications()).toEqual([]);
    // The one-shot alarm replaced the repeating one; the list's change put the daily one back.
    await expect.poll(followCheckPeriod, { timeout: UI_TIMEOUT }).toBe(24 * 60);

    // On again, for the next test.
    await notificationsSwitch.check();
    await expect.poll(() => storedValue<boolean>('followNotificationsEnabled'), { timeout: UI_TIMEOUT }).toBe(true);
    await options.close();
  }, 90_000);

  // Last in the file: it stops the worker that `env.session.worker` names.
  it('finishes a check the stopped worker left, from the state and the resume alarm it left behind', async () => {
    expect(await followedIds()).toEqual([LUPIN.tvmazeId]);
    serveLupinCancellation(env.server);
    await rewindFollowedShows();
    const lupinNews = () =>
      env.server.requestsTo('news.google.com').filter((request) => request.path.includes('Lupin')).length;
    // Google News holds Lupin's answer back: the worker is stopped while the check waits for it.
    env.server.intercept = ({ host, url }) =>
      host === 'news.google.com' && url.search.includes('Lupin') ? { kind: 'delay', ms: 6_000 } : null;

    const popup = await env.session.context.newPage();
    await popup.goto(`chrome-extension://${env.extensionId}/popup.html`);
    const asked = lupinNews();
    await popup.locator('button[data-testid="showfate-check-now"]').click({ timeout: UI_TIMEOUT });
    await expect.poll(lupinNews, { timeout: LOOKUP_TIMEOUT }).toBeGreaterThan(asked);
    expect(await alarmIn(env.session.worker, 'showfate-follow-resume')).not.toBeNull();

    await stopServiceWorker(env.session);
    // The popup's question died with the worker: it says so rather than spinning.
    await expect
      .poll(() => popup.locator('[data-testid="showfate-check-result"]').getAttribute('data-state'), {
        timeout: UI_TIMEOUT,
      })
      .toBe('error');
    expect(((await readStorageFrom(popup, 'followChanges')) as unknown[]).length).toBe(2);

    // A new worker finds the resume alarm the old one set, and finishes the check.
    env.server.intercept = null;
    // Asked from the popup: Playwright keeps no handle on a restarted worker, and an extension page
    // reaches the same alarms and notifications.
    await popup.reload();
    const worker: ScriptTarget = popup;
    // The new worker is up (it answered the popup) and the resume alarm the old one set is still there.
    await expect
      .poll(() => popup.locator('[data-testid="showfate-followed-item"]').count(), { timeout: UI_TIMEOUT })
      .toBe(1);
    expect(await alarmIn(worker, 'showfate-follow-resume')).not.toBeNull();
    await fireAlarm('showfate-follow-resume', worker);
    await expect
      .poll(async () => ((await readStorageFrom(popup, 'followChanges')) as unknown[]).length, {
        timeout: ALARM_TIMEOUT,
      })
      .toBe(3);
    const [latest] = (await readStorageFrom(popup, 'followChanges')) as StoredChange[];
    expect(latest).toMatchObject({ name: 'Lupin', from: 'airing', to: 'canceled' });
    await expect
      .poll(
        () =>
          worker.evaluate(async () =>
            Object.keys(await (globalThis as unknown as { chrome: WorkerChrome }).chrome.notifications.getAll()),
          ),
        {
          timeout: UI_TIMEOUT,
        },
      )
      .toEqual([`showfate-change:${latest?.id}`]);
    // Done: the resume alarm is gone, the daily one stays.
    await expect.poll(() => alarmIn(worker, 'showfate-follow-resume'), { timeout: UI_TIMEOUT }).toBeNull();
    expect((await alarmIn(worker, 'showfate-follow-check'))?.periodInMinutes).toBe(24 * 60);
    await popup.close();
  }, 120_000);
});

/** A value of the extension's `storage.local`, read from one of its pages (whatever the worker is doing). */
function readStorageFrom(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    async (name) =>
      (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.get(name))[name] ?? [],
    key,
  );
}
